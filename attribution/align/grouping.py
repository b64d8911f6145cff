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

Every average reads a bounded part of a claim, its sample (``sample``): the members from the
claim's first ``sample_articles`` articles (``candidates.claim_sample_articles`` in
alignment.yaml). In a growing claim these are the articles that joined it first, through its
best pairs. A claim carried by 500 outlets then costs as much per new member as one carried by
20, so grouping grows with the units, not their square; a claim of fewer articles is read whole.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from attribution.align.units import Unit

PairScore = Callable[[Unit, Unit], float]
SAMPLE_ARTICLES = 20  # the shipped candidates.claim_sample_articles, for callers without a tuning


def sample(members: Sequence[Unit], articles: int = SAMPLE_ARTICLES) -> Sequence[Unit]:
    """The members of the first ``articles`` articles of ``members`` (in their order): what a
    unit is compared with in a claim's averages. All of them when the claim has no more."""
    seen: set[int] = set()
    out: list[Unit] = []
    for m in members:
        if m.article_index not in seen:
            if len(seen) >= articles:
                continue
            seen.add(m.article_index)
        out.append(m)
    return out if len(out) < len(members) else members


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


def _place(unit: Unit) -> tuple[int, int]:
    """Where units that may overlap ``unit`` are: its article and sentence (a unit never runs
    across a sentence, so units of two sentences never overlap); a unit made without its
    sentence (a test's) is placed by its article alone."""
    return unit.article_index, -1 if unit.sentence is None else unit.sentence.index


def group_units(edges: Sequence[tuple[float, Unit, Unit]], score: PairScore, threshold: float,
                sample_articles: int = SAMPLE_ARTICLES) -> list[list[Unit]]:
    """Claims (lists of units) from scored cross-article pairs, best pairs first."""
    claims: list[list[Unit] | None] = []
    samples: list[tuple[list[Unit], set[int]]] = []  # per claim: its sample (``sample``), its articles
    claim_of: dict[int, int] = {}
    placed: dict[tuple[int, int], list[Unit]] = {}  # (article, sentence) -> units in some claim

    def clashing(unit: Unit) -> set[int]:
        """The claims with a member that ``unit`` is nested with (found by sentence, not claim by claim)."""
        return {claim_of[m.uid] for m in placed.get(_place(unit), ()) if unit.nested_with(m)}

    def resample(index: int) -> None:
        members = claims[index]
        assert members is not None
        part = list(sample(members, sample_articles))
        samples[index] = (part, {u.article_index for u in part})

    for value, a, b in sorted(edges, key=lambda e: (-e[0], e[1].uid, e[2].uid)):
        if value < threshold:
            break
        ca, cb = claim_of.get(a.uid), claim_of.get(b.uid)
        if ca is None and cb is None:
            if clashing(a) & clashing(b):
                continue
            claims.append([a, b])
            samples.append(([a, b], {a.article_index, b.article_index}))
            claim_of[a.uid] = claim_of[b.uid] = len(claims) - 1
            placed.setdefault(_place(a), []).append(a)
            placed.setdefault(_place(b), []).append(b)
        elif ca is not None and cb is not None:
            if ca == cb:
                continue
            first, second = claims[ca], claims[cb]
            assert first is not None and second is not None
            if any(ca in clashing(u) for u in second):
                continue
            first_part, second_part = samples[ca][0], samples[cb][0]
            linkage = sum(_average(u, first_part, score) for u in second_part) / len(second_part)
            if linkage < threshold:
                continue
            first.extend(second)
            for u in second:
                claim_of[u.uid] = ca
            claims[cb] = None
            resample(ca)
        else:
            free, index = (b, ca) if ca is not None else (a, cb)
            claim = claims[index]
            assert claim is not None and index is not None
            part, articles = samples[index]
            if index in clashing(free) or _average(free, part, score) < threshold:
                continue
            claim.append(free)
            if free.article_index in articles or len(articles) < sample_articles:
                part.append(free)
                articles.add(free.article_index)
            claim_of[free.uid] = index
            placed.setdefault(_place(free), []).append(free)
    live = [c for c in claims if c]
    return [sorted(c, key=lambda u: (u.article_index, u.start)) for c in fold_duplicates(live, score, sample_articles)]


class _Index:
    """Members of live claims by article and sentence, so claims sharing text are found without
    comparing every claim with every other."""

    def __init__(self, claims: list[list[Unit]]):
        self.live = {n: list(c) for n, c in enumerate(claims)}
        # (article, sentence) -> (uid, claim) -> member
        self.where: dict[tuple[int, int], dict[tuple[int, int], Unit]] = {}
        for n in self.live:
            self.place(n)

    def place(self, n: int) -> None:
        for u in self.live[n]:
            self.where.setdefault(_place(u), {})[(u.uid, n)] = u

    def unplace(self, n: int) -> None:
        for u in self.live[n]:
            self.where[_place(u)].pop((u.uid, n), None)

    def touching(self, n: int, test: Callable[[Unit, Unit], bool]) -> dict[int, list[tuple[Unit, Unit]]]:
        """Other claims with a member that ``test`` (which needs the two to overlap) pairs with a
        member of claim ``n``: claim -> [(own member, its member)]."""
        found: dict[int, list[tuple[Unit, Unit]]] = {}
        for a in self.live[n]:
            for (_, m), b in self.where[_place(a)].items():
                if m != n and test(a, b):
                    found.setdefault(m, []).append((a, b))
        return found

    def claims(self) -> list[list[Unit]]:
        return [self.live[n] for n in sorted(self.live)]


