"""The cue groups of issue 13, each positive and negative, on hand-written trees (no parser).

Each test asserts the *category* found (evidential, modal, conditional, verification, booster), so
an entry may be renamed or split without touching the test; the trees are written for the
construction, never copied from a corpus sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.hedging_trees import article_for, doc

from attribution.hedging import found_cues
from attribution.lexicon import Lexicon
from attribution.pipeline import analyze_article


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return Lexicon.load()


def categories(lexicon: Lexicon, *sentences: str) -> list[tuple[str, str]]:
    parsed = doc(*sentences)
    return [(c.entry.category, c.text) for c in found_cues(article_for(parsed), parsed, lexicon)
            if not c.is_neutral_frame]


# -- evidential nouns ------------------------------------------------------------------------------

def test_an_evidential_noun_is_a_hedge_but_an_asylum_claim_is_not(shipped):
    assert ("evidential", "allegations") in categories(shipped, """
The the DET 2 det
union union NOUN 3 nsubj
rejected reject VERB 0 root
the the DET 5 det
allegations allegation NOUN 3 obj
. . PUNCT 3 punct
""")
    assert categories(shipped, """
Her her PRON 3 nmod:poss
asylum asylum NOUN 3 compound
claim claim NOUN 5 nsubj:pass
was be AUX 5 aux:pass
approved approve VERB 0 root
. . PUNCT 5 punct
""") == []


def test_the_noun_claim_with_its_content_is_evidential(shipped):
    assert ("evidential", "claims") in categories(shipped, """
She she PRON 2 nsubj
doubted doubt VERB 0 root
claims claim NOUN 2 obj
that that SCONJ 6 mark
prices price NOUN 6 nsubj
fell fall VERB 3 acl
. . PUNCT 2 punct
""")


# -- belief and estimate verbs, adjectives and nouns ------------------------------------------------

def test_a_belief_verb_hedges_even_when_the_parser_makes_its_clause_an_object(shipped):
    assert categories(shipped, """
She she PRON 2 nsubj
believed believe VERB 0 root
the the DET 4 det
plan plan NOUN 2 obj
. . PUNCT 2 punct
""") == [("modal", "believed")]


def test_a_parenthetical_i_think_is_modal_but_think_about_is_not(shipped):
    assert ("modal", "think") in categories(shipped, """
The the DET 2 det
plan plan NOUN 3 nsubj
failed fail VERB 0 root
, , PUNCT 6 punct
I I PRON 6 nsubj
think think VERB 3 parataxis
. . PUNCT 3 punct
""")
    assert categories(shipped, """
They they PRON 2 nsubj
thought think VERB 0 root
about about ADP 5 case
the the DET 5 det
offer offer NOUN 2 obl
. . PUNCT 2 punct
""") == []


def test_an_estimated_number_and_a_possible_attack_are_modal_as_soon_as_possible_is_not(shipped):
    assert categories(shipped, """
It it PRON 2 nsubj
cost cost VERB 0 root
an a DET 5 det
estimated estimate VERB 5 amod
sum sum NOUN 2 obj
. . PUNCT 2 punct
""") == [("modal", "estimated")]
    assert categories(shipped, """
They they PRON 2 nsubj
feared fear VERB 0 root
a a DET 5 det
possible possible ADJ 5 amod
attack attack NOUN 2 obj
. . PUNCT 2 punct
""") == [("modal", "feared"), ("modal", "possible")]
    assert categories(shipped, """
Come come VERB 0 root
as as ADV 5 advmod
soon soon ADV 5 advmod
as as ADP 5 case
possible possible ADJ 1 advmod
. . PUNCT 1 punct
""") == []


# -- modals under negation ------------------------------------------------------------------------

def test_may_not_is_a_modal_and_could_not_of_ability_is_not(shipped):
    assert categories(shipped, """
The the DET 2 det
border border NOUN 5 nsubj
may may AUX 5 aux
not not PART 5 advmod
reopen reopen VERB 0 root
. . PUNCT 5 punct
""") == [("modal", "may not reopen")]
    assert categories(shipped, """
She she PRON 4 nsubj
could could AUX 4 aux
not not PART 4 advmod
walk walk VERB 0 root
. . PUNCT 4 punct
""") == []


# -- conditionals ---------------------------------------------------------------------------------

def test_if_someone_were_is_a_hypothetical(shipped):
    found = categories(shipped, """
If if SCONJ 4 mark
someone someone PRON 4 nsubj
were be AUX 4 cop
able able ADJ 9 advcl
, , PUNCT 4 punct
damage damage NOUN 9 nsubj
would would AUX 9 aux
be be AUX 9 cop
huge huge ADJ 0 root
. . PUNCT 9 punct
""")
    assert ("conditional", "If someone were") in found and ("modal", "would") in found


# -- verification phrases -------------------------------------------------------------------------

def test_remains_to_be_seen_and_declined_to_say_are_verification_but_remains_in_is_not(shipped):
    assert categories(shipped, """
