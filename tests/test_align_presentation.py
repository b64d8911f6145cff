"""Presentation labels from statements and cues built by hand, on fixed parses.

The rule reads lexicon categories and stances (and the hedging stage's cue categories), so the
tests also change a category through a lexicon overlay and see the label follow.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from .align_trees import CENTER_CLAIMS, STANDFIRST, article, purporting

from attribution.align import Aligner
from attribution.attribute import own_voice
from attribution.align.presentation import CueFinder, mark_disputes, presentation
from attribution.align.units import UnitBuilder
from attribution.config import Settings
from attribution.lexicon import Lexicon
from attribution.pipeline import AnalyzedArticle
from attribution.records import Cue, ReportingCue, Statement

LEXICON = Lexicon.load()


def reported(verb: str, lemma: str) -> str:
    """'Budanov <verb> soldiers are training in Russia.'"""
    return f"""
Budanov Budanov PROPN 2 nsubj
{verb} {lemma} VERB 0 root
soldiers soldier NOUN 5 nsubj
are be AUX 5 aux
training train VERB 2 ccomp
in in ADP 7 case
Russia Russia PROPN 5 obl
. . PUNCT 2 punct
"""


CONTENT = "soldiers are training in Russia"


def label(analyzed: AnalyzedArticle, text: str, lexicon: Lexicon = LEXICON) -> str:
    aligner = Aligner([analyzed], Settings(), lexicon=lexicon)
    units = aligner.units(0, UnitBuilder(aligner.vocabulary))
    unit = next((u for u in units if u.text == text), None)
    assert unit is not None, f"no unit {text!r} among {[u.text for u in units]}"
    found, _ = presentation(unit, analyzed.statements, CueFinder(lexicon))
    return found


def attributed_statement(verb: str, lemma: str, hedges: tuple[Cue, ...] = (), boosters: tuple[Cue, ...] = ()):
    """The article with the statement attribution would give: content, speaker, cue."""

    def make(art, doc):
        body = art.body
        start = body.index(CONTENT)
        cue_at = body.index(verb)
        return [Statement(
            article_id=art.article_id, statement_id=f"{art.article_id}:1", sentence_index=0,
            start=start, end=start + len(CONTENT), text=CONTENT, speaker="Kyrylo Budanov",
            speaker_type="person", cue=ReportingCue(verb, lemma, cue_at, cue_at + len(verb)), kind="indirect",
            hedges=hedges, boosters=boosters,
        )]

    return article("a", reported(verb, lemma), statements=make)


def cue(category: str, entry: str, body: str, scope_text: str, word: str) -> Cue:
    at = body.index(word)
    scope_start = body.index(scope_text)
    return Cue(entry, category, word, at, at + len(word), (scope_start, scope_start + len(scope_text)), 0.5)


@pytest.mark.parametrize(("verb", "lemma", "expected"), [
    ("said", "say", "attributed"),
    ("confirmed", "confirm", "attributed"),
    ("claimed", "claim", "hedged"),
    ("denied", "deny", "disputed"),
])
def test_frame_stance_decides_for_attributed_statements_and_own_voice_alike(verb, lemma, expected):
    assert label(attributed_statement(verb, lemma), CONTENT) == expected
    # before attribution runs, the sentence is the outlet's own; the parse shows the same frame
    assert label(article("b", reported(verb, lemma)), CONTENT) == expected


def test_own_voice_without_cues_is_asserted():
    assert label(article("a", CENTER_CLAIMS), "The center claims the footage was shot by a Russian soldier in recent days") == "hedged"
    assert label(article("a", STANDFIRST), "Ukraine releases a video") == "asserted"


STILL = """
Budanov Budanov PROPN 2 nsubj
said say VERB 0 root
soldiers soldier NOUN 6 nsubj
are be AUX 6 aux
still still ADV 6 advmod
training train VERB 2 ccomp
in in ADP 8 case
Russia Russia PROPN 6 obl
. . PUNCT 2 punct
"""
DISCLAIMER = """
Officials official NOUN 4 nsubj
could could AUX 4 aux
not not PART 4 advmod
verify verify VERB 0 root
it it PRON 4 obj
. . PUNCT 4 punct
"""
STILL_CONTENT = "soldiers are still training in Russia"


def with_cues(*cues_at: tuple[str, str, str]) -> AnalyzedArticle:
    """The STILL article; its first statement carries cues (category, entry, word) from the
    hedging stage, each with the whole first sentence as its scope."""

    def make(art, doc):
        body = art.body
        first = doc.sentences[0]
        cues = []
        for category, entry, word in cues_at:
            at = body.index(word)
            cues.append(Cue(entry, category, word, at, at + len(word), (first.start, first.end), 0.5))
        start = body.index(STILL_CONTENT)
        return [
            Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=start,
                      end=start + len(STILL_CONTENT), text=STILL_CONTENT, speaker="Kyrylo Budanov",
                      speaker_type="person", cue=ReportingCue("said", "say", 8, 12), kind="indirect",
                      hedges=tuple(c for c in cues if c.category != "booster"),
                      boosters=tuple(c for c in cues if c.category == "booster")),
            own_voice(art, doc, 1, 2),
        ]

    return article("a", STILL, DISCLAIMER, statements=make)


def test_cues_from_the_hedging_stage_count_by_category_where_they_attach():
    assert label(with_cues(), STILL_CONTENT) == "attributed"
    # the entry name means nothing to the label; the category does
    assert label(with_cues(("modal", "made-up-entry", "still")), STILL_CONTENT) == "hedged"
    assert label(with_cues(("booster", "made-up-entry", "still")), STILL_CONTENT) == "attributed"
    assert label(with_cues(("reporting_disputing", "made-up-entry", "still")), STILL_CONTENT) == "disputed"
    # a disclaimer in the next sentence, even with a scope reaching back, is not this span's frame
    assert label(with_cues(("verification", "not-verified", "could not verify")), STILL_CONTENT) == "attributed"


def test_hedge_attached_to_the_clause_and_asides_elsewhere():
    analyzed = article("a", STANDFIRST)
    assert label(analyzed, "allegedly taken by a Russian soldier") == "hedged"
    # "allegedly" modifies "taken", not the clause beside it
    assert label(analyzed, "showing soldiers collecting uniforms") == "asserted"


@pytest.mark.parametrize("upos", ["VERB", "NOUN"])
def test_purporting_hedges_the_noun_phrase_even_when_mistagged(upos):
    assert label(article("a", purporting(upos)), "A video purporting to show dozens of recruits") == "hedged"


def test_conjoined_clause_is_not_under_the_first_conjuncts_frame():
    sentence = """
