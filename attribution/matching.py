"""The one cue matcher: lexicon entries found in a parsed sentence, on lemmas and tree conditions.

Attribution (reporting verbs), hedging (hedges and boosters) and the claims stage (what governs a
claim member) all find lexicon entries here, so an entry means the same everywhere.

Patterns are matched over the sentence's syntactic words, never over raw text, so
``purports to``, ``purporting to`` and ``purported to`` are one pattern (``purport to``), and
``couldn't`` is the two words ``could`` + ``n't`` (lemma ``not``). A word fills a pattern slot when
its lemma *or* its lower-cased form is one of the slot's alternatives: a lemmatizer slip on a word
that never inflects (``allegedly``) then costs nothing, while the entry's conditions (part of
speech, relation, negation, a governed clause) keep ``May`` the month out of the modals.

The closed word classes the tree tests use (negators, subordinators, subject relations) are in
``lexicons/grammar.yaml`` and reach the tests as a :class:`Grammar`; no test here looks at an
entry's id or pattern.

Only the entries that can start at a word are tried there (the lexicon is indexed by first
lemma), and every condition looks at the cue word's own head and children, so matching stays
linear in the length of the document.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from attribution.document import ParsedDoc, Sentence, Word
from attribution.lexicon import Entry, Lexicon
from attribution.quotemarks import DOUBLE_MARKS


@dataclass(frozen=True)
class Grammar:
    """The closed word classes and relations of ``lexicons/grammar.yaml`` (see its descriptions)."""

    negators: frozenset[str]
    negator_relations: frozenset[str]
    subordinators: frozenset[str]
    wh_words: frozenset[str]
    topic_prepositions: frozenset[str]
    object_topic_prepositions: frozenset[str]
    reported_relatives: frozenset[str]
    relative_topic_prepositions: frozenset[str]
    answer_words: frozenset[str]
    clause_subordinators: frozenset[str]
    subject_relations: frozenset[str]
    clausal_relations: frozenset[str]
    loose_clause_relations: frozenset[str]
    negation_passes_up: frozenset[str]
    predicate_relations: frozenset[str]
    nominal_relations: frozenset[str]
    noun_dependent_relations: frozenset[str]
    non_reporting_verbs: frozenset[str]
    comment_markers: frozenset[str]
    presentative_adverbs: frozenset[str]
    clause_joiners: frozenset[str]
    neg_raising_verbs: frozenset[str]
    state_verbs: frozenset[str]
    absolute_openers: frozenset[str]
    question_verbs: frozenset[str]
    expectation_passives: frozenset[str]
    impression_verbs: frozenset[str]
    reputation_passives: frozenset[str]
    reputation_prepositions: frozenset[str]
    regard_passives: frozenset[str]
    regard_prepositions: frozenset[str]
    oblique_topic_prepositions: frozenset[str]
    act_time_prepositions: frozenset[str]
    circumstance_marks: frozenset[str]

    @classmethod
    def of(cls, lexicon: Lexicon) -> Grammar:
        """The lexicon's grammar, made once per word classes (every sentence asks for it)."""
        return lexicon.derived("grammar", lexicon.classes,
                               lambda: cls(**{name: lexicon.classes[name] for name in cls.__dataclass_fields__}))


@dataclass(frozen=True)
class CueMatch:
    """One lexicon entry found in one sentence."""

    entry: Entry
    sentence: int
    words: tuple[int, ...]  # ids of the words that fill the pattern, in order
    extra: tuple[int, ...]  # negation and auxiliaries pulled into a negated cue ("could n't")
    anchor: int  # id of the word that heads the cue in the tree
    start: int
    end: int

    @property
    def all_words(self) -> frozenset[int]:
        return frozenset(self.words) | frozenset(self.extra)


# -- tree tests, each looking only at one word's head and children ---------------------------------


def is_negator(word: Word, grammar: Grammar) -> bool:
    return word.feat("Polarity") == "Neg" or word.lemma.lower() in grammar.negators or word.text.lower() in grammar.negators


Spans = Sequence[tuple[int, int]]


def negators_of(sentence: Sentence, word: Word, grammar: Grammar, quoted: Spans = ()) -> list[Word]:
    """The negation words of ``word``: ``not``, ``n't``, ``never``, ``no`` attached to it, or a
    negative subject ("*neither* side could score", "*no* one could verify"). A negator inside
    a quotation (``quoted`` spans) is the quoted speaker's, whatever the parser hung it on:
    in ``“It isn’t,” Clinton said.`` the "n't" does not negate "said"."""
    found = []
    for child in sentence.children(word):
        if child.relation in grammar.negator_relations and is_negator(child, grammar):
            found.append(child)
        elif child.relation in grammar.subject_relations:
            found += [c for c in sentence.children(child) if c.relation == "det" and is_negator(c, grammar)]
    return [w for w in found if not any(a <= w.start < b for a, b in quoted)]


def negated_word(sentence: Sentence, word: Word, grammar: Grammar, quoted: Spans = ()) -> Word | None:
    """The word that carries the negation of ``word``: itself; for an auxiliary, the verb it
    belongs to ("could*n't* verify"); for an infinitive complement, its head ("was *not* able to
    verify"). None when not negated."""
    if negators_of(sentence, word, grammar, quoted):
        return word
    head = sentence.head_of(word)
    if head is not None and word.relation in grammar.negation_passes_up and negators_of(sentence, head, grammar, quoted):
        return head
    return None


def is_negated(sentence: Sentence, word: Word, grammar: Grammar, quoted: Spans = ()) -> bool:
    return negated_word(sentence, word, grammar, quoted) is not None


