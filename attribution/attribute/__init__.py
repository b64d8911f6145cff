"""Attribution: who is saying each statement, with which cue, in which form.

``attribute(article, doc, lexicon)`` returns the statements of one article in reading order:
the content of every reporting event (a quotation, a reported clause, an according-to phrase)
with its speaker, and every other body sentence as a statement in the outlet's own voice.

The work, one module each: ``quotes`` (quotation spans), ``cues`` (reporting words),
``phrases`` (speaker noun phrases, names, roles), ``frames`` (the events of a sentence),
``resolve`` (one entity per speaker, pronouns and descriptions resolved), and here the passes
that put them together: events sentence by sentence, then quotations without a frame of their
own (the rest of a long quote, the next paragraph of it) take the frame before them, then the
statements.
"""

from __future__ import annotations

import math
from pathlib import Path
from collections.abc import Sequence
from dataclasses import dataclass

from attribution.attribute.according import according_to_event
from attribution.attribute.arcs import is_time
from attribution.attribute.content import tense_shift
from attribution.attribute.cues import CueHit, closing_shape, find_cues, learned_hits
from attribution.attribute.event import Event
from attribution.attribute.frames import (binding_subject, framing_relative, poll_of_share, second_frame,
                                          second_frame_shape, speech_event)
from attribution.attribute.headings import dateline_end, is_heading
from attribution.attribute.mend import cue_verb_lemmas, mend_doc, speech_verb_lemmas
from attribution.attribute.perspective import perspective_cue
from attribution.attribute.phrases import Phrase, fused_possessor, name_span, phrase_at
from attribution.attribute.quoteframes import (colon_frame, framed_quotes, governed_quotes, plain_speech_entry, shouted_quotes, quote_frame_cues,
                                              reporting_words, signature_frames, speech_verbs, transcript_line,
                                              transcript_turns)
from attribution.attribute.quotes import QUOTE_MARK_CHARS, Quote, find_quotes
from attribution.attribute.resolve import Entity, Registry
from attribution.attribute.spans import only_punctuation, trim_content
from attribution.attribute.speaker_choice import DASHES, is_share
from attribution.attribute.words import SpeakerWords, speaker_words
from attribution.document import ParsedDoc, Sentence, Word
from attribution.lexicon import Lexicon
from attribution.matching import Grammar
from attribution.parse import paragraph_starts
from attribution.records import Article, ReportingCue, Span, Statement

__all__ = ["attribute", "own_voice"]

_CONTENT_TAGS = {"NOUN", "PROPN", "VERB", "ADJ", "NUM"}
# reported thoughts and aims: a quotation after one ("Why did she want to go? “It's Warhol.”")
# is not the rest of anything said
_UNSPOKEN = frozenset({"belief", "intention"})
_LIGHT_LEMMAS = {"be", "have", "do", "say", "make", "get", "go", "also", "other", "new"}


@dataclass
class Attribution:
    """A speaker resolved for an event: what a statement needs from it."""

    event: Event
    entity: Entity | None
    relays: list[str]


def own_voice(article: Article, doc: ParsedDoc, sentence_index: int, n: int) -> Statement | None:
    """The sentence as a statement in the outlet's own voice."""
    sentence = doc.sentences[sentence_index]
    start, end = trim_content(article.body, sentence.start, sentence.end)
    if only_punctuation(article.body, start, end):
        return None
    return Statement(article.article_id, f"{article.article_id}:{n}", sentence_index, start, end, article.body[start:end])


def _register_mentions(sentence: Sentence, body: str, registry: Registry, words_: SpeakerWords) -> None:
    """Every name in the sentence, and every subject described by a role noun, becomes known; a
    day or month is no name of anyone ("Tuesday" is never the company "the company" stands for)."""
    seen_until = -1
    for word in sentence.words:
        if word.id - 1 <= seen_until:
            continue
        span = name_span(sentence, word)
        if span is not None:
            seen_until = span[1]
            head = sentence.words[span[1]]
            if is_time(sentence, head, words_):
                continue
            entity = registry.register(phrase_at(sentence, head, body, words_), sentence.index)
            # "Korean Central News Agency (KCNA)": the bracketed acronym is another name for it
            words = sentence.words
            if entity is not None and span[1] + 3 < len(words) and words[span[1] + 1].text == "(" and words[span[1] + 3].text == ")":
                alias = words[span[1] + 2].text
                if alias.isupper() and len(alias) >= 2 and (alias,) not in entity.names:
                    entity.names.append((alias,))
                    seen_until = span[1] + 3
        elif word.deprel.startswith("nsubj") and word.upos == "NOUN" and word.lemma.lower() in words_.person_roles:
            registry.register(phrase_at(sentence, word, body, words_), sentence.index)
        elif (possessor := fused_possessor(sentence, word, body)) is not None:
            entity = registry.register(possessor, sentence.index)
            gender = _object_pronoun_gender(sentence, word, words_)
            if entity is not None and entity.type == "person" and entity.gender is None and gender is not None:
                entity.gender = gender


def _object_pronoun_gender(sentence: Sentence, possessor: Word, words_: SpeakerWords) -> str | None:
    """The gender a possessor in the subject takes from the verb's object pronoun: in "X's sister
    pleaded with him" the "him" cannot be the sister, so it is X; None when no such pronoun."""
    possessed = sentence.head_of(possessor)
    if possessed is None or not possessed.deprel.startswith("nsubj"):
        return None
    verb = sentence.head_of(possessed)
    if verb is None:
        return None
    for child in sentence.children(verb):
        lemma = child.lemma.lower()
        if child.deprel in ("obj", "iobj", "obl") and child.upos == "PRON" and lemma in words_.person_pronouns \
                and child.feat("Case") == "Acc" and child.feat("Poss") != "Yes":
            return "f" if lemma in ("she", "her") else "m"
    return None


def rule_cues(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote], words_: SpeakerWords,
              framed: frozenset[Quote] = frozenset()) -> list[CueHit]:
    """The sentence's cues found by the lexicon and the rules (entries, the unlisted-verb rule,
    verbs framing a quotation), in order: what the learned cue model never overrides."""
    cues = find_cues(sentence, lexicon, quotes, data_heads=words_.data_heads, time_words=words_.time_words)
    cues = cues + quote_frame_cues(sentence, body, lexicon, quotes, cues, framed, words_.rules.bare_frame_words,
                                   words_.statement_nouns)
    perspective = None if cues else perspective_cue(sentence, lexicon, quotes, words_)
    return sorted(cues + [perspective] if perspective is not None else cues, key=lambda c: c.start)


