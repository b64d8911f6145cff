"""Trimming spans to their content: no surrounding space, quote marks or final punctuation."""

from __future__ import annotations

import re

OPEN_QUOTES = "\"“‘'«‹„‚"
CLOSE_QUOTES = "\"”’'»›"
QUOTE_MARKS = frozenset(OPEN_QUOTES + CLOSE_QUOTES)
_TRAILING = ".,;:"
_DOUBLE_OPEN = "\"“«„"
_DOUBLE_CLOSE = "\"”»"
_EDGE_SPACE = " \t\n\r\u00a0\u2009\u202f"
# a final full stop that belongs to the last word: "D.C.", "U.S.", "Inc."
_ABBREVIATION_END = re.compile(r"(?:\b[A-Za-z]\.[A-Za-z]\.|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|St|etc|Bros)\.)$")


def only_punctuation(body: str, start: int, end: int) -> bool:
    """No letter or digit in ``body[start:end]`` (an empty or reversed range has none): what may
    lie between a quotation and its frame, or after a frame to the sentence's end."""
    return not any(ch.isalnum() for ch in body[start:end])


def punctuation_gap(body: str, start: int, end: int) -> bool:
    """``start`` comes no later than ``end`` and only punctuation or space lies between: a
    quotation that closes right before a word (one that closes after it is no gap)."""
    return start <= end and only_punctuation(body, start, end)


def trim_content(body: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces, quote marks, dashes and a final ``.,;:``.

    A question or exclamation mark stays: it is part of what was said. Double quote marks at the
    edges go when they wrap the whole span, or when their partner is not inside it (so a quoted
    title at the end of a sentence keeps its marks). Single marks are left alone: ’ is also the
    apostrophe.
    """
    while True:
        before = (start, end)
        while start < end and body[start] in _EDGE_SPACE:
            start += 1
        while end > start and body[end - 1] in _EDGE_SPACE:
            end -= 1
        if (
            end > start
            and body[end - 1] in _TRAILING
            and not body[start:end].endswith("...")
            and not _ABBREVIATION_END.search(body[max(start, end - 8) : end])
        ):
            end -= 1
        if end - start > 1 and body[start] in _DOUBLE_OPEN and body[end - 1] in _DOUBLE_CLOSE and not _has_double(body, start + 1, end - 1):
            start, end = start + 1, end - 1
        elif end > start and body[start] in _DOUBLE_OPEN and not _has_double(body, start + 1, end):
            start += 1
        elif end > start and body[end - 1] in _DOUBLE_CLOSE and not _has_double(body, start, end - 1):
            end -= 1
        if end - start > 1 and body[start] in "—–-" and body[start + 1] in _EDGE_SPACE:
            start += 1
        if end > start and body[start] in ",;:":
            start += 1
        if end > start and body[end - 1] in "—–":
            end -= 1
        if (start, end) == before:
            return start, end



def _has_double(body: str, start: int, end: int) -> bool:
    return any(body[i] in _DOUBLE_OPEN or body[i] in _DOUBLE_CLOSE for i in range(start, end))
