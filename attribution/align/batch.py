"""The content part of many pairs at once (numpy), the same numbers as ``Similarity.content``.

Scoring a story's candidate pairs one by one in Python costs most of the claims stage: each
pair looks every term of one unit up in the other (about 20 set lookups a pair), and a story of
500 articles has close to a million candidate pairs. Here the work is done over arrays:

* every distinct term of the run is numbered (``Similarity.intern``), and the terms that match
  each other are listed once (``TermMatches``): the same form (1), a shared synonym group
  (``synonym_match``), a related form with the same long beginning (``prefix_match``). A term
  matches few others, so this table is small;
* a term's best match in the other unit is then the best of its few matching terms that the
  other unit holds: a sorted lookup of (pair, term) codes, not a comparison of every term of one
  unit with every term of the other;
* the weighted sums are added in the order ``Similarity.content`` adds them (term by term, one
  unit then the other), so every float is the same and no claim changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from attribution.align.similarity import Profile, Similarity, unknown_subject
from attribution.align.vocabulary import prefix_related

CHUNK = 20000  # pairs worked out at once (memory: about 100 entries a pair)


class TermMatches:
    """For every numbered term, the terms it matches and how well (CSR rows, itself included)."""

    def __init__(self, similarity: Similarity):
        terms = list(similarity.terms())
        tuning = similarity.tuning
        n = tuning.prefix_min_chars
        best: dict[tuple[int, int], float] = {}

        def note(members: Sequence[int], value: float) -> None:
            for x in members:
                for y in members:
                    if best.get((x, y), 0.0) < value:
                        best[(x, y)] = value

        by_form: dict[str, list[int]] = {}
        by_group: dict[int, list[int]] = {}
        by_prefix: dict[str, dict[str, list[int]]] = {}
        for i, t in enumerate(terms):
            for f in t.forms:
                by_form.setdefault(f, []).append(i)
                key = similarity.prefix_key(f)
                if key is not None:
                    by_prefix.setdefault(key, {}).setdefault(f, []).append(i)
            for g in t.groups:
                by_group.setdefault(g, []).append(i)
        for i in range(len(terms)):
            best[(i, i)] = 1.0
        for members in by_form.values():
            note(members, 1.0)
        for members in by_group.values():
            note(members, tuning.synonym_match)
        for forms in by_prefix.values():
            listed = list(forms.items())
            for x, (f, fs) in enumerate(listed):
                for g, gs in listed[x + 1:]:
                    if prefix_related(f, g, n):
                        for i in fs:
                            for j in gs:
                                # a pair that shares a form scores 1 whatever else holds
                                if best.get((i, j), 0.0) < tuning.prefix_match:
                                    best[(i, j)] = best[(j, i)] = tuning.prefix_match
        self.size = len(terms)
        order = sorted(best)
        rows = np.fromiter((i for i, _ in order), dtype=np.int64, count=len(order))
        self.columns = np.fromiter((j for _, j in order), dtype=np.int64, count=len(order))
        self.values = np.fromiter((best[k] for k in order), dtype=np.float64, count=len(order))
        self.indptr = np.zeros(self.size + 1, dtype=np.int64)
        np.add.at(self.indptr, rows + 1, 1)
        self.indptr = np.cumsum(self.indptr)


class UnitTable:
    """The terms of many units, flat (term number, weight, full word, subject word), and per unit
    its offset, length and whether its subject is open: what a pair's content part reads."""

    def __init__(self, profiles: Sequence[Profile]):
        self.lengths = np.fromiter((len(p.ids) for p in profiles), dtype=np.int64, count=len(profiles))
        self.offsets = np.zeros(len(profiles), dtype=np.int64)
        np.cumsum(self.lengths[:-1], out=self.offsets[1:])
        total = int(self.lengths.sum())
        self.ids = np.fromiter((i for p in profiles for i in p.ids), dtype=np.int64, count=total)
        self.weights = np.fromiter((w for p in profiles for w in p.weights), dtype=np.float64, count=total)
        self.full = np.fromiter((f for p in profiles for f in p.full), dtype=bool, count=total)
        self.subject = np.fromiter((s for p in profiles for s in p.in_subject), dtype=bool, count=total)
        self.open = np.fromiter((p.unit.open_subject for p in profiles), dtype=bool, count=len(profiles))
        self.totals = np.fromiter((p.total for p in profiles), dtype=np.float64, count=len(profiles))

    def side(self, rows: np.ndarray) -> tuple[np.ndarray, ...]:
        """The terms of the units ``rows`` one after the other: lengths, offsets (one more than
        rows), and the flat arrays."""
        lengths = self.lengths[rows]
        offsets = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        flat = np.repeat(self.offsets[rows] - offsets[:-1], lengths) + np.arange(int(offsets[-1]), dtype=np.int64)
        return lengths, offsets, self.ids[flat], self.weights[flat], self.full[flat], self.subject[flat]


