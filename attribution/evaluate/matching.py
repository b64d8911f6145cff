"""The matching rules of the evaluation (DESIGN.md) and the P/R/F1 arithmetic.

* Content spans match when, after normalising whitespace and quote marks, their word-token
  overlap (Jaccard: shared / all distinct tokens) is at least 0.5.
* Speakers match when their canonical names share the surname (last token), case-insensitively.
* Each gold item is matched to at most one system item and the other way round: pairs are taken
  greedily, best overlap first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

G = TypeVar("G")
S = TypeVar("S")

JACCARD_THRESHOLD = 0.5
_QUOTES = str.maketrans({c: '"' for c in "“”„«»‹›"} | {c: "'" for c in "‘’‚`´"})
_TOKEN = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


def normalize(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split())


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(normalize(text))]


def jaccard(a: str, b: str) -> float:
    ta, tb = set(tokens(a)), set(tokens(b))
    if not ta and not tb:
        return 1.0
    return len(ta & tb) / len(ta | tb)


def surname(name: str | None) -> str | None:
    if not name:
        return None
    parts = tokens(name)
    return parts[-1] if parts else None


def same_speaker(a: str | None, b: str | None) -> bool:
    """Surnames equal, case-insensitively (``Solovey`` = ``Ihor Solovey``); both None also match."""
    if a is None or b is None:
        return a is None and b is None
    return surname(a) == surname(b)


def greedy_pairs(
    gold: Sequence[G], system: Sequence[S], score: Callable[[G, S], float], threshold: float
) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, system index, score), best scores first, above the threshold."""
    candidates = [
        (sc, gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if (sc := score(g, s)) >= threshold
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for sc, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si, sc))
    return pairs


@dataclass
class PRF:
    """Counts and the precision / recall / F1 made from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __iadd__(self, other: PRF) -> PRF:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        return self

    def row(self, label: str) -> list[str]:
        return [label, str(self.tp), str(self.fp), str(self.fn), f"{self.precision:.3f}", f"{self.recall:.3f}", f"{self.f1:.3f}"]


PRF_HEADERS = ["", "TP", "FP", "FN", "P", "R", "F1"]


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[str]] = field(default_factory=list)
    note: str = ""

    def render(self) -> str:
        widths = [max(len(str(x)) for x in col) for col in zip(self.headers, *self.rows)] if self.rows else [len(h) for h in self.headers]
        def line(cells: Sequence[str]) -> str:
            return "  ".join(
                str(c).ljust(w) if i == 0 or not _numeric(str(c)) else str(c).rjust(w)
                for i, (c, w) in enumerate(zip(cells, widths))
            ).rstrip()
        out = [self.title, "=" * len(self.title), line(self.headers), line(["-" * w for w in widths])]
        out += [line(r) for r in self.rows]
        if self.note:
            out.append(self.note)
        return "\n".join(out)

    def markdown(self, level: int = 3) -> str:
        """The table in markdown (a heading, a pipe table, the note as a paragraph): for notes and issues."""
        def cell(text: object) -> str:
            return " ".join(str(text).split()).replace("|", "\\|") or " "

        out = [f"{'#' * level} {self.title}", "", "| " + " | ".join(cell(h) or " " for h in self.headers) + " |",
               "|" + "".join("---:|" if _numeric_column(self.rows, i) else "---|" for i in range(len(self.headers)))]
        out += ["| " + " | ".join(cell(c) for c in row) + " |" for row in self.rows]
        if self.note:
            out += ["", *(f"{line}  " for line in self.note.splitlines())]
        return "\n".join(out)

    def to_dict(self) -> dict[str, object]:
        """Title, headers, rows (each a mapping header -> cell) and note, for JSON."""
        keys = [h or "label" for h in self.headers]
        return {"title": self.title, "headers": list(self.headers),
                "rows": [dict(zip(keys, row)) for row in self.rows], "note": self.note}


def _numeric_column(rows: Sequence[Sequence[str]], index: int) -> bool:
    cells = [str(r[index]) for r in rows if index < len(r) and str(r[index]) not in ("", "-")]
    return index > 0 and bool(cells) and all(_numeric(c) for c in cells)


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"-?[\d.]+%?", text))