The the DET 2 det
centre centre NOUN 3 nsubj
claims claim VERB 0 root
a a DET 5 det
soldier soldier NOUN 6 nsubj
shot shoot VERB 3 ccomp
the the DET 8 det
footage footage NOUN 6 obj
but but CCONJ 13 cc
it it PRON 13 nsubj
did do AUX 13 aux
not not PART 13 advmod
say say VERB 3 conj
how how ADV 18 advmod
the the DET 16 det
footage footage NOUN 18 nsubj:pass
was be AUX 18 aux:pass
obtained obtain VERB 13 ccomp
. . PUNCT 3 punct
"""
    analyzed = article("a", sentence)
    assert label(analyzed, "a soldier shot the footage") == "hedged"
    assert label(analyzed, "it did not say how the footage was obtained") == "asserted"


def test_reporting_participle_as_modifier_hedges():
    sentence = """
Analysts analyst NOUN 2 nsubj
discussed discuss VERB 0 root
North North PROPN 4 compound
Korea Korea PROPN 7 nmod:poss
's 's PART 4 case
reported report VERB 7 amod
decision decision NOUN 2 obj
to to PART 9 mark
send send VERB 7 acl
soldiers soldier NOUN 9 obj
. . PUNCT 2 punct
"""
    analyzed = article("a", sentence)
    assert analyzed.article.body == "Analysts discussed North Korea's reported decision to send soldiers."
    assert label(analyzed, "North Korea's reported decision to send soldiers") == "hedged"


def test_quote_with_the_reporting_verb_beside_it_is_attributed():
    sentence = """
“+ " PUNCT 3 punct
We we PRON 3 nsubj
received receive VERB 0 root
this this DET 5 det
video video NOUN 3 obj
,+ , PUNCT 8 punct
” " PUNCT 8 punct
said say VERB 3 parataxis
Solovey Solovey PROPN 8 nsubj
. . PUNCT 3 punct
"""
    analyzed = article("a", sentence)
    assert label(analyzed, "We received this video") == "attributed"


def test_labels_follow_the_lexicon_not_the_words(tmp_path: Path):
    overlay = tmp_path / "strict.yaml"
    overlay.write_text(
        "entries:\n"
        "  - id: say\n"
        "    category: reporting_distancing\n"
        "    stance: distancing\n",
        encoding="utf-8",
    )
    strict = Lexicon.load([overlay])
    analyzed = article("a", reported("said", "say"))
    assert label(analyzed, CONTENT) == "attributed"
    assert label(analyzed, CONTENT, strict) == "hedged"


def test_a_member_negating_what_the_others_affirm_is_disputed():
    assert mark_disputes(["asserted", "attributed"], [False, False]) == ["asserted", "attributed"]
    assert mark_disputes(["asserted", "attributed"], [True, True]) == ["asserted", "attributed"]
    assert mark_disputes(["asserted", "attributed", "hedged"], [False, True, False]) == ["asserted", "disputed", "hedged"]
    assert mark_disputes(["asserted", "attributed"], [False, True]) == ["asserted", "disputed"]
    assert mark_disputes(["asserted", "attributed", "asserted"], [True, False, True]) == ["asserted", "disputed", "asserted"]


def test_hedge_on_a_clause_does_not_reach_into_its_noun_phrases():
    sentence = """
