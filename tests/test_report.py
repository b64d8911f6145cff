"""The HTML reports and the CSV exports, checked without a browser (tests/browser drives Chromium).

The analysis is the real pipeline's on the seed corpus plus a hostile article (see
tests/report_data.py); every expected value is read back from that analysis directory.
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from collections import Counter
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pandas as pd
import pytest
from .conftest import EXAMPLES
from .report_data import (
    HOSTILE_ENTRY_DESCRIPTION, HOSTILE_ENTRY_ID, HOSTILE_ID, HOSTILE_OUTLET, HOSTILE_TITLE, HOSTILE_URL, Node,
    make_report, parse_html, report_lexicon,
)

from attribution.config import Settings
from attribution.output import Analysis, read_analysis
from attribution.records import Statement
from attribution.report import export_tables, render_report
from attribution.report.charts import Bar, Part, bar_chart, histogram, stacked_chart
from attribution.report.highlight import paragraphs
from attribution.report.slugs import slugify, unique_slugs
from attribution.report.stats import Stances, confidence_bins, outlet_name, outlet_stats, speaker_rows, unique_cues
from attribution.report.views import Site, category, safe_link

# Every tag the templates write; article text must never add one.
TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "p", "a", "nav", "main", "footer", "script", "h1",
    "h2", "h3", "section", "table", "thead", "tbody", "tr", "th", "td", "div", "details", "summary", "caption", "b",
    "figure", "svg", "title", "desc", "defs", "pattern", "rect", "line", "circle", "text", "g", "figcaption", "span",
    "button", "mark", "dl", "dt", "dd", "code", "ul", "li", "article", "aside",
    "label", "select", "option", "input",  # the filter and sort controls (hidden until the script shows them)
}
AP = "ap-video-north-korean-soldiers"
ABC = "abc-north-korean-soldiers-training"


@pytest.fixture(scope="module")
def report(tmp_path_factory, settings, models, parser) -> Path:
    out = tmp_path_factory.mktemp("report-analysis")
    index = make_report(out, settings, models, parser)
    assert index == out / "report" / "index.html"
    return out


@pytest.fixture(scope="module")
def analysis(report: Path) -> Analysis:
    return read_analysis(report)


def pages(out: Path) -> list[Path]:
    return sorted((out / "report").rglob("*.html"))


def article_page(out: Path, article_id: str) -> Path:
    site = Site.of(read_analysis(out))
    return out / "report" / "articles" / f"{site.article_slugs[article_id]}.html"


def page_root(path: Path) -> Node:
    return parse_html(path.read_text(encoding="utf-8"))


def placed(root: Node, body: str) -> list[tuple[Node, int, int]]:
    """Every element of the article body with the body offsets of the text it holds (the
    confidence badges, which are not article text, left out)."""
    paras = root.find_all("article", cls="body")[0].find_all("div", cls="para")
    ranges = paragraphs(body)
    assert len(paras) == len(ranges)
    out: list[tuple[Node, int, int]] = []
    for para, (at, _) in zip(paras, ranges):
        position = at

        def walk(node: Node) -> None:
            nonlocal position
            for child in node.children:
                if isinstance(child, str):
                    position += len(child)
                elif "conf" not in child.classes:
                    start = position
                    walk(child)
                    out.append((child, start, position))

        walk(para)
    return out


def covered(spans: list[tuple[Node, int, int]], cls: str, **attrs: str) -> set[int]:
    """The body offsets inside elements of class ``cls`` with these attributes (``data_n`` for data-n)."""
    return {
        i for node, a, b in spans
        if cls in node.classes and all(node.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        for i in range(a, b)
    }


def shown(body: str, start: int, end: int) -> set[int]:
    """The characters of ``[start, end)`` a page shows: those inside a paragraph."""
    return {i for a, b in paragraphs(body) for i in range(max(a, start), min(b, end))}


def attributed(statements: list[Statement] | tuple[Statement, ...]) -> list[Statement]:
    return [s for s in statements if not s.is_own_voice]


def test_every_page_type_is_written(report: Path, analysis: Analysis) -> None:
    names = {p.relative_to(report / "report").as_posix() for p in pages(report)}
    assert {"index.html", "claims.html"} <= names
    assert {n for n in names if n.startswith("outlets/")} == {
        "outlets/abc-news-australia-382450e1.html", "outlets/associated-press-45c44eb1.html",
        "outlets/evil-b-news-b-co-script-5b1672d1.html",
    }
    assert f"articles/{AP}.html" in names and f"articles/{ABC}.html" in names
    assert len([n for n in names if n.startswith("articles/")]) == len(analysis.articles) == 3


def test_pages_are_wellformed_and_use_only_template_tags(report: Path) -> None:
    for page in pages(report):
        root = page_root(page)
        tags = {n.tag for n in root.iter()} - {"#document"}
        assert tags <= TEMPLATE_TAGS, (page.name, tags - TEMPLATE_TAGS)
        for node in root.iter():
            assert not any(name.startswith("on") for name in node.attrs), (page.name, node.tag, node.attrs)
            assert "style" not in node.attrs, (page.name, node.tag)  # the CSP forbids style attributes
        assert len(root.find_all("script")) == 1 and "src" not in root.find_all("script")[0].attrs


def test_every_internal_link_and_anchor_resolves(report: Path) -> None:
    ids = {p: {n.attrs["id"] for n in page_root(p).iter() if n.attrs.get("id")} for p in pages(report)}
    checked = 0
    for page in pages(report):
        for a in page_root(page).find_all("a"):
            href = a.attrs.get("href") or ""
            parts = urlsplit(href)
            if parts.scheme:
                assert parts.scheme in ("http", "https"), href
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            assert target in ids, f"{page.name}: link to missing page {href}"
            if parts.fragment:
                assert parts.fragment in ids[target], f"{page.name}: link to missing anchor {href}"
            checked += 1
    assert checked > 100


def test_pages_load_nothing_and_the_policy_allows_only_the_inlined_style_and_script(report: Path) -> None:
    for page in pages(report):
        root = page_root(page)
        assert not root.find_all("link") and not root.find_all("img") and not root.find_all("iframe")
        for node in root.iter():
            assert "src" not in node.attrs, (page.name, node.tag)
        style = root.find_all("style")[0].text()
        script = root.find_all("script")[0].text()
        assert "url(" not in style and "@import" not in style
        policy = next(m.attrs["content"] for m in root.find_all("meta") if m.attrs.get("http-equiv") == "Content-Security-Policy")

        def digest(text: str) -> str:
            return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()

        assert f"style-src 'sha256-{digest(style)}'" in policy
        assert f"script-src 'sha256-{digest(script)}'" in policy
        assert "default-src 'none'" in policy and "unsafe" not in policy


def test_article_text_is_shown_exactly_once_and_escaped(report: Path, analysis: Analysis) -> None:
    for article in analysis.articles:
        root = page_root(article_page(report, article.article_id))
        paras = root.find_all("div", cls="para")
        expected = [article.body[a:b] for a, b in paragraphs(article.body)]
        assert [p.text(skip_class="conf") for p in paras] == expected


def test_every_statement_is_marked_over_its_own_words_with_its_speaker(report: Path, analysis: Analysis) -> None:
    site = Site.of(analysis)
    for article in analysis.articles:
        statements = list(site.statements_of(article.article_id))
        assert statements, article.article_id
        root = page_root(article_page(report, article.article_id))
        spans = placed(root, article.body)
        firsts = [n for n, _, _ in spans if "stmt" in n.classes and "data-cont" not in n.attrs]
        assert sorted(n.attrs["id"] for n in firsts) == sorted(f"s-{i}" for i in range(1, len(statements) + 1))
        assert len(root.find_all("article", cls="body")[0].find_all("button", cls="badge")) == len(statements)
        for n, s in enumerate(statements, start=1):
            pieces = [node for node, _, _ in spans if "stmt" in node.classes and node.attrs.get("data-n") == str(n)]
            assert covered(spans, "stmt", data_n=str(n)) == shown(article.body, s.start, s.end), (article.article_id, n)
            assert {p.attrs["data-speaker"] for p in pieces} == {(s.speaker or "") if not s.is_own_voice else ""}
            assert all(("attributed" in p.classes) == (not s.is_own_voice) for p in pieces)
            if s.mention and not s.is_own_voice:
                assert set(range(s.mention.start, s.mention.end)) <= covered(spans, "mention")
        # the statements table holds every statement's exact words
        rows = root.find_all("table", id="statements")[0].find_all("tbody")[0].find_all("tr")
        assert [r.find_all("td", cls="text")[0].text() for r in rows] == [s.text for s in statements]


def test_every_cue_is_marked_with_its_category_scope_and_lexicon_entry(report: Path, analysis: Analysis) -> None:
    lexicon = report_lexicon(report)
    stances = Stances(lexicon)
    site = Site.of(analysis)
    marked = 0
    for article in analysis.articles:
        statements = list(site.statements_of(article.article_id))
        root = page_root(article_page(report, article.article_id))
        spans = placed(root, article.body)
        cue_spans = {(c.start, c.end) for s in statements for c in s.hedges + s.boosters}
        for s in statements:
            for c in s.hedges + s.boosters:
                pieces = [n for n, _, _ in spans if "cue" in n.classes and n.attrs.get("data-entry") == c.entry
                          and n.attrs.get("data-category") == c.category]
                assert set(range(c.start, c.end)) <= covered(spans, "cue", data_entry=c.entry, data_category=c.category), (s.statement_id, c)
                assert all(f"cat-{category(c.category).name}" in p.classes for p in pieces)
                description = lexicon.entries[c.entry].description
                assert all(description in (p.attrs.get("title") or "") for p in pieces), c.entry
                scope = covered(spans, "scope", data_category=c.category)
                assert shown(article.body, *c.scope) <= scope, (s.statement_id, c)
                marked += 1
            if s.cue and not s.is_own_voice and (s.cue.start, s.cue.end) not in cue_spans:
                stance = stances.of(s.cue.lemma, s.cue.text)
                rcue = covered(spans, "rcue", data_category=f"reporting_{stance}")
                assert set(range(s.cue.start, s.cue.end)) <= rcue, (s.statement_id, s.cue)
        # the legend explains every category drawn on the page
        drawn = {n.attrs["data-category"] for n, _, _ in spans if "cue" in n.classes}
        legend = root.find_all("section", cls="legend")[0].text()
        assert all(category(name).label in legend for name in drawn), drawn
    assert marked >= 30


def test_article_side_panel_and_explanations_follow_the_statements(report: Path, analysis: Analysis) -> None:
    site = Site.of(analysis)
    for article in analysis.articles:
        statements = list(site.statements_of(article.article_id))
        root = page_root(article_page(report, article.article_id))
        # every statement with a speaker shows that speaker in the side panel, with a link to it
        side = root.find_all("table", id="speakers")[0].find_all("tbody")[0].find_all("tr")
        panel = {r.attrs["data-speaker"]: r for r in side}
        by_speaker: dict[str, list[int]] = {}
        for n, s in enumerate(statements, start=1):
            if not s.is_own_voice and s.speaker:
                by_speaker.setdefault(s.speaker, []).append(n)
        assert set(panel) == set(by_speaker), article.article_id
        for speaker, numbers in by_speaker.items():
            row = panel[speaker]
            assert row.find_all("th")[0].children[0] == speaker
            assert [a.attrs["href"] for a in row.find_all("a")] == [f"#s-{n}" for n in numbers]
            assert row.find_all("td")[0].text() == str(len(numbers))
        counts = [int(r.find_all("td")[0].text()) for r in side]
        assert counts == sorted(counts, reverse=True)
        # every explanation carries its statement's speaker, scores and every factor of the score
        for n, s in enumerate(statements, start=1):
            explain = root.find_all(id=f"x-{n}")[0]
            text = explain.text()
            head = explain.find_all(cls="ex-head")[0].text()
            assert (s.speaker in head) if not s.is_own_voice and s.speaker else "own voice" in head
            assert f"outlet confidence {s.confidence.outlet:.2f}" in text
            assert f"source confidence {s.confidence.source:.2f}" in text
            rows = explain.find_all(cls="ex-row")
            assert [(r.find_all(cls="ex-f")[0].text(), r.find_all(cls="ex-d")[0].text()) for r in rows] == [
                (f.factor, f.detail) for f in s.explanation
            ]


def test_reporting_words_the_lexicon_lists_are_shown_with_their_stance(report: Path, analysis: Analysis) -> None:
    """Every reporting cue the attribution stage finds comes from the lexicon, so none is "unlisted";
    "according to" (lemmas "accord to", entry pattern "accord|according to") is neutral."""
    stances = Stances(report_lexicon(report))
    cues = {(s.cue.lemma, s.cue.text) for s in attributed(analysis.statements) if s.cue}
    assert ("accord to", "according to") in cues
    assert {lemma: stances.of(lemma, text) for lemma, text in cues if stances.of(lemma, text) == "unlisted"} == {}
    assert stances.of("accord to", "according to") == "neutral"
    for page in pages(report):
        root = page_root(page)
        assert not root.find_all(cls="cat-reporting_unlisted", data_category="reporting_unlisted"), page.name
        assert "(unlisted)" not in root.text(), page.name


def test_ap_article_shows_its_quotes_cues_and_scores(report: Path, analysis: Analysis) -> None:
    """The seed's AP article as the real pipeline reads it: a page a teacher would use."""
    statements = analysis.statements_of(AP)
    assert len(attributed(statements)) >= 8 and len(statements) - len(attributed(statements)) >= 4
    speakers = {s.speaker for s in attributed(statements)}
    assert {"Ihor Solovey", "Kyrylo Budanov"} <= speakers
    root = page_root(article_page(report, AP))
    body = root.find_all("article", cls="body")[0]
    cats = {n.attrs["data-category"] for n in body.find_all("mark", cls="cue") if "data-category" in n.attrs}
    assert {"evidential", "verification", "booster", "modal", "reporting_neutral"} <= cats
    clearly = [n for n in body.find_all("mark", cls="cue") if n.text() == "clearly"]
    assert clearly and "cat-booster" in clearly[0].classes
    solovey = next(s for s in statements if s.speaker == "Ihor Solovey" and any(b.text == "clearly" for b in s.boosters))
    assert solovey.kind == "direct" and solovey.confidence.source > 0.9  # his own "clearly" makes him sound surer


