"""Records turned into what each page shows: plain view objects the templates only lay out.

Numbers come from :mod:`attribution.report.stats`; article text goes through
:func:`attribution.report.highlight.highlight`, which escapes it. Nothing here trusts a string from
the analysis: ids become slugs, URLs become links only when they are http(s), and values used as
CSS class names are checked against the known ones.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from statistics import fmean

from markupsafe import Markup

from attribution.lexicon import Lexicon
from attribution.output import Analysis
from attribution.records import KINDS, PRESENTATIONS, SPEAKER_TYPES, Article, Claim, ClaimMember, Factor, Statement
from attribution.report.charts import Bar, Part, bar_chart, histogram, stacked_chart
from attribution.report.highlight import Mark, highlight, paragraphs
from attribution.report.slugs import unique_slugs
from attribution.report.stats import (
    KIND_COLUMNS, OutletStats, SpeakerRow, SpeakerTally, Stances, article_words, confidence_bins, corpus_stats,
    outlet_name, outlet_stats, speaker_rows, stats_for, unique_cues, unique_reporting_cues,
)


@dataclass(frozen=True)
class Category:
    """A cue category as the legend explains it; the marker shape is drawn by CSS (``cat-<name>``)."""

    name: str
    label: str
    marker: str
    description: str


# Order = legend order. Markers must match reports/static/report.css.
CATEGORIES: tuple[Category, ...] = (
    Category("evidential", "evidential hedge", "◇", "The claim is passed on as hearsay: allegedly, reportedly, purporting to."),
    Category("modal", "modal hedge", "≈", "The claim is only possible or likely: may, might, could, appear, seem."),
    Category("conditional", "conditional hedge", "?", "The claim only holds on a condition: if true, if confirmed."),
    Category("verification", "verification disclaimer", "⊘", "The outlet says it could not check it: couldn't verify, unknown, unclear."),
    Category("reporting_distancing", "distancing reporting word", "‹›", "Keeps the claim at arm's length: claimed, alleged, insisted."),
    Category("reporting_disputing", "disputing reporting word", "≠", "The speaker contradicts it: denied, rejected."),
    Category("reporting_neutral", "neutral reporting word", "»", "Just passes the words on: said, told, according to."),
    Category("reporting_unlisted", "reporting word not in the lexicon", "∗",
             "Reports speech with a word the lexicon does not list, so its stance is not known."),
    Category("reporting_endorsing", "endorsing reporting word", "✓", "Treats the claim as true: confirmed, revealed, showed."),
    Category("booster", "booster", "▲", "Makes the claim sound surer: clearly, proof, first evidence."),
)
CATEGORY_BY_NAME: dict[str, Category] = {c.name: c for c in CATEGORIES}
OTHER_CATEGORY = Category("other", "other cue", "•", "A cue of a category this report does not know.")
PRESENTATION_TEXT: dict[str, str] = {
    "asserted": "stated by the outlet in its own voice, nothing weakening it",
    "attributed": "reported as someone's statement with a neutral or endorsing word",
    "hedged": "weakened by the outlet: allegedly, claimed, couldn't verify, if true",
    "disputed": "contradicted by the outlet or by a source it quotes",
}
NO_STORY = "(no story)"
PRESENTATION_ORDER: tuple[str, ...] = ("asserted", "attributed", "hedged", "disputed", "unknown")
SPEAKER_TYPE_TEXT: dict[str, str] = {
    "person": "named people",
    "organization": "organisations",
    "anonymous": "anonymous or vague sources",
    "document": "documents and reports",
    "outlet": "the outlet's own voice",
}
CONFIDENCE_EDGES: tuple[str, ...] = tuple(f"{i / 10:.1f}" for i in range(11))


def category(name: str) -> Category:
    return CATEGORY_BY_NAME.get(name, OTHER_CATEGORY)


def safe_kind(kind: str) -> str:
    return kind if kind in KINDS else "none"


def safe_presentation(label: str) -> str:
    return label if label in PRESENTATIONS else "unknown"


def safe_link(url: str | None) -> str | None:
    """Only web addresses become links; ``javascript:`` and friends stay text."""
    if url and re.match(r"^https?://[^\s\"'<>`]+$", url.strip(), re.IGNORECASE):
        return url.strip()
    return None


def fmt(x: float | None, digits: int = 2) -> str:
    return "–" if x is None else f"{x:.{digits}f}"


def signed(x: float) -> str:
    return f"{x:+.2f}".replace("-", "−")


def short_name(name: str, limit: int = 26) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


KIND_TEXT: dict[str, str] = {
    "direct": "direct quote", "indirect": "indirect (reported speech)", "mixed": "mixed", "according_to": "according to",
    "none": "other", "own_voice": "the outlet's own voice",
}


# --- filter and sort controls -------------------------------------------------------------------


@dataclass(frozen=True)
class Choice:
    """One option of a filter: the value compared with a row's ``data-<key>``, its label, how many."""

    value: str
    label: str
    count: int


@dataclass(frozen=True)
class Filter:
    key: str  # the row (or member) attribute data-<key> it compares
    label: str
    choices: tuple[Choice, ...]
    tokens: bool = False  # the attribute holds several space-separated values; one must match


@dataclass(frozen=True)
class SortKey:
    key: str  # the row attribute data-<key> it sorts on
    label: str
    descending: bool = False
    numeric: bool = True


@dataclass(frozen=True)
class Tools:
    """The filter and sort controls above one or more tables. They are written hidden and the
    page's script shows and wires them, so without JavaScript every row is simply there."""

    targets: tuple[str, ...]  # table ids; their tbody rows are filtered and sorted together
    noun: str  # "statements", "claims": the count line says "showing 3 of 12 claims"
    filters: tuple[Filter, ...]
    sorts: tuple[SortKey, ...]
    confidence: bool = True  # a from–to range on data-confidence (outlet confidence)
    confidence_label: str = "outlet confidence"


