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

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from attribution.document import Word
from attribution.quotemarks import AFTER_CLOSE, BEFORE_OPEN, double_marks, mark_role

QUOTE_MARK_CHARS = "\"“”'‘`«"  # the marks stripped from the gap between a frame and its quote
QUOTE_MARK_WORDS = frozenset({'"', "“", "”", "'"})  # tokens that are quote marks, not words of a clause


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


class QuoteSpans(tuple):
    """The quotations of one body as :func:`find_quotes` gives them: in order and apart from each
    other, so the one that may hold an offset is found by bisection (the rules ask that of nearly
    every word of an article)."""

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [q.start for q in self]

    def covers(self, at: int) -> bool:
        """Whether a quotation holds the offset ``at``."""
        i = bisect.bisect_right(self._starts, at) - 1
        return i >= 0 and at < self[i].end


def quoted(word: Word, quotes: Sequence[Quote]) -> bool:
    """The word starts inside one of the quotations: it is the quoted words', not the frame's."""
    at = word.start
    if isinstance(quotes, QuoteSpans):
        return quotes.covers(at)
    return any(q.start <= at < q.end for q in quotes)


def is_quote_mark(word: Word) -> bool:
    """A token that is only a quote mark: it opens or closes the quoted words, it is not one."""
    return word.upos == "PUNCT" and word.text in QUOTE_MARK_WORDS


def opens_at(sentence_words: Sequence[Word], at: int, quote: Quote) -> bool:
    """The quotation opens right at offset ``at``: nothing but spaces and its opening mark
    between, whichever mark it is, one character (a straight or curly double mark) or the
    typewriter pair of two ("what they called ''a fresh start''")."""
    if quote.start < at or quote.start - at > 4:
        return False
    return all(w.upos == "PUNCT" and not w.text.strip(QUOTE_MARK_CHARS)
               for w in sentence_words if at <= w.start < quote.start)


def _line_end(body: str, start: int) -> int:
    end = body.index("\n", start)
    while end > start and body[end - 1].isspace():
        end -= 1
    return end


def _paragraph_quotes(body: str, lo: int, hi: int, index: int, carried: bool) -> tuple[list[Quote], bool]:
    """Quotes in one paragraph and whether it ends inside a quote."""
    quotes: list[Quote] = []
    marks = double_marks(body, lo, hi)
    inside = False
    start = lo
    continues = False
    for n, (i, width) in enumerate(marks):
        role = mark_role(body, i, lo, hi, width)
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
        if body[i] in "‘'" and (i == lo or body[i - 1] in BEFORE_OPEN) and i + 1 < hi and body[i + 1].isalpha():
            j = i + 1
            while j < hi:
                if body[j] in "’'" and (j + 1 == hi or body[j + 1] in AFTER_CLOSE) and not body[j - 1].isspace():
                    break
                j += 1
            if j < hi and len(body[i + 1 : j].split()) >= 4:
                out.append(Quote(i + 1, j, index, True, False))
                i = j
        i += 1
    return out


def find_quotes(body: str, paragraph_starts: list[int]) -> QuoteSpans:
    """Every quotation span of the body, in order."""
    quotes: list[Quote] = []
    carried = False
    bounds = paragraph_starts + [len(body)]
    for index, (lo, hi) in enumerate(zip(bounds, bounds[1:])):
        while hi > lo and body[hi - 1].isspace():
            hi -= 1
        found, carried = _paragraph_quotes(body, lo, hi, index, carried)
        quotes.extend(found)
    return QuoteSpans(quotes)
