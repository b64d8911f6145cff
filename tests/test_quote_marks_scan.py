"""The quote-mark scan jumps from one possible mark to the next: the same marks as reading the
paragraph character by character (the reference below), on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.quotemarks import double_marks, marks_at


def _marks_char_by_char(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The scan as it was: every character of the paragraph judged in turn."""
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        marks, i = marks_at(body, i, lo, hi)
        out.extend(marks)
    return out


TEXT = st.text(alphabet="ab ,.\n(:'`\"“”„«»‘’-", max_size=60)


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(0, 60), st.integers(0, 60))
def test_marks_are_those_of_the_character_scan(body: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(body)), min(b, len(body))))
    assert double_marks(body, lo, hi) == _marks_char_by_char(body, lo, hi)


def test_typewriter_pairs_and_a_triple_mark() -> None:
    body = "''Poor Mexico,'' he said. ``Yes.'' ''the word 'old-school,''' he said"
    assert double_marks(body, 0, len(body)) == _marks_char_by_char(body, 0, len(body))
    assert (0, 2) in double_marks(body, 0, len(body))


PARAGRAPHS = st.text(alphabet="ab ,.\n(:'`\"“”„«»‘’-", max_size=120)


@settings(max_examples=400, deadline=None)
@given(PARAGRAPHS)
def test_the_quotation_holding_an_offset_is_found_by_bisection_as_by_reading_them_all(body: str) -> None:
    # find_quotes gives its quotations in order and apart, which the bisection relies on
    from attribution.attribute.quotes import QuoteSpans, find_quotes
    from attribution.parse import paragraph_starts

    quotes = find_quotes(body, paragraph_starts(body))
    assert isinstance(quotes, QuoteSpans)
    assert all(a.end <= b.start for a, b in zip(quotes, quotes[1:]))
    for at in range(len(body) + 1):
        assert quotes.covers(at) == any(q.start <= at < q.end for q in quotes)
