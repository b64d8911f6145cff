"""Conjuncts of a cue's content that the parser hung on the cue: the content going on, or the
speaker's next act."""

from __future__ import annotations

from tests.test_attribution_topics import attributed


def test_a_second_governed_clause_hung_on_the_cue_belongs_to_the_content(lexicon) -> None:
    # "blamed the council for raising taxes and [cutting] services": the bare conjunct has the
    # form of the governed clause, not the cue's; "... and [called] for a vote" is the mayor's
    # next act
    found = {(s.cue.text, s.text) for s in attributed("governed_conjoined_clause", lexicon)}
    assert ("blamed", "the council for raising taxes and cutting services") in found
    assert ("blamed", "the council for raising taxes") in found
    assert not any("vote" in text for cue, text in found if cue == "blamed")


def test_a_predicate_torn_off_the_reported_clause_with_no_conjunction_belongs_to_it(lexicon) -> None:
    # "say that attacks like these [make] travel harder": the parser made the clause's predicate
    # a conjunct of the cue with no "and" and no comma before it; ", [called] for a vote" after
    # a comma is the mayor's next act
    found = {(s.cue.text, s.text) for s in attributed("torn_predicate", lexicon)}
    assert any(cue == "say" and text.endswith("attacks like these make travel harder") for cue, text in found)
    assert ("said", "the plan was sound") in found
