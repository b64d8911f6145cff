"""PolNeAR dev figures by ``attribution evaluate`` and the time it takes, parse cached and cold.

    python bench/bench_polnear.py [CORPUS_DIR] [--cold]

CORPUS_DIR defaults to ../shared/corpora/polnear/dev. The cached run uses the parse cache of
./attribution.yaml or the default; --cold parses everything again (no cache) first.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear" / "dev"


def run(corpus: Path, *extra: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "attribution", "evaluate", str(corpus), "-q", *extra], check=False)
    return time.perf_counter() - started


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    corpus = Path(args[0]) if args else DEFAULT
    timings = []
    if "--cold" in sys.argv:
        timings.append(("cold (no cache)", run(corpus, "--no-cache")))
    timings.append(("parse cached", run(corpus)))
    print("evaluate time")
    for label, seconds in timings:
        print(f"  {label:<16} {seconds:7.1f} s")


if __name__ == "__main__":
    main()
