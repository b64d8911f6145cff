"""Scale: the thread policy, --jobs and the Dask engine give the same outputs as one process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from attribution.engine.threads import WAIT_POLICY_ENV, free_cores, set_thread_environment, threads_per_worker

from .conftest import ROOT


def test_threads_default_to_the_free_cores_divided_by_the_workers() -> None:
    assert threads_per_worker(None, 1, free=4) == 4
    assert threads_per_worker(None, 2, free=4) == 2
    assert threads_per_worker(None, 3, free=2) == 1  # never zero
    assert threads_per_worker(3, 2, free=1) == 3  # --threads wins


def test_free_cores_subtract_the_load_of_other_processes() -> None:
    assert free_cores(cores=2, load=0.0) == 2
    assert free_cores(cores=2, load=1.1) == 1
    assert free_cores(cores=2, load=7.0) == 1  # a busy machine still gets one thread


def test_wait_policy_is_passive_unless_the_user_chose_one() -> None:
    env: dict[str, str] = {}
    set_thread_environment(2, env)
    assert env[WAIT_POLICY_ENV] == "PASSIVE" and env["OMP_NUM_THREADS"] == "2"
    env = {WAIT_POLICY_ENV: "ACTIVE"}
    set_thread_environment(1, env)
    assert env[WAIT_POLICY_ENV] == "ACTIVE" and env["OMP_NUM_THREADS"] == "1"


def test_a_parsing_process_keeps_its_freed_memory_where_glibc_allows() -> None:
    """engine/heap.py, in a fresh process (mallopt changes the process it runs in): glibc takes
    the setting; elsewhere (no glibc) the call is a harmless no."""
    code = ("import platform; from attribution.engine.heap import keep_freed_memory; "
            "print(keep_freed_memory(), platform.libc_ver()[0] or 'none')")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    took, libc = out.split()
    assert took == "True" or libc != "glibc"


def test_a_run_that_parses_sets_torch_threads_and_reports_words_per_second(tmp_path: Path) -> None:
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_text("Officials said on Monday that the bridge would probably reopen next week.\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "OMP_NUM_THREADS")}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    probe = (
        "import sys, os; from attribution import cli; code = cli.main(sys.argv[1:]); import torch;"
        "print('torch threads', torch.get_num_threads(), os.environ.get('OMP_WAIT_POLICY'), os.environ.get('OMP_NUM_THREADS'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, "analyze", str(article.parent), "--out", str(tmp_path / "out"), "--no-cache",
         "--threads", "1", "-q"],
        capture_output=True, text=True, env=env, timeout=600,
    )
    assert out.returncode == 0, out.stderr
    assert "words/s" in out.stdout and "1 thread per worker" in out.stdout
    assert "torch threads 1 PASSIVE 1" in out.stdout


@pytest.mark.parametrize("bad", ["0", "-2", "two"])
def test_threads_must_be_a_positive_number(bad: str) -> None:
    from attribution import cli

    with pytest.raises(SystemExit) as stop:
        cli.build_parser().parse_args(["analyze", "x", "--out", "y", "--threads", bad])
    assert stop.value.code == 2


# -- --jobs N and the Dask engine write what one process writes ---------------------------------

FRESH = (
    "GENEVA, Switzerland — The committee said on Tuesday that the new rules would probably take effect "
    "next year. \"We are certain this will help,\" its chair told reporters.\n"
)
COMPARED = ("articles.jsonl", "statements.jsonl", "claims.jsonl", "statements.csv", "claims.csv", "outlets.csv")


@pytest.fixture(scope="module")
def scale_corpus(tmp_path_factory, wikinews_parsed) -> Path:
    """The example corpus (parses in the session cache) plus one article no cache holds, so each
    engine's run parses one article in a worker."""
    import shutil

    from .conftest import EXAMPLES

    corpus = tmp_path_factory.mktemp("scale") / "corpus"
    shutil.copytree(EXAMPLES, corpus)
    (corpus / "zz-fresh.txt").write_text(FRESH, encoding="utf-8")
    return corpus


