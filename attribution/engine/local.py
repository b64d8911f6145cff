"""The local engine: one process, documents parsed in batches, everything after parsing cheap.

Bad input is reported and skipped (``--strict`` stops at the first); each finished article is
written at once, so nothing already done is lost if the run stops.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from attribution.align import align
from attribution.align.features import ArticleCounts, ClaimFeatures
from attribution.align.tuning import load_tuning
from attribution.cache import ParseCache, parse_identity
from attribution.config import Settings
from attribution.document import ParsedDoc, read_json
from attribution.engine.gcpause import full_collections_deferred
from attribution.engine.spill import ParseSpill, SpilledArticle
from attribution.ingest import Problem, ingest
from attribution.lexicon import Lexicon
from attribution.models import ModelSet, resolve_models
from attribution.output import OutputWriter, dumps, output_error, write_claims
from attribution.parse import Parser
from attribution.pipeline import AnalyzedArticle, analyze_article, attributed, attribution_rules
from attribution.records import Article, Statement
from attribution.report.stream import write_outputs

log = logging.getLogger(__name__)

COUNTS_PER_WRITE = 16  # new claim counts stored in the cache together (one transaction)


class StrictStop(Exception):
    """--strict: the first bad input ends the run."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@dataclass
class BatchResult:
    """One batch, analysed by a worker: finished articles and problems, in input order, and counts."""

    items: list[AnalyzedArticle | Problem]
    parsed: int = 0
    cache_hits: int = 0
    parser_calls: int = 0
    words_parsed: int = 0
    parse_seconds: float = 0.0
    device: str = "not loaded"
    threads: int = 0
    cache_problems: list[str] = field(default_factory=list)


Runner = Callable[[Iterable[list[Article]]], Iterator[BatchResult]]
"""Maps batches of articles to their results, in order: in this process, worker processes or Dask."""


@dataclass
class RunSummary:
    out_dir: Path
    articles: int = 0
    statements: int = 0
    claims: int = 0
    problems: list[Problem] = field(default_factory=list)
    parsed: int = 0
    cache_hits: int = 0
    parser_calls: int = 0
    words_parsed: int = 0  # words Stanza produced in this run, and the seconds it spent on them
    parse_seconds: float = 0.0
    device: str = "not loaded"
    threads: int = 0
    timings: dict[str, float] = field(default_factory=dict)
    report: Path | None = None

    def absorb(self, result: BatchResult) -> None:
        """Add a batch's counts (from this process or a worker) to the run's."""
        self.parsed += result.parsed
        self.cache_hits += result.cache_hits
        self.parser_calls += result.parser_calls
        self.words_parsed += result.words_parsed
        self.parse_seconds += result.parse_seconds
        if result.parser_calls:
            self.device, self.threads = result.device, result.threads

    @property
    def words_per_second(self) -> float | None:
        """Stanza's speed in this run (None when nothing was parsed): a slowdown shows here."""
        return self.words_parsed / self.parse_seconds if self.parse_seconds > 0 else None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _batches(items: Iterable[Article | Problem], size: int, on_problem: Callable[[Problem], None],
             words: int | None = None) -> Iterator[list[Article]]:
    """Batches of ``size`` articles, each closed early once it holds ``words`` words (if given)."""
    batch: list[Article] = []
    batch_words = 0
    for item in items:
        if isinstance(item, Problem):
            on_problem(item)
            continue
        batch.append(item)
        batch_words += len(item.body.split()) if words else 0
        if len(batch) >= size or (words and batch_words >= words):
            yield batch
            batch, batch_words = [], 0
    if batch:
        yield batch


