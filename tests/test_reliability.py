"""Reliability: what surrounds the analysis never destroys, misreads or crashes.

The output folder is never read back as input; a rerun swaps in only when done; output problems
are one message; the cache key holds every setting that changes a parse; a bad cache entry is
dropped and parsed again.
"""

from __future__ import annotations

import errno
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from attribution import cli
from attribution.cache import ParseCache, parse_identity
from attribution.config import CacheSettings, Limits, Settings
from attribution.document import ParsedDoc
from attribution.engine import local as engine
from attribution.engine.local import Analyzer
from attribution.output import OutputError, OutputWriter, read_analysis

from .conftest import SEED


class FakeParser:
    """Stands in for Stanza where only the parse's bookkeeping matters: one sentence-less doc each."""

    device, threads = "cpu", 1

    def __init__(self) -> None:
        self.calls = self.words = 0
        self.seconds = 0.0
        self.bodies: list[str] = []

    def parse_many(self, bodies):  # noqa: ANN001, ANN201 - Parser's signature
        self.calls += 1
        self.bodies.extend(bodies)
        return [ParsedDoc(text=b, sentences=()) for b in bodies]

    def parse(self, body):  # noqa: ANN001, ANN201
        return self.parse_many([body])[0]


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    shutil.copytree(SEED / "articles", corpus)
    return corpus


def _analyzer(settings: Settings, models, lexicon, parser, cache: Path | None = None) -> Analyzer:  # noqa: ANN001
    if cache is not None:
        settings = replace(settings, cache=CacheSettings(enabled=True, path=cache))
    return Analyzer(settings, models=models, lexicon=lexicon, parser=parser)


def test_the_output_folder_inside_the_input_folder_is_never_read_back(tmp_path, settings, models, lexicon, parser) -> None:
    corpus = _corpus(tmp_path)
    out = corpus / "out"
    for _ in range(2):  # the second run finds the first run's JSONL files inside the corpus
        analyzer = _analyzer(settings, models, lexicon, parser)
        summary = analyzer.run([corpus], out)
        analyzer.close()
        assert summary.articles == 2 and not summary.errors, summary.problems
    # and a later run into another folder does not read the old output folder either
    analyzer = _analyzer(settings, models, lexicon, parser)
    summary = analyzer.run([corpus], tmp_path / "elsewhere")
    analyzer.close()
    assert summary.articles == 2 and not summary.errors
    assert any("output folder" in p.message for p in summary.problems)


def test_a_failed_rerun_leaves_the_finished_analysis_whole(tmp_path, settings, models, lexicon, parser, monkeypatch) -> None:
    out = tmp_path / "out"
    analyzer = _analyzer(settings, models, lexicon, parser)
    analyzer.run([SEED / "articles"], out)
    analyzer.close()
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert Path("claims.jsonl") in before and Path("report/index.html") in before

    def interrupt(article, doc, lexicon, statements=None):  # noqa: ANN001, ANN202 - the stage's signature
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "analyze_article", interrupt)
    analyzer = _analyzer(settings, models, lexicon, parser)
    with pytest.raises(KeyboardInterrupt):
        analyzer.run([SEED / "articles"], out)
    analyzer.close()
    after = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()
             and ".attribution-partial" not in p.parts}
    assert after == before


