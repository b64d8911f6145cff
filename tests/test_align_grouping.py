"""Grouping units into claims: how alike a unit must be to a claim's members to join it."""

from __future__ import annotations

from attribution.align.grouping import group_units
from attribution.align.units import Unit


def _unit(uid: int, article: int, start: int) -> Unit:
    """A unit with only what grouping reads: its id, article and stretch."""
    return Unit(uid=uid, article_index=article, statement=None, sentence=None, head=None,  # type: ignore[arg-type]
                start=start, end=start + 10, text=f"unit {uid}", terms=(), predicates=(), arguments=(),
                names=(), numbers=frozenset(), negated=False)


def test_a_unit_joins_when_like_each_outlets_wording_not_every_mention():
    """Outlet A carries the claim twice (a1 and a2, worded differently), outlet B once. C's
    wording is a1's almost exactly and like B's, not like a2's: per outlet its best match counts,
    so C joins (0.725 on average over the two outlets; over all three members it would be 0.48)."""
    a1, a2, b, c = _unit(1, 0, 0), _unit(2, 0, 50), _unit(3, 1, 0), _unit(4, 2, 0)
    table = {(2, 3): 0.95, (1, 3): 0.9, (1, 4): 0.85, (3, 4): 0.6, (2, 4): 0.0, (1, 2): 0.0}

    def score(x: Unit, y: Unit) -> float:
        return table[(min(x.uid, y.uid), max(x.uid, y.uid))]

    edges = [(v, u, w) for (i, j), v in table.items() if v >= 0.5
             for u, w in [(next(z for z in (a1, a2, b, c) if z.uid == i), next(z for z in (a1, a2, b, c) if z.uid == j))]]
    claims = group_units(edges, score, 0.5)
    assert [sorted(u.uid for u in claim) for claim in claims] == [[1, 2, 3, 4]]
