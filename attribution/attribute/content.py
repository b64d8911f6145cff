"""Where a frame's content runs: the clause a cue governs (its complement, an infinitive, an object
naming the topic) and where that clause ends (before the frame's own adjuncts, the outlet's
comment, a second frame)."""

from __future__ import annotations

from collections.abc import Sequence

from attribution.attribute.arcs import can_speak, is_time, own_subject
from attribution.attribute.cues import CueHit, named_as_quoted
from attribution.attribute.quotes import Quote, opens_at
from attribution.attribute.words import SpeakerWords
from attribution.document import Sentence, Word
from attribution.lexicon import Entry
from attribution.matching import (FINITE_TAGS, Grammar, cue_topic, gerund_complement, infinitive_after,
                                  noun_infinitive)


def words_span(words: Sequence[Word]) -> tuple[int, int]:
    return min(w.start for w in words), max(w.end for w in words)


def subtree_span(sentence: Sentence, word: Word, exclude: Sequence[int] = ()) -> tuple[int, int]:
    return words_span(sentence.subtree(word, exclude))


CONTENT_TAIL = ("ccomp", "xcomp", "parataxis", "advcl", "obj", "iobj", "nsubj", "nsubj:pass", "csubj", "obl",
                 "obl:tmod", "obl:npmod", "nmod", "dep", "advmod", "appos", "acl", "acl:relcl", "conj")


def _state_predicate(sentence: Sentence, word: Word, grammar: Grammar | None) -> bool:
    """A predicate that states what is (a copula, a passive, "be" or "have"): no act of a speaker."""
    return any(c.deprel in ("cop", "aux:pass") for c in sentence.children(word)) or (
        grammar is not None and word.lemma.lower() in grammar.state_verbs)


def content_end(sentence: Sentence, cue: CueHit, complement: Word, end: int, speech_verbs: frozenset[int],
                 grammar: Grammar | None = None, quotes: Sequence[Quote] = (),
                 reporting_words: frozenset[int] | None = None, words_: SpeakerWords | None = None) -> int:
    """Where the reported clause ends: the parser often hangs its second half on the cue
    ("said [he believes] [Obama was born ...]", "says [it means Trump] “[may not have paid]”"),
    so the dependents of the cue after the complement belong to the content, up to a coordinated
    predicate of the cue's own ("said ... and added", "..., but left"; "says ..., but she knows
    ..." and one with a modal, "says the issue is complicated and will take time", or one that
    states what is, "said she was hired and was pleased", are still content), a coordinated speech verb ("..., but it did not say how") or a
    speech verb's participle that continues the frame ("..., adding that ..."; other
    participles are content: "..., as well as a danger already manifesting itself ...").
    A dependent inside a quotation the reported clause opened is content whatever its arc
    ('wrote that Taylor "had a poor ear, was stubborn, and [made] bad choices"'): the speaker's
    own acts are never inside their quoted words."""
    verb = cue.words[-1] if cue.lemma.startswith("quote as say") else cue.verb
    start = subtree_span(sentence, complement)[0]
    opened = [q for q in quotes if start <= q.start < end < q.end]
    for child in sentence.children(verb):
        if child.id <= complement.id or child.upos == "PUNCT" or child.deprel == "cc":
            continue
        if any(q.start <= child.start < q.end for q in opened):
            end = max(end, subtree_span(sentence, child)[1])
            continue
        if child.deprel == "conj" and child.id not in speech_verbs and _torn_predicate(sentence, child, end):
            end = max(end, subtree_span(sentence, child)[1])
            continue
        if child.deprel == "conj" and (child.id in speech_verbs and not _reported_tense(sentence, verb, complement, child) or not (
                own_subject(sentence, child) or any(c.deprel == "aux" and c.xpos == "MD" for c in sentence.children(child))
                or tense_shift(sentence, verb, child) or _state_predicate(sentence, child, grammar)
                or reporting_words is not None and _plain_act(sentence, child, complement, speech_verbs, words_))):
            break
        if child.deprel in ("advcl", "xcomp", "parataxis") and child.xpos == "VBG" and child.id in speech_verbs:
            break
        if own_subject(sentence, child) and after_comma(sentence, child, verb.id) and subordinator_as_preposition(sentence, verb, grammar):
            break  # "After aides insisted that ..., [the governor called] ...": the sentence's main clause
        if child.deprel.split(":")[0] in {d.split(":")[0] for d in CONTENT_TAIL}:
            end = max(end, subtree_span(sentence, child)[1])
    return end


