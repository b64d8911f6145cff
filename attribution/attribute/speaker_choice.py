"""Who speaks in a reporting frame: the cue's subject, or, where the arcs are wrong or missing,
the noun phrase the frame's shape points at (before the cue, after it in an inverted frame, across
a quotation, the antecedent of a relative pronoun). Descriptions and pronouns are resolved later
(resolve.py); this module only picks the mention."""

from __future__ import annotations

from collections.abc import Sequence

from attribution.attribute.arcs import can_speak, is_relative, is_time
from attribution.attribute.cues import CueHit, data_subject, time_subject_data
from attribution.attribute.headings import dateline_end
from attribution.attribute.phrases import name_span, phrase_at
from attribution.attribute.quotes import Quote, quoted
from attribution.attribute.spans import only_punctuation, punctuation_gap
from attribution.attribute.words import SpeakerWords, speaker_words
from attribution.document import Sentence, Word
from attribution.matching import TENSED_VERB_TAGS, misread_present_verb


def is_nominal(word: Word) -> bool:
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
    return word.upos == "VERB" and (word.xpos in ("VBD", "VBN") or is_present_participle(word)) and word.id >= 2 \
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
    if first is None or first.upos != "VERB" or not (is_present_participle(first) or first.xpos == "VBN"):
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


def nominal_subjects(sentence: Sentence, verb: Word, words_: SpeakerWords) -> list[Word]:
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
        elif is_nominal(c) or c.upos == "ADJ" or _misread_name(sentence, c) or _pronominal_determiner(sentence, c) \
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
    return [c for c in nominal_subjects(sentence, verb, words_) if not quoted(c, quotes)]


_CONTINUATIONS = ("advcl", "xcomp", "conj")


