"""Lexicon tuning: user overlays (add, override, disable), validation with file and line, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.hedging_trees import DATA_HINT_THAT, VIDEO_ALLEGEDLY, article_for, doc, own_voice_statements

from attribution.cli import main
from attribution.config import load_settings
from attribution.hedging import hedge
from attribution.lexicon import CATEGORIES, Lexicon, LexiconError, check_files

ALLEGEDLY = VIDEO_ALLEGEDLY
HINT = DATA_HINT_THAT


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def outlet_of(lexicon: Lexicon, sentence: str) -> tuple[float, list[str]]:
    parsed = doc(sentence)
    statement = hedge(article_for(parsed), parsed, own_voice_statements(parsed), lexicon)[0]
    return statement.confidence.outlet, [c.entry for c in statement.hedges]


def test_the_shipped_lexicons_are_valid_and_documented():
    assert check_files([]) == []
    lexicon = Lexicon.load()
    for entry in lexicon.entries.values():
        assert entry.description.strip(), entry.id
        assert entry.examples, entry.id
        assert entry.category in CATEGORIES
    gold_categories = {"evidential", "modal", "conditional", "verification", "reporting_distancing",
                       "reporting_endorsing", "booster"}
    assert gold_categories <= {e.category for e in lexicon.active()}


def test_an_overlay_overrides_a_weight_disables_an_entry_and_adds_one(tmp_path):
    shipped = Lexicon.load()
    overlay = write(tmp_path, "mine.yaml", """
entries:
  - id: allegedly
    weight: 0.8
  - id: would
    enabled: false
  - id: hint-that
    pattern: hint
    type: hedge
    category: modal
    weight: 0.3
    governs: clause
    description: '"The data hint that": suggests without saying so.'
    examples: ["The data hint that prices rose."]
