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
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from attribution.attribute.cues import CueHit, data_subject, named_as_quoted, spelled_in, time_subject_data
from attribution.attribute.headings import dateline_end
from attribution.attribute.phrases import Phrase, name_span, np_head, phrase_at, speaker_phrase
from attribution.attribute.quotes import QUOTE_MARK_CHARS, Quote, is_quote_mark, opens_at, quoted
from attribution.attribute.spans import only_punctuation, punctuation_gap, trim_content
from attribution.matching import (FINITE_TAGS, Grammar, commented_clause, cue_topic, gerund_complement, infinitive_after,
                                  is_finite, misread_present_verb, noun_infinitive, parenthetical_host, reputation_phrase, topic_of)
from attribution.attribute.words import SpeakerWords, speaker_words
from attribution.document import Sentence, Word

_SPEECH_CLASSES = ("speech", "writing")  # what a topic statement can be: a speech act named by its topic
_FRAME_RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:tmod", "obl:npmod", "advmod", "aux",
                    "aux:pass", "expl", "compound:prt", "cc", "punct", "discourse", "obl:agent", "nmod:tmod", "obl:unmarked")
_CLAUSE_TAGS = ("VERB", "AUX", "ADJ", "NOUN", "PROPN", "PRON", "NUM", "SYM")  # SYM: "said the average was [$] 27"


@dataclass
class Event:
    """One reporting event found in a sentence."""

    sentence: Sentence
    cue: CueHit
    speaker: Phrase | None
    pieces: list[tuple[int, int]]
    kind: str
    frame: tuple[int, int]
    quotes: list[Quote] = field(default_factory=list)
    relays: list[Phrase] = field(default_factory=list)
    embedded: bool = False  # the frame sits inside a relative clause of the outlet's own sentence
    topic: bool = False  # the content names what the speech act was about ("called for a moratorium")

    @property
    def cue_class(self) -> str:
        """What the statement attributes: the cue entry's class; ``topic`` for a speech act named by
        what it was about ("called for a moratorium"). An attitude's object is its content, so
        "supports the bill" and "demanded a recount" keep their class (belief, intention)."""
        cls = self.cue.entry.attribution_class
        return "topic" if self.topic and cls in _SPEECH_CLASSES else cls



def _span(words: Sequence[Word]) -> tuple[int, int]:
    return min(w.start for w in words), max(w.end for w in words)


def _subtree_span(sentence: Sentence, word: Word, exclude: Sequence[int] = ()) -> tuple[int, int]:
    return _span(sentence.subtree(word, exclude))


def _is_relative(word: Word, words_: SpeakerWords) -> bool:
    return word.lemma.lower() in words_.relative_pronouns and word.upos == "PRON" and word.feat("PronType") in ("Rel", None)


def _nominal(word: Word) -> bool:
    return word.upos in ("NOUN", "PROPN", "PRON", "NUM") or (word.upos == "X" and word.text[:1].isupper())


def _left_boundary(sentence: Sentence, verb: Word, quotes: Sequence[Quote]) -> int:
    """0-based index where the cue's subject region starts: after a quotation or another verb."""
    words = sentence.words
    i = verb.id - 2
    while i >= 0:
        w = words[i]
        finite = w.upos == "VERB" and w.deprel not in ("amod", "acl", "acl:relcl") and w.xpos not in ("VBN", "VBG") \
            and w.feat("VerbForm") not in ("Ger", "Part") and not _inside_modifier(sentence, w, verb) \
            and not _opens_aside(sentence, w, verb)
        if quoted(w, quotes) or finite:
            return i + 1
        i -= 1
    return 0


def _aside_participle(sentence: Sentence, word: Word) -> bool:
    """A participle opening an aside after a comma (", asked about the cuts,"), tagged VBD or
    VBN alike: a verb with no subject of its own."""
    return word.upos == "VERB" and (word.xpos in ("VBD", "VBN") or _participle(word)) and word.id >= 2 \
        and sentence.words[word.id - 2].text == "," and not any(c.deprel.startswith("nsubj") for c in sentence.children(word))


def _opens_aside(sentence: Sentence, word: Word, verb: Word) -> bool:
    """The verb opens a participle aside that a comma closes right before the cue ("Mr. Reyes,
    asked about the cuts, had said"): a word of the subject region, not a clause it starts after."""
    if not _aside_participle(sentence, word):
        return False
    between = sentence.words[word.id : verb.id - 1]
    while between and between[-1].upos in ("AUX", "ADV", "PART"):
        between = between[:-1]
    return bool(between) and between[-1].text == "," and word.id >= 3 \
        and sentence.words[word.id - 3].upos in ("NOUN", "PROPN", "PRON")


def _inside_modifier(sentence: Sentence, word: Word, verb: Word) -> bool:
    """The verb lies inside a clause modifying a noun before the cue ("a White House official
    who spoke anonymously [to discuss] strategy said"): a word of the subject's phrase, not a
    clause of its own that the subject region starts after."""
    for a in sentence.ancestors(word):
        if a.id == verb.id:
            return False
        if a.deprel in ("acl", "acl:relcl") and a.id < verb.id:
            return True
    return False


def _nearest_before(sentence: Sentence, verb: Word, quotes: Sequence[Quote], names_only: bool = False,
                    words_: SpeakerWords | None = None) -> Word | None:
    """The name nearest before the cue in its subject region, else the nearest noun.

    A name after a preposition is not the speaker ("officials in Moscow said").
    """
    words_ = words_ or speaker_words()
    words = sentence.words
    lo = _left_boundary(sentence, verb, quotes)
    region = _without_aside(sentence, [w for w in words[lo : verb.id - 1] if not quoted(w, quotes)])
    if len(region) > 1 and _opening_adverb(sentence, region[0]):  # "Nevertheless, a survey ... found": no name
        region = region[2:]
    if not names_only and (described := _described_after_comma(sentence, region, words_)) is not None:
        return described
    # a name opening the region and set off by a comma is the subject its asides describe:
    # "“...,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA, said"
    opening = next((w for w in region if w.upos != "PUNCT"), None)
    fronted = _after_participle_phrase(region)
    if fronted is not None and (span := name_span(sentence, fronted)) is not None and span[0] == fronted.id - 1 \
            and span[1] < verb.id - 1 and not any(w.upos == "ADP" for w in words[span[0] : span[1] + 1]):
        return words[span[1]]
    if opening is not None and (span := name_span(sentence, opening)) is not None:
        span = (opening.id - 1, span[1])
        if span[1] + 1 < verb.id - 1 and words[span[1] + 1].text in (",", "(") and not any(
            w.upos == "ADP" for w in words[span[0] : span[1] + 1]
        ):
            return words[span[1]]
    skip_until = None
    depth = 0
    for w in reversed(region):
        # a bracketed aside is not the speaker: "Rep. Gwen Moore (D-Wis.) said"
        if w.text in (")", "]"):
            depth += 1
        elif w.text in ("(", "[") and depth:
            depth -= 1
            continue
        if depth:
            continue
        if skip_until is not None and w.id >= skip_until:
            continue
        span = name_span(sentence, w)
        if span is not None:
            skip_until = span[0] + 1
            k = span[0] - 1
            while k >= 0 and words[k].upos == "DET":
                k -= 1
            titled = any(w.text.lower().rstrip(".") in words_.titles for w in words[span[0] : span[1] + 1])
            if k >= 0 and words[k].upos == "ADP" and not titled:
                continue  # "in the Medical Journal of Australia", "of the University of NSW"
            if is_time(sentence, words[span[1]], words_):
                continue  # "defended his father Tuesday on Facebook, saying": a day says nothing
            return words[span[1]]
    if names_only:
        return None
    # a time is no speaker while the region holds another noun ("Tuesday, the agency said"), nor
    # while a name runs into the cue, even after a preposition ("A few weeks after Obama announced")
    return _first_noun(sentence, [w for w in region if not is_time(sentence, w, words_)]) \
        or _name_before_cue(sentence, verb, words_)


def _set_off_dash(region: Sequence[Word], i: int) -> bool:
    """A dash with a space before it, as an aside opens or closes ("X - in a remark - said"),
    not the hyphen of "R-Iowa" that the tokenizer splits off."""
    return region[i].text in DASHES and i > 0 and region[i - 1].end < region[i].start


def _without_aside(sentence: Sentence, region: Sequence[Word]) -> list[Word]:
    """The subject region without the aside that closes right before the cue: a stretch between
    two dashes ("Ms. Lane - in a remark aimed at Mr. Reyes's plan - declared") or a participle
    or prepositional phrase between commas ("Mr. Reyes, asked about the cuts under Ms. Lane, had
    said"). The parser leaves such a cue without a subject arc, and a name inside the aside is
    no speaker; the phrase before the aside is. Kept whole when nothing stands before it."""
    words = list(region)
    close = len(words) - 1
    while close >= 0 and words[close].upos in ("AUX", "ADV", "PART"):
        close -= 1  # "..., had said", "- later declared"
    if close < 1:
        return words
    if _set_off_dash(words, close):
        opened = next((i for i in range(close - 1, -1, -1) if _set_off_dash(words, i)), None)
    elif words[close].text == ",":
        opened = next((i for i in range(close - 1, -1, -1) if words[i].text == ","), None)
        after = words[opened + 1] if opened is not None and opened + 1 < close else None
        if after is None or not (after.upos == "ADP" or _aside_participle(sentence, after)):
            opened = None
    else:
        return words
    if opened is None or not any(w.upos in ("NOUN", "PROPN", "PRON") for w in words[:opened]):
        return words
    return words[:opened] + words[close + 1 :]