It it PRON 2 nsubj
remains remain VERB 0 root
to to PART 5 mark
be be AUX 5 aux:pass
seen see VERB 2 xcomp
. . PUNCT 2 punct
""") == [("verification", "remains to be seen")]
    assert ("verification", "declined to say") in categories(shipped, """
The the DET 2 det
ministry ministry NOUN 3 nsubj
declined decline VERB 0 root
to to PART 5 mark
say say VERB 3 xcomp
. . PUNCT 3 punct
""")
    assert categories(shipped, """
She she PRON 2 nsubj
remains remain VERB 0 root
in in ADP 5 case
the the DET 5 det
city city NOUN 2 obl
. . PUNCT 2 punct
""") == []


def test_not_certain_is_verification(shipped):
    assert categories(shipped, """
Officials official NOUN 4 nsubj
are be AUX 4 cop
not not PART 4 advmod
certain certain ADJ 0 root
. . PUNCT 4 punct
""") == [("verification", "are not certain")]


# -- booster phrases ------------------------------------------------------------------------------

def test_indeed_and_it_is_clear_are_boosters_it_is_not_clear_is_not(shipped):
    assert categories(shipped, """
Indeed indeed ADV 4 advmod
, , PUNCT 1 punct
they they PRON 4 nsubj
left leave VERB 0 root
. . PUNCT 4 punct
""") == [("booster", "Indeed")]
    assert categories(shipped, """
It it PRON 3 nsubj
is be AUX 3 cop
clear clear ADJ 5 amod
political political ADJ 5 amod
favours favour NOUN 0 root
won win VERB 5 acl
. . PUNCT 5 punct
""") == [("booster", "It is clear")]
    found = categories(shipped, """
It it PRON 4 expl
is be AUX 4 cop
not not PART 4 advmod
clear clear ADJ 0 root
whether whether SCONJ 7 mark
they they PRON 7 nsubj
left leave VERB 4 ccomp
. . PUNCT 4 punct
""")
    assert found and all(category == "verification" for category, _ in found)


def test_epistemic_must_have_is_a_booster_but_must_be_returned_is_not(shipped):
    assert categories(shipped, """
They they PRON 4 nsubj
must must AUX 4 aux
have have AUX 4 aux
seen see VERB 0 root
it it PRON 4 obj
. . PUNCT 4 punct
""") == [("booster", "must have")]
    assert categories(shipped, """
It it PRON 4 nsubj:pass
must must AUX 4 aux
be be AUX 4 aux:pass
returned return VERB 0 root
. . PUNCT 4 punct
""") == []


# -- Hyland's approximators: shipped off, on through an overlay --------------------------------------

ABOUT = """
About about ADV 3 advmod
six six NUM 3 nummod
million million NUM 4 nsubj
came come VERB 0 root
. . PUNCT 4 punct
"""


def test_approximators_are_off_by_default_and_an_overlay_turns_them_on(shipped, tmp_path: Path):
    assert categories(shipped, ABOUT) == []
    overlay = tmp_path / "on.yaml"
    overlay.write_text("entries:\n  - id: approximator\n    enabled: true\n", encoding="utf-8")
    assert categories(Lexicon.load([overlay]), ABOUT) == [("modal", "About")]


# -- cues independent of statement boundaries -------------------------------------------------------

def test_the_article_lists_every_cue_of_the_body_and_no_disputing_frame(shipped):
    parsed = doc("""
The the DET 2 det
union union NOUN 3 nsubj
denied deny VERB 0 root
the the DET 5 det
allegations allegation NOUN 3 obj
. . PUNCT 3 punct
""", """
Allegedly allegedly ADV 4 advmod
, , PUNCT 1 punct
they they PRON 4 nsubj
left leave VERB 0 root
. . PUNCT 4 punct
""")
    analyzed = analyze_article(article_for(parsed), parsed, shipped)
    assert [(c.category, c.text) for c in analyzed.hedges] == [("evidential", "allegations"), ("evidential", "Allegedly")]


# -- the rest of Hyland's lists (issue 13 item 3) ------------------------------------------------

def test_be_sure_that_is_a_booster_make_sure_and_not_sure_are_not(shipped):
    assert categories(shipped, """
I I PRON 3 nsubj
am be AUX 3 cop
sure sure ADJ 0 root
that that SCONJ 7 mark
they they PRON 7 nsubj
will will AUX 7 aux
return return VERB 3 ccomp
. . PUNCT 3 punct
""") == [("booster", "am sure")]
    assert categories(shipped, """
Make make VERB 0 root
sure sure ADJ 1 xcomp
that that SCONJ 6 mark
the the DET 5 det
door door NOUN 6 nsubj
closes close VERB 1 ccomp
. . PUNCT 1 punct
""") == []
    found = categories(shipped, """
They they PRON 4 nsubj
are be AUX 4 cop
not not PART 4 advmod
sure sure ADJ 0 root
who who PRON 6 nsubj
fired fire VERB 4 ccomp
. . PUNCT 4 punct
""")
    assert found and all(category == "verification" for category, _ in found)


def test_to_my_knowledge_and_from_our_perspective_are_modal_from_the_north_is_not(shipped):
    assert categories(shipped, """