def choices(values: Sequence[str], labels: Mapping[str, str], order: Sequence[str] = ()) -> tuple[Choice, ...]:
    """Options for the values present, in ``order`` first, then by name; each with its count."""
    counts = Counter(values)
    keys = [k for k in order if counts.get(k)] + sorted((k for k in counts if k not in order), key=str.lower)
    return tuple(Choice(k, labels.get(k, k), counts[k]) for k in keys)


def statement_tools(
    target: str, views: Sequence[StatementView], article_ids: Sequence[str] = (), titles: Mapping[str, str] | None = None,
) -> Tools:
    """Controls for a statement table: by speaker type, how it is reported, cue category,
    outlet confidence (and article, on an outlet page with several); sorted by number,
    confidence, speaker. ``article_ids``: each view's article, in table order."""
    filters = []
    articles = list(dict.fromkeys(article_ids))
    if len(articles) > 1:
        filters.append(Filter("article", "Article", choices(article_ids, titles or {}, articles)))
    filters += [
        Filter("type", "Speaker type", choices([v.speaker_type for v in views], SPEAKER_TYPE_TEXT, SPEAKER_TYPES)),
        Filter("how", "How reported", choices([v.how for v in views], KIND_TEXT, (*KINDS, "own_voice"))),
        Filter(
            "cues", "Hedges and boosters",
            choices([t for v in views for t in v.cue_tokens.split()],
                    {**{c.name: c.label for c in CATEGORIES}, "none": "none"}, [c.name for c in CATEGORIES]),
            tokens=True,
        ),
    ]
    if any(v.claims for v in views):
        filters.append(Filter(
            "presentation", "In a shared claim, presented as",
            choices([t for v in views for t in v.presentation_tokens.split()], {"none": "not in a shared claim"},
                    (*PRESENTATION_ORDER, "none")),
            tokens=True,
        ))
    sorts = (
        SortKey("order", "order in the text" if len(articles) <= 1 else "article, then order in the text"),
        SortKey("confidence", "outlet confidence, lowest first"),
        SortKey("confidence", "outlet confidence, highest first", descending=True),
        SortKey("source", "source confidence, lowest first"),
        SortKey("speaker", "speaker, A–Z", numeric=False),
    )
    return Tools((target,), "statements", tuple(filters), sorts)


# --- site structure --------------------------------------------------------------------------


def reading_order(statements: Sequence[Statement]) -> list[Statement]:
    """Statements by position; of two starting together the longer (outer) one first."""
    return sorted(statements, key=lambda s: (s.start, -s.end))


@dataclass(frozen=True)
class Site:
    """File names of every page, decided once so every link agrees; statements grouped once."""

    outlet_slugs: Mapping[str, str]
    article_slugs: Mapping[str, str]
    articles: Mapping[str, Article]
    statements: Mapping[str, Sequence[Statement]]  # by article, in reading order
    numbers: Mapping[str, int]  # statement_id -> its number (and anchor s-N) on the article page
    # statement_id -> (claim number on the claims page, the member's presentation label), so the
    # statement tables can say which shared claim a statement carries and how
    in_claims: Mapping[str, tuple[tuple[int, str], ...]] = field(default_factory=dict)

    @classmethod
    def of(cls, analysis: Analysis) -> Site:
        grouped: dict[str, list[Statement]] = {}
        for s in analysis.statements:
            grouped.setdefault(s.article_id, []).append(s)
        ordered = {k: reading_order(v) for k, v in grouped.items()}
        numbers = {s.statement_id: n for group in ordered.values() for n, s in enumerate(group, start=1)}
        return replace(cls.frame(analysis.articles, analysis.claims), statements=ordered, numbers=numbers)

    @classmethod
    def frame(cls, articles: Sequence[Article], claims: Sequence[Claim]) -> Site:
        """Every page's file name and the claims each statement carries, but no statements: a
        report that streams its articles sees each through :meth:`for_article`."""
        by_id = {a.article_id: a for a in articles}
        in_claims: dict[str, list[tuple[int, str]]] = {}
        for rank, claim in enumerate(ranked_claims(claims, by_id), start=1):
            for m in claim.members:
                entry = (rank, safe_presentation(m.presentation))
                if entry not in in_claims.setdefault(m.statement_id, []):
                    in_claims[m.statement_id].append(entry)
        return cls(
            outlet_slugs=unique_slugs((outlet_name(a.outlet) for a in articles), "outlet"),
            article_slugs=unique_slugs((a.article_id for a in articles), "article"),
            articles=by_id,
            statements={},
            numbers={},
            in_claims={k: tuple(v) for k, v in in_claims.items()},
        )

    def for_article(self, article: Article, statements: Sequence[Statement]) -> Site:
        """This site as one article's pages see it: that article whole, its statements (in
        reading order) numbered."""
        return replace(
            self, articles={article.article_id: article}, statements={article.article_id: statements},
            numbers={s.statement_id: n for n, s in enumerate(statements, start=1)},
        )

    def statements_of(self, article_id: str) -> Sequence[Statement]:
        return self.statements.get(article_id, ())

    def outlet_href(self, outlet: str | None, root: str) -> str | None:
        slug = self.outlet_slugs.get(outlet_name(outlet))
        return f"{root}outlets/{slug}.html" if slug else None

    def article_href(self, article_id: str, root: str) -> str | None:
        slug = self.article_slugs.get(article_id)
        return f"{root}articles/{slug}.html" if slug else None


# --- the statement views -------------------------------------------------------------------


@dataclass(frozen=True)
class CueView:
    text: str
    entry: str
    type: str  # hedge | booster
    category: Category
    weight: float
    description: str


@dataclass(frozen=True)
class FactorView:
    factor: str
    detail: str
    contribution: str


