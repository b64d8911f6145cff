"""How an article presents one claim member: asserted, attributed, hedged or disputed.

The label follows the words that *govern* the member's span (docs/claims.md):

* its frame: the statement's reporting cue when attribution gave one, else the nearest
  reporting word above the member's head in the parse ("The center claims [the footage was
  shot ...]", "officials, who say [it shows ...]"), or a reporting verb attached beside it
  ('"...," said Solovey'), or, for a noun phrase, the clause that describes it ("soldiers,
  who they say were ...");
* qualifiers: hedge words attached to the member's head or to the clauses between it and its
  frame ("allegedly shows", "appeared to be fighting", "if true"), and a reporting participle
  used as an adjective ("North Korea's reported decision").

A word counts by what it *is*: the lexicon entries that match at it (category, stance) and the
cues the hedging stage found at it (category). Where a cue stands decides whether it governs
the span, not how far the hedging stage's scope reaches: a disclaimer in the next sentence
("The AP couldn't verify the video") lowers the outlet's confidence, but is not the frame of
a member elsewhere, and "allegedly shows" does not reach into "the video, published by X".
Never a spelling:

* ``disputed``: a disputing frame or qualifier (denied, rejected), a negated evidence noun
  above the span ("there is no evidence that [...]", ``presentation.evidence_nouns`` in
  lexicons/alignment.yaml), or (decided per claim, see ``mark_disputes``) a member that
  negates what the claim's other members affirm;
* ``hedged``: a distancing frame (claimed) or any hedge (evidential, modal, conditional,
  verification, distancing) over the span;
* ``attributed``: a source with a neutral or endorsing frame, and no hedge;
* ``asserted``: the outlet's own voice with none of these.

A booster never changes the label: "The video clearly shows ..., he said" stays attributed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from attribution.align.units import Unit
from attribution.document import Sentence, Word
from attribution.lexicon import Entry, Lexicon
from attribution.matching import Matcher, is_negated
from attribution.records import Cue, Factor, Statement

ASSERTED, ATTRIBUTED, HEDGED, DISPUTED = "asserted", "attributed", "hedged", "disputed"
HEDGE_CATEGORIES = frozenset({"evidential", "modal", "conditional", "verification", "reporting_distancing"})
DISPUTE_CATEGORIES = frozenset({"reporting_disputing"})
# cues that, as the predicate of a span, are what it says rather than a doubt on it
SELF_CATEGORIES = frozenset({"verification"})
# dependents of a governing word that qualify it (may, allegedly, not, "if true", "reported decision")
QUALIFIER_RELATIONS = frozenset({"advmod", "aux", "amod", "advcl", "mark", "cop", "xcomp", "obl", "discourse"})
# dependents of a predicate that report it: '"...," said Solovey' (said is attached to the quote)
BESIDE_FRAME_RELATIONS = frozenset({"parataxis"})
# how a frame or hedge holds what it governs: "say [it shows ...]", "appeared [to be fighting]"
GOVERNED_RELATIONS = frozenset({"ccomp", "xcomp", "csubj", "advcl", "parataxis", "acl"})
# how a reporting word attached as an adjective or adverb qualifies ("reported decision", "alleged")
_PARTICIPLE_RELATIONS = frozenset({"amod", "advmod", "acl"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@dataclass(frozen=True)
class Signal:
    """One reason for a label: what was found, where, and its effect."""

    effect: str  # attributed | hedged | disputed
    reason: str
    frame: bool = False  # a reporting word that frames the span (said, claimed), not a qualifier
    word: str = ""  # the frame's word as the text has it, for a frame the parse found


class CueFinder:
    """Lexicon entries that match at a word, found by the one matcher (attribution/matching.py),
    and the nouns of evidence whose negation contradicts what they govern ("no evidence that")."""

    def __init__(self, lexicon: Lexicon, evidence_nouns: Iterable[str] = ()):
        self.matcher = Matcher(lexicon)
        self.by_lemma: Mapping[str, tuple[Entry, ...]] = lexicon.by_first_lemma()
        self.evidence_nouns = frozenset(w.lower() for w in evidence_nouns)

    def no_evidence(self, sentence: Sentence, word: Word) -> bool:
        """``word`` is an evidence noun that is negated: "*no* evidence that", "found *no* proof
        that", "did *not* find any evidence that" (the negation on the verb that finds it)."""
        if word.upos not in ("NOUN", "PROPN") or word.lemma.lower() not in self.evidence_nouns:
            return False
        if self.negated(sentence, word):
            return True
        head = sentence.head_of(word)
        return head is not None and word.relation in ("obj", "nsubj") and self.negated(sentence, head)

    def at(self, sentence: Sentence, word: Word) -> list[Entry]:
        return [m.entry for m in self.matcher.at(sentence, word)]

    def negated(self, sentence: Sentence, word: Word) -> bool:
        return is_negated(sentence, word, self.matcher.grammar)


