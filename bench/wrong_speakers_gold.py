"""Statements whose content matches the gold but whose speaker does not, on a gold folder in our own
format (GOLD-FORMAT.md): what speaker + content F1 loses to the choice of speaker.

    python bench/wrong_speakers_gold.py GOLD_DIR ARTICLES_DIR

Prints, per pair: the article, the gold speaker and mention, the system speaker and mention, the
cue and kind. Reads the articles through the parse cache.
"""

from __future__ import annotations

import sys
from pathlib import Path

from attribution.config import load_settings
from attribution.evaluate.attribution import scored_statements
from attribution.evaluate.gold import load_gold_dir
from attribution.evaluate.matching import JACCARD_THRESHOLD, greedy_pairs, jaccard, same_speaker
from attribution.evaluate.run import analyze_in_memory


def main() -> None:
    gold_dir, articles = Path(sys.argv[1]), Path(sys.argv[2])
    golds = load_gold_dir(gold_dir)
    analyzed, _ = analyze_in_memory([articles], load_settings(threads=1), None)
    wrong = 0
    for a in analyzed:
        gold = golds.get(a.article.article_id)
        if gold is None:
            continue
        system = scored_statements(a.statements)
        pairs = greedy_pairs(list(gold.statements), system, lambda g, s: jaccard(g.text, s.text), JACCARD_THRESHOLD)
        for gi, si, _ in pairs:
            g, s = gold.statements[gi], system[si]
            if same_speaker(g.speaker, s.speaker):
                continue
            wrong += 1
            print(f"{a.article.article_id}: gold '{g.speaker}' ({g.mention}) / system '{s.speaker}' "
                  f"({s.mention.text if s.mention else '-'}), cue {s.cue.text if s.cue else '-'}, {s.kind}: "
                  f"{' '.join(s.text.split())[:100]}")
    print(f"{wrong} content-matched statements with another speaker")


if __name__ == "__main__":
    main()