def _name_before_cue(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The name that ends right before the cue, when it is no time."""
    if verb.id < 2:
        return None
    last = sentence.words[verb.id - 2]
    span = name_span(sentence, last)
    return last if span is not None and span[1] == last.id - 1 and not is_time(sentence, last, words_) else None


_NP_OPENERS = ("DET", "ADJ", "NUM", "NOUN", "PROPN")
_SET_OFF = (",", "--", "—", "―", "–")  # what sets a phrase off (not a hyphen: "Bush-era")


def _described_after_comma(sentence: Sentence, region: Sequence[Word], words_: SpeakerWords) -> Word | None:
    """The head of a description of people that runs from the region's last comma straight into
    the cue ("Rather, *sources* close to her campaign say", "While X does Y, multiple *sources*
    privy to the talks say"): the subject the parser hung elsewhere. A name before that comma
    is a fronted word or another clause's, not the speaker; a name right after the role noun is
    left to the name rules ("..., campaign chairman John Podesta said")."""
    comma = max((i for i, w in enumerate(region) if w.text in _SET_OFF), default=None)
    stretch = [w for w in region[comma + 1 :] if w.upos != "PUNCT"] if comma is not None else []
    if not stretch or stretch[0].upos not in _NP_OPENERS:
        return None
    for i, w in enumerate(stretch):
        if w.upos not in _NP_OPENERS:
            return None
        if w.upos == "NOUN" and w.deprel not in ("compound", "amod", "nmod", "nmod:poss", "obl"):
            following = stretch[i + 1] if i + 1 < len(stretch) else None
            if following is not None and name_span(sentence, following) is not None:
                return None
            lemma = words_.standard(w.lemma.lower())
            return w if lemma in words_.person_roles | words_.anonymous_heads else None
    return None


def _after_participle_phrase(region: Sequence[Word]) -> Word | None:
    """The first word after the comma closing a participle phrase that opens the subject region
    ("Speaking in the parents' defense, [Tom] Molomby, SC, said", "Writing in a blog post, [Matthew]
    Ingram of The Globe and Mail dubbed"): the parser often hangs the subject inside that phrase."""
    first = next((w for w in region if w.upos != "PUNCT"), None)
    if first is None or first.upos != "VERB" or not (_participle(first) or first.xpos == "VBN"):
        return None
    comma = next((i for i, w in enumerate(region) if w.text == ","), None)
    rest = [w for w in region[comma + 1 :] if w.upos != "PUNCT"] if comma is not None else []
    return rest[0] if rest else None


_MODIFIER_ARCS = ("obl", "obl:tmod", "nmod", "nmod:poss", "amod", "compound", "flat", "appos")


def _first_noun(sentence: Sentence, region: Sequence[Word]) -> Word | None:
    nouns = [w for w in region if w.upos in ("NOUN", "PROPN", "PRON") and w.deprel not in ("obl", "nmod")]
    if not nouns:  # "Kelly responded pointedly": a name tagged as an adverb
        nouns = [w for w in region if _misread_name(sentence, w) and w.deprel not in _MODIFIER_ARCS]
    return nouns[0] if nouns else None


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


def _misread_name(sentence: Sentence, word: Word) -> bool:
    """A name the tagger took for another part of speech ("*Singh* explained", "*Kelly*
    responded", "“...,” *Husted* said"): the lemmatiser keeps a name's capital, and lowers it for
    a common word that opens a sentence ("However" -> "however"); a capital after other words
    of the sentence is a name's."""
    if word.upos not in ("ADJ", "ADV", "VERB", "X") or not word.text[:1].isupper():
        return False
    return word.lemma[:1].isupper() or any(w.upos != "PUNCT" for w in sentence.words[: word.id - 1])


def _pronominal_determiner(sentence: Sentence, word: Word) -> bool:
    """A quantifier standing alone as a noun phrase ("*another* says", "*some* are saying",
    "..., *each* touting"): a determiner with a subject arc heads no noun, so it is the subject
    itself; not an article or a demonstrative ("this shows"), which point at something else,
    nor a quantifier floating after the subject it counts ("Clinton and Sanders *both* sought")."""
    if word.upos != "DET" or word.feat("PronType") in ("Art", "Dem"):
        return False
    return word.id < 2 or sentence.words[word.id - 2].upos not in ("NOUN", "PROPN", "PRON")


def _misread_speaker_noun(word: Word, words_: SpeakerWords) -> bool:
    """A noun for people the tagger took for a verb ("which *critics* said"): its lemma is one
    of the speaker words' role nouns."""
    return word.upos == "VERB" and words_.standard(word.lemma.lower()) in words_.person_roles


def _subjects(sentence: Sentence, verb: Word, words_: SpeakerWords) -> list[Word]:
    """The verb's nominal subjects. A subject arc on a word tagged as an adjective is a noun the
    tagger misread ("“...,” *Viguerie* says", "the *narrator* says"), and so is one on a name
    or a role noun tagged as a verb, and a quantifier standing alone ("another says"): a
    subject all the same. A time noun is none, but the poll the parser hung on it as a modifier
    is ("A CNN poll last month showed ...": :func:`time_subject_data`)."""
    subjects = []
    for c in sentence.children(verb):
        if c.deprel not in ("nsubj", "nsubj:pass") or _prepositional_subject(sentence, c):
            continue
        if is_time(sentence, c, words_):
            if (data := time_subject_data(sentence, c, words_.data_heads, words_.time_words)) is not None:
                subjects.append(data)
        elif _nominal(c) or c.upos == "ADJ" or _misread_name(sentence, c) or _pronominal_determiner(sentence, c) \
                or _misread_speaker_noun(c, words_):
            subjects.append(c)
    return subjects


def _prepositional_subject(sentence: Sentence, word: Word) -> bool:
    """A "subject" noun opened by "in", a phrase set between the subject and its verb that the
    parser took for the subject ("Jeb Bush [in a Medium post] said", "Zucker, who [in the past]
    has voiced", "but [in a later interview] said"): where or when, never the speaker. Not
    after a common noun, which the phrase modifies ("78 percent of voters [in a poll] said":
    the parser's subject is the wrong word of the right phrase)."""
    first = sentence.subtree(word)[0]
    if word.upos not in ("NOUN", "PROPN") or first.id < 2 or sentence.words[first.id - 2].upos == "NOUN":
        return False
    return any(c.deprel == "case" and c.lemma.lower() == "in" and c.id == first.id for c in sentence.children(word))


def _unquoted_subjects(sentence: Sentence, verb: Word, words_: SpeakerWords, quotes: Sequence[Quote]) -> list[Word]:
    """The verb's subjects outside quotation marks: a subject inside them is the quotation's own
    ("“The cause is unknown,” said X")."""
    return [c for c in _subjects(sentence, verb, words_) if not quoted(c, quotes)]


_CONTINUATIONS = ("advcl", "xcomp", "conj")


def _purpose_host(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The active verb a subjectless to-infinitive hangs on, as its purpose ("met with the
    minister *to discuss* the budget") or its complement ("went on *to discuss* the polls",
    "was able *to tout* ..."),
    whose subject does what it says; None for any other verb, and when the host has an object,
    which does it instead ("pressed him *to admit*")."""
    if verb.deprel not in ("advcl", "xcomp") or not verb.head or verb.xpos != "VB" or not any(
            m.deprel == "mark" and m.lemma.lower() == "to" for m in sentence.children(verb)):
        return None
    if any(c.deprel.startswith(("nsubj", "csubj")) for c in sentence.children(verb)):
        return None
    host = sentence.word(verb.head)
    if host.upos not in ("VERB", "AUX", "ADJ") or any(
            c.deprel.startswith("aux:pass") or c.deprel == "iobj" or (c.deprel == "obj" and can_speak(c, words_))
            for c in sentence.children(host)):
        return None  # "prompted NATO *to order* ...", "pressed him *to admit*": the object does it
    return host  # "used the remarks *to urge* ...": a thing that cannot speak does not say it


def _object_controller(sentence: Sentence, host: Word, verb: Word, words_: SpeakerWords) -> Word | None:
    """ "would require delegates *to challenge* the rules", "a win that led her *to declare* ...":
    the object of the verb a subjectless to-infinitive completes does what the infinitive says,
    not the host's subject (as :func:`_purpose_host` leaves such an object to speak); an object
    before the infinitive that can speak, else None."""
    if not any(m.deprel == "mark" and m.lemma.lower() == "to" for m in sentence.children(verb)):
        return None
    return next((c for c in sentence.children(host) if c.deprel in ("obj", "iobj") and c.id < verb.id
                 and can_speak(c, words_)), None)


def _participle(word: Word) -> bool:
    return word.xpos == "VBG" or word.feat("VerbForm") == "Ger" or (
        word.feat("VerbForm") == "Part" and word.feat("Tense") == "Pres")


_PARTICIPLE_HOSTS = ("obj", "iobj", "obl", "nmod")


def _participle_after_noun(sentence: Sentence, verb: Word, words_: SpeakerWords, quotes: Sequence[Quote],
                           cue_verbs: frozenset[int] = frozenset()) -> Word | None:
    """The noun right before a subjectless -ing cue, with no comma between, when it can speak and
    is an object or a prepositional noun of the clause: the participle tells what that noun does,
    wherever the parser hung it ("cheered farmers *hoping* to ...", "letters from staff members
    *suggesting* ...", "with top officials *vowing* ..."; its conjunct too: "farmers speaking
    ... and *talking* about ..."). None after a comma ("X attacked Y, saying ...": X continues),
    for a document ("issued a statement saying ...": its author), for the object of another cue
    ("recalled Mr. Obama *talking*", "shows Bob *wanting*": that cue's content, whose ids
    ``cue_verbs`` gives) and for a noun a document is addressed to ("a letter to X *asking*")."""
    if verb.xpos != "VBG" or verb.deprel not in ("xcomp", "advcl", "acl", "dep", "conj") or verb.id < 2:
        return None
    if verb.deprel == "conj" and verb.head:
        head = sentence.word(verb.head)
        if not any(c.deprel == "cc" for c in sentence.children(verb)) or _subjects(sentence, head, words_):
            return None
        return _participle_after_noun(sentence, head, words_, quotes, cue_verbs) if head.id < verb.id else None
    noun = sentence.words[verb.id - 2]
    if noun.upos not in ("NOUN", "PROPN") or noun.deprel not in _PARTICIPLE_HOSTS or quoted(noun, quotes):
        return None
    if noun.head in cue_verbs or (noun.head and words_.standard(sentence.word(noun.head).lemma.lower()) in words_.document_heads):
        return None  # "recalled Mr. Obama talking": what was recalled; "a letter to X asking": the letter asks
    if is_time(sentence, noun, words_) or not can_speak(noun, words_) \
            or words_.standard(noun.lemma.lower()) in words_.document_heads:
        return None  # "X issued a statement saying ...": the writer says it (_document_author)
    return noun


def _participle_on_subject(sentence: Sentence, cue: CueHit, words_: SpeakerWords, quotes: Sequence[Quote]) -> Word | None:
    """The subject noun right before a belief or intention -ing participle that modifies it ("voters
    *backing* the mayor stayed home", "a group *supporting* her campaign ran ads"): the participle
    tells what that noun holds or wants. Speech participles are left out ("officials *speaking* on
    condition of anonymity said": the main verb's frame), and so is any noun that cannot hold a view."""
    verb = cue.verb
    if cue.entry.attribution_class not in ("belief", "intention") or verb.xpos != "VBG" \
            or verb.deprel not in ("acl", "advcl") or verb.id < 2 or not verb.head:
        return None
    noun = sentence.words[verb.id - 2]
    # on the noun ("acl"), or made an adverbial of the noun's own verb ("advcl"), the parser's
    # usual reading of a reduced relative clause with no comma
    hung = verb.head == noun.id if verb.deprel == "acl" else noun.head == verb.head
    if not hung or noun.upos not in ("NOUN", "PROPN") or not noun.deprel.startswith("nsubj") or quoted(noun, quotes):
        return None
    if is_time(sentence, noun, words_) or not can_speak(noun, words_):
        return None
    return noun


def _continued_clause(sentence: Sentence, verb: Word, words_: SpeakerWords, quotes: Sequence[Quote] = ()) -> Word | None:
    """The clause a subjectless participle continues ("X spoke out Tuesday, arguing that ...",
    "X attacked Y, saying ...", "by telling them"): its verb, whose subject is the speaker. A
    verb inside a quotation is the quoted words', not the frame's: in 'X endorsed Y, saying,
    “I think ...”' the parser may hang "saying" on "think"; the frame goes on above it."""
    if not _participle(verb):
        return None
    word = verb
    if verb.head and verb.id >= 2 and (
            (verb.deprel == "acl" and sentence.words[verb.id - 2].text == ",")
            or (verb.deprel == "conj" and sentence.word(verb.head).upos in ("NOUN", "PROPN"))):
        # ", saying" hung on the last noun ("attacked Clinton for her support of military
        # action in Iraq and Libya, saying", or made its conjunct: "sounded a note of regret,
        # saying", "pointing to bottles of soda and telling viewers"): it continues the clause
        # that noun is in
        word = sentence.word(verb.head)
        for _ in range(words_.rules.clause_climb_words):
            if word.upos in ("VERB", "AUX") or not word.head:
                break
            word = sentence.word(word.head)
        if word.upos not in ("VERB", "AUX"):
            return None
        if _subjects(sentence, word, words_):
            return _clause_above_subordinate(sentence, verb, word, words_, quotes) or word
    inside = False
    for _ in range(words_.rules.continuation_depth):  # "X said ..., adding ..., saying ..."
        if word.deprel not in _CONTINUATIONS + (("parataxis",) if inside else ()) or not word.head:
            return None
        head = sentence.word(word.head)
        if head.upos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):
            return None
        inside = quoted(head, quotes)
        if _subjects(sentence, head, words_) and not inside:
            return _clause_above_subordinate(sentence, verb, head, words_, quotes) or head
        word = head
    return None


def _clause_above_subordinate(sentence: Sentence, verb: Word, clause: Word, words_: SpeakerWords,
                              quotes: Sequence[Quote]) -> Word | None:
    """The main clause above a subordinate one (a clause opened by a subordinator, "after they came
    out", "whether he would support her") on which the parser hung a participle set off by a
    comma: "Bradley apologized after they came out, saying ...", "he hedged on whether he would
    support her, telling ...") or a relative clause ("brandished touches that Biden might
    appreciate, describing ..."): the participle goes on with the main clause, whose subject
    speaks. None when the clause is none of these or no verb with a subject lies above it."""
    if verb.id < 2 or sentence.words[verb.id - 2].text != "," or not (
            clause.deprel == "acl:relcl" or any(c.deprel == "mark" for c in sentence.children(clause))):
        return None
    word = clause
    for _ in range(words_.rules.continuation_depth):
        if not word.head:
            return None
        head = sentence.word(word.head)
        if head.upos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN") or quoted(head, quotes):
            return None
        if _subjects(sentence, head, words_):
            # not a noun's: "It is this vision that Clinton is tying her image to, attempting
            # ...": the relative clause of a cleft is the sentence's real clause
            return head if head.upos in ("VERB", "AUX", "ADJ") else None
        word = head
    return None


DASHES = ("--", "—", "―", "–", "-")  # the dashes that set off a phrase or a frame


def _after_dateline(sentence: Sentence, word: Word, words_: SpeakerWords) -> Word | None:
    """A dateline is no speaker: "WASHINGTON -- President Obama ... said" (the parser may make the
    place the subject and the name its flat dependent). The name after the dash, if there is one."""
    words = sentence.words
    i = word.id - 1
    if i >= words_.rules.dateline_words or not (word.text.isupper() and len(word.text) >= 2):
        return None
    dash = next((k for k in range(i + 1, min(i + 4, len(words))) if words[k].text in DASHES), None)
    if dash is None or dash + 1 >= len(words) or any(not w.text.isupper() for w in words[:dash] if w.upos != "PUNCT"):
        dash = _dateline_dash(sentence, words_)
        if dash is None:
            return None
    span = name_span(sentence, words[dash + 1])
    if span is not None:
        return words[span[1]]
    # "FLINT, Mich., Oct. 4 (UPI) — Former President Bill Clinton criticized", "WASHINGTON (AP) —
    # A news report published Wednesday said": the phrase after the dash, by its head; a subject,
    # or a dependent the parser hung on the dateline itself ("YORK ← appos Secretary")
    first = next((w for w in words[dash + 1 :] if w.upos in ("NOUN", "PROPN")), None)
    while first is not None and first.head and first.deprel in ("compound", "flat", "flat:name", "amod"):
        first = sentence.word(first.head)
    if first is None or _prepositional(sentence, first):
        return None
    return first if first.deprel.startswith("nsubj") or 0 < first.head <= dash else None


def _prepositional(sentence: Sentence, word: Word) -> bool:
    """The word heads a phrase opened by a preposition ("in a statement", "during a stop in
    Onawa"): an adverbial, whatever arc the parser gave it, never the speaker."""
    return any(c.deprel == "case" and c.upos == "ADP" for c in sentence.children(word))


def _dateline_dash(sentence: Sentence, words_: SpeakerWords) -> int | None:
    """The dash of a longer dateline, place, state, date and agency ("FLINT, Mich., Oct. 4 (UPI)
    —", "LONDON (Reuters) -"): every word before it capitalised or a number, within
    ``dateline_words`` words of place and date on each side of the agency's brackets."""
    words = sentence.words
    dash = next((k for k, w in enumerate(words[: 4 * words_.rules.dateline_words]) if w.text in DASHES), None)
    if dash is None or dash + 1 >= len(words):
        return None
    before = [w for w in words[:dash] if w.upos != "PUNCT"]
    if not before or not all(w.text[:1].isupper() or w.text[:1].isdigit() for w in before):
        return None
    return dash


def _set_off_name(sentence: Sentence, word: Word) -> bool:
    """A name that an apposition or a conjunct follows, after a comma, a bracket or "and"
    ("Valeska Paris, an Australian woman, has claimed", "Trump and his aides have said"); not a
    name that runs into a title ("Ohio Democratic Party Chairman David Pepper called"), nor a
    capitalised word heading an adverbial (:func:`_opens_adverbial`)."""
    span = name_span(sentence, word)
    words = sentence.words
    if span is None or span[1] + 1 >= len(words) or _opens_adverbial(sentence, word):
        return False
    after = words[span[1] + 1]
    return after.text in (",", "(") or after.upos == "CCONJ"


def _opens_adverbial(sentence: Sentence, word: Word) -> bool:
    """A capitalised word with an oblique argument of its own heads an adverbial phrase, not a
    name ("Contrary to his claims, authorities say"): an adjective or adverb takes "to ...", a
    name takes none (its prepositional phrase, "Reid of Nevada", is a modifier, nmod)."""
    return any(c.deprel == "obl" for c in sentence.children(word))


def _fronted_word(sentence: Sentence, word: Word) -> bool:
    """ "Meanwhile, CPAC attendees learned ...": a word opening the sentence before a comma that
    the tagger took for a name but the lemmatizer knows as a common word (lemma in lower case:
    "meanwhile", "moreover", "overall"), alone or with the rest of its phrase ("Sooner or
    later, the governor told ..."), is an adverbial, not a second subject."""
    words = sentence.words
    if word.id != 1 or len(words) < 2 or not (word.lemma[:1].islower() and word.text[:1].isupper()):
        return False
    # its own phrase closed by a comma: "Meanwhile,", "Sooner or later,"
    last = max((w.id for w in sentence.subtree(word) if w.upos != "PUNCT"), default=word.id)
    return last < len(words) and words[last].text == ","


def _opening_adverb(sentence: Sentence, word: Word) -> bool:
    """One word the tagger took for a name, set off by a comma at the sentence's start, that the
    lemmatizer knows as a common word ("Nevertheless, a survey ... found", "Moreover, Jeffrey
    Sachs ... noted"): a sentence adverb, never the speaker. Not "Meanwhile Rihanna, who ...",
    where the parser made the name part of its phrase."""
    words = sentence.words
    return word.upos == "PROPN" and len(words) > 2 and words[1].text == "," and _fronted_word(sentence, word)


def _opening_passive(sentence: Sentence, verb: Word) -> bool:
    """A bare passive participle that opens the sentence as an adverbial clause, with only its
    own "When" or "After" before it ("*Asked* by reporters whether ...", "When *asked* by the
    host about ...")."""
    return verb.xpos in ("VBN", "VBD") and verb.deprel == "advcl" and all(
        w.head == verb.id and w.deprel in ("mark", "advmod") for w in sentence.words[: verb.id - 1] if w.upos != "PUNCT")


def _agent(sentence: Sentence, verb: Word) -> Word | None:
    """The agent of a passive cue: "a different story was told by the Daily Caller", "as
    (first) reported by the Star" (a participle with no auxiliary, opened by "as"), "Asked by
    reporters whether ..., she said" (one opening the sentence, :func:`_opening_passive`)."""
    reduced = verb.xpos == "VBN" and any(c.deprel in ("mark", "advmod") and c.lemma.lower() == "as" and c.id < verb.id
                                         for c in sentence.children(verb)) or _opening_passive(sentence, verb)
    if not reduced and not any(c.deprel.startswith("aux:pass") for c in sentence.children(verb)):
        return None
    for child in sentence.children(verb):
        if child.deprel in ("obl:agent", "obl") and _nominal(child) and any(
            c.deprel == "case" and c.lemma.lower() == "by" for c in sentence.children(child)
        ):
            return child
    return _agent_in_name(sentence, verb)


def _agent_in_name(sentence: Sentence, verb: Word) -> Word | None:
    """ "X has been called a charlatan by fellow physicians": the parser hangs the agent on the
    name given, the passive verb's object."""
    for obj in (c for c in sentence.children(verb) if c.deprel == "obj" and c.id > verb.id):
        for child in sentence.children(obj):
            if child.deprel == "nmod" and _nominal(child) and any(
                    c.deprel == "case" and c.lemma.lower() == "by" for c in sentence.children(child)):
                return child
    return None


def _passive_naming(sentence: Sentence, cue: CueHit) -> list[tuple[int, int]]:
    """ "Mehmet Oz, a TV star, has been called a charlatan by fellow physicians": the agent named
    the passive subject; the content is the subject's phrase and the name it was given (the agent
    left out), as for "the physicians called Oz a charlatan". Only for an entry that governs an
    object, a passive verb with its subject before it and an agent (``_agent``)."""
    verb = cue.verb
    agent = _agent(sentence, verb) if cue.entry.governs == "object" else None
    if agent is None:
        return []
    subjects = [c for c in sentence.children(verb) if c.deprel == "nsubj:pass" and c.id < verb.id]
    name = next((c for c in sentence.children(verb) if c.deprel in ("obj", "xcomp") and c.id > verb.id), None)
    if not any(_nominal(c) for c in subjects) or name is None:
        return []
    start = min(sentence.subtree(w)[0].start for w in subjects)
    end = max(sentence.subtree(w)[-1].end for w in subjects)
    return [(start, end), _subtree_span(sentence, name, exclude=[agent.id])]


def _as_saying_host(sentence: Sentence, verb: Word) -> Word | None:
    """The verb of "Tass cited officials as saying ...", "quoted him as saying": its object spoke,
    its subject relayed the words."""
    if not verb.head or not any(c.deprel == "mark" and c.lemma.lower() == "as" for c in sentence.children(verb)):
        return None
    host = sentence.word(verb.head)
    if host.upos == "VERB" and any(c.deprel == "obj" and _nominal(c) for c in sentence.children(host)):
        return host
    return None


def _gerund_subject(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The noun right before a participle cue that hangs on it ("about Pope Francis *calling*
    Christmas a sham", "Oz's *saying* that ..."): the gerund's own subject, which the parser
    gives as a compound or possessor, not the subject of the clause around it."""
    if not _participle(verb) or verb.id < 2:
        return None
    before = sentence.words[verb.id - 2]
    if before.text in ("'s", "’s") and before.head and before.head != verb.id:
        before = sentence.word(before.head)  # "Oz's saying": the possessor
    if before.head != verb.id or before.deprel not in ("compound", "nmod:poss", "obl", "obl:npmod") \
            or before.upos not in ("PROPN", "PRON", "NOUN") or is_time(sentence, before, words_):
        return None
    return before if before.upos != "NOUN" or can_speak(before, words_) else None


def _noun_complement_holder(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The subject of the verb whose object a noun with a complement clause is ("Lopez has a long
    *history of blaming* others", "has a rare *chance to show* that ...", "investigators have no
    *evidence to suggest* ...", "will spearhead an *effort to paint* X as ..."): the clause, a
    to-infinitive or an of-gerund, tells what the holder does; the noun (a chance, a history)
    says nothing. None where the noun names someone who can act ("hired a lawyer to argue")."""
    if verb.deprel != "acl" or not verb.head or not any(
            c.deprel == "mark" and c.lemma.lower() in ("to", "of") for c in sentence.children(verb)):
        return None
    noun = sentence.word(verb.head)
    if noun.upos != "NOUN" or noun.deprel != "obj" or not noun.head or noun.id > verb.id:
        return None
    lemma = words_.standard(noun.lemma.lower())
    if any(lemma in heads for heads in (words_.person_roles, words_.organization_heads, words_.anonymous_heads,
                                        words_.media_heads)):
        return None
    holder = sentence.word(noun.head)
    if holder.upos not in ("VERB", "AUX"):
        return None
    before = [c for c in _subjects(sentence, holder, words_) if c.id < holder.id]
    if not before:
        return None
    subject = max(before, key=lambda c: c.id)
    return _antecedent(sentence, holder, subject, words_) if _is_relative(subject, words_) else subject


def _document_author(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The subject of the verb whose object is the document a participle cue hangs on ("X wrote
    an op-ed urging ...", "X issued a statement saying ..."): the author speaks through it. None
    when the document is no object or its verb has no subject before it."""
    issued = _document_verb(sentence, verb, words_)
    if issued is None:
        return None
    subjects = [c for c in _subjects(sentence, issued, words_) if c.id < sentence.word(verb.head).id]
    return max(subjects, key=lambda w: w.id) if subjects else None


def _document_verb(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The verb whose object is the document a participle cue hangs on ("issued" of "issued a
    statement saying ..."), else None."""
    if not _participle(verb) or verb.deprel != "acl" or not verb.head:
        return None
    noun = sentence.word(verb.head)
    words = sentence.words
    hyphened = f"{words[noun.id - 3].text}-{noun.text}" if noun.id >= 3 and words[noun.id - 2].text == "-" else ""
    documents = words_.document_heads | words_.statement_nouns
    if noun.upos != "NOUN" or noun.deprel != "obj" or not noun.head or not (
            words_.standard(noun.lemma.lower()) in documents or hyphened.lower() in documents):
        return None
    return sentence.word(noun.head)


def _conjunct_as_adverbial(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The first conjunct of "When X mentioned the fire and said ..." that the parser hung on the
    cue as its adverbial clause, the cue opening with "and" right after that clause: the two verbs
    share the subject. None when anything but the clause stands between it and the "and"."""
    cc = next((c for c in sentence.children(verb) if c.deprel == "cc" and c.id < verb.id), None)
    if cc is None or cc.id != verb.id - 1:
        cc = _sequencing_opener(sentence, verb, words_)
    if cc is None:
        return None
    for child in sentence.children(verb):
        if child.deprel == "advcl" and child.upos == "VERB" and child.id < cc.id \
                and any(w.id == cc.id - 1 for w in sentence.subtree(child)) and _subjects(sentence, child, words_):
            return child
    return None


def _sequencing_opener(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The comma of ", then says" right before the cue: "X offered him a job, then says ...", the
    parser hanging the first predicate on the cue as its adverbial clause; the comma stands for
    the "and" of a coordination of two predicates."""
    words = sentence.words
    if verb.id < 3:
        return None
    then, comma = words[verb.id - 2], words[verb.id - 3]
    if then.lemma.lower() not in words_.sequencing_adverbs or then.head != verb.id or comma.text != ",":
        return None
    return comma


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
            if _is_relative(subject, words_):  # "Trump, who took to the talk shows to defend his praise"
                subject = _antecedent(sentence, above, subject, words_) or subject
            if subject.id < pronoun.id and subject.upos == "PROPN" and name_span(sentence, subject) is not None:
                return subject
            return None
        below = above
    return None


def is_share(word: Word, words_: SpeakerWords) -> bool:
    """A share of people asked: "51 percent (of respondents)", "a majority", "43" standing alone."""
    return word.lemma.lower() in words_.share_heads or (word.upos == "NUM" and word.deprel.startswith("nsubj"))


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


def _antecedent(sentence: Sentence, clause: Word, relative: Word, words_: SpeakerWords) -> Word | None:
    """What a relative pronoun subject of a cue stands for: the noun its clause hangs on, else the
    last noun before it; but where that noun cannot speak and the word right before ", who" can,
    that word ("a damning reaction from President Barack Obama, who called ...": the parser
    hangs the clause on "reaction"; "the speeches by Bernie Sanders, who cites them")."""
    host = sentence.word(clause.head) if clause.head else None
    if clause.deprel.startswith("acl") and host is not None and (_nominal(host) or is_share(host, words_)):
        antecedent: Word | None = host
    else:
        earlier = [w for w in sentence.words[: relative.id - 1] if w.upos in ("NOUN", "PROPN")]
        antecedent = earlier[-1] if earlier else None
    words = sentence.words
    beside = words[relative.id - 3] if relative.id >= 3 and words[relative.id - 2].text == "," else None
    if beside is not None and antecedent is not None and relative.lemma.lower() in words_.person_relative_pronouns \
            and (person := _phrase_head_above(sentence, antecedent, words_)) is not antecedent:
        return person
    if beside is not None and beside is not antecedent and beside.upos in ("NOUN", "PROPN") \
            and can_speak(beside, words_) and (antecedent is None or not can_speak(antecedent, words_)):
        return beside
    return antecedent


def _phrase_head_above(sentence: Sentence, noun: Word, words_: SpeakerWords) -> Word:
    """The person noun a chain of prepositional phrases hangs on ("a professor [at the University
    [of Oslo]]" -> "professor"), else the noun itself: "who" after such a phrase and a comma
    stands for a person, the phrase's head, not the institution or place named last."""
    start = noun
    while noun.deprel == "nmod" and noun.head:
        noun = sentence.word(noun.head)
        if noun.upos == "NOUN" and words_.standard(noun.lemma.lower()) in words_.person_roles:
            return noun
        if noun.upos not in ("NOUN", "PROPN"):
            break
    return start


def _noun_cue_holder(sentence: Sentence, noun: Word) -> Word | None:
    """Whose claim, suggestion or view a noun cue names: its possessor ("Trump's suggestion that
    ...", "his argument that ...") or the agent of "by" ("the suggestion by the mayor that ...").
    None otherwise: the nearest noun before it is no speaker ("a dispute ... over proposals that
    ...", "stirred controversy with an assertion that ...")."""
    for child in sentence.children(noun):
        if child.deprel == "nmod:poss" and _nominal(child):
            return child
        if child.deprel == "nmod" and _nominal(child) and any(
                c.deprel == "case" and c.lemma.lower() == "by" for c in sentence.children(child)):
            return child
    return None


def _closed_apposition(sentence: Sentence, subject: Word, verb: Word) -> bool:
    """The subject phrase is set off on both sides, as an apposition is ("Ana Ruiz, a senior
    adviser, said"): a comma or dash closes it before the verb. A phrase running straight into
    the verb is the subject itself and the name before its comma another clause's ("... in
    Reno, Nev., others argue")."""
    last = max((w for w in sentence.subtree(subject) if w.upos != "PUNCT"), key=lambda w: w.id)
    return any(w.text in _SET_OFF for w in sentence.words[last.id : verb.id - 1])


def _clause_inside(sentence: Sentence, subject: Word, name: Word) -> bool:
    """The later name hangs on a verb between it and the subject, a verb with a subject of its
    own there: the name is a word of that clause ("candidate Bernie Sanders, who endorsed
    Clinton, said": not Clinton)."""
    return any(a.upos in ("VERB", "AUX") and subject.id < a.id < name.id and any(
        c.deprel.startswith("nsubj") and subject.id < c.id < a.id for c in sentence.children(a))
        for a in sentence.ancestors(name))


def _in_cue_phrase(sentence: Sentence, verb: Word, name: Word) -> bool:
    """The name comes after the cue and hangs on it: a word of the cue's own object or content
    ("pastors *supporting* Mr. Smith have joined ...": Smith is what they support), never the
    holder the subject describes, even when the speaker is sought on the clause the cue continues."""
    return name.id > verb.id and any(a.id == verb.id for a in sentence.ancestors(name))


def _addressee(sentence: Sentence, verb: Word, word: Word, words_: SpeakerWords) -> bool:
    """The word right after a verb that takes an addressee ("told", "informed") is its object:
    the person spoken to. An inverted frame has its speaker as subject ('"...?" asked Smith')."""
    if verb.lemma.lower() not in words_.addressee_verbs:
        return False
    phrase_head = word if word.upos in ("NOUN", "PROPN", "PRON") else next(
        (w for w in sentence.words[word.id:] if w.upos in ("NOUN", "PROPN", "PRON")), word)
    while phrase_head.head and phrase_head.deprel in ("compound", "flat", "flat:name", "amod", "det", "nmod:poss"):
        phrase_head = sentence.word(phrase_head.head)
    if phrase_head.deprel not in ("obj", "iobj"):
        return False
    return phrase_head.head == verb.id or _object_before_subject(sentence, verb, phrase_head)


def _object_before_subject(sentence: Sentence, verb: Word, obj: Word) -> bool:
    """ "told [The Huffington Post] [he is not planning an appeal]": the parser hung the person
    told on the reported clause, as its object; an object before that clause's own subject is
    the verb's (an object never comes before its clause's subject)."""
    clause = sentence.word(obj.head) if obj.head else None
    if clause is None or clause.head != verb.id or clause.deprel != "ccomp":
        return False
    return any(c.deprel.startswith("nsubj") and obj.id < c.id < clause.id for c in sentence.children(clause))


_FINITE = ("VBD", "VBZ", "VBP")


def noun_phrase_after_quote(body: str, sentence: Sentence, verb: Word, quotes: Sequence[Quote]) -> list[Word]:
    """The words between a quotation and a finite verb right after them, when they are a noun
    phrase (no verb among them) and the parser gave the verb no subject of its own or made it
    a clause of one of their nouns: the speaker's phrase of a frame it misread ('“...,” the
    economist Jared Bernstein, a former adviser, wrote on his blog', 'adviser ← wrote'). A relative
    clause set off by commas is the phrase's aside, left out ('“...,” Ann Roy, who led the board
    for years, told reporters', the parser hanging "Ann Roy" in the quotation)."""
    if verb.xpos not in _FINITE or not (verb.deprel.startswith("acl") or not any(
            c.deprel.startswith("nsubj") for c in sentence.children(verb))):
        return []
    left = max((q for q in quotes if sentence.start <= q.end <= verb.start), key=lambda q: q.end, default=None)
    if left is None:
        return []
    between = [w for w in sentence.words if left.end <= w.start and w.end <= verb.start and w.upos != "PUNCT"]
    inside = {w.id for w in between}
    asides = {d.id for w in between if w.deprel == "acl:relcl" and _set_off_by_comma(sentence, w)
              and all(d.id in inside or d.upos == "PUNCT" for d in sentence.subtree(w)) for d in sentence.subtree(w)}
    between = [w for w in between if w.id not in asides]
    if not between or not only_punctuation(body, left.end, between[0].start) or any(w.upos in ("VERB", "AUX") for w in between):
        return []
    ids = {w.id for w in between}
    tops = [w for w in between if w.head not in ids]
    if between[0].upos not in _SPEAKER_TAGS + ("DET",) or any(w.upos not in _SPEAKER_TAGS for w in tops):
        return []  # not a noun phrase: "... “Islamic terrorism” often in his campaign, and criticized"
    return between


def _head_after_quote(body: str, sentence: Sentence, verb: Word, quotes: Sequence[Quote]) -> Word | None:
    """The head of :func:`noun_phrase_after_quote`'s phrase: its first word whose head is outside it."""
    phrase = noun_phrase_after_quote(body, sentence, verb, quotes)
    ids = {w.id for w in phrase}
    return next((w for w in phrase if w.head not in ids), None) if phrase else None


def speaker_word(sentence: Sentence, cue: CueHit, body: str, words_: SpeakerWords,
                 quotes: Sequence[Quote] = (), cue_verbs: frozenset[int] = frozenset()) -> Word | None:
    """The head word of the speaker phrase of a cue, by arcs first and position second
    (``cue_verbs``: ids of the sentence's cue verbs, whose objects are their content)."""
    verb = cue.verb
    if verb.upos == "NOUN" and cue.entry.upos == ("NOUN",):  # not a verb the tagger took for a noun
        return _noun_cue_holder(sentence, verb)
    if misread_present_verb(sentence, verb):  # 'The ad claims "..."': the subject made its modifier
        return max((c for c in sentence.children(verb) if c.id < verb.id and c.deprel in ("amod", "compound", "flat")),
                   key=lambda c: c.id)
    if not any(c.deprel.startswith("nsubj") for c in sentence.children(verb)) and (
            after_quote := _head_after_quote(body, sentence, verb, quotes)) is not None and after_quote.upos in _SPEAKER_TAGS:
        return after_quote  # (a subject of its own, "party chairman Dan Hale wrote", is found below)
    if (inverted := _inverted_name(sentence, cue, words_)) is not None:
        return inverted  # "Recipients, said Mauer, are required ...": the name after the cue
    subjects = _unquoted_subjects(sentence, verb, words_, quotes)
    # "Nevertheless, a survey ... found": an opening adverb the tagger took for a name is no subject
    subjects = [c for c in subjects if not _opening_adverb(sentence, c)]
    if _participle(verb):  # "..., saying the courts have no business ...": the clause's subject
        subjects = [c for c in subjects if c.id < verb.id]
    if (dateline := dateline_end(sentence, words_.rules)) is not None:
        # "MOSCOW (AP) — ..., officials said": the place is a second subject arc, not the speaker
        subjects = [c for c in subjects if c.start >= dateline] or subjects
    agent = _agent(sentence, verb) if not cue.lemma.startswith(("quote", "cite")) else None
    if agent is not None:
        return agent  # "was told by The Daily Caller", "was reported by Reuters"
    # a "subject" after a complementiser belongs to the reported clause ("revealed that children ...")
    subjects = [c for c in subjects if c.id < verb.id or not any(
        w.lemma.lower() in ("that", "whether", "if") and w.upos in ("SCONJ", "PRON", "DET")
        for w in sentence.words[verb.id : c.id - 1]
    )]
    if not subjects and (holder := _participle_on_subject(sentence, cue, words_, quotes)) is not None:
        return holder  # "voters backing the mayor stayed home": the voters
    if not subjects and (host := _as_saying_host(sentence, verb)) is not None:
        return next(c for c in sentence.children(host) if c.deprel == "obj" and _nominal(c))
    if not subjects and (gerund_subject := _gerund_subject(sentence, verb, words_)) is not None:
        return gerund_subject
    if not subjects and (holder := _noun_complement_holder(sentence, verb, words_)) is not None:
        return holder  # "Lopez has a long history of blaming others": Lopez
    if not subjects and (modified := _participle_after_noun(sentence, verb, words_, quotes, cue_verbs)) is not None:
        return modified  # "cheered farmers hoping to ...", "letters from staff members suggesting ...": they
    clause = verb
    if not subjects and verb.deprel == "xcomp" and verb.head and verb.xpos in ("VBN", "VBD") and not any(
            c.deprel == "mark" for c in sentence.children(verb)):
        clause = sentence.word(verb.head)  # "Authorities had earlier said ...": "had" taken for the verb
        subjects = [c for c in _subjects(sentence, clause, words_) if c.id < verb.id]
    if not subjects and verb.deprel == "conj" and verb.head and any(c.deprel == "cc" for c in sentence.children(verb)):
        clause = sentence.word(verb.head)  # "X said ... and added that": X
        subjects = _subjects(sentence, clause, words_)
        if not subjects and clause.deprel == "xcomp" and clause.head:
            clause = sentence.word(clause.head)  # "X will be unable to turn ... and accuse ...": X
            subjects = [c for c in _subjects(sentence, clause, words_) if c.id < verb.id]
        if not subjects and _predicate_on_object(sentence, verb, clause):
            clause = sentence.word(clause.head)  # "He adopted an accent and joked, ...": he
            subjects = [c for c in _subjects(sentence, clause, words_) if c.id < verb.id]
    if not subjects and verb.deprel in ("parataxis", "conj") and verb.head and verb.xpos in _FINITE \
            and _sequencing_opener(sentence, verb, words_) is not None:
        clause = sentence.word(verb.head)  # "X offered him a job, then says ...": X
        subjects = [c for c in _subjects(sentence, clause, words_) if c.id < verb.id]
    if not subjects and cue.entry.frame == "document" and verb.deprel in ("conj", "advcl") \
            and (data := data_subject(sentence, verb, words_.data_heads, words_.time_words)) is not None:
        return data  # "A poll, conducted by X, shows ...": the participle taken for the main verb
    if not subjects and (author := _document_author(sentence, verb, words_)) is not None:
        return author  # "X wrote an op-ed urging ...": the writer urges, through the op-ed
    if not subjects and (first := _conjunct_as_adverbial(sentence, verb, words_)) is not None:
        clause = first  # "When X mentioned the fire and said ...": the parser made "mentioned" an adverbial of "said"
        subjects = _subjects(sentence, clause, words_)
    if not subjects and (continued := _continued_clause(sentence, verb, words_, quotes)) is not None:
        clause = continued  # "X spoke out Tuesday, arguing that ...": X
        subjects = _subjects(sentence, clause, words_)
    if not subjects and verb.deprel == "xcomp" and verb.head and not _participle(verb):
        # "He went on to say, “...”", "She was quick to add": the subject of the verb it
        # completes says it
        clause = sentence.word(verb.head)
        if (controller := _object_controller(sentence, clause, verb, words_)) is not None:
            return controller
        subjects = _unquoted_subjects(sentence, clause, words_, quotes)
    if not subjects and (host := _purpose_host(sentence, verb, words_)) is not None:
        clause = host  # "The leaders met on Friday to discuss the plan": the leaders
        subjects = [c for c in _unquoted_subjects(sentence, host, words_, quotes) if c.deprel == "nsubj" and c.id < host.id]
    if subjects and clause is not verb and (dateline := dateline_end(sentence, words_.rules)) is not None:
        subjects = [c for c in subjects if c.start >= dateline] or subjects  # the place is no speaker here either
    if subjects:
        before = [s for s in subjects if s.id < verb.id]
        # several subject arcs before the verb are a name with its apposition misparsed
        # ("Valeska Paris, an Australian woman and former Scientologist, has claimed"): the
        # leftmost name is the subject; otherwise the nearest subject
        # a subject before a quotation that closes before the verb is the quoted clause's own
        # ('Clinton “caused havoc,” he said.', 'Clinton is “the most dishonest ...,” Pence said')
        beyond = [s for s in before if not any(s.end <= q.start and q.end <= verb.start
                                               and not _quote_in_phrase(sentence, s, q) for q in quotes)]
        if before and not beyond and clause is verb and not _participle(verb) \
                and any(punctuation_gap(body, q.end, verb.start) for q in quotes) \
                and (after_cue := _name_after_cue(sentence, cue, words_)) is not None:
            return after_cue  # 'The answers are “not enough,” says Paul Roe': the quoted clause's subject
        before = beyond or before
        named = [s for s in before if s.upos == "PROPN" and _set_off_name(sentence, s) and not _fronted_word(sentence, s)]
        nearest = max(before, key=lambda w: w.id) if before else None
        if len(before) > 1 and named and not _pronoun_frame(sentence, nearest, verb) \
                and not _interrupting_subject(sentence, nearest, verb):
            subject = named[0]
        else:
            subject = max(before, key=lambda w: w.id) if before else min(subjects, key=lambda w: w.id)
        if (after_dateline := _after_dateline(sentence, subject, words_)) is not None:
            subject = after_dateline
        role_word = subject.lemma.lower() in words_.person_roles
        if phrase_at(sentence, subject, body, words_).kind == "name" and not role_word:
            return subject
        if subject.upos in ("NOUN", "PROPN") and subject.id < clause.id:
            # "team member Rodaba Noori told", "... Association president Sehar Memon said": the
            # name nearest the verb, after a role noun, is the speaker the subject describes
            named = _nearest_before(sentence, clause, quotes, names_only=True)
            if named is not None and named.id > subject.id and not _clause_inside(sentence, subject, named) \
                    and not _in_cue_phrase(sentence, verb, named):
                span = name_span(sentence, named)
                before_name = sentence.words[span[0] - 1] if span and span[0] > 0 else None
                if subject.upos == "NOUN" or role_word or (
                    before_name is not None and before_name.lemma.lower() in words_.person_roles and not before_name.text[:1].isupper()
                ):
                    return named
            if named is not None and named.id < subject.id and subject.upos == "NOUN" and not _fronted_word(sentence, named) \
                    and (span := name_span(sentence, named)) \
                    and not words_.is_place([w.text for w in sentence.words[span[0] : span[1] + 1]]):
                # "“...,” Gene Sperling, a top adviser, said": the parser made the apposition the
                # subject and hung the name elsewhere; the name set off by the comma speaks (not a
                # place: "During a stop in Onawa, Iowa, the candidate repeated ...")
                first = next(w for w in sentence.subtree(subject) if w.upos != "PUNCT")
                if span[1] == named.id - 1 and first.id - 1 == span[1] + 2 and sentence.words[span[1] + 1].text == "," \
                        and _closed_apposition(sentence, subject, clause):
                    return named
        if _is_relative(subject, words_):
            return _antecedent(sentence, clause, subject, words_)
        return subject
    words = sentence.words
    # inverted frame: "..., said Ihor Solovey" / "“...,” said KCNA": the cue opens its stretch
    # (not after a closing bracket: "Sen. Lindsey Graham (R-S.C.) told The Huffington Post")
    previous = words[verb.id - 2] if verb.id >= 2 else None
    if previous is None or (previous.upos == "PUNCT" and previous.text not in (")", "]")) or any(
        punctuation_gap(body, q.end, verb.start) for q in quotes
    ):
        after = [w for w in words[cue.words[-1].id :] if w.upos != "ADV" and not is_time(sentence, w, words_)]
        if after and after[0].lemma.lower() in ("that", "whether", "if", "how", "what", "why"):
            after = []
        if after and _object_after_subject(sentence, verb, after[0], body, quotes, words_):
            after = []  # "X, a senator who has made Y his cause, tweeted a warning": the object
        if after and after[0].deprel.startswith("nsubj") and after[0].head not in (0, verb.id):
            after = []  # the reported clause's subject: "Phil Lovas, said he cannot comment"
        if after and _addressee(sentence, verb, after[0], words_) and _nearest_before(sentence, verb, quotes, True, words_) is not None:
            after = []  # "X, a close adviser, told AFP ...": the person told; X is the speaker
        if after and after[0].upos == "ADJ" and after[0].deprel in ("amod", "compound") and after[0].head > after[0].id \
                and _nominal(sentence.word(after[0].head)) and any(
                    punctuation_gap(body, q.end, verb.start) for q in quotes):
            return sentence.word(after[0].head)  # "said Clinton campaign manager Robby Mook" (Clinton tagged ADJ)
        if after and _nominal(after[0]) and after[0].upos != "NUM":
            return after[0]
        # "..., said former Utah governor Michael Leavitt": the object after its modifiers
        modified = next((c for c in sentence.children(verb) if after and after[0].upos in ("ADJ", "DET", "NUM")
                         and c.deprel in ("obj", "iobj", "nsubj", "ccomp", "xcomp", "dep", "appos") and c.upos in ("NOUN", "PROPN")
                         and sentence.subtree(c)[0].id == after[0].id), None)
        if modified is not None:
            return modified
        # "..., said a spokesman", "..., said one source in the room", "said two officials"
        if after and (after[0].upos == "DET" or (after[0].upos == "NUM" and after[0].deprel in ("nummod", "det"))) \
                and len(after) > 1 and _nominal(after[1]):
            return next((w for w in after[1:] if w.upos in ("NOUN", "PROPN")), after[1])
        if (misread := _misread_first_name(sentence, after)) is not None:
            return misread
    if (host := _subjectless_host(sentence, verb, words_)) is not None \
            and (before_host := _nearest_before(sentence, host, quotes)) is not None:
        return before_host  # "On Sunday Mr. Reed made an attempt to deflect Mr. Khan's criticism, writing ...": Reed
    # no subject arc: the nearest name before the cue ("..., Kyrylo Budanov, later claimed")
    return _nearest_before(sentence, verb, quotes)


def _subjectless_host(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The verb a participle cue continues ("X made an attempt to deflect Y's criticism, writing
    ...", "X issued a statement saying ..."), a finite verb the parser gave no subject: its
    speaker stands before that verb, not among its objects between it and the participle. None
    for any other cue (an infinitive host, "an attempt to deflect ..., writing", has its
    subject elsewhere)."""
    if not _participle(verb) or not verb.head or verb.head > verb.id:
        return None
    host = sentence.word(verb.head) if verb.deprel == "advcl" else _document_verb(sentence, verb, words_)
    if host is None:
        return None
    if host.upos != "VERB" or host.feat("VerbForm") != "Fin" \
            or any(c.deprel.startswith(("nsubj", "csubj", "expl")) for c in sentence.children(host)):
        return None
    return host


def _quote_in_phrase(sentence: Sentence, subject: Word, quote: Quote) -> bool:
    """The quotation is a word of the subject's own phrase, a title in its apposition ("Kerry
    Lane, star of the show “Home,” thanked Obama for ..."), not a clause the subject says."""
    inside = [w for w in sentence.words if quote.contains(w.start, w.end) and w.upos != "PUNCT"]
    phrase = {w.id for w in sentence.subtree(subject)}
    return bool(inside) and all(w.id in phrase for w in inside)


def _object_after_subject(sentence: Sentence, verb: Word, word: Word, body: str, quotes: Sequence[Quote],
                          words_: SpeakerWords) -> bool:
    """The phrase after a cue that follows a comma is its object, not an inverted speaker, when
    no quotation closes before the cue and a name opens the sentence's subject region ("Sen. Ted
    Cruz (R-Tex.), a candidate who has made X his cause, tweeted a warning", "as Ana Ruiz, the
    mayor's sister, attacked Reyes for ..."): the parser lost the subject arc over the aside."""
    head = word if word.deprel == "obj" else (sentence.word(word.head) if word.head else word)
    if head.deprel != "obj" or head.head != verb.id:
        return False
    if any(punctuation_gap(body, q.end, verb.start) for q in quotes):
        return False
    before = [w for w in sentence.words[: verb.id - 1] if w.upos != "PUNCT"]
    if not before or sentence.words[verb.id - 2].text not in _SET_OFF or not any(
            a.deprel in ("appos", "acl:relcl", "acl") for a in [before[-1]] + list(sentence.ancestors(before[-1]))):
        return False  # an aside closes before the cue; "..., say some Democrats" follows a clause
    named = _nearest_before(sentence, verb, quotes, True, words_)
    return named is not None and not quoted(named, quotes)


def _name_after_cue(sentence: Sentence, cue: CueHit, words_: SpeakerWords) -> Word | None:
    """The last word of a name that opens right after the cue ("..., says Paul Roe, ..."), not a day."""
    last = cue.words[-1]
    if last.id >= len(sentence.words):
        return None
    span = name_span(sentence, sentence.words[last.id])
    if span is None or span[0] != last.id or is_time(sentence, sentence.words[span[1]], words_):
        return None
    return sentence.words[span[1]]


def _pronoun_frame(sentence: Sentence, subject: Word, verb: Word) -> bool:
    """ "Voters, he said, want ...": a pronoun set off by a comma right before the cue is the
    frame's subject, never an apposition of the name before it."""
    words = sentence.words
    return subject.upos == "PRON" and subject.id == verb.id - 1 and subject.id >= 2 and words[subject.id - 2].text in _SET_OFF


def _interrupting_subject(sentence: Sentence, subject: Word, verb: Word) -> bool:
    """ "Mr. Lopez, officials said, has become skeptical ...": a subject phrase set off by a comma
    and ending right before the cue, the cue followed by a comma and a reported predicate with no
    subject of its own: the frame interrupts the clause, whose subject is the name before it (the
    parser makes both subjects of the cue). Not an apposition ("Ann Roy, a former nurse, has
    claimed that ...": a comma before the verb)."""
    words = sentence.words
    ids = [w.id for w in sentence.subtree(subject)]
    if max(ids) != verb.id - 1 or min(ids) < 2 or words[min(ids) - 2].text not in _SET_OFF:
        return False
    if verb.id >= len(words) or words[verb.id].text != ",":
        return False
    return any(c.deprel == "ccomp" and c.id > verb.id and not any(g.deprel.startswith(("nsubj", "csubj")) for g in sentence.children(c))
               for c in sentence.children(verb))


def _misread_first_name(sentence: Sentence, after: Sequence[Word]) -> Word | None:
    """'“...,” said *Will* Doyle': a first name the tagger read as a common word of its own
    (an auxiliary, a verb, an adverb, a preposition: "said *Whit* Ayres" read as "with"),
    capitalised inside the sentence and followed by a name: the end of that name is the speaker
    of the inverted frame."""
    if len(after) < 2 or after[0].upos not in ("AUX", "VERB", "ADV", "ADJ", "X", "ADP") or not after[0].text[:1].isupper() \
            or after[0].id == 1 or after[1].upos != "PROPN":
        return None
    span = name_span(sentence, after[1])
    return sentence.words[span[1]] if span is not None and span[0] == after[1].id - 1 else None


_SPEAKER_TAGS = ("NOUN", "PROPN", "PRON", "NUM", "ADJ")
_CLAUSAL = ("acl", "acl:relcl", "advcl", "ccomp", "parataxis", "csubj", "xcomp")


def _inverted_name(sentence: Sentence, cue: CueHit, words_: SpeakerWords) -> Word | None:
    """The name of an inverted frame set off by commas inside or after the clause it reports:
    "Institutional recipients, *said Mauer*, are required ...", "Sales fell, *said Ann Roy*."
    The parser often makes the clause's subject the cue's subject and the name its object; the
    name (a proper name right after the cue, then a comma or the sentence's end, or its group:
    "said Doyle and others,") is the speaker."""
    words, last = sentence.words, cue.words[-1]
    if cue.verb.id < 3 or words[cue.verb.id - 2].text != "," or last.id >= len(words) or _participle(cue.verb):
        return None  # (a participle is never inverted: in ", telling Reuters, ..." the name is told)
    if _aside_on_named_subject(sentence, cue.verb):
        return None  # "Dick Dever, who chairs the panel, told POLITICO, ...": the name after is told
    span = name_span(sentence, words[last.id])
    if span is None or span[0] != last.id or is_time(sentence, words[span[1]], words_):
        return None  # (not "..., said Tuesday")
    after = words[span[1] + 1] if span[1] + 1 < len(words) else None
    if after is not None and after.upos == "CCONJ":  # "..., said Doyle and others, ...": the group
        conj = next((c for c in sentence.children(words[span[1]]) if c.deprel == "conj" and c.id > after.id), None)
        if conj is None:
            return None
        end = max(w.id for w in sentence.subtree(conj))  # the word after the conjunct (0-based index)
        after = words[end] if end < len(words) else None
    if after is not None and after.text not in (",", ".", ";", "—", "–"):
        return None
    return words[span[1]]


def _predicate_on_object(sentence: Sentence, verb: Word, conjunct: Word) -> bool:
    """A tensed verb coordinated with a noun is a second predicate the parser hung on the first
    one's object ("He adopted [a fake accent] and joked, ...", "joked" conj of "accent"): a noun
    and a tensed verb are no conjuncts of one phrase, so the speaker is the first verb's subject."""
    return verb.xpos in _FINITE and conjunct.upos in ("NOUN", "PROPN") and conjunct.deprel in ("obj", "obl", "iobj") \
        and bool(conjunct.head) and conjunct.id < verb.id


def _aside_on_named_subject(sentence: Sentence, verb: Word) -> bool:
    """The comma before the cue closes an aside set off on the cue's named subject: "Dick Dever,
    who chairs the panel, told POLITICO, ...", "Ann Roy, a Republican, told Reuters, ...". The
    frame is the subject's, not inverted; an inverted frame stands in or after the clause it
    reports, which is no name with its relative clause or apposition."""
    words = sentence.words
    for subject in sentence.children(verb):
        span = name_span(sentence, subject) if subject.deprel.startswith("nsubj") and subject.id < verb.id else None
        if span is None or span[1] + 1 >= verb.id - 2 or words[span[1] + 1].text != ",":
            continue
        name = {w.id for w in words[span[0] : span[1] + 1]}
        aside = [w for w in words[span[1] + 2 : verb.id - 2] if w.upos != "PUNCT"]
        ids = {w.id for w in aside}
        tops = [w for w in aside if w.head not in ids]
        if aside and all(w.head in name and w.deprel in ("acl:relcl", "appos") for w in tops):
            return True
    return False


def _inverted_subject(sentence: Sentence, cue: CueHit, head: Word | None, words_: SpeakerWords) -> Word | None:
    """For an inverted frame in the middle of its clause, the clause's subject the parser hung
    on the cue ("[Institutional recipients], said Mauer, are required ..."); None otherwise."""
    if head is None or head.id < cue.verb.id or _inverted_name(sentence, cue, words_) is not head:
        return None
    return next((c for c in sentence.children(cue.verb) if c.deprel.startswith("nsubj") and c.id < cue.verb.id
                 and _nominal(c)), None)


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
    return (max(floor, min(frame[0], speaker.start, _subtree_span(sentence, head)[0])), frame[1])


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
    return comma and _is_relative(word, words_) and verb is not None and verb.deprel == "acl:relcl" \
        and verb.head in {w.id for w in frame_ws}


def _coordinated_frame_start(sentence: Sentence, cue: CueHit, frame: tuple[int, int]) -> bool:
    """The frame opens with the cue's own coordinator ('called him “driven” [and asserted] that
    ...'): a quotation right before it is the previous predicate's."""
    return any(c.deprel == "cc" and c.start == frame[0] for c in sentence.children(cue.verb))


def _pro_form_content(sentence: Sentence, cue: CueHit, words_: SpeakerWords) -> Word | None:
    """An object of a speech verb that stands for words said before ("said *the same*", "said
    *the same thing*", "said *as much*"; speakers.yaml pro_form_contents): its head, a pro-form
    adjective or adverb or a noun it modifies. None for any other object."""
    if cue.entry.frame != "speech" or cue.entry.attribution_class not in _SPEECH_CLASSES:
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
    return span[0].upos in ("DET", "ADJ", "NOUN", "PROPN") or _is_relative(span[0], words_)


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
            if child.deprel == "advcl" and _own_subject(sentence, child) and any(
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
    if first < 4 or words[first - 2].text != "," or not _is_relative(words[first - 3], words_) \
            or words[first - 4].text != ",":
        return None
    if cue.words[0].id != max(w.id for w in sentence.subtree(head)) + 1:
        return None  # the cue right after its subject: "which, Ruiz noted,"
    own = {w.id for w in frame_ws}
    close = next((w for w in words[cue.words[-1].id:] if w.id not in own or w.text == ","), None)
    if close is None or close.text != ",":
        return None
    rest = [w for w in words[close.id:] if w.upos != "PUNCT"]
    if not rest or not any(w.upos in ("VERB", "AUX", "ADJ") for w in rest) or _is_relative(rest[0], words_):
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
                    and _is_relative(c, words_)), None)
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
    if not marks or not _own_subject(sentence, complement) or body[frame[1]:marks[0].start].strip() != ",":
        return None
    span = trim_content(body, marks[0].end, _subtree_span(sentence, complement)[1])
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
            start = _subtree_span(sentence, subjects[-1])[0]
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
        if child.id <= verb.id or child.deprel not in ("conj", "parataxis") or not _own_subject(sentence, child):
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
    if grammar is None or verb.lemma.lower() not in grammar.question_verbs or not _own_subject(sentence, clause):
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
    return _own_subject(sentence, word) and any(c.deprel in ("cop", "aux") for c in sentence.children(word))


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
        return not any(c.deprel == "mark" or (c.deprel == "cc" and not _own_subject(sentence, verb)) for c in children)
    if verb.upos not in ("VERB", "AUX") or verb.xpos == "VBG" or verb.deprel.startswith("acl"):
        return False
    if any(c.deprel in ("mark", "cc") for c in children):
        return False  # "because they ...", "... and left": a clause of the frame's own
    return (_own_subject(sentence, verb) or verb.xpos in FINITE_TAGS
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
    if (verb.lemma.lower() in words_.addressee_verbs or cue.lemma.startswith(("quote", "cite")) or _participle(verb)
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
        if (child.id in speech_verbs and not _infinitive(sentence, child)) or child.deprel not in _CONTENT_TAIL or (
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
    return len(torn) == 1 and child.deprel == "advcl" and _own_subject(sentence, child)


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


_CONTENT_TAIL = ("ccomp", "xcomp", "parataxis", "advcl", "obj", "iobj", "nsubj", "nsubj:pass", "csubj", "obl",
                 "obl:tmod", "obl:npmod", "nmod", "dep", "advmod", "appos", "acl", "acl:relcl", "conj")


def _own_subject(sentence: Sentence, word: Word) -> bool:
    return any(c.deprel.startswith("nsubj") for c in sentence.children(word))


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
    if complement.xpos not in ("VBG", "VBN") or not _own_subject(sentence, complement) or any(
            c.deprel in ("aux", "aux:pass", "cop") for c in children):
        return 0
    later = next((w for w in sentence.words if w.id > complement.id and w.id in speech_verbs), None)
    if later is None:
        return sentence.end
    commas = [w for w in sentence.words if complement.id < w.id < later.id and w.text in _SEGMENT_ENDS]
    return commas[-1].start if commas else later.start


def _state_predicate(sentence: Sentence, word: Word, grammar: Grammar | None) -> bool:
    """A predicate that states what is (a copula, a passive, "be" or "have"): no act of a speaker."""
    return any(c.deprel in ("cop", "aux:pass") for c in sentence.children(word)) or (
        grammar is not None and word.lemma.lower() in grammar.state_verbs)


def _content_end(sentence: Sentence, cue: CueHit, complement: Word, end: int, speech_verbs: frozenset[int],
                 grammar: Grammar | None = None, quotes: Sequence[Quote] = (),
                 reporting_words: frozenset[int] | None = None, words_: SpeakerWords | None = None) -> int:
    """Where the reported clause ends: the parser often hangs its second half on the cue
    ("said [he believes] [Obama was born ...]", "says [it means Trump] “[may not have paid]”"),
    so the dependents of the cue after the complement belong to the content, up to a coordinated
    predicate of the cue's own ("said ... and added", "..., but left"; "says ..., but she knows
    ..." and one with a modal, "says the issue is complicated and will take time", or one that
    states what is, "said she was hired and was pleased", are still content), a coordinated speech verb ("..., but it did not say how") or a
    speech verb's participle that continues the frame ("..., adding that ..."; other
    participles are content: "..., as well as a danger already manifesting itself ...").
    A dependent inside a quotation the reported clause opened is content whatever its arc
    ('wrote that Taylor "had a poor ear, was stubborn, and [made] bad choices"'): the speaker's
    own acts are never inside their quoted words."""
    verb = cue.words[-1] if cue.lemma.startswith("quote as say") else cue.verb
    start = _subtree_span(sentence, complement)[0]
    opened = [q for q in quotes if start <= q.start < end < q.end]
    for child in sentence.children(verb):
        if child.id <= complement.id or child.upos == "PUNCT" or child.deprel == "cc":
            continue
        if any(q.start <= child.start < q.end for q in opened):
            end = max(end, _subtree_span(sentence, child)[1])
            continue
        if child.deprel == "conj" and (child.id in speech_verbs and not _reported_tense(sentence, verb, complement, child) or not (
                _own_subject(sentence, child) or any(c.deprel == "aux" and c.xpos == "MD" for c in sentence.children(child))
                or tense_shift(sentence, verb, child) or _state_predicate(sentence, child, grammar)
                or reporting_words is not None and _plain_act(sentence, child, complement, speech_verbs, words_))):
            break
        if child.deprel in ("advcl", "xcomp", "parataxis") and child.xpos == "VBG" and child.id in speech_verbs:
            break
        if _own_subject(sentence, child) and _after_comma(sentence, child, verb.id) and _subordinator_as_preposition(sentence, verb, grammar):
            break  # "After aides insisted that ..., [the governor called] ...": the sentence's main clause
        if child.deprel.split(":")[0] in {d.split(":")[0] for d in _CONTENT_TAIL}:
            end = max(end, _subtree_span(sentence, child)[1])
    return end


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
    first, last = _subtree_span(sentence, clause)
    return max(end, last) if first >= after[0].start else end


def _plain_act(sentence: Sentence, conj: Word, complement: Word, speech_verbs: frozenset[int],
               words_: SpeakerWords | None) -> bool:
    """A coordinated verb that is no speech verb, after a reported clause whose subject can act
    ("said [she] wanted change, but found Trump too objectionable", "said [it] had suspended
    accounts and was reviewing others"): the reported clause going on, its subject shared, which
    the parser hung on the cue. The speaker's own next act is, in news, mostly another report
    ("..., and added", "but declined to say"): PolNeAR full train, a subjectless unlisted verb
    coordinated on a speech cue after its clause is in the gold content 11 times in 13; a verb
    of a finding or belief entry ("found", not a speech verb) goes on as well (train subset: one
    more content whole, none lost; dev level). A subject that cannot act ("said [the road] was
    closed and left the meeting") leaves the verb to the speaker, and so does a relative pronoun
    (the relative clause of an inverted frame's speaker that the parser made the cue's
    complement: 'said X, [who] ... and worked ...')."""
    if words_ is None or conj.id in speech_verbs or conj.upos not in ("VERB", "ADJ"):
        return False
    subjects = [c for c in sentence.children(complement) if c.deprel.startswith("nsubj")]
    return bool(subjects) and subjects[0].feat("PronType") != "Rel" and _can_act(subjects[0], words_)


def _can_act(word: Word, words_: SpeakerWords) -> bool:
    """A subject that can do something: a name, a personal pronoun, a noun for people, a group
    or an organisation; not a document or data, which speak but do not act ("the plan")."""
    if word.upos in ("PROPN", "PRON"):
        return can_speak(word, words_)
    lemma = words_.standard(word.lemma.lower())
    return word.upos == "NOUN" and any(lemma in heads for heads in (
        words_.person_roles, words_.organization_heads, words_.anonymous_heads))


def _tense(sentence: Sentence, verb: Word) -> str | None:
    """The tense a predicate is finite in, by its own tag or its first finite auxiliary's."""
    for word in [verb] + [c for c in sentence.children(verb) if c.deprel in ("aux", "cop")]:
        if word.xpos in FINITE_TAGS and word.xpos != "MD":
            return "Past" if word.xpos == "VBD" else "Pres"
    if _bare_present(sentence, verb):
        return "Pres"
    return None


def _bare_present(sentence: Sentence, verb: Word) -> bool:
    """A bare form the tagger took for an infinitive though it heads its clause with a subject of
    its own and no auxiliary, "to" or subordinator ("[Police] *say/VB* he posed a threat"): a present."""
    if verb.xpos != "VB" or verb.upos != "VERB" or verb.deprel not in ("root", "ccomp", "conj", "parataxis"):
        return False
    children = sentence.children(verb)
    return any(c.deprel == "nsubj" and c.id < verb.id for c in children) \
        and not any(c.deprel in ("aux", "aux:pass", "mark", "cop") for c in children)


def _subordinator_as_preposition(sentence: Sentence, verb: Word, grammar: Grammar | None) -> bool:
    """The frame is a subordinate clause whose subordinator the parser took for a preposition of
    the subject ("[After] aides insisted that ..., the governor called ...": "After" a case of
    "aides", or of a noun it hung elsewhere: "A few weeks [after] Smith announced ..."), so that
    the sentence's main clause hangs on the cue. One of grammar.yaml's clause_subordinators,
    tagged a case, opens the noun phrase right before the cue."""
    if grammar is None:
        return False
    before = [w for w in sentence.words[: verb.id - 1] if w.deprel not in ("aux", "advmod")]
    if not before or before[-1].upos not in ("NOUN", "PROPN", "PRON"):
        return False
    last = before[-1]  # the noun phrase's head: "Smith" of "Mr. Smith" when the parser made "Mr." its head
    noun = sentence.word(last.head) if last.deprel in ("flat", "compound") and last.id < last.head < verb.id else last
    for case in sentence.children(noun):
        if case.deprel == "case" and case.lemma.lower() in grammar.clause_subordinators \
                and case.id == min(w.id for w in sentence.subtree(noun)):
            return True
    return False


def _main_clause_start(sentence: Sentence, verb: Word, complement: Word, grammar: Grammar | None) -> int:
    """Where the sentence's main clause begins when the parser hung it inside the reported clause
    of a subordinate frame (:func:`_subordinator_as_preposition`): at the comma before the first
    clause with a subject of its own coordinated in it ("After aides insisted that X would not be
    replaced, [the campaign has appeared] ..."); the sentence's end for any other frame."""
    if not _subordinator_as_preposition(sentence, verb, grammar):
        return sentence.end
    for word in sentence.subtree(complement):
        if word.id > complement.id and word.deprel in ("conj", "parataxis") and _own_subject(sentence, word) \
                and _after_comma(sentence, word, complement.id):
            first = min(w.id for w in sentence.subtree(word) if w.upos != "PUNCT" and w.id > complement.id)
            return sentence.words[first - 2].start  # the comma
    return sentence.end


def _after_comma(sentence: Sentence, word: Word, floor: int = 0) -> bool:
    """The word's phrase (its words after word ``floor``) follows a comma."""
    first = min((w.id for w in sentence.subtree(word) if w.upos != "PUNCT" and w.id > floor), default=0)
    return first >= 2 and sentence.words[first - 2].text == ","


def _reported_tense(sentence: Sentence, cue_verb: Word, complement: Word, conj: Word) -> bool:
    """A speech verb coordinated on the cue in the reported clause's tense, not the cue's, with no
    subject of its own: the clause going on ("says he spoke to X and asked him to ..."), not the
    speaker's next act, which would share the cue's tense ("said ... and asked ..."). One with a
    clause of its own is a frame nested in the content ("says X promised ... and said [she
    would ...]"): PolNeAR annotates it apart."""
    return not _own_subject(sentence, conj) and tense_shift(sentence, cue_verb, conj) \
        and not tense_shift(sentence, complement, conj) and _tense(sentence, complement) is not None \
        and not any(c.deprel == "ccomp" for c in sentence.children(conj))


def tense_shift(sentence: Sentence, cue_verb: Word, conj: Word) -> bool:
    """A coordinated predicate in another tense than the cue is not the speaker's next act but
    the reported clause going on, wherever the parser hung it ("said the meeting *was* private
    and *does* not mean ...", "says it *paid* ... and also *paid* ...")."""
    tenses = _tense(sentence, cue_verb), _tense(sentence, conj)
    return None not in tenses and tenses[0] != tenses[1]


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


def _comment_start(sentence: Sentence, complement: Word, any_subject: bool = False) -> int:
    """Where the outlet's comment on the reported clause begins: a clause joined to it by ", but"
    whose subject points back at what was reported ("said the body had been found, but [this
    information] could not be verified", "..., but [that] could not be confirmed"); the
    sentence's end when there is none. Any other subject goes on with the reported clause
    ("said the plan was sound, but the council would vote again"): PolNeAR full train, a ", but"
    clause with a subject of its own on a speech cue's reported clause is in the gold content 10
    times in 11. ``any_subject``: after an "according to" phrase, any subject of its own will do
    ("according to X, the chief was on board, but there is no confirmation")."""
    for child in sentence.children(complement):
        if child.deprel != "conj" or child.id < complement.id or not (
                _own_subject(sentence, child) if any_subject else _pointing_back(sentence, child)):
            continue
        if not any(c.deprel == "cc" and c.lemma.lower() == "but" for c in sentence.children(child)):
            continue
        first = next(w for w in sentence.subtree(child) if w.upos != "PUNCT")
        if first.id >= 2 and sentence.words[first.id - 2].text == ",":
            return sentence.words[first.id - 2].start
    return sentence.end


def _pointing_back(sentence: Sentence, verb: Word) -> bool:
    """The verb's subject is a demonstrative or has one ("this", "that claim"): it refers back."""
    return any(c.deprel.startswith("nsubj") and (c.feat("PronType") == "Dem" or any(
        d.deprel == "det" and d.feat("PronType") == "Dem" for d in sentence.children(c))) for c in sentence.children(verb))


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
    if gerund.xpos != "VBG" or gerund.deprel not in ("xcomp", "advcl", "csubj") or _own_subject(sentence, gerund) \
            or _own_subject(sentence, complement) or any(c.deprel == "mark" for c in sentence.children(gerund)):
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
    return _span(before or after) if not (before and after) else _span(words)


def _up_to_relative(sentence: Sentence, cue: CueHit, head: Word, speaker: Phrase, words_: SpeakerWords) -> Phrase:
    """A description or a name that a relative clause speaking through its pronoun hangs on runs
    up to the pronoun, its modifiers in ("a page on health care, which recounts ...", "an email
    in 2014 that would have revealed ...", "Senator Ann Roy of Texas, who threatened ..."): the
    mention is the noun phrase the pronoun stands for, whole; the speaker stays the description
    or the name. Not past a comma inside (an apposition) or a verb."""
    relative = next((c for c in sentence.children(cue.verb) if c.deprel.startswith("nsubj") and _is_relative(c, words_)), None)
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
    return relative.lemma.lower() in words_.person_relative_pronouns and _phrase_head_above(sentence, host, words_) is head


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
    return _nominal(sentence.words[verb.id - 2])


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
    host = _as_saying_host(sentence, cue.verb)
    if host is not None and not _subjects(sentence, cue.verb, words_):
        # "Tass cited emergency officials as saying": Tass relayed them (the parser may give a
        # name and the noun it stands beside as two subjects: the name is the relay)
        subjects = _subjects(sentence, host, words_)
        named = [w for w in subjects if name_span(sentence, w) is not None]
        if named or subjects:
            out.append(phrase_at(sentence, (named or subjects)[-1], body, words_))
    for child in sentence.children(cue.verb):
        if child.deprel.startswith("obl") and child.lemma.lower() in words_.media_heads:
            if any(c.lemma.lower() in ("in", "on", "to") and c.deprel == "case" for c in sentence.children(child)):
                # "in an interview with Radio Norte": the outlet is the relay, not the interview
                outlet = next((c for c in sentence.children(child) if c.deprel == "nmod" and _nominal(c) and any(
                    g.deprel == "case" and g.lemma.lower() == "with" for g in sentence.children(c))), None)
                out.append(phrase_at(sentence, outlet or child, body, words_))
    return out


_GOVERNED_CASES = ("as", "of", "to", "for")


def _holds_belief(sentence: Sentence, verb: Word) -> bool:
    """The belief verb's holder is given by the tree: an active verb with a subject of its own
    ("the candidates hope to"), a participle going on with its clause ("..., hoping to") or a
    verb coordinated with one ("... and hopes to"). Not a passive, with its auxiliary ("is
    expected to") or without ("Utkin, believed to have ..."), whose subject holds no belief."""
    children = sentence.children(verb)
    if any(c.deprel.startswith("aux:pass") for c in children) or (
            verb.xpos == "VBN" and not any(c.deprel == "aux" for c in children)):
        return False
    return any(c.deprel == "nsubj" for c in children) or verb.xpos == "VBG" or (
        verb.deprel == "conj" and any(c.deprel == "cc" for c in children))


def _bare_time(sentence: Sentence, word: Word, words_: SpeakerWords | None) -> bool:
    """ "called him *the next day*", "cast their votes *this summer*": a time the parser took
    for an object, with no phrase of its own ("described *a day at home* as ..." is an object)."""
    return words_ is not None and is_time(sentence, word, words_) and not any(
        c.deprel.startswith(("nmod", "acl")) for c in sentence.children(word))


def _asked_infinitive(sentence: Sentence, verb: Word, objects: Sequence[Word], quotes: Sequence[Quote]) -> Word | None:
    """ "urged [the rest of the party] to coalesce": the to-infinitive right after an intention
    verb's object is what is asked of it, though the parser made it an adverbial clause; only
    right after the object's words (nothing between), so a later purpose clause stays out. Not
    when it holds a quotation ('lobbied the board to “stop ...”'): the quoted words are direct
    speech of their own (quoteframes.governed_quotes)."""
    if not objects:
        return None
    end = max(w.id for w in sentence.subtree(objects[0]))
    asked = next((c for c in sentence.children(verb) if c.deprel == "advcl" and min(w.id for w in sentence.subtree(c)) == end + 1
                  and any(m.deprel == "mark" and m.lemma.lower() == "to" and m.id == end + 1 for m in sentence.children(c))), None)
    if asked is None or any(q.overlaps(*_subtree_span(sentence, asked)) for q in quotes):
        return None
    return asked


def governed_content(sentence: Sentence, cue: CueHit, quotes: Sequence[Quote] = (),
                     words_: SpeakerWords | None = None) -> tuple[int, int] | None:
    """Content that is not a clause, for the cues whose lexicon entry says what they govern:
    an intention's to-infinitive with the person it is asked of ("urged *voters to stay home*",
    "wants *to close the road*") and a belief's whose holder the tree gives ("hopes *to win*",
    "expects *him to resign*"; :func:`_holds_belief`), and an object with its description for an entry that governs
    an object ("described *the plan as a failure*", "accused *the firm of hiding losses*",
    "called *it a disgrace*"). None when the entry asks for neither or the tree has neither."""
    entry, verb = cue.entry, cue.verb
    children = sentence.children(verb)
    objects = [c for c in children if c.deprel in ("obj", "iobj") and c.id > verb.id and not _bare_time(sentence, c, words_)]
    infinitive = None
    if entry.attribution_class == "intention" or (entry.attribution_class == "belief" and _holds_belief(sentence, verb)):
        infinitive = _governed_infinitive(sentence, verb)
        if infinitive is None and verb.upos == "NOUN" and entry.upos == ("NOUN",):
            infinitive = noun_infinitive(sentence, verb)  # "her plan *to cut* taxes"
        if infinitive is None and "object" in entry.topic_for(verb.lemma):
            infinitive = gerund_complement(sentence, verb)  # "proposed *barring* imports"
        if infinitive is None and entry.attribution_class == "intention":
            infinitive = _asked_infinitive(sentence, verb, objects, quotes)
        if infinitive is None and entry.attribution_class == "intention":
            return None
    if infinitive is not None:
        start = min([w.start for w in sentence.subtree(infinitive)] + [_subtree_span(sentence, o)[0] for o in objects if o.id < infinitive.id])
        return start, _subtree_span(sentence, infinitive)[1]
    if entry.governs == "object" and (not objects or any(q.contains(objects[0].start, objects[0].end) for q in quotes)):
        named = _named_by_relative(sentence, verb, quotes)
        if named is not None or not objects:
            return named
    if (entry.is_unlisted or entry.governs != "object") and objects \
            and (named := named_as_quoted(sentence, verb, quotes)) is not None:
        # 'pounded Trump as a “con artist” ― just as ...': the object and the name it is given, no
        # more; so too for a listed verb that governs no object ('praised the judge as “a man of
        # honor”', 'introduced him as “a friend”'): the quoted name is its content, not the bare
        # object (a topic statement still where the entry's object is a topic: _names_topic)
        span = (_subtree_span(sentence, objects[0])[0], _as_phrase_end(sentence, named, quotes))
        return _to_closing_marks([span], quotes, sentence)[0]
    if entry.governs != "object":
        return None
    parts = objects + [c for c in children if c.id > objects[0].id and (c.deprel == "xcomp" or (
        c.deprel.startswith("obl") and any(k.deprel == "case" and k.lemma.lower() in _GOVERNED_CASES for k in sentence.children(c))
        or (c.deprel == "advcl" and any(k.lemma.lower() in _GOVERNED_CASES and not (k.upos == "PART" and c.xpos == "VB")
                                           for k in sentence.children(c)))))]  # not a purpose: "called them *to* ask"
    if len(parts) < 2:
        start, end = _subtree_span(sentence, objects[0])
        named = next((q for q in quotes if objects[0].end <= q.start and (q.start < end or opens_at(sentence.words, end, q)) and not any(
            objects[0].end <= w.start < q.start and w.text in (":", ";", "(") for w in sentence.words)), None)
        if named is not None:  # the name it was given in quote marks, wherever the parser hung it:
            return start, max(end, named.end)  # 'called half of his supporters “deplorables”'
    if len(parts) < 2 and _misplaced_name(sentence, objects[0]):  # "called [climate change] [a hoax] ...", hung on the object
        return _subtree_span(sentence, objects[0])
    if len(parts) < 2 and not any(  # the parser hangs "of hiding ..." on the object: "accused [the firm of hiding]"
            c.deprel == "acl" and any(k.deprel == "mark" and k.lemma.lower() in _GOVERNED_CASES
                                                for k in sentence.children(c)) for c in sentence.children(objects[0])):
        named = _predicate_nominal(sentence, verb, objects[0], words_) if words_ is not None else None
        # a bare object reports nothing: "called a meeting"
        return named if named is not None else _quoted_object(sentence, verb, objects[0], quotes)
    spans = [_subtree_span(sentence, p) for p in parts]
    # 'called Burma a "good news story in an era when ..."': quoted words are given whole
    start, end = _to_closing_marks([(min(a for a, _ in spans), max(b for _, b in spans))], quotes, sentence)[0]
    return start, _phrase_after_name(sentence, verb, end, words_)


def _governed_infinitive(sentence: Sentence, verb: Word) -> Word | None:
    """The to-infinitive after the verb that it governs ("wants *to close* the road"), else None."""
    return next((c for c in sentence.children(verb) if c.deprel == "xcomp" and c.id > verb.id
                 and any(m.deprel == "mark" and m.lemma.lower() == "to" for m in sentence.children(c))), None)


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
            end = max(end, _subtree_span(sentence, child)[1])  # "pledged to enact reform, [fix] the system"
            continue
        if child.deprel == "conj" or before in DASHES or any(
                c.deprel == "mark" and c.lemma.lower() in marks for c in sentence.children(child)) or (
                before == "," and (_own_subject(sentence, child) or child.deprel.startswith("obl") or child.xpos == "VBG")):
            break
        if child.deprel.split(":")[0] in _INFINITIVE_TAIL:
            end = max(end, _subtree_span(sentence, child)[1])
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


def _as_phrase_end(sentence: Sentence, named: Word, quotes: Sequence[Quote]) -> int:
    """Where the as-phrase holding a quoted name ends: its subtree's end, or the quotation's
    closing mark when the phrase's head comes after the quotation, the parser having hung "as"
    on a later word ('blasted Moore as a “fraud” [Tuesday] on the show': the day is no part of
    the name)."""
    start, end = _subtree_span(sentence, named)
    inside = [q for q in quotes if start <= q.start and q.end <= end + 2]
    if inside and named.start >= inside[0].end:
        return inside[0].end
    return end


def _phrase_after_name(sentence: Sentence, verb: Word, end: int, words_: SpeakerWords | None) -> int:
    """'called the deal "a step forward" in global efforts to ...': the cue's own prepositional
    phrase right after the name it gives goes on with the name, unless it tells a time or a
    medium ('on Tuesday', 'in a statement'). An adverbial clause there ('described her as a
    "disgrace" after she attacked ...') is the writer's, and stays out."""
    later = [c for c in sentence.children(verb) if c.start >= end and c.upos != "PUNCT"]
    if not later:
        return end
    first = later[0]
    if first.deprel != "obl" or (words_ is not None and (is_time(sentence, first, words_)
                                                         or _frame_medium(sentence, first, words_))):
        return end
    return max(end, _subtree_span(sentence, first)[1])


_NOUN_PHRASE_TAGS = ("NOUN", "PROPN", "ADJ", "DET", "NUM", "CCONJ", "ADP", "PART")
_LOOSE_NOMINAL_ARCS = ("obl", "obl:tmod", "obl:npmod", "nmod:tmod", "nmod:npmod", "nmod:poss")


def _predicate_nominal(sentence: Sentence, verb: Word, obj: Word, words_: SpeakerWords) -> tuple[int, int] | None:
    """ "called climate change a hoax", "called her vote in favor of the war a mistake": the name
    given to the object, a second noun phrase, which the parser hangs inside the object's phrase
    (nmod, conj) or makes the subject of a clause of its own instead of the verb's xcomp. It is
    that name when a determiner opens a noun phrase right after a noun, the words from the
    object to it being noun phrases (no comma: "called Smith, a lawyer, ..." is an apposition;
    no verb), and the phrase is no time ("called the police the next day") and has no preposition. The content is
    the object with its name, to the end of the phrase that holds the name below the verb."""
    if any(c.deprel.startswith("aux:pass") for c in sentence.children(verb)):
        return None  # "X has been called a hoax": X does not speak
    words = sentence.words
    for det in words[obj.id:]:
        before = words[det.id - 2]
        if det.upos not in _NOUN_PHRASE_TAGS:
            return None  # the object's phrase is over: a comma, a clause
        if det.upos != "DET" or before.upos not in ("NOUN", "PROPN", "NUM") or not det.head or det.head < det.id:
            continue
        name = sentence.word(det.head)
        if name.upos not in ("NOUN", "PROPN") or name.deprel in _LOOSE_NOMINAL_ARCS or is_time(sentence, name, words_) \
                or any(c.deprel == "case" for c in sentence.children(name)):
            return None
        top = name
        while top.head and top.head != verb.id:
            top = sentence.word(top.head)
        if top.head != verb.id:
            return None
        holder = top if top.id == obj.id or not any(c.deprel == "cc" for c in sentence.children(top)) else name
        start = sentence.subtree(obj)[0].start
        end = max(_subtree_span(sentence, obj)[1], _subtree_span(sentence, holder)[1])
        return start, end
    return None


def _misplaced_name(sentence: Sentence, obj: Word) -> bool:
    """The name an object is given ("called [climate change] [a hoax]"), which the parser hung
    inside the object's phrase (a modifier or conjunct of one of its nouns): a noun phrase opened
    by "a" or "an" after the object's head, with no preposition of its own and no comma before it
    (", a Democrat," describes the object in the outlet's words)."""
    for word in sentence.subtree(obj):
        if word.id <= obj.id or word.upos not in ("NOUN", "PROPN") or word.deprel not in ("nmod", "conj", "appos", "obj"):
            continue
        children = sentence.children(word)
        if any(c.deprel in ("case", "cc") for c in children):
            continue
        det = next((c for c in children if c.deprel == "det" and c.lemma.lower() in ("a", "an")), None)
        if det is not None and det.id >= 2 and sentence.words[det.id - 2].upos != "PUNCT":
            return True
    return False


def _quoted_object(sentence: Sentence, verb: Word, obj: Word, quotes: Sequence[Quote]) -> tuple[int, int] | None:
    """ 'called the DNC's suspension “arbitrary”' parsed with the quoted word as the object and
    what was named hanging below it: every word between the verb and the quotation is below the
    object, and the content ends with the quotation. Not for a passive ("X has been called “...”"
    names X, who does not speak)."""
    quoted = next((q for q in quotes if q.contains(obj.start, obj.end)), None)
    if quoted is None or any(c.deprel.startswith("aux:pass") for c in sentence.children(verb)):
        return None
    below = {w.id for w in sentence.subtree(obj)}
    between = [w for w in sentence.words if verb.end <= w.start and w.end <= quoted.start and w.upos != "PUNCT"]
    if between and all(w.id in below for w in between):
        return between[0].start, quoted.end
    return None


_RELATIVE_OBJECTS = ("what", "which", "that", "who", "whom")


def _bare_relative(sentence: Sentence, verb: Word, head: Word) -> bool:
    """A relative clause with no relative word, on a noun it names ('a campaign - one he *calls*
    "Bright Ohio" - but ...', 'the songs she *calls* "road music"'): a subject of its own before
    the verb, and no object or complement, the noun being what is named."""
    children = sentence.children(verb)
    return head.upos in ("NOUN", "PRON", "NUM") and head.id < verb.id \
        and any(c.deprel == "nsubj" and c.id < verb.id for c in children) \
        and not any(c.deprel in ("obj", "ccomp", "xcomp") and c.id < verb.id for c in children) \
        and not any(w.feat("PronType") == "Rel" for w in sentence.words[head.id : verb.id - 1])


def _named_by_relative(sentence: Sentence, verb: Word, quotes: Sequence[Quote]) -> tuple[int, int] | None:
    """ "what Gilbert called “a perception problem”", "what had been called “Golden Week”": the
    thing named is a relative pronoun before the verb (its object, or the word its relative
    clause hangs on) and the name it was given follows the verb at once, in quote marks; that
    quotation is the content. The name may be given "as" something, with its article: "which
    he described as “like an open orchid”", "what Zimmerman described as a “piece of history”"
    (the content then runs from the article)."""
    head = sentence.word(verb.head) if verb.head else None
    relative = verb.deprel == "acl:relcl" and head is not None and (
        head.lemma.lower() in _RELATIVE_OBJECTS or _bare_relative(sentence, verb, head))
    if not relative and not any(c.id < verb.id and c.deprel in ("obj", "nsubj:pass") and c.lemma.lower() in _RELATIVE_OBJECTS
                                for c in sentence.children(verb)):
        return None
    at, start = verb.end, None
    rest = [w for w in sentence.words if w.start >= verb.end]
    if rest and rest[0].lemma.lower() == "as" and rest[0].upos in ("ADP", "SCONJ"):
        at = rest[0].end
        if len(rest) > 1 and rest[1].upos == "DET":
            start, at = rest[1].start, rest[1].end
    elif rest and rest[0].upos == "DET" and rest[0].lemma.lower() in ("the", "a", "an"):
        start, at = rest[0].start, rest[0].end  # 'towns that are labeled the "lost heartland"'
    named = next((q for q in quotes if opens_at(sentence.words, at, q) and q.end <= sentence.end + 2), None)
    return (named.start if start is None else start, named.end) if named is not None else None


def _topic(sentence: Sentence, cue: CueHit, grammar: Grammar | None = None) -> list[Word]:
    """What a speech act was about, for an entry with a ``topic`` (cue class topic): the object
    or prepositional object (matching.topic_of), with a to-infinitive after it that says what
    was asked of it ("called on *the mayor* *to resign*"), the description it was given
    ("criticized *the law* *as a “crazy system”*") or what an object was blamed or praised for
    ("criticized *Clinton* *for accepting the fees*")."""
    topic = cue.entry.topic_for(cue.verb.lemma)
    lower = grammar.oblique_topic_prepositions if grammar is not None else frozenset()
    head = cue_topic(sentence, cue.words, topic, lower) if topic and not cue.lemma.startswith("quote") else None
    if head is None:  # "quoting the agency" names a source, not a topic
        return []
    if any(c.upos in ("VERB", "AUX") and any(m.deprel == "mark" and m.lemma.lower() == "as" for m in sentence.children(c))
           for c in sentence.children(cue.verb)):
        return []  # "Tass cited officials as saying ...": a relay, the officials speak
    if any(m.deprel == "mark" and m.lemma.lower() in ("that", "whether") for d in sentence.subtree(head) for m in [d]):
        return []  # "rejected claims that ...": the clause is the content, found after "that"
    infinitive = infinitive_after(sentence, cue.verb, head) if head.relation == "obj" else None
    asked = [c for c in sentence.children(cue.verb) if c.id > head.id and (
        c.deprel in ("xcomp", "advcl") and any(m.deprel == "mark" and m.lemma.lower() == "to" for m in sentence.children(c))
        or (infinitive is not None and c.id == infinitive.id)
        or c.deprel in ("obl", "advcl", "xcomp") and any(m.deprel in ("case", "mark") and m.lemma.lower() == "as" for m in sentence.children(c))
        or head.relation == "obj" and c.deprel in ("obl", "advcl") and any(
            m.deprel in ("case", "mark") and m.lemma.lower() == "for" and m.id < c.id for m in sentence.children(c)))]
    # "called for a voice vote, and then a visual vote": the parser hangs the second noun
    # phrase of the topic on the verb as its conjunct
    joined = [c for c in sentence.children(cue.verb) if c.id > head.id and c.deprel == "conj" and c.upos in ("NOUN", "PROPN")
              and any(k.deprel == "cc" for k in sentence.children(c)) and not any(
                  k.deprel.startswith(("nsubj", "case")) for k in sentence.children(c))]
    parts = [head] + _second_objects(sentence, cue.verb, head) + asked[:1]
    return parts + (joined[:1] or _conjoined_clause(sentence, cue.verb, parts[-1]))


def _conjoined_clause(sentence: Sentence, verb: Word, last: Word) -> list[Word]:
    """The second of two coordinated clauses of a topic that the parser hung on the cue as its
    conjunct ("spoke about [improving] NAFTA and [making] sure ...", "calling on Congress [to
    act] and [force] corporations to pay ..."): a bare verb after "and" or "or", with no subject,
    auxiliary or subordinator of its own, in the form of the topic's clause and not the cue's,
    so it cannot be the speaker's next act ("criticized the plan and *called* for ...")."""
    if last.upos != "VERB" or not last.xpos or last.xpos == verb.xpos:
        return []
    return [c for c in sentence.children(verb) if c.deprel == "conj" and c.id > last.id and c.xpos == last.xpos
            and any(k.deprel == "cc" for k in sentence.children(c))
            and not any(k.deprel.startswith(("nsubj", "aux", "mark", "expl")) for k in sentence.children(c))][:1]


def _second_objects(sentence: Sentence, verb: Word, head: Word) -> list[Word]:
    """The further objects the parser hung on the verb right after the topic object, though a verb
    has one: a noun phrase torn in two at a quotation inside it ("denounced [the nascent]
    “[Neocons] For Hillary” movement") or the next item of a list ("cited her “long experience,”
    “[firm grasp] of the issues” and ...", "criticized [President] [George] [W. Bush]"), each
    right after the last. Only punctuation lies between two; with none, an object opened by a
    determiner is a name given to the one before ("consider it a good deal"), not part of it."""
    if head.relation != "obj":
        return []
    after = max(w.id for w in sentence.subtree(head))
    found = []
    for child in sentence.children(verb):
        if child.deprel != "obj" or child.id <= head.id:
            continue
        start = min(w.id for w in sentence.subtree(child))
        if start <= after or not all(sentence.word(i).upos == "PUNCT" for i in range(after + 1, start)) \
                or (start == after + 1 and sentence.word(start).upos == "DET"):
            break
        found.append(child)
        after = max(w.id for w in sentence.subtree(child))
    return found


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
                and not _frame_medium(sentence, child, words_):
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
        if child.deprel not in _MISATTACHED_RELATIVE_ARCS or not _own_subject(sentence, child):
            continue
        subtree = sentence.subtree(child)
        if min(w.id for w in subtree) != after:
            continue
        opener = sentence.word(after)
        relative = next((w for w in subtree[:2] if _is_relative(w, words_) and w.feat("PronType") == "Rel"), None)
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
        return _noun_cue_holder(sentence, cue.verb) is not None
    if _opening_passive(sentence, cue.verb) and _agent(sentence, cue.verb) is not None:
        return True  # "When asked by the host about the tax, ...": the host asked about it
    if inherited or any(s.id < cue.verb.id for s in _subjects(sentence, cue.verb, words_)):
        return True
    controller = _purpose_host(sentence, cue.verb, words_)
    if controller is not None and any(s.id < controller.id and s.deprel == "nsubj" for s in _subjects(sentence, controller, words_)):
        return True  # "went on *to discuss* the polls", "met on Friday *to discuss* the plan"
    if _conjunct_of_subject(sentence, cue.verb, words_):
        return True  # "X spoke on Monday and *endorsed* Y": X supports Y
    if _participle_on_subject(sentence, cue, words_, ()) is not None:
        return True  # "groups *supporting* the mayor spent ...": the groups support the mayor
    return _continued_clause(sentence, cue.verb, words_) is not None


def _conjunct_of_subject(sentence: Sentence, verb: Word, words_: SpeakerWords) -> bool:
    """The verb is a coordinated verb ("... and endorsed") with no subject of its own, joined to
    a verb whose subject stands before it: that subject is the verb's too, as certain a
    speaker for the topic as the first verb's."""
    if verb.deprel != "conj" or not verb.head or not any(c.deprel == "cc" for c in sentence.children(verb)) \
            or _own_subject(sentence, verb):
        return False
    head = sentence.word(verb.head)
    return head.upos in ("VERB", "AUX") and any(s.id < head.id for s in _subjects(sentence, head, words_))


def _named_stance(sentence: Sentence, cue: CueHit, topic: Sequence[Word], words_: SpeakerWords) -> bool:
    """An attitude to whom or what a name or a personal pronoun names ("has endorsed *Sanders*",
    "I support *him*"): the one word is what is supported or opposed, so it is content here,
    while a speech act's one-word topic ("discussed *it*") says too little to stand alone, unless
    it is a name the act was aimed at (:func:`_named_target`)."""
    if not topic:
        return False
    head = topic[0]
    if cue.entry.attribution_class in _SPEECH_CLASSES:
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
           for c in _subjects(sentence, cue.verb, words_)):
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
    if cue.verb.xpos not in _FINITE or not any(c.deprel.startswith("nsubj") for c in sentence.children(cue.verb)):
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


def _frame_medium(sentence: Sentence, word: Word, words_: SpeakerWords) -> bool:
    """ "called for more investment *in a statement*", "*in an interview*": a text or medium the
    speech act came in, hung on the topic by the parser; the frame's adjunct, not the topic's."""
    return word.deprel in ("nmod", "obl") and word.lemma.lower() in (words_.document_heads | words_.media_heads) and any(
        c.deprel == "case" and c.lemma.lower() in ("in", "during") for c in sentence.children(word))


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


def _set_off_by_comma(sentence: Sentence, word: Word) -> bool:
    """The phrase of ``word`` opens after a comma, wherever the parser hung the comma (on the
    phrase itself, as UD does for "X, who ...", or on the word before)."""
    first = min(w.id for w in sentence.subtree(word) if w.upos != "PUNCT")
    return first >= 2 and sentence.words[first - 2].text == ","


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
    # a clause set off by a comma is the outlet's aside, not the topic ("the reality of climate
    # change, which makes him an outlier")
    asides = [d.id for d in sentence.subtree(head) if d.id > head.id and d.deprel in ("acl:relcl", "acl", "appos", "parataxis")
              and _set_off_by_comma(sentence, d) and not _name_part(sentence, d) and not _listed_apposition(sentence, d)]
    asides += [d.id for d in sentence.subtree(head) if d.id > head.id and words_ is not None and _frame_medium(sentence, d, words_)]
    asides += [d.id for w in topic for d in sentence.subtree(w) if d.id > head.id and _act_time(sentence, d, w, grammar)]
    spans = [_subtree_span(sentence, w, exclude=cases + asides) for w in topic]
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
        c.deprel == "ccomp" and c.id > cue.verb.id and _own_subject(sentence, c) for c in children))


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
    if cue.entry.attribution_class not in _SPEECH_CLASSES or verb.xpos not in ("VBN", "VBD") \
            or verb.deprel not in ("advcl", "root") or len(cue.words) != 1 or any(
            c.deprel.startswith(("nsubj", "aux", "obj", "iobj")) and c is not wh_object or _by_phrase(sentence, c)
            for c in children):
        return False  # "Asked by the host to ...": the host asked; the frames name the asker
    if verb.deprel == "root" and not any(c.deprel == "parataxis" and c.id > verb.id and _own_subject(sentence, c)
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


def _received_speech(body: str, sentence: Sentence, cue: CueHit, words_: SpeakerWords) -> Event | None:
    """ "The senator faced criticism from Democrats": a light verb of receiving and a speech noun
    (an entry with ``speaker_after``) name as the speaker the phrase after its preposition, on the
    verb or on the noun, and the verb's subject is who or what was spoken of (cue class topic);
    with no such phrase nobody is named ("The plan drew criticism": no source). None without a
    subject: the receiver is then not in the verb's own words."""
    subject = next((c for c in sentence.children(cue.verb) if c.deprel in ("nsubj", "nsubj:pass")), None)
    if subject is None:
        return None
    start, end = trim_content(body, *_subtree_span(sentence, subject))
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
    if not any(c.deprel.startswith("aux:pass") for c in children) or _agent(sentence, verb) is not None:
        return None
    for child in children:
        if child.id < verb.id or child.deprel not in ("ccomp", "xcomp", "advcl"):
            continue
        infinitive = child.deprel == "xcomp" and any(m.deprel == "mark" and m.lemma.lower() == "to"
                                                      for m in sentence.children(child))
        if infinitive or _question_clause(sentence, child, grammar):
            start, end = trim_content(body, *_subtree_span(sentence, child))
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
    if not any(c.deprel.startswith("aux:pass") for c in children) or _agent(sentence, verb) is not None:
        return []
    held = _held_of_subject(sentence, verb, children, grammar)
    if held is None:
        return []
    subjects = [c for c in children if c.deprel == "nsubj:pass" and c.id < verb.id]
    pieces = [_subtree_span(sentence, subjects[-1])] if subjects else []
    pieces.append(_subtree_span(sentence, held))
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
    infinitive = _governed_infinitive(sentence, verb)
    if infinitive is None or infinitive.id in reporting or any(  # the parser may hang the inner clause on the verb
            c.deprel == "ccomp" for c in sentence.children(infinitive) + children):
        return []
    if any(c.deprel in ("cop", "aux", "aux:pass") and c.lemma.lower() == "be" for c in sentence.children(infinitive)):
        return []  # "seems to be a real issue", "appears to be moving": a description, seldom marked as a stance
    subjects = [c for c in children if c.deprel in ("nsubj", "expl") and c.id < verb.id]
    pieces = [_subtree_span(sentence, subjects[-1])] if subjects else []
    pieces.append(_subtree_span(sentence, infinitive))
    pieces = [trim_content(body, *p) for p in pieces]
    return [p for p in pieces if p[1] > p[0]]


def _held_of_subject(sentence: Sentence, verb: Word, children: Sequence[Word], grammar: Grammar) -> Word | None:
    """What an agentless passive says is foreseen or held of its subject: the to-infinitive of an
    expectation verb ("is expected *to pass*"), the "as" / "for" phrase of a reputation verb
    ("is known *for his temper*"; grammar.yaml reputation_passives, reputation_prepositions)."""
    lemma = verb.lemma.lower()
    if lemma in grammar.expectation_passives:
        return _governed_infinitive(sentence, verb)
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
        start, end = trim_content(body, *_subtree_span(sentence, wh_object))
        return (start, end) if end > start else None
    for child in [c for c in children if c.id > verb.id] + torn:
        if child.deprel in ("ccomp", "xcomp", "advcl") and (any(
                m.deprel == "mark" and m.id < child.id for m in sentence.children(child)) or any(
                w.feat("PronType") == "Int" and w.id < child.id for w in sentence.subtree(child))
                or grammar is not None and _question_clause(sentence, child, grammar)):
            start, end = trim_content(body, *_subtree_span(sentence, child))
            return (start, end) if end > start else None
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
    if speaker is None and (question := _question_put(body, sentence, cue, grammar)) is not None:
        return Event(sentence, cue, None, [question], "indirect", (cue.start, cue.end))
    if speaker is None and (asked := _topic_put(body, sentence, cue)) is not None:
        return Event(sentence, cue, None, [asked], "indirect", (cue.start, cue.end), topic=True)
    if speaker is None and (request := _asked_of_subject(body, sentence, cue, quotes, grammar)) is not None:
        return Event(sentence, cue, None, [request], "indirect", (cue.start, cue.end))
    if speaker is None and (expected := _expected_of_subject(body, sentence, cue, quotes, grammar)):
        return Event(sentence, cue, None, expected, "indirect", (cue.start, cue.end))
    if speaker is None and (seeming := _seeming_of_subject(body, sentence, cue, quotes, grammar, speech_verbs | cue_verbs)):
        return Event(sentence, cue, None, seeming, "indirect", (cue.start, cue.end))
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
    topic = _topic(sentence, cue, grammar) if complement is None and not torn and governed is None and not apposition else []
    topic = [w for w in topic if not is_time(sentence, w, words_)]  # "announced Friday" names a day, no topic
    if topic and grammar is not None:
        topic = topic[:1] + _object_modifiers(sentence, cue, topic[0], grammar, words_) + topic[1:]
    if topic and not _topic_speaker(sentence, cue, words_, inherited):
        if cue.entry.attribution_class not in _SPEECH_CLASSES:
            return None  # "the bill, supported by ...": an attitude to a thing whose holder is unsure
        topic = []
    content_heads |= {w.id for w in topic}
    if complement is not None:
        # a noun between the cue and its clause is the clause's misattached subject ("said
        # relations were entering ..."), unless the verb takes an addressee ("told AP that ...")
        addressee = cue.verb.lemma.lower() in words_.addressee_verbs
        for child in sentence.children(cue.verb):
            if cue.words[-1].id < child.id < complement.id and (_nominal(child) or child.upos in ("ADJ", "DET")) and (
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
    frame = _span(frame_ws) if frame_ws else (cue.start, cue.end)
    if phrase := noun_phrase_after_quote(body, sentence, cue.verb, quotes):
        frame = (min(frame[0], phrase[0].start), frame[1])  # the speaker's whole phrase is the frame's
    if not inherited:  # "Ruiz, who starred in “The Long Road,” posted ...": a title in the speaker's phrase
        frame = _speaker_across_quote(sentence, cue, head, speaker, frame, quotes)
    embedded = (cue.verb.deprel.startswith("acl") and not role_noun) or (head is not None and _is_relative(head, words_))
    set_off = None if inherited else _set_off_after_relative(body, sentence, cue, head, frame_ws, words_)
    if set_off is not None:  # "the old mill, which, Ruiz noted, had closed in 1990": the relative clause's predicate
        return Event(sentence, cue, speaker, [set_off], "indirect", frame, relays=_relays(sentence, cue, body, words_),
                     embedded=True)
    predicate = None if inherited else _relative_frame_clause(sentence, cue, complement, head, words_)
    if predicate is not None:  # "an event that he says led him to ...": the relative clause's predicate
        pieces = [trim_content(body, *_subtree_span(sentence, predicate, exclude=(cue.verb.id,)))]
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
                _own_subject(sentence, complement) or any(m.deprel == "mark" and m.lemma.lower() == "that"
                                                          for m in sentence.children(complement))) and all(
                q.end <= _subtree_span(sentence, complement)[0] and (q.start >= frame[1] or not only_punctuation(body, q.end, frame[0])
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
        spans = [_subtree_span(sentence, w) for w in torn]
        pieces.append((max(min(a for a, _ in spans), frame[1]), max(b for _, b in spans)))
    elif passive := _passive_naming(sentence, cue):  # "X has been called a charlatan by ..."
        pieces.extend(passive)
    elif governed is not None:  # "wants *to close the road*", "described *the plan as a failure*"
        infinitive = _governed_infinitive(sentence, cue.verb)
        if infinitive is not None and governed[1] == _subtree_span(sentence, infinitive)[1]:
            # "plans to raise rates [more slowly than it has]": the rest hung on the cue
            governed = (governed[0], _infinitive_end(sentence, cue, infinitive, governed[1], grammar))
        pieces.append(governed)
    elif complement is not None:
        start, end = _subtree_span(sentence, complement)
        for extra in content_heads - {complement.id}:
            start = min(start, _subtree_span(sentence, sentence.word(extra))[0])
        # an addressee's name does not run into the content: "Officials tell BBC News every claim ..."
        first = next((w for w in sentence.words if w.start >= start), None)
        span = name_span(sentence, first) if first is not None else None
        if span is not None and sentence.words[span[0]].start < start:
            start = sentence.words[span[1]].end
        told = next((c for c in sentence.children(complement) if c.deprel in ("obj", "iobj")
                     and _object_before_subject(sentence, cue.verb, c)), None)
        if told is not None and _subtree_span(sentence, told)[0] <= start:
            start = max(start, _subtree_span(sentence, told)[1])  # "told [The Post] he ...": the person told
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
        end = _question_end(sentence, complement, end) if question else _content_end(
            sentence, cue, complement, end, speech_verbs, grammar, quotes, reporting_words, words_)
        end = max(end, _modifier_as_predicate_end(sentence, complement, speech_verbs))
        end = min(end, _comment_start(sentence, complement), _main_clause_start(sentence, cue.verb, complement, grammar))
        # the second that-clause may follow the first's closing quote mark, past the arcs' end
        # ('telling him that “we tell the truth, we deal with the issues” and that he'd seen ...')
        closed = _to_closing_marks([(start, end)], quotes, sentence, frame)[0][1]
        second = _second_that_clause_end(sentence, cue.verb, closed)
        end = second if second > closed else _second_that_clause_end(sentence, cue.verb, end)
        if (subject := _inverted_subject(sentence, cue, head, words_)) is not None:
            start = _subtree_span(sentence, subject)[0]  # the frame stays inside: one span, as read
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
            pieces.append(_subtree_span(sentence, pro_form))  # "43 said *the same for Sanders*"
            topic = [pro_form]
        elif (linear := _linear_clause(sentence, cue, words_, speech_verbs, frame_ws)) is not None:
            pieces.append(linear)  # "said [nearly every talk he has had ... centers on ...]", arcs astray
        elif cue.entry.frame != "document" and rest and _has_clause(rest) and _nominal(rest[0]) and not before \
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
            spans = [_subtree_span(sentence, c) for c in later if c.deprel != "conj" or not _own_subject(sentence, c)]
            pieces.append((spans[0][0], max(b for _, b in spans)))
    if cue.entry.frame == "document" and not finding and not _found_clause(sentence, cue.verb, complement, words_):
        return None  # "the video shows soldiers" reports a recording, not a statement
    pieces = [trim_content(body, a, b) for a, b in _to_closing_marks(pieces, quotes, sentence, frame)]
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
    if grammar is None or cue.entry.attribution_class not in _SPEECH_CLASSES or verb.deprel not in ("acl:relcl", "advcl"):
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
    if grammar is None or cue.entry.attribution_class not in _SPEECH_CLASSES:
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
    return agent and _own_subject(sentence, complement) and is_finite(sentence, complement)


def _to_closing_marks(pieces: Sequence[tuple[int, int]], quotes: Sequence[Quote], sentence: Sentence,
                      frame: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """A piece of content that opens a quotation runs at least to its closing mark (or to the
    sentence's end when the quotation goes on): quoted words are given whole, never cut where
    the parser's arcs for the clause stop ('that Taylor "had a poor ear, was stubborn, and made
    bad choices"', 'called Burma a "good news story in an era when ..."'). Never over the
    frame, when there is one after the piece."""
    out = []
    for a, b in pieces:
        for q in quotes:
            if a <= q.start < b < q.end and not (frame is not None and b <= frame[0] < q.end):
                b = max(b, min(q.end, sentence.end))
        out.append((a, b))
    return out


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
    if words[word.id - 2].upos == "CCONJ" and not _own_subject(sentence, predicate):
        return None  # "said a few words [and left]": the speaker's second act
    later = next((w for w in words if w.id > word.id and w.id in speech_verbs), None)
    end = sentence.end
    if later is not None:
        before = [w for w in words if w.id < later.id and w.id > word.id and w.text in _SEGMENT_ENDS]
        end = before[-1].start if before else later.start
    return rest[0].start, end


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
    return _is_relative(first, words_) or (first.xpos == "VBG" and first.upos == "VERB")


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
        piece = trim_content(body, piece[0], min(piece[1], _comment_start(sentence, top, any_subject=True)))
    return Event(sentence, cue, phrase, [piece], "according_to", span, relays=relays), span