def _torn_predicate(sentence: Sentence, conj: Word, end: int) -> bool:
    """A "conjunct" of the cue with no conjunction, no subject and no punctuation before it,
    right after the reported clause's last word ("say that [attacks] like Paris and Brussels
    [make] it ...", "said that in practice socialism and communism [failed] to ..."): the
    clause's own predicate, torn off by the parser; the speaker's next act is joined by "and"
    or a comma."""
    children = sentence.children(conj)
    if any(c.deprel in ("cc", "mark") or c.deprel.startswith(("nsubj", "expl")) for c in children):
        return False
    first = min(w.id for w in sentence.subtree(conj))
    before = sentence.words[first - 2] if first >= 2 else None
    return first == conj.id and before is not None and before.upos != "PUNCT" and before.end == end


def _plain_act(sentence: Sentence, conj: Word, complement: Word, speech_verbs: frozenset[int],
               words_: SpeakerWords | None) -> bool:
    """A coordinated verb that is no speech verb, after a reported clause whose subject can act
    ("said [she] wanted change, but found Trump too objectionable", "said [it] had suspended
    accounts and was reviewing others"): the reported clause going on, its subject shared, which
    the parser hung on the cue. The speaker's own next act is, in news, mostly another report
    ("..., and added", "but declined to say"): PolNeAR full train, a subjectless unlisted verb
    coordinated on a speech cue after its clause is in the gold content 11 times in 13; a verb
    of a finding or belief entry ("found", not a speech verb) goes on as well (train subset: one
    more content whole, none lost; dev level). A subject that cannot act ("said [the road] was
    closed and left the meeting") leaves the verb to the speaker, and so does a relative pronoun
    (the relative clause of an inverted frame's speaker that the parser made the cue's
    complement: 'said X, [who] ... and worked ...')."""
    if words_ is None or conj.id in speech_verbs or conj.upos not in ("VERB", "ADJ"):
        return False
    subjects = [c for c in sentence.children(complement) if c.deprel.startswith("nsubj")]
    return bool(subjects) and subjects[0].feat("PronType") != "Rel" and _can_act(subjects[0], words_)


def _can_act(word: Word, words_: SpeakerWords) -> bool:
    """A subject that can do something: a name, a personal pronoun, a noun for people, a group
    or an organisation; not a document or data, which speak but do not act ("the plan")."""
    if word.upos in ("PROPN", "PRON"):
        return can_speak(word, words_)
    lemma = words_.standard(word.lemma.lower())
    return word.upos == "NOUN" and any(lemma in heads for heads in (
        words_.person_roles, words_.organization_heads, words_.anonymous_heads))


def _tense(sentence: Sentence, verb: Word) -> str | None:
    """The tense a predicate is finite in, by its own tag or its first finite auxiliary's."""
    for word in [verb] + [c for c in sentence.children(verb) if c.deprel in ("aux", "cop")]:
        if word.xpos in FINITE_TAGS and word.xpos != "MD":
            return "Past" if word.xpos == "VBD" else "Pres"
    if _bare_present(sentence, verb):
        return "Pres"
    return None


def _bare_present(sentence: Sentence, verb: Word) -> bool:
    """A bare form the tagger took for an infinitive though it heads its clause with a subject of
    its own and no auxiliary, "to" or subordinator ("[Police] *say/VB* he posed a threat"): a present."""
    if verb.xpos != "VB" or verb.upos != "VERB" or verb.deprel not in ("root", "ccomp", "conj", "parataxis"):
        return False
    children = sentence.children(verb)
    return any(c.deprel == "nsubj" and c.id < verb.id for c in children) \
        and not any(c.deprel in ("aux", "aux:pass", "mark", "cop") for c in children)


def subordinator_as_preposition(sentence: Sentence, verb: Word, grammar: Grammar | None) -> bool:
    """The frame is a subordinate clause whose subordinator the parser took for a preposition of
    the subject ("[After] aides insisted that ..., the governor called ...": "After" a case of
    "aides", or of a noun it hung elsewhere: "A few weeks [after] Smith announced ..."), so that
    the sentence's main clause hangs on the cue. One of grammar.yaml's clause_subordinators,
    tagged a case, opens the noun phrase right before the cue."""
    if grammar is None:
        return False
    before = [w for w in sentence.words[: verb.id - 1] if w.deprel not in ("aux", "advmod")]
    if not before or before[-1].upos not in ("NOUN", "PROPN", "PRON"):
        return False
    last = before[-1]  # the noun phrase's head: "Smith" of "Mr. Smith" when the parser made "Mr." its head
    noun = sentence.word(last.head) if last.deprel in ("flat", "compound") and last.id < last.head < verb.id else last
    for case in sentence.children(noun):
        if case.deprel == "case" and case.lemma.lower() in grammar.clause_subordinators \
                and case.id == min(w.id for w in sentence.subtree(noun)):
            return True
    return False


