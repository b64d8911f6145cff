"""How an article presents one claim member: asserted, attributed, hedged or disputed.

The label follows the words that *govern* the member's span (docs/claims.md):

* its frame: the statement's reporting cue when attribution gave one, else the nearest
  reporting word above the member's head in the parse ("The center claims [the footage was
  shot ...]", "officials, who say [it shows ...]"), or a reporting verb attached beside it
  ('"...," said Solovey'), or, for a noun phrase, the clause that describes it ("soldiers,
  who they say were ...");
* qualifiers: hedge words attached to the member's head or to the words between it and its
  frame ("allegedly shows", "appeared to be fighting"), a reporting participle used as an
  adjective ("North Korea's reported decision"), and any hedge the hedging stage found whose
  scope covers most of the span.

Every word is looked up in the lexicons by category and stance, never by spelling here:

* ``disputed``: a disputing frame or qualifier (denied, rejected), or (decided per claim, see
  ``mark_disputes``) a member that negates what the claim's other members affirm;
* ``hedged``: a distancing frame (claimed) or any hedge (evidential, modal, conditional,
  verification, distancing) over the span;
* ``attributed``: a source with a neutral or endorsing frame, and no hedge;
* ``asserted``: the outlet's own voice with none of these.

A booster never changes the label: "The video clearly shows ..., he said" stays attributed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from attribution.align.units import Unit
from attribution.document import Sentence, Word
from attribution.lexicon import Entry, Lexicon
from attribution.records import Cue, Statement

ASSERTED, ATTRIBUTED, HEDGED, DISPUTED = "asserted", "attributed", "hedged", "disputed"
HEDGE_CATEGORIES = frozenset({"evidential", "modal", "conditional", "verification", "reporting_distancing"})
DISPUTE_CATEGORIES = frozenset({"reporting_disputing"})
# dependents of a governing word that qualify it (may, allegedly, not, "if true", "reported decision")
QUALIFIER_RELATIONS = frozenset({"advmod", "aux", "amod", "advcl", "mark", "cop", "xcomp", "obl", "discourse"})
# dependents of a predicate that report it: '"...," said Solovey' (said is attached to the quote)
BESIDE_FRAME_RELATIONS = frozenset({"parataxis"})
# how a frame holds what it reports: "say [it shows ...]"
REPORTED_RELATIONS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})
# how a reporting word attached as an adjective or adverb qualifies ("reported decision", "alleged")
_PARTICIPLE_RELATIONS = frozenset({"amod", "advmod", "acl"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


@dataclass(frozen=True)
class Signal:
    """One reason for a label: what was found, where, and its effect."""

    effect: str  # attributed | hedged | disputed
    reason: str


class CueFinder:
    """Lexicon entries that match at a word (first lemma, part of speech, the following lemmas)."""

    def __init__(self, lexicon: Lexicon):
        self.by_lemma: dict[str, list[Entry]] = {}
        for entry in lexicon.entries.values():
            if entry.enabled:
                for lemma in entry.first_lemmas:
                    self.by_lemma.setdefault(lemma, []).append(entry)

    def at(self, sentence: Sentence, word: Word) -> list[Entry]:
        found = []
        for entry in self.by_lemma.get(word.lemma.lower(), ()):
            if entry.upos and word.upos not in entry.upos and not ("VERB" in entry.upos and _verb_form(word)):
                continue
            if entry.negated is not None and entry.negated != _negated(sentence, word):
                continue
            if _rest_matches(sentence, word, entry):
                found.append(entry)
        return found


def _verb_form(word: Word) -> bool:
    """A participle the tagger took for a noun or adjective ("A video purporting to show"): the
    lemmatiser still stripped a verb ending from it, which it does not do to real nouns in -ing."""
    text, lemma = word.text.lower(), word.lemma.lower()
    return word.upos in ("NOUN", "ADJ") and text != lemma and text.endswith(("ing", "ed")) and text.startswith(lemma[:-1])


def _negated(sentence: Sentence, word: Word) -> bool:
    return any(c.lemma.lower() in ("not", "never", "n't") or c.feat("Polarity") == "Neg" for c in sentence.children(word))


def _rest_matches(sentence: Sentence, word: Word, entry: Entry) -> bool:
    """The pattern's later lemmas follow the word in order (a ``...`` allows a gap)."""
    position = word.id
    gap = 0
    for slot in entry.slots[1:]:
        if slot is None:
            gap = entry.max_gap
            continue
        for step in range(1, gap + 2):
            index = position + step
            if index > len(sentence.words):
                return False
            if sentence.word(index).lemma.lower() in slot:
                position = index
                break
        else:
            return False
        gap = 0
    return True


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


