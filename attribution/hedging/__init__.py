"""Hedging: the words that weaken or strengthen each statement, and the confidence scores.

``hedge(article, doc, statements, lexicon)`` returns the statements with ``hedges``,
``boosters``, ``confidence`` and ``explanation`` filled in. It reads only the parse and the
statements, so a lexicon change re-scores a cached corpus without parsing it again.

Which cues bear on a statement, and on whose confidence:

1. the cue is the statement's own reporting word ("The center *claims* ..."): its stance is the
   outlet's (a modal frame such as "he *predicted*" is the speaker's);
2. the cue's scope overlaps the statement, and the cue is either inside the statement (a hedge
   of the speaker, lowering ``source``; but an evidential such as "allegedly" or "the reported
   decision" inside a paraphrase is the outlet's word and lowers ``outlet``) or outside every
   quoted or reported content (the outlet's own words: "*allegedly* said", own-voice hedges,
   lowering ``outlet``). A speaker's hedge never leaks out of what that speaker said. The cue
   counts fully when its scope holds the statement's main word, else with the share
   ``partial_scope`` of its weight ("a video, *allegedly* taken by a soldier, ...");
3. a verification disclaimer in the outlet's voice that names what an earlier statement names
   ("The Associated Press couldn't verify *the video* independently.") is linked to it: it appears
   in that statement's ``hedges`` with the statement's span as scope.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from attribution.document import ParsedDoc, Sentence
from attribution.hedging.confidence import AppliedCue, score
from attribution.hedging.scope import clause_words, cue_scope, named_lemmas, scope_mode, states_gap
from attribution.lexicon import Entry, Lexicon
from attribution.matching import CueMatch, Matcher, reports_something
from attribution.records import Article, Confidence, Cue, Factor, Statement

__all__ = ["hedge", "hedge_article", "found_cues", "FoundCue", "ArticleHedging"]


@dataclass(frozen=True)
class FoundCue:
    """A lexicon match with its text, scope and, for disclaimers, what it is about."""

    match: CueMatch
    text: str
    scope: tuple[int, int]
    paragraph: int
    named: frozenset[str] = frozenset()
    points_back: bool = False  # refers back with a pronoun ("it is unclear") or "this information"

    @property
    def entry(self) -> Entry:
        return self.match.entry

    @property
    def start(self) -> int:
        return self.match.start

    @property
    def end(self) -> int:
        return self.match.end

    @property
    def is_neutral_frame(self) -> bool:
        return self.entry.type == "reporting" and self.entry.stance == "neutral"

    def record(self, scope: tuple[int, int] | None = None) -> Cue:
        return Cue(entry=self.entry.id, category=self.entry.category, text=self.text, start=self.start,
                   end=self.end, scope=scope or self.scope, weight=self.entry.weight)


# A disputing verb ("denied", "rejected") is the frame of what it disputes, the statement's own
# reporting word; it is not listed among the body's hedges (docs/lexicon-tuning.md, conventions).
FRAME_ONLY_CATEGORIES = frozenset({"reporting_disputing"})


def found_cues(article: Article, doc: ParsedDoc, lexicon: Lexicon,
               frames: Sequence[tuple[int, int]] = ()) -> list[FoundCue]:
    """Every cue of the article with its scope, in reading order.

    A distancing, endorsing or disputing verb counts only when it reports something: it
    introduces a clause, or attribution made it the frame of a statement (``frames``: the
    statements' cue spans). "Claiming asylum" is no distancing cue."""
    out = []
    matcher = Matcher(lexicon)
    for match in matcher.in_doc(doc):
        sentence = doc.sentences[match.sentence]
        if (match.entry.type == "reporting" and match.entry.stance != "neutral"
                and not reports_something(sentence, sentence.word(match.anchor), matcher.grammar)
                and not any(_overlaps((match.start, match.end), frame) for frame in frames)):
            continue
        named, points_back = named_lemmas(sentence, match) if match.entry.links_back else (frozenset(), False)
        out.append(FoundCue(match, article.body[match.start:match.end], cue_scope(article.body, sentence, match, matcher.grammar),
                            sentence.paragraph, named, points_back))
    return out


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class _Layout:
    """Where statements and sentences lie, for quick lookups by offset."""

    def __init__(self, doc: ParsedDoc, statements: Sequence[Statement]):
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.paragraphs = [s.paragraph for s in doc.sentences]
        self.reported = [(s.start, s.end) for s in statements if not s.is_own_voice]
        self.spans = [(s.start, s.end) for s in statements]
        self.lemmas: list[frozenset[str]] = []
        self.main_words: list[int | None] = []  # offset of each statement's main word
        for statement in statements:
            lemmas: set[str] = set()
            main: tuple[int, int] | None = None  # (depth, offset) of the highest word in the span
            for index in self.sentences_of(statement.start, statement.end):
                sentence = doc.sentences[index]
                for word in sentence.words_within(statement.start, statement.end):
                    lemmas.add(word.lemma.lower())
                    if word.upos != "PUNCT":
                        depth = sentence.depth(word)
                        if main is None or depth < main[0]:
                            main = (depth, word.start)
            self.lemmas.append(frozenset(lemmas))
            self.main_words.append(main[1] if main else None)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentences_of(self, start: int, end: int) -> range:
        if not self.starts:
            return range(0)
        return range(self.sentence_of(start), self.sentence_of(max(start, end - 1)) + 1)

    def states_gap(self, found: FoundCue, head: int | None) -> bool:
        """Is the disclaimer what the words headed at offset ``head`` say ("the location is
        unknown"), rather than a doubt on them (scope.states_gap)?"""
        if head is None or found.entry.category != "verification":
            return False
        sentence = self.doc.sentences[found.match.sentence]
        word = next((w for w in sentence.words if w.start == head), None)
        return states_gap(sentence, found.match, word)

    def said_before_in_sentence(self, cue: FoundCue) -> bool:
        """A statement of the disclaimer's own sentence comes before it ("X claimed Y, but *this*
        could not be verified"): that is what its pronoun points back to, not the sentence before."""
        return any(start < cue.start and not (start <= cue.start and cue.end <= end)
                   and self.sentence_of(start) == cue.match.sentence for start, end in self.spans)

    def inside_reported(self, cue: FoundCue) -> bool:
        return any(s <= cue.start and cue.end <= e for s, e in self.reported)


def _voice(statement: Statement, cue: FoundCue, inside: bool, frame: bool) -> str:
    """Whose confidence the cue moves: the outlet's or the speaker's (``source``)."""
    if statement.is_own_voice or not inside:
        if frame and cue.entry.category == "modal":  # "he predicted": how sure the speaker is
            return "source"
        return "outlet"
    if cue.entry.category == "evidential" and statement.kind != "direct":
        # "an expert says North Korea *allegedly* sending soldiers ...": in a paraphrase the
        # words are the outlet's, and an evidential is the outlet marking where it came from
        return "outlet"
    return "source"


QUALIFIES_SAYING = "qualifies the reporting word"


def _qualifies_saying(sentence: Sentence, found: FoundCue, cue_span: tuple[int, int],
                      mention: tuple[int, int] | None = None) -> bool:
    """A verification cue hanging from the statement's own reporting verb qualifies the saying
    ("suggested - *without evidence* - that the plane was shot down", "said, *without offering
    proof*, that ..."): the outlet marks that the claim came unsupported, whatever clause the
    parser attached the reported words to. So does one describing the speaker's mention itself
    ("*Unconfirmed* media reports said ..."): the outlet marks its source as unchecked."""
    if found.entry.category != "verification" or found.entry.type != "hedge":
        return False
    words = found.match.all_words
    for i in words:
        head = sentence.head_of(sentence.word(i))
        if sentence.word(i).head in words or head is None:
            continue
        if head.start <= cue_span[0] < head.end:
            return True
        if mention is not None and sentence.word(i).relation == "amod" and _heads_span(sentence, head, mention):
            return True
    return False


def _heads_span(sentence: Sentence, word: Word, span: tuple[int, int]) -> bool:
    """``word`` is the head of the words in ``span`` ("reports" in "Unconfirmed media reports";
    not "author" in "the post by an unknown author", which only describes the source)."""
    inside = lambda w: span[0] <= w.start and w.end <= span[1]  # noqa: E731
    parent = sentence.head_of(word)
    return inside(word) and (parent is None or not inside(parent))


def _applicable(statement: Statement, index: int, disclaimers: Sequence[FoundCue], by_sentence: dict[int, list[FoundCue]],
                layout: _Layout, partial: float) -> tuple[list[AppliedCue], Entry | None]:
    span = (statement.start, statement.end)
    applied: dict[tuple[str, int], AppliedCue] = {}
    frame: Entry | None = None

    if statement.cue is not None:  # 1. the statement's own reporting word
        cue_span = (statement.cue.start, statement.cue.end)
        for found in by_sentence.get(layout.sentence_of(statement.cue.start), ()):
            if not _overlaps((found.start, found.end), cue_span):
                mention = (statement.mention.start, statement.mention.end) if statement.mention else None
                if _qualifies_saying(layout.doc.sentences[found.match.sentence], found, cue_span, mention):
                    applied[(found.entry.id, found.start)] = AppliedCue(
                        found.record(span), found.entry, "outlet", note=QUALIFIES_SAYING)
                continue
            if found.entry.type == "reporting":
                frame = found.entry
            if not found.is_neutral_frame:
                scope = found.scope if _overlaps(found.scope, span) else span
                applied[(found.entry.id, found.start)] = AppliedCue(
                    found.record(scope), found.entry, _voice(statement, found, False, frame=True))

    for sentence_index in layout.sentences_of(*span):  # 2. cues whose scope covers the statement
        for found in by_sentence.get(sentence_index, ()):
            key = (found.entry.id, found.start)
            if found.is_neutral_frame or key in applied or not _overlaps(found.scope, span):
                continue
            inside = span[0] <= found.start and found.end <= span[1]
            if not inside and layout.inside_reported(found):
                continue  # another speaker's hedge
            main = layout.main_words[index]
            share = 1.0 if main is None or found.scope[0] <= main < found.scope[1] else partial
            applied[key] = AppliedCue(found.record(), found.entry, _voice(statement, found, inside, frame=False),
                                      share=share, states=layout.states_gap(found, main))

    for found in disclaimers:  # 3. disclaimers linked back to what they name
        if found.start <= statement.start or (found.entry.id, found.start) in applied:
            continue
        if layout.inside_reported(found) or _overlaps((found.start, found.end), span):
            continue
        paragraph = layout.paragraphs[layout.sentence_of(statement.start)]
        if paragraph < found.paragraph - found.entry.links_back:
            continue
        if found.named & layout.lemmas[index]:
            about = ", ".join(sorted(found.named & layout.lemmas[index]))
        elif (found.points_back and layout.sentence_of(statement.start) == found.match.sentence - 1
              and not layout.said_before_in_sentence(found)):
            about = "the sentence before"
        elif found.points_back and layout.sentence_of(statement.start) == found.match.sentence:
            about = "what the sentence said before it"  # "X said Y, but this could not be verified"
        else:
            continue
        applied[(found.entry.id, found.start)] = AppliedCue(
            found.record(span), found.entry, "outlet", note=f"later disclaimer about {about}")

    return sorted(applied.values(), key=lambda a: a.cue.start), frame


class ArticleHedging:
    """The cues of one article, found once, scoring its statements and stretches of them."""

    def __init__(self, article: Article, doc: ParsedDoc, statements: Sequence[Statement], lexicon: Lexicon):
        self.statements = list(statements)
        self.lexicon = lexicon
        frames = [(s.cue.start, s.cue.end) for s in self.statements if s.cue is not None]
        cues = found_cues(article, doc, lexicon, frames)
        self.by_sentence: dict[int, list[FoundCue]] = {}
        for found in cues:
            self.by_sentence.setdefault(found.match.sentence, []).append(found)
        self.disclaimers = [found for found in cues if found.entry.links_back]
        self.layout = _Layout(doc, self.statements)
        self.doc = doc

    def cues(self) -> tuple[tuple[Cue, ...], tuple[Cue, ...]]:
        """Every hedge and booster of the body, found sentence by sentence whatever the
        statements cover: the rest of a sentence after a reported content, a disclaimer no
        statement's scope reaches, a quoted speaker's "I think". Neutral reporting verbs and
        disputing frames ("denied", the statement's reporting word, not a doubt) are left out."""
        hedges: list[Cue] = []
        boosters: list[Cue] = []
        for found in (f for cues in self.by_sentence.values() for f in cues):
            if found.is_neutral_frame or found.entry.category in FRAME_ONLY_CATEGORIES:
                continue
            (boosters if found.entry.type == "booster" or found.entry.category == "reporting_endorsing" else hedges).append(found.record())
        order = lambda c: (c.start, c.end)  # noqa: E731
        return tuple(sorted(hedges, key=order)), tuple(sorted(boosters, key=order))

    def applicable(self, index: int) -> tuple[list[AppliedCue], Entry | None]:
        return _applicable(self.statements[index], index, self.disclaimers, self.by_sentence, self.layout,
                           self.lexicon.scoring["partial_scope"])

    def scored(self, index: int) -> Statement:
        """The statement with its hedges, boosters, confidence and explanation."""
        statement = self.statements[index]
        applied, frame = self.applicable(index)
        confidence, explanation = score(statement, applied, self.lexicon.scoring, frame)
        hedges = tuple(a.cue for a in applied if not a.is_booster)
        boosters = tuple(a.cue for a in applied if a.is_booster)
        return replace(statement, hedges=hedges, boosters=boosters, confidence=confidence, explanation=explanation)

    def span_confidence(self, index: int, start: int, end: int, head: int | None = None,
                        reported_by: str | None = None) -> tuple[Confidence, tuple[Factor, ...]]:
        """How far the outlet (and the speaker) stand behind one stretch of a statement.

        A claim can be one clause of a sentence: "published by Ukraine's Center ..." inside "The
        video, published by ..., allegedly shows ...". The statement's own reporting word still
        counts (it frames all of its content); any other cue only when it bears on the stretch
        (on its head word, the offset ``head``, when given: the same rule that labels a claim
        member); a disclaimer linked back from a later sentence only when the stretch holds the
        statement's main word, because it is about what the statement mainly says.

        ``reported_by`` (own voice only): a reporting word over the stretch that attribution did
        not make a statement of ("Authorities had earlier *said* that all 10 were killed"): the
        stretch is scored as a report, and its hedges other than evidentials (the outlet marking
        hearsay) are the speaker's own, as in a reported statement."""
        statement = self.statements[index]
        applied, frame = self.applicable(index)
        main = self.layout.main_words[index]
        holds_main = main is not None and start <= main < end
        kept = []
        for a in applied:
            own_frame = statement.cue is not None and (
                _overlaps((a.cue.start, a.cue.end), (statement.cue.start, statement.cue.end)) or a.note == QUALIFIES_SAYING)
            if own_frame:
                kept.append(a)
            elif a.note.startswith("later disclaimer"):
                if holds_main:
                    kept.append(a)
            elif _overlaps(a.cue.scope, (start, end)) and self._governs(a.cue, start, end, head, statement):
                inside = min(a.cue.scope[1], end) - max(a.cue.scope[0], start)
                share = 1.0 if inside * 2 >= end - start else self.lexicon.scoring["partial_scope"]
                found = self._found(a.cue)
                states = a.states if head is None or found is None else self.layout.states_gap(found, head)
                kept.append(replace(a, share=share, states=states))
        if reported_by and statement.is_own_voice:
            kept = [replace(a, voice="source") if start <= a.cue.start and a.cue.end <= end and not a.note
                    and a.entry.category != "evidential" else a for a in kept]
            return score(statement, kept, self.lexicon.scoring, frame, reported_by)
        return score(statement, kept, self.lexicon.scoring, frame)

    def _found(self, cue: Cue) -> FoundCue | None:
        return next((f for f in self.by_sentence.get(self.layout.sentence_of(cue.start), ())
                     if (f.start, f.end) == (cue.start, cue.end) and f.entry.id == cue.entry), None)

    def _governs(self, cue: Cue, start: int, end: int, head: int | None = None,
                 statement: Statement | None = None) -> bool:
        """Does the cue bear on words of the stretch, and not only on a clause that describes one
        of its nouns? "allegedly shows" reaches the video's content, not "published by X" in
        "The video, published by X, allegedly shows ...". Nor does it reach what the statement's
        reporting word says when that word is an adverbial clause of the cue's own predicate:
        "Moscow had not confirmed *the death*, [saying only he was a passenger]" doubts the death,
        while the passenger list is what Moscow said, a separate act."""
        found = self._found(cue)
        if found is None:
            return True
        sentence = self.doc.sentences[found.match.sentence]
        anchor = sentence.word(found.match.anchor)
        mode = scope_mode(sentence, found.match)
        top = sentence.head_of(anchor) or anchor if mode == "head" else anchor
        if mode == "sentence":
            return True
        # a clause describing a noun is another proposition, unless the noun is the cue itself:
        # "a video *purporting* [to show X]" (a tagger slip makes "purporting" a noun) governs X
        describing = {
            c.id for w in sentence.subtree(top) if w.upos in ("NOUN", "PROPN", "PRON") and w.id not in found.match.all_words
            for c in sentence.children(w) if c.relation in ("acl", "appos") or c.deprel == "acl:relcl"
        }
        if statement is not None and statement.cue is not None and found.entry.category == "verification":
            describing |= {c.id for w in found.match.all_words for c in sentence.children(w)
                           if c.relation == "advcl" and c.start <= statement.cue.start < c.end}
        governed = clause_words(sentence, top, exclude=describing)
        if head is not None:
            return any(w.start == head for w in governed)
        return any(start <= w.start and w.end <= end for w in governed if w.upos != "PUNCT")


def hedge(article: Article, doc: ParsedDoc, statements: list[Statement], lexicon: Lexicon) -> list[Statement]:
    return hedge_article(article, doc, statements, lexicon)[0]


def hedge_article(article: Article, doc: ParsedDoc, statements: list[Statement],
                  lexicon: Lexicon) -> tuple[list[Statement], tuple[Cue, ...], tuple[Cue, ...]]:
    """The scored statements, and every hedge and booster of the body (:meth:`ArticleHedging.cues`)."""
    scorer = ArticleHedging(article, doc, statements, lexicon)
    return [scorer.scored(i) for i in range(len(statements))], *scorer.cues()
