"""Brat standoff evaluation: reading the files, and coverage figures counted by hand on two small
articles written for this test (not corpus text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.document import ParsedDoc
from attribution.evaluate.brat import load_brat_corpus
from attribution.evaluate.coverage import coverage_tables, error_sample, score_article, units_of, _word_index
from attribution.pipeline import AnalyzedArticle
from attribution.records import ReportingCue, Span, Statement

HEADLINE = "Mayor says things\n"
BODY_A = 'Smith said the plan would fail. "It is dead," Jones added.\n'
BODY_B = "Officials said taxes rise and prices fall. Critics fear a crash. Rain came.\n"


def _at(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def _ann(body: str, relations: list[tuple[str, str, list[str]]]) -> str:
    """brat lines for (source, cue, content pieces) relations, offsets into headline + body."""
    shift = len(HEADLINE)
    lines, n = [], 0
    for e, (source, cue, pieces) in enumerate(relations, 1):
        spans = ";".join(f"{a + shift} {b + shift}" for a, b in (_at(body, p) for p in pieces))
        ids = []
        for label, value in (("Source", source), ("Cue", cue)):
            n += 1
            a, b = _at(body, value)
            lines.append(f"T{n}\t{label} {a + shift} {b + shift}\t{value}")
            ids.append(f"T{n}")
        n += 1
        lines.append(f"T{n}\tContent {spans}\t{' '.join(pieces)}")
        lines.append(f"E{e}\tAttribution:T{n} Content:T{n} Cue:{ids[1]} Source:{ids[0]}")
    return "\n".join(lines) + "\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "daily_a.txt").write_text(HEADLINE + BODY_A, encoding="utf-8")
    (tmp_path / "text" / "herald_b.txt").write_text(HEADLINE + BODY_B, encoding="utf-8")
    ann_a = _ann(BODY_A, [("Smith", "said", ["the plan would fail"]), ("Jones", "added", ['"It is dead,"'])])
    # one attribution in the headline: offsets before the body, counted apart
    ann_a += "T90\tSource 0 5\tMayor\nT91\tCue 6 10\tsays\nT92\tContent 11 17\tthings\nE9\tAttribution:T91 Content:T92 Cue:T91 Source:T90\n"
    (tmp_path / "attributions" / "daily_a_x1.ann").write_text(ann_a, encoding="utf-8")
    (tmp_path / "attributions" / "daily_a_x2.ann").write_text("", encoding="utf-8")  # a second annotator: not used
    ann_b = _ann(BODY_B, [("Officials", "said", ["taxes rise", "prices fall"]), ("Critics", "fear", ["a crash"])])
    (tmp_path / "attributions" / "herald_b_x1.ann").write_text(ann_b, encoding="utf-8")
    return tmp_path


def _statement(body: str, text: str, speaker: str, mention: str | None, n: int) -> Statement:
    start, end = _at(body, text)
    span = Span(mention, *_at(body, mention)) if mention else None
    return Statement("a", f"a:{n}", 0, start, end, text, speaker=speaker, speaker_type="person", mention=span, kind="indirect")


def test_brat_files_are_read_with_body_offsets(corpus: Path) -> None:
    articles = load_brat_corpus(corpus)
    assert [a.article.article_id for a in articles] == ["daily_a", "herald_b"]
    a, b = articles
    assert a.article.body == BODY_A and a.article.outlet == "daily" and a.in_headline == 1
    assert len(a.attributions) == 2  # the first annotator's file
    content = b.attributions[0].content
    assert [BODY_B[s:e] for s, e in content] == ["taxes rise", "prices fall"]  # discontinuous
    assert BODY_A[slice(*a.attributions[0].source[0])] == "Smith"


def test_coverage_figures_counted_by_hand(corpus: Path) -> None:
    a, b = load_brat_corpus(corpus)
    system_a = [_statement(BODY_A, "the plan would fail", "Smith", "Smith", 1),
                _statement(BODY_A, "It is dead", "Brown", None, 2)]           # right words, wrong speaker
    system_b = [_statement(BODY_B, "taxes rise", "officials", "Officials", 1),  # half of a discontinuous content
                _statement(BODY_B, "Rain came", "Rain", "Rain", 2)]           # a false alarm
    classes = {"said": "speech", "added": "speech", "fear": "cognition"}
    results = [score_article(AnalyzedArticle(g.article, ParsedDoc(g.article.body, ()), tuple(s)), g, classes)
               for g, s in ((a, system_a), (b, system_b))]
    coverage, strict, recalls, lemmas = coverage_tables(results, in_headline=1)
    all_row = coverage.rows[-1]
    # gold 4, units 4; right 3/4, found 3/4; with source: right 2/4, found 2/4
    assert all_row == ["ALL", "4", "4", "0.750", "0.750", "0.500", "0.500"]
    assert strict.rows[-1][:4] == ["ALL", "3", "1", "1"]
    assert dict((r[0], r[1:3]) for r in recalls.rows) == {
        "cue: speech": ["3", "3"], "cue: cognition": ["0", "1"], "quotations": ["1", "1"]}
    assert lemmas.rows == [["fear", "1"]]
    assert "1 attributions in headlines" in coverage.note
    # content found with the wrong source: listed apart in the errors sample
    assert [(g.source_text, u.speaker) for g, u in results[0].wrong_sources] == [("Jones", "Brown")]
    assert results[1].wrong_sources == []
    sample = error_sample([(AnalyzedArticle(a.article, ParsedDoc(a.article.body, ()), tuple(system_a)), results[0])])
    assert "- SOURCE  gold 'Jones', system 'Brown' (mention '-'), cue 'added'" in sample


def test_units_join_one_speakers_sentences() -> None:
    body = "He said: A is true. B is true. Then C happened."
    s1 = Statement("a", "a:1", 0, 9, 18, body[9:18], speaker="Lee", speaker_type="person")
    s2 = Statement("a", "a:2", 1, 20, 29, body[20:29], speaker="Lee", speaker_type="person")
    s3 = Statement("a", "a:3", 2, 31, 46, body[31:46], speaker="Kim", speaker_type="person")
    units = units_of([s3, s1, s2], body, _word_index(body))
    assert [len(u.statements) for u in units] == [2, 1]


def test_units_join_the_pieces_of_one_content_around_its_frame() -> None:
    # "If it rains, Lee said, the game stops.": one cue, one content in two pieces, one unit; a
    # second sentence with another "said" by the same speaker stays a unit of its own
    body = "If it rains, Lee said, the game stops. Then Lee said the club agreed."
    said, later = ReportingCue("said", "say", 17, 21), ReportingCue("said", "say", 48, 52)
    s1 = Statement("a", "a:1", 0, 0, 11, body[0:11], speaker="Lee", speaker_type="person", cue=said)
    s2 = Statement("a", "a:2", 0, 23, 37, body[23:37], speaker="Lee", speaker_type="person", cue=said)
    s3 = Statement("a", "a:3", 1, 53, 68, body[53:68], speaker="Lee", speaker_type="person", cue=later)
    units = units_of([s2, s3, s1], body, _word_index(body))
    assert [[s.statement_id for s in u.statements] for u in units] == [["a:1", "a:2"], ["a:3"]]


BODY_C = "Lee, who said the deal was done, left. It is thought the talks failed. The board, which told aides the vote was lost, met.\n"


def test_with_source_skips_sourceless_gold_and_reads_relative_pronouns(tmp_path: Path) -> None:
    """Counted by hand: a gold attribution with no source span is left out of both with-source
    figures; a relative-pronoun source is the phrase right before it, and only that phrase."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "daily_c.txt").write_text(HEADLINE + BODY_C, encoding="utf-8")
    ann = _ann(BODY_C, [("who", "said", ["the deal was done"]), ("which", "told", ["the vote was lost"])])
    shift = len(HEADLINE)
    cue, content = _at(BODY_C, "is thought"), _at(BODY_C, "the talks failed")
    ann += (f"T80\tCue {cue[0] + shift} {cue[1] + shift}\tis thought\n"
            f"T81\tContent {content[0] + shift} {content[1] + shift}\tthe talks failed\n"
            f"E8\tAttribution-no-source:T80 Content:T81 Cue:T80\n")
    (tmp_path / "attributions" / "daily_c_x1.ann").write_text(ann, encoding="utf-8")
    (c,) = load_brat_corpus(tmp_path)
    assert [g.source_text for g in c.attributions] == ["who", "which", ""]
    system = [_statement(BODY_C, "the deal was done", "Lee", "Lee", 1),          # mention right before "who"
              _statement(BODY_C, "the talks failed", "Lee", None, 2),            # gold names no source
              _statement(BODY_C, "the vote was lost", "aides", "aides", 3)]      # the wrong noun
    result = score_article(AnalyzedArticle(c.article, ParsedDoc(BODY_C, ()), tuple(system)), c,
                           {"said": "speech"}, frozenset({"who", "which", "that"}))
    coverage = coverage_tables([result], in_headline=0)[0]
    # gold 3 (2 with a source), units 3 (2 outside the source-less content); found 3/3, right 3/3;
    # with source: Lee's (relative pronoun) right, the aides' wrong: 1/2 each way
    assert coverage.rows[-1] == ["ALL", "3", "3", "1.000", "1.000", "0.500", "0.500"]
    assert "over the 2 gold attributions that give a source" in coverage.note
    assert [g.source_text for g, _ in result.wrong_sources] == ["which"]


