"""The SQLite parse cache: hits with no Stanza call, recovery from corrupt and foreign files."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from attribution.cache import ParseCache
from attribution.config import CacheSettings, Settings
from attribution.engine.local import Analyzer
from attribution.output import read_analysis

from .conftest import SEED


def _analyzer(settings: Settings, cache: Path, models, lexicon, parser) -> Analyzer:
    return Analyzer(replace(settings, cache=CacheSettings(enabled=True, path=cache)), models=models, lexicon=lexicon, parser=parser)


def test_second_run_makes_no_parser_call(tmp_path: Path, settings, models, lexicon, parser) -> None:
    cache = tmp_path / "parses.sqlite"
    first = _analyzer(settings, cache, models, lexicon, parser)
    summary1 = first.run([SEED / "articles"], tmp_path / "out1")
    first.close()
    assert summary1.parsed == 2 and summary1.parser_calls >= 1 and summary1.cache_hits == 0

    calls_before = parser.calls
    second = _analyzer(settings, cache, models, lexicon, parser)
    summary2 = second.run([SEED / "articles"], tmp_path / "out2")
    second.close()
    assert parser.calls == calls_before, "a cached corpus must not reach Stanza"
    assert summary2.parsed == 0 and summary2.cache_hits == 2
    one, two = read_analysis(tmp_path / "out1"), read_analysis(tmp_path / "out2")
    assert [s.to_dict() for s in one.statements] == [s.to_dict() for s in two.statements]


def test_a_fresh_analyzer_with_a_warm_cache_never_loads_stanza(tmp_path: Path, settings, models, lexicon, parser) -> None:
    from attribution.parse import Parser

    cache = tmp_path / "parses.sqlite"
    warm = _analyzer(settings, cache, models, lexicon, parser)
    warm.run([SEED / "articles"], tmp_path / "out1")
    warm.close()
    cold_parser = Parser(models, settings)
    fresh = _analyzer(settings, cache, models, lexicon, cold_parser)
    fresh.run([SEED / "articles"], tmp_path / "out2")
    fresh.close()
    assert cold_parser._pipeline is None and cold_parser.calls == 0


def test_corrupt_cache_is_reported_and_rebuilt(tmp_path: Path, caplog) -> None:
    path = tmp_path / "parses.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = ParseCache(path)
    assert cache.enabled
    assert any("moved it to" in p for p in cache.problems)
    cache.put_many([(("abc", "model"), '{"sentences": []}')])
    assert cache.get_many([("abc", "model")]) == {("abc", "model"): '{"sentences": []}'}
    cache.close()
    assert list(tmp_path.glob("parses.sqlite.unusable-*")), "the damaged file is kept aside, not deleted"


def test_foreign_sqlite_file_is_not_touched_in_place(tmp_path: Path) -> None:
    path = tmp_path / "parses.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE customers (name TEXT)")
    other.execute("INSERT INTO customers VALUES ('Ada')")
    other.commit()
    other.close()
    cache = ParseCache(path)
    assert cache.enabled and cache.count() == 0
    assert any("not an attribution parse cache" in p for p in cache.problems)
    cache.close()
    [aside] = tmp_path.glob("parses.sqlite.unusable-*")
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT name FROM customers").fetchall() == [("Ada",)]
    kept.close()


def test_damaged_entry_is_parsed_again(tmp_path: Path) -> None:
    path = tmp_path / "parses.sqlite"
    cache = ParseCache(path)
    cache._db.execute("INSERT INTO parses VALUES ('k', 'm', X'00FF00', 0)")
    assert cache.get_many([("k", "m")]) == {}
    assert any("damaged entry" in p for p in cache.problems)
    cache.close()


def test_unwritable_cache_location_means_running_without_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    cache = ParseCache(blocker / "sub" / "parses.sqlite")
    assert not cache.enabled and cache.problems
    assert cache.get_many([("a", "b")]) == {}
    cache.put_many([(("a", "b"), "{}")])  # no crash