@dataclass(frozen=True)
class StatementView:
    n: int
    anchor: str
    statement_id: str
    text: str
    speaker: str | None
    speaker_short: str
    speaker_type: str
    role: str | None
    kind: str
    reporting: str | None  # the reporting word(s) as written
    stance: str | None
    sources: tuple[str, ...]
    cues: tuple[CueView, ...]
    confidence_source: float
    confidence_outlet: float
    explanation: tuple[FactorView, ...]
    claims: tuple[tuple[int, str], ...] = ()  # (claim number, presentation) of the shared claims it carries

    @property
    def presentation_tokens(self) -> str:
        """Its labels in shared claims, space separated, or ``none`` (a filter matches one)."""
        return " ".join(dict.fromkeys(label for _, label in self.claims)) or "none"

    @property
    def attributed(self) -> bool:
        return self.speaker_type != "outlet"

    @property
    def how(self) -> str:
        """The filter value of "how it is reported": the kind of attribution, or own voice."""
        return self.kind if self.attributed else "own_voice"

    @property
    def cue_tokens(self) -> str:
        """The categories of its hedges and boosters, space separated (a filter matches one)."""
        return " ".join(dict.fromkeys(c.category.name for c in self.cues)) or "none"


def cue_view(cue_type: str, entry: str, text: str, category_name: str, weight: float, lexicon: Lexicon) -> CueView:
    known = lexicon.entries.get(entry)
    return CueView(
        text=text, entry=entry, type=cue_type, category=category(category_name), weight=weight,
        description=known.description if known else "",
    )


def _contribution(factor: Factor) -> str:
    """A change is signed (-0.08); a starting value or a copied score is a value (= 0.80); a
    factor that moves nothing (a neutral "said", a booster on a score already at 1) says so
    instead of a puzzling "+0.00"."""
    if factor.factor.endswith((": start", ": same as outlet")):
        return f"= {factor.contribution:.2f}"
    if round(factor.contribution, 2) == 0:
        return "no change"
    return signed(factor.contribution)


def statement_view(
    n: int, s: Statement, stances: Stances, lexicon: Lexicon, claims: tuple[tuple[int, str], ...] = (),
) -> StatementView:
    cues = [cue_view("hedge", c.entry, c.text, c.category, c.weight, lexicon) for c in s.hedges]
    cues += [cue_view("booster", c.entry, c.text, c.category or "booster", c.weight, lexicon) for c in s.boosters]
    speaker = s.speaker if not s.is_own_voice else None
    return StatementView(
        n=n,
        anchor=f"s-{n}",
        statement_id=s.statement_id,
        text=s.text,
        speaker=speaker,
        speaker_short=short_name(speaker) if speaker else "own voice",
        speaker_type=s.speaker_type if s.speaker_type in SPEAKER_TYPES else "outlet",
        role=s.role,
        kind=safe_kind(s.kind),
        reporting=s.cue.text if s.cue and not s.is_own_voice else None,
        stance=stances.of(s.cue.lemma, s.cue.text) if s.cue and not s.is_own_voice else None,
        sources=s.sources,
        cues=tuple(cues),
        confidence_source=s.confidence.source,
        confidence_outlet=s.confidence.outlet,
        explanation=tuple(FactorView(f.factor, f.detail, _contribution(f)) for f in s.explanation),
        claims=claims,
    )


# --- marks over an article body ------------------------------------------------------------


@dataclass
class MarkSet:
    """The marks for one body, and how many records pointed at text that is not there."""

    body: str
    marks: list[Mark] = field(default_factory=list)
    skipped: int = 0
    _seen: set[tuple[object, ...]] = field(default_factory=set)

    def add(self, key: tuple[object, ...], start: int, end: int, expected: str | None, mark: Callable[[], Mark]) -> None:
        if key in self._seen:
            return
        self._seen.add(key)
        if not (0 <= start < end <= len(self.body)) or (expected is not None and self.body[start:end] != expected):
            self.skipped += 1
            return
        self.marks.append(mark())


def cue_title(c: CueView) -> str:
    what = c.category.label if c.category.name != "other" else f"{c.type} ({c.category.name})"
    text = f"{c.text}: {what}, weight {c.weight:.2f}"
    return f"{text}. {c.description}" if c.description else text


def statement_marks(
    marks: MarkSet, s: Statement, view: StatementView, lexicon: Lexicon, badge: Callable[[StatementView], Markup] | None,
    cues_only: bool = False,
) -> None:
    """The marks of one statement: its span (with the badge), mention, reporting cue, cues, scopes."""
    if not cues_only:
        classes = ("stmt", "attributed" if view.attributed else "own", f"kind-{view.kind}")
        marks.add(
            ("stmt", s.statement_id, s.start, s.end), s.start, s.end, s.text,
            lambda: Mark(
                s.start, s.end, classes, (("data-n", str(view.n)), ("data-speaker", view.speaker or "")),
                layer=0, id=view.anchor, inside_end=badge(view) if badge else None,
            ),
        )
    if s.mention and not s.is_own_voice:
        m = s.mention
        marks.add(
            ("mention", m.start, m.end), m.start, m.end, m.text,
            lambda: Mark(m.start, m.end, ("mention",), (("title", f"names the speaker: {view.speaker}"),), layer=3),
        )
    hedge_spans = {(c.start, c.end) for c in s.hedges + s.boosters}
    if s.cue and not s.is_own_voice and (s.cue.start, s.cue.end) not in hedge_spans:
        rc = s.cue
        cat = category(f"reporting_{view.stance}")
        marks.add(
            ("cue", rc.start, rc.end), rc.start, rc.end, rc.text,
            lambda: Mark(
                rc.start, rc.end, ("cue", "rcue", f"cat-{cat.name}"),
                (("data-category", cat.name), ("title", f"{rc.text}: {cat.label} ({view.stance})")), layer=2, tag="mark",
            ),
        )
    for cue_type, cues in (("hedge", s.hedges), ("booster", s.boosters)):
        for c in cues:
            cv = cue_view(cue_type, c.entry, c.text, c.category or cue_type, c.weight, lexicon)
            marks.add(
                ("cue", c.start, c.end), c.start, c.end, c.text,
                lambda c=c, cv=cv: Mark(
                    c.start, c.end, ("cue", cue_type, f"cat-{cv.category.name}"),
                    (("data-category", c.category), ("data-entry", c.entry), ("title", cue_title(cv))), layer=2, tag="mark",
                ),
            )
            if cues_only:
                continue
            s0, s1 = c.scope
            marks.add(
                ("scope", s0, s1, c.start), s0, s1, None,
                lambda c=c, cv=cv, s0=s0, s1=s1: Mark(
                    s0, s1, ("scope", f"cat-{cv.category.name}"),
                    (("data-category", c.category), ("title", f"what “{c.text}” applies to")), layer=1,
                ),
            )


