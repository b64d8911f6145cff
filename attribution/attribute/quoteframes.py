"""Speech verbs that frame a quotation next to them, whatever the parser made of the quotation.

The lexicon asks many speech verbs to govern a clause ("wrote that ...", "asked whether ..."),
so that "wrote a book" or "asked for help" report nothing. Next to a quotation the verb needs no
complement arc: in ``"...," Cruz wrote.``, ``"...?" he asks.`` or ``Limbaugh concluded: "..."``
the quotation is what was written or asked, and the parser, which sees the quoted clause as the
main one, often hangs it anywhere. Such a verb is a cue when it heads the stretch of the sentence
between quotation marks it stands in (it is no word of a clause inside that stretch) and a
quotation touches that stretch, nothing but punctuation between them, or when the quotation
follows the verb itself ("..., tweeting, “...”", "She continued, “...”").
"""

from __future__ import annotations

import re

from collections.abc import Iterator, Sequence

from attribution.attribute.arcs import can_speak
from attribution.attribute.cues import CueHit
from attribution.attribute.cues import closing_shape
from attribution.attribute.event import Event
from attribution.attribute.phrases import Phrase, name_span, phrase_at
from attribution.attribute.quotes import QUOTE_MARK_CHARS, Quote, is_quote_mark, quoted
from attribution.attribute.resolve import Entity, Registry
from attribution.attribute.spans import punctuation_gap, trim_content
from attribution.attribute.speaker_choice import DASHES, speaker_word
from attribution.attribute.words import SpeakerWords
from attribution.document import Sentence, Word
from attribution.lexicon import Entry, Lexicon
from attribution.matching import TENSED_VERB_TAGS, Grammar, fits_upos, is_negated


def _stretch(sentence: Sentence, quotes: Sequence[Quote], word: Word) -> tuple[int, int, Quote | None, Quote | None]:
    """The stretch of the sentence outside quotation marks around ``word``, and the quotations
    that bound it on the left and on the right (None: the sentence edge)."""
    lo, hi, left, right = sentence.start, sentence.end, None, None
    for q in quotes:
        if q.end <= word.start and q.end >= lo and q.end > sentence.start - 3:
            lo, left = q.end, q
        elif q.start > word.start and q.start <= hi:
            hi, right = q.start, q
    return lo, hi, left, right


def _one_word_index(lexicon: Lexicon) -> dict[str, tuple[Entry, ...]]:
    """The one-word reporting entries (not negated) under each word they start with, made once
    per lexicon: every word of every sentence is looked up."""
    def make() -> dict[str, tuple[Entry, ...]]:
        index = {key: tuple(e for e in entries if e.type == "reporting" and len(e.slots) == 1 and not e.negated)
                 for key, entries in lexicon.by_first_lemma().items()}
        return {key: entries for key, entries in index.items() if entries}

    return lexicon.derived("one_word_reporting", lexicon.entries, make)


def _speech_index(lexicon: Lexicon) -> dict[str, Entry]:
    """The first one-word speech entry under each word, made once per lexicon."""
    def make() -> dict[str, Entry]:
        firsts = {key: next((e for e in entries if e.frame == "speech"), None)
                  for key, entries in _one_word_index(lexicon).items()}
        return {key: e for key, e in firsts.items() if e is not None}

    return lexicon.derived("one_word_speech", lexicon.entries, make)


def _one_word_entries(lexicon: Lexicon, word: Word) -> Iterator[Entry]:
    """The lexicon's one-word reporting entries (not negated) for the word's lemma, then its form."""
    index = _one_word_index(lexicon)
    for key in (word.lemma.lower(), word.text.lower()):
        yield from index.get(key, ())


def _speech_entry(lexicon: Lexicon, word: Word) -> Entry | None:
    """The one-word speech entry of the lexicon for the word's lemma, if it has one."""
    index = _speech_index(lexicon)
    return index.get(word.lemma.lower()) or index.get(word.text.lower())


def _opening_entry(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote], word: Word) -> Entry | None:
    """The plain speech entry for a listed verb of another frame (a conclusion, a finding: "The
    study concluded, “...”") with a subject of its own right before a comma or colon that opens a
    quotation: the quotation gives its words, as after "said", whatever the parser hung it on."""
    if not any(c.deprel.startswith("nsubj") for c in sentence.children(word)):
        return None
    _, _, _, right = _stretch(sentence, quotes, word)
    gap = body[word.end : right.start] if right is not None else ""
    if right is None or gap.strip().strip(QUOTE_MARK_CHARS).strip() not in (",", ":"):
        return None
    listed = any(not e.is_rule for e in _one_word_entries(lexicon, word))
    return plain_speech_entry(lexicon) if listed else None


def speech_verbs(sentence: Sentence, lexicon: Lexicon) -> frozenset[int]:
    """Ids of the words whose lemma is a one-word speech verb of the lexicon, whatever its conditions."""
    return frozenset(w.id for w in sentence.words if w.upos in ("VERB", "AUX") and _speech_entry(lexicon, w) is not None)


