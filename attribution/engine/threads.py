"""The thread policy: how many torch/OpenMP threads each worker gets, set before the models load.

Why: OpenMP threads that spin-wait for a busy core make Stanza 20x slower on a shared machine
(two threads with one competing process: 29 words/s against 670 with one thread). So the default
is the cores free for this run divided by the workers, never more than one thread per free core,
and OpenMP waits passively unless the user chose a policy.
"""

from __future__ import annotations

import os

THREAD_ENV = ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS")
WAIT_POLICY_ENV = "OMP_WAIT_POLICY"


def usable_cores() -> int:
    """Cores this process may run on (the affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def free_cores(cores: int | None = None, load: float | None = None) -> int:
    """Usable cores minus those other processes keep busy (the one-minute load average)."""
    cores = usable_cores() if cores is None else cores
    if load is None:
        try:
            load = os.getloadavg()[0]
        except (AttributeError, OSError):
            load = 0.0
    return max(1, min(cores, cores - int(load + 0.5)))


def threads_per_worker(requested: int | None, workers: int = 1, *, free: int | None = None) -> int:
    """``--threads N`` when given (N >= 1), else the free cores divided by the workers (at least 1)."""
    if requested is not None and requested > 0:
        return requested
    free = free_cores() if free is None else free
    return max(1, free // max(1, workers))


def set_thread_environment(threads: int, environ: dict[str, str] | None = None) -> None:
    """Set OpenMP/BLAS thread counts and a passive wait policy (unless the user set one) in the
    environment, which only works before torch is imported in this process or its children."""
    env = os.environ if environ is None else environ
    for name in THREAD_ENV:
        env[name] = str(threads)
    env.setdefault(WAIT_POLICY_ENV, "PASSIVE")


def apply_torch_threads(threads: int) -> None:
    """Tell an already imported torch the thread count (intra-op; inter-op once, if still allowed)."""
    import torch

    torch.set_num_threads(threads)
    try:
        torch.set_num_interop_threads(max(1, min(threads, 2)))
    except RuntimeError:  # already set, or parallel work already ran in this process
        pass
