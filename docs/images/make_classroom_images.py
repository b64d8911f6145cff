"""Make the screenshots of docs/classroom.md from the seed corpus (headless Debian Chromium).

    attribution exercise ../shared/corpora/north-korea-troops-2024/articles --out out/seed
    .venv/bin/python docs/images/make_classroom_images.py out/seed

Writes docs/images/classroom-worksheet.png, classroom-key.png, classroom-printed.png (the first
printed A4 page of a worksheet) and report-printed-article.png (the first printed A4 page of the
report's article page). A printed page is the page in print media at the width and height of an
A4 sheet's printable area (15 mm by 14 mm margins), laid on a sheet of paper.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

from PIL import Image, ImageOps
from playwright.sync_api import sync_playwright

HERE = Path(__file__).resolve().parent
CHROMIUM = os.environ.get("ATTRIBUTION_CHROMIUM", "/usr/bin/chromium")
AP = "ap-video-north-korean-soldiers"
PX_PER_MM = 96 / 25.4
SHEET = (round(210 * PX_PER_MM), round(297 * PX_PER_MM))
MARGIN = (round(14 * PX_PER_MM), round(15 * PX_PER_MM))


def _save(png: bytes, name: str, max_height: int | None = None) -> None:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    if max_height and image.height > max_height:
        image = image.crop((0, 0, image.width, max_height))
    image.save(HERE / name, optimize=True)
    print(HERE / name)


def _printed(page, url: str, name: str) -> None:  # noqa: ANN001 - playwright Page
    width, height = SHEET[0] - 2 * MARGIN[0], SHEET[1] - 2 * MARGIN[1]
    page.set_viewport_size({"width": width, "height": height})
    page.emulate_media(media="print")
    page.goto(url)
    content = Image.open(io.BytesIO(page.screenshot(full_page=False))).convert("RGB")
    sheet = Image.new("RGB", SHEET, "white")
    sheet.paste(content, MARGIN)
    framed = ImageOps.expand(ImageOps.expand(sheet, border=1, fill="#9aa3ad"), border=24, fill="#e4e7ec")
    framed.save(HERE / name, optimize=True)
    page.emulate_media(media="screen")
    print(HERE / name)


def main(out: Path) -> None:
    exercises = out / "exercises"
    story_key = next(exercises.glob("story-*.key.html"))
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        page = browser.new_page(viewport={"width": 1000, "height": 900})
        page.goto((exercises / f"{AP}.worksheet.html").as_uri())
        _save(page.screenshot(full_page=True), "classroom-worksheet.png", 1900)
        page.goto(story_key.as_uri())
        _save(page.screenshot(full_page=True), "classroom-key.png", 2100)
        _printed(page, (exercises / f"{AP}.worksheet.html").as_uri(), "classroom-printed.png")
        _printed(page, (out / "report" / "articles" / f"{AP}.html").as_uri(), "report-printed-article.png")
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/seed"))
