"""The record of one reporting event found in a sentence: cue, speaker, content pieces, kind."""

from __future__ import annotations

from dataclasses import dataclass, field

from attribution.attribute.cues import CueHit
from attribution.attribute.phrases import Phrase
from attribution.attribute.quotes import Quote
from attribution.document import Sentence


SPEECH_CLASSES = ("speech", "writing")  # what a topic statement can be: a speech act named by its topic


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
        return "topic" if self.topic and cls in SPEECH_CLASSES else cls
