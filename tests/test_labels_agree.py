"""Presentation labels that agree with the confidence beside them (issue 14), on small fixed trees.

Each case runs the real hedging stage and the claims stage's one label rule over a tree written
for the construction, and checks the label *and* the outlet confidence the claims page shows next
to it: asserted only at an unweakened 1.00, hedged only where an outlet hedge lowered the score,
attributed where the words are reported (by a speaker, or under a reporting word the parse shows),
whatever the source's own hedges. docs/claims.md, section 5, has the table these rows follow.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from .align_trees import article, purporting

from attribution.align import Aligner
from attribution.align.units import UnitBuilder
from attribution.config import Settings
from attribution.hedging import hedge_article
from attribution.lexicon import Lexicon
from attribution.pipeline import AnalyzedArticle
from attribution.records import ClaimMember, ReportingCue, Span, Statement

LEXICON = Lexicon.load()

LOCATION_UNKNOWN = """
The the DET 2 det
location location NOUN 4 nsubj
is be AUX 4 cop
unknown unknown ADJ 0 root
. . PUNCT 4 punct
"""

DID_NOT_SAY_HOW = """
It it PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
say say VERB 0 root
how how ADV/WRB 9 advmod
the the DET 7 det
footage footage NOUN 9 nsubj:pass
was be AUX 9 aux:pass
obtained obtain VERB 4 ccomp
. . PUNCT 4 punct
"""

UNCLEAR_WHETHER = """
It it PRON 3 expl
is be AUX 3 cop
unclear unclear ADJ 0 root
whether whether SCONJ 8 mark
the the DET 6 det
drone drone NOUN 8 nsubj:pass
was be AUX 8 aux:pass
shot shoot VERB 3 csubj
down down ADP 8 compound:prt
. . PUNCT 3 punct
"""

OFFICIALS_SAY_MAY = """
Officials official NOUN 2 nsubj
said say VERB 0 root
soldiers soldier NOUN 6 nsubj
may may AUX 6 aux
be be AUX 6 aux
training train VERB 2 ccomp
in in ADP 8 case
Russia Russia PROPN 6 obl
. . PUNCT 2 punct
"""

ARMY_SHOT_DOWN = """
The the DET 2 det
army army NOUN 3 nsubj
shot shoot VERB 0 root
down down ADP 3 compound:prt
two two NUM 6 nummod
drones drone NOUN 3 obj
. . PUNCT 3 punct
"""

CONFIRMED_KILLED = """
Ten ten NUM 2 nummod
people person NOUN 5 nsubj:pass
have have AUX 5 aux
been be AUX 5 aux:pass
confirmed confirm VERB 0 root
killed kill VERB 5 xcomp
. . PUNCT 5 punct
"""

CONFIRMED_BY = """
Ten ten NUM 2 nummod
people person NOUN 5 nsubj:pass
have have AUX 5 aux
been be AUX 5 aux:pass
confirmed confirm VERB 0 root
killed kill VERB 5 xcomp
by by ADP 9 case
the the DET 9 det
ministry ministry NOUN 5 obl:agent
. . PUNCT 5 punct
"""

THAT_CLAIM_NOT_VERIFIED = """
That that DET 2 det
claim claim NOUN 6 nsubj:pass
could could AUX 6 aux
not not PART 6 advmod
be be AUX 6 aux:pass
verified verify VERB 0 root
. . PUNCT 6 punct
"""

SAID_BUT_THIS = """
The the DET 2 det
army army NOUN 3 nsubj
said say VERB 0 root
it it PRON 5 nsubj
shot shoot VERB 3 ccomp
down down ADP 5 compound:prt
two two NUM 8 nummod
drones drone NOUN 5 obj
, , PUNCT 16 punct
but but CCONJ 16 cc
this this PRON 16 nsubj:pass
could could AUX 16 aux
not not PART 16 advmod
be be AUX 16 aux:pass
independently independently ADV 16 advmod
verified verify VERB 3 conj
. . PUNCT 3 punct
"""

THIS_NOT_VERIFIED = """
This this PRON 6 nsubj:pass
could could AUX 6 aux
not not PART 6 advmod
be be AUX 6 aux:pass
independently independently ADV 6 advmod
verified verify VERB 0 root
. . PUNCT 6 punct
"""


def hedged(analyzed: AnalyzedArticle) -> AnalyzedArticle:
    """The article after the hedging stage, as a run gives it to the claims stage."""
    statements, hedges, boosters = hedge_article(analyzed.article, analyzed.doc, list(analyzed.statements), LEXICON)
    return replace(analyzed, statements=tuple(statements), hedges=hedges, boosters=boosters)


def member(analyzed: AnalyzedArticle, text: str) -> ClaimMember:
    """The claim member the claims stage makes of the unit with this text."""
    analyzed = hedged(analyzed)
    aligner = Aligner([analyzed], Settings(), lexicon=LEXICON)
    units = aligner.units(0, UnitBuilder(aligner.vocabulary))
    unit = next((u for u in units if u.text == text), None)
    assert unit is not None, f"no unit {text!r} among {[u.text for u in units]}"
    return aligner._claim("test:1", "test", [unit]).claim.members[0]


def agrees(m: ClaimMember) -> bool:
    """The legend's promise: asserted = the outlet's own voice at 1.00 with nothing weakening it;
    attributed = a report (0.8 from the start, less only for who the source is); hedged = lower."""
    if m.presentation == "asserted":
        return m.confidence_outlet == 1.0
    if m.presentation == "attributed":
        return m.confidence_outlet <= 0.8
    return m.presentation != "hedged" or m.confidence_outlet < 0.8


def test_purporting_to_in_the_outlets_voice_is_hedged_never_asserted_at_one():
    # the tagger's slip seen on the AP lead: "purporting" a noun, "show" a clause describing it
    # (the noun's to-infinitive is its complement, so the slip is hedged as the verb reading is)
    m = member(article("a", purporting("NOUN")), "show dozens of recruits")
    verb = member(article("a", purporting("VERB")), "show dozens of recruits")
    assert (m.presentation, m.confidence_outlet) == ("hedged", verb.confidence_outlet) and m.confidence_outlet < 1.0


@pytest.mark.parametrize("tree, text", [
    (LOCATION_UNKNOWN, "The location is unknown"),
    (DID_NOT_SAY_HOW, "It did not say how the footage was obtained"),
])
def test_a_sentence_stating_a_gap_is_asserted_at_one(tree, text):
    # the outlet is sure the location is unknown: label, confidence and legend agree
    m = member(article("a", tree), text)
    assert (m.presentation, m.confidence_outlet) == ("asserted", 1.0)


def test_a_disclaimer_holding_a_whether_clause_hedges_that_clause():
    m = member(article("a", UNCLEAR_WHETHER), "the drone was shot down")
    assert m.presentation == "hedged" and m.confidence_outlet < 1.0 and agrees(m)


def test_a_sources_own_modal_under_a_reporting_word_leaves_the_outlet_attributing():
    # attribution made no statement of it (own voice), but the parse shows "said" over it: the
    # modal is the officials' doubt, not the outlet's
    m = member(article("a", OFFICIALS_SAY_MAY), "soldiers may be training in Russia")
    assert (m.presentation, m.confidence_outlet) == ("attributed", 0.8)
    assert m.confidence_source < 0.85  # the speaker's own "may"


def test_a_sources_own_modal_in_a_statement_of_theirs_is_attributed():
    content = "soldiers may be training in Russia"

    def make(art, doc):
        start, cue = art.body.index(content), art.body.index("said")
        return [Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=start,
                          end=start + len(content), text=content, speaker="Officials", speaker_type="organization",
                          cue=ReportingCue("said", "say", cue, cue + 4), kind="indirect")]

    m = member(article("a", OFFICIALS_SAY_MAY, statements=make), content)
    assert (m.presentation, m.confidence_outlet) == ("attributed", 0.8)


def test_a_pronoun_passive_disclaimer_reaches_back_and_is_itself_sure():
    # docs/lexicon-tuning.md: "This could not be independently verified." weakens the sentence before
    m = member(article("a", ARMY_SHOT_DOWN, THIS_NOT_VERIFIED), "The army shot down two drones")
    assert m.presentation == "hedged" and m.confidence_outlet < 1.0
    disclaimer = member(article("a", ARMY_SHOT_DOWN, THIS_NOT_VERIFIED), "This could not be independently verified")
    assert (disclaimer.presentation, disclaimer.confidence_outlet) == ("asserted", 1.0)


@pytest.mark.parametrize("tree, text", [
    (purporting("NOUN"), "show dozens of recruits"),
    (purporting("VERB"), "show dozens of recruits"),
    (LOCATION_UNKNOWN, "The location is unknown"),
    (DID_NOT_SAY_HOW, "It did not say how the footage was obtained"),
    (UNCLEAR_WHETHER, "the drone was shot down"),
    (OFFICIALS_SAY_MAY, "soldiers may be training in Russia"),
])
def test_label_and_confidence_never_contradict_the_legend(tree, text):
    assert agrees(member(article("a", tree), text))


def test_an_agentless_passive_endorsing_verb_is_the_outlets_own_statement():
    # nobody is named as confirming it: the outlet states the confirmed fact itself
    m = member(article("a", CONFIRMED_KILLED), "Ten people have been confirmed killed")
    assert (m.presentation, m.confidence_outlet) == ("asserted", 1.0)


def test_a_passive_endorsing_verb_with_its_agent_reports_the_agent():
    m = member(article("a", CONFIRMED_BY), "Ten people have been confirmed killed by the ministry")
    assert (m.presentation, m.confidence_outlet) == ("attributed", 0.8)


def test_a_demonstrative_noun_disclaimer_reaches_back_like_a_pronoun():
    # "That claim" names no noun of the sentence before, but points back to it
    m = member(article("a", ARMY_SHOT_DOWN, THAT_CLAIM_NOT_VERIFIED), "The army shot down two drones")
    assert m.presentation == "hedged" and m.confidence_outlet < 1.0


def test_a_pronoun_disclaimer_reaches_back_to_the_clause_before_it_in_its_sentence():
    content, rest = "it shot down two drones", "this could not be independently verified"

    def make(art, doc):
        start, cue, other = art.body.index(content), art.body.index("said"), art.body.index(rest)
        return [Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=start,
                          end=start + len(content), text=content, speaker="The army", speaker_type="organization",
                          cue=ReportingCue("said", "say", cue, cue + 4), kind="indirect"),
                Statement(article_id=art.article_id, statement_id="a:2", sentence_index=0, start=other,
                          end=other + len(rest), text=rest)]

    m = member(article("a", SAID_BUT_THIS, statements=make), content)
    assert m.presentation == "hedged" and m.confidence_outlet < 0.8


def crashed_officials_said(relation: str) -> str:
    """'A jet crashed, killing all ten people, officials said.' with "said" beside the clause it
    closes as parataxis, or as the parser's conj (seen on an AP lead)."""
    return f"""
A a DET 2 det
jet jet NOUN 3 nsubj
crashed crash VERB 0 root
, , PUNCT 5 punct
killing kill VERB 3 advcl
all all DET 8 det
ten ten NUM 8 nummod
people person NOUN 5 obj
, , PUNCT 11 punct
officials official NOUN 11 nsubj
said say VERB 3 {relation}
. . PUNCT 3 punct
"""


