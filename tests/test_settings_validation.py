"""Every number a user writes in a settings file is checked: NaN, infinities, negatives, fractions
where a count is meant and values out of range are refused with the file and line (issue 17)."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

import pytest

from attribution.align.tuning import load_tuning
from attribution.cli import build_parser
from attribution.config import _SECTIONS, load_settings
from attribution.lexicon import Lexicon, LexiconError
from attribution.yamlfile import YamlError

NUMBER_SETTINGS = [f"{name}.{f.name}" for name, cls in _SECTIONS.items() for f in fields(cls)
                   if str(f.type) in ("int", "float")]
BAD = [".nan", ".inf", "-.inf", "-1", "1.0e+400", "'0.5'", "true"]


def _config(tmp_path: Path, key: str, value: str) -> Path:
    section, name = key.split(".")
    path = tmp_path / "attribution.yaml"
    path.write_text(f"# my settings\n{section}:\n  {name}: {value}\n", encoding="utf-8")
    return path


def test_every_number_setting_is_checked() -> None:
    assert {"models.batch_size", "models.threads", "limits.max_article_bytes", "limits.max_jsonl_line_bytes",
            "limits.max_sentence_words", "limits.max_article_chars", "claims.threshold"} <= set(NUMBER_SETTINGS)


@pytest.mark.parametrize("key", NUMBER_SETTINGS)
@pytest.mark.parametrize("value", BAD)
def test_a_bad_number_is_refused_with_file_and_line(tmp_path: Path, key: str, value: str) -> None:
    path = _config(tmp_path, key, value)
    with pytest.raises(YamlError) as error:
        load_settings(path)
    assert error.value.line == 3 and str(error.value).startswith(f"{path}:3: '{key}' must be")


@pytest.mark.parametrize("key", [k for k in NUMBER_SETTINGS if k != "claims.threshold"])
def test_a_count_must_be_whole(tmp_path: Path, key: str) -> None:
    with pytest.raises(YamlError, match="whole number"):
        load_settings(_config(tmp_path, key, "1.5"))


def test_threads_0_is_the_documented_default_and_may_be_written(tmp_path: Path) -> None:
    assert load_settings(_config(tmp_path, "models.threads", "0")).models.threads == 0
    assert load_settings(_config(tmp_path, "models.threads", "3")).models.threads == 3
    with pytest.raises(YamlError, match="0 .not set. or more"):
        load_settings(_config(tmp_path, "models.threads", "-1"))
    with pytest.raises(YamlError, match="positive whole number"):
        load_settings(_config(tmp_path, "models.batch_size", "0"))


def test_config_given_before_the_command_is_used() -> None:
    """``attribution --config X analyze ...`` (as the usage line shows it) lost X to the
    subcommand's default; -v and -q the same."""
    parser = build_parser()
    args = parser.parse_args(["--config", "mine.yaml", "-v", "-q", "analyze", "corpus", "--out", "out"])
    assert (args.config, args.verbose, args.quiet) == (Path("mine.yaml"), 1, True)
    args = parser.parse_args(["lexicon", "show", "--config", "mine.yaml"])
    assert args.config == Path("mine.yaml") and args.verbose == 0 and args.quiet is False
    args = parser.parse_args(["models", "info"])
    assert args.config is None and args.verbose == 0


def test_a_lexicon_problem_names_its_place_once(tmp_path: Path) -> None:
    overlay = tmp_path / "mine.yaml"
    overlay.write_text("entries:\n  - id: maybe_probe\n    type: hedge\n    category: modal\n    pattern: zzqq\n"
                       "    description: a probe\n    weight: .nan\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        Lexicon.load([overlay])
    text = str(error.value)
    assert text == f"{overlay}:7: entry 'maybe_probe': 'weight' must be in (0, 1], not nan"
    assert error.value.problems == [text] and (error.value.path, error.value.line) == (str(overlay), 7)
    assert text.count(str(overlay)) == 1


@pytest.mark.parametrize("value", [".nan", ".inf", "1.0e+400", "-2"])
def test_a_speaker_rule_number_must_be_finite_and_positive(tmp_path: Path, value: str) -> None:
    overlay = tmp_path / f"speakers-{value.strip('.-+')}.yaml"
    overlay.write_text(f"rules:\n  cataphora_lead:\n    value: {value}\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        Lexicon.load([overlay])
    assert re.match(rf"{re.escape(str(overlay))}:3: rule 'cataphora_lead' must be a positive number", str(error.value))


@pytest.mark.parametrize("value", [".nan", ".inf", "-3"])
def test_an_alignment_number_word_must_be_a_finite_count(tmp_path: Path, value: str) -> None:
    overlay = tmp_path / "alignment.yaml"
    overlay.write_text(f"numbers:\n  words:\n    dozen: {value}\n", encoding="utf-8")
    with pytest.raises(YamlError) as error:
        load_tuning(overlay)
    assert error.value.line == 3 and "'numbers.words.dozen' must be a finite number of 0 or more" in str(error.value)


def test_an_alignment_count_is_not_cut_to_its_whole_part(tmp_path: Path) -> None:
    overlay = tmp_path / "alignment.yaml"
    overlay.write_text("similarity:\n  min_shared_words: 2.5\n", encoding="utf-8")
    with pytest.raises(YamlError) as error:
        load_tuning(overlay)
    assert error.value.line == 2 and "whole number" in str(error.value)
    overlay.write_text("similarity:\n  min_shared_words: 2\n", encoding="utf-8")
    assert load_tuning(overlay).similarity.min_shared_words == 2
