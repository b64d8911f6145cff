"""Reporting events in one sentence: cue, speaker phrase, content spans, kind, relays.

For each reporting cue outside quotation marks:

* the **speaker** is the cue's subject; a relative pronoun stands for the noun its clause belongs
  to; with no usable subject arc, the nearest noun phrase before the cue (or right after it, in an
  inverted frame: "..., said Ihor Solovey") is taken;
* the **frame** is the speaker, the cue and the cue's own modifiers (addressee, "in local media",
  "at the time"), a stretch of text outside quotation marks;
* the **content** is a quotation right next to the frame (direct), else the cue's clausal
  complement (indirect; mixed when a quoted fragment sits inside it), else, when the arcs are
  wrong or missing, the clause after "that" or the rest of the sentence on the far side of a frame
  that stands at its end ("..., an expert says.").

"according to X" is a frame without a verb: it is a statement of its own, or, when the sentence
already reports someone's words, an outer source ("Mr Kim said ..., according to Russian news
agencies": the agencies relayed what Kim said). So are "claimed in local media" and "quoting Y".

This module puts an event together (``speech_event``) and holds the frame shapes only it reads.
The pieces live below it, each reading only the ones under it: ``event`` (the record), ``arcs``
(questions about a word several modules ask), ``speaker_choice`` (which mention speaks),
``content`` (how far the reported clause runs) and ``according`` ("according to X").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from attribution.attribute.arcs import is_relative, is_time, own_subject
from attribution.attribute.content import (CONTENT_TAIL, after_comma, comment_start, content_end, frame_medium,
                                           governed_content, governed_infinitive, speech_topic,
                                           subordinator_as_preposition, subtree_span, to_closing_marks, words_span)
from attribution.attribute.cues import CueHit, data_subject, named_as_quoted, spelled_in
from attribution.attribute.event import Event, SPEECH_CLASSES
from attribution.attribute.headings import dateline_end
from attribution.attribute.phrases import Phrase, name_span, phrase_at, speaker_phrase
from attribution.attribute.quotes import QUOTE_MARK_CHARS, Quote, is_quote_mark, quoted
from attribution.attribute.spans import only_punctuation, punctuation_gap, trim_content
from attribution.attribute.speaker_choice import (DASHES, as_saying_host, continued_clause, inverted_name,
                                                  is_nominal, is_present_participle, nominal_subjects, noun_cue_holder,
                                                  noun_phrase_after_quote, object_before_subject, opening_passive,
                                                  participle_on_subject, passive_agent, phrase_head_above, purpose_host,
                                                  relative_antecedent, set_off_by_comma, speaker_word)
from attribution.attribute.words import SpeakerWords
from attribution.document import Sentence, Word
from attribution.matching import (FINITE_TAGS, TENSED_VERB_TAGS, Grammar, commented_clause, cue_topic, is_finite,
                                  parenthetical_host, reputation_phrase, topic_of)


_FRAME_RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod", "obl:npmod", "advmod", "aux",
                    "aux:pass", "expl", "compound:prt", "cc", "punct", "discourse", "obl:agent", "nmod:tmod", "obl:unmarked")
_CLAUSE_TAGS = ("VERB", "AUX", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "SYM")  # SYM: "said the average was [$] 27"


def _passive_naming(sentence: Sentence, cue: CueHit) -> list[tuple[int, int]]:
    """ "Mehmet Oz, a TV star, has been called a charlatan by fellow physicians": the agent named
    the passive subject; the content is the subject's phrase and the name it was given (the agent
    left out), as for "the physicians called Oz a charlatan". Only for an entry that governs an
    object, a passive verb with its subject before it and an agent (``passive_agent``)."""
    verb = cue.verb
    agent = passive_agent(sentence, verb) if cue.entry.governs == "object" else None
    if agent is None:
        return []
    subjects = [c for c in sentence.children(verb) if c.deprel == "nsubj:pass" and c.id < verb.id]
    name = next((c for c in sentence.children(verb) if c.deprel in ("obj", "xcomp") and c.id > verb.id), None)
    if not any(is_nominal(c) for c in subjects) or name is None:
        return []
    start = min(sentence.subtree(w)[0].start for w in subjects)
    end = max(sentence.subtree(w)[-1].end for w in subjects)
    return [(start, end), subtree_span(sentence, name, exclude=[agent.id])]


def binding_subject(sentence: Sentence, pronoun: Word, words_: SpeakerWords, quotes: Sequence[Quote] = ()) -> Word | None:
    """The name a speaker pronoun most likely stands for in its own sentence: the subject of the
    nearest clause above the pronoun's ("Santilli wears a suit in videos *he* calls ...", "Trump
    wavered in answering whether *he* would consider ...", "Obama stayed out, arguing *he* ...");
    a relative pronoun subject stands for its antecedent ("Trump, who went on to defend *his* ...").
    None when that nearest subject is no name ("The report said he ...") or comes after the
    pronoun, or when the pronoun's own clause is the top one: in "Reyes won, he said" the
    subject inside the reported clause is never the speaker."""
    if quoted(pronoun, quotes):
        return None
    below = pronoun
    while below.head:
        above = sentence.word(below.head)
        if below.deprel == "parataxis" or quoted(above, quotes):
            return None
        subjects = [c for c in sentence.children(above) if c.deprel.startswith("nsubj") and c.id != below.id]
        if above.id != pronoun.head and subjects:  # (the pronoun's own verb: it is that subject)
            subject = min(subjects, key=lambda c: c.id)
            if is_relative(subject, words_):  # "Trump, who took to the talk shows to defend his praise"
                subject = relative_antecedent(sentence, above, subject, words_) or subject
            if subject.id < pronoun.id and subject.upos == "PROPN" and name_span(sentence, subject) is not None:
                return subject
            return None
        below = above
    return None


def poll_of_share(sentence: Sentence, share: Word, verb: Word, words_: SpeakerWords) -> Word | None:
    """The poll a share of respondents spoke through, named before the share outside the cue's
    content: after "in" or "according to" hung on a clause ("In a poll released Sunday, 8 percent
    said", not "voters in a poll") or as a subject ("A poll released Monday found that 70
    percent said ...", where the parser may make the poll the subject of "released"). The
    nearest such poll."""
    inside = {w.id for c in sentence.children(verb) if c.deprel in ("ccomp", "parataxis", "xcomp") and c.id > verb.id
              for w in sentence.subtree(c)}
    for word in reversed(sentence.words[: share.id - 1]):
        if word.id in inside or word.upos != "NOUN" or words_.standard(word.lemma.lower()) not in words_.data_heads:
            continue
        if word.deprel.startswith("nsubj") or (word.deprel.startswith("obl") and any(
                c.deprel == "case" and c.lemma.lower() in ("in", "accord") for c in sentence.children(word))):
            return word
    return None


_CLAUSAL = ("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "xcomp")


def _inverted_subject(sentence: Sentence, cue: CueHit, head: Word | None, words_: SpeakerWords) -> Word | None:
    """For an inverted frame in the middle of its clause, the clause's subject the parser hung
    on the cue ("[Institutional recipients], said Mauer, are required ..."); None otherwise."""
    if head is None or head.id < cue.verb.id or inverted_name(sentence, cue, words_) is not head:
        return None
    return next((c for c in sentence.children(cue.verb) if c.deprel.startswith("nsubj") and c.id < cue.verb.id
                 and is_nominal(c)), None)


def _phrase_words(sentence: Sentence, word: Word) -> list[Word]:
    """A dependent's subtree without the clauses hanging from it ("the time that he ...")."""
    clauses = [d.id for d in sentence.subtree(word) if d.id != word.id and d.deprel in _CLAUSAL]
    return sentence.subtree(word, exclude=clauses)


def _impersonal(sentence: Sentence, cue: CueHit) -> bool:
    """ "It was reported that ...", "It is claimed that ...": reported speech with no speaker."""
    return any(
        c.lemma.lower() == "it" and c.deprel in ("expl", "nsubj:pass", "expl:pass", "nsubj")
        for c in sentence.children(cue.verb)
    ) and any(c.deprel.startswith("aux:pass") for c in sentence.children(cue.verb))


def _clause_between(sentence: Sentence, word: Word, speaker: Phrase) -> bool:
    """A verb stands between the word and the speaker phrase: they are not one noun phrase."""
    lo, hi = sorted((word.end, speaker.start)) if word.end <= speaker.start else (speaker.end, word.start)
    return any(w.upos in ("VERB", "AUX") and lo <= w.start and w.end <= hi for w in sentence.words)


def _frame_words(sentence: Sentence, cue: CueHit, speaker: Phrase | None, content_heads: set[int]) -> list[Word]:
    """The cue, its non-content dependents, and the speaker phrase."""
    words = list(cue.words)
    for child in sentence.children(cue.verb):
        if child.id in content_heads or child.deprel not in _FRAME_RELATIONS:
            continue
        if child.deprel == "punct":
            continue
        if child.deprel == "nsubj" and speaker is not None and _clause_between(sentence, child, speaker):
            continue  # a second subject arc is the reported clause's ("The program ... has expanded, they say")
        words.extend(_phrase_words(sentence, child))
    if cue.lemma.startswith("quote as say"):
        say = cue.words[-1]
        words.extend(w for c in sentence.children(say) if c.id not in content_heads and c.deprel in _FRAME_RELATIONS and c.deprel != "punct" for w in _phrase_words(sentence, c))
    out = [w for w in words]
    if speaker is not None:
        out.extend(w for w in sentence.words if speaker.start <= w.start and w.end <= speaker.end)
    return out


def _quote_after_speaker(quote: Quote, cue: CueHit, head: Word | None, frame: tuple[int, int]) -> bool:
    """A quotation between the cue's own subject and the frame that follows it ('Ruiz, who
    starred in “The Long Road,” posted the clip'): a title in the speaker's phrase, not the
    words the verb reports, which stand before the speaker ('“We won,” Ruiz posted')."""
    return head is not None and head.head == cue.verb.id and head.deprel.startswith("nsubj") \
        and head.end <= quote.start and quote.end <= frame[0]


def _speaker_across_quote(sentence: Sentence, cue: CueHit, head: Word | None, speaker: Phrase | None,
                          frame: tuple[int, int], quotes: Sequence[Quote]) -> tuple[int, int]:
    """The frame with the speaker's whole phrase when a quotation in that phrase cuts it off
    (see ``_quote_after_speaker``): the words before the verb are the speaker's, no content.
    The phrase starts after any quotation before the speaker, which is the speaker's words."""
    if speaker is None or head is None or not any(_quote_after_speaker(q, cue, head, frame) for q in quotes):
        return frame
    floor = max((q.end for q in quotes if q.end <= head.start), default=sentence.start)
    return (max(floor, min(frame[0], speaker.start, subtree_span(sentence, head)[0])), frame[1])


def _speaker_description(sentence: Sentence, head: Word | None, rest: Sequence[Word]) -> bool:
    """Every word after the frame describes the speaker ("..., said Ana Ruiz, a farmer who
    grows rice", "..., say some teachers, who worry ..."): the clause there is the speaker's
    relative clause or apposition, none of the content."""
    if head is None or not rest or rest[0].id < head.id:
        return False
    inside = {w.id for w in sentence.subtree(head)}
    return all(w.id in inside for w in rest)


def _frame_relative(sentence: Sentence, word: Word, frame_ws: Sequence[Word], words_: SpeakerWords) -> bool:
    """The word opens a relative clause set off by a comma on a word of the frame ("acknowledged
    the cost of the bridge, *which* makes her a rebel"): it describes the frame's object, it is
    nobody's report. Without the comma the object may be the reported clause's misattached
    subject ("said the areas *that* were hacked suggested ...")."""
    verb = sentence.head_of(word)
    comma = word.id >= 2 and sentence.words[word.id - 2].text == ","  # set off: no subject of a misparsed clause
    return comma and is_relative(word, words_) and verb is not None and verb.deprel == "acl:relcl" \
        and verb.head in {w.id for w in frame_ws}


def _coordinated_frame_start(sentence: Sentence, cue: CueHit, frame: tuple[int, int]) -> bool:
    """The frame opens with the cue's own coordinator ('called him “driven” [and asserted] that
    ...'): a quotation right before it is the previous predicate's."""
    return any(c.deprel == "cc" and c.start == frame[0] for c in sentence.children(cue.verb))


def _pro_form_content(sentence: Sentence, cue: CueHit, words_: SpeakerWords) -> Word | None:
    """An object of a speech verb that stands for words said before ("said *the same*", "said
    *the same thing*", "said *as much*"; speakers.yaml pro_form_contents): its head, a pro-form
    adjective or adverb or a noun it modifies. None for any other object."""
    if cue.entry.frame != "speech" or cue.entry.attribution_class not in SPEECH_CLASSES:
        return None
    for child in sentence.children(cue.verb):
        if child.id < cue.verb.id or child.deprel not in ("obj", "advmod") or child.upos not in ("ADJ", "ADV", "NOUN"):
            continue
        forms = [child] if child.upos != "NOUN" else [c for c in sentence.children(child) if c.deprel == "amod"]
        if any(w.lemma.lower() in words_.pro_form_contents for w in forms):
            return child
    return None


def _frame_first(sentence: Sentence, cue: CueHit, speaker: Phrase | None) -> int:
    """The id of the frame's first word: the cue's or its speaker phrase's, whichever comes first."""
    inside = [w.id for w in sentence.words if speaker.start <= w.start and w.end <= speaker.end] if speaker is not None else []
    return min([cue.words[0].id] + inside)


def _set_off_frame(sentence: Sentence, cue: CueHit, frame_ws: list[Word], speaker: Phrase | None) -> list[Word]:
    """A frame that closes the sentence after a comma ("But the rule failed, he said.", "...,
    officials said Wednesday.") owns no word before that comma: the parser hangs the reported
    clause's opener, subject or adverbs on the cue ("But", "when"), and they are the clause's.
    Only when a clause other than the cue's adverbial stands before the comma and nothing but
    the frame follows it."""
    ids = {w.id for w in frame_ws}
    words = sentence.words
    if cue.verb.xpos == "VBG" or any(w.upos != "PUNCT" and w.id not in ids for w in words[cue.words[-1].id:]):
        return frame_ws
    first = _frame_first(sentence, cue, speaker)
    comma = next((w for w in reversed(words[: first - 1]) if w.text == ","), None)
    if comma is None or any(w.upos != "PUNCT" and w.id not in ids for w in words[comma.id : first - 1]):
        return frame_ws
    if not _has_clause([w for w in words[: comma.id - 1] if w.upos != "PUNCT"]) or any(
            c.deprel == "advcl" and c.id < comma.id for c in sentence.children(cue.verb)):
        return frame_ws  # "When the funds ran out, Mexico said enough.": the frame's own adverbial clause
    return [w for w in frame_ws if w.id > comma.id]


def _interrupted_subject(sentence: Sentence, cue: CueHit, frame_ws: list[Word], speaker: Phrase | None,
                         complement: Word | None) -> Word | None:
    """'[The question of ...], she said, [is not so cut and dried].': a frame set off by commas
    inside a reported clause whose subject stands before it. The parser makes the predicate after
    the frame the cue's complement, finite, its subject before the frame or none, and may hang
    the first part's words on the cue ("But the years that followed, he said, brought ..."). Returns the
    comma before the frame, where the clause's first part ends; None for any other shape."""
    if complement is None or complement.id < cue.verb.id or any(
            c.deprel.startswith("nsubj") and c.id > cue.verb.id for c in sentence.children(complement)) or not (
            is_finite(sentence, complement) or complement.feat("VerbForm") == "Fin"):
        return None  # finite: "[know/VB, VerbForm=Fin] the floods" is a present the tagger misread
    words = sentence.words
    first = _frame_first(sentence, cue, speaker)
    if first >= 3 and is_quote_mark(words[first - 2]) and words[first - 3].text == ",":
        first -= 1  # 'Those who lived there "for a decade," he said, know ...': the comma inside the closing mark
    opened = min(w.id for w in sentence.subtree(complement) if w.id > cue.verb.id and w.upos != "PUNCT")
    if first < 2 or words[first - 2].text != "," or opened < 2 or words[opened - 2].text != ",":
        return None
    ids = {w.id for w in frame_ws}
    if any(w.upos != "PUNCT" and w.id not in ids for w in words[first - 1 : opened - 1]):
        return None
    if not any(w.upos in ("NOUN", "PROPN", "PRON", "NUM") for w in words[: first - 2]):
        return None
    return words[first - 2]


def _apposed_noun_phrase(sentence: Sentence, rest: Sequence[Word]) -> bool:
    """The words after a frame set off in the middle of the sentence are one noun phrase, a
    relative clause at most in it ("The harvest was poor, the farmers said, [a result of the
    drought]", "..., the mayor said, [a measure that could raise millions]"): the writer's
    apposition on the clause before the frame, no words of the speaker. Its head is a noun with
    no subject, copula or auxiliary of its own, and it runs to the sentence's end."""
    words = [w for w in rest if w.upos != "PUNCT"]
    if not words or words[0].upos not in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or words[0].id < 2 \
            or sentence.words[words[0].id - 2].text != ",":
        return False  # a comma sets it off: not 'warned against "civil war"'
    ids = {w.id for w in words}
    tops = [w for w in words if w.head not in ids]
    if len(tops) != 1 or tops[0].upos not in ("NOUN", "PROPN"):
        return False
    head = tops[0]
    if any(c.deprel.startswith(("nsubj", "csubj", "cop", "aux")) for c in sentence.children(head)):
        return False
    return all(w.upos == "PUNCT" for w in sentence.words[words[-1].id:])


def _apposition_after_frame(sentence: Sentence, cue: CueHit, complement: Word) -> bool:
    """The parser made the writer's apposition after a frame set off in the middle of the
    sentence the cue's complement ("The harvest was poor, the farmers said, [a result] of the
    drought"): the cue hangs on the clause before it, a comma opens the noun phrase."""
    verb = cue.verb
    host = sentence.head_of(verb)
    if host is None or host.id > verb.id or complement.id < verb.id or verb.deprel not in ("parataxis", "conj", "advcl"):
        return False
    span = [w for w in sentence.subtree(complement) if w.upos != "PUNCT"]
    return _apposed_noun_phrase(sentence, sentence.words[span[0].id - 1:])


def _apposition_as_complement(sentence: Sentence, cue: CueHit, head: Word | None, complement: Word | None,
                              words_: SpeakerWords) -> bool:
    """ "..., said Maria Lopez, a former port engineer.", "..., said Tom Reed, who teaches
    economics.": in an inverted frame closing the sentence, the parser made the speaker's
    apposition (a noun phrase or a relative clause after the name and a comma) the cue's
    complement. It is who speaks, not what is said: the cue follows a comma, the speaker comes
    right after it, the complement opens after a comma behind the speaker's words and runs to
    the end of the sentence, and it starts as a noun phrase or with a relative pronoun."""
    verb, words = cue.verb, sentence.words
    if head is None or complement is None or not verb.id < head.id < complement.id or verb.id < 3:
        return False
    if words[verb.id - 2].text not in (",", "\"", "”", "''") or not _has_clause(words[: verb.id - 2]):
        return False
    span = [w for w in sentence.subtree(complement) if w.upos != "PUNCT"]
    if span[0].id <= head.id or words[span[0].id - 2].text != ",":
        return False
    between = words[cue.words[-1].id : span[0].id - 2]
    if not between or any(w.upos not in ("PROPN", "NOUN", "ADJ", "DET", "PUNCT") or w.text == "," for w in between):
        return False  # the speaker's own words only: "said Tom Reed,", not "said Tuesday that"
    if any(w.upos != "PUNCT" for w in words[span[-1].id :]):
        return False
    return span[0].upos in ("DET", "ADJ", "NOUN", "PROPN") or is_relative(span[0], words_)


def _complement(sentence: Sentence, cue: CueHit, words_: SpeakerWords | None = None,
                grammar: Grammar | None = None) -> Word | None:
    """The cue's clausal complement by the arcs: ccomp, or an adverbial clause opened by "that",
    or by "whether" with a subject of its own (an indirect question), when the cue has no ccomp;
    not "if", which opens a condition as often ("stipulates aid if either side is attacked"),
    but after a verb that puts a question ("asked the mayor if ...", see ``_asked_if``)."""
    verbs = [cue.words[-1], cue.verb] if cue.lemma.startswith("quote as say") else [cue.verb]
    if None in cue.entry.slots and cue.words[-1].upos == "ADJ":  # "made it *clear* [he would run]"
        verbs.append(cue.words[-1])
    for verb in verbs:
        for child in sentence.children(verb):
            if child.id < verb.id:
                continue
            if child.deprel == "ccomp" and (_set_off_participle(sentence, verb, child)
                                            or words_ is not None and is_time(sentence, child, words_)):
                continue  # "..., he said, wiping rain off his coat", "said Tuesday [morning]": how or when, not what
            if child.deprel == "ccomp" and any(_bare_participle_before(sentence, verb, c, child) for c in sentence.children(verb)):
                continue  # '..., Ruiz said, adding, "[It was late]."': the participle's words, hung on the frame
            if child.deprel == "ccomp" and _comment_after_quotation(sentence, verb, grammar):
                continue  # '"is a dead heat," as Ruiz said on the radio, only adds ...': the host's predicate
            if child.deprel == "ccomp" and (child.upos in _CLAUSE_TAGS or _predicate_shape(sentence, child)):
                return child
            if child.deprel == "xcomp" and child.xpos == "VB" and any(
                    c.deprel.startswith("nsubj") and c.id < child.id for c in sentence.children(child)):
                return child  # "demanded [the board resign]": a bare clause the parser made an xcomp
            if child.deprel in ("advcl", "parataxis") and any(
                m.deprel == "mark" and m.lemma.lower() == "that" for m in sentence.children(child)
            ):
                return child
            if child.deprel == "advcl" and own_subject(sentence, child) and any(
                m.deprel == "mark" and m.id < child.id and m.lemma.lower() == "whether" for m in sentence.children(child)
            ) and not any(c.deprel == "ccomp" for c in sentence.children(verb)):
                return child  # "wondered [whether the plan would pass]": an indirect question
            if _asked_if(sentence, verb, child, grammar):
                return child
            if _misread_clause_object(sentence, child):
                return child
        spliced = _comma_spliced_clause(sentence, cue, verb)
        if spliced is not None:
            return spliced
    return None


def _misread_clause_object(sentence: Sentence, child: Word) -> bool:
    """A reported clause whose present-tense verb the tagger called a plural noun, the object of
    the cue ("says [the U.S. *needs* “real reform”]"): a noun in -s with its lemma, an object of
    its own after it (no noun takes one) and its subject's words before it, no preposition or
    possessive on it."""
    if child.deprel != "obj" or child.upos != "NOUN" or child.text.lower() not in (child.lemma.lower() + "s", child.lemma.lower() + "es"):
        return False
    children = sentence.children(child)
    return any(c.deprel == "obj" and c.id > child.id for c in children) \
        and any(c.id < child.id and c.deprel in ("det", "compound", "amod", "nsubj") for c in children) \
        and not any(c.deprel in ("case", "nmod:poss") for c in children)


def _set_off_after_relative(body: str, sentence: Sentence, cue: CueHit, head: Word | None, frame_ws: Sequence[Word],
                            words_: SpeakerWords) -> tuple[int, int] | None:
    """A frame set off by commas right after a relative pronoun set off by a comma ("the old
    mill, which, Ruiz noted, had closed in 1990", "the coach, who, the players said, was
    strict"): it reports the relative clause, whose predicate follows the frame, however the
    parser hung the pieces. The predicate's span, to the sentence's end; None otherwise."""
    words = sentence.words
    if head is None or not head.deprel.startswith("nsubj") or head.id > cue.verb.id:
        return None
    first = min(w.id for w in sentence.subtree(head))
    if first < 4 or words[first - 2].text != "," or not is_relative(words[first - 3], words_) \
            or words[first - 4].text != ",":
        return None
    if cue.words[0].id != max(w.id for w in sentence.subtree(head)) + 1:
        return None  # the cue right after its subject: "which, Ruiz noted,"
    own = {w.id for w in frame_ws}
    close = next((w for w in words[cue.words[-1].id:] if w.id not in own or w.text == ","), None)
    if close is None or close.text != ",":
        return None
    rest = [w for w in words[close.id:] if w.upos != "PUNCT"]
    if not rest or not any(w.upos in ("VERB", "AUX", "ADJ") for w in rest) or is_relative(rest[0], words_):
        return None
    span = trim_content(body, rest[0].start, sentence.end)
    return span if span[1] > span[0] else None


def _relative_frame_clause(sentence: Sentence, cue: CueHit, complement: Word | None, head: Word | None,
                           words_: SpeakerWords) -> Word | None:
    """A frame inside a relative clause whose pronoun is the reported clause's subject ("the
    tax, *which* she said [had hurt the shops]", "an event *that* he says [led him to ...]"):
    the reported predicate, which the parser hangs on the cue as its complement or on the noun
    as a second relative clause, the pronoun on the cue as its object. The predicate has no
    subject of its own and follows the cue at once; the content is the predicate, as the gold
    gives it ("who they say [were being introduced ...]"). None otherwise."""
    verb = cue.verb
    if verb.deprel != "acl:relcl" or head is None or not head.deprel.startswith("nsubj") or head.id > verb.id:
        return None
    pronoun = next((c for c in sentence.children(verb) if c.id < head.id and c.deprel in ("obj", "nsubj")
                    and is_relative(c, words_)), None)
    if pronoun is None or any(w.upos != "PUNCT" and w.id not in {x.id for x in sentence.subtree(head)}
                              for w in sentence.words[pronoun.id : verb.id - 1]):
        return None  # "which she said": nothing but the speaker between the pronoun and the cue
    noun = sentence.head_of(verb)
    later = [c for c in sentence.children(noun) if c.deprel == "acl:relcl" and c.id > verb.id] if noun is not None else []
    predicate = complement if complement is not None and complement.id > verb.id else (later[0] if later else None)
    if predicate is None or any(c.deprel.startswith(("nsubj", "csubj")) or c.deprel == "mark"
                                for c in sentence.children(predicate)):
        return None
    first = min(w.id for w in sentence.subtree(predicate) if w.id > verb.id)
    tensed = is_finite(sentence, predicate) or predicate.xpos == "VBN" or any(
        c.deprel.startswith("aux") for c in sentence.children(predicate))  # "that he says [led/VBN] him": a past the tagger misread
    if first != cue.words[-1].id + 1 or not tensed:
        return None
    return predicate


def _that_clause_after_quote(body: str, sentence: Sentence, cue: CueHit, complement: Word | None,
                             direct: Sequence[Quote], frame: tuple[int, int]) -> tuple[int, int] | None:
    """'"It was bad luck," he said, that both fires started on the same night': a quotation
    before the frame and, after a comma, a that-clause the cue takes as well, which goes on
    with the remark. The clause's span, after its "that", to the sentence's end; None otherwise."""
    quote = direct[0]
    if complement is None or complement.id < cue.verb.id or not punctuation_gap(body, quote.end, frame[0]):
        return None
    marks = [m for m in sentence.children(complement) if m.deprel == "mark" and m.lemma.lower() == "that"]
    if not marks or not own_subject(sentence, complement) or body[frame[1]:marks[0].start].strip() != ",":
        return None
    span = trim_content(body, marks[0].end, subtree_span(sentence, complement)[1])
    return span if span[1] > span[0] else None


def _predicate_after_quote(body: str, sentence: Sentence, cue: CueHit, direct: Sequence[Quote],
                           frame: tuple[int, int]) -> tuple[int, int] | None:
    """'"Only you, Dinesh," she said, would use ...', '"It is a better use of money," he added,
    to pursue ...': a quotation that closes with a comma before the frame, and after the frame's
    comma the predicate of the quoted clause (a modal, a finite auxiliary or present verb, or a
    to-infinitive, with no subject of its own), which goes on with the remark to the sentence's
    end. That stretch's span; None otherwise."""
    quote = direct[0]
    if not punctuation_gap(body, quote.end, frame[0]) or not body[:quote.end].rstrip().endswith(","):
        return None
    after = [w for w in sentence.words if w.start >= frame[1]]
    if len(after) < 3 or after[0].text != "," or any(w.id < cue.verb.id for w in after):
        return None
    first = after[1]
    if first.xpos == "TO" and len(after) > 2 and after[2].xpos == "VB":
        predicate = after[2]
    elif first.xpos == "MD" or first.upos == "AUX" and first.xpos in ("VBZ", "VBP", "VBD") and first.head > first.id:
        predicate = sentence.word(first.head)
    elif first.upos == "VERB" and first.xpos in ("VBZ", "VBP"):
        predicate = first
    else:
        return None
    if predicate.id == cue.verb.id or any(c.deprel.startswith("nsubj") and c.start >= frame[1]
                                          for c in sentence.children(predicate)):
        return None  # a subject after the frame: a clause of its own; one in the quotation is the remark's
    span = trim_content(body, first.start, sentence.end)
    return span if span[1] > span[0] else None


def _comment_after_quotation(sentence: Sentence, verb: Word, grammar: Grammar | None) -> bool:
    """A frame opened by a comment marker right after a quotation that closes with a comma
    ('the claim that the dam "is too old," *as* Ruiz said on the news, only adds ...'): it
    comments on the quoted words; the predicate after it, which the parser may make its
    complement, is the host clause's."""
    if grammar is None:
        return False
    marks = [c for c in sentence.children(verb) if c.deprel == "mark" and c.id < verb.id
             and c.lemma.lower() in grammar.comment_markers]
    if not marks or marks[0].id < 3:
        return False
    before = sentence.words[marks[0].id - 3 : marks[0].id - 1]
    return before[0].text == "," and is_quote_mark(before[1]) or is_quote_mark(before[0]) and before[1].text == ","


def _commented_quotation(body: str, sentence: Sentence, cue: CueHit, quotes: Sequence[Quote],
                         grammar: Grammar | None) -> tuple[int, int] | None:
    """What a frame opened by a comment marker right after a quotation reports ('the fact that
    the race "is a dead heat," as Ruiz said on the radio, only ...'): the quoted words and the
    clause they end, from that clause's subject before the quotation (the nearest one the parser
    gives the quotation's head), else the quotation alone. None for any other frame."""
    if not _comment_after_quotation(sentence, cue.verb, grammar):
        return None
    marker = next(c for c in sentence.children(cue.verb) if c.deprel == "mark" and c.id < cue.verb.id)
    quote = next((q for q in quotes if sentence.start <= q.start and q.end <= marker.start
                  and only_punctuation(body, q.end, marker.start)), None)
    if quote is None:
        return None
    inside = [w for w in sentence.words if quote.contains(w.start, w.end) and w.upos != "PUNCT"]
    ids = {w.id for w in inside}
    tops = [w for w in inside if w.head not in ids]
    start = quote.start
    if len(tops) == 1:
        subjects = [c for c in sentence.children(tops[0]) if c.deprel.startswith("nsubj") and c.end <= quote.start]
        if subjects:
            start = subtree_span(sentence, subjects[-1])[0]
    span = trim_content(body, start, quote.end)
    return span if span[1] > span[0] else None


def _comma_spliced_clause(sentence: Sentence, cue: CueHit, verb: Word) -> Word | None:
    """A statement verb with nothing said after it but a comma and a clause with a subject of its
    own, no conjunction between ("She claimed at one point, [a guard had told them ...]"): the
    parser hangs the reported clause on the verb as a conjunct or parataxis, but with no "that"
    and no "and" it is what was said, and any frame inside it is part of that content."""
    if cue.entry.attribution_class not in ("speech", "writing") or verb.upos != "VERB" or verb.deprel == "parataxis":
        return None  # not "..., he said, and ...": a frame set off after its content goes on with "and"
    children = list(sentence.children(verb))
    if any(c.deprel in ("obj", "ccomp", "xcomp", "iobj") for c in children if c.id > verb.id):
        return None
    for child in children:
        if child.id <= verb.id or child.deprel not in ("conj", "parataxis") or not own_subject(sentence, child):
            continue
        first = next((w for w in sentence.subtree(child) if w.upos != "PUNCT"), None)
        if first is None or first.id < 2 or sentence.words[first.id - 2].text != "," or first.upos in ("CCONJ", "SCONJ"):
            return None
        if any(c.deprel in ("cc", "mark") for c in sentence.children(child)) or not _tensed_clause(sentence, child):
            return None
        between = {w.id for c in children if c.id > verb.id and c.id < first.id and c.deprel.split(":")[0] in _SPLICE_GAP
                   for w in sentence.subtree(c)}
        if any(w.id not in between and w.upos != "PUNCT" for w in sentence.words[verb.id:first.id - 1]):
            return None  # only when and where it was said may come between the verb and the clause
        return child
    return None


_SPLICE_GAP = ("obl", "advmod", "punct")


def _tensed_clause(sentence: Sentence, word: Word) -> bool:
    """A clause with a tensed verb of its own ("the guard *had* left", "a guard *told* them"), not a
    participle phrase set off by a comma ("an option *seen* by ...") nor one led by a relative pronoun."""
    children = list(sentence.children(word))
    if any(c.deprel.startswith("nsubj") and c.feat("PronType") == "Rel" for c in children):
        return False
    return word.feat("VerbForm") == "Fin" or any(c.deprel in ("aux", "aux:pass", "cop") for c in children)


def _asked_if(sentence: Sentence, verb: Word, clause: Word, grammar: Grammar | None) -> bool:
    """An "if" clause with a subject of its own that the parser hung on a verb putting a question
    as an adverbial clause, right after the verb, its addressee or its agent with no comma between
    ("asked the mayor [if the city would cut taxes]", "Asked by the host [if he agreed]"): the
    question asked, not a condition."""
    if grammar is None or verb.lemma.lower() not in grammar.question_verbs or not own_subject(sentence, clause):
        return False
    if clause.deprel != "advcl" or any(c.deprel == "ccomp" for c in sentence.children(verb)):
        return False
    mark = next((m for m in sentence.children(clause) if m.deprel == "mark" and m.id < clause.id), None)
    if mark is None or mark.lemma.lower() != "if" or mark.id < 2:
        return False
    before = sentence.words[mark.id - 2]
    addressee = {w.id for c in sentence.children(verb) if c.deprel in ("obj", "iobj", "obl:agent") for w in sentence.subtree(c)}
    return before.id == verb.id or before.id in addressee


def _bare_participle_before(sentence: Sentence, verb: Word, word: Word, clause: Word) -> bool:
    """A participle set off by commas between the frame verb and the clause, with no word of its
    own and punctuation right after it (", adding, "..."", ", noting: ..."): it takes the clause
    that follows, which the parser hung on the frame verb, so that clause is not the frame's.
    Not a participle running into the clause (", saying [he would ...]", ", replacing Clinton
    would be ..."), which is the frame's content or its subject."""
    return verb.id < word.id < clause.id and word.id < len(sentence.words) and _set_off_participle(sentence, verb, word) \
        and sentence.words[word.id].upos == "PUNCT" and all(c.upos == "PUNCT" for c in sentence.children(word))


def _set_off_participle(sentence: Sentence, verb: Word, word: Word) -> bool:
    """A participle after a comma hanging on the frame verb, without a subject of its own
    ("..., he said, wiping rain off his coat", "..., she said, adding that ..."): a clause of
    manner or a frame going on, never the reported clause, which does not open so."""
    return word.head == verb.id and word.xpos == "VBG" and word.id >= 2 and sentence.words[word.id - 2].text == "," \
        and not any(c.deprel.startswith("nsubj") for c in sentence.children(word))


def _predicate_shape(sentence: Sentence, word: Word) -> bool:
    """A clause's predicate whatever its tag: it has a subject and a copula or auxiliary of its
    own, so a tagger's slip ("said the calls are [unlikely/ADV] to ...") loses no clause."""
    return own_subject(sentence, word) and any(c.deprel in ("cop", "aux") for c in sentence.children(word))


def _finite_clause(sentence: Sentence, verb: Word) -> bool:
    """A verb that heads a clause of its own: it has a nominal subject, a modal or a finite
    auxiliary ("would qualify"), or a finite tag; not a participle, an infinitive ("to raise")
    or a subordinate clause ("because they were searching"). A predicate adjective or noun
    with a finite copula counts too ("[comments from X] ... [were consistent] with ...")."""
    children = sentence.children(verb)
    if verb.upos in ("ADJ", "NOUN") and not verb.deprel.startswith("acl") and any(
            c.deprel in ("cop", "aux") and c.xpos in FINITE_TAGS for c in children):
        # "had always been careful": the finite word may be the auxiliary before the copula;
        # a coordinator is the subject's own when the predicate has a subject of its own
        # ("said [the Clintons] and [the foundation had been careful]")
        return not any(c.deprel == "mark" or (c.deprel == "cc" and not own_subject(sentence, verb)) for c in children)
    if verb.upos not in ("VERB", "AUX") or verb.xpos == "VBG" or verb.deprel.startswith("acl"):
        return False
    if any(c.deprel in ("mark", "cc") for c in children):
        return False  # "because they ...", "... and left": a clause of the frame's own
    return (own_subject(sentence, verb) or verb.xpos in FINITE_TAGS
            or any(c.deprel == "aux" and c.xpos in FINITE_TAGS for c in children))


def _torn_clause(sentence: Sentence, cue: CueHit, words_: SpeakerWords, speech_verbs: frozenset[int]) -> list[Word]:
    """A reported clause the parser tore apart, given no complement arc: its subject hangs on the
    cue as object ("has said [single people and families] ..." ) and its predicate as a
    coordinated clause of the cue ("... [would qualify] for the tax breaks"; "says [President
    Obama] and the party's leaders [should] come up with ..."). The torn pieces: the subject
    first, then the cue's later dependents up to a speech verb of its own (not a to-infinitive: "says [her plans] [to raise] taxes ... [would] ..."); empty when the cue's
    first dependent after it is no noun (a pronoun object is the cue's own: "said so"), when
    the verb takes an addressee ("told reporters ... and left"), or when no finite predicate
    follows, and for participles ("claiming asylum ..."), relaying cues ("quoted critics ..."),
    cues that govern an object ("described X as Y") or report no words (perception, intention)."""
    verb = cue.verb
    if (verb.lemma.lower() in words_.addressee_verbs or cue.lemma.startswith(("quote", "cite")) or is_present_participle(verb)
            or cue.entry.governs == "object" or cue.entry.attribution_class not in ("speech", "writing", "belief")):
        return []
    later = [c for c in sentence.children(verb)
             if c.id > cue.words[-1].id and c.upos != "PUNCT" and c.deprel not in ("punct", "cc")]
    if not later or later[0].deprel not in ("obj", "nsubj") or later[0].upos not in ("NOUN", "PROPN"):
        return []
    if min(w.id for w in sentence.subtree(later[0])) != cue.words[-1].id + 1:
        return []  # the clause's subject follows the cue at once ("has said [single people] ...")
    torn = [later[0]]
    modified = _predicate_as_modifier(sentence, cue, later[0])
    for child in later[1:]:
        if (child.id in speech_verbs and not _infinitive(sentence, child)) or child.deprel not in CONTENT_TAIL or (
                not modified and _frame_adverbial(sentence, child, torn)):
            break
        torn.append(child)
    if any(_finite_clause(sentence, w) for w in torn[1:]) or modified:
        return torn
    return []


def _infinitive(sentence: Sentence, word: Word) -> bool:
    """A to-infinitive ("her plans [to raise] taxes"): a speech verb so is no second frame of the
    speaker's, but part of the torn clause's subject."""
    return word.xpos == "VB" and any(c.deprel == "mark" and c.lemma.lower() == "to" and c.id < word.id
                                     for c in sentence.children(word))


def _frame_adverbial(sentence: Sentence, child: Word, torn: Sequence[Word]) -> bool:
    """An adverbial clause with a subject of its own right after the object, before any predicate
    of the torn clause: the frame's own circumstance ("defended [the remarks] [when critics
    attacked him]"), not the reported clause's predicate. After that predicate, or after one the
    parser hung on the object (:func:`_predicate_as_modifier`), it is still the reported
    clause's ("said [officers] [encountered] him [because they were searching ...]")."""
    return len(torn) == 1 and child.deprel == "advcl" and own_subject(sentence, child)


def _predicate_as_modifier(sentence: Sentence, cue: CueHit, subject: Word) -> bool:
    """The reported clause's predicate hung on its subject as a participle modifier ("said [the
    prime minister] [stood] by his comments", "have said [officers] [encountered] Scott"): a
    verb with a past or finite tag right after the subject's own words, with an object or
    oblique of its own, after a verb that takes no object it reports on (say, not "cited a
    report released Tuesday" nor "announced a plan approved by ...")."""
    if "object" in cue.entry.topic_for(cue.verb.lemma) or cue.entry.governs == "object":
        return False
    for child in sentence.children(subject):
        if child.id < subject.id or child.deprel != "acl" or child.upos != "VERB" or child.xpos not in ("VBD", "VBN"):
            continue
        children = sentence.children(child)
        if any(c.deprel == "mark" or c.deprel.startswith("aux") for c in children):
            return False
        if child.id != max(w.id for w in sentence.subtree(subject, exclude=[child.id])) + 1:
            return False  # words between: "said [the report] [, which was] ..."
        return any(c.deprel in ("obj", "obl", "obl:agent", "ccomp", "xcomp", "advmod") for c in children)
    return False


def _question_end(sentence: Sentence, complement: Word, end: int) -> int:
    """Where an indirect question ends: before an adverbial clause set off by a comma after it
    ("wondered whether the moderators will be fair, [engaging in ...]"), the outlet's words, or
    before a second subject the parser hung on it after a comma (", even as [footage] ...")."""
    for child in sentence.children(complement):
        if child.id > complement.id and (child.deprel in ("advcl", "parataxis") or child.deprel.startswith("nsubj")):
            first = next(w for w in sentence.subtree(child) if w.upos != "PUNCT")
            if first.id >= 2 and sentence.words[first.id - 2].text == ",":
                return min(end, sentence.words[first.id - 2].start)
    return end


def _modifier_as_predicate_end(sentence: Sentence, complement: Word, speech_verbs: frozenset[int]) -> int:
    """Where the reported clause ends when the parser took a participle modifying its subject
    for its predicate ("said that [the judge] [overseeing] the lawsuits, ..., can't be impartial",
    "say the program, [run] by the agency, has brought ..."): a bare participle with a subject
    of its own heads no clause, so the real predicate comes later, hung elsewhere; the clause
    runs to the sentence's end or the comma before the next speech verb. 0 for any other head."""
    children = sentence.children(complement)
    if complement.xpos not in ("VBG", "VBN") or not own_subject(sentence, complement) or any(
            c.deprel in ("aux", "aux:pass", "cop") for c in children):
        return 0
    later = next((w for w in sentence.words if w.id > complement.id and w.id in speech_verbs), None)
    if later is None:
        return sentence.end
    commas = [w for w in sentence.words if complement.id < w.id < later.id and w.text in _SEGMENT_ENDS]
    return commas[-1].start if commas else later.start


def _second_that_clause_end(sentence: Sentence, verb: Word, end: int) -> int:
    """Where a reported that-clause ends when a second one follows it ("said that NAFTA has been
    good *and that* the Chamber thinks ..."): a clause opened by a conjunction and "that" right
    after the content is the same report's second complement, wherever the parser hung it (on the
    main verb, on a verb inside the first clause). Its words run to the end of its own clause."""
    after = [w for w in sentence.words if w.start >= end and w.upos != "PUNCT"]
    if len(after) < 2 or after[0].upos != "CCONJ" or after[1].lemma.lower() != "that" or after[1].deprel != "mark":
        return end
    clause = sentence.word(after[1].head) if after[1].head else None
    if clause is None or clause.id == verb.id or clause.id < after[1].id:
        return end
    first, last = subtree_span(sentence, clause)
    return max(end, last) if first >= after[0].start else end


def _main_clause_start(sentence: Sentence, verb: Word, complement: Word, grammar: Grammar | None) -> int:
    """Where the sentence's main clause begins when the parser hung it inside the reported clause
    of a subordinate frame (:func:`subordinator_as_preposition`): at the comma before the first
    clause with a subject of its own coordinated in it ("After aides insisted that X would not be
    replaced, [the campaign has appeared] ..."); the sentence's end for any other frame."""
    if not subordinator_as_preposition(sentence, verb, grammar):
        return sentence.end
    for word in sentence.subtree(complement):
        if word.id > complement.id and word.deprel in ("conj", "parataxis") and own_subject(sentence, word) \
                and after_comma(sentence, word, complement.id):
            first = min(w.id for w in sentence.subtree(word) if w.upos != "PUNCT" and w.id > complement.id)
            return sentence.words[first - 2].start  # the comma
    return sentence.end


def second_frame(sentence: Sentence, word: Word, speech_verbs: frozenset[int]) -> bool:
    """A coordinated speech verb with no subject and no auxiliary of its own: the frame's second
    predicate, wherever the parser hung it ("said Prigozhin died [and suggested] that ...",
    "said he did not know what happened [but added]: ..."); with an auxiliary it goes on with
    the reported clause ("said it would attack ... and would respond ...")."""
    return word.id in speech_verbs and second_frame_shape(sentence, word)


def second_frame_shape(sentence: Sentence, word: Word) -> bool:
    """The shape of a frame's second predicate: coordinated with no subject or auxiliary of its
    own, or a participle set off by a comma (", arguing that ...", ", saying, “...”")."""
    children = sentence.children(word)
    if any(c.deprel.startswith("nsubj") for c in children):
        return False
    if word.deprel == "conj":
        return not any(c.deprel.startswith("aux") for c in children)
    return (word.deprel in ("advcl", "xcomp", "parataxis") and word.xpos == "VBG" and word.id >= 2
            and sentence.words[word.id - 2].text == ",")


def _that_after(sentence: Sentence, index: int, limit: int) -> Word | None:
    """A complementiser "that" within a few words after word ``index`` (0-based), with no verb between."""
    words = sentence.words
    for w in words[index + 1 : index + 1 + limit]:
        if w.lemma.lower() == "that" and w.upos in ("SCONJ", "PRON", "DET") and w.deprel in ("mark", "nsubj", "det", "obj") :
            nxt = words[w.id] if w.id < len(words) else None
            if w.deprel == "mark" or (nxt is not None and nxt.upos in ("DET", "NUM", "ADP", "PRON", "PROPN", "NOUN", "ADJ", "ADV")):
                return w
        if w.upos in ("VERB", "AUX") or w.text in (".", ";", ":"):
            return None
    return None


def _short_finite_frame(sentence: Sentence, cue: CueHit, frame_ws: Sequence[Word], most: int,
                        speaker: Phrase | None = None) -> bool:
    """"he said", "an expert says", "he was quoted as saying": not "..., denying them entry".
    The speaker's own phrase does not count to the length: "..., said Ana Ruiz, the director of
    the state's center for regional change at the university" is still a short frame."""
    verb = cue.verb
    finite = verb.feat("VerbForm") in ("Fin", None) and verb.xpos not in ("VBG", "VBN") or any(
        c.deprel.startswith("aux") for c in sentence.children(verb)
    )
    own = {w.id for w in frame_ws if speaker is None or not (speaker.start <= w.start and w.end <= speaker.end)}
    return finite and len(own) + (1 if speaker is not None else 0) <= most


def _subordinate(sentence: Sentence, verb: Word) -> bool:
    """The verb opens a subordinate clause of its own ("..., while Forbes *counted* only
    individuals", "because ..."): no frame closing the sentence, whatever it reports."""
    return any(c.deprel == "mark" for c in sentence.children(verb))


def _names_its_act(sentence: Sentence, verb: Word) -> bool:
    """A speech verb with a noun as its object names an act, it frames no words ("As the paper
    reported, the inspector *issued subpoenas* ...", "Trump *voiced support* ..."): the clause
    an "as" frame comments on, not another frame."""
    return any(c.deprel == "obj" and c.upos in ("NOUN", "PROPN") for c in sentence.children(verb))


def _gerund_subject_of(sentence: Sentence, gerund: Word, complement: Word) -> bool:
    """A bare gerund clause the parser hung on the cue between it and a reported clause that has
    no subject of its own is that clause's subject ("said [selling Trump to Muslims] has been a
    challenge"): no subject, marker or comma of its own, and it ends right before the clause."""
    if gerund.xpos != "VBG" or gerund.deprel not in ("xcomp", "advcl", "csubj") or own_subject(sentence, gerund) \
            or own_subject(sentence, complement) or any(c.deprel == "mark" for c in sentence.children(gerund)):
        return False
    words = sentence.subtree(gerund)
    first, last = min(w.id for w in words), max(w.id for w in words)
    return first >= 2 and sentence.words[first - 2].upos != "PUNCT" and min(w.id for w in sentence.subtree(complement)) == last + 1


def _outside(sentence: Sentence, host: Word, frame: Word) -> tuple[int, int] | None:
    """The host clause without a frame at its start or end; a frame in its middle stays inside
    the one span ("The pipes, as the mayor noted, will cost less"), as a reader takes it."""
    inner = {w.id for w in sentence.subtree(frame)}
    words = [w for w in sentence.subtree(host) if w.id not in inner and w.upos != "PUNCT"
             and not (w.deprel == "cc" and w.head == host.id and w.id < min(inner))]  # "But as X noted, ..."
    if not words:
        return None
    before, after = [w for w in words if w.id < min(inner)], [w for w in words if w.id > max(inner)]
    return words_span(before or after) if not (before and after) else words_span(words)


def _up_to_relative(sentence: Sentence, cue: CueHit, head: Word, speaker: Phrase, words_: SpeakerWords) -> Phrase:
    """A description or a name that a relative clause speaking through its pronoun hangs on runs
    up to the pronoun, its modifiers in ("a page on health care, which recounts ...", "an email
    in 2014 that would have revealed ...", "Senator Ann Roy of Texas, who threatened ..."): the
    mention is the noun phrase the pronoun stands for, whole; the speaker stays the description
    or the name. Not past a comma inside (an apposition) or a verb."""
    relative = next((c for c in sentence.children(cue.verb) if c.deprel.startswith("nsubj") and is_relative(c, words_)), None)
    if speaker.kind not in ("description", "name") or relative is None or not cue.verb.deprel.startswith("acl") \
            or not _hangs_in_phrase(sentence, cue.verb, head, relative, words_) or relative.id < head.id:
        return speaker
    between = [w for w in sentence.words[head.id : relative.id - 1] if w.start >= speaker.end]
    while between and between[-1].text == ",":
        between = between[:-1]
    inside = {w.id for w in sentence.subtree(head)}
    if not between or any(w.id not in inside or w.upos in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ") for w in between):
        return speaker
    return replace(speaker, mention_end=between[-1].end)


def _hangs_in_phrase(sentence: Sentence, clause: Word, head: Word, relative: Word, words_: SpeakerWords) -> bool:
    """The relative clause hangs on the head, or, led by a person's pronoun, on the last noun of
    a prepositional phrase the head carries ("a professor at the University of Oslo, who ...")."""
    if not clause.head:
        return False
    if clause.head == head.id:
        return True
    host = sentence.word(clause.head)
    return relative.lemma.lower() in words_.person_relative_pronouns and phrase_head_above(sentence, host, words_) is head


def _naming_participle(sentence: Sentence, cue: CueHit) -> bool:
    """A past participle of a naming cue ("called", "described as") right after the noun it
    names, with no subject, auxiliary or agent of its own: "a device *called* the E-meter",
    "a group *known as* ...". Not "the plan, described by critics as ..." (an agent speaks)."""
    verb = cue.verb
    participle = verb.xpos == "VBN" or (verb.xpos == "VBD" and verb.deprel.startswith(("acl", "advcl")))
    if cue.entry.governs != "object" or not participle or verb.id < 2:
        return False  # (the tagger may call it VBD: no subject makes it a participle)
    if any(c.deprel.startswith(("nsubj", "aux", "obl:agent", "expl")) for c in sentence.children(verb)):
        return False
    if any(c.deprel == "obl" and any(k.lemma.lower() == "by" for k in sentence.children(c)) for c in sentence.children(verb)):
        return False
    return is_nominal(sentence.words[verb.id - 2])


def _has_clause(words: Sequence[Word]) -> bool:
    return any(w.upos in ("VERB", "AUX") for w in words)


def _quotes_in(quotes: Sequence[Quote], start: int, end: int) -> list[Quote]:
    return [q for q in quotes if q.overlaps(start, end)]


def _segment(sentence: Sentence, quotes: Sequence[Quote], at: int) -> tuple[int, int]:
    """The stretch of the sentence outside quotation marks that contains offset ``at``."""
    lo, hi = sentence.start, sentence.end
    for q in quotes:
        if q.end <= at:
            lo = max(lo, q.end)
        elif q.start > at:
            hi = min(hi, q.start)
    return lo, hi


def _direct_quotes(body: str, sentence: Sentence, quotes: Sequence[Quote], frame: tuple[int, int],
                   framed: frozenset[Quote] = frozenset()) -> list[Quote]:
    """Quotations adjacent to the frame: nothing but punctuation between them.

    A quotation ending in the sentence before counts only when this sentence is nothing but the
    frame (“We left.” He said.). ``framed``: the quotations with a frame of their own, which a
    frame ending the sentence before them does not take.
    """
    bare = only_punctuation(body, sentence.start, frame[0]) and only_punctuation(body, frame[1], sentence.end)
    out = []
    following = _following_quote(body, sentence, quotes, frame, framed)
    if following is not None:
        out.append(following)
    for q in quotes:
        if q is following:
            continue
        if q.paragraph != sentence.paragraph:
            continue
        if not q.overlaps(sentence.start, sentence.end) and not (bare and sentence.start - 3 <= q.end <= sentence.start):
            continue
        if punctuation_gap(body, q.end, frame[0]):
            out.append(q)
        elif punctuation_gap(body, frame[1], q.start):
            out.append(q)
    return out + _coordinated_quotes(sentence, quotes, out)


def _quoted_clause_tail(body: str, sentence: Sentence, cue: CueHit, quote: Quote, frame: tuple[int, int],
                        speech_verbs: frozenset[int]) -> tuple[int, int] | None:
    """The reported clause that opens in quote marks right after the frame and goes on outside
    them: in 'said “it makes me angry” every time she thinks of it' or 'cautioned against “a
    betrayal of our values” in the way ...' the speaker said the whole phrase, the quoted words
    and the rest the parser hangs in them. Only when the quotation's words have one head, an
    argument of the cue, and every word from the closing mark to the end of that head's phrase
    is in the phrase, with no speech verb (another frame) and no colon or semicolon ('said it
    "must be well thought out": "..."' gives two quotations, not a clause)."""
    if quote.start < frame[1] or quote.start < sentence.start or quote.end > sentence.end:
        return None
    inside = [w for w in sentence.words if quote.start <= w.start and w.end <= quote.end]
    ids = {w.id for w in inside}
    heads = [w for w in inside if w.head not in ids and w.upos != "PUNCT"]
    if len(heads) != 1 or heads[0].head != cue.verb.id:
        return None
    phrase = {w.id for w in sentence.subtree(heads[0])}
    after = [w for w in sentence.words if w.start >= quote.end and w.upos != "PUNCT"]
    tail = []
    for w in after:
        if w.id not in phrase:
            break
        tail.append(w)
    if not tail or any(w.id in speech_verbs for w in tail) or any(
            w.id in phrase for w in after[len(tail):]) or any(ch in ":;" for ch in body[quote.end : tail[-1].end]):
        return None
    opening = quote.start
    while opening > sentence.start and body[opening - 1] in QUOTE_MARK_CHARS:
        opening -= 1  # the opening mark stays with its partner inside the content
    start, end = trim_content(body, opening, tail[-1].end)
    return (start, end) if end > start else None


def _coordinated_quotes(sentence: Sentence, quotes: Sequence[Quote], direct: Sequence[Quote]) -> list[Quote]:
    """The quotations joined to a direct one by a coordinator and nothing else ('chanted "Send
    them home" and "Build the wall."'): the frame gives them all, as one list of words said."""
    out: list[Quote] = []
    inner = [q for q in quotes if sentence.start <= q.start and q.end <= sentence.end]
    for q in sorted(direct, key=lambda q: q.start):
        for nxt in inner:
            if nxt in direct or nxt in out or nxt.start < q.end:
                continue
            between = [w for w in sentence.words if q.end <= w.start and w.end <= nxt.start and w.upos != "PUNCT"]
            if len(between) == 1 and between[0].upos == "CCONJ":
                out.append(nxt)
                q = nxt
            break
    return out


_TERM_ARCS = ("obj", "iobj", "obl", "xcomp", "nmod", "appos", "compound", "flat", "nsubj", "nsubj:pass")


def _quoted_term(body: str, sentence: Sentence, quote: Quote) -> bool:
    """A quotation that is a name or a term inside the sentence, not someone's words: no verb in
    it, and its head is a nominal argument of a word outside it ("named their robot “Robogee”",
    "a cosplayer going by the name “The Katherinator”", "says on “The Internet Explorer 6
    Countdown”"). A quoted sentence ("“Cool clock, Ahmed.”") heads its own clause. A term runs
    on from the words before it, so a quotation that opens the sentence or is set off by a comma
    or a colon ("“With an eye to February,” he said", 'She responded, “Well, ... the Iranians.”')
    is words said, verb or not."""
    inside = [w for w in sentence.words if quote.start <= w.start and w.end <= quote.end]
    if not inside or quote.start < sentence.start or quote.end > sentence.end:
        return False
    lead = body[sentence.start : quote.start].rstrip().rstrip(QUOTE_MARK_CHARS).rstrip()
    if not any(ch.isalnum() for ch in lead) or lead.endswith((",", ":")):
        return False
    if any(w.upos in ("VERB", "AUX") for w in inside):
        return False
    ids = {w.id for w in inside}
    heads = [w for w in inside if w.head not in ids and w.upos != "PUNCT"]
    return len(heads) == 1 and heads[0].head != 0 and heads[0].deprel in _TERM_ARCS


def _said_object(body: str, sentence: Sentence, cue: CueHit, quote: Quote) -> bool:
    """A verbless quotation that is the speech verb's object, right after the verb (nothing but
    the mark between), is the words said, not a term ('ended by saying “Too many.”', 'kept
    chanting “pray for him”': the tagger reads such words as nouns); a title-cased one stays a
    name ('wrote “The Art of the Deal”'), and so does the name given to an object ('named their
    robot “Robogee”')."""
    if not only_punctuation(body, cue.verb.end, quote.start):
        return False
    inside = [w for w in sentence.words if quote.start <= w.start and w.end <= quote.end]
    ids = {w.id for w in inside}
    heads = [w for w in inside if w.head not in ids and w.upos != "PUNCT"]
    return len(heads) == 1 and heads[0].head == cue.verb.id and heads[0].deprel in ("obj", "xcomp") \
        and heads[0].id > cue.verb.id and not _title_cased(sentence, quote)


def _following_quote(body: str, sentence: Sentence, quotes: Sequence[Quote], frame: tuple[int, int],
                     framed: frozenset[Quote] = frozenset()) -> Quote | None:
    """The quotation a frame that closes its sentence introduces: ``X said:`` or ``X was blunt:``
    before a quotation (in the next paragraph too), ``Smith told reporters.`` before a quotation
    opening the next sentence of the paragraph. Nothing but the frame's own words may stand before
    it in the sentence, and nothing but white space between the sentence and the quotation. After
    a full stop, a quotation with a frame of its own (``framed``: 'Brown hinted at that. "...,"
    he said.') is that frame's: only a colon hands it on regardless."""
    tail = body[frame[1] : sentence.end].strip()
    if tail not in (":", ".") or not only_punctuation(body, sentence.start, frame[0]):
        return None
    if any(q.overlaps(sentence.start, sentence.end) for q in quotes):
        return None
    for q in quotes:
        if q.start < sentence.end:
            continue
        gap = body[sentence.end : q.start - 1]
        if gap.strip() or (tail == "." and ("\n" in gap or q in framed)):
            return None
        return q
    return None


def _relays(sentence: Sentence, cue: CueHit, body: str, words_: SpeakerWords) -> list[Phrase]:
    """Media the words came through: "claimed in local media", "told the BBC" is not one."""
    out = []
    host = as_saying_host(sentence, cue.verb)
    if host is not None and not nominal_subjects(sentence, cue.verb, words_):
        # "Tass cited emergency officials as saying": Tass relayed them (the parser may give a
        # name and the noun it stands beside as two subjects: the name is the relay)
        subjects = nominal_subjects(sentence, host, words_)
        named = [w for w in subjects if name_span(sentence, w) is not None]
        if named or subjects:
            out.append(phrase_at(sentence, (named or subjects)[-1], body, words_))
    for child in sentence.children(cue.verb):
        if child.deprel.startswith("obl") and child.lemma.lower() in words_.media_heads:
            if any(c.lemma.lower() in ("in", "on", "to") and c.deprel == "case" for c in sentence.children(child)):
                # "in an interview with Radio Norte": the outlet is the relay, not the interview
                outlet = next((c for c in sentence.children(child) if c.deprel == "nmod" and is_nominal(c) and any(
                    g.deprel == "case" and g.lemma.lower() == "with" for g in sentence.children(c))), None)
                out.append(phrase_at(sentence, outlet or child, body, words_))
    return out


_INFINITIVE_TAIL = ("advcl", "parataxis", "obl", "advmod")


def _infinitive_end(sentence: Sentence, cue: CueHit, infinitive: Word, end: int, grammar: Grammar | None) -> int:
    """Where a governed to-infinitive ends: the parser hangs its adverbials on the cue ("plans to
    raise rates [more slowly than it has]", "promised to act [should he win]", "agreed to meet
    again, [ostensibly to continue the talks]"), so the cue's adverbials after it are content, up
    to the frame's own: a conjunct of the cue (", but it is unlikely ...", "and opposed ..."), a
    clause of time or cause (grammar.yaml circumstance_marks: "as she left"), anything after a
    dash, and after a comma a clause with a subject of its own, a prepositional phrase or a
    participle (", after he introduced a bill", ", in what appeared to be ...", ", aside from
    saying ...": the frame going on, as ", adding ..." does for a speech verb)."""
    marks = grammar.circumstance_marks if grammar is not None else frozenset()
    for child in sentence.children(cue.verb):
        if child.id <= infinitive.id or child.upos == "PUNCT" or child.deprel == "cc":
            continue
        first = min(w.id for w in sentence.subtree(child) if w.upos != "PUNCT")
        before = sentence.words[first - 2].text if first >= 2 else ""
        if _infinitive_conjunct(sentence, cue.verb, child):
            end = max(end, subtree_span(sentence, child)[1])  # "pledged to enact reform, [fix] the system"
            continue
        if child.deprel == "conj" or before in DASHES or any(
                c.deprel == "mark" and c.lemma.lower() in marks for c in sentence.children(child)) or (
                before == "," and (own_subject(sentence, child) or child.deprel.startswith("obl") or child.xpos == "VBG")):
            break
        if child.deprel.split(":")[0] in _INFINITIVE_TAIL:
            end = max(end, subtree_span(sentence, child)[1])
    return end


def _infinitive_conjunct(sentence: Sentence, verb: Word, child: Word) -> bool:
    """A bare verb the parser made a conjunct of a finite cue ("pledged to enact reform, [fix] the
    system and ..."): with no subject or auxiliary of its own it can only go on the infinitive,
    the cue's own next act being finite ("pledged ... and [said]")."""
    return child.deprel == "conj" and child.xpos == "VB" and verb.xpos in FINITE_TAGS and not any(
        c.deprel.startswith(("nsubj", "aux", "mark")) for c in sentence.children(child))


def _names_topic(sentence: Sentence, cue: CueHit, governed: tuple[int, int] | None, quotes: Sequence[Quote]) -> bool:
    """The governed content is the object with its quoted as-name ('criticized the law as a
    “crazy system”') for an entry whose object names a topic: a topic statement, as the object
    alone would have been."""
    return governed is not None and cue.entry.governs != "object" and not cue.entry.is_unlisted \
        and "object" in cue.entry.topic_for(cue.verb.lemma) and named_as_quoted(sentence, cue.verb, quotes) is not None


def _object_modifiers(sentence: Sentence, cue: CueHit, head: Word, grammar: Grammar, words_: SpeakerWords) -> list[Word]:
    """The phrase right after a topic object that the parser hung on the verb though it tells
    what the object is about ("mocked [the story] [about fighting a bear]", "mentioned [the
    plan] [on the river]"): an oblique or a gerund clause opened by one of grammar.yaml's
    object_topic_prepositions at once after the object's words. Not a medium the act came in,
    which is the frame's."""
    if head.relation != "obj":
        return []
    after = max(w.id for w in sentence.subtree(head)) + 1
    for child in sentence.children(cue.verb):
        if child.deprel not in ("obl", "advcl") or min(w.id for w in sentence.subtree(child)) != after:
            continue
        opener = sentence.word(after)
        if opener.head == child.id and opener.deprel in ("case", "mark") and opener.lemma.lower() in grammar.object_topic_prepositions \
                and not frame_medium(sentence, child, words_):
            return [child]
    return _misattached_relative(sentence, cue, after, words_)


_MISATTACHED_RELATIVE_ARCS = ("conj", "advcl", "ccomp", "parataxis", "xcomp")


def _misattached_relative(sentence: Sentence, cue: CueHit, after: int, words_: SpeakerWords) -> list[Word]:
    """A relative clause of the topic object that the parser hung on the verb ("announced
    [another step] [it will be taking ...]", "highlight [the extent] [to which the mayor
    continued ...]"): a clause with a subject of its own that begins at once after the object's
    words, with no punctuation, conjunction, subordinator or adverb ("defended the remarks *when*
    he came under attack") of its own before it, unless it opens with a relative pronoun (or
    the preposition before one)."""
    for child in sentence.children(cue.verb):
        if child.deprel not in _MISATTACHED_RELATIVE_ARCS or not own_subject(sentence, child):
            continue
        subtree = sentence.subtree(child)
        if min(w.id for w in subtree) != after:
            continue
        opener = sentence.word(after)
        relative = next((w for w in subtree[:2] if is_relative(w, words_) and w.feat("PronType") == "Rel"), None)
        if relative is None and (opener.upos in ("PUNCT", "CCONJ", "SCONJ", "ADP", "ADV") or any(
                c.deprel in ("cc", "mark") for c in sentence.children(child))):
            continue
        return [child]
    return []


def _topic_speaker(sentence: Sentence, cue: CueHit, words_: SpeakerWords, inherited: bool) -> bool:
    """A topic names no words, so its speaker must be certain: the verb is active and has a
    subject of its own before it, or continues a clause that has one or another cue's frame
    ("..., criticizing the plan"); not "was announced the winner", nor a subject guessed by
    position ("Earlier in the week, ... calling for ...")."""
    if any(c.deprel.startswith("aux:pass") for c in sentence.children(cue.verb)):
        return False
    if cue.verb.upos == "NOUN" and cue.entry.upos == ("NOUN",):  # "Trump's attacks on the press"
        return noun_cue_holder(sentence, cue.verb) is not None
    if opening_passive(sentence, cue.verb) and passive_agent(sentence, cue.verb) is not None:
        return True  # "When asked by the host about the tax, ...": the host asked about it
    if inherited or any(s.id < cue.verb.id for s in nominal_subjects(sentence, cue.verb, words_)):
        return True
    controller = purpose_host(sentence, cue.verb, words_)
    if controller is not None and any(s.id < controller.id and s.deprel == "nsubj" for s in nominal_subjects(sentence, controller, words_)):
        return True  # "went on *to discuss* the polls", "met on Friday *to discuss* the plan"
    if _conjunct_of_subject(sentence, cue.verb, words_):
        return True  # "X spoke on Monday and *endorsed* Y": X supports Y
    if participle_on_subject(sentence, cue, words_, ()) is not None:
        return True  # "groups *supporting* the mayor spent ...": the groups support the mayor
    return continued_clause(sentence, cue.verb, words_) is not None


def _conjunct_of_subject(sentence: Sentence, verb: Word, words_: SpeakerWords) -> bool:
    """The verb is a coordinated verb ("... and endorsed") with no subject of its own, joined to
    a verb whose subject stands before it: that subject is the verb's too, as certain a
    speaker for the topic as the first verb's."""
    if verb.deprel != "conj" or not verb.head or not any(c.deprel == "cc" for c in sentence.children(verb)) \
            or own_subject(sentence, verb):
        return False
    head = sentence.word(verb.head)
    return head.upos in ("VERB", "AUX") and any(s.id < head.id for s in nominal_subjects(sentence, head, words_))


def _named_stance(sentence: Sentence, cue: CueHit, topic: Sequence[Word], words_: SpeakerWords) -> bool:
    """An attitude to whom or what a name or a personal pronoun names ("has endorsed *Sanders*",
    "I support *him*"): the one word is what is supported or opposed, so it is content here,
    while a speech act's one-word topic ("discussed *it*") says too little to stand alone, unless
    it is a name the act was aimed at (:func:`_named_target`)."""
    if not topic:
        return False
    head = topic[0]
    if cue.entry.attribution_class in SPEECH_CLASSES:
        return _named_target(sentence, cue, head, words_)
    return head.upos == "PROPN" or (head.upos == "PRON" and head.feat("PronType") == "Prs" and head.lemma.lower() != "it")


def _named_target(sentence: Sentence, cue: CueHit, head: Word, words_: SpeakerWords) -> bool:
    """A speech act's one-word topic that is a name, its only object ("attacked *Trump*", "praised
    *Obama*"): whom the act was aimed at, content enough. Not the person spoken to ("asked
    *Trump*", addressee_verbs), nor a name beside a second object ("denied *Carter* the post"),
    nor the bare name object of a document or data subject ("a jobs report cheered *Democrats*",
    "the poll heartened *Republicans*": a finding's effect on them, no words aimed at them)."""
    if head.upos != "PROPN" or head.deprel != "obj" or head.head != cue.verb.id \
            or cue.verb.lemma.lower() in words_.addressee_verbs:
        return False
    if any(words_.standard(c.lemma.lower()) in words_.document_heads | words_.data_heads
           for c in nominal_subjects(sentence, cue.verb, words_)):
        return False
    return not any(c.deprel == "iobj" or (c.deprel == "obj" and c is not head) for c in sentence.children(cue.verb))


def _title_quote(body: str, sentence: Sentence, quote: Quote) -> bool:
    """A quotation in a phrase of the frame is a name, not the words said: the title of a
    programme or an article after a preposition, a determiner or a possessive ('said on “Fox
    News Sunday”', 'told the “Morning Show”', 'wrote in his book “Coal Is Not the Villain”')."""
    before = [w for w in sentence.words if w.end <= quote.start and w.upos != "PUNCT"]
    if not before:
        return False
    last = before[-1]
    gap = [ch for ch in body[last.end : quote.start] if not ch.isspace() and ch not in "\"'“‘`"]
    if gap and gap != [","]:
        return False
    if not gap and (last.upos in ("ADP", "DET") or (last.upos == "PART" and last.lemma in ("'s", "’s"))):
        # (not a clause in running case: 'The “anger is like nothing I've seen,” he told ...'
        # opens the sentence's words said with their determiner)
        return _title_cased(sentence, quote) or not _has_clause(
            [w for w in sentence.words if quote.start <= w.start and w.end <= quote.end])
    # 'his “Keepin' It Real” program', 'the anthem “A Change Is Gonna Come”', 'In his book, “Make
    # Your Kid a Millionaire,” he ...': a name in title case after a possessive or a noun it
    # names, set off by commas only inside the sentence
    possessive = last.upos == "PRON" and last.feat("Poss") == "Yes"
    if gap and not any(w.start >= quote.end and w.upos != "PUNCT" for w in sentence.words):
        return False  # 'added the words, “Vote Green.”': set off at the end, the words said
    return (possessive or last.upos in ("NOUN", "PROPN")) and _title_cased(sentence, quote)


def _title_cased(sentence: Sentence, quote: Quote) -> bool:
    """Every word of the quotation but its function words (articles, prepositions, conjunctions,
    particles) opens with a capital, and it has two words at least: the way a title is written."""
    inside = [w for w in sentence.words if quote.start <= w.start and w.end <= quote.end and w.upos != "PUNCT"]
    lexical = [w for w in inside if w.upos not in ("DET", "ADP", "CCONJ", "PART") and w.text[:1].isalpha()]
    return len(inside) >= 2 and bool(lexical) and all(w.text[:1].isupper() for w in lexical)


def _participle_after_frame(body: str, sentence: Sentence, cue: CueHit | None, frame: tuple[int, int],
                            speech_verbs: frozenset[int]) -> bool:
    """The frame goes on, after a comma, with a speech participle of its own cue and nothing
    else: '..., Smith said, adding that ...' (the participle reports more words of its own)."""
    rest = [w for w in sentence.words if w.start >= frame[1] and w.upos != "PUNCT"]
    if cue is None or not rest or not body[frame[1] : rest[0].start].strip().startswith(","):
        return False
    first = rest[0]
    if first.id not in speech_verbs or first.xpos != "VBG" or first.head != cue.verb.id:
        return False
    own = {w.id for w in sentence.subtree(first)}
    return all(w.id in own for w in rest)


def _relative_after_frame(body: str, sentence: Sentence, cue: CueHit | None, frame: tuple[int, int]) -> bool:
    """The sentence goes on after the frame only with a relative clause on the speaker's
    phrase: '"...," said Tom Reed, a longtime ally *who served with him in the Senate*.'"""
    rest = [w for w in sentence.words if w.start >= frame[1] and w.upos != "PUNCT"]
    if cue is None or not rest or not body[frame[1] : rest[0].start].strip() in ("", ","):
        return False
    ids = {w.id for w in rest}
    tops = [w for w in rest if w.head not in ids]
    return all(w.deprel == "acl:relcl" and w.head != cue.verb.id and frame[0] <= sentence.word(w.head).start
               and sentence.word(w.head).end <= frame[1] and _in_speaker_phrase(sentence, sentence.word(w.head), cue.verb)
               and any(c.feat("PronType") == "Rel" for c in sentence.children(w)) for w in tops)


def _in_speaker_phrase(sentence: Sentence, word: Word, verb: Word) -> bool:
    """The word hangs on the frame verb through its subject (or the parser's object for an
    inverted subject) and that phrase's appositions and names only ("said [strategist X], [a
    longtime ally]"), not through a time or place ("wrote in the Times last week) and [those]")."""
    for link in [word, *sentence.ancestors(word)]:
        if link.head == verb.id:
            return link.deprel in ("nsubj", "obj") or _apposition_as_modifier(sentence, link, verb)
        if link.deprel not in ("appos", "flat", "compound", "nmod"):
            return False
    return False


def _apposition_as_modifier(sentence: Sentence, word: Word, verb: Word) -> bool:
    """The speaker's apposition that the tagger misread and the parser hung on the frame verb
    ("said strategist X, a longtime [ally/RB]"): set off by a comma right after the speaker's phrase."""
    first = min(w.id for w in sentence.subtree(word) if w.upos != "PUNCT")
    if word.deprel != "advmod" or first < 3 or sentence.words[first - 2].text != ",":
        return False
    before = sentence.words[first - 3]
    return any(c.deprel in ("nsubj", "obj") and before in sentence.subtree(c) for c in sentence.children(verb))


def _quoted_tail(body: str, sentence: Sentence, quotes: Sequence[Quote], direct: Sequence[Quote],
                 frame: tuple[int, int], cue: CueHit | None = None,
                 speech_verbs: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The clause a quotation closes, when the frame follows it and ends the sentence: in
    'Trump's plan is "a disaster," Smith said.' Smith said the whole clause, not only its
    quoted end. Only when the clause opens the sentence and the frame has nothing after it but
    punctuation or a speech participle of its own ('..., Smith said, adding that ...'). Other
    quotations may stand in the clause ('Fares are "too high" and "rising," Smith said') when
    no speech verb outside quote marks comes before the quotation: none of them has a frame of
    its own there."""
    quote = direct[0]
    if not (sentence.start <= quote.start and quote.end <= frame[0]):
        return None
    if not only_punctuation(body, frame[1], sentence.end) and not _participle_after_frame(body, sentence, cue, frame, speech_verbs) \
            and not _relative_after_frame(body, sentence, cue, frame):
        return None
    if any(q is not quote and q.overlaps(sentence.start, quote.start) for q in quotes) and (
            cue is None or any(w.id in speech_verbs and w.end <= quote.start and not quoted(w, quotes) for w in sentence.words)):
        return None
    lead = [w for w in sentence.words if w.end <= quote.start and w.upos != "PUNCT"]
    if not lead:
        return None
    start, end = trim_content(body, lead[0].start, quote.end)
    return (start, end) if end > start else None


_FRAME_ADJUNCTS = ("obl", "obl:tmod", "obl:npmod", "obl:unmarked", "nmod:tmod", "advmod", "advcl", "mark", "cc", "discourse", "vocative")


def _clause_around_frame(body: str, sentence: Sentence, quotes: Sequence[Quote], quote: Quote, frame: tuple[int, int],
                         cue: CueHit, opening: int) -> list[tuple[int, int]] | None:
    """A frame set off by commas inside the clause it reports, the clause going on in quote
    marks after it: in 'The club's investment, Ms. Tanzer said, “is a perfect example” of
    adapting.' she said the whole clause, not only its quoted words. The words before the frame
    open the sentence, outside quote marks, and start a noun phrase that is no adjunct of the
    frame ("In Washington, Smith said, “...”" reports only the quotation)."""
    if not (frame[1] <= quote.start and sentence.start <= quote.start) or any(q.overlaps(opening, frame[0]) for q in quotes):
        return None
    if not body[opening : frame[0]].rstrip().endswith(",") or not body[frame[1] : quote.start].lstrip().startswith(","):
        return None  # (commas on both sides: "The next day, her account posted: “...”" is no such frame)
    before = [w for w in sentence.words if opening <= w.start and w.end <= frame[0] and w.upos != "PUNCT"]
    if len(before) < 2 or before[0].upos not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM") or any(
            w.upos in ("VERB", "AUX") for w in before):
        return None  # (the subject the quotation goes on from: a noun phrase, no clause of its own)
    if cue.verb.xpos not in TENSED_VERB_TAGS or not any(c.deprel.startswith("nsubj") for c in sentence.children(cue.verb)):
        return None  # a frame of its own, "she said", not a participle going on ("..., tweeting, “...”")
    ids = {w.id for w in before}
    tops = [w for w in before if w.head not in ids]
    if any(w.deprel in _FRAME_ADJUNCTS or w.upos in ("ADP", "SCONJ", "ADV") for w in tops):
        return None
    rest = next((w for w in sentence.words if w.start >= frame[1] and w.text not in (",", "—", "–")), None)
    if rest is None:
        return None
    pieces = [trim_content(body, before[0].start, frame[0]), trim_content(body, rest.start, sentence.end)]
    return pieces if all(b > a for a, b in pieces) else None


def _act_time(sentence: Sentence, word: Word, top: Word, grammar: Grammar | None) -> bool:
    """ "criticized the law *during a campaign stop*": a phrase telling when the act took place,
    hung by the parser on a noun of the topic ``top`` (grammar.yaml act_time_prepositions): the
    frame's. Not one inside a clause of the topic ("criticism of X, who took heat for his
    questions *during the forum*"), which tells when that clause's act took place."""
    if grammar is None or word.deprel not in ("nmod", "obl") or not any(
            c.deprel == "case" and c.lemma.lower() in grammar.act_time_prepositions for c in sentence.children(word)):
        return False
    head = sentence.head_of(word)
    while head is not None and head.id != top.id:
        if head.upos not in _NOMINAL_PATH_TAGS or head.relation not in ("nmod", "conj", "appos", "obl"):
            return False
        head = sentence.head_of(head)
    return head is not None and top.upos in _NOMINAL_PATH_TAGS


_NOMINAL_PATH_TAGS = ("NOUN", "PROPN", "PRON", "NUM")


def _name_part(sentence: Sentence, word: Word) -> bool:
    """ "Dayton, Ohio": a name in apposition to a name is the second part of one name (a place
    and its state or country), no aside."""
    head = sentence.head_of(word)
    return word.deprel == "appos" and word.upos == "PROPN" and head is not None and head.upos == "PROPN"


def framing_relative(sentence: Sentence, verb: Word, speech_verbs: frozenset[int]) -> bool:
    """The verb is a speech frame with a subject of its own heading a relative clause of a noun,
    and a predicate follows it ("a plan that [Ruiz said] would cut traffic", "a bill that aides
    said would raise taxes"): the relative pronoun is the reported clause's subject, and the
    frame reports a statement of its own, not a modifier of the noun."""
    if verb.deprel != "acl:relcl" or verb.id not in speech_verbs or not verb.head or verb.head > verb.id:
        return False
    children = sentence.children(verb)
    if not any(c.deprel.startswith("nsubj") and c.id < verb.id and c.feat("PronType") != "Rel" for c in children):
        return False
    later = [c for c in sentence.children(sentence.word(verb.head)) if c.deprel == "acl:relcl" and c.id > verb.id]
    return bool(later) or any(c.deprel == "ccomp" and c.id > verb.id for c in children)


def _framing_relative_start(sentence: Sentence, head: Word, speech_verbs: frozenset[int]) -> int | None:
    """Id of the first word of a relative clause of ``head`` that is a frame of its own
    (:func:`framing_relative`), where a topic or an object naming ``head`` stops; else None."""
    frames = [c for c in sentence.children(head) if framing_relative(sentence, c, speech_verbs)]
    return min(w.id for w in sentence.subtree(frames[0])) if frames else None


def _stop_before_frame(sentence: Sentence, head: Word, span: tuple[int, int], speech_verbs: frozenset[int]) -> tuple[int, int]:
    """The span cut before a relative clause of its head noun that is a frame of its own
    ("backed *a plan* that Ruiz said would cut traffic"): the frame's statement is not part of it."""
    cut = _framing_relative_start(sentence, head, speech_verbs)
    if cut is None:
        return span
    kept = [w for w in sentence.words if span[0] <= w.start and w.id < cut and w.upos != "PUNCT"]
    return (span[0], kept[-1].end) if kept else span


def _topic_span(sentence: Sentence, topic: Sequence[Word], words_: SpeakerWords | None = None,
                grammar: Grammar | None = None, speech_verbs: frozenset[int] = frozenset()) -> tuple[int, int]:
    """The words of a topic, without the preposition that opens it ("called for *a moratorium*",
    "called for *closing the bridge*"), nor a frame of its own in a relative clause of its noun
    (:func:`framing_relative`)."""
    head = topic[0]
    cases = [c.id for c in sentence.children(head) if c.deprel in ("case", "mark") and c.id < head.id]
    first = sentence.word(min(w.id for w in sentence.subtree(head)))
    if first.id < head.id and first.deprel in ("case", "mark") and first.upos == "ADP" and first.id not in cases:
        cases.append(first.id)  # "talked [about] how she pushed ...": the preposition hung on the question word
    # a clause set off by a comma is the outlet's aside, not the topic ("the reality of climate
    # change, which makes him an outlier")
    asides = [d.id for d in sentence.subtree(head) if d.id > head.id and d.deprel in ("acl:relcl", "acl", "appos", "parataxis")
              and set_off_by_comma(sentence, d) and not _name_part(sentence, d) and not _listed_apposition(sentence, d)]
    asides += [d.id for d in sentence.subtree(head) if d.id > head.id and words_ is not None and frame_medium(sentence, d, words_)]
    asides += [d.id for w in topic for d in sentence.subtree(w) if d.id > head.id and _act_time(sentence, d, w, grammar)]
    spans = [subtree_span(sentence, w, exclude=cases + asides) for w in topic]
    return _stop_before_frame(sentence, head, (min(a for a, _ in spans), max(b for _, b in spans)), speech_verbs)


def _listed_apposition(sentence: Sentence, word: Word) -> bool:
    """A list's second item the parser made an apposition of the first, its last item a conjunct
    of it ("noted the attacks, [her support] for the victims and her work ..."): an aside has no
    "and" or "or" item of its own."""
    return word.deprel == "appos" and any(c.deprel == "conj" and any(k.deprel == "cc" for k in sentence.children(c))
                                          for c in sentence.children(word))


def _role_noun(sentence: Sentence, cue: CueHit, head: Word | None) -> list[Word]:
    """ '"...," Clinton campaign manager Robby Mook wrote.': the parser hung the verb on the role
    noun before its subject as a relative clause (manager ← wrote, Mook its subject). The role
    noun phrase is part of the frame, not a noun the frame modifies: its words, else none."""
    verb = cue.verb
    if head is None or not verb.deprel.startswith("acl") or not verb.head:
        return []
    noun = sentence.word(verb.head)
    if noun.upos not in ("NOUN", "PROPN") or not noun.id < head.id < verb.id:
        return []
    left = [w for w in sentence.words if w.id <= noun.id and (w.id == noun.id or (w.head == noun.id and w.deprel in (
        "compound", "amod", "det", "nmod:poss", "flat")))]
    first = min(w.id for w in left)
    between = sentence.words[first - 1 : head.id - 1]
    if any(w.upos in ("VERB", "AUX", "PUNCT") for w in between):
        return []
    return list(between)


def _own_adverbial(sentence: Sentence, cue: CueHit, before: Sequence[Word]) -> bool:
    """ "By cutting the budget, the mayor put the schools at risk.": everything before the frame is an
    adverbial clause of the cue itself (a participle or a clause with its marker), which sets the
    scene of the speech act; it is not what was said. A finite clause with no marker that the
    parser hung there ("[The club raised its fees], said X") is still the reported one."""
    clauses = [c for c in sentence.children(cue.verb) if c.deprel == "advcl" and c.id < cue.verb.id and (
        c.xpos in ("VBG", "VBN") or any(m.deprel == "mark" for m in sentence.children(c)))]
    inside = {w.id for c in clauses for w in sentence.subtree(c)}
    return bool(clauses) and all(w.id in inside for w in before if w.upos != "PUNCT")


def _question_to_reader(body: str, sentence: Sentence, head: Word | None, cue: CueHit, quotes: Sequence[Quote],
                        words_: SpeakerWords) -> bool:
    """A question the writer puts to the reader ("Do you support X?", "What do you think of
    X?"): the cue's subject is a reader pronoun (speakers.yaml) in a sentence that ends with a
    question mark, outside quote marks (a quoted speaker's question is theirs)."""
    if head is None or head.text.lower() not in words_.reader_pronouns or quoted(cue.verb, quotes):
        return False
    return body[sentence.start : sentence.end].rstrip(" \"'”’)").endswith("?")


def _first_person_no_source(sentence: Sentence, head: Word | None, cue: CueHit, quotes: Sequence[Quote]) -> bool:
    """A first-person frame that names no source. Inside quote marks the quoted speaker telling
    what he once said ("'... we told the board that ...,' he said") is part of his quote.
    Outside quote marks the "I" speaks in a transcript, an interview or an opinion column, and
    is a source like any other ("I told the board last year that ..."); a verb the lexicon does
    not list only with a clause of its own ("we wish [the city would ...]"), not "we need to ..."
    (a to-infinitive) or "I did it"."""
    if head is None or head.upos != "PRON" or head.lemma.lower() not in ("i", "we", "me", "us"):
        return False
    if cue.entry.attribution_class == "belief":
        return False  # "I think ...": the writer's (or a speaker's) belief
    if quoted(cue.verb, quotes):
        return True
    children = sentence.children(cue.verb)
    return cue.entry.is_rule and (any(c.deprel == "xcomp" for c in children) or not any(
        c.deprel == "ccomp" and c.id > cue.verb.id and own_subject(sentence, c) for c in children))


def _by_phrase(sentence: Sentence, word: Word) -> bool:
    return word.deprel.startswith("obl") and any(c.deprel == "case" and c.lemma.lower() == "by" for c in sentence.children(word))


def _wh_object(sentence: Sentence, verb: Word) -> Word | None:
    """A question word right after the participle that the parser made its object, the question's
    clause a relative clause on it ("Asked [what] [he thought] about it, ..."): the question."""
    word = sentence.words[verb.id] if verb.id < len(sentence.words) else None
    if word is None or word.head != verb.id or word.deprel != "obj" or word.lemma.lower() not in ("what", "which", "who", "how", "why"):
        return None
    return word if any(c.deprel == "acl:relcl" for c in sentence.children(word)) else None


def _opening_participle(sentence: Sentence, cue: CueHit, wh_object: Word | None = None) -> bool:
    """The cue is a bare passive participle of a speech verb that opens the sentence ("Asked
    about X, the mayor said ..."), with no asker named and no object but a question's."""
    verb = cue.verb
    children = sentence.children(verb)
    if cue.entry.attribution_class not in SPEECH_CLASSES or verb.xpos not in ("VBN", "VBD") \
            or verb.deprel not in ("advcl", "root") or len(cue.words) != 1 or any(
            c.deprel.startswith(("nsubj", "aux", "obj", "iobj")) and c is not wh_object or _by_phrase(sentence, c)
            for c in children):
        return False  # "Asked by the host to ...": the host asked; the frames name the asker
    if verb.deprel == "root" and not any(c.deprel == "parataxis" and c.id > verb.id and own_subject(sentence, c)
                                         for c in children):
        return False  # "Asked what ..., she said:" parsed with the participle as the root: the frame hangs on it
    before = [w for w in sentence.words if w.id < verb.id and w.upos != "PUNCT"]
    return all(w.head == verb.id and w.deprel in ("mark", "advmod") for w in before)  # only "When", "After being"


def _topic_put(body: str, sentence: Sentence, cue: CueHit) -> tuple[int, int] | None:
    """ "Asked about the budget, the mayor said ...": such an opening participle (as for
    :func:`_question_put`) with a prepositional topic reports what was put to the subject, by
    someone unnamed: the topic's words, with no source (cue class topic)."""
    topic = cue.entry.topic_for(cue.verb.lemma)
    if not topic or not _opening_participle(sentence, cue):
        return None
    head = cue_topic(sentence, cue.words, topic)
    if head is None or head.relation == "obj":
        return None
    start, end = trim_content(body, *_topic_span(sentence, [head]))
    return (start, end) if end > start else None


def _passive_topic(body: str, sentence: Sentence, cue: CueHit, words_: SpeakerWords,
                   grammar: Grammar | None) -> tuple[int, int] | None:
    """ "Pence was asked about the comment": a finite passive of a verb whose object is the one
    spoken to (addressee_verbs), with no asker named, reports what was put to its subject by
    someone unnamed, as the opening "Asked about X, ..." does (:func:`_topic_put`): the
    prepositional topic's words, with no source (cue class topic); not a pronoun ("was asked about
    *it*" says too little), nor when the act took place ("during an interview")."""
    topic = cue.entry.topic_for(cue.verb.lemma)
    children = sentence.children(cue.verb)
    if not topic or cue.verb.lemma.lower() not in words_.addressee_verbs or len(cue.words) != 1 \
            or not any(c.deprel == "aux:pass" for c in children) or not any(c.deprel == "nsubj:pass" for c in children) \
            or any(_by_phrase(sentence, c) or c.deprel in ("obj", "iobj", "ccomp", "xcomp") for c in children):
        return None  # "was asked by the host", "was asked a question", "was asked to resign": other frames
    head = cue_topic(sentence, cue.words, topic)
    if head is None or head.relation == "obj" or head.upos == "PRON":
        return None
    start, end = trim_content(body, *_topic_span(sentence, [head], words_, grammar))
    return (start, end) if end > start else None


def _received_speech(body: str, sentence: Sentence, cue: CueHit, words_: SpeakerWords) -> Event | None:
    """ "The senator faced criticism from Democrats": a light verb of receiving and a speech noun
    (an entry with ``speaker_after``) name as the speaker the phrase after its preposition, on the
    verb or on the noun, and the verb's subject is who or what was spoken of (cue class topic);
    with no such phrase nobody is named ("The plan drew criticism": no source). None without a
    subject: the receiver is then not in the verb's own words."""
    subject = next((c for c in sentence.children(cue.verb) if c.deprel in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return None
    start, end = trim_content(body, *subtree_span(sentence, subject))
    if end <= start:
        return None
    head = cue_topic(sentence, cue.words, cue.entry.speaker_after)
    speaker = speaker_phrase(sentence, head, body, words_) if head is not None else None
    reason = _received_for(sentence, cue, head)
    spans = [(start, end)]
    if reason is not None:
        after, stop = trim_content(body, *_topic_span(sentence, [reason]))
        spans += [(after, stop)] if stop > after and after >= end else []
    return Event(sentence, cue, speaker, spans, "indirect", (cue.start, cue.end), topic=True)


def _received_for(sentence: Sentence, cue: CueHit, speaker: Word | None) -> Word | None:
    """ "faced criticism *for the delays*", "... from teachers *over the bill*": what the subject
    was criticised for, a phrase opened by one of the entry's ``reason_after`` prepositions on the
    verb, on its noun, or on the speaker's noun where the parser hung it there; PolNeAR takes it
    into the content with the subject (or alone)."""
    reasons = cue.entry.reason_after
    if not reasons:
        return None
    found = cue_topic(sentence, cue.words, reasons)
    if found is None and speaker is not None:
        found = topic_of(sentence, speaker, reasons)
    return found


def _question_clause(sentence: Sentence, clause: Word, grammar: Grammar) -> bool:
    """A clause that puts a question: opened by a marker ("whether", "if") or by one of
    grammar.yaml's wh_words ("[which county he liked best]")."""
    first = min(sentence.subtree(clause), key=lambda w: w.id)
    return any(m.deprel == "mark" and m.lemma.lower() in ("whether", "if") and m.id < clause.id
               for m in sentence.children(clause)) or (first.id < clause.id and first.lemma.lower() in grammar.wh_words)


def _asked_of_subject(body: str, sentence: Sentence, cue: CueHit, quotes: Sequence[Quote],
                      grammar: Grammar | None) -> tuple[int, int] | None:
    """ "The mayor has been asked to release the transcripts", "was asked whether the city would
    ...": a passive question verb (grammar.yaml question_verbs) with no agent puts a request or a
    question to its subject, by someone unnamed; the subject says nothing. Its to-infinitive or
    question clause, with no source; not a quoted question ('was asked: "If you had known ...?"'),
    which the quotation rules frame."""
    verb = cue.verb
    if grammar is None or verb.lemma.lower() not in grammar.question_verbs or len(cue.words) != 1:
        return None
    children = sentence.children(verb)
    if not any(c.deprel.startswith("aux:pass") for c in children) or passive_agent(sentence, verb) is not None:
        return None
    for child in children:
        if child.id < verb.id or child.deprel not in ("ccomp", "xcomp", "advcl"):
            continue
        infinitive = child.deprel == "xcomp" and any(m.deprel == "mark" and m.lemma.lower() == "to"
                                                      for m in sentence.children(child))
        if infinitive or _question_clause(sentence, child, grammar):
            start, end = trim_content(body, *subtree_span(sentence, child))
            return (start, end) if end > start and not any(q.overlaps(start, end) for q in quotes) else None
    return None


def _expected_of_subject(body: str, sentence: Sentence, cue: CueHit, quotes: Sequence[Quote],
                         grammar: Grammar | None) -> list[tuple[int, int]]:
    """ "The vote is expected to pass", "rivals are widely expected to quit": an agentless passive
    of an expectation verb (grammar.yaml expectation_passives) with a to-infinitive tells what
    someone unnamed foresees; the subject and the infinitive, with no source; so too the "as" /
    "for" phrase of a reputation verb ("is known for his temper", :func:`_held_of_subject`). Nothing inside
    quote marks (the quoted speaker's own words). Of two subjects the nearer only: the parser
    makes "X, whose campaign was expected to fail, ..." one clause, "X" no subject of "expected"."""
    verb = cue.verb
    if grammar is None or quoted(verb, quotes):
        return []
    children = sentence.children(verb)
    if not any(c.deprel.startswith("aux:pass") for c in children) or passive_agent(sentence, verb) is not None:
        return []
    held = _held_of_subject(sentence, verb, children, grammar)
    if held is None:
        return []
    subjects = [c for c in children if c.deprel == "nsubj:pass" and c.id < verb.id]
    pieces = [subtree_span(sentence, subjects[-1])] if subjects else []
    pieces.append(subtree_span(sentence, held))
    pieces = [trim_content(body, *p) for p in pieces]
    return [p for p in pieces if p[1] > p[0]]


def _seeming_of_subject(body: str, sentence: Sentence, cue: CueHit, quotes: Sequence[Quote],
                        grammar: Grammar | None, reporting: frozenset[int]) -> list[tuple[int, int]]:
    """ "The plan seems to be dead", "she appeared to concede": an impression verb (grammar.yaml
    impression_verbs) with a to-infinitive and nobody to whom it so appears ("seemed *to voters*
    ...", whose holder the frame rules seek) tells the writer's impression of the subject: the
    subject and the infinitive, with no source. Nothing inside quote marks; not an infinitive
    that reports itself ("appeared to say it was ...", "seemed to suggest that ..."): there the
    subject is the speaker, the statement that of the inner verb ("seemed to think ...",
    "appeared to blame X": any cue word of the sentence, ``reporting``); nor "seems *to be* X"
    (PolNeAR train: 31 of 54 such a gold statement, against 60 of 79 for the others)."""
    verb = cue.verb
    if grammar is None or len(cue.words) != 1 or verb.lemma.lower() not in grammar.impression_verbs or quoted(verb, quotes):
        return []
    children = sentence.children(verb)
    if any(c.deprel in ("obl", "obl:to", "nmod") and any(m.deprel == "case" and m.lemma.lower() == "to"
                                                          for m in sentence.children(c)) for c in children):
        return []
    infinitive = governed_infinitive(sentence, verb)
    if infinitive is None or infinitive.id in reporting or any(  # the parser may hang the inner clause on the verb
            c.deprel == "ccomp" for c in sentence.children(infinitive) + children):
        return []
    if any(c.deprel in ("cop", "aux", "aux:pass") and c.lemma.lower() == "be" for c in sentence.children(infinitive)):
        return []  # "seems to be a real issue", "appears to be moving": a description, seldom marked as a stance
    subjects = [c for c in children if c.deprel in ("nsubj", "expl") and c.id < verb.id]
    pieces = [subtree_span(sentence, subjects[-1])] if subjects else []
    pieces.append(subtree_span(sentence, infinitive))
    pieces = [trim_content(body, *p) for p in pieces]
    return [p for p in pieces if p[1] > p[0]]


def _held_of_subject(sentence: Sentence, verb: Word, children: Sequence[Word], grammar: Grammar) -> Word | None:
    """What an agentless passive says is foreseen or held of its subject: the to-infinitive of an
    expectation verb ("is expected *to pass*"), the "as" / "for" phrase of a reputation verb
    ("is known *for his temper*"; grammar.yaml reputation_passives, reputation_prepositions)."""
    lemma = verb.lemma.lower()
    if lemma in grammar.expectation_passives:
        return governed_infinitive(sentence, verb)
    return reputation_phrase(sentence, verb, grammar)


def _question_put(body: str, sentence: Sentence, cue: CueHit, grammar: Grammar | None = None) -> tuple[int, int] | None:
    """ "Asked whether the school would close, the principal said ...": a bare passive participle
    of a speech verb opening the sentence reports what was put to the subject of the clause it
    sets the scene of, by someone unnamed (a reporter): its marked or wh-clause, with no source.
    Not "Convinced that ..., he": a belief so opened is the subject's own."""
    verb = cue.verb
    children = sentence.children(verb)
    wh_object = _wh_object(sentence, verb)
    if not _opening_participle(sentence, cue, wh_object):
        return None
    # "Asked whether the school would close, the principal said ...": the parser often hangs the
    # question on the main verb, right after the participle
    torn = [c for c in sentence.children(sentence.word(verb.head)) if c.deprel in ("advcl", "ccomp")
            and min(w.id for w in sentence.subtree(c)) == verb.id + 1]
    if wh_object is not None:  # "Asked [what he thought about it], he said": the parser's object and its relative clause
        start, end = trim_content(body, *subtree_span(sentence, wh_object))
        return (start, end) if end > start else None
    for child in [c for c in children if c.id > verb.id] + torn:
        if child.deprel in ("ccomp", "xcomp", "advcl") and (any(
                m.deprel == "mark" and m.id < child.id for m in sentence.children(child)) or any(
                w.feat("PronType") == "Int" and w.id < child.id for w in sentence.subtree(child))
                or grammar is not None and _question_clause(sentence, child, grammar)):
            start, end = trim_content(body, *subtree_span(sentence, child))
            return (start, end) if end > start else None
    return None


def _sourceless_event(body: str, sentence: Sentence, cue: CueHit, quotes: Sequence[Quote], words_: SpeakerWords,
                      grammar: Grammar | None, verbs: frozenset[int]) -> Event | None:
    """The event of a frame that names nobody as its speaker, or None: a question or a topic put
    to someone by someone unnamed ("Asked about X, ...", "X was asked about Y"), what is asked or
    expected of the cue's subject, or what seems so of it. ``verbs``: ids of the sentence's cue
    and speech verbs. The frame's own words are the cue alone."""
    frame = (cue.start, cue.end)
    if (question := _question_put(body, sentence, cue, grammar)) is not None:
        return Event(sentence, cue, None, [question], "indirect", frame)
    if (asked := _topic_put(body, sentence, cue)) is not None:
        return Event(sentence, cue, None, [asked], "indirect", frame, topic=True)
    if (put := _passive_topic(body, sentence, cue, words_, grammar)) is not None:
        return Event(sentence, cue, None, [put], "indirect", frame, topic=True)
    if (request := _asked_of_subject(body, sentence, cue, quotes, grammar)) is not None:
        return Event(sentence, cue, None, [request], "indirect", frame)
    if expected := _expected_of_subject(body, sentence, cue, quotes, grammar):
        return Event(sentence, cue, None, expected, "indirect", frame)
    if seeming := _seeming_of_subject(body, sentence, cue, quotes, grammar, verbs):
        return Event(sentence, cue, None, seeming, "indirect", frame)
    return None


def speech_event(body: str, sentence: Sentence, cue: CueHit, quotes: Sequence[Quote], words_: SpeakerWords,
                 speaker: Phrase | None = None, speech_verbs: frozenset[int] = frozenset(),
                 grammar: Grammar | None = None, framed: frozenset[Quote] = frozenset(),
                 cue_verbs: frozenset[int] = frozenset(), listed_verbs: frozenset[int] = frozenset(),
                 reporting_words: frozenset[int] | None = None) -> Event | None:
    """The event of one verb cue, or None when it reports nothing (no content found).

    ``speaker``: the speaker phrase when the caller knows it (a participle continuing another
    cue's frame, "..., adding that ...", has none of its own). ``speech_verbs``: ids of the
    sentence's words that are speech verbs, negated ones included: a coordinated speech verb
    is a frame of its own, never part of the content ("claims ... but it did not say how").
    ``grammar``: the lexicon's word classes, for the frames that comment on a clause ("As X
    said, ..."). ``framed``: the article's quotations with a frame of their own. ``cue_verbs``:
    ids of the words that head the sentence's cues, of any class ("seemed to *think* ...");
    ``listed_verbs``: those and every verb that can start a reporting entry (for :func:`speaker_word`).
    ``reporting_words``: ids of the sentence's words that can start any reporting entry (None:
    not known, every coordinated predicate taken for one)."""
    if _naming_participle(sentence, cue):
        return None  # "a device called the E-meter": the outlet names a thing, nobody speaks
    if speaker is None and (unnamed := _sourceless_event(body, sentence, cue, quotes, words_, grammar,
                                                         speech_verbs | cue_verbs)) is not None:
        return unnamed
    if speaker is None and cue.entry.speaker_after:
        return _received_speech(body, sentence, cue, words_)
    inherited = speaker is not None
    head = speaker_word(sentence, cue, body, words_, quotes, listed_verbs) if speaker is None else None
    if speaker is None and head is None and not _impersonal(sentence, cue):
        return None  # nobody says it: a misread verb ("media reports range from ...")
    if _first_person_no_source(sentence, head, cue, quotes):
        return None  # "I" inside a quotation (the quoted speaker's own words), or "we need to ..."
    if _question_to_reader(body, sentence, head, cue, quotes, words_):
        return None  # "Do you support X?": the writer asks the reader, nobody's stance is told
    if speaker is None:
        speaker = speaker_phrase(sentence, head, body, words_) if head is not None else None
        if speaker is not None and head is not None:
            speaker = _up_to_relative(sentence, cue, head, speaker, words_)
    complement = _complement(sentence, cue, words_, grammar)
    apposition = sentence.subtree(complement) if _apposition_as_complement(sentence, cue, head, complement, words_) else []
    complement = None if apposition else complement
    if complement is not None and _apposition_after_frame(sentence, cue, complement):
        complement = None  # "..., the farmers said, a result of the drought": the writer's apposition
    content_heads = {complement.id} if complement is not None else set()
    torn = _torn_clause(sentence, cue, words_, speech_verbs) if complement is None and cue.entry.frame != "document" \
        and not apposition else []
    content_heads |= {w.id for w in torn}
    governed = governed_content(sentence, cue, quotes, words_) if complement is None and not torn and not apposition else None
    topic = speech_topic(sentence, cue, grammar) if complement is None and not torn and governed is None and not apposition else []
    topic = [w for w in topic if not is_time(sentence, w, words_)]  # "announced Friday" names a day, no topic
    if topic and grammar is not None:
        topic = topic[:1] + _object_modifiers(sentence, cue, topic[0], grammar, words_) + topic[1:]
    if topic and not _topic_speaker(sentence, cue, words_, inherited):
        if cue.entry.attribution_class not in SPEECH_CLASSES:
            return None  # "the bill, supported by ...": an attitude to a thing whose holder is unsure
        topic = []
    content_heads |= {w.id for w in topic}
    if complement is not None:
        # a noun between the cue and its clause is the clause's misattached subject ("said
        # relations were entering ..."), unless the verb takes an addressee ("told AP that ...")
        addressee = cue.verb.lemma.lower() in words_.addressee_verbs
        for child in sentence.children(cue.verb):
            if cue.words[-1].id < child.id < complement.id and (is_nominal(child) or child.upos in ("ADJ", "DET")) and (
                child.deprel.startswith("nsubj") or (not addressee and child.deprel in ("obj", "iobj"))
            ) and (head is None or child.id != head.id):
                content_heads.add(child.id)
            elif cue.words[-1].id < child.id < complement.id and child.deprel == "ccomp":
                # one clause torn into two complements: 'said [Prigozhin was “likely”] [to have been on board]'
                content_heads.add(child.id)
            elif cue.words[-1].id < child.id < complement.id and _gerund_subject_of(sentence, child, complement):
                content_heads.add(child.id)
    frame_ws = _frame_words(sentence, cue, None if inherited else speaker, content_heads) + apposition
    frame_ws = _set_off_frame(sentence, cue, frame_ws, None if inherited else speaker)
    interrupted = None if inherited else _interrupted_subject(sentence, cue, frame_ws, speaker, complement)
    if interrupted is not None:  # "The plan, she said, is sound": the words before the comma are the clause's
        frame_ws = [w for w in frame_ws if w.id > interrupted.id]
    role_noun = _role_noun(sentence, cue, head)
    if role_noun:
        frame_ws += role_noun
    segment = _segment(sentence, quotes, cue.start)
    opening = dateline_end(sentence, words_.rules) or sentence.start  # a dateline is neither frame nor content
    segment = (max(segment[0], opening), segment[1])
    frame_ws = [w for w in frame_ws if segment[0] <= w.start and w.end <= segment[1]]
    frame = words_span(frame_ws) if frame_ws else (cue.start, cue.end)
    if phrase := noun_phrase_after_quote(body, sentence, cue.verb, quotes):
        frame = (min(frame[0], phrase[0].start), frame[1])  # the speaker's whole phrase is the frame's
    if not inherited:  # "Ruiz, who starred in “The Long Road,” posted ...": a title in the speaker's phrase
        frame = _speaker_across_quote(sentence, cue, head, speaker, frame, quotes)
    embedded = (cue.verb.deprel.startswith("acl") and not role_noun) or (head is not None and is_relative(head, words_))
    set_off = None if inherited else _set_off_after_relative(body, sentence, cue, head, frame_ws, words_)
    if set_off is not None:  # "the old mill, which, Ruiz noted, had closed in 1990": the relative clause's predicate
        return Event(sentence, cue, speaker, [set_off], "indirect", frame, relays=_relays(sentence, cue, body, words_),
                     embedded=True)
    predicate = None if inherited else _relative_frame_clause(sentence, cue, complement, head, words_)
    if predicate is not None:  # "an event that he says led him to ...": the relative clause's predicate
        pieces = [trim_content(body, *subtree_span(sentence, predicate, exclude=(cue.verb.id,)))]
        return Event(sentence, cue, speaker, pieces, "indirect", frame, relays=_relays(sentence, cue, body, words_),
                     embedded=embedded)
    commented = _commented_quotation(body, sentence, cue, quotes, grammar) if cue.entry.frame == "speech" else None
    if commented is not None:  # 'the claim that the dam "is too old," as Ruiz said on the news, ...'
        return Event(sentence, cue, speaker, [commented], "mixed", frame, relays=_relays(sentence, cue, body, words_),
                     embedded=embedded)
    if (answer := _answer_word(sentence, cue, grammar)) is not None:  # "70 percent said *yes*"
        return Event(sentence, cue, speaker, [answer], "indirect", frame, relays=_relays(sentence, cue, body, words_),
                     embedded=embedded)
    # a quotation right next to the frame: direct speech
    if cue.entry.frame == "speech":
        adjacent = _direct_quotes(body, sentence, quotes, frame, framed)
        direct = [q for q in adjacent if not _title_quote(body, sentence, q)
                  and not (_quoted_term(body, sentence, q) and not _said_object(body, sentence, cue, q))]
        described = governed or (_topic_span(sentence, topic, words_, grammar, speech_verbs) if topic else None)
        if direct and described is not None and all(described[0] <= q.start and q.end <= described[1] + 1 for q in direct):
            direct = []  # the quotation is part of a description: "criticized the law as a “crazy system”"
        if direct and complement is not None and complement.id > cue.verb.id and (
                complement.upos in ("VERB", "AUX", "ADJ") or _predicate_shape(sentence, complement)) and (
                own_subject(sentence, complement) or any(m.deprel == "mark" and m.lemma.lower() == "that"
                                                          for m in sentence.children(complement))) and all(
                q.end <= subtree_span(sentence, complement)[0] and (q.start >= frame[1] or not only_punctuation(body, q.end, frame[0])
                                                                     or _coordinated_frame_start(sentence, cue, frame))
                for q in direct):
            # the cue's own clause follows the quotation: the quotation is another frame's
            # ('exhorted them to "vote your conscience" and said he was ...', '... and said
            # the rescue was a priority': a nominal predicate with its copula) or a title
            # ('told MSNBC's "Morning Joe" that ...')
            direct = []
        lead = _quoted_tail(body, sentence, quotes, direct, frame, cue, speech_verbs) if len(direct) == 1 else None
        if lead is None and not direct and len(adjacent) == 1 and described is None:
            # 'It was a "hard winter," Holt said at the end of ...': a term that closes the
            # clause before a frame ending the sentence is no title here; the clause is Holt's
            lead = _quoted_tail(body, sentence, quotes, adjacent, frame, cue, speech_verbs)
        around = _clause_around_frame(body, sentence, quotes, direct[0], frame, cue, opening) \
            if len(direct) == 1 and lead is None else None
        if around is not None:  # 'The plan, Ms. Ruiz said, "is a failure" by any measure.'
            return Event(sentence, cue, speaker, around, "mixed", frame, relays=_relays(sentence, cue, body, words_),
                         embedded=embedded)
        if lead is not None:  # 'This is a "raw time," said X.': the clause the quotation ends is theirs
            return Event(sentence, cue, speaker, [lead], "mixed", frame, relays=_relays(sentence, cue, body, words_),
                         embedded=embedded)
        tail = _quoted_clause_tail(body, sentence, cue, direct[0], frame, speech_verbs) \
            if len(direct) == 1 and lead is None else None
        if tail is not None:  # 'said “it makes me angry” every time she thinks of it'
            return Event(sentence, cue, speaker, [tail], "mixed", frame, relays=_relays(sentence, cue, body, words_),
                         embedded=embedded)
        clause = _that_clause_after_quote(body, sentence, cue, complement, direct, frame) if len(direct) == 1 else None
        if clause is None and len(direct) == 1:  # '"Only you," she said, would use ...': one remark
            clause = _predicate_after_quote(body, sentence, cue, direct, frame)
        if clause is not None:  # '"It was bad luck," he said, that both fires started ...': one remark
            pieces = [trim_content(body, direct[0].start, direct[0].end), clause]
            return Event(sentence, cue, speaker, pieces, "mixed", frame, relays=_relays(sentence, cue, body, words_),
                         embedded=embedded)
        if direct:
            return Event(sentence, cue, speaker, [], "direct", frame, quotes=direct,
                         relays=_relays(sentence, cue, body, words_), embedded=embedded)
    pieces: list[tuple[int, int]] = []
    relative = _relative_content(sentence, cue, grammar) if complement is None and not torn and governed is None else None
    if relative is not None:  # "the charges, which he denies": what is denied is the pronoun's noun
        pieces.append(relative)
        topic = []
    elif torn:  # "has said [single people] ... [would qualify] ...": the pieces read as one clause
        spans = [subtree_span(sentence, w) for w in torn]
        pieces.append((max(min(a for a, _ in spans), frame[1]), max(b for _, b in spans)))
    elif passive := _passive_naming(sentence, cue):  # "X has been called a charlatan by ..."
        pieces.extend(passive)
    elif governed is not None:  # "wants *to close the road*", "described *the plan as a failure*"
        infinitive = governed_infinitive(sentence, cue.verb)
        if infinitive is not None and governed[1] == subtree_span(sentence, infinitive)[1]:
            # "plans to raise rates [more slowly than it has]": the rest hung on the cue
            governed = (governed[0], _infinitive_end(sentence, cue, infinitive, governed[1], grammar))
        pieces.append(governed)
    elif complement is not None:
        start, end = subtree_span(sentence, complement)
        for extra in content_heads - {complement.id}:
            start = min(start, subtree_span(sentence, sentence.word(extra))[0])
        # an addressee's name does not run into the content: "Officials tell BBC News every claim ..."
        first = next((w for w in sentence.words if w.start >= start), None)
        span = name_span(sentence, first) if first is not None else None
        if span is not None and sentence.words[span[0]].start < start:
            start = sentence.words[span[1]].end
        told = next((c for c in sentence.children(complement) if c.deprel in ("obj", "iobj")
                     and object_before_subject(sentence, cue.verb, c)), None)
        if told is not None and subtree_span(sentence, told)[0] <= start:
            start = max(start, subtree_span(sentence, told)[1])  # "told [The Post] he ...": the person told
        marks = [m for m in sentence.children(complement) if m.deprel == "mark" and m.lemma.lower() in ("that", "whether", "if")]
        if marks and marks[0].start <= start + 1:
            start = marks[0].end if marks[0].lemma.lower() == "that" else start
        that = _that_after(sentence, cue.words[-1].id - 1, words_.rules.that_window)
        if that is not None and that.end < start and not any(m.id < that.id for m in marks):
            # "told The Moscow Times that [they believe neither ...]": the parser hung the
            # clause's first words on the addressee; the content starts after "that"
            start = that.end
        fronted = _fronted_part(sentence, complement, start, frame) if start < frame[0] and frame[1] <= end else None
        if fronted is not None:  # "If the law conflicts, Rubio said, Christians must ignore it"
            pieces.append(fronted)
        elif interrupted is not None:  # "The question ..., she said, is not so cut and dried"
            pieces.append((opening, interrupted.start))
        start = max(start, frame[1]) if start < frame[1] <= end else start
        lead = next((w for w in sentence.words if w.start >= start and w.upos != "PUNCT"), None)
        if lead is not None and lead.lemma.lower() == "that" and lead.deprel == "mark":
            start = lead.end  # the complementiser is the frame's, not the content's
        question = complement.deprel == "advcl" and any(m.deprel == "mark" and m.lemma.lower() in ("whether", "if")
                                                         for m in sentence.children(complement))
        end = _question_end(sentence, complement, end) if question else content_end(
            sentence, cue, complement, end, speech_verbs, grammar, quotes, reporting_words, words_)
        end = max(end, _modifier_as_predicate_end(sentence, complement, speech_verbs))
        end = min(end, comment_start(sentence, complement), _main_clause_start(sentence, cue.verb, complement, grammar))
        # the second that-clause may follow the first's closing quote mark, past the arcs' end
        # ('telling him that “we tell the truth, we deal with the issues” and that he'd seen ...')
        closed = to_closing_marks([(start, end)], quotes, sentence, frame)[0][1]
        second = _second_that_clause_end(sentence, cue.verb, closed)
        end = second if second > closed else _second_that_clause_end(sentence, cue.verb, end)
        if (subject := _inverted_subject(sentence, cue, head, words_)) is not None:
            start = subtree_span(sentence, subject)[0]  # the frame stays inside: one span, as read
            pieces = [p for p in pieces if not (start <= p[0] and p[1] <= end)]  # the fronted piece is in it
        pieces.append((start, end))
    else:
        words = sentence.words
        last_frame = max((w.id for w in frame_ws), default=cue.words[-1].id)
        that = _that_after(sentence, last_frame - 1, words_.rules.that_window)
        rest = [w for w in words[last_frame:] if w.upos != "PUNCT"]
        before = [w for w in words if w.end <= frame[0] and w.upos != "PUNCT"]
        host = (commented_clause(sentence, cue.verb, grammar) or parenthetical_host(sentence, cue.verb, grammar)) \
            if grammar is not None and cue.entry.frame == "speech" else None
        host = None if apposition else host
        if host is not None and (host.id in speech_verbs and not _names_its_act(sentence, host) or any(
                c.deprel in ("obj", "iobj") and c.upos != "PRON" for c in sentence.children(cue.verb))
                and cue.verb.lemma.lower() not in words_.addressee_verbs):
            host = None  # "as it may seem, he said ...": another frame's; "as he discussed his plan"
        if apposition and before:  # "..., said Tom Reed, who teaches economics.": all before the frame
            pieces.append((opening, frame[0]))
        elif host is not None:  # "As Smith told the Post, ozone has dropped": the clause it frames
            pieces.extend(p for p in [_outside(sentence, host, cue.verb)] if p is not None)
        elif that is not None and not (that.head and framing_relative(sentence, sentence.word(that.head), speech_verbs)):
            pieces.append((that.end, sentence.end))
            topic = []  # "rejected claims by X that ...": the clause, not the topic
        elif topic:  # "called for *a moratorium*", "called on *the mayor to resign*"
            pieces.append(_topic_span(sentence, topic, words_, grammar, speech_verbs))
            if _named_stance(sentence, cue, topic, words_) and (name := name_span(sentence, topic[0])) is not None:
                # the whole name, however the parser split it ("endorsed [Sen.] Ted Cruz")
                pieces[-1] = (min(pieces[-1][0], sentence.words[name[0]].start), max(pieces[-1][1], sentence.words[name[1]].end))
        elif (pro_form := _pro_form_content(sentence, cue, words_)) is not None and (inherited or head is not None):
            pieces.append(subtree_span(sentence, pro_form))  # "43 said *the same for Sanders*"
            topic = [pro_form]
        elif (linear := _linear_clause(sentence, cue, words_, speech_verbs, frame_ws)) is not None:
            pieces.append(linear)  # "said [nearly every talk he has had ... centers on ...]", arcs astray
        elif cue.entry.frame != "document" and rest and _has_clause(rest) and is_nominal(rest[0]) and not before \
                and not _frame_relative(sentence, rest[0], frame_ws, words_):
            pieces.append((rest[0].start, sentence.end))
        elif before and all(w.upos == "PUNCT" for w in words if w.start >= frame[1]) and _has_clause(before) and _short_finite_frame(
                sentence, cue, frame_ws, words_.rules.short_frame_words, speaker) and not _subordinate(sentence, cue.verb) \
                and not _coordinated_frame_start(sentence, cue, frame) \
                and not _own_adverbial(sentence, cue, before):
            # (not "...; they learned of it and told the press.", nor "By cutting X, the mayor put ...")
            # the frame closes the sentence: "..., an expert says." / "..., he was quoted as saying."
            pieces.append((opening, frame[0]))
        elif (before and rest and cue.entry.frame == "speech" and body[frame[0] - 2 : frame[0]].strip() in (",", "—", "–")
              and _has_clause(before) and _short_finite_frame(sentence, cue, frame_ws, words_.rules.short_frame_words, speaker)
              and not _subordinate(sentence, cue.verb)):
            # a frame in the middle: "The plan, he said, was never approved."
            if not _own_adverbial(sentence, cue, before):
                pieces.append((opening, frame[0]))
            if not _speaker_description(sentence, head, rest) and not _set_off_participle(sentence, cue.verb, rest[0]) \
                    and not is_time(sentence, rest[0], words_) \
                    and not _apposed_noun_phrase(sentence, rest):  # "..., she said Tuesday on ...": the frame's time
                pieces.append((rest[0].start, sentence.end))
    # the subject a count or finding, also when the speaker is who made it ("A study by X found ...": X)
    finding = cue.entry.frame == "document" and head is not None and (
        spelled_in(head, words_.data_heads)
        or data_subject(sentence, cue.verb, words_.data_heads, words_.time_words) is not None)
    if finding and not pieces:  # "Polls show [Clinton ahead]", "shows [Democrats outpacing Republicans]"
        later = [c for c in sentence.children(cue.verb) if c.id > cue.words[-1].id and c.upos != "PUNCT"
                 and c.deprel in ("obj", "ccomp", "xcomp", "obl", "advcl", "conj") and c.id not in speech_verbs]
        if later and later[0].deprel in ("obj", "ccomp", "xcomp"):  # "showed [Trump leading Cruz]", the name on the participle
            spans = [subtree_span(sentence, c) for c in later if c.deprel != "conj" or not own_subject(sentence, c)]
            pieces.append((spans[0][0], max(b for _, b in spans)))
    if cue.entry.frame == "document" and not finding and not _found_clause(sentence, cue.verb, complement, words_):
        return None  # "the video shows soldiers" reports a recording, not a statement
    pieces = [trim_content(body, a, b) for a, b in to_closing_marks(pieces, quotes, sentence, frame)]
    least = 1 if _named_stance(sentence, cue, topic, words_) or relative is not None else 2
    pieces = [(a, b) for a, b in pieces if b - a > 0 and len(body[a:b].split()) >= least]
    if not pieces:
        return None
    inner = [q for a, b in pieces for q in _quotes_in(quotes, a, b)]
    kind = "mixed" if inner else "indirect"
    return Event(sentence, cue, speaker, pieces, kind, frame, quotes=[], relays=_relays(sentence, cue, body, words_),
                 embedded=embedded, topic=bool(topic) or _names_topic(sentence, cue, governed, quotes))


def _relative_content(sentence: Sentence, cue: CueHit, grammar: Grammar | None) -> tuple[int, int] | None:
    """ "allegations that he assaulted her, which he has denied", "the gift, for which he
    apologized": a speech cue in a relative clause whose object (or prepositional object, by one
    of grammar.yaml's relative_topic_prepositions) is a reported relative pronoun says nothing
    but that pronoun, which stands for the noun the clause hangs on; the content is the pronoun
    with its preposition, as annotated, not the rest of the sentence read as if the clause were
    a frame ("..., he said"). The parser may call the clause an adverbial ("..., for which he
    apologized" as advcl): then the pronoun must open it."""
    verb = cue.verb
    if grammar is None or cue.entry.attribution_class not in SPEECH_CLASSES or verb.deprel not in ("acl:relcl", "advcl"):
        return None
    opening = next(w for w in sentence.subtree(verb) if w.upos != "PUNCT")
    for child in sentence.children(verb):
        if child.id > verb.id or child.lemma.lower() not in grammar.reported_relatives or child.feat("PronType") != "Rel":
            continue
        case = [c for c in sentence.children(child) if c.deprel == "case" and c.id < child.id]
        if child.deprel == "obl" and not (case and case[0].lemma.lower() in grammar.relative_topic_prepositions):
            continue
        if child.deprel not in ("obj", "obl"):
            continue
        first = case[0] if case else child
        if verb.deprel == "advcl" and first.id != opening.id:
            return None
        return first.start, child.end
    return None


def _answer_word(sentence: Sentence, cue: CueHit, grammar: Grammar | None) -> tuple[int, int] | None:
    """ "Asked whether ..., 70 percent said yes, but 20 percent said no": a speech verb followed at
    once by one of grammar.yaml's answer_words that ends its clause (punctuation, a conjunction,
    the sentence's end; not "said no to the plan") reports that answer, wherever the parser hung
    it; the question quoted before is the asker's."""
    if grammar is None or cue.entry.attribution_class not in SPEECH_CLASSES:
        return None
    words = sentence.words
    at = cue.words[-1].id  # 0-based index of the word after the cue
    if at >= len(words) or words[at].lemma.lower() not in grammar.answer_words or words[at].upos not in ("INTJ", "DET", "ADV"):
        return None
    if at + 1 < len(words) and words[at + 1].upos not in ("PUNCT", "CCONJ", "SCONJ"):
        return None
    return words[at].start, words[at].end


def _found_clause(sentence: Sentence, verb: Word, complement: Word | None, words_: SpeakerWords) -> bool:
    """What a document verb's complement must be for a finding: a clause opened by "that" ("the
    study found that ..."); or, when a person or an organisation finds or shows it ("the judge
    found [the firm was in breach]", "the party has shown [it can win]"), a finite clause with a
    subject of its own. Not an object or a scene ("the video shows soldiers marching"), which
    reports a recording, nor a bare clause after a text or a count ("results show [the camp
    kept its majority]"), an outcome the outlet reports."""
    if complement is None:
        return False
    if any(m.lemma.lower() == "that" for m in sentence.children(complement) if m.deprel == "mark"):
        return True
    agents = words_.person_roles | words_.organization_heads
    agent = any(c.deprel == "nsubj" and (c.upos in ("PROPN", "PRON") or words_.standard(c.lemma.lower()) in agents)
                for c in sentence.children(verb))
    return agent and own_subject(sentence, complement) and is_finite(sentence, complement)


def _fronted_part(sentence: Sentence, complement: Word, start: int, frame: tuple[int, int]) -> tuple[int, int] | None:
    """The reported clause's own words before a frame set in its middle, when every word there
    hangs in the clause (its fronted adverbial: "[If the law conflicts with it], Rubio said,
    Christians must ignore the law") and a comma sets the frame off; None otherwise."""
    inside = {w.id for w in sentence.subtree(complement)}
    before = [w for w in sentence.words if start <= w.start and w.end <= frame[0]]
    if not before or before[-1].text != "," or any(w.id not in inside for w in before if w.upos != "PUNCT"):
        return None
    return start, before[-1].start


_CLAUSE_OPENERS = ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ", "ADV")
_SEGMENT_ENDS = (",", ";", ":", "(", "—", "–", "--")


def _linear_clause(sentence: Sentence, cue: CueHit, words_: SpeakerWords, speech_verbs: frozenset[int],
                   frame_ws: Sequence[Word]) -> tuple[int, int] | None:
    """The reported clause read off the words when the arcs give the cue none: right after the
    frame (and a "that") a phrase opens with a noun, pronoun, determiner or adverb and reaches a
    finite verb or modal before any comma ("said [nearly every talk he has had lately centers
    on ...]", "say [any efforts to force him out could backfire], ..."); the content runs to
    the sentence's end, or to the next speech verb ("..., adding that ..."). Only for a verb
    that reports a clause and takes no addressee; not when a relative pronoun comes first (a
    bare object: "praised the man who ..."), and only for a finite cue or a participle set off by
    a comma (", saying [a tough penalty was needed] ...")."""
    entry = cue.entry
    if (entry.frame != "speech" or entry.governs == "object" or entry.attribution_class not in ("speech", "writing", "belief")
            or cue.verb.lemma.lower() in words_.addressee_verbs or cue.lemma.startswith(("quote", "cite"))):
        return None
    words = sentence.words
    verb = cue.verb
    finite = verb.xpos in FINITE_TAGS or any(c.deprel == "aux" and c.xpos in FINITE_TAGS for c in sentence.children(verb))
    if not finite and not (verb.xpos == "VBG" and verb.id >= 2 and words[verb.id - 2].text == ","):
        return None  # "appeared to say ...", "from claiming asylum ...": another verb's clause
    objects = {w.id for c in sentence.children(cue.verb) if c.deprel in ("obj", "iobj") for w in sentence.subtree(c)}
    adjuncts = {w.id for w in frame_ws} - objects  # "said on Tuesday ...": the frame's, skipped
    rest = [w for w in words[cue.words[-1].id:] if not is_time(sentence, w, words_)]
    while rest and rest[0].id in adjuncts:
        rest = rest[1:]
    if rest and rest[0].lemma.lower() == "that" and rest[0].upos in ("SCONJ", "PRON"):
        rest = rest[1:]
    if not rest or rest[0].upos not in _CLAUSE_OPENERS or rest[0].lemma.lower() in words_.pro_form_objects:
        return None
    for word in rest:
        if word.text in _SEGMENT_ENDS or word.id in speech_verbs or is_quote_mark(word):
            return None
        if word.lemma.lower() in words_.relative_pronouns and word.id > rest[0].id:
            return None
        if word.xpos in FINITE_TAGS and word.upos in ("VERB", "AUX"):
            break
    else:
        return None
    predicate = (sentence.head_of(word) if word.upos == "AUX" else None) or word
    if words[word.id - 2].upos == "CCONJ" and not own_subject(sentence, predicate):
        return None  # "said a few words [and left]": the speaker's second act
    later = next((w for w in words if w.id > word.id and w.id in speech_verbs), None)
    end = sentence.end
    if later is not None:
        before = [w for w in words if w.id < later.id and w.id > word.id and w.text in _SEGMENT_ENDS]
        end = before[-1].start if before else later.start
    return rest[0].start, end
