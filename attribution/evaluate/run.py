"""``attribution evaluate``: analyse articles and print P/R/F1 tables against gold YAML.

With ``--report DIR`` (or ``--json FILE`` / ``--html FILE``) the same tables are also written as
JSON and as one self-contained HTML page (``evaluate/report.py``). Cohen's kappa between the
system's labels and the gold's (``evaluate/agreement.py``) is one of the tables; with two or
more ``--gold`` folders (a class annotating the same articles) the first is the reference the
system is scored against, and every pair of folders gets its kappa too.
"""

from __future__ import annotations

import argparse
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from attribution.attribute.words import speaker_words
from attribution.config import Settings
from attribution.engine.local import Analyzer, RunSummary
from attribution.evaluate.agreement import (
    Agreement, agreement, agreement_table, gold_cue_spans, gold_members, gold_statements, pair_presentations, pair_spans,
    pair_statements, system_cue_spans, system_members, system_statements,
)
from attribution.evaluate.brat import is_brat_corpus, load_brat_corpus
from attribution.evaluate.coverage import coverage_tables, cue_classes, error_sample, score_article
from attribution.evaluate.attribution import attribution_tables, speaker_table
from attribution.evaluate.gold import GoldArticle, GoldClaims, load_claims, load_gold_dir
from attribution.evaluate.matching import Table
from attribution.pipeline import AnalyzedArticle
from attribution.records import Claim

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


@dataclass(frozen=True)
class GoldSet:
    """One annotator's gold: a folder of article files and the claims.yaml that goes with it."""

    name: str
    folder: Path
    articles: dict[str, GoldArticle]
    claims: GoldClaims | None
    claims_path: Path | None = None


def claims_file(gold_dir: Path) -> Path | None:
    """claims.yaml inside the gold folder (one per annotator), else beside it (one per story)."""
    for candidate in (gold_dir / "claims.yaml", gold_dir.parent / "claims.yaml"):
        if candidate.is_file():
            return candidate
    return None


def _names(folders: Sequence[Path]) -> list[str]:
    """Short names for the gold folders: the folder's name, or the path as given where two share a name."""
    names = [f.name or str(f) for f in folders]
    return [n if names.count(n) == 1 else str(f) for n, f in zip(names, folders)]


def load_gold_sets(folders: Sequence[Path], claims_path: Path | None = None) -> list[GoldSet]:
    sets = []
    for name, folder in zip(_names(folders), folders):
        path = claims_path if claims_path is not None and not sets else claims_file(folder)
        sets.append(GoldSet(name, folder, load_gold_dir(folder), load_claims(path) if path else None, path))
    return sets


def agreement_rows(analyzed: Sequence[AnalyzedArticle], sets: Sequence[GoldSet], system_claims: Sequence[Claim] | None,
                   ) -> list[Agreement]:
    """Cohen's kappa of cue categories, statement kinds and claim presentation: the system against
    the first gold set, then every pair of gold sets, over the articles both sides annotated."""
    by_id = {a.article.article_id: a for a in analyzed}
    bodies = {i: a.article.body for i, a in by_id.items()}
    rows: list[Agreement] = []
    if not sets:
        return rows
    first = sets[0]
    shared = [i for i in by_id if i in first.articles]
    rows.append(agreement("cue category", "system", first.name, [
        p for i in shared for p in pair_spans(system_cue_spans(by_id[i]), gold_cue_spans(bodies[i], first.articles[i]))]))
    rows.append(agreement("statement kind", "system", first.name, [
        p for i in shared for p in pair_statements(system_statements(by_id[i]), gold_statements(first.articles[i]))]))
    if first.claims is not None and system_claims is not None:
        reference = gold_members(first.claims, bodies)
        pairs = [(b, a) for a, b in pair_presentations(reference, system_members(system_claims, first.claims.story))]
        rows.append(agreement("claim presentation", "system", first.name, pairs,
                              f"{len(pairs)} of {len(reference)} gold members covered by a system member"))
    for i, a in enumerate(sets):
        for b in sets[i + 1:]:
            both = [k for k in by_id if k in a.articles and k in b.articles]
            note = "" if both else "no article annotated in both"
            rows.append(agreement("cue category", a.name, b.name, [
                p for k in both for p in pair_spans(gold_cue_spans(bodies[k], a.articles[k]),
                                                    gold_cue_spans(bodies[k], b.articles[k]))], note))
            rows.append(agreement("statement kind", a.name, b.name, [
                p for k in both for p in pair_statements(gold_statements(a.articles[k]), gold_statements(b.articles[k]))],
                note))
            if a.claims is not None and b.claims is not None and a.claims_path != b.claims_path:
                ma, mb = gold_members(a.claims, bodies), gold_members(b.claims, bodies)
                pairs = pair_presentations(ma, mb)
                rows.append(agreement("claim presentation", a.name, b.name, pairs,
                                      f"{len(pairs)} of {len(ma)} members of {a.name} covered by a member of {b.name}"))
    return rows