def test_hostile_article_renders_its_markup_as_text(report: Path, analysis: Analysis) -> None:
    article = next(a for a in analysis.articles if a.article_id == HOSTILE_ID)
    assert (article.outlet, article.title, article.url) == (HOSTILE_OUTLET, HOSTILE_TITLE, HOSTILE_URL)
    statements = analysis.statements_of(HOSTILE_ID)
    html = article_page(report, HOSTILE_ID).read_text(encoding="utf-8")
    for raw in ("<script>alert(1)</script>", "<img src=x", "<i>Siberia</i>", HOSTILE_ENTRY_ID, "<b>News</b>"):
        assert raw not in html
    assert 'href="javascript:' not in html
    root = parse_html(html)
    text = root.find_all("article", cls="body")[0].text(skip_class="conf")
    for markup in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(3)">click here</a>'):
        assert markup in text
    assert HOSTILE_TITLE in root.find_all("h1")[0].text()
    assert HOSTILE_TITLE in root.find_all("title")[0].text()
    assert root.find_all("span", cls="url")[0].text() == HOSTILE_URL and HOSTILE_OUTLET in root.find_all("dl", cls="meta")[0].text()
    assert root.find_all("code")[0].text() == HOSTILE_ID
    # the real pipeline finds the quote, the hedges and the anonymous source in the hostile text
    quote = next(s for s in statements if "<img src=x onerror=alert(1)>" in s.text)
    assert quote.kind == "direct" and quote.speaker and not quote.is_own_voice
    assert any(s.speaker_type == "anonymous" and any(c.entry == "allegedly" for c in s.hedges) for s in statements)
    n = Site.of(analysis).numbers[quote.statement_id]
    assert root.find_all(id=f"s-{n}")[0].attrs["data-speaker"] == quote.speaker
    assert quote.speaker in root.find_all("table", id="speakers")[0].text()
    # the overlay's hedge: its markup id and description only as attribute values
    cue = [m for m in root.find_all("mark", cls="cue") if m.attrs.get("data-entry") == HOSTILE_ENTRY_ID]
    assert cue and cue[0].text() == "reputedly" and "cat-evidential" in cue[0].classes
    assert HOSTILE_ENTRY_DESCRIPTION in cue[0].attrs["title"]
    for page in pages(report):
        text = page.read_text(encoding="utf-8")
        for raw in ("<b>News</b>", "<script>alert", "<script>document", "<img src", "<i>Siberia</i>", "<svg onload"):
            assert raw not in text, (page.name, raw)


