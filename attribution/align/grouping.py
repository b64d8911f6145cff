"""Grouping units into claims: best pairs first, each group held together by average similarity.

Pairs of units from different articles of one story that score at least the threshold are taken
best first:

* two free units start a claim, unless each overlaps a member of one claim already (then the
  pair is only a wider or narrower cut of a claim that exists);
* a free unit joins its partner's claim when its average similarity to the claim's members from
  other articles (per article its best match) reaches the threshold and it does not overlap a member from its own article;
* two claims merge under the same two conditions;
* finally, two claims cut from the same stretches of text (members overlapping in two articles)
  are one claim: they are merged, keeping of two overlapping members the one more like the
  other articles' members.

Average linkage keeps a chain of near-misses (A like B, B like C, A unlike C) from becoming one
claim; the overlap rule keeps one stretch of text from entering a claim twice.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence

from attribution.align.units import Unit

PairScore = Callable[[Unit, Unit], float]


def _average(unit: Unit, members: Sequence[Unit], score: PairScore) -> float:
    """How like a claim's members from other articles a unit is: per article its best match, then
    the mean over the articles. A claim may hold several mentions of one article (a lead, a
    later sentence, another cut); a unit should be like how each outlet words the claim, not
    like every mention, or a claim with two mentions in one outlet could not take in a third
    outlet's wording that matches one of them exactly."""
    best: dict[int, float] = {}
    for m in members:
        if m.article_index != unit.article_index:
            value = score(unit, m)
            if value > best.get(m.article_index, -1.0):
                best[m.article_index] = value
    return sum(best.values()) / len(best) if best else 0.0


def _clashes(unit: Unit, members: Sequence[Unit]) -> bool:
    return any(unit.nested_with(m) for m in members)


def group_units(edges: Sequence[tuple[float, Unit, Unit]], score: PairScore, threshold: float) -> list[list[Unit]]:
    """Claims (lists of units) from scored cross-article pairs, best pairs first."""
    claims: list[list[Unit] | None] = []
    claim_of: dict[int, int] = {}
    placed: dict[int, list[Unit]] = {}  # article -> units in some claim (claim_of says which)

    def clashing(unit: Unit) -> set[int]:
        """The claims with a member that ``unit`` is nested with (found by article, not claim by claim)."""
        return {claim_of[m.uid] for m in placed.get(unit.article_index, ()) if unit.nested_with(m)}

    for value, a, b in sorted(edges, key=lambda e: (-e[0], e[1].uid, e[2].uid)):
        if value < threshold:
            break
        ca, cb = claim_of.get(a.uid), claim_of.get(b.uid)
        if ca is None and cb is None:
            if clashing(a) & clashing(b):
                continue
            claims.append([a, b])
            claim_of[a.uid] = claim_of[b.uid] = len(claims) - 1
            placed.setdefault(a.article_index, []).append(a)
            placed.setdefault(b.article_index, []).append(b)
        elif ca is not None and cb is not None:
            if ca == cb:
                continue
            first, second = claims[ca], claims[cb]
            assert first is not None and second is not None
            if any(_clashes(u, first) for u in second):
                continue
            linkage = sum(_average(u, first, score) for u in second) / len(second)
            if linkage < threshold:
                continue
            first.extend(second)
            for u in second:
                claim_of[u.uid] = ca
            claims[cb] = None
        else:
            free, index = (b, ca) if ca is not None else (a, cb)
            claim = claims[index]
            assert claim is not None and index is not None
            if _clashes(free, claim) or _average(free, claim, score) < threshold:
                continue
            claim.append(free)
            claim_of[free.uid] = index
            placed.setdefault(free.article_index, []).append(free)
    return [sorted(c, key=lambda u: (u.article_index, u.start)) for c in fold_duplicates([c for c in claims if c], score)]


class _Index:
    """Members of live claims by article, so claims sharing text are found without comparing
    every claim with every other."""

    def __init__(self, claims: list[list[Unit]]):
        self.live = {n: list(c) for n, c in enumerate(claims)}
        self.where: dict[int, dict[tuple[int, int], Unit]] = {}  # article -> (uid, claim) -> member
        for n in self.live:
            self.place(n)

    def place(self, n: int) -> None:
        for u in self.live[n]:
            self.where.setdefault(u.article_index, {})[(u.uid, n)] = u

    def unplace(self, n: int) -> None:
        for u in self.live[n]:
            self.where[u.article_index].pop((u.uid, n), None)

    def touching(self, n: int, test: Callable[[Unit, Unit], bool]) -> dict[int, list[tuple[Unit, Unit]]]:
        """Other claims with a member that ``test`` pairs with a member of claim ``n``: claim ->
        [(own member, its member)]."""
        found: dict[int, list[tuple[Unit, Unit]]] = {}
        for a in self.live[n]:
            for (_, m), b in self.where[a.article_index].items():
                if m != n and test(a, b):
                    found.setdefault(m, []).append((a, b))
        return found

    def claims(self) -> list[list[Unit]]:
        return [self.live[n] for n in sorted(self.live)]


