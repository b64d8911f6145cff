"""The numbers the reports and the CSV exports share: who is quoted how, cues, confidence.

One place computes them, so the HTML tables, the charts and ``outlets.csv`` always agree (and the
evaluation's speaker table can count the same way).

Counting rules:
* a statement is *attributed* when it has a speaker other than the outlet (``speaker_type`` is not
  ``outlet``), otherwise it is in the outlet's *own voice*;
* a cue (hedge or booster) is counted once, even when two overlapping statements both carry it
  (an own-voice sentence and the attributed clause inside it); same for a reporting cue shared by
  the sentences of one long quote;
* hedge density is hedges per 1,000 words of body text (``word_count`` from the parse);
* mean outlet confidence is the mean of ``confidence.outlet`` over all the outlet's statements.
"""

from __future__ import annotations

import itertools
from array import array
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from statistics import fmean

from attribution.lexicon import Lexicon
from attribution.output import Analysis
from attribution.records import Cue, Statement

KIND_COLUMNS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to")
STANCES: tuple[str, ...] = ("neutral", "distancing", "endorsing", "disputing", "unlisted")
UNKNOWN_OUTLET = "Unknown outlet"


def outlet_name(outlet: str | None) -> str:
    return outlet.strip() if outlet and outlet.strip() else UNKNOWN_OUTLET


@dataclass(frozen=True)
class SpeakerRow:
    """How often one speaker is quoted, and how."""

    speaker: str
    speaker_type: str
    statements: int
    kinds: Mapping[str, int]
    roles: tuple[str, ...] = ()
    articles: int = 1
    statement_ids: tuple[str, ...] = ()

    def kind(self, name: str) -> int:
        return self.kinds.get(name, 0)


class SpeakerTally:
    """Attributed statements grouped by (speaker, type), added an article at a time: the same
    rows as :func:`speaker_rows` over everything added, without holding the statements.
    ``keep_ids``: remember every statement id (an article page links them; a page over many
    articles does not need them)."""

    def __init__(self, keep_ids: bool = True):
        self.keep_ids = keep_ids
        self._groups: dict[tuple[str, str], list] = {}  # [statements, kinds, roles, article ids, statement ids]

    def add(self, statements: Iterable[Statement]) -> None:
        for s in statements:
            if s.is_own_voice or not s.speaker:
                continue
            group = self._groups.get((s.speaker, s.speaker_type))
            if group is None:
                group = self._groups[(s.speaker, s.speaker_type)] = [0, Counter(), {}, set(), []]
            group[0] += 1
            group[1][s.kind] += 1
            if s.role:
                group[2].setdefault(s.role, None)
            group[3].add(s.article_id)
            if self.keep_ids:
                group[4].append(s.statement_id)

    def rows(self) -> list[SpeakerRow]:
        """Most quoted first, ties in reading order."""
        rows = [
            SpeakerRow(speaker=speaker, speaker_type=type_, statements=count, kinds=dict(kinds), roles=tuple(roles),
                       articles=len(articles), statement_ids=tuple(ids))
            for (speaker, type_), (count, kinds, roles, articles, ids) in self._groups.items()
        ]
        rows.sort(key=lambda r: -r.statements)  # stable: ties keep reading order
        return rows


def speaker_rows(statements: Iterable[Statement]) -> list[SpeakerRow]:
    """Attributed statements grouped by (speaker, type); most quoted first, ties in reading order."""
    tally = SpeakerTally()
    tally.add(statements)
    return tally.rows()


@dataclass(frozen=True)
class FoundCue:
    """A hedge or booster as found once in an article (the first statement carrying it)."""

    article_id: str
    statement_id: str
    type: str  # hedge | booster
    cue: Cue


def unique_cues(statements: Iterable[Statement]) -> list[FoundCue]:
    seen: set[tuple[str, str, int, int, str]] = set()
    found = []
    for s in statements:
        for type_, cues in (("hedge", s.hedges), ("booster", s.boosters)):
            for c in cues:
                key = (s.article_id, type_, c.start, c.end, c.entry)
                if key not in seen:
                    seen.add(key)
                    found.append(FoundCue(s.article_id, s.statement_id, type_, c))
    return found


class Stances:
    """The stance of a reporting cue (said: neutral, claimed: distancing), from the lexicon."""

    def __init__(self, lexicon: Lexicon):
        self._by_lemma: dict[str, str] = {}
        for entry in lexicon.active("reporting"):
            stance = entry.stance or "neutral"
            self._by_lemma.setdefault(entry.pattern.lower(), stance)
            # every spelled-out alternative: "accord|according to" gives "accord to", "according to"
            slots = [slot for slot in entry.slots if slot is not None]
            for words in itertools.product(*slots):
                self._by_lemma.setdefault(" ".join(words), stance)

    def of(self, lemma: str | None, text: str | None = None) -> str:
        for key in (lemma, text):
            if key and key.lower().strip() in self._by_lemma:
                return self._by_lemma[key.lower().strip()]
        return "unlisted"


