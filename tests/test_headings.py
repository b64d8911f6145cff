"""Subheadings and datelines are no statements of the outlet's (issue 14), on made-up text with
hand-written trees: the rule reads the shape of a line (lexicons/speakers.yaml, rules
``heading_words`` and ``dateline_words``), never a word list."""

from __future__ import annotations

from dataclasses import replace

from .hedging_trees import article_for, doc

from attribution.attribute import attribute
from attribution.attribute.headings import is_heading
from attribution.attribute.words import SpeakerRules
from attribution.lexicon import Lexicon
from attribution.parse import paragraph_starts

LEXICON = Lexicon.load()

APPROVED = """
The the DET 2 det
council council NOUN 3 nsubj
approved approve VERB 0 root
the the DET 5 det
budget budget NOUN 3 obj
. . PUNCT 3 punct
"""

WHAT_NEXT = """#newpar
What what PRON 2 nsubj
happened happen VERB 0 root
next next ADV 2 advmod
? ? PUNCT 2 punct
"""

NEW_PLAN = """#newpar
A a DET 3 det
new new ADJ 3 amod
plan plan NOUN 0 root
for for ADP 6 case
the the DET 6 det
city city NOUN 3 nmod
"""

WORK_STARTS = """#newpar
Work work NOUN 2 nsubj
starts start VERB 0 root
in in ADP 4 case
May May PROPN 2 obl
. . PUNCT 2 punct
"""

MOSCOW_AP = """
MOSCOW MOSCOW PROPN 8 obl
( ( PUNCT 3 punct
AP AP PROPN 1 appos
) ) PUNCT 3 punct
— — PUNCT 8 punct
A a DET 7 det
jet jet NOUN 8 nsubj
crashed crash VERB 0 root
. . PUNCT 8 punct
"""

WASHINGTON = """
WASHINGTON WASHINGTON PROPN 5 obl
— — PUNCT 5 punct
The the DET 4 det
senate senate NOUN 5 nsubj
voted vote VERB 0 root
. . PUNCT 5 punct
"""

NATO_ASIDE = """
NATO NATO PROPN 7 nsubj
— — PUNCT 4 punct
the the DET 4 det
alliance alliance NOUN 1 appos
— — PUNCT 4 punct
has have AUX 7 aux
met meet VERB 0 root
. . PUNCT 7 punct
"""


def own_voice_texts(*sentences: str) -> list[str]:
    parsed = doc(*sentences)
    return [s.text for s in attribute(article_for(parsed), parsed, LEXICON) if s.is_own_voice]


def test_subheadings_between_paragraphs_are_no_statements():
    texts = own_voice_texts(APPROVED, WHAT_NEXT, WORK_STARTS, NEW_PLAN, WORK_STARTS)
    assert texts == ["The council approved the budget", "Work starts in May", "Work starts in May"]


def test_a_short_line_with_a_full_stop_is_a_statement():
    assert "Work starts in May" in own_voice_texts(APPROVED, WORK_STARTS, WORK_STARTS)


def test_a_heading_needs_paragraphs_around_it():
    # the first line, without punctuation, may be a title or a standfirst: it stays
    assert own_voice_texts(NEW_PLAN.replace("#newpar", ""), WORK_STARTS)[0] == "A new plan for the city"


def test_the_word_limit_comes_from_the_rules():
    parsed = doc(APPROVED, NEW_PLAN, WORK_STARTS)
    starts = paragraph_starts(parsed.text)
    heading = parsed.sentences[1]
    assert is_heading(parsed.text, heading, starts, SpeakerRules())
    assert not is_heading(parsed.text, heading, starts, replace(SpeakerRules(), heading_words=4))


def test_a_dateline_is_left_out_of_the_first_statement():
    assert own_voice_texts(MOSCOW_AP)[0] == "A jet crashed"
    assert own_voice_texts(WASHINGTON)[0] == "The senate voted"


def test_a_pair_of_dashes_around_an_aside_is_no_dateline():
    assert own_voice_texts(NATO_ASIDE)[0].startswith("NATO")
