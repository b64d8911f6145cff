"""Agreement between two annotators (the system and a gold folder, or two gold folders): Cohen's kappa.

Kappa is the agreement corrected for chance: (observed - expected) / (1 - expected), where the
expected agreement comes from each annotator's own label frequencies (Cohen 1960; computed by
nltk's ``AnnotationTask``). 1 is the same labels throughout, 0 no better than chance.

What the items are:

* **cue category**: every hedge or booster cue either side marked in an article. Cues are paired
  one to one by overlapping characters, first those of the same category (the matching rule of
  the cue scores), then any that still overlap, whatever their category; a cue only one side
  marked is labelled ``none`` on the other. So a wrong category and a missed cue both count as
  disagreements.
* **statement kind**: every attributed statement either side marked, paired by content (token
  Jaccard >= 0.5, one to one); labels direct / indirect / mixed / according_to, ``none`` for a
  statement the other side does not have.
* **claim presentation**: the gold claim members (of claims with members from two articles) that
  the other side covers (claims.py's rule); labels asserted / attributed / hedged / disputed. A
  member the other side does not cover is left out: whether a claim is found is claim recall's
  question, not a labelling one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribution.evaluate.gold import GoldArticle, GoldClaims, locate, locate_cue
from attribution.evaluate.matching import JACCARD_THRESHOLD, Table, greedy_pairs, jaccard
from attribution.pipeline import AnalyzedArticle
from attribution.records import Claim

NONE = "none"


@dataclass(frozen=True)
class Agreement:
    """One kappa: which labels, between whom, over how many items."""

    labels: str
    first: str
    second: str
    items: int
    observed: float | None
    kappa: float | None
    note: str = ""

    def to_dict(self) -> dict[str, object]:
        return {"labels": self.labels, "first": self.first, "second": self.second, "items": self.items,
                "observed": self.observed, "kappa": self.kappa, "note": self.note}


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa of paired labels (first annotator's, second's); None without items. Where both
    use one and the same label throughout (expected agreement 1), nltk gives 1.0."""
    if not pairs:
        return None
    from nltk.metrics.agreement import AnnotationTask

    data = [(coder, str(i), label) for i, (a, b) in enumerate(pairs) for coder, label in (("a", a), ("b", b))]
    try:
        return AnnotationTask(data=data).kappa()
    except ZeroDivisionError:
        return None


def agreement(labels: str, first: str, second: str, pairs: Sequence[tuple[str, str]], note: str = "") -> Agreement:
    observed = sum(1 for a, b in pairs if a == b) / len(pairs) if pairs else None
    return Agreement(labels, first, second, len(pairs), observed, cohen_kappa(pairs), note)


# -- cues --------------------------------------------------------------------------------------------

Span = tuple[int, int, str]  # start, end, category


def _overlap(a: Span, b: Span) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def pair_spans(first: Sequence[Span], second: Sequence[Span]) -> list[tuple[str, str]]:
    """Labels of the paired spans: same category and overlapping first, then overlapping; ``none``
    for a span of one side that nothing of the other overlaps."""
    same = greedy_pairs(first, second, lambda a, b: float(_overlap(a, b)) if a[2] == b[2] else 0.0, 1.0)
    used_a, used_b = {i for i, _, _ in same}, {j for _, j, _ in same}
    rest_a = [i for i in range(len(first)) if i not in used_a]
    rest_b = [j for j in range(len(second)) if j not in used_b]
    other = greedy_pairs([first[i] for i in rest_a], [second[j] for j in rest_b],
                         lambda a, b: float(_overlap(a, b)), 1.0)
    pairs = [(first[i][2], second[j][2]) for i, j, _ in same]
    pairs += [(first[rest_a[i]][2], second[rest_b[j]][2]) for i, j, _ in other]
    paired_a = used_a | {rest_a[i] for i, _, _ in other}
    paired_b = used_b | {rest_b[j] for _, j, _ in other}
    pairs += [(s[2], NONE) for i, s in enumerate(first) if i not in paired_a]
    pairs += [(NONE, s[2]) for j, s in enumerate(second) if j not in paired_b]
    return pairs


