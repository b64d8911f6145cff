"""Worksheet tasks drawn from a finished analysis, and their answers.

A *sheet* is one article, or one story (the articles the analysis compares claim by claim). Its
tasks are drawn with ``random.Random(f"{seed}:{sheet id}")`` from candidate lists built in
reading order, so the same analysis, options and seed always give the same tasks, and two
sheets of one run do not repeat each other's draw. Kinds are taken in turn (in each round the kind
with the fewest candidates left first) until ``count`` tasks are drawn or no kind has a candidate left; no statement is asked about
twice on one sheet.

Kinds and where their answers come from:

``source``     who is the source of statement N: its speaker type and name (attribution);
``hedges``     underline the words that show the outlet is not sure: the outlet's hedges in a
               statement (a reported one quoted with its reporting word), whose they are decided
               as the hedging stage decides it (:func:`outlet_hedges`); the speaker's own doubts
               ("would" in a quote) are not the answer, and the key says so;
``certainty``  how sure is the outlet about claim X: :meth:`Classroom.certainty` of the claim
               member's presentation label and outlet confidence. An article in no story has no
               claims; its statements stand in for them, judged by their outlet confidence alone;
``compare``    (sheets with two or more outlets) how outlets A and B report claim X: each side's
               certainty, and which sounds surer (the level nearer "certain"), or about the same;
               claims where the outlets' levels differ are drawn first.

Statements are numbered as on the article page of the report (:class:`attribution.report.views.Site`).
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from attribution.exercise.classroom import Classroom, Level
from attribution.output import Analysis
from attribution.records import Article, Claim, ClaimMember, Cue, Statement
from attribution.report.stats import outlet_name
from attribution.report.views import Site

KINDS: tuple[str, ...] = ("source", "hedges", "certainty", "compare")
SAME = "same"


@dataclass(frozen=True)
class Sheet:
    """What one worksheet covers: an article, or a story's articles in reading order."""

    sheet_id: str  # the article id, or "story:<story id>"
    title: str
    article_ids: tuple[str, ...]
    story: str | None = None

    @property
    def is_story(self) -> bool:
        return self.story is not None


@dataclass(frozen=True)
class Quote:
    """Words of one article a task quotes: a statement, or a claim member inside it."""

    article_id: str
    outlet: str
    n: int  # the statement's number on the article page
    statement: Statement
    start: int
    end: int
    text: str
    presentation: str | None = None  # of the claim member; None for a statement standing in
    confidence: float = 1.0  # the outlet confidence of the member (or statement)


@dataclass(frozen=True)
class Task:
    kind: str
    quotes: tuple[Quote, ...]  # two for compare, else one
    claim_id: str | None = None

    @property
    def quote(self) -> Quote:
        return self.quotes[0]


# --- answers ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceAnswer:
    speaker_type: str
    speaker: str | None  # None for the outlet's own voice and unnamed sources without words


def source_answer(task: Task) -> SourceAnswer:
    s = task.quote.statement
    return SourceAnswer(s.speaker_type, None if s.is_own_voice else s.speaker)


@dataclass(frozen=True)
class HedgeAnswer:
    outlet: tuple[Cue, ...]  # the answer: the outlet's hedges in the quoted words
    elsewhere: tuple[Cue, ...]  # the outlet's hedges outside them that reach back ("The AP couldn't verify the video")
    speaker: tuple[Cue, ...]  # the speaker's own doubts in the quoted words: not the outlet's, so not the answer


def outlet_hedges(s: Statement) -> tuple[list[Cue], list[Cue]]:
    """(the outlet's, the speaker's) hedges of a statement, by the rules of the hedging stage
    (attribution/hedging/__init__.py): in the outlet's own voice every hedge is the outlet's; of a
    reported statement, its reporting word is the outlet's ("claims", but a modal frame such as
    "predicted" is the speaker's), a hedge outside the reported words is the outlet's, and one
    inside them is the speaker's, except an evidential ("allegedly") in reported speech, which is
    the outlet marking where the words came from."""
    if s.is_own_voice:
        return list(s.hedges), []
    outlet, speaker = [], []
    for c in s.hedges:
        frame = s.cue is not None and c.start < s.cue.end and s.cue.start < c.end
        inside = s.start <= c.start and c.end <= s.end
        if frame:
            (speaker if c.category == "modal" else outlet).append(c)
        elif not inside or (c.category == "evidential" and s.kind != "direct"):
            outlet.append(c)
        else:
            speaker.append(c)
    return outlet, speaker


