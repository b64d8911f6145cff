"""Beliefs and stances said with "be" and an adjective (lexicon entries stance-adjective and
confident-that), on fixed trees (tests/data/trees)."""

from __future__ import annotations

from tests.test_attribution_topics import attributed


def test_a_stance_adjective_names_its_topic_by_of_or_about(lexicon) -> None:
    # "has been critical of the new budget plan", "are deeply skeptical about the trade deal": the
    # subject's stance (class belief) towards the phrase; "It is critical that ..." is nobody's
    found = [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed("stance_adjective_topic", lexicon)]
    assert found == [
        ("senator", "critical", "the new budget plan", "belief"),
        ("Many farmers", "skeptical", "the trade deal", "belief")]


def test_a_belief_adjective_reports_its_that_clause(lexicon) -> None:
    # "is hopeful that the bridge will open": the mayor's belief; "aware of the risks" has no clause
    found = [(s.speaker, s.cue.text, s.text, s.cue_class) for s in attributed("belief_adjective_clause", lexicon)]
    assert found == [("mayor", "hopeful", "the bridge will open in May", "belief")]
