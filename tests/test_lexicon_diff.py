"""``attribution lexicon diff``: what a lexicon edit gains and loses against gold, and per outlet."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from tests.conftest import SEED
from tests.hedging_trees import DATA_HINT_THAT, VIDEO_ALLEGEDLY, article_for, doc

from attribution.cache import ParseCache
from attribution.cli import main
from attribution.evaluate.gold import load_gold_article, load_gold_dir
from attribution.lexicon import Lexicon, LexiconError
from attribution.lexicon_diff import CueChange, diff_analyses, entry_changes, load_side, render
from attribution.pipeline import analyze_article
from attribution.resources import lexicons_dir

NO_ALLEGEDLY = "entries:\n  - id: allegedly\n    enabled: false\n"

VIDEO = VIDEO_ALLEGEDLY
HINT = DATA_HINT_THAT
HINT_ENTRY = """\
  - id: hint-that
    pattern: hint
    type: hedge
    category: modal
    weight: 0.3
    governs: clause
    description: '"The data hint that": suggests without saying so.'
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def without_entry(text: str, entry_id: str) -> str:
    """A shipped lexicon file's text with one entry cut out (what a user does in a copy)."""
    cut = re.sub(rf"\n  - id: {re.escape(entry_id)}\n(?:    .*\n|\n)*?(?=  - id: |  #|\Z)", "\n", text, count=1)
    assert cut != text
    return cut


# -- the sides -------------------------------------------------------------------------------------

def test_an_overlay_a_whole_file_a_folder_and_shipped(tmp_path):
    shipped = load_side("shipped").lexicon
    assert shipped.fingerprint() == Lexicon.load().fingerprint()

    overlay = load_side(str(write(tmp_path, "mine.yaml", NO_ALLEGEDLY)))
    assert not overlay.lexicon.entries["allegedly"].enabled and "overlay" in overlay.how

    # a copy of hedges.yaml (it keeps "name: hedges") with the entry deleted: the entry is gone,
    # where the same file read as an overlay would leave the shipped entry in place
    hedges = (lexicons_dir() / "hedges.yaml").read_text(encoding="utf-8")
    copy = write(tmp_path, "my-hedges.yaml", without_entry(hedges, "allegedly"))
    whole = load_side(str(copy))
    assert "allegedly" not in whole.lexicon.entries and "hedges.yaml replaced by" in whole.how
    assert "allegedly" in Lexicon.load([copy]).entries
    assert set(whole.lexicon.entries) == set(shipped.entries) - {"allegedly"}

    folder = tmp_path / "lexicons"
    folder.mkdir()
    write(folder, "hedges.yaml", without_entry(hedges, "allegedly"))
    side = load_side(str(folder))
    assert "allegedly" not in side.lexicon.entries and "reporting.yaml" in side.how  # the rest is shipped
    assert side.lexicon.entries.keys() == whole.lexicon.entries.keys()

    unchanged = load_side(str(write(tmp_path, "hedges-copy.yaml", hedges)))
    assert entry_changes(shipped, unchanged.lexicon) == {}


def test_bad_sides_are_reported(tmp_path):
    with pytest.raises(FileNotFoundError, match="no-such.yaml: no such lexicon file or folder"):
        load_side(str(tmp_path / "no-such.yaml"))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(LexiconError, match="no lexicon files in this folder"):
        load_side(str(empty))
    bad = write(tmp_path, "bad.yaml", "entries:\n  - id: allegedly\n    weight: 3\n")
    with pytest.raises(LexiconError, match="bad.yaml:3"):
        load_side(str(bad))


def test_entry_changes_say_what_differs(tmp_path):
    old = Lexicon.load()
    new = Lexicon.load([write(tmp_path, "mine.yaml", "entries:\n  - id: allegedly\n    weight: 0.7\n"
                              "  - id: would\n    enabled: false\n  - id: reportedly\n    upos: [ADV]\n" + HINT_ENTRY)])
    changes = entry_changes(old, new)
    assert changes == {"allegedly": "weight 0.50 -> 0.70", "would": "turned off", "reportedly": "upos - -> ADV",
                       "hint-that": "new entry"}
    assert entry_changes(new, old)["hint-that"] == "removed"