@pytest.mark.parametrize("case", ["file", "parent-file", "devnull", "too-long"])
def test_output_folder_problems_are_one_message(tmp_path, case, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_CACHE", str(tmp_path / "cache.sqlite"))
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    out = {"file": blocker, "parent-file": blocker / "out", "devnull": Path("/dev/null"),
           "too-long": tmp_path / ("x" * 300)}[case]
    code = cli.main(["analyze", str(SEED / "articles"), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_SETUP
    assert "Traceback" not in err and "choose another --out" in err and str(out) in err
    assert blocker.read_text() == "x"


def test_disk_full_leaves_no_torn_line(tmp_path, monkeypatch, seed_analyzed) -> None:
    import os

    from attribution import output

    result = next(iter(seed_analyzed.values()))
    writer = OutputWriter(tmp_path / "out")
    writer.add(result.article, result.doc, result.statements)
    real_write = os.write

    def half_then_full(fd, data):  # noqa: ANN001, ANN202
        if len(data) > 10:
            real_write(fd, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(output.os, "write", half_then_full)
    with pytest.raises(OutputError, match="disk is full"):
        writer.add(result.article, result.doc, result.statements)
    monkeypatch.setattr(output.os, "write", real_write)
    writer.close()
    for name in ("articles.jsonl", "statements.jsonl"):
        text = (writer.work_dir / name).read_text(encoding="utf-8")
        assert text.endswith("\n") or not text
        assert all(json.loads(line) for line in text.splitlines())
    assert len((writer.work_dir / "articles.jsonl").read_text().splitlines()) == 1


def test_the_cache_key_holds_the_sentence_limit(tmp_path, settings, models, lexicon) -> None:
    assert parse_identity("m", 150) != parse_identity("m", 40) != parse_identity("m", 41)
    cache = tmp_path / "c.sqlite"
    first, second = FakeParser(), FakeParser()
    a = _analyzer(settings, models, lexicon, first, cache)
    a.run([SEED / "articles"], tmp_path / "o1")
    a.close()
    short = replace(settings, limits=replace(Limits(), max_sentence_words=40))
    b = _analyzer(short, models, lexicon, second, cache)
    summary = b.run([SEED / "articles"], tmp_path / "o2")
    b.close()
    assert second.calls >= 1 and summary.cache_hits == 0, "another limit's sentences must not be reused"


def test_a_cache_entry_with_impossible_offsets_is_dropped_and_parsed_again(tmp_path, settings, models, lexicon) -> None:
    cache_path = tmp_path / "c.sqlite"
    a = _analyzer(settings, models, lexicon, FakeParser(), cache_path)
    a.run([SEED / "articles"], tmp_path / "o1")
    a.close()
    with ParseCache(cache_path) as cache:
        rows = cache._db.execute("SELECT body_sha256, model FROM parses").fetchall()
        bad = json.dumps({"sentences": [{"p": 0, "t": [[1, 1, "x", 10**9, 10**9 + 1]],
                                         "w": [[1, "x", "x", "X", "X", "", 0, "root", 10**9, 10**9 + 1]]}]})
        cache.put_many([((sha, model), bad) for sha, model in rows])
    fresh = FakeParser()
    b = _analyzer(settings, models, lexicon, fresh, cache_path)
    summary = b.run([SEED / "articles"], tmp_path / "o2")
    b.close()
    assert summary.articles == 2 and len(fresh.bodies) == 2, "bad entries are parsed again, not crashed on"
    third = FakeParser()
    c = _analyzer(settings, models, lexicon, third, cache_path)
    c.run([SEED / "articles"], tmp_path / "o3")
    c.close()
    assert third.calls == 0, "the re-parsed entries replaced the bad ones"
    assert read_analysis(tmp_path / "o3").articles


# -- exit codes and messages that tell the truth ----------------------------------------------------

def test_no_readable_input_exits_5_and_writes_nothing(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("ATTRIBUTION_CACHE", str(tmp_path / "cache.sqlite"))
    out = tmp_path / "out"
    code = cli.main(["analyze", str(tmp_path / "missing"), "--out", str(out), "-q"])
    err = capsys.readouterr().err
    assert code == cli.EXIT_NO_INPUT and "nothing was written" in err
    assert not (out / "articles.jsonl").exists() and not (out / "report").exists()


def test_report_on_damaged_jsonl_skips_the_bad_lines(tmp_path, capsys, settings, models, lexicon, parser) -> None:
    out = tmp_path / "out"
    analyzer = _analyzer(settings, models, lexicon, parser)
    analyzer.run([SEED / "articles"], out)
    analyzer.close()
    with (out / "articles.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"article_id": "x"}\n[1, 2]\n{"article_id": 5, "body": null, "captions": 7}\n{"trunc')
    with (out / "statements.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"article_id": "x", "start": "a"}\n')
    code = cli.main(["report", str(out)])
    err = capsys.readouterr().err
    assert code == cli.EXIT_OK and "Traceback" not in err
    assert "articles.jsonl:3: skipped a damaged record (no 'body' field)" in err


def _ingest(paths, settings):  # noqa: ANN001, ANN202
    from attribution.ingest import ingest

    return list(ingest(paths, settings))


def test_a_251_character_file_name_is_a_problem_for_that_file(tmp_path, settings) -> None:
    from attribution.ingest import Problem

    long = tmp_path / ("a" * 247 + ".txt")  # 251 characters: its sidecar's name would be too long
    long.write_text("Officials said the bridge was closed on Monday.\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("The minister said the talks would resume.\n", encoding="utf-8")
    results = _ingest([tmp_path], settings)
    assert any(getattr(r, "article_id", None) == "good" for r in results)
    assert all(isinstance(r, Problem) or r.article_id in ("good", long.stem) for r in results)


def test_html_without_its_cleaner_package_is_a_problem_for_that_file(tmp_path, settings, monkeypatch) -> None:
    import sys

    from attribution.ingest import Problem

    (tmp_path / "page.html").write_text("<html><body><p>The mayor said it was fine.</p></body></html>", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("The mayor said it was fine.\n", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "lxml_html_clean", None)
    results = _ingest([tmp_path], settings)
    [problem] = [r for r in results if isinstance(r, Problem)]
    assert problem.path.endswith("page.html") and "lxml_html_clean" in problem.message
    assert [r.article_id for r in results if not isinstance(r, Problem)] == ["plain"]


def test_html_cleaner_is_a_declared_dependency() -> None:
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    deps = text.split("dependencies = [", 1)[1].split("]", 1)[0]
    assert "lxml_html_clean" in deps or "lxml[html_clean]" in deps


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_are_read_and_named(tmp_path, settings, encoding) -> None:
    from attribution.ingest import Problem

    text = "Officials said the bridge – «closed» – would reopen on Monday.\n"
    (tmp_path / "win.txt").write_bytes(text.encode(encoding))
    results = _ingest([tmp_path / "win.txt"], settings)
    [article] = [r for r in results if not isinstance(r, Problem)]
    assert article.body == text.strip()
    assert any("UTF-16" in r.message for r in results if isinstance(r, Problem))


def test_strict_stops_on_a_broken_sidecar_and_bad_bytes(tmp_path, settings) -> None:
    from attribution.ingest import Problem

    (tmp_path / "a.txt").write_text("The mayor said it was fine.\n", encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("outlet: [unclosed\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"The mayor said it was \xff fine.\n")
    strict = replace(settings, strict=True)
    errors = [r for r in _ingest([tmp_path], strict) if isinstance(r, Problem) and r.severity == "error"]
    assert {Path(p.path).name for p in errors} >= {"a.meta.yaml", "b.txt"}
    lenient = [r for r in _ingest([tmp_path], settings) if isinstance(r, Problem) and r.severity == "error"]
    assert not lenient


@pytest.mark.parametrize("value", [".nan", "-5", "1.5", ".inf"])
def test_out_of_range_settings_are_refused_with_file_and_line(tmp_path, value) -> None:
    from attribution.config import read_config_file
    from attribution.yamlfile import YamlError

    config = tmp_path / "attribution.yaml"
    config.write_text(f"report:\n  title: x\nclaims:\n  threshold: {value}\n", encoding="utf-8")
    with pytest.raises(YamlError) as info:
        read_config_file(config)
    assert info.value.line == 4 and "claims.threshold" in str(info.value) and str(config) in str(info.value)


def test_messages_name_kinds_not_python_types(tmp_path, settings) -> None:
    from attribution.ingest import Problem

    (tmp_path / "a.txt").write_text("The mayor said it was fine.\n", encoding="utf-8")
    (tmp_path / "a.meta.yaml").write_text("outlet:\n  - one\n  - two\n", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text('[1, 2]\n', encoding="utf-8")
    messages = [r.message for r in _ingest([tmp_path], settings) if isinstance(r, Problem)]
    assert any("not a list" in m for m in messages), messages
    assert not any(word in m for m in messages for word in ("LineList", "LineDict", " list,", "dict"))
