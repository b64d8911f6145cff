"""Double quote marks as characters: which glyphs they are and whether each opens or closes.

Straight marks (") do not say whether they open or close, so each is judged by what stands
around it (after a space it opens, before a space or punctuation it closes). The typewriter
pairs ``''`` and ``\`\``` some outlets print count as one double mark. Both the parser's text
preparation (:mod:`attribution.parse`) and the quotation finder
(:mod:`attribution.attribute.quotes`) read marks through here, so they never disagree.
"""

from __future__ import annotations

import re

DOUBLE_MARKS = frozenset('"“”„‟«»')
_OPEN_GLYPH = set("“„‟«")
_CLOSE_GLYPH = set("”»")
BEFORE_OPEN = set(" \t\n\u00a0([{—–-/:")  # what may stand before an opening mark
AFTER_CLOSE = set(" \t\n\u00a0.,;:!?)]}—–-")  # what may stand after a closing mark
# the characters a quote mark can start with: the scan jumps from one to the next
_MARK_START = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS)) + "'`") + "]")


def mark_role(body: str, i: int, lo: int, hi: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the double mark at ``i`` (``width`` characters) in
    paragraph ``[lo, hi)``."""
    before = body[i - 1] if i > lo else None
    after = body[i + width] if i + width < hi else None
    if width == 2:
        mark = "“" if body[i] == "`" else '"'
        return _role_of(mark, before, after)
    return _role_of(body[i], before, after)


def _role_of(mark: str, before: str | None, after: str | None) -> str:
    opens = (before is None or before in BEFORE_OPEN) and after is not None and not after.isspace()
    closes = (after is None or after in AFTER_CLOSE) and before is not None and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if mark in _OPEN_GLYPH:
        return "open"
    if mark in _CLOSE_GLYPH:
        return "close"
    return "either"


def double_marks(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(offset, width) of every double quote mark of the paragraph: one glyph, or the typewriter
    pairs ``''`` and ``\`\``` that some outlets print instead (''Poor Mexico,'' he said)."""
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        found = _MARK_START.search(body, i, hi)  # no other character starts a mark
        if found is None:
            break
        marks, i = marks_at(body, found.start(), lo, hi)
        out.extend(marks)
    return out


def marks_at(body: str, i: int, lo: int, hi: int) -> tuple[list[tuple[int, int]], int]:
    """The double mark that starts at ``i`` of paragraph ``[lo, hi)``, if any, and where the
    scan goes on: past a typewriter pair or triple, else at the next character."""
    if body[i : i + 3] == "'''" and body[i + 3 : i + 4] != "'" and (i == lo or body[i - 1] != "'"):
        # a single mark beside a double one (''the word 'old-school,''' he said): the double
        # mark is the outer one, last when it closes, first when it opens
        closing = i > lo and not body[i - 1].isspace() and body[i - 1] not in BEFORE_OPEN
        opening = i + 3 < hi and not body[i + 3].isspace()
        if closing or opening:  # (three marks with white space on both sides are nobody's)
            return [(i + 1, 2) if closing else (i, 2)], i + 3
        return [], i + 3
    pair = body[i : i + 2]
    if pair in ("''", "``") and body[i + 2 : i + 3] != pair[0] and (i == lo or body[i - 1] != pair[0]):
        return [(i, 2)], i + 2
    return ([(i, 1)] if body[i] in DOUBLE_MARKS else []), i + 1


def typewriter_marks(body: str, paragraph_starts: list[int]) -> list[tuple[int, str]]:
    """(offset, role) of every two-character double mark (``''``, ``\`\```) of the body, its role
    'open', 'close' or 'either' as :func:`attribution.attribute.quotes.find_quotes` reads it: the parser is given one glyph
    instead (:func:`attribution.parse.prepare_text`), since it reads the pair as two apostrophes."""
    out: list[tuple[int, str]] = []
    bounds = paragraph_starts + [len(body)]
    for lo, hi in zip(bounds, bounds[1:]):
        out.extend((i, mark_role(body, i, lo, hi, 2)) for i, width in double_marks(body, lo, hi) if width == 2)
    return out