# -- the diff over handwritten trees (no model) ----------------------------------------------------------

def _gold(tmp_path: Path, body: str, cues: list[tuple[str, str, str]]) -> Path:
    lines = ["article: t", "outlet: Test Outlet", "statements: []", "cues:"]
    for text, sentence, category in cues:
        lines += [f"  - text: {json.dumps(text)}", f"    sentence: {json.dumps(sentence)}", f"    category: {category}"]
    return write(tmp_path, "t.yaml", "\n".join(lines) + "\n")


def test_gains_losses_and_false_alarms_per_entry_and_category(tmp_path):
    parsed = doc(VIDEO, HINT)
    body = parsed.text
    article = article_for(parsed)
    gold = load_gold_article(_gold(tmp_path, body, [("allegedly", "The video allegedly shows soldiers.", "evidential")]))
    old = load_side("shipped")
    # NEW drops "allegedly" (a gold cue: lost) and adds "hint" (no gold cue: a false alarm)
    new = load_side(str(write(tmp_path, "mine.yaml", NO_ALLEGEDLY + HINT_ENTRY)))
    pairs = [(analyze_article(article, parsed, old.lexicon), analyze_article(article, parsed, new.lexicon))]
    diff = diff_analyses(pairs, {"t": gold}, old, new)

    assert [(c.change, c.entry, c.category, c.text) for c in diff.changes] == [
        ("lost", "allegedly", "evidential", "allegedly"), ("false alarm added", "hint-that", "modal", "hint")]
    assert diff.changes[0].marked() == "The video [allegedly] shows soldiers."
    assert diff.changes[1].marked() == "The data [hint] that prices rose."
    assert diff.categories_old["evidential"].tp == 1 and diff.categories_new["evidential"].fn == 1
    assert diff.categories_new["modal"].fp == 1 and "modal" not in diff.categories_old
    assert diff.entry_counts_old["allegedly"].tp == 1 and diff.entry_counts_new["hint-that"].fp == 1
    # the video sentence loses its hedge (rises), the data sentence gains one (falls)
    (outlet,) = diff.outlets
    assert outlet.outlet == "Test Outlet" and outlet.rose == 1 and outlet.fell == 1
    risen = {s.text.rstrip("."): (s.outlet_old, s.outlet_new) for s in diff.statements}
    assert risen["The video allegedly shows soldiers"] == (0.5, 1.0)
    # "The data hint that ...": the shipped lexicon reads "hint" as reporting (lexicons/reporting_corpus.yaml),
    # so the statement is what the data hint, attributed (below own voice), and the new hedge never raises it
    hinted = risen["prices rose"]
    assert hinted[1] <= hinted[0] < 1.0

    text = render(diff, "text")
    assert "Cues lost (1)" in text and "Cues false alarm added (1)" in text and "turned off" in text
    md = render(diff, "md")
    assert "| allegedly | turned off | 0 | 1 | 0 | 0 | 1 -> 0 | 0 -> 0 |" in md
    data = json.loads(render(diff, "json"))
    assert data["entries"]["hint-that"]["false alarm added"] == 1 and data["entries_changed"]["allegedly"] == "turned off"


def test_without_gold_the_changes_are_listed_unjudged(tmp_path):
    parsed = doc(VIDEO, HINT)
    article = article_for(parsed)
    old, new = load_side("shipped"), load_side(str(write(tmp_path, "mine.yaml", NO_ALLEGEDLY + HINT_ENTRY)))
    pairs = [(analyze_article(article, parsed, old.lexicon), analyze_article(article, parsed, new.lexicon))]
    diff = diff_analyses(pairs, None, old, new)
    assert [(c.change, c.entry) for c in diff.changes] == [("found (no gold)", "hint-that"),
                                                          ("no longer found (no gold)", "allegedly")]
    assert "Categories" not in render(diff, "text")


def test_the_marked_sentence_keeps_the_cue_in_view():
    sentence = "A " * 80 + "video allegedly shows" + " soldiers" * 30
    change = CueChange("lost", "t", "allegedly", "evidential", "allegedly", sentence, 0, sentence.index("allegedly"))
    shown = change.marked(60)
    assert "[allegedly]" in shown and shown.startswith("…") and shown.endswith("…") and len(shown) <= 62


