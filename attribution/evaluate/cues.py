"""Scoring hedge and booster cues against gold (``cues:`` in the gold YAML).

Matching rule: a system cue matches a gold cue when they have the same category and their
character spans overlap (share at least one character). Cue extents differ legitimately: the
system reports "couldn't verify" where the gold has "couldn't verify the video independently",
or "purporting to" for "purporting to show". Pairs are one-to-one, the largest overlap first.

The system's cues are those in the statements' ``hedges`` and ``boosters``, each counted once
however many statements it bears on (a disclaimer linked to three statements is one cue).
A gold cue whose sentence or text is not in the analysed body is reported and counted as missed.
Hedge and booster totals follow the gold's ``type`` for matched and missed cues and the system's
for false positives; neutral reporting verbs are cues in neither, and nor are disputing verbs
("denied", "rejected"): the gold lists them as the statement's reporting cue, not as a hedge
(docs/lexicon-tuning.md, "Conventions of the gold").
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from attribution.evaluate.gold import GoldArticle, GoldCue, locate_cue
from attribution.hedging import FRAME_ONLY_CATEGORIES
from attribution.evaluate.matching import PRF, PRF_HEADERS, Table, greedy_pairs
from attribution.pipeline import AnalyzedArticle
from attribution.records import Cue

log = logging.getLogger(__name__)

CATEGORY_ORDER = ("evidential", "modal", "conditional", "verification", "reporting_distancing",
                  "reporting_endorsing", "reporting_disputing", "booster")
BOOSTER_CATEGORIES = frozenset({"booster", "reporting_endorsing"})
_MAX_ERRORS_SHOWN = 40


@dataclass(frozen=True)
class SystemCue:
    cue: Cue
    type: str  # hedge | booster


@dataclass(frozen=True)
class LocatedGold:
    cue: GoldCue
    start: int
    end: int


@dataclass
class CueScores:
    by_category: dict[str, PRF]
    by_type: dict[str, PRF]
    errors: list[list[str]]  # article, kind of error, category, cue text, context


def system_cues(analyzed: AnalyzedArticle) -> list[SystemCue]:
    """Every distinct cue of the article, in reading order: those the hedging stage found in the
    body, and those attached to statements (a disclaimer linked back is still one cue)."""
    seen: dict[tuple[str, int, int], SystemCue] = {}
    for cue in analyzed.hedges:
        seen.setdefault((cue.entry, cue.start, cue.end), SystemCue(cue, "hedge"))
    for cue in analyzed.boosters:
        seen.setdefault((cue.entry, cue.start, cue.end), SystemCue(cue, "booster"))
    for statement in analyzed.statements:
        for cue in statement.hedges:
            seen.setdefault((cue.entry, cue.start, cue.end), SystemCue(cue, "hedge"))
        for cue in statement.boosters:
            seen.setdefault((cue.entry, cue.start, cue.end), SystemCue(cue, "booster"))
    kept = [c for c in seen.values() if c.cue.category not in FRAME_ONLY_CATEGORIES]
    return sorted(kept, key=lambda c: (c.cue.start, c.cue.end))


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def context(body: str, start: int, end: int, width: int = 40) -> str:
    left = body[max(0, start - width):start].split("\n")[-1]
    right = body[end:end + width].split("\n")[0]
    return " ".join(f"{left}[{body[start:end]}]{right}".split())


@dataclass(frozen=True)
class CueMatching:
    """The gold cues of one article (found in the body or not), the system's cues, and the
    one-to-one pairs (gold index into ``located``, system index, overlap) between them."""

    located: tuple[LocatedGold, ...]
    missing: tuple[GoldCue, ...]  # gold cues whose sentence or text is not in the analysed body
    system: tuple[SystemCue, ...]
    pairs: tuple[tuple[int, int, float], ...]


def match_cues(analyzed: AnalyzedArticle, gold: GoldArticle, warn: bool = True) -> CueMatching:
    """Pair system and gold cues by the matching rule above (same category, overlapping spans)."""
    body = analyzed.article.body
    located: list[LocatedGold] = []
    missing: list[GoldCue] = []
    for cue in gold.cues:
        span = locate_cue(body, cue)
        if span is None:
            if warn:
                log.warning("%s: gold cue %r (line %s) is not in the analysed body", gold.article, cue.text, cue.line)
            missing.append(cue)
        else:
            located.append(LocatedGold(cue, *span))
    system = system_cues(analyzed)

    def overlap(g: LocatedGold, s: SystemCue) -> float:
        if g.cue.category != s.cue.category:
            return 0.0
        return float(_overlap(g.start, g.end, s.cue.start, s.cue.end))

    pairs = greedy_pairs(located, system, overlap, 1.0)
    return CueMatching(tuple(located), tuple(missing), tuple(system), tuple(pairs))


def score_article(analyzed: AnalyzedArticle, gold: GoldArticle) -> CueScores:
    body = analyzed.article.body
    matching = match_cues(analyzed, gold)
    located, missing, system, pairs = matching.located, matching.missing, matching.system, matching.pairs
    errors: list[list[str]] = []
    matched_g = {gi for gi, _, _ in pairs}
    matched_s = {si for _, si, _ in pairs}
    categories = {c: PRF() for c in CATEGORY_ORDER}
    types = {"hedge": PRF(), "booster": PRF()}

    def bucket(category: str) -> PRF:
        return categories.setdefault(category, PRF())

    for gi, _, _ in pairs:
        g = located[gi].cue
        bucket(g.category).tp += 1
        types.setdefault(g.type, PRF()).tp += 1
    for gi, g in enumerate(located):
        if gi not in matched_g:
            bucket(g.cue.category).fn += 1
            types.setdefault(g.cue.type, PRF()).fn += 1
            errors.append([gold.article, "missed", g.cue.category, g.cue.text, context(body, g.start, g.end)])
    for g in missing:
        bucket(g.category).fn += 1
        types.setdefault(g.type, PRF()).fn += 1
        errors.append([gold.article, "missed (not in body)", g.category, g.text, g.sentence[:60]])
    for si, s in enumerate(system):
        if si not in matched_s:
            bucket(s.cue.category).fp += 1
            types[s.type].fp += 1
            errors.append([gold.article, "false positive", s.cue.category, s.cue.text, context(body, s.cue.start, s.cue.end)])
    return CueScores(categories, types, errors)


def cue_tables(pairs: Sequence[tuple[AnalyzedArticle, GoldArticle]]) -> list[Table]:
    per_article: list[tuple[str, CueScores]] = [(gold.article, score_article(a, gold)) for a, gold in pairs]
    totals_type = {"hedge": PRF(), "booster": PRF()}
    totals_cat: dict[str, PRF] = {c: PRF() for c in CATEGORY_ORDER}
    errors: list[list[str]] = []
    for _, scores in per_article:
        for k, v in scores.by_type.items():
            totals_type.setdefault(k, PRF())
            totals_type[k] += v
        for k, v in scores.by_category.items():
            totals_cat.setdefault(k, PRF())
            totals_cat[k] += v
        errors += scores.errors

    by_type = Table("Cues: hedges and boosters", PRF_HEADERS)
    for article, scores in per_article:
        for type_ in ("hedge", "booster"):
            by_type.rows.append(scores.by_type.get(type_, PRF()).row(f"{article} {type_}s"))
    for type_, prf in totals_type.items():
        by_type.rows.append(prf.row(f"ALL {type_}s"))
    every = PRF()
    for prf in totals_type.values():
        every += prf
    by_type.rows.append(every.row("ALL cues"))
    by_type.note = "match: same category and overlapping character spans, one-to-one"

    by_category = Table("Cues: per category", PRF_HEADERS)
    for category, prf in totals_cat.items():
        if prf.tp or prf.fp or prf.fn:
            by_category.rows.append(prf.row(category))
    by_category.rows.append(every.row("ALL (micro)"))

    shown = errors[:_MAX_ERRORS_SHOWN]
    error_table = Table("Cues: misses and false positives", ["article", "error", "category", "cue", "context"], shown)
    if len(errors) > len(shown):
        error_table.note = f"... and {len(errors) - len(shown)} more"
    if not errors:
        error_table.note = "none"
    return [by_type, by_category, error_table]
