"""Make the report screenshots of docs/reports.md from the seed corpus (headless Debian Chromium).

    attribution analyze ../shared/corpora/north-korea-troops-2024 --out out/seed
    .venv/bin/python docs/images/make_report_images.py out/seed

Writes docs/images/report-claims.png (the claims page: its legend, the filter and sort controls
with one outlet chosen, the outlets × claims matrix), report-claims-wordings.png (the first claim's
wordings side by side) and report-compare.png (the index page's "Outlets compared" tables).
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("ATTRIBUTION_CHROMIUM", "/usr/bin/chromium")


def _save(png: bytes, name: str) -> None:
    Image.open(io.BytesIO(png)).convert("RGB").save(HERE / name, optimize=True)
    print(HERE / name)


def _element(page, selector: str, name: str) -> None:  # noqa: ANN001 - playwright Page
    _save(page.locator(selector).first.screenshot(), name)


def main(out_dir: Path) -> None:
    report = out_dir / "report"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.goto((report / "claims.html").as_uri())
        page.locator("select[data-filter=presentation]").select_option("hedged")
        top = page.locator(".claims-legend").bounding_box()
        bottom = page.locator("#claim-matrix").bounding_box()
        assert top and bottom
        clip = {"x": 0, "y": top["y"] - 8, "width": 1200, "height": min(bottom["y"] + bottom["height"], top["y"] + 1100) - top["y"] + 16}
        _save(page.screenshot(full_page=True, clip=clip), "report-claims.png")
        page.locator("button[data-reset]").click()
        _element(page, "#claims tr.claim", "report-claims-wordings.png")
        page.goto((report / "index.html").as_uri())
        _element(page, "section:has(#compare-h)", "report-compare.png")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
