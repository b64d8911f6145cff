"""Quotation spans: where quote marks open and close, paragraph by paragraph.

Straight marks (") do not say whether they open or close, and scraped pages mix straight and
curly ones ("...them all," Solovey told AP. "The dissemination...”), so every mark is judged by
what stands around it: after a space or at the start of a paragraph it opens, before a space or
punctuation it closes. A paragraph that ends inside a quote and a next paragraph that starts with
an opening mark make one quote across paragraphs (the news convention for long quotes).
Single marks are used only in paragraphs with no double marks (British style), and only when
they wrap several words, because ’ is also the apostrophe. The typewriter pairs '' and `` count
as double marks (''Poor Mexico,'' he said), and three marks as a double and a single one
(''the word 'old-school,''' he said). A quotation left open ends at a line break inside its
paragraph, else at the paragraph's end; no mark, however stray, stops the scan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from attribution.document import Word

DOUBLE_MARKS = frozenset('"“”„‟«»')
_OPEN_GLYPH = set("“„‟«")
_CLOSE_GLYPH = set("”»")
QUOTE_MARK_CHARS = "\"“”'‘`«"  # the marks stripped from the gap between a frame and its quote
QUOTE_MARK_WORDS = frozenset({'"', "“", "”", "'"})  # tokens that are quote marks, not words of a clause
_BEFORE_OPEN = set(" \t\n\u00a0([{—–-/:")
_AFTER_CLOSE = set(" \t\n\u00a0.,;:!?)]}—–-")
# the characters a quote mark can start with: the scan jumps from one to the next
_MARK_START = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS)) + "'`") + "]")


@dataclass(frozen=True)
class Quote:
    """The text between a pair of quote marks (the marks themselves are outside ``start:end``)."""

    start: int
    end: int
    paragraph: int
    closed: bool  # False: the paragraph ended before a closing mark
    continues: bool  # True: carries on a quote left open in the previous paragraph

    def contains(self, start: int, end: int) -> bool:
        return self.start <= start and end <= self.end

    def overlaps(self, start: int, end: int) -> bool:
        return start < self.end and self.start < end


def quoted(word: Word, quotes: Sequence[Quote]) -> bool:
    """The word starts inside one of the quotations: it is the quoted words', not the frame's."""
    at = word.start
    return any(q.start <= at < q.end for q in quotes)


def is_quote_mark(word: Word) -> bool:
    """A token that is only a quote mark: it opens or closes the quoted words, it is not one."""
    return word.upos == "PUNCT" and word.text in QUOTE_MARK_WORDS


def _role(body: str, i: int, lo: int, hi: int, width: int = 1) -> str:
    """'open', 'close' or 'either' for the double mark at ``i`` (``width`` characters) in
    paragraph ``[lo, hi)``."""
    before = body[i - 1] if i > lo else None
    after = body[i + width] if i + width < hi else None
    if width == 2:
        mark = "“" if body[i] == "`" else '"'
        return _role_of(mark, before, after)
    return _role_of(body[i], before, after)


def _role_of(mark: str, before: str | None, after: str | None) -> str:
    opens = (before is None or before in _BEFORE_OPEN) and after is not None and not after.isspace()
    closes = (after is None or after in _AFTER_CLOSE) and before is not None and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if mark in _OPEN_GLYPH:
        return "open"
    if mark in _CLOSE_GLYPH:
        return "close"
    return "either"


def _marks(body: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """(offset, width) of every double quote mark of the paragraph: one glyph, or the typewriter
    pairs ``''`` and ``\`\``` that some outlets print instead (''Poor Mexico,'' he said)."""
    out: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        found = _MARK_START.search(body, i, hi)  # no other character starts a mark
        if found is None:
            break
        i = found.start()
        if body[i : i + 3] == "'''" and body[i + 3 : i + 4] != "'" and (i == lo or body[i - 1] != "'"):
            # a single mark beside a double one (''the word 'old-school,''' he said): the double
            # mark is the outer one, last when it closes, first when it opens
            closing = i > lo and not body[i - 1].isspace() and body[i - 1] not in _BEFORE_OPEN
            opening = i + 3 < hi and not body[i + 3].isspace()
            if closing or opening:  # (three marks with white space on both sides are nobody's)
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


def _line_end(body: str, start: int) -> int:
    end = body.index("\n", start)
    while end > start and body[end - 1].isspace():
        end -= 1
    return end


def _paragraph_quotes(body: str, lo: int, hi: int, index: int, carried: bool) -> tuple[list[Quote], bool]:
    """Quotes in one paragraph and whether it ends inside a quote."""
    quotes: list[Quote] = []
    marks = _marks(body, lo, hi)
    inside = False
    start = lo
    continues = False
    for n, (i, width) in enumerate(marks):
        role = _role(body, i, lo, hi, width)
        if inside and "\n" in body[start:i]:  # a line break closes a quotation left open
            quotes.append(Quote(start, _line_end(body, start), index, False, continues))
            inside = False
        if not inside:
            if role in ("open", "either"):
                inside, start = True, i + width
                continues = carried and n == 0 and not body[lo:i].strip()
        elif role in ("close", "either"):
            quotes.append(Quote(start, i, index, True, continues))
            inside = False
        else:  # an opening mark while open: the earlier quote was never closed
            quotes.append(Quote(start, i, index, False, continues))
            start, continues = i + width, False
    if inside and "\n" in body[start:hi]:
        quotes.append(Quote(start, _line_end(body, start), index, False, continues))
        inside = False
    if inside:
        end = hi
        while end > start and body[end - 1].isspace():
            end -= 1
        quotes.append(Quote(start, end, index, False, continues))
    if not marks:
        quotes = _single_quotes(body, lo, hi, index)
    return quotes, inside


def _single_quotes(body: str, lo: int, hi: int, index: int) -> list[Quote]:
    out: list[Quote] = []
    i = lo
    while i < hi:
        if body[i] in "‘'" and (i == lo or body[i - 1] in _BEFORE_OPEN) and i + 1 < hi and body[i + 1].isalpha():
            j = i + 1
            while j < hi:
                if body[j] in "’'" and (j + 1 == hi or body[j + 1] in _AFTER_CLOSE) and not body[j - 1].isspace():
                    break
                j += 1
            if j < hi and len(body[i + 1 : j].split()) >= 4:
                out.append(Quote(i + 1, j, index, True, False))
                i = j
        i += 1
    return out


def find_quotes(body: str, paragraph_starts: list[int]) -> list[Quote]:
    """Every quotation span of the body, in order."""
    quotes: list[Quote] = []
    carried = False
    bounds = paragraph_starts + [len(body)]
    for index, (lo, hi) in enumerate(zip(bounds, bounds[1:])):
        while hi > lo and body[hi - 1].isspace():
            hi -= 1
        found, carried = _paragraph_quotes(body, lo, hi, index, carried)
        quotes.extend(found)
    return quotes