def _settings_with_own_cache(settings, tmp_path: Path):
    """The session settings with a copy of the session cache: the fresh article is parsed again."""
    import shutil
    from dataclasses import replace

    from attribution.cache import ParseCache
    from attribution.config import CacheSettings

    with ParseCache(settings.cache_path()):
        pass  # closing the last connection checkpoints the WAL into the file
    copy = tmp_path / "cache.sqlite"
    shutil.copy(settings.cache_path(), copy)
    return replace(settings, cache=CacheSettings(enabled=True, path=copy), models=replace(settings.models, batch_size=4))


@pytest.fixture(scope="module")
def one_process_output(scale_corpus, settings, models, lexicon, parser, tmp_path_factory) -> Path:
    from attribution.engine.local import Analyzer

    tmp = tmp_path_factory.mktemp("one")
    run_settings = _settings_with_own_cache(settings, tmp)
    analyzer = Analyzer(run_settings, models=models, lexicon=lexicon, parser=parser)
    try:
        summary = analyzer.run([scale_corpus], tmp / "out")
    finally:
        analyzer.close()
    assert summary.parsed == 1 and summary.articles == 25
    return tmp / "out"


def _assert_same_outputs(expected: Path, got: Path) -> None:
    for name in COMPARED:
        assert (got / name).read_bytes() == (expected / name).read_bytes(), f"{name} differs"


@pytest.mark.parametrize("engine", ["local", "dask"])
def test_two_workers_write_what_one_process_writes(engine, scale_corpus, one_process_output, settings, models, tmp_path) -> None:
    if engine == "dask":
        pytest.importorskip("distributed")
    from attribution.engine.local import analyze_paths

    run_settings = _settings_with_own_cache(settings, tmp_path)
    summary = analyze_paths([scale_corpus], tmp_path / "out", run_settings, models_dir=models.dir, jobs=2, engine=engine)
    assert summary.articles == 25 and summary.parsed == 1 and summary.cache_hits == 24
    assert summary.words_parsed > 20 and summary.threads >= 1 and summary.words_per_second
    _assert_same_outputs(one_process_output, tmp_path / "out")


def test_workers_are_handed_small_batches_in_input_order(scale_corpus, settings, models, lexicon, parser, tmp_path) -> None:
    """Batches for workers hold ``worker_batch_size`` articles (never more than ``batch_size``):
    a long last batch on one worker would leave the others idle at the end of a run."""
    from dataclasses import replace

    from attribution.engine.local import Analyzer, RunSummary
    from attribution.engine.workers import run_batch

    run_settings = _settings_with_own_cache(settings, tmp_path)
    run_settings = replace(run_settings, models=replace(run_settings.models, batch_size=16, worker_batch_size=3))
    analyzer = Analyzer(run_settings, models=models, lexicon=lexicon, parser=parser)
    sizes: list[int] = []

    def in_process(batches):  # noqa: ANN001, ANN202 - the Runner protocol, run here
        for batch in batches:
            sizes.append(len(batch))
            yield run_batch(analyzer, batch)

    try:
        summary = RunSummary(out_dir=tmp_path)
        ids = [a.article.article_id for a in analyzer.iter_analyzed([scale_corpus], summary, analyzer.reporter(summary),
                                                                    in_process)]
    finally:
        analyzer.close()
    assert sizes == [3] * 8 + [1] and len(ids) == 25
    assert ids == sorted(ids)  # input order: the corpus files by name


# -- cheap after parsing -------------------------------------------------------------------------

def _lines(obj):  # noqa: ANN001, ANN202 - any loaded YAML value
    """A loaded YAML value with every line number it remembers, for comparing two loaders."""
    if isinstance(obj, dict):
        return ("map", obj.line, tuple((k, obj.key_lines[k], _lines(v)) for k, v in obj.items()))
    if isinstance(obj, list):
        return ("seq", obj.line, tuple(obj.item_lines), tuple(_lines(v) for v in obj))
    return obj


