"""After a lexicon edit, ``analyze`` re-scores from the cached parses: no Stanza call."""

from __future__ import annotations

import json
from dataclasses import replace

from attribution.cache import ParseCache
from attribution.config import CacheSettings
from attribution.engine.local import Analyzer
from attribution.lexicon import Lexicon

from tests.conftest import SEED


def _scores(out_dir) -> dict[str, tuple[float, float]]:
    """(outlet, source) of the statements that "allegedly" bears on."""
    scores = {}
    for line in (out_dir / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if any(c["entry"] == "allegedly" for c in record["hedges"]):
            scores[record["statement_id"]] = (record["confidence"]["outlet"], record["confidence"]["source"])
    return scores


def test_a_lexicon_change_rescores_without_parsing(tmp_path, settings, models, parser, seed_analyzed):
    cache_path = tmp_path / "parses.sqlite"
    with ParseCache(cache_path) as cache:  # the parses a first run would have stored
        cache.put_many(((a.article.body_sha256, models.identity), a.doc.to_json()) for a in seed_analyzed.values())
    run_settings = replace(settings, cache=CacheSettings(enabled=True, path=cache_path))
    overlay = tmp_path / "mine.yaml"
    overlay.write_text("entries:\n  - id: allegedly\n    weight: 0.9\n", encoding="utf-8")

    results = []
    for name, lexicon in (("shipped", Lexicon.load()), ("tuned", Lexicon.load([overlay]))):
        calls_before = parser.calls
        analyzer = Analyzer(run_settings, models=models, lexicon=lexicon, parser=parser)
        try:
            summary = analyzer.run([SEED / "articles"], tmp_path / name)
        finally:
            analyzer.close()
        assert parser.calls == calls_before and summary.parsed == 0 and summary.parser_calls == 0
        assert summary.cache_hits == 2
        results.append(_scores(tmp_path / name))

    shipped, tuned = results
    assert shipped.keys() == tuned.keys() and len(shipped) >= 3
    for key in shipped:  # a heavier hedge: both scores no higher, one of them lower
        assert tuned[key][0] <= shipped[key][0] and tuned[key][1] <= shipped[key][1]
        assert tuned[key] != shipped[key], key


def _run(tmp_path, name, run_settings, models, parser, lexicon):
    analyzer = Analyzer(run_settings, models=models, lexicon=lexicon, parser=parser)
    try:
        analyzer.run([SEED / "articles"], tmp_path / name)
    finally:
        analyzer.close()
    return (tmp_path / name / "statements.jsonl").read_bytes()


def test_a_hedge_edit_reuses_the_stored_statements_and_a_reporting_edit_does_not(
        tmp_path, settings, models, parser, seed_analyzed, monkeypatch):
    import attribution.engine.local as local

    cache_path = tmp_path / "parses.sqlite"
    with ParseCache(cache_path) as cache:
        cache.put_many(((a.article.body_sha256, models.identity), a.doc.to_json()) for a in seed_analyzed.values())
    run_settings = replace(settings, cache=CacheSettings(enabled=True, path=cache_path))
    calls = []
    real = local.attributed
    monkeypatch.setattr(local, "attributed", lambda *a: calls.append(a[0].article_id) or real(*a))
    hedge = tmp_path / "hedge.yaml"
    hedge.write_text("entries:\n  - id: allegedly\n    weight: 0.9\n", encoding="utf-8")
    verb = tmp_path / "verb.yaml"
    verb.write_text("entries:\n  - id: tell\n    enabled: false\n", encoding="utf-8")

    counted = []  # the claims stage's word counts are stored beside the parses too
    real_count = local.ClaimFeatures.count
    monkeypatch.setattr(local.ClaimFeatures, "count", lambda self, doc: counted.append(doc) or real_count(self, doc))
    first = _run(tmp_path, "first", run_settings, models, parser, Lexicon.load())
    assert len(calls) == 2 and len(counted) == 2  # attributed and counted once, stored beside the parses
    again = _run(tmp_path, "again", run_settings, models, parser, Lexicon.load())
    assert len(calls) == 2 and again == first  # read back: the same statements, byte for byte
    assert (tmp_path / "again" / "claims.jsonl").read_bytes() == (tmp_path / "first" / "claims.jsonl").read_bytes()
    _run(tmp_path, "hedge", run_settings, models, parser, Lexicon.load([hedge]))
    assert len(calls) == 2 and len(counted) == 2  # a hedge weight changes neither attribution nor the counts
    _run(tmp_path, "verb", run_settings, models, parser, Lexicon.load([verb]))
    assert len(calls) == 4  # a reporting entry does

    calls.clear()  # without a cache, attribution is done every time
    _run(tmp_path, "uncached", replace(settings, cache=CacheSettings(enabled=False)), models, parser, Lexicon.load())
    assert len(calls) == 2


def test_attribution_reads_only_the_reporting_part_of_the_lexicon(tmp_path):
    hedge = tmp_path / "hedge.yaml"
    hedge.write_text("entries:\n  - id: allegedly\n    weight: 0.9\n", encoding="utf-8")
    shipped, tuned = Lexicon.load(), Lexicon.load([hedge])
    assert shipped.fingerprint() != tuned.fingerprint()
    assert shipped.reporting_part().fingerprint() == tuned.reporting_part().fingerprint()
    assert {e.type for e in shipped.reporting_part().entries.values()} == {"reporting"}
    excluded = shipped.excluding(["belief"])
    assert excluded.reporting_part().excluded_classes == frozenset({"belief"})


def _files(out_dir) -> dict[str, bytes]:
    return {str(p.relative_to(out_dir)): p.read_bytes() for p in sorted(out_dir.rglob("*")) if p.is_file()}


def _parses_only(path, models, seed_analyzed):
    with ParseCache(path) as cache:
        cache.put_many(((a.article.body_sha256, models.identity), a.doc.to_json()) for a in seed_analyzed.values())
    return path


def test_a_rescore_after_an_edit_of_one_article_s_cue_writes_the_files_of_a_full_run(
        tmp_path, settings, models, parser, seed_analyzed):
    """What a re-score takes from the cache (statements, pages, counts) and what it skips must
    leave every output file as a run that finds nothing stored writes them."""
    warm = replace(settings, cache=CacheSettings(enabled=True, path=_parses_only(tmp_path / "warm.sqlite", models,
                                                                                 seed_analyzed)))
    _run(tmp_path, "first", warm, models, parser, Lexicon.load())
    by_entry: dict[str, set[str]] = {}
    for line in (tmp_path / "first" / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for cue in record["hedges"]:
            by_entry.setdefault(cue["entry"], set()).add(record["article_id"])
    entry = sorted(e for e, articles in by_entry.items() if len(articles) == 1)[0]  # a cue of one article only
    overlay = tmp_path / "one.yaml"
    overlay.write_text(f"entries:\n  - id: {entry}\n    weight: 0.05\n", encoding="utf-8")

    _run(tmp_path, "rescore", warm, models, parser, Lexicon.load([overlay]))
    full = replace(settings, cache=CacheSettings(enabled=True, path=_parses_only(tmp_path / "full.sqlite", models,
                                                                                 seed_analyzed)))
    _run(tmp_path, "full", full, models, parser, Lexicon.load([overlay]))
    rescored, fresh, before = _files(tmp_path / "rescore"), _files(tmp_path / "full"), _files(tmp_path / "first")
    assert rescored.keys() == fresh.keys()
    for name in fresh:
        assert rescored[name] == fresh[name], name
    changed = {n for n in fresh if before.get(n) != fresh[n]}
    assert "statements.jsonl" in changed and any(n.startswith("report/articles/") for n in changed)
    assert len([n for n in changed if n.startswith("report/articles/")]) == 1  # the other article's page is kept