BODY_SET_OFF = "Lee - who said the deal was done - left. The board (which told aides the vote was lost) met.\n"


def test_a_relative_pronoun_source_set_off_by_a_dash_or_bracket_is_the_phrase_before_it(tmp_path: Path) -> None:
    """Counted by hand: a dash or a bracket sets a relative clause off as a comma does, so the
    phrase right before it answers the gold "who" or "which" (both with-source figures 2/2)."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "daily_e.txt").write_text(HEADLINE + BODY_SET_OFF, encoding="utf-8")
    ann = _ann(BODY_SET_OFF, [("who", "said", ["the deal was done"]), ("which", "told", ["the vote was lost"])])
    (tmp_path / "attributions" / "daily_e_x1.ann").write_text(ann, encoding="utf-8")
    (c,) = load_brat_corpus(tmp_path)
    system = [_statement(BODY_SET_OFF, "the deal was done", "Lee", "Lee", 1),
              _statement(BODY_SET_OFF, "the vote was lost", "The board", "The board", 2)]
    result = score_article(AnalyzedArticle(c.article, ParsedDoc(BODY_SET_OFF, ()), tuple(system)), c,
                           {"said": "speech", "told": "speech"}, frozenset({"who", "which", "that"}))
    coverage = coverage_tables([result], in_headline=0)[0]
    assert coverage.rows[-1] == ["ALL", "2", "2", "1.000", "1.000", "1.000", "1.000"]
    assert result.wrong_sources == []


BODY_D = "Smith said Jones believes the plan will fail. Rain came.\n"


def test_nested_gold_is_answered_by_the_best_matching_unit(tmp_path: Path) -> None:
    """Counted by hand: in a nest the inner unit answers the inner gold, though the outer unit
    covers it as much (a tie in words) and the outer gold, written first, holds the inner unit."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "daily_d.txt").write_text(HEADLINE + BODY_D, encoding="utf-8")
    ann = _ann(BODY_D, [("Smith", "said", ["Jones believes the plan will fail"]),
                        ("Jones", "believes", ["the plan will fail"])])
    (tmp_path / "attributions" / "daily_d_x1.ann").write_text(ann, encoding="utf-8")
    (d,) = load_brat_corpus(tmp_path)
    system = [_statement(BODY_D, "Jones believes the plan will fail", "Smith", "Smith", 1),
              _statement(BODY_D, "the plan will fail", "Jones", "Jones", 2)]
    result = score_article(AnalyzedArticle(d.article, ParsedDoc(BODY_D, ()), tuple(system)), d, {"said": "speech"})
    coverage, strict = coverage_tables([result], in_headline=0)[:2]
    # gold "the plan will fail" (4 words): both units cover all 4; Jaccard 4/4 for Jones's unit,
    # 4/6 for Smith's, so Jones's answers it: right source. Jones's unit lies in both gold
    # contents (4 of its 4 words each); Jaccard 4/4 with the inner, 4/6 with the outer: the inner
    # one's, source Jones, right. Smith's unit answers the outer gold (6/6). With source 2/2 each way
    # (the widest unit and the first gold would give 1/2 each way).
    assert coverage.rows[-1] == ["ALL", "2", "2", "1.000", "1.000", "1.000", "1.000"]
    assert strict.rows[-1][:4] == ["ALL", "2", "0", "0"]
    assert result.wrong_sources == []