def reporting_words(sentence: Sentence, lexicon: Lexicon) -> frozenset[int]:
    """Ids of the words whose lemma or form can start any reporting entry of the lexicon, of
    whatever class (speech, belief, intention, evidence): the words that can frame a statement."""
    listed = lexicon.reporting_lemmas()
    return frozenset(w.id for w in sentence.words if w.lemma.lower() in listed or w.text.lower() in listed)


def _closes_sentence(sentence: Sentence, word: Word) -> bool:
    """ "Crops are withering, he noted.": the verb is a parenthetical (parataxis) of the clause
    before it, set off by a comma, with nothing but its subject between and nothing after it.
    The parser may also make it a complement of the last verb before it ("..., but the police
    overruled that request, the source added": *added* a ccomp of *overruled*)."""
    if word.deprel not in ("parataxis", "ccomp") or not word.head or word.head > word.id:
        return False
    return closing_shape(sentence, word)


def _misread_frame(sentence: Sentence, word: Word, stretch: set[int]) -> bool:
    """ '"...," campaign manager Robby Mook wrote.': the parser made the verb a relative clause
    of the role noun before its subject (manager ← wrote). It is the frame, not a clause inside
    one: its head is a noun of the stretch, before it; it has a subject of its own after that
    noun; and only punctuation follows it in the stretch."""
    if not word.deprel.startswith("acl") or not word.head or word.head not in stretch:
        return False
    head = sentence.word(word.head)
    if head.upos not in ("NOUN", "PROPN") or head.id > word.id:
        return False
    if not any(c.deprel.startswith("nsubj") and head.id < c.id < word.id for c in sentence.children(word)):
        return False
    return all(w.upos == "PUNCT" for w in sentence.words[word.id:] if w.id in stretch)




def _finite_here(sentence: Sentence, word: Word) -> bool:
    """The verb is finite, or a past form the tagger read as a participle right after the comma
    that closes the speaker's apposition ('“...,” Ann Roy, a blogger, *wrote* in ...': a participle
    set off there would open a second apposition, which a frame after a quotation never has)."""
    if word.xpos in TENSED_VERB_TAGS:
        return True
    return word.xpos == "VBN" and word.id >= 2 and sentence.words[word.id - 2].text == ","


def _frame_after_quote(sentence: Sentence, body: str, word: Word, left: Quote | None, inside: Sequence[Word]) -> bool:
    """ '“...,” the economist Jared Bernstein, a former adviser, wrote on his blog.': the
    parser made the verb a relative clause of a noun of the speaker's phrase (adviser ← wrote)
    and left it no subject, or took a noun of a name for it ("... Center for Nonproliferation
    Studies wrote in December"). It is the frame when the stretch opens right after a
    quotation, everything before the verb is that noun phrase (no verb in it), the verb is
    finite, and nothing after it is a verb of another clause (its own adjuncts may follow)."""
    if left is None or not inside or not word.deprel.startswith("acl") or not _finite_here(sentence, word):
        return False
    if not punctuation_gap(body, left.end, inside[0].start):
        return False
    before = [w for w in inside if w.id < word.id]
    if not before or any(w.upos in ("VERB", "AUX") for w in before):
        return False
    own = {w.id for w in sentence.subtree(word)}
    return not any(w.upos in ("VERB", "AUX") and w.id not in own for w in inside if w.id > word.id)


_CLAUSE_ARCS = ("ccomp", "xcomp", "advcl", "parataxis", "csubj", "conj")


def _own_adjunct_between(sentence: Sentence, word: Word, right: Quote) -> bool:
    """ '..., writing in a blog post "...": between a participle and the quotation only its own
    prepositional phrase (in the verb's subtree, no verb in it); nothing else of the sentence."""
    if word.xpos != "VBG":
        return False
    between = [w for w in sentence.words if word.end <= w.start and w.end <= right.start]
    own = {w.id for w in sentence.subtree(word)}
    return bool(between) and between[0].upos == "ADP" and len(between) <= 6 and all(
        w.id in own and w.upos not in ("VERB", "AUX") for w in between if w.upos != "PUNCT")


def _bare_frame(sentence: Sentence, body: str, word: Word, quotes: Sequence[Quote], framed: frozenset[Quote],
                most: int, statement_nouns: frozenset[str] = frozenset()) -> bool:
    """``Dianne Bystrom agreed. “...”``, ``Smith told reporters. “...”``: a sentence that is
    nothing but the frame (the speech verb heads it, with a subject and no clause of its own,
    no quotation in it, a few words) right before a quotation that opens the next sentence of
    the paragraph and has no frame of its own (``framed``). A verb whose object names the
    statement ("issued a statement regarding ...") frames it at any length: the quotation is
    that statement."""
    if word.head != 0 or any(q.overlaps(sentence.start, sentence.end) for q in quotes):
        return False
    children = sentence.children(word)
    if not any(c.deprel.startswith("nsubj") for c in children) or any(c.deprel in _CLAUSE_ARCS for c in children):
        return False
    named = any(c.deprel == "obj" and c.lemma.lower() in statement_nouns for c in children)
    if (len([w for w in sentence.words if w.upos != "PUNCT"]) > most and not named) or body[sentence.end - 1 : sentence.end] != ".":
        return False
    following = next((q for q in quotes if q.start >= sentence.end), None)
    if following is None or following in framed:
        return False
    gap = body[sentence.end : following.start]
    return not gap.strip().strip(QUOTE_MARK_CHARS).strip() and "\n" not in gap