def after_comma(sentence: Sentence, word: Word, floor: int = 0) -> bool:
    """The word's phrase (its words after word ``floor``) follows a comma."""
    first = min((w.id for w in sentence.subtree(word) if w.upos != "PUNCT" and w.id > floor), default=0)
    return first >= 2 and sentence.words[first - 2].text == ","


def _reported_tense(sentence: Sentence, cue_verb: Word, complement: Word, conj: Word) -> bool:
    """A speech verb coordinated on the cue in the reported clause's tense, not the cue's, with no
    subject of its own: the clause going on ("says he spoke to X and asked him to ..."), not the
    speaker's next act, which would share the cue's tense ("said ... and asked ..."). One with a
    clause of its own is a frame nested in the content ("says X promised ... and said [she
    would ...]"): PolNeAR annotates it apart."""
    return not own_subject(sentence, conj) and tense_shift(sentence, cue_verb, conj) \
        and not tense_shift(sentence, complement, conj) and _tense(sentence, complement) is not None \
        and not any(c.deprel == "ccomp" for c in sentence.children(conj))


def tense_shift(sentence: Sentence, cue_verb: Word, conj: Word) -> bool:
    """A coordinated predicate in another tense than the cue is not the speaker's next act but
    the reported clause going on, wherever the parser hung it ("said the meeting *was* private
    and *does* not mean ...", "says it *paid* ... and also *paid* ...")."""
    tenses = _tense(sentence, cue_verb), _tense(sentence, conj)
    return None not in tenses and tenses[0] != tenses[1]


def comment_start(sentence: Sentence, complement: Word, any_subject: bool = False) -> int:
    """Where the outlet's comment on the reported clause begins: a clause joined to it by ", but"
    whose subject points back at what was reported ("said the body had been found, but [this
    information] could not be verified", "..., but [that] could not be confirmed"); the
    sentence's end when there is none. Any other subject goes on with the reported clause
    ("said the plan was sound, but the council would vote again"): PolNeAR full train, a ", but"
    clause with a subject of its own on a speech cue's reported clause is in the gold content 10
    times in 11. ``any_subject``: after an "according to" phrase, any subject of its own will do
    ("according to X, the chief was on board, but there is no confirmation")."""
    for child in sentence.children(complement):
        if child.deprel != "conj" or child.id < complement.id or not (
                own_subject(sentence, child) if any_subject else _pointing_back(sentence, child)):
            continue
        if not any(c.deprel == "cc" and c.lemma.lower() == "but" for c in sentence.children(child)):
            continue
        first = next(w for w in sentence.subtree(child) if w.upos != "PUNCT")
        if first.id >= 2 and sentence.words[first.id - 2].text == ",":
            return sentence.words[first.id - 2].start
    return sentence.end


def _pointing_back(sentence: Sentence, verb: Word) -> bool:
    """The verb's subject is a demonstrative or has one ("this", "that claim"): it refers back."""
    return any(c.deprel.startswith("nsubj") and (c.feat("PronType") == "Dem" or any(
        d.deprel == "det" and d.feat("PronType") == "Dem" for d in sentence.children(c))) for c in sentence.children(verb))


_GOVERNED_CASES = ("as", "of", "to", "for")


def _holds_belief(sentence: Sentence, verb: Word) -> bool:
    """The belief verb's holder is given by the tree: an active verb with a subject of its own
    ("the candidates hope to"), a participle going on with its clause ("..., hoping to") or a
    verb coordinated with one ("... and hopes to"). Not a passive, with its auxiliary ("is
    expected to") or without ("Utkin, believed to have ..."), whose subject holds no belief."""
    children = sentence.children(verb)
    if any(c.deprel.startswith("aux:pass") for c in children) or (
            verb.xpos == "VBN" and not any(c.deprel == "aux" for c in children)):
        return False
    return any(c.deprel == "nsubj" for c in children) or verb.xpos == "VBG" or (
        verb.deprel == "conj" and any(c.deprel == "cc" for c in children))


def _bare_time(sentence: Sentence, word: Word, words_: SpeakerWords | None) -> bool:
    """ "called him *the next day*", "cast their votes *this summer*": a time the parser took
    for an object, with no phrase of its own ("described *a day at home* as ..." is an object)."""
    return words_ is not None and is_time(sentence, word, words_) and not any(
        c.deprel.startswith(("nmod", "acl")) for c in sentence.children(word))


