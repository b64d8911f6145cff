"""Noun phrases that name speakers: names with titles, descriptions, pronouns, appositions, roles.

Names are found linearly, as runs of capitalised words (allowing "of", "for", "and" inside an
organisation's name) that stop at a possessive: the tagger is better at capitals and proper nouns
than the parser at arcs, so a wrong arc does not cut a name in half. Appositions and roles are
read from the arcs where they are there and from the comma pattern where they are not
("Ihor Solovey, the head of the center," / "the head of ..., Kyrylo Budanov,").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from attribution.attribute.words import SpeakerWords, speaker_words
from attribution.document import Sentence, Word

PhraseKind = Literal["name", "pronoun", "description", "group"]
_CONNECTORS = {"of", "for", "and", "on", "de", "del", "der", "van", "von", "la", "le", "al", "-", "&",
               "bin", "ibn", "bint", "da", "di", "du", "dos", "das"}  # "Mohammed bin Salman"
# "for" and "on" join words inside an organisation's name only ("Center for Strategic ...",
# "Council on American-Islamic Relations"), not a person to the body they speak for
_ORG_CONNECTORS = {"for", "on"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_NAME_TAGS = {"PROPN", "NOUN", "ADJ", "X", "NUM"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
_LEFT_MODIFIERS = {"det", "amod", "compound", "nummod", "nmod:poss", "case", "nmod:desc", "flat", "advmod"}
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&-]*[A-Z0-9]\.?$")


@dataclass(frozen=True)
class Phrase:
    """A phrase naming a (possible) speaker, with what the sentence says about them."""

    start: int  # the mention: title + name, determiner + noun, or pronoun
    end: int
    text: str
    head: Word
    kind: PhraseKind
    name: tuple[str, ...] = ()  # name words without titles: ("Ihor", "Solovey")
    title: str | None = None  # "Dr", "Mr"
    role: str | None = None  # "head of the center", "North Korean leader"
    plural: bool = False
    definite: bool = False
    subject: bool = False
    members: tuple["Phrase", ...] = ()  # a group's conjuncts: "Paris and Berlin", "Kim and Putin"
    mention_end: int | None = None  # where the mention ends past the phrase: "a page [on farm policy], which ..."

    @property
    def head_lemma(self) -> str:
        return self.head.lemma.lower()


def is_capitalised(word: Word) -> bool:
    return bool(word.text) and word.text[0].isupper()


def _possessive(word: Word) -> bool:
    return word.text in _POSSESSIVE


def _name_word(sentence: Sentence, i: int) -> bool:
    """Can word ``i`` (0-based) be part of a name?"""
    w = sentence.words[i]
    if not is_capitalised(w) or w.upos not in _NAME_TAGS or _possessive(w):
        return False
    if i == 0 and w.upos != "PROPN":
        return False  # "Yesterday", "Police" at the start of a sentence are not names by capital alone
    return True


def name_span(sentence: Sentence, word: Word) -> tuple[int, int] | None:
    """0-based inclusive word range of the name containing ``word``, or None."""
    words = sentence.words
    i = word.id - 1
    if not _name_word(sentence, i) and i >= 2 and _hyphen(words[i - 2], words[i - 1], words[i]) and _name_word(sentence, i - 2):
        i -= 2  # "Jae-[in]": a lower-case part after a hyphen belongs to the name it is written into
    if not _name_word(sentence, i):
        return None
    left = right = i
    while left > 0:
        if _name_word(sentence, left - 1):
            left -= 1
        elif left > 1 and _hyphen(words[left - 2], words[left - 1], words[left]) and words[left - 2].text.isalpha() \
                and words[left - 2].upos == "PROPN":
            left -= 2  # "el-Sisi", "al-Assad": a lower-case particle written into the name
        elif (left > 1 and words[left - 1].text.lower() in _CONNECTORS - {"and"}
              and _name_word(sentence, left - 2) and not _possessive(words[left - 2])
              and (words[left - 1].text != "-" or _hyphen(words[left - 2], words[left - 1], words[left]))
              and (words[left - 1].text.lower() not in _ORG_CONNECTORS or _is_org_word(words[left - 2]))
              and not _of_place(sentence, left - 2)
              and words[left].text.lower() not in speaker_words().time_words):
            left -= 2
        else:
            break
    n = len(words)
    while right < n - 1:
        if _name_word(sentence, right + 1) and not _possessive(words[right + 1]):
            right += 1
        elif (right < n - 2 and _hyphen(words[right], words[right + 1], words[right + 2]) and words[right + 2].text.isalpha()):
            right += 2  # "Moon Jae-in": a lower-case part after a hyphen is still the name
        elif (right < n - 2 and words[right + 1].text.lower() in _CONNECTORS and _name_word(sentence, right + 2)
              and (words[right + 1].text != "-" or _hyphen(words[right], words[right + 1], words[right + 2]))
              and (words[right + 1].text.lower() != "and" or _and_inside_name(sentence, left, right))
              and (words[right + 1].text.lower() not in _ORG_CONNECTORS or _is_org_word(words[right]))
              and not _of_place(sentence, right)
              and words[right + 2].text.lower() not in speaker_words().time_words):  # "the Times on Saturday"
            right += 2
        else:
            break
    # a capitalised modifier of a common noun is not a name: "North Korean soldiers", "Ukrainian officials"
    if right + 1 < n and words[right + 1].upos in ("NOUN", "ADJ", "NUM") and not is_capitalised(words[right + 1]):
        return None
    if all(w.upos == "ADJ" for w in words[left : right + 1]):
        return None
    # an organisation followed by a person's name: "the Refugee Council Enver Solomon"
    org_words = speaker_words().organization_heads
    for k in range(left, right - 1):
        if words[k].text.lower() in org_words and all(w.upos == "PROPN" for w in words[k + 1 : right + 1]) and right - k >= 2:
            if i > k:
                return k + 1, right
            right = k
            break
    # a place in front of a name is not part of it: "United States Hamdullah Mohib"
    places = speaker_words().places
    for k in range(right - 1, left - 1, -1):
        if " ".join(w.text.lower() for w in words[left : k + 1]) in places and i > k:
            return k + 1, right
    return left, right


def _hyphen(before: Word, dash: Word, after: Word) -> bool:
    """A hyphen written inside a word ("Jae-in", "Ocasio-Cortez"), not a dash between words."""
    return dash.text in ("-", "‐") and before.end == dash.start and dash.end == after.start


def fused_possessor(sentence: Sentence, word: Word, body: str) -> Phrase | None:
    """The name in a possessive the tokenizer wrote as one word ("Thomas'" of "Thomas' sister"),
    which :func:`name_span` leaves out as a modifier of a common noun; None for any other word."""
    text = word.text
    if len(text) < 3 or text[-1] not in "'’" or not text[0].isupper() or not text[:-1].replace("-", "").isalpha():
        return None
    possessed = sentence.head_of(word)
    if possessed is None or possessed.id <= word.id or possessed.upos not in ("NOUN", "PROPN"):
        return None
    left = word.id - 1
    while left > 0 and _name_word(sentence, left - 1) and sentence.words[left - 1].head == word.head:
        left -= 1  # "John Thomas' lawyer"
    name = name_words(sentence, body, left, word.id - 1)
    name = name[:-1] + (name[-1][:-1],)
    start = sentence.words[left].start
    return Phrase(start, word.end - 1, body[start : word.end - 1], word, "name", name=name)


def name_words(sentence: Sentence, body: str, a: int, b: int) -> tuple[str, ...]:
    """The words of a name as written: tokens joined where the text has no space between them
    ("Ocasio", "-", "Cortez" -> "Ocasio-Cortez")."""
    return tuple(body[sentence.words[a].start : sentence.words[b].end].split()) if a <= b else ()


def _of_place(sentence: Sentence, right: int) -> bool:
    """ "of" after word ``right`` (0-based) names the place a person comes from ("Sen. Ted Cruz of
    Texas", "Tom Reed of New York"): the place is no part of a name that ends in no organisation
    word ("University of Kentucky" keeps it)."""
    words = sentence.words
    if words[right + 1].text.lower() != "of" or _is_org_word(words[right]):
        return False
    end = right + 2
    while end + 1 < len(words) and _name_word(sentence, end + 1) and not _possessive(words[end + 1]):
        end += 1
    return speaker_words().is_place([w.text for w in words[right + 2 : end + 1]])


def _is_org_word(word: Word) -> bool:
    return word.text.lower() in speaker_words().organization_heads


def _and_inside_name(sentence: Sentence, left: int, right: int) -> bool:
    """Does an "and" after words ``left..right`` continue one name ("... Communications and
    Information Security", "Culture and Information Ministry") rather than join two
    ("Kim Jong Un and Russian President Vladimir Putin")?"""
    words = sentence.words
    if any(w.text.lower() in ("of", "for", "on") for w in words[left : right + 1]):
        return True
    j = right + 2
    while j + 1 < len(words) and _name_word(sentence, j + 1) and not _possessive(words[j + 1]):
        j += 1
    heads = speaker_words().organization_heads
    return j < len(words) and words[j].text.lower() in heads


def split_title(sentence: Sentence, span: tuple[int, int], words_: SpeakerWords) -> tuple[tuple[int, int] | None, tuple[int, int], str | None]:
    """(title/role part, name part, short title) of a capitalised run.

    "Russian President Vladimir Putin" -> role "Russian President", name "Vladimir Putin";
    "Dr Boichak" -> title "Dr", name "Boichak".
    """
    left, right = span
    words = sentence.words
    last_title = None
    for i in range(left, right + 1 if left == right else right):
        token = words[i].text.lower().rstrip(".")
        if token in words_.titles or token in words_.person_roles:
            last_title = i
    if last_title is None:
        return None, span, None
    title = words[last_title].text.rstrip(".")
    short = title if title.lower() in words_.titles else None
    name_start = last_title + 1
    if name_start <= right and words[name_start].text.lower() == "of":
        # "Minister of Education Stefania Giannini": the office runs on; the name is the last
        # two words (three with a particle: "Claudio De Vincenti")
        name_start = max(name_start + 2, right - 1)
        if name_start - 1 > last_title + 2 and words[name_start - 1].text.lower() in ("de", "van", "von", "da", "di", "del", "la", "le", "al", "bin", "ibn"):
            name_start -= 2
        short = None
        return (left, name_start - 1), (name_start, right), short
    if short is not None:
        # "Mr. Toccafondi": a courtesy title; words before it are a role only if they hold one
        before = words[left:last_title]
        role = (left, last_title - 1) if any(w.lemma.lower() in words_.person_roles for w in before) else None
        return role, (last_title + 1, right), short
    return (left, last_title), (last_title + 1, right), short


def _text(body: str, sentence: Sentence, a: int, b: int) -> str:
    return body[sentence.words[a].start : sentence.words[b].end]


def _strip_det(text: str) -> str:
    parts = text.split(maxsplit=1)
    if len(parts) == 2 and parts[0].lower() in _DETERMINERS:
        return parts[1]
    return text


def _role_left_of(sentence: Sentence, name_left: int, words_: SpeakerWords) -> tuple[int, int] | None:
    """A lowercase role noun with its modifiers just before a name: "North Korean leader Kim"."""
    i = name_left - 1
    words = sentence.words
    if i < 0 or words[i].lemma.lower() not in words_.person_roles or words[i].upos not in ("NOUN", "PROPN"):
        return None
    start = i
    while start > 0 and words[start - 1].upos in ("ADJ", "PROPN", "NOUN", "NUM") and words[start - 1].deprel not in ("nsubj", "obj", "obl"):
        if words[start - 1].text in _POSSESSIVE:
            break
        start -= 1
    return start, i


def _description_span(sentence: Sentence, head: Word) -> tuple[int, int]:
    """0-based range of a common-noun phrase: its left modifiers up to the head."""
    i = head.id - 1
    left = i
    words = sentence.words
    while left > 0:
        prev = words[left - 1]
        if left > 1 and _hyphen(words[left - 2], prev, words[left]) and words[left - 2].text.isalpha():
            left -= 2  # "state-run", "Kremlin-backed": a compound written with a hyphen is one modifier
            continue
        if (prev.upos == "ADP" or prev.deprel == "case") and not _possessive(prev):
            break  # "after Ukrainian officials", "including 18%": the preposition is not part of the phrase
        attached = prev.head == head.id or (prev.head and sentence.word(prev.head).head == head.id and prev.deprel in ("case", "det", "amod", "compound"))
        if prev.deprel in _LEFT_MODIFIERS and (attached or prev.upos in ("DET", "ADJ", "PROPN", "NUM") or prev.text in _POSSESSIVE):
            left -= 1
        else:
            break
    while left < i and words[left].upos == "PUNCT":
        left += 1
    return left, i


def _np_end(sentence: Sentence, start: int) -> int:
    """Where a noun phrase starting at ``start`` (0-based) ends: before a comma, verb or quote."""
    words = sentence.words
    j = start
    while j + 1 < len(words):
        nxt = words[j + 1]
        if nxt.upos in ("PUNCT", "VERB", "AUX", "SCONJ", "CCONJ") or nxt.lemma.lower() in ("who", "which", "that"):
            break
        j += 1
    return j


def apposition(sentence: Sentence, a: int, b: int, body: str, words_: SpeakerWords) -> tuple[int, int] | None:
    """A phrase set off by commas right after words ``a..b`` ("Ihor Solovey, the head of the center,")."""
    words = sentence.words
    if b + 2 >= len(words) or words[b + 1].text != ",":
        return None
    start = b + 2
    first = words[start]
    if first.upos in ("VERB", "AUX", "SCONJ", "CCONJ", "ADV", "PRON", "ADP") and first.lemma.lower() not in _DETERMINERS:
        return None
    end = _np_end(sentence, start)
    # extend through "of"/"in" phrases: "Director of the Eurasia Democracy Initiative in Ukraine"
    while end + 2 < len(words) and words[end + 1].upos == "ADP" and words[end + 1].lemma.lower() in ("of", "in", "at", "for", "to", "on"):
        end = _np_end(sentence, end + 2)
    after = words[end + 1] if end + 1 < len(words) else None
    if after is not None and after.text not in (",", ".", ";", ":", "—", "–", ")") and after.upos not in ("VERB", "AUX", "PUNCT"):
        return None
    if after is not None and after.upos in ("VERB", "AUX") and _next_clause_subject(sentence, b, start, end):
        return None
    return start, end


def _next_clause_subject(sentence: Sentence, b: int, start: int, end: int) -> bool:
    """The phrase after the comma is the subject of the clause that follows, the words before it
    no subject at all ("According to the Daily Star, [the mayor] said ..."): not an apposition,
    whose role would make the mayor the paper. Words 0-based."""
    words = sentence.words
    inside = {w.id for w in words[start : end + 1]}
    heads = [w for w in words[start : end + 1] if w.head not in inside]
    if len(heads) != 1 or not heads[0].deprel.startswith("nsubj"):
        return False
    top = words[b]  # the name's head word: climb while the head is a word of the name or before it
    while top.head and top.head <= b + 1:
        top = sentence.word(top.head)
    return not top.deprel.startswith("nsubj") and top.deprel not in ("appos", "dislocated")


def _is_role(words: Sequence[Word], words_: SpeakerWords) -> bool:
    """Is this apposition a role ("the head of the center", "Director of ...")? Its first noun says."""
    noun = np_head(words)
    return noun is not None and noun.lemma.lower() in words_.person_roles | words_.titles


def _role_before(sentence: Sentence, left: int, body: str, words_: SpeakerWords) -> str | None:
    """A description set off before a name: "the head of Ukrainian military intelligence, Kyrylo Budanov"."""
    words = sentence.words
    if left < 2 or words[left - 1].text != ",":
        return None
    end = left - 2
    start = end
    while start > 0:
        prev = words[start - 1]
        if prev.upos in ("VERB", "AUX", "SCONJ", "PUNCT", "CCONJ") or (prev.upos == "ADP" and prev.lemma.lower() != "of"):
            break
        start -= 1
    head = np_head(words[start : end + 1])
    if head is None or head.lemma.lower() not in words_.person_roles:
        return None
    return _strip_det(body[words[start].start : words[end].end])


def np_head(words: Sequence[Word]) -> Word | None:
    """The head noun of a phrase: the noun before "of" ("head of ..."), else the last noun."""
    nouns = [(i, w) for i, w in enumerate(words) if w.upos in ("NOUN", "PROPN")]
    for i, w in nouns:
        if i + 1 < len(words) and words[i + 1].lemma.lower() == "of":
            return w
    return nouns[-1][1] if nouns else None


def _relative_role(sentence: Sentence, b: int, body: str) -> str | None:
    """", who is the editor of Digital War," after a name: the role inside the relative clause."""
    words = sentence.words
    if b + 4 >= len(words) or words[b + 1].text != "," or words[b + 2].lemma.lower() != "who":
        return None
    if words[b + 3].lemma.lower() != "be":
        return None
    start = b + 4
    end = start
    while end + 1 < len(words) and words[end + 1].text not in (",", ".", ";"):
        end += 1
    return _strip_det(body[words[start].start : words[end].end])


def phrase_at(sentence: Sentence, head: Word, body: str, words_: SpeakerWords, appositions: bool = True) -> Phrase:
    """The speaker phrase around ``head``: a name, a pronoun, or a description, with its role.
    ``appositions=False``: a description never takes in a phrase after its comma (the caller
    knows the phrase ends there)."""
    subject = head.deprel.startswith("nsubj")
    lemma = head.lemma.lower()
    if head.upos == "PRON" or lemma in words_.pronouns or lemma in words_.relative_pronouns:
        plural = lemma in words_.group_pronouns or head.feat("Number") == "Plur"
        return Phrase(head.start, head.end, head.text, head, "pronoun", plural=plural, subject=subject)
    span = name_span(sentence, head)
    # "University of Sydney's Olga Boichak": the speaker is the one after the possessive
    while span is not None and span[1] + 2 < len(sentence.words) and _possessive(sentence.words[span[1] + 1]):
        possessed = name_span(sentence, sentence.words[span[1] + 2])
        if possessed is None:
            break
        span = possessed
    if span is None:
        # a name may sit beside the head: "Solovey" as a compound of the noun the parser picked
        for child in sentence.children(head):
            if child.deprel in ("flat", "compound", "appos") and name_span(sentence, child):
                span = name_span(sentence, child)
                break
    if span is not None:
        role_span, name_part, title = split_title(sentence, span, words_)
        name_parts = name_words(sentence, body, *name_part)
        if not name_parts:  # only a title or role word, like "President": a description
            described = _description(sentence, head, body, words_, subject)
            return replace(described, definite=True)  # a capitalised title names one known person
        mention_start = name_part[0] - 1 if title else name_part[0]
        role = _text(body, sentence, *role_span) if role_span else None
        if role is None:
            left_role = _role_left_of(sentence, span[0], words_)
            if left_role:
                role = _text(body, sentence, *left_role)
        appos = apposition(sentence, span[0], span[1], body, words_)
        if appos is not None and _is_role(sentence.words[appos[0] : appos[1] + 1], words_):
            role = role or _strip_det(_text(body, sentence, *appos))
        role = role or _relative_role(sentence, span[1], body) or _role_before(sentence, span[0], body, words_)
        return Phrase(
            sentence.words[mention_start].start, sentence.words[span[1]].end,
            _text(body, sentence, mention_start, span[1]), head, "name", name=name_parts, title=title,
            role=role, plural=False, definite=True, subject=subject,
        )
    return _description(sentence, head, body, words_, subject, appositions)


def _description(sentence: Sentence, head: Word, body: str, words_: SpeakerWords, subject: bool,
                 appositions: bool = True) -> Phrase:
    left, right = _description_span(sentence, head)
    words = sentence.words
    # a possessor is not part of the mention: "South Korea's National Intelligence Service"
    for k in range(right, left - 1, -1):
        if words[k].text in _POSSESSIVE and k + 1 <= right:
            left = k + 1
            break
    first = words[left].lemma.lower()
    definite = first in ("the", "this", "that", "these", "those") or any(w.text in _POSSESSIVE for w in words[max(0, left - 2) : left])
    plural = head.feat("Number") == "Plur" or (head.lemma.lower() != head.text.lower() and head.text.lower().endswith("s"))
    role = None
    name: tuple[str, ...] = ()
    # "the head of ..., Kyrylo Budanov,": the name is in the apposition, the description is the role
    end = right
    while end + 2 < len(words) and words[end + 1].upos == "ADP" and words[end + 1].lemma.lower() in ("of", "in", "at", "for"):
        end = _np_end(sentence, end + 2)
    appos = apposition(sentence, left, end, body, words_) if appositions else None
    lemma = words_.standard(head.lemma)
    if appos is not None and lemma not in words_.person_roles | words_.organization_heads | words_.titles and (
        appos[1] + 1 >= len(words) or words[appos[1] + 1].upos != "PUNCT"
    ):
        # "according to the data, Christians make up ...": a name right before a verb after a
        # noun that names no one is that verb's subject, not an apposition
        appos = None
    if appos is not None:
        appos_name = name_span(sentence, words[appos[0]]) or name_span(sentence, words[appos[1]])
        if appos_name is not None and appos_name[1] == appos[1]:
            _, name_part, title = split_title(sentence, appos_name, words_)
            name = name_words(sentence, body, *name_part)
            if name:
                return Phrase(
                    words[name_part[0]].start, words[name_part[1]].end, _text(body, sentence, name_part[0], name_part[1]),
                    words[name_part[1]], "name", name=name, title=title,
                    role=_strip_det(_text(body, sentence, left, end)), definite=True, subject=subject,
                )
    if head.lemma.lower() in words_.person_roles and end > right:
        role = _strip_det(_text(body, sentence, left, end))
    return Phrase(
        words[left].start, words[right].end, _text(body, sentence, left, right), head, "description",
        role=role, plural=plural, definite=definite, subject=subject,
    )


def document_author(sentence: Sentence, head: Word, words_: SpeakerWords) -> Word | None:
    """Who wrote the text that speaks: "Cornyn's statement added", "his letter says", "the post
    by an unknown author said" are the author's words, so the author is the speaker (a text with
    no author named, "the report says", stays a document)."""
    if head.upos != "NOUN" or words_.standard(head.lemma) not in words_.document_heads:
        return None
    for child in sentence.children(head):
        by = child.deprel.startswith("nmod") and not child.deprel.startswith("nmod:poss") and any(
            g.deprel == "case" and g.lemma.lower() == "by" for g in sentence.children(child))
        if not (child.deprel.startswith("nmod:poss") or by):
            continue
        lemma = words_.standard(child.lemma)
        if child.upos == "PROPN" or (child.upos == "PRON" and lemma in words_.pronouns) or (
                child.upos == "NOUN" and lemma in words_.person_roles | words_.organization_heads):
            return child
    return None


def speaker_phrase(sentence: Sentence, head: Word, body: str, words_: SpeakerWords) -> Phrase:
    """The phrase of a speaker, who may be several: "Paris and Berlin said", "Smith and Jones told".

    Conjuncts joined by "and" to the head (UD hangs every conjunct on the first), with no verb
    between them, make one group phrase spanning them all; otherwise :func:`phrase_at`.
    """
    author = document_author(sentence, head, words_)
    if author is not None:
        return replace(speaker_phrase(sentence, author, body, words_), subject=head.deprel.startswith("nsubj"))
    first = phrase_at(sentence, head, body, words_)
    conjuncts = [c for c in sentence.children(head) if c.deprel == "conj" and c.id > head.id
                 and c.upos in ("NOUN", "PROPN", "PRON")]
    if not conjuncts or not any(g.deprel == "cc" and g.lemma.lower() in ("and", "&")
                                for c in conjuncts for g in sentence.children(c)):
        return first
    words = sentence.words
    if any(w.upos in ("VERB", "AUX") or w.text in (";", ":") for w in words[head.id : conjuncts[-1].id - 1]):
        return first
    members = (first,) + tuple(phrase_at(sentence, c, body, words_) for c in conjuncts)
    roles = words_.person_roles | words_.titles
    if any(m.kind == "description" and ((not m.definite and not m.plural) or (
        m.text.split()[0].lower() not in _DETERMINERS and m.head_lemma in roles)) for m in members[1:]):
        return first  # "Cres Eastman, Director of ..., and Chairman of ...": roles of one person
    start, end = min(m.start for m in members), max(m.end for m in members)
    return Phrase(start, end, body[start:end], head, "group", plural=True, definite=True,
                  subject=first.subject, members=members)


def is_acronym(text: str) -> bool:
    return bool(_ACRONYM.match(text)) and sum(c.isalpha() for c in text) >= 2


def org_head(name: tuple[str, ...], words_: SpeakerWords) -> str | None:
    """The organisation word of a name ("Center" in "Center for Strategic Communications"), if any."""
    lowered = [w.lower().rstrip(".") for w in name]
    for i, w in enumerate(lowered):
        if w in ("of", "for", "on") and i > 0:
            if words_.standard(lowered[i - 1]) in words_.organization_heads:
                return words_.standard(lowered[i - 1])
            break
    last = words_.standard(lowered[-1]) if lowered else ""
    if last in words_.organization_heads:
        return last
    return None