def _unlisted_after_quote(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote],
                          word: Word) -> Entry | None:
    """The unlisted entry for a verb the lexicon lacks in the frame after a quotation closed by a
    comma ('“...,” Toomey fumed on Tuesday.', '“...,” scoffed Ann Roy.'): the comma inside the
    marks says words of someone follow, and the frame is all that is left of the sentence: the
    verb is finite with a subject of its own, it opens right after the quotation that opens the
    sentence, and nothing else of the sentence follows (no other verb, no quotation after it).
    The quotation is a clause (it has a verb): 'A self-described "geeky kid," Cruz changed ...'
    quotes a name for him."""
    if word.upos != "VERB" or word.xpos not in TENSED_VERB_TAGS:
        return None
    subjects = [c for c in sentence.children(word) if c.deprel == "nsubj" and c.upos in ("PROPN", "NOUN", "PRON")]
    if not subjects or (subjects[0].upos == "PRON" and subjects[0].lemma.lower() not in ("he", "she", "they")):
        return None
    lo, hi, left, right = _stretch(sentence, quotes, word)
    if left is None or right is not None or not body[left.start : left.end].rstrip(QUOTE_MARK_CHARS).endswith(","):
        return None
    if not punctuation_gap(body, sentence.start, left.start):
        return None  # the quotation opens the sentence: not words inside someone's clause
    inside = [w for w in sentence.words if lo <= w.start and w.end <= hi and w.upos != "PUNCT"]
    if not inside or not punctuation_gap(body, left.end, inside[0].start):
        return None
    if any(w.upos in ("VERB", "AUX") and w.id != word.id for w in inside):
        return None
    said = [w for w in sentence.words if left.start <= w.start and w.end <= left.end]
    return lexicon.unlisted() if any(w.upos in ("VERB", "AUX") for w in said) else None  # a clause, not a quoted name


def quote_frame_cues(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote],
                     found: Sequence[CueHit], framed: frozenset[Quote] = frozenset(), most: int = 0,
                     statement_nouns: frozenset[str] = frozenset()) -> list[CueHit]:
    """Cues the lexicon's conditions refused that frame a quotation next to them, or the
    quotation that opens the next sentence when their sentence is nothing but the frame."""
    grammar = Grammar.of(lexicon)
    taken = {w.id for cue in found for w in cue.words}
    out: list[CueHit] = []
    for word in sentence.words:
        if word.id in taken or quoted(word, quotes):
            continue
        entry = _speech_entry(lexicon, word) or _opening_entry(sentence, body, lexicon, quotes, word) \
            or _unlisted_after_quote(sentence, body, lexicon, quotes, word)
        if entry is None or not fits_upos(sentence, word, entry.upos or ("VERB",), grammar):
            continue
        if is_negated(sentence, word, grammar, [(q.start, q.end) for q in quotes]):
            continue
        if _closes_sentence(sentence, word) or (most and _bare_frame(sentence, body, word, quotes, framed, most, statement_nouns)):
            out.append(CueHit(sentence, (word,), entry))
            continue
        lo, hi, left, right = _stretch(sentence, quotes, word)
        inside = [w for w in sentence.words if lo <= w.start and w.end <= hi and w.upos != "PUNCT"]
        ids = {w.id for w in inside}
        touching = right is not None and (punctuation_gap(body, word.end, right.start) or _own_adjunct_between(sentence, word, right))
        if any(a.id in ids for a in sentence.ancestors(word)) and not touching and not _misread_frame(sentence, word, ids) \
                and not _frame_after_quote(sentence, body, word, left, inside):
            continue  # a verb of a clause in the stretch: "..., the minister said, adding that ..."
        first = min((w.start for w in inside), default=word.start)
        last = max((w.end for w in inside), default=word.end)
        touches = (left is not None and punctuation_gap(body, left.end, first)) or (
            right is not None and punctuation_gap(body, last, right.start))
        if touches:
            out.append(CueHit(sentence, (word,), entry))
    return out




def plain_speech_entry(lexicon: Lexicon) -> Entry | None:
    """The lexicon's plainest speech entry ("say"): the cue of a frame without a verb, a quotation
    signed with a dash or a transcript line, which tells no more than "said"."""
    for entry in lexicon.by_first_lemma().get("say", ()):
        if entry.type == "reporting" and entry.frame == "speech" and len(entry.slots) == 1 and not entry.negated:
            return entry
    return None


def signature_frames(sentence: Sentence, body: str, quotes: Sequence[Quote], entry: Entry,
                     words_: SpeakerWords) -> list[Event]:
    """Quotations signed with a dash and a name: ``“...” ― Sonya Herridge`` (readers' voices,
    epigraphs). The dash is the cue; the name right after it the speaker."""
    events: list[Event] = []
    words = sentence.words
    for i, dash in enumerate(words):
        if dash.text not in DASHES or i + 1 >= len(words):
            continue
        signed = next((q for q in quotes if punctuation_gap(body, q.end, dash.start)
                       and dash.start - q.end <= 4), None)
        if signed is None:
            continue
        span = name_span(sentence, words[i + 1])
        if span is None or span[0] != i + 1:
            continue
        speaker = phrase_at(sentence, words[span[1]], body, words_)
        events.append(Event(sentence, CueHit(sentence, (dash,), entry), speaker, [], "direct",
                            (dash.start, words[span[1]].end), quotes=[signed]))
    return events


