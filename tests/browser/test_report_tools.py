"""Filter and sort on the claims page and the statement tables, the outlets-compared tables, and
the explanations of each mark and number, in real headless Chromium (issue 14 item 4, issue 16
item 5). Without JavaScript the controls stay hidden and every row is shown; article text and
outlet names used as filter values stay text."""

from __future__ import annotations

from pathlib import Path

import pytest
from ..report_data import HOSTILE_ID, HOSTILE_OUTLET

from attribution.output import Analysis, read_analysis
from attribution.report.stats import outlet_name, outlet_stats
from attribution.report.views import Site

from .test_print import pdf_pages_and_text, squash

pytestmark = pytest.mark.browser

AP = "ap-video-north-korean-soldiers"
AP_OUTLET = "Associated Press"


@pytest.fixture(scope="module")
def analysis(report_dir: Path) -> Analysis:
    return read_analysis(report_dir.parent)


def visible_ids(page, selector: str, attribute: str) -> list[str]:  # noqa: ANN001
    return page.eval_on_selector_all(
        selector, f"rs => rs.filter(r => r.offsetParent !== null).map(r => r.getAttribute('{attribute}'))"
    )


def outlets_of(claim, analysis: Analysis) -> set[str]:  # noqa: ANN001
    return {outlet_name(m.outlet) for m in claim.members}


def test_claims_page_filters_by_outlet_and_presentation_and_sorts(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "claims.html")
    tools = page.locator(".tools")
    assert tools.is_visible()
    everything = visible_ids(page, "#claims tbody tr", "data-claim")
    assert sorted(everything) == sorted(c.claim_id for c in analysis.claims)
    assert visible_ids(page, "#claim-matrix tbody tr", "data-claim") == everything
    # one outlet (the one carrying fewest claims): only its claims, the other outlets' wordings dimmed
    names = {o for c in analysis.claims for o in outlets_of(c, analysis)}
    outlet = min(names, key=lambda o: (sum(1 for c in analysis.claims if o in outlets_of(c, analysis)), o))
    tools.locator("select[data-filter=outlet]").select_option(outlet)
    expected = {c.claim_id for c in analysis.claims if outlet in outlets_of(c, analysis)}
    assert set(visible_ids(page, "#claims tbody tr", "data-claim")) == expected != set(everything)
    assert set(visible_ids(page, "#claim-matrix tbody tr", "data-claim")) == expected
    assert page.locator(".filter-state").inner_text() == f"Filtered: showing {len(expected)} of {len(everything)} claims."
    dimmed = page.eval_on_selector_all("#claims .member.unit-off", "ms => ms.map(m => m.dataset.outlet)")
    assert dimmed and outlet not in dimmed
    # and a label: the claims where that outlet's wording has it
    tools.locator("select[data-filter=outlet]").select_option(AP_OUTLET)
    label = next(m.presentation for c in analysis.claims for m in c.members if outlet_name(m.outlet) == AP_OUTLET)
    tools.locator("select[data-filter=presentation]").select_option(label)
    expected = {
        c.claim_id for c in analysis.claims
        if any(outlet_name(m.outlet) == AP_OUTLET and m.presentation == label for m in c.members)
    }
    assert set(visible_ids(page, "#claims tbody tr", "data-claim")) == expected and expected
    # confidence: at most 0.5 for that outlet and label
    page.locator("input[data-max=confidence]").fill("0.5")
    expected = {
        c.claim_id for c in analysis.claims
        if any(outlet_name(m.outlet) == AP_OUTLET and m.presentation == label and m.confidence_outlet <= 0.5 for m in c.members)
    }
    assert set(visible_ids(page, "#claims tbody tr", "data-claim")) == expected
    tools.locator("button[data-reset]").click()
    assert visible_ids(page, "#claims tbody tr", "data-claim") == everything
    assert page.locator(".filter-state").inner_text() == ""
    # sort: by spread, both tables in the same order; back to the page's order
    tools.locator("select[data-sort]").select_option(label="spread between wordings, largest first")
    spreads = [float(x) for x in visible_ids(page, "#claims tbody tr", "data-spread")]
    assert spreads == sorted(spreads, reverse=True)
    assert len(spreads) == len(everything) and spreads[0] == max(c.spread for c in analysis.claims)
    assert visible_ids(page, "#claim-matrix tbody tr", "data-claim") == visible_ids(page, "#claims tbody tr", "data-claim")
    tools.locator("select[data-sort]").select_option(label="number of outlets, most first")
    counts = [int(x) for x in visible_ids(page, "#claims tbody tr", "data-outlets")]
    assert counts == sorted(counts, reverse=True)
    tools.locator("select[data-sort]").select_option(index=0)
    assert visible_ids(page, "#claims tbody tr", "data-claim") == everything
    tab.screenshot("claims-tools.png")
    tab.assert_quiet()


