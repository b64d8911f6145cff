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

from attribution.attribute.learned import Verdict, candidates, features, load_model
from attribution.attribute.quotes import Quote
from attribution.document import Sentence, Word
from attribution.lexicon import Entry, Lexicon
from attribution.matching import Grammar, Matcher, by_agent, closing_shape, is_clause, is_negated, used_as_verb


@dataclass(frozen=True)
class CueHit:
    sentence: Sentence
    words: tuple[Word, ...]
    entry: Entry
    perspective: bool = False  # "For X, ...": a one-word frame read like "according to X"

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
        return self.perspective or len(self.words) > 1 and (first.relation in ("case", "fixed", "mark") or first.upos == "ADP")


def acts_as_verb(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    return used_as_verb(sentence, word, grammar)


def _spans(quotes: Sequence[Quote]) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in quotes]


def find_cues(sentence: Sentence, lexicon: Lexicon, quotes: Sequence[Quote], matcher: Matcher | None = None,
              data_heads: frozenset[str] = frozenset(), time_words: frozenset[str] = frozenset()) -> list[CueHit]:
    """Reporting cues of the sentence outside quotation marks, in order. ``data_heads``: the
    nouns for counts and findings (speakers.yaml) whose document verb reports with an object
    too (:func:`finding_entry`)."""
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
            if len(words) == 1 and word.lemma.lower() not in matcher.grammar.neg_raising_verbs \
                    and is_negated(sentence, word, matcher.grammar, _spans(quotes)):
                continue  # "did not say how": nothing said; "does not think ...": still a thought
            hits.append(CueHit(sentence, words, match.entry))
            taken.update(match.words)
            break
        else:
            entry = finding_entry(sentence, word, lexicon, data_heads, time_words) if data_heads else None
            if entry is not None and not any(q.contains(word.start, word.end) for q in quotes) \
                    and not is_negated(sentence, word, matcher.grammar):
                hits.append(CueHit(sentence, (word,), entry))
                taken.add(word.id)
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


def lexicon_verdict(sentence: Sentence, word: Word, lexicon: Lexicon, matcher: Matcher, quotes: Sequence[Quote]) -> Verdict:
    """What the lexicon makes of a verb, a feature of the learned cue model: the class and
    category of the first entry that matches there (negated or not), ``listed_unmatched`` for a
    listed lemma whose entries' conditions fail, ``unlisted`` when the unlisted-verb rule takes
    it, ``none`` otherwise."""
    matches = matcher.at(sentence, word, types=("reporting",))
    if matches:
        return Verdict(matches[0].entry.attribution_class, matches[0].entry.category)
    if word.lemma.lower() in lexicon.reporting_lemmas() or word.text.lower() in lexicon.reporting_lemmas():
        return Verdict("listed_unmatched", "none")
    if lexicon.unlisted() is not None and reports_unlisted(sentence, word, quotes, matcher.grammar):
        return Verdict("unlisted", "reporting_unlisted")
    return Verdict("none", "none")


def learned_hits(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote], taken: Sequence[CueHit],
                 roles: frozenset[str], matcher: Matcher | None = None) -> list[CueHit]:
    """Cues of the ``reporting_learned`` entry: verbs no entry or rule took (``taken``: the cues
    the lexicon and the rules found in the sentence), not negated, that the learned cue model
    scores at or above its threshold (attribute/learned.py). None when the entry is off or left
    out, or without a usable model file: the rules alone."""
    entry = lexicon.learned()
    if entry is None or entry.attribution_class in lexicon.excluded_classes:
        return []
    model = load_model()
    if model is None:
        return []
    matcher = matcher or Matcher(lexicon)
    taken_ids = {w.id for h in taken for w in h.words}
    excluded = frozenset(lemma for e in lexicon.reporting() if e.attribution_class in lexicon.excluded_classes
                         for lemma in e.first_lemmas) if lexicon.excluded_classes else frozenset()
    hits = []
    for word in candidates(sentence, quotes):
        if word.id in taken_ids or is_negated(sentence, word, matcher.grammar, _spans(quotes)):
            continue
        verdict = lexicon_verdict(sentence, word, lexicon, matcher, quotes)
        if verdict.cue_class in lexicon.excluded_classes or spelled_in(word, excluded):
            continue  # "she believes ..." with beliefs left out: the outlet's own sentence, never the model's
        names = features(sentence, word, body, quotes, matcher.grammar, verdict, roles, frozenset(taken_ids))
        if model.probability(names) >= model.threshold:
            hits.append(CueHit(sentence, (word,), entry))
    return hits


