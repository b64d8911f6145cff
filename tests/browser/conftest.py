"""Headless Chromium for the report tests: Debian's /usr/bin/chromium driven by Playwright.

Playwright never downloads a browser here. Without Chromium (or Playwright) the browser tests fail
when $CI is set (.ci/run installs Chromium, so a missing one is a broken setup) and are skipped
with the reason otherwise.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from ..conftest import ROOT
from ..report_data import make_report

CHROMIUM = Path(os.environ.get("ATTRIBUTION_CHROMIUM", "/usr/bin/chromium"))
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
SHOTS = Path(os.environ.get("REPORT_SHOTS_DIR") or ROOT / "tests" / "artifacts" / "report-shots")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():  # noqa: ANN201 - playwright Browser
    if not CHROMIUM.is_file():
        _unavailable(f"no Chromium at {CHROMIUM} (install the Debian packages chromium and chromium-driver)")
    os.environ["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def report_dir(tmp_path_factory, settings, models, parser) -> Path:
    """The seed corpus and the hostile article through the real pipeline (tests/report_data.py)."""
    out = tmp_path_factory.mktemp("browser-report")
    make_report(out, settings, models, parser)
    return out / "report"


@dataclass
class Tab:
    """A page plus everything it said or tried: console lines, dialogs, requests, script errors."""

    page: object
    console: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: Path) -> None:
        self.page.goto(path.as_uri())  # type: ignore[attr-defined]

    def screenshot(self, name: str, full_page: bool = True) -> Path:
        SHOTS.mkdir(parents=True, exist_ok=True)
        path = SHOTS / name
        self.page.screenshot(path=str(path), full_page=full_page)  # type: ignore[attr-defined]
        return path

    def assert_quiet(self) -> None:
        """Nothing ran that should not, nothing was blocked, nothing was fetched from anywhere."""
        assert not self.dialogs, self.dialogs
        assert not self.errors, self.errors
        assert not [c for c in self.console if "Content Security Policy" in c or "error" in c.lower()], self.console
        assert all(url.startswith("file://") for url in self.requests), self.requests


def _tab(context) -> Tab:  # noqa: ANN001
    page = context.new_page()
    tab = Tab(page)
    page.on("console", lambda m: tab.console.append(f"{m.type}: {m.text}"))
    page.on("pageerror", lambda e: tab.errors.append(str(e)))
    page.on("request", lambda r: tab.requests.append(r.url))

    def dialog(d) -> None:  # noqa: ANN001
        tab.dialogs.append(f"{d.type}: {d.message}")
        d.dismiss()

    page.on("dialog", dialog)
    return tab


@pytest.fixture
def tab(browser) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True)
    yield _tab(context)
    context.close()


@pytest.fixture
def tab_without_js(browser) -> Iterator[Tab]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, offline=True, java_script_enabled=False)
    yield _tab(context)
    context.close()
