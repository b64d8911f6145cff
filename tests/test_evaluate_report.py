"""``attribution evaluate --report``: the full report as JSON and HTML, with Cohen's kappa between
the system and the gold, and between two annotators' gold folders."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
from tests.conftest import SEED

from attribution.cache import ParseCache
from attribution.cli import main
from attribution.evaluate.agreement import NONE, cohen_kappa, gold_cue_spans, pair_spans
from attribution.evaluate.gold import load_gold_article
from attribution.evaluate.matching import Table
from attribution.evaluate.report import cell_value, render_html, report_data


def hand_kappa(pairs: list[tuple[str, str]]) -> float:
    """Cohen's kappa by its definition: (p_o - p_e) / (1 - p_e), p_e from each side's own label shares."""
    n = len(pairs)
    p_o = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    p_e = sum(first[k] * second[k] for k in first) / (n * n)
    return (p_o - p_e) / (1 - p_e)


def test_kappa_equals_the_hand_computed_value():
    # six cues: three agree, one category differs, one only the first marked, one only the second
    pairs = [("evidential", "evidential"), ("modal", "modal"), ("modal", "evidential"), ("verification", NONE),
             (NONE, "modal"), ("booster", "booster")]
    # p_o = 3/6; p_e = (1*2 + 2*2 + 1*0 + 1*1 + 1*1) / 36 = 8/36; kappa = (1/2 - 2/9) / (7/9) = 5/14
    assert cohen_kappa(pairs) == pytest.approx(5 / 14)
    assert hand_kappa(pairs) == pytest.approx(5 / 14)
    assert cohen_kappa([("modal", "modal")] * 3) == 1.0  # one label on both sides: nltk counts it full agreement
    assert cohen_kappa([]) is None


def test_cues_are_paired_by_overlap_whatever_their_category(tmp_path):
    body = "The video allegedly shows soldiers. It may be old. Officials could not verify it. It is clearly fake."
    a = tmp_path / "a.yaml"
    a.write_text("article: t\ncues:\n"
                 "  - {text: allegedly, sentence: 'The video allegedly shows soldiers.', category: evidential}\n"
                 "  - {text: may, sentence: 'It may be old.', category: modal}\n"
                 "  - {text: could not verify, sentence: 'Officials could not verify it.', category: verification}\n",
                 encoding="utf-8")
    b = tmp_path / "b.yaml"
    b.write_text("article: t\ncues:\n"
                 "  - {text: allegedly shows, sentence: 'The video allegedly shows soldiers.', category: evidential}\n"
                 "  - {text: may be, sentence: 'It may be old.', category: evidential}\n"
                 "  - {text: clearly, sentence: 'It is clearly fake.', category: booster}\n", encoding="utf-8")
    first, second = gold_cue_spans(body, load_gold_article(a)), gold_cue_spans(body, load_gold_article(b))
    assert sorted(pair_spans(first, second)) == sorted([
        ("evidential", "evidential"), ("modal", "evidential"), ("verification", NONE), (NONE, "booster")])


def test_json_cells_are_numbers_and_the_html_page_stands_alone():
    assert [cell_value(x) for x in ("12", "0.950", "-", "ALL", "1 -> 2")] == [12, 0.95, None, "ALL", "1 -> 2"]
    table = Table("Cues: per category", ["", "TP", "F1"], [["modal", "3", "0.750"], ["ALL (micro)", "3", "0.750"]],
                  note="match: same <category>")
    data = report_data([table], {"inputs": ["x"], "gold": []})
    assert data["tables"][0]["rows"][0] == {"label": "modal", "TP": 3, "F1": 0.75}
    page = render_html([table], {"inputs": ["x"], "gold": [{"name": "gold", "folder": "g"}]})
    assert "<script" not in page and "http" not in page.replace('http-equiv', '')
    assert 'id="cues-per-category"' in page and "same &lt;category&gt;" in page and '<td class="num">0.750</td>' in page
    assert "@media print" in page and "thead { display: table-header-group; }" in page


def _seed_cache(tmp_path: Path, models, seed_analyzed) -> Path:
    cache = tmp_path / "parses.sqlite"
    with ParseCache(cache) as store:
        store.put_many(((a.article.body_sha256, models.identity), a.doc.to_json()) for a in seed_analyzed.values())
    return cache


def test_two_gold_folders_on_the_seed_set(tmp_path, models, seed_analyzed, capsys):
    """A second annotator who files one modal cue as evidential, leaves out one booster and labels
    one claim member differently: the tool's kappas equal the hand-computed ones."""
    cache = _seed_cache(tmp_path, models, seed_analyzed)
    other = tmp_path / "gold-b"
    shutil.copytree(SEED / "gold", other)
    ap = other / "ap-video-north-korean-soldiers.yaml"
    text = ap.read_text(encoding="utf-8")
    cues_at = text.index("\ncues:")
    head, cues = text[:cues_at], text[cues_at:]
    modal = cues.index("category: modal")
    cues = cues[:modal] + "category: evidential" + cues[modal + len("category: modal"):]
    booster = re.search(r"\n  - text: clearly\n(    .*\n)+", cues)
    assert booster is not None
    cues = cues[:booster.start()] + "\n" + cues[booster.end():]
    ap.write_text(head + cues, encoding="utf-8")
    claims = (SEED / "claims.yaml").read_text(encoding="utf-8")
    changed = claims.replace("presentation: hedged          # Budanov \"claimed in local media\"",
                             "presentation: attributed", 1)
    assert changed != claims
    (other / "claims.yaml").write_text(changed, encoding="utf-8")

    report = tmp_path / "report"
    code = main(["evaluate", "-q", str(SEED / "articles"), "--gold", str(SEED / "gold"), "--gold", str(other),
                 "--cache", str(cache), "--report", str(report)])
    assert code == 0
    out = capsys.readouterr().out
    assert "Agreement: Cohen's kappa" in out and f"HTML report: {report / 'evaluation.html'}" in out
    data = json.loads((report / "evaluation.json").read_text(encoding="utf-8"))
    assert [g["name"] for g in data["gold"]] == ["gold", "gold-b"]
    (agreement,) = [t for t in data["tables"] if t["title"] == "Agreement: Cohen's kappa"]
    rows = {(r["labels"], r["first"], r["second"]): r for r in agreement["rows"]}

    gold_cues = [c.category for path in sorted((SEED / "gold").glob("*.yaml")) for c in load_gold_article(path).cues]
    first_modal = next(i for i, c in enumerate(load_gold_article(SEED / "gold" / ap.name).cues) if c.category == "modal")
    ap_cues = [c.category for c in load_gold_article(SEED / "gold" / ap.name).cues]
    abc_cues = [c.category for c in load_gold_article(SEED / "gold" / "abc-north-korean-soldiers-training.yaml").cues]
    pairs = [(c, c) for c in abc_cues]
    for i, c in enumerate(ap_cues):
        if i == first_modal:
            pairs.append(("modal", "evidential"))
        elif c == "booster" and load_gold_article(SEED / "gold" / ap.name).cues[i].text == "clearly":
            pairs.append(("booster", NONE))
        else:
            pairs.append((c, c))
    assert len(pairs) == len(gold_cues)
    cue_row = rows[("cue category", "gold", "gold-b")]
    assert cue_row["items"] == len(pairs)
    assert cue_row["kappa"] == pytest.approx(hand_kappa(pairs), abs=5e-4)  # the table rounds to 3 places
    assert cue_row["kappa"] < 1.0
    assert rows[("statement kind", "gold", "gold-b")]["kappa"] == 1.0
    assert rows[("cue category", "system", "gold")]["kappa"] == 1.0  # seed cue F1 is 1.000

    presentation = rows[("claim presentation", "gold", "gold-b")]
    labels = [p for p in re.findall(r"presentation: (\w+)", claims)]
    # every member of the scorable claims is covered by its twin; one label differs
    assert presentation["items"] <= len(labels) and presentation["observed"] < 1.0
    assert presentation["observed"] == pytest.approx((presentation["items"] - 1) / presentation["items"], abs=5e-4)

    page = (report / "evaluation.html").read_text(encoding="utf-8")
    assert "Agreement: Cohen&#x27;s kappa" in page and "gold-b" in page and "Cues: per category" in page
