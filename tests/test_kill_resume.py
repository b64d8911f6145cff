"""Kill -9 at any moment loses nothing finished, and one cache serves many processes.

``attribution analyze`` runs in a subprocess that SIGKILLs itself just before its N-th durable
step (an fsync or a rename: the moments a file becomes final), for N spread over the whole run,
the swap at the end included. After each kill the output folder must hold one whole analysis
(the earlier one or the new one), or be in the middle of its swap, which the next run finishes
first; and the same command run again must end with exactly the files of an uninterrupted run. The corpus is small and its parses are in the cache,
so each run takes a second or two.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from attribution.config import CacheSettings
from attribution.engine.local import Analyzer
from attribution.output import finish_interrupted_swap

from .conftest import ROOT, SEED

# Runs the CLI; with KILL_AT=N it kills itself (SIGKILL, no clean-up of any kind) just before the
# N-th fsync/rename/replace; it always reports how many it made (to the file in COUNT_TO).
_WRAPPER = r"""
import os, signal, sys
limit = int(os.environ.get("KILL_AT", "0"))
count = 0
def counted(real):
    def wrapper(*args, **kwargs):
        global count
        count += 1
        if count == limit:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return wrapper
os.fsync, os.replace, os.rename = counted(os.fsync), counted(os.replace), counted(os.rename)
from attribution.cli import main
try:
    code = main(sys.argv[1:])
finally:
    with open(os.environ["COUNT_TO"], "w") as handle:
        handle.write(str(count))
sys.exit(code)
"""


_CODE: list[Path] = []  # the frozen copy of the code that every subprocess of this module runs


@pytest.fixture(scope="module", autouse=True)
def frozen_code(tmp_path_factory) -> Iterator[Path]:
    """One copy of the package, lexicons and templates for every run of this module.

    The kill test compares the files of some sixteen processes started over a minute or more, each
    importing the code and reading the lexicons and templates from disk when it starts. Run from
    the checkout, an edit or a git operation in it while the suite runs (the old land.sh ran the
    suite in the engineer's live worktree) gave a kill run other code than the reference run: read
    as "killed at step 40 of 42: the finished swap is not whole" with two report pages different,
    though the swap itself was whole."""
    root = tmp_path_factory.mktemp("code")
    for name in ("attribution", "lexicons", "reports"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__"))
    _CODE.append(root)
    yield root
    _CODE.remove(root)


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    code = _CODE[-1] if _CODE else ROOT
    env = {**os.environ, "PYTHONPATH": str(code), "OMP_NUM_THREADS": "1", "OMP_WAIT_POLICY": "PASSIVE",
           "COUNT_TO": str(tmp_path / "count"), "CI": "true"}
    env.update(extra)
    return env


def test_every_run_reads_one_frozen_copy_of_the_code(tmp_path, frozen_code) -> None:
    probe = ("import attribution, attribution.resources as r; "
             "print(attribution.__file__); print(r.lexicons_dir()); print(r.reports_dir())")
    done = subprocess.run([sys.executable, "-c", probe], env=_env(tmp_path), capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert all(Path(line).resolve().is_relative_to(frozen_code.resolve()) for line in done.stdout.split()), done.stdout


def _analyze(tmp_path: Path, corpus: Path, out: Path, cache: Path, kill_at: int = 0) -> int:
    wrapper = tmp_path / "wrapper.py"
    wrapper.write_text(_WRAPPER, encoding="utf-8")
    command = [sys.executable, str(wrapper), "analyze", str(corpus), "--out", str(out), "--cache", str(cache), "-q"]
    done = subprocess.run(command, env=_env(tmp_path, KILL_AT=str(kill_at)), capture_output=True, text=True, timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done.returncode


def _snapshot(out: Path) -> dict[str, bytes]:
    """The analysis a reader sees: every file but the run's working folders."""
    if not out.exists():
        return {}
    skip = (".attribution-partial", ".attribution-old")
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and not any(part in skip for part in p.relative_to(out).parts)}


@pytest.fixture(scope="module")
def warm(tmp_path_factory, settings, models, lexicon, parser) -> tuple[Path, Path]:
    """A copy of the seed corpus and a cache file holding its parses."""
    root = tmp_path_factory.mktemp("kill")
    corpus = root / "corpus"
    shutil.copytree(SEED / "articles", corpus)
    cache = root / "parses.sqlite"
    analyzer = Analyzer(replace(settings, cache=CacheSettings(enabled=True, path=cache)), models=models,
                        lexicon=lexicon, parser=parser)
    analyzer.run([corpus], root / "warm-out")
    analyzer.close()
    return corpus, cache


def _retitle(corpus: Path) -> None:
    """A second version of the corpus: new metadata, same text (so its parses are cached too)."""
    sidecar = sorted(corpus.glob("*.meta.yaml"))[0]
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("title:", "title: Revised -", 1), encoding="utf-8")