class Analyzer:
    """Parses (through the cache) and analyses articles; reusable across runs in one process."""

    def __init__(self, settings: Settings, models: ModelSet | None = None, lexicon: Lexicon | None = None,
                 parser: Parser | None = None, models_dir: Path | None = None):
        self.settings = settings
        self.models = models or resolve_models(settings, models_dir)
        self.lexicon = (lexicon or Lexicon.load(settings.lexicons)).excluding(settings.attribution.exclude_classes)
        if not settings.attribution.learned_cues:
            self.lexicon = self.lexicon.without_learned()
        self.parser = parser or Parser(self.models, settings)
        self.cache = ParseCache(settings.cache_path() if settings.cache.enabled else None)
        self._payloads: dict[int, tuple[ParsedDoc, str]] = {}  # the last batch's parses as JSON, by id()
        self._rules: str | None = None  # attribution_rules of this lexicon and these models

    def parse(self, articles: list[Article], summary: RunSummary, report: Callable[[Problem], None]) -> list[tuple[Article, ParsedDoc]]:
        """Parses for the articles, from the cache where it has them; an article Stanza fails on is reported."""
        identity = parse_identity(self.models.identity, self.settings.limits.max_sentence_words)
        keys = [(a.body_sha256, identity) for a in articles]
        cached = self.cache.get_many(keys)
        summary.cache_hits += len(cached)
        docs: dict[tuple[str, str], ParsedDoc] = {}
        payloads: dict[tuple[str, str], str] = {}
        with full_collections_deferred():  # every word a tuple: no full collection on the way
            for a, key in zip(articles, keys):
                if key in cached:
                    try:
                        docs[key] = _checked(ParsedDoc.from_json(cached[key], a.body))
                        payloads[key] = cached[key]
                    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
                        log.warning("parse cache: unusable entry for %s; dropped it and parsing again", a.path)
                        self.cache.drop(key)
        missing = [(a, k) for a, k in zip(articles, keys) if k not in docs]
        unique = list({k: a for a, k in missing}.items())
        if unique:
            bodies = [a.body for _, a in unique]
            calls_before, words_before, seconds_before = self.parser.calls, self.parser.words, self.parser.seconds
            try:
                parsed = self.parser.parse_many(bodies)
            except Exception as exc:  # find the article Stanza fails on, keep the others
                log.debug("batch parse failed (%s); parsing one by one", exc)
                parsed = []
                for _, a in unique:
                    try:
                        parsed.append(self.parser.parse(a.body))
                    except Exception as one_exc:  # noqa: BLE001 - reported, the run goes on
                        report(Problem(a.path, f"the parser failed on this article: {one_exc}"))
                        parsed.append(None)  # type: ignore[arg-type]
            summary.parser_calls += self.parser.calls - calls_before
            summary.words_parsed += self.parser.words - words_before
            summary.parse_seconds += self.parser.seconds - seconds_before
            summary.device, summary.threads = self.parser.device, self.parser.threads
            new = [(k, d) for (k, _), d in zip(unique, parsed) if d is not None]
            payloads.update((k, d.to_json()) for k, d in new)
            self.cache.put_many((k, payloads[k]) for k, _ in new)
            docs.update(new)
            summary.parsed += len(new)
        self._payloads = {id(d): (d, payloads[k]) for k, d in docs.items()}
        return [(a, docs[k]) for a, k in zip(articles, keys) if k in docs]

    def payload(self, doc: ParsedDoc) -> str:
        """The parse as JSON: the cache's or the new parse's string when this process just made it,
        else (a worker's parse) written anew."""
        known = self._payloads.get(id(doc))
        return known[1] if known is not None and known[0] is doc else doc.to_json()

    def analyzed_articles(self, articles: Sequence[Article], counts: RunSummary,
                          report: Callable[[Problem], None]) -> Iterator[AnalyzedArticle]:
        """Articles already read (a gold corpus's), parsed and analysed in batches of
        ``models.batch_size``, in order: each batch's parses reach the cache before the next batch
        is parsed, so an evaluation stopped half-way keeps them, and Stanza holds one batch at a time."""
        size = max(1, self.settings.models.batch_size)
        for start in range(0, len(articles), size):
            yield from self._analyzed(list(articles[start:start + size]), counts, report)

    def _analyzed(self, batch: list[Article], counts: RunSummary,
                  report: Callable[[Problem], None]) -> Iterator[AnalyzedArticle]:
        """Parse one batch (through the cache), then analyse and yield its articles one at a time.

        Attribution's statements come from the cache when it holds them for these rules
        (:func:`attribution_rules`: a hedge or booster edit keeps them), else they are found
        and stored; hedging is always done again."""
        parsed = self.parse(batch, counts, report)
        with full_collections_deferred():  # the batch's analysis, not Stanza's parse
            yield from self._analyzed_parsed(parsed, report)

    def _analyzed_parsed(self, parsed: list[tuple[Article, ParsedDoc]],
                         report: Callable[[Problem], None]) -> Iterator[AnalyzedArticle]:
        rules = self._attribution_rules()
        keys = [(a.body_sha256, a.article_id, rules) for a, _ in parsed]
        known = self.cache.get_statements(keys) if self.cache.enabled else {}
        new: list[tuple[tuple[str, str, str], str]] = []
        for (article, doc), key in zip(parsed, keys):
            try:
                statements = _statements_from(known[key]) if key in known else None
                if statements is None:
                    statements = attributed(article, doc, self.lexicon)
                    new.append((key, dumps([s.to_dict() for s in statements])))
                yield analyze_article(article, doc, self.lexicon, statements)
            except Exception as exc:  # noqa: BLE001 - a bug on one article must not lose the others
                log.debug("analysis failed", exc_info=True)
                report(Problem(article.path, f"internal error while analysing this article: {exc!r}"))
        if new:
            self.cache.put_statements(new)

    def _attribution_rules(self) -> str:
        if self._rules is None:
            identity = parse_identity(self.models.identity, self.settings.limits.max_sentence_words)
            self._rules = attribution_rules(self.lexicon, identity)
        return self._rules

    def analyze_batch(self, batch: list[Article]) -> BatchResult:
        """One batch for a worker: problems are returned in order with the articles, not raised,
        so the main process reports them. (A worker adds its cache's problems to ``cache_problems``.)"""
        counts = RunSummary(out_dir=Path("."))
        items: list[AnalyzedArticle | Problem] = []
        items.extend(self._analyzed(batch, counts, items.append))
        return BatchResult(items, counts.parsed, counts.cache_hits, counts.parser_calls, counts.words_parsed,
                           counts.parse_seconds, counts.device, counts.threads)

    def iter_analyzed(
        self, paths: list[Path], summary: RunSummary, report: Callable[[Problem], None], runner: Runner | None = None,
        exclude: tuple[Path, ...] = (),
    ) -> Iterator[AnalyzedArticle]:
        """Ingest (never from the ``exclude`` folders: the run's own output), parse (through the
        cache) and analyse, one finished article at a time, in input order: here (each article
        yielded as soon as it is analysed) or by ``runner``'s workers."""
        models = self.settings.models
        size = models.batch_size if runner is None else models.worker_documents
        words = None if runner is None else max(1, models.worker_batch_words)
        batches = _batches(ingest(paths, self.settings, exclude=exclude), size, report, words)
        if runner is None:
            for batch in batches:
                yield from self._analyzed(batch, summary, report)
            return
        for result in runner(batches):
            summary.absorb(result)
            for message in result.cache_problems:
                log.warning("%s", message)
            summary.problems.extend(Problem(str(self.cache.path), m, severity="warning") for m in result.cache_problems)
            for item in result.items:
                if isinstance(item, Problem):
                    report(item)
                else:
                    yield item

    def reporter(self, summary: RunSummary) -> Callable[[Problem], None]:
        def report(problem: Problem) -> None:
            summary.problems.append(problem)
            if problem.severity == "error":
                log.error("%s", problem)
                if self.settings.strict:
                    raise StrictStop(problem)
            else:
                log.warning("%s", problem)

        return report

    def run(self, paths: list[Path], out_dir: Path, progress: bool = False, runner: Runner | None = None) -> RunSummary:
        """Analyse into ``out_dir``: JSONL per finished article, then claims, tables and HTML.

        ``runner`` (default: this process) says where batches are parsed and analysed."""
        summary = RunSummary(out_dir=out_dir)
        started = time.perf_counter()
        # of each finished article only its record and word counts stay in memory; its parse and
        # statements wait on disk until the claims stage reads back those of its story
        analyzed: list[SpilledArticle] = []
        features = ClaimFeatures(load_tuning(self.settings.claims.alignment), self.lexicon)
        bar = _progress(progress)
        with OutputWriter(out_dir) as writer:
            try:
                spill = ParseSpill(writer.work_dir)
            except OSError as exc:
                raise output_error(out_dir, exc) from None
            try:
                self._stream(paths, summary, runner, writer, features, spill, analyzed, bar)
            except BaseException:
                spill.close()
                raise
            summary.articles = writer.article_count
            summary.statements = writer.statement_count
        if bar is not None:
            bar.close()
        summary.timings["analyze"] = time.perf_counter() - started
        if summary.articles == 0:  # nothing could be read: no empty report over an earlier analysis
            spill.close()
            writer.discard()
        else:
            with full_collections_deferred():  # claims and report: many small objects, none kept
                try:
                    claims = align(analyzed, self.settings, self.lexicon, features)  # type: ignore[arg-type]
                finally:
                    spill.close()
                analyzed.clear()  # the report reads the analysis back an article at a time
                del features
                try:
                    write_claims(writer.work_dir, claims, sync=False)  # the report's one sync covers it
                    summary.report = writer.commit(write_outputs(writer.work_dir, self.settings, self.lexicon, claims,
                                                                 self.cache, fresh=True))
                except OSError as exc:
                    raise output_error(out_dir, exc) from None
                summary.claims = len(claims)
        summary.timings["total"] = time.perf_counter() - started
        for message in self.cache.problems:
            summary.problems.append(Problem(str(self.cache.path), message, severity="warning"))
        return summary

    def _stream(self, paths: list[Path], summary: RunSummary, runner: Runner | None, writer: OutputWriter,
                features: ClaimFeatures, spill: ParseSpill, analyzed: list[SpilledArticle], bar) -> None:  # noqa: ANN001
        """Each finished article to the JSONL files, its counts to ``features``, its parse to ``spill``."""
        counts_rules = self._counts_rules(features)
        new_counts: list[tuple[tuple[str, str], str]] = []
        for result in self.iter_analyzed(paths, summary, self.reporter(summary), runner, exclude=(writer.out_dir,)):
            writer.add(result.article, result.doc, result.statements)
            features.add_counts(self._counts(features, result, counts_rules, new_counts))
            if len(new_counts) >= COUNTS_PER_WRITE:
                self.cache.put_features(new_counts)
                new_counts.clear()
            try:
                analyzed.append(SpilledArticle.of(result, spill, self.payload(result.doc)))
            except OSError as exc:
                raise output_error(writer.out_dir, exc) from None
            if bar is not None:
                bar.update(1)
        self.cache.put_features(new_counts)
        self._payloads = {}

    def _counts_rules(self, features: ClaimFeatures) -> str:
        """The part of the key of the claims stage's counts that every article of this run shares
        (the parse's models and settings, the code and tuning counting reads); each article adds
        what of the lexicon it reads (:meth:`ClaimFeatures.lexicon_part`)."""
        identity = parse_identity(self.models.identity, self.settings.limits.max_sentence_words)
        return hashlib.sha1(f"{features.fingerprint()}\0{identity}".encode()).hexdigest()[:24]

    def _counts(self, features: ClaimFeatures, result: AnalyzedArticle, rules: str,
                new: list[tuple[tuple[str, str], str]]) -> ArticleCounts:
        """The article's claim counts: stored by an earlier run under the same rules and the same
        cue lemmas of its words, else counted from its parse (and added to ``new``, to be stored)."""
        part = features.lexicon_part(result.doc)
        key = (result.article.body_sha256, hashlib.sha1(f"{rules}\0{part}".encode()).hexdigest()[:24])
        stored = self.cache.get_features(key) if self.cache.enabled else None
        if stored is not None:
            try:
                return ArticleCounts.from_json(stored)
            except (ValueError, TypeError, IndexError):
                log.debug("unusable stored counts for %s; counting again", result.article.path)
        counts = features.count(result.doc)
        if self.cache.enabled:
            new.append((key, counts.to_json()))
        return counts

    def close(self) -> None:
        self.cache.close()


