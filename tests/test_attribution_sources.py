"""Choosing and resolving the source of a statement, on small hand-written trees
(tests/hedging_trees.py format), one construction each."""

from __future__ import annotations

from attribution.attribute import attribute
from attribution.records import Statement
from tests.hedging_trees import article_for, doc


def _attributed(*sentences: str, lexicon) -> list[Statement]:
    parsed = doc(*sentences)
    return [s for s in attribute(article_for(parsed), parsed, lexicon) if not s.is_own_voice]


# Speaking to reporters, Ann Roy, MP, said the plan failed.  (as the parser gives it: the name an
# apposition inside the participle phrase, the postnominal title another, "said" with no subject)
FRONTED_PARTICIPLE = """
Speaking speak VERB 9 advcl VerbForm=Ger
to to ADP 3 case
reporters reporter NOUN 1 obl
, , PUNCT 3 punct
Ann Ann PROPN 3 appos
Roy Roy PROPN 5 flat
, , PUNCT 8 punct
MP MP PROPN 5 appos
said say VERB 0 root
the the DET 11 det
plan plan NOUN 12 nsubj
failed fail VERB 9 ccomp
. . PUNCT 9 punct
"""


def test_a_name_after_a_fronted_participle_phrase_is_the_speaker(lexicon) -> None:
    [s] = _attributed(FRONTED_PARTICIPLE, lexicon=lexicon)
    assert (s.speaker, s.mention.text, s.text) == ("Ann Roy", "Ann Roy", "the plan failed")


# Ann Roy lives in Irving.
IN_TOWN = """
Ann Ann PROPN 3 nsubj
Roy Roy PROPN 1 flat
lives live VERB 0 root
in in ADP 5 case
Irving Irving PROPN 3 obl
. . PUNCT 3 punct
"""

# The Irving Independent School District said the boy was safe.
DISTRICT_SAID = """
#newpar
The the DET 5 det
Irving Irving PROPN 5 compound
Independent Independent PROPN 5 compound
School School PROPN 5 compound
District District PROPN 6 nsubj
said say VERB 0 root
the the DET 8 det
boy boy NOUN 10 nsubj
was be AUX 10 cop
safe safe ADJ 6 ccomp
. . PUNCT 6 punct
"""

# The Irving Police Department said the boy was free.
POLICE_SAID = """
#newpar
The the DET 4 det
Irving Irving PROPN 4 compound
Police Police PROPN 4 compound
Department Department PROPN 5 nsubj
said say VERB 0 root
the the DET 7 det
boy boy NOUN 9 nsubj
was be AUX 9 cop
free free ADJ 5 ccomp
. . PUNCT 5 punct
"""


def test_an_organisation_named_after_a_place_is_not_that_place_nor_its_other_bodies(lexicon) -> None:
    district, police = _attributed(IN_TOWN, DISTRICT_SAID, POLICE_SAID, lexicon=lexicon)
    assert district.speaker == "Irving Independent School District"
    assert police.speaker == "Irving Police Department"