def _events(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote], words_: SpeakerWords,
            framed: frozenset[Quote] = frozenset()) -> list[Event]:
    cues = rule_cues(sentence, body, lexicon, quotes, words_, framed)
    cues = sorted(cues + learned_hits(sentence, body, lexicon, quotes, cues, words_.person_roles), key=lambda c: c.start)
    verbs = speech_verbs(sentence, lexicon)
    cue_verbs = frozenset(c.verb.id for c in cues)
    reporting = reporting_words(sentence, lexicon)
    # the cues found and every verb that can start an entry, found or not ("The movie shows Bob wanting ...")
    listed_verbs = cue_verbs | frozenset(i for i in reporting if sentence.words[i - 1].upos == "VERB")
    grammar = Grammar.of(lexicon)
    speech: list[Event] = []
    according: list[tuple[Event | None, tuple[int, int]]] = []
    for cue in cues:
        if cue.is_according_to:
            according.append(according_to_event(body, sentence, cue, quotes, words_))
        else:
            host = _coordinating_host(sentence, cue, speech, verbs)
            speaker = host.speaker if host is not None else _continued_speaker(sentence, cue, speech)
            event = speech_event(body, sentence, cue, quotes, words_, speaker, verbs, grammar, framed, cue_verbs,
                                 listed_verbs, reporting)
            if event is not None and event.cue_class in lexicon.excluded_classes:
                continue  # "called for a moratorium": a statement only if the user wants topics
            if event is not None and event.cue.entry.is_learned and not _learned_content(sentence, event, framed):
                continue
            if event is not None and speaker is not None and event.pieces and _participle_complement(speech, cue.verb):
                event.pieces[-1] = trim_content(body, event.pieces[-1][0], max(event.pieces[-1][1], _later_end(sentence, cue.verb)))
            if event is not None and host is not None:
                # the host's reported clause ends before its second frame ("... and suggested")
                cut = sentence.subtree(cue.verb)[0].start
                host.pieces = _content_before(body, host.pieces, cut)
                inner = any(q.overlaps(a, b) for a, b in host.pieces for q in quotes)
                host.kind = "mixed" if inner else "indirect"
            if event is not None:
                speech.append(event)
    split = _split_coordinated_frames(body, sentence, speech, grammar)
    split += _split_set_off_relative_frames(body, sentence, speech, verbs)
    split += _split_colon_quotation_frames(body, sentence, speech, quotes)
    # a cue below another cue in the tree, or inside its content, belongs to that content
    # ("said she believed ...", "said this was an example of North Korea showing ..."), unless
    # it continues that cue's frame ("..., adding that ...") or is a frame of its own joined to it
    cue_ids = {e.cue.verb.id: e for e in speech}
    outer = [e for e in speech if not any(a.id in cue_ids for a in sentence.ancestors(e.cue.verb)) or _continues(e, cue_ids)
             or _closing_frame(body, sentence, e) or e in split or _relative_frame(sentence, e, speech)
             or _framing_relative_event(sentence, e, speech, verbs)]
    closing = [e for e in outer if _closing_frame(body, sentence, e)]
    outer = [e for e in outer if e in closing or e in split or not _in_other_content(e, outer)]
    events = list(outer)
    spans = [s for _, s in according]
    for e in outer:
        if e.kind != "according_to":
            e.pieces = [_cut_at(body, piece, spans) for piece in e.pieces]
    for e in outer:
        if e.speaker is not None and is_share(e.speaker.head, words_) \
                and (poll := poll_of_share(sentence, e.speaker.head, e.cue.verb, words_)) is not None:
            e.speaker = phrase_at(sentence, poll, body, words_)  # "a poll found that 70 percent said": the poll
    for event, span in according:
        hosts = [e for e in outer if not any(a < span[1] and span[0] < b for a, b in e.pieces)
                 and _main_clause_frame(sentence, e, event)]
        if hosts:  # the sentence already reports someone: "according to" names who relayed it
            host = min(hosts, key=lambda e: abs(e.cue.start - span[0]))
            if event is not None and event.speaker is not None and host.speaker is not None \
                    and is_share(host.speaker.head, words_) and event.speaker.head_lemma in words_.data_heads:
                host.speaker = event.speaker  # "According to a survey, 51 percent said ...": the survey
                continue
            if event is not None and event.speaker is not None and not _relayed_statement(host):
                # "According to the Post, officials worried that ...": a belief or an intention the
                # source reports is the source's content, frame and all, as PolNeAR gives it
                events = [e for e in events if e is not host] + [event]
                continue
            if event is not None:
                host.relays = list(event.relays) + [event.speaker] + host.relays if event.speaker else host.relays
            continue
        if event is not None:
            events.append(event)
    return events


_MAIN_CLAUSE_RELATIONS = ("root", "conj", "parataxis")


def _mention(body: str, phrase: Phrase) -> Span:
    """Where the speaker is named: the phrase, or the longer noun phrase it heads where one
    is set (``Phrase.mention_end``: "a page on farm policy" before ", which says ...")."""
    if phrase.mention_end is None:
        return Span(phrase.text, phrase.start, phrase.end)
    return Span(body[phrase.start : phrase.mention_end], phrase.start, phrase.mention_end)
_STATEMENT_CLASSES = ("speech", "writing")


def _relayed_statement(host: Event) -> bool:
    """The frame an "according to" relays is a statement (said, wrote: the host keeps its speaker
    and the source is a relay), not a belief, an intention or a finding ("worried", "plans",
    "reveal"), which is no one's words until the source reports it."""
    return host.cue_class in _STATEMENT_CLASSES


