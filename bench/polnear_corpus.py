"""The brat corpus a mining script reads (PolNeAR train or a subset folder of it), parsed through
the parse cache, with what the scripts read beside it: one loader for bench/cue_precision_polnear.py,
mine_wrong_sources.py and topic_slots_polnear.py, which import it from this folder; and the command
line the mining scripts share (``corpus_arguments``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from attribution.config import load_settings
from attribution.document import ParsedDoc
from attribution.engine.local import Analyzer, RunSummary
from attribution.evaluate.brat import BratArticle, load_brat_corpus
from attribution.lexicon import Lexicon
from attribution.records import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear" / "train"


def corpus_arguments(doc: str | None) -> argparse.ArgumentParser:
    """The command line every mining script starts from: the script's docstring as its help, an
    optional CORPUS_DIR (PolNeAR train by default) and ``--cache FILE``; each script adds its own."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT, metavar="CORPUS_DIR",
                        help="the brat corpus folder (default: ../shared/corpora/polnear/train beside the repository)")
    parser.add_argument("--cache", type=Path, metavar="FILE", help="the parse cache (default: the configured one)")
    return parser


def parsed_corpus(folder: Path, cache: Path | None) -> tuple[list[tuple[Article, ParsedDoc]], dict[str, BratArticle], Lexicon]:
    """Each article with its parse (one thread, the cache at ``cache`` or the default one), the
    gold of each article by id, and the shipped lexicon the analyzer loaded."""
    analyzer = Analyzer(load_settings(cache_path=cache, threads=1))
    gold = load_brat_corpus(folder)
    summary = RunSummary(out_dir=Path("."))
    try:
        articles, size = [g.article for g in gold], max(1, analyzer.settings.models.batch_size)
        parsed = [pair for start in range(0, len(articles), size)  # batch by batch into the cache
                  for pair in analyzer.parse(articles[start:start + size], summary, analyzer.reporter(summary))]
    finally:
        analyzer.close()
    return parsed, {g.article.article_id: g for g in gold}, analyzer.lexicon