def gold_cue_spans(body: str, gold: GoldArticle) -> list[Span]:
    """The gold cues found in the body (one that is not there cannot be paired and is left out)."""
    spans = []
    for cue in gold.cues:
        where = locate_cue(body, cue)
        if where is not None:
            spans.append((where[0], where[1], cue.category))
    return spans


def system_cue_spans(analyzed: AnalyzedArticle) -> list[Span]:
    from attribution.evaluate.cues import system_cues

    return [(s.cue.start, s.cue.end, s.cue.category) for s in system_cues(analyzed)]


# -- statements ---------------------------------------------------------------------------------------

Said = tuple[str, str]  # content text, kind


def pair_statements(first: Sequence[Said], second: Sequence[Said]) -> list[tuple[str, str]]:
    pairs = greedy_pairs(first, second, lambda a, b: jaccard(a[0], b[0]), JACCARD_THRESHOLD)
    used_a, used_b = {i for i, _, _ in pairs}, {j for _, j, _ in pairs}
    out = [(first[i][1], second[j][1]) for i, j, _ in pairs]
    out += [(s[1], NONE) for i, s in enumerate(first) if i not in used_a]
    out += [(NONE, s[1]) for j, s in enumerate(second) if j not in used_b]
    return out


def gold_statements(gold: GoldArticle) -> list[Said]:
    return [(s.text, s.kind or NONE) for s in gold.statements]


def system_statements(analyzed: AnalyzedArticle) -> list[Said]:
    return [(s.text, s.kind) for s in analyzed.statements if not s.is_own_voice]


# -- claim presentation ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Member:
    article: str
    text: str
    start: int
    end: int
    presentation: str


def gold_members(claims: GoldClaims, bodies: dict[str, str]) -> list[Member]:
    """The located members of the gold claims that have members in two articles (the scorable ones)."""
    out = []
    for claim in claims.claims:
        located = []
        for m in claim.members:
            where = locate(bodies[m.article], m.text, m.occurrence) if m.article in bodies else None
            if where is not None:
                located.append(Member(m.article, m.text, where[0], where[1], m.presentation))
        if len({m.article for m in located}) >= 2:
            out += located
    return out


def system_members(claims: Sequence[Claim], story: str | None) -> list[Member]:
    return [Member(m.article_id, m.text, m.start, m.end, m.presentation)
            for c in claims if story is None or c.story == story for m in c.members]


def _covers(a: Member, b: Member) -> float:
    if a.article != b.article or min(a.end, b.end) <= max(a.start, b.start):
        return 0.0
    score = jaccard(a.text, b.text)
    return score if score >= JACCARD_THRESHOLD else 0.0


def pair_presentations(reference: Sequence[Member], other: Sequence[Member]) -> list[tuple[str, str]]:
    """Each reference member with the best-covering member of the other side (as claims.py pairs
    gold with system members); uncovered members are left out."""
    pairs = []
    for g in reference:
        scored = [(_covers(m, g), m) for m in other]
        scored = [(s, m) for s, m in scored if s > 0]
        if scored:
            pairs.append((g.presentation, max(scored, key=lambda sm: sm[0])[1].presentation))
    return pairs


# -- the table ----------------------------------------------------------------------------------------------

def _f(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def agreement_table(rows: Sequence[Agreement]) -> Table:
    table = Table("Agreement: Cohen's kappa", ["labels", "first", "second", "items", "observed", "kappa"])
    for a in rows:
        table.rows.append([a.labels, a.first, a.second, str(a.items), _f(a.observed), _f(a.kappa)])
    table.note = ("kappa: agreement corrected for chance (nltk AnnotationTask; 1 = the same labels throughout, "
                  "0 = chance); cues and statements: items either side marked, 'none' where the other side has "
                  "nothing; presentation: gold members the other side covers")
    notes = [f"{a.labels}, {a.first} / {a.second}: {a.note}" for a in rows if a.note]
    if notes:
        table.note += "\n" + "\n".join(notes)
    return table
