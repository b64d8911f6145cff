"""Every report page opened from disk in real headless Chromium: the DOM, the interactions, print.

The pages are the real pipeline's on the seed corpus plus a hostile article (tests/report_data.py);
what each test expects is read back from that analysis directory. Each test saves a screenshot of
its page type (tests/artifacts/report-shots, or $REPORT_SHOTS_DIR).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ..report_data import HOSTILE_ENTRY_DESCRIPTION, HOSTILE_ENTRY_ID, HOSTILE_ID, HOSTILE_TITLE, HOSTILE_URL, report_lexicon

from attribution.output import Analysis, read_analysis
from attribution.records import Statement
from attribution.report.highlight import paragraphs
from attribution.report.stats import Stances, outlet_name, speaker_rows, unique_reporting_cues
from attribution.report.views import CATEGORY_BY_NAME, Site

pytestmark = pytest.mark.browser

AP = "ap-video-north-korean-soldiers"
AP_PAGE = f"articles/{AP}.html"
VISIBLE_PARA_TEXT = """
(para) => { const c = para.cloneNode(true); c.querySelectorAll('.conf').forEach(e => e.remove()); return c.textContent; }
"""


@pytest.fixture(scope="module")
def analysis(report_dir: Path) -> Analysis:
    return read_analysis(report_dir.parent)


def article_file(report_dir: Path, analysis: Analysis, article_id: str) -> Path:
    return report_dir / "articles" / f"{Site.of(analysis).article_slugs[article_id]}.html"


def numbered(analysis: Analysis, article_id: str) -> list[tuple[int, Statement]]:
    """The article's statements with their numbers on its page (s-N, x-N, f-N)."""
    return list(enumerate(Site.of(analysis).statements_of(article_id), start=1))


def quoted_with_booster(analysis: Analysis, article_id: str) -> tuple[int, Statement]:
    return next((n, s) for n, s in numbered(analysis, article_id) if not s.is_own_voice and s.speaker and s.boosters)


def test_index_page(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "index.html")
    assert page.evaluate("document.documentElement.className") == "js"  # the inlined script ran: its hash is right
    outlets = {outlet_name(a.outlet) for a in analysis.articles}
    assert page.locator("#outlets tbody tr").count() == len(outlets) == 3
    ap = analysis.statements_of(AP)
    attributed = sum(1 for s in ap if not s.is_own_voice)
    cell = page.locator("#outlets tbody tr[data-outlet='Associated Press'] td").nth(3).inner_text()
    assert cell == f"{attributed} ({round(100 * attributed / len(ap))} %)"
    charts = page.locator("figure.chart svg[role=img]")
    assert charts.count() == 3
    assert page.locator("#chart-hedges-t").text_content() == "Hedges per 1,000 words"
    assert page.locator("#chart-share text.value").first.text_content().endswith("attributed")
    summary = page.locator("#summary").inner_text()
    assert "3 outlets" in summary and f"{len(analysis.statements)} statements" in summary and "attributed to a source" in summary
    # the per-article speaker table opens from its summary line
    row = page.locator(f"#articles tr[data-article='{AP}']")
    table = row.locator("table.speakers-table")
    assert not table.is_visible()
    row.locator("summary").click()
    top = speaker_rows(ap)[0]
    assert table.is_visible() and table.locator("tbody tr").first.inner_text().startswith(top.speaker)
    assert table.locator("tbody tr").count() == len(speaker_rows(ap))
    tab.screenshot("index.png")
    page.locator("#outlets a", has_text="Associated Press").click()
    assert page.locator("h1").inner_text() == "Associated Press"
    tab.assert_quiet()