def test_index_tables_match_the_numbers(report: Path, analysis: Analysis) -> None:
    root = page_root(report / "report" / "index.html")
    rows = root.find_all("table", id="outlets")[0].find_all("tr")[1:]
    stats = {s.outlet: s for s in outlet_stats(analysis)}
    assert [r.attrs["data-outlet"] for r in rows] == list(stats) == sorted({outlet_name(a.outlet) for a in analysis.articles}, key=str.lower)
    for row in rows:
        name = row.attrs["data-outlet"]
        s = stats[name]
        cells = [c.text().strip() for c in row.find_all("td")]
        assert cells[:3] == [str(s.articles), str(s.words), str(s.statements)]
        assert cells[3] == f"{s.attributed} ({round(100 * s.attributed_share)} %)"
        assert cells[5] == f"{s.hedges_per_1000_words:.1f}"
        assert cells[7] == f"{s.mean_confidence_outlet:.2f}"
        # the same numbers, counted here from the records themselves
        ids = {a.article_id for a in analysis.articles if outlet_name(a.outlet) == name}
        own = [s for s in analysis.statements if s.article_id in ids]
        hedges = {(x.article_id, c.start, c.end, c.entry) for x in own for c in x.hedges}
        boosters = {(x.article_id, c.start, c.end, c.entry) for x in own for c in x.boosters}
        words = sum(r["word_count"] for r in analysis.article_rows if r["article_id"] in ids)
        assert (s.statements, s.attributed, s.hedges, s.boosters, s.words) == (
            len(own), len(attributed(own)), len(hedges), len(boosters), words
        )
        assert s.mean_confidence_outlet == pytest.approx(sum(x.confidence.outlet for x in own) / len(own))
    ap = stats["Associated Press"]
    assert ap.statements > 0 and ap.attributed > 0 and ap.hedges > 0 and ap.boosters > 0
    charts = root.find_all("figure", cls="chart")
    assert {c.attrs["id"] for c in charts} == {"chart-share", "chart-hedges", "chart-confidence"}
    hedge_chart = next(c for c in charts if c.attrs["id"] == "chart-hedges")
    for s in stats.values():
        assert f"{s.outlet}: {s.hedges_per_1000_words:.1f}" in hedge_chart.text()


