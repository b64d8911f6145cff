""""according to X": a frame without a verb. It is a statement of its own, or an outer source of
a sentence that already reports someone's words."""

from __future__ import annotations

from collections.abc import Sequence

from attribution.attribute.arcs import is_relative, is_time
from attribution.attribute.content import comment_start
from attribution.attribute.cues import CueHit
from attribution.attribute.event import Event
from attribution.attribute.phrases import Phrase, name_span, np_head, phrase_at
from attribution.attribute.quotes import Quote
from attribution.attribute.spans import trim_content
from attribution.attribute.words import SpeakerWords
from attribution.document import Sentence, Word


def _close_comma(words: Sequence[Word], i: int) -> int:
    """0-based index of the word before the comma, dash (or sentence end) that closes a phrase
    from ``i``."""
    depth = 0
    j = i
    while j < len(words):
        t = words[j].text
        if t in ("(", "["):
            depth += 1
        elif t in (")", "]"):
            depth -= 1
        elif depth <= 0 and (t in (",", ";", ":", "—", "–") or _typed_dash(words, j)) \
                or (depth <= 0 and words[j].upos == "PUNCT" and j == len(words) - 1):
            return j - 1
        j += 1
    return len(words) - 1


def _typed_dash(words: Sequence[Word], j: int) -> bool:
    """A hyphen or two typed for a dash, spaced off on both sides ("a poll last week - the same
    as ..."), not one that joins a compound ("ABC News-Washington Post")."""
    word = words[j]
    return word.text in ("-", "--") and 0 < j < len(words) - 1 \
        and words[j - 1].end < word.start and word.end < words[j + 1].start


def _np_extent(words: Sequence[Word], i: int) -> int:
    """0-based index of the last word of the noun phrase starting at ``i`` ("of" phrases included)."""
    j = i
    nominal = ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART")
    while j + 1 < len(words) and (words[j + 1].upos in nominal or (
        words[j + 1].lemma.lower() == "of" and j + 2 < len(words) and words[j + 2].upos in nominal
    )):
        j += 1
    return j


def _last_name_head(sentence: Sentence, lo: int, hi: int, words_: SpeakerWords) -> Word | None:
    """The head word of the phrase ``lo..hi`` (0-based): the last name in it that is not a day
    ("according to a report released on Wednesday"), else the last noun."""
    words = sentence.words
    inside = [w for w in words[lo : hi + 1] if w.text not in ("(", ")")]
    for w in reversed(inside):
        if words[w.id - 2].text == "(" if w.id >= 2 else False:
            continue  # "(KCNA)" is an alias of the name before it
        span = name_span(sentence, w)
        if span is not None and span[1] <= hi and not is_time(sentence, words[span[1]], words_):
            return words[span[1]]
    first_np = words[lo : _np_extent(words, lo) + 1]
    return np_head(first_np) or (inside[-1] if inside else None)


def _misparsed_apposition(sentence: Sentence, end: int) -> int:
    """``end`` moved over an apposition of the source set off by commas ("For Ann Roy, a nurse in
    Ohio, the law is a lifeline"), also where the parser took it for a second subject of the
    clause ("nurse" and "law" both subjects of "lifeline"): a noun phrase with no verb whose head
    is a subject with another subject of the same clause after it. 0-based, as ``end``."""
    words = sentence.words
    if end + 2 >= len(words) or words[end + 1].text != ",":
        return end
    close = _close_comma(words, end + 2)
    segment = words[end + 2 : close + 1]
    if close + 1 >= len(words) or words[close + 1].text != "," or not segment \
            or any(w.upos in ("VERB", "AUX") for w in segment):
        return end
    ids = {w.id for w in segment}
    heads = [w for w in segment if w.head not in ids]
    if len(heads) == 1 and heads[0].deprel == "appos" and heads[0].head <= end + 1:
        return close  # a description the phrase's own rules took for no role ("a nurse in Ohio")
    if len(heads) != 1 or not heads[0].deprel.startswith("nsubj"):
        return end
    head = heads[0]
    later = [w for w in words[close + 1 :] if w.head == head.head and w.deprel.startswith("nsubj")]
    return close if later else end


def _source_tail(sentence: Sentence, after: tuple[int, int], words_: SpeakerWords) -> bool:
    """What follows a closing "according to X" is no content when it opens with a relative
    pronoun (X's own relative clause: "..., according to Ann Dale, who was an adviser") or with
    a participle (the outlet's comment on the clause before: "..., according to the department,
    taking a step toward ending the strike"), or when a dash sets it off with no verb (the
    writer's comparison: "..., according to a poll last week - about the same as in May")."""
    words = sentence.words
    first = next((w for w in words if w.start >= after[0] and w.upos != "PUNCT"), None)
    if first is None:
        return False
    opener = next((w for w in reversed(words[: first.id - 1]) if w.upos == "PUNCT"), None)
    dashed = opener is not None and opener.id == first.id - 1 and (
        opener.text in ("—", "–") or _typed_dash(words, opener.id - 1))
    if dashed and not any(w.upos in ("VERB", "AUX") for w in words[first.id - 1 :]):
        return True
    return is_relative(first, words_) or (first.xpos == "VBG" and first.upos == "VERB")