To to ADP 3 case
my my PRON 3 nmod:poss
knowledge knowledge NOUN 6 obl
, , PUNCT 3 punct
nobody nobody PRON 6 nsubj
left leave VERB 0 root
. . PUNCT 6 punct
""") == [("modal", "To my knowledge")]
    assert categories(shipped, """
From from ADP 3 case
our our PRON 3 nmod:poss
perspective perspective NOUN 7 obl
, , PUNCT 3 punct
the the DET 6 det
deal deal NOUN 7 nsubj
failed fail VERB 0 root
. . PUNCT 7 punct
""") == [("modal", "From our perspective")]
    assert categories(shipped, """
From from ADP 3 case
the the DET 3 det
north north NOUN 5 obl
troops troop NOUN 5 nsubj
came come VERB 0 root
. . PUNCT 5 punct
""") == []


def test_doubt_that_is_modal_but_no_doubt_is_a_booster(shipped):
    assert categories(shipped, """
She she PRON 2 nsubj
doubts doubt VERB 0 root
that that SCONJ 6 mark
the the DET 5 det
plan plan NOUN 6 nsubj
works work VERB 2 ccomp
. . PUNCT 2 punct
""") == [("modal", "doubts")]
    assert categories(shipped, """
There there PRON 2 expl
is be VERB 0 root
no no DET 4 det
doubt doubt NOUN 2 nsubj
about about ADP 6 case
it it PRON 4 nmod
. . PUNCT 2 punct
""") == [("booster", "no doubt")]


def test_stopped_short_of_confirming_is_one_verification_cue_with_no_endorsing_verb(shipped):
    assert categories(shipped, """
The the DET 2 det
ministry ministry NOUN 3 nsubj
stopped stop VERB 0 root
short short ADV 3 advmod
of of SCONJ 7 mark
fully fully ADV 7 advmod
confirming confirm VERB 3 advcl
it it PRON 7 obj
. . PUNCT 3 punct
""") == [("verification", "stopped short of fully confirming")]
    assert categories(shipped, """
The the DET 2 det
ministry ministry NOUN 3 nsubj
confirmed confirm VERB 0 root
that that SCONJ 6 mark
he he PRON 6 nsubj
died die VERB 3 ccomp
. . PUNCT 3 punct
""") == [("reporting_endorsing", "confirmed")]


# -- a belief verb whose clause the parser hung on the reporting verb above it -------------------

def test_a_bare_belief_verb_takes_the_clause_the_parser_gave_to_said(shipped):
    found = categories(shipped, """
She she PRON 2 nsubj
said say VERB 0 root
she she PRON 4 nsubj
feared fear VERB 2 ccomp
prices price NOUN 7 nsubj
would would AUX 7 aux
rise rise VERB 2 ccomp
. . PUNCT 2 punct
""")
    assert ("modal", "feared") in found
    # a coordinator between: the second clause is said's own ("she said she agreed, and that ...")
    found = categories(shipped, """
She she PRON 2 nsubj
said say VERB 0 root
she she PRON 4 nsubj
agreed agree VERB 2 ccomp
, , PUNCT 9 punct
and and CCONJ 9 cc
that that SCONJ 9 mark
prices price NOUN 9 nsubj
rose rise VERB 2 ccomp
. . PUNCT 2 punct
""")
    assert found == []
    found = categories(shipped, """
She she PRON 2 nsubj
said say VERB 0 root
she she PRON 4 nsubj
feared fear VERB 2 ccomp
, , PUNCT 9 punct
and and CCONJ 9 cc
that that SCONJ 9 mark
prices price NOUN 9 nsubj
rose rise VERB 2 ccomp
. . PUNCT 2 punct
""")
    assert ("modal", "feared") not in found


# -- part of speech: a word that is a cue in one use only ----------------------------------------

def test_may_the_modal_is_a_hedge_may_the_month_is_not(shipped):
    assert categories(shipped, """
Prices price NOUN 3 nsubj
may may AUX 3 aux
rise rise VERB 0 root
. . PUNCT 3 punct
""") == [("modal", "may")]
    assert categories(shipped, """
Prices price NOUN 2 nsubj
rose rise VERB 0 root
in in ADP 4 case
May May PROPN 2 obl
. . PUNCT 2 punct
""") == []


def test_i_suppose_that_is_modal_supposed_to_of_obligation_is_not(shipped):
    assert categories(shipped, """
I I PRON 2 nsubj
suppose suppose VERB 0 root
that that SCONJ 6 mark
the the DET 5 det
talks talk NOUN 6 nsubj
failed fail VERB 2 ccomp
. . PUNCT 2 punct
""") == [("modal", "suppose")]
    assert categories(shipped, """
Files file NOUN 3 nsubj:pass
are be AUX 3 aux:pass
supposed suppose VERB 0 root
to to PART 6 mark
be be AUX 6 aux:pass
locked lock VERB 3 xcomp
. . PUNCT 3 punct
""") == []