def test_kill_9_at_any_step_loses_nothing_and_the_rerun_ends_identical(tmp_path, warm) -> None:
    corpus_a, cache_src = warm
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_a, corpus)
    _retitle(corpus)
    cache = tmp_path / "parses.sqlite"
    shutil.copy(cache_src, cache)
    out = tmp_path / "out"

    assert _analyze(tmp_path, corpus_a, out, cache) == 0
    first = _snapshot(out)
    reference_out = tmp_path / "reference"
    assert _analyze(tmp_path, corpus, reference_out, cache) == 0
    steps = int((tmp_path / "count").read_text())
    second = _snapshot(reference_out)
    assert first != second and len(first) == len(second) and steps > 10
    shutil.rmtree(reference_out)

    # the first steps, the last steps (the swap) and a spread between
    points = sorted({2, steps // 3, (2 * steps) // 3, steps - 3, steps - 2, steps - 1, steps})
    earlier = tmp_path / "earlier"
    shutil.copytree(out, earlier)
    for point in points:
        shutil.rmtree(out)
        shutil.copytree(earlier, out)  # the finished earlier analysis
        code = _analyze(tmp_path, corpus, out, cache, kill_at=point)
        assert code == -9, f"step {point} of {steps}: the run was not killed ({code})"
        seen = _snapshot(out)
        if seen not in (first, second):  # killed during the swap: what the next run does first
            assert finish_interrupted_swap(out), f"killed at step {point} of {steps}: a mix, and no swap to finish"
            assert _snapshot(out) == second, f"killed at step {point} of {steps}: the finished swap is not whole"
        assert _analyze(tmp_path, corpus, out, cache) == 0, f"the rerun after a kill at step {point} failed"
        assert _snapshot(out) == second, f"after a kill at step {point} of {steps} the rerun differs"


def test_jsonl_files_after_a_kill_hold_whole_lines(tmp_path, warm) -> None:
    corpus, cache_src = warm
    cache = tmp_path / "parses.sqlite"
    shutil.copy(cache_src, cache)
    out = tmp_path / "out"
    for point in (4, 6):  # while articles are being appended
        assert _analyze(tmp_path, corpus, out, cache, kill_at=point) == -9
        for name in ("articles.jsonl", "statements.jsonl"):
            path = out / ".attribution-partial" / name
            if path.exists():
                text = path.read_text(encoding="utf-8")
                assert not text or text.endswith("\n")
                assert all(json.loads(line) for line in text.splitlines())


def test_two_analyses_sharing_one_cache_both_finish_correctly(tmp_path, warm) -> None:
    corpus, cache_src = warm
    cache = tmp_path / "parses.sqlite"
    shutil.copy(cache_src, cache)
    reference = tmp_path / "reference"
    assert _analyze(tmp_path, corpus, reference, cache) == 0
    expected = _snapshot(reference)
    wrapper = tmp_path / "wrapper.py"
    runs = []
    for i in range(3):
        command = [sys.executable, str(wrapper), "analyze", str(corpus), "--out", str(tmp_path / f"out{i}"),
                   "--cache", str(cache), "-q"]
        runs.append(subprocess.Popen(command, env=_env(tmp_path, COUNT_TO=str(tmp_path / f"count{i}")),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for i, run in enumerate(runs):
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0 and "locked" not in err and "Traceback" not in err, err
        assert _snapshot(tmp_path / f"out{i}") == expected
    assert not list(tmp_path.glob("parses.sqlite.unusable-*")), "a busy cache is never taken for a damaged one"


@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_a_damaged_shared_cache_is_reported_moved_aside_and_rebuilt(tmp_path, warm, settings, models, lexicon,
                                                                     parser, damage) -> None:
    corpus, cache_src = warm
    cache = tmp_path / "parses.sqlite"
    data = Path(cache_src).read_bytes()
    damaged = data[: len(data) // 3] if damage == "truncated" else os.urandom(len(data))
    cache.write_bytes(damaged)
    reference = tmp_path / "reference"
    assert _analyze(tmp_path, corpus, reference, Path(cache_src)) == 0
    local = replace(settings, cache=CacheSettings(enabled=True, path=cache))
    analyzer = Analyzer(local, models=models, lexicon=lexicon, parser=parser)
    summary = analyzer.run([corpus], tmp_path / "out")
    analyzer.close()
    assert any("moved it to" in p.message for p in summary.problems), [p.message for p in summary.problems]
    [aside] = tmp_path.glob("parses.sqlite.unusable-*")
    assert aside.read_bytes() == damaged, "the damaged file is kept, as it was"
    assert _snapshot(tmp_path / "out") == _snapshot(reference), "parsed again, the same analysis"
    assert _analyze(tmp_path, corpus, tmp_path / "again", cache) == 0  # the rebuilt cache serves a later run
    assert _snapshot(tmp_path / "again") == _snapshot(reference)
