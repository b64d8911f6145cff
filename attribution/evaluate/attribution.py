"""Scoring attribution against gold: statements (speaker + content), mentions, kinds, speakers.

(a) statements: a system statement with a speaker counts as correct when its content matches a
    gold statement's (token Jaccard ≥ 0.5) and the speakers share a surname; one-to-one pairs.
(b) mentions: over content-matched pairs, the mention is right when its words match the gold
    mention's (normalised, case-insensitive; a mention inside the other counts too).
(c) kind: over content-matched pairs, per label (direct, indirect, mixed, according_to).

Our gold format (GOLD-FORMAT.md) annotates what was said, written or shown in a document, not
reported beliefs and intentions ("she believes", "he wants to"): statements whose cue class is
one of those are left out of the scores here, whatever the run's ``exclude_classes``. The brat
scores (coverage.py) count every class, as PolNeAR annotates them all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribution.evaluate.gold import GoldArticle, GoldStatement
from attribution.evaluate.matching import (
    JACCARD_THRESHOLD, PRF, PRF_HEADERS, Table, greedy_pairs, jaccard, normalize, same_speaker, surname,
)
from attribution.pipeline import AnalyzedArticle
from attribution.records import KINDS, Statement
from attribution.report.stats import KIND_COLUMNS, speaker_rows


@dataclass
class AttributionScores:
    statements: PRF
    content_only: PRF
    mentions: PRF
    kinds: dict[str, PRF]
    speakers_found: dict[str, tuple[list[str], list[str]]]  # article -> (found, missed)


def _mention_match(gold: str | None, system: str | None) -> bool:
    if not gold or not system:
        return False
    g, s = normalize(gold).lower(), normalize(system).lower()
    return g == s or g in s or s in g


# the cue classes (records.ReportingCue.cue_class) our own gold format annotates
GOLD_FORMAT_CLASSES = frozenset({"speech", "writing", "evidence"})


def scored_statements(statements: Sequence[Statement]) -> list[Statement]:
    """The attributed statements our gold format would annotate (no beliefs, no intentions)."""
    return [s for s in statements if not s.is_own_voice and (s.cue_class or "speech") in GOLD_FORMAT_CLASSES]


@dataclass(frozen=True)
class StatementPairs:
    """One article's gold and scored system statements, paired one-to-one twice: by content alone
    and by content with the same speaker (pairs are (gold index, system index, Jaccard))."""

    golds: list[GoldStatement]
    system: list[Statement]
    content_pairs: list[tuple[int, int, float]]
    full_pairs: list[tuple[int, int, float]]


def pair_statements(analyzed: AnalyzedArticle, gold: GoldArticle) -> StatementPairs:
    """The pairing every statement score and the error listing count from."""
    system = scored_statements(analyzed.statements)
    golds = list(gold.statements)

    def content(g: GoldStatement, s: Statement) -> float:
        return jaccard(g.text, s.text)

    content_pairs = greedy_pairs(golds, system, content, JACCARD_THRESHOLD)
    full_pairs = greedy_pairs(
        golds, system, lambda g, s: content(g, s) if same_speaker(g.speaker, s.speaker) else 0.0, JACCARD_THRESHOLD
    )
    return StatementPairs(golds, system, content_pairs, full_pairs)


def score_article(analyzed: AnalyzedArticle, gold: GoldArticle) -> AttributionScores:
    paired = pair_statements(analyzed, gold)
    golds, system, content_pairs, full_pairs = paired.golds, paired.system, paired.content_pairs, paired.full_pairs
    statements = PRF(tp=len(full_pairs), fp=len(system) - len(full_pairs), fn=len(golds) - len(full_pairs))
    content_only = PRF(tp=len(content_pairs), fp=len(system) - len(content_pairs), fn=len(golds) - len(content_pairs))

    mentions = PRF()
    kinds = {k: PRF() for k in KINDS if k != "none"}
    matched_s = set()
    matched_g = set()
    for gi, si, _ in content_pairs:
        g, s = golds[gi], system[si]
        matched_g.add(gi)
        matched_s.add(si)
        if _mention_match(g.mention, s.mention.text if s.mention else None):
            mentions.tp += 1
        else:
            mentions.fp += 1 if s.mention else 0
            mentions.fn += 1 if g.mention else 0
        if g.kind == s.kind and g.kind in kinds:
            kinds[g.kind].tp += 1
        else:
            if s.kind in kinds:
                kinds[s.kind].fp += 1
            if g.kind in kinds:
                kinds[g.kind].fn += 1
    for si, s in enumerate(system):
        if si not in matched_s:
            mentions.fp += 1 if s.mention else 0
            if s.kind in kinds:
                kinds[s.kind].fp += 1
    for gi, g in enumerate(golds):
        if gi not in matched_g:
            mentions.fn += 1 if g.mention else 0
            if g.kind in kinds:
                kinds[g.kind].fn += 1

    gold_speakers = sorted({g.speaker for g in golds if g.speaker})
    system_speakers = {surname(s.speaker) for s in system if s.speaker}
    found = [sp for sp in gold_speakers if surname(sp) in system_speakers]
    missed = [sp for sp in gold_speakers if surname(sp) not in system_speakers]
    return AttributionScores(statements, content_only, mentions, kinds, {gold.article: (found, missed)})


def attribution_tables(results: Sequence[tuple[AnalyzedArticle, GoldArticle]]) -> list[Table]:
    total = AttributionScores(PRF(), PRF(), PRF(), {k: PRF() for k in KINDS if k != "none"}, {})
    per_article = []
    for analyzed, gold in results:
        s = score_article(analyzed, gold)
        per_article.append((gold.article, s))
        total.statements += s.statements
        total.content_only += s.content_only
        total.mentions += s.mentions
        for k, v in s.kinds.items():
            total.kinds[k] += v
        total.speakers_found.update(s.speakers_found)

    main = Table("Attribution: statements (speaker + content span)", PRF_HEADERS)
    for article, s in per_article:
        main.rows.append(s.statements.row(article))
    main.rows.append(total.statements.row("ALL"))
    main.rows.append(total.content_only.row("ALL, content span only"))
    main.note = f"content match: token Jaccard >= {JACCARD_THRESHOLD} after normalising whitespace and quotes; speaker: same surname"

    mentions = Table("Attribution: speaker mentions (on content-matched statements)", PRF_HEADERS)
    for article, s in per_article:
        mentions.rows.append(s.mentions.row(article))
    mentions.rows.append(total.mentions.row("ALL"))

    kinds = Table("Attribution: kind", PRF_HEADERS)
    for k, v in total.kinds.items():
        kinds.rows.append(v.row(k))
    micro = PRF()
    for v in total.kinds.values():
        micro += v
    kinds.rows.append(micro.row("ALL (micro)"))

    speakers = Table("Attribution: gold speakers found", ["article", "found", "of", "missed"])
    for article, (found, missed) in total.speakers_found.items():
        speakers.rows.append([article, str(len(found)), str(len(found) + len(missed)), ", ".join(missed) or "-"])
    return [main, mentions, kinds, speakers]


def speaker_table(analyzed: AnalyzedArticle) -> Table:
    """Who is quoted how often in one article, direct vs indirect (counted as the HTML report does)."""
    table = Table(f"Speakers in {analyzed.article.article_id}", ["speaker", "type", "statements", *KIND_COLUMNS])
    for row in speaker_rows(analyzed.statements):
        table.rows.append([row.speaker, row.speaker_type, str(row.statements), *(str(row.kind(k)) for k in KIND_COLUMNS)])
    return table