The the DET 2 det
video video NOUN 10 nsubj
, , PUNCT 4 punct
published publish VERB 2 acl
by by ADP 7 case
the the DET 7 det
centre centre NOUN 4 obl:agent
, , PUNCT 4 punct
allegedly allegedly ADV 10 advmod
shows show VERB 0 root
soldiers soldier NOUN 10 obj
collecting collect VERB 10 xcomp
uniforms uniform NOUN 12 obj
. . PUNCT 10 punct
"""
    analyzed = article("a", sentence)
    assert label(analyzed, "allegedly shows soldiers collecting uniforms") == "hedged"
    assert label(analyzed, "published by the centre") == "asserted"


def test_unit_holding_a_neutral_frame_and_its_content_is_attributed():
    sentence = """
Officials official NOUN 2 nsubj
say say VERB 0 root
it it PRON 4 nsubj
shows show VERB 2 ccomp
the the DET 6 det
arrival arrival NOUN 4 obj
of of ADP 8 case
troops troops NOUN 6 nmod
. . PUNCT 2 punct
"""
    analyzed = article("a", sentence)
    assert label(analyzed, "Officials say it shows the arrival of troops") == "attributed"
    # "shows" is a document frame that endorses: the outlet relays the finding, the officials
    # are still the ones saying it
    assert label(analyzed, "it shows the arrival of troops") == "attributed"


def test_a_disclaimer_that_is_the_whole_predicate_is_what_the_span_says():
    sentence = """
It it PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
say say VERB 0 root
how how ADV 9 advmod
the the DET 7 det
footage footage NOUN 9 nsubj:pass
was be AUX 9 aux:pass
obtained obtain VERB 4 ccomp
. . PUNCT 4 punct
"""

    def make(art, doc):
        plain = own_voice(art, doc, 0, 1)
        at = art.body.index("did not say how")
        disclaimer = Cue("did-not-say-how", "verification", "did not say how", at, at + 15, (0, len(art.body) - 1), 0.3)
        return [replace(plain, hedges=(disclaimer,))]

    analyzed = article("a", sentence, statements=make)
    assert label(analyzed, "It did not say how the footage was obtained") == "asserted"


# -- the one label rule, from the confidence's own factors (issue 14), case by case -------------------

from attribution.align.presentation import ASSERTED, ATTRIBUTED, DISPUTED, HEDGED, Signal
from attribution.align.presentation import label as decide_label
from attribution.records import Factor

OWN = Statement(article_id="a", statement_id="a:1", sentence_index=0, start=0, end=10, text="0123456789")
SOURCE = replace(OWN, speaker="Budanov", speaker_type="person", kind="indirect")
START = Factor("outlet: start", "the outlet says this in its own voice", 1.0)
SAID = Signal(ATTRIBUTED, "say (reporting_neutral): the statement's cue 'said'", True)


def hedge_factor(detail: str, contribution: float = -0.3, voice: str = "outlet") -> Factor:
    return Factor(f"{voice}: hedge", detail, contribution)


@pytest.mark.parametrize("statement, signals, factors, expected", [
    # own voice with the outlet's hedge: hedged (was asserted at 0.55 beside its legend)
    (OWN, [], [START, hedge_factor("distancing verb 'purporting to': ×(1 − 0.45)", -0.45)], HEDGED),
    # own voice, a disclaimer reaching back from the next sentence: hedged
    (OWN, [], [START, hedge_factor("verification disclaimer 'could not be verified' (later disclaimer about it)")], HEDGED),
    # own voice stating the gap itself ("The location is unknown."): asserted, as the gold has it;
    # the hedging stage lists the disclaimer with contribution 0 (tests/test_labels_agree.py)
    (OWN, [], [START, hedge_factor("verification disclaimer 'unknown': what the words say, not a doubt on them", 0.0)], ASSERTED),
    # own voice with nothing: asserted
    (OWN, [], [START], ASSERTED),
    # a hedge over only part of the stretch does not hedge it
    (OWN, [], [START, hedge_factor("modal 'may' (only over part of the statement, so 0.5 of its weight 0.30)")], ASSERTED),
    # the source's own hedge inside a neutral attribution: attributed, not hedged
    (SOURCE, [SAID, Signal(HEDGED, "may (modal) on 'training'")],
     [Factor("outlet: start", "", 0.8), hedge_factor("modal 'may'", -0.2, voice="source")], ATTRIBUTED),
    # a distancing frame: hedged
    (SOURCE, [Signal(HEDGED, "claim (reporting_distancing): the statement's cue 'claimed'", True)],
     [Factor("outlet: start", "", 0.8), hedge_factor("distancing verb 'claimed'", -0.2)], HEDGED),
    # a contradiction: disputed, whatever else
    (SOURCE, [Signal(DISPUTED, "deny (reporting_disputing): the statement's cue 'denied'", True)],
     [Factor("outlet: start", "", 0.8), hedge_factor("disputing verb 'denied'", -0.5)], DISPUTED),
    # a booster never changes the label
    (SOURCE, [SAID], [Factor("outlet: start", "", 0.8), Factor("outlet: booster", "booster 'clearly'", 0.1)], ATTRIBUTED),
])
def test_the_label_follows_the_factors_of_the_confidence(statement, signals, factors, expected):
    assert decide_label(statement, signals, factors) == expected