def _capitals_label(sentence: Sentence, body: str) -> list[Word] | None:
    """Up to three words in capitals before a colon opening the sentence (after an opening quote
    mark too): ``PENCE:``, ``JAKE TAPPER:``, ``VIDEO:``."""
    words = [w for w in sentence.words if not is_quote_mark(w)]
    colon = next((k for k, w in enumerate(words[:4]) if w.text == ":"), None)
    if not colon or body[sentence.start : words[0].start].strip("\"“ ") != "":
        return None
    name = words[:colon]
    return name if all(w.text.isalpha() and w.text.isupper() and len(w.text) >= 3 for w in name) else None


def _label(sentence: Sentence, body: str, words_: SpeakerWords) -> list[Word] | None:
    """The words of a speaker label opening the sentence (``_capitals_label``), none of them a
    word that labels something other than a speaker ("CORRECTION:", "VIDEO:"), a place or a time."""
    name = _capitals_label(sentence, body)
    if name is None:
        return None
    lower = [w.text.lower() for w in name]
    if set(lower) & words_.non_speaker_labels or words_.is_place(lower) or set(lower) & words_.time_words:
        return None
    return name


def _stage_direction(text: str) -> bool:
    """ "(CROSSTALK.)", "[END VIDEO CLIP]", "….": a paragraph of a transcript that nobody says."""
    text = text.strip().strip(QUOTE_MARK_CHARS).strip()
    return not any(ch.isalnum() for ch in text) or text[:1] in "(["


def transcript_turns(sentences: Sequence[Sentence], body: str, starts: Sequence[int],
                     words_: SpeakerWords) -> tuple[dict[int, int], bool]:
    """The paragraphs that open with a speaker label, each with the end of its turn, and whether
    the article is a transcript: some speaker takes the floor more than once ("TAPPER: ...",
    "FALLIN: ...", "TAPPER: ..."), among two speakers or more. A turn runs on over the paragraphs
    without a label that follow it ("TAPPER: ... / Specifically I've heard ...") up to the next
    label (of a speaker or not: "VIDEO: ..."), and ends at a stage direction ("(CROSSTALK.)");
    the last turn keeps to its paragraph, so what the article adds after the transcript ("Follow
    X on Twitter") is nobody's turn."""
    labels: dict[int, str] = {}
    marked: set[int] = set()  # paragraphs opening with any label: "VIDEO: ..." is no turn's either
    for sentence in sentences:
        if sentence.index == 0 or sentences[sentence.index - 1].paragraph != sentence.paragraph:
            name = _label(sentence, body, words_)
            if name is not None:
                labels[sentence.paragraph] = name[-1].text
            if _capitals_label(sentence, body) is not None:
                marked.add(sentence.paragraph)
    surnames = list(labels.values())
    transcript = len(set(surnames)) >= 2 and any(surnames.count(n) >= 2 for n in surnames)

    def end_of(paragraph: int) -> int:
        end = starts[paragraph + 1] if paragraph + 1 < len(starts) else len(body)
        while end > starts[paragraph] and body[end - 1].isspace():
            end -= 1
        return end

    turns: dict[int, int] = {}
    for paragraph in labels:
        end, nxt = end_of(paragraph), paragraph + 1
        while transcript and nxt < len(starts) and nxt not in marked and any(p > nxt for p in labels) \
                and not _stage_direction(body[starts[nxt] : end_of(nxt)]):
            end, nxt = end_of(nxt), nxt + 1
        turns[paragraph] = end
    return turns, transcript


def transcript_line(sentence: Sentence, body: str, turn_end: int, entry: Entry, registry: Registry,
                    words_: SpeakerWords, transcript: bool = False) -> tuple[Event, Entity, Quote] | None:
    """A transcript line ``PENCE: Well, look, ...``: a paragraph opening with a speaker label in
    capitals and a colon; the rest of the turn (``transcript_turns``) is that speaker's words.

    The label is a speaker when it names a person the article has named, or, in a transcript
    (``transcript_turns``), whoever it names, so "CORRECTION:" or "The Latest:" are no speakers."""
    name = _label(sentence, body, words_)
    if name is None:
        return None
    entity = registry.find_name(tuple(w.text.title() for w in name), "person")
    if (entity is None or entity.type != "person") and transcript:
        entity = registry.person(tuple(w.text.title() for w in name), sentence.index)
    if entity is None or entity.type != "person":
        return None
    colon = sentence.words[name[-1].id]
    start = colon.end
    while start < turn_end and body[start].isspace():
        start += 1
    if turn_end - start < 2:
        return None
    speaker = phrase_at(sentence, name[-1], body, words_)
    quote = Quote(start, turn_end, sentence.paragraph, True, False)
    event = Event(sentence, CueHit(sentence, (colon,), entry), speaker, [], "direct",
                  (name[0].start, colon.end), quotes=[quote])
    return event, entity, quote


_FRAME_PRONOUNS = ("he", "she", "they", "we")