def test_index_has_a_speaker_table_for_every_article(report: Path, analysis: Analysis) -> None:
    root = page_root(report / "report" / "index.html")
    rows = [r for r in root.find_all("table", id="articles")[0].find_all("tr") if "data-article" in r.attrs]
    assert [r.attrs["data-article"] for r in rows] == [a.article_id for a in analysis.articles]
    for row in rows:
        article_id = row.attrs["data-article"]
        statements = analysis.statements_of(article_id)
        expected = speaker_rows(statements)
        table = row.find_all("table", cls="speakers-table")[0]
        body_rows = table.find_all("tbody")[0].find_all("tr")
        got = [(r.find_all("th")[0].children[0], [c.text() for c in r.find_all("td")]) for r in body_rows]
        assert got == [
            (e.speaker, [e.speaker_type, str(e.statements)] + [str(e.kind(k)) for k in ("direct", "indirect", "mixed", "according_to")])
            for e in expected
        ]
        # counted here from the records: every speaker once, most quoted first
        quoted = Counter(s.speaker for s in attributed(statements) if s.speaker)
        assert {name: int(cells[1]) for name, cells in got} == dict(quoted)
        assert got[0][0] in {name for name, n in quoted.items() if n == max(quoted.values())}


def claim_rows(report: Path) -> tuple[list[str], list[Node]]:
    root = page_root(report / "report" / "claims.html")
    table = root.find_all("table", id="claims")[0]
    header = [th.text() for th in table.find_all("thead")[0].find_all("th")]
    return header, table.find_all("tr", cls="claim")


