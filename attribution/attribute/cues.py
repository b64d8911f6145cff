"""Reporting cues in a sentence: the lexicon's reporting entries matched on lemmas and tags.

Cues inside quotation marks belong to the quoted speaker, not to the article's frame, and are
left out. A negated cue ("did not say how") reports nothing said; "said" as an adjective ("the
said agreement") is no cue at all. An entry that asks for a VERB accepts a word the tagger got
wrong when the tree uses it as a predicate (the small tagger calls "says" a noun in "..., an
expert says").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribution.attribute.quotes import Quote
from attribution.document import Sentence, Word
from attribution.lexicon import Entry, Lexicon

_NEGATIONS = {"not", "never", "n't", "no"}


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
        return self.entry.id == "according-to"


_PREDICATE_RELATIONS = {"root", "parataxis", "ccomp", "advcl", "conj", "acl:relcl", "acl", "xcomp", "csubj"}


def acts_as_verb(sentence: Sentence, word: Word) -> bool:
    """Tagged a verb, or used as one: the small tagger calls "says" a noun in "an expert says"."""
    if word.upos in ("VERB", "AUX"):
        return True
    if word.deprel in ("amod", "compound", "det", "nmod", "obj", "nsubj", "obl", "case", "fixed"):
        return False  # "the said agreement"
    return word.deprel in _PREDICATE_RELATIONS or any(c.deprel.startswith("nsubj") for c in sentence.children(word))


def is_negated(sentence: Sentence, word: Word) -> bool:
    return any(c.lemma.lower() in _NEGATIONS and c.deprel in ("advmod", "neg", "det") for c in sentence.children(word))


def _match(sentence: Sentence, i: int, entry: Entry) -> tuple[Word, ...] | None:
    words = sentence.words
    out = []
    j = i
    for slot in entry.slots:
        if slot is None:
            continue  # reporting patterns are contiguous; gaps are for hedges
        if j >= len(words) or words[j].lemma.lower() not in slot and words[j].text.lower() not in slot:
            return None
        out.append(words[j])
        j += 1
    return tuple(out)


def find_cues(sentence: Sentence, lexicon: Lexicon, quotes: Sequence[Quote]) -> list[CueHit]:
    """Reporting cues of the sentence outside quotation marks, in order."""
    index = lexicon.by_first_lemma()
    hits: list[CueHit] = []
    taken: set[int] = set()
    for i, word in enumerate(sentence.words):
        if i in taken:
            continue
        for entry in index.get(word.lemma.lower(), ()) + index.get(word.text.lower(), ()):
            if entry.type != "reporting":
                continue
            matched = _match(sentence, i, entry)
            if not matched:
                continue
            if any(q.contains(matched[0].start, matched[-1].end) for q in quotes):
                continue
            if len(matched) == 1:
                wants_verb = "VERB" in entry.upos
                if wants_verb and not acts_as_verb(sentence, word):
                    continue
                if entry.upos and not wants_verb and word.upos not in entry.upos:
                    continue
                if is_negated(sentence, word):
                    continue
            hits.append(CueHit(sentence, matched, entry))
            taken.update(range(i, i + len(matched)))
            break
    return hits
