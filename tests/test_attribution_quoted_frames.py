"""Frames of quotations mined from the misses on PolNeAR train (bench/mine_quotes_polnear.py),
each on a fixed tree written for its construction (tests/data/trees; the header says how it was
parsed)."""

from __future__ import annotations

from .test_attribution_rules import attributed, run


def test_an_apposition_the_parser_made_the_complement_of_an_inverted_frame_speaks(lexicon) -> None:
    # '..., said Maria Lopez, a former port engineer.' / '..., said Tom Reed, who teaches ...':
    # the apposition and the relative clause are ccomp of "said"; what was said is the clause
    # before the frame, with its quoted words
    _, statements = run("inverted_apposition_complement", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("Maria Lopez", "mixed", 'The ferry will be "back on the water" by June'),
        ("Tom Reed", "indirect", "Fares will rise in the autumn")]


def test_a_quoted_term_closing_the_clause_before_a_long_frame_is_part_of_what_was_said(lexicon) -> None:
    # 'It was a "hard winter," Holt said at the end of ...': the quotation after "a" reads as a
    # term, and the frame is too long to close the sentence by length; the clause it ends is Holt's
    _, statements = run("term_before_long_frame", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [("Holt", "mixed", 'It was a "hard winter')]


def test_the_clause_a_quotation_closes_before_the_frame_is_said_with_its_other_quotations(lexicon) -> None:
    # 'The rents are "too high" and "still rising," Kerr said.': both quotations are in the
    # clause Kerr said; 'After the long winter, "...," Kerr said, adding that ...': the fronted
    # words are hers too, and the participle reports more of them
    _, statements = run("quoted_clause_before_frame", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("Kerr", "mixed", 'The rents are "too high" and "still rising'),
        ("Kerr", "mixed", 'After the long winter, "the harbour is busy again'),
        ("Kerr", "indirect", "the ferry would return")]


def test_a_reported_clause_that_opens_a_quotation_runs_to_its_closing_mark(lexicon) -> None:
    # 'wrote that Taylor "had a poor ear, was stubborn, and made bad choices" in his term': the
    # parser hangs "stubborn" and "made" on the cue, so the clause's subtree ends inside the
    # quotation; quoted words are never cut, and a predicate inside them is never the speaker's act
    _, statements = run("quote_opened_in_clause", lexicon)
    assert [(s.speaker, s.kind, s.text) for s in attributed(statements)] == [
        ("historians", "mixed", 'Taylor "had a poor ear, was stubborn, and made bad choices" in his term'),
        ("inspectors", "mixed", 'the plant "was old, was unsafe, and had to close" within a year')]
