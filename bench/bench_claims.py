"""Claims bench: one story of N articles (the Wikinews corpus replicated), stage by stage.

    python bench/bench_claims.py [--corpus DIR] [--articles 500] [--model none|all-MiniLM-L6-v2 (default)] [--cache FILE]

The corpus is parsed (or read from the parse cache) once; its analysed articles are then copied
until the story holds ``--articles`` articles, each copy an article of its own outlet, so every
sentence has many exact and near copies to meet: the pairing step's worst case. Prints the time
of each stage of ``Aligner.align_story`` (units, folding exact copies, encoding, candidate pairs,
scoring, grouping and members) and how many candidate pairs were scored against the pairs an all-pairs step would
score. Each stage gives its wall time and the CPU time of this process (on a shared machine the
wall time grows with the load, printed; the CPU time much less), and the claims stage after
encoding (pairing, scoring, grouping) is summed. Asserts nothing about time.
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
from attribution.align.grouping import fold_copies, follow_copies  # noqa: E402
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


def replicated(analyzed: list[AnalyzedArticle], n: int, near: bool = False) -> list[AnalyzedArticle]:
    """``n`` articles of one story: copies of ``analyzed`` in turn, each its own outlet; ``near``:
    each copy changes one word per sentence (``near_copy``)."""
    out = []
    for i in range(n):
        copy = i // len(analyzed)
        a = analyzed[i % len(analyzed)]
        if near:
            a = near_copy(a, copy)
        art = replace(a.article, article_id=f"{a.article.article_id}-{copy}", outlet=f"outlet-{i % 50}",
                      story="bench", published=None)
        out.append(replace(a, article=art))
    return out


_LETTERS = "bcdfghjklmnpqrstvwxz"


def _stand_in(word: str, copy: int) -> str:
    """A made-up word as long as ``word`` (so every offset holds), different for each copy."""
    letters = []
    n = copy
    for _ in range(len(word)):
        letters.append(_LETTERS[n % len(_LETTERS)])
        n //= len(_LETTERS)
    return "q" + "".join(letters)[: len(word) - 1]


def _with(item, **changes):  # noqa: ANN001, ANN003, ANN202 - a word or token: a named tuple (or a dataclass)
    """``item`` with ``changes``: words and tokens are named tuples (document.py)."""
    return item._replace(**changes) if hasattr(item, "_replace") else replace(item, **changes)


def near_copy(a: AnalyzedArticle, copy: int) -> AnalyzedArticle:
    """``a`` with one content word of each sentence replaced by a word made up for this copy: every
    outlet changes a word, so no sentence is an exact copy of another and none is folded."""
    if copy == 0:
        return a
    body = list(a.article.body)
    sentences = []
    for sentence in a.doc.sentences:
        words = list(sentence.words)
        content = [i for i, w in enumerate(words) if w.upos in ("NOUN", "VERB", "ADJ") and len(w.text) >= 4
                   and a.article.body[w.start:w.end] == w.text]
        if content:
            i = content[(copy + sentence.index) % len(content)]
            w = words[i]
            new = _stand_in(w.text, copy)
            body[w.start:w.end] = new
            words[i] = _with(w, text=new, lemma=new)
            tokens = tuple(_with(t, text=new) if (t.start, t.end) == (w.start, w.end) else t for t in sentence.tokens)
            sentence = replace(sentence, words=tuple(words), tokens=tokens)
        sentences.append(sentence)
    text = "".join(body)
    return replace(a, article=replace(a.article, body=text), doc=replace(a.doc, text=text, sentences=tuple(sentences)))


def bench_story(base: list[AnalyzedArticle], n: int, settings, near: bool) -> list[tuple[str, str]]:  # noqa: ANN001
    """The rows of one story of ``n`` articles."""
    story_articles = replicated(base, n, near)
    rows: list[tuple[str, str]] = [("load average at start", " ".join(f"{x:.1f}" for x in os.getloadavg()))]
    started = time.perf_counter()
    aligner = Aligner(story_articles, settings, encoder=load_encoder(settings))
    rows.append(("aligner set-up (rarity counts, acronyms)", f"{time.perf_counter() - started:.2f}s"))
    story = Story("bench", True, tuple(range(len(story_articles))))
    builder = UnitBuilder(aligner.vocabulary)

    after_encoding = [0.0, 0.0]  # wall, CPU of pairing, scoring and grouping

    def timed(label: str, fn, claims_stage: bool = False):  # noqa: ANN001, ANN202 - a bench helper
        t, c = time.perf_counter(), time.process_time()
        out = fn()
        wall, cpu = time.perf_counter() - t, time.process_time() - c
        rows.append((label, f"{wall:.2f}s (CPU {cpu:.2f}s)"))
        if claims_stage:
            after_encoding[0] += wall
            after_encoding[1] += cpu
        return out

    all_units = timed("claim units", lambda: [u for i in story.members for u in aligner.units(i, builder)])
    copies = timed("folding exact copies (in 3+ articles)", lambda: fold_copies(all_units))
    units = copies.kept
    timed(f"encoding ({'model ' + settings.claims.model if aligner.encoder else 'no encoder'})", lambda: aligner.encode(units))
    pairs = timed("pairing (candidate pairs: word index + nearest neighbours)", lambda: aligner.candidate_pairs(units), True)
    edges = timed("scoring candidate pairs", lambda: aligner.edges(pairs), True)
    groups = timed("grouping (widening, grouping, whole members, joins)",
                   lambda: follow_copies(aligner.claims_of(edges, units), copies), True)
    rows.append(("claims after encoding (pairing + scoring + grouping)",
                 f"{after_encoding[0]:.2f}s (CPU {after_encoding[1]:.2f}s)"))
    by_article: dict[int, int] = {}
    for u in all_units:
        by_article[u.article_index] = by_article.get(u.article_index, 0) + 1
    total = len(all_units)
    all_pairs = (total * total - sum(k * k for k in by_article.values())) // 2
    rows.append(("articles / units (paired) / claims / members",
                 f"{len(story_articles)} / {total:,} ({len(units):,}) / {len(groups):,} / {sum(len(g) for g in groups):,}"))
    rows.append(("pairs scored, pairs per paired unit",
                 f"{len(pairs):,}, {len(pairs) / max(len(units), 1):.1f}"))
    rows.append(("pairs scored vs all cross-article pairs",
                 f"{len(pairs):,} vs {all_pairs:,} ({len(pairs) / max(all_pairs, 1):.2%}); {len(edges):,} reach the threshold"))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--articles", default="500",
                    help="articles in the story; several, comma-separated (100,1000), give a sweep")
    ap.add_argument("--near", action="store_true",
                    help="near copies: each copy changes one word per sentence, so nothing is folded")
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
    print(f"analysis of the corpus (parse cache): {len(base)} articles, {time.perf_counter() - started:.1f}s;"
          f" {'near' if args.near else 'exact'} copies")
    for n in (int(x) for x in args.articles.split(",")):
        rows = bench_story(base, n, settings, args.near)
        width = max(len(r[0]) for r in rows)
        print(f"-- {n} articles")
        for label, value in rows:
            print(f"{label:<{width}}  {value}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