def _overlap_free(pooled: list[Unit], score: PairScore, sample_articles: int = SAMPLE_ARTICLES) -> list[Unit]:
    """Of overlapping members of one article, the one more like the other articles' members."""
    part = sample(pooled, sample_articles)
    ranked = sorted(pooled, key=lambda u: (-_average(u, part, score), u.uid))
    kept: list[Unit] = []
    for u in ranked:
        if not any(u.article_index == k.article_index and u.overlap(k) for k in kept):
            kept.append(u)
    return kept


def fold_duplicates(claims: list[list[Unit]], score: PairScore, sample_articles: int = SAMPLE_ARTICLES) -> list[list[Unit]]:
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
        index.live[i] = _overlap_free(index.live[i] + index.live[j], score, sample_articles)
        del index.live[j]
        index.place(i)
        heapq.heappush(queue, i)
    return index.claims()


def _linkage(first: Sequence[Unit], second: Sequence[Unit], score: PairScore, sample_articles: int = SAMPLE_ARTICLES) -> float:
    """Average score of the cross-article pairs between two claims' samples (0 when none)."""
    values = [score(a, b) for a in sample(first, sample_articles) for b in sample(second, sample_articles)
              if a.article_index != b.article_index]
    return sum(values) / len(values) if values else 0.0


def join_shared(claims: list[list[Unit]], score: PairScore, threshold: float,
                sample_articles: int = SAMPLE_ARTICLES) -> list[list[Unit]]:
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
        if _linkage(first, second, score, sample_articles) < threshold:
            # two claims: the shared stretch stays where its partners are more like it
            first_part, second_part = sample(first, sample_articles), sample(second, sample_articles)
            if (_average(a, first_part, score), b.uid) >= (_average(b, second_part, score), a.uid):
                winner, loser, lost = i, j, b
            else:
                winner, loser, lost = j, i, a
            rest = [u for u in live[loser] if u.uid != lost.uid]
            if len({u.article_index for u in rest}) < 2:
                # what is left is no claim: each member joins the winner as a free unit would
                # (grouping step 3), or is dropped
                home = live[winner]
                home_part = list(sample(home, sample_articles))
                home_articles = {m.article_index for m in home_part}
                for u in rest:
                    if not _clashes(u, home) and _average(u, home_part, score) >= threshold:
                        home.append(u)
                        if u.article_index in home_articles or len(home_articles) < sample_articles:
                            home_part.append(u)
                            home_articles.add(u.article_index)
                live[winner] = sorted(home, key=lambda u: (u.article_index, u.start))
                rest = []
            if rest:
                live[loser] = rest
            else:
                del live[loser]
        else:
            live[i] = sorted(_overlap_free(first + second, score, sample_articles), key=lambda u: (u.article_index, u.start))
            del live[j]
        for k in (i, j):
            if k in live:
                index.place(k)
                heapq.heappush(queue, k)
    return index.claims()


@dataclass(frozen=True)
class Copies:
    """A story's units with exact copies folded: ``kept`` are paired and grouped; ``extra`` maps
    a kept unit's uid to the copies of it that follow its claim (``follow_copies``)."""

    kept: list[Unit]
    extra: dict[int, list[Unit]]


def _copy_key(unit: Unit) -> tuple:
    """Everything a pair's score reads of a unit (similarity.py), and its text (the encoder's)."""
    return (" ".join(unit.text.split()), unit.terms, unit.predicates, unit.arguments, unit.names,
            unit.numbers, unit.negated, unit.quantities, unit.asides, unit.subject_keys,
            unit.open_subject, unit.fragment)


def fold_copies(units: Sequence[Unit]) -> Copies:
    """Units that are exact copies (same text, same words compared) in more than two articles:
    only the copies in the first two articles are paired and grouped, the rest follow them.

    Why: wire copy and syndication put one sentence in many outlets. Every copy matches every
    other at full score, so pairing them all grows with the square of the copies, and so does
    grouping (each member compared with each). Two articles' copies show all a copy can match:
    the others score exactly as they do. A text in at most two articles is left as it is."""
    by_key: dict[tuple, list[Unit]] = {}
    for u in units:
        by_key.setdefault(_copy_key(u), []).append(u)
    folded: set[int] = set()
    extra: dict[int, list[Unit]] = {}
    for copies in by_key.values():
        articles = sorted({u.article_index for u in copies})
        if len(articles) <= 2:
            continue
        kept_articles = set(articles[:2])
        lead = next(u for u in copies if u.article_index == articles[0])
        rest = [u for u in copies if u.article_index not in kept_articles]
        extra[lead.uid] = rest
        folded.update(u.uid for u in rest)
    return Copies([u for u in units if u.uid not in folded], extra)


def follow_copies(claims: list[list[Unit]], copies: Copies) -> list[list[Unit]]:
    """Each claim with the folded copies of its members (``fold_copies``): a copy joins the
    first claim that holds the unit it copies, unless it is nested with a member from its own
    article. Linear in the copies: each is placed once."""
    if not copies.extra:
        return claims
    leads: dict[tuple, int] = {_copy_key(copies_of[0]): uid for uid, copies_of in copies.extra.items()}
    placed: set[int] = set()
    out: list[list[Unit]] = []
    for claim in claims:
        members = list(claim)
        by_article: dict[int, list[Unit]] = {}
        for u in members:
            by_article.setdefault(u.article_index, []).append(u)
        for u in claim:
            lead = leads.get(_copy_key(u))
            if lead is None or lead in placed:
                continue
            placed.add(lead)
            for c in copies.extra[lead]:
                own = by_article.setdefault(c.article_index, [])
                if not any(c.nested_with(m) for m in own):
                    own.append(c)
                    members.append(c)
        out.append(sorted(members, key=lambda u: (u.article_index, u.start)))
    return out