def _stance(entry: Entry) -> str | None:
    """The effect of a lexicon entry on the presentation of what it governs, by category."""
    if entry.type == "reporting":
        if entry.stance == "endorsing" and entry.frame == "document":
            return None  # "the study found", "the video shows": the outlet presents the finding as fact
        return {"neutral": ATTRIBUTED, "endorsing": ATTRIBUTED, "distancing": HEDGED, "disputing": DISPUTED}.get(entry.stance or "")
    if entry.type == "hedge":
        return DISPUTED if entry.category in DISPUTE_CATEGORIES else HEDGED
    return None  # boosters


def _parent(sentence: Sentence, word: Word) -> Word | None:
    """The word a clause hangs from; a conjunct hangs from what its first conjunct hangs from
    ("The centre claims A but it did not say B": B is not under "claims")."""
    head = sentence.head_of(word)
    if word.relation == "conj" and head is not None:
        return sentence.head_of(head)
    return head


def _path(sentence: Sentence, head: Word, inside: set[int]) -> list[Word]:
    """The words above the head, nearest first, as far as the statement reaches."""
    out, seen, current = [], {head.id}, _parent(sentence, head)
    while current is not None and current.id in inside and current.id not in seen:
        out.append(current)
        seen.add(current.id)
        current = _parent(sentence, current)
    return out


@dataclass(frozen=True)
class Mark:
    """What one word does to the presentation of what it governs."""

    frame: bool  # a reporting word (said, claimed, denied) rather than a qualifier (allegedly, may)
    effect: str | None  # attributed | hedged | disputed | None (boosters, endorsing findings)
    category: str
    reason: str
    span: tuple[int, int] | None = None  # the words of a cue the hedging stage found

    def covers(self, word: Word) -> bool:
        return self.span is not None and self.span[0] < word.end and word.start < self.span[1]

    @property
    def as_modifier(self) -> str | None:
        """The effect of a reporting word used as a modifier ("reported decision", "alleged
        attack"): the thing is reported, not vouched for, unless the word endorses it."""
        if self.category in ("reporting_neutral", "reporting_distancing"):
            return HEDGED
        return DISPUTED if self.category in DISPUTE_CATEGORIES else None


def _mark_of_entry(entry: Entry) -> Mark | None:
    if entry.type == "booster":
        return None
    return Mark(entry.type == "reporting", _stance(entry), entry.category, f"{entry.id} ({entry.category})")


def _mark_of_cue(cue: Cue) -> Mark | None:
    """A cue the hedging stage found, by its category."""
    frame = cue.category.startswith("reporting")
    if cue.category in DISPUTE_CATEGORIES:
        return Mark(frame, DISPUTED, cue.category, f"{cue.entry} ({cue.category})", (cue.start, cue.end))
    if cue.category in HEDGE_CATEGORIES:
        return Mark(frame, HEDGED, cue.category, f"{cue.entry} ({cue.category})", (cue.start, cue.end))
    return None


