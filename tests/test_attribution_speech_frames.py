"""Speech-verb frames mined from the misses on PolNeAR train (bench/mine_speech_misses.py), each
on a fixed tree written for its construction (tests/data/trees; the header says how it was
parsed or corrected)."""

from __future__ import annotations

from .test_attribution_rules import attributed, run


def test_a_frame_closing_the_sentence_reports_it_however_the_parser_hung_it(lexicon) -> None:
    # "..., the city council announced Friday." / "..., the Lake Museum reported last week.": the
    # verbs take a clause only, and the parser makes them a conjunct and an adverbial clause of
    # what they report, with a time after them
    _, statements = run("frame_closing_tail", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("city council", "announced", "The bridge will close for repairs in the spring"),
        ("Lake Museum", "reported", "Ticket sales over the summer were lower than in any year since 2010")]


def test_reported_clauses_the_parser_heads_oddly_are_whole(lexicon) -> None:
    # a clause headed by "$"; a subject torn off by its coordinated predicate; a quantifier
    # subject hung on the cue; a while-clause is no frame closing the sentence
    _, statements = run("content_misparsed_heads", lexicon)
    assert [s.text for s in attributed(statements)] == [
        "the average ticket price was $27",
        "the players and the coach had always been careful about injuries",
        "much of the money went to the stadium",
        "the team sold more tickets, while the league counted only the season passes"]