def unique_reporting_cues(statements: Iterable[Statement]) -> list[Statement]:
    """One statement per reporting cue (a long quote's sentences share their frame's cue)."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for s in statements:
        if s.cue is None or s.is_own_voice:
            continue
        key = (s.article_id, s.cue.start, s.cue.end)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def confidence_bins(values: Sequence[float], bins: int = 10) -> list[int]:
    """Counts of values in ``bins`` equal bins over [0, 1]; 1.0 falls in the last bin."""
    counts = [0] * bins
    for v in values:
        index = min(int(round(max(0.0, min(1.0, v)) * bins, 9)), bins - 1)  # 0.7 goes to 0.7–0.8
        counts[index] += 1
    return counts


@dataclass(frozen=True)
class OutletStats:
    """One outlet at a glance (a row of the index table and of ``outlets.csv``)."""

    outlet: str
    articles: int
    words: int
    statements: int
    attributed: int
    own_voice: int
    hedges: int
    boosters: int
    mean_confidence_outlet: float | None
    mean_confidence_source: float | None  # over attributed statements
    hedge_categories: Mapping[str, int] = field(default_factory=dict)

    @property
    def attributed_share(self) -> float:
        return self.attributed / self.statements if self.statements else 0.0

    @property
    def own_voice_share(self) -> float:
        return self.own_voice / self.statements if self.statements else 0.0

    @property
    def hedges_per_1000_words(self) -> float:
        return 1000 * self.hedges / self.words if self.words else 0.0

    @property
    def boosters_per_1000_words(self) -> float:
        return 1000 * self.boosters / self.words if self.words else 0.0

    def as_row(self) -> dict[str, object]:
        return {
            "outlet": self.outlet,
            "articles": self.articles,
            "words": self.words,
            "statements": self.statements,
            "attributed": self.attributed,
            "own_voice": self.own_voice,
            "attributed_share": round(self.attributed_share, 4),
            "hedges": self.hedges,
            "hedges_per_1000_words": round(self.hedges_per_1000_words, 3),
            "boosters": self.boosters,
            "boosters_per_1000_words": round(self.boosters_per_1000_words, 3),
            "mean_confidence_outlet": None if self.mean_confidence_outlet is None else round(self.mean_confidence_outlet, 4),
            "mean_confidence_source": None if self.mean_confidence_source is None else round(self.mean_confidence_source, 4),
        }


def article_words(analysis: Analysis) -> dict[str, int]:
    return {row["article_id"]: int(row.get("word_count") or 0) for row in analysis.article_rows}


def stats_for(outlet: str, article_ids: Sequence[str], statements: Sequence[Statement], words: int) -> OutletStats:
    tally = StatsTally(outlet)
    tally.add(len(article_ids), statements, words)
    return tally.result()


class StatsTally:
    """An outlet's (or the corpus's) :class:`OutletStats`, added an article at a time: the
    statements are counted and forgotten (the means are taken over every confidence kept as a
    machine float: the same sum as :func:`statistics.fmean`'s, whatever the order)."""

    def __init__(self, outlet: str):
        self.outlet = outlet
        self.articles = self.words = self.statements = self.attributed = self.hedges = self.boosters = 0
        self.confidence_outlet = array("d")
        self.confidence_source = array("d")
        self.hedge_categories: Counter[str | None] = Counter()

    def add(self, articles: int, statements: Iterable[Statement], words: int) -> None:
        """``statements``: all of those ``articles``' (a cue is counted once per article)."""
        statements = list(statements)
        self.articles += articles
        self.words += words
        self.statements += len(statements)
        for c in unique_cues(statements):
            if c.type == "hedge":
                self.hedges += 1
                self.hedge_categories[c.cue.category] += 1
            else:
                self.boosters += 1
        for s in statements:
            self.confidence_outlet.append(s.confidence.outlet)
            if not s.is_own_voice:
                self.attributed += 1
                self.confidence_source.append(s.confidence.source)

    def result(self) -> OutletStats:
        return OutletStats(
            outlet=self.outlet,
            articles=self.articles,
            words=self.words,
            statements=self.statements,
            attributed=self.attributed,
            own_voice=self.statements - self.attributed,
            hedges=self.hedges,
            boosters=self.boosters,
            mean_confidence_outlet=fmean(self.confidence_outlet) if self.statements else None,
            mean_confidence_source=fmean(self.confidence_source) if self.attributed else None,
            hedge_categories=dict(self.hedge_categories),
        )


def outlet_stats(analysis: Analysis) -> list[OutletStats]:
    """Per outlet, in name order (articles without an outlet under "Unknown outlet")."""
    words = article_words(analysis)
    articles: dict[str, list[str]] = {}
    outlet_of: dict[str, str] = {}
    for a in analysis.articles:
        name = outlet_name(a.outlet)
        articles.setdefault(name, []).append(a.article_id)
        outlet_of[a.article_id] = name
    statements: dict[str, list[Statement]] = {}
    for s in analysis.statements:
        statements.setdefault(outlet_of.get(s.article_id, UNKNOWN_OUTLET), []).append(s)
    return [
        stats_for(name, ids, statements.get(name, []), sum(words.get(i, 0) for i in ids))
        for name, ids in sorted(articles.items(), key=lambda kv: kv[0].lower())
    ]


def corpus_stats(analysis: Analysis) -> OutletStats:
    """The whole corpus as if it were one outlet."""
    words = article_words(analysis)
    return stats_for("All outlets", [a.article_id for a in analysis.articles], list(analysis.statements), sum(words.values()))