class Marks:
    """The marks at each word of a sentence: lexicon entries matched here, and the cues the
    hedging stage found (which know more: multiword cues, negation, "couldn't verify")."""

    def __init__(self, sentence: Sentence, finder: CueFinder, cues: Sequence[Cue]):
        self.sentence = sentence
        self.finder = finder
        self.cues = [c for c in cues if sentence.start <= c.start < sentence.end]

    def at(self, word: Word) -> list[Mark]:
        marks = [m for e in self.finder.at(self.sentence, word) if (m := _mark_of_entry(e))]
        marks += [m for c in self.cues if c.start < word.end and word.start < c.end and (m := _mark_of_cue(c))]
        if _agentless_passive(self.sentence, word):
            # "ten people have been *confirmed* killed": no one is named as confirming it, so
            # nothing is attributed; the outlet states the confirmed fact itself
            marks = [replace(m, effect=None) if m.frame and m.category == "reporting_endorsing" else m for m in marks]
        return marks


def _agentless_passive(sentence: Sentence, word: Word) -> bool:
    """A verb in the passive whose agent is not named ("was confirmed", not "was confirmed by X")."""
    children = sentence.children(word)
    return (any(c.deprel in ("aux:pass", "nsubj:pass") for c in children)
            and not any(c.deprel == "obl:agent" for c in children))


def parse_signals(unit: Unit, finder: CueFinder, cues: Sequence[Cue] = ()) -> list[Signal]:
    """Frames and qualifiers the parse shows around the unit, inside its statement."""
    sentence, head, statement = unit.sentence, unit.head, unit.statement
    inside = {w.id for w in sentence.words if w.start >= statement.start and w.end <= statement.end}
    marks = Marks(sentence, finder, cues)
    signals: list[Signal] = []

    def qualifiers(word: Word) -> Iterable[Signal]:
        """Hedges attached to a word (allegedly, may, "if true") and reporting participles used as
        modifiers ("North Korea's reported decision": reported, not vouched for)."""
        for child in sentence.children(word):
            if child.relation not in QUALIFIER_RELATIONS or child.id not in inside:
                continue
            for w in [child] + [g for g in sentence.children(child) if g.relation in ("mark", "advmod")]:
                for m in marks.at(w):
                    if m.covers(word):  # one cue over both ("cannot provide ... verification") is at the word itself
                        continue
                    effect = m.effect
                    if m.frame:
                        if child.relation not in _PARTICIPLE_RELATIONS or w is not child:
                            continue
                        effect = m.as_modifier
                    if effect:
                        yield Signal(effect, f"{m.reason} on '{word.text}'")

    # the head itself counts when the unit holds what it governs: "purports [to show ...]",
    # "appeared [to be fighting]", "who say [it shows ...]"; a hedge word that is the whole
    # predicate ("the location is unknown") is what the unit says, not a hedge on it; so is a
    # verification disclaimer ("it did not say how ..."), which doubts other statements, and a
    # negated frame states a fact about the source
    holds = any(
        c.relation in GOVERNED_RELATIONS and c.id in inside and unit.start <= c.start < unit.end
        for c in sentence.children(head)
    )
    frame_found = False
    for m in marks.at(head) if holds else ():
        if m.category in SELF_CATEGORIES:
            continue
        if m.effect in (HEDGED, DISPUTED):
            signals.append(Signal(m.effect, f"{m.reason} heads the span", m.frame, head.text if m.frame else ""))
        elif m.effect == ATTRIBUTED and m.frame and not finder.negated(sentence, head):
            signals.append(Signal(m.effect, f"{m.reason} heads the span and what it reports", True, head.text))
            frame_found = True
    signals.extend(qualifiers(head))
    if holds and finder.no_evidence(sentence, head):  # the unit "no evidence that it happened"
        signals.append(Signal(DISPUTED, f"negated '{head.text}' heads the span: nothing supports it", True))

    if head.upos in _NOMINAL:  # "soldiers, who they say were introduced": the clause describing the noun
        for child in sentence.children(head):
            if child.relation == "acl" and child.id in inside:
                for m in marks.at(child):
                    if m.frame and m.effect:
                        signals.append(Signal(m.effect, f"{m.reason} describes '{head.text}'", True, child.text))
                        frame_found = True
    for child in sentence.children(head):
        if child.relation in BESIDE_FRAME_RELATIONS and child.id in inside:
            for m in marks.at(child):
                if m.frame and m.effect:
                    signals.append(Signal(m.effect, f"{m.reason} reports '{head.text}'", True, child.text))
                    frame_found = True
    if not frame_found:
        below_noun = head.upos in _NOMINAL
        for above in _path(sentence, head, inside):
            if finder.no_evidence(sentence, above):  # "there is no evidence that [it happened]"
                signals.append(Signal(DISPUTED, f"negated '{above.text}' above: nothing supports it", True))
                break
            found = marks.at(above)
            if not below_noun:
                # a hedge on a clause above reaches down through clauses, not into the noun phrases
                # it mentions: in "The video, published by X, allegedly shows Y", "allegedly" is about
                # showing Y, not about X publishing the video
                signals.extend(Signal(m.effect, f"{m.reason} on '{above.text}' above")
                               for m in found if not m.frame and m.effect)
                signals.extend(qualifiers(above))
            below_noun = below_noun or above.upos in _NOMINAL
            framing = [m for m in found if m.frame and m.effect]
            if framing:  # the nearest frame that says something about the outlet's stance decides
                signals.append(Signal(framing[0].effect or ATTRIBUTED, f"{framing[0].reason} frames the span", True, above.text))
                break
            beside = _trailing_frame(sentence, above, unit, inside, marks)
            if beside is not None:  # "A jet crashed, killing all 10, officials said"
                m, word = beside
                signals.append(Signal(m.effect or ATTRIBUTED, f"{m.reason} reports '{above.text}'", True, word.text))
                break
    return signals


