"""Count the attribution cues of PolNeAR train by head lemma and by whole predicate, and say which the
reporting lexicon already has: the provenance counts of lexicons/reporting.yaml come from here.

    python bench/mine_polnear_cues.py [TRAIN_DIR] [--min 5]

Reads only the .ann files (one annotator per text) and lemmatises the cue strings with the Stanza
models of $ATTRIBUTION_MODELS (tokenize, pos, lemma). Prints counts, never corpus text beyond the
cue words themselves.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import stanza

from attribution.config import Settings
from attribution.evaluate.brat import parse_ann
from attribution.lexicon import Lexicon
from attribution.models import resolve_models

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear" / "train"


def cue_strings(folder: Path) -> list[str]:
    chosen: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    cues = []
    for ann in chosen.values():
        attributions, _ = parse_ann(ann, 0, 10**9)
        cues += [" ".join(a.cue_text.split()) for a in attributions if a.cue_text.strip()]
    return cues


def main() -> None:
    argv = sys.argv[1:]
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--min")]
    minimum = int(sys.argv[sys.argv.index("--min") + 1]) if "--min" in sys.argv else 5
    folder = Path(args[0]) if args else DEFAULT
    cues = cue_strings(folder)
    models = resolve_models(Settings(), None)
    nlp = stanza.Pipeline("en", dir=str(models.dir), processors="tokenize,pos,lemma",
                          download_method=None, logging_level="WARN", tokenize_no_ssplit=True)
    docs = nlp.bulk_process([c for c in cues])
    heads, predicates = Counter(), Counter()
    for doc in docs:
        words = [w for s in doc.sentences for w in s.words if w.upos != "PUNCT"]
        if not words:
            heads[":"] += 1
            continue
        head = next((w for upos in ("VERB", "AUX", "NOUN", "ADP") for w in words if w.upos == upos), words[0])
        heads[(head.lemma or head.text).lower()] += 1
        predicates[" ".join((w.lemma or w.text).lower() for w in words)] += 1
    listed = {lemma for e in Lexicon.load(Settings().lexicons).reporting() for lemma in e.first_lemmas}
    print(f"{len(cues)} cues in {folder}")
    print(f"\nhead lemmas with >= {minimum} occurrences (* = no reporting entry)")
    for lemma, n in heads.most_common():
        if n < minimum:
            break
        print(f"  {'' if lemma in listed else '*'}{lemma:<20} {n:6d}")
    print(f"\nmultiword predicates with >= {minimum} occurrences")
    for phrase, n in predicates.most_common():
        if n < minimum:
            break
        if " " in phrase:
            print(f"  {phrase:<32} {n:6d}")


if __name__ == "__main__":
    main()