def _asked_infinitive(sentence: Sentence, verb: Word, objects: Sequence[Word], quotes: Sequence[Quote]) -> Word | None:
    """ "urged [the rest of the party] to coalesce": the to-infinitive right after an intention
    verb's object is what is asked of it, though the parser made it an adverbial clause; only
    right after the object's words (nothing between), so a later purpose clause stays out. Not
    when it holds a quotation ('lobbied the board to “stop ...”'): the quoted words are direct
    speech of their own (quoteframes.governed_quotes)."""
    if not objects:
        return None
    end = max(w.id for w in sentence.subtree(objects[0]))
    asked = next((c for c in sentence.children(verb) if c.deprel == "advcl" and min(w.id for w in sentence.subtree(c)) == end + 1
                  and any(m.deprel == "mark" and m.lemma.lower() == "to" and m.id == end + 1 for m in sentence.children(c))), None)
    if asked is None or any(q.overlaps(*subtree_span(sentence, asked)) for q in quotes):
        return None
    return asked


def governed_content(sentence: Sentence, cue: CueHit, quotes: Sequence[Quote] = (),
                     words_: SpeakerWords | None = None) -> tuple[int, int] | None:
    """Content that is not a clause, for the cues whose lexicon entry says what they govern:
    an intention's to-infinitive with the person it is asked of ("urged *voters to stay home*",
    "wants *to close the road*") and a belief's whose holder the tree gives ("hopes *to win*",
    "expects *him to resign*"; :func:`_holds_belief`), and an object with its description for an entry that governs
    an object ("described *the plan as a failure*", "accused *the firm of hiding losses*",
    "called *it a disgrace*"). None when the entry asks for neither or the tree has neither."""
    entry, verb = cue.entry, cue.verb
    children = sentence.children(verb)
    objects = [c for c in children if c.deprel in ("obj", "iobj") and c.id > verb.id and not _bare_time(sentence, c, words_)]
    infinitive = None
    if entry.attribution_class == "intention" or (entry.attribution_class == "belief" and _holds_belief(sentence, verb)):
        infinitive = governed_infinitive(sentence, verb)
        if infinitive is None and verb.upos == "NOUN" and entry.upos == ("NOUN",):
            infinitive = noun_infinitive(sentence, verb)  # "her plan *to cut* taxes"
        if infinitive is None and "object" in entry.topic_for(verb.lemma):
            infinitive = gerund_complement(sentence, verb)  # "proposed *barring* imports"
        if infinitive is None and entry.attribution_class == "intention":
            infinitive = _asked_infinitive(sentence, verb, objects, quotes)
        if infinitive is None and entry.attribution_class == "intention":
            return None
    if infinitive is not None:
        start = min([w.start for w in sentence.subtree(infinitive)] + [subtree_span(sentence, o)[0] for o in objects if o.id < infinitive.id])
        return start, subtree_span(sentence, infinitive)[1]
    if entry.governs == "object" and (not objects or any(q.contains(objects[0].start, objects[0].end) for q in quotes)):
        named = _named_by_relative(sentence, verb, quotes)
        if named is not None or not objects:
            return named
    if (entry.is_unlisted or entry.governs != "object") \
            and (named := named_as_quoted(sentence, verb, quotes, _object_prepositions(entry, verb))) is not None:
        # 'pounded Trump as a “con artist” ― just as ...': the object and the name it is given, no
        # more; so too for a listed verb that governs no object ('praised the judge as “a man of
        # honor”', 'introduced him as “a friend”'): the quoted name is its content, not the bare
        # object (a topic statement still where the entry's object is a topic: _names_topic)
        preps = _object_prepositions(entry, verb)
        first = objects[0] if objects else next(c for c in children if c.deprel == "obl" and c.id > verb.id and any(
            k.deprel == "case" and k.lemma.lower() in preps for k in sentence.children(c)))
        kept = [w for w in sentence.subtree(first) if not (w.deprel == "case" and w.head == first.id)]
        span = (kept[0].start, _as_phrase_end(sentence, named, quotes))  # "refers to [the governor as ...]"
        return to_closing_marks([span], quotes, sentence)[0]
    if entry.governs != "object":
        return None
    parts = objects + [c for c in children if c.id > objects[0].id and (c.deprel == "xcomp" or (
        c.deprel.startswith("obl") and any(k.deprel == "case" and k.lemma.lower() in _GOVERNED_CASES for k in sentence.children(c))
        or (c.deprel == "advcl" and any(k.lemma.lower() in _GOVERNED_CASES and not (k.upos == "PART" and c.xpos == "VB")
                                           for k in sentence.children(c)))))]  # not a purpose: "called them *to* ask"
    if len(parts) < 2:
        start, end = subtree_span(sentence, objects[0])
        named = next((q for q in quotes if objects[0].end <= q.start and (q.start < end or opens_at(sentence.words, end, q)) and not any(
            objects[0].end <= w.start < q.start and w.text in (":", ";", "(") for w in sentence.words)), None)
        if named is not None:  # the name it was given in quote marks, wherever the parser hung it:
            return start, max(end, named.end)  # 'called half of his supporters “deplorables”'
        later = _name_after_object(sentence, verb, end, quotes)
        if later is not None:  # 'called [Clinton's remarks on 9/11] a "new low" and a "bizarre ..."'
            return to_closing_marks([(start, later)], quotes, sentence)[0]
    if len(parts) < 2 and _misplaced_name(sentence, objects[0]):  # "called [climate change] [a hoax] ...", hung on the object
        return subtree_span(sentence, objects[0])
    if len(parts) < 2 and _governed_clause_of_object(sentence, objects[0]) is None:
        named = _predicate_nominal(sentence, verb, objects[0], words_) if words_ is not None else None
        # a bare object reports nothing: "called a meeting"
        return named if named is not None else _quoted_object(sentence, verb, objects[0], quotes)
    # "blamed the debt for [keeping] rates low and [making] it ...": the governed clause's second
    # half, hung on the cue as a conjunct in the clause's form (_conjoined_clause), goes on with it
    governed = parts[-1] if len(parts) > 1 else _governed_clause_of_object(sentence, objects[0])
    spans = [subtree_span(sentence, p) for p in parts + (_conjoined_clause(sentence, verb, governed) if governed else [])]
    # 'called Burma a "good news story in an era when ..."': quoted words are given whole
    start, end = to_closing_marks([(min(a for a, _ in spans), max(b for _, b in spans))], quotes, sentence)[0]
    return start, _phrase_after_name(sentence, verb, end, words_)


