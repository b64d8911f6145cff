"""The two confidence scores of a statement and the factors that make them.

``outlet``: how far the outlet stands behind the statement.
    start: ``own_voice`` (1.0) when the outlet says it itself; ``attributed`` (0.8) when it
    reports what someone said. An anonymous speaker multiplies by (1 - ``anonymous``); every extra
    link in the chain of sources ("Budanov claimed in local media") by (1 - ``relayed``).
    Then the outlet's boosters and endorsing verbs ("confirmed") move it towards 1:
    c -> c + (1 - c)·w. Last, the outlet's hedges (a distancing verb "claimed", "allegedly",
    "if true", a verification disclaimer such as "couldn't verify the video") multiply by (1 - w).
``source``: how sure the speaker sounds.
    start: ``source_direct`` (0.9) for a direct quote, ``source_reported`` (0.85) for reported
    speech; the speaker's own boosters move it towards 1, their own hedges multiply by (1 - w).
    For a sentence in the outlet's own voice the outlet *is* the speaker: source = outlet.

Each entry counts once per statement (four "would"s in one sentence weaken it as one "would");
the repeats are listed with contribution 0. A cue whose scope leaves out the statement's main
word ("a video, *allegedly* taken by a soldier, showing ...": the video is released either way)
counts with the share ``partial_scope`` (0.5) of its weight. Every step either multiplies by a number in [0, 1]
(hedges) or moves the value towards 1 (boosters), and hedges come after boosters, so the score
is monotone by construction: adding a hedge never raises it, adding a booster never lowers it,
and it stays in [0, 1]. The contributions of the factors add up to the score.

A verification disclaimer that is what the words themselves say ("The location is unknown.",
"It did not say how the footage was obtained.") is listed with contribution 0: the writer states
the gap and is sure of it; the doubt falls on the statements the disclaimer is about (hedging
rule 3), and on a clause it holds with "whether", "if" or "that" ("it is unclear whether ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attribution.lexicon import Entry
from attribution.records import Confidence, Cue, Factor, Statement

CATEGORY_WORDS = {
    "evidential": "evidential",
    "modal": "modal",
    "conditional": "conditional",
    "verification": "verification disclaimer",
    "reporting_distancing": "distancing verb",
    "reporting_endorsing": "endorsing verb",
    "reporting_disputing": "disputing verb",
    "booster": "booster",
}
_ROUND = 4


@dataclass(frozen=True)
class AppliedCue:
    """A cue that bears on a statement, and whose confidence it moves."""

    cue: Cue
    entry: Entry
    voice: str  # "source": the speaker's own; "outlet": the outlet's
    note: str = ""  # how it reaches the statement, when not by plain scope ("linked: ...")
    share: float = 1.0  # of the weight: less when the scope leaves out the statement's main clause
    states: bool = False  # a disclaimer that is what the words say ("the location is unknown"): no weakening

    @property
    def weight(self) -> float:
        return self.cue.weight * self.share

    @property
    def is_booster(self) -> bool:
        return self.entry.type == "booster" or self.entry.category == "reporting_endorsing"


def _describe(applied: AppliedCue) -> str:
    words = CATEGORY_WORDS.get(applied.entry.category, applied.entry.category)
    text = f"{words} '{applied.cue.text}'"
    notes = [applied.note] if applied.note else []
    if applied.share < 1.0:
        notes.append(f"only over part of the statement, so {applied.share:g} of its weight {applied.cue.weight:.2f}")
    return f"{text} ({'; '.join(notes)})" if notes else text


class _Score:
    """One score being built step by step, each step recorded as a factor."""

    def __init__(self, name: str, start: float, detail: str):
        self.name = name
        self.value = start
        self.factors: list[Factor] = [Factor(f"{name}: start", detail, round(start, _ROUND))]

    def _step(self, label: str, detail: str, new: float) -> None:
        new = min(1.0, max(0.0, new))
        self.factors.append(Factor(f"{self.name}: {label}", detail, round(new - self.value, _ROUND)))
        self.value = new

    def weaken(self, label: str, detail: str, weight: float) -> None:
        self._step(label, f"{detail}: ×(1 − {weight:.2f})", self.value * (1.0 - weight))

    def strengthen(self, label: str, detail: str, weight: float) -> None:
        new = self.value + (1.0 - self.value) * weight
        if round(new - self.value, _ROUND) == 0:  # "moves it 0.35 of the way to 1 +0.00" read as a bug
            self._step(label, f"{detail}: the score is already {self.value:.2f}, so it cannot rise further", new)
            return
        self._step(label, f"{detail}: moves it {weight:.2f} of the way to 1", new)

    def note(self, label: str, detail: str) -> None:
        self.factors.append(Factor(f"{self.name}: {label}", detail, 0.0))

    def apply_cues(self, cues: Sequence[AppliedCue]) -> None:
        """Boosters first, then hedges; each entry once."""
        seen: set[str] = set()
        ordered = sorted(cues, key=lambda a: (not a.is_booster, a.cue.start))
        for applied in ordered:
            detail = _describe(applied)
            label = "booster" if applied.is_booster else "hedge"
            if applied.entry.id in seen:
                self.note(label, f"{detail}: same entry again, counted once")
                continue
            if applied.states:  # not counted: a real hedge of the same entry elsewhere still weakens
                self.note(label, f"{detail}: what the words say, not a doubt on them")
                continue
            seen.add(applied.entry.id)
            if applied.is_booster:
                self.strengthen(label, detail, applied.weight)
            else:
                self.weaken(label, detail, applied.weight)

    @property
    def score(self) -> float:
        return round(self.value, _ROUND)


def _possessive(name: str) -> str:
    """"Solovey's", but "sources'" and "officials'"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _reporting_detail(statement: Statement, frame: Entry | None) -> str:
    cue = statement.cue.text if statement.cue else None
    if frame is not None and frame.stance == "neutral" and cue:
        return f"neutral reporting verb '{cue}': no change"
    if cue and frame is None:
        return f"reporting cue '{cue}': no stance in the lexicon, no change"
    return ""