BODY_E = "Aides to Lee said taxes rise. Prices fall, the senator added.\n"


def test_a_unit_of_several_statements_is_judged_on_the_statement_that_gives_the_content(tmp_path: Path) -> None:
    """Counted by hand: two statements of one (unresolved) speaker joined in one unit; each gold
    content is judged on the statement that covers it, so the second gold, whose source span is
    the "Lee" of the first frame, is not credited through the first statement's mention; the
    errors sample prints the second statement's mention."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "daily_e.txt").write_text(HEADLINE + BODY_E, encoding="utf-8")
    ann = _ann(BODY_E, [("Aides to Lee", "said", ["taxes rise"]), ("Lee", "added", ["Prices fall"])])
    (tmp_path / "attributions" / "daily_e_x1.ann").write_text(ann, encoding="utf-8")
    (e,) = load_brat_corpus(tmp_path)
    system = [_statement(BODY_E, "taxes rise", None, "Aides to Lee", 1),
              _statement(BODY_E, "Prices fall", None, "the senator", 2)]
    analyzed = AnalyzedArticle(e.article, ParsedDoc(BODY_E, ()), tuple(system))
    result = score_article(analyzed, e, {"said": "speech"})
    coverage = coverage_tables([result], in_headline=0)[0]
    # one unit (same speaker, only ". " between) of 4 words; gold 2, both found, the unit right.
    # Gold "taxes rise": its statement's mention "Aides to Lee" overlaps the source: right.
    # Gold "Prices fall": its statement's mention "the senator" misses "Lee" (no speaker name to
    # compare): wrong, though the other statement's mention holds that "Lee". The unit's own
    # counterpart is gold "taxes rise" (2 of its 4 words each, Jaccard 2/4 each, the first
    # written): right. With source P 1/1, R 1/2.
    assert coverage.rows[-1] == ["ALL", "2", "1", "1.000", "1.000", "1.000", "0.500"]
    assert [g.source_text for g, _ in result.wrong_sources] == ["Lee"]
    assert "- SOURCE  gold 'Lee', system 'None' (mention 'the senator'), cue 'added'" in error_sample([(analyzed, result)])
