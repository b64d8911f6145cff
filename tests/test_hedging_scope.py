"""Scope offsets and disclaimers linked to the statements they are about (fixed parses)."""

from __future__ import annotations

import pytest
from tests.hedging_trees import COULDNT_VERIFY, VIDEO_ALLEGEDLY, article_for, doc, own_voice_statements

from attribution.hedging import found_cues, hedge
from attribution.lexicon import Lexicon


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return Lexicon.load()


def scopes(lexicon: Lexicon, *sentences: str) -> dict[str, str]:
    parsed = doc(*sentences)
    return {c.text: parsed.text[c.scope[0]:c.scope[1]] for c in found_cues(article_for(parsed), parsed, lexicon)
            if not c.is_neutral_frame}


IF_TRUE_MERGED = """
The the DET 2 det
presence presence NOUN 11 nsubj
of of ADP 4 case
troops troops NOUN 2 nmod
, , PUNCT 7 punct
if if SCONJ 7 mark
true true ADJ 11 advcl
, , PUNCT 7 punct
would would AUX 11 aux
be be AUX 11 cop
proof proof NOUN 20 obj
of of ADP 13 case
ties tie NOUN 11 nmod
. . PUNCT 20 punct
Last last ADJ 16 amod
summer summer NOUN 20 obl
, , PUNCT 16 punct
they they PRON 20 nsubj
then then ADV 20 advmod
signed sign VERB 0 root
a a DET 22 det
treaty treaty NOUN 20 obj
. . PUNCT 20 punct
"""


def test_if_true_scopes_over_its_clause_only(shipped):
    """The tokenizer merged two sentences (as the small model does with "... Kim Jong Un. Last
    summer, ..."): the conditional still weakens only the clause it belongs to."""
    found = scopes(shipped, IF_TRUE_MERGED)
    assert found["if true"] == "The presence of troops, if true, would be proof of ties"
    assert found["would"] == found["if true"]


def test_if_confirmed_inside_a_reported_clause_leaves_the_frame_out(shipped):
    parsed = doc("""
Analysts analyst NOUN 2 nsubj
say say VERB 0 root
the the DET 4 det
deployment deployment NOUN 10 nsubj
, , PUNCT 7 punct
if if SCONJ 7 mark
confirmed confirm VERB 10 advcl
, , PUNCT 7 punct
would would AUX 10 aux
mark mark VERB 2 ccomp
an a DET 12 det
escalation escalation NOUN 10 obj
. . PUNCT 2 punct
""")
    found = {c.entry.id: c for c in found_cues(article_for(parsed), parsed, shipped)}
    cue = found["if-confirmed"]
    assert parsed.text[cue.start:cue.end] == cue.text == "if confirmed"
    assert cue.scope == (13, 67)
    assert parsed.text[slice(*cue.scope)] == "the deployment, if confirmed, would mark an escalation"


def test_a_hedge_leaves_out_an_appended_clause_with_its_own_subject(shipped):
    found = scopes(shipped, """
They they PRON 5 nsubj
probably probably ADV 5 advmod
~ don't
do do AUX 5 aux
n't not PART 5 advmod Polarity=Neg
speak speak VERB 0 root
Russian Russian PROPN 5 obj
, , PUNCT 12 punct
so so ADV 12 advmod
it it PRON 12 expl
would would AUX 12 aux
be be AUX 12 cop
difficult difficult ADJ 5 parataxis
. . PUNCT 5 punct
""")
    assert found["probably"] == "They probably don't speak Russian"
    assert found["would"] == "so it would be difficult"


def test_a_reporting_verb_scopes_over_what_it_reports_not_its_subject(shipped):
    found = scopes(shipped, """
The the DET 2 det
center center NOUN 3 nsubj
claims claim VERB 0 root
the the DET 5 det
footage footage NOUN 7 nsubj:pass
was be AUX 7 aux:pass
shot shoot VERB 3 ccomp
by by ADP 10 case
a a DET 10 det
soldier soldier NOUN 7 obl:agent
. . PUNCT 3 punct
""")
    assert found["claims"] == "the footage was shot by a soldier"


def test_a_modifier_scopes_over_the_noun_it_describes(shipped):
    found = scopes(shipped, """
There there PRON 2 expl
was be VERB 0 root
significance significance NOUN 2 nsubj
to to ADP 7 case
the the DET 7 det
reported report VERB 7 amod
decision decision NOUN 3 nmod
to to PART 9 mark
send send VERB 7 acl
soldiers soldier NOUN 9 obj
. . PUNCT 2 punct
""")
    assert found["reported"] == "the reported decision to send soldiers"


# -- disclaimers linked back -------------------------------------------------------------------------

VIDEO_PURPORTS = """
A a DET 2 det
video video NOUN 3 nsubj
purports purport VERB 0 root
to to PART 5 mark
show show VERB 3 xcomp
soldiers soldier NOUN 5 obj
. . PUNCT 3 punct
"""
PRICES_ROSE = """
Prices price NOUN 2 nsubj
rose rise VERB 0 root
. . PUNCT 2 punct
"""


def _hedged(*sentences: str, lexicon: Lexicon):
    parsed = doc(*sentences)
    article = article_for(parsed)
    return parsed, hedge(article, parsed, own_voice_statements(parsed), lexicon)