def according_to_event(body: str, sentence: Sentence, cue: CueHit, quotes: Sequence[Quote], words_: SpeakerWords) -> tuple[Event | None, tuple[int, int]]:
    """The "according to X[, quoting Y]" frame: (its event or None, the span of the whole phrase).

    The phrase runs from "according" to the comma that closes it; "quoting Y" or "citing Y"
    right after makes Y the speaker and X the outlet that relayed Y.
    """
    words = sentence.words
    first = cue.words[-1].id  # 0-based index of the word after "to"
    if first >= len(words):
        return None, (cue.start, cue.end)
    end = _close_comma(words, first)
    finite = next((w for w in words[first : end + 1] if w.upos in ("VERB", "AUX") and w.xpos not in ("VBN", "VBG")
                   and w.deprel not in ("amod", "compound", "acl")), None)
    if finite is not None:  # no comma closes it: "According to the Saudi Interior Ministry over 345 ..."
        end = _np_extent(words, first)
    head = _last_name_head(sentence, first, end, words_)
    if head is None:
        return None, (cue.start, cue.end)
    phrase = phrase_at(sentence, head, body, words_)
    beyond = next((w for w in words if w.start >= phrase.end), None)
    if phrase.end > words[end].end and beyond is not None and beyond.upos in ("VERB", "AUX"):
        # "according to telegram channels, the commander ... was on board": the noun phrase after
        # the comma runs into a verb; it is the clause's subject, no apposition of the source
        phrase = phrase_at(sentence, head, body, words_, appositions=False)
    end = _misparsed_apposition(sentence, end)
    # "according to the team's coach, Alireza Mehraban, ...": the name in apposition is in the phrase
    while end + 1 < len(words) and words[end + 1].end <= phrase.end:
        end += 1
    if end + 1 < len(words) and words[end].end < phrase.end:
        end = _close_comma(words, end + 1)
    relays: list[Phrase] = []
    if end + 2 < len(words) and words[end + 1].text == "," and words[end + 2].lemma.lower() in ("quote", "cite"):
        relay_end = _close_comma(words, end + 3)
        relayed = _last_name_head(sentence, end + 3, relay_end, words_)
        if relayed is not None:
            relays.append(phrase)
            phrase = phrase_at(sentence, relayed, body, words_)
            end = relay_end
    # "..., according to an analysis by X, a former aide, whose conclusions ...": what follows
    # the closing comma still hangs on the source phrase, so it is the phrase's, not content
    phrase_ids = {w.id for w in cue.words} | {w.id for w in words[first : end + 1]}
    tail = [w for w in words[end + 1 :] if w.upos != "PUNCT"]
    if tail and all(any(a.id in phrase_ids for a in sentence.ancestors(w)) for w in tail):
        end = max(w.id for w in tail) - 1
    span = (cue.start, words[end].end)
    before = trim_content(body, sentence.start, span[0])
    after = trim_content(body, span[1], sentence.end)
    # a fronted adverbial ("In addition, according to X, ...") is no part of the content
    lead_words = [w for w in words if before[0] <= w.start < before[1] and w.upos != "PUNCT"]
    adverbial = bool(lead_words) and lead_words[0].upos in ("ADP", "ADV", "SCONJ", "CCONJ") and not any(
        w.upos in ("VERB", "AUX") for w in lead_words)
    has_before = before[1] > before[0] and len(body[before[0]:before[1]].split()) >= 2 and not adverbial
    has_after = after[1] > after[0] and len(body[after[0]:after[1]].split()) >= 2 and not (
        has_before and _source_tail(sentence, after, words_))
    lead = [w for w in words if w.end <= cue.start and w.upos != "PUNCT"]
    relative = bool(lead) and lead[-1].xpos in ("WDT", "WP") and lead[-1].lemma.lower() in ("which", "who", "that")
    # "..., and according to X, ...": the phrase opens a coordinated clause, which is all it reports
    coordinated = len(lead) >= 2 and lead[-1].upos == "CCONJ" and body[lead[-2].end : lead[-1].start].strip() == ","
    if has_before and has_after and (relative or coordinated):
        piece = after  # "..., which, according to X, the UN has criticised": the relative clause only
    elif has_before and has_after:
        piece = trim_content(body, sentence.start, sentence.end)  # the frame interrupts: the whole sentence
    elif has_before:
        piece = before
    elif has_after:
        piece = after
    else:
        return None, span
    top = next((w for w in words if w.deprel == "root"), None)
    if top is not None and piece[0] <= top.start < piece[1] and piece[1] > span[0]:
        # "according to X, the chief was on board, but there is no confirmation": the comment is the
        # outlet's; not when the phrase closes the sentence, whose both clauses it then relays
        # ("A is banned, but B is allowed, according to X")
        piece = trim_content(body, piece[0], min(piece[1], comment_start(sentence, top, any_subject=True)))
    return Event(sentence, cue, phrase, [piece], "according_to", span, relays=relays), span
