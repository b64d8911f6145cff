"""The speaker word lists of ``lexicons/speakers.yaml``: titles, roles, organisation heads, places."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from attribution.resources import lexicons_dir
from attribution.yamlfile import YamlError, line_of, load_yaml

LIST_NAMES = (
    "titles", "male_titles", "female_titles", "person_roles", "organization_heads", "document_heads",
    "media_heads", "group_pronouns", "person_pronouns", "thing_pronouns", "relative_pronouns", "places",
    "addressee_verbs", "time_words",
)


@dataclass(frozen=True)
class SpeakerWords:
    titles: frozenset[str]
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    person_roles: frozenset[str]
    organization_heads: frozenset[str]
    document_heads: frozenset[str]
    media_heads: frozenset[str]
    group_pronouns: frozenset[str]
    person_pronouns: frozenset[str]
    thing_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    places: frozenset[str]
    addressee_verbs: frozenset[str]
    time_words: frozenset[str]
    spelling: dict[str, str]

    def standard(self, word: str) -> str:
        """One spelling for British/American variants, lower case (``centre`` → ``center``)."""
        w = word.lower()
        return self.spelling.get(w, w)

    def is_place(self, words: list[str]) -> bool:
        return " ".join(w.lower() for w in words) in self.places

    @property
    def pronouns(self) -> frozenset[str]:
        return self.group_pronouns | self.person_pronouns | self.thing_pronouns


def _load(path: Path) -> SpeakerWords:
    data = load_yaml(path)
    lists = data.get("lists") if isinstance(data, dict) else None
    if not isinstance(lists, dict):
        raise YamlError(path, line_of(data), "a speaker word file has a 'lists' mapping")
    values: dict[str, frozenset[str]] = {}
    for name in LIST_NAMES:
        section = lists.get(name)
        if not isinstance(section, dict) or not isinstance(section.get("words"), list):
            raise YamlError(path, line_of(lists, name), f"list '{name}' needs a 'words' list")
        values[name] = frozenset(str(w).lower() for w in section["words"])
    unknown = set(lists) - set(LIST_NAMES) - {"spelling_variants"}
    if unknown:
        raise YamlError(path, line_of(lists, sorted(unknown)[0]), f"unknown list '{sorted(unknown)[0]}'")
    pairs = (lists.get("spelling_variants") or {}).get("pairs") or {}
    return SpeakerWords(**values, spelling={str(k).lower(): str(v).lower() for k, v in pairs.items()})


@lru_cache(maxsize=4)
def speaker_words(path: Path | None = None) -> SpeakerWords:
    """The shipped lists (read once per process)."""
    return _load(path or lexicons_dir() / "speakers.yaml")
