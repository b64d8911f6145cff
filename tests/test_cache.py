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


def test_foreign_sqlite_file_is_never_touched(tmp_path: Path) -> None:
    path = tmp_path / "parses.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE customers (name TEXT)")
    other.execute("INSERT INTO customers VALUES ('Ada')")
    other.commit()
    other.close()
    before = path.read_bytes()
    cache = ParseCache(path)
    assert not cache.enabled, "another program's database is not ours to use"
    assert any("not an attribution parse cache" in p and "untouched" in p for p in cache.problems)
    cache.close()
    assert path.read_bytes() == before and not list(tmp_path.glob("parses.sqlite.*"))


def test_a_folder_or_device_as_cache_path_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "cachedir"
    folder.mkdir()
    cache = ParseCache(folder)
    assert not cache.enabled and folder.is_dir() and any("folder" in p for p in cache.problems)
    assert list(tmp_path.iterdir()) == [folder], "nothing renamed"
    if Path("/dev/null").exists():
        devnull = ParseCache(Path("/dev/null"))
        assert not devnull.enabled and Path("/dev/null").is_char_device()
        assert any("not a regular file" in p for p in devnull.problems)


def test_truncated_cache_of_ours_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "parses.sqlite"
    cache = ParseCache(path)
    cache.put_many([(("abc", "model"), "{}")])
    cache.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3] if len(data) > 4096 else data[:200])
    again = ParseCache(path)
    assert again.enabled and again.get_many([("abc", "model")]) == {}
    again.close()
    assert list(tmp_path.glob("parses.sqlite.unusable-*"))


def _hold_and_write(path: str, n: int, queue, barrier) -> None:  # a child process sharing the cache
    barrier.wait()
    cache = ParseCache(Path(path))
    for i in range(n):
        cache.put_many([((f"{path}-{i}-{id(cache)}", "m"), "{}")])
    queue.put((cache.enabled, cache.problems, cache.count()))
    cache.close()


def test_many_processes_opening_a_new_cache_at_once_all_use_it(tmp_path: Path) -> None:
    import multiprocessing

    path = tmp_path / "shared.sqlite"
    ctx = multiprocessing.get_context("spawn")
    queue, barrier = ctx.Queue(), ctx.Barrier(4)
    procs = [ctx.Process(target=_hold_and_write, args=(str(path), 30, queue, barrier)) for _ in range(4)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    assert all(enabled and not problems for enabled, problems, _ in results), results
    assert not list(tmp_path.glob("shared.sqlite.unusable-*")), "a busy cache is never moved aside"
    with ParseCache(path) as cache:
        assert cache.count() == 120


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