def parse_signals(unit: Unit, finder: CueFinder) -> list[Signal]:
    """Frames and qualifiers the parse shows around the unit, inside its statement."""
    sentence, head, statement = unit.sentence, unit.head, unit.statement
    inside = {w.id for w in sentence.words if w.start >= statement.start and w.end <= statement.end}
    signals: list[Signal] = []

    def qualifiers(word: Word) -> Iterable[Signal]:
        for child in sentence.children(word):
            if child.relation not in QUALIFIER_RELATIONS or child.id not in inside:
                continue
            words = [child] + [g for g in sentence.children(child) if g.relation in ("mark", "advmod")]
            for w in words:
                for entry in finder.at(sentence, w):
                    effect = _stance(entry)
                    if entry.type == "reporting" and child.relation in _PARTICIPLE_RELATIONS and w is child:
                        # "North Korea's reported decision": a reporting word used as a modifier marks
                        # the thing as reported, not vouched for (unless it endorses: "confirmed")
                        effect = {ATTRIBUTED: HEDGED if entry.stance == "neutral" else None}.get(effect, effect)
                    elif entry.type == "reporting":
                        continue
                    if effect:
                        yield Signal(effect, f"{entry.id} ({entry.category}) on '{word.text}'")

    # the head itself: a hedging or distancing word there qualifies the whole unit ("purports");
    # a neutral frame counts when the unit holds what it reports ("who say it shows ...") and is
    # not negated ("it did not say how ..." states a fact about the source)
    frame_found = False
    reports_inside = any(
        c.relation in REPORTED_RELATIONS and c.id in inside and unit.start <= c.start < unit.end
        for c in sentence.children(head)
    )
    for entry in finder.at(sentence, head):
        effect = _stance(entry)
        if effect in (HEDGED, DISPUTED):
            signals.append(Signal(effect, f"{entry.id} ({entry.category}) heads the span"))
        elif effect == ATTRIBUTED and entry.type == "reporting" and reports_inside and not _negated(sentence, head):
            signals.append(Signal(effect, f"{entry.id} ({entry.category}) heads the span and what it reports"))
            frame_found = True
    signals.extend(qualifiers(head))

    if head.upos in _NOMINAL:  # "soldiers, who they say were introduced": the clause describing the noun
        for child in sentence.children(head):
            if child.relation == "acl" and child.id in inside:
                for entry in finder.at(sentence, child):
                    if entry.type == "reporting" and (effect := _stance(entry)):
                        signals.append(Signal(effect, f"{entry.id} ({entry.category}) describes '{head.text}'"))
                        frame_found = True
    for child in sentence.children(head):
        if child.relation in BESIDE_FRAME_RELATIONS and child.id in inside:
            for entry in finder.at(sentence, child):
                if entry.type == "reporting" and (effect := _stance(entry)):
                    signals.append(Signal(effect, f"{entry.id} ({entry.category}) reports '{head.text}'"))
                    frame_found = True
    if not frame_found:
        below_noun = head.upos in _NOMINAL
        for above in _path(sentence, head, inside):
            frames = [e for e in finder.at(sentence, above) if e.type == "reporting"]
            if not below_noun:
                # a hedge on a clause above reaches down through clauses, not into the noun phrases
                # it mentions: in "The video, published by X, allegedly shows Y", "allegedly" is about
                # showing Y, not about X publishing the video
                for entry in (e for e in finder.at(sentence, above) if e.type == "hedge"):
                    signals.append(Signal(_stance(entry) or HEDGED, f"{entry.id} ({entry.category}) on '{above.text}' above"))
                signals.extend(qualifiers(above))
            below_noun = below_noun or above.upos in _NOMINAL
            framing = [(e, effect) for e in frames if (effect := _stance(e))]
            if framing:  # the nearest frame that says something about the outlet's stance decides
                entry, effect = framing[0]
                signals.append(Signal(effect, f"{entry.id} ({entry.category}) frames the span"))
                break
    return signals


def cue_signals(unit: Unit, cues: Iterable[Cue]) -> list[Signal]:
    """Hedges from the hedging stage whose scope covers most of the unit."""
    signals = []
    length = unit.end - unit.start
    for cue in cues:
        if cue.category not in HEDGE_CATEGORIES | DISPUTE_CATEGORIES:
            continue
        scope_start, scope_end = cue.scope
        covered = max(0, min(unit.end, scope_end) - max(unit.start, scope_start))
        if length > 0 and covered * 2 >= length:
            effect = DISPUTED if cue.category in DISPUTE_CATEGORIES else HEDGED
            signals.append(Signal(effect, f"{cue.entry} ({cue.category}) scopes over the span"))
    return signals


def statement_signals(statement: Statement, finder_by_lemma: dict[str, list[Entry]]) -> list[Signal]:
    """The statement's own frame, when attribution gave it a speaker."""
    if statement.is_own_voice:
        return []
    if statement.cue is not None:
        for entry in finder_by_lemma.get(statement.cue.lemma.lower().split()[0] if statement.cue.lemma else "", ()):
            if entry.type == "reporting" and (effect := _stance(entry)):
                return [Signal(effect, f"{entry.id} ({entry.category}): the statement's cue '{statement.cue.text}'")]
    return [Signal(ATTRIBUTED, f"a statement of {statement.speaker or 'a source'}")]


def decide(signals: Sequence[Signal]) -> str:
    effects = {s.effect for s in signals}
    for label in (DISPUTED, HEDGED, ATTRIBUTED):
        if label in effects:
            return label
    return ASSERTED


def presentation(unit: Unit, article_statements: Sequence[Statement], finder: CueFinder) -> tuple[str, list[Signal]]:
    """The label of one member and the signals it rests on."""
    cues = [c for s in article_statements for c in s.hedges]
    signals = statement_signals(unit.statement, finder.by_lemma) + parse_signals(unit, finder) + cue_signals(unit, cues)
    return decide(signals), signals


def mark_disputes(labels: list[str], negated: Sequence[bool]) -> list[str]:
    """Within one claim: members whose polarity goes against the others are disputed (when the
    split is even, the negated side disputes the affirmed one)."""
    if not negated or all(negated) or not any(negated):
        return labels
    negative = sum(negated)
    minority_is_negated = negative * 2 <= len(negated)
    return [DISPUTED if n == minority_is_negated else label for label, n in zip(labels, negated)]
