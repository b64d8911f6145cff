"""Numbers as claims state them: a value with its approximator, read as the interval it allows.

Outlets rarely write a figure the same way: "about 5,000", "5 000", "nearly 5,000", "at least
2,000", "some 800", "4,000–6,000", "between 4,000 and 6,000". Two members that both state a
number agree when some number of one fits some number of the other: each number is read as
the interval its approximator allows (``numbers.approximators`` in lexicons/alignment.yaml):

* exact ("11,000"): just that value;
* ``about`` (about, around, some, roughly): the value give or take ``approximate_share``;
* ``below`` (nearly, almost, close to): up to ``approximate_share`` under the value, not above;
* ``at_least`` (at least, more than, over): the value or more;
* ``at_most`` (up to, fewer than, under): the value or less;
* a range ("4,000–6,000", "4,000 to 6,000", "between 4,000 and 6,000"): its two ends.

So "about 5,000" agrees with "5 000" and "nearly 5,000" but not with "2,000"; "at least 2,000"
agrees with "5,000" but not with "1,500".
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from attribution.document import Sentence, Word

APPROXIMATOR_KINDS = ("about", "below", "at_least", "at_most")
# digits grouped by a space or a narrow space ("5 000") inside one token
_SPACED = re.compile(r"^\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+$")
_PLAIN = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_RANGE = re.compile(r"^(\d[\d,.]*)\s*[-–—]\s*(\d[\d,.]*)$")
_DASHES = frozenset({"-", "–", "—", "to"})


@dataclass(frozen=True)
class Quantity:
    """A number a unit states, as the interval of values it allows."""

    value: float  # as written (the low end of a range)
    low: float
    high: float
    approximator: str | None = None  # about | below | at_least | at_most | range | None (exact)

    def agrees(self, other: Quantity) -> bool:
        """Whether one value can make both statements true (the intervals meet)."""
        return self.low <= other.high * (1 + 1e-9) and other.low <= self.high * (1 + 1e-9)


def quantities_agree(xs: Sequence[Quantity], ys: Sequence[Quantity]) -> bool:
    """Some number of one side fits some number of the other."""
    return any(x.agrees(y) for x in xs for y in ys)


def digits_value(text: str) -> float | None:
    """The value of a number written in digits: 11,000 / 2.5 / 5 000 (one token), else None."""
    if _PLAIN.match(text):
        return float(text.replace(",", ""))
    if _SPACED.match(text):
        return float(re.sub(r"\D", "", text))
    return None


def range_token(text: str) -> tuple[float, float] | None:
    """The two ends of a range written as one token ("4,000–6,000"), low first, or None."""
    m = _RANGE.match(text)
    if not m:
        return None
    a, b = digits_value(m.group(1)), digits_value(m.group(2))
    if a is None or b is None:
        return None
    return (min(a, b), max(a, b))


def continues_digits(sentence: Sentence, word: Word) -> bool:
    """The "000" of "5 000" split into two tokens: three digits after a short number and a space."""
    if word.id < 2 or not (len(word.text) == 3 and word.text.isdigit()):
        return False
    before = sentence.word(word.id - 1)
    return before.text.isdigit() and len(before.text) <= 3 and before.end < word.start


def joined_digits(sentence: Sentence, word: Word) -> float | None:
    """The value of "5" in "5 000" split into two tokens (5000), or None."""
    if not (word.text.isdigit() and len(word.text) <= 3):
        return None
    parts = [word.text]
    i = word.id
    while i < len(sentence.words) and continues_digits(sentence, sentence.words[i]):
        parts.append(sentence.words[i].text)
        i += 1
    return float("".join(parts)) if len(parts) > 1 else None


@dataclass(frozen=True)
class Approximators:
    """Approximator phrases (lower-cased word tuples) by kind, and how loose "about" is."""

    phrases: Mapping[tuple[str, ...], str]
    share: float
    range_openers: frozenset[str]  # "between 4,000 and 6,000", "from 4,000 to 6,000"

    @classmethod
    def of(cls, by_kind: Mapping[str, Sequence[str]], share: float, range_openers: Sequence[str]) -> Approximators:
        phrases = {tuple(p.lower().split()): kind for kind, ps in by_kind.items() for p in ps}
        return cls(phrases, share, frozenset(w.lower() for w in range_openers))

    def before(self, words: Sequence[Word], index: int) -> str | None:
        """The kind of the longest approximator phrase ending right before ``words[index]``."""
        best: tuple[int, str] | None = None
        for phrase, kind in self.phrases.items():
            n = len(phrase)
            if n <= index and tuple(w.text.lower() for w in words[index - n:index]) == phrase:
                if best is None or n > best[0]:
                    best = (n, kind)
        return best[1] if best else None

    def interval(self, value: float, kind: str | None) -> tuple[float, float]:
        s = self.share
        if kind == "about":
            return value * (1 - s), value * (1 + s)
        if kind == "below":
            return value * (1 - s), value
        if kind == "at_least":
            return value, math.inf
        if kind == "at_most":
            return 0.0, value
        return value, value


def read_quantities(words: Sequence[Word], value_of: Callable[[Word], float | None],
                    approximators: Approximators, inside: frozenset[int] | None = None) -> tuple[Quantity, ...]:
    """The numbers stated by a run of consecutive words of one sentence (``value_of`` reads one
    number word, digits or spelled out), each with its approximator or as a range; with
    ``inside``, only the numbers whose word id is in it (the approximator may stand before)."""
    out: list[Quantity] = []
    i = 0
    while i < len(words):
        w = words[i]
        if inside is not None and w.id not in inside:
            i += 1
            continue
        ends = range_token(w.text)
        if ends is not None:
            out.append(Quantity(ends[0], ends[0], ends[1], "range"))
            i += 1
            continue
        value = value_of(w)
        if value is None:
            i += 1
            continue
        # "4,000 to 6,000", "4,000 - 6,000", "between 4,000 and 6,000": connector, then a number
        opener = i > 0 and words[i - 1].text.lower() in approximators.range_openers
        if i + 2 < len(words):
            link = words[i + 1].text.lower()
            second = value_of(words[i + 2])
            if second is not None and (link in _DASHES or (opener and link == "and")):
                low, high = min(value, second), max(value, second)
                out.append(Quantity(value, low, high, "range"))
                i += 3
                continue
        kind = approximators.before(words, i)
        low, high = approximators.interval(value, kind)
        out.append(Quantity(value, low, high, kind))
        i += 1
    return tuple(out)