# --- pages ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleRow:
    article_id: str
    href: str
    title: str
    outlet: str
    outlet_href: str | None
    published: str | None
    words: int
    statements: int
    attributed: int
    hedges: int
    mean_confidence_outlet: float | None
    speakers: tuple[SpeakerRow, ...]


@dataclass(frozen=True)
class ArticleSummary:
    """What the index and outlet pages show of one article: its record without the body, its
    numbers and its speakers (the statements themselves are not kept)."""

    article: Article
    stats: OutletStats
    speakers: tuple[SpeakerRow, ...]


def article_summary(article: Article, statements: Sequence[Statement], words: int) -> ArticleSummary:
    """``statements``: the article's, in reading order."""
    speakers = SpeakerTally(keep_ids=False)  # no page lists a row's statements
    speakers.add(statements)
    return ArticleSummary(
        replace(article, body="") if article.body else article,
        stats_for(outlet_name(article.outlet), [article.article_id], list(statements), words),
        tuple(speakers.rows()),
    )


def article_row(summary: ArticleSummary, site: Site, root: str) -> ArticleRow:
    a, st = summary.article, summary.stats
    return ArticleRow(
        article_id=a.article_id,
        href=site.article_href(a.article_id, root) or "#",
        title=a.title or a.article_id,
        outlet=outlet_name(a.outlet),
        outlet_href=site.outlet_href(a.outlet, root),
        published=a.published,
        words=st.words,
        statements=st.statements,
        attributed=st.attributed,
        hedges=st.hedges,
        mean_confidence_outlet=st.mean_confidence_outlet,
        speakers=summary.speakers,
    )


def article_summaries(analysis: Analysis, site: Site) -> list[ArticleSummary]:
    words = article_words(analysis)
    return [article_summary(a, site.statements_of(a.article_id), words.get(a.article_id, 0)) for a in analysis.articles]


def article_rows(analysis: Analysis, site: Site, root: str, ids: Sequence[str] | None = None) -> list[ArticleRow]:
    chosen = set(ids) if ids is not None else None
    return [article_row(summary, site, root) for summary in article_summaries(analysis, site)
            if chosen is None or summary.article.article_id in chosen]


@dataclass(frozen=True)
class OutletRow:
    stats: OutletStats
    href: str


@dataclass(frozen=True)
class CompareCell:
    text: str  # the value as printed ("3.1", "2 (40 %)")
    fraction: float  # bar length, 0..1 of the column's largest value
    title: str  # the value in words, for the tooltip and screen readers


@dataclass(frozen=True)
class CompareRow:
    outlet: str
    href: str
    cells: tuple[CompareCell, ...]
    total: str  # what the row's numbers are out of ("5 claim members", "1,204 words")


@dataclass(frozen=True)
class Comparison:
    """Outlets side by side on one set of categories: a table whose cells carry a bar (inline
    SVG, scaled to the column's largest value) and their number, so it reads without colour,
    without JavaScript and on paper."""

    table_id: str
    caption: str
    explanation: str
    columns: tuple[tuple[str, str, str], ...]  # (key, label, sign)
    rows: tuple[CompareRow, ...]


def _compare(table_id: str, caption: str, explanation: str, columns: Sequence[tuple[str, str, str]],
             rows: Sequence[tuple[str, str, str, Sequence[tuple[float, str, str]]]]) -> Comparison:
    """``rows``: (outlet, href, total, one (value, text, title) per column)."""
    tops = [max([r[3][i][0] for r in rows] + [0.0]) for i in range(len(columns))]
    return Comparison(
        table_id, caption, explanation, tuple(columns),
        tuple(
            CompareRow(outlet, href, tuple(
                CompareCell(text, value / tops[i] if tops[i] else 0.0, title) for i, (value, text, title) in enumerate(cells)
            ), total)
            for outlet, href, total, cells in rows
        ),
    )


PRESENTATION_SIGN = {"asserted": "■", "attributed": "»", "hedged": "◇", "disputed": "≠", "unknown": "•"}


def presentation_comparison(claims: Sequence[Claim], articles: Mapping[str, Article],
                            outlets: Sequence[OutletRow]) -> Comparison:
    """Per outlet, how its claim members are presented: share of each label."""
    counts: dict[str, Counter[str]] = {o.stats.outlet: Counter() for o in outlets}
    for claim in claims:
        for m in claim.members:
            name = member_outlet(m, articles)
            counts.setdefault(name, Counter())[safe_presentation(m.presentation)] += 1
    labels = [k for k in PRESENTATION_ORDER if any(c.get(k) for c in counts.values())] or list(PRESENTATIONS)
    rows = []
    for o in outlets:
        c = counts.get(o.stats.outlet, Counter())
        total = sum(c.values())
        rows.append((o.stats.outlet, o.href, f"{total} wording{'s' if total != 1 else ''} of shared claims", [
            (c[k] / total if total else 0.0, f"{c[k]} ({round(100 * c[k] / total)} %)" if total else "–",
             f"{o.stats.outlet}: {c[k]} of {total} presented as {k}") for k in labels
        ]))
    return _compare(
        "compare-presentation", "How each outlet presents the claims it shares with others",
        "Each outlet's wordings of the claims on the claims page, by presentation label: count and share of "
        "that outlet's wordings. The bar is scaled to the largest share in its column.",
        [(k, k, PRESENTATION_SIGN.get(k, "•")) for k in labels], rows,
    )