def test_claims_page_shows_every_claim_with_each_outlets_words(report: Path, analysis: Analysis) -> None:
    site = Site.of(analysis)
    statements = {s.statement_id: s for s in analysis.statements}
    header, rows = claim_rows(report)
    outlets = sorted({outlet_name(m.outlet) for c in analysis.claims for m in c.members}, key=str.lower)
    assert header == ["Claim", *outlets]
    assert len(rows) == len(analysis.claims) >= 4
    # by how far the outlets disagree (issue 16): the spread first, then the gap between outlets
    order = [(float(r.attrs["data-spread"]), float(r.attrs["data-gap"])) for r in rows]
    assert order == sorted(order, reverse=True)
    claims = {c.claim_id: c for c in analysis.claims}
    assert {r.attrs["data-claim"] for r in rows} == set(claims)
    for row in rows:
        claim = claims[row.attrs["data-claim"]]
        cells = row.find_all("td", cls="cell")
        assert len(cells) == len(outlets)
        for outlet, cell in zip(outlets, cells):
            members = [m for m in claim.members if outlet_name(m.outlet) == outlet]
            shown_members = cell.find_all(cls="member")
            assert len(shown_members) == len(members), (claim.claim_id, outlet)
            for m, view in zip(members, shown_members):
                assert view.find_all(cls="wording")[0].text() == f"\u201c{m.text}\u201d"
                assert view.find_all(cls=f"pres-{m.presentation}")
                s = statements[m.statement_id]
                attrib = view.find_all(cls="attrib")[0].text()
                assert attrib.startswith(s.speaker) if not s.is_own_voice and s.speaker else attrib == "outlet's own voice"
                # the member's own hedges and boosters are marked inside its words
                body = site.articles[m.article_id].body
                spans = {(max(c.start, m.start), min(c.end, m.end)) for c in s.hedges + s.boosters}
                inside = sorted(body[a:b] for a, b in spans if a < b)
                marks: list[str] = []
                for k in view.find_all("mark", cls="cue"):
                    if "rcue" in k.classes or "ctx" in k.classes:
                        continue
                    if "data-cont" in k.attrs:
                        marks[-1] += k.text()
                    else:
                        marks.append(k.text())
                assert sorted(marks) == inside, (claim.claim_id, m.statement_id)
                # the sentence's other hedges and boosters are listed beside the words
                outside = sorted(c.text for c in s.hedges + s.boosters if c.end <= m.start or c.start >= m.end)
                assert sorted(k.text() for k in view.find_all("mark", cls="ctx")) == outside, (claim.claim_id, m.statement_id)
                # the reporting word is marked with its stance (a disputing "denied" stands out)
                rcues = view.find_all("mark", cls="rcue")
                assert [k.text() for k in rcues] == ([s.cue.text] if s.cue and not s.is_own_voice else [])
                # the member is a filter unit of its outlet, label and confidence
                assert (view.attrs["data-outlet"], view.attrs["data-presentation"]) == (outlet, m.presentation)
                assert float(view.attrs["data-confidence"]) == pytest.approx(m.confidence_outlet, abs=1e-4)
                link = view.find_all(cls="from")[0].find_all("a")[0]
                assert link.attrs["href"] == f"{site.article_href(m.article_id, '')}#s-{site.numbers[m.statement_id]}"
                assert re.match(r"^articles/[a-z0-9._-]+\.html#s-\d+$", link.attrs["href"]), link.attrs["href"]
                assert link.text() == (site.articles[m.article_id].title or m.article_id)


def test_claims_page_shows_claims_carried_by_both_seed_outlets(report: Path, analysis: Analysis) -> None:
    """Acceptance: at least four claims carried by both seed outlets, each with both outlets' wording."""
    header, rows = claim_rows(report)
    columns = {name: i for i, name in enumerate(header[1:])}
    claims = {c.claim_id: c for c in analysis.claims}
    both = []
    for row in rows:
        claim = claims[row.attrs["data-claim"]]
        cells = row.find_all("td", cls="cell")
        wordings = {}
        for outlet in ("ABC News (Australia)", "Associated Press"):
            expected = [f"\u201c{m.text}\u201d" for m in claim.members if outlet_name(m.outlet) == outlet]
            got = [w.text() for w in cells[columns[outlet]].find_all(cls="wording")]
            assert got == expected
            wordings[outlet] = got
        if all(wordings.values()):
            both.append(claim.claim_id)
    assert len(both) >= 4, both


def test_hostile_outlet_joins_the_claim_it_shares_with_the_seed(report: Path, analysis: Analysis) -> None:
    """The hostile article's anonymous, "allegedly" version of the 11,000-troops claim is put beside
    the seed outlets' (alignment is real); its outlet, title and words stay text on the claims page."""
    claim = next(c for c in analysis.claims if any(m.article_id == HOSTILE_ID for m in c.members))
    hostile = next(m for m in claim.members if m.article_id == HOSTILE_ID)
    assert "11,000" in hostile.text and hostile.presentation == "hedged"
    assert {outlet_name(m.outlet) for m in claim.members} >= {"ABC News (Australia)", "Associated Press", HOSTILE_OUTLET}
    html = (report / "report" / "claims.html").read_text(encoding="utf-8")
    assert "<i>Siberia</i>" not in html and "<b>News</b>" not in html
    header, rows = claim_rows(report)
    row = next(r for r in rows if r.attrs["data-claim"] == claim.claim_id)
    cell = row.find_all("td", cls="cell")[header.index(HOSTILE_OUTLET) - 1]
    member = cell.find_all(cls="member")[0]
    assert member.find_all(cls="wording")[0].text() == f"\u201c{hostile.text}\u201d"
    assert [m.text() for m in member.find_all(cls="wording")[0].find_all("mark", cls="cue")] == ["allegedly"]
    assert member.find_all(cls="from")[0].text() == HOSTILE_TITLE


