"""Reporting cues in a sentence: the lexicon's reporting entries, found by the one matcher.

Cues inside quotation marks belong to the quoted speaker, not to the article's frame, and are
left out. A negated cue ("did not say how") reports nothing said; "said" as an adjective ("the
said agreement") is no cue at all. An entry that asks for a VERB accepts a word the tagger got
wrong when the tree uses it as a predicate (the small tagger calls "says" a noun in "..., an
expert says"): :func:`attribution.matching.used_as_verb`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribution.attribute.quotes import Quote
from attribution.document import Sentence, Word
from attribution.lexicon import Entry, Lexicon
from attribution.matching import Grammar, Matcher, is_negated, used_as_verb


@dataclass(frozen=True)
class CueHit:
    sentence: Sentence
    words: tuple[Word, ...]
    entry: Entry

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def verb(self) -> Word:
        """The word that heads the frame: "said"; "quoted" of "quoted as saying"; "according"."""
        return self.words[0]

    @property
    def lemma(self) -> str:
        return " ".join(w.lemma.lower() for w in self.words)

    @property
    def is_according_to(self) -> bool:
        """A source named in a prepositional phrase ("according to X"): a pattern of several
        words none of which is used as a verb of its own, the first a preposition (``case``)."""
        first = self.words[0]
        return len(self.words) > 1 and (first.relation in ("case", "fixed", "mark") or first.upos == "ADP")


def acts_as_verb(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    return used_as_verb(sentence, word, grammar)


def find_cues(sentence: Sentence, lexicon: Lexicon, quotes: Sequence[Quote], matcher: Matcher | None = None) -> list[CueHit]:
    """Reporting cues of the sentence outside quotation marks, in order."""
    matcher = matcher or Matcher(lexicon)
    hits: list[CueHit] = []
    taken: set[int] = set()
    for word in sentence.words:
        if word.id in taken:
            continue
        for match in matcher.at(sentence, word, types=("reporting",)):
            words = tuple(sentence.word(i) for i in match.words)
            if any(q.contains(words[0].start, words[-1].end) for q in quotes):
                continue
            if len(words) == 1 and is_negated(sentence, word, matcher.grammar):
                continue
            hits.append(CueHit(sentence, words, match.entry))
            taken.update(match.words)
            break
    return hits