def is_clause(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """A dependent that is a clause of its own: it has a subject or a subordinator, or it is an
    indirect question whose wh-word the parser hung elsewhere ("did not know *what* happened")."""
    if any(c.relation in grammar.subject_relations or c.relation == "mark" for c in sentence.children(word)):
        return True
    before = sentence.word(word.id - 1) if word.id > 1 else None
    return word.relation == "ccomp" and before is not None and before.lemma.lower() in grammar.wh_words


FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")  # a tense of its own: past, present, modal
TENSED_VERB_TAGS = ("VBD", "VBZ", "VBP")  # a verb inflected for tense: past or present, no modal


def is_finite(sentence: Sentence, word: Word) -> bool:
    """A predicate with a tense of its own: a finite verb ("provides"), or a predicate with a
    modal or finite auxiliary or copula ("should now be a test"). Such a complement is a clause
    even when the parser hung its subject on the verb above ("thinks [the issue] should be ...")
    or made it a determiner ("believe [this/DET] provides ..."): a finite verb has a subject."""
    if word.upos in ("VERB", "AUX") and word.xpos in FINITE_TAGS:
        return True
    return any(c.relation in ("aux", "cop") and c.xpos in FINITE_TAGS for c in sentence.children(word))


def complement_of(sentence: Sentence, word: Word, grammar: Grammar) -> Word | None:
    """The clause ``word`` introduces: a complement with its own subject or subordinator (``that``,
    infinitive ``to``), or a clause opened by ``that``/``whether`` however the parser attached it."""
    children = sentence.children(word)
    for child in children:  # "said *the state had sent*", "claims *that* ..."
        if child.relation in grammar.clausal_relations and is_clause(sentence, child, grammar):
            return child
    for child in children:  # "believe [this] provides ...": the clause's subject hung elsewhere
        if child.relation == "ccomp" and child.id > word.id and is_finite(sentence, child):
            return child
    for child in children:  # "appeared *to* be fighting"; not "shows North Korea participating"
        if child.relation == "xcomp" and any(c.relation == "mark" for c in sentence.children(child)):
            return child
    for child in children:  # "demanded [the board resign]": a bare clause the parser made an xcomp
        if child.relation == "xcomp" and child.xpos == "VB" and child.id > word.id and any(
                c.relation in grammar.subject_relations and c.id < child.id for c in sentence.children(child)):
            return child
    if word.upos == "NOUN" and (infinitive := noun_infinitive(sentence, word)) is not None:
        return infinitive  # "her plan *to* cut taxes"
    for child in children:  # "claimed in local media *that* ..." parsed as an adverbial clause
        if child.relation in grammar.loose_clause_relations and any(
            c.relation == "mark" and c.lemma.lower() in grammar.subordinators for c in sentence.children(child)
        ):
            return child
    return _stranded_complement(sentence, word, grammar)


def noun_infinitive(sentence: Sentence, word: Word) -> Word | None:
    """The to-infinitive a noun takes as its content ("her *plan to cut* taxes", "the *pledge to
    build* a wall"): a clausal modifier right after it opened by "to"."""
    return next((c for c in sentence.children(word) if c.relation == "acl" and c.id > word.id and any(
        m.relation == "mark" and m.lemma.lower() == "to" for m in sentence.children(c))), None)


def gerund_complement(sentence: Sentence, word: Word) -> Word | None:
    """A gerund right after the verb as its complement, "proposed *barring* all imports",
    "would support *raising* the wage": for a verb whose object is what is proposed, supported
    or wanted (an entry with an object topic), the gerund phrase is that object. Right
    after the verb (an adverb between at most) and taking no subject of its own, so an object
    before it ("shows the team *winning*") keeps it a description of that object."""
    for child in sentence.children(word):
        if child.relation != "xcomp" or child.xpos != "VBG" or child.id <= word.id:
            continue
        between = sentence.words[word.id : child.id - 1]
        if all(w.upos == "ADV" for w in between) and not any(
                c.relation in ("nsubj", "mark") for c in sentence.children(child)):
            return child
    return None


def _stranded_complement(sentence: Sentence, word: Word, grammar: Grammar) -> Word | None:
    """The clause a bare verb inside a reported clause lost to the reporting verb above it: in
    "she said she *feared* Russia will go on" or "said he died and *suggested* - without
    evidence - that ...", the parser hangs the second clause on "said" as a second complement,
    which a verb of saying cannot have; it is the complement of the bare verb before it. Only a
    clause right after the verb (no coordinator between: "said she agreed, and that ...")."""
    if word.relation not in ("ccomp", "conj") or any(
        c.relation in grammar.clausal_relations or c.relation in ("obj", "xcomp") for c in sentence.children(word)
    ):
        return None
    upper = sentence.head_of(word)
    if upper is not None and word.relation == "conj":
        upper = sentence.head_of(upper) if upper.relation == "ccomp" else None
    if upper is None:
        return None
    later = [c for c in sentence.children(upper)
             if c.relation in grammar.clausal_relations and c.id > word.id and is_clause(sentence, c, grammar)]
    if not later:
        return None
    clause = later[0]
    between = sentence.words[word.id:clause.id - 1]
    if any(w.upos == "CCONJ" or w.relation == "cc" for w in between):
        return None
    return clause


def governs_clause(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """``word`` introduces a clause: by the tree, or, surviving a wrong arc, because the next word
    is a subordinator ("we know *that* ...")."""
    return complement_of(sentence, word, grammar) is not None or _subordinator_follows(sentence, word, grammar)


def commented_clause(sentence: Sentence, word: Word, grammar: Grammar) -> Word | None:
    """The clause that a reporting frame opened by a comment marker comments on: "*As* Smith
    told the Post, [ozone has dropped]", "[prices], *as* he noted, [will rise]". The frame is an
    adverbial clause set off by commas (or the sentence's edges), opened by the marker (the
    parser may hang it on the frame's subject), with a subject of its own and no object or
    clause of its own but a pronoun ("as she put *it*") or the person spoken to (left to the
    caller): "as he discussed his plan", "as they prepare to vote" and "as improbable as it may
    seem" are times and comparisons, not frames. None for any other word."""
    passive = word.xpos == "VBN" and by_agent(sentence, word)  # "as (first) reported by the Star": the agent stands in for a subject
    misread = word.relation == "conj" and passive and not any(
        c.relation == "cc" for c in sentence.children(word))  # "..., as reported by X.": a conjunct to the parser
    if not (word.relation.startswith("advcl") or misread) or not word.head:
        return None
    subtree = [w for w in sentence.subtree(word)]
    words = [w for w in subtree if w.upos != "PUNCT"]
    first = words[0]
    opener = ("mark", "case", "advmod") if passive else ("mark", "case")  # ", as [ADV] reported by"
    if first.lemma.lower() not in grammar.comment_markers or first.relation not in opener or any(
            m.relation == "mark" and m.id != first.id for m in sentence.children(word)):
        return None
    children = sentence.children(word)
    if not (any(c.relation in grammar.subject_relations for c in children) or passive) or any(
            c.relation in grammar.clausal_relations or c.relation in ("xcomp", "advcl") for c in children):
        return None
    before = sentence.words[first.id - 2] if first.id >= 2 else None
    after = sentence.words[words[-1].id] if words[-1].id < len(sentence.words) else None
    opening_coordinator = before is not None and before.upos == "CCONJ" and before.id == 1  # "But as X noted, ..."
    if (before is not None and before.upos != "PUNCT" and not opening_coordinator) or (after is not None and after.upos != "PUNCT"):
        return None  # not set off: "came as officials praised the protests"
    host = sentence.word(word.head)
    if host.upos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") or any(
            c.lemma.lower() in grammar.comment_markers and c.relation == "advmod" for c in sentence.children(host)):
        return None
    return host


_SET_OFF = (",", "—", "–")


# a frame verb's own time, place and manner, which may stand before the comma that closes a frame
# set off in a clause ("explained [at the hearing],"): mend.py reads the same relations
FRAME_MODIFIERS = ("obl", "obl:tmod", "obl:npmod", "obl:unmarked", "nmod:tmod", "advmod")


def parenthetical_host(sentence: Sentence, word: Word, grammar: Grammar) -> Word | None:
    """The clause a frame set in its middle interrupts when the parser made the frame an
    adverbial clause of it, or a parataxis: "Voters, the senator suggested, need not worry",
    "Even then, critics insist, the show will be hard to beat", "After all, she argued, the
    fund was broke". The frame has no marker, a subject of its own right after a comma (with
    only adverbs or auxiliaries between), a comma right after the verb or its own time and
    place ("explained at the hearing,"), and no object or clause of its own; the clause it
    hangs on comes after it. None otherwise."""
    if word.relation not in ("advcl", "parataxis") or not word.head or word.head < word.id \
            or word.id >= len(sentence.words):
        return None
    children = sentence.children(word)
    if any(c.relation == "mark" or c.relation in ("obj", "iobj", "xcomp", "advcl") or (
            c.relation in grammar.clausal_relations and c.id > word.id) for c in children):
        return None
    subjects = [c for c in children if c.relation in grammar.subject_relations and c.id < word.id
                and c.feat("PronType") != "Rel"]
    if not subjects or _frame_end(sentence, word).text not in _SET_OFF:
        return None
    subject = max(subjects, key=lambda c: c.id)
    own = {w.id for w in sentence.subtree(subject)} | {c.id for c in children if c.relation in ("advmod", "aux")}
    first = min(w.id for w in sentence.subtree(subject))
    if first < 2 or sentence.words[first - 2].text not in _SET_OFF:
        return None
    if any(w.id not in own for w in sentence.words[first - 1 : word.id - 1]):
        return None
    host = sentence.word(word.head)
    return host if host.upos in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") else None


def _frame_end(sentence: Sentence, word: Word) -> Word:
    """The word after a frame's verb and the verb's own modifiers that follow it ("explained
    [earlier] [at the hearing]"): where a comma closes a frame set off in a clause."""
    modifiers = [c for c in sentence.children(word) if c.id > word.id and c.relation in FRAME_MODIFIERS]
    last = word.id
    for child in modifiers:
        span = [w.id for w in sentence.subtree(child)]
        if min(span) != last + 1:
            break
        last = max(span)
    return sentence.words[last] if last < len(sentence.words) else sentence.words[-1]


def by_agent(sentence: Sentence, word: Word) -> bool:
    """A participle that names its agent: "reviewed *by the AP*", "as noted *by the court*"."""
    return any(c.deprel in ("obl:agent", "obl") and any(k.deprel == "case" and k.lemma.lower() == "by"
                                                         for k in sentence.children(c)) for c in sentence.children(word))


def governs_finite_clause(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """Like :func:`governs_clause`, but a to-infinitive does not count: "I suppose *that* ...",
    not "were supposed *to* be stored"; "it is possible *that* ...", not "as soon as possible *to*"."""
    complement = complement_of(sentence, word, grammar)
    if complement is not None and complement.relation != "xcomp" and complement is not noun_infinitive(sentence, word):
        return True
    return complement is None and _subordinator_follows(sentence, word, grammar)


def _subordinator_follows(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """The next word opens a clause ("claims *that* in 1997 she ..."), whatever the parser made
    of it, unless it is a determiner ("know *that* feeling") or ends the sentence ("I know that.")."""
    if word.id + 1 >= len(sentence.words):
        return False
    following, after = sentence.word(word.id + 1), sentence.word(word.id + 2)
    return following.lemma.lower() in grammar.subordinators and following.relation != "det" and after.upos != "PUNCT"


def reports_something(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """A reporting verb that frames content: it introduces a clause ("claims *the footage was
    shot*", "claim *to belong*") or is the frame of a quote ('"...," he claimed'). "Claiming
    asylum" and "denied visas" report nothing, so they are no stance cue."""
    return word.relation == "parataxis" or governs_clause(sentence, word, grammar)


_FRAME_TAIL = ("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "obj", "iobj", "advmod")


_CLOSING_MARKS = ('"', "”", "''", "’")
_OPENING_MARKS = ('"', "“", "``", "‘")


def closing_shape(sentence: Sentence, word: Word, tail: bool = False) -> bool:
    """The verb closes the sentence after a comma or dash, with only its subject (and adverbs,
    auxiliaries) between: "..., the source added." Nothing but punctuation follows it; with
    ``tail``, its own modifiers without a verb may ("..., the AP reported Friday", "..., he told
    reporters on Monday"). A relative clause ("..., which he describes as ...") or a passive is
    no such frame."""
    words = sentence.words
    if word.deprel.startswith("acl") or any(c.feat("PronType") == "Rel" for c in sentence.children(word)):
        return False  # a relative clause: "a rule which, according to AFP, the court has criticised"
    after = [w for w in words[word.id :] if w.upos != "PUNCT"]
    if after and not tail:
        return False
    if after:
        own = {w.id for c in sentence.children(word) if c.id > word.id and c.deprel in _FRAME_TAIL
               for w in sentence.subtree(c)}
        if any(w.id not in own or w.upos in ("VERB", "AUX") for w in after):
            return False
    subjects = [c for c in sentence.children(word) if c.deprel == "nsubj" and c.id < word.id
                and c.xpos not in ("WDT", "WP") and c.feat("PronType") != "Rel"]
    if len(subjects) != 1:
        return False
    own = {w.id for w in sentence.subtree(subjects[0])} | {
        c.id for c in sentence.children(word) if c.deprel in ("advmod", "aux") and c.id < word.id}
    first = min(i for i in own if words[i - 1].upos != "PUNCT")  # the comma may hang on the subject
    if any(w.id not in own for w in words[first - 1 : word.id - 1]):
        return False
    before = first - 2
    if before >= 1 and words[before].text in _CLOSING_MARKS and words[before - 1].text in (",", "—", "–") \
            and _quoted_inside_clause(words, before):
        before -= 1  # 'placed a note in a "burn bag," the Times reported': the comma inside the marks
    return first >= 2 and words[before].text in (",", "—", "–")


def _quoted_inside_clause(words: Sequence[Word], closing: int) -> bool:
    """The quotation that the mark at index ``closing`` ends opened inside a clause, after a word
    ('in a "burn bag,"'), not after a colon or at the sentence's start, where it is words said
    that a frame after it reports ('...: "Once the winds blow, it won't make it," X predicted')."""
    opening = next((i for i in range(closing - 1, -1, -1) if words[i].text in _OPENING_MARKS), None)
    return opening is not None and opening >= 1 and words[opening - 1].upos != "PUNCT"


def governs_content(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """Something reported hangs on the cue: a clause (:func:`governs_clause`), or a quotation it
    frames, the cue attached to the quoted clause or the quoted clause to it by parataxis
    ('"We won," she *tweeted*', 'She *tweeted*: "We won"'), or the clause before it that it
    closes, however the parser hung it ("..., Devine *predicted*.", "..., the AP *reported* Friday."),
    the question an opening participle puts (:func:`torn_question`), or a quotation opening right
    after the cue's own phrase (:func:`quotation_after_phrase`)."""
    return word.relation == "parataxis" or any(c.relation == "parataxis" for c in sentence.children(word)) \
        or governs_clause(sentence, word, grammar) or closing_shape(sentence, word, tail=True) \
        or torn_question(sentence, word, grammar) is not None \
        or quotation_after_phrase(sentence, word)


def torn_question(sentence: Sentence, word: Word, grammar: Grammar) -> Word | None:
    """ "Asked [which county was his favorite], he demurred", "When asked [what ...], she said":
    the question that a bare participle of a question verb (grammar.yaml question_verbs) opening
    its adverbial clause puts, which the parser hung on the main verb instead: that verb's
    clause beginning right after the participle with one of the wh_words."""
    if word.lemma.lower() not in grammar.question_verbs or word.xpos not in ("VBN", "VBD") \
            or word.relation != "advcl" or not word.head:
        return None
    for child in sentence.children(sentence.word(word.head)):
        if child.relation in ("ccomp", "advcl") and child.id > word.id:
            first = min(sentence.subtree(child), key=lambda w: w.id)
            if first.id == word.id + 1 and first.id < child.id and first.lemma.lower() in grammar.wh_words:
                return child
    return None


def _quote_mark(word: Word) -> bool:
    return word.upos == "PUNCT" and bool(word.text) and all(ch in DOUBLE_MARKS or ch in "'`" for ch in word.text)


def quotation_after_phrase(sentence: Sentence, word: Word) -> bool:
    """'X, who *lamented* in an interview, "We have ..."': the quoted clause opens right after the
    verb's own phrase, a comma or colon between, but the parser hung it on another verb (the
    main clause's, by parataxis). The verb frames the quotation all the same; not when its phrase
    hangs on a word after it ('The form, which reports say is long, "must be done in English"':
    the relative clause is inside the subject of the quoted predicate), nor when the verb has an
    object ('"A," Ruiz said, referring to the plan, "B"': the object names what it is about)."""
    phrase = {w.id for w in sentence.subtree(word)}
    last = max(i for i in phrase if sentence.word(i).upos != "PUNCT")  # its own comma may hang on it
    if any(i not in phrase for i in range(min(phrase), last + 1)) or last + 3 > len(sentence.words):
        return False  # the phrase is torn, or nothing follows it
    if any(a.id > last for a in sentence.ancestors(word)) or governs_object(sentence, word):
        return False
    comma, mark, first = (sentence.word(last + i) for i in (1, 2, 3))
    return comma.text in (",", ":") and _quote_mark(mark) and first.upos != "PUNCT"


def governs_object(sentence: Sentence, word: Word) -> bool:
    return any(c.relation in ("obj", "iobj") for c in sentence.children(word))


def _gerund_topic(sentence: Sentence, child: Word, topic: tuple[str, ...]) -> bool:
    """ "called for *ending the program*", "spoke about *raising taxes*": a gerund clause opened
    by one of the prepositions, with no subject of its own, is what the speech act was about."""
    return child.relation == "advcl" and child.xpos == "VBG" and any(
        c.relation == "mark" and c.lemma.lower() in topic and c.id < child.id for c in sentence.children(child)) and not any(
        c.relation in ("nsubj", "csubj") for c in sentence.children(child))


def _question_topic(sentence: Sentence, child: Word, topic: tuple[str, ...]) -> bool:
    """ "talked about *how she pushed Obama*", "were talking about *why they had come*": a clause
    of an indirect question opened by one of the prepositions, however the parser hung the
    preposition (on the question word, or on the clause); its first words are the preposition
    and the question word (WP, WRB)."""
    words = sorted(sentence.subtree(child), key=lambda w: w.id)
    if child.upos not in ("VERB", "AUX", "ADV", "PRON") or len(words) < 3:
        return False
    opener, question = words[0], words[1]
    return opener.relation in ("case", "mark") and opener.lemma.lower() in topic and question.xpos in ("WRB", "WP") \
        and any(w.upos in ("VERB", "AUX") for w in words[2:])


def infinitive_after(sentence: Sentence, word: Word, after: Word) -> Word | None:
    """The infinitive on ``word`` after its object ``after`` that says what the object was asked
    to do: "urged *members* [to reject the offer]" (an xcomp, or the advcl the small parser
    often makes of it), "demanded *the company* [pay the fine]" (a bare infinitive)."""
    for child in sentence.children(word):
        if child.id <= after.id or child.upos not in ("VERB", "AUX"):
            continue
        marks = [m for m in sentence.children(child) if m.deprel == "mark"]
        if child.deprel in ("xcomp", "advcl") and any(m.lemma.lower() == "to" for m in marks):
            return child
        if child.deprel == "xcomp" and child.xpos == "VB" and not marks:
            return child
    return None


def _gerund_object(sentence: Sentence, word: Word, child: Word, topic: tuple[str, ...]) -> bool:
    """ "proposed *doing away with the mandate*", "opposes *raising taxes*": a gerund clause
    with no subject, marker or auxiliary of its own is the verb's object, however the parser
    hung it, for an entry whose topic lists ``gerund``. Not when the verb frames words of its
    own after a colon ('tweeted *using his account*: "..."', the quotation hung on the verb or
    on the gerund): the gerund tells how, the words are what was said."""
    return "gerund" in topic and child.relation in ("xcomp", "ccomp") and child.xpos == "VBG" and not any(
        c.relation in ("nsubj", "csubj", "mark", "aux", "expl") for c in sentence.children(child)) and not any(
        w.text == ":" for w in sentence.subtree(child)) and not any(
        c.relation == "parataxis" and c.id > child.id for c in sentence.children(word))


def topic_of(sentence: Sentence, word: Word, topic: tuple[str, ...], lower: frozenset[str] = frozenset()) -> Word | None:
    """What a speech act was about, by an entry's ``topic``: the verb's nominal object after it
    ("criticized *the ruling*"; with ``object-to`` only when an infinitive after it says what it
    was asked to do, "encouraged *voters* to stay home", :func:`infinitive_after`; with
    ``gerund`` a gerund clause, :func:`_gerund_object`) or a nominal
    oblique after it opened by one of the prepositions
    ("called for *a moratorium*", "spoke about *the deal*", "calls for *$1 billion*") or a gerund clause
    opened by one (:func:`_gerund_topic`); for a noun cue, its prepositional
    modifier ("criticism *of the plan*", "attacks *on the press*"); None when it has neither.
    ``lower``: prepositions of the topic (grammar.yaml's oblique_topic_prepositions) whose phrase
    is the verb's topic though the parser hung it on an oblique of the verb before it
    (:func:`_lowered_topic`)."""
    found = _direct_topic(sentence, word, topic)
    return found if found is not None or word.upos == "NOUN" else _lowered_topic(sentence, word, topic, lower)


def _lowered_topic(sentence: Sentence, word: Word, topic: tuple[str, ...], lower: frozenset[str]) -> Word | None:
    """ "spoke at the library on Tuesday *about the new rules*", "talking to a crowd *about
    ways* ...": the parser hung the about-phrase on the place, time or addressee before it; a
    phrase opened by one of ``lower`` (and of the topic) that ends the oblique's words, on the
    oblique or on a modifier of it, is the verb's topic."""
    wanted = lower.intersection(topic)
    if not wanted:
        return None
    for child in sentence.children(word):
        if child.id < word.id or child.relation != "obl":
            continue
        last = max(w.id for w in sentence.subtree(child))
        for inner in sentence.subtree(child):
            cases = [c for c in sentence.children(inner) if c.relation == "case"]
            if inner.id != child.id and inner.relation == "nmod" and inner.upos in ("NOUN", "PROPN", "PRON") \
                    and cases and cases[0].lemma.lower() in wanted and max(w.id for w in sentence.subtree(inner)) == last:
                return inner
    return None


def _direct_topic(sentence: Sentence, word: Word, topic: tuple[str, ...]) -> Word | None:
    """The topic hung on the cue word itself (:func:`topic_of`)."""
    relations = ("obl", "nmod") if word.upos == "NOUN" else ("obl",)
    for child in sentence.children(word):
        if child.id > word.id and (_gerund_topic(sentence, child, topic) or _gerund_object(sentence, word, child, topic)
                                   or _question_topic(sentence, child, topic)):
            return child
        if child.id < word.id or child.upos not in ("NOUN", "PROPN", "NUM", "PRON", "SYM"):
            continue
        if child.relation == "obj" and ("object" in topic or (
                "object-to" in topic and infinitive_after(sentence, word, child) is not None)):
            return (_second_object(sentence, word, child) if "second-object" in topic else None) or child
        cases = [c for c in sentence.children(child) if c.relation == "case"]
        # the preposition that opens the phrase: "spoke for *about* ten minutes" is a duration
        if child.relation in relations and child.deprel != "nmod:poss" and cases and cases[0].lemma.lower() in topic:
            return child
    return None


def _second_object(sentence: Sentence, word: Word, first: Word) -> Word | None:
    """The later of two objects the parser hung on a verb whose topic lists ``second-object``
    ("asked [the general] [three questions]", "asked [our followers] [what] they thought ..."):
    the first is whom the act was addressed to, the second, right after the first's words, what
    was asked. None when the verb has one object, when the first is no noun or pronoun or when
    the second is a number or set off by a comma ("backed Trump, 57 percent")."""
    if first.upos not in ("NOUN", "PROPN", "PRON"):
        return None
    after = max(w.id for w in sentence.subtree(first)) + 1
    if after > len(sentence.words) or sentence.word(after).upos == "PUNCT":
        return None
    return next((c for c in sentence.children(word) if c.relation == "obj" and c.upos in ("NOUN", "PROPN", "PRON")
                 and min(w.id for w in sentence.subtree(c)) == after), None)


def cue_topic(sentence: Sentence, words: Sequence[Word], topic: tuple[str, ...], lower: frozenset[str] = frozenset()) -> Word | None:
    """The topic of a cue (:func:`topic_of`) on its first word or, for a light verb and its
    speech noun ("made *comments* about X", "gave a *speech* on X"), on the noun, where the
    parser often hangs the prepositional phrase."""
    found = topic_of(sentence, words[0], topic, lower)
    if found is None and len(words) > 1 and words[-1].upos == "NOUN" and words[0].upos == "VERB":
        found = topic_of(sentence, words[-1], topic)
    return found


_PROPOSITION_RELATIONS = frozenset({"ccomp", "xcomp", "csubj", "parataxis", "obj"})
_PARENTHETICAL_RELATIONS = frozenset({"parataxis", "advcl", "discourse", "dep"})


def governs_proposition(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """A thinking verb that takes a proposition: a clause, an object the parser made of one
    ("believed [the movement helped]"), or none at all as a parenthetical ("prompted, *I think*,
    by ..."). Not when it takes a topic: "think *about* it", "believe *in* God"."""
    if governs_clause(sentence, word, grammar):
        return True
    children = sentence.children(word)
    for child in children:
        if child.relation == "obl" and any(c.relation == "case" and c.lemma.lower() in grammar.topic_prepositions
                                           for c in sentence.children(child)):
            return False
    if any(c.relation in _PROPOSITION_RELATIONS for c in children):
        return True
    return word.relation in _PARENTHETICAL_RELATIONS


def used_as_verb(sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """Tagged a verb, or used as one where the small tagger slipped: "says" called a noun in
    "..., an expert says" (it heads a predicate or has a subject), or a participle called a noun
    or adjective ("A video *purporting* to show": the lemmatiser still stripped a verb ending,
    which it does not do to real nouns in -ing). "The *said* agreement" is no verb."""
    if word.upos in ("VERB", "AUX"):
        return True
    if misread_present_verb(sentence, word):
        return True
    children = sentence.children(word)
    if word.upos in ("NOUN", "PROPN") and not _verb_form(word) and any(
            c.deprel in grammar.noun_dependent_relations for c in children) and (
            not any(c.deprel.startswith("nsubj") for c in children) or any(c.deprel == "cop" for c in children)):
        # "the United *States* and China", "the three *states*": a noun's own dependents, and no
        # subject but that of a copula ("It's a good *bet* that ...")
        return False
    if word.deprel in grammar.nominal_relations:
        return _verb_form(word) and word.relation not in ("amod", "compound", "det")
    return (word.deprel in grammar.predicate_relations or _verb_form(word)
            or any(c.deprel.startswith("nsubj") for c in children))


_NOUN_ROLES = ("obj", "iobj", "obl", "obl:agent", "nmod", "nmod:poss", "appos", "compound", "amod", "case")


def misread_present_verb(sentence: Sentence, word: Word) -> bool:
    """A frame's present-tense verb the tagger called a plural noun, its subject made a modifier
    of it: 'The ad *claims* "Lee is the mayor you can meet."', 'the report *states*: "..."',
    '"...," the memo *notes*.' The word is its lemma with -s, in no noun's role (no object or
    prepositional phrase, no preposition or possessive on it), with a modifier before it (the
    subject), and a quotation opens right after it (a comma or colon between at most) or closes
    right before its phrase, which ends the sentence or a comma sets off (then the parser often
    makes it an apposition of the quotation's last noun: '"... after the floods," Lee *notes*.')."""
    text, lemma = word.text.lower(), word.lemma.lower()
    if word.upos != "NOUN" or text not in (lemma + "s", lemma + "es") or (word.deprel in _NOUN_ROLES and word.deprel != "appos"):
        return False
    children = sentence.children(word)
    if any(c.deprel in ("case", "nmod:poss") for c in children) \
            or not any(c.id < word.id and c.deprel in ("amod", "compound", "flat") for c in children):
        return False
    words = sentence.words
    after = words[word.id : word.id + 2]
    if word.deprel != "appos" and after and (
            _quote_mark(after[0]) or (after[0].text in (",", ":") and len(after) > 1 and _quote_mark(after[1]))):
        return True
    first = min(w.id for w in sentence.subtree(word) if w.id <= word.id and w.upos != "PUNCT")
    return first >= 2 and _quote_mark(words[first - 2]) and (word.id == len(words) or words[word.id].text in (".", ","))


def _verb_form(word: Word) -> bool:
    text, lemma = word.text.lower(), word.lemma.lower()
    return word.upos in ("NOUN", "ADJ") and text != lemma and text.endswith(("ing", "ed")) and text.startswith(lemma[:-1])


def fits_upos(sentence: Sentence, word: Word, upos: Iterable[str], grammar: Grammar) -> bool:
    """The word's part of speech is one the entry asks for; an entry asking for a VERB also
    accepts a word used as one (:func:`used_as_verb`)."""
    wanted = tuple(upos)
    return not wanted or word.upos in wanted or ("VERB" in wanted and used_as_verb(sentence, word, grammar))


# -- pattern matching --------------------------------------------------------------------------------


def _fills(word: Word, alternatives: tuple[str, ...]) -> bool:
    return word.lemma.lower() in alternatives or word.text.lower() in alternatives


def _fill_slots(words: tuple[Word, ...], at: int, slots: tuple[tuple[str, ...] | None, ...], max_gap: int) -> list[int] | None:
    """Indexes of the words filling ``slots`` from position ``at`` (the caller has checked the
    first slot), taking the shortest gap where the pattern has one; None when it does not fit."""
    filled = [at]
    position = at + 1
    slot = 1
    while slot < len(slots):
        alternatives = slots[slot]
        gap = 0
        if alternatives is None:  # "first ... evidence": the next slot may come max_gap words later
            gap = max_gap
            slot += 1
            alternatives = slots[slot]
            assert alternatives is not None  # the loader refuses two gaps in a row
        for j in range(position, min(position + gap + 1, len(words))):
            if _fills(words[j], alternatives):
                filled.append(j)
                position = j + 1
                break
        else:
            return None
        slot += 1
    return filled


def _anchor(sentence: Sentence, ids: list[int]) -> Word:
    """The matched word highest in the tree: not below another matched word, nearest the root."""
    chosen = set(ids)
    best: tuple[int, Word] | None = None
    for word_id in ids:
        word = sentence.word(word_id)
        above = [a.id for a in sentence.ancestors(word)]
        if chosen.intersection(above):
            continue
        if best is None or len(above) < best[0]:
            best = (len(above), word)
    return best[1] if best is not None else sentence.word(ids[0])  # a cycle: cannot happen in a tree


def _dominates(sentence: Sentence, upper: Word, lower: Word) -> bool:
    return any(a.id == upper.id for a in sentence.ancestors(lower))


def _gaps_linked(entry: Entry, sentence: Sentence, matched: list[Word]) -> bool:
    """The words on both sides of a ``...`` gap must be linked in the tree, one governing the
    other ("*first* video *evidence*"), or the first the subordinator of the clause the second
    belongs to ("*if* someone *were* able": both hang from "able"), so a gap never joins words of
    two unrelated phrases ("*First*, officials saw *evidence*")."""
    filled = -1  # index in ``matched`` of the last slot filled so far
    for slot in entry.slots:
        if slot is not None:
            filled += 1
            continue
        left, right = matched[filled], matched[filled + 1]
        if not (_dominates(sentence, left, right) or _dominates(sentence, right, left) or (left.relation == "mark" and left.head == right.head)):
            return False
    return True


def _conditions_hold(entry: Entry, sentence: Sentence, first: Word, anchor: Word, matched: list[Word],
                     grammar: Grammar) -> bool:
    if entry.upos and not fits_upos(sentence, first, entry.upos, grammar):
        return False
    if None in entry.slots and not _gaps_linked(entry, sentence, matched):
        return False
    if entry.deprel and anchor.deprel not in entry.deprel and anchor.relation not in entry.deprel:
        return False
    if entry.negated is not None:
        negated = any(negated_word(sentence, w, grammar) is not None for w in matched)
        if negated != entry.negated:
            return False
    if entry.topic_for(anchor.lemma) and cue_topic(sentence, [anchor, *(w for w in matched if w.id != anchor.id)],
                                                   entry.topic_for(anchor.lemma), grammar.oblique_topic_prepositions) is not None:
        return True  # "criticized the ruling": what the speech act was about (cue class topic)
    if "object" in entry.topic_for(anchor.lemma) and gerund_complement(sentence, anchor) is not None:
        return True  # "proposed *barring* imports": a gerund object, what is proposed or supported
    if entry.governs and entry.frame == "speech" and (commented_clause(sentence, anchor, grammar) is not None
                                                       or parenthetical_host(sentence, anchor, grammar) is not None) \
            and not any(c.relation in ("obj", "iobj") and c.upos != "PRON" for c in sentence.children(anchor)):
        return True  # "As Smith noted, prices rose", "Prices, he noted, rose": the frame governs the clause it comments on
    if reputation_phrase(sentence, anchor, grammar) is not None:
        return True  # "is known for his temper": what someone unnamed holds of the subject
    # a light verb's pattern ("make ... clear"): what it governs may hang on its last word
    heads = [anchor] + ([matched[-1]] if None in entry.slots and matched[-1].id != anchor.id else [])
    return any(_governs(entry, sentence, head, grammar) for head in heads)


def reputation_phrase(sentence: Sentence, verb: Word, grammar: Grammar) -> Word | None:
    """The "as" / "for" phrase of an agentless passive of a reputation verb ("is known *for his
    temper*", grammar.yaml reputation_passives, reputation_prepositions), or the "as" phrase of a
    regard verb ("is widely seen *as a risk*", "is seen *as favoring the rich*"; regard_passives,
    regard_prepositions): what someone unnamed holds of the subject. None when an agent names who
    holds it ("known by all as ...")."""
    prepositions = _held_prepositions(verb, grammar)
    if not prepositions:
        return None
    children = sentence.children(verb)
    if not any(c.deprel.startswith("aux:pass") for c in children) or any(
            c.deprel == "obl:agent" or (c.deprel.startswith("obl") and any(
                m.deprel == "case" and m.lemma.lower() == "by" for m in sentence.children(c))) for c in children):
        return None
    return next((c for c in children if c.id > verb.id and _held_phrase(sentence, c, prepositions, grammar)), None)


def _held_prepositions(verb: Word, grammar: Grammar) -> frozenset[str]:
    """The prepositions that open what a reputation or regard passive holds of its subject."""
    lemma = verb.lemma.lower()
    if lemma in grammar.reputation_passives:
        return grammar.reputation_prepositions
    return grammar.regard_prepositions if lemma in grammar.regard_passives else frozenset()


def _held_phrase(sentence: Sentence, child: Word, prepositions: frozenset[str], grammar: Grammar) -> bool:
    """A phrase opened by one of the prepositions: an oblique ("as a hawk"), or a clause the
    parser made of "as" with a participle or a noun ("as favoring the rich", "as one way to
    win"), with no subject of its own (not "as he said")."""
    marks = sentence.children(child)
    if child.deprel.startswith("obl"):
        return any(m.deprel == "case" and m.lemma.lower() in prepositions for m in marks)
    return child.deprel == "advcl" and any(m.deprel == "mark" and m.lemma.lower() in prepositions for m in marks) \
        and not any(m.deprel in grammar.subject_relations for m in marks)


def _governs(entry: Entry, sentence: Sentence, word: Word, grammar: Grammar) -> bool:
    """The entry's ``governs`` condition holds on the word."""
    if entry.governs == "clause" and not governs_clause(sentence, word, grammar):
        return False
    if entry.governs == "finite_clause" and not governs_finite_clause(sentence, word, grammar):
        return False
    if entry.governs == "content" and not governs_content(sentence, word, grammar):
        return False
    if entry.governs == "object" and not governs_object(sentence, word):
        return False
    if entry.governs == "proposition" and not governs_proposition(sentence, word, grammar):
        return False
    return True


def _negation_words(sentence: Sentence, matched: list[Word], grammar: Grammar) -> tuple[int, ...]:
    """For a negated cue: the negation and the auxiliaries before it, so the cue reads
    "couldn't verify" or "did not say how", not "verify"."""
    extra: set[int] = set()
    for word in matched:
        carrier = negated_word(sentence, word, grammar)
        if carrier is None:
            continue
        for holder in {carrier.id, word.id}:
            for child in sentence.children(holder):
                if child.id < word.id and (child.relation in ("aux", "cop") or is_negator(child, grammar)):
                    extra.add(child.id)
        if carrier.id != word.id:
            extra.add(carrier.id)
    first = min(w.id for w in matched)
    if extra:  # everything between the first auxiliary and the cue belongs to the cue text
        extra.update(range(min(extra), first))
    return tuple(sorted(extra - {w.id for w in matched}))


def _token_span(sentence: Sentence, ids: frozenset[int] | set[int]) -> tuple[int, int]:
    """Character span of the words, widened to whole tokens (``couldn't``, never ``could``)."""
    start = min(sentence.word(i).start for i in ids)
    end = max(sentence.word(i).end for i in ids)
    low, high = min(ids), max(ids)
    for token in sentence.tokens:
        if token.first <= high and token.last >= low:
            start, end = min(start, token.start), max(end, token.end)
    return start, end


def _priority(match: CueMatch) -> tuple[int, int, int, int, int]:
    """Which of two overlapping matches wins: the longer pattern, then a hedge or booster over a
    plain reporting verb (``purport to`` over ``purport``), then the one that covers more words
    (``couldn't verify`` over ``could``), then the one with more conditions, then the earlier."""
    entry = match.entry
    slots = sum(1 for s in entry.slots if s is not None)
    conditions = sum((bool(entry.upos), bool(entry.deprel), entry.negated is not None, entry.governs is not None))
    return (-slots, 1 if entry.type == "reporting" else 0, -len(match.all_words), -conditions, match.start)


class Matcher:
    """The lexicon's entries, indexed by first lemma, with the grammar their conditions read."""

    def __init__(self, lexicon: Lexicon):
        self.index = lexicon.by_first_lemma()
        self.grammar = Grammar.of(lexicon)
        self._second = lexicon.second_slots()

    def at(self, sentence: Sentence, word: Word, types: Iterable[str] | None = None) -> list[CueMatch]:
        """Every entry (of the given types) whose pattern starts at ``word`` and whose conditions
        hold there, longest first."""
        return self._at(sentence, word, frozenset(types) if types is not None else None)

    def _at(self, sentence: Sentence, word: Word, wanted: frozenset[str] | None) -> list[CueMatch]:
        lemma, text = word.lemma.lower(), word.text.lower()
        by_lemma = self.index.get(lemma, ())
        by_text = self.index.get(text, ()) if text != lemma else ()
        if not by_lemma and not by_text:  # most words start no pattern
            return []
        entries: dict[str, Entry] = {}
        for entry in (*by_lemma, *by_text):
            if wanted is None or entry.type in wanted:
                entries[entry.id] = entry
        words = sentence.words
        at = word.id - 1
        following = words[at + 1] if at + 1 < len(words) else None
        next_forms = (following.lemma.lower(), following.text.lower()) if following is not None else ()
        found = []
        for entry in entries.values():
            second = self._second.get(entry.id)
            if second is not None and not any(f in second for f in next_forms):
                continue  # the next word cannot fill the pattern's second slot (most entries, most words)
            filled = _fill_slots(words, at, entry.slots, entry.max_gap)
            if filled is None:
                continue
            ids = [words[i].id for i in filled]
            matched = [words[i] for i in filled]
            anchor = _anchor(sentence, ids)
            if not _conditions_hold(entry, sentence, matched[0], anchor, matched, self.grammar):
                continue
            extra = _negation_words(sentence, matched, self.grammar) if entry.negated else ()
            start, end = _token_span(sentence, set(ids) | set(extra))
            found.append(CueMatch(entry, sentence.index, tuple(ids), extra, anchor.id, start, end))
        return sorted(found, key=_priority)

    def in_sentence(self, sentence: Sentence, types: Iterable[str] | None = None) -> list[CueMatch]:
        """The sentence's matches with overlaps resolved (:func:`_priority`), in reading order."""
        wanted = frozenset(types) if types is not None else None
        index = self.index
        candidates = sorted((m for w in sentence.words if w.lemma.lower() in index or w.text.lower() in index
                             for m in self._at(sentence, w, wanted)), key=_priority)
        taken: set[int] = set()
        found: list[CueMatch] = []
        for match in candidates:
            if taken & match.all_words:
                continue
            taken |= match.all_words
            found.append(match)
        return sorted(found, key=lambda m: (m.start, m.end))

    def in_doc(self, doc: ParsedDoc) -> list[CueMatch]:
        """Every active entry found in the document, overlaps resolved, in reading order.

        Neutral reporting verbs are included (the confidence formula names them); they are never
        reported as hedges or boosters."""
        found = [m for sentence in doc.sentences for m in self.in_sentence(sentence)]
        found.sort(key=lambda m: (m.start, m.end))
        return found


def find_cues(doc: ParsedDoc, lexicon: Lexicon) -> list[CueMatch]:
    """Every active entry found in the document (see :meth:`Matcher.in_doc`)."""
    return Matcher(lexicon).in_doc(doc)