def _colon_stretch(sentence: Sentence, body: str, quotes: Sequence[Quote]) -> tuple[list[Word], Word, Quote] | None:
    """A stretch of the sentence that ends in a colon right before a quotation (in the sentence
    or just after it, in the next paragraph too), with no words of its own after the quotation:
    the words before the colon, after any earlier quotation, and the colon and the quotation."""
    outside = [w for w in sentence.words if not quoted(w, quotes)]
    colon = next((w for w in reversed(outside) if w.text == ":"), None)
    if colon is None or any(w.start > colon.start and w.upos != "PUNCT" for w in outside):
        return None
    quote = next((q for q in quotes if q.start >= colon.end), None)
    if quote is None or body[colon.end : quote.start].strip().strip(QUOTE_MARK_CHARS).strip():
        quote = block_after(body, colon.end, sentence.paragraph)
        if quote is None:
            return None
    lo = max((q.end for q in quotes if sentence.start <= q.end <= colon.start), default=sentence.start)
    stretch = [w for w in sentence.words if lo <= w.start and w.end <= colon.start and w.upos != "PUNCT"]
    return (stretch, colon, quote) if stretch else None


_BREAK = re.compile(r"[ \t]*\n[ \t]*\n\s*")


def block_after(body: str, at: int, paragraph: int) -> Quote | None:
    """A block quotation: the paragraph after one that ends with a colon (``Hewitt writes:`` /
    ``The movie mentions ...``), set off without quote marks; it runs to its paragraph's end."""
    gap = _BREAK.match(body, at)
    if gap is None or gap.end() >= len(body) or body[gap.end()] in QUOTE_MARK_CHARS:
        return None
    end = _BREAK.search(body, gap.end())
    stop = end.start() if end is not None else len(body.rstrip())
    return Quote(gap.end(), stop, paragraph + 1, True, False) if stop - gap.end() > 1 else None


def _presented(sentence: Sentence, tops: Sequence[Word], grammar: Grammar) -> Word | None:
    """The name a presentative stretch presents ("Here's Clinton in December 1992:"): the one top
    word, a name with a copula and a presentative adverb ("here") of its own before it."""
    if len(tops) != 1 or tops[0].upos != "PROPN":
        return None
    children = sentence.children(tops[0])
    if not any(c.deprel == "cop" and c.id < tops[0].id for c in children) or not any(
            c.deprel == "advmod" and c.lemma.lower() in grammar.presentative_adverbs and c.id < tops[0].id for c in children):
        return None
    span = name_span(sentence, tops[0])
    return sentence.words[span[1]] if span is not None else tops[0]


def _named_before_colon(sentence: Sentence, stretch: Sequence[Word]) -> Word | None:
    """``Bush: "..."``, ``Rep. Trey Gowdy (R-S.C.): "..."``, ``... - Carl Bialik: "..."``: the
    name that ends the stretch (a bracketed aside after it skipped), not after a determiner."""
    depth, last = 0, None
    for w in reversed(sentence.words[: stretch[-1].id]):
        if w.text == ")":
            depth += 1
        elif w.text == "(":
            depth -= 1
        elif depth == 0 and w.upos != "PUNCT":
            last = w
            break
    if last is None or last.id < stretch[0].id:
        return None
    span = name_span(sentence, last)
    if span is None or span[1] != last.id - 1:
        return None
    before = sentence.words[span[0] - 1] if span[0] > 0 else None
    return None if before is not None and before.upos == "DET" else last


def _after_dash(sentence: Sentence, stretch: list[Word]) -> list[Word]:
    """The part of a colon frame's stretch after its last dash when that part has no verb
    (``HEADING IN CAPITALS - Carl Bialik: "..."``, ``Pollsters agree - More from Jones:``): the
    dash sets a heading off from the name that signs the quotation; else the whole stretch."""
    dash = next((w for w in reversed(sentence.words[stretch[0].id - 1 : stretch[-1].id]) if w.text in DASHES), None)
    if dash is None:
        return stretch
    tail = [w for w in stretch if w.start > dash.start]
    return tail if tail and not any(w.upos in ("VERB", "AUX") for w in tail) else stretch


def _frame_holder(sentence: Sentence, head: Word, words_: SpeakerWords) -> Word | None:
    """A subject that can speak: a name, a personal pronoun, a person, an organisation or a
    document ("Hoff's letter"); a noun possessed by a name speaks for it ("Clinton's response")."""
    lemma = head.lemma.lower()
    if head.upos == "PRON":
        return head if lemma in _FRAME_PRONOUNS else None
    if name_span(sentence, head) is not None:
        return head
    for child in sentence.children(head):
        if child.deprel == "nmod:poss" and name_span(sentence, child) is not None:
            return child
    heads = words_.person_roles | words_.organization_heads | words_.document_heads | words_.anonymous_heads
    return head if lemma in heads else None


