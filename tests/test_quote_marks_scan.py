"""The quote-mark scan jumps from one possible mark to the next: the same marks as reading the
paragraph character by character (the reference below), on any text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attribution.quotemarks import BEFORE_OPEN, DOUBLE_MARKS, double_marks


def _marks_char_by_char(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if body[i : i + 3] == "'''" and body[i + 3 : i + 4] != "'" and (i == lo or body[i - 1] != "'"):
            closing = i > lo and not body[i - 1].isspace() and body[i - 1] not in BEFORE_OPEN
            opening = i + 3 < hi and not body[i + 3].isspace()
            if closing or opening:
                out.append((i + 1, 2) if closing else (i, 2))
            i += 3
            continue
        pair = body[i : i + 2]
        if pair in ("''", "``") and body[i + 2 : i + 3] != pair[0] and (i == lo or body[i - 1] != pair[0]):
            out.append((i, 2))
            i += 2
            continue
        if body[i] in DOUBLE_MARKS:
            out.append((i, 1))
        i += 1
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