def test_the_fast_yaml_loader_reads_every_shipped_file_as_the_python_loader_does() -> None:
    import yaml

    from attribution import yamlfile

    if yamlfile._FastLineLoader is None:
        pytest.skip("PyYAML without libyaml")
    files = sorted((ROOT / "lexicons").rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        fast = yaml.load(text, Loader=yamlfile._FastLineLoader)  # noqa: S506
        slow = yaml.load(text, Loader=yamlfile._LineLoader)  # noqa: S506
        assert _lines(fast) == _lines(slow), path.name


def test_broken_yaml_still_gets_the_python_loaders_message() -> None:
    from attribution.yamlfile import YamlError, parse_yaml

    with pytest.raises(YamlError) as broken:
        parse_yaml("a: 1\nb: [1, 2\n", "x.yaml")
    assert "x.yaml:2" in str(broken.value) and "it opens on line 2" in str(broken.value)
    with pytest.raises(YamlError, match="duplicate key 'a'"):
        parse_yaml("a: 1\na: 2\n", "x.yaml")


# -- the GPU path, on CPU ------------------------------------------------------------------------

def test_cuda_builds_the_pipeline_on_the_gpu_with_larger_batches(models, settings, monkeypatch) -> None:
    """No GPU here: torch is told it has one and Stanza's Pipeline is replaced by a recorder."""
    from dataclasses import replace

    import stanza
    import torch

    from attribution.parse import Parser

    seen: dict = {}

    class FakePipeline:
        device = "cuda:0"

        def __init__(self, **options):  # noqa: ANN003 - stanza.Pipeline's keywords
            seen.update(options)

        def bulk_process(self, texts):  # noqa: ANN001, ANN202
            raise AssertionError("not called")

    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(stanza, "Pipeline", FakePipeline)
    cuda = replace(settings, models=replace(settings.models, device="cuda", threads=1))
    parser = Parser(models, cuda)
    assert parser.device == "not loaded"
    _ = parser.pipeline
    assert seen["use_gpu"] is True and parser.device == "cuda:0"
    assert seen["depparse_batch_size"] > 5000 and seen["pos_batch_size"] > 5000  # Stanza's CPU default is 5000
    cpu = Parser(models, replace(settings, models=replace(settings.models, device="cpu")))
    options = cpu.pipeline_options(False)
    assert options["use_gpu"] is False and "depparse_batch_size" not in options


def test_cuda_without_a_gpu_is_a_clear_error(models, settings, monkeypatch) -> None:
    from dataclasses import replace

    import torch

    from attribution.models import ModelError
    from attribution.parse import Parser

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    parser = Parser(models, replace(settings, models=replace(settings.models, device="cuda", threads=1)))
    with pytest.raises(ModelError, match="cuda"):
        _ = parser.pipeline


def test_a_lost_dask_worker_is_retried_without_losing_articles(scale_corpus, one_process_output, settings, models,
                                                                tmp_path) -> None:
    """Kill one worker of a 2-worker LocalCluster as soon as the first batch is back: the
    scheduler runs its batches again on the other worker (or its restart); the files are the same."""
    pytest.importorskip("distributed")
    import signal

    from distributed import Client, LocalCluster

    from attribution.engine.local import Analyzer
    from attribution.engine.workers import dask_runner

    run_settings = _settings_with_own_cache(settings, tmp_path)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                      silence_logs=50) as cluster, Client(cluster) as client:
        victim = sorted(client.run(os.getpid).values())[0]
        with dask_runner(run_settings, models, None, 2, client=client) as run_batches:
            def killing(batches):  # noqa: ANN001, ANN202 - the runner's signature
                for number, result in enumerate(run_batches(batches)):
                    if number == 0:
                        os.kill(victim, signal.SIGKILL)
                    yield result

            analyzer = Analyzer(run_settings, models=models)
            try:
                summary = analyzer.run([scale_corpus], tmp_path / "out", runner=killing)
            finally:
                analyzer.close()
    assert summary.articles == 25 and not summary.errors
    _assert_same_outputs(one_process_output, tmp_path / "out")


def test_worker_batches_close_early_once_they_hold_their_words() -> None:
    """A batch of several long articles would keep one worker busy while the other idles at the
    end of a run: a batch closes at ``worker_batch_words`` words (a longer article alone)."""
    from types import SimpleNamespace

    from attribution.engine.local import _batches

    articles = [SimpleNamespace(body=" ".join(["word"] * n)) for n in (100, 100, 900, 2000, 50, 50, 50, 50, 50)]
    sizes = [len(b) for b in _batches(articles, 4, lambda p: None, words=1000)]  # type: ignore[arg-type]
    assert sizes == [3, 1, 4, 1]
    assert [len(b) for b in _batches(articles, 4, lambda p: None)] == [4, 4, 1]  # type: ignore[arg-type]