def colon_frame(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote], events: Sequence[Event],
                plain: Entry, words_: SpeakerWords) -> Event | None:
    """A frame whose head is no speech verb, closed by a colon before a quotation: ``X was
    blunt: "..."``, ``The statement read: "..."``, ``Trump leaned in and boomed: "..."``,
    ``Bush: "..."``. The colon says that the quotation is what the stretch before it announces,
    so its subject (a name, a person, an organisation, a document, he/she/they) speaks. The cue
    is the stretch's verb, with its speech entry if it has one, else the unlisted entry; a
    stretch without a verb that ends in a name is signed by that name, with the colon as cue."""
    found = _colon_stretch(sentence, body, quotes)
    if found is None:
        return None
    stretch, colon, quote = found
    stretch = _after_dash(sentence, stretch)
    if any(quote in e.quotes for e in events) or any(stretch[0].start <= e.cue.start < colon.start for e in events):
        return None  # a frame of its own already (or a cue in the stretch that took no quotation)
    ids = {w.id for w in stretch}
    tops = [w for w in stretch if not any(a.id in ids for a in sentence.ancestors(w))]
    verbs = [w for w in tops if w.upos in ("VERB", "AUX") or any(c.deprel.startswith("nsubj") for c in sentence.children(w))]
    grammar = Grammar.of(lexicon)
    if not verbs and (presented := _presented(sentence, tops, grammar)) is not None:
        speaker = phrase_at(sentence, presented, body, words_)  # "Here's Clinton in December 1992: "..."": Clinton
        cue = CueHit(sentence, (colon,), plain)
    elif not any(w.upos in ("VERB", "AUX") for w in stretch):
        named = _named_before_colon(sentence, stretch)
        if named is None:
            return None
        speaker = phrase_at(sentence, named, body, words_)
        cue = CueHit(sentence, (colon,), plain)
    else:
        found = _colon_verb(sentence, body, lexicon, quotes, verbs, ids, plain, words_, grammar)
        if found is None:
            # "With leaders worried about ..., Obama is rolling out a new message: "..."": the
            # parser made the fronted clause the root; the clause that ends at the colon announces
            found = _colon_verb(sentence, body, lexicon, quotes, _announcing(sentence, stretch), ids, plain, words_, grammar)
        if found is None:
            return None
        cue, speaker = found
    if quote not in quotes and _speech_entry(lexicon, cue.verb) is None:
        return None  # a block quotation needs a speech verb: "Hewitt writes:", not "CORRECTION APPENDED:"
    return Event(sentence, cue, speaker, [], "direct", (stretch[0].start, colon.end), quotes=[quote])


def _colon_verb(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote], verbs: Sequence[Word],
                ids: set[int], plain: Entry, words_: SpeakerWords, grammar: Grammar) -> tuple[CueHit, Phrase] | None:
    """The cue and speaker of a colon frame whose stretch has one verb (``colon_frame``)."""
    if len(verbs) != 1 or is_negated(sentence, verbs[0], grammar, [(q.start, q.end) for q in quotes]):
        return None
    verb = verbs[0]
    entry = _speech_entry(lexicon, verb) or lexicon.unlisted() or plain
    head = speaker_word(sentence, CueHit(sentence, (verb,), entry), body, words_, quotes)
    holder = _frame_holder(sentence, head, words_) if head is not None and head.id in ids else None
    if holder is None:
        return None
    return CueHit(sentence, (verb,), entry), phrase_at(sentence, holder, body, words_)


def _announcing(sentence: Sentence, stretch: Sequence[Word]) -> list[Word]:
    """The verb of the clause that ends at the colon, with a subject of its own before it: the
    innermost one whose phrase runs to the stretch's last word."""
    last = stretch[-1].id
    ids = {w.id for w in stretch}
    found = [w for w in stretch if w.upos in ("VERB", "AUX") and any(
        c.deprel == "nsubj" and c.id < w.id and c.id in ids for c in sentence.children(w)) and max(
        d.id for d in sentence.subtree(w) if d.upos != "PUNCT" and d.id in ids) == last]
    return found[-1:]


def framed_quotes(sentences: Sequence[Sentence], quotes: Sequence[Quote], lexicon: Lexicon) -> frozenset[Quote]:
    """The quotations with a frame of their own: a speech verb outside quotation marks in a
    sentence the quotation reaches ("“...,” she said."), which a bare frame before them does not take."""
    framing = [s for s in sentences if any(not quoted(s.word(i), quotes) for i in speech_verbs(s, lexicon))]
    return frozenset(q for q in quotes if any(s.start < q.end + 2 and q.start < s.end for s in framing))


_CLAUSE_ARGS = ("ccomp", "xcomp", "advcl", "csubj")


def _entry_of(lexicon: Lexicon, word: Word) -> Entry | None:
    """The lexicon's one-word reporting entry for the word's lemma (any class), else the
    unlisted entry."""
    return next(_one_word_entries(lexicon, word), None) or lexicon.unlisted()


def _governor(sentence: Sentence, top: Word, quotes: Sequence[Quote]) -> tuple[Word, Word, Word] | None:
    """The nearest word above the quotation, outside quote marks, with a subject of its own, if
    it is a verb with an active subject; that subject; and the word on the path just below it."""
    below, node = top, sentence.word(top.head) if top.head else None
    while node is not None and not quoted(node, quotes):
        subjects = [c for c in sentence.children(node) if c.deprel.startswith("nsubj") and not quoted(c, quotes)]
        if subjects:
            active = node.upos == "VERB" and subjects[0].deprel == "nsubj"
            return (node, subjects[0], below) if active else None
        if node.deprel.startswith("acl") or not node.head:
            return None  # a noun's clause or the root without a subject: nobody the words belong to
        below, node = node, sentence.word(node.head)
    return None