def _best(matches: TermMatches, lengths: np.ndarray, ids: np.ndarray, other_lengths: np.ndarray,
          other_ids: np.ndarray) -> np.ndarray:
    """Per term of one side, its best match among the terms of its pair's other side."""
    pairs = len(lengths)
    size = matches.size
    owner = np.repeat(np.arange(pairs, dtype=np.int64), lengths)
    held = np.sort(np.repeat(np.arange(pairs, dtype=np.int64), other_lengths) * size + other_ids)
    starts, ends = matches.indptr[ids], matches.indptr[ids + 1]
    degree = ends - starts
    entry_term = np.repeat(np.arange(len(ids), dtype=np.int64), degree)
    first = np.zeros(len(ids), dtype=np.int64)
    np.cumsum(degree[:-1], out=first[1:])
    within = np.arange(int(degree.sum()), dtype=np.int64) - np.repeat(first, degree)
    entry = np.repeat(starts, degree) + within
    codes = owner[entry_term] * size + matches.columns[entry]
    at = np.searchsorted(held, codes)
    at[at >= len(held)] = 0
    value = np.where(held[at] == codes, matches.values[entry], 0.0)
    return np.maximum.reduceat(value, first) if len(ids) else value


def _sequential(values: np.ndarray, lengths: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Per pair, the sum of its stretch of ``values`` added left to right (as Python's ``+=``)."""
    out = np.zeros(len(lengths), dtype=np.float64)
    longest = int(lengths.max()) if len(lengths) else 0
    for k in range(longest):
        live = lengths > k
        out[live] += values[offsets[:-1][live] + k]
    return out


def _counts(flags: np.ndarray, lengths: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Per pair, how many of its stretch of ``flags`` are set (0 for an empty stretch)."""
    out = np.zeros(len(lengths), dtype=np.int64)
    live = lengths > 0
    if live.any():
        out[live] = np.add.reduceat(flags.astype(np.int64), offsets[:-1][live])
    return out


def contents(similarity: Similarity, pairs: Sequence[tuple[Profile, Profile]],
             matches: TermMatches | None = None) -> list[tuple[float, int, bool]]:
    """``Similarity.content`` of every pair, worked out over arrays ``CHUNK`` pairs at a time."""
    if matches is None or matches.size < similarity.term_count():
        matches = TermMatches(similarity)
    row_of: dict[int, int] = {}
    profiles: list[Profile] = []
    for pair in pairs:
        for p in pair:
            if p.unit.uid not in row_of:
                row_of[p.unit.uid] = len(profiles)
                profiles.append(p)
    table = UnitTable(profiles)
    rows_a = np.fromiter((row_of[a.unit.uid] for a, _ in pairs), dtype=np.int64, count=len(pairs))
    rows_b = np.fromiter((row_of[b.unit.uid] for _, b in pairs), dtype=np.int64, count=len(pairs))
    out: list[tuple[float, int, bool]] = []
    for lo in range(0, len(pairs), CHUNK):
        out.extend(_chunk(matches, table, rows_a[lo:lo + CHUNK], rows_b[lo:lo + CHUNK]))
    return out


def _chunk(matches: TermMatches, table: UnitTable, rows_a: np.ndarray, rows_b: np.ndarray) -> list[tuple[float, int, bool]]:
    pairs = len(rows_a)
    la, oa, ia, wa, fa, sa = table.side(rows_a)
    lb, ob, ib, wb, fb, sb = table.side(rows_b)
    best_a = _best(matches, la, ia, lb, ib)
    best_b = _best(matches, lb, ib, la, ia)
    # a unit's subject is left out where the other's subject is open and its own is not
    # (``unknown_subject``); a term is left out where it is a word of that subject
    open_a, open_b = table.open[rows_a], table.open[rows_b]
    out_a = sa & np.repeat(open_b & ~open_a, la)
    out_b = sb & np.repeat(open_a & ~open_b, lb)
    # both sides' stretches one after the other: pair by pair, a's terms then b's
    lengths = la + lb
    offsets = np.zeros(pairs + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    position_a = np.repeat(offsets[:-1], la) + (np.arange(len(ia)) - np.repeat(oa[:-1], la))
    position_b = np.repeat(offsets[:-1] + la, lb) + (np.arange(len(ib)) - np.repeat(ob[:-1], lb))
    covered = np.zeros(int(offsets[-1]), dtype=np.float64)
    weight = np.zeros(int(offsets[-1]), dtype=np.float64)
    covered[position_a] = np.where(out_a, 0.0, wa * best_a)
    covered[position_b] = np.where(out_b, 0.0, wb * best_b)
    weight[position_a] = np.where(out_a, 0.0, wa)
    weight[position_b] = np.where(out_b, 0.0, wb)
    covered_sum = _sequential(covered, lengths, offsets)
    total_sum = _sequential(weight, lengths, offsets)
    shared_a = _counts((best_a > 0) & fa, la, oa)
    shared_b = _counts((best_b > 0) & fb, lb, ob)
    full_a = _counts(fa & ~out_a, la, oa)
    full_b = _counts(fb & ~out_b, lb, ob)
    empty = (table.totals[rows_a] + table.totals[rows_b] <= 0) | (total_sum <= 0)
    ratio = np.divide(covered_sum, total_sum, out=np.zeros(pairs), where=~empty)
    shared = np.minimum(shared_a, shared_b)
    whole = (shared_a == full_a) | (shared_b == full_b)
    return [(0.0, 0, False) if e else (c, n, w)
            for e, c, n, w in zip(empty.tolist(), ratio.tolist(), shared.tolist(), whole.tolist())]
