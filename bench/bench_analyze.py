"""Cold vs warm (cached) analysis of the example corpus, and the bare Stanza parse of the same text.

    python bench/bench_analyze.py [CORPUS_DIR]

Prints one table. "cold" is a first run with an empty parse cache (model loading included and
also shown apart); "warm" is the same run again, every parse read from the cache; "bare parse"
is Stanza's bulk_process over the same bodies with the pipeline already loaded, the floor the
cold run cannot beat.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attribution.config import CacheSettings, Settings  # noqa: E402
from attribution.engine.local import Analyzer  # noqa: E402
from attribution.ingest import ingest  # noqa: E402
from attribution.parse import Parser, prepare_text  # noqa: E402
from attribution.records import Article  # noqa: E402


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "examples" / "corpus"
    with tempfile.TemporaryDirectory() as tmp:
        settings = replace(Settings(), cache=CacheSettings(enabled=True, path=Path(tmp) / "cache.sqlite"))
        articles = [a for a in ingest([corpus], settings) if isinstance(a, Article)]

        analyzer = Analyzer(settings)
        started = time.perf_counter()
        _ = analyzer.parser.pipeline  # load the models
        load = time.perf_counter() - started
        cold = analyzer.run([corpus], Path(tmp) / "cold")
        cold_total = time.perf_counter() - started
        analyzer.close()
        words = sum(1 for a in articles for _ in a.body.split())

        warm_analyzer = Analyzer(settings, models=analyzer.models, parser=Parser(analyzer.models, settings))
        started = time.perf_counter()
        warm = warm_analyzer.run([corpus], Path(tmp) / "warm")
        warm_total = time.perf_counter() - started
        warm_analyzer.close()
        assert warm.parsed == 0 and warm.cache_hits == len(articles), "the warm run must not parse"

        pipeline = analyzer.parser.pipeline
        bodies = [prepare_text(a.body) for a in articles]
        started = time.perf_counter()
        for i in range(0, len(bodies), settings.models.batch_size):
            pipeline.bulk_process(bodies[i : i + settings.models.batch_size])
        bare = time.perf_counter() - started

    rows = [
        ("articles", f"{len(articles)}"),
        ("words (whitespace)", f"{words:,}"),
        ("model load", f"{load:.2f} s"),
        ("cold analyze (load + parse + rest)", f"{cold_total:.2f} s"),
        ("cold analyze without model load", f"{cold_total - load:.2f} s"),
        ("warm analyze (all parses cached)", f"{warm_total:.2f} s"),
        ("cold / warm", f"{cold_total / warm_total:.1f}x"),
        ("bare Stanza bulk_process, same text", f"{bare:.2f} s ({words / bare:,.0f} words/s)"),
        ("everything after parsing (warm run)", f"{warm_total / len(articles) * 1000:.0f} ms per article"),
        ("device", str(analyzer.parser.device)),
    ]
    width = max(len(k) for k, _ in rows)
    print(f"Benchmark: analyze {corpus}")
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")
    print(f"  (cold run: {cold.articles} articles, {cold.statements} statements; warm run: {warm.cache_hits} cache hits)")


if __name__ == "__main__":
    main()
