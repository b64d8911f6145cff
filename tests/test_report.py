"""The HTML reports and the CSV exports, checked without a browser (tests/browser drives Chromium).

The analysis comes from the real pipeline on the seed corpus, completed from its gold annotations
and claims.yaml, plus a hostile article (see tests/report_data.py).
"""

from __future__ import annotations

import base64
import hashlib
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pandas as pd
import pytest
from .report_data import EXAMPLES, HOSTILE_BODY, HOSTILE_ID, HOSTILE_OUTLET, HOSTILE_TITLE, SEED, make_report, parse_html

from attribution.config import Settings
from attribution.output import read_analysis
from attribution.report import export_tables, render_report
from attribution.report.charts import Bar, Part, bar_chart, histogram, stacked_chart
from attribution.report.highlight import paragraphs
from attribution.report.slugs import slugify, unique_slugs
from attribution.report.stats import confidence_bins, outlet_stats, speaker_rows, unique_cues
from attribution.report.views import Site, safe_link

# Every tag the templates write; article text must never add one.
TEMPLATE_TAGS = {
    "html", "head", "meta", "title", "style", "body", "header", "p", "a", "nav", "main", "footer", "script", "h1",
    "h2", "h3", "section", "table", "thead", "tbody", "tr", "th", "td", "div", "details", "summary", "caption", "b",
    "figure", "svg", "title", "desc", "defs", "pattern", "rect", "line", "circle", "text", "g", "figcaption", "span",
    "button", "mark", "dl", "dt", "dd", "code", "ul", "li", "article", "aside",
}


@pytest.fixture(scope="module")
def report(tmp_path_factory, settings, models, parser, lexicon) -> Path:
    out = tmp_path_factory.mktemp("report-analysis")
    index = make_report(out, SEED, settings, models, parser, lexicon)
    assert index == out / "report" / "index.html"
    return out


def pages(out: Path) -> list[Path]:
    return sorted((out / "report").rglob("*.html"))


def article_page(out: Path, article_id: str) -> Path:
    site = Site.of(read_analysis(out))
    return out / "report" / "articles" / f"{site.article_slugs[article_id]}.html"


def test_every_page_type_is_written(report: Path) -> None:
    names = {p.relative_to(report / "report").as_posix() for p in pages(report)}
    assert {"index.html", "claims.html"} <= names
    assert {n for n in names if n.startswith("outlets/")} == {
        "outlets/abc-news-australia-382450e1.html", "outlets/associated-press-45c44eb1.html",
        "outlets/evil-b-news-b-co-script-5b1672d1.html",
    }
    assert "articles/ap-video-north-korean-soldiers.html" in names
    assert "articles/abc-north-korean-soldiers-training.html" in names
    assert len([n for n in names if n.startswith("articles/")]) == 3


def test_pages_are_wellformed_and_use_only_template_tags(report: Path) -> None:
    for page in pages(report):
        root = parse_html(page.read_text(encoding="utf-8"))
        tags = {n.tag for n in root.iter()} - {"#document"}
        assert tags <= TEMPLATE_TAGS, (page.name, tags - TEMPLATE_TAGS)
        for node in root.iter():
            assert not any(name.startswith("on") for name in node.attrs), (page.name, node.tag, node.attrs)
            assert "style" not in node.attrs, (page.name, node.tag)  # the CSP forbids style attributes
        assert len(root.find_all("script")) == 1 and "src" not in root.find_all("script")[0].attrs


def test_every_internal_link_and_anchor_resolves(report: Path) -> None:
    ids = {p: {n.attrs["id"] for n in parse_html(p.read_text(encoding="utf-8")).iter() if n.attrs.get("id")} for p in pages(report)}
    checked = 0
    for page in pages(report):
        for a in parse_html(page.read_text(encoding="utf-8")).find_all("a"):
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
        html = page.read_text(encoding="utf-8")
        root = parse_html(html)
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


def test_article_text_is_shown_exactly_once_and_escaped(report: Path) -> None:
    analysis = read_analysis(report)
    for article in analysis.articles:
        root = parse_html(article_page(report, article.article_id).read_text(encoding="utf-8"))
        paras = root.find_all("div", cls="para")
        expected = [article.body[a:b] for a, b in paragraphs(article.body)]
        assert [p.text(skip_class="conf") for p in paras] == expected