# -- the seed set: a lexicon that drops "allegedly" -------------------------------------------------------

def test_dropping_allegedly_on_the_seed_set(tmp_path, models, seed_analyzed, capsys):
    cache = tmp_path / "parses.sqlite"
    with ParseCache(cache) as store:  # the parses an earlier run stored: the diff parses nothing
        store.put_many(((a.article.body_sha256, models.identity), a.doc.to_json()) for a in seed_analyzed.values())
    overlay = write(tmp_path, "no-allegedly.yaml", NO_ALLEGEDLY)
    code = main(["lexicon", "diff", "shipped", str(overlay), "--gold", str(SEED / "gold"), str(SEED / "articles"),
                 "--cache", str(cache), "--format", "json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["parsed"] == 0 and data["cache_hits"] == 2

    golds = load_gold_dir(SEED / "gold")
    expected = sorted((g.article, " ".join(c.sentence.split())) for g in golds.values() for c in g.cues
                      if c.text == "allegedly")
    assert len(expected) >= 3
    lost = sorted((c["article"], c["sentence"]) for c in data["changes"] if c["change"] == "lost")
    assert lost == expected
    assert {c["change"] for c in data["changes"]} == {"lost"}  # nothing gained, no false alarm added or removed
    assert all(c["entry"] == "allegedly" for c in data["changes"])

    # every outlet with an "allegedly" statement rose, none fell; exactly those statements changed
    hedged = {(a.article.article_id, s.statement_id) for a in seed_analyzed.values() for s in a.statements
              if any(c.entry == "allegedly" for c in s.hedges)}
    assert {(s["article"], s["statement_id"]) for s in data["statements"]} == hedged
    assert all(s["outlet_new"] >= s["outlet_old"] and s["source_new"] >= s["source_old"] for s in data["statements"])
    outlets_hedged = {a.article.outlet for a in seed_analyzed.values() if any(k[0] == a.article.article_id for k in hedged)}
    rose = {o["outlet"] for o in data["outlets"] if o["outlet_change"] > 0}
    assert rose == outlets_hedged and all(o["fell"] == 0 for o in data["outlets"])

    assert main(["lexicon", "diff", "shipped", str(overlay), "--gold", str(SEED / "gold"), str(SEED / "articles"),
                 "--cache", str(cache)]) == 0
    text = capsys.readouterr().out
    assert f"Cues lost ({len(expected)})" in text and "[allegedly]" in text


# -- lexicon show --format, unknown categories ----------------------------------------------------------

def test_lexicon_show_as_csv_and_markdown(tmp_path, capsys):
    import csv
    import io

    overlay = write(tmp_path, "mine.yaml", "entries:\n  - id: allegedly\n    weight: 0.65\n")
    assert main(["lexicon", "show", str(overlay), "--format", "csv", "--category", "evidential"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_id = {r["id"]: r for r in rows}
    assert by_id["allegedly"]["weight"] == "0.65" and by_id["allegedly"]["defined at"] == f"{overlay}:2"
    assert {r["category"] for r in rows} == {"evidential"}
    assert by_id["purportedly"]["pattern"] == "purportedly|supposedly|ostensibly"
    full = Lexicon.load().entries["allegedly"].description
    assert by_id["allegedly"]["description"] == " ".join(full.split())  # not shortened

    assert main(["lexicon", "show", "--format", "md", "--type", "booster"]) == 0
    out = capsys.readouterr().out
    assert "| id | type | category |" in out and "## Confidence scoring" in out
    undoubtedly = next(line for line in out.splitlines() if line.startswith("| undoubtedly |"))
    assert "undoubtedly\\|undeniably" in undoubtedly  # alternatives escaped, the table keeps its columns
    assert undoubtedly.count(" | ") == 11  # 12 columns: id ... class ... provenance, description


def test_lexicon_show_names_the_known_categories(capsys):
    assert main(["lexicon", "show", "--category", "evidentail"]) == 2
    err = capsys.readouterr().err
    assert "unknown category 'evidentail'" in err and "evidential" in err and "reporting_distancing" in err
    assert main(["lexicon", "show", "--type", "hedge", "--category", "booster"]) == 2
    assert "no entries of type hedge and category booster" in capsys.readouterr().err
