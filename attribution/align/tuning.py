"""The numbers and word lists claim alignment reads, from ``lexicons/alignment.yaml``.

A user file (``claims.alignment`` in attribution.yaml) is laid over the shipped one section by
section, key by key, so a user can change one weight without copying the rest. Every problem is
reported with file and line.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attribution.resources import lexicons_dir
from attribution.yamlfile import LineDict, YamlError, line_of, load_yaml

SHIPPED_FILE = "alignment.yaml"
WEIGHT_PARTS = ("content", "predicate", "arguments", "names", "numbers")


@dataclass(frozen=True)
class SimilarityTuning:
    weights: dict[str, float]
    min_content: float
    min_shared_words: int
    min_shared_words_same_predicate: int
    widen_tolerance: float
    aside_penalty: float
    number_conflict: float
    synonym_match: float
    prefix_match: float
    cross_role_match: float
    prefix_min_chars: int
    reporting_word_weight: float
    semantic_floor: float = 0.3
    semantic_gate: float = 1.01  # cosine from which a pair needs no shared words
    agreement_gate: float = 1.01  # lower cosine from which a pair whose numbers or names agree needs no shared words
    agreement_names: float = 0.7  # names agree: their rarity-weighted soft Dice reaches this ...
    agreement_name_rarity: float = 3.0  # ... and a shared name is this rare (not a main actor of the story)


@dataclass(frozen=True)
class UnitTuning:
    clause_relations: frozenset[str]
    min_content_words: int
    max_words: int
    content_upos: frozenset[str]


@dataclass(frozen=True)
class StoryTuning:
    threshold: float
    max_days_apart: int
    top_words: int


@dataclass(frozen=True)
class CandidateTuning:
    """Which pairs of a story's units are scored at all, and how many members grouping compares
    a unit with (the ``candidates`` section of alignment.yaml)."""

    neighbours: int = 10  # nearest units by sentence vector, per unit
    word_neighbours: int = 30  # units sharing the most telling index keys, per unit
    common_key_units: int = 2000  # a key in more units than this is no index key
    common_key_share: float = 0.5  # ... nor one in more than this share of the story's units, whichever is more
    rare_key_units: int = 10  # a name or number in at most this many units pairs them all
    exact_neighbours_up_to: int = 20000  # units up to which nearest neighbours are found exactly
    claim_sample_articles: int = 20  # a claim's members compared with: those of its first this many articles


@dataclass(frozen=True)
class AlignmentTuning:
    similarity: SimilarityTuning
    units: UnitTuning
    stories: StoryTuning
    stop_lemmas: frozenset[str]
    number_words: dict[str, float]
    multipliers: dict[str, float]
    spelling_pairs: dict[str, str]
    suffix_rules: tuple[tuple[str, str], ...]
    suffix_min_stem: int
    synonym_groups: tuple[tuple[str, ...], ...]
    aliases: dict[str, tuple[str, ...]]  # alias -> the words of the name it stands for
    files: tuple[str, ...] = field(default=())
    # approximator kind (numbers.APPROXIMATOR_KINDS) -> phrases ("about", "at least"); see numbers.py
    approximators: dict[str, tuple[str, ...]] = field(default_factory=dict)
    approximate_share: float = 0.1
    range_openers: tuple[str, ...] = ()
    evidence_nouns: tuple[str, ...] = ()  # "no evidence that X": X disputed (presentation.py)
    candidates: CandidateTuning = field(default_factory=CandidateTuning)


def stable_repr(value: Any) -> str:
    """A text of the value that is the same in every process: sets sorted, dataclasses by field
    (a frozenset's own repr follows the process's string hashing)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        inner = ", ".join(f"{f.name}={stable_repr(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({inner})"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(stable_repr(v) for v in value)) + "}"
    if isinstance(value, dict):
        return "{" + ", ".join(sorted(f"{stable_repr(k)}: {stable_repr(v)}" for k, v in value.items())) + "}"
    if isinstance(value, (list, tuple)):
        return "(" + ", ".join(stable_repr(v) for v in value) + ")"
    return repr(value)


def _merge(base: Any, over: Any) -> Any:
    """Mappings merge key by key; anything else in the overlay replaces the base value."""
    if isinstance(base, dict) and isinstance(over, dict):
        merged = LineDict(base)
        merged.line = getattr(over, "line", getattr(base, "line", 0))
        merged.key_lines = {**getattr(base, "key_lines", {}), **getattr(over, "key_lines", {})}
        for key, value in over.items():
            merged[key] = _merge(base[key], value) if key in base else value
        return merged
    return over