def test_claims_page_explains_its_marks_and_shows_the_matrix(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "claims.html")
    legend = page.locator(".claims-legend").inner_text()
    for words in ("gap", "spread", "outlets differ", "outlet confidence", "source confidence", "asserted", "disputed"):
        assert words in legend, words
    # every orange edge has its sign in words beside it
    differ = page.locator("#claims tr.claim.differ")
    assert differ.count() == page.locator("#claims tr.claim.differ .differ-tag").count() > 0
    edge = page.evaluate("(el) => getComputedStyle(el).borderLeftColor", differ.first.locator("th").element_handle())
    assert edge == "rgb(166, 84, 0)"
    # the matrix: one cell per outlet, a label and a number per wording, "–" where the outlet has none
    outlets = page.locator("#claim-matrix thead th").all_inner_texts()[1:-2]
    assert outlets == page.locator("#claims thead th").all_inner_texts()[1:]
    for claim in analysis.claims:
        row = page.locator(f"#claim-matrix tr[data-claim='{claim.claim_id}']")
        cells = row.locator("td")
        for i, outlet in enumerate(outlets):
            members = [m for m in claim.members if outlet_name(m.outlet) == outlet]
            units = cells.nth(i).locator(".glance-unit")
            assert units.count() == len(members)
            assert [u.locator(".pres").inner_text() for u in units.all()] == [m.presentation for m in members]
            if not members:
                assert cells.nth(i).inner_text() == "–"
        assert cells.nth(len(outlets) + 1).inner_text() == f"{claim.spread:.2f}"
    first = page.locator("#claim-matrix tbody tr th a").first
    first.click()
    assert page.evaluate("location.hash") == "#claim-1"
    tab.assert_quiet()


def test_article_statement_table_filters_and_sorts(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "articles" / f"{AP}.html")
    statements = list(Site.of(analysis).statements_of(AP))
    rows = "#statements tbody tr"
    assert len(visible_ids(page, rows, "id")) == len(statements)
    tools = page.locator(".tools")
    tools.locator("select[data-filter=type]").select_option("outlet")
    own = [f"f-{n}" for n, s in enumerate(statements, start=1) if s.is_own_voice]
    assert visible_ids(page, rows, "id") == own and own
    tools.locator("select[data-filter=type]").select_option("")
    hedged = [f"f-{n}" for n, s in enumerate(statements, start=1) if any(c.category == "evidential" for c in s.hedges)]
    tools.locator("select[data-filter=cues]").select_option("evidential")
    assert visible_ids(page, rows, "id") == hedged and hedged
    tools.locator("button[data-reset]").click()
    # by the label the statement has as a wording of a shared claim
    members = {m.statement_id: m.presentation for c in analysis.claims for m in c.members if m.article_id == AP}
    label = sorted(set(members.values()))[0]
    tools.locator("select[data-filter=presentation]").select_option(label)
    labelled = [f"f-{n}" for n, s in enumerate(statements, start=1)
                if any(m.statement_id == s.statement_id and m.presentation == label for c in analysis.claims for m in c.members)]
    assert visible_ids(page, rows, "id") == labelled and labelled
    tools.locator("select[data-filter=presentation]").select_option("none")
    assert visible_ids(page, rows, "id") == [f"f-{n}" for n, s in enumerate(statements, start=1) if s.statement_id not in members]
    tools.locator("button[data-reset]").click()
    page.locator("input[data-min=confidence]").fill("0.9")
    sure = [f"f-{n}" for n, s in enumerate(statements, start=1) if s.confidence.outlet >= 0.9 - 1e-9]
    assert visible_ids(page, rows, "id") == sure and len(sure) < len(statements)
    tools.locator("button[data-reset]").click()
    tools.locator("select[data-sort]").select_option(label="outlet confidence, lowest first")
    scores = [float(x) for x in visible_ids(page, rows, "data-confidence")]
    assert scores == sorted(scores) and len(scores) == len(statements)
    assert scores[0] == pytest.approx(min(s.confidence.outlet for s in statements), abs=1e-4)
    tools.locator("select[data-sort]").select_option(label="order in the text")
    assert visible_ids(page, rows, "id") == [f"f-{n}" for n in range(1, len(statements) + 1)]
    # the column headers sort too: Outlet, lowest first, then highest first; # back to text order
    outlet_head = page.locator("#statements thead th[data-sort-by=confidence]")
    outlet_head.locator("button.sort-head").click()
    scores = [float(x) for x in visible_ids(page, rows, "data-confidence")]
    assert scores == sorted(scores) and outlet_head.get_attribute("aria-sort") == "ascending"
    outlet_head.locator("button.sort-head").click()
    scores = [float(x) for x in visible_ids(page, rows, "data-confidence")]
    assert scores == sorted(scores, reverse=True) and outlet_head.get_attribute("aria-sort") == "descending"
    assert tools.locator("select[data-sort]").input_value() == "confidence"
    page.locator("#statements thead th[data-sort-by=order] button").click()
    assert visible_ids(page, rows, "id") == [f"f-{n}" for n in range(1, len(statements) + 1)]
    assert outlet_head.get_attribute("aria-sort") is None
    tab.assert_quiet()