def hedge_comparison(outlets: Sequence[OutletRow]) -> Comparison:
    """Per outlet, hedges of each category and boosters per 1,000 words."""
    names = [c.name for c in CATEGORIES if c.name in {"evidential", "modal", "conditional", "verification"}]
    others = sorted({k for o in outlets for k in o.stats.hedge_categories if k not in names})
    keys = names + others
    rows = []
    for o in outlets:
        st = o.stats
        cells = []
        for k in keys:
            n = st.hedge_categories.get(k, 0)
            rate = 1000 * n / st.words if st.words else 0.0
            cells.append((rate, f"{rate:.1f}", f"{st.outlet}: {n} × {category(k).label}, {rate:.1f} per 1,000 words"))
        cells.append((st.boosters_per_1000_words, f"{st.boosters_per_1000_words:.1f}",
                      f"{st.outlet}: {st.boosters} × booster, {st.boosters_per_1000_words:.1f} per 1,000 words"))
        rows.append((st.outlet, o.href, f"{st.words:,} words", cells))
    return _compare(
        "compare-hedges", "Hedges by category and boosters, per 1,000 words, outlet by outlet",
        "How often each outlet's articles weaken (hedges) or strengthen (boosters) what they say, per 1,000 words "
        "of text, by kind of cue. The bar is scaled to the largest value in its column.",
        [*((k, category(k).label, category(k).marker) for k in keys), ("booster", "booster", category("booster").marker)],
        rows,
    )


def article_tools(rows: Sequence[ArticleRow]) -> Tools:
    """Controls for the index's articles table: by outlet and mean outlet confidence; sorted by
    the columns' numbers."""
    outlets = choices([r.outlet for r in rows], {})
    return Tools(
        ("articles",), "articles",
        (Filter("outlet", "Outlet", outlets),) if len(outlets) > 1 else (),
        (
            SortKey("order", "as listed"),
            SortKey("confidence", "mean outlet confidence, lowest first"),
            SortKey("confidence", "mean outlet confidence, highest first", descending=True),
            SortKey("hedges", "hedges, most first", descending=True),
            SortKey("attributed", "share attributed, highest first", descending=True),
            SortKey("words", "words, most first", descending=True),
            SortKey("published", "published, newest first", descending=True, numeric=False),
        ),
        confidence_label="mean outlet confidence",
    )


@dataclass(frozen=True)
class IndexPage:
    corpus: OutletStats
    outlets: tuple[OutletRow, ...]
    articles: tuple[ArticleRow, ...]
    claims: int
    share_chart: Markup
    hedge_chart: Markup
    confidence_chart: Markup
    comparisons: tuple[Comparison, ...] = ()
    tools: Tools | None = None


def index_page(analysis: Analysis, site: Site) -> IndexPage:
    return index_page_of(outlet_stats(analysis), corpus_stats(analysis), article_summaries(analysis, site),
                         analysis.claims, site)


def index_page_of(stats: Sequence[OutletStats], corpus: OutletStats, summaries: Sequence[ArticleSummary],
                  claims: Sequence[Claim], site: Site) -> IndexPage:
    """The index from the outlets' and the corpus's numbers and every article's summary."""
    outlets = tuple(OutletRow(s, site.outlet_href(s.outlet, "") or "#") for s in stats)
    rows = [article_row(summary, site, "") for summary in summaries]
    share = stacked_chart(
        "chart-share", "Attributed vs own-voice statements per outlet",
        [(o.stats.outlet, [Part("attributed", o.stats.attributed), Part("own voice", o.stats.own_voice)], o.href) for o in outlets],
    )
    hedges = bar_chart(
        "chart-hedges", "Hedges per 1,000 words",
        [Bar(o.stats.outlet, o.stats.hedges_per_1000_words, f"{o.stats.hedges_per_1000_words:.1f}", o.href) for o in outlets],
    )
    confidence = bar_chart(
        "chart-confidence", "Mean outlet confidence (0 = distances itself fully, 1 = stands fully behind it)",
        [
            Bar(o.stats.outlet, o.stats.mean_confidence_outlet or 0.0, fmt(o.stats.mean_confidence_outlet), o.href)
            for o in outlets
        ],
        scale_max=1.0,
    )
    return IndexPage(
        corpus=corpus,
        outlets=outlets,
        articles=tuple(rows),
        claims=len(claims),
        share_chart=share,
        hedge_chart=hedges,
        confidence_chart=confidence,
        comparisons=(
            *((presentation_comparison(claims, site.articles, outlets),) if claims else ()),
            hedge_comparison(outlets),
        ),
        tools=article_tools(rows),
    )


@dataclass(frozen=True)
class CountRow:
    key: str
    label: str
    count: int
    share: float
    note: str = ""


def count_rows(counter: Mapping[str, int], labels: Mapping[str, str] | None = None, order: Sequence[str] = ()) -> list[CountRow]:
    total = sum(counter.values())
    keys = [k for k in order if counter.get(k)] + sorted((k for k in counter if k not in order and counter[k]), key=lambda k: -counter[k])
    return [CountRow(k, (labels or {}).get(k, k), counter[k], counter[k] / total if total else 0.0) for k in keys]


@dataclass(frozen=True)
class VerbRow:
    lemma: str
    stance: str
    count: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class OutletStatement:
    """A row of an outlet page's statement table: the statement and the article it is in."""

    order: int  # position over all the outlet's statements (articles in corpus order)
    article_id: str
    article_title: str
    href: str  # the statement on its article page
    view: StatementView


@dataclass(frozen=True)
class OutletPage:
    name: str
    slug: str
    stats: OutletStats
    speaker_types: tuple[CountRow, ...]
    speakers: tuple[SpeakerRow, ...]
    more_speakers: int
    kinds: tuple[CountRow, ...]
    verbs: tuple[VerbRow, ...]
    stances: tuple[CountRow, ...]
    hedge_categories: tuple[CountRow, ...]
    confidence_outlet: tuple[int, ...]
    confidence_source: tuple[int, ...]
    articles: tuple[ArticleRow, ...]
    charts: Mapping[str, Markup]
    statements: tuple[OutletStatement, ...] = ()
    tools: Tools | None = None
    more_statements: int = 0  # statements past OUTLET_STATEMENTS, not listed