def _trailing_frame(sentence: Sentence, word: Word, unit: Unit, inside: set[int], marks: Marks) -> tuple[Mark, Word] | None:
    """A reporting verb after the unit, attached beside the clause above it (parataxis, or the
    parser's conj) and reporting nothing of its own: '"A jet crashed, killing all 10, officials
    said"' reports the clause it closes. One with its own complement ("..., and officials said
    that ...") reports that instead."""
    for child in sentence.children(word):
        if child.relation not in BESIDE_FRAME_RELATIONS | {"conj"} or child.id not in inside or child.start < unit.end:
            continue
        if any(c.relation in ("ccomp", "xcomp", "obj") for c in sentence.children(child)):
            continue
        for m in marks.at(child):
            if m.frame and m.effect:
                return m, child
    return None


def statement_signals(statement: Statement, finder_by_lemma: Mapping[str, tuple[Entry, ...]]) -> list[Signal]:
    """The statement's own frame, when attribution gave it a speaker."""
    if statement.is_own_voice:
        return []
    if statement.cue is not None:
        for entry in finder_by_lemma.get(statement.cue.lemma.lower().split()[0] if statement.cue.lemma else "", ()):
            if entry.type == "reporting" and (effect := _stance(entry)):
                return [Signal(effect, f"{entry.id} ({entry.category}): the statement's cue '{statement.cue.text}'", True)]
    return [Signal(ATTRIBUTED, f"a statement of {statement.speaker or 'a source'}", True)]


def decide(signals: Sequence[Signal]) -> str:
    """The parse alone (no confidence factors at hand): the strongest effect found."""
    effects = {s.effect for s in signals}
    for label in (DISPUTED, HEDGED, ATTRIBUTED):
        if label in effects:
            return label
    return ASSERTED


OUTLET_HEDGE_FACTOR = "outlet: hedge"


# how confidence.py words a hedge over only part of a stretch
_PARTIAL_NOTE = "only over part"


