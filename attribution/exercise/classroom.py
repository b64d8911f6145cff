"""The classroom words and the certainty rule, from ``lexicons/classroom.yaml``.

``certainty(presentation, confidence)`` is the one function that answers "how sure is the
outlet about this claim?" for every worksheet and key: a presentation label that fixes the
answer (disputed, hedged) decides first, else the outlet confidence picks the first level whose
``min_confidence`` it reaches. Every problem in the file is reported with file and line.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from attribution.records import PRESENTATIONS, SPEAKER_TYPES
from attribution.resources import lexicons_dir
from attribution.yamlfile import YamlError, line_of, load_yaml

SHIPPED_FILE = "classroom.yaml"


@dataclass(frozen=True)
class Level:
    """One answer to "how sure is the outlet?"; ``rank`` 0 is the surest."""

    id: str
    label: str
    description: str
    rank: int
    min_confidence: float | None  # None: reached only through a presentation label


@dataclass(frozen=True)
class Classroom:
    speaker_choices: tuple[tuple[str, str], ...]  # (speaker type, plain words), in worksheet order
    levels: tuple[Level, ...]  # surest first
    by_label: dict[str, str]  # presentation label -> level id
    min_words: int = 4  # shorter statements are never quoted in a task
    path: str = ""

    def level(self, level_id: str) -> Level:
        return next(lv for lv in self.levels if lv.id == level_id)

    def certainty(self, presentation: str | None, confidence: float) -> Level:
        """How sure the outlet is: the label decides when it fixes the answer, else the confidence."""
        if presentation in self.by_label:
            return self.level(self.by_label[presentation])
        for lv in self.levels:
            if lv.min_confidence is not None and confidence >= lv.min_confidence:
                return lv
        return min((lv for lv in self.levels if lv.min_confidence is not None), key=lambda lv: lv.min_confidence or 0.0)

    def speaker_words(self, speaker_type: str) -> str:
        return dict(self.speaker_choices).get(speaker_type, speaker_type)


def _text(path: str, section: Any, key: str, name: str) -> str:
    value = section.get(key) if isinstance(section, dict) else None
    if not isinstance(value, str) or not value.strip():
        raise YamlError(path, line_of(section, key), f"'{name}.{key}' must be a text")
    return " ".join(value.split())


def load_classroom(path: Path | None = None) -> Classroom:
    """The classroom file (the shipped one unless ``path`` is given), checked."""
    path = path or lexicons_dir() / SHIPPED_FILE
    where = str(path)
    data = load_yaml(path)
    if not isinstance(data, dict):
        raise YamlError(where, line_of(data), "a classroom file is a mapping with speaker_choices and certainty")
    for section in ("speaker_choices", "certainty"):
        if not isinstance(data.get(section), dict):
            raise YamlError(where, line_of(data, section), f"missing section '{section}'")
    choices = data["speaker_choices"]
    missing = [t for t in SPEAKER_TYPES if t not in choices]
    if missing:
        raise YamlError(where, line_of(choices), f"speaker_choices has no words for {', '.join(missing)}")
    unknown = [k for k in choices if k not in SPEAKER_TYPES and k != "description"]
    if unknown:
        raise YamlError(where, line_of(choices, unknown[0]),
                        f"speaker_choices: unknown speaker type '{unknown[0]}' (known: {', '.join(SPEAKER_TYPES)})")
    speaker_choices = tuple((t, _text(where, choices, t, "speaker_choices")) for t in SPEAKER_TYPES)

    cert = data["certainty"]
    raw_levels = cert.get("levels")
    if not isinstance(raw_levels, list) or not raw_levels:
        raise YamlError(where, line_of(cert, "levels"), "'certainty.levels' must be a list of levels")
    levels: list[Level] = []
    for rank, raw in enumerate(raw_levels):
        if not isinstance(raw, dict):
            raise YamlError(where, line_of(raw_levels), f"certainty level {rank + 1} must be a mapping")
        level_id = _text(where, raw, "id", "certainty.levels")
        if any(lv.id == level_id for lv in levels):
            raise YamlError(where, line_of(raw, "id"), f"certainty level '{level_id}' appears twice")
        low = raw.get("min_confidence")
        if low is not None and (isinstance(low, bool) or not isinstance(low, (int, float)) or not 0 <= low <= 1):
            raise YamlError(where, line_of(raw, "min_confidence"),
                            f"'min_confidence' of level '{level_id}' must be a number from 0 to 1, not {low!r}")
        levels.append(Level(level_id, _text(where, raw, "label", level_id), _text(where, raw, "description", level_id),
                            rank, None if low is None else float(low)))
    if not any(lv.min_confidence == 0.0 for lv in levels):
        raise YamlError(where, line_of(cert, "levels"), "one certainty level needs min_confidence 0, so every confidence has a level")
    labels = cert.get("labels") or {}
    if not isinstance(labels, dict):
        raise YamlError(where, line_of(cert, "labels"), "'certainty.labels' must map presentation labels to level ids")
    ids = {lv.id for lv in levels}
    for label, level_id in labels.items():
        if label not in PRESENTATIONS:
            raise YamlError(where, line_of(labels, label),
                            f"unknown presentation label '{label}' (known: {', '.join(PRESENTATIONS)})")
        if level_id not in ids:
            raise YamlError(where, line_of(labels, label), f"label '{label}' names no level: '{level_id}'")
    tasks = data.get("tasks") or {}
    min_words = tasks.get("min_words", 4) if isinstance(tasks, dict) else None
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 1:
        raise YamlError(where, line_of(tasks, "min_words"), f"'tasks.min_words' must be a whole number of at least 1, not {min_words!r}")
    return Classroom(speaker_choices, tuple(levels), {str(k): str(v) for k, v in labels.items()}, min_words, where)


@lru_cache(maxsize=1)
def shipped_classroom() -> Classroom:
    return load_classroom()