def hedge_answer(task: Task) -> HedgeAnswer:
    q = task.quote
    outlet, speaker = outlet_hedges(q.statement)

    def within(c: Cue) -> bool:
        return q.start <= c.start and c.end <= q.end

    return HedgeAnswer(tuple(c for c in outlet if within(c)), tuple(c for c in outlet if not within(c)),
                       tuple(c for c in speaker if within(c)))


def certainty_answer(task: Task, classroom: Classroom) -> tuple[Level, ...]:
    return tuple(classroom.certainty(q.presentation, q.confidence) for q in task.quotes)


def compare_answer(task: Task, classroom: Classroom) -> str:
    """The outlet that sounds surer about the claim, or ``SAME`` when both get the same level."""
    a, b = certainty_answer(task, classroom)
    if a.rank == b.rank:
        return SAME
    return task.quotes[0].outlet if a.rank < b.rank else task.quotes[1].outlet


# --- sheets ----------------------------------------------------------------------------------


def sheets(analysis: Analysis) -> tuple[list[Sheet], list[Sheet]]:
    """One sheet per article, and one per story with two or more articles.

    A story is as the analysis groups them: the articles sharing ``story`` metadata, joined with
    the articles whose statements a claim of that story brings together (stories found by
    similarity carry their id only on the claims).
    """
    articles = [Sheet(a.article_id, a.title or a.article_id, (a.article_id,)) for a in analysis.articles]
    order = {a.article_id: i for i, a in enumerate(analysis.articles)}
    members: dict[str, set[str]] = {}
    for a in analysis.articles:
        if a.story:
            members.setdefault(a.story, set()).add(a.article_id)
    for claim in analysis.claims:
        if claim.story:
            members.setdefault(claim.story, set()).update(m.article_id for m in claim.members if m.article_id in order)
    stories = [
        Sheet(f"story:{story}", story, tuple(sorted(ids, key=order.__getitem__)), story)
        for story, ids in sorted(members.items())
        if len(ids) >= 2
    ]
    return articles, stories


# --- candidates ------------------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())


def _holds_another(s: Statement, statements: Sequence[Statement]) -> bool:
    """An own-voice sentence holding someone's words: "who is the source?" has two answers there."""
    return any(o is not s and s.start <= o.start and o.end <= s.end for o in statements)


def _statement_quote(site: Site, article: Article, s: Statement) -> Quote:
    return Quote(s.article_id, outlet_name(article.outlet), site.numbers[s.statement_id], s, s.start, s.end, s.text,
                 None, s.confidence.outlet)


def _with_frame(article: Article, q: Quote) -> Quote:
    """A reported statement's quote widened to its reporting word ("The center claims [...]")."""
    cue = q.statement.cue
    if q.statement.is_own_voice or cue is None:
        return q
    start, end = min(q.start, cue.start), max(q.end, cue.end)
    return replace(q, start=start, end=end, text=article.body[start:end])


def _member_quote(site: Site, article: Article, s: Statement, m: ClaimMember) -> Quote | None:
    if not (0 <= m.start < m.end <= len(article.body)) or article.body[m.start:m.end] != m.text:
        return None
    return Quote(m.article_id, outlet_name(m.outlet or article.outlet), site.numbers[s.statement_id], s,
                 m.start, m.end, m.text, m.presentation, m.confidence_outlet)