def test_hostile_article_renders_its_markup_as_text(report: Path) -> None:
    html = article_page(report, HOSTILE_ID).read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="javascript:' not in html
    root = parse_html(html)
    assert HOSTILE_TITLE in root.find_all("h1")[0].text()
    assert HOSTILE_TITLE in root.find_all("title")[0].text()
    # the cue's category is not a known one: shown as "other", its raw value only as escaped data
    cue = root.find_all("article", cls="body")[0].find_all("mark", cls="cat-other")
    assert cue and cue[0].text() == "onerror=alert(1)"
    assert cue[0].attrs["data-category"] == '"><script>alert(5)</script>'
    assert cue[0].attrs["data-entry"] == "<svg onload=alert(4)>"
    speakers = root.find_all("table", id="speakers")[0]
    assert "<b>Mallory</b>" in speakers.text()
    for page in pages(report):
        text = page.read_text(encoding="utf-8")
        assert "<b>News</b>" not in text and "<b>Mallory</b>" not in text and "<iframe" not in text


def test_index_tables_match_the_numbers(report: Path) -> None:
    analysis = read_analysis(report)
    root = parse_html((report / "report" / "index.html").read_text(encoding="utf-8"))
    rows = root.find_all("table", id="outlets")[0].find_all("tr")[1:]
    stats = {s.outlet: s for s in outlet_stats(analysis)}
    assert [r.attrs["data-outlet"] for r in rows] == list(stats)
    ap = next(r for r in rows if r.attrs["data-outlet"] == "Associated Press")
    cells = [c.text().strip() for c in ap.find_all("td")]
    s = stats["Associated Press"]
    assert cells[:3] == [str(s.articles), str(s.words), str(s.statements)]
    assert cells[3] == f"{s.attributed} ({round(100 * s.attributed_share)} %)"
    assert cells[5] == f"{s.hedges_per_1000_words:.1f}"
    assert cells[7] == f"{s.mean_confidence_outlet:.2f}"
    assert s.attributed == 12 and s.statements == 20  # gold: 12 attributed statements in the AP article
    assert (s.hedges, s.boosters) == (13, 3)  # the AP gold lists 16 cues: 13 hedges and 3 boosters
    charts = root.find_all("figure", cls="chart")
    assert {c.attrs["id"] for c in charts} == {"chart-share", "chart-hedges", "chart-confidence"}
    hedge_chart = next(c for c in charts if c.attrs["id"] == "chart-hedges")
    assert f"Associated Press: {s.hedges_per_1000_words:.1f}" in hedge_chart.text()


def test_index_has_a_speaker_table_for_every_article(report: Path) -> None:
    analysis = read_analysis(report)
    root = parse_html((report / "report" / "index.html").read_text(encoding="utf-8"))
    rows = [r for r in root.find_all("table", id="articles")[0].find_all("tr") if "data-article" in r.attrs]
    assert len(rows) == 3
    for row in rows:
        article_id = row.attrs["data-article"]
        expected = speaker_rows(analysis.statements_of(article_id))
        table = row.find_all("table", cls="speakers-table")[0]
        body_rows = table.find_all("tbody")[0].find_all("tr")
        got = [(r.find_all("th")[0].children[0], [c.text() for c in r.find_all("td")]) for r in body_rows]
        assert got == [
            (e.speaker, [e.speaker_type, str(e.statements)] + [str(e.kind(k)) for k in ("direct", "indirect", "mixed", "according_to")])
            for e in expected
        ]
    ap = next(r for r in root.find_all("tr") if r.attrs.get("data-article") == "ap-video-north-korean-soldiers")
    first = ap.find_all("tbody")[0].find_all("tr")[0]
    assert first.find_all("th")[0].children[0] == "Ihor Solovey"
    assert [c.text() for c in first.find_all("td")][:3] == ["person", "7", "7"]


