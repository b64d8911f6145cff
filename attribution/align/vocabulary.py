"""Words as alignment compares them: spelling variants, synonyms, name aliases, numbers.

A word of the parse becomes one or more :class:`Term` s. A term carries every form it can be
recognised by (the lemma and the surface word, both lower-cased and with British spellings
mapped to American ones), the synonym groups it belongs to, and its index key (the form used for
rarity counts). The small models sometimes give a wrong lemma ("Pyongyang" -> "pyongy"), so the
surface form is always kept as a second way to match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from attribution.align.acronyms import learn_acronyms
from attribution.align.numbers import (
    Approximators, Quantity, continues_digits, digits_value, joined_digits, range_token, read_quantities,
)
from attribution.align.tuning import AlignmentTuning
from attribution.document import Sentence, Word
from attribution.lexicon import Lexicon

_WORDLIKE = re.compile(r"\w", re.UNICODE)
# hedge and booster words that only qualify (allegedly, clearly, may) are left out of the
# comparison; one that is the predicate ("the location is unknown") is what the claim says
QUALIFIER_UPOS = frozenset({"ADV", "AUX", "PART"})
_QUOTES = frozenset("\"'“”‘’«»")
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "–", "—", "-"})


@dataclass(frozen=True)
class Term:
    """One content word of a unit, in the forms it is compared by."""

    key: str
    forms: frozenset[str]
    groups: frozenset[int]
    factor: float = 1.0  # how much of a content word it counts (reporting verbs count less)


class Vocabulary:
    """Turns parsed words into terms; built once per alignment run from the tuning and lexicon."""

    def __init__(self, tuning: AlignmentTuning, lexicon: Lexicon):
        self.tuning = tuning
        self.aliases: dict[str, tuple[str, ...]] = dict(tuning.aliases)  # and the acronyms of a run
        self.approximators = Approximators.of(tuning.approximators, tuning.approximate_share, tuning.range_openers)
        self._groups: dict[str, set[int]] = {}
        self._spelled: dict[str, str] = {}  # spell() is called for every word of every statement
        for index, group in enumerate(tuning.synonym_groups):
            for word in group:
                self._groups.setdefault(self.spell(word), set()).add(index)
        # words that frame or qualify a claim rather than state it, read from the lexicon:
        # reporting verbs count a little; hedge and booster words not at all. Only plain verbs
        # of saying and writing frame a claim: the corpus lexicon's verbs that report only with
        # an object or a quotation (call, describe, support, want, see) are claim words too
        self.reporting_lemmas: frozenset[str] = frozenset(
            lemma for e in lexicon.reporting()
            if len(e.slots) == 1 and e.attribution_class in ("speech", "writing") and e.governs in (None, "clause")
            for lemma in e.first_lemmas
        )
        self.cue_lemmas: frozenset[str] = frozenset(
            lemma
            for e in lexicon.entries.values()
            if e.enabled and e.type in ("hedge", "booster") and len(e.slots) == 1
            for lemma in e.first_lemmas
        )

    def learn_acronyms(self, sentences: Iterable[Sentence]) -> None:
        """Add the acronyms the articles spell out (acronyms.py) to the aliases; a hand-listed
        alias wins over a learnt one."""
        self.learn(learn_acronyms(sentences))

    def learn(self, acronyms: dict[str, tuple[str, ...]]) -> None:
        """Add learnt acronyms (acronym -> the words of its name); a hand-listed alias wins."""
        for acronym, name in acronyms.items():
            self.aliases.setdefault(acronym, name)

    # -- normalisation ---------------------------------------------------------------------

    def spell(self, word: str) -> str:
        """American spelling of a lower-cased word: centre -> center, neighbouring -> neighboring."""
        spelled = self._spelled.get(word)
        if spelled is None:
            spelled = self._spelled[word] = self._spell(word)
        return spelled

    def _spell(self, word: str) -> str:
        if word in self.tuning.spelling_pairs:
            return self.tuning.spelling_pairs[word]
        for british, american in self.tuning.suffix_rules:
            if british not in word:
                continue  # no ending can follow it (most words, most rules): spare the six tests
            for ending in ("", "s", "d", "ing", "ed", "es"):
                tail = british + ending
                if word.endswith(tail) and len(word) - len(tail) >= self.tuning.suffix_min_stem:
                    return word[: len(word) - len(tail)] + american + ending
        return word

    def groups_of(self, forms: frozenset[str]) -> frozenset[int]:
        out: set[int] = set()
        for f in forms:
            out |= self._groups.get(f, set())
        return frozenset(out)

    def number(self, sentence: Sentence, word: Word) -> float | None:
        """The value of a number word (11,000 / 5 000 / 2.5 million / twelve), or None; None too
        for the part of a number that belongs to the word before ("000" of "5 000", "million" of
        "2.5 million")."""
        text = word.text.lower()
        if self.continues_number(sentence, word):
            return None
        value = joined_digits(sentence, word)
        if value is None:
            value = digits_value(text)
        if value is None and text in self.tuning.number_words:
            value = self.tuning.number_words[text]
        if value is None:
            return None
        if word.id < len(sentence.words):
            following = sentence.words[word.id]  # the next word (ids are 1-based)
            if following.text.lower() in self.tuning.multipliers and following.upos == "NUM":
                value *= self.tuning.multipliers[following.text.lower()]
        return value

    def continues_number(self, sentence: Sentence, word: Word) -> bool:
        """A token that only continues the number before it: "000" of "5 000", "million" of "2.5 million"."""
        if continues_digits(sentence, word):
            return True
        if word.id > 1 and word.text.lower() in self.tuning.multipliers:
            before = sentence.word(word.id - 1)
            return before.upos == "NUM" and self._plain_value(before) is not None
        return False

    def _plain_value(self, word: Word) -> float | None:
        text = word.text.lower()
        value = digits_value(text)
        return self.tuning.number_words.get(text) if value is None else value

    def quantities(self, sentence: Sentence, inside: frozenset[int]) -> tuple[Quantity, ...]:
        """The numbers the words ``inside`` state, each with its approximator (numbers.py)."""
        def value_of(w: Word) -> float | None:
            return self.number(sentence, w) if w.upos == "NUM" or digits_value(w.text) is not None else None
        return read_quantities(sentence.words, value_of, self.approximators, inside)

    def is_name(self, sentence: Sentence, word: Word) -> bool:
        """A proper name or a word formed from one (Russian, Korean): tagged so, or capitalised
        inside the sentence (the tagger misses rare names)."""
        if word.upos == "PROPN":
            return True
        if word.upos not in ("ADJ", "NOUN", "VERB", "ADV") or not word.text[:1].isupper() or word.text.isupper():
            return False
        before = [w for w in sentence.words[: word.id - 1] if w.text not in _QUOTES]
        return bool(before) and before[-1].text not in _SENTENCE_ENDS  # not capitalised for starting a sentence

    def is_content(self, word: Word) -> bool:
        lemma = word.lemma.lower()
        return (
            word.upos in self.tuning.units.content_upos
            and bool(_WORDLIKE.search(word.text))
            and lemma not in self.tuning.stop_lemmas
            and word.text.lower() not in self.tuning.stop_lemmas
            and not (lemma in self.cue_lemmas and word.upos in QUALIFIER_UPOS)
        )

    # -- terms -----------------------------------------------------------------------------

    def terms(self, sentence: Sentence, word: Word) -> list[Term]:
        """The terms of one word (none for function words; an alias gives the words of its name)."""
        if not self.is_content(word):
            return []
        if word.upos == "NUM" or digits_value(word.text) is not None or range_token(word.text):
            if self.continues_number(sentence, word):
                return []
            ends = range_token(word.text)
            values = list(ends) if ends else [self.number(sentence, word)]
            if all(v is not None for v in values):
                return [Term(k, frozenset({k}), frozenset()) for k in (f"#{v:g}" for v in values)]
        text = word.text.lower().replace("’", "'")
        lemma = word.lemma.lower()
        if text.endswith("'s"):
            text = text[:-2]
        name = self.is_name(sentence, word)
        if name and text in self.aliases:
            return [Term(part, frozenset({part}), self.groups_of(frozenset({part}))) for part in self.aliases[text]]
        base = text if name else lemma  # the lemmatiser mangles rare names; their text is safer
        forms = frozenset(self.spell(f) for f in (base, text, lemma) if f)
        # a preposition right before its noun may be written as one word with it elsewhere
        # ("on board" / "onboard", "on line" / "online", "over seas" / "overseas")
        before = sentence.word(word.id - 1) if word.id > 1 else None
        if before is not None and before.relation == "case" and before.head == word.id and before.text.isalpha():
            forms |= {before.text.lower() + text}
        factor = self.tuning.similarity.reporting_word_weight if lemma in self.reporting_lemmas else 1.0
        key = self.spell(base)
        return [Term(key, forms, self.groups_of(forms), factor)]


    def keys(self, sentence: Sentence, word: Word) -> tuple[str, ...]:
        """The index keys of the word's terms (``t.key for t in terms(...)``), without the forms
        and synonym groups: the claims stage counts the keys of every word of a run and reads
        nothing else. The same lookups as :meth:`terms`, in the same order."""
        if not self.is_content(word):
            return ()
        if word.upos == "NUM" or digits_value(word.text) is not None or range_token(word.text):
            if self.continues_number(sentence, word):
                return ()
            ends = range_token(word.text)
            values = list(ends) if ends else [self.number(sentence, word)]
            if all(v is not None for v in values):
                return tuple(f"#{v:g}" for v in values)
        text = word.text.lower().replace("’", "'")
        if text.endswith("'s"):
            text = text[:-2]
        name = self.is_name(sentence, word)
        if name and text in self.aliases:
            return tuple(self.aliases[text])
        return (self.spell(text if name else word.lemma.lower()),)


def prefix_related(a: str, b: str, min_chars: int) -> bool:
    """Related forms of one word: a long common beginning that misses at most the last letter of
    the shorter one (Korea/Korean, Ukraine/Ukrainian, introduce/introduction)."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < min_chars:
        return False
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= min_chars and common >= shorter - 1
