"""Worksheets and answer keys (issue 14): task selection, the certainty rule, what the two pages hold.

The analysis here is written by hand (two outlets telling one story), so each answer is known
without running the pipeline; tests/browser/test_exercise_pages.py runs the real one.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from attribution import cli
from attribution.config import Settings
from attribution.exercise import write_exercises
from attribution.exercise.classroom import load_classroom, shipped_classroom
from attribution.exercise.tasks import (
    SAME, Sheet, compare_answer, hedge_answer, outlet_hedges, select_tasks, sheets, source_answer,
)
from attribution.output import Analysis
from attribution.records import Article, Claim, ClaimMember, Confidence, Cue, ReportingCue, Span, Statement
from attribution.report.views import Site
from attribution.yamlfile import YamlError

from .report_data import parse_html

STORY = "bridge-2025"
A_BODY = (
    "The bridge over the river allegedly collapsed on Monday night.\n\n"
    "\u201cRepairs would take many months,\u201d said Mayor Ann Lee.\n\n"
    "Traffic was sent along the <i>ring</i> road for the whole week.\n\n"
    "Officials claimed the collapse was caused by the spring floods. <script>alert(1)</script> stays text."
)
B_BODY = (
    "The bridge over the river collapsed on Monday night.\n\n"
    "Mayor Ann Lee said repairs will take many months to finish.\n\n"
    "Engineers have not confirmed the cause of the collapse yet."
)


def _span(body: str, text: str, after: int = 0) -> tuple[int, int]:
    start = body.index(text, after)
    return start, start + len(text)


def _cue(body: str, entry: str, category: str, text: str, weight: float, scope: tuple[int, int]) -> Cue:
    start, end = _span(body, text)
    return Cue(entry, category, text, start, end, scope, weight)


def _statement(article: str, body: str, n: int, text: str, conf: float, **kw: object) -> Statement:
    start, end = _span(body, text)
    return Statement(article_id=article, statement_id=f"{article}:{n}", sentence_index=n - 1, start=start, end=end,
                     text=text, confidence=Confidence(source=kw.pop("source", conf), outlet=conf), **kw)  # type: ignore[arg-type]


def make_analysis() -> Analysis:
    a, b = "planet-bridge", "star-bridge"
    a1_text = "The bridge over the river allegedly collapsed on Monday night"
    a1 = _statement(a, A_BODY, 1, a1_text, 0.5,
                    hedges=(_cue(A_BODY, "allegedly", "evidential", "allegedly", 0.5, _span(A_BODY, a1_text)),))
    a2_text = "Repairs would take many months"
    a2 = _statement(a, A_BODY, 2, a2_text, 0.8, source=0.765, speaker="Ann Lee", speaker_type="person", role="mayor",
                    mention=Span("Mayor Ann Lee", *_span(A_BODY, "Mayor Ann Lee")), kind="direct",
                    cue=ReportingCue("said", "say", *_span(A_BODY, "said")), sources=("Ann Lee",),
                    hedges=(_cue(A_BODY, "would", "modal", "would", 0.15, _span(A_BODY, a2_text)),))
    a3 = _statement(a, A_BODY, 3, "Traffic was sent along the <i>ring</i> road for the whole week", 1.0)
    a4_text = "the collapse was caused by the spring floods"
    a4 = _statement(a, A_BODY, 4, a4_text, 0.39, source=0.85, speaker="officials", speaker_type="anonymous", kind="indirect",
                    cue=ReportingCue("claimed", "claim", *_span(A_BODY, "claimed")), sources=("officials",),
                    hedges=(_cue(A_BODY, "claim", "reporting_distancing", "claimed", 0.35, _span(A_BODY, a4_text)),))
    b1 = _statement(b, B_BODY, 1, "The bridge over the river collapsed on Monday night", 1.0)
    b2_text = "repairs will take many months to finish"
    b2 = _statement(b, B_BODY, 2, b2_text, 0.8, source=0.85, speaker="Ann Lee", speaker_type="person", kind="indirect",
                    mention=Span("Mayor Ann Lee", *_span(B_BODY, "Mayor Ann Lee")),
                    cue=ReportingCue("said", "say", *_span(B_BODY, "said")), sources=("Ann Lee",))
    b3_text = "Engineers have not confirmed the cause of the collapse yet"
    b3 = _statement(b, B_BODY, 3, b3_text, 0.55,
                    hedges=(_cue(B_BODY, "not-verified", "verification", "not confirmed", 0.45, _span(B_BODY, b3_text)),))

    def member(s: Statement, outlet: str, label: str) -> ClaimMember:
        return ClaimMember(s.article_id, s.statement_id, outlet, s.text, s.start, s.end, s.speaker, label,
                           s.confidence.outlet, s.confidence.source)

    claims = (
        Claim("c1", STORY, "the bridge collapsed", (member(a1, "Daily Planet", "hedged"), member(b1, "Morning Star", "asserted"))),
        Claim("c2", STORY, "repairs take months", (member(a2, "Daily Planet", "attributed"), member(b2, "Morning Star", "attributed"))),
    )
    articles = (
        Article(a, A_BODY, f"{a}.txt", outlet="Daily Planet", title="Bridge collapses", story=STORY),
        Article(b, B_BODY, f"{b}.txt", outlet="Morning Star", title="Bridge down", story=STORY),
    )
    return Analysis(articles, (a1, a2, a3, a4, b1, b2, b3), claims, ())


@pytest.fixture(scope="module")
def analysis() -> Analysis:
    return make_analysis()


def test_certainty_follows_the_label_then_the_confidence() -> None:
    room = shipped_classroom()
    cases = [
        ("disputed", 0.9, "disputes"), ("hedged", 0.95, "not_sure"), ("hedged", 0.3, "not_sure"),
        ("asserted", 1.0, "certain"), ("attributed", 1.0, "certain"), ("attributed", 0.8, "fairly_sure"),
        ("attributed", 0.6, "fairly_sure"), ("attributed", 0.45, "not_sure"), (None, 0.95, "certain"), (None, 0.0, "not_sure"),
    ]
    for label, confidence, expected in cases:
        assert room.certainty(label, confidence).id == expected, (label, confidence)
    assert [lv.id for lv in room.levels] == ["certain", "fairly_sure", "not_sure", "disputes"]  # surest first


def test_a_bad_classroom_file_names_file_and_line(tmp_path: Path) -> None:
    shipped = (Path(cli.__file__).resolve().parents[1] / "lexicons" / "classroom.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "classroom.yaml"
    bad.write_text(shipped.replace("min_confidence: 0.9", "min_confidence: 9"), encoding="utf-8")
    with pytest.raises(YamlError) as error:
        load_classroom(bad)
    line = next(i for i, text in enumerate(bad.read_text(encoding="utf-8").splitlines(), 1) if "min_confidence: 9" in text)
    assert f"classroom.yaml:{line}:" in str(error.value) and "from 0 to 1" in str(error.value)
    bad.write_text(shipped.replace("    hedged: not_sure", "    waffled: not_sure"), encoding="utf-8")
    with pytest.raises(YamlError, match="unknown presentation label 'waffled'"):
        load_classroom(bad)


def test_sheets_are_the_articles_and_the_story(analysis: Analysis) -> None:
    articles, stories = sheets(analysis)
    assert [s.sheet_id for s in articles] == ["planet-bridge", "star-bridge"]
    assert [(s.sheet_id, s.article_ids) for s in stories] == [(f"story:{STORY}", ("planet-bridge", "star-bridge"))]


def test_the_draw_is_fixed_by_the_seed(analysis: Analysis) -> None:
    site, room = Site.of(analysis), shipped_classroom()
    story = sheets(analysis)[1][0]

    def draw(seed: int) -> list[tuple[str, tuple[tuple[str, int], ...]]]:
        return [(t.kind, tuple((q.article_id, q.n) for q in t.quotes))
                for t in select_tasks(analysis, site, story, room, count=8, seed=seed)]

    assert draw(3) == draw(3)
    assert len({tuple(draw(seed)) for seed in range(12)}) > 1  # the seed does choose
    for seed in range(12):
        tasks = draw(seed)
        asked = [ref for _, refs in tasks for ref in refs]
        assert len(asked) == len(set(asked)), "no statement is asked about twice"


def test_count_kinds_and_order(analysis: Analysis) -> None:
    site, room = Site.of(analysis), shipped_classroom()
    article, _ = sheets(analysis)[0]
    story = sheets(analysis)[1][0]
    tasks = select_tasks(analysis, site, article, room, count=3, seed=1)
    assert len(tasks) == 3 and [t.kind for t in tasks] == ["source", "hedges", "certainty"]  # one of each, in turn
    only = select_tasks(analysis, site, story, room, count=10, kinds=("compare",), seed=1)
    assert [t.kind for t in only] == ["compare", "compare"]
    assert not select_tasks(analysis, site, article, room, count=5, kinds=("compare",))  # one outlet: nothing to compare
    every = select_tasks(analysis, site, story, room, count=50, seed=2)
    kinds = [t.kind for t in every]
    assert kinds == sorted(kinds, key=["source", "hedges", "certainty", "compare"].index)
    with pytest.raises(ValueError, match="unknown task kind 'essay'"):
        select_tasks(analysis, site, article, room, kinds=("essay",))


def test_answers_come_from_the_analysis(analysis: Analysis) -> None:
    site, room = Site.of(analysis), shipped_classroom()
    story = sheets(analysis)[1][0]
    every = select_tasks(analysis, site, story, room, count=50, seed=0)
    hedges = {t.quote.text: hedge_answer(t) for t in every if t.kind == "hedges"}
    # the outlet's own hedges, and the outlet's distancing "claimed" quoted with the words it reports;
    # Ann Lee's "would" is hers, not the outlet's, so her words are no hedges task
    assert set(hedges) <= {"The bridge over the river allegedly collapsed on Monday night",
                           "Engineers have not confirmed the cause of the collapse yet",
                           "claimed the collapse was caused by the spring floods"}
    claimed = hedges.get("claimed the collapse was caused by the spring floods")
    if claimed is not None:
        assert [c.text for c in claimed.outlet] == ["claimed"] and not claimed.speaker
    for t in every:
        if t.kind == "source":
            answer = source_answer(t)
            assert answer.speaker_type == t.quote.statement.speaker_type
            assert answer.speaker == (None if t.quote.statement.is_own_voice else t.quote.statement.speaker)
    compares = {t.claim_id: t for t in select_tasks(analysis, site, story, room, count=5, kinds=("compare",))}
    assert compare_answer(compares["c1"], room) == "Morning Star"  # asserted 1.0 against "allegedly"
    assert compare_answer(compares["c2"], room) == SAME  # both pass on the mayor's words with "said"
    # outlets that differ are asked first
    assert select_tasks(analysis, site, story, room, count=1, kinds=("compare",), seed=5)[0].claim_id == "c1"


def test_whose_hedge_it_is(analysis: Analysis) -> None:
    """The hedging stage's rules: a reported statement's distancing frame is the outlet's, a modal
    inside a quote the speaker's, an evidential inside reported speech the outlet's."""
    a1, a2, _, a4 = analysis.statements[:4]
    assert [c.text for c in outlet_hedges(a1)[0]] == ["allegedly"]  # own voice
    assert outlet_hedges(a2) == ([], list(a2.hedges))  # Ann Lee's "would"
    assert outlet_hedges(a4) == (list(a4.hedges), [])  # "claimed" frames it
    predicted = replace(a4, hedges=(replace(a4.hedges[0], category="modal", entry="predict-that"),))
    assert outlet_hedges(predicted) == ([], list(predicted.hedges))  # "he predicted": how sure the speaker is
    inside = _cue(A_BODY, "allegedly", "evidential", "caused", 0.5, (a4.start, a4.end))
    assert outlet_hedges(replace(a4, hedges=(inside,)))[0] == [inside]  # reported speech: the outlet's word
    assert outlet_hedges(replace(a4, hedges=(inside,), kind="direct"))[1] == [inside]  # a direct quote: the speaker's


def test_no_claims_the_statements_stand_in(analysis: Analysis) -> None:
    lone = replace(analysis, claims=(), articles=(replace(analysis.articles[0], story=None),), statements=analysis.statements[:4])
    site = Site.of(lone)
    articles, stories = sheets(lone)
    assert not stories
    tasks = select_tasks(lone, site, articles[0], shipped_classroom(), count=20, kinds=("certainty",))
    assert tasks and all(q.presentation is None for t in tasks for q in t.quotes)


def _write(analysis: Analysis, out: Path, **kw: object) -> dict[str, str]:
    write_exercises(analysis, out, Settings(), **kw)  # type: ignore[arg-type]
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((out / "exercises").glob("*.html"))}


def test_same_seed_same_pages_byte_for_byte(tmp_path: Path, analysis: Analysis) -> None:
    first = _write(analysis, tmp_path / "one", seed=7)
    assert first == _write(analysis, tmp_path / "two", seed=7)
    story = next(n for n in first if n.startswith("story-bridge-2025-")).split(".")[0]
    assert set(first) == {"index.html", "planet-bridge.worksheet.html", "planet-bridge.key.html", "star-bridge.worksheet.html",
                          "star-bridge.key.html", f"{story}.worksheet.html", f"{story}.key.html"}
    different = [name for name, html in _write(analysis, tmp_path / "three", seed=8).items() if html != first[name]]
    assert different  # another seed, another draw somewhere


def test_worksheet_holds_no_answer_and_the_key_every_answer(tmp_path: Path, analysis: Analysis) -> None:
    pages = _write(analysis, tmp_path, count=50)
    room = shipped_classroom()
    site = Site.of(analysis)
    for name in [n for n in pages if n.endswith(".worksheet.html")]:
        sheet_html, key_html = pages[name], pages[name.replace(".worksheet.", ".key.")]
        sheet, key = parse_html(sheet_html), parse_html(key_html)
        tasks = sheet.find_all("div", cls="task")
        assert tasks and len(tasks) == len(key.find_all("section", cls="task"))
        # the worksheet: no ticked choice, no highlighted cue, no answer line, no reasons
        assert not sheet.find_all("li", cls="correct") and not sheet.find_all("mark") and not sheet.find_all(cls="answer")
        assert "☒" not in sheet_html and "Answer:" not in sheet_html and not sheet.find_all("ul", cls="reasons")
        # the key: one ticked choice per multiple-choice task and every answer written out
        for block in key.find_all("section", cls="task"):
            kind = next(c for c in block.classes if c.startswith("task-"))[5:]
            answer = block.find_all("p", cls="answer")[0].text()
            assert answer.startswith("Answer:")
            if kind != "hedges":
                assert len(block.find_all("li", cls="correct")) == 1
            else:  # each hedge of the statement is highlighted in the quote and explained
                marked = [m.text() for m in block.find_all("blockquote")[0].find_all("mark", cls="hedge")]
                assert marked and all(f"“{w}”" in answer for w in marked)
                assert all(r.text().strip() for r in block.find_all("ul", cls="reasons")[0].find_all("li"))
        # statement numbers: the same as the report's (Site.numbers), in the text, the tasks and the key's links
        numbers = {int(n.text()) for n in sheet.find_all("span", cls="ws-n")}
        hrefs = [a.attrs["href"] for a in key.find_all("a") if "#s-" in (a.attrs.get("href") or "")]
        assert numbers and {int(h.rsplit("-", 1)[1]) for h in hrefs} == numbers
        assert all(n in site.numbers.values() for n in numbers)
    planet = parse_html(pages["planet-bridge.key.html"])
    source = [b for b in planet.find_all("section", cls="task-source")]
    for block in source:
        text = block.text()
        if "Repairs would take" in text:
            assert "a named person: Ann Lee" in text and "Mayor Ann Lee" in text  # the name, shown in the quote
    levels = {lv.label for lv in room.levels}
    for block in planet.find_all("section", cls="task-certainty"):
        assert block.find_all("p", cls="answer")[0].text().split(": ", 1)[1] in levels


def test_article_text_stays_text(tmp_path: Path, analysis: Analysis) -> None:
    pages = _write(analysis, tmp_path, count=50)
    for name, html in pages.items():
        assert html.count("<script>") == 1, name  # only the report's own inlined script
        assert "<i>ring" not in html and "alert(1)</script>" not in html, name
        if name.endswith(".worksheet.html") and not name.startswith("star-"):
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, name
        if not name.startswith(("star-", "index")):
            assert "&lt;i&gt;ring&lt;/i&gt;" in html, name  # a statement a task quotes, in the key too


def test_the_command_line_checks_the_kinds(capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        cli.main(["exercise", "x.txt", "--out", "o", "--kinds", "source,essay"])
    assert stop.value.code == cli.EXIT_USAGE
    assert "unknown task kind 'essay'" in capsys.readouterr().err
    args = cli.build_parser().parse_args(["exercise", "a.txt", "--out", "o", "--tasks", "4", "--kinds", "hedges,source", "--seed", "9"])
    assert (args.tasks, args.kinds, args.seed) == (4, ("hedges", "source"), 9)


def test_the_younger_students_overlay(tmp_path: Path, analysis: Analysis) -> None:
    """The shipped simpler lexicon loads as an overlay, turns off the quiet hedges and gives the key
    its everyday explanations."""
    from attribution.lexicon import Lexicon, check_files

    overlay = Path(cli.__file__).resolve().parents[1] / "examples" / "lexicons" / "younger-students.yaml"
    assert not check_files([overlay])
    young, shipped = Lexicon.load([overlay]), Lexicon.load()
    assert shipped.entries["would"].enabled and not young.entries["would"].enabled
    assert young.entries["allegedly"].description != shipped.entries["allegedly"].description
    pages = _write(analysis, tmp_path, count=50)
    write_exercises(analysis, tmp_path / "young", replace(Settings(), lexicons=(overlay,)), count=50)
    key = (tmp_path / "young" / "exercises" / "planet-bridge.key.html").read_text(encoding="utf-8")
    assert young.entries["allegedly"].description.replace('"', "&#34;") in key
    assert young.entries["allegedly"].description.replace('"', "&#34;") not in pages["planet-bridge.key.html"]


def test_numbers_are_the_report_article_pages(tmp_path: Path, analysis: Analysis) -> None:
    """Statement N of a worksheet is element #s-N of the report's article page (Site.numbers)."""
    from attribution.report import render_report

    render_report(analysis, tmp_path, Settings())
    write_exercises(analysis, tmp_path, Settings(), count=50)
    site = Site.of(analysis)
    for article_id, slug in site.article_slugs.items():
        report = parse_html((tmp_path / "report" / "articles" / f"{slug}.html").read_text(encoding="utf-8"))
        key = parse_html((tmp_path / "exercises" / f"{slug}.key.html").read_text(encoding="utf-8"))
        checked = 0
        for link in key.find_all("a"):
            href = link.attrs.get("href") or ""
            if f"articles/{slug}.html#s-" not in href:
                continue
            n = href.rsplit("#s-", 1)[1]
            statement = report.find_all(id=f"s-{n}")[0].text(skip_class="conf")
            quote = link.parent.parent.find_all("blockquote")[0].text()
            assert statement.strip("“”\"") in quote or quote.strip("“”") in statement, (n, statement, quote)
            checked += 1
        assert checked, article_id


