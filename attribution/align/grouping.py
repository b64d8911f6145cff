"""Grouping units into claims: best pairs first, each group held together by average similarity.

Pairs of units from different articles of one story that score at least the threshold are taken
best first:

* two free units start a claim, unless each overlaps a member of one claim already (then the
  pair is only a wider or narrower cut of a claim that exists);
* a free unit joins its partner's claim when its average similarity to the claim's members from
  other articles reaches the threshold and it does not overlap a member from its own article;
* two claims merge under the same two conditions;
* finally, two claims cut from the same stretches of text (members overlapping in two articles)
  are one claim: they are merged, keeping of two overlapping members the one more like the
  other articles' members.

Average linkage keeps a chain of near-misses (A like B, B like C, A unlike C) from becoming one
claim; the overlap rule keeps one stretch of text from entering a claim twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from attribution.align.units import Unit

PairScore = Callable[[Unit, Unit], float]


def _average(unit: Unit, members: Sequence[Unit], score: PairScore) -> float:
    others = [m for m in members if m.article_index != unit.article_index]
    if not others:
        return 0.0
    return sum(score(unit, m) for m in others) / len(others)


def _clashes(unit: Unit, members: Sequence[Unit]) -> bool:
    return any(unit.nested_with(m) for m in members)


def group_units(edges: Sequence[tuple[float, Unit, Unit]], score: PairScore, threshold: float) -> list[list[Unit]]:
    """Claims (lists of units) from scored cross-article pairs, best pairs first."""
    claims: list[list[Unit] | None] = []
    claim_of: dict[int, int] = {}
    for value, a, b in sorted(edges, key=lambda e: (-e[0], e[1].uid, e[2].uid)):
        if value < threshold:
            break
        ca, cb = claim_of.get(a.uid), claim_of.get(b.uid)
        if ca is None and cb is None:
            if any(_clashes(a, c) and _clashes(b, c) for c in claims if c):
                continue
            claims.append([a, b])
            claim_of[a.uid] = claim_of[b.uid] = len(claims) - 1
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
    return [sorted(c, key=lambda u: (u.article_index, u.start)) for c in fold_duplicates([c for c in claims if c], score)]


def _same_place(first: Sequence[Unit], second: Sequence[Unit]) -> bool:
    """Two claims cut from the same stretches of text: in at least two articles a member of one
    overlaps a member of the other."""
    articles = {a.article_index for a in first for b in second if a.article_index == b.article_index and a.overlap(b)}
    return len(articles) >= 2


def fold_duplicates(claims: list[list[Unit]], score: PairScore) -> list[list[Unit]]:
    """Merge claims that are wider and narrower cuts of one claim; of two overlapping members of
    one article, the one more like the other articles' members stays."""
    claims = [list(c) for c in claims]
    merged = True
    while merged:
        merged = False
        for i in range(len(claims)):
            for j in range(i + 1, len(claims)):
                if _same_place(claims[i], claims[j]):
                    pooled = claims[i] + claims[j]
                    ranked = sorted(pooled, key=lambda u: (-_average(u, pooled, score), u.uid))
                    kept: list[Unit] = []
                    for u in ranked:
                        if not any(u.article_index == k.article_index and u.overlap(k) for k in kept):
                            kept.append(u)
                    claims[i] = kept
                    del claims[j]
                    merged = True
                    break
            if merged:
                break
    return claims


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
    unit would (their average score with its members reaches ``threshold``)."""
    claims = [list(c) for c in claims]
    merged = True
    while merged:
        merged = False
        for i in range(len(claims)):
            for j in range(i + 1, len(claims)):
                first, second = claims[i], claims[j]
                if not any(a.nested_with(b) for a in first for b in second):
                    continue
                if _linkage(first, second, score) < threshold:
                    # two claims: the shared stretch stays where its partners are more like it
                    a, b = next((a, b) for a in first for b in second if a.nested_with(b))
                    if (_average(a, first, score), b.uid) >= (_average(b, second, score), a.uid):
                        winner, loser, lost = i, j, b
                    else:
                        winner, loser, lost = j, i, a
                    rest = [u for u in claims[loser] if u.uid != lost.uid]
                    if len({u.article_index for u in rest}) < 2:
                        # what is left is no claim: each member joins the winner as a free unit
                        # would (grouping step 3), or is dropped
                        for u in rest:
                            home = claims[winner]
                            if not _clashes(u, home) and _average(u, home, score) >= threshold:
                                home.append(u)
                        claims[winner] = sorted(claims[winner], key=lambda u: (u.article_index, u.start))
                        rest = []
                    claims[loser] = rest
                    claims = [c for c in claims if c]
                    merged = True
                    break
                pooled = first + second
                ranked = sorted(pooled, key=lambda u: (-_average(u, pooled, score), u.uid))
                kept: list[Unit] = []
                for u in ranked:
                    if not any(u.article_index == k.article_index and u.overlap(k) for k in kept):
                        kept.append(u)
                claims[i] = sorted(kept, key=lambda u: (u.article_index, u.start))
                del claims[j]
                merged = True
                break
            if merged:
                break
    return claims
