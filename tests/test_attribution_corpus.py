"""Attribution with the live parser, as a user meets it: the seed gold, Wikinews, typed sentences."""

from __future__ import annotations

import pytest

from attribution.evaluate.attribution import score_article
from attribution.evaluate.gold import load_gold_dir
from attribution.evaluate.matching import PRF

from .conftest import EXAMPLES, SEED

PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "who", "which", "that"}


def test_seed_attribution_f1_and_every_gold_speaker(seed_analyzed) -> None:
    golds = load_gold_dir(SEED / "gold")
    total = PRF()
    for article_id, analyzed in seed_analyzed.items():
        scores = score_article(analyzed, golds[article_id])
        total += scores.statements
        found, missed = scores.speakers_found[article_id]
        assert missed == [], f"{article_id}: gold speakers not found: {missed}"
    assert total.f1 >= 0.85, f"attribution F1 {total.f1:.3f} (P {total.precision:.3f}, R {total.recall:.3f})"


def test_seed_offsets_and_own_voice(seed_analyzed) -> None:
    for analyzed in seed_analyzed.values():
        body = analyzed.article.body
        for s in analyzed.statements:
            assert body[s.start : s.end] == s.text
            if s.is_own_voice:
                assert (s.speaker, s.kind, s.cue, s.mention, s.sources) == (None, "none", None, None, ())
            else:
                assert s.kind in ("direct", "indirect", "mixed", "according_to")
                assert s.cue is not None and body[s.cue.start : s.cue.end] == s.cue.text
                if s.mention is not None:
                    assert body[s.mention.start : s.mention.end] == s.mention.text
    pact = [s for s in seed_analyzed["abc-north-korean-soldiers-training"].statements if "signed a pact" in s.text]
    assert pact and pact[0].is_own_voice


@pytest.fixture(scope="module")
def wikinews(parser, lexicon, settings):
    from attribution.ingest import ingest
    from attribution.pipeline import analyze_article
    from attribution.records import Article

    articles = [a for a in ingest([EXAMPLES], settings) if isinstance(a, Article)]
    docs = parser.parse_many([a.body for a in articles])
    return {a.article_id: analyze_article(a, d, lexicon) for a, d in zip(articles, docs)}


def test_wikinews_speakers_are_names_or_descriptions_never_bare_pronouns(wikinews) -> None:
    attributed = [s for a in wikinews.values() for s in a.statements if not s.is_own_voice]
    assert len(attributed) > 100
    for s in attributed:
        assert s.speaker is None or s.speaker.lower() not in PRONOUNS, s
        assert s.speaker_type in ("person", "organization", "anonymous", "document")
    named = sum(1 for s in attributed if s.speaker_type == "person")
    assert named / len(attributed) > 0.5  # news quotes people most of all


def test_wikinews_spot_checks(wikinews) -> None:
    """Three articles read by hand: what the tool must get right in each."""
    nasa = [s for s in wikinews["nasa"].statements if s.speaker == "Charles Bolden"]
    assert sum(s.kind == "direct" for s in nasa) >= 4
    assert all(s.role == "NASA Administrator" for s in nasa)

    korea = [s for s in wikinews["korea"].statements if s.speaker == "Korean Central News Agency"]
    assert sum(s.kind == "direct" for s in korea) >= 4  # "said KCNA", "it added", "added KCNA"
    assert any(s.mention and s.mention.text == "it" for s in korea)

    afghan = [s for s in wikinews["afghan"].statements if s.speaker == "Rodaba Noori"]
    assert len(afghan) >= 2 and all(s.kind == "direct" and s.role == "team member" for s in afghan)


@pytest.mark.parametrize(
    "text, speaker, kind, content",
    [
        ('"We will reopen the bridge next week," said Maria Lopez, the city engineer.',
         "Maria Lopez", "direct", "We will reopen the bridge next week"),
        ("Police said the road would stay closed until Friday.",
         "Police", "indirect", "the road would stay closed until Friday"),
        ("The road will stay closed until Friday, according to the city council.",
         "city council", "according_to", "The road will stay closed until Friday"),
    ],
)
def test_sentences_a_teacher_might_type(analyze_text, text: str, speaker: str, kind: str, content: str) -> None:
    analyzed = analyze_text(text)
    [s] = [s for s in analyzed.statements if not s.is_own_voice]
    assert (s.speaker, s.kind, s.text) == (speaker, kind, content)


def test_scare_quotes_stay_in_the_outlets_voice(analyze_text) -> None:
    analyzed = analyze_text('The so-called "peace plan" was signed on Tuesday. The said plan runs to 40 pages.')
    assert all(s.is_own_voice for s in analyzed.statements)
