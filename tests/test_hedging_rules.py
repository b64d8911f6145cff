"""The matching rules of the hedging lexicons, each positive and negative, on fixed parses."""

from __future__ import annotations

import pytest
from tests.hedging_trees import COULDNT_VERIFY, article_for, doc

from attribution.hedging import FoundCue, found_cues
from attribution.lexicon import Lexicon


@pytest.fixture(scope="module")
def shipped() -> Lexicon:
    return Lexicon.load()


def cues(lexicon: Lexicon, *sentences: str, frames=()) -> list[FoundCue]:
    parsed = doc(*sentences)
    return [c for c in found_cues(article_for(parsed), parsed, lexicon, frames) if not c.is_neutral_frame]


def entries(found: list[FoundCue]) -> list[str]:
    return [c.entry.id for c in found]


PURPORTING = """
A a DET 2 det
video video NOUN 8 nsubj:pass
purporting purport VERB 2 acl
to to PART 5 mark
show show VERB 3 xcomp
soldiers soldier NOUN 5 obj
was be AUX 8 aux:pass
released release VERB 0 root
. . PUNCT 8 punct
"""

PURPORTS = """
The the DET 2 det
video video NOUN 3 nsubj
purports purport VERB 0 root
to to PART 5 mark
show show VERB 3 xcomp
soldiers soldier NOUN 5 obj
. . PUNCT 3 punct
"""


def test_purports_and_purporting_are_the_same_cue(shipped):
    a, b = cues(shipped, PURPORTING), cues(shipped, PURPORTS)
    assert entries(a) == entries(b) == ["purport-to"]
    assert [c.text for c in a] == ["purporting to"]
    assert [c.text for c in b] == ["purports to"]
    assert a[0].entry.category == "evidential"


def test_purporting_survives_a_wrong_tag(shipped):
    """The small model tags "purporting" NOUN (MODEL-CARD.md): the cue must not depend on it."""
    wrong = PURPORTING.replace("purporting purport VERB 2 acl", "purporting purport NOUN 8 nsubj:pass").replace(
        "video video NOUN 8 nsubj:pass", "video video NOUN 3 amod")
    assert entries(cues(shipped, wrong)) == ["purport-to"]


def test_may_the_verb_is_a_modal_and_may_the_month_is_not(shipped):
    found = cues(shipped, """
Talks talk NOUN 3 nsubj
may may AUX 3 aux
resume resume VERB 0 root
in in ADP 5 case
May May PROPN 3 obl
. . PUNCT 3 punct
""")
    assert [(c.entry.id, c.text, c.start) for c in found] == [("may", "may", 6)]
    assert cues(shipped, """
May May PROPN 3 nsubj
was be AUX 3 cop
cold cold ADJ 0 root
. . PUNCT 3 punct
""") == []




def test_couldnt_verify_is_a_verification_disclaimer_not_a_modal(shipped):
    found = cues(shipped, COULDNT_VERIFY)
    assert [(c.entry.id, c.entry.category, c.text) for c in found] == [("not-verified", "verification", "couldn't verify")]


def test_verify_alone_is_no_cue(shipped):
    assert cues(shipped, """
The the DET 2 det
AP AP PROPN 3 nsubj
verified verify VERB 0 root
the the DET 5 det
video video NOUN 3 obj
. . PUNCT 3 punct
""") == []


def test_cannot_provide_verification_spans_the_whole_cue(shipped):
    found = cues(shipped, """
We we PRON 4 nsubj
~ cannot
can can AUX 4 aux
not not PART 4 advmod Polarity=Neg
provide provide VERB 0 root
additional additional ADJ 6 amod
verification verification NOUN 4 obj
. . PUNCT 4 punct
""")
    assert [(c.entry.id, c.text) for c in found] == [("no-verification-provided", "cannot provide additional verification")]


DID_NOT_SAY_HOW = """
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
"""


def test_did_not_say_how_but_not_said_how(shipped):
    assert [(c.entry.id, c.text) for c in cues(shipped, DID_NOT_SAY_HOW)] == [("did-not-say-how", "did not say how")]
    assert cues(shipped, """
It it PRON 2 nsubj
said say VERB 0 root
how how ADV 7 advmod
the the DET 5 det
footage footage NOUN 7 nsubj:pass
was be AUX 7 aux:pass
obtained obtain VERB 2 ccomp
. . PUNCT 2 punct
""") == []


def test_negative_subject_makes_could_a_statement_of_fact(shipped):
    """"Neither side could score" says what did not happen: no modal hedge."""
    assert cues(shipped, """
Neither neither DET 2 det
side side NOUN 4 nsubj
could could AUX 4 aux
score score VERB 0 root
. . PUNCT 4 punct
""") == []
    assert entries(cues(shipped, """
The the DET 2 det
conflict conflict NOUN 4 nsubj
could could AUX 4 aux
spread spread VERB 0 root
. . PUNCT 4 punct
""")) == ["could"]


IF_TRUE = """
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
proof proof NOUN 0 root
of of ADP 13 case
ties tie NOUN 11 nmod
. . PUNCT 11 punct
"""


