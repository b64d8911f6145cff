"""Cue scoring against gold: the matching rule (same category, overlapping spans, one-to-one)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.hedging_trees import COULDNT_VERIFY, article_for, doc, own_voice_statements

from attribution.evaluate.cues import cue_tables, score_article
from attribution.evaluate.gold import GoldArticle, GoldCue
from attribution.hedging import hedge
from attribution.lexicon import Lexicon
from attribution.pipeline import AnalyzedArticle

SENTENCES = ("""
A a DET 2 det
video video NOUN 3 nsubj
purports purport VERB 0 root
to to PART 5 mark
show show VERB 3 xcomp
soldiers soldier NOUN 5 obj
. . PUNCT 3 punct
""", COULDNT_VERIFY, """
Talks talk NOUN 3 nsubj
may may AUX 3 aux
resume resume VERB 0 root
. . PUNCT 3 punct
""")


def analyzed() -> AnalyzedArticle:
    parsed = doc(*SENTENCES)
    article = replace(article_for(parsed), article_id="a")
    statements = hedge(article, parsed, own_voice_statements(parsed, "a"), Lexicon.load())
    return AnalyzedArticle(article, parsed, tuple(statements))


def gold(*cues: GoldCue) -> GoldArticle:
    return GoldArticle(article="a", path=Path("a.yaml"), outlet=None, title=None, body_first=None, body_last=None,
                       captions=(), boilerplate=(), statements=(), cues=cues)


def cue(text: str, sentence: str, category: str, type_: str = "hedge") -> GoldCue:
    return GoldCue(text=text, sentence=sentence, category=category, type=type_, occurrence=1, line=None)


VERIFY = "The AP couldn't verify the video independently."


def test_overlapping_spans_of_the_same_category_match_once():
    a = analyzed()
    # the disclaimer sits in two statements' hedges (linked to the video statement): one cue
    assert sum(1 for s in a.statements for c in s.hedges if c.entry == "not-verified") == 2
    scores = score_article(a, gold(
        cue("purports to show", "A video purports to show soldiers.", "evidential"),  # longer than the system's
        cue("couldn't verify the video independently", VERIFY, "verification"),
        cue("may", "Talks may resume.", "modal"),
    ))
    assert (scores.by_type["hedge"].tp, scores.by_type["hedge"].fp, scores.by_type["hedge"].fn) == (3, 0, 0)
    assert scores.errors == []


def test_a_different_category_is_a_miss_and_a_false_positive():
    scores = score_article(analyzed(), gold(
        cue("purports to", "A video purports to show soldiers.", "reporting_distancing"),
        cue("couldn't verify", VERIFY, "verification"),
    ))
    assert scores.by_category["reporting_distancing"].fn == 1
    assert scores.by_category["evidential"].fp == 1
    assert scores.by_category["modal"].fp == 1
    assert scores.by_category["verification"].tp == 1
    assert sorted(e[1] for e in scores.errors) == ["false positive", "false positive", "missed"]


def test_a_gold_cue_missing_from_the_body_is_counted_as_missed():
    scores = score_article(analyzed(), gold(cue("reportedly", "This sentence is not there.", "evidential")))
    assert scores.by_category["evidential"].fn == 1
    assert scores.errors[0][1] == "missed (not in body)"


def test_cue_tables_render_per_type_and_per_category():
    a = analyzed()
    tables = cue_tables([(a, gold(cue("may", "Talks may resume.", "modal")))])
    titles = [t.title for t in tables]
    assert titles == ["Cues: hedges and boosters", "Cues: per category", "Cues: misses and false positives"]
    text = tables[1].render()
    assert "modal" in text and "ALL (micro)" in text
