"""Make the README's screenshots of the demo report (headless Debian Chromium).

    make demo          # or: attribution analyze examples/corpus --out out/demo
    .venv/bin/python docs/images/make_demo_images.py out/demo

Writes docs/images/demo-index.png (the top of the corpus page) and demo-article.png (the article
page of examples/corpus/korea.txt with statement 3's explanation open, as a click opens it).
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
ARTICLE, STATEMENT = "korea", 3


def _save(png: bytes, name: str) -> None:
    Image.open(io.BytesIO(png)).convert("RGB").save(HERE / name, optimize=True)
    print(HERE / name)


def main(out_dir: Path) -> None:
    report = out_dir / "report"
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto((report / "index.html").as_uri())
        _save(page.screenshot(), "demo-index.png")
        page.goto((report / "articles" / f"{ARTICLE}.html").as_uri())
        page.locator(f'[aria-controls="x-{STATEMENT}"]').first.click()
        _save(page.screenshot(), "demo-article.png")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/demo"))