def test_exports_agree_with_the_report(report: Path, analysis: Analysis) -> None:
    statements = pd.read_csv(report / "statements.csv")
    outlets = pd.read_csv(report / "outlets.csv")
    claims = pd.read_csv(report / "claims.csv")
    assert len(statements) == len(analysis.statements)
    assert len(claims) == sum(len(c.members) for c in analysis.claims)
    assert set(claims["claim_id"]) == {c.claim_id for c in analysis.claims}
    stats = {s.outlet: s for s in outlet_stats(analysis)}
    assert list(outlets["outlet"]) == list(stats)
    for _, row in outlets.iterrows():
        s = stats[row["outlet"]]
        assert (row["statements"], row["attributed"], row["hedges"]) == (s.statements, s.attributed, s.hedges)
        assert row["hedges_per_1000_words"] == pytest.approx(s.hedges_per_1000_words, abs=1e-3)
    assert HOSTILE_OUTLET in set(outlets["outlet"])
    pytest.importorskip("pyarrow")
    assert len(pd.read_parquet(report / "claims.parquet")) == len(claims)


def test_report_command_renders_again_from_the_files_alone(report: Path, tmp_path: Path, monkeypatch) -> None:
    from attribution.cli import main

    out = tmp_path / "copy"
    shutil.copytree(report, out)
    shutil.rmtree(out / "report" / "outlets")
    stale = out / "report" / "articles" / "gone.html"
    stale.write_text("old", encoding="utf-8")
    (out / "outlets.csv").unlink()
    monkeypatch.setenv("ATTRIBUTION_MODELS", str(tmp_path / "no-models-here"))
    assert main(["report", str(out), "--title", "Class <7b>"]) == 0
    assert not stale.exists()
    assert (out / "outlets.csv").is_file()
    assert len(list((out / "report" / "outlets").glob("*.html"))) == 3
    index = (out / "report" / "index.html").read_text(encoding="utf-8")
    assert "Class &lt;7b&gt;" in index
    assert (out / "report" / "articles" / f"{AP}.html").read_bytes() != b""


def test_report_of_an_empty_analysis(tmp_path: Path) -> None:
    (tmp_path / "articles.jsonl").write_text("", encoding="utf-8")
    analysis = read_analysis(tmp_path)
    export_tables(analysis, tmp_path)
    index = render_report(analysis, tmp_path, Settings())
    root = parse_html(index.read_text(encoding="utf-8"))
    assert "0 outlets" in root.find_all("p", id="summary")[0].text()
    assert parse_html((tmp_path / "report" / "claims.html").read_text(encoding="utf-8")).find_all("p", id="no-claims")
    assert list(pd.read_csv(tmp_path / "outlets.csv").columns)[:2] == ["outlet", "articles"]


# --- the parts ---------------------------------------------------------------------------------


def test_slugs_are_safe_stable_and_distinct() -> None:
    assert slugify("ap-video-north-korean-soldiers") == "ap-video-north-korean-soldiers"
    for name in ['../../etc/<evil> "id"', "CON", ".hidden", "a/b", "Ärger", "", "   ", "x" * 300, "index"]:
        slug = slugify(name)
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,79}", slug), (name, slug)
        assert slug == slugify(name)
    assert slugify("CON").startswith("con-") and slugify("index") != "index"
    slugs = unique_slugs(["Report", "report", "report!", "REPORT"])
    assert len(set(slugs.values())) == 4 and slugs["report"] == "report"


def test_unique_cues_count_each_cue_once(analysis: Analysis) -> None:
    ap = analysis.statements_of(AP)
    carried = sum(len(s.hedges) + len(s.boosters) for s in ap)
    found = unique_cues(ap)
    distinct = {(t, c.start, c.end, c.entry) for s in ap for t, cues in (("hedge", s.hedges), ("booster", s.boosters)) for c in cues}
    assert {(f.type, f.cue.start, f.cue.end, f.cue.entry) for f in found} == distinct and len(found) == len(distinct)
    # the AP disclaimer "couldn't verify the video" bears on several statements: carried more than once, counted once
    assert carried > len(found)
    assert confidence_bins([0.0, 0.05, 0.1, 0.99, 1.0, 1.2, -1]) == [3, 1, 0, 0, 0, 0, 0, 0, 0, 3]


def test_charts_are_valid_svg_with_escaped_labels() -> None:
    import xml.etree.ElementTree as ET

    charts = [
        bar_chart("c1", "Hedges <per> 1,000", [Bar("A & <B>", 3.0, "3.0", "outlets/a.html"), Bar("C", 0.0, "0.0")]),
        stacked_chart("c2", "Share", [("A & B", [Part("attributed", 2), Part("own voice", 1)], None), ("Empty", [], None)]),
        histogram("c3", "Confidence", [0, 2, 5], ["0", "0.3", "0.6", "1"]),
        bar_chart("c4", "Nothing", []),
    ]
    for chart in charts:
        svg = re.search(r"<svg.*</svg>", str(chart), re.S)
        assert svg is not None
        tree = ET.fromstring(svg.group(0))
        ns = "{http://www.w3.org/2000/svg}"
        assert tree.find(f"{ns}title") is not None and tree.find(f"{ns}desc") is not None
    assert "A &amp; &lt;B&gt;" in str(charts[0]) and "<B>" not in str(charts[0])
    assert "67 % attributed" in str(charts[1])


def test_only_web_addresses_become_links() -> None:
    assert safe_link("https://example.org/a?b=c") == "https://example.org/a?b=c"
    for bad in ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "https://x.org/\"onmouseover=x", None, ""]:
        assert safe_link(bad) is None