def _speaking_subject(sentence: Sentence, subject: Word, words_: SpeakerWords) -> bool:
    """The subject itself can speak: he, she, they, a name, a person, an organisation, a document
    (not a thing possessed by a name: "Gloria's eczema was so severe")."""
    if subject.upos == "PRON":
        return subject.lemma.lower() in ("he", "she", "they")
    if name_span(sentence, subject) is not None:
        return True
    heads = words_.person_roles | words_.organization_heads | words_.document_heads | words_.anonymous_heads
    return subject.lemma.lower() in heads


def _title_case(words: Sequence[Word]) -> bool:
    """A verbless quotation whose words are all capitalised is a title or a name ("The Internet
    Explorer 6 Countdown"), not words said."""
    content = [w for w in words if w.upos != "PUNCT"]
    return not any(w.upos in ("VERB", "AUX") for w in content) and all(
        w.text[:1].isupper() or not w.text[:1].isalpha() or w.upos in ("ADP", "DET", "CCONJ", "PART") for w in content)


def _covered(quote: Quote, events: Sequence[Event], taken: Sequence[tuple[int, int]]) -> bool:
    """Whether an event of the sentence already gives the quotation, or it overlaps a span one
    took (``taken``: the events' pieces and frames, and what the caller took since)."""
    return any(quote in e.quotes for e in events) or any(quote.overlaps(a, b) for a, b in taken)


def governed_quotes(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote], events: Sequence[Event],
                    words_: SpeakerWords, most: int) -> list[Event]:
    """Quotations inside someone's clause that no frame took: ``Trump blasted Disney for its
    “outrageous practices”``, ``Cruz coached Trump to “breathe, breathe, breathe.”``, ``She vented
    that it would be “incredibly ugly”``. A writer who puts words in quote marks inside a clause
    about someone quotes that someone: the quoted words belong to the subject of the nearest
    verb above them, when that subject can speak (a name, a person, an organisation, a document,
    he/she/they). The cue is that verb (its entry, else the unlisted one). The content is the
    verb's clause that holds the quotation, or the quotation itself when it hangs on a noun
    phrase. Only quotations of ``most`` words or more: a shorter one is as often a name or a
    term as anyone's words. Never for a quotation an event of the sentence already covers."""
    out: list[Event] = []
    taken = [span for e in events for span in [*e.pieces, e.frame]]
    for q in quotes:
        if not (sentence.start <= q.start and q.end <= sentence.end) or _covered(q, events, taken):
            continue
        inside = [w for w in sentence.words if q.start <= w.start and w.end <= q.end]
        if len([w for w in inside if w.upos != "PUNCT"]) < most:
            continue
        ids = {w.id for w in inside}
        tops = [w for w in inside if w.head not in ids and w.upos != "PUNCT"]
        if not tops or len({w.head for w in tops}) != 1 or not tops[0].head or _title_case(inside):
            continue  # (the quotation heads the sentence: its frame, if any, is a quote frame's)
        found = _governor(sentence, tops[0], quotes)
        if found is None:
            continue
        verb, holder, below = found
        own = next((e for e in events if e.cue.verb.id == verb.id), None)
        if own is not None:
            # the quotation lies in the clause of a frame whose content stops short of it
            # ('said it was “damning ...” after the agency “recommended it two years ago”'):
            # the content runs on to the quotation's end
            if own.kind in ("indirect", "mixed") and own.pieces and own.pieces[-1][1] <= q.start and not any(
                    own.pieces[-1][1] <= a < q.start for a, _ in taken):  # (no other frame or content between)
                a, _ = own.pieces[-1]
                own.pieces[-1] = trim_content(body, a, q.end + 1)
                own.kind = "mixed"
                taken.append(own.pieces[-1])
            continue
        entry = _entry_of(lexicon, verb)
        if entry is None or not _speaking_subject(sentence, holder, words_):
            continue
        grammar = Grammar.of(lexicon)
        if is_negated(sentence, verb, grammar, [(p.start, p.end) for p in quotes]):
            continue
        speaker = phrase_at(sentence, holder, body, words_)
        cue = CueHit(sentence, (verb,), entry)
        frame = (min(holder.start, verb.start), max(holder.end, verb.end))
        if below.id not in ids and below.deprel in _CLAUSE_ARGS and below.upos in ("VERB", "AUX", "ADJ", "NOUN"):
            span = sentence.subtree(below)
            words = [w for w in span if not (w.deprel == "mark" and w.head == below.id and w.id == span[0].id)]
            start, end = trim_content(body, words[0].start, words[-1].end)
            if end > start and (start >= frame[1] or end <= frame[0]):
                out.append(Event(sentence, cue, speaker, [(start, end)], "mixed", frame))
                taken.append((start, end))
                continue
        out.append(Event(sentence, cue, speaker, [], "direct", frame, quotes=[q]))
        taken.append((q.start, q.end))
    return out


