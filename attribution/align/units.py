"""Claim units: the statement and the clauses inside it, cut from the dependency parse.

One sentence often carries several claims ("Ukraine releases a video, allegedly taken by a
Russian soldier, showing North Koreans collecting uniforms" carries three), and two outlets
rarely wrap a claim in the same sentence. So alignment compares clauses, not sentences: for
every clause head inside a statement (the statement's own head, and every word attached as a
clause: acl, advcl, ccomp, xcomp, csubj, parataxis, a verbal conj) it cuts

* the whole subtree,
* the subtree without the clauses set off by commas inside it (the "core"),
* both again without the clause's subject ("allegedly shows North Korean soldiers ..."),

and for a noun that carries a clause (a video *purporting to show* ...), the noun phrase. Each
piece becomes the contiguous stretch of text around its head, trimmed of edge punctuation and
linking words (that, but, and), never across a full stop. A reporting frame without what it
reports ("said Ihor Solovey, the head of the center") is no unit, nor is the noun phrase of a
statement of cue class ``topic`` ("criticized *the new tax plan*": what a speech act was about,
not a proposition; a clause inside it, "called on the council *to delay the vote*", still is). A wrong arc makes a piece too
big or too small, but the other pieces of the same sentence still offer the right one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribution.align.numbers import Quantity
from attribution.align.vocabulary import Term, Vocabulary
from attribution.attribute.spans import trim_content
from attribution.document import ParsedDoc, Sentence, Word
from attribution.records import Statement

SUBJECT_RELATIONS = ("nsubj", "csubj", "expl")
# argument roles: the doer (active subject, passive agent) and the thing done to (object,
# passive subject) are compared role by role, so an active and a passive wording still match
_ROLE_BY_DEPREL = {"nsubj": "doer", "csubj": "doer", "obl:agent": "doer", "nsubj:pass": "done-to",
                   "csubj:pass": "done-to", "obj": "done-to", "iobj": "other", "obl": "other"}
NEGATION_LEMMAS = ("not", "never", "no", "n't")
# words that link a clause to the rest of the sentence, not part of what it says
_EDGE_RELATIONS = ("cc", "mark", "punct")
_VERBAL = ("VERB", "AUX")
# a topic statement's noun phrase names what a speech act was about (cue class topic), no claim
_NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")
# how a reporting word holds what it reports: a clause or an object ("shows the arrival of troops")
_REPORTED = ("ccomp", "xcomp", "advcl", "parataxis", "acl", "csubj", "obj")


@dataclass(frozen=True)
class Unit:
    """A stretch of one statement that may carry a claim, with what alignment compares."""

    uid: int
    article_index: int
    statement: Statement
    sentence: Sentence
    head: Word
    start: int
    end: int
    text: str
    terms: tuple[Term, ...]
    predicates: tuple[Term, ...]  # the head's word, and for "decision to send" the clause's verb too
    arguments: tuple[tuple[str, Term], ...]  # (role, term): doer, done-to or other
    names: tuple[Term, ...]
    numbers: frozenset[float]
    negated: bool
    quantities: tuple[Quantity, ...] = ()  # the numbers with their approximators (numbers.py)
    asides: int = 0  # clauses set off by commas inside it: each may be a claim of its own
    conjoined: int = 0  # clauses conjoined inside it ("... and played a major role"): claims of their own
    subject_keys: frozenset[str] = frozenset()  # the terms of the predicate's subject
    open_subject: bool = False  # "they signed ...", "signed a pact": the subject could be anyone
    # not a whole clause a reader understands alone (see ``fragment_kind``): "released by
    # officials" (what was?), "was on the passenger list" (who?); None for a whole one
    fragment: str | None = None
    # the words compared (sentence vector): the text without the appositions inside it
    # ("Prigozhin[, the head of X,] was once an ally"); empty when that is the text itself
    compared: str = ""

    @property
    def compared_text(self) -> str:
        return self.compared or self.text

    def overlap(self, other: Unit) -> int:
        return max(0, min(self.end, other.end) - max(self.start, other.start))

    def nested_with(self, other: Unit) -> bool:
        """Same article and at least half of the shorter one inside the other."""
        if self.article_index != other.article_index:
            return False
        shorter = min(self.end - self.start, other.end - other.start)
        return shorter > 0 and self.overlap(other) * 2 >= shorter


def _subtree(sentence: Sentence, word: Word, allowed: set[int]) -> set[int]:
    return {w.id for w in sentence.subtree(word) if w.id in allowed}


def _run_around(ids: set[int], head: int) -> list[int]:
    """The consecutive word ids of ``ids`` that include ``head``."""
    if head not in ids:
        return []
    low = high = head
    while low - 1 in ids:
        low -= 1
    while high + 1 in ids:
        high += 1
    return list(range(low, high + 1))


def _is_clause_head(sentence: Sentence, word: Word, relations: frozenset[str]) -> bool:
    rel = word.relation
    if rel not in relations:
        return False
    if rel == "conj":  # a conjoined clause, not a list of nouns ("bags, clothes and other items")
        return word.upos in _VERBAL or any(c.relation in ("nsubj", "cop", "aux") for c in sentence.children(word))
    return True


def _set_off(sentence: Sentence, ids: set[int]) -> bool:
    """A clause set off by punctuation (", allegedly taken by a soldier,"): an aside that the core
    of the enclosing clause can do without. A clause that runs on without a comma ("showing
    North Koreans collecting uniforms") completes what encloses it and stays in the core."""
    first = min(ids)
    before = sentence.word(first - 1) if first > 1 else None
    return sentence.word(first).upos == "PUNCT" or (before is not None and before.upos == "PUNCT")


def _bracketed(sentence: Sentence) -> set[int]:
    """The words between round brackets, brackets included: the writer's or an editor's aside
    ("(such a bold assumption needs strong evidence)", "(60 miles)"), which the core of the
    clause around it can do without."""
    out: set[int] = set()
    opened: int | None = None
    for w in sentence.words:
        if w.text == "(":
            opened = w.id
        elif w.text == ")" and opened is not None:
            out |= set(range(opened, w.id + 1))
            opened = None
    return out


def _appositions(sentence: Sentence, inside: set[int]) -> dict[int, set[int]]:
    """Appositions set off by punctuation ("Prigozhin, the head of the Wagner Group, was ..."),
    by the head of each: they say who a named one is, not what the clause claims, so a unit
    that holds one is compared without it (and shown with it). Only a description of a name
    counts (a common noun: "founder of X", not "Mecca, Saudi Arabia"; "ally -- a traitor" is
    no aside). The small parser often reads "Prigozhin, founder of the company" as two
    conjoined nouns, or "Prigozhin, the head of X, was" as two subjects of one verb: a noun
    conjunct set off by a comma counts too where no conjunct of its head has a conjunction
    (not a list: "Jones, Smith and Brown"), and so does a second subject set off after the first."""
    out: dict[int, set[int]] = {}
    for w in sentence.words:
        if w.id not in inside or w.upos != "NOUN" or w.head == 0:
            continue
        head = sentence.word(w.head)
        if w.relation == "conj":
            named = head if not any(
                cc.relation == "cc" for c in sentence.children(head) if c.relation == "conj" for cc in sentence.children(c)
            ) else None
        elif w.relation in SUBJECT_RELATIONS:  # "Prigozhin, the head of X, was ...": two subjects
            named = next((c for c in sentence.children(head) if c.relation == w.relation and c.id < w.id), None)
        else:
            named = head if w.relation == "appos" else None
        if named is None or named.upos != "PROPN":
            continue
        ids = _subtree(sentence, w, inside)
        if _set_off(sentence, ids) and _closed(sentence, ids):
            out[w.id] = ids
    return out


def _closed(sentence: Sentence, ids: set[int]) -> bool:
    """The stretch ends at punctuation (its own, or the next word's), or at the sentence's end:
    an aside is set off on both sides ("Prigozhin, founder of the company." or ", the head of
    X,"), not a subject that runs on into its verb after a dateline's dash."""
    last = max(ids)
    following = sentence.word(last + 1) if last < len(sentence.words) else None
    return sentence.word(last).upos == "PUNCT" or following is None or following.upos == "PUNCT"


def _name_subject_extras(sentence: Sentence, head: Word, ids: set[int]) -> list[set[int]]:
    """For each subject that is a name, the words of its phrase that are not the name: "[the
    flight manifest confirming] Prigozhin was among the individuals on board", where the parse
    made the words before the name its compounds. The clause is also cut with the name alone as
    its subject (each set is left out of one piece)."""
    out: list[set[int]] = []
    for child in sentence.children(head):
        if child.relation not in SUBJECT_RELATIONS or child.id not in ids or child.upos != "PROPN":
            continue
        name = {child.id} | {c.id for c in sentence.children(child) if c.relation in ("compound", "flat") and c.upos == "PROPN"}
        extra = _subtree(sentence, child, ids) - name
        # only words before the name that the parse made its compounds (a noun phrase run into it)
        if extra and max(extra) < child.id and any(
                c.relation == "compound" and c.upos != "PROPN" for c in sentence.children(child)):
            out.append(extra)
    return out


def _conjuncts(sentence: Sentence, head: Word, ids: set[int], relations: frozenset[str]) -> set[int]:
    """The clauses conjoined to ``head`` ("... and went down in the Tver region", "... but Putin
    himself said nothing"): each states a claim of its own, so the first conjunct is also a
    piece without them."""
    out: set[int] = set()
    for c in sentence.children(head):
        if c.relation == "conj" and c.id in ids and _is_clause_head(sentence, c, relations):
            out |= _subtree(sentence, c, ids)
    return out


def _content_head(sentence: Sentence, head: Word, inside: set[int], vocab: Vocabulary) -> Word:
    """The predicate a unit is about: its head, or for "X claims (that) Y" the head of Y, so that
    the frame's speaker does not count as an argument of the claim."""
    if head.lemma.lower() not in vocab.reporting_lemmas:
        return head
    for child in sentence.children(head):
        if child.relation in ("ccomp", "xcomp", "advcl", "parataxis", "acl") and child.id in inside:
            return child
    return head


def _within_sentence_end(words: list[Word], head: Word) -> list[Word]:
    """The words on the head's side of a full stop followed by a capital: where the parser ran
    two sentences into one, a unit stays inside one of them."""
    start, end = 0, len(words)
    for i, (w, nxt) in enumerate(zip(words, words[1:])):
        if w.upos == "PUNCT" and w.text in (".", "!", "?") and nxt.text[:1].isupper():
            if w.id < head.id:
                start = i + 1
            elif end == len(words):
                end = i + 1
    return words[start:end]


# how a clause describes the noun it hangs from ("a video *released by officials*"): its subject is that noun
_DESCRIBING = ("acl",)
_RELATIVE_XPOS = frozenset({"WDT", "WP", "WP$"})


def _participle(sentence: Sentence, word: Word) -> bool:
    """A participle or gerund with no subject of its own: "a video *released by officials*",
    "soldiers *collecting uniforms*" (not "a decision *to send*", not "which operates")."""
    form = word.feat("VerbForm") in ("Part", "Ger") or word.xpos in ("VBN", "VBG")
    return word.upos == "VERB" and form and not any(
        c.relation in SUBJECT_RELATIONS or c.relation in ("aux", "mark") for c in sentence.children(word)
    )


def fragment_kind(sentence: Sentence, head: Word, inside: set[int], unit_ids: set[int]) -> str | None:
    """Why the stretch ``unit_ids`` headed by ``head`` is no whole clause, or None:

    * ``subject``: its predicate's subject is in the statement but cut off ("was on the list");
    * ``describing``: a participle phrase that describes a noun left outside ("released by
      officials": the noun is its subject). A relative clause ("which operates under the
      ministry") keeps its pronoun, which says that it is about something named before;
    * ``noun``: a bare noun phrase of two words or fewer ("military uniforms");
    * ``adjunct``: a prepositional phrase with no predicate ("now not only with weapons but also
      with personnel"): a noun headed by a preposition and joined to no copula says where, how or
      with what, never what happened; its verb is in another sentence or cut off.
    """
    if head.upos in ("NOUN", "PROPN") and not any(
        c.relation in _DESCRIBING and c.id in unit_ids for c in sentence.children(head)
    ):
        if sum(1 for i in unit_ids if sentence.word(i).upos not in ("PUNCT", "DET", "ADP")) <= 2:
            return "noun"
    if head.upos in ("NOUN", "PROPN", "PRON", "NUM"):
        children = [c for c in sentence.children(head) if c.id in unit_ids]
        if any(c.relation == "case" and c.id < head.id for c in children) and not any(
            c.relation in ("cop", "nsubj", "nsubj:pass") or c.upos in _VERBAL for c in children
        ):
            return "adjunct"
    # a predicate noun cut without its copula is a noun phrase ("[Putin is behind] the reported
    # death of Prigozhin"): it names an event, and needs no subject
    nominal = head.upos in ("NOUN", "PROPN") and any(
        c.relation == "cop" and c.id not in unit_ids for c in sentence.children(head))
    for c in sentence.children(head):
        if c.relation in SUBJECT_RELATIONS and c.id in inside and c.id not in unit_ids and not nominal:
            if not (c.xpos in _RELATIVE_XPOS or c.feat("PronType") == "Rel"):
                return "subject"
    if head.relation in _DESCRIBING:
        noun = sentence.head_of(head)
        subjectless = not any(c.relation in SUBJECT_RELATIONS for c in sentence.children(head))
        if noun is not None and noun.id in inside and noun.id not in unit_ids and noun.upos in ("NOUN", "PROPN"):
            if subjectless and _participle(sentence, head):
                return "describing"
    return None


def _framed_object(sentence: Sentence, statement: Statement, inside: set[int]) -> tuple[Word, list[int]] | None:
    """A statement whose content is a bare noun phrase, the object of its own reporting verb
    ("Ukraine *denied* [involvement]", "Russia *confirmed* [the deaths]"): the content alone is a
    word or two, and the claim is the whole clause. The piece is the verb with its subject and
    auxiliaries, and the object without what is set off by a comma ("involvement[, with
    Zelensky saying ...]"); it starts before the statement, at the frame. None otherwise."""
    cue = statement.cue
    if cue is None:
        return None
    verb = next((w for w in sentence.words if w.start <= cue.start < w.end), None)
    if verb is None or verb.upos != "VERB" or verb.id in inside:
        return None
    obj = next((c for c in sentence.children(verb) if c.relation == "obj" and c.id in inside), None)
    if obj is None or obj.upos not in ("NOUN", "PROPN") or min(w.id for w in sentence.subtree(obj)) != min(inside):
        return None  # the content opens with the object: "[involvement], with Zelensky saying ..."
    ids = {verb.id}
    for child in sentence.children(verb):
        if child.relation in (*SUBJECT_RELATIONS, "aux", "advmod") and child.id < verb.id:
            ids |= {w.id for w in sentence.subtree(child)}
    core = {w.id for w in sentence.subtree(obj)}
    for child in sentence.children(obj):
        if _set_off(sentence, {w.id for w in sentence.subtree(child)}):
            core -= {w.id for w in sentence.subtree(child)}
    run = _run_around(ids | core, obj.id)
    return (obj, run) if run and min(run) in ids else None


def _compared_text(body: str, start: int, end: int, shown: Sequence[Word], skipped: set[int]) -> str:
    """The unit's text without the words of ``skipped`` and the punctuation just before each
    skipped stretch ("Prigozhin, the head of X, was" -> "Prigozhin was"); "" when none."""
    if not skipped:
        return ""
    drop = set(skipped)
    for i, w in enumerate(shown):
        if w.id in skipped and i > 0 and shown[i - 1].id not in skipped and shown[i - 1].upos == "PUNCT":
            drop.add(shown[i - 1].id)
    parts: list[str] = []
    cursor = start
    for w in shown:
        if w.id in drop:
            parts.append(body[cursor:w.start])
            cursor = w.end
    parts.append(body[cursor:end])
    return " ".join("".join(parts).split())


class UnitBuilder:
    """Cuts the units of one article's statements; terms come from the shared vocabulary."""

    def __init__(self, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.tuning = vocabulary.tuning.units
        self._next_uid = 0

    def units(self, article_index: int, body: str, doc: ParsedDoc, statements: Sequence[Statement]) -> list[Unit]:
        out: list[Unit] = []
        seen: set[tuple[int, int]] = set()
        # narrowest statements first: where attribution gives both a source's statement and the
        # outlet's sentence around it, a stretch of text belongs to the source's statement
        for statement in sorted(statements, key=lambda s: (s.end - s.start, s.start)):
            for sentence in doc.sentences:
                if sentence.end <= statement.start or sentence.start >= statement.end:
                    continue
                inside = {w.id for w in sentence.words if w.start >= statement.start and w.end <= statement.end}
                if not inside:
                    continue
                pieces, asides = self._pieces(sentence, inside)
                framed = _framed_object(sentence, statement, inside)
                appositions = list(_appositions(sentence, inside).values())
                for head, ids in pieces + ([framed] if framed else []):
                    unit = self._unit(article_index, body, statement, sentence, head, ids, asides,
                                      framed=framed is not None and ids is framed[1], appositions=appositions)
                    if unit is not None and (unit.start, unit.end) not in seen:
                        seen.add((unit.start, unit.end))
                        out.append(unit)
        return out

    def _pieces(self, sentence: Sentence, inside: set[int]) -> tuple[list[tuple[Word, list[int]]], set[int]]:
        """(head, word ids) for every piece of the statement's part of this sentence, and the
        heads of the clauses set off by punctuation (asides)."""
        relations = self.tuning.clause_relations
        words = [sentence.word(i) for i in sorted(inside)]
        roots = [w for w in words if w.head not in inside]
        clause_heads = [w for w in words if _is_clause_head(sentence, w, relations)]
        noun_heads = [  # noun phrases that carry a clause: "a video purporting to show ..."
            w for w in words
            if w.upos in ("NOUN", "PROPN") and any(c.relation == "acl" and c.id in inside for c in sentence.children(w))
        ]
        clauses = list(dict.fromkeys(roots + clause_heads))
        brackets = _bracketed(sentence) & inside
        asides = {h.id: _subtree(sentence, h, inside) for h in clauses}
        asides = {i: ids for i, ids in asides.items() if _set_off(sentence, ids)}
        pieces: list[tuple[Word, list[int]]] = []
        subjects: set[int] = set()
        if len(roots) > 1:  # a wrong arc split the statement: it is a piece of its own as well
            pieces.append((roots[0], sorted(inside)))
            joined, subjects = self._split_subject(sentence, roots, inside, asides)
            pieces.extend(joined)
        for head in list(dict.fromkeys(clauses + noun_heads)):
            if head.id in subjects:
                continue  # the subject of the clause after it, no claim alone ("said [all 10 people on board]")
            full = _subtree(sentence, head, inside)
            nominal = head in noun_heads and head not in clauses
            own = {c.id for c in sentence.children(head) if nominal and c.relation == "acl"}
            nested: set[int] = set()
            for other, part in asides.items():
                if other != head.id and other in full and other not in own:
                    nested |= part
            if head.id not in brackets:
                nested |= brackets & full
            pieces.append((head, sorted(full)))
            pieces.append((head, _run_around(full - nested, head.id)))
            if nominal:
                continue
            conjoined = _conjuncts(sentence, head, full, relations)
            if conjoined:
                pieces.append((head, _run_around(full - conjoined, head.id)))
                pieces.append((head, _run_around(full - nested - conjoined, head.id)))
            subject: set[int] = set()
            for child in sentence.children(head):
                if child.relation in SUBJECT_RELATIONS and child.id in full:
                    subject |= _subtree(sentence, child, inside)
            pieces.append((head, _run_around(full - subject, head.id)))
            pieces.append((head, _run_around(full - nested - subject, head.id)))
            for words in _name_subject_extras(sentence, head, full):
                pieces.append((head, _run_around(full - nested - words, head.id)))
            if head.upos == "NOUN" and any(c.relation == "cop" for c in sentence.children(head)):
                # "Putin is behind [the reported death of Yevgeny Prigozhin]": the predicate noun
                # phrase names an event of its own, without the subject, copula and preposition
                frame = {c.id for c in sentence.children(head) if c.relation in ("cop", "case", "mark", "aux", "advmod")}
                pieces.append((head, _run_around(full - nested - subject - frame, head.id)))
        return pieces, set(asides)

    def _split_subject(self, sentence: Sentence, roots: Sequence[Word], inside: set[int],
                       asides: dict[int, set[int]]) -> tuple[list[tuple[Word, list[int]]], set[int]]:
        """A reported clause whose subject the parse hung from the reporting verb ("said [all 10
        people on board] [the plane were killed when it crashed]": an object and a clause): the
        noun phrase and the clause right after it are one clause, cut also without the clauses
        conjoined inside it and without its asides, headed by the clause's verb. Returns those
        pieces and the ids of such subjects (no claim on their own)."""
        relations = self.tuning.clause_relations
        out: list[tuple[Word, list[int]]] = []
        subjects: set[int] = set()
        for noun, verb in zip(roots, roots[1:]):
            if noun.upos not in _NOMINAL or verb.upos not in _VERBAL or verb.relation not in relations:
                continue
            joined = _subtree(sentence, noun, inside) | _subtree(sentence, verb, inside)
            conjoined: set[int] = set()
            for w in sentence.words:
                if w.id in joined and w.relation == "conj" and _is_clause_head(sentence, w, relations):
                    conjoined |= _subtree(sentence, w, inside)
            nested = {i for h, ids in asides.items() if h in joined and h != verb.id for i in ids}
            run = _run_around(joined - conjoined, verb.id)
            if run and min(run) == min(_subtree(sentence, noun, inside)):  # the noun phrase opens it
                out.append((verb, run))
                out.append((verb, _run_around(joined - conjoined - nested, verb.id)))
                subjects.add(noun.id)
        return out, subjects

    def _span(self, body: str, statement: Statement, sentence: Sentence, head: Word,
              ids: list[int], framed: bool = False) -> tuple[int, int] | None:
        """The stretch of text of a piece: contiguous, inside one sentence and the statement,
        without edge punctuation and linking words."""
        if not ids:
            return None
        words = _within_sentence_end([sentence.word(i) for i in range(min(ids), max(ids) + 1)], head)
        while words and words[0].id != head.id and (
            words[0].relation in _EDGE_RELATIONS
            or words[0].upos == "PUNCT"
            or (words[0].relation == "case" and words[0].head == head.id)  # "[of] North Korean soldiers, who ..."
        ):
            words.pop(0)
        while words and (words[-1].relation in _EDGE_RELATIONS or words[-1].upos == "PUNCT") and words[-1].id != head.id:
            words.pop()
        if not words or len(words) > self.tuning.max_words:
            return None
        first = words[0].start if framed else max(words[0].start, statement.start)  # framed: the frame comes first
        start, end = trim_content(body, first, min(words[-1].end, statement.end))
        return (start, end) if end > start else None

    def _unit(self, article_index: int, body: str, statement: Statement, sentence: Sentence,
              head: Word, ids: list[int], asides: set[int], framed: bool = False,
              appositions: Sequence[set[int]] = ()) -> Unit | None:
        """The piece as a unit with what alignment compares, or None when it cannot carry a claim.
        ``framed``: the piece is a bare object with its reporting verb and speaker (``_framed_object``).
        ``appositions``: word ids of appositions (``_appositions``); one inside the unit, not
        holding its head, is left out of what is compared."""
        span = self._span(body, statement, sentence, head, ids, framed)
        if span is None:
            return None
        start, end = span
        shown = [w for w in sentence.words if w.start >= start and w.end <= end]
        shown_ids = {w.id for w in shown}
        skipped = {i for a in appositions if a <= shown_ids and head.id not in a for i in a}
        words = [w for w in shown if w.id not in skipped]
        vocab = self.vocabulary
        terms: dict[str, Term] = {}
        names: dict[str, Term] = {}
        numbers: set[float] = set()
        for w in words:
            for t in vocab.terms(sentence, w):
                terms.setdefault(t.key, t)
                if vocab.is_name(sentence, w):
                    names.setdefault(t.key, t)
            if w.upos == "NUM" and (value := vocab.number(sentence, w)) is not None:
                numbers.add(value)
        content_count = sum(1 for t in terms.values() if t.factor >= 1.0)
        if content_count < self.tuning.min_content_words:
            return None
        inside = {w.id for w in words}
        core = _content_head(sentence, head, inside, vocab)
        if head.lemma.lower() in vocab.reporting_lemmas and not any(
            c.relation in _REPORTED and c.id in inside for c in sentence.children(head)
        ):
            return None  # a frame without what it reports ("said Ihor Solovey, the head of the center")
        predicates = list(vocab.terms(sentence, core)[:1]) if core.id in inside else []
        if core.upos in ("NOUN", "PROPN"):
            for child in sentence.children(core):
                if child.relation == "acl" and child.id in inside:
                    predicates.extend(vocab.terms(sentence, child)[:1])
        arguments: dict[tuple[str, str], tuple[str, Term]] = {}
        for child in sentence.children(core):
            role = _ROLE_BY_DEPREL.get(child.deprel) or _ROLE_BY_DEPREL.get(child.relation)
            if role and child.id in inside:
                for term in vocab.terms(sentence, child):
                    arguments.setdefault((role, term.key), (role, term))
        subject_keys: set[str] = set()
        subjects = [c for c in sentence.children(core) if c.relation == "nsubj"]
        # the subject is open when it is a pronoun (in the unit or cut off from it) or the clause
        # has none ("published by the centre"); a name cut off by the cutting is not open
        open_subject = (not subjects and core.upos in _VERBAL) or any(c.upos == "PRON" for c in subjects)
        for child in subjects:
            for w in sentence.subtree(child):
                if w.id in inside:
                    subject_keys.update(t.key for t in vocab.terms(sentence, w))
        negated = any(
            c.lemma.lower() in NEGATION_LEMMAS or c.feat("Polarity") == "Neg"
            for c in sentence.children(head)
            if c.relation in ("advmod", "det", "neg", "aux") and c.id in inside
        )
        # the subject or noun may lie outside this statement (attribution gave the content only):
        # a whole version may still come from a wider statement over the same sentence
        fragment = fragment_kind(sentence, head, {w.id for w in sentence.words}, shown_ids)
        if fragment in ("noun", "adjunct"):
            return None  # "military uniforms", "with personnel": no claim, nothing to complete it to
        if statement.cue_class == "topic" and head.upos in _NOMINAL:
            return None  # "criticized *the new tax plan*": what was talked about, not a proposition
        self._next_uid += 1
        return Unit(
            uid=self._next_uid,
            article_index=article_index,
            statement=statement,
            sentence=sentence,
            head=head,
            start=start,
            end=end,
            text=body[start:end],
            compared=_compared_text(body, start, end, shown, skipped),
            terms=tuple(terms.values()),
            predicates=tuple(predicates),
            arguments=tuple(arguments.values()),
            names=tuple(names.values()),
            numbers=frozenset(numbers),
            quantities=vocab.quantities(sentence, frozenset(w.id for w in words)),
            negated=negated,
            asides=sum(1 for i in asides if i in inside and i != head.id),
            conjoined=sum(1 for w in words if w.id != head.id and w.relation == "conj"
                          and _is_clause_head(sentence, w, self.tuning.clause_relations)),
            subject_keys=frozenset(subject_keys),
            open_subject=open_subject,
            fragment=fragment,
        )