def test_outlet_page(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "outlets" / "associated-press-45c44eb1.html")
    assert page.title().startswith("Associated Press")
    for heading in ("Who they quote", "Reporting words", "Hedges and boosters", "Confidence", "Articles"):
        assert page.locator("h2", has_text=heading).count() == 1
    verbs = {r.locator("th").inner_text(): r.locator("td").first.inner_text() for r in page.locator("#verbs tbody tr").all()}
    stances = Stances(report_lexicon(report_dir.parent))
    expected = {
        (s.cue.lemma or s.cue.text.lower()): stances.of(s.cue.lemma, s.cue.text)
        for s in unique_reporting_cues(analysis.statements_of(AP)) if s.cue
    }
    assert verbs == expected
    assert verbs["say"] == "neutral" and verbs["claim"] == "distancing"  # the AP article's "said" and "claimed"
    assert page.locator("figure.chart").count() == 6
    assert page.locator("figure.chart svg title").first.text_content() == "Statements by who speaks"
    title = next(a.title for a in analysis.articles if a.article_id == AP)
    assert title and page.locator("#articles a").inner_text() == title
    tab.screenshot("outlet.png")
    tab.assert_quiet()


def test_article_page_marks_and_explains_every_statement(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / AP_PAGE)
    statements = numbered(analysis, AP)
    body = page.locator("article.body")
    assert body.locator(".stmt:not([data-cont])").count() == len(statements)
    assert body.locator(".stmt.attributed:not([data-cont])").count() == sum(1 for _, s in statements if not s.is_own_voice)
    # colour AND a marker sign per category: a booster and an evidential hedge of the article
    booster = next(c for _, s in statements for c in s.boosters)
    evidential = next(c for _, s in statements for c in s.hedges if c.category == "evidential")
    marks = {}
    for cue in (booster, evidential):
        found = body.locator(f"mark.cue[data-category={cue.category}]:not(.explain *)", has_text=cue.text).first
        marks[cue.category] = found.element_handle()
        marker = page.evaluate("(el) => getComputedStyle(el, '::before').content", marks[cue.category])
        assert marker == f'"{CATEGORY_BY_NAME[cue.category].marker}"'
    colours = {page.evaluate("(el) => getComputedStyle(el).backgroundColor", el) for el in marks.values()}
    assert len(colours) == 2
    assert body.locator(".scope").count() > 0
    assert page.evaluate(
        "(el) => getComputedStyle(el).textDecorationLine", body.locator(".scope").first.element_handle()
    ) == "underline"
    drawn = set(page.eval_on_selector_all("article.body mark.cue[data-category]", "ms => ms.map(m => m.dataset.category)"))
    assert page.locator(".legend").inner_text().count("marker") == len(drawn) >= 5
    # the speakers panel
    rows = speaker_rows([s for _, s in statements])
    speakers = page.locator("aside #speakers tbody tr")
    assert speakers.count() == len(rows) and speakers.first.get_attribute("data-speaker") == rows[0].speaker
    # the explanation: hidden, shown on click, kept open, closed by a click elsewhere
    n, s = quoted_with_booster(analysis, AP)
    badge = page.locator(f"#s-{n} > .conf > button.badge")
    explain = page.locator(f"#x-{n}")
    assert not explain.is_visible()
    badge.click()
    assert explain.is_visible() and badge.get_attribute("aria-expanded") == "true"
    text = explain.inner_text()
    assert s.speaker and s.speaker in text and f"{s.confidence.outlet:.2f}" in text
    assert all(f.factor in text and f.detail in text for f in s.explanation)
    assert all(f"'{b.text}'" in text for b in s.boosters)
    page.mouse.move(5, 5)
    assert explain.is_visible()
    page.evaluate(f"document.getElementById('s-{n}').scrollIntoView({{block: 'center'}})")
    tab.screenshot("article.png", full_page=False)  # the explanation, opened by the click
    tab.screenshot("article-full.png")
    page.locator("h1").click()
    assert not explain.is_visible() and badge.get_attribute("aria-expanded") == "false"
    # hover shows one too
    other = next(m for m, _ in statements if m != n)
    page.locator(f"#s-{other} > .conf > button.badge").hover()
    assert page.locator(f"#x-{other}").is_visible()
    page.mouse.move(5, 5)
    assert not page.locator(f"#x-{other}").is_visible()
    tab.assert_quiet()


