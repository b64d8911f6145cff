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

    def interrupt(article, doc, lexicon):  # noqa: ANN001, ANN202
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