def _governed_clause_of_object(sentence: Sentence, obj: Word) -> Word | None:
    """ "accused [the firm] [of hiding] losses": the governed clause the parser hung on the object
    instead of the verb."""
    return next((c for c in sentence.children(obj) if c.deprel == "acl" and any(
        k.deprel == "mark" and k.lemma.lower() in _GOVERNED_CASES for k in sentence.children(c))), None)


def governed_infinitive(sentence: Sentence, verb: Word) -> Word | None:
    """The to-infinitive after the verb that it governs ("wants *to close* the road"), else None."""
    return next((c for c in sentence.children(verb) if c.deprel == "xcomp" and c.id > verb.id
                 and any(m.deprel == "mark" and m.lemma.lower() == "to" for m in sentence.children(c))), None)


def _as_phrase_end(sentence: Sentence, named: Word, quotes: Sequence[Quote]) -> int:
    """Where the as-phrase holding a quoted name ends: its subtree's end, or the quotation's
    closing mark when the phrase's head comes after the quotation, the parser having hung "as"
    on a later word ('blasted Moore as a “fraud” [Tuesday] on the show': the day is no part of
    the name)."""
    start, end = subtree_span(sentence, named)
    inside = [q for q in quotes if start <= q.start and q.end <= end + 2]
    if inside and named.start >= inside[0].end:
        return inside[0].end
    return end


def _phrase_after_name(sentence: Sentence, verb: Word, end: int, words_: SpeakerWords | None) -> int:
    """'called the deal "a step forward" in global efforts to ...': the cue's own prepositional
    phrase right after the name it gives goes on with the name, unless it tells a time or a
    medium ('on Tuesday', 'in a statement'). An adverbial clause there ('described her as a
    "disgrace" after she attacked ...') is the writer's, and stays out."""
    later = [c for c in sentence.children(verb) if c.start >= end and c.upos != "PUNCT"]
    if not later:
        return end
    first = later[0]
    if first.deprel != "obl" or (words_ is not None and (is_time(sentence, first, words_)
                                                         or frame_medium(sentence, first, words_))):
        return end
    return max(end, subtree_span(sentence, first)[1])


_NOUN_PHRASE_TAGS = ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "ADP", "PART")
_LOOSE_NOMINAL_ARCS = ("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod", "nmod:poss")


def _predicate_nominal(sentence: Sentence, verb: Word, obj: Word, words_: SpeakerWords) -> tuple[int, int] | None:
    """ "called climate change a hoax", "called her vote in favor of the war a mistake": the name
    given to the object, a second noun phrase, which the parser hangs inside the object's phrase
    (nmod, conj) or makes the subject of a clause of its own instead of the verb's xcomp. It is
    that name when a determiner opens a noun phrase right after a noun, the words from the
    object to it being noun phrases (no comma: "called Smith, a lawyer, ..." is an apposition;
    no verb), and the phrase is no time ("called the police the next day") and has no preposition. The content is
    the object with its name, to the end of the phrase that holds the name below the verb."""
    if any(c.deprel.startswith("aux:pass") for c in sentence.children(verb)):
        return None  # "X has been called a hoax": X does not speak
    words = sentence.words
    for det in words[obj.id:]:
        before = words[det.id - 2]
        if det.upos not in _NOUN_PHRASE_TAGS:
            return None  # the object's phrase is over: a comma, a clause
        if det.upos != "DET" or before.upos not in ("NOUN", "PROPN", "NUM") or not det.head or det.head < det.id:
            continue
        name = sentence.word(det.head)
        if name.upos not in ("NOUN", "PROPN") or name.deprel in _LOOSE_NOMINAL_ARCS or is_time(sentence, name, words_) \
                or any(c.deprel == "case" for c in sentence.children(name)):
            return None
        top = name
        while top.head and top.head != verb.id:
            top = sentence.word(top.head)
        if top.head != verb.id:
            return None
        holder = top if top.id == obj.id or not any(c.deprel == "cc" for c in sentence.children(top)) else name
        start = sentence.subtree(obj)[0].start
        end = max(subtree_span(sentence, obj)[1], subtree_span(sentence, holder)[1])
        return start, end
    return None