def test_article_explanations_work_with_the_keyboard(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / AP_PAGE)
    statements = dict(numbered(analysis, AP))
    focused = "document.activeElement.getAttribute('aria-controls')"
    order = page.eval_on_selector_all("article.body button.badge", "bs => bs.map(b => b.getAttribute('aria-controls'))")
    # a badge sits where its statement ends: a statement inside another has its badge first
    ends = sorted(statements, key=lambda k: (statements[k].end, -statements[k].start))
    assert order == [f"x-{k}" for k in ends]
    page.locator(f"#{order[1].replace('x-', 's-')} > .conf > button.badge").focus()
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == order[2]
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(focused) == order[0]
    first = statements[int(order[0].split("-")[1])]
    explain = page.locator(f"#{order[0]}")
    page.keyboard.press("Enter")
    assert explain.is_visible()
    assert (first.speaker or "own voice") in explain.inner_text()
    page.keyboard.press("Space")
    assert not explain.is_visible()
    page.keyboard.press("Space")
    assert explain.is_visible()
    page.keyboard.press("Escape")
    assert not explain.is_visible()
    assert page.evaluate(focused) == order[0]
    tab.assert_quiet()


def test_article_reads_without_javascript(tab_without_js, report_dir: Path, analysis: Analysis) -> None:
    tab = tab_without_js
    page = tab.page
    tab.open(report_dir / AP_PAGE)
    statements = numbered(analysis, AP)
    assert len(statements) >= 8
    assert page.evaluate("1") == 1  # evaluate still works; the page's own script does not run
    assert "no-js" in (page.locator("html").get_attribute("class") or "")
    page.locator("#s-5 > .conf > button.badge").focus()
    assert page.locator("#x-5").is_visible()
    page.locator("#s-8 > .conf > button.badge").focus()
    assert not page.locator("#x-5").is_visible() and page.locator("#x-8").is_visible()
    page.locator("#s-6 > .conf > button.badge").hover()
    assert page.locator("#x-6").is_visible()
    # and every explanation is in the statements table as well
    assert page.locator("#statements tbody tr").count() == len(statements)
    n, s = quoted_with_booster(analysis, AP)
    row = page.locator(f"#f-{n}").inner_text()
    assert all(f.factor in row for f in s.explanation) and all(f"'{b.text}'" in row for b in s.boosters)
    tab.screenshot("article-no-js.png")
    tab.assert_quiet()


def test_article_prints_without_interactive_chrome(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / AP_PAGE)
    n, _ = quoted_with_booster(analysis, AP)
    page.locator(f"#s-{n} > .conf > button.badge").click()
    page.emulate_media(media="print")
    assert not page.locator(f"#x-{n}").is_visible()
    assert not page.locator(f"#s-{n} > .conf .who").is_visible()
    assert page.locator(f"#s-{n} > .conf .n").is_visible()
    assert not page.locator("nav.site-nav").is_visible()
    assert page.locator("#statements").is_visible() and page.locator("aside #speakers").is_visible()
    tab.screenshot("article-print.png")
    tab.open(report_dir / "index.html")
    page.emulate_media(media="print")
    assert page.locator("#articles table.speakers-table").first.is_visible()
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    tab.assert_quiet()


