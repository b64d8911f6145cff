"""Candidate pairs of a story's units: a bounded number of likely partners per unit, never all pairs.

Scoring every pair of units of a story grows with its square: 500 articles make about 60,000
units and 1.8 billion cross-article pairs. Each unit is instead scored against

* its nearest units by sentence vector (with an encoder): exactly, block by block, up to
  ``exact_neighbours_up_to`` units; above that by an approximate search (random-hyperplane
  buckets, then the exact cosine inside them), which finds near copies and close rewordings;
* the units that share the most telling index keys with it (word beginnings and synonym groups,
  weighted by rarity), through a sparse product of the unit x key table, block by block: a pair
  must share ``needed`` keys, and each unit keeps its ``word_neighbours`` best partners;
* every unit that shares a name or a number found in at most ``rare_key_units`` units.

So the pairs grow with k x units, not units squared (numbers in ``lexicons/alignment.yaml``,
section ``candidates``; docs/claims.md).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

Pair = tuple[int, int]  # positions in the story's unit list, lower first

ROW_BLOCK = 1024  # units whose partners are found at once (memory: block x partners)
VECTOR_BLOCK = 2048  # units compared with all others at once (memory: block x units floats)
HYPERPLANES = 12  # bits of a bucket of the approximate vector search (4,096 buckets)
TABLES = 16  # independent bucketings: a pair at cosine 0.8 meets in one of them 96 % of the time
BUCKET_CAP = 256  # units of one bucket compared with each other, at most, nearest in order
_WEIGHT_BASE = 1e6  # a key's entry in the table: this plus its weight, so a product is count and weight


def _pair(x: int, y: int) -> Pair:
    return (x, y) if x < y else (y, x)


def index_table(keys: Sequence[set[str]], common_units: int, common_share: float) -> tuple[list[list[int]], list[float]]:
    """Each unit's index keys as column numbers (keys in at least two units and in at most
    ``common_units`` or the share ``common_share`` of them, whichever is more), and each column's
    weight: how rare the key is among the story's units (inverse document frequency)."""
    counts: dict[str, int] = {}
    for ks in keys:
        for k in ks:
            counts[k] = counts.get(k, 0) + 1
    limit = max(common_units, int(len(keys) * common_share))
    columns: dict[str, int] = {}
    weights: list[float] = []
    rows: list[list[int]] = []
    for ks in keys:
        row = []
        for k in sorted(ks):
            n = counts[k]
            if n < 2 or n > limit:
                continue
            if k not in columns:
                columns[k] = len(columns)
                weights.append(math.log((len(keys) + 1) / (n + 1)) + 1.0)
            row.append(columns[k])
        rows.append(row)
    return rows, weights


def word_neighbours(rows: Sequence[Sequence[int]], weights: Sequence[float], articles: np.ndarray,
                    needed: int, k: int) -> set[Pair]:
    """Pairs of units of different articles sharing at least ``needed`` columns (index keys),
    each unit with its ``k`` partners of the highest shared weight (ties: the lower position)."""
    from scipy import sparse

    n = len(rows)
    if n < 2 or not weights:
        return set()
    indptr = np.zeros(n + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=int(indptr[-1]))
    w = np.asarray(weights, dtype=np.float64)
    binary = sparse.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(n, len(weights)))
    weighted = sparse.csr_matrix((_WEIGHT_BASE + w[indices], indices, indptr), shape=(n, len(weights)))
    transposed = binary.T.tocsr()
    found: set[Pair] = set()
    for lo in range(0, n, ROW_BLOCK):
        product = (weighted[lo:lo + ROW_BLOCK] @ transposed).tocsr()
        for r in range(product.shape[0]):
            a, b = product.indptr[r], product.indptr[r + 1]
            cols, values = product.indices[a:b], product.data[a:b]
            shared = np.floor(values / _WEIGHT_BASE + 1e-9)
            keep = (shared >= needed) & (articles[cols] != articles[lo + r])
            cols, score = cols[keep], values[keep] - shared[keep] * _WEIGHT_BASE
            if len(cols) > k:
                order = np.lexsort((cols, -score))[:k]
                cols = cols[order]
            found.update(_pair(lo + r, int(c)) for c in cols)
    return found


