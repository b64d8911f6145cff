"""How much the cues depend on parse quality: the model's parses vs the gold UD trees.

    python bench/bench_cue_parses.py [GOLD_UD_DIR] [CORPUS_DIR]

Defaults: ../shared/corpora/wikinews-gum/gold-ud and examples/corpus (the same 24 Wikinews
articles, never seen by the shared models in training). The cues are found twice, on the
model's parses (through the parse cache) and on GUM's gold trees, and compared as multisets of
(entry, cue text). Prints the counts and every disagreement; asserts nothing.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attribution.config import load_settings  # noqa: E402
from attribution.document import ParsedDoc  # noqa: E402
from attribution.engine.local import Analyzer, RunSummary  # noqa: E402
from attribution.hedging import FoundCue, found_cues  # noqa: E402
from attribution.records import Article  # noqa: E402


def _key(found: FoundCue) -> tuple[str, str]:
    return found.entry.id, " ".join(found.text.lower().split())


def main() -> None:
    gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpora" / "wikinews-gum" / "gold-ud"
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "examples" / "corpus"
    analyzer = Analyzer(load_settings())
    summary = RunSummary(out_dir=Path("."))
    model, gold = Counter(), Counter()
    differences = []
    try:
        for analyzed in analyzer.iter_analyzed([corpus], summary, analyzer.reporter(summary)):
            tree_file = gold_dir / f"{analyzed.article.article_id}.conllu"
            if not tree_file.is_file():
                continue
            trees = ParsedDoc.from_conllu(tree_file.read_text(encoding="utf-8"))
            on_trees = Article(article_id=analyzed.article.article_id, body=trees.text, path=str(tree_file))
            m = Counter(_key(f) for f in found_cues(analyzed.article, analyzed.doc, analyzer.lexicon) if not f.is_neutral_frame)
            g = Counter(_key(f) for f in found_cues(on_trees, trees, analyzer.lexicon) if not f.is_neutral_frame)
            model += m
            gold += g
            if m != g:
                differences.append((analyzed.article.article_id, dict(m - g), dict(g - m)))
    finally:
        analyzer.close()
    both = sum((model & gold).values())
    either = sum((model | gold).values())
    print("Cue agreement: model parses vs gold UD trees")
    print(f"  cues on model parses  {sum(model.values())}")
    print(f"  cues on gold trees    {sum(gold.values())}")
    print(f"  found on both         {both}  (agreement {both / either:.3f} of all found on either)")
    for article, only_model, only_gold in differences:
        print(f"  {article}: only on model parses {only_model or '-'}; only on gold trees {only_gold or '-'}")


if __name__ == "__main__":
    main()
