"""A realistic analysis directory for the report tests.

The real pipeline analyses the seed corpus (real ingest, real Stanza parse, real output files);
then, because attribution, hedging and claim alignment are still being built on other branches,
the statements are completed from the seed corpus's *gold* annotations (speakers, mentions,
reporting cues, hedges and boosters, located in the real bodies) with confidence scores computed
by the DESIGN.md sketch, and the claims come from ``claims.yaml``. A hostile article is added by
hand: its body, title, outlet, id, URL, speaker names and lexicon fields are HTML and script.

This is test data for the renderer, not a stand-in for the analysis stages.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from attribution.evaluate.gold import GoldArticle, load_claims, load_gold_dir, locate, locate_cue
from attribution.output import ARTICLES, CLAIMS, STATEMENTS, dumps, read_analysis
from attribution.records import Article, Claim, ClaimMember, Confidence, Cue, Factor, ReportingCue, Span, Statement

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("ATTRIBUTION_SHARED", ROOT.parent / "shared"))  # as in conftest.py
SEED = SHARED / "corpora" / "north-korea-troops-2024"
EXAMPLES = ROOT / "examples" / "corpus"

CATEGORY_WEIGHTS = {
    "evidential": 0.5, "modal": 0.3, "conditional": 0.5, "verification": 0.4,
    "reporting_distancing": 0.4, "reporting_endorsing": 0.2, "booster": 0.3,
}
STANCE_BASE = {"claim": 0.6, "claims": 0.6, "claimed": 0.6, "predicted": 0.7}
LEMMAS = {"said": "say", "says": "say", "told": "tell", "claims": "claim", "claimed": "claim", "predicted": "predict",
          "quoted": "quote", "according": "according to"}

HOSTILE_ID = '../../etc/<evil> "id"'
HOSTILE_OUTLET = 'Evil <b>News</b> & "Co" <script>'
HOSTILE_TITLE = '<script>document.title="pwned"</script>Evil & "News" <img src=x onerror=alert(2)>'
HOSTILE_SPEAKER = "<b>Mallory</b>"
HOSTILE_BODY = (
    "Evil News reports that <script>alert(1)</script> is harmless.\n\n"
    "\u201c<img src=x onerror=alert(1)> is just text,\u201d said <b>Mallory</b>, a spokesperson. "
    "The claim allegedly comes from \u201cquoted\u201d sources & friends.\n\n"
    "About 11,000 North Korean soldiers were allegedly training in eastern Russia, sources say.\n\n"
    "<img src=x onerror=\"document.title='pwned'\"> <a href=\"javascript:alert(3)\">click</a> & done."
)


def _near(body: str, word: str, start: int, end: int, window: int = 400) -> tuple[int, int] | None:
    """The occurrence of ``word`` (as whole words) closest to ``[start, end)``."""
    best = None
    for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", body[max(0, start - window) : end + window]):
        s = max(0, start - window) + m.start()
        e = s + len(word)
        if s < end and e > start:  # inside the content: not the frame
            continue
        distance = start - e if e <= start else s - end
        if best is None or distance < best[0]:
            best = (distance, s, e)
    return None if best is None else (best[1], best[2])


def _cue(body: str, start: int, end: int, category: str, scope: tuple[int, int]) -> Cue:
    text = body[start:end]
    return Cue(
        entry=re.sub(r"\W+", "_", text.lower()).strip("_"), category=category, text=text, start=start, end=end,
        scope=scope, weight=CATEGORY_WEIGHTS.get(category, 0.3),
    )


def score(s: Statement) -> Statement:
    """Confidence by the DESIGN.md sketch, with every factor written down."""
    factors: list[Factor] = []
    if s.is_own_voice:
        source = outlet = 1.0
        factors.append(Factor("own voice", "the outlet states it itself", 0.0))
    else:
        source = 0.9 if s.kind == "direct" else 0.8
        factors.append(Factor("base", f"{s.kind} attribution", 0.0))
        verb = (s.cue.text.lower() if s.cue else "said")
        outlet = STANCE_BASE.get(verb, 0.8)
        factors.append(Factor("stance", f"reporting word “{verb}”", outlet - 1.0))
        if s.speaker_type == "anonymous":
            factors.append(Factor("anonymous source", "the source is not named", -0.1))
            outlet -= 0.1
    for c in s.hedges:
        inside = s.start <= c.start and c.end <= s.end and not s.is_own_voice
        if c.category == "reporting_distancing" and s.cue and c.start == s.cue.start:
            continue  # already counted as the stance
        if inside:
            before = source
            source *= 1 - c.weight
            factors.append(Factor(f"hedge: {c.text}", f"{c.category}, said by the source", source - before))
        else:
            before = outlet
            outlet *= 1 - c.weight
            factors.append(Factor(f"hedge: {c.text}", f"{c.category}, the outlet's own words", outlet - before))
    for c in s.boosters:
        before = source
        source = source + (1 - source) * c.weight
        factors.append(Factor(f"booster: {c.text}", "makes it sound surer", source - before))
    return replace(s, confidence=Confidence(round(source, 4), round(outlet, 4)), explanation=tuple(factors))


def _gold_statements(article: Article, gold: GoldArticle) -> list[Statement]:
    body = article.body
    out = []
    for g in gold.statements:
        span = locate(body, g.text, g.occurrence)
        assert span is not None, f"gold statement not in body: {g.text!r}"
        cue = _near(body, g.cue, *span) if g.cue else None
        mention = _near(body, g.mention, *span) if g.mention else None
        out.append(
            Statement(
                article_id=article.article_id, statement_id="", sentence_index=0, start=span[0], end=span[1],
                text=body[span[0] : span[1]], speaker=g.speaker, speaker_type=g.speaker_type or "person", role=g.role,
                mention=Span(body[mention[0] : mention[1]], *mention) if mention else None,
                cue=ReportingCue(body[cue[0] : cue[1]], LEMMAS.get((g.cue or "").split()[0].lower(), (g.cue or "").lower()), *cue) if cue else None,
                kind=g.kind or "indirect", sources=g.sources,
            )
        )
    return out


def enrich(article: Article, pipeline: list[Statement], gold: GoldArticle) -> list[Statement]:
    """Pipeline own-voice sentences + gold attributed statements + gold cues, numbered, scored."""
    attributed = _gold_statements(article, gold)

    def covered(s: Statement) -> float:
        chars = set()
        for a in attributed:
            chars |= set(range(max(a.start, s.start), min(a.end, s.end)))
        return len(chars) / max(1, s.end - s.start)

    own = [s for s in pipeline if s.is_own_voice and covered(s) < 0.5]
    statements = own + attributed
    hedges: dict[int, list[Cue]] = {i: [] for i in range(len(statements))}
    boosters: dict[int, list[Cue]] = {i: [] for i in range(len(statements))}
    for g in gold.cues:
        span = locate_cue(article.body, g)
        assert span is not None, f"gold cue not in body: {g.text!r}"
        sentence = locate(article.body, g.sentence)
        holders = [i for i, s in enumerate(statements) if s.start <= span[0] and span[1] <= s.end]
        if not holders and sentence:
            holders = [i for i, s in enumerate(statements) if not s.is_own_voice and sentence[0] <= s.start < sentence[1]]
        for i in holders:
            s = statements[i]
            inside = s.start <= span[0] and span[1] <= s.end
            scope = (span[0], s.end) if inside else (s.start, s.end)
            cue = _cue(article.body, span[0], span[1], g.category, scope)
            (boosters if g.type == "booster" else hedges)[i].append(cue)
    statements = [replace(s, hedges=tuple(hedges[i]), boosters=tuple(boosters[i])) for i, s in enumerate(statements)]
    statements.sort(key=lambda s: (s.start, -s.end))
    sentence_of = [(s.start, s.end, s.sentence_index) for s in pipeline]
    numbered = []
    for n, s in enumerate(statements, start=1):
        index = next((i for a, b, i in sentence_of if a <= s.start < b), s.sentence_index)
        numbered.append(score(replace(s, statement_id=f"{article.article_id}:{n}", sentence_index=index)))
    return numbered


def hostile_article() -> tuple[dict, list[Statement]]:
    body = HOSTILE_BODY
    article = Article(
        article_id=HOSTILE_ID, body=body, path="/tmp/<evil>.txt", outlet=HOSTILE_OUTLET, publisher="<i>pub</i>",
        title=HOSTILE_TITLE, url="javascript:alert(document.domain)", published="2024-10-24",
        story="north-korea-troops-2024", captions=('<iframe src="https://example.com/x"></iframe>',),
        warnings=("<marquee>warning</marquee>",),
    )
    row = article.to_dict(word_count=len(body.split()), sentence_count=6)

    def span(text: str, occurrence: int = 1) -> tuple[int, int]:
        found = locate(body, text, occurrence)
        assert found is not None, text
        return found

    s1 = span("Evil News reports that <script>alert(1)</script> is harmless")
    quote = span("<img src=x onerror=alert(1)> is just text")
    onerror = span("onerror=alert(1)")
    said = span("said")
    mallory = span(HOSTILE_SPEAKER)
    s3 = span("The claim allegedly comes from \u201cquoted\u201d sources & friends")
    alleged = span("allegedly")
    troops = span("About 11,000 North Korean soldiers were allegedly training in eastern Russia")
    alleged2 = span("allegedly", 2)
    say = span("say")
    last = span("<img src=x onerror=\"document.title='pwned'\"> <a href=\"javascript:alert(3)\">click</a> & done")
    evil_cue = Cue(
        entry="<svg onload=alert(4)>", category='"><script>alert(5)</script>', text=body[onerror[0] : onerror[1]],
        start=onerror[0], end=onerror[1], scope=quote, weight=0.5,
    )
    statements = [
        Statement(HOSTILE_ID, "", 0, *s1, body[s1[0] : s1[1]],
                  explanation=(Factor("<b>own voice</b>", "<img src=y onerror=alert(6)>", 0.0),)),
        Statement(HOSTILE_ID, "", 1, *quote, body[quote[0] : quote[1]], speaker=HOSTILE_SPEAKER, speaker_type="person",
                  role="<i>spokesperson</i>", mention=Span(body[mallory[0] : mallory[1]], *mallory),
                  cue=ReportingCue("said", "say", *said), kind="direct", sources=(HOSTILE_SPEAKER,), hedges=(evil_cue,)),
        Statement(HOSTILE_ID, "", 2, *s3, body[s3[0] : s3[1]],
                  hedges=(_cue(body, alleged[0], alleged[1], "evidential", (alleged[0], s3[1])),)),
        Statement(HOSTILE_ID, "", 3, *troops, body[troops[0] : troops[1]], speaker="sources", speaker_type="anonymous",
                  cue=ReportingCue("say", "say", *say), kind="indirect", sources=("sources",),
                  hedges=(_cue(body, alleged2[0], alleged2[1], "evidential", (alleged2[0], troops[1])),)),
        Statement(HOSTILE_ID, "", 4, *last, body[last[0] : last[1]]),
    ]
    scored = [score(replace(s, statement_id=f"{HOSTILE_ID}:{n}")) for n, s in enumerate(statements, start=1)]
    # the hostile explanation survives scoring for the first statement
    scored[0] = replace(scored[0], explanation=statements[0].explanation)
    return row, scored


def claims(articles: dict[str, Article], statements: list[Statement], claims_file: Path) -> list[Claim]:
    gold = load_claims(claims_file)
    out = []
    hostile = next((s for s in statements if s.article_id == HOSTILE_ID and s.speaker == "sources"), None)
    for c in gold.claims:
        members = []
        for m in c.members:
            article = articles[m.article]
            span = locate(article.body, m.text, m.occurrence)
            assert span is not None, m.text
            candidates = [s for s in statements if s.article_id == m.article]

            def overlap(s: Statement) -> tuple[int, int]:
                return (min(s.end, span[1]) - max(s.start, span[0]), 0 if s.is_own_voice else 1)

            s = max(candidates, key=overlap)
            members.append(
                ClaimMember(m.article, s.statement_id, article.outlet, m.text, span[0], span[1],
                            None if s.is_own_voice else s.speaker, m.presentation, s.confidence.outlet, s.confidence.source)
            )
        if c.id == "troops-training-11000" and hostile is not None:
            members.append(
                ClaimMember(HOSTILE_ID, hostile.statement_id, HOSTILE_OUTLET, hostile.text, hostile.start, hostile.end,
                            hostile.speaker, "hedged", hostile.confidence.outlet, hostile.confidence.source)
            )
        out.append(Claim(c.id, gold.story, c.summary, tuple(members)))
    return out


def build(out_dir: Path, seed: Path) -> None:
    """Rewrite the finished pipeline output in ``out_dir`` into the test analysis (see module doc)."""
    analysis = read_analysis(out_dir)
    golds = load_gold_dir(seed / "gold")
    rows = [dict(r) for r in analysis.article_rows]
    statements: list[Statement] = []
    for article in analysis.articles:
        pipeline = [s for s in analysis.statements if s.article_id == article.article_id]
        statements += enrich(article, pipeline, golds[article.article_id]) if article.article_id in golds else pipeline
    row, hostile = hostile_article()
    rows.append(row)
    statements += hostile
    articles = {r["article_id"]: Article.from_dict(r) for r in rows}
    found = claims(articles, statements, seed / "claims.yaml")
    for s in statements:
        assert articles[s.article_id].body[s.start : s.end] == s.text
    (out_dir / ARTICLES).write_text("".join(dumps(r) + "\n" for r in rows), encoding="utf-8")
    (out_dir / STATEMENTS).write_text("".join(dumps(s.to_dict()) + "\n" for s in statements), encoding="utf-8")
    (out_dir / CLAIMS).write_text("".join(dumps(c.to_dict()) + "\n" for c in found), encoding="utf-8")


def load_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- a small DOM for checking pages without a browser ------------------------------------------

VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def iter(self):  # noqa: ANN201 - iterator of Node
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [
            n for n in self.iter()
            if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
            and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def text(self, skip_class: str | None = None) -> str:
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif skip_class is None or skip_class not in c.classes:
                out.append(c.text(skip_class))
        return "".join(out)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID_TAGS:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        if self.current.tag != tag:
            self.errors.append(f"</{tag}> closes <{self.current.tag}>")
            return
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse_html(html: str) -> Node:
    """The page as a tree; raises when tags do not nest (the pages must be well-formed)."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    if builder.errors or builder.current is not builder.root:
        raise AssertionError(f"badly nested HTML: {builder.errors[:5]} (open: <{builder.current.tag}>)")
    return builder.root


def make_report(out_dir: Path, seed: Path, settings, models, parser, lexicon) -> Path:  # noqa: ANN001 - session fixtures
    """Analyse the seed corpus with the real pipeline into ``out_dir``, complete it (see above), render.

    Returns the index page. The pipeline's own render of its raw output runs first, so that path is
    exercised too.
    """
    from attribution.engine.local import Analyzer
    from attribution.report import export_tables, render_report

    analyzer = Analyzer(settings, models=models, lexicon=lexicon, parser=parser)
    try:
        summary = analyzer.run([seed / "articles"], out_dir)
    finally:
        analyzer.close()
    assert summary.articles == 2 and summary.report is not None and summary.report.is_file()
    build(out_dir, seed)
    analysis = read_analysis(out_dir)
    export_tables(analysis, out_dir)
    return render_report(analysis, out_dir, settings)