def test_if_true_is_a_conditional_and_an_ordinary_if_is_not(shipped):
    found = cues(shipped, IF_TRUE)
    assert [(c.entry.id, c.text) for c in found] == [("if-true", "if true"), ("would", "would"), ("proof", "proof")]
    assert cues(shipped, """
If if SCONJ 4 mark
the the DET 3 det
talks talk NOUN 4 nsubj
fail fail VERB 8 advcl
, , PUNCT 4 punct
prices price NOUN 8 nsubj
will will AUX 8 aux
rise rise VERB 0 root
. . PUNCT 8 punct
""") == []


def test_reported_describing_a_noun_is_evidential_but_reported_that_is_not(shipped):
    assert entries(cues(shipped, """
The the DET 3 det
reported report VERB 3 amod
decision decision NOUN 4 nsubj
surprised surprise VERB 0 root
analysts analyst NOUN 4 obj
. . PUNCT 4 punct
""")) == ["reported-as-modifier"]
    assert cues(shipped, """
The the DET 2 det
BBC BBC PROPN 3 nsubj
reported report VERB 0 root
that that SCONJ 6 mark
talks talk NOUN 6 nsubj
failed fail VERB 3 ccomp
. . PUNCT 3 punct
""") == []


def test_appear_needs_a_clause(shipped):
    assert entries(cues(shipped, """
Soldiers soldier NOUN 2 nsubj
appeared appear VERB 0 root
to to PART 5 mark
be be AUX 5 aux
fighting fight VERB 2 xcomp
. . PUNCT 2 punct
""")) == ["appear"]
    assert cues(shipped, """
He he PRON 3 nsubj
will will AUX 3 aux
appear appear VERB 0 root
in in ADP 5 case
court court NOUN 3 obl
. . PUNCT 3 punct
""") == []


def test_know_that_is_a_booster_even_when_the_parser_misattaches_that(shipped):
    right = """
We we PRON 2 nsubj
know know VERB 0 root
that that SCONJ 5 mark
prices price NOUN 5 nsubj
rose rise VERB 2 ccomp
. . PUNCT 2 punct
"""
    wrong_arc = """
Because because SCONJ 3 mark
we we PRON 3 nsubj
know know VERB 6 advcl
that that SCONJ 6 mark
prices price NOUN 6 nsubj
rose rise VERB 0 root
. . PUNCT 6 punct
"""
    assert entries(cues(shipped, right)) == entries(cues(shipped, wrong_arc)) == ["know-that"]
    assert cues(shipped, """
Here here ADV 0 root
is be AUX 1 cop
what what PRON 1 nsubj
we we PRON 5 nsubj
know know VERB 3 acl:relcl
. . PUNCT 1 punct
""") == []


def test_not_known_is_a_verification_hedge_not_a_booster(shipped):
    found = cues(shipped, """
It it PRON 4 expl
is be AUX 4 aux:pass
not not PART 4 advmod Polarity=Neg
known know VERB 0 root
how how ADV 6 advmod
many many ADJ 7 nsubj
died die VERB 4 ccomp
. . PUNCT 4 punct
""")
    assert [(c.entry.id, c.entry.category, c.text) for c in found] == [("not-known", "verification", "is not known")]


CLAIMS = """
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
"""

CLAIMING_ASYLUM = """
Migrants migrant NOUN 3 nsubj:pass
are be AUX 3 aux:pass
barred bar VERB 0 root
from from SCONJ 5 mark
claiming claim VERB 3 advcl
asylum asylum NOUN 5 obj
. . PUNCT 3 punct
"""


def test_a_distancing_verb_counts_only_when_it_reports_something(shipped):
    found = cues(shipped, CLAIMS)
    assert [(c.entry.id, c.entry.category) for c in found] == [("claim", "reporting_distancing")]
    assert cues(shipped, CLAIMING_ASYLUM) == []
    # ... unless attribution made it the frame of a statement
    start = doc(CLAIMING_ASYLUM).text.index("claiming")
    assert entries(cues(shipped, CLAIMING_ASYLUM, frames=[(start, start + len("claiming"))])) == ["claim"]


def test_a_gap_joins_only_linked_words(shipped):
    assert entries(cues(shipped, """
It it PRON 6 nsubj
is be AUX 6 cop
the the DET 6 det
first first ADJ 6 amod
video video NOUN 6 compound
evidence evidence NOUN 0 root
. . PUNCT 6 punct
""")) == ["first-evidence"]
    assert cues(shipped, """
First first ADV 4 advmod
, , PUNCT 1 punct
officials official NOUN 4 nsubj
saw see VERB 0 root
evidence evidence NOUN 4 obj
. . PUNCT 4 punct
""") == []


def test_a_longer_cue_wins_over_the_word_it_contains(shipped):
    """"Predicted" is a neutral reporting verb and a modal hedge; "purport to" beats the
    reporting entry "purport": one cue per word, the more specific one."""
    found = cues(shipped, """
He he PRON 2 nsubj
predicted predict VERB 0 root
they they PRON 6 nsubj
would would AUX 6 aux
be be AUX 6 cop
ready ready ADJ 2 ccomp
. . PUNCT 2 punct
""")
    assert [(c.entry.id, c.entry.type) for c in found] == [("predict-that", "hedge"), ("would", "hedge")]