def test_the_command_end_to_end(tmp_path: Path, settings: Settings, models, capsys) -> None:  # noqa: ANN001
    """``attribution exercise`` on the seed corpus: the analysis, the report and the exercises, and
    the same seed again gives the same files byte for byte."""
    from .conftest import SEED

    cache = str(settings.cache.path)
    models_dir = str(models.dir)
    runs = {}
    for name, seed in (("one", "3"), ("two", "3"), ("three", "4")):
        out = tmp_path / name
        code = cli.main(["exercise", str(SEED / "articles"), "--out", str(out), "--cache", cache, "--models", models_dir,
                         "--seed", seed, "--tasks", "5", "-q"])
        assert code == cli.EXIT_OK
        assert f"Worksheets and keys: {out / 'exercises' / 'index.html'}" in capsys.readouterr().out
        assert (out / "report" / "index.html").is_file()
        runs[name] = {p.name: p.read_bytes() for p in sorted((out / "exercises").glob("*.html"))}
    assert len(runs["one"]) == 7  # two articles and their story, a worksheet and a key each, and the index
    assert runs["one"] == runs["two"]
    assert runs["one"] != runs["three"]
    for name, html in runs["one"].items():
        if name.endswith(".worksheet.html"):
            assert html.count(b'class="task ') == 5, name
