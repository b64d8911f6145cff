"""How often a word heads a PolNeAR gold attribution cue, by lemma and construction: the
precision a candidate lexicon entry would have, counted before adding it.

    python bench/lemma_precision_polnear.py [CORPUS_DIR] [--cache FILE] [--lemmas a,b,c] [--min 10] [--unlisted]

CORPUS_DIR defaults to ../shared/corpora/polnear/train (mine on train, never on dev). Every
content word (verb, noun, adjective, adverb, adposition) of every sentence is counted by its lemma
and construction (``that`` finite clause, ``to`` infinitive, ``obj`` object, ``as`` as-phrase,
``pass`` passive, ``bare`` none of these; a passive with an as-phrase is ``pass-as``); ``gold``
is how many of those are the head word of a gold cue (its first verb, else noun, else word;
an adjective anywhere in a gold cue, whose copula coverage.cue_lemma takes for its head), ``sys`` how many the system already takes as the
cue of one of its statements. ``--lemmas`` keeps only those lemmas; ``--unlisted`` only lemmas no
reporting entry of the shipped lexicon names as its first word. Prints counts only, never text.
"""

from __future__ import annotations

from collections import Counter

from attribution.attribute import attribute
from attribution.document import ParsedDoc, Sentence, Word
from attribution.evaluate.coverage import cue_classes

from polnear_corpus import corpus_arguments, parsed_corpus  # bench/, beside this script

COUNTED = ("VERB", "NOUN", "ADJ", "ADV", "ADP")


def construction(sentence: Sentence, word: Word) -> str:
    """The complement shape of ``word``: what a lexicon entry's constraints would ask for."""
    kids = sentence.children(word)
    relations = {k.relation for k in kids}
    passive = any(k.deprel in ("aux:pass", "nsubj:pass") for k in kids)
    as_phrase = any(k.relation in ("obl", "xcomp", "advcl") and any(
        c.lemma.lower() == "as" and c.relation in ("case", "mark") for c in sentence.children(k)) for k in kids)
    for kid in kids:
        marks = {c.lemma.lower() for c in sentence.children(kid) if c.relation == "mark"}
        if kid.relation in ("ccomp", "acl") and ("that" in marks or (kid.relation == "ccomp" and not marks)):
            return "that"
        if kid.relation in ("xcomp", "acl", "advcl") and "to" in marks and kid.upos in ("VERB", "AUX"):
            return "to"
    if passive:
        return "pass-as" if as_phrase else "pass"
    if as_phrase:
        return "as"
    return "obj" if "obj" in relations else "bare"


def gold_cue_heads(doc: ParsedDoc, cues: list) -> set[int]:
    """Start offsets of the head word of each gold cue, chosen as coverage.cue_lemma chooses it
    (first verb, else auxiliary, else noun, else first word): "also said" counts "say", not "also"."""
    heads: set[int] = set()
    for cue in cues:
        words = [w for sentence in doc.sentences for w in sentence.words
                 if w.upos != "PUNCT" and any(a < w.end and w.start < b for a, b in cue)]
        chosen = next(([w for w in words if w.upos == upos] for upos in ("VERB", "AUX", "NOUN")
                       if any(w.upos == upos for w in words)), words)
        if chosen:
            heads.add(chosen[0].start)
    return heads


def main() -> None:
    parser = corpus_arguments(__doc__)
    parser.add_argument("--min", type=int, default=10, metavar="N", help="print only rows with N gold cues or more (10)")
    parser.add_argument("--lemmas", metavar="A,B,C", help="count only these lemmas (comma-separated), every row of them")
    parser.add_argument("--unlisted", action="store_true", help="count only lemmas no reporting entry names first")
    args = parser.parse_args()
    minimum = args.min
    wanted = set(args.lemmas.split(",")) if args.lemmas is not None else None
    parsed, by_id, lexicon = parsed_corpus(args.folder, args.cache)
    listed = set(cue_classes(lexicon))
    seen: Counter = Counter()
    gold: Counter = Counter()
    found: Counter = Counter()
    for article, doc in parsed:
        cues = [a.cue for a in by_id[article.article_id].attributions]
        heads = gold_cue_heads(doc, cues)
        spans = [span for cue in cues for span in cue]
        system = [(s.cue.start, s.cue.end) for s in attribute(article, doc, lexicon) if s.cue is not None]
        for sentence in doc.sentences:
            for word in sentence.words:
                lemma = word.lemma.lower()
                if word.upos not in COUNTED or (wanted is not None and lemma not in wanted):
                    continue
                if args.unlisted and lemma in listed:
                    continue
                key = (lemma, word.upos, construction(sentence, word))
                seen[key] += 1
                gold[key] += word.start in heads or (word.upos == "ADJ" and any(  # "is confident": the copula heads it
                    a < word.end and word.start < b for a, b in spans))
                found[key] += any(a < word.end and word.start < b for a, b in system)
    print(f"{len(parsed)} articles of {args.folder}; lemma, tag, construction: seen, in a gold cue, "
          f"precision, taken by the system (only rows with >= {minimum} gold cues, or every row with --lemmas)")
    rows = sorted(seen, key=lambda k: (-gold[k], k))
    for key in rows:
        if gold[key] >= minimum or (wanted is not None and seen[key] >= 1):
            lemma, upos, shape = key
            print(f"  {lemma:<16} {upos:<5} {shape:<8} {seen[key]:6d} {gold[key]:5d}  {gold[key] / seen[key]:.2f}  {found[key]:5d}")


if __name__ == "__main__":
    main()
