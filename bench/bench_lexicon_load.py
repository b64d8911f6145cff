"""Loading a lexicon overlay of 10,000, 50,000 and 100,000 entries (issue 17: near-linear, in seconds).

    python bench/bench_lexicon_load.py [--sizes 10000,50000,100000] [--parts]

Writes each overlay to a temporary folder (hedge entries with a two-word gap pattern, as a
lexicon grown from a corpus would hold) and prints, per size: wall and CPU seconds of
``Lexicon.load`` (reading, checking every entry, the twin index) and the peak RSS of the process.
``--parts`` also prints the YAML reading alone. Asserts nothing about time.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attribution.lexicon import Lexicon  # noqa: E402
from attribution.yamlfile import load_yaml  # noqa: E402


def write_overlay(path: Path, size: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("entries:\n")
        for i in range(size):
            handle.write(f"  - id: bench_{i}\n    type: hedge\n    category: modal\n    pattern: w{i}a ... w{i}b\n"
                         f"    description: bench entry {i}\n    weight: 0.5\n")


def timed(fn) -> tuple[float, float]:  # noqa: ANN001
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,50000,100000")
    ap.add_argument("--parts", action="store_true")
    args = ap.parse_args()
    Lexicon.load()  # the shipped files once, so imports are not counted
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(folder) / f"overlay-{size}.yaml"
            write_overlay(path, size)
            if args.parts:
                wall, cpu = timed(lambda: load_yaml(path))
                print(f"{size:>7,} entries  YAML only      {wall:6.2f} s wall  {cpu:6.2f} s CPU")
            wall, cpu = timed(lambda: Lexicon.load([path]))
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            print(f"{size:>7,} entries  Lexicon.load   {wall:6.2f} s wall  {cpu:6.2f} s CPU  "
                  f"{cpu / size * 1e6:5.0f} us/entry  peak RSS {rss} MB", flush=True)


if __name__ == "__main__":
    main()