def test_a_disclaimer_in_its_own_sentence_is_linked_to_the_statements_about_what_it_names(shipped):
    parsed, statements = _hedged(VIDEO_PURPORTS, "#newpar" + PRICES_ROSE, COULDNT_VERIFY, lexicon=shipped)
    video, prices, disclaimer = statements
    linked = [c for c in video.hedges if c.entry == "not-verified"]
    assert len(linked) == 1
    assert linked[0].text == "couldn't verify" == parsed.text[linked[0].start:linked[0].end]
    assert linked[0].scope == (video.start, video.end)  # the linked statement's own span
    assert [c.entry for c in video.hedges] == ["purport-to", "not-verified"]
    assert prices.hedges == ()  # does not name the video
    assert [c.entry for c in disclaimer.hedges] == ["not-verified"]
    assert disclaimer.hedges[0].scope == (disclaimer.start, disclaimer.end)
    # the disclaimer's own sentence states the gap and is sure of it (listed, contribution 0)
    assert video.confidence.outlet < disclaimer.confidence.outlet == prices.confidence.outlet == 1.0
    assert any(f.factor == "outlet: hedge" and f.contribution == 0 for f in disclaimer.explanation)
    assert any("later disclaimer about video" in f.detail for f in video.explanation)


def test_a_disclaimer_does_not_reach_back_further_than_the_lexicon_says(shipped):
    _, statements = _hedged(VIDEO_PURPORTS, "#newpar" + PRICES_ROSE, "#newpar" + PRICES_ROSE,
                            "#newpar" + COULDNT_VERIFY, lexicon=shipped)
    assert [c.entry for c in statements[0].hedges] == ["purport-to"]  # three paragraphs back


def test_a_disclaimer_never_reaches_forward(shipped):
    _, statements = _hedged(COULDNT_VERIFY, VIDEO_PURPORTS, lexicon=shipped)
    assert [c.entry for c in statements[1].hedges] == ["purport-to"]


def test_a_disclaimer_that_names_nothing_points_to_the_sentence_before(shipped):
    _, statements = _hedged(PRICES_ROSE, VIDEO_PURPORTS.replace("purports purport VERB 0 root", "shows show VERB 0 root")
                            .replace("to to PART 5 mark\nshow show VERB 3 xcomp\nsoldiers soldier NOUN 5 obj",
                                     "soldiers soldier NOUN 3 obj"), """
It it PRON 4 nsubj
is be AUX 4 cop
still still ADV 4 advmod
unclear unclear ADJ 0 root
. . PUNCT 4 punct
""", lexicon=shipped)
    before, video, unclear = statements
    assert [c.entry for c in video.hedges] == ["unclear"]
    assert before.hedges == ()


_THIS_NOT_VERIFIED = """
This this PRON 6 nsubj:pass PronType=Dem
~ couldn't
could could AUX 6 aux
n't not PART 6 advmod
be be AUX 6 aux:pass
independently independently ADV 6 advmod
verified verify VERB 0 root
. . PUNCT 6 punct
"""


def test_a_passive_disclaimer_with_a_pronoun_subject_points_to_the_sentence_before(shipped):
    """"This could not be independently verified.": the passive subject is what was not verified."""
    _, statements = _hedged("#newpar" + PRICES_ROSE, VIDEO_PURPORTS, _THIS_NOT_VERIFIED, lexicon=shipped)
    before, video, disclaimer = statements
    assert [c.entry for c in video.hedges][-1] == "not-verified"
    assert "not-verified" not in [c.entry for c in before.hedges]
    assert video.confidence.outlet < 1.0


def test_a_passive_disclaimer_names_what_its_subject_names(shipped):
    """"The video could not be verified." reaches the sentence about the video, not the one between."""
    _, statements = _hedged(VIDEO_PURPORTS, "#newpar" + PRICES_ROSE, """
The the DET 2 det
video video NOUN 7 nsubj:pass
~ couldn't
could could AUX 7 aux
n't not PART 7 advmod
be be AUX 7 aux:pass
independently independently ADV 7 advmod
verified verify VERB 0 root
. . PUNCT 7 punct
""", lexicon=shipped)
    video, prices, _ = statements
    assert "not-verified" in [c.entry for c in video.hedges]
    assert prices.hedges == ()


def test_a_hedge_over_a_side_part_of_the_statement_counts_with_part_of_its_weight(shipped):
    """"Ukraine releases a video, allegedly taken by a soldier": the release is not in doubt."""
    _, (side,) = _hedged("""
Ukraine Ukraine PROPN 2 nsubj
releases release VERB 0 root
a a DET 4 det
video video NOUN 2 obj
, , PUNCT 7 punct
allegedly allegedly ADV 7 advmod
taken take VERB 4 acl
by by ADP 10 case
a a DET 10 det
soldier soldier NOUN 7 obl:agent
. . PUNCT 2 punct
""", lexicon=shipped)
    _, (main,) = _hedged(VIDEO_ALLEGEDLY, lexicon=shipped)
    assert [c.entry for c in side.hedges] == [c.entry for c in main.hedges] == ["allegedly"]
    assert main.confidence.outlet == 0.5
    assert side.confidence.outlet == 0.75
    assert any("only over part of the statement" in f.detail for f in side.explanation)
