"""The tables and the report of a finished analysis in one pass over its files, so that what a
run holds while writing them does not grow with the corpus.

``articles.jsonl`` and ``statements.jsonl`` are written an article at a time, in the same order
(:class:`attribution.output.OutputWriter`): one pass reads an article and its statements, writes
its page and its rows of ``statements.csv``, adds its numbers to its outlet's and the corpus's
tallies and makes the views of the claim members it holds, then forgets it. What stays is
small: each article's record without its body, its numbers and speakers, the outlets' tallies
(each keeps the first statements its page lists) and the claims' member views. The index, outlet
and claims pages are written from those at the end. The files are byte for byte those of
:func:`attribution.report.export_tables` and :func:`attribution.report.render_report` over the
analysis read whole, which is what a folder whose files do not line up (edited by hand: an
article twice, statements out of order) gets instead.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from attribution.cache import ParseCache
from attribution.config import Settings
from attribution.lexicon import Lexicon
from attribution.output import ARTICLES, CLAIMS, STATEMENTS, read_analysis, records, sync_files
from attribution.pipeline import code_fingerprint
from attribution.records import Article, Claim, Statement
from attribution.report.export import (
    MixedColumn, StatementTable, claims_frame_of, export_tables, outlets_frame_of, write_frame,
)
from attribution.report.render import _Writer, badge_renderer, environment, render_report
from attribution.report.stats import Stances, StatsTally, outlet_name
from attribution.report.views import (
    ArticleSummary, MemberView, OutletTally, Site, article_page, article_summary, claims_page_of, index_page_of,
    member_view, reading_order,
)
from attribution.resources import reports_dir

log = logging.getLogger(__name__)

PAGES_PER_WRITE = 16  # rendered pages stored in the cache together (one transaction)


class Unstreamable(Exception):
    """The folder's files do not line up article by article: it is read whole instead."""


def write_outputs(out_dir: Path, settings: Settings, lexicon: Lexicon | None = None,
                  claims: Sequence[Claim] | None = None, cache: ParseCache | None = None, fresh: bool = False) -> Path:
    """Write the tables and the report of the analysis in ``out_dir``; returns the index page.

    ``claims``: the run's (else read from ``claims.jsonl``); ``lexicon``: the one the analysis
    used (else loaded); ``cache``: where article pages rendered before are kept under a hash of
    what they show (:func:`page_inputs`), so an article whose page would come out the same is
    not rendered again (a re-score after a lexicon edit changes a few); ``fresh``: ``out_dir`` is
    a run's working folder, made anew and swapped in whole once complete, so its pages are
    written in place (no temporary file and rename each). Everything written, ``claims.jsonl``
    included, is made durable by one sync at the end."""
    if not (out_dir / ARTICLES).exists():
        raise FileNotFoundError(f"{out_dir} holds no {ARTICLES}: is it an analysis directory (analyze --out)?")
    lexicon = lexicon if lexicon is not None else Lexicon.load(settings.lexicons)
    try:
        return _streamed(out_dir, settings, lexicon, claims, cache, fresh)
    except (Unstreamable, MixedColumn) as why:
        log.debug("%s: the report reads the analysis whole (%s)", out_dir, why)
        analysis = read_analysis(out_dir)
        export_tables(analysis, out_dir)
        return render_report(analysis, out_dir, settings, lexicon)


def _article_index(path: Path) -> tuple[list[Article], dict[str, int], dict[str, int]]:
    """Every finished article without its body, its position and its words."""
    light: list[Article] = []
    position: dict[str, int] = {}
    words: dict[str, int] = {}
    for obj, article in records(path, Article.from_dict):
        if article.article_id in position:
            raise Unstreamable(f"article {article.article_id!r} twice")
        position[article.article_id] = len(light)
        words[article.article_id] = int(obj.get("word_count") or 0)
        light.append(replace(article, body=""))
    return light, position, words


def _runs(path: Path) -> Iterator[tuple[str, list[Statement]]]:
    """The statements file as runs of one article's statements, in file order."""
    run: list[Statement] = []
    for _, s in records(path, Statement.from_dict, share=False):
        if run and run[0].article_id != s.article_id:
            yield run[0].article_id, run
            run = []
        run.append(s)
    if run:
        yield run[0].article_id, run


def _articles(out_dir: Path, position: dict[str, int]) -> Iterator[tuple[Article, list[Statement]]]:
    """Each finished article whole, with its statements in file order; the statements of an
    article whose line was never written (a run stopped between the two) are left out, as
    :func:`attribution.output.read_analysis` leaves them."""
    runs = _runs(out_dir / STATEMENTS)
    pending = next(runs, None)
    for k, (_, article) in enumerate(records(out_dir / ARTICLES, Article.from_dict, quiet=True, share=False)):
        statements: list[Statement] = []
        while pending is not None:
            at = position.get(pending[0])
            if at is None:  # an unfinished article's
                pending = next(runs, None)
                continue
            if at < k:
                raise Unstreamable(f"the statements of {pending[0]!r} are not together or not in article order")
            if at == k:
                statements = pending[1]
                pending = next(runs, None)
            break
        yield article, statements
    while pending is not None:
        if pending[0] in position:
            raise Unstreamable(f"the statements of {pending[0]!r} are not in article order")
        pending = next(runs, None)


