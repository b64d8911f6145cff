"""Scoring claim alignment against ``claims.yaml``: claim recall and precision, presentation labels.

* A gold member is *covered* by a system member of the same article when the two spans overlap
  and their words have token Jaccard >= 0.5 (the rule the whole evaluation uses for content
  spans). Jaccard is
  symmetric on purpose: a system member that is a whole long sentence does not cover a short
  gold clause inside it, because one sentence often carries several claims (the ABC standfirst
  carries three) and a member should show the words of *this* claim. The looser rule (the
  system span holds at least half of the gold span's characters) is printed beside it.
* A gold claim is *found* when one system claim covers members of it from at least two
  different articles.
* Precision: the share of system claims (of the gold file's story) that find some gold claim.
  Gold claim lists are rarely complete, so read the unmatched claims listed below before
  calling them wrong.
* Presentation accuracy: over the gold members covered by any system member, the share whose
  best-covering system member (highest Jaccard) has the same label; Cohen's kappa on the same
  pairs (nltk), which discounts the agreement expected by chance.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from attribution.config import Settings
from attribution.evaluate.gold import GoldClaim, GoldClaims, GoldMember, locate
from attribution.evaluate.matching import JACCARD_THRESHOLD, Table, jaccard
from attribution.pipeline import AnalyzedArticle
from attribution.records import PRESENTATIONS, Claim, ClaimMember


@dataclass(frozen=True)
class LocatedMember:
    gold: GoldMember
    start: int
    end: int


def _covers(system: ClaimMember, gold: LocatedMember, lenient: bool) -> float:
    """How well a system member covers a gold member (0 when it does not)."""
    if system.article_id != gold.gold.article:
        return 0.0
    overlap = max(0, min(system.end, gold.end) - max(system.start, gold.start))
    if overlap == 0:  # the same words elsewhere in the article are another mention
        return 0.0
    if lenient:
        share = overlap / max(1, gold.end - gold.start)
        return share if share >= 0.5 else 0.0
    score = jaccard(system.text, gold.gold.text)
    return score if score >= JACCARD_THRESHOLD else 0.0


@dataclass
class ClaimMatch:
    gold: GoldClaim
    system: Claim | None
    articles: int
    covered: int


def _match(gold: GoldClaim, located: Sequence[LocatedMember], system: Sequence[Claim], lenient: bool) -> ClaimMatch:
    best = ClaimMatch(gold, None, 0, 0)
    for claim in system:
        covered = [g for g in located if any(_covers(m, g, lenient) for m in claim.members)]
        articles = len({g.gold.article for g in covered})
        if (articles, len(covered)) > (best.articles, best.covered):
            best = ClaimMatch(gold, claim, articles, len(covered))
    return best


def _kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    if not pairs:
        return None
    from nltk.metrics.agreement import AnnotationTask

    data = [(coder, str(i), label) for i, (g, s) in enumerate(pairs) for coder, label in (("gold", g), ("system", s))]
    try:
        return AnnotationTask(data=data).kappa()
    except ZeroDivisionError:  # one label only on both sides: agreement by chance is total
        return None


def claim_tables(analyzed: Sequence[AnalyzedArticle], gold: GoldClaims, settings: Settings,
                 system: Sequence[Claim] | None = None) -> list[Table]:
    """The claim tables of ``attribution evaluate`` (``system``: claims already aligned)."""
    if system is None:
        from attribution.align import align

        system = align(analyzed, settings)
    bodies = {a.article.article_id: a.article.body for a in analyzed}
    if gold.story:
        system = [c for c in system if c.story == gold.story]
    problems: list[str] = []
    located: dict[str, list[LocatedMember]] = {}
    for claim in gold.claims:
        members = []
        for m in claim.members:
            if m.article not in bodies:
                continue
            where = locate(bodies[m.article], m.text, m.occurrence)
            if where is None:
                problems.append(f"{claim.id}: member text not found in {m.article}: {m.text[:50]!r}")
                continue
            members.append(LocatedMember(m, *where))
        located[claim.id] = members
    scorable = [c for c in gold.claims if len({m.gold.article for m in located[c.id]}) >= 2]

    strict = {c.id: _match(c, located[c.id], system, lenient=False) for c in scorable}
    lenient = {c.id: _match(c, located[c.id], system, lenient=True) for c in scorable}
    found = sum(1 for m in strict.values() if m.articles >= 2)
    found_lenient = sum(1 for m in lenient.values() if m.articles >= 2)
    matching_system = {m.system.claim_id for m in strict.values() if m.articles >= 2 and m.system}
    all_located = [g for c in scorable for g in located[c.id]]
    # every system claim that finds some gold claim counts, not only the best match of each
    for claim in system:
        for c in scorable:
            covered = {g.gold.article for g in located[c.id] if any(_covers(m, g, False) for m in claim.members)}
            if len(covered) >= 2:
                matching_system.add(claim.claim_id)

    pairs: list[tuple[str, str]] = []
    per_claim_labels: dict[str, Counter[str]] = {}
    all_members = [m for claim in system for m in claim.members]
    for c in scorable:
        tally = per_claim_labels.setdefault(c.id, Counter())
        for g in located[c.id]:
            scored = [(_covers(m, g, False), m) for m in all_members]
            scored = [(s, m) for s, m in scored if s > 0]
            if not scored:
                continue
            best = max(scored, key=lambda sm: sm[0])[1]
            pairs.append((g.gold.presentation, best.presentation))
            tally["covered"] += 1
            tally["right"] += g.gold.presentation == best.presentation
    right = sum(1 for g, s in pairs if g == s)
    kappa = _kappa(pairs)

    def ratio(a: int, b: int) -> str:
        return f"{a / b:.3f}" if b else "-"

    summary = Table("Claims: alignment against claims.yaml", ["measure", "count", "of", "score"])
    summary.rows.append(["claim recall (Jaccard >= 0.5)", str(found), str(len(scorable)), ratio(found, len(scorable))])
    summary.rows.append(["claim recall (lenient: half the gold span)", str(found_lenient), str(len(scorable)), ratio(found_lenient, len(scorable))])
    summary.rows.append(["claim precision (system claims finding a gold claim)", str(len(matching_system)), str(len(system)), ratio(len(matching_system), len(system))])
    summary.rows.append(["gold members covered", str(len(pairs)), str(len(all_located)), ratio(len(pairs), len(all_located))])
    summary.rows.append(["presentation accuracy (covered members)", str(right), str(len(pairs)), ratio(right, len(pairs))])
    summary.rows.append(["presentation Cohen's kappa", "", "", "-" if kappa is None else f"{kappa:.3f}"])
    summary.note = (
        f"threshold {settings.claims.threshold}; a gold member is covered by a system member of its article with "
        f"token Jaccard >= {JACCARD_THRESHOLD}; a claim is found when one system claim covers members from two articles"
    )
    if problems:
        summary.note += "\n" + "\n".join(f"warning: {p}" for p in problems)

    rows = Table("Claims: per gold claim", ["gold claim", "found", "system claim", "articles", "members covered", "of", "presentation right"])
    for c in scorable:
        m = strict[c.id]
        tally = per_claim_labels.get(c.id, Counter())
        rows.rows.append([
            c.id, "yes" if m.articles >= 2 else "NO", m.system.claim_id if m.system else "-",
            str(m.articles), str(m.covered), str(len(located[c.id])),
            f"{tally['right']}/{tally['covered']}" if tally["covered"] else "-",
        ])

    confusion = Table("Claims: presentation labels (rows gold, columns system)", ["gold \\ system", *PRESENTATIONS])
    counts = Counter(pairs)
    for g in PRESENTATIONS:
        confusion.rows.append([g, *(str(counts[(g, s)]) for s in PRESENTATIONS)])

    unmatched = Table("Claims: system claims that find no gold claim", ["system claim", "articles", "members", "summary"])
    for claim in system:
        if claim.claim_id not in matching_system:
            unmatched.rows.append([
                claim.claim_id, str(len({m.article_id for m in claim.members})), str(len(claim.members)),
                claim.summary if len(claim.summary) <= 90 else claim.summary[:89] + "…",
            ])
    return [summary, rows, confusion, unmatched]