@pytest.mark.slow
def test_report_of_the_wikinews_examples(tmp_path: Path, settings, models, parser, lexicon, wikinews_parsed) -> None:
    """The shipped example corpus through the real pipeline: every page well-formed, every body exact."""
    from attribution.engine.local import Analyzer

    analyzer = Analyzer(settings, models=models, lexicon=lexicon, parser=parser)
    try:
        summary = analyzer.run([EXAMPLES], tmp_path)
    finally:
        analyzer.close()
    assert summary.articles == 24
    analysis = read_analysis(tmp_path)
    site = Site.of(analysis)
    for article in analysis.articles:
        page = tmp_path / "report" / "articles" / f"{site.article_slugs[article.article_id]}.html"
        root = parse_html(page.read_text(encoding="utf-8"))
        got = [p.text(skip_class="conf") for p in root.find_all("div", cls="para")]
        assert got == [article.body[a:b] for a, b in paragraphs(article.body)]
        assert len(root.find_all("button", cls="badge")) == len(analysis.statements_of(article.article_id))
    assert len(list((tmp_path / "report" / "outlets").glob("*.html"))) == 1


def test_legend_markers_match_the_stylesheet() -> None:
    from attribution.report.views import CATEGORIES, OTHER_CATEGORY
    from attribution.resources import reports_dir

    css = (reports_dir() / "static" / "report.css").read_text(encoding="utf-8")
    drawn = dict(re.findall(r'mark\.cue\.cat-([a-z_]+)\.m-first::before \{ content: "([^"]+)"', css))
    assert drawn == {c.name: c.marker for c in CATEGORIES}
    assert re.search(r'mark\.cue\.m-first::before \{[^}]*content: "' + OTHER_CATEGORY.marker + '"', css)
    assert len({c.marker for c in CATEGORIES + (OTHER_CATEGORY,)}) == len(CATEGORIES) + 1  # shapes tell them apart


def test_filter_controls_are_written_hidden_with_the_values_present(report: Path, analysis: Analysis) -> None:
    """Without the script nothing is hidden: the controls carry ``hidden``, no row is filtered out,
    and each option is a value that occurs in the table, counted."""
    root = page_root(report / "report" / "claims.html")
    tools = root.find_all("div", cls="tools")
    assert len(tools) == 1 and "hidden" in tools[0].attrs and tools[0].attrs["data-tools"] == "claims claim-matrix"
    assert not root.find_all(cls="filtered-out") and not root.find_all(cls="unit-off")
    outlet = tools[0].find_all("select", **{"data_filter": "outlet"})[0]
    members = [m for c in analysis.claims for m in c.members]
    counts = Counter(outlet_name(m.outlet) for m in members)
    options = {o.attrs["value"]: o.text() for o in outlet.find_all("option") if o.attrs["value"]}
    assert options == {name: f"{name} ({n})" for name, n in counts.items()}
    labels = tools[0].find_all("select", **{"data_filter": "presentation"})[0]
    assert {o.attrs["value"] for o in labels.find_all("option") if o.attrs["value"]} == {m.presentation for m in members}
    # the same claims in the same order in the matrix and the wordings table
    matrix = root.find_all("table", id="claim-matrix")[0].find_all("tr", cls="claim-glance")
    assert [r.attrs["data-claim"] for r in matrix] == [r.attrs["data-claim"] for r in claim_rows(report)[1]]
    article = page_root(report / "report" / "articles" / f"{AP}.html")
    rows = article.find_all("table", id="statements")[0].find_all("tbody")[0].find_all("tr")
    statements = Site.of(analysis).statements_of(AP)
    assert [float(r.attrs["data-confidence"]) for r in rows] == pytest.approx([s.confidence.outlet for s in statements], abs=1e-4)
    assert [r.attrs["data-type"] for r in rows] == [s.speaker_type for s in statements]


def test_index_compares_outlets_on_labels_and_hedge_categories(report: Path, analysis: Analysis) -> None:
    root = page_root(report / "report" / "index.html")
    stats = {s.outlet: s for s in outlet_stats(analysis)}
    hedges = root.find_all("table", id="compare-hedges")[0]
    keys = [th.attrs["data-key"] for th in hedges.find_all("th") if "data-key" in th.attrs]
    assert keys[-1] == "booster" and "evidential" in keys
    for row in hedges.find_all("tbody")[0].find_all("tr"):
        st = stats[row.attrs["data-outlet"]]
        values = [v.text() for v in row.find_all("span", cls="v")]
        expected = [f"{1000 * st.hedge_categories.get(k, 0) / st.words:.1f}" for k in keys[:-1]]
        assert values == [*expected, f"{st.boosters_per_1000_words:.1f}"]
    labels = root.find_all("table", id="compare-presentation")[0]
    for row in labels.find_all("tbody")[0].find_all("tr"):
        members = [m for c in analysis.claims for m in c.members if outlet_name(m.outlet) == row.attrs["data-outlet"]]
        assert row.find_all("td", cls="total")[0].text().startswith(f"{len(members)} wording")