def test_outlet_page_lists_every_statement_and_filters_them(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "outlets" / "associated-press-45c44eb1.html")
    statements = list(Site.of(analysis).statements_of(AP))
    rows = "#outlet-statements tbody tr"
    assert len(visible_ids(page, rows, "data-order")) == len(statements)
    texts = page.locator(f"{rows} td.text").all_inner_texts()
    assert texts == [s.text for s in statements]
    page.locator(".tools select[data-filter=how]").select_option("direct")
    assert len(visible_ids(page, rows, "data-order")) == sum(1 for s in statements if s.kind == "direct" and not s.is_own_voice)
    link = page.locator(f"{rows}:not(.filtered-out) a").first
    href = link.get_attribute("href") or ""
    assert href.startswith(f"../articles/{AP}.html#s-")
    tab.assert_quiet()


@pytest.mark.parametrize("name", ["claims.html", "index.html", f"articles/{AP}.html", "outlets/associated-press-45c44eb1.html"])
def test_without_javascript_the_controls_stay_hidden_and_every_row_shows(tab_without_js, report_dir: Path, name: str) -> None:
    tab = tab_without_js
    page = tab.page
    tab.open(report_dir / name)
    assert page.locator(".tools").count() == 1 and not page.locator(".tools").is_visible()
    for table in page.locator("[data-tools]").get_attribute("data-tools").split():
        rows = page.locator(f"#{table} > tbody > tr")
        assert rows.count() > 0
        assert all(r.is_visible() for r in rows.all()), table
    assert page.locator(".unit-off, .filtered-out").count() == 0
    tab.assert_quiet()


def test_hostile_outlet_name_is_a_plain_filter_value(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "claims.html")
    option = page.locator("select[data-filter=outlet] option", has_text="Evil")
    assert option.get_attribute("value") == HOSTILE_OUTLET and option.inner_text().startswith(HOSTILE_OUTLET)
    page.locator("select[data-filter=outlet]").select_option(HOSTILE_OUTLET)
    expected = {c.claim_id for c in analysis.claims if any(m.article_id == HOSTILE_ID for m in c.members)}
    assert set(visible_ids(page, "#claims tbody tr", "data-claim")) == expected and expected
    page.wait_for_timeout(200)
    assert page.locator("#claims script, #claims img, #claim-matrix script, .tools script").count() == 0
    assert page.title().startswith("Claims across outlets")
    tab.assert_quiet()