class _Reader:
    """Typed access to the merged YAML, naming the file and line of a bad value."""

    def __init__(self, data: Any, path: str):
        self.data = data
        self.path = path

    def section(self, name: str) -> Any:
        if not isinstance(self.data, dict) or name not in self.data:
            raise YamlError(self.path, line_of(self.data), f"missing section '{name}'")
        return self.data[name]

    def number(self, section: Any, key: str, name: str, low: float, high: float) -> float:
        value = section.get(key) if isinstance(section, dict) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
            raise YamlError(self.path, line_of(section, key), f"'{name}.{key}' must be a number from {low} to {high}, not {value!r}")
        return float(value)

    def whole(self, section: Any, key: str, name: str, low: int, high: int) -> int:
        """A count (words, days, letters): a fraction is refused, not cut to its whole part."""
        value = self.number(section, key, name, low, high)
        if not value.is_integer():
            raise YamlError(self.path, line_of(section, key), f"'{name}.{key}' must be a whole number from {low} to {high}, not {value:g}")
        return int(value)

    def words(self, section: Any, key: str, name: str) -> list[str]:
        value = section.get(key) if isinstance(section, dict) else None
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise YamlError(self.path, line_of(section, key), f"'{name}.{key}' must be a list of words")
        return [v.lower() for v in value]

    def pairs(self, section: Any, key: str, name: str) -> list[tuple[str, str]]:
        value = section.get(key) if isinstance(section, dict) else None
        ok = isinstance(value, list) and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in value
        )
        if not ok:
            raise YamlError(self.path, line_of(section, key), f"'{name}.{key}' must be a list of [word, word] pairs")
        return [(a.lower(), b.lower()) for a, b in value]

    def mapping(self, section: Any, key: str, name: str) -> dict[str, float]:
        value = section.get(key) if isinstance(section, dict) else None
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool) for k, v in value.items()
        ):
            raise YamlError(self.path, line_of(section, key), f"'{name}.{key}' must map words to numbers")
        for k, v in value.items():  # a number word stands for a count: .nan, .inf or below 0 would match nothing right
            if not math.isfinite(v) or v < 0:
                raise YamlError(self.path, line_of(value, k), f"'{name}.{key}.{k}' must be a finite number of 0 or more, not {v!r}")
        return {k.lower(): float(v) for k, v in value.items()}


