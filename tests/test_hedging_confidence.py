"""The confidence formula: monotone, bounded, explained; outlet vs source on attributed statements."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.hedging_trees import article_for, attributed, doc, own_voice_statements
from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.hedging import hedge
from attribution.hedging.confidence import AppliedCue, score
from attribution.lexicon import DEFAULT_SCORING, Entry, Lexicon
from attribution.records import Cue, Statement


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return Lexicon.load()


# -- the formula alone ---------------------------------------------------------------------------------

BASE = Statement(article_id="t", statement_id="t:1", sentence_index=0, start=0, end=10, text="0123456789")
KINDS = st.sampled_from([
    dict(),  # own voice
    dict(speaker="Ihor Solovey", speaker_type="person", kind="direct"),
    dict(speaker="Ukrainian officials", speaker_type="anonymous", kind="indirect"),
    dict(speaker="Kyrylo Budanov", speaker_type="person", kind="indirect", sources=("local media", "Kyrylo Budanov")),
])
WEIGHTS = st.floats(min_value=0.01, max_value=1.0, allow_nan=False)


def applied(n: int, weight: float, booster: bool, voice: str) -> AppliedCue:
    entry = Entry(id=f"e{n}", pattern=f"w{n}", type="booster" if booster else "hedge",
                  category="booster" if booster else "modal", weight=weight, description="test")
    cue = Cue(entry=entry.id, category=entry.category, text=f"w{n}", start=n, end=n + 1, scope=(0, 10), weight=weight)
    return AppliedCue(cue, entry, voice)


CUES = st.lists(st.tuples(WEIGHTS, st.booleans(), st.sampled_from(["source", "outlet"])), max_size=6)


def build(spec) -> list[AppliedCue]:
    return [applied(i, w, b, v) for i, (w, b, v) in enumerate(spec)]


@settings(max_examples=300, deadline=None)
@given(KINDS, CUES, WEIGHTS, st.sampled_from(["source", "outlet"]))
def test_adding_a_hedge_never_raises_a_score_and_a_booster_never_lowers_it(kind, spec, weight, voice):
    statement = replace(BASE, **kind)
    before, _ = score(statement, build(spec), DEFAULT_SCORING)
    hedged, _ = score(statement, build(spec) + [applied(99, weight, False, voice)], DEFAULT_SCORING)
    boosted, _ = score(statement, build(spec) + [applied(99, weight, True, voice)], DEFAULT_SCORING)
    assert hedged.outlet <= before.outlet and hedged.source <= before.source
    assert boosted.outlet >= before.outlet and boosted.source >= before.source
    for c in (before, hedged, boosted):
        assert 0.0 <= c.outlet <= 1.0 and 0.0 <= c.source <= 1.0


@settings(max_examples=200, deadline=None)
@given(KINDS, CUES)
def test_the_contributions_add_up_to_the_scores(kind, spec):
    statement = replace(BASE, **kind)
    confidence, factors = score(statement, build(spec), DEFAULT_SCORING)
    outlet = sum(f.contribution for f in factors if f.factor.startswith("outlet"))
    assert outlet == pytest.approx(confidence.outlet, abs=1e-3)
    if statement.is_own_voice:
        assert confidence.source == confidence.outlet
    else:
        source = sum(f.contribution for f in factors if f.factor.startswith("source"))
        assert source == pytest.approx(confidence.source, abs=1e-3)
    assert all(f.detail for f in factors)


def test_the_same_entry_counts_once():
    statement = BASE
    once, _ = score(statement, [applied(1, 0.15, False, "outlet")], DEFAULT_SCORING)
    same_entry_twice = [applied(1, 0.15, False, "outlet"), replace(applied(1, 0.15, False, "outlet"))]
    twice, factors = score(statement, same_entry_twice, DEFAULT_SCORING)
    assert once == twice
    assert any("counted once" in f.detail and f.contribution == 0 for f in factors)


def test_starting_points():
    own, _ = score(BASE, [], DEFAULT_SCORING)
    named, _ = score(replace(BASE, speaker="Solovey", speaker_type="person", kind="direct"), [], DEFAULT_SCORING)
    anonymous, _ = score(replace(BASE, speaker="officials", speaker_type="anonymous", kind="direct"), [], DEFAULT_SCORING)
    relayed, _ = score(replace(BASE, speaker="Budanov", speaker_type="person", kind="indirect",
                               sources=("local media", "Budanov")), [], DEFAULT_SCORING)
    assert (own.outlet, own.source) == (1.0, 1.0)
    assert (named.outlet, named.source) == (0.8, 0.9)
    assert anonymous.outlet == pytest.approx(0.8 * 0.75) and anonymous.outlet < named.outlet
    assert relayed.outlet == pytest.approx(0.8 * 0.9) and relayed.source == 0.85


# -- on statements, as attribution will deliver them ------------------------------------------------------

def frame_sentence(verb: str, lemma: str) -> str:
    return f"""