def purpose_host(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
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
    not the host's subject (as :func:`purpose_host` leaves such an object to speak); an object
    before the infinitive that can speak, else None."""
    if not any(m.deprel == "mark" and m.lemma.lower() == "to" for m in sentence.children(verb)):
        return None
    return next((c for c in sentence.children(host) if c.deprel in ("obj", "iobj") and c.id < verb.id
                 and can_speak(c, words_)), None)


def is_present_participle(word: Word) -> bool:
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
        if not any(c.deprel == "cc" for c in sentence.children(verb)) or nominal_subjects(sentence, head, words_):
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


def participle_on_subject(sentence: Sentence, cue: CueHit, words_: SpeakerWords, quotes: Sequence[Quote]) -> Word | None:
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


def continued_clause(sentence: Sentence, verb: Word, words_: SpeakerWords, quotes: Sequence[Quote] = ()) -> Word | None:
    """The clause a subjectless participle continues ("X spoke out Tuesday, arguing that ...",
    "X attacked Y, saying ...", "by telling them"): its verb, whose subject is the speaker. A
    verb inside a quotation is the quoted words', not the frame's: in 'X endorsed Y, saying,
    “I think ...”' the parser may hang "saying" on "think"; the frame goes on above it."""
    if not is_present_participle(verb):
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
        if nominal_subjects(sentence, word, words_):
            return _clause_above_subordinate(sentence, verb, word, words_, quotes) or word
    inside = False
    for _ in range(words_.rules.continuation_depth):  # "X said ..., adding ..., saying ..."
        if word.deprel not in _CONTINUATIONS + (("parataxis",) if inside else ()) or not word.head:
            return None
        head = sentence.word(word.head)
        if head.upos not in ("VERB", "AUX", "ADJ", "NOUN", "PROPN"):
            return None
        inside = quoted(head, quotes)
        if nominal_subjects(sentence, head, words_) and not inside:
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
        if nominal_subjects(sentence, head, words_):
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


def opening_passive(sentence: Sentence, verb: Word) -> bool:
    """A bare passive participle that opens the sentence as an adverbial clause, with only its
    own "When" or "After" before it ("*Asked* by reporters whether ...", "When *asked* by the
    host about ...")."""
    return verb.xpos in ("VBN", "VBD") and verb.deprel == "advcl" and all(
        w.head == verb.id and w.deprel in ("mark", "advmod") for w in sentence.words[: verb.id - 1] if w.upos != "PUNCT")


def passive_agent(sentence: Sentence, verb: Word) -> Word | None:
    """The agent of a passive cue: "a different story was told by the Daily Caller", "as
    (first) reported by the Star" (a participle with no auxiliary, opened by "as"), "Asked by
    reporters whether ..., she said" (one opening the sentence, :func:`opening_passive`)."""
    reduced = verb.xpos == "VBN" and any(c.deprel in ("mark", "advmod") and c.lemma.lower() == "as" and c.id < verb.id
                                         for c in sentence.children(verb)) or opening_passive(sentence, verb)
    if not reduced and not any(c.deprel.startswith("aux:pass") for c in sentence.children(verb)):
        return None
    for child in sentence.children(verb):
        if child.deprel in ("obl:agent", "obl") and is_nominal(child) and any(
            c.deprel == "case" and c.lemma.lower() == "by" for c in sentence.children(child)
        ):
            return child
    return _agent_in_name(sentence, verb)


def _agent_in_name(sentence: Sentence, verb: Word) -> Word | None:
    """ "X has been called a charlatan by fellow physicians": the parser hangs the agent on the
    name given, the passive verb's object."""
    for obj in (c for c in sentence.children(verb) if c.deprel == "obj" and c.id > verb.id):
        for child in sentence.children(obj):
            if child.deprel == "nmod" and is_nominal(child) and any(
                    c.deprel == "case" and c.lemma.lower() == "by" for c in sentence.children(child)):
                return child
    return None


def as_saying_host(sentence: Sentence, verb: Word) -> Word | None:
    """The verb of "Tass cited officials as saying ...", "quoted him as saying": its object spoke,
    its subject relayed the words."""
    if not verb.head or not any(c.deprel == "mark" and c.lemma.lower() == "as" for c in sentence.children(verb)):
        return None
    host = sentence.word(verb.head)
    if host.upos == "VERB" and any(c.deprel == "obj" and is_nominal(c) for c in sentence.children(host)):
        return host
    return None


def _gerund_subject(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The noun right before a participle cue that hangs on it ("about Pope Francis *calling*
    Christmas a sham", "Oz's *saying* that ..."): the gerund's own subject, which the parser
    gives as a compound or possessor, not the subject of the clause around it."""
    if not is_present_participle(verb) or verb.id < 2:
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
    before = [c for c in nominal_subjects(sentence, holder, words_) if c.id < holder.id]
    if not before:
        return None
    subject = max(before, key=lambda c: c.id)
    return relative_antecedent(sentence, holder, subject, words_) if is_relative(subject, words_) else subject


def _document_author(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The subject of the verb whose object is the document a participle cue hangs on ("X wrote
    an op-ed urging ...", "X issued a statement saying ..."): the author speaks through it. None
    when the document is no object or its verb has no subject before it."""
    issued = _document_verb(sentence, verb, words_)
    if issued is None:
        return None
    subjects = [c for c in nominal_subjects(sentence, issued, words_) if c.id < sentence.word(verb.head).id]
    return max(subjects, key=lambda w: w.id) if subjects else None


def _document_verb(sentence: Sentence, verb: Word, words_: SpeakerWords) -> Word | None:
    """The verb whose object is the document a participle cue hangs on ("issued" of "issued a
    statement saying ..."), else None."""
    if not is_present_participle(verb) or verb.deprel != "acl" or not verb.head:
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
                and any(w.id == cc.id - 1 for w in sentence.subtree(child)) and nominal_subjects(sentence, child, words_):
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


def is_share(word: Word, words_: SpeakerWords) -> bool:
    """A share of people asked: "51 percent (of respondents)", "a majority", "43" standing alone."""
    return word.lemma.lower() in words_.share_heads or (word.upos == "NUM" and word.deprel.startswith("nsubj"))


def relative_antecedent(sentence: Sentence, clause: Word, relative: Word, words_: SpeakerWords) -> Word | None:
    """What a relative pronoun subject of a cue stands for: the noun its clause hangs on, else the
    last noun before it; but where that noun cannot speak and the word right before ", who" can,
    that word ("a damning reaction from President Barack Obama, who called ...": the parser
    hangs the clause on "reaction"; "the speeches by Bernie Sanders, who cites them")."""
    host = sentence.word(clause.head) if clause.head else None
    if clause.deprel.startswith("acl") and host is not None and (is_nominal(host) or is_share(host, words_)):
        antecedent: Word | None = host
    else:
        earlier = [w for w in sentence.words[: relative.id - 1] if w.upos in ("NOUN", "PROPN")]
        antecedent = earlier[-1] if earlier else None
    words = sentence.words
    beside = words[relative.id - 3] if relative.id >= 3 and words[relative.id - 2].text == "," else None
    if beside is not None and antecedent is not None and relative.lemma.lower() in words_.person_relative_pronouns \
            and (person := phrase_head_above(sentence, antecedent, words_)) is not antecedent:
        return person
    if beside is not None and beside is not antecedent and beside.upos in ("NOUN", "PROPN") \
            and can_speak(beside, words_) and (antecedent is None or not can_speak(antecedent, words_)):
        return beside
    return antecedent


def phrase_head_above(sentence: Sentence, noun: Word, words_: SpeakerWords) -> Word:
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


def noun_cue_holder(sentence: Sentence, noun: Word) -> Word | None:
    """Whose claim, suggestion or view a noun cue names: its possessor ("Trump's suggestion that
    ...", "his argument that ...") or the agent of "by" ("the suggestion by the mayor that ...").
    None otherwise: the nearest noun before it is no speaker ("a dispute ... over proposals that
    ...", "stirred controversy with an assertion that ...")."""
    for child in sentence.children(noun):
        if child.deprel == "nmod:poss" and is_nominal(child):
            return child
        if child.deprel == "nmod" and is_nominal(child) and any(
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
    return phrase_head.head == verb.id or object_before_subject(sentence, verb, phrase_head)


def object_before_subject(sentence: Sentence, verb: Word, obj: Word) -> bool:
    """ "told [The Huffington Post] [he is not planning an appeal]": the parser hung the person
    told on the reported clause, as its object; an object before that clause's own subject is
    the verb's (an object never comes before its clause's subject)."""
    clause = sentence.word(obj.head) if obj.head else None
    if clause is None or clause.head != verb.id or clause.deprel != "ccomp":
        return False
    return any(c.deprel.startswith("nsubj") and obj.id < c.id < clause.id for c in sentence.children(clause))




def noun_phrase_after_quote(body: str, sentence: Sentence, verb: Word, quotes: Sequence[Quote]) -> list[Word]:
    """The words between a quotation and a finite verb right after them, when they are a noun
    phrase (no verb among them) and the parser gave the verb no subject of its own or made it
    a clause of one of their nouns: the speaker's phrase of a frame it misread ('“...,” the
    economist Jared Bernstein, a former adviser, wrote on his blog', 'adviser ← wrote'). A relative
    clause set off by commas is the phrase's aside, left out ('“...,” Ann Roy, who led the board
    for years, told reporters', the parser hanging "Ann Roy" in the quotation)."""
    if verb.xpos not in TENSED_VERB_TAGS or not (verb.deprel.startswith("acl") or not any(
            c.deprel.startswith("nsubj") for c in sentence.children(verb))):
        return []
    left = max((q for q in quotes if sentence.start <= q.end <= verb.start), key=lambda q: q.end, default=None)
    if left is None:
        return []
    between = [w for w in sentence.words if left.end <= w.start and w.end <= verb.start and w.upos != "PUNCT"]
    inside = {w.id for w in between}
    asides = {d.id for w in between if w.deprel == "acl:relcl" and set_off_by_comma(sentence, w)
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
        return noun_cue_holder(sentence, verb)
    if misread_present_verb(sentence, verb):  # 'The ad claims "..."': the subject made its modifier
        return max((c for c in sentence.children(verb) if c.id < verb.id and c.deprel in ("amod", "compound", "flat")),
                   key=lambda c: c.id)
    if not any(c.deprel.startswith("nsubj") for c in sentence.children(verb)) and (
            after_quote := _head_after_quote(body, sentence, verb, quotes)) is not None and after_quote.upos in _SPEAKER_TAGS:
        return after_quote  # (a subject of its own, "party chairman Dan Hale wrote", is found below)
    if (inverted := inverted_name(sentence, cue, words_)) is not None:
        return inverted  # "Recipients, said Mauer, are required ...": the name after the cue
    subjects = _unquoted_subjects(sentence, verb, words_, quotes)
    # "Nevertheless, a survey ... found": an opening adverb the tagger took for a name is no subject
    subjects = [c for c in subjects if not _opening_adverb(sentence, c)]
    if is_present_participle(verb):  # "..., saying the courts have no business ...": the clause's subject
        subjects = [c for c in subjects if c.id < verb.id]
    if (dateline := dateline_end(sentence, words_.rules)) is not None:
        # "MOSCOW (AP) — ..., officials said": the place is a second subject arc, not the speaker
        subjects = [c for c in subjects if c.start >= dateline] or subjects
    agent = passive_agent(sentence, verb) if not cue.lemma.startswith(("quote", "cite")) else None
    if agent is not None:
        return agent  # "was told by The Daily Caller", "was reported by Reuters"
    # a "subject" after a complementiser belongs to the reported clause ("revealed that children ...")
    subjects = [c for c in subjects if c.id < verb.id or not any(
        w.lemma.lower() in ("that", "whether", "if") and w.upos in ("SCONJ", "PRON", "DET")
        for w in sentence.words[verb.id : c.id - 1]
    )]
    if not subjects and (holder := participle_on_subject(sentence, cue, words_, quotes)) is not None:
        return holder  # "voters backing the mayor stayed home": the voters
    if not subjects and (host := as_saying_host(sentence, verb)) is not None:
        return next(c for c in sentence.children(host) if c.deprel == "obj" and is_nominal(c))
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
        subjects = [c for c in nominal_subjects(sentence, clause, words_) if c.id < verb.id]
    if not subjects and verb.deprel == "conj" and verb.head and any(c.deprel == "cc" for c in sentence.children(verb)):
        clause = sentence.word(verb.head)  # "X said ... and added that": X
        subjects = nominal_subjects(sentence, clause, words_)
        if not subjects and clause.deprel == "xcomp" and clause.head:
            clause = sentence.word(clause.head)  # "X will be unable to turn ... and accuse ...": X
            subjects = [c for c in nominal_subjects(sentence, clause, words_) if c.id < verb.id]
        if not subjects and _predicate_on_object(sentence, verb, clause):
            clause = sentence.word(clause.head)  # "He adopted an accent and joked, ...": he
            subjects = [c for c in nominal_subjects(sentence, clause, words_) if c.id < verb.id]
    if not subjects and verb.deprel in ("parataxis", "conj") and verb.head and verb.xpos in TENSED_VERB_TAGS \
            and _sequencing_opener(sentence, verb, words_) is not None:
        clause = sentence.word(verb.head)  # "X offered him a job, then says ...": X
        subjects = [c for c in nominal_subjects(sentence, clause, words_) if c.id < verb.id]
    if not subjects and cue.entry.frame == "document" and verb.deprel in ("conj", "advcl") \
            and (data := data_subject(sentence, verb, words_.data_heads, words_.time_words)) is not None:
        return data  # "A poll, conducted by X, shows ...": the participle taken for the main verb
    if not subjects and (author := _document_author(sentence, verb, words_)) is not None:
        return author  # "X wrote an op-ed urging ...": the writer urges, through the op-ed
    if not subjects and (first := _conjunct_as_adverbial(sentence, verb, words_)) is not None:
        clause = first  # "When X mentioned the fire and said ...": the parser made "mentioned" an adverbial of "said"
        subjects = nominal_subjects(sentence, clause, words_)
    if not subjects and (continued := continued_clause(sentence, verb, words_, quotes)) is not None:
        clause = continued  # "X spoke out Tuesday, arguing that ...": X
        subjects = nominal_subjects(sentence, clause, words_)
    if not subjects and verb.deprel == "xcomp" and verb.head and not is_present_participle(verb):
        # "He went on to say, “...”", "She was quick to add": the subject of the verb it
        # completes says it
        clause = sentence.word(verb.head)
        if (controller := _object_controller(sentence, clause, verb, words_)) is not None:
            return controller
        subjects = _unquoted_subjects(sentence, clause, words_, quotes)
    if not subjects and (host := purpose_host(sentence, verb, words_)) is not None:
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
        if before and not beyond and clause is verb and not is_present_participle(verb) \
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
        if is_relative(subject, words_):
            return relative_antecedent(sentence, clause, subject, words_)
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
                and is_nominal(sentence.word(after[0].head)) and any(
                    punctuation_gap(body, q.end, verb.start) for q in quotes):
            return sentence.word(after[0].head)  # "said Clinton campaign manager Robby Mook" (Clinton tagged ADJ)
        if after and is_nominal(after[0]) and after[0].upos != "NUM":
            return after[0]
        # "..., said former Utah governor Michael Leavitt": the object after its modifiers
        modified = next((c for c in sentence.children(verb) if after and after[0].upos in ("ADJ", "DET", "NUM")
                         and c.deprel in ("obj", "iobj", "nsubj", "ccomp", "xcomp", "dep", "appos") and c.upos in ("NOUN", "PROPN")
                         and sentence.subtree(c)[0].id == after[0].id), None)
        if modified is not None:
            return modified
        # "..., said a spokesman", "..., said one source in the room", "said two officials"
        if after and (after[0].upos == "DET" or (after[0].upos == "NUM" and after[0].deprel in ("nummod", "det"))) \
                and len(after) > 1 and is_nominal(after[1]):
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
    if not is_present_participle(verb) or not verb.head or verb.head > verb.id:
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


def inverted_name(sentence: Sentence, cue: CueHit, words_: SpeakerWords) -> Word | None:
    """The name of an inverted frame set off by commas inside or after the clause it reports:
    "Institutional recipients, *said Mauer*, are required ...", "Sales fell, *said Ann Roy*."
    The parser often makes the clause's subject the cue's subject and the name its object; the
    name (a proper name right after the cue, then a comma or the sentence's end, or its group:
    "said Doyle and others,") is the speaker."""
    words, last = sentence.words, cue.words[-1]
    if cue.verb.id < 3 or words[cue.verb.id - 2].text != "," or last.id >= len(words) or is_present_participle(cue.verb):
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
    return verb.xpos in TENSED_VERB_TAGS and conjunct.upos in ("NOUN", "PROPN") and conjunct.deprel in ("obj", "obl", "iobj") \
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


def set_off_by_comma(sentence: Sentence, word: Word) -> bool:
    """The phrase of ``word`` opens after a comma, wherever the parser hung the comma (on the
    phrase itself, as UD does for "X, who ...", or on the word before)."""
    first = min(w.id for w in sentence.subtree(word) if w.upos != "PUNCT")
    return first >= 2 and sentence.words[first - 2].text == ","