def load_tuning(overlay: Path | None = None, shipped: Path | None = None) -> AlignmentTuning:
    """The shipped ``alignment.yaml``, with the user's overlay (if any) laid over it."""
    shipped = shipped or lexicons_dir() / SHIPPED_FILE
    data = load_yaml(shipped)
    files = [str(shipped)]
    path = str(shipped)
    if overlay is not None:
        extra = load_yaml(overlay)
        if extra is not None:
            if not isinstance(extra, dict):
                raise YamlError(overlay, line_of(extra), "an alignment file is a mapping of sections")
            unknown = [k for k in extra if k not in data]
            if unknown:
                raise YamlError(overlay, line_of(extra, unknown[0]), f"unknown section '{unknown[0]}' (known: {', '.join(data)})")
            data = _merge(data, extra)
            files.append(str(overlay))
            path = str(overlay)
    r = _Reader(data, path)

    sim = r.section("similarity")
    weights_raw = sim.get("weights") if isinstance(sim, dict) else None
    if not isinstance(weights_raw, dict) or set(weights_raw) != set(WEIGHT_PARTS):
        raise YamlError(path, line_of(sim, "weights"), f"'similarity.weights' must give exactly {', '.join(WEIGHT_PARTS)}")
    weights = {k: r.number(weights_raw, k, "similarity.weights", 0.0, 10.0) for k in WEIGHT_PARTS}
    if weights["content"] <= 0:
        raise YamlError(path, line_of(weights_raw, "content"), "'similarity.weights.content' must be above 0")
    similarity = SimilarityTuning(
        weights=weights,
        min_content=r.number(sim, "min_content", "similarity", 0.0, 1.0),
        min_shared_words=r.whole(sim, "min_shared_words", "similarity", 1, 50),
        min_shared_words_same_predicate=r.whole(sim, "min_shared_words_same_predicate", "similarity", 1, 50),
        widen_tolerance=r.number(sim, "widen_tolerance", "similarity", 0.0, 1.0),
        aside_penalty=r.number(sim, "aside_penalty", "similarity", 0.0, 1.0),
        number_conflict=r.number(sim, "number_conflict", "similarity", 0.0, 1.0),
        synonym_match=r.number(sim, "synonym_match", "similarity", 0.0, 1.0),
        prefix_match=r.number(sim, "prefix_match", "similarity", 0.0, 1.0),
        cross_role_match=r.number(sim, "cross_role_match", "similarity", 0.0, 1.0),
        prefix_min_chars=r.whole(sim, "prefix_min_chars", "similarity", 3, 20),
        reporting_word_weight=r.number(sim, "reporting_word_weight", "similarity", 0.0, 1.0),
        semantic_floor=r.number(sim, "semantic_floor", "similarity", 0.0, 0.99),
        semantic_gate=r.number(sim, "semantic_gate", "similarity", 0.0, 1.01),
        agreement_gate=r.number(sim, "agreement_gate", "similarity", 0.0, 1.01),
        agreement_names=r.number(sim, "agreement_names", "similarity", 0.0, 1.0),
        agreement_name_rarity=r.number(sim, "agreement_name_rarity", "similarity", 1.0, 100.0),
    )

    u = r.section("units")
    units = UnitTuning(
        clause_relations=frozenset(r.words(u, "clause_relations", "units")),
        min_content_words=r.whole(u, "min_content_words", "units", 1, 50),
        max_words=r.whole(u, "max_words", "units", 3, 1000),
        content_upos=frozenset(w.upper() for w in r.words(u, "content_upos", "units")),
    )

    s = r.section("stories")
    stories = StoryTuning(
        threshold=r.number(s, "threshold", "stories", 0.0, 1.0),
        max_days_apart=r.whole(s, "max_days_apart", "stories", 0, 100000),
        top_words=r.whole(s, "top_words", "stories", 5, 10000),
    )

    numbers = r.section("numbers")
    spelling = r.section("spelling")
    synonyms = r.section("synonyms")
    groups_raw = synonyms.get("groups") if isinstance(synonyms, dict) else None
    if not isinstance(groups_raw, list) or not all(
        isinstance(g, list) and len(g) >= 2 and all(isinstance(w, str) for w in g) for g in groups_raw
    ):
        raise YamlError(path, line_of(synonyms, "groups"), "'synonyms.groups' must be a list of word lists (two words or more)")
    aliases = {alias: tuple(name.split()) for alias, name in r.pairs(r.section("aliases"), "pairs", "aliases")}
    return AlignmentTuning(
        similarity=similarity,
        units=units,
        stories=stories,
        stop_lemmas=frozenset(r.words(r.section("stop_lemmas"), "words", "stop_lemmas")),
        number_words=r.mapping(numbers, "words", "numbers"),
        multipliers=r.mapping(numbers, "multipliers", "numbers"),
        spelling_pairs=dict(r.pairs(spelling, "pairs", "spelling")),
        suffix_rules=tuple(r.pairs(spelling, "suffix_rules", "spelling")),
        suffix_min_stem=r.whole(spelling, "suffix_min_stem", "spelling", 1, 20),
        synonym_groups=tuple(tuple(w.lower() for w in g) for g in groups_raw),
        aliases=aliases,
        files=tuple(files),
        approximators=_approximators(r, numbers, path),
        approximate_share=r.number(numbers, "approximate_share", "numbers", 0.0, 1.0),
        range_openers=tuple(r.words(numbers, "range_openers", "numbers")),
        evidence_nouns=tuple(r.words(r.section("presentation"), "evidence_nouns", "presentation")),
        candidates=_candidates(r),
    )


def _candidates(r: _Reader) -> CandidateTuning:
    c = r.section("candidates")
    return CandidateTuning(
        neighbours=r.whole(c, "neighbours", "candidates", 0, 1000),
        word_neighbours=r.whole(c, "word_neighbours", "candidates", 1, 100000),
        common_key_units=r.whole(c, "common_key_units", "candidates", 2, 10**9),
        common_key_share=r.number(c, "common_key_share", "candidates", 0.0, 1.0),
        rare_key_units=r.whole(c, "rare_key_units", "candidates", 0, 1000),
        exact_neighbours_up_to=r.whole(c, "exact_neighbours_up_to", "candidates", 0, 10**9),
        claim_sample_articles=r.whole(c, "claim_sample_articles", "candidates", 2, 100000),
    )


def _approximators(r: _Reader, numbers: Any, path: str) -> dict[str, tuple[str, ...]]:
    """``numbers.approximators``: each kind (about, below, at_least, at_most) with its phrases."""
    from attribution.align.numbers import APPROXIMATOR_KINDS

    raw = numbers.get("approximators") if isinstance(numbers, dict) else None
    if not isinstance(raw, dict):
        raise YamlError(path, line_of(numbers, "approximators"), "'numbers.approximators' must map kinds to lists of phrases")
    unknown = [k for k in raw if k not in APPROXIMATOR_KINDS]
    if unknown:
        raise YamlError(path, line_of(raw, unknown[0]),
                        f"unknown approximator kind '{unknown[0]}' (known: {', '.join(APPROXIMATOR_KINDS)})")
    return {k: tuple(r.words(raw, k, "numbers.approximators")) for k in raw}