def _can_shout(word: Word, words_: SpeakerWords) -> bool:
    """A word that can be who shouted: a noun or a name, or a pronoun for someone ("they",
    "their": a personal pronoun that is not a thing's, "it", "its")."""
    if word.upos == "PRON":
        return "PronType=Prs" in word.feats and "Gender=Neut" not in word.feats or can_speak(word, words_)
    return word.upos in ("NOUN", "PROPN")


def _moved_object(sentence: Sentence, noun: Word) -> Word | None:
    """The same when the parser hangs "to chants" on the object itself ("roused the crowd to
    chants" with "chants" a modifier of "crowd"): the verb's object the noun modifies."""
    head = sentence.word(noun.head) if noun.head and noun.deprel == "nmod" else None
    if head is None or head.deprel != "obj" or not _to_or_into(sentence, noun):
        return None
    return head


def _to_or_into(sentence: Sentence, noun: Word) -> bool:
    return any(c.deprel == "case" and c.lemma.lower() in ("to", "into") for c in sentence.children(noun))


def _roused_object(sentence: Sentence, noun: Word, verb: Word) -> Word | None:
    """The object of a verb that moves someone to the shouting ("roused the crowd to chants",
    "whipped supporters into cries"): the one moved is who shouted, not the verb's subject."""
    if not _to_or_into(sentence, noun):
        return None
    return next((c for c in sentence.children(verb) if c.deprel == "obj" and c.id < noun.id), None)


def _quotes_listed_after(body: str, first: Quote, quotes: Sequence[Quote]) -> list[Quote]:
    """The quotation and those that follow it joined by nothing but commas, "and" or "or"
    ('calls of “Feel the Bern” and “Love you, Bernie”'): all are what was shouted."""
    run = [first]
    for q in sorted(quotes, key=lambda x: x.start):
        if q.start <= run[-1].start:
            continue
        between = body[run[-1].end:q.start].strip(QUOTE_MARK_CHARS + " ,")
        if between.lower() not in ("", "and", "or"):
            break
        run.append(q)
    return run


def _shouting_holder(sentence: Sentence, noun: Word, quotes: Sequence[Quote], words_: SpeakerWords) -> Word | None:
    """Who shouted: the noun's possessor ("their chants"), else the active subject of the verb the
    noun hangs on ("supporters erupted in chants": the verb with the noun means they chanted),
    when it is a noun, a name or a pronoun for someone (a crowd, fans, supporters: any noun, as
    the verb's own subject is who did it); a passive verb's subject is whoever was shouted at
    ("was greeted with chants"), so nobody."""
    possessor = next((c for c in sentence.children(noun) if c.deprel == "nmod:poss"), None)
    if possessor is not None:
        return possessor if _can_shout(possessor, words_) else None
    moved = _moved_object(sentence, noun)
    if moved is not None:
        return moved if _can_shout(moved, words_) else None
    verb = sentence.word(noun.head) if noun.head and noun.deprel in ("obl", "obj") else None
    if verb is None or verb.upos != "VERB" or quoted(verb, quotes):
        return None
    roused = _roused_object(sentence, noun, verb)
    if roused is not None:
        return roused if _can_shout(roused, words_) else None
    subject = next((c for c in sentence.children(verb) if c.deprel.startswith("nsubj")), None)
    if subject is None or subject.deprel != "nsubj" or not _can_shout(subject, words_):
        return None
    return subject


def shouted_quotes(sentence: Sentence, body: str, lexicon: Lexicon, quotes: Sequence[Quote], events: Sequence[Event],
                   words_: SpeakerWords) -> list[Event]:
    """Quotations that are the "of" phrase of a noun of shouting ("the crowd broke into chants of
    “Lock her up!”", "there were cries of “Shame!”"): the noun says the words were said, however
    few, so they are a statement of whoever shouted them (``_shouting_holder``), or of nobody
    the sentence names. The cue is the noun with its "of"; never for a quotation an event of
    the sentence already covers."""
    entry = plain_speech_entry(lexicon)
    if entry is None:
        return []
    out: list[Event] = []
    taken = [span for e in events for span in [*e.pieces, e.frame]]
    for q in quotes:
        if not (sentence.start <= q.start and q.end <= sentence.end) or _covered(q, events, taken):
            continue
        inside = [w for w in sentence.words if q.start <= w.start and w.end <= q.end]
        before = [w for w in sentence.words if w.end <= q.start and w.upos != "PUNCT"]
        if not inside or len(before) < 2 or before[-1].lemma.lower() != "of":
            continue
        noun = before[-2]
        if noun.upos != "NOUN" or noun.lemma.lower() not in words_.shout_nouns or quoted(noun, quotes):
            continue
        holder = _shouting_holder(sentence, noun, quotes, words_)
        speaker = phrase_at(sentence, holder, body, words_) if holder is not None else None
        cue = CueHit(sentence, (noun, before[-1]), entry)
        frame = (min(noun.start, holder.start) if holder is not None else noun.start, before[-1].end)
        said = [r for r in _quotes_listed_after(body, q, quotes)
                if r.end <= sentence.end and (r is q or not _covered(r, events, taken))]
        out.append(Event(sentence, cue, speaker, [], "direct", frame, quotes=said))
        taken.extend((r.start, r.end) for r in said)
    return out