def outlet_hedged(factors: Sequence[Factor]) -> bool:
    """Did one of the outlet's own hedges (a distancing verb, allegedly, a disclaimer reaching
    back from a later sentence) lower the outlet's confidence over the whole stretch? Not: the
    speaker's own hedges ("source: hedge"); a disclaimer that is what the words say ("the location
    is unknown", "it did not say how": listed with contribution 0, the outlet states the gap); a
    hedge over only part of the stretch (the other clause of "A, but it was not clear B")."""
    return any(f.factor == OUTLET_HEDGE_FACTOR and f.contribution < 0 and _PARTIAL_NOTE not in f.detail
               for f in factors)


def reporting_frame(statement: Statement, signals: Sequence[Signal]) -> str | None:
    """For a member in the outlet's own voice, the reporting word the parse found framing it
    ("Authorities had earlier *said* that [all 10 were killed]" where attribution made no
    statement): the member is reported, not asserted, so its confidence starts as a report's
    does (``span_confidence(reported_by=...)``) and its label is attributed or hedged. None for
    a statement with a speaker (its own cue frames it) and for a member no frame governs."""
    if not statement.is_own_voice:
        return None
    word = next((s.word for s in signals if s.frame and s.word and s.effect in (ATTRIBUTED, HEDGED, DISPUTED)), None)
    return f"'{word}' frames it" if word else None


def label(statement: Statement, signals: Sequence[Signal], factors: Sequence[Factor] | None) -> str:
    """THE presentation label, read from the same factors as the outlet confidence shown beside it
    (docs/claims.md, section 5, has the table):

    * a contradiction (a disputing frame or qualifier) -> disputed;
    * an outlet hedge that lowered the outlet's confidence over the stretch, own voice or not
      (allegedly, purporting to, a disclaimer reaching back from a later sentence) -> hedged;
    * a distancing frame (claimed, purported) -> hedged;
    * reported (a speaker, or a reporting word the parse found over the member, which also starts
      its confidence as a report's) with a neutral or endorsing frame -> attributed, even when the
      source hedges its own words ("the drone may have been shot down, he said": his doubt);
    * the outlet's own voice with none of these -> asserted, and its outlet confidence is 1.00
      less nothing: a disclaimer that is what the words say ("the location is unknown") is
      listed with contribution 0.

    ``factors`` are the confidence factors of the member's stretch; ``None`` (hand-built tests
    without a hedging stage) lets the parse's hedge signals stand in for them."""
    if factors is None:
        return decide(signals)
    effects = {s.effect for s in signals}
    if DISPUTED in effects:
        return DISPUTED
    if outlet_hedged(factors) or any(s.effect == HEDGED and s.frame for s in signals):
        return HEDGED
    if not statement.is_own_voice or reporting_frame(statement, signals):
        return ATTRIBUTED
    return ASSERTED


def member_signals(unit: Unit, article_statements: Sequence[Statement], finder: CueFinder) -> list[Signal]:
    """The statement's frame and what the parse shows around the member."""
    cues = [c for s in article_statements for c in s.hedges]
    own = statement_signals(unit.statement, finder.by_lemma)
    if unit.fragment == "describing":
        # "rejected suggestions that a missile brought down a plane [presumed to have been
        # carrying Prigozhin]": a disputing frame disputes its clause, not a phrase describing
        # one of its nouns (as a hedge on a clause does not reach into its noun phrases)
        own = [replace(s, effect=ATTRIBUTED) if s.effect == DISPUTED else s for s in own]
    return own + parse_signals(unit, finder, cues)


def presentation(unit: Unit, article_statements: Sequence[Statement], finder: CueFinder,
                 factors: Sequence[Factor] | None = None) -> tuple[str, list[Signal]]:
    """The label of one member and the signals it rests on."""
    signals = member_signals(unit, article_statements, finder)
    return label(unit.statement, signals, factors), signals


def mark_disputes(labels: list[str], negated: Sequence[bool]) -> list[str]:
    """Within one claim: members whose polarity goes against the others are disputed (when the
    split is even, the negated side disputes the affirmed one)."""
    if not negated or all(negated) or not any(negated):
        return labels
    negative = sum(negated)
    minority_is_negated = negative * 2 <= len(negated)
    return [DISPUTED if n == minority_is_negated else label for label, n in zip(labels, negated)]
