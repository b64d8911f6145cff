"""Bounded inputs: a huge article, a huge CSV, a lexicon of many entries, a failed model download.

Each is processed in bounded memory and time or refused with one message naming the file and the
setting that raises the limit.
"""

from __future__ import annotations

import csv
import json
from dataclasses import replace
from pathlib import Path

import pytest

from attribution import cli
from attribution.config import CacheSettings, Limits
from attribution.ingest import Problem, ingest
from attribution.lexicon import Lexicon

TEXT = "The mayor said the bridge would reopen on Monday."


def _split(results):  # noqa: ANN001, ANN202
    return [r for r in results if not isinstance(r, Problem)], [r for r in results if isinstance(r, Problem)]


# -- a huge article --------------------------------------------------------------------------------

def _one_line(size: int) -> str:
    return ("The minister said the plan would work and critics disagreed " * (size // 60 + 1))[:size]


@pytest.mark.parametrize("kind", ["txt", "jsonl", "csv"])
def test_a_5_mb_single_line_article_is_refused_naming_file_and_setting(tmp_path, settings, kind) -> None:
    big = _one_line(4_999_000)
    if kind == "txt":
        (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    elif kind == "jsonl":
        (tmp_path / "big.jsonl").write_text(json.dumps({"id": "big", "text": big}) + "\n", encoding="utf-8")
    else:
        with (tmp_path / "big.csv").open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([["id", "text"], ["big", big]])
    (tmp_path / "good.txt").write_text(TEXT + "\n", encoding="utf-8")
    articles, problems = _split(list(ingest([tmp_path], settings)))
    assert [a.article_id for a in articles] == ["good"], "the good article of the batch is still read"
    [problem] = [p for p in problems if p.severity == "error"]
    assert problem.path.endswith(f"big.{kind}")
    assert "limits.max_article_chars" in problem.message and "attribution.yaml" in problem.message


def test_a_long_article_within_the_limit_is_read(tmp_path, settings) -> None:
    (tmp_path / "long.txt").write_text(_one_line(200_000), encoding="utf-8")
    articles, _ = _split(list(ingest([tmp_path], settings)))
    assert len(articles[0].body) == 200_000


def test_limit_messages_say_which_setting_raises_them(tmp_path, settings) -> None:
    small = replace(settings, limits=replace(Limits(), max_article_bytes=100, max_jsonl_line_bytes=100))
    (tmp_path / "a.txt").write_text(TEXT * 5, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": TEXT * 5}) + "\n", encoding="utf-8")
    _, problems = _split(list(ingest([tmp_path], small)))
    assert len(problems) == 2
    for problem in problems:
        assert "raise limits.max_" in problem.message and "attribution.yaml" in problem.message


# -- a huge CSV ------------------------------------------------------------------------------------

def test_a_csv_of_any_size_is_read_row_by_row(tmp_path, settings) -> None:
    """The whole-file cap (100 x max_article_bytes) refused a big CSV whose every row was fine."""
    small = replace(settings, limits=replace(Limits(), max_article_bytes=1_000))
    with (tmp_path / "many.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text"])
        for i in range(300):
            writer.writerow([f"row{i}", (TEXT + " ") * 8])
    assert (tmp_path / "many.csv").stat().st_size > 100 * 1_000
    articles, problems = _split(list(ingest([tmp_path / "many.csv"], small)))
    assert len(articles) == 300 and not problems


def test_a_csv_field_over_128_kib_is_one_article_not_a_broken_file(tmp_path, settings) -> None:
    with (tmp_path / "long.csv").open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([["id", "text"], ["long", _one_line(200_000)], ["short", TEXT]])
    articles, problems = _split(list(ingest([tmp_path / "long.csv"], settings)))
    assert [a.article_id for a in articles] == ["long", "short"] and not problems


def test_a_csv_with_bad_bytes_names_the_line_and_keeps_the_rows(tmp_path, settings) -> None:
    data = ("id,text\nr1," + TEXT + "\nr2,The mayor said \xff it was fine.\nr3," + TEXT + "\n").encode("latin-1")
    (tmp_path / "bad.csv").write_bytes(data)
    articles, problems = _split(list(ingest([tmp_path / "bad.csv"], settings)))
    assert [a.article_id for a in articles] == ["r1", "r2", "r3"]
    assert "\ufffd" in articles[1].body
    [warning] = problems
    assert warning.severity == "warning" and warning.line == 3 and "UTF-8" in warning.message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_a_csv_in_another_unicode_form_is_read(tmp_path, settings, encoding) -> None:
    (tmp_path / "w.csv").write_bytes(f"id,text\nr1,{TEXT}\n".encode(encoding))
    articles, _ = _split(list(ingest([tmp_path / "w.csv"], settings)))
    assert [a.body for a in articles] == [TEXT]


# -- a lexicon of many entries ---------------------------------------------------------------------

def _big_lexicon(path: Path, n: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("entries:\n")
        for i in range(n):
            handle.write(f"  - id: gen{i}\n    pattern: genword{i}\n    type: hedge\n    category: modal\n"
                         f"    weight: 0.3\n    description: generated entry {i}\n")
    return path


def test_duplicate_rules_are_found_by_hashing_not_pairwise(tmp_path, monkeypatch) -> None:
    """Checking n entries compares each with a dictionary, not with every other entry (2,000
    entries made 2.2 million rule comparisons; 100,000 ran past ten minutes)."""
    import attribution.lexicon as lexicon_module

    calls = 0
    real = lexicon_module._rule_key

    def counting(entry):  # noqa: ANN001, ANN202
        nonlocal calls
        calls += 1
        return real(entry)

    monkeypatch.setattr(lexicon_module, "_rule_key", counting)
    n = 2_000
    lexicon = Lexicon.load([_big_lexicon(tmp_path / "big.yaml", n)])
    assert len(lexicon.entries) > n
    assert calls <= 4 * len(lexicon.entries), f"{calls} rule comparisons for {len(lexicon.entries)} entries"


def test_twins_are_still_found_when_entries_change(tmp_path) -> None:
    """The rule index follows entries that overlays disable, enable and change."""
    path = tmp_path / "twins.yaml"
    path.write_text(
        "entries:\n"
        "  - {id: t1, pattern: zork, type: hedge, category: modal, weight: 0.3, description: one}\n"
        "  - {id: t2, pattern: zork, type: hedge, category: modal, weight: 0.3, description: two, enabled: false}\n",
        encoding="utf-8")
    off = tmp_path / "off.yaml"
    off.write_text("entries:\n  - {id: t1, enabled: false}\n  - {id: t2, enabled: true}\n", encoding="utf-8")
    lexicon = Lexicon.load([path, off])  # t1 off, so t2 may take its rule
    assert not lexicon.entries["t1"].enabled and lexicon.entries["t2"].enabled
    on = tmp_path / "on.yaml"
    on.write_text("entries:\n  - {id: t1, enabled: true}\n", encoding="utf-8")
    with pytest.raises(Exception, match="same pattern and conditions as entry 't2'"):
        Lexicon.load([path, off, on])
    moved = tmp_path / "moved.yaml"  # t2 changes its pattern: t1 may come back
    moved.write_text("entries:\n  - {id: t2, pattern: zorkish}\n  - {id: t1, enabled: true}\n", encoding="utf-8")
    lexicon = Lexicon.load([path, off, moved])
    assert lexicon.entries["t1"].enabled and lexicon.entries["t2"].pattern == "zorkish"


def test_lexicon_check_reads_the_files_once(tmp_path, monkeypatch, capsys) -> None:
    import attribution.lexicon as lexicon_module

    reads: list[str] = []
    real = lexicon_module.load_yaml
    monkeypatch.setattr(lexicon_module, "load_yaml", lambda p: reads.append(str(p)) or real(p))
    big = _big_lexicon(tmp_path / "big.yaml", 50)
    assert cli.main(["lexicon", "check", str(big)]) == cli.EXIT_OK
    assert reads.count(str(big)) == 1


def test_analyze_loads_the_lexicon_once(tmp_path, settings, models, monkeypatch) -> None:
    from attribution.engine.local import Analyzer

    from .conftest import SEED
    from .test_reliability import FakeParser

    loads = []
    real = Lexicon.load.__func__
    monkeypatch.setattr(Lexicon, "load", classmethod(lambda cls, *a, **k: loads.append(a) or real(cls, *a, **k)))
    # a cache of its own: the stand-in's sentence-less parses must not enter the session's cache,
    # where a later test reading the seed articles would get them instead of Stanza's
    own_cache = replace(settings, cache=CacheSettings(enabled=True, path=tmp_path / "parses.sqlite"))
    analyzer = Analyzer(own_cache, models=models, parser=FakeParser())
    analyzer.run([SEED / "articles"], tmp_path / "out")
    analyzer.close()
    assert len(loads) == 1


@pytest.mark.parametrize("value", ["[a, b]", "{x: 1}", "7", "true"])
def test_lexicon_messages_name_kinds_not_python_types(tmp_path, capsys, value) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(f"entries:\n  - id: x\n    pattern: {value}\n    type: hedge\n    category: modal\n"
                   "    weight: 0.3\n    description: d\n", encoding="utf-8")
    assert cli.main(["lexicon", "check", str(bad)]) == cli.EXIT_SETUP
    out = capsys.readouterr().out
    assert f"{bad}:3" in out and "'pattern' must be text" in out
    for word in ("LineList", "LineDict", "str,", "int", "bool", "dict", "list,"):
        assert word not in out.replace("a list", ""), out


# -- a failed model download -----------------------------------------------------------------------

def test_a_failed_download_leaves_no_model_directory(tmp_path, monkeypatch, capsys) -> None:
    import requests
    import stanza

    def failing(lang, model_dir, **kwargs):  # noqa: ANN001, ANN003, ANN202
        (Path(model_dir) / "en").mkdir(parents=True)
        (Path(model_dir) / "en" / "half.pt").write_bytes(b"x" * 10)
        raise requests.exceptions.ConnectionError("unreachable")

    monkeypatch.setattr(stanza, "download", failing)
    target = tmp_path / "models"
    assert cli.main(["models", "download", "--dir", str(target)]) == cli.EXIT_SETUP
    assert "cannot reach" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [], "nothing half-downloaded is left"

    def broken(lang, model_dir, **kwargs):  # noqa: ANN001, ANN003, ANN202
        raise ValueError("bad resources file")

    monkeypatch.setattr(stanza, "download", broken)
    assert cli.main(["models", "download", "--dir", str(target)]) == cli.EXIT_SETUP
    err = capsys.readouterr().err
    assert "Traceback" not in err and "again" in err and list(tmp_path.iterdir()) == []


def test_an_empty_or_unfinished_model_directory_says_what_to_do(tmp_path, monkeypatch, capsys) -> None:
    import requests
    import stanza

    empty = tmp_path / "empty"
    empty.mkdir()
    assert cli.main(["models", "info", "--models", str(empty)]) == cli.EXIT_SETUP
    err = capsys.readouterr().err
    assert "empty or its download did not finish" in err and f"models download --dir {empty}" in err

    existing = tmp_path / "existing"  # a folder that already held something: the download goes in place
    (existing / "other").mkdir(parents=True)
    monkeypatch.setattr(stanza, "download", lambda *a, **k: (_ for _ in ()).throw(requests.exceptions.Timeout()))
    assert cli.main(["models", "download", "--dir", str(existing)]) == cli.EXIT_SETUP
    capsys.readouterr()
    assert (existing / "other").is_dir(), "what was there before stays"
    assert cli.main(["models", "info", "--models", str(existing)]) == cli.EXIT_SETUP
    assert "download did not finish" in capsys.readouterr().err


# -- a huge line: never read whole -----------------------------------------------------------------

def _peak_while(run) -> int:  # noqa: ANN001
    import tracemalloc

    tracemalloc.start()
    try:
        run()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_jsonl_line_over_the_limit_is_skipped_without_reading_it_whole(tmp_path, settings) -> None:
    small = replace(settings, limits=replace(settings.limits, max_jsonl_line_bytes=100_000))
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as handle:  # a 12 MB line, then a good one
        handle.write(json.dumps({"id": "big", "text": _one_line(12_000_000)}) + "\n")
        handle.write(json.dumps({"id": "good", "text": TEXT}) + "\n")
    results: list = []
    peak = _peak_while(lambda: results.extend(ingest([path], small)))
    articles, problems = _split(results)
    assert [a.body for a in articles] == [TEXT]
    [problem] = [p for p in problems if p.severity == "error"]
    assert problem.line == 1 and "limits.max_jsonl_line_bytes" in problem.message and "12,000,0" in problem.message
    assert peak < 4_000_000, f"{peak:,} bytes held while skipping a 12 MB line"


def test_a_csv_line_longer_than_any_row_can_be_is_refused_without_reading_it_whole(tmp_path, settings) -> None:
    small = replace(settings, limits=replace(settings.limits, max_article_bytes=100_000))
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:  # a good row, then 12 MB without a line break
        handle.write(f"id,text\ngood,{TEXT}\nbig,")
        handle.write(_one_line(12_000_000))
    results: list = []
    peak = _peak_while(lambda: results.extend(ingest([path], small)))
    articles, problems = _split(results)
    assert [a.body for a in articles] == [TEXT]
    [problem] = [p for p in problems if p.severity == "error"]
    assert problem.path.endswith("big.csv") and problem.line == 3
    assert "limits.max_article_bytes" in problem.message and "attribution.yaml" in problem.message
    assert peak < 8_000_000, f"{peak:,} bytes held for a 12 MB line"
