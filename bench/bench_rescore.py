"""Re-scoring a cached corpus after a lexicon edit, against the cold run that parsed it.

    python bench/bench_rescore.py [CORPUS_DIR ...]

Default corpus: the shipped example corpus (examples/corpus) and, when it is beside the checkout,
the seed set (../shared/corpora/north-korea-troops-2024/articles).

"cold" is a first ``analyze`` with an empty parse cache (model loading included); "re-score" is
``analyze`` again with a user overlay that changes weights, disables an entry and adds one: every
parse comes from the cache, the models are never loaded, and only attribution, hedging and the
outputs are redone. The hedging stage alone (matching, scope, scores) is timed apart. Prints one
table; asserts nothing about time.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attribution.attribute import attribute  # noqa: E402
from attribution.config import CacheSettings, Settings  # noqa: E402
from attribution.document import ParsedDoc  # noqa: E402
from attribution.engine.local import Analyzer  # noqa: E402
from attribution.hedging import hedge  # noqa: E402
from attribution.ingest import ingest  # noqa: E402
from attribution.lexicon import Lexicon  # noqa: E402
from attribution.parse import Parser  # noqa: E402
from attribution.records import Article  # noqa: E402

OVERLAY = """\
# a typical tuning step: trust "allegedly" less, drop "would", add a cue
entries:
  - id: allegedly
    weight: 0.7
  - id: would
    enabled: false
  - id: hint-that
    pattern: hint
    type: hedge
    category: modal
    weight: 0.3
    governs: clause
    description: '"The data hint that": suggests without saying so.'
    examples: ["The data hint that prices rose."]
"""


def _scores(out_dir: Path) -> dict[str, tuple[float, float]]:
    scores = {}
    for line in (out_dir / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        scores[record["statement_id"]] = (record["confidence"]["outlet"], record["confidence"]["source"])
    return scores


def main() -> None:
    seed = ROOT.parent / "shared" / "corpora" / "north-korea-troops-2024" / "articles"
    corpora = [Path(p) for p in sys.argv[1:]] or [ROOT / "examples" / "corpus"] + ([seed] if seed.is_dir() else [])
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        settings = replace(Settings(), cache=CacheSettings(enabled=True, path=tmp / "cache.sqlite"))
        overlay = tmp / "mine.yaml"
        overlay.write_text(OVERLAY, encoding="utf-8")

        cold_analyzer = Analyzer(settings)
        started = time.perf_counter()
        cold = cold_analyzer.run(corpora, tmp / "cold")
        cold_total = time.perf_counter() - started
        cold_analyzer.close()

        started = time.perf_counter()
        tuned = Lexicon.load([overlay])
        rescore_analyzer = Analyzer(settings, models=cold_analyzer.models, lexicon=tuned,
                                    parser=Parser(cold_analyzer.models, settings))
        rescore = rescore_analyzer.run(corpora, tmp / "rescore")
        rescore_total = time.perf_counter() - started
        assert rescore.parsed == 0 and rescore.parser_calls == 0, "re-scoring must not parse"
        assert rescore_analyzer.parser._pipeline is None, "re-scoring must not load the models"

        # the hedging stage alone, over the cached parses
        articles = [a for a in ingest(corpora, settings) if isinstance(a, Article)]
        keys = [(a.body_sha256, cold_analyzer.models.identity) for a in articles]
        payloads = rescore_analyzer.cache.get_many(keys)
        docs = [ParsedDoc.from_json(payloads[k], a.body) for a, k in zip(articles, keys)]
        statements = [attribute(a, d, tuned) for a, d in zip(articles, docs)]
        started = time.perf_counter()
        rounds = 5
        for _ in range(rounds):
            for a, d, s in zip(articles, docs, statements):
                hedge(a, d, s, tuned)
        hedge_time = (time.perf_counter() - started) / rounds
        rescore_analyzer.close()

        before, after = _scores(tmp / "cold"), _scores(tmp / "rescore")
        changed = sum(1 for k in before if k in after and before[k] != after[k])
        words = sum(d.word_count for d in docs)

    rows = [
        ("articles / words", f"{len(articles)} / {words:,}"),
        ("statements", f"{cold.statements}"),
        ("cold analyze (model load + parse + rest)", f"{cold_total:.2f} s ({cold.parsed} parsed)"),
        ("re-score after lexicon edit (all cached)", f"{rescore_total:.2f} s ({rescore.cache_hits} cache hits, 0 parsed)"),
        ("cold / re-score", f"{cold_total / rescore_total:.1f}x"),
        ("hedging stage alone", f"{hedge_time * 1000:.0f} ms ({hedge_time / len(articles) * 1000:.1f} ms per article, "
                                f"{words / hedge_time:,.0f} words/s)"),
        ("statements whose scores changed", f"{changed} of {len(before)}"),
        ("device of the cold parse", str(cold_analyzer.parser.device)),
    ]
    width = max(len(k) for k, _ in rows)
    print("Benchmark: re-scoring after a lexicon edit vs the cold run")
    print("  corpus: " + ", ".join(str(c) for c in corpora))
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")


if __name__ == "__main__":
    main()