""")
    tuned = Lexicon.load([overlay])
    assert tuned.entries["allegedly"].weight == 0.8
    assert tuned.entries["allegedly"].pattern == "allegedly"  # the fields not given stay
    assert tuned.entries["allegedly"].source == f"{overlay}:3"
    assert not tuned.entries["would"].enabled and "would" not in {e.id for e in tuned.active()}
    assert outlet_of(shipped, ALLEGEDLY) == (0.5, ["allegedly"])
    assert outlet_of(tuned, ALLEGEDLY) == (pytest.approx(0.2), ["allegedly"])
    assert outlet_of(shipped, HINT) == (1.0, [])
    assert outlet_of(tuned, HINT) == (pytest.approx(0.7), ["hint-that"])
    assert tuned.fingerprint() != shipped.fingerprint()


def test_overlays_apply_in_order_and_can_change_the_scoring(tmp_path):
    first = write(tmp_path, "a.yaml", "entries:\n  - id: allegedly\n    weight: 0.8\n")
    second = write(tmp_path, "b.yaml", "scoring:\n  attributed: 0.7\nentries:\n  - id: allegedly\n    weight: 0.6\n")
    lexicon = Lexicon.load([first, second])
    assert lexicon.entries["allegedly"].weight == 0.6
    assert lexicon.scoring["attributed"] == 0.7
    assert lexicon.scoring_sources["attributed"] == f"{second}:2"


def test_overlays_come_from_the_config_file_and_the_command_line(tmp_path):
    (tmp_path / "lex").mkdir()
    overlay = write(tmp_path, "lex/mine.yaml", "entries:\n  - id: allegedly\n    weight: 0.9\n")
    extra = write(tmp_path, "extra.yaml", "entries:\n  - id: reportedly\n    enabled: false\n")
    write(tmp_path, "attribution.yaml", "lexicons:\n  - lex/mine.yaml\n")
    settings = load_settings(cwd=tmp_path, lexicons=(extra,))
    assert settings.lexicons == (overlay, extra)
    lexicon = Lexicon.load(settings.lexicons)
    assert lexicon.entries["allegedly"].weight == 0.9
    assert not lexicon.entries["reportedly"].enabled


def problems_of(tmp_path: Path, text: str) -> list[str]:
    return check_files([write(tmp_path, "user.yaml", text)])


def test_a_broken_yaml_file_is_reported_with_its_line(tmp_path):
    problems = problems_of(tmp_path, "entries:\n  - id: mine\n    pattern: x\n   type: hedge\n")
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'user.yaml'}:4: broken YAML")


@pytest.mark.parametrize("entry, line, message", [
    ("  - id: allegedly\n    wieght: 0.3\n", 4, "entry 'allegedly': unknown key 'wieght'"),
    ("  - id: allegedly\n    weight: high\n", 4, "entry 'allegedly': 'weight' must be a number, not text"),
    ("  - id: allegedly\n    weight: 1.5\n", 4, "entry 'allegedly': 'weight' must be in (0, 1]"),
    ("  - id: allegedly\n    negated: 'yes'\n", 4, "entry 'allegedly': 'negated' must be true/false, not text"),
    ("  - id: mine\n    pattern: first ... ... evidence\n", 4, "entry 'mine': a pattern cannot have two gaps"),
    ("  - id: mine\n    pattern: '... evidence'\n", 4, "entry 'mine': a pattern cannot start or end with a gap"),
    ("  - id: mine\n    pattern: a||b\n", 4, "entry 'mine': bad pattern token 'a||b'"),
    ("  - id: mine\n    scope: everything\n", 4, "entry 'mine': 'scope' must be one of head, self, complement, sentence"),
    ("  - id: ghost\n    enabled: false\n", 3, "entry 'ghost': no entry 'ghost' to change"),
    ("  - id: allegedly\n    weight: 0.3\n  - id: allegedly\n    weight: 0.4\n", 5, "entry 'allegedly': duplicate id in this file"),
    ("  - id: my-allegedly\n    pattern: allegedly\n    type: hedge\n    category: evidential\n    weight: 0.2\n"
     "    description: again\n", 3, "entry 'my-allegedly': same pattern and conditions as entry 'allegedly'"),
    ("  - id: mine\n    pattern: x\n    type: hedge\n    category: reporting_distancing\n    weight: 0.2\n"
     "    description: x\n", 3, "entry 'mine': categories reporting_* belong to reporting entries"),
])
def test_a_bad_entry_is_reported_with_file_line_and_entry(tmp_path, entry, line, message):
    problems = problems_of(tmp_path, "# my overlay\nentries:\n" + entry)
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"{tmp_path / 'user.yaml'}:{line}: {message}"), problems[0]


def test_bad_scoring_and_top_level_keys_are_reported(tmp_path):
    problems = problems_of(tmp_path, "scoring:\n  attributed: 2\n  anonymus: 0.3\nentry: []\n")
    assert any(":2: scoring 'attributed' must be in [0, 1]" in p for p in problems)
    assert any(":3: unknown scoring key 'anonymus'" in p for p in problems)
    assert any(":4: unknown top-level key 'entry'" in p for p in problems)


def test_loading_a_bad_overlay_raises_with_every_problem(tmp_path):
    bad = write(tmp_path, "bad.yaml", "entries:\n  - id: allegedly\n    weight: 3\n  - id: would\n    wieght: 1\n")
    with pytest.raises(LexiconError) as raised:
        Lexicon.load([bad])
    assert len(raised.value.problems) == 2


def test_lexicon_check_command(tmp_path, capsys):
    good = write(tmp_path, "good.yaml", "entries:\n  - id: would\n    enabled: false\n")
    shipped_off = sum(1 for e in Lexicon.load().entries.values() if not e.enabled)  # shipped off by default
    assert main(["lexicon", "check", str(good)]) == 0
    assert f"{shipped_off + 1} disabled" in capsys.readouterr().out
    bad = write(tmp_path, "bad.yaml", "entries:\n  - id: allegedly\n    weight: 3\n")
    assert main(["lexicon", "check", str(bad)]) == 3
    out = capsys.readouterr().out
    assert f"{bad}:3: entry 'allegedly': 'weight' must be in (0, 1], not 3" in out
    assert "1 problem found." in out


def test_lexicon_show_prints_the_effective_lexicon(tmp_path, capsys):
    overlay = write(tmp_path, "mine.yaml", "entries:\n  - id: allegedly\n    weight: 0.65\n  - id: would\n    enabled: false\n")
    assert main(["lexicon", "show", str(overlay), "--type", "hedge"]) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line for line in out.splitlines() if line.strip()}
    assert "0.65" in rows["allegedly"] and f"{overlay}:2" in rows["allegedly"]
    assert "OFF" in rows["would"]
    assert "claim" not in rows  # --type hedge
    assert "negated" in rows["not-verified"] and "links back 1" in rows["not-verified"]
    assert "attributed" in rows and "0.80" in rows["attributed"]


def test_an_overlay_never_changes_the_shipped_lexicon_read_before(tmp_path: Path) -> None:
    """The shipped files are read once per process and copied for each load: an overlay's
    weight, a disabled entry and a new one stay in the lexicon they were loaded into."""
    overlay = tmp_path / "mine.yaml"
    overlay.write_text("entries:\n  - id: allegedly\n    weight: 0.7\n  - id: would\n    enabled: false\n"
                       "scoring:\n  attributed: 0.6\n", encoding="utf-8")
    before = Lexicon.load()
    tuned = Lexicon.load([overlay])
    after = Lexicon.load()
    assert tuned.entries["allegedly"].weight == 0.7 and not tuned.entries["would"].enabled
    assert tuned.scoring["attributed"] == 0.6 and str(overlay) in tuned.files
    assert after == before and after.fingerprint() == before.fingerprint() and after is not before
    assert after.entries["allegedly"].weight != 0.7 and after.entries["would"].enabled
