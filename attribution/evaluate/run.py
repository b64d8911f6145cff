"""``attribution evaluate``: analyse articles and print P/R/F1 tables against gold YAML."""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from attribution.config import Settings
from attribution.engine.local import Analyzer, RunSummary
from attribution.evaluate.brat import is_brat_corpus, load_brat_corpus
from attribution.evaluate.coverage import coverage_tables, cue_classes, error_sample, score_article
from attribution.evaluate.attribution import attribution_tables, speaker_table
from attribution.evaluate.gold import GoldArticle, GoldClaims, load_claims, load_gold_dir
from attribution.evaluate.matching import Table
from attribution.pipeline import AnalyzedArticle

log = logging.getLogger(__name__)

Pairs = Sequence[tuple[AnalyzedArticle, GoldArticle]]


def body_tables(pairs: Pairs) -> list[Table]:
    """Boilerplate removal against the gold ``body`` block."""
    table = Table("Ingest: body kept", ["article", "starts at first", "ends at last", "boilerplate lines kept", "captions kept apart"])
    for analyzed, gold in pairs:
        body = analyzed.article.body
        lines = {" ".join(line.split()) for line in body.split("\n")}
        kept = [b for b in gold.boilerplate if " ".join(b.split()) in lines]
        captions = all(c in analyzed.article.captions for c in gold.captions)
        table.rows.append([
            gold.article,
            "yes" if gold.body_first and body.startswith(gold.body_first) else "NO",
            "yes" if gold.body_last and body.endswith(gold.body_last) else "NO",
            str(len(kept)),
            "yes" if captions else "NO",
        ])
    return [table]


def _optional_scorers() -> list[Callable[..., list[Table]]]:
    """Scorers of later stages, if present: cue scoring (hedging) and claims (align)."""
    scorers = []
    try:
        from attribution.evaluate.cues import cue_tables

        scorers.append(cue_tables)
    except ImportError:
        pass
    return scorers


def evaluate(analyzed: Sequence[AnalyzedArticle], golds: dict[str, GoldArticle], claims: GoldClaims | None,
             settings: Settings) -> list[Table]:
    pairs = [(a, golds[a.article.article_id]) for a in analyzed if a.article.article_id in golds]
    tables = body_tables(pairs) + attribution_tables(pairs)
    for scorer in _optional_scorers():
        tables += scorer(pairs)
    if claims is not None:
        try:
            from attribution.evaluate.claims import claim_tables
        except ImportError:
            claim_tables = None
        if claim_tables is not None:
            tables += claim_tables(analyzed, claims, settings)
    for a, _ in pairs:
        tables.append(speaker_table(a))
    return tables


def analyze_in_memory(paths: list[Path], settings: Settings, models_dir: Path | None) -> tuple[list[AnalyzedArticle], RunSummary]:
    analyzer = Analyzer(settings, models_dir=models_dir)
    summary = RunSummary(out_dir=Path("."))
    try:
        analyzed = list(analyzer.iter_analyzed(paths, summary, analyzer.reporter(summary)))
    finally:
        analyzer.close()
    return analyzed, summary


def evaluate_brat(folder: Path, settings: Settings, models_dir: Path | None, errors: Path | None) -> int:
    """``evaluate`` on a brat standoff corpus (``text/`` + ``attributions/``): coverage tables."""
    gold = load_brat_corpus(folder)
    if not gold:
        log.error("%s: no text with an annotation file (text/<name>.txt and attributions/<name>_<annotator>.ann)", folder)
        return 1
    analyzer = Analyzer(settings, models_dir=models_dir)
    summary = RunSummary(out_dir=Path("."))
    started = time.perf_counter()
    try:
        by_id = {g.article.article_id: g for g in gold}
        classes = cue_classes(analyzer.lexicon)
        analyzed = analyzer._analyzed([g.article for g in gold], summary, analyzer.reporter(summary))
        pairs = [(a, score_article(a, by_id[a.article.article_id], classes)) for a in analyzed]
    finally:
        analyzer.close()
    for table in coverage_tables([r for _, r in pairs], sum(g.in_headline for g in gold)):
        print(table.render())
        print()
    print(f"{len(pairs)} articles, {summary.parsed} parsed, {summary.cache_hits} from the cache, "
          f"{time.perf_counter() - started:.1f} s")
    if errors is not None:
        errors.write_text(error_sample(pairs), encoding="utf-8")
        print(f"error sample written to {errors}")
    return 1 if summary.errors else 0


def evaluate_command(args: argparse.Namespace, settings: Settings) -> int:
    errors = getattr(args, "errors", None)
    brat = [p for p in args.paths if p.is_dir() and is_brat_corpus(p)]
    if brat:
        return max(evaluate_brat(folder, settings, args.models, errors) for folder in brat)
    if args.gold is None:
        log.error("--gold GOLD_DIR is needed unless PATH is a brat corpus folder (text/ and attributions/)")
        return 2
    golds = load_gold_dir(args.gold)
    claims_path = args.claims or args.gold.parent / "claims.yaml"
    claims = load_claims(claims_path) if claims_path.is_file() else None
    analyzed, summary = analyze_in_memory(args.paths, settings, args.models)
    missing = sorted(set(golds) - {a.article.article_id for a in analyzed})
    for article in missing:
        log.warning("gold file for '%s' has no analysed article among the inputs", article)
    if not any(a.article.article_id in golds for a in analyzed):
        log.error("none of the analysed articles has a gold file in %s (gold files are named <article-id>.yaml)", args.gold)
        return 1
    for table in evaluate(analyzed, golds, claims, settings):
        print(table.render())
        print()
    return 1 if summary.errors else 0
