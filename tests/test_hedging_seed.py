"""What a user sees on the seed development set, with the real parser (session fixtures)."""

from __future__ import annotations

from attribution.evaluate.cues import score_article
from attribution.evaluate.gold import load_gold_dir
from attribution.evaluate.matching import PRF

from tests.conftest import SEED


def test_hedge_cue_f1_and_every_verification_and_evidential_cue(seed_analyzed):
    golds = load_gold_dir(SEED / "gold")
    hedges = PRF()
    for article_id, analyzed in seed_analyzed.items():
        scores = score_article(analyzed, golds[article_id])
        hedges += scores.by_type["hedge"]
        for category in ("verification", "evidential"):
            assert scores.by_category[category].fn == 0, (article_id, category, scores.errors)
    assert hedges.f1 >= 0.85, hedges


def _statement(analyzed, words: str):
    found = [s for s in analyzed.statements if words in s.text]
    assert found, words
    return found[0]


def test_the_video_claim_gets_less_outlet_confidence_than_an_own_voice_assertion(seed_analyzed):
    pairs = {
        "ap-video-north-korean-soldiers": (
            "allegedly shows North Korean soldiers", "North Korean weapons have already been used"),
        "abc-north-korean-soldiers-training": (
            "allegedly showed North Korean soldiers", "signed a pact stipulating mutual military assistance"),
    }
    for article_id, (video, asserted) in pairs.items():
        analyzed = seed_analyzed[article_id]
        video_statement, asserted_statement = _statement(analyzed, video), _statement(analyzed, asserted)
        assert video_statement.confidence.outlet < asserted_statement.confidence.outlet, article_id
        assert asserted_statement.hedges == ()
        assert any(c.text == "allegedly" for c in video_statement.hedges)


def test_the_ap_disclaimer_is_linked_to_the_video_statements(seed_analyzed):
    analyzed = seed_analyzed["ap-video-north-korean-soldiers"]
    for words in ("A video purporting to show", "allegedly shows North Korean soldiers"):
        statement = _statement(analyzed, words)
        linked = [c for c in statement.hedges if c.category == "verification"]
        assert [c.text for c in linked] == ["couldn't verify"]
        assert linked[0].scope == (statement.start, statement.end)


def test_cue_offsets_point_into_the_body(seed_analyzed):
    for analyzed in seed_analyzed.values():
        body = analyzed.article.body
        for statement in analyzed.statements:
            for cue in statement.hedges + statement.boosters:
                assert body[cue.start:cue.end] == cue.text
                assert 0 <= cue.scope[0] < cue.scope[1] <= len(body)
                assert cue.scope[0] < statement.end and statement.start < cue.scope[1]
            assert 0.0 <= statement.confidence.outlet <= 1.0 and 0.0 <= statement.confidence.source <= 1.0
            assert statement.explanation


def test_every_example_in_the_lexicons_matches_its_entry(parser, lexicon):
    """The ``examples`` of each hedge, booster and stance verb, parsed by the real models, are
    found by that entry: the lexicon documents what it really does."""
    from attribution.attribute import attribute
    from attribution.hedging import found_cues
    from attribution.records import Article

    items = [(entry, example) for entry in lexicon.active()
             if not (entry.type == "reporting" and entry.stance == "neutral") for example in entry.examples]
    body = "\n\n".join(example for _, example in items)  # one document, one paragraph per example
    article, doc = Article("x", body, "x.txt"), parser.parse(body)
    # as in a run: a stance verb attribution made the frame of a statement counts ("accused X of Y")
    frames = [(s.cue.start, s.cue.end) for s in attribute(article, doc, lexicon) if s.cue is not None]
    found = found_cues(article, doc, lexicon, frames)
    misses, start = [], 0
    for entry, example in items:
        end = start + len(example)
        if not any(c.entry.id == entry.id and start <= c.start < end for c in found):
            misses.append((entry.id, example))
        start = end + 2
    assert len(items) > 60 and misses == []