TOP_SPEAKERS = 20
# An outlet page lists at most this many statements (the first, in corpus order); all of them are
# in statements.csv. It keeps the page light enough to open and filter for an outlet of thousands.
OUTLET_STATEMENTS = 1000


def outlet_page(analysis: Analysis, site: Site, stats: OutletStats, lexicon: Lexicon) -> OutletPage:
    tally = OutletTally(lexicon)
    words = article_words(analysis)
    summaries = []
    for article in analysis.articles:
        if outlet_name(article.outlet) == stats.outlet:
            statements = site.statements_of(article.article_id)
            tally.add(site, article, statements)
            summaries.append(article_summary(article, statements, words.get(article.article_id, 0)))
    return tally.page(site, stats, summaries)


class OutletTally:
    """What an outlet page shows, gathered an article at a time (articles in corpus order, each
    one's statements in reading order): counts, speakers, the confidence histograms and the
    first OUTLET_STATEMENTS statements' rows; the statements themselves are not kept."""

    def __init__(self, lexicon: Lexicon, stances: Stances | None = None):
        self.lexicon = lexicon
        self.stances = stances or Stances(lexicon)
        self.statements = 0
        self.types: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.verb_counts: Counter[tuple[str, str]] = Counter()
        self.verb_examples: dict[tuple[str, str], list[str]] = {}
        self.cats: Counter[str] = Counter()
        self.speakers = SpeakerTally(keep_ids=False)
        self.conf_outlet = [0] * (len(CONFIDENCE_EDGES) - 1)
        self.conf_source = [0] * (len(CONFIDENCE_EDGES) - 1)
        self.rows: list[OutletStatement] = []

    def add(self, site: Site, article: Article, statements: Sequence[Statement]) -> None:
        """One article of the outlet; ``site`` knows its page and the claims its statements carry."""
        stances = self.stances
        attributed = [s for s in statements if not s.is_own_voice]
        self.statements += len(statements)
        self.types.update(s.speaker_type for s in statements)
        self.kinds.update(s.kind for s in attributed)
        for s in unique_reporting_cues(statements):
            assert s.cue is not None
            key = (s.cue.lemma or s.cue.text.lower(), stances.of(s.cue.lemma, s.cue.text))
            self.verb_counts[key] += 1
            forms = self.verb_examples.setdefault(key, [])
            if s.cue.text not in forms and len(forms) < 4:
                forms.append(s.cue.text)
        self.cats.update(c.cue.category or c.type for c in unique_cues(statements))
        self.speakers.add(statements)
        for bins, values in ((self.conf_outlet, [s.confidence.outlet for s in statements]),
                             (self.conf_source, [s.confidence.source for s in attributed])):
            for i, n in enumerate(confidence_bins(values, len(bins))):
                bins[i] += n
        href = site.article_href(article.article_id, "../") or "#"
        for n, st in enumerate(statements, start=1):
            if len(self.rows) >= OUTLET_STATEMENTS:
                break
            self.rows.append(OutletStatement(
                len(self.rows) + 1, article.article_id, article.title or article.article_id, f"{href}#s-{n}",
                statement_view(n, st, stances, self.lexicon, site.in_claims.get(st.statement_id, ())),
            ))

    def page(self, site: Site, stats: OutletStats, summaries: Sequence[ArticleSummary]) -> OutletPage:
        """The page, from what was added and ``summaries`` (the outlet's articles, in corpus order)."""
        verb_counts, verb_examples = self.verb_counts, self.verb_examples
        stance_counts: Counter[str] = Counter()
        for (_, stance), n in verb_counts.items():
            stance_counts[stance] += n
        cat_labels = {c.name: c.label for c in CATEGORIES}
        cat_rows = [
            CountRow(r.key, r.label, r.count, r.share, f"{1000 * r.count / stats.words:.1f} per 1,000 words" if stats.words else "")
            for r in count_rows(self.cats, cat_labels, [c.name for c in CATEGORIES])
        ]
        speakers = self.speakers.rows()
        conf_outlet, conf_source = self.conf_outlet, self.conf_source
        slug = site.outlet_slugs[stats.outlet]
        type_rows = count_rows(self.types, SPEAKER_TYPE_TEXT, SPEAKER_TYPES)
        kind_rows = count_rows(self.kinds, {k: k.replace("_", " ") for k in KIND_COLUMNS}, KIND_COLUMNS)
        stance_rows = count_rows(stance_counts, {}, ("neutral", "distancing", "endorsing", "disputing", "unlisted"))
        charts = {
            "types": bar_chart(f"chart-{slug}-types", "Statements by who speaks",
                               [Bar(r.label, r.count, f"{r.count} ({r.share:.0%})") for r in type_rows]),
            "kinds": bar_chart(f"chart-{slug}-kinds", "Attributed statements: direct quote or reported",
                               [Bar(r.label, r.count, f"{r.count} ({r.share:.0%})") for r in kind_rows]),
            "stances": bar_chart(f"chart-{slug}-stances", "Reporting words by stance",
                                 [Bar(r.label, r.count, f"{r.count} ({r.share:.0%})") for r in stance_rows]),
            "hedges": bar_chart(f"chart-{slug}-hedges", "Hedges and boosters by category",
                                [Bar(r.label, r.count, f"{r.count} ({r.note})" if r.note else str(r.count)) for r in cat_rows]),
            "confidence_outlet": histogram(f"chart-{slug}-conf-outlet", "How far the outlet stands behind its statements (outlet confidence)",
                                           conf_outlet, CONFIDENCE_EDGES),
            "confidence_source": histogram(f"chart-{slug}-conf-source", "How sure the quoted sources sound (source confidence, attributed statements)",
                                           conf_source, CONFIDENCE_EDGES),
        }
        rows = self.rows
        titles = {r.article_id: short_name(r.article_title, 60) for r in rows}
        tools = statement_tools("outlet-statements", [r.view for r in rows], [r.article_id for r in rows], titles)
        return OutletPage(
            statements=tuple(rows),
            more_statements=self.statements - len(rows),
            tools=tools,
            name=stats.outlet,
            slug=slug,
            stats=stats,
            speaker_types=tuple(type_rows),
            speakers=tuple(speakers[:TOP_SPEAKERS]),
            more_speakers=max(0, len(speakers) - TOP_SPEAKERS),
            kinds=tuple(kind_rows),
            verbs=tuple(
                VerbRow(lemma, stance, n, tuple(verb_examples[(lemma, stance)]))
                for (lemma, stance), n in sorted(verb_counts.items(), key=lambda kv: (-kv[1], kv[0]))
            ),
            stances=tuple(stance_rows),
            hedge_categories=tuple(cat_rows),
            confidence_outlet=tuple(conf_outlet),
            confidence_source=tuple(conf_source),
            articles=tuple(article_row(summary, site, "../") for summary in summaries),
            charts=charts,
        )


