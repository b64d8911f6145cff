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

from collections import Counter

from attribution.attribute import attribute

from polnear_corpus import corpus_arguments, parsed_corpus  # bench/, beside this script


def _covered(word, spans) -> bool:
    return any(a < word.end and word.start < b for a, b in spans)


def main() -> None:
    parser = corpus_arguments(__doc__)
    parser.add_argument("--min", type=int, default=5, metavar="N", help="print only pairs with N gold cues or more (5)")
    parser.add_argument("--verbs", metavar="A,B", help="also print every pair of these verbs seen twice or more")
    args = parser.parse_args()
    minimum = args.min
    wanted = set(args.verbs.split(",")) if args.verbs is not None else set()
    parsed, by_id, lexicon = parsed_corpus(args.folder, args.cache)
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
