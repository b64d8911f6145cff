"""Scope: the proposition a cue weakens or strengthens, as a character span of the body.

A cue's scope is a piece of its own sentence's tree:

* ``head``: a modifier (``allegedly``, ``would``, ``if true``, the ``reported`` of "the reported
  decision") weakens the word it hangs from, with everything below that word;
* ``self``: a predicate (``unclear``, ``appeared to``, ``purporting to show``, ``proof``) weakens
  itself with its dependents;
* ``complement``: a reporting or thinking verb (``claimed that``, ``predicted``) weakens the
  clause it introduces, not its own subject;
* ``sentence``: the whole sentence.

An entry may name its scope in the lexicon; otherwise it follows from the cue word's relation.
Appended clauses with their own subject (``..., so it would be difficult``) and reporting frames
attached as parataxis (``"...," he said``) are left out: they are other propositions.

Verification disclaimers reach further (``links_back`` in the lexicon): "The Associated Press
couldn't verify the video independently." stands in a sentence of its own, but weakens what the
article said before about the video. :func:`named_lemmas` gives the nouns a disclaimer is about,
so earlier statements naming them can be linked to it.
"""

from __future__ import annotations

from attribution.attribute.spans import trim_content
from attribution.document import Sentence, Word
from attribution.matching import CueMatch, Grammar, complement_of

# A cue attached by one of these relations modifies its head: its scope is the head's clause.
MODIFIER_RELATIONS = frozenset({"advmod", "aux", "mark", "amod", "advcl", "discourse", "cop", "obl", "fixed", "det"})
_OWN_SUBJECT = frozenset({"nsubj", "csubj", "expl"})
_LINKING = frozenset({"case", "cc", "mark"})  # words that tie the proposition to its context
_PRONOUNS = frozenset({"it", "this", "that", "these", "those", "they", "which"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})


def scope_mode(sentence: Sentence, match: CueMatch) -> str:
    """The lexicon's choice, or the default for the cue word's place in the tree."""
    if match.entry.scope:
        return match.entry.scope
    if match.entry.type == "reporting":
        return "complement"
    anchor = sentence.word(match.anchor)
    if anchor.relation in MODIFIER_RELATIONS and anchor.head > 0:
        return "head"
    return "self"


def clause_words(sentence: Sentence, top: Word, exclude: set[int] | None = None) -> list[Word]:
    """``top`` and its dependents, without appended clauses that have their own subject and
    without parataxis (reporting frames, asides): those are other propositions. The words that
    tie it to the rest of the sentence (its preposition, conjunction or "that") stay outside."""
    skip = set(exclude or ())
    for child in sentence.children(top):
        if child.relation in _LINKING:  # "*to* the reported decision", "*but* it did not say how"
            skip.add(child.id)
        elif child.relation == "parataxis":
            skip.add(child.id)
        elif child.relation == "conj" and any(c.relation in _OWN_SUBJECT for c in sentence.children(child)):
            skip.add(child.id)
    return sentence.subtree(top, exclude=skip)


def _span(body: str, sentence: Sentence, words: list[Word]) -> tuple[int, int]:
    content = [w for w in words if w.upos != "PUNCT"] or words
    if not content:
        return sentence.start, sentence.end
    start = min(w.start for w in content)
    end = max(w.end for w in content)
    for token in sentence.tokens:  # whole tokens: "Ukraine’s", never "Ukraine"
        if token.start < end and start < token.end:
            start, end = min(start, token.start), max(end, token.end)
    start, end = trim_content(body, start, end)
    return (start, end) if end > start else (sentence.start, sentence.end)


def cue_scope(body: str, sentence: Sentence, match: CueMatch, grammar: Grammar) -> tuple[int, int]:
    """Body offsets of the proposition the cue modifies."""
    mode = scope_mode(sentence, match)
    anchor = sentence.word(match.anchor)
    if mode == "sentence":
        return _span(body, sentence, list(sentence.words))
    if mode == "head":
        head = sentence.head_of(anchor) or anchor
        return _span(body, sentence, clause_words(sentence, head))
    if mode == "complement":
        complement = complement_of(sentence, anchor, grammar)
        if complement is not None:
            return _span(body, sentence, clause_words(sentence, complement))
        head = sentence.head_of(anchor)
        if anchor.relation == "parataxis" and head is not None:  # '"...," he claimed.': the quote is the head
            return _span(body, sentence, clause_words(sentence, head, exclude={anchor.id}))
    return _span(body, sentence, clause_words(sentence, anchor))


