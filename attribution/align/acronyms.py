"""Acronyms and their expansions, learnt from the articles of one alignment run.

"the National Intelligence Service (NIS)" in one outlet and "the NIS" in another name one body;
so does "NIS" in an outlet that never spells it out, when another article of the run does. A
name of two or more capitalised words ("National Intelligence Service", "Center for Strategic
Communications and Information Security") gives its initials, with and without the small words
inside it (for, and, of); a word in capitals elsewhere in the run (2 to 6 letters) that equals
one of them stands for that name. Nothing is listed by hand: the articles define the acronyms.
"""

from __future__ import annotations

from collections.abc import Iterable

from attribution.document import Sentence

# small words a name may hold without breaking it ("Center *for* Strategic Communications")
_INNER = frozenset({"of", "for", "and", "the", "on", "in", "de"})
MIN_LETTERS, MAX_LETTERS = 2, 6


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and not text.isupper() and text.isalpha()


def name_runs(sentence: Sentence) -> list[list[str]]:
    """Runs of capitalised words, small words allowed inside, not at the ends."""
    runs: list[list[str]] = []
    current: list[str] = []
    for w in sentence.words:
        if _capitalised(w.text.replace("-", "")):
            current.append(w.text)
        elif current and w.text.lower() in _INNER:
            current.append(w.text)
        else:
            while current and current[-1].lower() in _INNER:
                current.pop()
            if sum(1 for t in current if t[:1].isupper()) >= 2:
                runs.append(current)
            current = []
    while current and current[-1].lower() in _INNER:
        current.pop()
    if sum(1 for t in current if t[:1].isupper()) >= 2:
        runs.append(current)
    return runs


def initials(words: list[str]) -> set[str]:
    """The acronyms a name can have: the initials of its capitalised words ("CSCIS" for "Center
    for Strategic Communications and Information Security") and of all its words ("CFSCAIS")."""
    caps = "".join(w[0] for w in words if w[:1].isupper()).lower()
    every = "".join(w[0] for w in words).lower()
    return {a for a in (caps, every) if MIN_LETTERS <= len(a) <= MAX_LETTERS}


class AcronymLearner:
    """Learns the acronyms of a run one sentence at a time, keeping no sentence: the words written
    in capitals and, per acronym a name could have, the shortest such name seen first. The run's
    acronyms are those of both (``learnt``), the same as :func:`learn_acronyms` over all sentences."""

    def __init__(self) -> None:
        self.written: set[str] = set()
        self.names: dict[str, tuple[str, ...]] = {}

    def add(self, sentence: Sentence) -> None:
        for w in sentence.words:
            if w.text.isupper() and w.text.isalpha() and MIN_LETTERS <= len(w.text) <= MAX_LETTERS:
                self.written.add(w.text.lower())
        for run in name_runs(sentence):
            for i in range(len(run)):
                tail = run[i:]
                if not tail[0][:1].isupper():
                    continue
                for acronym in initials(tail):
                    name = tuple(w.lower() for w in tail if w[:1].isupper())
                    known = self.names.get(acronym)
                    if known is None or len(name) < len(known):
                        self.names[acronym] = name

    def merge(self, other: AcronymLearner) -> None:
        """Add what ``other`` learnt from the sentences after this one's: the same as adding
        those sentences here (the shortest name seen first wins)."""
        self.written |= other.written
        for acronym, name in other.names.items():
            known = self.names.get(acronym)
            if known is None or len(name) < len(known):
                self.names[acronym] = name

    def learnt(self) -> dict[str, tuple[str, ...]]:
        """acronym (lower-cased) -> the lower-cased words of the name it stands for."""
        return {acronym: name for acronym, name in self.names.items() if acronym in self.written}


def learn_acronyms(sentences: Iterable[Sentence]) -> dict[str, tuple[str, ...]]:
    """acronym (lower-cased) -> the lower-cased words of the name it stands for (its capitalised
    words), for the acronyms written in capitals somewhere in ``sentences``."""
    learner = AcronymLearner()
    for s in sentences:
        learner.add(s)
    return learner.learnt()