def _statements_from(payload: str) -> list[Statement] | None:
    """Stored statements read back; None (attribute again) when the entry is unusable."""
    try:
        return [Statement.from_dict(d) for d in read_json(payload)]
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _checked(doc: ParsedDoc) -> ParsedDoc:
    """A cached parse whose offsets do not fit its body (a damaged or foreign entry) is refused."""
    size = len(doc.text)
    for sentence in doc.sentences:
        for unit in (*sentence.tokens, *sentence.words):
            if not 0 <= unit.start <= unit.end <= size:
                raise ValueError("offsets outside the body")
        for word in sentence.words:
            if not 0 <= word.head <= len(sentence.words):
                raise ValueError("a head outside the sentence")
    return doc


def _progress(enabled: bool):  # noqa: ANN202 - tqdm or None
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", desc="analysing", leave=False, dynamic_ncols=True)


def analyze_paths(paths: list[Path], out_dir: Path, settings: Settings, models_dir: Path | None = None,
                  progress: bool = False, jobs: int | None = None, engine: str = "local",
                  scheduler: str | None = None, lexicon: Lexicon | None = None) -> RunSummary:
    """Analyse into ``out_dir`` in this process (``jobs`` 1), ``jobs`` local worker processes, or
    on Dask (``engine="dask"``: the scheduler at ``scheduler``, else a LocalCluster of ``jobs``
    workers, default the usable cores). Every engine writes the same files. ``lexicon``: one the
    caller loaded already (``exercise`` uses it too), so a big lexicon is read once."""
    from attribution.engine.heap import keep_freed_memory
    from attribution.engine.threads import threads_per_worker, usable_cores

    if engine == "local" and (jobs or 1) <= 1:
        keep_freed_memory()  # this process parses: engine/heap.py
        analyzer = Analyzer(settings, models_dir=models_dir, lexicon=lexicon)
        try:
            return analyzer.run(paths, out_dir, progress)
        finally:
            analyzer.close()
    from attribution.engine.workers import dask_runner, process_runner

    workers = jobs or usable_cores()
    if not (engine == "dask" and scheduler):  # a remote worker knows its own cores; a local one shares ours
        models = replace(settings.models, threads=threads_per_worker(settings.models.threads or None, workers))
        settings = replace(settings, models=models)
    analyzer = Analyzer(settings, models_dir=models_dir, lexicon=lexicon)
    try:
        runner = (process_runner(settings, analyzer.models, workers) if engine == "local"
                  else dask_runner(settings, analyzer.models, scheduler, workers))
        with runner as run_batches:
            return analyzer.run(paths, out_dir, progress, run_batches)
    finally:
        analyzer.close()