def _overlap_free(pooled: list[Unit], score: PairScore) -> list[Unit]:
    """Of overlapping members of one article, the one more like the other articles' members."""
    ranked = sorted(pooled, key=lambda u: (-_average(u, pooled, score), u.uid))
    kept: list[Unit] = []
    for u in ranked:
        if not any(u.article_index == k.article_index and u.overlap(k) for k in kept):
            kept.append(u)
    return kept


def fold_duplicates(claims: list[list[Unit]], score: PairScore) -> list[list[Unit]]:
    """Merge claims that are wider and narrower cuts of one claim (members overlapping in at
    least two articles); of two overlapping members of one article, the one more like the other
    articles' members stays."""
    index = _Index(claims)
    queue = list(index.live)
    heapq.heapify(queue)
    while queue:
        n = heapq.heappop(queue)
        if n not in index.live:
            continue
        touching = index.touching(n, lambda a, b: a.overlap(b) > 0)
        same = [m for m, pairs in touching.items() if len({a.article_index for a, _ in pairs}) >= 2]
        if not same:
            continue
        i, j = min(n, min(same)), max(n, min(same))
        index.unplace(i)
        index.unplace(j)
        index.live[i] = _overlap_free(index.live[i] + index.live[j], score)
        del index.live[j]
        index.place(i)
        heapq.heappush(queue, i)
    return index.claims()


def _linkage(first: Sequence[Unit], second: Sequence[Unit], score: PairScore) -> float:
    """Average score of the cross-article pairs between two claims' members (0 when none)."""
    values = [score(a, b) for a in first for b in second if a.article_index != b.article_index]
    return sum(values) / len(values) if values else 0.0


def join_shared(claims: list[list[Unit]], score: PairScore, threshold: float) -> list[list[Unit]]:
    """Merge claims that hold the same stretch of text (one member of each nested in the other):
    once fragments are made whole, "was on the passenger list" matched in two pairs becomes one
    sentence in two claims, each with a different partner. They are one claim when their
    members, across articles, are as alike on average as ``threshold`` asks of any claim;
    otherwise the stretch stays only in the claim whose other members are more like it; a
    claim left with one article is no claim, and its members join the other claim where a free
    unit would (their average score with its members reaches ``threshold``).

    Claims sharing a stretch are found through an index of members by article, so a story of
    many claims is not compared claim by claim."""
    index = _Index(claims)
    live = index.live

    def partner(n: int) -> tuple[int, Unit, Unit] | None:
        """The lowest other claim holding a stretch of claim ``n``: (claim, own member, its member)."""
        touching = index.touching(n, lambda a, b: a.nested_with(b))
        if not touching:
            return None
        m = min(touching)
        return m, *touching[m][0]

    queue = list(live)
    heapq.heapify(queue)
    while queue:
        n = heapq.heappop(queue)
        if n not in live or (found := partner(n)) is None:
            continue
        m, a, b = found
        i, j = min(n, m), max(n, m)
        if n > m:
            a, b = b, a  # a in claim i, b in claim j
        first, second = live[i], live[j]
        index.unplace(i)
        index.unplace(j)
        if _linkage(first, second, score) < threshold:
            # two claims: the shared stretch stays where its partners are more like it
            if (_average(a, first, score), b.uid) >= (_average(b, second, score), a.uid):
                winner, loser, lost = i, j, b
            else:
                winner, loser, lost = j, i, a
            rest = [u for u in live[loser] if u.uid != lost.uid]
            if len({u.article_index for u in rest}) < 2:
                # what is left is no claim: each member joins the winner as a free unit would
                # (grouping step 3), or is dropped
                home = live[winner]
                for u in rest:
                    if not _clashes(u, home) and _average(u, home, score) >= threshold:
                        home.append(u)
                live[winner] = sorted(home, key=lambda u: (u.article_index, u.start))
                rest = []
            if rest:
                live[loser] = rest
            else:
                del live[loser]
        else:
            live[i] = sorted(_overlap_free(first + second, score), key=lambda u: (u.article_index, u.start))
            del live[j]
        for k in (i, j):
            if k in live:
                index.place(k)
                heapq.heappush(queue, k)
    return index.claims()