def _top(sims: np.ndarray, k: int) -> np.ndarray:
    """Per row, the columns of the ``k`` highest values (all columns when there are fewer)."""
    if k >= sims.shape[1]:
        return np.argsort(-sims, axis=1)
    return np.argpartition(-sims, k - 1, axis=1)[:, :k]


def vector_neighbours(matrix: np.ndarray, articles: np.ndarray, k: int, gate: float, exact_up_to: int) -> set[Pair]:
    """Pairs of units of different articles among each other's ``k`` nearest by cosine (unit
    vectors in ``matrix``), cosine at least ``gate``; exact up to ``exact_up_to`` units."""
    n = len(matrix)
    if n < 2 or k <= 0:
        return set()
    if n > exact_up_to:
        return approximate_neighbours(matrix, articles, k, gate)
    k = min(k, n - 1)
    found: set[Pair] = set()
    for lo in range(0, n, VECTOR_BLOCK):
        sims = matrix[lo:lo + VECTOR_BLOCK] @ matrix.T
        sims[articles[lo:lo + VECTOR_BLOCK][:, None] == articles[None, :]] = -1.0
        top = _top(sims, k)
        for r in range(sims.shape[0]):
            for j in top[r]:
                if sims[r, j] >= gate:
                    found.add(_pair(lo + r, int(j)))
    return found


def approximate_neighbours(matrix: np.ndarray, articles: np.ndarray, k: int, gate: float,
                           seed: int = 0) -> set[Pair]:
    """Approximate nearest neighbours: units hashed by the signs of their vectors against random
    hyperplanes (``TABLES`` times ``HYPERPLANES``), so near vectors tend to share a bucket; inside
    each bucket (at most ``BUCKET_CAP`` units at once, in story order) the exact cosine; each unit keeps
    its ``k`` best partners at ``gate`` or above. Deterministic (fixed seed)."""
    n, dim = matrix.shape
    rng = np.random.default_rng(seed)
    best: list[dict[int, float]] = [{} for _ in range(n)]
    powers = 1 << np.arange(HYPERPLANES, dtype=np.int64)
    for _ in range(TABLES):
        planes = rng.standard_normal((dim, HYPERPLANES)).astype(matrix.dtype)
        codes = ((matrix @ planes) > 0).astype(np.int64) @ powers
        order = np.argsort(codes, kind="stable")
        bounds = np.flatnonzero(np.diff(codes[order])) + 1
        for bucket in np.split(order, bounds):
            if len(bucket) < 2:
                continue
            for lo in range(0, len(bucket), BUCKET_CAP):
                part = bucket[lo:lo + BUCKET_CAP]
                sims = matrix[part] @ matrix[part].T
                sims[articles[part][:, None] == articles[part][None, :]] = -1.0
                top = _top(sims, min(k, len(part) - 1))
                for r, row in enumerate(top):
                    mine = best[int(part[r])]
                    for j in row:
                        value = float(sims[r, j])
                        if value >= gate:
                            mine[int(part[j])] = value
    found: set[Pair] = set()
    for i, partners in enumerate(best):
        for j in sorted(partners, key=lambda j: (-partners[j], j))[:k]:
            found.add(_pair(i, j))
    return found


def rare_pairs(keys: Sequence[Sequence[str]], articles: np.ndarray, most: int) -> set[Pair]:
    """Pairs of units of different articles that share a key (a name, a number) found in at most
    ``most`` units: a rare name or figure two outlets both give is worth a look whatever else
    they share."""
    buckets: dict[str, list[int]] = {}
    for i, ks in enumerate(keys):
        for key in set(ks):
            buckets.setdefault(key, []).append(i)
    found: set[Pair] = set()
    for bucket in buckets.values():
        if not 2 <= len(bucket) <= most:
            continue
        for x, i in enumerate(bucket):
            for j in bucket[x + 1:]:
                if articles[i] != articles[j]:
                    found.add(_pair(i, j))
    return found
