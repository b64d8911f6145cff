"""Which verb + object-noun pairs ("made allegations", "issued a warning", "voiced support") head
PolNeAR gold cues, and how precise each pair would be as a cue, counted before adding it.

    python bench/mine_light_verb_cues.py [CORPUS_DIR] [--cache FILE] [--min 5] [--verbs a,b]

CORPUS_DIR defaults to ../shared/corpora/polnear/train (mine on train, never on dev). Every verb
with a noun object is counted by (verb lemma, noun lemma): ``seen``, ``gold`` (a gold cue covers
the noun), ``sys`` (a system cue covers the verb or the noun). Rows with fewer than ``--min``
gold cues are left out, except pairs of a ``--verbs`` verb seen twice or more.
Prints counts only, never text.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from attribution.attribute import attribute

from polnear_corpus import parsed_corpus  # bench/, beside this script

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear" / "train"


def _covered(word, spans) -> bool:
    return any(a < word.end and word.start < b for a, b in spans)


def main() -> None:
    argv = sys.argv[1:]
    cache = Path(argv[argv.index("--cache") + 1]) if "--cache" in argv else None
    minimum = int(argv[argv.index("--min") + 1]) if "--min" in argv else 5
    wanted = set(argv[argv.index("--verbs") + 1].split(",")) if "--verbs" in argv else set()
    skip = {i + 1 for i, a in enumerate(argv) if a in ("--cache", "--min", "--verbs")}
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and i not in skip]
    folder = Path(args[0]) if args else DEFAULT
    parsed, by_id, lexicon = parsed_corpus(folder, cache)
    seen: Counter = Counter()
    gold: Counter = Counter()
    found: Counter = Counter()
    verbs: Counter = Counter()
    nouns: Counter = Counter()
    for article, doc in parsed:
        spans = [span for a in by_id[article.article_id].attributions for span in a.cue]
        system = [(s.cue.start, s.cue.end) for s in attribute(article, doc, lexicon) if s.cue is not None]
        for sentence in doc.sentences:
            for noun in sentence.words:
                verb = sentence.head_of(noun)
                if noun.relation != "obj" or noun.upos != "NOUN" or verb is None or verb.upos != "VERB":
                    continue
                key = (verb.lemma.lower(), noun.lemma.lower())
                seen[key] += 1
                hit = _covered(noun, spans)
                gold[key] += hit
                found[key] += _covered(noun, system) or _covered(verb, system)
                if hit:
                    verbs[key[0]] += 1
                    nouns[key[1]] += 1
    print(f"{len(parsed)} articles; verb + object noun: seen, gold cue on the noun, precision, system cue")
    for key in sorted(seen, key=lambda k: (-gold[k], k)):
        if gold[key] >= minimum or (key[0] in wanted and seen[key] >= 2):
            print(f"  {key[0]:<12} {key[1]:<16} {seen[key]:5d} {gold[key]:5d}  {gold[key] / seen[key]:.2f}  {found[key]:5d}")
    print("verbs of gold noun cues:", ", ".join(f"{v} {n}" for v, n in verbs.most_common(40)))
    print("nouns of gold noun cues:", ", ".join(f"{v} {n}" for v, n in nouns.most_common(80)))


if __name__ == "__main__":
    main()
