"""Settings from attribution.yaml and the command line; errors name file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.config import load_settings
from attribution.models import resolve_models
from attribution.yamlfile import YamlError


def test_config_file_and_cli_overrides(tmp_path: Path) -> None:
    config = tmp_path / "attribution.yaml"
    config.write_text(
        "models:\n  dir: models\n  batch_size: 4\nlexicons: [mine.yaml]\nlimits:\n  max_sentence_words: 80\n"
        "claims:\n  threshold: 0.6\nreport:\n  title: Media class\n",
        encoding="utf-8",
    )
    settings = load_settings(config, lexicons=(Path("extra.yaml"),), batch_size=8, report_title="Override")
    assert settings.models.dir == tmp_path / "models"  # relative to the config file
    assert settings.models.batch_size == 8
    assert settings.lexicons == (tmp_path / "mine.yaml", Path("extra.yaml"))
    assert settings.limits.max_sentence_words == 80
    assert settings.claims.threshold == 0.6
    assert settings.report.title == "Override"
    with pytest.raises(Exception):
        settings.strict = True  # type: ignore[misc]  # frozen


def test_config_in_working_directory_is_found(tmp_path: Path) -> None:
    (tmp_path / "attribution.yaml").write_text("strict: true\n", encoding="utf-8")
    assert load_settings(cwd=tmp_path).strict is True


@pytest.mark.parametrize(
    "text, line, words",
    [
        ("models:\n  dri: x\n", 2, "unknown setting 'models.dri'"),
        ("limits:\n  max_sentence_words: -3\n", 2, "positive whole number"),
        ("report:\n  title: [a\n", 2, "broken YAML"),
        ("colour: blue\n", 1, "unknown setting 'colour'"),
    ],
)
def test_config_errors_name_the_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    config = tmp_path / "attribution.yaml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(YamlError) as error:
        load_settings(config)
    assert error.value.line == line
    assert words in str(error.value) and str(config) in str(error.value)


def test_model_resolution_order(tmp_path: Path, monkeypatch, models) -> None:
    config = tmp_path / "attribution.yaml"
    config.write_text(f"models:\n  dir: {models.dir}\n", encoding="utf-8")
    monkeypatch.delenv("ATTRIBUTION_MODELS", raising=False)
    settings = load_settings(config)
    assert resolve_models(settings).origin.startswith("models.dir in")
    monkeypatch.setenv("ATTRIBUTION_MODELS", str(models.dir))
    assert resolve_models(settings).origin == "$ATTRIBUTION_MODELS"
    assert resolve_models(settings, models.dir).origin == "--models"