The the DET 2 det
center center NOUN 3 nsubj
{verb} {lemma} VERB 0 root
the the DET 5 det
footage footage NOUN 7 nsubj:pass
was be AUX 7 aux:pass
shot shoot VERB 3 ccomp
by by ADP 10 case
a a DET 10 det
soldier soldier NOUN 7 obl:agent
. . PUNCT 3 punct
"""


def scored(lexicon: Lexicon, sentence: str, content: str, cue: str, **kwargs) -> Statement:
    parsed = doc(sentence)
    statement = attributed(own_voice_statements(parsed)[0], parsed.text, content, cue, **kwargs)
    return hedge(article_for(parsed), parsed, [statement], lexicon)[0]


CONTENT = "the footage was shot by a soldier"


def test_reporting_verb_stance_orders_outlet_confidence(shipped):
    org = dict(speaker="Center for Strategic Communications", speaker_type="organization")
    says = scored(shipped, frame_sentence("says", "say"), CONTENT, "says", **org)
    claims = scored(shipped, frame_sentence("claims", "claim"), CONTENT, "claims", **org)
    confirmed = scored(shipped, frame_sentence("confirmed", "confirm"), CONTENT, "confirmed", **org)
    assert claims.confidence.outlet < says.confidence.outlet < confirmed.confidence.outlet
    assert says.confidence.outlet == 0.8 and says.hedges == () and says.boosters == ()
    assert [(c.entry, c.category) for c in claims.hedges] == [("claim", "reporting_distancing")]
    assert claims.hedges[0].scope == (claims.start, claims.end)
    assert [c.entry for c in confirmed.boosters] == ["confirm"]
    assert any(f.detail == "distancing verb 'claims': ×(1 − 0.35)" for f in claims.explanation)
    assert any("neutral reporting verb 'says'" in f.detail for f in says.explanation)
    # the stance is the outlet's choice of word: how sure the speaker sounds is the same
    assert claims.confidence.source == says.confidence.source == confirmed.confidence.source


def test_an_anonymous_source_lowers_outlet_confidence(shipped):
    named = scored(shipped, frame_sentence("says", "say"), CONTENT, "says", speaker="Ihor Solovey")
    anonymous = scored(shipped, frame_sentence("says", "say"), CONTENT, "says", speaker="officials",
                       speaker_type="anonymous")
    assert anonymous.confidence.outlet < named.confidence.outlet
    assert any(f.factor == "outlet: anonymous source" for f in anonymous.explanation)


SAID_MAY = """
Solovey Solovey PROPN 2 nsubj
said say VERB 0 root
troops troops NOUN 5 nsubj
may may AUX 5 aux
arrive arrive VERB 2 ccomp
. . PUNCT 2 punct
"""

ALLEGEDLY_SAID = """
Solovey Solovey PROPN 3 nsubj
allegedly allegedly ADV 3 advmod
said say VERB 0 root
troops troops NOUN 5 nsubj
arrived arrive VERB 3 ccomp
. . PUNCT 3 punct
"""


def test_the_speakers_own_hedge_lowers_source_not_outlet(shipped):
    statement = scored(shipped, SAID_MAY, "troops may arrive", "said")
    assert [c.entry for c in statement.hedges] == ["may"]
    assert statement.confidence.outlet == 0.8
    assert statement.confidence.source == pytest.approx(0.85 * 0.7)


def test_the_outlets_hedge_in_the_frame_lowers_outlet_not_source(shipped):
    statement = scored(shipped, ALLEGEDLY_SAID, "troops arrived", "said")
    assert [c.entry for c in statement.hedges] == ["allegedly"]
    assert statement.confidence.outlet == pytest.approx(0.8 * 0.5)
    assert statement.confidence.source == 0.85


def test_a_modal_reporting_verb_is_the_speakers_uncertainty(shipped):
    statement = scored(shipped, """
He he PRON 2 nsubj
predicted predict VERB 0 root
they they PRON 6 nsubj
would would AUX 6 aux
be be AUX 6 cop
ready ready ADJ 2 ccomp
. . PUNCT 2 punct
""", "they would be ready", "predicted", speaker="Kyrylo Budanov")
    assert [c.entry for c in statement.hedges] == ["predict-that", "would"]
    assert statement.confidence.outlet == 0.8
    assert statement.confidence.source == pytest.approx(0.85 * 0.8 * 0.85)


def test_a_speakers_hedge_does_not_leak_into_the_outlets_sentence(shipped):
    """The own-voice remainder of a sentence is not weakened by the hedge inside the quote."""
    parsed = doc(SAID_MAY)
    sentence = own_voice_statements(parsed)[0]
    quote = attributed(sentence, parsed.text, "troops may arrive", "said")
    frame = replace(sentence, end=sentence.start + len("Solovey said"), text="Solovey said", statement_id="t:2")
    out = hedge(article_for(parsed), parsed, [quote, frame], shipped)
    assert [c.entry for c in out[0].hedges] == ["may"]
    assert out[1].hedges == () and out[1].confidence.outlet == 1.0


def test_a_linked_disclaimer_lowers_the_attributed_claim_it_is_about(shipped):
    parsed = doc(frame_sentence("claims", "claim"), """