@pytest.mark.parametrize("relation", ["parataxis", "conj"])
def test_a_reporting_verb_closing_the_clause_above_reports_the_member(relation):
    m = member(article("a", crashed_officials_said(relation)), "killing all ten people")
    assert (m.presentation, m.confidence_outlet) == ("attributed", 0.8)


PEOPLE_KILLED = """
Ten ten NUM 2 nummod
people people NOUN 4 nsubj:pass
were be AUX 4 aux:pass
killed kill VERB 0 root
. . PUNCT 4 punct
"""

WHICH_PEOPLE = """
It it PRON 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
specify specify VERB 0 root
which which PRON/WDT 8 mark
people people NOUN 8 nsubj:pass
were be AUX 8 aux:pass
killed kill VERB 4 ccomp
. . PUNCT 4 punct
"""


def test_a_gap_about_which_ones_does_not_hedge_a_statement_about_them():
    # "did not specify *which people* were killed": the gap is who they are, not that ten were
    # killed, so the noun the question asks for does not link the disclaimer back
    m = member(article("a", PEOPLE_KILLED, WHICH_PEOPLE), "Ten people were killed")
    assert (m.presentation, m.confidence_outlet) == ("asserted", 1.0)
    how = WHICH_PEOPLE.replace("which which PRON/WDT 8 mark", "how how ADV/WRB 8 advmod")
    m = member(article("a", PEOPLE_KILLED, how), "Ten people were killed")  # "how people were killed": still a doubt
    assert m.presentation == "hedged" and m.confidence_outlet < 1.0