def _misplaced_name(sentence: Sentence, obj: Word) -> bool:
    """The name an object is given ("called [climate change] [a hoax]"), which the parser hung
    inside the object's phrase (a modifier or conjunct of one of its nouns): a noun phrase opened
    by "a" or "an" after the object's head, with no preposition of its own and no comma before it
    (", a Democrat," describes the object in the outlet's words)."""
    for word in sentence.subtree(obj):
        if word.id <= obj.id or word.upos not in ("NOUN", "PROPN") or word.deprel not in ("nmod", "conj", "appos", "obj"):
            continue
        children = sentence.children(word)
        if any(c.deprel in ("case", "cc") for c in children):
            continue
        det = next((c for c in children if c.deprel == "det" and c.lemma.lower() in ("a", "an")), None)
        if det is not None and det.id >= 2 and sentence.words[det.id - 2].upos != "PUNCT":
            return True
    return False


def _object_prepositions(entry: Entry, verb: Word) -> tuple[str, ...]:
    """The prepositions of a listed entry's topic ("refer *to* X"), whose phrase stands for the
    object a quoted as-name is given ("refers to the governor as “Chris”"); none for the
    unlisted entry."""
    if entry.is_unlisted:
        return ()
    return tuple(p for p in entry.topic_for(verb.lemma) if p != "object")


def _name_after_object(sentence: Sentence, verb: Word, end: int, quotes: Sequence[Quote]) -> int | None:
    """Where the quoted name given to an object ends when the parser hung it on the verb, apart
    from the object ('called [the remarks on 9/11] a "new low"', 'called [X's chief executive,
    J. Michael Pearson], "incredibly driven"'): the first quotation after the object opens after
    nothing but punctuation and words of its own phrase ("a"), every word of it lies below the
    verb (a quotation with its own frame, 'called X, "..." he said', does not), and the name
    runs to the end of the phrase its quoted head heads. None when no such quotation follows."""
    quote = next((q for q in quotes if end <= q.start), None)
    if quote is None or quote.start - end > 40:
        return None
    below = {w.id for w in sentence.subtree(verb)}
    inside = [w for w in sentence.words if quote.start <= w.start and w.end <= quote.end and w.upos != "PUNCT"]
    if not inside or any(w.id not in below for w in inside):
        return None
    ids = {w.id for w in inside}
    between = [w for w in sentence.words if end <= w.start < quote.start]
    if any(w.text in (":", ";", "(", "--", "-", "—", "–") or (w.upos != "PUNCT" and w.head not in ids) for w in between):
        return None
    heads = [w for w in inside if w.head not in ids]
    if len(heads) != 1 or heads[0].deprel in ("nsubj", "nsubj:pass", "csubj") or heads[0].upos in ("AUX",):
        return None
    return max(quote.end, subtree_span(sentence, heads[0])[1])


def _quoted_object(sentence: Sentence, verb: Word, obj: Word, quotes: Sequence[Quote]) -> tuple[int, int] | None:
    """ 'called the DNC's suspension “arbitrary”' parsed with the quoted word as the object and
    what was named hanging below it: every word between the verb and the quotation is below the
    object, and the content ends with the quotation. Not for a passive ("X has been called “...”"
    names X, who does not speak)."""
    quoted = next((q for q in quotes if q.contains(obj.start, obj.end)), None)
    if quoted is None or any(c.deprel.startswith("aux:pass") for c in sentence.children(verb)):
        return None
    below = {w.id for w in sentence.subtree(obj)}
    between = [w for w in sentence.words if verb.end <= w.start and w.end <= quoted.start and w.upos != "PUNCT"]
    if between and all(w.id in below for w in between):
        return between[0].start, quoted.end
    return None


_RELATIVE_OBJECTS = ("what", "which", "that", "who", "whom")


