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
