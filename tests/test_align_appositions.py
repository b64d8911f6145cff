"""Appositions left out of what a unit compares, and widening that adds no conjoined clause
(units._appositions, Aligner.widen), on fixed parses."""

from __future__ import annotations

import pytest
from .align_trees import article

from attribution.align import Aligner
from attribution.align.tuning import load_tuning
from attribution.align.units import UnitBuilder
from attribution.align.vocabulary import Vocabulary
from attribution.config import Settings
from attribution.lexicon import Lexicon


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(load_tuning(), Lexicon.load())


def units_of(vocabulary: Vocabulary, *sentences: str):
    a = article("a", *sentences)
    return UnitBuilder(vocabulary).units(0, a.article.body, a.doc, a.statements)


def by_text(units) -> dict[str, object]:
    return {u.text: u for u in units}


# "Jones, the head of the fleet, was once a close ally of the mayor."
APPOSITION = """
Jones Jones PROPN 13 nsubj
, , PUNCT 4 punct
the the DET 4 det
head head NOUN 1 appos
of of ADP 7 case
the the DET 7 det
fleet fleet NOUN 4 nmod
, , PUNCT 4 punct
was be AUX 13 cop
once once ADV 13 advmod
a a DET 13 det
close close ADJ 13 amod
ally ally NOUN 0 root
of of ADP 16 case
the the DET 16 det
mayor mayor NOUN 13 nmod
. . PUNCT 13 punct
"""

# the small parser's reading of the same: the apposition as a second subject
TWO_SUBJECTS = APPOSITION.replace("head head NOUN 1 appos", "head head NOUN 13 nsubj")

# "The boat belonged to Jones, owner of the fleet.": the apposition read as a conjunct
CONJOINED_NAME = """
The the DET 2 det
boat boat NOUN 3 nsubj
belonged belong VERB 0 root
to to ADP 5 case
Jones Jones PROPN 3 obl
, , PUNCT 7 punct
owner owner NOUN 5 conj
of of ADP 10 case
the the DET 10 det
fleet fleet NOUN 7 nmod
. . PUNCT 3 punct
"""

# "Jones, Smith and Brown signed the pact.": a list, no apposition
LISTED_NAMES = """
Jones Jones PROPN 6 nsubj
, , PUNCT 3 punct
Smith Smith PROPN 1 conj
and and CCONJ 5 cc
Brown Brown PROPN 1 conj
signed sign VERB 0 root
the the DET 8 det
pact pact NOUN 6 obj
. . PUNCT 6 punct
"""

# "KIEV - A video showing recruits collecting uniforms has been released by officials.": a
# dateline read as a first subject; the second runs on into its verb and is no aside
DATELINE = """
KIEV KIEV PROPN 12 nsubj:pass
- - PUNCT 1 punct
A a DET 4 det
video video NOUN 12 nsubj:pass
showing show VERB/VBG 4 acl
recruits recruit NOUN 5 obj
collecting collect VERB/VBG 5 advcl
new new ADJ 9 amod
uniforms uniform NOUN 7 obj
has have AUX 12 aux
been be AUX 12 aux:pass
released release VERB/VBN 0 root
by by ADP 14 case
officials official NOUN 12 obl:agent
. . PUNCT 12 punct
"""


def test_an_apposition_is_shown_but_not_compared(vocabulary):
    for tree in (APPOSITION, TWO_SUBJECTS):
        found = by_text(units_of(vocabulary, tree))
        unit = found["Jones, the head of the fleet, was once a close ally of the mayor"]
        assert unit.compared_text == "Jones was once a close ally of the mayor"
        assert not {"head", "fleet"} & {t.key for t in unit.terms}
        assert unit.fragment is None  # the subject is there, the apposition is no second one


def test_an_apposition_read_as_a_conjunct_is_not_compared(vocabulary):
    found = by_text(units_of(vocabulary, CONJOINED_NAME))
    unit = found["The boat belonged to Jones, owner of the fleet"]
    assert unit.compared_text == "The boat belonged to Jones"
    assert "owner" not in {t.key for t in unit.terms}


def test_a_list_of_names_and_a_subject_after_a_dateline_are_compared_whole(vocabulary):
    unit = by_text(units_of(vocabulary, LISTED_NAMES))["Jones, Smith and Brown signed the pact"]
    assert unit.compared_text == unit.text
    for u in units_of(vocabulary, DATELINE):
        assert u.compared_text == u.text


