"""Claims bench: one story of N articles (the Wikinews corpus replicated), stage by stage.

    python bench/bench_claims.py [--corpus DIR] [--articles 500] [--model none|all-MiniLM-L6-v2 (default)] [--cache FILE]

The corpus is parsed (or read from the parse cache) once; its analysed articles are then copied
until the story holds ``--articles`` articles, each copy an article of its own outlet, so every
sentence has many exact and near copies to meet: the pairing step's worst case. Prints the time
of each stage of ``Aligner.align_story`` (units, encoding, candidate pairs, scoring, grouping and
members) and how many candidate pairs were scored against the pairs an all-pairs step would
score. Asserts nothing about time; figures depend on the machine's load (printed).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attribution.align import Aligner  # noqa: E402
from attribution.align.encoder import load_encoder  # noqa: E402
from attribution.align.grouping import fold_duplicates, group_units, join_shared  # noqa: E402
from attribution.align.stories import Story  # noqa: E402
from attribution.align.units import UnitBuilder  # noqa: E402
from attribution.config import load_settings  # noqa: E402
from attribution.evaluate.run import analyze_in_memory  # noqa: E402
from attribution.pipeline import AnalyzedArticle  # noqa: E402

def _default_corpus() -> Path:
    """The Wikinews articles in the shared folder beside the checkout, or beside a folder above it
    (a git worktree such as /work/wt/NAME)."""
    for folder in ROOT.parents:
        candidate = folder / "shared" / "corpora" / "wikinews-gum" / "articles"
        if candidate.is_dir():
            return candidate
    return ROOT.parent / "shared" / "corpora" / "wikinews-gum" / "articles"


DEFAULT_CORPUS = _default_corpus()


def replicated(analyzed: list[AnalyzedArticle], n: int) -> list[AnalyzedArticle]:
    """``n`` articles of one story: copies of ``analyzed`` in turn, each its own outlet."""
    out = []
    for i in range(n):
        a = analyzed[i % len(analyzed)]
        copy = i // len(analyzed)
        art = replace(a.article, article_id=f"{a.article.article_id}-{copy}", outlet=f"outlet-{i % 50}",
                      story="bench", published=None)
        out.append(replace(a, article=art))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--model", help="claims.model: none, or a sentence-transformers model (default: the settings', all-MiniLM-L6-v2)")
    ap.add_argument("--cache", type=Path, help="parse cache file")
    args = ap.parse_args()
    settings = load_settings(None, cache_path=args.cache, threads=1)
    if args.model:
        settings = replace(settings, claims=replace(settings.claims, model=args.model))
    paths = sorted(args.corpus.glob("*.txt"))
    if not paths:
        print(f"{args.corpus}: no articles (*.txt) found; give --corpus DIR", file=sys.stderr)
        return 2
    started = time.perf_counter()
    base, _ = analyze_in_memory(paths, settings, None)
    analysis_s = time.perf_counter() - started
    story_articles = replicated(base, args.articles)

    rows: list[tuple[str, str]] = [("load average at start", " ".join(f"{x:.1f}" for x in os.getloadavg())),
                                   ("analysis of the corpus (parse cache)", f"{len(base)} articles, {analysis_s:.1f}s")]
    started = time.perf_counter()
    aligner = Aligner(story_articles, settings, encoder=load_encoder(settings))
    rows.append(("aligner set-up (rarity counts, acronyms)", f"{time.perf_counter() - started:.2f}s"))
    story = Story("bench", True, tuple(range(len(story_articles))))
    builder = UnitBuilder(aligner.vocabulary)

    def timed(label: str, fn):  # noqa: ANN001, ANN202 - a bench helper
        t = time.perf_counter()
        out = fn()
        rows.append((label, f"{time.perf_counter() - t:.2f}s"))
        return out

    units = timed("claim units", lambda: [u for i in story.members for u in aligner.units(i, builder)])
    timed(f"encoding ({'model ' + settings.claims.model if aligner.encoder else 'no encoder'})", lambda: aligner.encode(units))
    pairs = timed("candidate pairs (word index + nearest neighbours)", lambda: aligner.candidate_pairs(units))
    threshold = settings.claims.threshold

    def scored():  # noqa: ANN202
        return [(v, a, b) for a, b in pairs if (v := aligner.rank(a, b)) >= threshold]

    edges = timed("scoring candidate pairs", scored)

    def claims():  # noqa: ANN202
        groups = group_units(aligner.widen(edges, units), aligner.link, threshold)
        groups = fold_duplicates([aligner.whole_members(g, units) for g in groups], aligner.link)
        return join_shared(groups, aligner.link, threshold)

    groups = timed("claims (widening, grouping, whole members, joins)", claims)
    by_article: dict[int, int] = {}
    for u in units:
        by_article[u.article_index] = by_article.get(u.article_index, 0) + 1
    total = len(units)
    all_pairs = (total * total - sum(n * n for n in by_article.values())) // 2
    rows.append(("articles / units / claims", f"{len(story_articles)} / {total:,} / {len(groups):,}"))
    rows.append(("candidate pairs scored vs all cross-article pairs",
                 f"{len(pairs):,} vs {all_pairs:,} ({len(pairs) / max(all_pairs, 1):.2%}); {len(edges):,} reach the threshold"))
    width = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
