"""Every report page opened from disk in real headless Chromium: the DOM, the interactions, print.

Each test saves a screenshot of its page type (tests/artifacts/report-shots, or $REPORT_SHOTS_DIR).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ..report_data import HOSTILE_ID, HOSTILE_TITLE, load_rows

from attribution.report.highlight import paragraphs
from attribution.report.slugs import unique_slugs

pytestmark = pytest.mark.browser

AP = "articles/ap-video-north-korean-soldiers.html"
VISIBLE_PARA_TEXT = """
(para) => { const c = para.cloneNode(true); c.querySelectorAll('.conf').forEach(e => e.remove()); return c.textContent; }
"""


def article_file(report_dir: Path, article_id: str) -> Path:
    rows = load_rows(report_dir.parent / "articles.jsonl")
    slugs = unique_slugs(r["article_id"] for r in rows)
    return report_dir / "articles" / f"{slugs[article_id]}.html"


def test_index_page(tab, report_dir: Path) -> None:
    page = tab.page
    tab.open(report_dir / "index.html")
    assert page.evaluate("document.documentElement.className") == "js"  # the inlined script ran: its hash is right
    assert page.locator("#outlets tbody tr").count() == 3
    assert page.locator("#outlets tbody tr[data-outlet='Associated Press'] td").nth(3).inner_text() == "12 (60 %)"
    charts = page.locator("figure.chart svg[role=img]")
    assert charts.count() == 3
    assert page.locator("#chart-hedges-t").text_content() == "Hedges per 1,000 words"
    assert page.locator("#chart-share text.value").first.text_content().endswith("attributed")
    summary = page.locator("#summary").inner_text()
    assert "3 outlets" in summary and "attributed to a source" in summary
    # the per-article speaker table opens from its summary line
    row = page.locator("#articles tr[data-article='ap-video-north-korean-soldiers']")
    table = row.locator("table.speakers-table")
    assert not table.is_visible()
    row.locator("summary").click()
    assert table.is_visible() and "Ihor Solovey" in table.locator("tbody tr").first.inner_text()
    tab.screenshot("index.png")
    page.locator("#outlets a", has_text="Associated Press").click()
    assert page.locator("h1").inner_text() == "Associated Press"
    tab.assert_quiet()


def test_outlet_page(tab, report_dir: Path) -> None:
    page = tab.page
    tab.open(report_dir / "outlets" / "associated-press-45c44eb1.html")
    assert page.title().startswith("Associated Press")
    for heading in ("Who they quote", "Reporting words", "Hedges and boosters", "Confidence", "Articles"):
        assert page.locator("h2", has_text=heading).count() == 1
    verbs = {r.locator("th").inner_text(): r.locator("td").first.inner_text() for r in page.locator("#verbs tbody tr").all()}
    assert verbs["claim"] == "distancing" and verbs["say"] == "neutral" and verbs["tell"] == "neutral"
    assert page.locator("figure.chart").count() == 6
    assert page.locator("figure.chart svg title").first.text_content() == "Statements by who speaks"
    assert page.locator("#articles a").inner_text().startswith("Video published by Ukraine")
    tab.screenshot("outlet.png")
    tab.assert_quiet()


def test_article_page_marks_and_explains_every_statement(tab, report_dir: Path) -> None:
    page = tab.page
    tab.open(report_dir / AP)
    body = page.locator("article.body")
    assert body.locator(".stmt:not([data-cont])").count() == 20
    assert body.locator(".stmt.attributed:not([data-cont])").count() == 12
    clearly = body.locator("mark.cue[data-category=booster]:not(.explain *)", has_text="clearly")
    assert clearly.count() == 1
    # colour AND a marker sign per category
    marker = page.evaluate("(el) => getComputedStyle(el, '::before').content", clearly.element_handle())
    assert marker == '"▲"'
    alleged = body.locator("mark.cue[data-category=evidential]:not(.explain *)", has_text="allegedly").first.element_handle()
    assert page.evaluate("(el) => getComputedStyle(el, '::before').content", alleged) == '"◇"'
    colours = {
        page.evaluate("(el) => getComputedStyle(el).backgroundColor", el)
        for el in (clearly.element_handle(), alleged)
    }
    assert len(colours) == 2
    assert body.locator(".scope").count() > 0
    assert page.evaluate(
        "(el) => getComputedStyle(el).textDecorationLine", body.locator(".scope").first.element_handle()
    ) == "underline"
    assert page.locator(".legend").inner_text().count("marker") >= 5
    # the speakers panel
    speakers = page.locator("aside #speakers tbody tr")
    assert speakers.count() == 4 and speakers.first.get_attribute("data-speaker") == "Ihor Solovey"
    # the explanation: hidden, shown on click, kept open, closed by a click elsewhere
    badge = page.locator("#s-7 > .conf > button.badge")
    explain = page.locator("#x-7")
    assert not explain.is_visible()
    badge.click()
    assert explain.is_visible() and badge.get_attribute("aria-expanded") == "true"
    text = explain.inner_text()
    assert "Ihor Solovey" in text and "stance" in text and "booster: clearly" in text
    page.mouse.move(5, 5)
    assert explain.is_visible()
    page.evaluate("document.getElementById('s-7').scrollIntoView({block: 'center'})")
    tab.screenshot("article.png", full_page=False)  # the explanation, opened by the click
    tab.screenshot("article-full.png")
    page.locator("h1").click()
    assert not explain.is_visible() and badge.get_attribute("aria-expanded") == "false"
    # hover shows it too
    page.locator("#s-3 > .conf > button.badge").hover()
    assert page.locator("#x-3").is_visible()
    page.mouse.move(5, 5)
    assert not page.locator("#x-3").is_visible()
    tab.assert_quiet()


def test_article_explanations_work_with_the_keyboard(tab, report_dir: Path) -> None:
    page = tab.page
    tab.open(report_dir / AP)
    focused = "document.activeElement.getAttribute('aria-controls')"
    page.locator("#s-2 > .conf > button.badge").focus()
    # statement 2 (Ukrainian officials' clause) lies inside own-voice statement 1: its badge comes first
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "x-1"
    page.keyboard.press("Tab")
    assert page.evaluate(focused) == "x-3"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(focused) == "x-2"
    page.keyboard.press("Enter")
    assert page.locator("#x-2").is_visible()
    assert "Ukrainian officials" in page.locator("#x-2").inner_text()
    page.keyboard.press("Space")
    assert not page.locator("#x-2").is_visible()
    page.keyboard.press("Space")
    assert page.locator("#x-2").is_visible()
    page.keyboard.press("Escape")
    assert not page.locator("#x-2").is_visible()
    assert page.evaluate(focused) == "x-2"
    tab.assert_quiet()


def test_article_reads_without_javascript(tab_without_js, report_dir: Path) -> None:
    tab = tab_without_js
    page = tab.page
    tab.open(report_dir / AP)
    assert page.evaluate("1") == 1  # evaluate still works; the page's own script does not run
    assert "no-js" in (page.locator("html").get_attribute("class") or "")
    page.locator("#s-5 > .conf > button.badge").focus()
    assert page.locator("#x-5").is_visible()
    page.locator("#s-8 > .conf > button.badge").focus()
    assert not page.locator("#x-5").is_visible() and page.locator("#x-8").is_visible()
    page.locator("#s-6 > .conf > button.badge").hover()
    assert page.locator("#x-6").is_visible()
    # and every explanation is in the statements table as well
    assert page.locator("#statements tbody tr").count() == 20
    assert "booster: clearly" in page.locator("#f-7").inner_text()
    tab.screenshot("article-no-js.png")
    tab.assert_quiet()


def test_article_prints_without_interactive_chrome(tab, report_dir: Path) -> None:
    page = tab.page
    tab.open(report_dir / AP)
    page.locator("#s-7 > .conf > button.badge").click()
    page.emulate_media(media="print")
    assert not page.locator("#x-7").is_visible()
    assert not page.locator("#s-7 > .conf .who").is_visible()
    assert page.locator("#s-7 > .conf .n").is_visible()
    assert not page.locator("nav.site-nav").is_visible()
    assert page.locator("#statements").is_visible() and page.locator("aside #speakers").is_visible()
    tab.screenshot("article-print.png")
    tab.open(report_dir / "index.html")
    page.emulate_media(media="print")
    assert page.locator("#articles table.speakers-table").first.is_visible()
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    tab.assert_quiet()


def test_every_article_shows_its_text_exactly(tab, report_dir: Path) -> None:
    page = tab.page
    for row in load_rows(report_dir.parent / "articles.jsonl"):
        tab.open(article_file(report_dir, row["article_id"]))
        body = row["body"]
        expected = [body[a:b] for a, b in paragraphs(body)]
        got = [page.evaluate(VISIBLE_PARA_TEXT, p) for p in page.locator("article.body .para").element_handles()]
        assert got == expected, row["article_id"]
    tab.assert_quiet()


def test_hostile_article_shows_its_markup_as_text_and_runs_nothing(tab, report_dir: Path) -> None:
    page = tab.page
    path = article_file(report_dir, HOSTILE_ID)
    assert path.parent == report_dir / "articles" and path.name.startswith("etc-evil-id-")
    tab.open(path)
    page.wait_for_timeout(300)  # time for anything that would fire (onerror, timers)
    assert tab.dialogs == []
    assert page.title().startswith(HOSTILE_TITLE) and "pwned" != page.title()
    body = page.locator("article.body")
    assert body.locator("script, img, iframe, a[href^='javascript'], b:not(.explain b)").count() == 0
    assert page.locator("a[href^='javascript'], iframe, img, marquee").count() == 0
    text = body.inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert "<a href=\"javascript:alert(3)\">click</a>" in text
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    # the statement and the cue over the hostile text are marked like any other
    quote = body.locator(".stmt.attributed", has_text="<img src=x onerror=alert(1)> is just text")
    assert quote.count() == 1 and quote.get_attribute("data-speaker") == "<b>Mallory</b>"
    cue = body.locator("mark.cue.cat-other:not(.explain *)")
    assert cue.inner_text().endswith("onerror=alert(1)")
    assert cue.get_attribute("data-category") == '"><script>alert(5)</script>'
    page.locator("#s-1 > .conf > button.badge").click()
    assert "<img src=y onerror=alert(6)>" in page.locator("#x-1").inner_text()
    assert page.locator("#x-1 img").count() == 0
    assert page.locator(".meta .url").inner_text() == "javascript:alert(document.domain)"
    assert page.evaluate("document.querySelectorAll('[onerror],[onload],[onclick],[onmouseover]').length") == 0
    tab.screenshot("article-hostile.png")
    tab.assert_quiet()


def test_claims_page(tab, report_dir: Path) -> None:
    page = tab.page
    tab.open(report_dir / "claims.html")
    rows = page.locator("#claims tbody tr.claim")
    assert rows.count() == 10
    gaps = [float(r.get_attribute("data-gap") or 0) for r in rows.all()]
    assert gaps == sorted(gaps, reverse=True) and gaps[0] > gaps[-1]
    headers = page.locator("#claims thead th").all_inner_texts()
    assert headers[:3] == ["Claim", "ABC News (Australia)", "Associated Press"]
    troops = page.locator("#claims tr[data-claim='troops-training-11000']")
    ap = troops.locator("td.cell").nth(1)
    assert "infantrymen were currently training" in ap.locator(".wording").inner_text()
    assert ap.locator(".pres-hedged").count() == 1 and "Kyrylo Budanov" in ap.inner_text()
    evidence = page.locator("#claims tr[data-claim='first-video-evidence-nk-personnel']")
    assert evidence.locator("mark.cue[data-category=booster]").count() == 2  # "first video evidence" in both outlets
    assert page.locator("#claims .pres").count() >= 30
    link = ap.locator(".from a")
    href = link.get_attribute("href") or ""
    assert href.startswith("articles/ap-video-north-korean-soldiers.html#s-")
    tab.screenshot("claims.png")
    link.click()
    anchor = href.split("#")[1]
    assert page.evaluate("location.hash") == f"#{anchor}"
    assert page.locator(f"#{anchor}").inner_text().startswith("about 11,000 North Korean infantrymen")
    tab.assert_quiet()