def test_claims_page_offers_a_story_filter_only_when_there_are_several(analysis: Analysis, report: Path) -> None:
    from dataclasses import replace

    from attribution.report.views import NO_STORY, claims_page

    lexicon = report_lexicon(report)
    one = claims_page(analysis, Site.of(analysis), lexicon)
    assert one.tools is not None and [f.key for f in one.tools.filters] == ["outlet", "presentation", "type"]
    first, *rest = analysis.claims
    two = replace(analysis, claims=(replace(first, story=None), *rest))
    page = claims_page(two, Site.of(two), lexicon)
    assert page.tools is not None and page.tools.filters[0].key == "story"
    got = {c.value: c.count for c in page.tools.filters[0].choices}
    assert got == {NO_STORY: 1, **Counter(c.story for c in rest)}
    unstoried = next(c for c in page.claims if c.claim_id == first.claim_id)
    assert {mv.story for cell in unstoried.cells for mv in cell} == {NO_STORY}


def test_statement_tables_link_each_statement_to_its_shared_claims(report: Path, analysis: Analysis) -> None:
    """A statement that is a claim's wording says which claim (its number on the claims page) and
    how it is presented there; its row carries the labels for the presentation filter."""
    site = Site.of(analysis)
    claims = page_root(report / "report" / "claims.html").find_all("table", id="claims")[0].find_all("tr", cls="claim")
    number = {r.attrs["data-claim"]: int(r.attrs["id"].split("-")[1]) for r in claims}
    expected: dict[str, set[tuple[int, str]]] = {}
    for c in analysis.claims:
        for m in c.members:
            expected.setdefault(m.statement_id, set()).add((number[c.claim_id], m.presentation))
    assert expected and sum(len(v) for v in expected.values()) >= len(analysis.claims)
    for article_id in (AP, ABC):
        rows = page_root(report / "report" / "articles" / f"{article_id}.html").find_all("table", id="statements")[0]
        for s, row in zip(site.statements_of(article_id), rows.find_all("tbody")[0].find_all("tr")):
            spans = row.find_all(cls="in-claims")
            got = set()
            if spans:
                anchors = spans[0].find_all("a")
                labels = [p.text() for p in spans[0].find_all(cls="pres")]
                got = {(int(a.attrs["href"].split("#claim-")[1]), label) for a, label in zip(anchors, labels)}
                assert all(a.attrs["href"].startswith("../claims.html#claim-") for a in anchors)
            assert got == expected.get(s.statement_id, set()), s.statement_id
            tokens = set(row.attrs["data-presentation"].split())
            assert tokens == ({label for _, label in got} or {"none"})


def test_the_page_templates_are_compiled_once_per_process() -> None:
    from attribution.report.render import environment

    env = environment()
    assert environment() is env and environment(("exercise.css",)) is not env
    assert env.get_template("article.html.j2") is environment().get_template("article.html.j2")


def test_pages_and_tables_are_made_durable_at_once_not_one_fsync_each(report: Path, analysis: Analysis, settings,
                                                                       tmp_path: Path, monkeypatch) -> None:
    import os

    from attribution import output
    from attribution.report import export_tables, render_report

    fsyncs, batches = [], []
    real_fsync, real_sync_files = os.fsync, output.sync_files
    monkeypatch.setattr(os, "fsync", lambda fd: fsyncs.append(fd) or real_fsync(fd))

    def batch(paths):  # noqa: ANN001
        paths = list(paths)
        batches.append(len(paths))
        real_sync_files(paths)

    import attribution.report.export as export_module
    import attribution.report.render as render_module

    monkeypatch.setattr(render_module, "sync_files", batch)
    monkeypatch.setattr(export_module, "sync_files", batch)
    render_report(analysis, tmp_path, settings)
    export_tables(analysis, tmp_path)
    assert not fsyncs  # (syncfs where there is one; else the batch fsyncs each file itself)
    assert len(batches) == 2 and batches[0] == len(list((tmp_path / "report").rglob("*.html")))


def test_an_analysis_read_back_keeps_one_copy_of_each_repeated_string(report: Path, analysis: Analysis) -> None:
    import json

    by_speaker: dict[str, list[Statement]] = {}
    for s in analysis.statements:
        if s.speaker:
            by_speaker.setdefault(s.speaker, []).append(s)
    first, second = next(group for group in by_speaker.values() if len(group) > 1)[:2]
    assert first.speaker is second.speaker and first.speaker_type is second.speaker_type
    lines = (report / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert [s.to_dict() for s in analysis.statements] == [json.loads(line) for line in lines]


def test_compiled_templates_kept_on_disk_render_the_same_and_a_folder_that_cannot_be_written_is_no_error(tmp_path) -> None:
    """The report's templates compiled once are loaded by later processes (Jinja's bytecode
    cache); a page from loaded code is the page from compiling, and a cache folder that is gone
    costs only the compiling."""
    from jinja2 import Environment, FileSystemLoader

    from attribution.report.render import _CompiledTemplates
    from attribution.resources import reports_dir

    def page(cache) -> str:  # noqa: ANN001
        env = Environment(loader=FileSystemLoader(str(reports_dir())), bytecode_cache=cache, autoescape=True)
        return env.get_template("_macros.html.j2").module.num(0.25)

    folder = tmp_path / "compiled"
    folder.mkdir()
    plain = page(None)
    assert page(_CompiledTemplates(str(folder))) == plain and list(folder.iterdir())  # compiled, stored
    assert page(_CompiledTemplates(str(folder))) == plain  # loaded
    gone = _CompiledTemplates(str(tmp_path / "gone"))
    assert page(gone) == plain
