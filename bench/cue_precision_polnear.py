"""How often each reporting cue the lexicon finds is a cue of PolNeAR's gold, by lemma: the
precision figures behind the constraints of lexicons/reporting_corpus.yaml.

    python bench/cue_precision_polnear.py [CORPUS_DIR] [--cache FILE] [--min 3]

CORPUS_DIR defaults to ../shared/corpora/polnear/train (mine and tune on train, never on dev; a
subset folder of train with the same layout works too). Parses go through the parse cache. For
every cue the attribution stage finds (outside quotation marks, not negated), and for every verb
the unlisted-verb rule takes (``reporting_unlisted``), it counts whether the cue word lies in a
gold Cue span; and, for the statements attribution makes, grouped as the coverage score groups
them (attribution/evaluate/coverage.py), how many are *right* (half their words in one gold
content) by the lexicon entry of their cue: the precision that counts. The units whose first
statement is of cue class ``topic`` are also counted by entry, word and construction (``object``
or the preposition: the topic rule of lexicons/reporting_corpus.yaml enables a construction at
0.80 right or more). Prints counts by lemma and entry, never corpus text.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from attribution.attribute import attribute
from attribution.attribute.cues import find_cues
from attribution.attribute.quotes import find_quotes
from attribution.attribute.words import speaker_words
from attribution.evaluate.coverage import HALF, _word_index, _words_in, units_of
from attribution.matching import topic_of
from attribution.parse import paragraph_starts

from polnear_corpus import corpus_arguments, parsed_corpus  # bench/, beside this script


def main() -> None:
    parser = corpus_arguments(__doc__)
    parser.add_argument("--min", type=int, default=3, metavar="N", help="print only lemmas found N times or more (3)")
    parser.add_argument("--lemmas", action="store_true", help="count the units by entry and lemma, not by entry alone")
    args = parser.parse_args()
    minimum = args.min
    parsed, by_id, lexicon = parsed_corpus(args.folder, args.cache)
    found: Counter = Counter()
    right: Counter = Counter()
    by_entry: Counter = Counter()
    right_entry: Counter = Counter()
    data_heads = speaker_words(overlays=tuple(Path(p) for p in lexicon.speaker_files)).data_heads
    units: Counter = Counter()
    units_right: Counter = Counter()
    topics: Counter = Counter()
    topics_right: Counter = Counter()
    for article, doc in parsed:
        index = _word_index(article.body)
        gold_words = [_words_in(index, a.content) for a in by_id[article.article_id].attributions]
        for unit in units_of(attribute(article, doc, lexicon), article.body, index):
            cue = unit.statements[0].cue
            key = (f"{cue.entry} ({cue.lemma})" if args.lemmas else cue.entry) if cue is not None and cue.entry else "-"
            units[key] += 1
            good = any(unit.words and len(unit.words & g) >= HALF * len(unit.words) for g in gold_words)
            units_right[key] += good
            if cue is not None and unit.statements[0].cue_class == "topic":
                topic_key = (cue.entry, cue.lemma.split()[0], topic_construction(doc, cue, lexicon))
                topics[topic_key] += 1
                topics_right[topic_key] += good
        cue_spans = [span for a in by_id[article.article_id].attributions for span in a.cue]
        quotes = find_quotes(article.body, paragraph_starts(article.body))
        for sentence in doc.sentences:
            for hit in find_cues(sentence, lexicon, quotes, data_heads=data_heads):
                key = ("(unlisted) " if hit.entry.is_unlisted else "") + hit.lemma
                good = any(a < hit.verb.end and hit.verb.start < b for a, b in cue_spans)
                found[key] += 1
                right[key] += good
                by_entry[hit.entry.id] += 1
                right_entry[hit.entry.id] += good
    print(f"{len(parsed)} articles of {args.folder}")
    print(f"\ncues found by lemma (>= {minimum}): found, in a gold cue, precision")
    for key, n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= minimum:
            print(f"  {key:<32} {n:5d} {right[key]:5d}  {right[key] / n:.2f}")
    print("\nby entry: found, in a gold cue, precision")
    for key, n in sorted(by_entry.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {key:<32} {n:5d} {right_entry[key]:5d}  {right_entry[key] / n:.2f}")
    print("\nstatement units by the entry of their cue: units, right, precision")
    for key, n in sorted(units.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {key:<32} {n:5d} {units_right[key]:5d}  {units_right[key] / n:.2f}")
    print(f"  {'ALL':<32} {sum(units.values()):5d} {sum(units_right.values()):5d}  "
          f"{sum(units_right.values()) / max(sum(units.values()), 1):.2f}")
    print("\ntopic statement units by entry, word and construction: units, right, precision")
    for (entry, word, construction), n in sorted(topics.items(), key=lambda kv: (kv[0][0], -kv[1], kv[0])):
        label = f"{entry} ({word}, {construction})"
        print(f"  {label:<40} {n:5d} {topics_right[(entry, word, construction)]:5d}  "
              f"{topics_right[(entry, word, construction)] / n:.2f}")
    total, good = sum(found.values()), sum(right.values())
    print(f"\nall: {total} found, {good} in a gold cue ({good / max(total, 1):.2f})")


def topic_construction(doc, cue, lexicon) -> str:
    """How the topic hangs on its cue word: ``object``, ``gerund`` (a gerund clause as the
    object), the preposition, or ``other``."""
    entry = lexicon.entries.get(cue.entry)
    for sentence in doc.sentences:
        word = next((w for w in sentence.words if w.start == cue.start), None)
        if word is None or entry is None:
            continue
        head = topic_of(sentence, word, entry.topic_for(word.lemma))
        if head is None:
            return "other"
        if head.relation == "obj":
            return "object"
        if head.relation in ("xcomp", "ccomp") and head.xpos == "VBG":
            return "gerund"
        return next((c.lemma.lower() for c in sentence.children(head) if c.relation == "case"), "other")
    return "other"


if __name__ == "__main__":
    main()