def named_lemmas(sentence: Sentence, match: CueMatch) -> tuple[frozenset[str], bool]:
    """The nouns a disclaimer is about, and whether it points back with a pronoun instead.

    For a verb ("couldn't verify *the video*", "didn't say how *the footage* was obtained") these
    are the nouns of its objects and complements, and of its passive subject ("*the video* could
    not be verified", "*this* could not be independently verified"); for a predicate ("*the
    location* is unknown", "*it* is unclear") those of its subject and obliques. It points back
    with a pronoun ("*it* is unclear") or with a demonstrative noun phrase ("*this information*
    could not be verified", whose noun need not be one the earlier statement uses)."""
    anchor = sentence.word(match.anchor)
    if anchor.upos == "VERB":
        relations = ("obj", "iobj", "ccomp", "xcomp", "obl", "nsubj:pass")
    else:
        relations = ("nsubj", "csubj", "obl", "nmod")
    nouns: set[str] = set()
    pronoun = demonstrative = False
    for child in sentence.children(anchor):
        if child.id in match.all_words or (child.relation not in relations and child.deprel not in relations):
            continue
        for word in sentence.subtree(child):
            if word.upos == "NOUN" and not _asked_for(sentence, word):
                nouns.add(word.lemma.lower())
                # "*this* information could not be verified", "*that* claim": the noun points back
                demonstrative |= word.relation in ("nsubj", "obj") and any(
                    d.relation == "det" and d.lemma.lower() in _DEMONSTRATIVES for d in sentence.children(word))
            elif word.upos == "PRON" and word.lemma.lower() in _PRONOUNS and word.relation in ("nsubj", "obj"):
                pronoun = True
    return frozenset(nouns), (pronoun and not nouns) or demonstrative


def _asked_for(sentence: Sentence, noun: Word) -> bool:
    """The noun is what an embedded question asks to identify: "did not specify *which people*
    were killed", "did not say *what weapons* ...". The gap is who or which they are, so an
    earlier statement about those people ("all 10 people were killed") is not put in doubt by
    it. "How many people" asks for a number, which an earlier count does state: not this."""
    before = sentence.word(noun.id - 1) if noun.id > 1 else None  # the parser may attach "which" elsewhere
    return any(d.relation == "det" and _wh_determiner(d) for d in sentence.children(noun)) or (
        before is not None and _wh_determiner(before))


def _wh_determiner(word: Word) -> bool:
    """which, what, whose (not "how many": that asks for a number)."""
    return word.xpos in ("WDT", "WP$") or (word.upos == "DET" and word.feat("PronType") == "Int")


# relations by which a disclaimer holds a clause: "unclear [whether ...]", "didn't say [how ...]"
_CLAUSAL = frozenset({"ccomp", "csubj", "xcomp", "advcl"})


def states_gap(sentence: Sentence, match: CueMatch, head: Word | None) -> bool:
    """Is a verification disclaimer what the words headed by ``head`` *say*, rather than a doubt
    on them? "The location is unknown", "It did not say how the footage was obtained", "The AP
    couldn't verify the video": the writer states a gap and is sure of it; the doubt falls on the
    earlier statements the disclaimer is about (the reach-back of ``links_back``), not on these
    words. So the disclaimer states the gap when ``head`` is one of its words, or heads the
    embedded question that names what is missing ("how the footage was obtained", "which people
    were killed"). Not when the disclaimer holds a clause it puts in doubt, introduced by a
    subordinating conjunction ("it is unclear *whether* the drone was shot down", "could not
    verify *that* ..."): that clause is a proposition the writer does not vouch for."""
    if match.entry.category != "verification" or head is None:
        return False
    words = match.all_words
    for word_id in words:
        for child in sentence.children(word_id):
            if child.id not in words and child.relation in _CLAUSAL and _introduced(sentence, child):
                return False
    if head.id in words:
        return True
    below = head
    for above in sentence.ancestors(head):
        if above.id in words:
            return below.relation in _CLAUSAL and _asks(sentence, below)
        below = above
    return False


def _asks(sentence: Sentence, clause: Word) -> bool:
    """The clause is an embedded question: its first word is a wh-word (how, which, where)."""
    words = [w for w in sentence.subtree(clause) if w.upos != "PUNCT"]
    first = min(words, key=lambda w: w.start) if words else clause
    return first.feat("PronType") == "Int" or (first.xpos or "").startswith("W")


def _introduced(sentence: Sentence, clause: Word) -> bool:
    """The clause opens with a subordinating conjunction (that, whether, if)."""
    return any(c.relation == "mark" and c.upos == "SCONJ" for c in sentence.children(clause))
