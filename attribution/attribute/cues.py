"""Reporting cues in a sentence: the lexicon's reporting entries, found by the one matcher.

Cues inside quotation marks belong to the quoted speaker, not to the article's frame, and are
left out. A negated cue ("did not say how") reports nothing said; "said" as an adjective ("the
said agreement") is no cue at all. An entry that asks for a VERB accepts a word the tagger got
wrong when the tree uses it as a predicate (the small tagger calls "says" a noun in "..., an
expert says"): :func:`attribution.matching.used_as_verb`.

A verb the lexicon does not list still reports something when it has a nominal subject and a
clause of its own as complement ("the senator *quipped* that ...") or stands next to a quotation
('"...," the senator *quipped*.'): it becomes a cue of the lexicon's ``reporting_unlisted``
entry, so the sentence is attributed, marked as found by its tree rather than by the lexicon,
never left in the outlet's own voice. Verbs that take such a clause without reporting anything
("this *means* that ...", "to *ensure* that ...") are the grammar class ``non_reporting_verbs``.

Cues of a class the user left out (``attribution: exclude_classes``, see
:meth:`attribution.lexicon.Lexicon.excluding`) are dropped here, after matching, so their
sentence stays the outlet's own and their words are never taken for unlisted verbs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribution.attribute.quotes import Quote
from attribution.document import Sentence, Word
from attribution.lexicon import Entry, Lexicon
from attribution.matching import Grammar, Matcher, is_clause, is_negated, used_as_verb


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


def _spans(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in quotes]


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
            if len(words) == 1 and is_negated(sentence, word, matcher.grammar, _spans(quotes)):
                continue
            hits.append(CueHit(sentence, words, match.entry))
            taken.update(match.words)
            break
    unlisted = lexicon.unlisted()
    if unlisted is not None and unlisted.attribution_class not in lexicon.excluded_classes:
        listed = lexicon.reporting_lemmas()
        for word in sentence.words:
            if word.id not in taken and word.lemma.lower() not in listed and word.text.lower() not in listed \
                    and reports_unlisted(sentence, word, quotes, matcher.grammar):
                hits.append(CueHit(sentence, (word,), unlisted))
        hits.sort(key=lambda h: h.start)
    if lexicon.excluded_classes:  # "she believes ...": a statement only if the user wants beliefs
        hits = [h for h in hits if h.entry.attribution_class not in lexicon.excluded_classes]
    return hits


_SUBJECT_TAGS = ("NOUN", "PROPN", "PRON")


def reports_unlisted(sentence: Sentence, word: Word, quotes: Sequence[Quote], grammar: Grammar) -> bool:
    """A verb outside the lexicon that reports: not negated, not inside a quotation, with a
    nominal subject of its own ("*the senator* quipped"; not "it", not a relative "who" of a noun
    phrase's clause) and either a complement that is a clause of its own (a subject or ``that``)
    or a quotation right next to the subject and verb (only punctuation between)."""
    if word.upos != "VERB" or word.lemma.lower() in grammar.non_reporting_verbs or word.deprel in grammar.nominal_relations:
        return False
    if any(q.contains(word.start, word.end) for q in quotes) or is_negated(sentence, word, grammar, _spans(quotes)):
        return False
    children = sentence.children(word)
    subjects = [c for c in children if c.deprel == "nsubj" and c.upos in _SUBJECT_TAGS and c.lemma.lower() not in ("it", "this", "that")]
    if not subjects:
        return False
    if any(c.deprel == "ccomp" and c.id > word.id and is_clause(sentence, c, grammar) for c in children):
        return True
    subject = subjects[0]
    phrase = sentence.subtree(subject)
    first, last = min(phrase[0].id, word.id), max(phrase[-1].id, word.id)
    frame = [w for w in sentence.words if first <= w.id <= last]
    if any(w.upos == "VERB" and w.id != word.id for w in frame) or len(frame) > 6:
        return False  # a short frame only: "the senator quipped", "quipped the senator"
    lo, hi = frame[0], frame[-1]
    after = sentence.words[hi.id] if hi.id < len(sentence.words) else None
    for q in quotes:
        if sentence.start - 3 <= q.end <= lo.start:  # '"...," the senator quipped.'
            between = [w for w in sentence.words if q.end <= w.start and w.end <= lo.start]
            if all(w.upos == "PUNCT" for w in between) and (after is None or after.upos == "PUNCT"):
                return True
        if hi.end <= q.start <= sentence.end:  # 'The senator quipped: "..."'
            between = [w for w in sentence.words if hi.end <= w.start and w.end <= q.start]
            before = [w for w in sentence.words if w.end <= lo.start and w.upos != "PUNCT"]
            if between and all(w.upos == "PUNCT" for w in between) and between[-1].text in (":", ",") and not before:
                return True
    return False