def evaluate(analyzed: Sequence[AnalyzedArticle], golds: dict[str, GoldArticle], claims: GoldClaims | None,
             settings: Settings, others: Sequence[GoldSet] = (), name: str = "gold",
             claims_path: Path | None = None) -> list[Table]:
    """The tables of ``attribution evaluate``: the system against ``golds`` (and ``claims``), and
    the agreement table, with every further annotator's gold set in ``others``."""
    pairs = [(a, golds[a.article.article_id]) for a in analyzed if a.article.article_id in golds]
    tables = body_tables(pairs) + attribution_tables(pairs)
    for scorer in _optional_scorers():
        tables += scorer(pairs)
    system_claims: list[Claim] | None = None
    if claims is not None:
        try:
            from attribution.evaluate.claims import claim_tables
        except ImportError:
            claim_tables = None
        if claim_tables is not None:
            from attribution.align import align

            system_claims = align(analyzed, settings)
            tables += claim_tables(analyzed, claims, settings, system=system_claims)
    sets = [GoldSet(name, Path(name), golds, claims, claims_path), *others]
    tables.append(agreement_table(agreement_rows(analyzed, sets, system_claims)))
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


def evaluate_brat(folder: Path, settings: Settings, models_dir: Path | None, errors: Path | None,
                  tables: list[Table] | None = None) -> int:
    """``evaluate`` on a brat standoff corpus (``text/`` + ``attributions/``): coverage tables
    (printed, and added to ``tables`` for the report files)."""
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
        relatives = speaker_words(overlays=tuple(Path(p) for p in analyzer.lexicon.speaker_files)).relative_pronouns
        analyzed = list(analyzer.analyzed_articles([g.article for g in gold], summary, analyzer.reporter(summary)))
        pairs = [(a, score_article(a, by_id[a.article.article_id], classes, relatives)) for a in analyzed]
    finally:
        analyzer.close()
    for table in coverage_tables([r for _, r in pairs], sum(g.in_headline for g in gold)):
        print(table.render())
        print()
        if tables is not None:
            tables.append(table)
    print(f"{len(pairs)} articles, {summary.parsed} parsed, {summary.cache_hits} from the cache, "
          f"{time.perf_counter() - started:.1f} s")
    if errors is not None:
        errors.write_text(error_sample(pairs), encoding="utf-8")
        print(f"error sample written to {errors}")
    return 1 if summary.errors else 0


def report_paths(args: argparse.Namespace) -> tuple[Path | None, Path | None]:
    """Where the JSON and HTML reports go: ``--json``/``--html``, else ``--report DIR``'s files."""
    folder = getattr(args, "report", None)
    json_path = getattr(args, "json", None) or (folder / "evaluation.json" if folder else None)
    html_path = getattr(args, "html", None) or (folder / "evaluation.html" if folder else None)
    return json_path, html_path


def _write_reports(args: argparse.Namespace, tables: Sequence[Table], meta: dict[str, object]) -> None:
    from attribution.evaluate.report import write_html, write_json

    json_path, html_path = report_paths(args)
    if json_path is not None:
        write_json(json_path, tables, meta)
        print(f"JSON report: {json_path}")
    if html_path is not None:
        write_html(html_path, tables, meta)
        print(f"HTML report: {html_path}")


def evaluate_command(args: argparse.Namespace, settings: Settings) -> int:
    errors = getattr(args, "errors", None)
    gold_dirs: list[Path] = list(args.gold or [])
    brat = [p for p in args.paths if p.is_dir() and is_brat_corpus(p)]
    if brat:
        tables: list[Table] = []
        code = max(evaluate_brat(folder, settings, args.models, errors, tables) for folder in brat)
        _write_reports(args, tables, {"command": "evaluate", "inputs": [str(p) for p in args.paths], "gold": []})
        return code
    if not gold_dirs:
        log.error("--gold GOLD_DIR is needed unless PATH is a brat corpus folder (text/ and attributions/)")
        return 2
    sets = load_gold_sets(gold_dirs, args.claims)
    golds, claims = sets[0].articles, sets[0].claims
    analyzed, summary = analyze_in_memory(args.paths, settings, args.models)
    analysed_ids = {a.article.article_id for a in analyzed}
    for gold_set in sets:
        for article in sorted(set(gold_set.articles) - analysed_ids):
            log.warning("gold file for '%s' in %s has no analysed article among the inputs", article, gold_set.folder)
    if not any(a.article.article_id in golds for a in analyzed):
        log.error("none of the analysed articles has a gold file in %s (gold files are named <article-id>.yaml)", gold_dirs[0])
        return 1
    tables = evaluate(analyzed, golds, claims, settings, others=sets[1:], name=sets[0].name,
                      claims_path=sets[0].claims_path)
    for table in tables:
        print(table.render())
        print()
    meta = {
        "command": "evaluate", "inputs": [str(p) for p in args.paths],
        "gold": [{"name": s.name, "folder": str(s.folder), "articles": sorted(s.articles),
                  "claims": str(s.claims_path) if s.claims_path else None} for s in sets],
        "articles": sorted(analysed_ids), "lexicons": [str(p) for p in settings.lexicons],
    }
    _write_reports(args, tables, meta)
    if errors is not None:
        _write_statement_errors(errors, [(a, golds[a.article.article_id]) for a in analyzed
                                         if a.article.article_id in golds], str(gold_dirs[0]))
    return 1 if summary.errors else 0


def _write_statement_errors(path: Path, pairs: list[tuple[AnalyzedArticle, GoldArticle]], gold_name: str) -> None:
    from attribution.evaluate.statement_errors import error_listing

    path.write_text(error_listing(pairs, gold_name), encoding="utf-8")
    print(f"statement errors written to {path}")