def finding_entry(sentence: Sentence, word: Word, lexicon: Lexicon, data_heads: frozenset[str],
                  time_words: frozenset[str] = frozenset()) -> Entry | None:
    """The document entry ("show", "find") of a verb whose subject is a count or finding ("polls
    *show* Clinton ahead", "the study *found* a link", "..., the poll *found*."): such a subject
    makes any object a finding, and the sentence before a frame that closes it,
    while the entry itself asks for a clause, so "the video shows soldiers" stays no cue (and the
    confidence formula, which reads the entries, is unchanged)."""
    if word.upos != "VERB":
        return None
    children = sentence.children(word)
    subject = data_subject(sentence, word, data_heads, time_words)
    if subject is None or any(by_agent(sentence, m) for m in sentence.children(subject) if m.deprel.startswith("acl")):
        return None  # "data reviewed by the AP shows ...": the finding is the reviewer's, not the data's
    closing = all(w.upos == "PUNCT" for w in sentence.words[word.id:]) and sentence.subtree(subject)[0].id > 1
    if not closing and not any(c.deprel in ("obj", "ccomp", "xcomp") and c.id > word.id for c in children):
        return None  # an object, a clause, or the frame closing its sentence: "..., the poll found."
    lemma = word.lemma.lower()
    return next((e for e in lexicon.reporting() if e.frame == "document" and len(e.slots) == 1
                 and lemma in e.first_lemmas), None)


def spelled_in(word: Word, words: frozenset[str]) -> bool:
    """The word's lemma or its form, in lower case, is one of ``words``: a word list matches
    either (a noun the lemmatizer left as written matches by its form)."""
    return word.lemma.lower() in words or word.text.lower() in words


def data_subject(sentence: Sentence, verb: Word, data_heads: frozenset[str], time_words: frozenset[str]) -> Word | None:
    """The count or finding that is the verb's subject: its own subject arc, the data noun the
    parser made a modifier of a time noun it read as the subject ("A CNN poll *last month*
    showed ...": :func:`time_subject_data`), or, for a verb with no subject that continues an
    earlier verb (conj, xcomp, advcl), that verb's data subject ("A poll, conducted by X,
    shows ...", "polls released Sunday showed ...": the parser took the participle for the
    main verb)."""
    subjects = [c for c in sentence.children(verb) if c.deprel == "nsubj"]
    for c in subjects:
        if spelled_in(c, data_heads):
            return c
        if (modifier := time_subject_data(sentence, c, data_heads, time_words)) is not None:
            return modifier
    own = [c for c in subjects if not spelled_in(c, time_words)]
    if own or verb.deprel not in ("conj", "xcomp", "advcl") or not verb.head or verb.head > verb.id:
        return None
    host = sentence.word(verb.head)
    return next((c for c in sentence.children(host) if c.deprel == "nsubj" and c.id < host.id
                 and spelled_in(c, data_heads)), None) if host.upos == "VERB" else None


def time_subject_data(sentence: Sentence, subject: Word, data_heads: frozenset[str], time_words: frozenset[str]) -> Word | None:
    """ "A CNN/ORC poll last month showed ...": the parser read "poll" as a modifier of "month"
    and made the time noun the subject; the data noun before it is the subject meant."""
    if not spelled_in(subject, time_words):
        return None
    return next((c for c in sentence.children(subject) if c.deprel in ("amod", "compound", "nmod") and c.id < subject.id
                 and spelled_in(c, data_heads)), None)


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
    if any(c.deprel == "ccomp" and c.id > word.id and is_clause(sentence, c, grammar) and not closing_shape(sentence, c)
           for c in children):
        return True  # not a frame closing the sentence ("..., overruled that request, the source added")
    if named_as_quoted(sentence, word, quotes) is not None:
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


def named_as_quoted(sentence: Sentence, word: Word, quotes: Sequence[Quote], prepositions: Sequence[str] = ()) -> Word | None:
    """'Reid has been pounding Trump as a "con artist"', 'admires Putin as a "strong leader"': an
    object and, after it, a nominal as-phrase of the verb (or hung on the object's phrase)
    holding a quotation (returned): the
    quoted name is the subject's words for the object, whatever the verb (PolNeAR annotates the
    verb as the cue). ``prepositions``: those whose phrase stands for the object ("refers [to]
    the governor as “Chris”")."""
    children = sentence.children(word)
    objects = [c for c in children if c.id > word.id and (c.deprel == "obj" or (
        c.deprel == "obl" and c.upos in ("NOUN", "PROPN", "PRON") and any(
            k.deprel == "case" and k.lemma.lower() in prepositions for k in sentence.children(c))))]
    if not objects:
        return None
    # the parser may hang the as-phrase on the object's last noun: "heralded the deal with Turkey as a “...”"
    hung = [w for w in sentence.subtree(objects[0]) if w.deprel == "nmod" and w.id > objects[0].id]
    for child in [*children, *hung]:
        if child.id <= objects[0].id or child.deprel not in ("obl", "xcomp", "advcl", "nmod") or child.upos in ("VERB", "AUX"):
            continue  # "won nods as he kept talking about ...": a clause of time, no name
        kids = sentence.children(child)
        if not any(k.deprel in ("case", "mark") and k.lemma.lower() == "as" and k.id < child.id for k in kids) \
                or any(k.lemma.lower() == "well" for k in kids):
            continue  # not "as well as" ("featuring X as well as Y")
        phrase = sentence.subtree(child)
        if any(w.upos in ("VERB", "AUX") for w in phrase):
            continue  # a name, not a clause: the quotation of a verb inside is that verb's
        if any(phrase[0].start <= q.start and q.end <= phrase[-1].end + 2 for q in quotes):
            return child
    return None