def test_hostile_statements_stay_text_when_filtered_and_sorted(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    slug = Site.of(analysis).outlet_slugs[HOSTILE_OUTLET]
    tab.open(report_dir / "outlets" / f"{slug}.html")
    statements = analysis.statements_of(HOSTILE_ID)
    rows = "#outlet-statements tbody tr"
    tools = page.locator(".tools")
    for label in ("speaker, A–Z", "outlet confidence, lowest first", "source confidence, lowest first"):
        tools.locator("select[data-sort]").select_option(label=label)
    texts = sorted(page.locator(f"{rows} td.text").all_inner_texts())
    assert texts == sorted(s.text for s in statements)
    assert any("<img src=x onerror=alert(1)>" in t for t in texts)
    tools.locator("select[data-filter=type]").select_option("outlet")
    assert len(visible_ids(page, rows, "data-order")) == sum(1 for s in statements if s.is_own_voice)
    page.wait_for_timeout(200)
    assert page.locator("#outlet-statements img, #outlet-statements script, #outlet-statements a[href^=javascript]").count() == 0
    assert "pwned" not in page.title()
    tab.assert_quiet()


def test_index_articles_table_filters_by_outlet_and_sorts(tab, report_dir: Path, analysis: Analysis) -> None:
    page = tab.page
    tab.open(report_dir / "index.html")
    rows = "#articles > tbody > tr"
    everything = visible_ids(page, rows, "data-article")
    assert everything == [a.article_id for a in analysis.articles]
    tools = page.locator(".tools")
    tools.locator("select[data-filter=outlet]").select_option(AP_OUTLET)
    assert visible_ids(page, rows, "data-article") == [a.article_id for a in analysis.articles if a.outlet == AP_OUTLET]
    tools.locator("button[data-reset]").click()
    page.locator("#articles thead th[data-sort-by=confidence] button").click()
    means = {a.article_id: sum(s.confidence.outlet for s in analysis.statements_of(a.article_id)) / len(analysis.statements_of(a.article_id))
             for a in analysis.articles}
    assert visible_ids(page, rows, "data-article") == sorted(everything, key=lambda i: (means[i], everything.index(i)))
    tools.locator("select[data-sort]").select_option(label="hedges, most first")
    hedges = [int(x) for x in visible_ids(page, rows, "data-hedges")]
    assert hedges == sorted(hedges, reverse=True)
    # the speaker tables inside the rows stay where they are
    row = page.locator(f"#articles tr[data-article='{AP}']")
    row.locator("summary").click()
    assert row.locator("table.speakers-table").is_visible()
    tab.assert_quiet()


def test_index_compares_outlets_without_javascript(tab_without_js, report_dir: Path, analysis: Analysis) -> None:
    tab = tab_without_js
    page = tab.page
    tab.open(report_dir / "index.html")
    stats = {s.outlet: s for s in outlet_stats(analysis)}
    hedges = page.locator("#compare-hedges")
    assert hedges.is_visible()
    columns = [t.strip() for t in hedges.locator("thead th").all_inner_texts()]
    assert columns[0] == "Outlet" and columns[-1] == "out of"
    ap = hedges.locator(f"tr[data-outlet='{AP_OUTLET}'] td .v").all_inner_texts()
    st = stats[AP_OUTLET]
    evidential = 1000 * st.hedge_categories.get("evidential", 0) / st.words
    assert ap[0] == f"{evidential:.1f}" and ap[-1] == f"{st.boosters_per_1000_words:.1f}"
    bars = hedges.locator("svg.minibar rect.fill")
    assert bars.count() == len(stats) * (len(columns) - 2)
    labels = page.locator("#compare-presentation")
    assert labels.is_visible()
    members = [m for c in analysis.claims for m in c.members if outlet_name(m.outlet) == AP_OUTLET]
    total = labels.locator(f"tr[data-outlet='{AP_OUTLET}'] td.total").inner_text()
    assert total.startswith(f"{len(members)} wording")
    header = [t.strip().split(" ", 1)[1] for t in labels.locator("thead th").all_inner_texts()[1:-1]]
    cells = labels.locator(f"tr[data-outlet='{AP_OUTLET}'] td .v").all_inner_texts()
    for label, text in zip(header, cells):
        n = sum(1 for m in members if m.presentation == label)
        assert text.startswith(f"{n} ("), (label, text)
    tab.screenshot("index-compare.png")
    tab.assert_quiet()


def test_printed_pages_keep_the_explanations_and_drop_the_controls(tab, report_dir: Path) -> None:
    page = tab.page
    for name, must in (
        ("claims.html", ["gap: the largest minus the smallest", "spread: the largest minus", "outlets differ"]),
        (f"articles/{AP}.html", ["outlet confidence, how far the outlet stands behind the statement"]),
        ("index.html", ["Outlets compared", "per 1,000 words"]),
    ):
        tab.open(report_dir / name)
        pages, text = pdf_pages_and_text(page.pdf(format="A4"))
        assert "Filter and sort" not in text and "Show all" not in text, name
        flat = squash(text)
        assert all(squash(m) in flat for m in must), (name, [m for m in must if squash(m) not in flat])
        assert pages <= 12, name
    # a filtered page prints what is shown, and says so
    tab.open(report_dir / "claims.html")
    page.locator("select[data-filter=presentation]").select_option("hedged")
    shown = len(visible_ids(page, "#claims tbody tr", "data-claim"))
    _, text = pdf_pages_and_text(page.pdf(format="A4"))
    assert squash(f"Filtered: showing {shown} of") in squash(text)
    tab.assert_quiet()
