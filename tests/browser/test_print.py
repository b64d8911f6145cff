"""Every page kind printed to PDF in headless Chromium (issue 14): within a page budget, with every
explanation's text in the PDF's text layer (nothing clipped at the margin), the interactive hint
hidden and a printed legend in its place."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

# "an article of 400 words fits on about 3 pages": 3 pages per 400 words, plus one for the rest
PAGES_PER_WORD = 3 / 400
# printable height relative to A4 (Letter is wider but shorter: 279 mm against 297 mm)
FORMATS = {"A4": 1.0, "Letter": 297 / 279}


def pdf_pages_and_text(pdf: bytes) -> tuple[int, str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def squash(text: str) -> str:
    """Compare without spaces (the text layer breaks lines where the page does) and without
    ligatures (the PDF font prints "officials" with an "ﬃ")."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("paper", FORMATS)
def test_article_pages_print_within_budget_with_every_explanation(tab, report_dir: Path, paper: str) -> None:
    page = tab.page
    articles = sorted((report_dir / "articles").glob("*.html"))
    assert articles
    for path in articles:
        tab.open(path)
        words = len(page.locator("article.body").inner_text().split())
        details = page.locator("#statements .ex-d").all_inner_texts()
        pages, text = pdf_pages_and_text(page.pdf(format=paper))
        budget = max(2, round(words * PAGES_PER_WORD * FORMATS[paper]) + 1)  # a short page still has its legend and table
        assert pages <= budget, f"{path.name}: {words} words print on {pages} {paper} pages (budget {budget})"
        flat = squash(text)
        missing = [d for d in details if squash(d) not in flat]
        assert not missing, f"{path.name}: explanations cut from the printed page: {missing[:3]}"
        assert "point at it, click it or press Enter" not in text, path.name
        assert "How to read the marks" in text and "at the end gives each number" in text, path.name
    tab.assert_quiet()


def test_the_other_page_kinds_print(tab, report_dir: Path) -> None:
    page = tab.page
    for path in [report_dir / "index.html", report_dir / "claims.html", *sorted((report_dir / "outlets").glob("*.html"))]:
        tab.open(path)
        pages, text = pdf_pages_and_text(page.pdf(format="A4"))
        assert 1 <= pages <= 12 and len(text) > 200, path.name
    tab.assert_quiet()