It it PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod Polarity=Neg
say say VERB 0 root
how how ADV 9 advmod
the the DET 7 det
footage footage NOUN 9 nsubj:pass
was be AUX 9 aux:pass
obtained obtain VERB 4 ccomp
. . PUNCT 4 punct
""")
    own = own_voice_statements(parsed)
    claim = attributed(own[0], parsed.text, CONTENT, "claims", speaker="the center", speaker_type="organization")
    out = hedge(article_for(parsed), parsed, [claim, own[1]], shipped)
    assert [c.entry for c in out[0].hedges] == ["claim", "did-not-say-how"]
    assert out[0].confidence.outlet == pytest.approx(0.8 * 0.65 * 0.75)
    assert out[0].confidence.source == 0.85


SAID_ALLEGEDLY = """
Solovey Solovey PROPN 2 nsubj
said say VERB 0 root
troops troops NOUN 5 nsubj
allegedly allegedly ADV 5 advmod
arrived arrive VERB 2 ccomp
. . PUNCT 2 punct
"""


def test_an_evidential_in_a_paraphrase_is_the_outlets_and_in_a_quote_the_speakers(shipped):
    paraphrase = scored(shipped, SAID_ALLEGEDLY, "troops allegedly arrived", "said", kind="indirect")
    quote = scored(shipped, SAID_ALLEGEDLY, "troops allegedly arrived", "said", kind="direct")
    assert (paraphrase.confidence.outlet, paraphrase.confidence.source) == (pytest.approx(0.4), 0.85)
    assert (quote.confidence.outlet, quote.confidence.source) == (0.8, pytest.approx(0.45))


# -- a stretch of a statement (claim members) -----------------------------------------------------------

PUBLISHED = """
The the DET 2 det
video video NOUN 10 nsubj
, , PUNCT 4 punct
published publish VERB 2 acl
by by ADP 7 case
the the DET 7 det
center center NOUN 4 obl
, , PUNCT 4 punct
allegedly allegedly ADV 10 advmod
shows show VERB 0 root
soldiers soldier NOUN 10 obj
. . PUNCT 10 punct
"""


def test_a_clause_the_outlet_asserts_inside_a_hedged_sentence_is_not_hedged(shipped):
    from attribution.hedging import ArticleHedging

    parsed = doc(PUBLISHED)
    article = article_for(parsed)
    statements = own_voice_statements(parsed)
    scorer = ArticleHedging(article, parsed, statements, shipped)
    whole = scorer.scored(0)
    assert [c.text for c in whole.hedges] == ["allegedly"] and whole.confidence.outlet < 1.0
    body = parsed.text
    published = body.index("published by the center")
    clause = scorer.span_confidence(0, published, published + len("published by the center"), head=published)[0]
    assert clause.outlet == 1.0, "the video's publisher is not what 'allegedly' doubts"
    shows = body.index("shows soldiers")
    claim = scorer.span_confidence(0, body.index("allegedly"), body.index("soldiers") + len("soldiers"), head=shows)[0]
    assert claim.outlet == whole.confidence.outlet


def test_explanations_read_as_english_for_plural_speakers():
    from attribution.hedging.confidence import _possessive

    assert _possessive("sources") == "sources'" and _possessive("Ihor Solovey") == "Ihor Solovey's"


def test_a_booster_on_a_score_already_at_one_says_so_instead_of_plus_nothing():
    """Issue 14: "moves it 0.35 of the way to 1 +0.00" on an own-voice sentence at 1.0."""
    _, factors = score(BASE, [applied(1, 0.35, True, "outlet")], DEFAULT_SCORING)
    booster = next(f for f in factors if f.factor == "outlet: booster")
    assert booster.contribution == 0
    assert "of the way to 1" not in booster.detail and "already 1.00" in booster.detail
    # a booster that does move the score still says how far
    hedged = replace(BASE, speaker="Ihor Solovey", speaker_type="person", kind="indirect")
    _, factors = score(hedged, [applied(1, 0.35, True, "outlet")], DEFAULT_SCORING)
    assert "0.35 of the way to 1" in next(f for f in factors if f.factor == "outlet: booster").detail
