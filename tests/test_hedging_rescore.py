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
