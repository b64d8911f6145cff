"""Findings of polls and studies whose subject the parser misread, on small hand-written trees
(tests/hedging_trees.py format), one construction each."""

from __future__ import annotations

from attribution.attribute import attribute
from attribution.records import Statement
from tests.hedging_trees import article_for, doc


def _attributed(*sentences: str, lexicon) -> list[Statement]:
    parsed = doc(*sentences)
    return [s for s in attribute(article_for(parsed), parsed, lexicon) if not s.is_own_voice]


# A Gallup poll last month showed the senator leading in Ohio.  (as the parser gives it: "poll" a
# modifier of "month", the time noun the subject; the name the participle's subject)
POLL_LAST_MONTH = """
A a DET 5 det
Gallup Gallup PROPN 5 amod
poll poll ADJ 5 amod
last last ADJ 5 amod
month month NOUN 6 nsubj
showed show VERB 0 root VerbForm=Fin
the the DET 8 det
senator senator NOUN 9 nsubj
leading lead VERB 6 xcomp VerbForm=Ger
in in ADP 11 case
Ohio Ohio PROPN 9 obl
. . PUNCT 6 punct
"""

# The council met last month and showed the senator the plans.  (a time with no poll: no finding)
COUNCIL_LAST_MONTH = """
The the DET 2 det
council council NOUN 3 nsubj
met meet VERB 0 root VerbForm=Fin
last last ADJ 5 amod
month month NOUN 3 obl:tmod
and and CCONJ 7 cc
showed show VERB 3 conj VerbForm=Fin
the the DET 9 det
senator senator NOUN 7 iobj
the the DET 11 det
plans plan NOUN 7 obj
. . PUNCT 3 punct
"""


def test_a_poll_read_as_the_modifier_of_a_time_subject_finds(lexicon) -> None:
    [s] = _attributed(POLL_LAST_MONTH, COUNCIL_LAST_MONTH, lexicon=lexicon)
    assert (s.text, s.cue.text, s.cue_class) == ("the senator leading in Ohio", "showed", "evidence")
    assert s.mention is not None and "poll" in s.mention.text


# A new poll, conducted by the firm, shows the senator with a lead.  (as the parser gives it:
# "conducted" the main verb with the poll its subject, "shows" a conjunct with no subject)
POLL_CONDUCTED_SHOWS = """
A a DET 3 det
new new ADJ 3 amod
poll poll NOUN 5 nsubj
, , PUNCT 3 punct
conducted conduct VERB 0 root VerbForm=Part
by by ADP 8 case
the the DET 8 det
firm firm NOUN 5 obl
, , PUNCT 10 punct
shows show VERB 5 conj VerbForm=Fin
the the DET 12 det
senator senator NOUN 10 obj
with with ADP 15 case
a a DET 15 det
lead lead NOUN 10 obl
. . PUNCT 5 punct
"""

# The video, filmed by the crew, shows the soldiers.  (a recording, no finding)
VIDEO_FILMED_SHOWS = """
The the DET 2 det
video video NOUN 4 nsubj
, , PUNCT 2 punct
filmed film VERB 0 root VerbForm=Part
by by ADP 7 case
the the DET 7 det
crew crew NOUN 4 obl
, , PUNCT 9 punct
shows show VERB 4 conj VerbForm=Fin
the the DET 11 det
soldiers soldier NOUN 9 obj
. . PUNCT 4 punct
"""


def test_a_subjectless_conjunct_shows_the_finding_of_the_poll_before_it(lexicon) -> None:
    [s] = _attributed(POLL_CONDUCTED_SHOWS, VIDEO_FILMED_SHOWS, lexicon=lexicon)
    assert (s.text, s.cue.text, s.cue_class, s.mention.text) == (
        "the senator with a lead", "shows", "evidence", "A new poll")


# A study by the watchdog group Media Matters found the nominee garnered more airtime.  (as the
# parser gives it: the group and its name two nmods of "study"; the speaker is the group named as
# the study's maker, and the clause, with no "that", is a finding all the same)
STUDY_BY_GROUP_FOUND = """
A a DET 2 det
study study NOUN 9 nsubj
by by ADP 6 case
the the DET 6 det
watchdog watchdog NOUN 6 compound
group group NOUN 2 nmod
Media Media PROPN 8 compound
Matters matter PROPN 2 nmod
found find VERB 0 root VerbForm=Fin
the the DET 11 det
nominee nominee NOUN 12 nsubj
garnered garner VERB 9 ccomp VerbForm=Fin
more more ADJ 14 amod
airtime airtime NOUN 12 obj
. . PUNCT 9 punct
"""


def test_a_study_by_a_group_finds_a_clause_without_that(lexicon) -> None:
    [s] = _attributed(STUDY_BY_GROUP_FOUND, lexicon=lexicon)
    assert (s.text, s.cue.text, s.cue_class) == ("the nominee garnered more airtime", "found", "evidence")
    assert "Media Matters" in s.mention.text


# For the first time, a poll shows the senator leading in Ohio.  (as the tagger gives it: "poll" an
# adjective, "shows" a noun heading the sentence, the poll its modifier)
POLL_MODIFIER_SHOWS = """
For for ADP 4 case
the the DET 4 det
first first ADJ 4 amod
time time NOUN 8 obl
, , PUNCT 4 punct
a a DET 8 det
poll poll ADJ 8 amod
shows show NOUN 0 root Number=Plur
the the DET 10 det
senator senator NOUN 8 nmod
leading lead VERB 10 acl VerbForm=Ger
in in ADP 13 case
Ohio Ohio PROPN 11 obl
. . PUNCT 8 punct
"""

# The races are close, a state poll shows.  (the same misreading in a frame closing its sentence)
POLL_MODIFIER_CLOSING = """
The the DET 2 det
races race NOUN 4 nsubj
are be AUX 4 cop
close close ADJ 0 root
, , PUNCT 9 punct
a a DET 9 det
state state NOUN 9 compound
poll poll ADJ 9 amod
shows show NOUN 4 conj Number=Plur
. . PUNCT 4 punct
"""

# The late shows feature the senator.  (a plural noun "shows" with no data noun: no finding)
LATE_SHOWS = """
The the DET 3 det
late late ADJ 3 amod
shows show NOUN 4 nsubj Number=Plur
feature feature VERB 0 root VerbForm=Fin
the the DET 6 det
senator senator NOUN 4 obj
. . PUNCT 4 punct
"""


def test_a_poll_the_tagger_read_as_a_modifier_of_shows_finds(lexicon) -> None:
    found = [(s.text, s.cue.text, s.cue_class, s.mention.text if s.mention else None)
             for s in _attributed(POLL_MODIFIER_SHOWS, POLL_MODIFIER_CLOSING, LATE_SHOWS, lexicon=lexicon)]
    assert found == [("the senator leading in Ohio", "shows", "evidence", "a poll"),
                     ("The races are close", "shows", "evidence", "a state poll")]