# "Jones was once a close ally of the mayor and resigned." / "Jones had been a close ally
# of the mayor." : the match is the first conjunct; widening keeps the second out
ALLY_AND_RAN = """
Jones Jones PROPN 6 nsubj
was be AUX 6 cop
once once ADV 6 advmod
a a DET 6 det
close close ADJ 6 amod
ally ally NOUN 0 root
of of ADP 9 case
the the DET 9 det
mayor mayor NOUN 6 nmod
and and CCONJ 11 cc
resigned resign VERB 6 conj
. . PUNCT 6 punct
"""

HAD_BEEN_ALLY = """
Jones Jones PROPN 6 nsubj
had have AUX 6 aux
been be AUX 6 cop
a a DET 6 det
close close ADJ 6 amod
ally ally NOUN 0 root
of of ADP 9 case
the the DET 9 det
mayor mayor NOUN 6 nmod
. . PUNCT 6 punct
"""


def test_widening_adds_no_conjoined_clause():
    settings = Settings()
    aligner = Aligner([article("a", ALLY_AND_RAN, outlet="A"), article("b", HAD_BEEN_ALLY, outlet="B")], settings)
    builder = UnitBuilder(aligner.vocabulary)
    units = [u for i in range(2) for u in aligner.units(i, builder)]
    first = next(u for u in units if u.text == "Jones was once a close ally of the mayor")
    whole = next(u for u in units if u.text == "Jones was once a close ally of the mayor and resigned")
    other = next(u for u in units if u.text == "Jones had been a close ally of the mayor")
    assert whole.conjoined == 1 and first.conjoined == 0
    widened = aligner.widen([(aligner.rank(first, other), first, other)], units)
    assert {u.text for _, a, b in widened for u in (a, b)} == {first.text, other.text}


# "Officials said all ten passengers on board the ferry were killed when it sank and that the
# crew survived.": the parse hangs the reported clause's subject from "said" (obj + ccomp)
SAID_SPLIT_SUBJECT = """
Officials official NOUN 2 nsubj
said say VERB 0 root
all all DET 5 det
ten ten NUM 5 nummod
passengers passenger NOUN 2 obj
on on ADP 7 case
board board NOUN 5 nmod
the the DET 9 det
ferry ferry NOUN 11 nsubj:pass
were be AUX 11 aux:pass
killed kill VERB 2 ccomp
when when ADV 14 advmod
it it PRON 14 nsubj
sank sink VERB 11 advcl
and and CCONJ 20 cc
that that SCONJ 20 mark
the the DET 18 det
crew crew NOUN 20 nsubj
had have AUX 20 aux
survived survive VERB 14 conj
. . PUNCT 2 punct
"""


def test_a_subject_the_parse_hung_from_the_reporting_verb_rejoins_its_clause(vocabulary):
    from attribution.records import ReportingCue, Statement

    def make(art, doc):
        start, cue = art.body.index("all ten"), art.body.index("said")
        end = art.body.index(" survived") + len(" survived")
        return [Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=start,
                          end=end, text=art.body[start:end], speaker="Officials", speaker_type="anonymous",
                          cue=ReportingCue("said", "say", cue, cue + 4), kind="indirect")]

    a = article("a", SAID_SPLIT_SUBJECT, statements=make)
    found = by_text(UnitBuilder(vocabulary).units(0, a.article.body, a.doc, a.statements))
    clause = found["all ten passengers on board the ferry were killed when it sank"]  # the conjunct left out
    assert clause.head.text == "killed" and clause.fragment is None
    assert "all ten passengers on board" not in found  # the subject alone is no claim


# "The agency published the flight list confirming Jones was among the passengers.": the parse
# runs "the flight list confirming" into the name as its compounds
LIST_CONFIRMING_NAME = """
The the DET 2 det
agency agency NOUN 3 nsubj
published publish VERB 0 root
the the DET 7 det
flight flight NOUN 6 compound
list list NOUN 7 compound
confirming confirm NOUN 8 compound
Jones Jones PROPN 12 nsubj
was be AUX 12 cop
among among ADP 12 case
the the DET 12 det
passengers passenger NOUN 3 ccomp
. . PUNCT 3 punct
"""

# "Former mayor Jones was among the passengers.": a title run into the name as its compound; the
# name alone is a cut too
MAYOR_JONES = """
Former former ADJ 3 amod
mayor mayor NOUN 3 compound
Jones Jones PROPN 7 nsubj
was be AUX 7 cop
among among ADP 7 case
the the DET 7 det
passengers passenger NOUN 0 root
. . PUNCT 7 punct
"""


def test_a_clause_is_also_cut_with_its_name_subject_alone(vocabulary):
    found = by_text(units_of(vocabulary, LIST_CONFIRMING_NAME))
    assert "Jones was among the passengers" in found
    assert found["Jones was among the passengers"].fragment is None
    assert "Jones was among the passengers" in by_text(units_of(vocabulary, MAYOR_JONES))
