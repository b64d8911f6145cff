"""Lines that are no statement of the outlet's: subheadings and datelines (issue 14).

A *subheading* ("What happened?", "A new chapter for the war in Ukraine") is a paragraph of one
short line between paragraphs: it labels what follows and asserts nothing. The rule: the
paragraph is one sentence on one line, of at most ``heading_words`` words
(lexicons/speakers.yaml, rules), opening with a capital, and ending either without sentence
punctuation or with a question mark (a question line standing alone). A quotation (closing quote
mark) is never a heading.

A *dateline* ("MOSCOW (AP) —", "WASHINGTON —", "KYIV, Ukraine –") opens a paragraph (the story's
first, or a section of a round-up) with the place it was filed from: a capitalised place of at most ``dateline_words`` words, the
first in capitals (or any capitalised place before an agency's one-word name in brackets:
"Washington (AFP) –"), an optional agency in brackets, then a dash standing apart (not a hyphen, and,
without an agency, not the first of a pair of dashes around an aside). It is left out of the own-voice statement
that follows it, and a sentence that is only a dateline is no statement.

Neither rule looks at a word list: only the shape of the line.
"""

from __future__ import annotations

from attribution.attribute.words import SpeakerRules
from attribution.document import Sentence

# sentence punctuation that closes a line of prose, and closing quote marks (a quotation)
_CLOSING = frozenset(".!;:,\"”’'»)…")
DASHES = frozenset({"--", "—", "―", "–", "-"})


def is_heading(body: str, sentence: Sentence, starts: list[int], rules: SpeakerRules) -> bool:
    """Is the sentence a subheading: a short line that is a paragraph of its own, between paragraphs?"""
    p = sentence.paragraph
    if p == 0 or p + 1 >= len(starts):  # between paragraphs: not the first line nor the last
        return False
    paragraph = body[starts[p]:starts[p + 1]].strip()
    line = body[sentence.start:sentence.end].strip()
    if not line or paragraph != line or "\n" in line:
        return False
    words = [w for w in sentence.words if w.upos != "PUNCT"]
    if not words or len(words) > rules.heading_words:
        return False
    first = next((ch for ch in line if ch.isalnum()), "")
    if not first.isupper():
        return False
    return line[-1] == "?" or line[-1] not in _CLOSING


def dateline_end(sentence: Sentence, rules: SpeakerRules) -> int | None:
    """The body offset just after a dateline's dash when the sentence opens with one, else None."""
    words = sentence.words
    dash = next((i for i, w in enumerate(words[: rules.dateline_words + 6]) if w.text in DASHES), None)
    if dash is None or dash == 0 or dash + 1 >= len(words):
        return None
    if not (words[dash - 1].end < words[dash].start and words[dash].end < words[dash + 1].start):
        return None  # a dash standing apart, not the hyphen of "US-China"
    place, agency, inside, marks = [], [], False, 0
    for w in words[:dash]:
        if w.text == "(":
            inside = True
        elif w.text == ")":
            inside = False
        elif w.upos != "PUNCT":
            (agency if inside else place).append(w.text)
        elif inside:
            marks += 1
    if not place or len(place) > rules.dateline_words or len(agency) > 3 or inside:
        return None
    # the place in capitals ("MOSCOW (AP) —"), or an agency's one-word name in brackets after it
    # ("Washington (AFP) –"; not a party and state, "Smith (D-Ohio) –")
    named_agency = len(agency) == 1 and len(agency[0]) >= 2 and not marks
    if not ((place[0].isupper() or named_agency) and len(place[0]) >= 2) or not all(t[:1].isupper() for t in place + agency):
        return None
    if not agency and any(w.text in DASHES for w in words[dash + 1:]):
        return None  # "NATO — the alliance of 32 — met": a pair of dashes around an aside
    return words[dash].end