def _bare_relative(sentence: Sentence, verb: Word, head: Word) -> bool:
    """A relative clause with no relative word, on a noun it names ('a campaign - one he *calls*
    "Bright Ohio" - but ...', 'the songs she *calls* "road music"'): a subject of its own before
    the verb, and no object or complement, the noun being what is named."""
    children = sentence.children(verb)
    return head.upos in ("NOUN", "PRON", "NUM") and head.id < verb.id \
        and any(c.deprel == "nsubj" and c.id < verb.id for c in children) \
        and not any(c.deprel in ("obj", "ccomp", "xcomp") and c.id < verb.id for c in children) \
        and not any(w.feat("PronType") == "Rel" for w in sentence.words[head.id : verb.id - 1])


_MISPARSED_RELATIVE_ARCS = ("mark", "nsubj", "obj")
_MAIN_CLAUSE_ARCS = ("root", "conj", "parataxis")


def _misparsed_relative(sentence: Sentence, verb: Word) -> bool:
    """A relative clause the parser read as a clause of its own ('a country that [Romney] called
    "..."', 'Bannon, who [Beck] called "..."', 'a clip that [the judge] called "..."'): the
    verb heads a main clause or a conjunct, and its dependents before it are a relative word
    (hung as marker, subject or object) after some word of the sentence, then a subject of its
    own: the relative word is the thing named, the subject the speaker."""
    if verb.deprel not in _MAIN_CLAUSE_ARCS:
        return False  # 'said that Trump called "..."': a reported clause, not a relative one
    before = [c for c in sentence.children(verb) if c.id < verb.id and c.upos != "PUNCT"]
    relative = next((c for c in before if c.lemma.lower() in _RELATIVE_OBJECTS and c.deprel in _MISPARSED_RELATIVE_ARCS), None)
    if relative is None or relative.id == 1 or sentence.words[relative.id - 2].upos not in ("NOUN", "PROPN", "PUNCT"):
        return False
    return any(c.deprel == "nsubj" and c.id > relative.id for c in before)


def _named_by_relative(sentence: Sentence, verb: Word, quotes: Sequence[Quote]) -> tuple[int, int] | None:
    """ "what Gilbert called “a perception problem”", "what had been called “Golden Week”": the
    thing named is a relative pronoun before the verb (its object, or the word its relative
    clause hangs on) and the name it was given follows the verb at once, in quote marks; that
    quotation is the content. The name may be given "as" something, with its article: "which
    he described as “like an open orchid”", "what Zimmerman described as a “piece of history”"
    (the content then runs from the article)."""
    head = sentence.word(verb.head) if verb.head else None
    relative = verb.deprel == "acl:relcl" and head is not None and (
        head.lemma.lower() in _RELATIVE_OBJECTS or _bare_relative(sentence, verb, head))
    if not relative and not any(c.id < verb.id and c.deprel in ("obj", "nsubj:pass") and c.lemma.lower() in _RELATIVE_OBJECTS
                                for c in sentence.children(verb)) and not _misparsed_relative(sentence, verb):
        return None
    at, start = verb.end, None
    rest = [w for w in sentence.words if w.start >= verb.end]
    if rest and rest[0].lemma.lower() == "as" and rest[0].upos in ("ADP", "SCONJ"):
        at = rest[0].end
        if len(rest) > 1 and rest[1].upos == "DET":
            start, at = rest[1].start, rest[1].end
    elif rest and rest[0].upos == "DET" and rest[0].lemma.lower() in ("the", "a", "an"):
        start, at = rest[0].start, rest[0].end  # 'towns that are labeled the "lost heartland"'
    named = next((q for q in quotes if opens_at(sentence.words, at, q) and q.end <= sentence.end + 2), None)
    return (named.start if start is None else start, named.end) if named is not None else None