def _main_clause_frame(sentence: Sentence, event: Event, according: Event | None) -> bool:
    """The frame is the sentence's own, which an "according to" can relay ("X said Y, according
    to Z"): its cue and every word above it hang by root, conjunct or parataxis arcs. A frame
    inside a clause that the "according to" reports is part of that content ("[the lead among
    voters who *say* they will vote is larger], according to the poll"), and so is any frame
    inside its content span."""
    if according is not None and any(a <= event.cue.start < b for a, b in according.pieces):
        chain = [event.cue.verb] + list(sentence.ancestors(event.cue.verb))
        return all(w.deprel.split(":")[0] in _MAIN_CLAUSE_RELATIONS for w in chain)
    return True


_SECOND_FRAME_RELATIONS = ("conj", "advcl", "ccomp", "parataxis")
_SECOND_FRAME_SUBJECTS = ("NOUN", "PROPN", "PRON", "NUM", "DET")


def _coordinated_frame(sentence: Sentence, event: Event, grammar: Grammar) -> bool:
    """The event's cue opens a clause of its own joined to the sentence by a conjunction, with its
    own subject ("..., and [more than 4 in 10 said] ...", "... while [another says] ..."), or set
    off by a semicolon ("...; [29 percent said] ..."): a second frame, not part of the clause it
    was hung on, whatever arc the parser gave it. Not a reported clause's ("said that ... and
    that ..."), nor a subjectless second predicate (``_coordinating_host`` has those)."""
    verb = event.cue.verb
    if verb.deprel not in _SECOND_FRAME_RELATIONS or verb.upos != "VERB":
        return False
    children = sentence.children(verb)
    if not any(c.deprel == "nsubj" and c.upos in _SECOND_FRAME_SUBJECTS and c.id < verb.id for c in children):
        return False
    joiners = [c.lemma.lower() for c in children if c.deprel in ("cc", "mark") and c.id < verb.id]
    if joiners:
        return all(j in grammar.clause_joiners for j in joiners)
    return _after_semicolon(sentence, verb)


def _after_semicolon(sentence: Sentence, verb: Word) -> bool:
    """The verb's clause opens right after a semicolon ("...; 29 percent said ...")."""
    first = next(w for w in sentence.subtree(verb) if w.upos != "PUNCT")
    before = [w for w in sentence.words if w.id < first.id]
    return bool(before) and before[-1].text == ";"


def _split_coordinated_frames(body: str, sentence: Sentence, speech: list[Event], grammar: Grammar) -> list[Event]:
    """Frames of their own that the parser hung inside another frame's reported clause
    (``_coordinated_frame``): the other's content ends where their clause begins. Returns them.
    Hung on the other frame's own verb, only a speech or writing verb is one ("argued ..., while
    Ortega said ...", "said ..., and he accused X of ..."): a thought or an aim with a subject of
    its own goes on with the content there ("says ..., but she knows ...", content.content_end)."""
    split: list[Event] = []
    for event in speech:
        host = next((o for o in speech if o is not event and o.kind != "direct"
                     and (o.cue.verb.id != event.cue.verb.head or event.cue_class in _STATEMENT_CLASSES)
                     and any(a <= event.cue.start < b for a, b in o.pieces)
                     and any(a.id == o.cue.verb.id for a in sentence.ancestors(event.cue.verb))), None)
        if host is None or not (_coordinated_frame(sentence, event, grammar) or _paratactic_statement(sentence, event, host)
                                or _subjectless_second_statement(sentence, event, host)):
            continue
        if event.speaker is None:
            event.speaker = host.speaker  # "rejected the idea ... and said that ...": the same speaker
        cut = sentence.subtree(event.cue.verb)[0].start
        pieces = _content_before(body, host.pieces, cut)
        if not pieces:
            continue
        host.pieces = pieces
        split.append(event)
    for event in split:  # nor in any other content the parser's arcs stretched over it
        cut = min(event.cue.start, event.speaker.start) if event.speaker is not None else event.cue.start
        for other in speech:
            if other is not event and any(a < cut < event.cue.start + 1 <= b for a, b in other.pieces):
                other.pieces = _content_before(body, other.pieces, cut)
    return split


def _split_colon_quotation_frames(body: str, sentence: Sentence, speech: list[Event], quotes: Sequence[Quote]) -> list[Event]:
    """Speech frames closing a quotation that a colon inside another frame's content opens ('X
    defends his record in an ad: "...," the senator says'): the parser hangs the quotation and its
    frame on the outer cue, whose content swallows them, but the closing frame names who says the
    quotation. The outer content ends at the colon. Returns the frames kept."""
    split: list[Event] = []
    for event in speech:
        quote = _colon_opened_quote(body, sentence, event, quotes)
        if quote is None:
            continue
        colon = body.rfind(":", sentence.start, quote.start)
        hosts = [o for o in speech if o is not event and o.cue.end <= colon
                 and any(a <= colon < b and a <= event.cue.start < b for a, b in o.pieces)]
        for host in hosts:
            host.pieces = _content_before(body, host.pieces, colon)
            host.kind = "mixed" if any(q.overlaps(a, b) for a, b in host.pieces for q in quotes) else "indirect"
        if hosts:  # the frame's words are the quotation, not the outer clause it ends
            event.pieces, event.kind, event.quotes = [], "direct", [quote]
            split.append(event)
    return split


def _colon_opened_quote(body: str, sentence: Sentence, event: Event, quotes: Sequence[Quote]) -> Quote | None:
    """The quotation a speech or writing frame closes ('"...," the senator says') when a colon
    right before it opens it in the same sentence; None otherwise."""
    if event.cue_class not in _STATEMENT_CLASSES:
        return None
    before = [q for q in quotes if sentence.start <= q.start and q.end <= event.cue.start]
    if not before or not only_punctuation(body, before[-1].end, event.frame[0]):
        return None
    quote = before[-1]
    opening = body[sentence.start : quote.start].rstrip().rstrip(QUOTE_MARK_CHARS).rstrip()
    return quote if opening.endswith(":") else None