def test_article_page_marks_statements_cues_scopes_and_lists_speakers(report: Path) -> None:
    analysis = read_analysis(report)
    statements = analysis.statements_of("ap-video-north-korean-soldiers")
    root = parse_html(article_page(report, "ap-video-north-korean-soldiers").read_text(encoding="utf-8"))
    body = root.find_all("article", cls="body")[0]
    firsts = [n for n in body.find_all(cls="stmt") if "data-cont" not in n.attrs]
    assert len(firsts) == len(statements) == 20
    assert len(body.find_all("button", cls="badge")) == 20
    cats = {n.attrs["data-category"] for n in body.find_all("mark", cls="cue")}
    assert {"evidential", "verification", "booster", "modal", "conditional", "reporting_distancing"} <= cats
    assert "reporting_neutral" in cats  # "said" is marked with its stance from the lexicon
    clearly = [n for n in body.find_all("mark", cls="cue") if n.text() == "clearly"]
    assert clearly and "cat-booster" in clearly[0].classes
    assert body.find_all(cls="scope") and body.find_all(cls="mention")
    side = root.find_all("table", id="speakers")[0]
    assert [r.attrs["data-speaker"] for r in side.find_all("tr")[1:]] == [
        "Ihor Solovey", "Kyrylo Budanov", "Ukrainian officials", "Center for Strategic Communications and Information Security",
    ]
    explain = body.find_all(cls="explain")
    assert len(explain) == 20 and "stance" in explain[6].text()
    legend = root.find_all("section", cls="legend")[0]
    assert "evidential hedge" in legend.text() and "booster" in legend.text()


def test_claims_page_orders_claims_by_how_much_outlets_differ(report: Path) -> None:
    analysis = read_analysis(report)
    root = parse_html((report / "report" / "claims.html").read_text(encoding="utf-8"))
    rows = root.find_all("tr", cls="claim")
    assert len(rows) == len(analysis.claims) == 10
    gaps = [float(r.attrs["data-gap"]) for r in rows]
    assert gaps == sorted(gaps, reverse=True) and gaps[0] > 0
    header = [th.text() for th in root.find_all("thead")[0].find_all("th")]
    assert header == ["Claim", "ABC News (Australia)", "Associated Press", HOSTILE_OUTLET]
    troops = next(r for r in rows if r.attrs["data-claim"] == "troops-training-11000")
    cells = troops.find_all("td", cls="cell")
    ap_member = cells[1].find_all(cls="member")[0]
    assert "about 11,000 North Korean infantrymen were currently training in eastern Russia" in ap_member.text()
    assert "Kyrylo Budanov" in ap_member.text() and ap_member.find_all(cls="pres-hedged")
    evil = cells[2].find_all(cls="member")[0]
    assert [m.text() for m in evil.find_all("mark", cls="cue")] == ["allegedly"]
    for cell in root.find_all("td", cls="cell"):
        for link in cell.find_all("a"):
            assert re.match(r"^articles/[a-z0-9._-]+\.html#s-\d+$", link.attrs["href"]), link.attrs["href"]


def test_exports_agree_with_the_report(report: Path) -> None:
    analysis = read_analysis(report)
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
    assert (out / "report" / "articles" / "ap-video-north-korean-soldiers.html").read_bytes() != b""


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


def test_unique_cues_count_each_cue_once(report: Path) -> None:
    analysis = read_analysis(report)
    ap = analysis.statements_of("ap-video-north-korean-soldiers")
    carried = sum(len(s.hedges) + len(s.boosters) for s in ap)
    found = unique_cues(ap)
    assert len({(c.cue.start, c.cue.end) for c in found}) == len(found) <= carried
    assert len(found) == 16  # the 16 gold cues of the AP article, each once
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
def test_report_of_the_wikinews_examples(tmp_path: Path, settings, models, parser, lexicon) -> None:
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
    assert HOSTILE_BODY not in (tmp_path / "report" / "index.html").read_text(encoding="utf-8")


def test_legend_markers_match_the_stylesheet() -> None:
    from attribution.report.views import CATEGORIES, OTHER_CATEGORY
    from attribution.resources import reports_dir

    css = (reports_dir() / "static" / "report.css").read_text(encoding="utf-8")
    drawn = dict(re.findall(r'mark\.cue\.cat-([a-z_]+)\.m-first::before \{ content: "([^"]+)"', css))
    assert drawn == {c.name: c.marker for c in CATEGORIES}
    assert re.search(r'mark\.cue\.m-first::before \{[^}]*content: "' + OTHER_CATEGORY.marker + '"', css)
    assert len({c.marker for c in CATEGORIES + (OTHER_CATEGORY,)}) == len(CATEGORIES) + 1  # shapes tell them apart
