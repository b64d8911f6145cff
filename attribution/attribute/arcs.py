"""Small questions about a word and its arcs that several frame modules ask: is it a time, can
it speak, what span does its subtree cover."""

from __future__ import annotations


from attribution.attribute.phrases import name_span
from attribution.attribute.words import SpeakerWords
from attribution.document import Sentence, Word


def is_relative(word: Word, words_: SpeakerWords) -> bool:
    return word.lemma.lower() in words_.relative_pronouns and word.upos == "PRON" and word.feat("PronType") in ("Rel", None)


def is_time(sentence: Sentence, word: Word, words_: SpeakerWords) -> bool:
    """A day, month, year or other time ("said Friday", "who in 2010 said"): never a speaker.

    A one-word time only: "Theresa May" and "Friday Ogbu" are names. A number with a phrase of
    its own is a count of people, not a year ("4 in 10 said", "3 of them said"), and so is a
    number that is neither a year nor a day after its month ("..., 43 said the same").
    """
    if word.text.isdigit():
        before = sentence.words[word.id - 2] if word.id >= 2 else None
        dated = len(word.text) == 4 or (before is not None and (before.lemma.lower() in words_.time_words
                                                               or before.text.lower().rstrip(".") in words_.time_words))
        return dated and not any(c.deprel.startswith("nmod") for c in sentence.children(word))
    if word.lemma.lower() not in words_.time_words and word.text.lower() not in words_.time_words:
        return False
    span = name_span(sentence, word)
    return span is None or span[0] == span[1]


def can_speak(word: Word, words_: SpeakerWords) -> bool:
    """A word that can head a speaker phrase: a name, a pronoun for a person, a group or a thing
    ("he", "they", "it"; not "this", "everything"), or a noun the speaker words list for people,
    organisations, groups, media, documents or data ("the spokesman", "the agency", "the
    report"); not "the speeches", "a reaction". The one judgement of who can speak, read by the
    frames here and by the perspective frame ("For the mayor, ...")."""
    if word.upos == "PROPN":
        return True
    lemma = words_.standard(word.lemma.lower())
    if word.upos == "PRON":
        return lemma in words_.pronouns
    return word.upos == "NOUN" and any(lemma in heads for heads in (
        words_.person_roles, words_.organization_heads, words_.document_heads, words_.media_heads,
        words_.anonymous_heads, words_.data_heads))


def own_subject(sentence: Sentence, word: Word) -> bool:
    return any(c.deprel.startswith("nsubj") for c in sentence.children(word))
