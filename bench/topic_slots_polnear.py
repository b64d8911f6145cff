"""How often each topic slot of each speech or writing word would give a right statement on
PolNeAR: the counts behind the topic rule of lexicons/reporting_corpus.yaml (a construction is
given to an entry's word when 0.80 or more of its topic statements are right, over enough of them).

    python bench/topic_slots_polnear.py [CORPUS_DIR] [--cache FILE] [--min 3] [--slots object,about,...]

CORPUS_DIR defaults to ../shared/corpora/polnear/train (mine on train, never on dev; a subset
folder of train with the same layout works too). Parses go through the parse cache. For each slot
(``object`` or a preposition: about, on, of, for, to, over by default), attribution is run once
with that slot added to the ``topic`` of every reporting entry of class speech or writing, for all
of its words (``topic_words`` lifted); the statement units whose first statement is of cue class
``topic`` are then counted by the cue's word and the construction its topic hangs by, with how many
are *right* (half their words in one gold content, as bench/cue_precision_polnear.py counts). A
row marked ``*`` is a word and construction the lexicon already gives. Prints counts, never text.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from attribution.attribute import attribute
from attribution.evaluate.coverage import HALF, _word_index, _words_in, units_of
from attribution.lexicon import Lexicon

from cue_precision_polnear import topic_construction  # bench/, beside this script
from polnear_corpus import parsed_corpus

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
SLOTS = ("object", "about", "on", "of", "for", "to", "over")
CLASSES = ("speech", "writing")


def with_slot(lexicon: Lexicon, slot: str) -> Lexicon:
    """The lexicon with ``slot`` added to the topic of every speech or writing entry, for all its words."""
    entries = {k: (replace(e, topic=tuple(dict.fromkeys((*e.topic, slot))), topic_words=())
                   if e.type == "reporting" and not e.is_rule and e.attribution_class in CLASSES else e)
               for k, e in lexicon.entries.items()}
    return replace(lexicon, entries=entries, _index=None, _second=None, _reporting_lemmas=None,
                   _reporting_part=None, _derived={})


def count_topics(parsed, by_id, lexicon: Lexicon) -> tuple[Counter, Counter]:
    """Topic statement units and right ones by (entry, word, construction)."""
    topics: Counter = Counter()
    right: Counter = Counter()
    for article, doc in parsed:
        index = _word_index(article.body)
        gold_words = [_words_in(index, a.content) for a in by_id[article.article_id].attributions]
        for unit in units_of(attribute(article, doc, lexicon), article.body, index):
            cue = unit.statements[0].cue
            if cue is None or unit.statements[0].cue_class != "topic":
                continue
            key = (cue.entry, cue.lemma.split()[0].lower(), topic_construction(doc, cue, lexicon))
            topics[key] += 1
            right[key] += any(unit.words and len(unit.words & g) >= HALF * len(unit.words) for g in gold_words)
    return topics, right


def admitted(lexicon: Lexicon, entry_id: str, word: str, slot: str) -> bool:
    entry = lexicon.entries.get(entry_id)
    return entry is not None and slot in entry.topic_for(word)


def main() -> None:
    argv = sys.argv[1:]
    options = {a: argv[i + 1] for i, a in enumerate(argv) if a in ("--cache", "--min", "--slots")}
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] not in options)]
    folder = Path(args[0]) if args else DEFAULT
    minimum = int(options.get("--min", 3))
    slots = tuple(options["--slots"].split(",")) if "--slots" in options else SLOTS
    parsed, by_id, lexicon = parsed_corpus(folder, Path(options["--cache"]) if "--cache" in options else None)
    print(f"{len(parsed)} articles of {folder}")
    print("topic statement units by slot, entry and word: units, right, precision (* already given)")
    for slot in slots:
        topics, right = count_topics(parsed, by_id, with_slot(lexicon, slot))
        rows = [(k, n) for k, n in topics.items() if k[2] == slot and n >= minimum]
        print(f"\n{slot}: {sum(n for k, n in topics.items() if k[2] == slot)} units, "
              f"{sum(right[k] for k in topics if k[2] == slot)} right")
        for (entry, word, _), n in sorted(rows, key=lambda kv: (-kv[1], kv[0])):
            mark = "*" if admitted(lexicon, entry, word, slot) else " "
            print(f" {mark} {entry + ' (' + word + ')':<36} {n:5d} {right[(entry, word, slot)]:5d}  "
                  f"{right[(entry, word, slot)] / n:.2f}")


if __name__ == "__main__":
    main()
