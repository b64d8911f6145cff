/* attribution report: small enhancements only; every page reads the same without this script.
   - a statement's confidence badge opens its explanation on click, Enter or Space (native button
     behaviour) and keeps it open until clicked again, Escape, or a click elsewhere;
   - filter and sort controls above the statement and claim tables (written hidden into the page:
     without this script they stay hidden and every row is shown);
   - all collapsed sections open for printing.
   Nothing here writes HTML: values are read from data- attributes and compared as strings, and
   the only text written goes through textContent, so article text can never become markup. */
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

  /* --- filter and sort ------------------------------------------------------------------
     A table row stays when one of its units matches every filter. A unit is an element inside
     the row with data-unit (a claim's wording by one outlet), else the row itself; a filter
     <select data-filter="KEY"> compares its value with the unit's data-KEY (with data-tokens:
     one of its space-separated values), the number inputs data-min / data-max bound
     data-confidence. <select data-sort> orders the rows by data-KEY of the option chosen. */
  function each(list, fn) { Array.prototype.forEach.call(list, fn); }

  function setupTools(tools) {
    var tables = (tools.getAttribute("data-tools") || "").split(" ").map(function (id) {
      return document.getElementById(id);
    }).filter(function (t) { return t && t.tBodies.length; });
    if (!tables.length) { return; }
    var state = tools.nextElementSibling;
    if (!(state && state.classList.contains("filter-state"))) { state = null; }
    var noun = tools.getAttribute("data-noun") || "rows";
    var sets = tables.map(function (t) {
      var rows = Array.prototype.slice.call(t.tBodies[0].rows);
      rows.forEach(function (r, i) { r.setAttribute("data-pos", String(i)); });
      return { body: t.tBodies[0], rows: rows };
    });
    var selects = tools.querySelectorAll("select[data-filter]");
    var mins = tools.querySelectorAll("input[data-min]");
    var maxs = tools.querySelectorAll("input[data-max]");
    var sorter = tools.querySelector("select[data-sort]");

    function number(input, fallback) {
      var v = parseFloat(input.value);
      return isNaN(v) ? fallback : v;
    }

    function matches(unit) {
      var ok = true;
      each(selects, function (s) {
        if (!ok || s.value === "") { return; }
        var have = unit.getAttribute("data-" + s.getAttribute("data-filter"));
        if (have === null) { ok = false; return; }
        ok = s.hasAttribute("data-tokens") ? have.split(" ").indexOf(s.value) >= 0 : have === s.value;
      });
      each(mins, function (i) {
        var have = parseFloat(unit.getAttribute("data-" + i.getAttribute("data-min")));
        if (ok && !(have >= number(i, 0) - 1e-9)) { ok = false; }
      });
      each(maxs, function (i) {
        var have = parseFloat(unit.getAttribute("data-" + i.getAttribute("data-max")));
        if (ok && !(have <= number(i, 1) + 1e-9)) { ok = false; }
      });
      return ok;
    }

    function active() {
      var on = false;
      each(selects, function (s) { if (s.value !== "") { on = true; } });
      each(mins, function (i) { if (number(i, 0) > 0) { on = true; } });
      each(maxs, function (i) { if (number(i, 1) < 1) { on = true; } });
      return on;
    }

    function apply() {
      var filtering = active();
      var shown = 0;
      var total = 0;
      sets.forEach(function (set, k) {
        set.rows.forEach(function (row) {
          var units = row.querySelectorAll("[data-unit]");
          var keep;
          if (units.length) {
            keep = false;
            each(units, function (u) {
              var m = matches(u);
              u.classList.toggle("unit-off", filtering && !m);
              if (m) { keep = true; }
            });
          } else {
            keep = matches(row);
          }
          row.classList.toggle("filtered-out", !keep);
          if (k === 0) { total += 1; if (keep) { shown += 1; } }
        });
      });
      if (state) {
        state.textContent = filtering ? "Filtered: showing " + shown + " of " + total + " " + noun + "." : "";
      }
    }

    function sort() {
      if (!sorter || sorter.selectedIndex < 0) { return; }
      var option = sorter.options[sorter.selectedIndex];
      var key = "data-" + sorter.value;
      var desc = option.getAttribute("data-order") === "desc";
      var numeric = option.getAttribute("data-numeric") !== "no";
      sets.forEach(function (set) {
        var rows = set.rows.slice();
        rows.sort(function (a, b) {
          var x = a.getAttribute(key) || "";
          var y = b.getAttribute(key) || "";
          var c = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
          if (desc) { c = -c; }
          return c || parseInt(a.getAttribute("data-pos"), 10) - parseInt(b.getAttribute("data-pos"), 10);
        });
        rows.forEach(function (r) { set.body.appendChild(r); });
      });
      marks();
    }

    /* a column header with data-sort-by="KEY" sorts by the options of that key: a first click
       picks the first such option, the next the other direction, if there is one */
    function marks() {
      var option = sorter && sorter.selectedIndex >= 0 ? sorter.options[sorter.selectedIndex] : null;
      tables.forEach(function (t) {
        each(t.querySelectorAll("th[data-sort-by]"), function (th) {
          var on = option && sorter.selectedIndex > 0 && th.getAttribute("data-sort-by") === option.value;
          if (on) {
            th.setAttribute("aria-sort", option.getAttribute("data-order") === "desc" ? "descending" : "ascending");
          } else {
            th.removeAttribute("aria-sort");
          }
        });
      });
    }

    function headers() {
      if (!sorter) { return; }
      tables.forEach(function (t) {
        each(t.querySelectorAll("th[data-sort-by]"), function (th) {
          var key = th.getAttribute("data-sort-by");
          var indexes = [];
          each(sorter.options, function (o, i) { if (o.value === key) { indexes.push(i); } });
          if (!indexes.length) { return; }
          var button = document.createElement("button");
          button.type = "button";
          button.className = "sort-head";
          button.title = "sort by this column";
          while (th.firstChild) { button.appendChild(th.firstChild); }
          th.appendChild(button);
          button.addEventListener("click", function () {
            var at = indexes.indexOf(sorter.selectedIndex);
            sorter.selectedIndex = at < 0 ? indexes[0] : indexes[(at + 1) % indexes.length];
            sort();
          });
        });
      });
    }

    tools.addEventListener("change", function (event) {
      if (event.target === sorter) { sort(); } else { apply(); }
    });
    tools.addEventListener("input", function (event) {
      if (event.target.tagName === "INPUT") { apply(); }
    });
    var reset = tools.querySelector("button[data-reset]");
    if (reset) {
      reset.addEventListener("click", function () {
        each(selects, function (s) { s.value = ""; });
        each(mins, function (i) { i.value = i.getAttribute("min") || "0"; });
        each(maxs, function (i) { i.value = i.getAttribute("max") || "1"; });
        if (sorter) { sorter.selectedIndex = 0; }
        sort();
        apply();
      });
    }
    tools.hidden = false;
    headers();
    sort();
    apply();
  }

  each(document.querySelectorAll("[data-tools]"), setupTools);

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
