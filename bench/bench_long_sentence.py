"""A sentence of 20,000 words through the real parser, cut by ``limits.max_sentence_words``.

    python bench/bench_long_sentence.py [--words 20000] [--limits 150,400]

A scraped page without sentence ends (a list run together, a table flattened) reaches the
parser as one sentence; the tokenizer's post-processor cuts it into pieces of at most
``limits.max_sentence_words`` words before tagging and parsing, so the cost stays that of
ordinary sentences. Prints, per limit: seconds (model load apart), words/s, the longest
sentence of the parse and the peak RSS of the process; then the analysis after parsing of the
same text. Asserts nothing about time.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attribution.config import Limits, Settings  # noqa: E402
from attribution.lexicon import Lexicon  # noqa: E402
from attribution.models import resolve_models  # noqa: E402
from attribution.parse import Parser  # noqa: E402
from attribution.pipeline import analyze_article  # noqa: E402
from attribution.records import Article  # noqa: E402

PHRASE = ("the minister said the plan would work and critics in the capital disagreed with her "
          "while officials who asked not to be named suggested the budget was probably too small ")


def long_sentence(words: int) -> str:
    """``words`` words without a sentence end (no full stop, no capital after a comma)."""
    vocabulary = PHRASE.split()
    return " ".join(vocabulary[i % len(vocabulary)] for i in range(words)) + "."


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=20_000)
    ap.add_argument("--limits", default=f"{Limits.max_sentence_words}", help="comma-separated max_sentence_words values")
    opts = ap.parse_args()
    body = long_sentence(opts.words)
    lexicon = Lexicon.load()
    print(f"One sentence of {opts.words:,} words ({len(body):,} characters)")
    for limit in (int(x) for x in opts.limits.split(",")):
        settings = replace(Settings(), limits=replace(Limits(), max_sentence_words=limit))
        parser = Parser(resolve_models(settings), settings)
        started = time.perf_counter()
        _ = parser.pipeline
        load = time.perf_counter() - started
        started = time.perf_counter()
        doc = parser.parse(body)
        seconds = time.perf_counter() - started
        longest = max(len(s.words) for s in doc.sentences)
        started = time.perf_counter()
        analyzed = analyze_article(Article("long", body, "long.txt"), doc, lexicon)
        after = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"  max_sentence_words {limit}: parse {seconds:.1f}s ({doc.word_count / seconds:,.0f} words/s; "
              f"model load {load:.1f}s apart), {len(doc.sentences)} sentences, longest {longest} words; "
              f"attribution + hedging {after:.2f}s ({len(analyzed.statements)} statements); "
              f"peak RSS so far {peak:,.0f} MB")


if __name__ == "__main__":
    main()
