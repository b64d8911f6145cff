/* attribution report: small enhancements only; every page reads the same without this script.
   - a statement's confidence badge opens its explanation on click, Enter or Space (native button
     behaviour) and keeps it open until clicked again, Escape, or a click elsewhere;
   - all collapsed sections open for printing. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  function badges(selector) {
    return Array.prototype.slice.call(document.querySelectorAll(selector));
  }

  function closeAll(except) {
    badges('button.badge[aria-expanded="true"]').forEach(function (b) {
      if (b !== except) { b.setAttribute("aria-expanded", "false"); }
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest("button.badge") : null;
    if (button) {
      var open = button.getAttribute("aria-expanded") === "true";
      closeAll(button);
      button.setAttribute("aria-expanded", open ? "false" : "true");
      return;
    }
    if (!(target && target.closest && target.closest(".explain"))) { closeAll(null); }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = document.querySelector('button.badge[aria-expanded="true"]');
    closeAll(null);
    if (open) { open.focus(); }
  });

  var reopened = [];
  window.addEventListener("beforeprint", function () {
    reopened = badges("details:not([open])");
    reopened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    reopened.forEach(function (d) { d.open = false; });
    reopened = [];
  });
}());