@functools.lru_cache(maxsize=1)
def _render_fingerprint() -> str:
    """This version of the package's code and of every template and stylesheet."""
    digest = hashlib.sha1(code_fingerprint().encode())
    folder = reports_dir()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(folder)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def page_inputs(article: Article, statements: Sequence[Statement], site: Site, lexicon: Lexicon, stances: Stances,
                title: str) -> str:
    """A hash of everything an article page shows: the code and templates, the report title,
    the article and its statements (reading order), the claims they carry, the page's and its
    outlet's file names, and of the lexicon only what the page reads (the descriptions of its
    cues' entries and the stances of its reporting words). Equal hashes, equal pages."""
    entries = sorted({c.entry for s in statements for c in (*s.hedges, *s.boosters)})
    known = {e: lexicon.entries.get(e) for e in entries}
    parts = (
        _render_fingerprint(), title, repr(article), repr(tuple(statements)),
        tuple((e, known[e].description if known[e] else "") for e in entries),
        tuple(stances.of(s.cue.lemma, s.cue.text) if s.cue and not s.is_own_voice else None for s in statements),
        tuple(site.in_claims.get(s.statement_id, ()) for s in statements),
        site.article_slugs.get(article.article_id), site.outlet_href(article.outlet, "../"),
    )
    return hashlib.sha1(repr(parts).encode("utf-8", "backslashreplace")).hexdigest()


def _streamed(out_dir: Path, settings: Settings, lexicon: Lexicon, claims: Sequence[Claim] | None,
              cache: ParseCache | None = None, fresh: bool = False) -> Path:
    claims = tuple(claims) if claims is not None else tuple(c for _, c in records(out_dir / CLAIMS, Claim.from_dict))
    light, position, words = _article_index(out_dir / ARTICLES)
    site = Site.frame(light, claims)
    env = environment()
    title = settings.report.title
    pages = _Writer(out_dir / "report", in_place=fresh)
    stances = Stances(lexicon)
    members: dict[str, list[tuple[int, int]]] = {}
    for c, claim in enumerate(claims):
        for i, m in enumerate(claim.members):
            members.setdefault(m.article_id, []).append((c, i))
    member_views: dict[tuple[int, int], MemberView] = {}
    outlets: dict[str, OutletTally] = {}
    numbers: dict[str, StatsTally] = {}
    corpus = StatsTally("All outlets")
    summaries: list[ArticleSummary] = []
    rendered: list[tuple[tuple[str, str, str], bytes]] = []  # new pages for the cache
    article_template = env.get_template("article.html.j2")
    badge = badge_renderer(env, {"title": title, "root": "../"})
    with StatementTable(out_dir / "statements.csv") as table:
        for article, statements in _articles(out_dir, position):
            name, count = outlet_name(article.outlet), words[article.article_id]
            table.add(statements, article.outlet)
            numbers.setdefault(name, StatsTally(name)).add(1, statements, count)
            corpus.add(1, statements, count)
            ordered = reading_order(statements)
            here = site.for_article(article, ordered)
            outlets.setdefault(name, OutletTally(lexicon, stances)).add(here, article, ordered)
            summaries.append(article_summary(article, ordered, count))
            relative = f"articles/{site.article_slugs[article.article_id]}.html"
            key, stored = None, None
            if cache is not None and cache.enabled:
                key = (article.body_sha256, article.article_id, page_inputs(article, ordered, here, lexicon, stances, title))
                stored = cache.get_pages([key]).get(key)
            if stored is not None:
                pages.write_bytes(relative, stored)
            else:
                html = article_template.render(title=title, root="../", page=article_page(None, here, article, lexicon, badge))
                pages.write(relative, html)
                if key is not None:
                    rendered.append((key, html.encode("utf-8")))
            if cache is not None and len(rendered) >= PAGES_PER_WRITE:
                cache.put_pages(rendered)
                rendered.clear()
            by_id = {s.statement_id: s for s in statements}
            for c, i in members.get(article.article_id, ()):
                member_views[(c, i)] = member_view(here, by_id, claims[c].members[i], stances, lexicon, claims[c].story)
    if rendered and cache is not None:
        cache.put_pages(rendered)
    tables = table.written()
    stats = [t.result() for _, t in sorted(numbers.items(), key=lambda kv: kv[0].lower())]
    tables += write_frame(outlets_frame_of(stats), out_dir / "outlets.csv")
    tables += write_frame(claims_frame_of(claims, {a.article_id: a.outlet for a in light}), out_dir / "claims.csv")

    index = index_page_of(stats, corpus.result(), summaries, claims, site)
    index_path = pages.write("index.html", env.get_template("index.html.j2").render(title=title, root="", page=index))
    outlet_template = env.get_template("outlet.html.j2")
    for row in index.outlets:
        mine = [s for s in summaries if outlet_name(s.article.outlet) == row.stats.outlet]
        page = outlets[row.stats.outlet].page(site, row.stats, mine)
        pages.write(f"outlets/{page.slug}.html", outlet_template.render(title=title, root="../", page=page))

    def view_of(c: int, i: int) -> MemberView:
        known = member_views.get((c, i))  # else its article is not in the analysis
        return known or member_view(site, {}, claims[c].members[i], stances, lexicon, claims[c].story)

    claims_view = claims_page_of(claims, site, view_of)
    pages.write("claims.html", env.get_template("claims.html.j2").render(title=title, root="", page=claims_view))
    claims_file = [out_dir / CLAIMS] if (out_dir / CLAIMS).exists() else []
    sync_files([*tables, *claims_file, *sorted(pages.written)])  # one syncfs for every file
    pages.remove_stale()
    return index_path
