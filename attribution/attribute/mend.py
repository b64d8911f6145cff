"""Trees mended where the small tagger read a speech verb as a noun, before the frame rules read them.

The tagger calls a speech verb a noun in two shapes it rarely saw in training, so no cue is
found at all, though the word form and its place leave no doubt:

* an absolute clause after a comma, "..., with [President Ruiz] *saying* [the plan is fair]":
  the -ing form (lemma left unstripped, or a participle hung on the noun before it) of a
  speech verb, right after a noun phrase opened by "with", with words after it. The phrase is
  the verb's subject, what follows its reported clause, and the whole an adverbial clause of
  the main verb, so the main frame's content stops before ", with". A participle tagged as a
  verb is mended so too when the parser hung it inside another frame's reported clause, or
  below the clause it reports itself: it then hangs on that frame's verb;
* a count as subject, "[Nine out of 10] *say* [...]", "[One in five] *say* ...": the bare or
  -s form of a speech verb right after a count of numbers and prepositions that opens the
  sentence (an adverb before it: "Nearly"), with words after it;
* a share opening the sentence hung on a speech verb without a subject, "[About four in 10]
  said ...", "[Three in five] said": the share (a number, a preposition, a number) as an oblique
  or the like, an adverb of the verb before it ("More than"); it becomes the verb's subject;
* a frame closing its sentence, "The plan is fair, [Ruiz] *maintains*.": the -s form of a speech
  verb after a noun phrase set off by a comma, nothing but punctuation after it; or set off by
  the closing mark of a quotation that ends in a comma, question or exclamation mark
  ('"...," [the harbor bulletin] *reads*.', the words of the phrase adjectives after its determiner),
  where its bare form frames the quotation too ('"...," the statement *read*.'); a cue verb of
  any frame so ("..., a state audit *shows*.");
* a data noun read as a modifier of its verb, "For the first time, [a poll/ADJ] *shows/NOUN*
  [...]": the data noun (speakers.yaml ``data_heads``) right before the cue verb heading the
  sentence, hung on it with the words of its phrase, is the verb's subject, what follows its
  clause; in a closing or set-off frame ("..., a Quinnipiac [poll/ADJ] *shows*.") a data noun
  right before the verb counts as the subject's head noun however tagged;
* a frame set off by commas inside its clause, "Farmers, [the report] *notes*, [praise the plan]":
  the -s form of a cue verb right before a comma, after a noun phrase that a comma opens; the
  rest of the sentence is its clause;
* a gerund subject of the reported clause, "They say [adding iodine to salt] is the simplest
  method": the -ing form right after a speech verb, taken for its complement (``xcomp``), and the
  predicate after it, taken for a second predicate of the speech verb (``conj``) though it has
  a copula or auxiliary and no subject. The predicate becomes the verb's clause (``ccomp``), the
  -ing form its subject (``csubj``);
* a participle modifying the subject, "The results of the study [published] in the journal this
  week, revealed that ...": the parser took the participle for the sentence's verb, with the
  speech verb after the comma its second predicate (``conj``, no subject and no conjunction of
  its own). The speech verb becomes the root with the subject, the participle a modifier (``acl``)
  of the subject;
* a reported clause torn from its verb, "..., who had told [Montalvo] [he would assist him]": the
  clause right after the speech verb's object, with a subject of its own and a finite or modal
  verb, hung on a verb before the frame (``conj`` of the sentence's root). It becomes the speech
  verb's clause (``ccomp``) when the verb has no clause of its own; so too the clause right after
  a speech verb's participle with no comma before it ("sent a letter to members *saying* [the
  strike would end]"), the parser having hung it on the sentence's verb;
* a that-clause hung on the speech verb's oblique, "insisted in the same interview [that Mr. X
  was wrong]": made a relative clause of the oblique's noun though "that" is its mark and it
  has a subject of its own; it becomes the speech verb's clause (``ccomp``) when the verb has
  none of its own;
* a participle hung on the clause it reports, "imposed a sentence, *saying* [a penalty was
  needed]": the -ing form of a speech verb, with no object or clause of its own, made an
  adverbial clause (``advcl``) or subject (``csubj``) of the finite clause right after it, whose
  subject opens right after the participle (a "that" between). The clause becomes the
  participle's (``ccomp``), the participle an adverbial clause of the verb the clause hung on;
* a participle beside its clause, '"...," he said, *adding* [he would never vote for her]',
  "attacked Lopez, *saying* [he would ...]": the bare participle set off by a comma and the finite
  clause right after it both hung on the sentence's verb (a second reported clause, a conjunct);
  the clause becomes the participle's;
* a participle's object that is its clause's subject, "echoed the comments, *saying* [the plan]
  [is inadequate]": the predicate right after the object, a conjunct or parataxis of the
  sentence's verb with no conjunction, subordinator or subject of its own (but inside the
  object's phrase), becomes the participle's clause (``ccomp``) and the object its subject; where
  the predicate's own subject follows the object at once ("telling [reporters] [he] had ..."),
  the object is the addressee and stays so;
* "those" and a participle as subject, "[those surveyed] said ...": the parser made the participle
  the speech verb's subject (a verb), "those" its determiner or a second subject; "those"
  becomes the subject (a pronoun), the participle its modifier (``acl``);
* a relative frame inside a frame's subject, "[Podesta], *who said* [A], said [B]": the parser made
  the relative clause the main speech verb's reported clause (``ccomp``), with A hung there too;
  it goes back on the subject (``acl:relcl``) with the words up to its closing comma;
* a participle read as a noun, "issued [a statement] *saying* [that ...]": the -ing form of a
  speech verb tagged as a noun, the noun before it its modifier and its clause a relative
  clause. The noun heads its phrase again, the -ing form is a participle on it (``acl``) whose
  clause is its complement; so too with a quotation right after its comma, hung on the
  sentence's verb ('sent an email *saying*, "..."');
* a name opening a frame, "[Ruiz] *claims* [she was never told]": the -s form of a speech verb
  right after the sentence's opening name, a subject pronoun or "that" right after it, read as
  the plural of a noun the name modifies;
* a subject that agrees with the verb, "[The lawsuit] *claims* [that the firm ...]", "[Economists]
  *warn* [that ...]": the -s form of a cue verb (any frame: "believes", "shows") right after a
  singular noun or a name, or its bare form right after a plural noun, with a subject pronoun
  or "that" and a subject after it, the noun phrase opening the sentence (after an adverbial
  set off by a comma at most; with a prepositional phrase in it, "A memo from the lawyers
  states ...", its head noun agrees), the clause ending at a ";". A noun with a relative clause ("the claims that he made") has
  a determiner or possessive before it, and one inside a verb's object ("rejected the
  insurance claims that ...") has the verb before its phrase. An "about" phrase right after
  the -s form ("[Merkel] *talks* [about a European consensus]", "talks about growing up") is the
  verb's topic: an oblique (a gerund clause: an adverbial clause), not a clause;
* a frame interrupting its clause made the root, "[These nurses], Okafor *explained* at the
  hearing, [were paid late]": the clause's subject a second subject of the cue or the subject
  of the clause's predicate, which the parser made a conjunct of the cue after the closing
  comma (no subject after the frame, no conjunction). The predicate becomes the root with its
  subject, the frame an adverbial clause of it (``advcl``), as the parser reads the frame elsewhere.

The mended word becomes a VERB heading its subject (``nsubj``) and its clause (``ccomp``), but where
a mend above says otherwise; every other arc stays. A mend that would leave a cycle is not made.

Before any of these, a name the article gives as a proper name elsewhere, read as an adverb or
a verb with no words of its own right before a speech verb that has no subject ("[Kelly/ADV]
responded", '"...," [Husted/VERB] said'), becomes that verb's subject; and an -ing verb whose lemma the lemmatizer left unstripped or cut wrong
('..., *shouting* "..."' lemma "shouting", "*echoing*" lemma "echon") gets the stem of its
form that is a cue verb, so its cue is found; only the lemma changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from attribution.attribute.cues import spelled_in
from attribution.attribute.headings import DASHES
from attribution.attribute.quotes import QUOTE_MARK_WORDS
from attribution.document import ParsedDoc, Sentence, Word
from attribution.lexicon import Lexicon
from attribution.matching import FRAME_MODIFIERS, Grammar

_NOMINAL = ("NOUN", "PROPN", "NUM", "ADJ", "DET", "PRON")


def speech_verb_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """Lemmas of the one-word speech-verb entries ("say", "tell", "warn")."""
    return frozenset(lemma for e in lexicon.reporting() if e.frame == "speech" and len(e.slots) == 1
                     and "VERB" in e.upos and not e.negated for lemma in e.first_lemmas)


def cue_verb_lemmas(lexicon: Lexicon) -> frozenset[str]:
    """Lemmas of the one-word verb entries of every frame ("say", "believe", "show")."""
    return frozenset(lemma for e in lexicon.reporting() if len(e.slots) == 1 and "VERB" in e.upos and not e.negated
                     for lemma in e.first_lemmas if lemma.isalpha())


def mend_doc(doc: ParsedDoc, verbs: frozenset[str], grammar: Grammar, cues: frozenset[str] = frozenset(),
             data: frozenset[str] = frozenset()) -> ParsedDoc:
    """``data``: the nouns of counts and findings (speakers.yaml ``data_heads``)."""
    either = verbs | cues  # made once: a union of two lexicon-sized sets per word cost more than all the mends
    names = _name_forms(doc)
    sentences = tuple(mend_sentence(_misread_name(s, verbs, names), verbs, grammar, cues, either, data) for s in doc.sentences)
    return doc if all(a is b for a, b in zip(sentences, doc.sentences)) else replace(doc, sentences=sentences)


def mend_sentence(sentence: Sentence, verbs: frozenset[str], grammar: Grammar, cues: frozenset[str] = frozenset(),
                  either: frozenset[str] | None = None, data: frozenset[str] = frozenset()) -> Sentence:
    """The sentence with its first mend made (see the module's docstring), or the sentence itself.
    ``either`` is ``verbs | cues``, when the caller has it already."""
    either = verbs | cues if either is None else either
    sentence = _participle_lemmas(sentence, either)
    for word in sentence.words:
        mended = _absolute(sentence, word, verbs, grammar.absolute_openers) or _count_subject(sentence, word, verbs) \
            or _closing_frame(sentence, word, either, data) or _set_off_frame(sentence, word, either, data) \
            or _opening_frame(sentence, word, verbs) \
            or _gerund_subject(sentence, word, verbs) or _participle_subject(sentence, word, verbs) \
            or _torn_clause(sentence, word, verbs) or _participle_under_its_clause(sentence, word, verbs) \
            or _participle_beside_its_clause(sentence, word, verbs) \
            or _object_then_predicate(sentence, word, verbs) or _those_participle(sentence, word, verbs) \
            or _relative_frame_in_subject(sentence, word, verbs) or _count_as_oblique(sentence, word, verbs) \
            or _clause_on_oblique(sentence, word, verbs) \
            or _participle_read_as_noun(sentence, word, verbs) \
            or _agreeing_subject(sentence, word, cues) or _interrupting_frame(sentence, word, either) \
            or _data_modifier_frame(sentence, word, cues, data)
        if mended is not None:
            return mended
    return sentence


def _name_forms(doc: ParsedDoc) -> frozenset[str]:
    """The capitalised word forms the tagger reads as a proper name somewhere in the article."""
    return frozenset(w.text for s in doc.sentences for w in s.words if w.upos == "PROPN" and w.text[:1].isupper())


def _misread_name(sentence: Sentence, verbs: frozenset[str], names: frozenset[str]) -> Sentence:
    """"[Kelly/ADV] responded ...", '"...," [Husted/VERB] said': a name the article uses as a
    proper name elsewhere, or a capitalised word right after a quotation closing on a comma,
    question or exclamation mark (no verb of English prose is capitalised there, and the tagger
    may misread the name everywhere in the article), read here as an adverb or a verb with no
    words of its own, hung on the speech verb right after it, which has no subject: it is that
    verb's subject."""
    for word in sentence.words[:-1]:
        verb = sentence.word(word.id + 1)
        if word.upos not in ("ADV", "VERB") or not (word.text in names or _after_quotation(sentence, word)) \
                or not word.text.isalpha() or not word.text[:1].isupper() \
                or verb.upos != "VERB" or verb.xpos not in ("VBD", "VBZ", "VBP") or verb.lemma.lower() not in verbs \
                or word.head != verb.id or any(c.upos != "PUNCT" for c in sentence.children(word)) \
                or any(c.deprel.startswith("nsubj") for c in sentence.children(verb)):
            continue
        words = list(sentence.words)
        words[word.id - 1] = word._replace(upos="PROPN", xpos="NNP", lemma=word.text, feats="Number=Sing", deprel="nsubj")
        for mark in sentence.children(word):
            words[mark.id - 1] = mark._replace(head=verb.id)  # a closing quote mark the parser hung on the name
        return replace(sentence, words=tuple(words))
    return sentence


def _after_quotation(sentence: Sentence, word: Word) -> bool:
    """The word follows a quotation's closing mark set after a comma, question or exclamation
    mark ('"...," *Husted* said'), whatever the tagger made of the mark."""
    if word.id < 3:
        return False
    mark, stop = sentence.word(word.id - 1), sentence.word(word.id - 2)
    return mark.upos == "PUNCT" and mark.text in QUOTE_MARK_WORDS | {"''"} and stop.text in _CLOSING_MARKS


def _stems(text: str) -> tuple[str, ...]:
    """The verbs an -ing or -ed form can come from: saying -> say, noting -> note, admitting ->
    admit; echoed -> echo, noted -> note, slammed -> slam."""
    stem = text[:-3] if text.endswith("ing") else text[:-2]
    doubled = (stem[:-1],) if len(stem) > 2 and stem[-1] == stem[-2] else ()
    return (stem, stem + "e") + doubled


def _listed_stem(text: str, verbs: frozenset[str]) -> str | None:
    """The stem of an -ing or -ed form that is one of ``verbs`` ("saying" -> "say", "slammed" ->
    "slam"), if any."""
    return next((s for s in _stems(text) if s in verbs), None)


def _inflected(xpos: str, text: str) -> bool:
    """An -ing form tagged so ("saying"), or an -ed past or participle ("slammed"), long
    enough to hold a stem."""
    if xpos == "VBG":
        return text.endswith("ing") and len(text) >= 6
    return xpos in ("VBD", "VBN") and text.endswith("ed") and len(text) >= 5


def _participle_lemmas(sentence: Sentence, verbs: frozenset[str]) -> Sentence:
    """'..., *shouting* "..."', "softly *echoing* ...", "*slammed* the plan": the lemmatizer
    left an -ing or -ed verb's lemma unstripped or cut it wrong ("shouting", "echon", "slamm",
    "echoe"), so its cue is not found. A verb tagged -ing or -ed whose lemma is none of the stems
    its form can come from, one of which is a cue verb, gets that stem; every other word and arc
    stays."""
    words = list(sentence.words)
    for i, word in enumerate(words):
        text = word.text.lower()
        if word.upos != "VERB" or not _inflected(word.xpos, text):
            continue
        stems = _stems(text)
        lemma = word.lemma.lower()
        known = _listed_stem(text, verbs)
        if lemma in verbs or known is None or (lemma in stems and text.endswith("ing")):
            continue  # an -ed lemma the stems hold is the cut gone wrong ("slamm", "echoe")
        words[i] = word._replace(lemma=known)
    return sentence if words == list(sentence.words) else replace(sentence, words=tuple(words))


def _content_end(sentence: Sentence, after: int) -> int:
    """The last word id of what follows the cue: to the sentence's end, final punctuation left out."""
    last = len(sentence.words)
    while last > after and sentence.word(last).upos == "PUNCT":
        last -= 1
    return last


def _absolute(sentence: Sentence, word: Word, verbs: frozenset[str], openers: frozenset[str]) -> Sentence | None:
    """", with X saying ...": the verb, its subject phrase after "with", its clause after it."""
    if word.upos not in ("NOUN", "ADJ", "VERB"):
        return None
    text = word.text.lower()
    stem = _listed_stem(text, verbs) if text.endswith("ing") else None
    if stem is None:
        return None
    # a verb hung on the clause it reports ("with X reporting [no one will be refused]": an
    # adverbial of "refused"), or on the clause another frame reports ("said [the plan is fair],
    # with X saying ..."), goes to that frame's verb: a frame of its own, not part of that content
    inverted = word.upos == "VERB" and word.deprel == "advcl" and word.head > word.id
    low = word.upos == "VERB" and word.deprel == "advcl" and word.head < word.id
    # a verb made a conjunct of the clause before, its subject phrase left on that clause ("is
    # split, with X, Y and Z all calling for ..."): the phrase after "with" is its subject
    subjectless_conjunct = word.upos == "VERB" and word.deprel == "conj" and word.head < word.id \
        and not any(c.deprel.startswith("nsubj") for c in sentence.children(word))
    read_as_noun = word.upos in ("NOUN", "ADJ") and (word.lemma.lower() == text or word.lemma.lower() in _stems(text))
    if not (read_as_noun or word.upos == "VERB" and word.deprel == "acl" or inverted or low or subjectless_conjunct):
        return None
    opener = next((w for w in reversed(sentence.words[:word.id - 1]) if w.lemma.lower() in openers), None)
    if opener is None or opener.id < 3 or word.id - opener.id < 2 or word.id - opener.id > 10:
        return None
    if sentence.word(opener.id - 1).text != "," or not _noun_phrases(sentence.words[opener.id:word.id - 1]):
        return None  # a noun phrase only between "with" and the verb
    end = _content_end(sentence, word.id)
    start = word.id + 1
    while start <= end and sentence.word(start).upos == "PUNCT":
        start += 1  # 'saying: "..."'
    if start > end:
        return None
    if subjectless_conjunct:
        return _with_subject(sentence, word, opener)
    top = _top(sentence, range(opener.id, word.id + 1))
    host = sentence.head_of(top) if top is not None else None
    if inverted and host is not None and start <= host.id <= end:
        clause = _top(sentence, range(start, end + 1))
        host = sentence.head_of(clause) if clause is not None else None  # the main verb it all hangs on
    if host is None or opener.id <= host.id <= end:
        return None
    frame = _reporting_verb(sentence, host, verbs)
    if frame is None and (inverted or low):
        return None  # the sentence's own clause: "..., with X saying ..." already hangs on it
    host = frame or host
    verb = word._replace(upos="VERB", xpos="VBG", lemma=stem, feats="VerbForm=Part", head=host.id, deprel="advcl")
    return _rebuild(sentence, verb, range(opener.id + 1, word.id), range(start, end + 1), {opener.id: "mark"})


def _with_subject(sentence: Sentence, verb: Word, opener: Word) -> Sentence | None:
    """The conjunct verb of ", with X all calling for ...", made the clause it opens: the phrase
    after "with" its subject, "with" its marker, the verb an adverbial clause of the same head;
    what hangs on the verb (its object, "for a new vote") is left as it is."""
    subject = [i for i in range(opener.id + 1, verb.id) if sentence.word(i).upos != "ADV"]
    top = _top(sentence, subject)
    if top is None:
        return None
    words = list(sentence.words)
    inside = set(subject)
    for i in range(opener.id + 1, verb.id):
        w = words[i - 1]
        if i in inside and w.head not in inside and i != top.id:
            words[i - 1] = w._replace(head=top.id)
        elif i not in inside:
            words[i - 1] = w._replace(head=verb.id)  # "all", "even": the clause's adverbs
    words[top.id - 1] = words[top.id - 1]._replace(head=verb.id, deprel="nsubj")
    words[opener.id - 1] = words[opener.id - 1]._replace(head=verb.id, deprel="mark")
    words[verb.id - 1] = verb._replace(deprel="advcl")
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _noun_phrases(words: Sequence[Word]) -> bool:
    """Words of a noun phrase, or of noun phrases joined by "and" and commas with an adverb among
    them ("other governors and even a columnist", "Lee, Park and Moreno all"), ending in a noun."""
    if not words or words[-1].upos not in _NOMINAL:
        return False
    joined = any(w.upos == "CCONJ" for w in words)
    return all(w.upos in _NOMINAL + ("ADP",) or w.xpos == "POS"
               or (joined and (w.upos in ("CCONJ", "ADV") or w.text == ",")) for w in words)


def _reporting_verb(sentence: Sentence, clause: Word, verbs: frozenset[str]) -> Word | None:
    """The speech verb whose reported clause ``clause`` heads, if it is one."""
    head = sentence.head_of(clause)
    if clause.deprel == "ccomp" and head is not None and head.upos == "VERB" and head.lemma.lower() in verbs:
        return head
    return None


def _count_subject(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"Nine out of 10 say ...": a bare or -s speech verb right after the number of a sentence-opening count."""
    text = word.text.lower()
    if word.upos != "NOUN" or word.id < 2 or sentence.word(word.id - 1).upos != "NUM":
        return None
    stem = text[:-1] if text.endswith("s") and text[:-1] in verbs else text
    count = [w for w in sentence.words[:word.id - 1] if not (w.id == 1 and w.upos in ("ADV", "ADP"))]
    if stem not in verbs or not count or count[0].upos != "NUM" or any(w.upos not in ("NUM", "ADP") for w in count) \
            or sentence.words[0].upos == "ADP" and not _share(count):
        return None  # "(Nearly, About) nine out of 10", "One in five"; not "In one email", "the 2008 campaign"
    end = _content_end(sentence, word.id)
    if end <= word.id or sentence.word(word.id + 1).upos == "PUNCT":
        return None
    verb = word._replace(upos="VERB", xpos="VBP" if stem == text else "VBZ", lemma=stem,
                         feats="Mood=Ind|Tense=Pres|VerbForm=Fin", head=0, deprel="root")
    return _rebuild(sentence, verb, range(1, word.id), range(word.id + 1, end + 1), {})


def _share(words: Sequence[Word]) -> bool:
    """A share as a count: a number, a preposition, a number ("four in 10", "nine out of 10")."""
    tags = "".join("N" if w.upos == "NUM" else "A" if w.upos == "ADP" else "x" for w in words)
    return "NA" in tags and "AN" in tags[tags.index("NA"):]


def _count_as_oblique(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"[About four in 10] said ...", "[More than six in 10] said", "[Three in five] said": a speech
    verb with no subject after a share that opens the sentence, which the parser hung on the verb
    as an oblique or the like (an "About" or "than" its case), an adverb of the verb ("More")
    before it. The share becomes the verb's subject, or the noun it counts ("four in 10 voters")."""
    if word.upos != "VERB" or word.lemma.lower() not in verbs or word.id < 4:
        return None
    children = sentence.children(word)
    if any(c.deprel.startswith(("nsubj", "csubj")) for c in children):
        return None
    count = next((c for c in children if c.upos == "NUM" and c.id < word.id and c.deprel != "nummod"), None)
    if count is None:
        return None
    before = {w.id for w in sentence.subtree(count)}
    adverbs = [c for c in children if c.deprel == "advmod" and c.id < count.id]
    before |= {w.id for a in adverbs for w in sentence.subtree(a)}
    if set(range(1, word.id)) != before or not _share(sentence.subtree(count)):
        return None
    words = list(sentence.words)
    noun = next((c for c in sentence.children(count) if c.deprel == "nmod" and c.upos in ("NOUN", "PROPN")), None)
    if noun is not None:  # "[More than 6 in 10 New York Democratic voters] said": the voters speak
        words[noun.id - 1] = noun._replace(head=word.id, deprel="nsubj")
        words[count.id - 1] = count._replace(head=noun.id, deprel="nummod")
    else:
        words[count.id - 1] = count._replace(head=word.id, deprel="nsubj")
    for a in adverbs:
        words[a.id - 1] = a._replace(head=count.id)
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _present_stem(text: str, verbs: frozenset[str]) -> str | None:
    """The verb an -s form comes from: maintains -> maintain, pushes -> push, implies -> imply."""
    if not text.endswith("s"):
        return None
    stems = (text[:-1], text[:-2] if text.endswith("es") else "", text[:-3] + "y" if text.endswith("ies") else "")
    return next((s for s in stems if s and s in verbs), None)


_CLOSING_MARKS = (",", "?", "!")  # what ends the clause a closing frame reports, inside a closing quote mark or not


def _closes_quotation(sentence: Sentence, word: Word) -> bool:
    """A closing quote mark right after a comma, question or exclamation mark: a quotation ends there."""
    return word.xpos == "''" and word.id >= 2 and sentence.word(word.id - 1).text in _CLOSING_MARKS


def _closing_frame(sentence: Sentence, word: Word, verbs: frozenset[str], data: frozenset[str] = frozenset()) -> Sentence | None:
    """"..., Blackwell maintains.", '"...," the editorial reads.': an -s speech verb that ends its
    sentence after a noun phrase set off by a comma (or by the closing mark of a quotation ending
    in a comma, question or exclamation mark); what comes before is its clause."""
    if word.upos != "NOUN":
        return None
    text = word.text.lower()
    comma = next((w for w in reversed(sentence.words[:word.id - 1]) if w.upos == "PUNCT"), None)
    closing = comma if comma is not None and _closes_quotation(sentence, comma) else None
    stem = _present_stem(text, verbs) or (text if closing is not None and text in verbs else None)
    if stem is None or any(w.upos != "PUNCT" for w in sentence.words[word.id:]):
        return None  # the bare form after a quotation only: '"...," the statement read.', '"...," the officials say.'
    if closing is not None:
        comma = sentence.word(closing.id - 1)  # '"...," the editorial reads.': the comma inside the closing mark
    gap = closing or comma
    if comma is None or comma.text not in _CLOSING_MARKS or comma.id < 3 or not 2 <= word.id - gap.id <= 8 or \
            any(w.upos not in _NOMINAL + ("ADP",) and w.xpos != "POS" for w in sentence.words[gap.id:word.id - 1]):
        return None  # a noun phrase only between the comma and the verb
    if comma.text != "," and closing is None:
        return None  # a question or exclamation closes a quotation only: '"Why now?" the memo asks.'
    before = sentence.word(word.id - 1)
    if before.upos not in ("NOUN", "PROPN", "PRON") and not before.text[:1].isupper() and not spelled_in(before, data) \
            and not (closing is not None and before.upos == "ADJ" and sentence.word(gap.id + 1).upos == "DET"):
        return None  # a subject of its own, a name or a data noun however tagged ("[Blackwell/ADJ] maintains",
        # "a state [poll/ADJ] shows"), "the [editorial/ADJ]"
        # after a quotation; not "more diverse states"
    present = stem != text or before.xpos in ("NNS", "NNPS")  # a bare form after a singular subject is a past ("read")
    verb = word._replace(upos="VERB", xpos=("VBZ" if stem != text else "VBP") if present else "VBD", lemma=stem,
                         feats="Mood=Ind|Tense=Pres|VerbForm=Fin" if present else "Mood=Ind|Tense=Past|VerbForm=Fin",
                         head=0, deprel="root")
    marks = {comma.id: "punct"} | ({closing.id: "punct"} if closing is not None else {})
    return _rebuild(sentence, verb, range(gap.id + 1, word.id), range(1, comma.id), marks)


def _set_off_frame(sentence: Sentence, word: Word, verbs: frozenset[str], data: frozenset[str] = frozenset()) -> Sentence | None:
    """"Farmers, the report notes, praise the plan.", "..., a city survey finds, a result that ...": an -s
    cue verb that ends a noun phrase set off by commas inside its sentence; the rest is its clause."""
    if word.upos != "NOUN" or word.id >= len(sentence.words):
        return None
    stem = _present_stem(word.text.lower(), verbs)
    after = sentence.word(word.id + 1)
    if stem is None or after.text != ",":
        return None
    comma = next((w for w in reversed(sentence.words[:word.id - 1]) if w.upos == "PUNCT"), None)
    if comma is None or comma.text != "," or comma.id < 2 or not 2 <= word.id - comma.id <= 8:
        return None
    phrase = sentence.words[comma.id:word.id - 1]
    if any(w.upos not in _NOMINAL and w.xpos != "POS" or w.feat("PronType") in ("Rel", "Int") for w in phrase):
        return None  # a noun phrase only between the comma and the verb; not ", which the report notes,"
    before = sentence.word(word.id - 1)
    if before.upos not in ("NOUN", "PROPN") and not before.text[:1].isupper() and not spelled_in(before, data):
        return None  # the subject's head noun, a name or a data noun however tagged ("the new [poll/ADJ] indicates")
    end = _content_end(sentence, after.id)
    if end <= after.id:
        return None
    verb = word._replace(upos="VERB", xpos="VBZ", lemma=stem, feats="Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
                         head=0, deprel="root")
    content = [*range(1, comma.id), *range(after.id + 1, end + 1)]
    return _rebuild(sentence, verb, range(comma.id + 1, word.id), content, {comma.id: "punct", after.id: "punct"})


def _opening_frame(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"Ruiz claims she was never told.": an -s speech verb right after the name that opens the
    sentence, with a subject pronoun or "that" after it; what follows is its clause."""
    if word.upos != "NOUN" or not 2 <= word.id <= 5 or word.id == len(sentence.words):
        return None
    stem = _present_stem(word.text.lower(), verbs)
    if stem is None:
        return None
    name = sentence.words[:word.id - 1]
    if any(w.upos not in ("PROPN", "NOUN", "ADJ") or not w.text[:1].isupper() for w in name):
        return None  # a name only before the verb: "Paris", "Mayor Ana Ruiz"
    after = sentence.word(word.id + 1)
    if not (after.upos == "PRON" and after.feat("Case") == "Nom" or after.lemma.lower() == "that" and after.upos == "SCONJ"):
        return None  # "Paris claims she ...", "Paris claims that ..."; not "Ruiz claims were rejected"
    end = _content_end(sentence, word.id)
    if end <= word.id + 1:
        return None
    verb = word._replace(upos="VERB", xpos="VBZ", lemma=stem, feats="Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
                         head=0, deprel="root")
    return _rebuild(sentence, verb, range(1, word.id), range(word.id + 1, end + 1), {})


def _data_modifier_frame(sentence: Sentence, word: Word, cues: frozenset[str], data: frozenset[str]) -> Sentence | None:
    """"[A poll] *shows* [Sanders leading Clinton]", "[the new poll] *indicates* [...]": the tagger
    reads the data noun as an adjective or a modifier of the cue verb (itself often tagged a noun),
    so the verb has no subject. A data noun right before the sentence's head, hung on it, heads
    the verb's subject (the words before it that hang on the verb); what follows is its clause."""
    if word.deprel != "root" or not 2 <= word.id < len(sentence.words):
        return None
    text = word.text.lower()
    stem = word.lemma.lower() if word.upos == "VERB" else _present_stem(text, cues)
    before = sentence.word(word.id - 1)
    if stem is None or stem not in cues or before.head != word.id or before.deprel not in ("amod", "compound") \
            or not spelled_in(before, data):
        return None
    if any(c.deprel.startswith(("nsubj", "csubj")) for c in sentence.children(word)):
        return None  # a subject of its own
    subject = _modifier_stretch(sentence, word)
    if subject[0] > 1 and sentence.word(subject[0] - 1).text != ",":
        return None  # the subject phrase opens the sentence or follows a fronted phrase's comma
    end = _content_end(sentence, word.id)
    if end <= word.id:
        return None
    present = stem != text and text.endswith("s")
    verb = word._replace(upos="VERB", xpos=word.xpos if word.upos == "VERB" else ("VBZ" if present else "VBD"), lemma=stem,
                         feats=word.feats if word.upos == "VERB" else "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    return _rebuild(sentence, verb, subject, range(word.id + 1, end + 1), {})


_PHRASE_RELATIONS = ("det", "amod", "compound", "nmod:poss", "nummod", "case", "flat", "punct")


def _modifier_stretch(sentence: Sentence, word: Word) -> list[int]:
    """The ids of the words right before ``word`` that modify it or one another, as a noun
    phrase's determiner and modifiers do ("a new Quinnipiac University poll"), a comma left out."""
    at = word.id - 1
    while at >= 1:
        w = sentence.word(at)
        if not at < w.head <= word.id or w.deprel not in _PHRASE_RELATIONS or w.text == ",":
            break  # every word from here to the verb is in the phrase already: a head among them is inside
        at -= 1
    return list(range(at + 1, word.id))


def _agreeing_subject(sentence: Sentence, word: Word, cues: frozenset[str]) -> Sentence | None:
    """"The lawsuit claims that ...", "Economists warn that ...": a cue verb read as a noun after
    a subject it agrees with, a clause with its own subject after it."""
    if word.upos != "NOUN" or word.id < 2 or word.id + 2 > len(sentence.words):
        return None
    text, before = word.text.lower(), sentence.word(word.id - 1)
    stem = _present_stem(text, cues)
    if before.upos not in ("NOUN", "PROPN", "ADJ") or before.upos == "ADJ" and not before.text[:1].isupper():
        return None  # right after a noun or a name: not "his claims", "the claims", "false claims"
    start = before.id
    while start > 2 and _in_subject(sentence.word(start - 1)):
        start -= 1  # the noun phrase: "the class-action suit", "A memo from the city's lawyers"
    while sentence.word(start).upos in ("ADP", "CCONJ") or sentence.word(start).xpos == "POS":
        start += 1
    if start == 2 and _in_subject(sentence.word(1)) and sentence.word(1).upos not in ("ADP", "CCONJ"):
        start = 1
    preposition = next((w for w in sentence.words[start - 1:before.id] if w.upos == "ADP"), None)
    head = sentence.word(preposition.id - 1) if preposition is not None else before
    singular = head.xpos in ("NN", "NNP") or head.upos in ("PROPN", "ADJ") and head.text[:1].isupper()
    if head.upos not in ("NOUN", "PROPN", "ADJ") or \
            not (stem is not None and singular or text in cues and head.xpos in ("NNS", "NNPS")):
        return None  # the subject agrees: "the suit claims", "Ruiz insists", "economists warn"
    after, next_ = sentence.word(word.id + 1), sentence.word(word.id + 2)
    topic = _about_phrase(sentence, after)
    if topic is None and not (after.upos == "PRON" and after.feat("Case") == "Nom"
                              or after.lemma.lower() == "that" and next_.upos in _NOMINAL and next_.feat("PronType") != "Rel"):
        return None  # a clause with a subject: "claims he ...", "claims that the firm ..."; not "claims that were filed"
    if word.deprel.startswith("nsubj") and any(c.deprel == "acl:relcl" for c in sentence.children(word)):
        return None  # "The insurance claims [that he filed] were rejected": a noun with its relative clause
    opening = sentence.words[:start - 1]
    if any(w.upos in ("VERB", "AUX") for w in opening) or \
            opening and opening[-1].text != "," and any(w.upos not in ("ADV", "PART", "CCONJ") for w in opening):
        return None  # the phrase opens the sentence, an adverbial at most before it: "As to the fees, Ruiz insists ...", "But ..."
    end = _content_end(sentence, word.id)
    end = next((w.id - 1 for w in sentence.words[word.id:end] if w.text == ";"), end)  # "...; the other side says ..."
    if end <= word.id + 1:
        return None
    verb = word._replace(upos="VERB", xpos="VBZ" if stem is not None else "VBP", lemma=stem or text,
                         feats="Mood=Ind|Tense=Pres|VerbForm=Fin", head=0, deprel="root")
    if topic is not None:  # "Merkel talks about a consensus": the phrase is the verb's oblique, its topic
        mended = _rebuild(sentence, verb, range(start, word.id), topic, {})
        return _oblique(mended, topic) if mended is not None else None
    mended = _rebuild(sentence, verb, range(start, word.id), range(word.id + 1, end + 1), {})
    if mended is None or after.lemma.lower() != "that":
        return mended
    clause = next(w for w in mended.words if w.head == word.id and w.deprel == "ccomp")
    if clause.id == after.id:
        return None  # "claims that" and nothing the clause's verb could be
    words = list(mended.words)  # the "that" the tagger took for a relative pronoun opens the clause
    words[after.id - 1] = after._replace(upos="SCONJ", xpos="IN", feats="", head=clause.id, deprel="mark")
    return _acyclic_or_none(replace(mended, words=tuple(words)))


def _about_phrase(sentence: Sentence, preposition: Word) -> list[int] | None:
    """The word ids of the phrase "about" opens right after a cue word read as a noun ("talks
    [about a European consensus]", "talks [about growing up in Buffalo]"): a noun phrase or a
    gerund clause; None when the word is no "about" opening one."""
    if preposition.lemma.lower() != "about" or preposition.deprel not in ("case", "mark") or preposition.head <= preposition.id:
        return None
    head = sentence.word(preposition.head)
    ids = sorted(w.id for w in sentence.subtree(head))
    if not (head.upos in _NOMINAL or head.xpos == "VBG") or ids[0] != preposition.id or ids != list(range(ids[0], ids[-1] + 1)):
        return None
    return ids


def _oblique(sentence: Sentence, phrase: Sequence[int]) -> Sentence:
    """The mended sentence with the top word of ``phrase`` (made the clause by _rebuild) an oblique,
    or an adverbial clause when it is a gerund ("talks about *growing up*")."""
    words = list(sentence.words)
    top = next(w for w in words if w.id in phrase and w.head not in phrase)
    words[top.id - 1] = top._replace(deprel="advcl" if top.xpos == "VBG" else "obl")
    return replace(sentence, words=tuple(words))


def _in_subject(word: Word) -> bool:
    """A word a subject noun phrase can hold: nouns, determiners, "of", "and", a possessive."""
    return word.upos in ("NOUN", "PROPN", "NUM", "ADJ", "DET", "ADP", "CCONJ") or word.xpos == "POS" \
        or word.upos == "PRON" and word.feat("Poss") == "Yes"


def _gerund_subject(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"They say [adding the mineral to salt] [is the simplest method]": the -ing complement right
    after a speech verb is the subject of the predicate the parser coordinated with the verb."""
    if word.upos != "VERB" or word.lemma.lower() not in verbs or word.id >= len(sentence.words):
        return None
    gerund = sentence.word(word.id + 1)
    if gerund.head != word.id or gerund.deprel != "xcomp" or gerund.xpos != "VBG":
        return None
    predicate = next((c for c in sentence.children(word) if c.deprel == "conj" and c.id > gerund.id), None)
    if predicate is None:
        return None
    children = sentence.children(predicate)
    linking = next((c for c in children if c.deprel in ("cop", "aux", "aux:pass") and gerund.id < c.id < predicate.id), None)
    if linking is None or any(c.deprel.startswith("nsubj") or c.deprel == "cc" and c.id < linking.id for c in children):
        return None  # "said [running] and [was] ...": a second act of the speaker
    words = list(sentence.words)
    words[gerund.id - 1] = gerund._replace(head=predicate.id, deprel="csubj")
    words[predicate.id - 1] = predicate._replace(head=word.id, deprel="ccomp")
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _participle_subject(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"The results of the study published in the journal, revealed that ...": the speech verb
    (``word``) a subjectless conjunct after a comma of a root -ed verb with no object, whose
    subject is then the speech verb's and which is a modifier of that subject."""
    if word.upos != "VERB" or word.deprel != "conj" or word.lemma.lower() not in verbs or word.id < 3:
        return None
    root = sentence.head_of(word)
    if root is None or root.head != 0 or root.xpos != "VBD" or not root.text.lower().endswith("ed") \
            or sentence.word(word.id - 1).text != ",":
        return None
    mine = sentence.children(word)
    clause = next((c for c in mine if c.deprel == "ccomp" and c.id > word.id), None)
    # a subject after the clause's "that" is the clause's, wherever the parser hung it
    torn = [c for c in mine if c.deprel.startswith("nsubj") and clause is not None and word.id < c.id < clause.id
            and any(m.deprel == "mark" and word.id < m.id < c.id for m in sentence.children(clause))]
    if any(c.deprel.startswith("nsubj") and c not in torn or c.deprel == "cc" for c in mine):
        return None
    theirs = sentence.children(root)
    subject = next((c for c in theirs if c.deprel == "nsubj" and c.id < root.id), None)
    if subject is None or any(c.deprel in ("obj", "aux", "aux:pass", "ccomp", "xcomp") for c in theirs):
        return None  # "The mayor visited the site, said ...": a verb with an object is the mayor's act
    if subject.id == root.id - 1 or any(c.deprel == "conj" and c.id != word.id for c in theirs):
        return None  # "Biden complained ..., mocked ..., and made it clear ...": a series of his acts
    words = list(sentence.words)
    words[word.id - 1] = word._replace(head=0, deprel="root")
    words[root.id - 1] = root._replace(head=subject.id, deprel="acl")
    words[subject.id - 1] = subject._replace(head=word.id)
    for c in theirs:
        if c.upos == "PUNCT" and c.id > word.id:
            words[c.id - 1] = c._replace(head=word.id)
    for c in torn:
        words[c.id - 1] = c._replace(head=clause.id)
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _participle_read_as_noun(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"issued [a statement] *saying* [that the vote was delayed]": the -ing form of a speech verb
    tagged as a noun, the noun right before it taken for its modifier and its clause for a
    relative clause. The noun heads the phrase again, the -ing form is a participle on it
    (``acl``) and the clause is its complement."""
    text = word.text.lower()
    if word.upos != "NOUN" or word.lemma.lower() != text or not text.endswith("ing") or word.id < 2:
        return None
    stem = _listed_stem(text, verbs)
    host = sentence.word(word.id - 1)
    if stem is None or host.upos != "NOUN" or host.head != word.id or host.deprel not in ("amod", "compound", "nmod"):
        return None
    clause = next((c for c in sentence.children(word) if c.deprel in ("acl:relcl", "ccomp") and c.id > word.id), None)
    quoted = _quotation_after_comma(sentence, word) if clause is None else None
    if quoted is not None:
        clause = quoted  # 'sent an email *saying*, "done."': the quotation, hung on the sentence's verb
    elif clause is None or not any(c.deprel.startswith("nsubj") and c.upos != "PRON" or c.upos == "PRON"
                                   and c.feat("PronType") == "Prs" for c in sentence.children(clause)):
        return None  # "the saying that goes": a relative clause, its subject a relative pronoun
    words = list(sentence.words)
    words[host.id - 1] = host._replace(head=word.head, deprel=word.deprel)
    for child in sentence.children(word):
        if child.id < host.id:
            words[child.id - 1] = child._replace(head=host.id)  # "a", "at": the noun's again
    words[word.id - 1] = word._replace(upos="VERB", xpos="VBG", lemma=stem, feats="VerbForm=Part",
                                       head=host.id, deprel="acl")
    words[clause.id - 1] = words[clause.id - 1]._replace(head=word.id, deprel="ccomp")
    for c in sentence.children(clause):
        if word.id < c.id < clause.id and c.text.lower() == "that" and not c.deprel.startswith("nsubj"):
            words[c.id - 1] = c._replace(upos="SCONJ", xpos="IN", deprel="mark")
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _quotation_after_comma(sentence: Sentence, word: Word) -> Word | None:
    """The head of a quotation that opens right after the comma after ``word`` ('*saying*, "..."'),
    where the parser hung it on ``word`` or on the verb ``word`` hangs on (not inside ``word``'s
    own phrase); None otherwise."""
    if word.id + 2 > len(sentence.words) or sentence.word(word.id + 1).text != ",":
        return None
    mark = sentence.word(word.id + 2)
    if mark.upos != "PUNCT" or mark.text not in QUOTE_MARK_WORDS or mark.head <= mark.id:
        return None
    head = sentence.word(mark.head)
    if head.head not in (word.id, word.head) or head.deprel not in ("advcl", "parataxis", "ccomp", "conj", "xcomp", "acl:relcl"):
        return None
    return head


def _torn_clause(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"who had told [Montalvo] [he would assist him]", "sent a letter *saying* [the strike would
    end]": the clause right after the speech verb's object, or right after a participle of a
    speech verb (a "that" between), hung on a verb before the speech verb, is its clause."""
    if word.upos != "VERB" or word.lemma.lower() not in verbs:
        return None
    children = sentence.children(word)
    if any(c.deprel in ("ccomp", "xcomp", "parataxis", "csubj") for c in children):
        return None
    told = next((c for c in children if c.deprel in ("obj", "iobj") and c.id > word.id), None)
    if told is not None:
        after = max(w.id for w in sentence.subtree(told)) + 1
    elif word.xpos == "VBG" and word.id >= 2 and sentence.word(word.id - 1).text != "," \
            and not any(c.deprel in ("obj", "iobj", "obl") and c.id > word.id for c in children):
        after = word.id + 1  # not ", saying ...": a participle set off by a comma is read by the frame rules
    else:
        return None
    mark = sentence.word(after) if after <= len(sentence.words) and sentence.word(after).text.lower() == "that" else None
    after += mark is not None
    subject = _subject_at(sentence, after)
    clause = sentence.head_of(subject) if subject is not None else None
    if subject is None or clause is None or clause.head == 0 or clause.head >= word.id or clause.id <= subject.id:
        return None
    if not (clause.xpos in ("VBD", "VBZ", "VBP") or any(
            c.deprel.startswith("aux") and c.xpos in ("MD", "VBD", "VBZ", "VBP") for c in sentence.children(clause))):
        return None  # a finite clause: "he would assist him", not "him to assist"
    words = list(sentence.words)
    words[clause.id - 1] = clause._replace(head=word.id, deprel="ccomp")
    if mark is not None:
        words[mark.id - 1] = mark._replace(upos="SCONJ", xpos="IN", head=clause.id, deprel="mark")
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


_PARTICIPLE_OWN_WORDS = ("punct", "mark", "advmod")  # ", *while* arguing", "also noting"


def _participle_under_its_clause(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"imposed a long sentence, *saying* [a tough penalty was needed]", "..., Clark said, *noting*
    [he would run]": the parser hung the participle, bare of any object or clause, on the verb of
    the clause right after it (``advcl`` or ``csubj``), the clause's subject opening right after
    the participle (a "that" between), and the clause on the sentence's verb. The clause is the
    participle's (``ccomp``); the participle takes the clause's place as an adverbial clause."""
    if word.upos != "VERB" or word.xpos != "VBG" or word.deprel not in ("advcl", "csubj") \
            or word.lemma.lower() not in verbs:
        return None
    clause = sentence.head_of(word)
    if clause is None or clause.id < word.id or clause.head == 0 or clause.upos not in ("VERB", "AUX", "ADJ", "NOUN"):
        return None
    if any(c.deprel not in _PARTICIPLE_OWN_WORDS or c.id > word.id and c.upos != "PUNCT" for c in sentence.children(word)):
        return None  # "citing legal risks", "telling reporters ...": words of its own after it
    after = word.id + 1
    mark = sentence.word(after) if after < clause.id and sentence.word(after).text.lower() == "that" else None
    after += mark is not None
    subject = _subject_at(sentence, after)
    if subject is None or subject.head != clause.id or not _finite(sentence, clause):
        return None
    words = list(sentence.words)
    words[word.id - 1] = word._replace(head=clause.head, deprel="advcl")
    words[clause.id - 1] = clause._replace(head=word.id, deprel="ccomp")
    if mark is not None:
        words[mark.id - 1] = mark._replace(upos="SCONJ", xpos="IN", head=clause.id, deprel="mark")
    for c in sentence.children(clause):
        if c.id < word.id:
            words[c.id - 1] = c._replace(head=word.id if c.upos == "PUNCT" else clause.head)
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _participle_beside_its_clause(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """'"...," he said, *adding* [he would never vote for her]', "attacked Lopez, *saying* [he would
    raise the fares]": the bare participle, set off by a comma, and the finite clause right after it (its
    subject first, a "that" between) both hung on the sentence's verb, the clause as a second
    reported clause or a conjunct. The clause is the participle's (``ccomp``)."""
    if word.upos != "VERB" or word.xpos != "VBG" or word.deprel != "advcl" or word.lemma.lower() not in verbs \
            or word.id < 2 or sentence.word(word.id - 1).text != ",":
        return None
    if any(c.deprel not in _PARTICIPLE_OWN_WORDS or c.id > word.id for c in sentence.children(word)):
        return None
    after = word.id + 1
    mark = sentence.word(after) if after <= len(sentence.words) and sentence.word(after).text.lower() == "that" else None
    after += mark is not None
    subject = _subject_at(sentence, after)
    clause = sentence.head_of(subject) if subject is not None else None
    if clause is None or clause.head != word.head or clause.deprel not in ("ccomp", "conj", "parataxis") \
            or clause.id < subject.id or not _finite(sentence, clause):
        return None
    if any(c.deprel in ("cc", "mark") and c.id < subject.id and c is not mark for c in sentence.children(clause)):
        return None  # "..., adding, and he left": a second act of its own
    words = list(sentence.words)
    words[clause.id - 1] = clause._replace(head=word.id, deprel="ccomp")
    if mark is not None:
        words[mark.id - 1] = mark._replace(upos="SCONJ", xpos="IN", head=clause.id, deprel="mark")
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _object_then_predicate(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"echoed the comments, *saying* [the plan -- cuts and raids --] [is inadequate]": the parser made
    the reported clause's subject the participle's object and the clause's predicate, right after
    it, a conjunct or parataxis of the sentence's verb, with no conjunction or subordinator of its
    own, and a subject of its own only inside the object's phrase, after a conjunction ("state and
    local authorities – and not the federal government – are"). The predicate is the participle's
    clause (``ccomp``), the object its subject, the predicate's own subject a conjunct of the
    object. Where the predicate's subject follows the object at once ("telling [USA TODAY] [he]
    had ..."), the object is the addressee and stays; the predicate is the participle's clause."""
    if word.upos != "VERB" or word.xpos != "VBG" or word.deprel != "advcl" or word.lemma.lower() not in verbs:
        return None
    children = sentence.children(word)
    objects = [c for c in children if c.deprel == "obj" and c.id > word.id]
    if len(objects) != 1 or any(c is not objects[0] and (c.deprel not in _PARTICIPLE_OWN_WORDS or c.id > word.id
                                                         and c.upos != "PUNCT") for c in children):
        return None
    obj = objects[0]
    predicate = next((c for c in sentence.children(sentence.head_of(word)) if c.deprel in ("conj", "parataxis")
                      and c.id > obj.id), None) if word.head else None
    if predicate is None or not _finite(sentence, predicate):
        return None
    theirs = sentence.children(predicate)
    if any(c.deprel in ("cc", "mark") for c in theirs):
        return None  # "..., saying X, and left": the speaker's own second act
    own = [c for c in theirs if c.deprel.startswith("nsubj")]
    if any(c.id < obj.id or c.id > predicate.id or c.text.lower() in ("that", "which", "who") for c in own):
        return None  # "noting [the touches ...], [that] were present": a relative clause of the object
    first = min(w.id for w in sentence.subtree(predicate) if w.upos != "PUNCT")
    before = sentence.word(first - 1)
    if not own and before.upos == "PUNCT" and not _closing_dash(sentence, word, before):
        return None  # "..., thanking the staff, then took questions"; not "the plan -- cuts and raids -- is"
    inside = {w.id for w in sentence.subtree(obj)} | {w.id for w in sentence.subtree(predicate)}
    if any(i not in inside for i in range(word.id + 1, predicate.id)):
        return None
    addressed = False
    if own:
        between = [w for w in sentence.words if max(v.id for v in sentence.subtree(obj)) < w.id < own[0].id]
        addressed = not any(w.upos == "PUNCT" or w.deprel == "cc" or w.head == own[0].id for w in between)
        if not addressed and not any(w.deprel == "cc" for w in sentence.words[obj.id:own[0].id - 1]):
            return None  # 'telling CNBC: "I wish ..."'; not "the plan -- raids and [training] forces -- is"
    words = list(sentence.words)
    words[predicate.id - 1] = predicate._replace(head=word.id, deprel="ccomp")
    if addressed:  # "telling [reporters] [he] had ...": the object is the addressee, the clause its own
        for w in between:  # "telling [USA TODAY] he ...": the rest of the addressee's name
            words[w.id - 1] = w._replace(head=obj.id, deprel="flat")
        return _acyclic_or_none(replace(sentence, words=tuple(words)))
    words[obj.id - 1] = obj._replace(head=predicate.id, deprel="nsubj")
    for c in own:
        words[c.id - 1] = c._replace(head=obj.id, deprel="conj")
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _those_participle(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"[those surveyed] said ...", "those polled say": the parser made the participle after "those"
    the speech verb's subject, a verb, with "those" its determiner or a second subject. "Those"
    heads the subject (a pronoun), the participle a modifier of it (``acl``)."""
    if word.upos != "VERB" or word.xpos not in ("VBD", "VBN") or not word.deprel.startswith("nsubj") or word.id < 2:
        return None
    verb = sentence.head_of(word)
    those = sentence.word(word.id - 1)
    if verb is None or verb.upos != "VERB" or verb.lemma.lower() not in verbs or verb.id < word.id \
            or those.text.lower() != "those" or those.head not in (word.id, verb.id):
        return None
    if any(c.deprel in ("obj", "iobj", "ccomp", "xcomp") for c in sentence.children(word)):
        return None  # "those who [surveyed the field]": a verb of its own
    words = list(sentence.words)
    words[those.id - 1] = those._replace(upos="PRON", xpos="DT", head=verb.id, deprel=word.deprel)
    words[word.id - 1] = word._replace(xpos="VBN", feats="Tense=Past|VerbForm=Part", head=those.id, deprel="acl")
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _relative_frame_in_subject(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"[Podesta], *who said* [the plan was vetted], said [he was unaware ...]": the parser made the
    relative clause on the subject, itself a frame, the reported clause of the main speech verb,
    with its own clause hung there too. The relative clause goes back on the subject
    (``acl:relcl``), with the words between it and its closing comma; two statements, both the
    subject's."""
    if word.upos != "VERB" or word.deprel != "ccomp" or word.lemma.lower() not in verbs or word.id < 4:
        return None
    main = sentence.head_of(word)
    relative = next((c for c in sentence.children(word) if c.deprel.startswith("nsubj") and c.id < word.id), None)
    if main is None or main.upos != "VERB" or main.lemma.lower() not in verbs or main.id < word.id \
            or relative is None or relative.xpos not in ("WP", "WDT") or relative.text.lower() not in ("who", "which"):
        return None
    comma, subject = sentence.word(relative.id - 1), sentence.word(relative.id - 2)
    if comma.text != "," or subject.head != main.id or not subject.deprel.startswith("nsubj"):
        return None
    closing = sentence.word(main.id - 1)
    if closing.text != "," or any(sentence.word(i).head == main.id and sentence.word(i).upos != "PUNCT"
                                  and i != word.id and not word.id < i < closing.id for i in range(relative.id, closing.id)):
        return None
    words = list(sentence.words)
    words[word.id - 1] = word._replace(head=subject.id, deprel="acl:relcl")
    for i in range(word.id + 1, closing.id + 1):
        if sentence.word(i).head == main.id:
            words[i - 1] = words[i - 1]._replace(head=word.id)
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _closing_dash(sentence: Sentence, word: Word, dash: Word) -> bool:
    """A dash that closes an aside a dash opened after ``word``."""
    return dash.text in DASHES and any(w.text in DASHES for w in sentence.words[word.id:dash.id - 1])


def _finite(sentence: Sentence, verb: Word) -> bool:
    """A finite or modal verb, or a predicate with one as its auxiliary or copula ("was needed", "is key")."""
    return verb.xpos in ("VBD", "VBZ", "VBP") or any(
        c.deprel.startswith(("aux", "cop")) and c.xpos in ("MD", "VBD", "VBZ", "VBP") for c in sentence.children(verb))


def _clause_on_oblique(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"insisted in the same interview [that Mr. Khan was wrong]": the parser hangs the speech
    verb's that-clause on the noun of its prepositional phrase as a relative clause, though
    "that" is the clause's complementiser (a mark, no pronoun of the clause) and the clause has a
    subject of its own; the clause is the speech verb's. A real relative clause ("the interview
    that he gave") has "that" as its pronoun and is left alone."""
    if word.upos != "VERB" or word.lemma.lower() not in verbs:
        return None
    children = sentence.children(word)
    if any(c.deprel in ("ccomp", "xcomp", "parataxis", "csubj") for c in children):
        return None
    for oblique in (c for c in children if c.deprel == "obl" and c.id > word.id):
        for clause in sentence.children(oblique):
            if clause.deprel != "acl:relcl" or clause.id < oblique.id:
                continue
            first = sentence.subtree(clause)[0]
            if first.text.lower() != "that" or first.deprel != "mark" or first.head != clause.id \
                    or not any(c.deprel.startswith("nsubj") and c.id > first.id for c in sentence.children(clause)):
                continue
            words = list(sentence.words)
            words[clause.id - 1] = clause._replace(head=word.id, deprel="ccomp")
            words[first.id - 1] = first._replace(upos="SCONJ", xpos="IN")
            return _acyclic_or_none(replace(sentence, words=tuple(words)))
    return None


def _subject_at(sentence: Sentence, at: int) -> Word | None:
    """The subject (a pronoun, noun or name) whose phrase opens at word ``at``: the word itself,
    or the noun its determiner, adjective or possessor there modifies ("[the] strike would end")."""
    if at > len(sentence.words):
        return None
    word = sentence.word(at)
    while word.deprel in ("det", "amod", "compound", "nummod", "nmod:poss") and word.head > word.id:
        word = sentence.word(word.head)
    if not word.deprel.startswith("nsubj") or word.upos not in ("PRON", "NOUN", "PROPN"):
        return None
    return word


_FRAME_OWN_WORDS = FRAME_MODIFIERS + ("compound:prt", "punct")  # and its particle and commas


def _interrupting_frame(sentence: Sentence, word: Word, verbs: frozenset[str]) -> Sentence | None:
    """"The trouble, Frank writes, began in 1970", "These workers, Ruiz explained at the hearing,
    were paid late": a frame set off by commas inside the clause it reports, which the parser
    made the sentence's root, with the clause's subject as a second subject before the frame's
    own and the clause's predicate a conjunct after the closing comma (no subject, no conjunction
    of its own). The predicate becomes the root, with its subject back; the frame an adverbial
    clause of it, as the parser reads "Voters, the senator said, need not worry"."""
    if word.upos != "VERB" or word.head != 0 or word.lemma.lower() not in verbs:
        return None
    children = sentence.children(word)
    subjects = [c for c in children if c.deprel.startswith("nsubj") and c.id < word.id]
    later = [c for c in children if c.deprel == "conj" and c.id > word.id]
    if not subjects or not later or any(c.deprel in ("ccomp", "xcomp", "obj", "mark", "parataxis") for c in children):
        return None
    own, predicate = subjects[-1], later[0]
    own_start = min(w.id for w in sentence.subtree(own))
    theirs = sentence.children(predicate)
    if any(c.deprel == "cc" or c.deprel.startswith("nsubj") and c.id > word.id for c in theirs):
        return None  # "..., Ruiz said, and left": the speaker's second act
    fronted = [c for c in [*subjects[:-1], *theirs] if c.deprel.startswith("nsubj") and c.id < own_start]
    if len(fronted) != 1 or len(subjects) > 2:
        return None  # the clause's subject, hung on the frame or on the predicate
    clause_subject = fronted[0]
    span = [w.id for w in sentence.subtree(clause_subject)]
    if sentence.word(max(span)).text != "," and sentence.word(max(span) + 1).text != ",":
        return None  # "[The trouble], Frank ...": the clause's subject set off by a comma
    if own_start < 2 or sentence.word(own_start - 1).text != ",":
        return None
    if not any(c.deprel in ("aux", "aux:pass", "cop") for c in theirs) and predicate.xpos not in ("VBD", "VBZ", "VBP"):
        return None  # a finite predicate
    opened = min(w.id for w in sentence.subtree(predicate) if w.upos != "PUNCT" and w.id > word.id)
    if sentence.word(opened - 1).text != ",":
        return None
    frame_words = {w.id for c in children if c.deprel in _FRAME_OWN_WORDS and word.id < c.id < opened
                   for w in sentence.subtree(c)}
    if any(i not in frame_words for i in range(word.id + 1, opened - 1)):
        return None  # only the frame's own time, place or particle before the closing comma
    words = list(sentence.words)
    words[predicate.id - 1] = predicate._replace(head=0, deprel="root")
    words[word.id - 1] = word._replace(head=predicate.id, deprel="advcl")
    words[clause_subject.id - 1] = clause_subject._replace(head=predicate.id)
    for c in children:
        if c.id >= opened - 1 and c.id != predicate.id:
            words[c.id - 1] = c._replace(head=predicate.id)
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _top(sentence: Sentence, ids: Iterable[int]) -> Word | None:
    """The word of the stretch whose head lies outside it and that heads most of it."""
    inside = set(ids)
    tops = [sentence.word(i) for i in inside if sentence.word(i).head not in inside]
    return max(tops, key=lambda w: (len(sentence.subtree(w)), w.id), default=None)


def _rebuild(sentence: Sentence, verb: Word, subject: Sequence[int], content: Sequence[int],
             relations: dict[int, str]) -> Sentence | None:
    """The sentence with ``verb`` heading the stretch ``subject`` (nsubj) and ``content`` (ccomp);
    ``relations``: words hung on the verb with the given relation ("with": mark). None on a cycle."""
    words = list(sentence.words)
    words[verb.id - 1] = verb
    for ids, relation in ((subject, "nsubj"), (content, "ccomp")):
        top = _top(sentence, [i for i in ids if i != verb.id])
        if top is None:
            return None
        inside = set(ids)
        for i in ids:
            w = words[i - 1]
            if w.head not in inside and i != top.id:
                words[i - 1] = w._replace(head=top.id)
        words[top.id - 1] = words[top.id - 1]._replace(head=verb.id, deprel=relation)
    for i, relation in relations.items():
        words[i - 1] = words[i - 1]._replace(head=verb.id, deprel=relation)
    if verb.head == 0:
        for i, w in enumerate(words, 1):
            if w.head == 0 and i != verb.id:
                words[i - 1] = w._replace(head=verb.id, deprel="punct" if w.upos == "PUNCT" else w.deprel)
    return _acyclic_or_none(replace(sentence, words=tuple(words)))


def _acyclic_or_none(sentence: Sentence) -> Sentence | None:
    """The mended sentence, or None where the mend left a cycle."""
    return sentence if _acyclic(sentence) else None


def _acyclic(sentence: Sentence) -> bool:
    for w in sentence.words:
        seen, current = set(), w
        while current.head:
            if current.id in seen:
                return False
            seen.add(current.id)
            current = sentence.word(current.head)
    return True
