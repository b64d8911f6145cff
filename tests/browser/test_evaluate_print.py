"""The HTML report of ``attribution evaluate --report`` in headless Chromium: it loads with nothing
blocked or fetched, and prints with every cell in the PDF's text layer (nothing cut at the margin)."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest

from attribution.evaluate.matching import Table
from attribution.evaluate.report import write_html

pypdf = pytest.importorskip("pypdf")


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def test_the_evaluation_page_prints_every_cell(tab, tmp_path: Path) -> None:
    long_context = "a gold cue in a long sentence that runs on past the margin " * 4
    errors = Table("Cues: misses and false positives", ["article", "error", "category", "cue", "context"],
                   [[f"article-{i}", "missed", "modal", f"cue{i}", f"{long_context}[cue{i}] end{i}"] for i in range(60)])
    scores = Table("Cues: per category", ["", "TP", "FP", "FN", "P", "R", "F1"],
                   [["modal", "3", "1", "0", "0.750", "1.000", "0.857"], ["ALL (micro)", "3", "1", "0", "0.750", "1.000", "0.857"]],
                   note="match: same category and overlapping character spans, one-to-one")
    path = tmp_path / "evaluation.html"
    write_html(path, [scores, errors], {"inputs": ["articles"], "gold": [{"name": "gold", "folder": "gold"}]})
    tab.open(path)
    reader = pypdf.PdfReader(io.BytesIO(tab.page.pdf(format="A4")))
    flat = squash(" ".join(p.extract_text() or "" for p in reader.pages))
    cells = [c for table in (scores, errors) for row in table.rows for c in row]
    missing = [c for c in cells if squash(c) not in flat]
    assert not missing, missing[:3]
    assert 2 <= len(reader.pages) <= 12
    assert flat.count(squash("Cues: per category")) == 1  # the heading; the table of contents is not printed
    tab.assert_quiet()