def _candidates(analysis: Analysis, site: Site, sheet: Sheet, classroom: Classroom) -> dict[str, list[Task]]:
    chosen = set(sheet.article_ids)
    by_id = {s.statement_id: s for a in sheet.article_ids for s in site.statements_of(a)}
    found: dict[str, list[Task]] = {k: [] for k in KINDS}
    long_enough = classroom.min_words
    for article_id in sheet.article_ids:
        article = site.articles[article_id]
        statements = list(site.statements_of(article_id))
        for s in statements:
            if _words(s.text) < long_enough:
                continue
            quote = _statement_quote(site, article, s)
            if not (s.is_own_voice and _holds_another(s, statements)):
                found["source"].append(Task("source", (quote,)))
            framed = _with_frame(article, quote)
            if hedge_answer(Task("hedges", (framed,))).outlet:
                found["hedges"].append(Task("hedges", (framed,)))

    claim_quotes: list[tuple[Claim, list[Quote]]] = []
    for claim in analysis.claims:
        quotes = []
        for m in claim.members:
            s = by_id.get(m.statement_id)
            if m.article_id in chosen and s is not None and _words(m.text) >= long_enough:
                q = _member_quote(site, site.articles[m.article_id], s, m)
                if q is not None:
                    quotes.append(q)
        if quotes:
            claim_quotes.append((claim, sorted(quotes, key=lambda q: (sheet.article_ids.index(q.article_id), q.n, q.start))))
    seen: set[tuple[str, int, int]] = set()
    for claim, quotes in claim_quotes:
        for q in quotes:
            if (q.article_id, q.start, q.end) not in seen:
                seen.add((q.article_id, q.start, q.end))
                found["certainty"].append(Task("certainty", (q,), claim.claim_id))
        by_outlet: dict[str, Quote] = {}
        for q in quotes:
            by_outlet.setdefault(q.outlet, q)
        if len(by_outlet) >= 2:
            found["compare"].append(Task("compare", _compare_pair(list(by_outlet.values()), classroom), claim.claim_id))
    if not claim_quotes:  # no story, so no claims: the statements stand in for them
        for article_id in sheet.article_ids:
            article = site.articles[article_id]
            statements = list(site.statements_of(article_id))
            for s in statements:
                if _words(s.text) >= long_enough and not (s.is_own_voice and _holds_another(s, statements)):
                    found["certainty"].append(Task("certainty", (_statement_quote(site, article, s),)))
    return found


def _compare_pair(quotes: list[Quote], classroom: Classroom) -> tuple[Quote, Quote]:
    """The two outlets that differ most (certainty level, then confidence), in name order."""
    best: tuple[float, float, str, str] | None = None
    pair = (quotes[0], quotes[1])
    for i, a in enumerate(quotes):
        for b in quotes[i + 1:]:
            la, lb = classroom.certainty(a.presentation, a.confidence), classroom.certainty(b.presentation, b.confidence)
            key = (abs(la.rank - lb.rank), round(abs(a.confidence - b.confidence), 4), min(a.outlet, b.outlet),
                   max(a.outlet, b.outlet))
            if best is None or key[:2] > best[:2] or (key[:2] == best[:2] and key[2:] < best[2:]):
                best, pair = key, (a, b)
    first, second = pair
    return (first, second) if first.outlet.lower() <= second.outlet.lower() else (second, first)


# --- drawing ---------------------------------------------------------------------------------


def _statement_ids(task: Task) -> set[str]:
    return {q.statement.statement_id for q in task.quotes}


def select_tasks(analysis: Analysis, site: Site, sheet: Sheet, classroom: Classroom, count: int = 6,
                 kinds: Sequence[str] = KINDS, seed: int = 0) -> tuple[Task, ...]:
    """Up to ``count`` tasks for the sheet, kinds in turn, drawn with the seed (see the module doc).

    The tasks come out grouped by kind (``kinds`` order), each kind's tasks in reading order.
    """
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise ValueError(f"unknown task kind {unknown[0]!r} (known: {', '.join(KINDS)})")
    kinds = list(dict.fromkeys(kinds))
    rng = random.Random(f"{seed}:{sheet.sheet_id}")
    pools: dict[str, list[Task]] = {}
    candidates = _candidates(analysis, site, sheet, classroom)
    for kind in kinds:  # shuffled in a fixed kind order, so the draw does not depend on the others
        pool = list(candidates[kind])
        rng.shuffle(pool)
        if kind == "compare":  # outlets that differ make the better question: those first, still shuffled
            pool.sort(key=lambda t: compare_answer(t, classroom) == SAME)
        pools[kind] = pool
    drawn: list[Task] = []
    used: set[str] = set()
    while len(drawn) < count and any(pools.values()):
        # each round serves the kind with the fewest candidates first, so a statement that is
        # the only hedge candidate is not used up by a "who is the source" task
        for kind in sorted(kinds, key=lambda k: (len(pools[k]), kinds.index(k))):
            pool = pools[kind]
            while pool and len(drawn) < count:
                task = pool.pop(0)
                if not (_statement_ids(task) & used):
                    drawn.append(task)
                    used |= _statement_ids(task)
                    break
    position = {a: i for i, a in enumerate(sheet.article_ids)}
    return tuple(sorted(drawn, key=lambda t: (kinds.index(t.kind), position[t.quote.article_id], t.quote.n, t.quote.start)))


def numbers_asked(tasks: Sequence[Task]) -> Mapping[str, set[int]]:
    """Per article, the statement numbers the tasks ask about (marked in the worksheet's text)."""
    out: dict[str, set[int]] = {}
    for t in tasks:
        for q in t.quotes:
            out.setdefault(q.article_id, set()).add(q.n)
    return out