def test_a_pronoun_disclaimer_after_a_claim_in_its_own_sentence_does_not_reach_the_sentence_before():
    # "The army said it shot down two drones, but this could not be verified": "this" is the
    # army's claim, not "Ten people were killed" before it
    content, rest = "it shot down two drones", "this could not be independently verified"

    def make(art, doc):
        first = doc.sentences[0]
        start, cue, other = art.body.index(content), art.body.index("said"), art.body.index(rest)
        return [Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=first.start,
                          end=first.start + len("Ten people were killed"), text="Ten people were killed"),
                Statement(article_id=art.article_id, statement_id="a:2", sentence_index=1, start=start,
                          end=start + len(content), text=content, speaker="The army", speaker_type="organization",
                          cue=ReportingCue("said", "say", cue, cue + 4), kind="indirect"),
                Statement(article_id=art.article_id, statement_id="a:3", sentence_index=1, start=other,
                          end=other + len(rest), text=rest)]

    analyzed = article("a", PEOPLE_KILLED, SAID_BUT_THIS, statements=make)
    before = member(analyzed, "Ten people were killed")
    assert (before.presentation, before.confidence_outlet) == ("asserted", 1.0)
    assert member(analyzed, content).presentation == "hedged"


SUGGESTED_WITHOUT_EVIDENCE = """
Officials official NOUN 2 nsubj
said say VERB 0 root
the the DET 4 det
pilot pilot NOUN 5 nsubj
died die VERB 2 ccomp
and and CCONJ 7 cc
suggested suggest VERB 5 conj
, , PUNCT 10 punct
without without ADP 10 case
evidence evidence NOUN 7 obl
, , PUNCT 10 punct
that that SCONJ 16 mark
the the DET 14 det
jet jet NOUN 16 nsubj:pass
was be AUX 16 aux:pass
shot shoot VERB 2 ccomp
down down ADP 16 compound:prt
. . PUNCT 2 punct
"""