def test_every_article_shows_its_text_exactly(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    for article in analysis.articles:
        tab.open(article_file(report_dir, analysis, article.article_id))
        expected = [article.body[a:b] for a, b in paragraphs(article.body)]
        got = [page.evaluate(VISIBLE_PARA_TEXT, p) for p in page.locator("article.body .para").element_handles()]
        assert got == expected, article.article_id
    tab.assert_quiet()


def test_hostile_article_shows_its_markup_as_text_and_runs_nothing(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    path = article_file(report_dir, analysis, HOSTILE_ID)
    assert path.parent == report_dir / "articles" and path.name.startswith("etc-evil-id-")
    tab.open(path)
    page.wait_for_timeout(300)  # time for anything that would fire (onerror, timers)
    assert tab.dialogs == []
    assert page.title().startswith(HOSTILE_TITLE) and "pwned" != page.title()
    body = page.locator("article.body")
    assert body.locator("script, img, iframe, svg, a, i, b:not(.explain b)").count() == 0
    assert page.locator("a[href^='javascript'], iframe, img, marquee").count() == 0
    text = "\n".join(page.evaluate(VISIBLE_PARA_TEXT, p) for p in body.locator(".para").element_handles())
    for markup in ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:alert(3)">click here</a>',
                   "<i>Siberia</i>", "<img src=x onerror=\"document.title='pwned'\">"):
        assert markup in text
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    assert page.locator(".meta .url").inner_text() == HOSTILE_URL
    # the real pipeline's statements over the hostile text are marked like any other
    statements = numbered(analysis, HOSTILE_ID)
    n, quote = next((n, s) for n, s in statements if "<img src=x onerror=alert(1)>" in s.text)
    assert quote.speaker and not quote.is_own_voice
    stmt = page.locator(f"#s-{n}")
    assert stmt.get_attribute("data-speaker") == quote.speaker and "attributed" in (stmt.get_attribute("class") or "")
    page.locator(f"#s-{n} > .conf > button.badge").click()
    assert f"a direct quote of {quote.speaker}" in page.locator(f"#x-{n}").inner_text()
    # the overlay's hedge: markup in its id and description, kept as attribute text
    cue = body.locator(f"mark.cue[data-entry='{HOSTILE_ENTRY_ID}']")
    assert cue.count() == 1 and cue.inner_text() == "reputedly"
    assert HOSTILE_ENTRY_DESCRIPTION in (cue.get_attribute("title") or "")
    m, hedged = next((m, s) for m, s in statements if any(c.entry == HOSTILE_ENTRY_ID for c in s.hedges))
    page.locator(f"#s-{m} > .conf > button.badge").click()
    assert "'reputedly'" in page.locator(f"#x-{m}").inner_text() and hedged.confidence.outlet < 1.0
    assert page.locator(f"#x-{m} img, #x-{m} script").count() == 0
    assert page.evaluate("document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length") == 0
    tab.screenshot("article-hostile.png")
    tab.assert_quiet()


def test_claims_page(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "claims.html")
    rows = page.locator("#claims tbody tr.claim")
    assert rows.count() == len(analysis.claims)
    # how far the outlets disagree (issue 16): the spread first, then the gap between outlets
    order = [(float(r.get_attribute("data-spread") or 0), float(r.get_attribute("data-gap") or 0)) for r in rows.all()]
    assert order == sorted(order, reverse=True) and order[0] > order[-1]
    headers = page.locator("#claims thead th").all_inner_texts()
    assert headers == ["Claim", *sorted({outlet_name(m.outlet) for c in analysis.claims for m in c.members}, key=str.lower)]
    assert headers[1:3] == ["ABC News (Australia)", "Associated Press"]
    # the 11,000-troops claim: each outlet's words, who said it, how the outlet presents it
    claim = next(c for c in analysis.claims if any(m.article_id == AP and "11,000" in m.text for m in c.members))
    member = next(m for m in claim.members if m.article_id == AP)
    speaker = next(s.speaker for s in analysis.statements if s.statement_id == member.statement_id)
    ap = page.locator(f"#claims tr[data-claim='{claim.claim_id}'] td.cell").nth(headers.index("Associated Press") - 1)
    assert ap.locator(".wording").inner_text() == f"\u201c{member.text}\u201d"
    assert ap.locator(f".pres-{member.presentation}").count() == 1 and speaker and speaker in ap.inner_text()
    # boosters inside the members' words are marked there
    for c in analysis.claims:
        row = page.locator(f"#claims tr[data-claim='{c.claim_id}']")
        boosters = {
            (m.article_id, b.start) for m in c.members for s in analysis.statements if s.statement_id == m.statement_id
            for b in s.boosters if m.start <= b.start and b.end <= m.end
        }
        assert row.locator("mark.cue[data-category=booster]:not([data-cont])").count() == len(boosters), c.claim_id
    assert page.locator("#claims .pres").count() == sum(len(c.members) for c in analysis.claims)
    link = ap.locator(".from a")
    href = link.get_attribute("href") or ""
    assert href.startswith(f"{AP_PAGE}#s-")
    tab.screenshot("claims.png")
    link.click()
    anchor = href.split("#")[1]
    assert page.evaluate("location.hash") == f"#{anchor}"
    statement = next(s for s in analysis.statements if s.statement_id == member.statement_id)
    assert page.locator(f"#{anchor}").inner_text().startswith(statement.text)
    tab.assert_quiet()
