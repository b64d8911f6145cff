"""Engines with several workers: ``--jobs N`` local processes and ``--engine dask``.

Both hand the corpus out in batches (``models.worker_batch_size`` articles, at most
``models.batch_size``: small, so that no worker is left idle while another finishes a long
last batch), each worker parses and
analyses its batch with its own Stanza pipeline (loaded once per worker) and parse-cache
connection, and the results come back **in input order**, so the output files are the ones the
one-process engine writes. At most ``window`` batches are out at once (as many articles as
two ``batch_size`` batches per worker): memory stays bounded whatever the corpus size, and a
worker never waits for the oldest batch to come back while there is work left.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import Any

from attribution.config import Settings
from attribution.engine.heap import keep_freed_memory
from attribution.engine.local import Analyzer, BatchResult, Runner
from attribution.models import ModelSet
from attribution.records import Article

log = logging.getLogger(__name__)


def run_batch(analyzer: Analyzer, batch: list[Article]) -> BatchResult:
    """A worker's batch, with the parse-cache problems its analyzer met since its last batch."""
    result = analyzer.analyze_batch(batch)
    reported = getattr(analyzer, "_problems_sent", 0)
    result.cache_problems = analyzer.cache.problems[reported:]
    analyzer._problems_sent = len(analyzer.cache.problems)  # type: ignore[attr-defined]
    return result


def quiet_worker_logging() -> None:
    """Workers hand their problems back to the main process, which reports them once (a worker
    running inside the main process, as in a threads-only Dask cluster, keeps the user's logging)."""
    if multiprocessing.current_process().name == "MainProcess" and multiprocessing.parent_process() is None:
        return
    logger = logging.getLogger("attribution")
    logger.handlers[:] = [logging.NullHandler()]
    logger.propagate = False
    for noisy in ("stanza", "trafilatura", "htmldate", "courlan"):
        logging.getLogger(noisy).setLevel(logging.ERROR)


def ordered_results(submit: Callable[[list[Article]], Any], batches: Iterable[list[Article]],
                    window: int) -> Iterator[BatchResult]:
    """Submit batches as futures (``.result()``), at most ``window`` unfinished, yielded in order."""
    pending: deque[Any] = deque()
    try:
        for batch in batches:
            pending.append(submit(batch))
            if len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def window(settings: Settings, workers: int) -> int:
    """Batches out at once: two ``batch_size`` batches' articles per worker, so that small worker
    batches keep every worker busy while the oldest one is still running (a window of two small
    batches per worker left a worker idle behind a long batch)."""
    models = settings.models
    return max(2, 2 * workers * max(1, models.batch_size) // models.worker_documents)


# -- --jobs N: local worker processes ------------------------------------------------------------

_WORKER: Analyzer | None = None


def _start_process(settings: Settings, models: ModelSet) -> None:
    global _WORKER  # noqa: PLW0603 - one Analyzer per worker process, loaded once
    quiet_worker_logging()
    keep_freed_memory()  # before the models load: their batches' big blocks then stay in the heap
    _WORKER = Analyzer(settings, models=models)


def _analyze_in_process(batch: list[Article]) -> BatchResult:
    assert _WORKER is not None, "worker process not initialised"
    return run_batch(_WORKER, batch)


@contextmanager
def process_runner(settings: Settings, models: ModelSet, jobs: int) -> Iterator[Runner]:
    """``jobs`` fresh worker processes (spawned: torch and OpenMP start clean in each)."""
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_start_process, initargs=(settings, models))

    def run(batches: Iterable[list[Article]]) -> Iterator[BatchResult]:
        yield from ordered_results(lambda b: pool.submit(_analyze_in_process, b), batches, window(settings, jobs))
        pool.shutdown(wait=False)  # the workers exit (and free their models) while the claims stage runs

    try:
        yield run
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# -- --engine dask -------------------------------------------------------------------------------

PLUGIN_NAME = "attribution-analyzer"


def _worker_plugin(settings: Settings, models: ModelSet) -> Any:
    """A Dask WorkerPlugin holding the worker's Analyzer: built on the worker's first task, in
    the thread that runs tasks (SQLite connections and the Stanza pipeline stay in that thread),
    so the models load once per worker thread, and a worker started with ``--nthreads 1`` (as a
    LocalCluster here is) loads them once."""
    from distributed import WorkerPlugin

    class LoadAnalyzer(WorkerPlugin):
        name = PLUGIN_NAME

        def __init__(self) -> None:
            self.settings, self.models = settings, models
            self.local: Any = None
            self.analyzers: list[Analyzer] = []

        def setup(self, worker: Any) -> None:  # on the worker: the plugin arrives pickled, without these
            quiet_worker_logging()
            self.local = threading.local()
            self.analyzers = []

        def analyzer(self) -> Analyzer:
            analyzer = getattr(self.local, "analyzer", None)
            if analyzer is None:
                analyzer = self.local.analyzer = Analyzer(self.settings, models=self.models)
                self.analyzers.append(analyzer)
            return analyzer

        def teardown(self, worker: Any) -> None:
            for analyzer in self.analyzers:
                try:
                    analyzer.close()
                except Exception:  # noqa: BLE001 - another thread's SQLite connection; the process ends anyway
                    pass

    return LoadAnalyzer()


def _analyze_on_dask_worker(batch: list[Article]) -> BatchResult:
    from distributed import get_worker

    return run_batch(get_worker().plugins[PLUGIN_NAME].analyzer(), batch)


@contextmanager
def dask_runner(settings: Settings, models: ModelSet, scheduler: str | None, workers: int,
                client: Any = None) -> Iterator[Runner]:
    """Batches as Dask tasks: on the scheduler at ``scheduler``, or a loopback LocalCluster of
    ``workers`` single-threaded worker processes; a task whose worker dies is run again elsewhere."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        from attribution.models import ModelError

        raise ModelError("--engine dask needs Dask: pip install 'attribution[dask]'") from exc
    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                   dashboard_address=None, silence_logs=logging.ERROR)
            client = Client(cluster)
    try:
        client.register_plugin(_worker_plugin(settings, models), name=PLUGIN_NAME)
        out_at_once = window(settings, max(1, len(client.scheduler_info().get("workers", {})) or workers))
        yield lambda batches: ordered_results(
            lambda b: client.submit(_analyze_on_dask_worker, b, pure=False), batches, out_at_once)
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
