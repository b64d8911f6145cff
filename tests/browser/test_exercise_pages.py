"""Worksheets and answer keys in headless Chromium (issue 14): for each seed article and the seed
story, the tasks are there, the worksheet holds no answer and the key every one, both print to
PDF (A4 and Letter) within the page budget, and nothing from the article text runs.

The pages are written from the browser tests' analysis (the seed corpus plus the hostile article,
tests/report_data.py), which tells the seed story too; the screenshots go to
tests/artifacts/report-shots (or $REPORT_SHOTS_DIR), docs/images/classroom-*.png come from them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from ..report_data import HOSTILE_TITLE, OVERLAY_NAME
from .test_print import FORMATS, PAGES_PER_WORD, pdf_pages_and_text, squash

from attribution.exercise import write_exercises
from attribution.exercise.tasks import sheets
from attribution.output import read_analysis
from attribution.report.slugs import unique_slugs

pytestmark = pytest.mark.browser

SEED_ARTICLES = ("ap-video-north-korean-soldiers", "abc-north-korean-soldiers-training")
SEED_STORY = "story:north-korea-troops-2024"
TASKS = 6


@pytest.fixture(scope="module")
def exercises(report_dir: Path, settings) -> dict[str, tuple[Path, Path]]:  # noqa: ANN001 - Settings
    """(worksheet, key) per sheet id, written with the lexicon the analysis used."""
    out = report_dir.parent
    overlay = out.parent / f"{out.name}-input" / OVERLAY_NAME
    analysis = read_analysis(out)
    write_exercises(analysis, out, replace(settings, lexicons=(*settings.lexicons, overlay)), count=TASKS, seed=0)
    articles, stories = sheets(analysis)
    slugs = unique_slugs([s.sheet_id for s in articles + stories], "sheet")
    folder = out / "exercises"
    return {sid: (folder / f"{slug}.worksheet.html", folder / f"{slug}.key.html") for sid, slug in slugs.items()}


def _budget(words: int, paper: str) -> int:
    return max(2, round(words * PAGES_PER_WORD * FORMATS[paper]) + 1)


@pytest.mark.parametrize("sheet_id", [*SEED_ARTICLES, SEED_STORY])
def test_worksheet_and_key(tab, exercises: dict[str, tuple[Path, Path]], sheet_id: str) -> None:
    page = tab.page
    worksheet, key = exercises[sheet_id]

    tab.open(key)
    blocks = page.locator("section.task")
    assert blocks.count() == TASKS
    answers = [t.strip() for t in page.locator("section.task p.answer").all_inner_texts()]
    assert len(answers) == TASKS and all(a.startswith("Answer:") and len(a) > len("Answer: ") for a in answers)
    kinds = {c for c in page.locator("section.task").evaluate_all("bs => bs.map(b => b.className)") for c in c.split()
             if c.startswith("task-")}
    assert {"task-source", "task-hedges", "task-certainty"} <= kinds
    if sheet_id == SEED_STORY:
        assert "task-compare" in kinds
    ticked = page.locator("section.task li.correct").all_inner_texts()
    assert len(ticked) == page.locator("section.task:not(.task-hedges)").count()
    hedged = page.locator("section.task-hedges blockquote mark.cue.hedge").all_inner_texts()
    assert hedged  # the cue is highlighted in the key ...
    reasons = page.locator("section.task-hedges ul.reasons li").all_inner_texts()
    assert all(any(h in r for r in reasons) for h in hedged)  # ... and explained in the lexicon's words
    key_pages, key_text = pdf_pages_and_text(page.pdf(format="A4"))
    flat = squash(key_text)
    assert all(squash(a) in flat for a in answers), "an answer is cut from the printed key"
    assert key_pages <= 4
    tab.screenshot(f"exercise-key-{sheet_id.replace(':', '-')}.png")
    tab.assert_quiet()

    tab.open(worksheet)
    assert page.locator("div.task").count() == TASKS
    assert page.locator("li.correct, mark, .answer, ul.reasons, [data-correct]").count() == 0
    text = page.locator("main").inner_text()
    assert "☒" not in text and "Answer:" not in text
    tasks_text = page.locator("section.ws-tasks").inner_text()
    assert not [a for a in answers if a in tasks_text]
    named = [a.removeprefix("Answer: ") for a in answers if ": " in a.removeprefix("Answer: ")]
    assert all(n not in tasks_text for n in named)  # "a named person: Ihor Solovey" is the key's alone
    # the numbers in the text are the ones the tasks name
    in_text = set(page.locator(".ws-text .ws-n").all_inner_texts())
    asked = {ref.rsplit(" ", 1)[1] for ref in page.locator("div.task span.ws-ref").all_inner_texts()}
    assert asked and asked <= in_text
    words = sum(len(t.split()) for t in page.locator(".ws-text").all_inner_texts())
    for paper in FORMATS:
        pages, printed = pdf_pages_and_text(page.pdf(format=paper))
        assert pages <= _budget(words, paper), f"{worksheet.name}: {words} words print on {pages} {paper} pages"
        assert "Answer:" not in printed and squash(page.locator("div.task").last.inner_text()) in squash(printed)
    assert HOSTILE_TITLE not in page.title() and "pwned" not in page.title()
    tab.screenshot(f"exercise-worksheet-{sheet_id.replace(':', '-')}.png")
    tab.assert_quiet()


def test_the_printed_page_as_a_class_gets_it(tab, exercises: dict[str, tuple[Path, Path]]) -> None:
    """The first printed page of the AP worksheet, as print media on an A4-wide page (for the docs)."""
    page = tab.page
    page.set_viewport_size({"width": 794, "height": 1123})
    page.emulate_media(media="print")
    tab.open(exercises[SEED_ARTICLES[0]][0])
    assert page.locator("header.site").is_hidden()  # no report navigation on paper
    assert page.locator(".ws-student").is_visible()
    tab.screenshot("exercise-printed-page.png", full_page=False)
    tab.assert_quiet()