@dataclass(frozen=True)
class SpeakerEntry:
    row: SpeakerRow
    anchors: tuple[tuple[int, str], ...]  # (statement number, anchor)


@dataclass(frozen=True)
class ArticlePage:
    article: Article
    slug: str
    title: str
    outlet: str
    outlet_href: str | None
    url: str | None
    link: str | None
    paragraphs: tuple[Markup, ...]
    statements: tuple[StatementView, ...]
    speakers: tuple[SpeakerEntry, ...]
    own_voice: int
    skipped_marks: int
    categories_used: tuple[Category, ...]
    tools: Tools


def article_page(
    analysis: Analysis | None, site: Site, article: Article, lexicon: Lexicon, badge: Callable[[StatementView], Markup]
) -> ArticlePage:
    stances = Stances(lexicon)
    statements = list(site.statements_of(article.article_id))
    views = [
        statement_view(n, s, stances, lexicon, site.in_claims.get(s.statement_id, ()))
        for n, s in enumerate(statements, start=1)
    ]
    marks = MarkSet(article.body)
    for s, v in zip(statements, views):
        statement_marks(marks, s, v, lexicon, badge)
    paras = tuple(highlight(article.body, marks.marks, a, b) for a, b in paragraphs(article.body))
    anchors: dict[str, list[tuple[int, str]]] = {}
    for v in views:
        anchors.setdefault(v.statement_id, []).append((v.n, v.anchor))
    speakers = tuple(
        SpeakerEntry(row, tuple(a for sid in row.statement_ids for a in anchors.get(sid, [])))
        for row in speaker_rows(statements)
    )
    used = {c.category.name for v in views for c in v.cues} | {f"reporting_{v.stance}" for v in views if v.stance}
    return ArticlePage(
        article=article,
        slug=site.article_slugs[article.article_id],
        title=article.title or article.article_id,
        outlet=outlet_name(article.outlet),
        outlet_href=site.outlet_href(article.outlet, "../"),
        url=article.url,
        link=safe_link(article.url),
        paragraphs=paras,
        statements=tuple(views),
        speakers=speakers,
        own_voice=sum(1 for v in views if not v.attributed),
        skipped_marks=marks.skipped,
        categories_used=tuple(c for c in CATEGORIES + (OTHER_CATEGORY,) if c.name in used),
        tools=statement_tools("statements", views),
    )


@dataclass(frozen=True)
class MemberView:
    outlet: str
    story: str  # the claim's story (NO_STORY when none), so a story filter matches the claim's wordings
    article_title: str
    href: str | None
    wording: Markup
    speaker: str | None
    speaker_type: str | None
    kind: str | None
    reporting: str | None
    stance: str | None
    presentation: str
    confidence_outlet: float
    confidence_source: float
    # hedges and boosters of the member's sentence outside the words quoted above ("allegedly"
    # before the clause): they shape its presentation too, so they are shown beside it
    context_cues: tuple[CueView, ...] = ()
    wording_cues: tuple[CueView, ...] = ()  # those marked inside the wording

    @property
    def speaker_kind(self) -> str:
        """The filter value of who speaks: a speaker type, or ``outlet`` for the own voice."""
        return self.speaker_type if self.speaker and self.speaker_type in SPEAKER_TYPES else "outlet"

    @property
    def stance_category(self) -> str:
        return category(f"reporting_{self.stance}").name if self.stance else "other"


@dataclass(frozen=True)
class ClaimView:
    claim_id: str
    summary: str
    story: str | None
    spread: float
    outlet_gap: float
    labels: tuple[str, ...]
    labels_differ: bool
    outlets: int
    cells: tuple[tuple[MemberView, ...], ...]  # one cell per outlet column
    rank: int = 0  # position in the page's order (most disagreement first), for sorting back

    @property
    def lowest(self) -> float:
        """The lowest outlet confidence among its members (sort: the most doubted first)."""
        return min((mv.confidence_outlet for cell in self.cells for mv in cell), default=1.0)

    @property
    def differ(self) -> bool:
        """The outlets present it differently (orange edge): other labels or other mean confidence."""
        return self.labels_differ or self.outlet_gap > 0


@dataclass(frozen=True)
class ClaimsPage:
    outlets: tuple[tuple[str, str | None], ...]  # (name, href)
    claims: tuple[ClaimView, ...]
    tools: Tools | None = None
    categories_used: tuple[Category, ...] = ()  # the cue marks this page shows, for its legend


