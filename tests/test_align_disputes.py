"""A member that negates or contradicts what the others say joins their claim on the disputed
side (presentation.py: mark_disputes, disputing frames, negated evidence), on fixed parses."""

from __future__ import annotations

from .align_trees import article

from attribution.align import Aligner, align
from attribution.align.presentation import presentation
from attribution.align.units import UnitBuilder
from attribution.config import Settings

SETTINGS = Settings()

SHOT_DOWN = """
Ukraine Ukraine PROPN 2 nsubj
shot shoot VERB 0 root
down down ADP 2 compound:prt
the the DET 6 det
passenger passenger NOUN 6 compound
plane plane NOUN 2 obj
over over ADP 9 case
the the DET 9 det
border border NOUN 2 obl
. . PUNCT 2 punct
"""

NOT_SHOT_DOWN = """
Ukraine Ukraine PROPN 4 nsubj
did do AUX 4 aux
not not PART 4 advmod
shoot shoot VERB 0 root
down down ADP 4 compound:prt
the the DET 8 det
passenger passenger NOUN 8 compound
plane plane NOUN 4 obj
over over ADP 11 case
the the DET 11 det
border border NOUN 4 obl
. . PUNCT 4 punct
"""

DENIED = """
Kyiv Kyiv PROPN 2 nsubj
denied deny VERB 0 root
that that SCONJ 5 mark
Ukraine Ukraine PROPN 5 nsubj
shot shoot VERB 2 ccomp
down down ADP 5 compound:prt
the the DET 9 det
passenger passenger NOUN 9 compound
plane plane NOUN 5 obj
over over ADP 12 case
the the DET 12 det
border border NOUN 5 obl
. . PUNCT 2 punct
"""

NO_EVIDENCE = """
There there PRON 2 expl
is be VERB 0 root
no no DET 4 det
evidence evidence NOUN 2 nsubj
that that SCONJ 7 mark
Ukraine Ukraine PROPN 7 nsubj
shot shoot VERB 4 acl
down down ADP 7 compound:prt
the the DET 11 det
passenger passenger NOUN 11 compound
plane plane NOUN 7 obj
over over ADP 14 case
the the DET 14 det
border border NOUN 7 obl
. . PUNCT 2 punct
"""

EVIDENCE = NO_EVIDENCE.replace("no no DET 4 det", "clear clear ADJ 4 amod")
CLAIM = "Ukraine shot down the passenger plane over the border"


def claim_labels(*sentences: str) -> list[dict[str, str]]:
    """One article per sentence; for every claim, its members' text -> label by article."""
    articles = [article(f"a{i}", s, outlet=f"Outlet {i}") for i, s in enumerate(sentences)]
    return [{m.article_id: (m.text, m.presentation) for m in c.members} for c in align(articles, SETTINGS)]


def test_a_negated_member_is_the_disputed_side_of_the_same_claim():
    claims = claim_labels(SHOT_DOWN, SHOT_DOWN, NOT_SHOT_DOWN)
    assert len(claims) == 1
    (members,) = claims
    assert members["a0"][1] == members["a1"][1] == "asserted"
    assert members["a2"] == ("Ukraine did not shoot down the passenger plane over the border", "disputed")


def test_a_denial_joins_the_claim_it_denies():
    (members,) = claim_labels(SHOT_DOWN, DENIED)
    assert members["a0"][1] == "asserted"
    assert members["a1"] == (CLAIM, "disputed")


def test_no_evidence_that_it_happened_disputes_it():
    (members,) = claim_labels(SHOT_DOWN, NO_EVIDENCE)
    assert members["a1"][0].endswith(CLAIM) and members["a1"][1] == "disputed"
    # the claim's clause alone, under the negated evidence noun
    aligner = Aligner([article("b", NO_EVIDENCE)], SETTINGS)
    unit = next(u for u in aligner.units(0, UnitBuilder(aligner.vocabulary)) if u.text == CLAIM)
    assert presentation(unit, aligner.analyzed[0].statements, aligner.finder)[0] == "disputed"
    # the same sentence with its evidence not negated does not dispute the claim
    (members,) = claim_labels(SHOT_DOWN, EVIDENCE)
    assert members["a1"][0].endswith(CLAIM) and members["a1"][1] != "disputed"