def test_without_evidence_on_the_reporting_verb_hedges_what_it_reports_whatever_the_parse():
    # "suggested, without evidence, that [the jet was shot down]": the parser hung the reported
    # clause from "said", so no scope reaches it; the qualifier of the statement's own reporting
    # verb still marks the claim as unsupported
    content = "the jet was shot down"

    def make(art, doc):
        start, cue = art.body.index(content), art.body.index("suggested")
        return [Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=start,
                          end=start + len(content), text=content, speaker="Officials", speaker_type="organization",
                          cue=ReportingCue("suggested", "suggest", cue, cue + 9), kind="indirect")]

    m = member(article("a", SUGGESTED_WITHOUT_EVIDENCE, statements=make), content)
    assert m.presentation == "hedged" and m.confidence_outlet < 0.8 and agrees(m)


UNCONFIRMED_REPORTS_SAID = """
Unconfirmed unconfirmed ADJ 3 amod
media media NOUN 3 compound
reports report NOUN 4 nsubj
said say VERB 0 root
the the DET 6 det
ferry ferry NOUN 7 nsubj
belonged belong VERB 4 ccomp
to to ADP 9 case
Jones Jones PROPN 7 obl
. . PUNCT 4 punct
"""


def test_an_unchecked_source_hedges_what_it_says():
    # "*Unconfirmed* media reports said [the ferry belonged to Jones]": the outlet marks its
    # source as unchecked; the hedge describes the speaker, whom no scope of the content reaches
    content = "the ferry belonged to Jones"

    def make(art, doc):
        start, cue = art.body.index(content), art.body.index("said")
        return [Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=start,
                          end=start + len(content), text=content, speaker="Unconfirmed media reports",
                          speaker_type="document", mention=Span("Unconfirmed media reports", 0, 25),
                          cue=ReportingCue("said", "say", cue, cue + 4), kind="indirect")]

    m = member(article("a", UNCONFIRMED_REPORTS_SAID, statements=make), content)
    assert m.presentation == "hedged" and m.confidence_outlet < 0.8 and agrees(m)


REJECTED_REPORTS = """
The the DET 2 det
army army NOUN 3 nsubj
rejected reject VERB 0 root
reports report NOUN 3 obj
that that SCONJ 8 mark
a a DET 7 det
missile missile NOUN 8 nsubj
downed down VERB 4 acl
a a DET 10 det
jet jet NOUN 8 obj
presumed presume VERB/VBN 10 acl
to to PART 13 mark
carry carry VERB 11 xcomp
the the DET 15 det
minister minister NOUN 13 obj
. . PUNCT 3 punct
"""


def test_a_disputing_frame_does_not_reach_a_phrase_describing_one_of_its_nouns():
    # the army disputes that a missile downed the jet, not that the jet carried the minister
    content = "a missile downed a jet presumed to carry the minister"

    def make(art, doc):
        start, cue = art.body.index(content), art.body.index("rejected")
        return [Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=start,
                          end=start + len(content), text=content, speaker="The army", speaker_type="organization",
                          cue=ReportingCue("rejected", "reject", cue, cue + 8), kind="indirect")]

    analyzed = article("a", REJECTED_REPORTS, statements=make)
    assert member(analyzed, content).presentation == "disputed"
    described = member(analyzed, "presumed to carry the minister")
    assert described.presentation == "hedged" and agrees(described)  # its own "presumed"
