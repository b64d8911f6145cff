"""Who a speaker phrase refers to, on small hand-written trees (tests/hedging_trees.py format):
misspelt surnames, gender told by a role noun, the author of a text that speaks."""

from __future__ import annotations

from attribution.attribute import attribute
from attribution.records import Statement
from tests.hedging_trees import article_for, doc

INTRODUCED = """
Agency agency NOUN 2 compound
spokeswoman spokeswoman NOUN 3 compound
Lydia Lydia PROPN 5 nsubj
Buchtmann Buchtmann PROPN 3 flat
spoke speak VERB 0 root
on on ADP 7 case
Monday Monday PROPN 5 obl
. . PUNCT 5 punct
"""

# “It is safe,” Ms Bauchtman said.
MISSPELT = """
#newpar
“ " PUNCT 4 punct
It it PRON 4 nsubj
is be AUX 4 cop
safe safe ADJ 9 ccomp
, , PUNCT 4 punct
” " PUNCT 4 punct
Ms Ms PROPN 9 nsubj
Bauchtman Bauchtman PROPN 7 flat
said say VERB 0 root
. . PUNCT 9 punct
"""

# “It is safe,” Walker said.  (three letters from "Buchtmann": somebody else)
OTHER_NAME = """
#newpar
“ " PUNCT 4 punct
It it PRON 4 nsubj
is be AUX 4 cop
safe safe ADJ 8 ccomp
, , PUNCT 4 punct
” " PUNCT 4 punct
Walker Walker PROPN 8 nsubj
said say VERB 0 root
. . PUNCT 8 punct
"""


def _attributed(*sentences: str, lexicon) -> list[Statement]:
    parsed = doc(*sentences)
    return [s for s in attribute(article_for(parsed), parsed, lexicon) if not s.is_own_voice]


def test_a_misspelt_surname_is_the_person_named_before(lexicon) -> None:
    [s] = _attributed(INTRODUCED, MISSPELT, lexicon=lexicon)
    assert (s.speaker, s.mention.text) == ("Lydia Buchtmann", "Ms Bauchtman")


def test_a_surname_several_letters_away_is_someone_else(lexicon) -> None:
    [s] = _attributed(INTRODUCED, OTHER_NAME, lexicon=lexicon)
    assert s.speaker == "Walker"


SPOKESMAN_SAID = """
Company company NOUN 2 compound
spokesman spokesman NOUN 3 compound
Tom Tom PROPN 5 nsubj
Roe Roe PROPN 3 flat
said say VERB 0 root
the the DET 7 det
plant plant NOUN 9 nsubj
was be AUX 9 cop
safe safe ADJ 5 ccomp
. . PUNCT 5 punct
"""

# “We will reopen it,” she said.
SHE_SAID = """
“ " PUNCT 4 punct
We we PRON 4 nsubj
will will AUX 4 aux
reopen reopen VERB 9 ccomp
it it PRON 4 obj
, , PUNCT 4 punct
” " PUNCT 4 punct
she she PRON 9 nsubj Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs
said say VERB 0 root
. . PUNCT 9 punct
"""


def test_a_role_noun_tells_the_gender_a_pronoun_must_agree_with(lexicon) -> None:
    statements = _attributed(SPOKESMAN_SAID, SHE_SAID, lexicon=lexicon)
    assert statements[0].speaker == "Tom Roe"
    assert all(s.speaker != "Tom Roe" for s in statements[1:])  # "she" is not the spokesman


ISSUED = """
Senator Senator PROPN 4 nsubj
Ann Ann PROPN 1 flat
Lowe Lowe PROPN 1 flat
issued issue VERB 0 root
a a DET 6 det
statement statement NOUN 4 obj
. . PUNCT 4 punct
"""

# Lowe's statement added, “The decision is a mistake.”
POSSESSOR = """
Lowe Lowe PROPN 3 nmod:poss
's 's PART 1 case
statement statement NOUN 4 nsubj
added add VERB 0 root
, , PUNCT 11 punct
“ " PUNCT 11 punct
The the DET 8 det
decision decision NOUN 11 nsubj
is be AUX 11 cop
a a DET 11 det
mistake mistake NOUN 4 ccomp
. . PUNCT 4 punct
” " PUNCT 11 punct
"""

# The statement added, “The decision is a mistake.”
NO_AUTHOR = """
The the DET 2 det
statement statement NOUN 3 nsubj
added add VERB 0 root
, , PUNCT 10 punct
“ " PUNCT 10 punct
The the DET 7 det
decision decision NOUN 10 nsubj
is be AUX 10 cop
a a DET 10 det
mistake mistake NOUN 3 ccomp
. . PUNCT 3 punct
” " PUNCT 10 punct
"""


def test_the_author_of_a_statement_is_its_speaker(lexicon) -> None:
    [s] = _attributed(ISSUED, POSSESSOR, lexicon=lexicon)
    assert (s.speaker, s.speaker_type, s.mention.text) == ("Ann Lowe", "person", "Lowe")
    assert s.text == "The decision is a mistake"


def test_a_statement_with_no_author_named_stays_a_document(lexicon) -> None:
    [s] = _attributed(NO_AUTHOR, lexicon=lexicon)
    assert s.speaker_type == "document"


# The talks broke down, said one source in the room.
NUMBERED_SOURCE = """
The the DET 2 det
talks talk NOUN 3 nsubj
broke break VERB 0 root
down down ADP 3 compound:prt
, , PUNCT 6 punct
said say VERB 3 conj
one one NUM 8 nummod
source source NOUN 6 obj
in in ADP 11 case
the the DET 11 det
room room NOUN 8 nmod
. . PUNCT 3 punct
"""


def test_a_counted_source_after_an_inverted_cue_is_the_speaker(lexicon) -> None:
    [s] = _attributed(NUMBERED_SOURCE, lexicon=lexicon)
    assert s.mention.text == "one source" and s.speaker_type == "anonymous"
    assert s.text.startswith("The talks broke down")


# The Times on Saturday wrote that the deal was off.
TIMES_ON_SATURDAY = """
The the DET 2 det
Times Times PROPN 5 nsubj
on on ADP 4 case
Saturday Saturday PROPN 2 nmod
wrote write VERB 0 root
that that SCONJ 10 mark
the the DET 8 det
deal deal NOUN 10 nsubj
was be AUX 10 cop
off off ADP 5 ccomp
. . PUNCT 5 punct
"""


def test_a_day_after_on_is_not_part_of_the_name(lexicon) -> None:
    [s] = _attributed(TIMES_ON_SATURDAY, lexicon=lexicon)
    assert (s.speaker, s.mention.text) == ("Times", "Times")
    assert s.text == "the deal was off"
