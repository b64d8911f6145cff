"""The perspective frame: "For X, [clause]" / "To X, [clause]", and the poll frame "In a poll, [clause]".

A person, group or organisation named in a fronted "for"/"to" phrase, set off by a comma before a
finite clause, is whose view the clause gives ("For the mayor, the plan is a mistake"): the
clause is X's, as after "according to X". A time, an amount or a connective in that place ("For
years, ...", "For example, ...", "To date, ...") names nobody, so the phrase must be one that
can speak, the judgement the speech frames make of a speaker (``arcs.can_speak``: a name, a
pronoun for a person or group, a word speakers.yaml lists for people, organisations, media or
documents), and no time. A bare "For X," is as often
"as far as X is concerned" ("For Ann, the format was not ideal"), which PolNeAR does not
annotate; it gives X's view when it introduces X with a description ("For Ann Roy, a nurse in
Ohio, the law is a lifeline"), as a feature story brings in a voice. A fronted "In a CBS News poll," frames
the clause the same way: the poll's finding ("In a CBS News poll, she led him 56 percent to 32
percent"). The frame is taken only in a
sentence with no other reporting cue: "For X, officials said, ..." reports the officials.
"""

from __future__ import annotations

from collections.abc import Sequence

from attribution.attribute.arcs import can_speak, is_time
from attribution.attribute.cues import CueHit, spelled_in
from attribution.attribute.quotes import Quote
from attribution.attribute.words import SpeakerWords
from attribution.document import Sentence, Word
from attribution.lexicon import Lexicon

# the perspective frame is scored like the according-to phrase it stands for
_ENTRY_ID = "according-to"


def perspective_cue(sentence: Sentence, lexicon: Lexicon, quotes: Sequence[Quote], words_: SpeakerWords) -> CueHit | None:
    """The cue "For"/"To" of a perspective frame opening the sentence (outside quotation marks:
    inside, the view is the quoted speaker's words), or None."""
    lead = [w for w in sentence.words if w.upos != "PUNCT"]
    if not lead:
        return None
    first = lead[1] if lead[0].upos == "CCONJ" and len(lead) > 1 else lead[0]
    if first.deprel != "case" or first.head == 0 or any(q.contains(first.start, first.end) for q in quotes):
        return None
    holder = sentence.word(first.head)
    if holder.deprel != "obl" or holder.head == 0 or not _opens_frame(sentence, first, holder, words_):
        return None
    clause = _framed_clause(sentence, sentence.word(holder.head))
    if clause.deprel != "root" or clause.id < holder.id or not _finite(sentence, clause):
        return None
    last = [w for w in sentence.subtree(holder) if w.upos != "PUNCT"][-1]
    after = sentence.words[last.id] if last.id < len(sentence.words) else None
    if after is None or after.text != ",":
        return None
    if first.lemma.lower() in words_.described_perspective_prepositions and not _described(sentence, holder, after):
        return None
    entry = lexicon.entries.get(_ENTRY_ID)  # looked up by id, only once the shape is there
    if entry is None or not entry.enabled or entry.type != "reporting" or entry.is_rule:
        return None
    return CueHit(sentence, (first,), entry, perspective=True)


def _framed_clause(sentence: Sentence, verb: Word) -> Word:
    """The clause the fronted phrase frames: its head, or the head of the subjectless participle
    the parser hung the phrase on ("In the poll, [conducted] in May, Clinton led ...")."""
    if verb.deprel == "advcl" and "VerbForm=Part" in verb.feats and verb.head != 0 and not _finite(sentence, verb):
        return sentence.word(verb.head)
    return verb


def _opens_frame(sentence: Sentence, first: Word, holder: Word, words_: SpeakerWords) -> bool:
    """ "For/To X" with X one who can speak, or "In [a poll]" (``poll_frame_*``): a poll's
    finding is framed by the poll as by "according to a poll"."""
    preposition = first.lemma.lower()
    if preposition in words_.poll_frame_prepositions and spelled_in(holder, words_.poll_frame_heads):
        return True
    return preposition in words_.perspective_prepositions and _is_holder(sentence, holder, words_)


def _is_holder(sentence: Sentence, word: Word, words_: SpeakerWords) -> bool:
    """A word that can speak (arcs.can_speak) and is no time ("For years, ...")."""
    return can_speak(word, words_) and not is_time(sentence, word, words_)


def _described(sentence: Sentence, holder: Word, comma: Word) -> bool:
    """The holder comes with a description in apposition ("For Ann Roy, a nurse in Ohio, ..."),
    or one the parser took for a second subject of the clause ("nurse" beside "law")."""
    if any(c.deprel == "appos" for c in sentence.children(holder)):
        return True
    following = sentence.words[comma.id] if comma.id < len(sentence.words) else None
    clause = sentence.head_of(holder)
    subjects = [c for c in sentence.children(clause) if c.deprel.startswith("nsubj")] if clause is not None else []
    return following is not None and len(subjects) >= 2 and subjects[0].id > comma.id \
        and following.id in {w.id for w in sentence.subtree(subjects[0])}


def _finite(sentence: Sentence, verb: Word) -> bool:
    """A clause with a subject of its own: "the plan is a mistake", not "to win, ..."."""
    return any(c.deprel.startswith("nsubj") or c.deprel.startswith("csubj") for c in sentence.children(verb))
