"""How often a speech verb followed by a preposition opens a gold content on PolNeAR, counted on
the text alone (no parse): a lower bound for a topic slot's precision over all of train, where
only a subset is parsed (bench/topic_slots_polnear.py counts the statements themselves).

    python bench/topic_prepositions_text.py [CORPUS_DIR] [--pairs "rail:against,boast:about+of"]

CORPUS_DIR defaults to ../shared/corpora/polnear/train. For each verb and preposition it finds
the verb's forms, an optional -ly adverb, then the preposition ("railed against", "boasted
openly of"), and counts the phrases and those where a gold Content span starts at the
preposition or within a word after it. Nouns of the same spelling ("the calls for") are counted
too, so the rate is a floor. Prints counts, never text.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "polnear" / "train"
PAIRS = {"rail": ("against",), "boast": ("about", "of"), "brag": ("about",), "warn": ("against", "of", "about"),
         "caution": ("against",), "protest": ("against",), "speak": ("about", "of", "on", "to", "against"),
         "talk": ("about", "of", "to"), "ask": ("about", "for"), "complain": ("about", "of"), "focus": ("on",),
         "respond": ("to",), "comment": ("on", "about"), "joke": ("about",), "say": ("about", "of"),
         "call": ("for", "on"), "refer": ("to",), "point": ("to",), "hint": ("at",), "allude": ("to",)}
IRREGULAR = {"speak": ("spoke", "spoken"), "say": ("said",), "brag": ("bragged", "bragging"), "refer": ("referred", "referring")}
NEAR = 4  # characters after the preposition within which the content may start (a space, a quote mark)


def forms(verb: str) -> list[str]:
    """The verb's regular forms and the irregular ones of IRREGULAR."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return sorted({verb, verb + "s", verb + "es", verb + "d", verb + "ed", stem + "ing", *IRREGULAR.get(verb, ())})


def content_starts(ann: Path) -> set[int]:
    """Where the gold Content spans of one brat file start (each piece of a split span)."""
    starts = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) > 1 and fields[1].startswith("Content "):
            starts |= {int(part.split()[0]) for part in fields[1][len("Content "):].split(";")}
    return starts


def parse_pairs(text: str) -> dict[str, tuple[str, ...]]:
    return {verb: tuple(preps.split("+")) for verb, preps in (item.split(":") for item in text.split(","))}


def main() -> None:
    argv = sys.argv[1:]
    pairs = parse_pairs(argv[argv.index("--pairs") + 1]) if "--pairs" in argv else PAIRS
    skip = {argv.index("--pairs") + 1} if "--pairs" in argv else set()
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and i not in skip]
    folder = Path(args[0]) if args else DEFAULT
    patterns = {(verb, prep): re.compile(r"\b(" + "|".join(map(re.escape, forms(verb))) + r")( [a-z]+ly)? ("
                                         + re.escape(prep) + r") ", re.I)
                for verb, preps in pairs.items() for prep in preps}
    found: Counter = Counter()
    right: Counter = Counter()
    seen: set[str] = set()
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.name.rsplit("_", 1)[0]
        text = folder / "text" / f"{name}.txt"
        if name in seen or not text.exists():
            continue  # one annotator per article
        seen.add(name)
        body, starts = text.read_text(encoding="utf-8"), content_starts(ann)
        for key, pattern in patterns.items():
            for match in pattern.finditer(body):
                found[key] += 1
                right[key] += any(match.start(3) <= s <= match.end(3) + NEAR for s in starts)
    print(f"{len(seen)} articles of {folder}: verb + preposition, phrases, a gold content opens there, rate")
    for (verb, prep), n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {verb + ' ' + prep:<20} {n:5d} {right[(verb, prep)]:5d}  {right[(verb, prep)] / n:.2f}")


if __name__ == "__main__":
    main()