def score(statement: Statement, cues: Sequence[AppliedCue], scoring: dict[str, float],
          frame: Entry | None = None, reported_by: str | None = None) -> tuple[Confidence, tuple[Factor, ...]]:
    """The statement's confidence and the factors behind it (see the module docstring).

    ``reported_by``: a stretch of an own-voice sentence that a reporting word frames ("'said'
    frames it"), scored as reported speech of an unnamed speaker."""
    if statement.is_own_voice and not reported_by:
        outlet = _Score("outlet", scoring["own_voice"], "the outlet says this in its own voice")
        outlet.apply_cues(cues)
        source = Factor("source: same as outlet", "the outlet is the speaker of its own sentences", outlet.score)
        return Confidence(source=outlet.score, outlet=outlet.score), (*outlet.factors, source)

    who = statement.speaker or "an unnamed speaker"
    if reported_by:
        outlet = _Score("outlet", scoring["attributed"], f"the outlet reports this ({reported_by}), not its own claim")
    else:
        outlet = _Score("outlet", scoring["attributed"], f"the outlet reports what {who} said, not its own claim")
    if statement.speaker_type == "anonymous":
        outlet.weaken("anonymous source", f"the speaker is not named ({who})", scoring["anonymous"])
    for relay in statement.sources[:-1]:
        outlet.weaken("relayed", f"passed on through {relay}, not heard by the outlet itself", scoring["relayed"])
    detail = _reporting_detail(statement, frame)
    if detail:
        outlet.note("reporting verb", detail)
    outlet.apply_cues([c for c in cues if c.voice == "outlet"])

    if statement.kind in ("direct", "mixed"):
        source = _Score("source", scoring["source_direct"], f"a direct quote of {who}")
    else:
        source = _Score("source", scoring["source_reported"], f"{_possessive(who)} words as the outlet reports them")
    source.apply_cues([c for c in cues if c.voice == "source"])
    return Confidence(source=source.score, outlet=outlet.score), (*outlet.factors, *source.factors)
