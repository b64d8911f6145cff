"""Similarity of claim units and claims formed from fixed parses of two small articles."""

from __future__ import annotations

from .align_trees import CENTER_CLAIMS, CENTRE_SAYS, article, training

from attribution.align import Aligner, align
from attribution.align.units import UnitBuilder
from attribution.config import Settings

SETTINGS = Settings()

UKRAINE_VIDEO = """
For for ADP 2 case
Ukraine Ukraine PROPN 7 obl
, , PUNCT 2 punct
this this DET 5 det
video video NOUN 7 nsubj
is be AUX 7 cop
important important ADJ 0 root
. . PUNCT 7 punct
"""

UKRAINE_RELEASES = """
Ukraine Ukraine PROPN 2 nsubj
releases release VERB 0 root
a a DET 4 det
video video NOUN 2 obj
. . PUNCT 2 punct
"""

LOCATION_SHORT = """
The the DET 2 det
location location NOUN 4 nsubj
is be AUX 4 cop
unknown unknown ADJ 0 root
. . PUNCT 4 punct
"""

LOCATION_LONG = """
The the DET 2 det
location location NOUN 11 nsubj
of of ADP 4 case
where where ADV 2 nmod
the the DET 6 det
vision vision NOUN 8 nsubj:pass
was be AUX 8 aux:pass
taken take VERB 2 acl:relcl
was be AUX 11 cop
also also ADV 11 advmod
unknown unknown ADJ 0 root
. . PUNCT 11 punct
"""


def scorer(*articles):
    aligner = Aligner(list(articles), SETTINGS)
    builder = UnitBuilder(aligner.vocabulary)
    units = [u for i in range(len(articles)) for u in aligner.units(i, builder)]

    def score(text_a: str, text_b: str) -> float:
        a = next(u for u in units if u.text == text_a)
        b = next(u for u in units if u.text == text_b)
        return aligner.score(a, b)

    return score


def test_synonyms_and_spelling_variants_match():
    a = article("a", training("11,000", "infantrymen", "infantryman"), CENTER_CLAIMS)
    b = article("b", training("11,000", "soldiers", "soldier"), CENTRE_SAYS)
    score = scorer(a, b)
    threshold = SETTINGS.claims.threshold
    assert score("About 11,000 North Korean infantrymen are training in eastern Russia",
                 "About 11,000 North Korean soldiers are training in eastern Russia") >= 0.9
    # active and passive wording of one event, centre/center
    assert score("the footage was shot by a Russian soldier in recent days",
                 "a Russian soldier shot the footage in recent days") >= threshold + 0.2


def test_different_numbers_do_not_make_one_claim():
    a = article("a", training("11,000", "soldiers", "soldier"))
    b = article("b", training("1,500", "soldiers", "soldier"))
    c = article("c", training("11,000", "soldiers", "soldier"))
    score = scorer(a, b, c)
    text_a = "About 11,000 North Korean soldiers are training in eastern Russia"
    text_b = "About 1,500 North Korean soldiers are training in eastern Russia"
    assert score(text_a, text_b) < SETTINGS.claims.threshold
    assert score(text_a, text_a) == 1.0  # the same wording in article c


def test_two_shared_words_without_the_same_predicate_are_not_enough():
    score = scorer(article("a", UKRAINE_RELEASES), article("b", UKRAINE_VIDEO))
    assert score("Ukraine releases a video", "For Ukraine, this video is important") == 0.0


def test_short_claim_wholly_inside_the_other_with_the_same_predicate_matches():
    score = scorer(article("a", LOCATION_SHORT), article("b", LOCATION_LONG))
    assert score("The location is unknown", "The location of where the vision was taken was also unknown") >= SETTINGS.claims.threshold


def test_align_groups_across_articles_only():
    a = article("a", training("11,000", "infantrymen", "infantryman"), CENTER_CLAIMS, outlet="Outlet A")
    b = article("b", CENTRE_SAYS, training("11,000", "soldiers", "soldier"), outlet="Outlet B")
    claims = align([a, b], SETTINGS)
    assert len(claims) == 2
    for claim in claims:
        assert {m.article_id for m in claim.members} == {"a", "b"}
        assert claim.story == "test-story"
        assert claim.claim_id.startswith("test-story:")
        for m in claim.members:
            body = (a if m.article_id == "a" else b).article.body
            assert body[m.start:m.end] == m.text
    summaries = {c.summary for c in claims}
    assert "A Russian soldier shot the footage in recent days" in summaries  # names its subject
    by_text = {m.text: m for c in claims for m in c.members}
    assert by_text["the footage was shot by a Russian soldier in recent days"].presentation == "hedged"
    assert by_text["a Russian soldier shot the footage in recent days"].presentation == "attributed"
    assert by_text["About 11,000 North Korean soldiers are training in eastern Russia"].presentation == "asserted"
    # one article alone makes no claims, however often it repeats itself
    assert align([article("c", CENTER_CLAIMS, CENTER_CLAIMS)], SETTINGS) == []


def test_threshold_from_settings_decides():
    from dataclasses import replace

    a = article("a", LOCATION_SHORT)
    b = article("b", LOCATION_LONG)
    assert len(align([a, b], SETTINGS)) == 1
    strict = replace(SETTINGS, claims=replace(SETTINGS.claims, threshold=0.95))
    assert align([a, b], strict) == []