def speech_topic(sentence: Sentence, cue: CueHit, grammar: Grammar | None = None) -> list[Word]:
    """What a speech act was about, for an entry with a ``topic`` (cue class topic): the object
    or prepositional object (matching.topic_of), with a to-infinitive after it that says what
    was asked of it ("called on *the mayor* *to resign*"), the description it was given
    ("criticized *the law* *as a “crazy system”*") or what an object was blamed or praised for
    ("criticized *Clinton* *for accepting the fees*")."""
    topic = cue.entry.topic_for(cue.verb.lemma)
    lower = grammar.oblique_topic_prepositions if grammar is not None else frozenset()
    head = cue_topic(sentence, cue.words, topic, lower) if topic and not cue.lemma.startswith("quote") else None
    if head is None:  # "quoting the agency" names a source, not a topic
        return []
    if any(c.upos in ("VERB", "AUX") and any(m.deprel == "mark" and m.lemma.lower() == "as" for m in sentence.children(c))
           for c in sentence.children(cue.verb)):
        return []  # "Tass cited officials as saying ...": a relay, the officials speak
    if any(m.deprel == "mark" and m.lemma.lower() in ("that", "whether") for d in sentence.subtree(head) for m in [d]):
        return []  # "rejected claims that ...": the clause is the content, found after "that"
    infinitive = infinitive_after(sentence, cue.verb, head) if head.relation == "obj" else None
    asked = [c for c in sentence.children(cue.verb) if c.id > head.id and (
        c.deprel in ("xcomp", "advcl") and any(m.deprel == "mark" and m.lemma.lower() == "to" for m in sentence.children(c))
        or (infinitive is not None and c.id == infinitive.id)
        or c.deprel in ("obl", "advcl", "xcomp") and any(m.deprel in ("case", "mark") and m.lemma.lower() == "as" for m in sentence.children(c))
        or head.relation == "obj" and c.deprel in ("obl", "advcl") and any(
            m.deprel in ("case", "mark") and m.lemma.lower() == "for" and m.id < c.id for m in sentence.children(c)))]
    # "called for a voice vote, and then a visual vote": the parser hangs the second noun
    # phrase of the topic on the verb as its conjunct
    joined = [c for c in sentence.children(cue.verb) if c.id > head.id and c.deprel == "conj" and c.upos in ("NOUN", "PROPN")
              and any(k.deprel == "cc" for k in sentence.children(c)) and not any(
                  k.deprel.startswith(("nsubj", "case")) for k in sentence.children(c))]
    parts = [head] + _second_objects(sentence, cue.verb, head) + asked[:1]
    return parts + (joined[:1] or _conjoined_clause(sentence, cue.verb, parts[-1]))


def _conjoined_clause(sentence: Sentence, verb: Word, last: Word) -> list[Word]:
    """The second of two coordinated clauses of a topic that the parser hung on the cue as its
    conjunct ("spoke about [improving] NAFTA and [making] sure ...", "calling on Congress [to
    act] and [force] corporations to pay ..."): a bare verb after "and" or "or", with no subject,
    auxiliary or subordinator of its own, in the form of the topic's clause and not the cue's,
    so it cannot be the speaker's next act ("criticized the plan and *called* for ...")."""
    if last.upos != "VERB" or not last.xpos or last.xpos == verb.xpos:
        return []
    return [c for c in sentence.children(verb) if c.deprel == "conj" and c.id > last.id and c.xpos == last.xpos
            and any(k.deprel == "cc" for k in sentence.children(c))
            and not any(k.deprel.startswith(("nsubj", "aux", "mark", "expl")) for k in sentence.children(c))][:1]


def _second_objects(sentence: Sentence, verb: Word, head: Word) -> list[Word]:
    """The further objects the parser hung on the verb right after the topic object, though a verb
    has one: a noun phrase torn in two at a quotation inside it ("denounced [the nascent]
    “[Neocons] For Hillary” movement") or the next item of a list ("cited her “long experience,”
    “[firm grasp] of the issues” and ...", "criticized [President] [George] [W. Bush]"), each
    right after the last. Only punctuation lies between two; with none, an object opened by a
    determiner is a name given to the one before ("consider it a good deal"), not part of it."""
    if head.relation != "obj":
        return []
    after = max(w.id for w in sentence.subtree(head))
    found = []
    for child in sentence.children(verb):
        if child.deprel != "obj" or child.id <= head.id:
            continue
        start = min(w.id for w in sentence.subtree(child))
        if start <= after or not all(sentence.word(i).upos == "PUNCT" for i in range(after + 1, start)) \
                or (start == after + 1 and sentence.word(start).upos == "DET"):
            break
        found.append(child)
        after = max(w.id for w in sentence.subtree(child))
    return found


def frame_medium(sentence: Sentence, word: Word, words_: SpeakerWords) -> bool:
    """ "called for more investment *in a statement*", "*in an interview*": a text or medium the
    speech act came in, hung on the topic by the parser; the frame's adjunct, not the topic's."""
    return word.deprel in ("nmod", "obl") and word.lemma.lower() in (words_.document_heads | words_.media_heads) and any(
        c.deprel == "case" and c.lemma.lower() in ("in", "during") for c in sentence.children(word))


def to_closing_marks(pieces: Sequence[tuple[int, int]], quotes: Sequence[Quote], sentence: Sentence,
                      frame: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """A piece of content that opens a quotation runs at least to its closing mark (or to the
    sentence's end when the quotation goes on): quoted words are given whole, never cut where
    the parser's arcs for the clause stop ('that Taylor "had a poor ear, was stubborn, and made
    bad choices"', 'called Burma a "good news story in an era when ..."'). Never over the
    frame, when there is one after the piece."""
    out = []
    for a, b in pieces:
        for q in quotes:
            if a <= q.start < b < q.end and not (frame is not None and b <= frame[0] < q.end):
                b = max(b, min(q.end, sentence.end))
        out.append((a, b))
    return out