def member_view(site: Site, statements: Mapping[str, Statement], m: ClaimMember, stances: Stances,
                lexicon: Lexicon, story: str | None = None) -> MemberView:
    article = site.articles.get(m.article_id)
    s = statements.get(m.statement_id)
    wording: Markup
    if article is not None and 0 <= m.start < m.end <= len(article.body) and article.body[m.start:m.end] == m.text:
        marks = MarkSet(article.body)
        if s is not None:
            statement_marks(marks, s, statement_view(0, s, stances, lexicon), lexicon, None, cues_only=True)
        wording = highlight(article.body, marks.marks, m.start, m.end)
    else:
        wording = highlight(m.text, [])
    context: list[CueView] = []
    inside: list[CueView] = []
    if s is not None:
        for cue_type, cues in (("hedge", s.hedges), ("booster", s.boosters)):
            for c in cues:
                view = cue_view(cue_type, c.entry, c.text, c.category or cue_type, c.weight, lexicon)
                (context if c.end <= m.start or c.start >= m.end else inside).append(view)
    own = s is None or s.is_own_voice
    href = site.article_href(m.article_id, "")
    if href and s is not None and s.statement_id in site.numbers:
        href = f"{href}#s-{site.numbers[s.statement_id]}"
    return MemberView(
        story=story or NO_STORY,
        outlet=member_outlet(m, site.articles),
        article_title=(article.title if article and article.title else m.article_id),
        href=href,
        wording=wording,
        speaker=None if own else (s.speaker if s else m.speaker),
        speaker_type=None if own or s is None else s.speaker_type,
        kind=None if own or s is None else safe_kind(s.kind),
        reporting=s.cue.text if s is not None and s.cue and not own else None,
        stance=stances.of(s.cue.lemma, s.cue.text) if s is not None and s.cue and not own else None,
        presentation=safe_presentation(m.presentation),
        confidence_outlet=m.confidence_outlet,
        confidence_source=m.confidence_source,
        context_cues=tuple(context),
        wording_cues=tuple(inside),
    )


def member_outlet(m: ClaimMember, articles: Mapping[str, Article]) -> str:
    article = articles.get(m.article_id)
    return outlet_name(m.outlet if m.outlet else article.outlet if article else None)


def claim_order(claim: Claim, articles: Mapping[str, Article]) -> tuple[float, float, bool, int]:
    """How much the outlets differ on a claim: the spread (the claim's own measure of it, in
    claims.jsonl), then the gap between outlet means, then labels, then the number of outlets."""
    by_outlet: dict[str, list[ClaimMember]] = {}
    for m in claim.members:
        by_outlet.setdefault(member_outlet(m, articles), []).append(m)
    means = [fmean(m.confidence_outlet for m in ms) for ms in by_outlet.values()]
    gap = max(means) - min(means) if len(means) > 1 else 0.0
    label_sets = {frozenset(m.presentation for m in ms) for ms in by_outlet.values()}
    return (claim.spread, round(gap, 4), len(label_sets) > 1, len(by_outlet))


def ranked_claims(claims: Sequence[Claim], articles: Mapping[str, Article]) -> list[Claim]:
    """Claims in the claims page's order: where the outlets disagree most first (claim_order)."""
    return sorted(claims, key=lambda c: claim_order(c, articles), reverse=True)


def claims_page(analysis: Analysis, site: Site, lexicon: Lexicon) -> ClaimsPage:
    statements = {s.statement_id: s for s in analysis.statements}
    stances = Stances(lexicon)
    return claims_page_of(
        analysis.claims, site,
        lambda c, i: member_view(site, statements, analysis.claims[c].members[i], stances, lexicon, analysis.claims[c].story),
    )


def claims_page_of(claims: Sequence[Claim], site: Site, view_of: Callable[[int, int], MemberView]) -> ClaimsPage:
    """The claims page; ``view_of(c, i)``: the view of member ``i`` of ``claims[c]`` (a report
    that streams its articles makes each while it has the member's article at hand)."""
    articles = site.articles
    names = sorted({member_outlet(m, articles) for c in claims for m in c.members}, key=str.lower)
    outlets = tuple((n, site.outlet_href(n, "")) for n in names)
    ranked = sorted(range(len(claims)), key=lambda c: claim_order(claims[c], articles), reverse=True)
    views: list[ClaimView] = []
    for c in ranked:
        claim = claims[c]
        spread, gap, differ, count = claim_order(claim, articles)
        cells = tuple(
            tuple(
                view_of(c, i)
                for i, m in enumerate(claim.members) if member_outlet(m, articles) == name
            )
            for name in names
        )
        views.append(
            ClaimView(
                claim_id=claim.claim_id, summary=claim.summary, story=claim.story, spread=spread, outlet_gap=gap,
                labels=tuple(sorted({safe_presentation(m.presentation) for m in claim.members})),
                labels_differ=differ, outlets=count, cells=cells, rank=len(views) + 1,
            )
        )
    members = [mv for c in views for cell in c.cells for mv in cell]
    used = {c.category.name for mv in members for c in mv.context_cues}
    used |= {mv.stance_category for mv in members if mv.stance}
    used |= {c.category.name for mv in members for c in mv.wording_cues}
    return ClaimsPage(
        outlets=outlets, claims=tuple(views), tools=claims_tools(views, names),
        categories_used=tuple(c for c in CATEGORIES + (OTHER_CATEGORY,) if c.name in used),
    )


def claims_tools(views: Sequence[ClaimView], outlets: Sequence[str]) -> Tools:
    """Controls for the claims page: a claim stays when one of its members matches every filter
    (that outlet, that label, that kind of speaker, that confidence)."""
    members = [mv for c in views for cell in c.cells for mv in cell]
    stories = choices([c.story or NO_STORY for c in views], {})
    by_story = (Filter("story", "Story", stories),) if len(stories) > 1 else ()
    return Tools(
        ("claims", "claim-matrix"),
        "claims",
        (
            *by_story,
            Filter("outlet", "Outlet", choices([mv.outlet for mv in members], {}, outlets)),
            Filter("presentation", "Presented as", choices([mv.presentation for mv in members], {}, PRESENTATION_ORDER)),
            Filter("type", "Speaker type", choices([mv.speaker_kind for mv in members], SPEAKER_TYPE_TEXT, SPEAKER_TYPES)),
        ),
        (
            SortKey("rank", "how far the outlets disagree (spread, then gap, then labels)"),
            SortKey("spread", "spread between wordings, largest first", descending=True),
            SortKey("gap", "gap between outlets, largest first", descending=True),
            SortKey("outlets", "number of outlets, most first", descending=True),
            SortKey("low", "lowest outlet confidence first"),
        ),
    )
