"""The command line as a user meets it: help, analyze, exit codes, models info/download."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from attribution import cli
from attribution.models import ModelError, download_models
from attribution.yamlfile import load_yaml

from .conftest import ROOT, SEED


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["ATTRIBUTION_CACHE"] = str(tmp_path / "cache.sqlite")
    return env


def test_python_dash_m_and_help(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "attribution", "--help"], capture_output=True, text=True, env=_env(tmp_path))
    assert out.returncode == 0
    for command in ("analyze", "report", "evaluate", "lexicon", "models"):
        assert command in out.stdout
    out = subprocess.run([sys.executable, "-m", "attribution", "analyze", "--help"], capture_output=True, text=True, env=_env(tmp_path))
    assert "--out" in out.stdout and "--strict" in out.stdout


def test_no_command_and_bad_options_are_usage_errors(capsys) -> None:
    assert cli.main([]) == cli.EXIT_USAGE
    with pytest.raises(SystemExit) as stop:
        cli.main(["analyze"])
    assert stop.value.code == 2


def test_analyze_writes_the_output_contract(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_CACHE", str(tmp_path / "cache.sqlite"))
    out = tmp_path / "out"
    code = cli.main(["analyze", str(SEED / "articles"), "--out", str(out), "-q"])
    assert code == cli.EXIT_OK
    printed = capsys.readouterr().out
    assert "Analysed 2 articles" in printed and str(out / "report" / "index.html") in printed
    articles = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {a["article_id"] for a in articles} == {"ap-video-north-korean-soldiers", "abc-north-korean-soldiers-training"}
    expected = {"article_id", "outlet", "publisher", "title", "url", "published", "story", "path", "body",
                "body_sha256", "captions", "word_count", "sentence_count", "warnings"}
    for a in articles:
        assert set(a) == expected
        assert a["word_count"] > 300 and a["sentence_count"] > 10
    statements = [json.loads(line) for line in (out / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    fields = {"article_id", "statement_id", "sentence_index", "start", "end", "text", "speaker", "speaker_type",
              "role", "mention", "cue", "kind", "sources", "hedges", "boosters", "confidence", "explanation"}
    bodies = {a["article_id"]: a["body"] for a in articles}
    counts = {a["article_id"]: a["sentence_count"] for a in articles}
    for s in statements:
        assert set(s) == fields
        assert bodies[s["article_id"]][s["start"] : s["end"]] == s["text"]
        assert 0.0 <= s["confidence"]["source"] <= 1.0 and 0.0 <= s["confidence"]["outlet"] <= 1.0
    for article_id, n in counts.items():
        numbers = [int(s["statement_id"].split(":")[1]) for s in statements if s["article_id"] == article_id]
        assert numbers == list(range(1, len(numbers) + 1)), "statement ids count up in reading order"
        covered = {s["sentence_index"] for s in statements if s["article_id"] == article_id}
        # every sentence with words carries a statement, but the subheadings the gold lists
        # ("What happened?"): they label what follows and are no statement (issue 14)
        gold = load_yaml(SEED / "gold" / f"{article_id}.yaml")
        headings = set(gold["body"].get("subheadings") or [])
        assert len(covered) >= n - 1 - len(headings)
        assert not headings & {s["text"] for s in statements if s["article_id"] == article_id}
    assert (out / "statements.csv").read_text(encoding="utf-8").startswith("article_id,outlet,statement_id")
    assert (out / "report" / "index.html").is_file()


def test_bad_inputs_exit_1_and_keep_the_rest(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_CACHE", str(tmp_path / "cache.sqlite"))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    bad = tmp_path / "rows.jsonl"
    bad.write_text('{"id": "x", "text": \n', encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["analyze", str(SEED / "articles" / "ap-video-north-korean-soldiers.txt"), str(empty), str(bad),
                     str(tmp_path / "missing.txt"), "--out", str(out)])
    assert code == cli.EXIT_PARTIAL
    err = capsys.readouterr().err
    assert f"{empty}: empty file" in err
    assert f"{bad}:1: malformed JSON" in err
    assert "missing.txt: no such file or folder" in err
    assert len((out / "articles.jsonl").read_text().splitlines()) == 1


def test_strict_stops_at_the_first_bad_input(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_CACHE", str(tmp_path / "cache.sqlite"))
    empty = tmp_path / "a-empty.txt"
    empty.write_text("")
    code = cli.main(["analyze", str(empty), str(SEED / "articles"), "--out", str(tmp_path / "out"), "--strict", "-q"])
    assert code == cli.EXIT_STRICT


def test_report_rerenders_from_a_finished_analysis(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ATTRIBUTION_CACHE", str(tmp_path / "cache.sqlite"))
    out = tmp_path / "out"
    assert cli.main(["analyze", str(SEED / "articles"), "--out", str(out), "-q"]) == 0
    (out / "report" / "index.html").unlink()
    assert cli.main(["report", str(out), "--title", "Class of 2026"]) == 0
    assert "Class of 2026" in (out / "report" / "index.html").read_text(encoding="utf-8")


def test_models_info_names_the_directory_and_origin(capsys, monkeypatch, models) -> None:
    monkeypatch.setenv("ATTRIBUTION_MODELS", str(models.dir))
    assert cli.main(["models", "info"]) == 0
    out = capsys.readouterr().out
    assert str(models.dir) in out and "$ATTRIBUTION_MODELS" in out and "depparse" in out


def test_missing_models_give_a_clear_message(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_MODELS", str(tmp_path / "no-models"))
    code = cli.main(["analyze", str(SEED / "articles"), "--out", str(tmp_path / "out")])
    assert code == cli.EXIT_SETUP
    assert "does not exist" in capsys.readouterr().err


def test_download_calls_stanzas_downloader(tmp_path: Path, monkeypatch) -> None:
    import stanza

    calls = []
    def fake(*a, **k):  # noqa: ANN002, ANN003, ANN202
        calls.append((a, k))
        (Path(k["model_dir"]) / "resources.json").write_text("{}")

    monkeypatch.setattr(stanza, "download", fake)
    download_models(tmp_path / "models")
    (args, kwargs), = calls
    assert args == ("en",)
    # a new directory is filled under a temporary name beside it, then renamed into place
    assert Path(kwargs["model_dir"]).parent == tmp_path
    assert (tmp_path / "models" / "resources.json").is_file() and os.listdir(tmp_path) == ["models"]
    assert kwargs["processors"] == "tokenize,mwt,pos,lemma,depparse,ner"


def test_download_without_network_fails_clearly(tmp_path: Path, monkeypatch, capsys) -> None:
    # an unreachable proxy stands in for "no network", whatever the machine's network is
    for var in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
        monkeypatch.setenv(var, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(ModelError, match="cannot reach Stanza's model server"):
        download_models(tmp_path / "models")
    code = cli.main(["models", "download", "--dir", str(tmp_path / "models")])
    assert code == cli.EXIT_SETUP
    assert "cannot reach" in capsys.readouterr().err


def test_an_interrupted_run_keeps_the_articles_it_finished(tmp_path: Path, monkeypatch, capsys) -> None:
    """Stop the run (Ctrl-C) while the second article is being analysed: the first stays written."""
    import attribution.engine.local as engine
    from attribution.output import read_analysis

    monkeypatch.setenv("ATTRIBUTION_CACHE", str(tmp_path / "cache.sqlite"))
    real = engine.analyze_article
    seen: list[str] = []

    def interrupt_second(article, doc, lexicon, statements=None):  # noqa: ANN001, ANN202 - the stage's signature
        seen.append(article.article_id)
        if len(seen) == 2:
            raise KeyboardInterrupt
        return real(article, doc, lexicon, statements)

    monkeypatch.setattr(engine, "analyze_article", interrupt_second)
    out = tmp_path / "out"
    assert cli.main(["analyze", str(SEED / "articles"), "--out", str(out), "-q"]) == cli.EXIT_INTERRUPTED
    assert "finished so far are in" in capsys.readouterr().err
    assert not (out / "articles.jsonl").exists(), "nothing half-done is swapped in"
    analysis = read_analysis(out / ".attribution-partial")
    assert [a.article_id for a in analysis.articles] == [seen[0]]
    assert analysis.statements and {s.article_id for s in analysis.statements} == {seen[0]}
    body = analysis.articles[0].body
    assert all(body[s.start : s.end] == s.text for s in analysis.statements)


def test_every_model_error_names_the_directory_searched_and_the_line_to_set(tmp_path: Path, capsys, monkeypatch) -> None:
    """Issue 14: after make demo, the message must say where it looked and what to export."""
    import attribution.models as models_module

    missing = tmp_path / "no-models"
    monkeypatch.setenv("ATTRIBUTION_MODELS", str(missing))
    assert cli.main(["models", "info"]) == cli.EXIT_SETUP
    err = capsys.readouterr().err
    assert f"searched {missing}" in err and "export ATTRIBUTION_MODELS=" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("ATTRIBUTION_MODELS", str(empty))
    assert cli.main(["models", "info"]) == cli.EXIT_SETUP
    err = capsys.readouterr().err
    assert str(empty) in err and "export ATTRIBUTION_MODELS=" in err
    # nothing configured: every place tried is listed, with the line to set
    monkeypatch.delenv("ATTRIBUTION_MODELS")
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "stanza-default"))
    monkeypatch.setattr(models_module.sys, "prefix", str(tmp_path / "venv"))
    monkeypatch.chdir(tmp_path)
    assert cli.main(["models", "info"]) == cli.EXIT_SETUP
    err = capsys.readouterr().err
    assert str(tmp_path / "stanza-default") in err and "export ATTRIBUTION_MODELS=" in err


def test_the_venv_finds_the_models_make_install_recorded(tmp_path: Path, monkeypatch, models) -> None:
    """`make install` writes the model directory into <venv>/attribution-models; the venv's
    attribution then finds them without ATTRIBUTION_MODELS (as after `make demo`)."""
    import attribution.models as models_module
    from attribution.config import Settings

    venv = tmp_path / "venv"
    venv.mkdir()
    (venv / models_module.RECORD_FILE).write_text(f"{models.dir}\n", encoding="utf-8")
    monkeypatch.delenv("ATTRIBUTION_MODELS", raising=False)
    monkeypatch.setattr(models_module.sys, "prefix", str(venv))
    found = models_module.resolve_models(Settings())
    assert found.dir == models.dir and "make install" in found.origin
    makefile = (Path(__file__).parents[1] / "Makefile").read_text(encoding="utf-8")
    assert "attribution-models" in makefile
