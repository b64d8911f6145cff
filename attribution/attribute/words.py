"""The speaker word lists and rule constants of ``lexicons/speakers.yaml``.

``lists``: titles, roles, organisation heads, places, time words ... ; ``rules``: the numbers the
speaker rules use (how far a pronoun looks back, how long a frame may be), each with a plain-words
description. An overlay (``--lexicon FILE`` with a ``lists`` or ``rules`` mapping) changes them:
a list given with ``words`` is replaced, with ``add`` extended; a rule gets a new ``value``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from pathlib import Path

from attribution.resources import lexicons_dir
from attribution.yamlfile import YamlError, kind_of, line_of, load_yaml

LIST_NAMES = (
    "titles", "male_titles", "female_titles", "male_first_names", "female_first_names", "person_roles", "organization_heads", "document_heads",
    "media_heads", "group_pronouns", "person_pronouns", "thing_pronouns", "relative_pronouns", "person_relative_pronouns", "reader_pronouns", "places",
    "addressee_verbs", "pro_form_objects", "pro_form_contents", "time_words", "anonymous_heads", "generic_organization_heads",
    "municipal_heads",
    "data_heads", "non_speaker_labels", "perspective_prepositions",
    "described_perspective_prepositions", "poll_frame_prepositions", "poll_frame_heads", "statement_nouns", "share_heads", "shout_nouns", "sequencing_adverbs",
)


@dataclass(frozen=True)
class SpeakerRules:
    """The numbers of the speaker rules (``rules`` in ``lexicons/speakers.yaml``, described there)."""

    pronoun_window: int = 12
    that_window: int = 8
    short_frame_words: int = 14
    bare_frame_words: int = 8
    governed_quote_words: int = 5
    continuation_depth: int = 4
    clause_climb_words: int = 6
    dateline_words: int = 3
    heading_words: int = 8
    cataphora_min_weight: float = 4.0
    cataphora_lead: float = 1.25
    surname_typo_min_letters: int = 5


_INT_RULES = {f.name for f in fields(SpeakerRules) if f.type in (int, "int")}


@dataclass(frozen=True)
class SpeakerWords:
    titles: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    male_first_names: frozenset[str]
    female_first_names: frozenset[str]
    person_roles: frozenset[str]
    organization_heads: frozenset[str]
    document_heads: frozenset[str]
    data_heads: frozenset[str]
    media_heads: frozenset[str]
    group_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    person_relative_pronouns: frozenset[str]
    reader_pronouns: frozenset[str]
    places: frozenset[str]
    addressee_verbs: frozenset[str]
    pro_form_objects: frozenset[str]
    pro_form_contents: frozenset[str]
    time_words: frozenset[str]
    anonymous_heads: frozenset[str]
    generic_organization_heads: frozenset[str]
    municipal_heads: frozenset[str]
    non_speaker_labels: frozenset[str]
    perspective_prepositions: frozenset[str]
    described_perspective_prepositions: frozenset[str]
    poll_frame_prepositions: frozenset[str]
    poll_frame_heads: frozenset[str]
    statement_nouns: frozenset[str]
    share_heads: frozenset[str]
    shout_nouns: frozenset[str]
    sequencing_adverbs: frozenset[str]
    spelling: dict[str, str]
    rules: SpeakerRules = SpeakerRules()

    def standard(self, word: str) -> str:
        """One spelling for British/American variants, lower case (``centre`` → ``center``)."""
        w = word.lower()
        return self.spelling.get(w, w)

    def is_place(self, words: list[str]) -> bool:
        return " ".join(w.lower() for w in words) in self.places

    @property
    def pronouns(self) -> frozenset[str]:
        return self.group_pronouns | self.person_pronouns | self.thing_pronouns


def is_speaker_file(data: object) -> bool:
    """A YAML mapping of speaker lists or rules (the shipped file, or an overlay of it)."""
    return isinstance(data, dict) and ("lists" in data or "rules" in data) and "entries" not in data


def _rules(path: Path, section: object, base: SpeakerRules, overlay: bool) -> SpeakerRules:
    if not isinstance(section, dict):
        raise YamlError(path, line_of(section), "'rules' must be a mapping of rule names to {value, description}")
    known = {f.name for f in fields(SpeakerRules)}
    values: dict[str, int | float] = {}
    for name, item in section.items():
        line = line_of(section, name)
        if name not in known:
            raise YamlError(path, line, f"unknown rule '{name}' (known: {', '.join(sorted(known))})")
        if not isinstance(item, dict) or "value" not in item:
            raise YamlError(path, line, f"rule '{name}' needs a 'value'")
        if not overlay and not isinstance(item.get("description"), str):
            raise YamlError(path, line, f"rule '{name}' needs a 'description' in plain words")
        value = item["value"]
        whole = name in _INT_RULES
        if (isinstance(value, bool) or not isinstance(value, int if whole else (int, float)) or value <= 0
                or not math.isfinite(value)):
            what = "a positive whole number" if whole else "a positive number"
            raise YamlError(path, line_of(item, "value"), f"rule '{name}' must be {what}, not {kind_of(value) if not isinstance(value, (int, float)) else value}")
        values[name] = value if whole else float(value)
    if not overlay and (missing := known - set(values)):
        raise YamlError(path, line_of(section), f"rules missing: {', '.join(sorted(missing))}")
    return replace(base, **values)


def _load(path: Path, base: SpeakerWords | None = None) -> SpeakerWords:
    """The shipped file (``base`` None: every list and rule must be there) or an overlay on ``base``."""
    data = load_yaml(path)
    overlay = base is not None
    if not is_speaker_file(data):
        raise YamlError(path, line_of(data), "a speaker word file has a 'lists' mapping (an overlay: 'lists' or 'rules')")
    lists = data.get("lists", {} if overlay else None)
    if not isinstance(lists, dict):
        raise YamlError(path, line_of(data, "lists"), "'lists' must be a mapping of list names to {words: [...]}")
    values: dict[str, frozenset[str]] = {}
    for name in LIST_NAMES:
        section = lists.get(name)
        if section is None and overlay:
            continue
        if not isinstance(section, dict) or not (isinstance(section.get("words"), list) or (overlay and isinstance(section.get("add"), list))):
            raise YamlError(path, line_of(lists, name), f"list '{name}' needs a 'words' list" + (" or an 'add' list" if overlay else ""))
        words = frozenset(str(w).lower() for w in section.get("words") or []) if "words" in section else getattr(base, name)
        values[name] = words | frozenset(str(w).lower() for w in section.get("add") or [])
    unknown = set(lists) - set(LIST_NAMES) - {"spelling_variants"}
    if unknown:
        raise YamlError(path, line_of(lists, sorted(unknown)[0]), f"unknown list '{sorted(unknown)[0]}'")
    pairs = (lists.get("spelling_variants") or {}).get("pairs") or {}
    spelling = {str(k).lower(): str(v).lower() for k, v in pairs.items()}
    if overlay:
        spelling = {**base.spelling, **spelling}
        words_ = replace(base, **values, spelling=spelling)
    else:
        words_ = SpeakerWords(**values, spelling=spelling)
    if "rules" in data or not overlay:
        words_ = replace(words_, rules=_rules(path, data.get("rules"), words_.rules, overlay))
    return words_


@lru_cache(maxsize=8)
def speaker_words(path: Path | None = None, overlays: tuple[Path, ...] = ()) -> SpeakerWords:
    """The shipped lists with overlays applied in order (read once per process and overlay set)."""
    words_ = _load(path or lexicons_dir() / "speakers.yaml")
    for overlay in overlays:
        words_ = _load(Path(overlay), words_)
    return words_


def check_overlay(path: Path, overlays: Iterable[Path] = ()) -> None:
    """Raise YamlError (file:line) if the shipped file with these overlays and ``path`` is not usable."""
    speaker_words(None, tuple(overlays) + (path,))