def _content_before(body: str, pieces: Sequence[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """The content pieces cut short where a frame of their own begins (``cut``), trimmed."""
    return [p for p in (trim_content(body, a, min(b, cut)) for a, b in pieces if a < cut) if p[1] > p[0]]


def _reports_after_cue(event: Event) -> bool:
    """Every piece of the event's content lies after its cue ("..., which he said [was ...]")."""
    return not any(a < event.cue.start for a, _ in event.pieces)


def _subjectless_second_statement(sentence: Sentence, event: Event, host: Event) -> bool:
    """A speech or writing verb with no subject of its own coordinated with the host's verb after
    it ("rejected the idea that ... and said that ...", "acknowledged that ... but noted that
    ..."), which the host's content stretched over: the same speaker's second statement (full
    PolNeAR train: the inner frame gold, the outer content cut before it, in 4 of 4 such nests)."""
    verb = event.cue.verb
    if verb.deprel != "conj" or verb.head != host.cue.verb.id or verb.id < host.cue.verb.id:
        return False
    if event.cue_class not in _STATEMENT_CLASSES or not event.pieces or not _reports_after_cue(event):
        return False
    children = sentence.children(verb)
    return not any(c.deprel.startswith("nsubj") for c in children) and any(c.deprel == "cc" and c.id < verb.id for c in children)


def _paratactic_statement(sentence: Sentence, event: Event, host: Event) -> bool:
    """A speech or writing frame with a subject of its own that the parser hung beside the host's
    verb as parataxis, after it ("told X that ... - the actress also pointed out that ...",
    '"...," he said - and argued ...'): a statement of its own, as PolNeAR annotates it (full
    train: 9 such nests, the inner frame gold in all 9, the outer content cut before it)."""
    verb = event.cue.verb
    if verb.deprel != "parataxis" or verb.head != host.cue.verb.id or verb.id < host.cue.verb.id:
        return False
    if event.cue_class not in _STATEMENT_CLASSES or not event.pieces:
        return False
    return any(c.deprel.startswith("nsubj") and c.feat("PronType") != "Rel" and c.upos in _SECOND_FRAME_SUBJECTS
               for c in sentence.children(verb))


def _set_off_relative_frame(sentence: Sentence, event: Event, verbs: frozenset[int]) -> bool:
    """A speech or writing frame heading a relative clause set off by a comma or a dash, its
    relative pronoun the reported clause's subject ("a fair sentence, which I said was not ...",
    "the resolutions - which he added are binding"), or its relative pronoun "who" or "which" the
    frame's own subject ("vote for Ortega, who says the plan failed"): a statement of its own even
    inside another frame's content (full PolNeAR train: the inner frame gold, cut out of the outer
    content, in 3 of 3 such nests; with a restrictive "that" the outer frame keeps it in 6 of 8;
    the "who says" frames: strict +6 TP, +1 FP)."""
    verb = event.cue.verb
    if event.cue_class not in _STATEMENT_CLASSES or event.kind == "direct" or not event.pieces:
        return False
    if not (framing_relative(sentence, verb, verbs) or _relative_subject(sentence, verb)) or not _reports_after_cue(event):
        return False
    first = next(w for w in sentence.subtree(verb) if w.upos != "PUNCT")
    return first.lemma.lower() in ("which", "who") and first.id > 1 and sentence.words[first.id - 2].text in (",", *DASHES)


def _relative_subject(sentence: Sentence, verb: Word) -> bool:
    """The verb heads a relative clause whose subject is its relative pronoun ("X, who said ...")."""
    return verb.deprel == "acl:relcl" and any(c.deprel.startswith("nsubj") and c.feat("PronType") == "Rel" and c.id < verb.id
                                              for c in sentence.children(verb))


def _split_set_off_relative_frames(body: str, sentence: Sentence, speech: list[Event], verbs: frozenset[int]) -> list[Event]:
    """The set-off relative frames (``_set_off_relative_frame``) cut out of every other event's
    content: that content goes on before and after the relative clause. Returns them."""
    found = [e for e in speech if _set_off_relative_frame(sentence, e, verbs)]
    for event in found:
        clause = [w for w in sentence.subtree(event.cue.verb) if w.upos != "PUNCT"]
        cut, resume = clause[0].start, clause[-1].end
        for other in speech:
            if other is event or not any(a <= event.cue.start < b for a, b in other.pieces):
                continue
            pieces = []
            for a, b in other.pieces:
                parts = [(a, b)] if b <= cut or a >= resume else [(a, cut), (resume, b)]
                pieces += [p for p in (trim_content(body, x, y) for x, y in parts if y > x) if p[1] > p[0]]
            other.pieces = pieces
    return found


def _in_other_content(event: Event, events: Sequence[Event]) -> bool:
    """The event's cue lies inside another event's content: the cue is part of what that one reports."""
    return any(o is not event and any(a <= event.cue.start < b for a, b in o.pieces) for o in events)


def _relative_frame(sentence: Sentence, event: Event, events: Sequence[Event]) -> bool:
    """'"...," said one official, *who added* that ...': a frame in a relative clause on another
    frame's speaker, with a relative pronoun for its subject and a clause after it, reports words
    of its own; it lies in no other event's content (the host's speaker phrase holds it)."""
    verb = event.cue.verb
    if not _relative_subject(sentence, verb) or event.cue_class not in _STATEMENT_CLASSES or event.kind == "direct" or not event.pieces:
        return False
    return _reports_after_cue(event) and not _in_other_content(event, events)


def _framing_relative_event(sentence: Sentence, event: Event, events: Sequence[Event], verbs: frozenset[int]) -> bool:
    """ "backed a plan that *Ruiz said* would cut traffic": a frame with its own subject in a
    relative clause of another cue's object (frames.framing_relative) reports a statement of its
    own, its content after the cue, when it lies outside every other event's content (the
    other's topic or object stops before it)."""
    if not framing_relative(sentence, event.cue.verb, verbs) or event.kind == "direct" or not event.pieces:
        return False
    return _reports_after_cue(event) and not _in_other_content(event, events)


def _learned_content(sentence: Sentence, event: Event, framed: frozenset[Quote]) -> bool:
    """A learned cue's content is a quotation, or a clause after the cue (on PolNeAR train, the
    clauses before one were right less than half the time), and never a quotation of another
    sentence that has a frame of its own there (docs/cue-model.md)."""
    if event.kind != "direct" and not _reports_after_cue(event):
        return False
    return not any(q in framed and not q.overlaps(sentence.start, sentence.end) for q in event.quotes)


def _closing_frame(body: str, sentence: Sentence, event: Event) -> bool:
    """The frame closes the sentence and reports all of it before its comma: "Clinton had told
    police that ..., the source added.", also when that clause ends in quoted words ('... in a
    "burn bag," the Times reported'). The parser hangs "added" on the first clause's verb, a
    cue itself, but the closing frame is the outer one: the inner frame is part of what the
    source said."""
    if event.kind not in ("indirect", "mixed") or len(event.pieces) != 1 or not closing_shape(sentence, event.cue.verb):
        return False
    start, end = event.pieces[0]
    return (not body[sentence.start:start].strip("\"“”‘’' ") and end <= event.frame[0]
            and only_punctuation(body, event.frame[1], sentence.end))


_CONTINUATIONS = ("advcl", "conj", "xcomp", "parataxis")


def _participle_complement(events: Sequence[Event], verb: Word) -> bool:
    """A participle set off by a comma that the parser made the frame verb's complement
    ("..., he said, [adding] that ...", "..., she said, [noting] ..."): it continues the frame,
    as an adverbial clause would; a reported clause never opens so."""
    if verb.deprel != "ccomp" or verb.xpos != "VBG" or verb.id < 2 or not events:
        return False
    return events[0].sentence.words[verb.id - 2].text == ","


def _later_end(sentence: Sentence, verb: Word) -> int:
    """Where the clause of a participle that closes the sentence ends: the parser hangs the rest
    of its clause on the frame verb after it ("..., she said, noting [he] ... [had backed] ...")."""
    head = sentence.word(verb.head)
    later = [c for c in sentence.children(head) if c.id > verb.id and c.upos != "PUNCT"]
    return max((w.end for c in later for w in sentence.subtree(c)), default=0)


def _continued(cue: CueHit, events: Sequence[Event]) -> Event | None:
    """The event whose frame the cue continues: "..., he said, adding that ...", "said ... and
    noted that ...", "..., insisting ...": the cue hangs on that event's verb as a participle
    clause or a coordinated predicate, outside its content."""
    verb = cue.verb
    if not (verb.deprel in _CONTINUATIONS or _participle_complement(events, verb)) or not verb.head:
        return None
    head = next((e for e in events if e.cue.verb.id == verb.head), None)
    if head is None and events:
        # "said Prigozhin died and suggested that ...": the parser hung the frame's second
        # predicate on the reported clause, which ends before it (_coordinating_host)
        sentence = events[0].sentence
        if second_frame_shape(sentence, verb):
            ancestors = [a.id for a in sentence.ancestors(verb)]
            head = next((e for a in ancestors for e in events if e.cue.verb.id == a), None)
            if head is not None and head.pieces and not any(b <= verb.start for _, b in head.pieces):
                head = None  # (no pieces left: the whole clause was the second frame's, ", adding, “...”")
    if head is None or any(a <= verb.start < b for a, b in head.pieces):
        return None
    return head


def _coordinating_host(sentence: Sentence, cue: CueHit, events: Sequence[Event], verbs: frozenset[int]) -> Event | None:
    """The reported speech whose clause the parser gave the cue to as a coordinated predicate
    ("X said Prigozhin died and suggested ...": "suggested" hangs on "died"): the cue is X's
    second frame (frames.second_frame), not part of what X said. None for the cue's own
    coordinated predicate (``_continued`` has it) and for quotations."""
    verb = cue.verb
    if not second_frame(sentence, verb, verbs) or not verb.head:
        return None
    if any(e.cue.verb.id == verb.head for e in events):
        return None
    host = next((e for a in sentence.ancestors(verb) for e in events if e.cue.verb.id == a.id), None)
    if host is None or host.kind == "direct" or not any(a <= verb.start < b for a, b in host.pieces):
        return None
    if tense_shift(sentence, host.cue.verb, verb):
        return None  # "says the two met and *decided* to ...": the reported clause goes on in its own tense
    return host


def _continued_speaker(sentence: Sentence, cue: CueHit, events: Sequence[Event]) -> Phrase | None:
    """A continuing cue with no subject of its own is said by the speaker of the frame it continues."""
    head = _continued(cue, events)
    if head is None or any(c.deprel.startswith("nsubj") for c in sentence.children(cue.verb)):
        return None
    return head.speaker


def _continues(event: Event, cue_ids: dict[int, Event]) -> bool:
    """The event continues another event's frame: a statement of its own, not part of that content."""
    return _continued(event.cue, list(cue_ids.values())) is not None


def _cut_at(body: str, piece: tuple[int, int], spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Leave a trailing ", according to X" out of a reported clause."""
    a, b = piece
    for s, e in spans:
        if a < s < b:
            b = s
    return trim_content(body, a, b)


def _binder(sentence: Sentence, speaker: Phrase, body: str, quotes: Sequence[Quote], words_: SpeakerWords) -> Phrase | None:
    """The name phrase a pronoun speaker is bound to in its sentence (frames.binding_subject)."""
    if speaker.kind != "pronoun":
        return None
    word = binding_subject(sentence, speaker.head, words_, quotes)
    return phrase_at(sentence, word, body, words_) if word is not None else None


def _relay_name(phrase: Phrase, registry: Registry, sentence: int) -> str:
    entity = registry.resolve(phrase, sentence) if phrase.kind != "pronoun" else None
    if entity is not None and entity.names:
        return entity.canonical
    text = phrase.text
    parts = text.split(maxsplit=1)
    return parts[1] if len(parts) == 2 and parts[0].lower() in ("the", "a", "an") else text


def _sentential(body: str, quote: Quote, doc: ParsedDoc) -> bool:
    """A quotation that is someone's words, not a title or scare quotes: a clause of some length."""
    words = [w for s in doc.sentences if s.end > quote.start and s.start < quote.end
             for w in s.words if quote.start <= w.start and w.end <= quote.end]
    return len([w for w in words if w.upos != "PUNCT"]) >= 4 and any(w.upos in ("VERB", "AUX") for w in words)


def _framed_next(quote: Quote, quotes: Sequence[Quote], owner: dict[Quote, Attribution], doc: ParsedDoc
                 ) -> Attribution | None:
    """The speaker of the next quotation when it is framed in the very next sentence of the
    paragraph ('"I never hid it." / After all, he says, "I am no reporter."'): a paragraph that
    opens with a quotation of no frame and goes on with a framed one is one remark, its frame
    announced a sentence late."""
    later = [q for q in quotes if q.start >= quote.end]
    if not later or later[0].paragraph != quote.paragraph or later[0] not in owner:
        return None
    item = owner[later[0]]
    last = next((s.index for s in doc.sentences if s.start < quote.end <= s.end), None)
    if item.entity is None or later[0] not in item.event.quotes or last is None or item.event.sentence.index != last + 1:
        return None
    return item


def _framed_in_sentence(quote: Quote, attributions: Sequence[Attribution]) -> Attribution | None:
    """The speaker of a quotation that opens after their cue in the cue's sentence and runs on
    past it ('Sanders said yes and took the chance to defend them: "For too long ... . That is
    wrong."'): a quotation opened in one sentence and closed in a later one is one remark, and
    the words before its opening mark name who makes it."""
    return next((item for item in attributions if item.entity is not None and item.event.kind != "none"
                 and item.event.cue.entry.attribution_class not in _UNSPOKEN
                 and item.event.cue.end <= quote.start < item.event.sentence.end < quote.end), None)


def _closed_in_reported_clause(body: str, quote: Quote, attributions: Sequence[Attribution]) -> Attribution | None:
    """The speaker of a quotation opened in an earlier sentence that closes inside the clause a
    frame of the later sentence reports ('"That was unfair. It also hurt the city," the
    spokesman, Lee, said.' where the parser makes the frame report its own sentence's clause):
    the quotation is one remark, and its last sentence's frame names who makes it."""
    return next((item for item in attributions if item.entity is not None and item.event.kind in ("indirect", "mixed")
                 and item.event.cue.entry.attribution_class not in _UNSPOKEN
                 and quote.start < item.event.sentence.start < quote.end <= item.event.cue.start
                 and any(a < quote.end <= b and only_punctuation(body, item.event.sentence.start, a)
                         for a, b in item.event.pieces)), None)


def _goes_on(quote: Quote, previous: Quote | None, doc: ParsedDoc) -> bool:
    """A short quotation that is a sentence of its own, right after the speaker's quotation in
    the same paragraph ('"They lie," he said. "Everybody lies, right?"', '"Safety," she said.
    "Safety for all."'): the remark goes on, however short; the length rule of
    :func:`_sentential` is for quoted titles and scare quotes inside the outlet's sentences."""
    if previous is None or previous.paragraph != quote.paragraph:
        return False
    touched = [s for s in doc.sentences if s.end > quote.start and s.start < quote.end]
    words = [w for s in touched for w in s.words if w.upos != "PUNCT"]
    return bool(words) and all(quote.start <= w.start and w.end <= quote.end for w in words)


def _quoted_heading(body: str, quote: Quote, doc: ParsedDoc, starts: Sequence[int], most: int) -> bool:
    """A short quotation that is a paragraph of its own, in title case ("'All Bets Are Off.'"
    between two paragraphs): a subheading quoting the article, not the last speaker going on."""
    end = starts[quote.paragraph + 1] if quote.paragraph + 1 < len(starts) else len(body)
    if body[starts[quote.paragraph] : quote.start].strip().strip(QUOTE_MARK_CHARS) or \
            body[quote.end : end].strip().strip(QUOTE_MARK_CHARS):
        return False
    words = [w for s in doc.sentences if s.end > quote.start and s.start < quote.end
             for w in s.words if quote.start <= w.start and w.end <= quote.end and w.upos != "PUNCT"]
    lexical = [w for w in words if w.upos not in ("DET", "ADP", "CCONJ", "PART") and w.text[:1].isalpha()]
    return 0 < len(words) <= most and bool(lexical) and all(w.text[:1].isupper() for w in lexical)


def _content_lemmas(doc: ParsedDoc, start: int, end: int) -> set[str]:
    return {
        w.lemma.lower() for s in doc.sentences if s.end > start and s.start < end for w in s.words
        if start <= w.start and w.end <= end and w.upos in _CONTENT_TAGS and w.lemma.lower() not in _LIGHT_LEMMAS
    }


def attribute(article: Article, doc: ParsedDoc, lexicon: Lexicon) -> list[Statement]:
    words_ = speaker_words(overlays=tuple(Path(p) for p in lexicon.speaker_files))
    body = article.body
    doc = mend_doc(doc, speech_verb_lemmas(lexicon), Grammar.of(lexicon), cue_verb_lemmas(lexicon),
                   words_.data_heads)  # speech verbs the tagger read as nouns
    starts = paragraph_starts(body)
    quotes = find_quotes(body, starts)
    registry = Registry(words_)
    attributions: list[Attribution] = []
    by_sentence: dict[int, list[Attribution]] = {}

    plain = plain_speech_entry(lexicon)
    framed = framed_quotes(doc.sentences, quotes, lexicon)  # quotations with a frame of their own
    transcribed: list[Quote] = []  # the rest of a transcript line: words of the name before the colon
    turns, transcript = transcript_turns(doc.sentences, body, starts, words_)

    # pass 1: events, sentence by sentence, speakers resolved as the reader meets them
    for sentence in doc.sentences:
        line = None
        if plain is not None and sentence.paragraph in turns and (
                sentence.index == 0 or doc.sentences[sentence.index - 1].paragraph != sentence.paragraph):
            line = transcript_line(sentence, body, turns[sentence.paragraph], plain, registry, words_, transcript)
        _register_mentions(sentence, body, registry, words_)
        if line is not None:
            event, entity, quote = line
            registry.spoke(entity, sentence.index)
            item = Attribution(event, entity, [])
            attributions.append(item)
            by_sentence.setdefault(sentence.index, []).append(item)
            transcribed.append(quote)
            continue
        if any(t.overlaps(sentence.start, sentence.end) for t in transcribed):
            continue  # the transcript line goes on: its words are not the article's frames
        events = _events(sentence, body, lexicon, quotes, words_, framed)
        if plain is not None:
            events += signature_frames(sentence, body, quotes, plain, words_)
            colon = colon_frame(sentence, body, lexicon, quotes, events, plain, words_)
            if colon is not None:
                events.append(colon)
                if colon.quotes and colon.quotes[0] not in quotes:  # a block quotation: its words are the speaker's
                    transcribed.append(colon.quotes[0])
        events += shouted_quotes(sentence, body, lexicon, quotes, events, words_)
        events += governed_quotes(sentence, body, lexicon, quotes, events, words_, words_.rules.governed_quote_words)
        for event in events:
            entity = registry.resolve(event.speaker, sentence.index, _binder(sentence, event.speaker, body, quotes, words_)) \
                if event.speaker is not None else None
            if entity is not None:
                registry.spoke(entity, sentence.index)
            relays = [_relay_name(p, registry, sentence.index) for p in event.relays if p is not None]
            item = Attribution(event, entity, relays)
            attributions.append(item)
            by_sentence.setdefault(sentence.index, []).append(item)

    # pass 2: quotations and their frames; a quotation with no frame takes the one before it
    owner: dict[Quote, Attribution] = {}
    for item in attributions:
        for q in item.event.quotes:
            owner.setdefault(q, item)
    # (a quotation running over any number of paragraphs, each opening with a quote mark, is
    # measured from the last paragraph it reached, not from its frame; after someone's reported
    # speech, a quotation with no frame of its own goes on with that speaker)
    last_direct: Attribution | None = None
    previous: Quote | None = None
    for q in quotes:
        if any(t.overlaps(q.start, q.end) for t in transcribed):
            owner.pop(q, None)  # inside a transcript line: its speaker has it already
            continue
        if q in owner:
            last_direct, previous = owner[q], q
            continue
        reported = [a for a in attributions if a.entity is not None and a.event.kind in ("indirect", "mixed")
                    and a.event.cue.entry.attribution_class not in _UNSPOKEN and a.event.sentence.end <= q.start and (previous is None or a.event.sentence.start > previous.end)]
        if reported:  # "Smith said the plan failed. / "It was a disaster," ...": her words go on
            last_direct, previous = reported[-1], None
        # a quotation opened inside someone's reported clause that runs on past its sentence
        # ('X said he believes "there may be ... . But those who are involved ..."', 'According
        # to the paper, "... . ..."') is theirs to its end, and so is one of several sentences
        # that an according-to phrase closes ('"... . ...," according to the paper.')
        opened = next((item for item in attributions if item.event.kind in ("indirect", "mixed", "according_to")
                       and q.end > item.event.sentence.end and any(a <= q.start < b for a, b in item.event.pieces)), None)
        opened = opened or next((item for item in attributions if item.event.kind == "according_to"
                                 and q.start < item.event.sentence.start < q.end <= item.event.frame[0]
                                 and only_punctuation(body, q.end, item.event.frame[0])), None)
        opened = opened or _framed_in_sentence(q, attributions)
        opened = opened or _closed_in_reported_clause(body, q, attributions)
        if opened is not None:
            owner[q] = opened
            last_direct, previous = opened, q
            continue
        if not (_sentential(body, q, doc) or _goes_on(q, previous, doc)) or _quoted_heading(body, q, doc, starts, words_.rules.heading_words):
            continue
        starts_paragraph = not body[starts[q.paragraph] : q.start - 1].strip()
        if last_direct is None:
            ahead = _framed_next(q, quotes, owner, doc) if starts_paragraph else None
            if ahead is not None:
                owner[q] = ahead
            continue
        # a quotation that runs on from someone's reported clause ("X noted that the campaign
        # faced a crossroads back in May “when ...”") is theirs, not the last quoted speaker's
        reporter = next((item for item in attributions if item.event.kind in ("indirect", "mixed")
                         and any(b <= q.start and only_punctuation(body, b, q.start) and not (
                                 item.event.cue.entry.attribution_class in _UNSPOKEN and any(ch in ".?!" for ch in body[b:q.start]))
                                 for _, b in item.event.pieces)), None)
        if reporter is not None:
            owner[q] = reporter
            last_direct, previous = reporter, q  # its next sentences in quote marks go on with it
            continue
        if any(item.event.kind in ("indirect", "mixed") and any(a <= q.start < b for a, b in item.event.pieces) for item in attributions):
            continue  # quoted inside someone's reported clause: already theirs
        gap = q.paragraph - (previous.paragraph if previous else last_direct.event.sentence.paragraph)
        if gap == 0 or (gap == 1 and starts_paragraph) or q.continues:
            owner[q] = last_direct
            previous = q
        elif starts_paragraph:
            ahead = _framed_next(q, quotes, owner, doc)
            if ahead is not None:
                owner[q] = ahead

    # pass 3: statements, in reading order
    pieces: list[tuple[int, int, int, Attribution | None, str]] = []  # start, end, sentence, who, kind
    for sentence in doc.sentences:
        found = False
        quoted_pieces: list[tuple[int, int, int, Attribution | None, str]] = []
        for q, item in owner.items():
            if q.overlaps(sentence.start, sentence.end):
                a, b = trim_content(body, max(q.start, sentence.start), min(q.end, sentence.end))
                if any(pa < b and a < pb for pa, pb in item.event.pieces):
                    continue  # the part inside the reported clause is in its statement already
                if any(pa <= a and b <= pb for other in by_sentence.get(sentence.index, []) if other.event.kind == "mixed"
                       for pa, pb in other.event.pieces):
                    continue  # quoted inside another frame's reported clause ('told X that Y "..."'): in that statement
                if not only_punctuation(body, a, b):
                    quoted_pieces.append((a, b, sentence.index, item, "direct"))
                    found = True
        pieces.extend(_join_listed(sentence, quoted_pieces))
        for item in by_sentence.get(sentence.index, []):
            for a, b in item.event.pieces:
                pieces.append((a, b, sentence.index, item, item.event.kind))
                found = True
        embedded = any(item.event.embedded for item in by_sentence.get(sentence.index, []))
        rest = _own_rest(sentence, body, [p for p in pieces if p[2] == sentence.index],
                         by_sentence.get(sentence.index, []))
        if rest is not None:
            pieces.append((rest[0], rest[1], sentence.index, None, "none"))
        if (not found or embedded) and not is_heading(body, sentence, starts, words_.rules):
            a, b = trim_content(body, _after_dateline(body, sentence, starts, words_), sentence.end)
            if not only_punctuation(body, a, b):
                pieces.append((a, b, sentence.index, None, "none"))
    pieces.sort(key=lambda p: (p[0], -p[1]))

    resolve_cataphora(pieces, doc, registry)
    statements: list[Statement] = []
    previous: tuple[Entity | None, list[str], int] | None = None
    for a, b, sentence_index, item, kind in pieces:
        n = len(statements) + 1
        base = Statement(article.article_id, f"{article.article_id}:{n}", sentence_index, a, b, body[a:b])
        if item is None:
            statements.append(base)
            continue
        entity, event = item.entity, item.event
        relays = item.relays
        paragraph = doc.sentences[sentence_index].paragraph
        if not relays and previous is not None and entity is not None and previous[0] is entity and paragraph - previous[2] <= 1:
            relays = previous[1]  # "He predicted ..." goes on relaying what "local media" reported
        speaker = entity.canonical if entity is not None else None
        statements.append(Statement(
            article_id=base.article_id, statement_id=base.statement_id, sentence_index=sentence_index,
            start=a, end=b, text=base.text, speaker=speaker,
            speaker_type=entity.speaker_type if entity is not None else "anonymous",
            role=(entity.role if entity is not None else None) or (event.speaker.role if event.speaker else None),
            mention=_mention(body, event.speaker) if event.speaker else None,
            cue=ReportingCue(body[event.cue.start : event.cue.end], event.cue.lemma, event.cue.start, event.cue.end,
                             event.cue.entry.id, event.cue.entry.category,
                             event.cue_class),
            kind=kind, sources=tuple(relays) + ((speaker,) if speaker else ()),
        ))
        previous = (entity, relays, paragraph)
    return statements


def _join_listed(sentence: Sentence, quoted: list[tuple[int, int, int, Attribution | None, str]]
                 ) -> list[tuple[int, int, int, Attribution | None, str]]:
    """Quotations of one frame joined by a coordinator and nothing else ('chanted "Send them
    home" and "Build the wall."') are one statement: a list of the words said, as one content."""
    out: list[tuple[int, int, int, Attribution | None, str]] = []
    for piece in sorted(quoted, key=lambda p: p[0]):
        last = out[-1] if out else None
        if last is not None and last[3] is piece[3] and last[1] <= piece[0]:
            between = [w for w in sentence.words if last[1] <= w.start and w.end <= piece[0] and w.upos != "PUNCT"]
            if len(between) == 1 and between[0].upos == "CCONJ":
                out[-1] = (last[0], piece[1], last[2], last[3], last[4])
                continue
        out.append(piece)
    return out


_JOINERS = {"but", "and", "yet", "while", "whereas", "although", "though", "however"}


def _after_dateline(body: str, sentence: Sentence, starts: list[int], words_: SpeakerWords) -> int:
    """Where the outlet's own words begin: after a dateline opening a paragraph ("MOSCOW (AP) —";
    page furniture such as "Published: ..." may stand before the story's first paragraph)."""
    if body[starts[sentence.paragraph]:sentence.start].strip():
        return sentence.start
    end = dateline_end(sentence, words_.rules)
    return sentence.start if end is None else end


def _own_rest(sentence: Sentence, body: str, pieces: list, items: list[Attribution]) -> tuple[int, int] | None:
    """The outlet's own clause after a reported one: "The centre claims X but it did not say how".

    Only a clause joined by a conjunction after everything reported in the sentence, with a
    subject and a verb of its own, counts; the joining word is left out.
    """
    if not pieces:
        return None
    covered = max(max(p[1] for p in pieces), max((i.event.frame[1] for i in items), default=0))
    words = [w for w in sentence.words if w.start >= covered and w.upos != "PUNCT"]
    if len(words) < 4 or words[0].lemma.lower() not in _JOINERS:
        return None
    clause = words[1:]
    if not any(w.upos in ("VERB", "AUX") for w in clause) or not any(w.deprel.startswith("nsubj") for w in clause):
        return None
    a, b = trim_content(body, clause[0].start, sentence.end)
    return (a, b) if b > a else None


def resolve_cataphora(pieces: list, doc: ParsedDoc, registry: Registry) -> None:
    """An indefinite source ("an expert says") paraphrasing a named speaker's quote is them.

    Standfirsts often sum up a quotation further down ("..., an expert says" / "It crosses a
    bridge that adds a new dimension to the Ukraine war," Dr Huisken said). The indefinite source
    becomes the named person whose later direct quotations, taken together, share the most content
    words with it, each word weighted by how rare it is in the article (so "dimension" counts for
    more than "North Korea" in a story about North Korea), when that weight is clearly ahead of
    the next person's and the match is not thin.
    """
    sentences = doc.sentences
    df: dict[str, int] = {}
    for s in sentences:
        for lemma in _content_lemmas(doc, s.start, s.end):
            df[lemma] = df.get(lemma, 0) + 1

    def weight(lemmas: set[str]) -> float:
        return sum(math.log((len(sentences) + 1) / (df.get(x, 0) + 1)) for x in lemmas)

    for index, (a, b, _, item, _) in enumerate(pieces):
        entity = item.entity if item is not None else None
        if entity is None or not entity.indefinite or entity.names or entity.plural or entity.type != "anonymous":
            continue  # only "an expert": not "researchers", not "a leaked letter"
        if entity.heads & registry.words.anonymous_heads:
            continue  # "a source close to the talks" is anonymous on purpose: never a name
        mine = _content_lemmas(doc, a, b)
        quoted: dict[int, tuple[set[str], Entity]] = {}
        for a2, b2, _, other, kind in pieces[index + 1 :]:
            if other is None or kind != "direct" or other.entity is None or other.entity.type != "person" or not other.entity.names:
                continue
            words, _entity = quoted.setdefault(other.entity.id, (set(), other.entity))
            words |= _content_lemmas(doc, a2, b2)
        ranked = sorted(((weight(mine & w), e) for w, e in quoted.values()), key=lambda s: -s[0])
        rules = registry.words.rules
        if ranked and ranked[0][0] >= rules.cataphora_min_weight and (
            len(ranked) == 1 or ranked[0][0] >= rules.cataphora_lead * ranked[1][0]
        ):
            item.entity = ranked[0][1]

