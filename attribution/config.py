"""One frozen :class:`Settings` object, built from ``attribution.yaml`` and command-line options.

It is passed down to every stage; nothing reads configuration from globals. Paths written in a
config file are relative to that file. Every error names the file and line.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from attribution.yamlfile import LineDict, YamlError, kind_of, line_of, load_yaml

CONFIG_FILE_NAME = "attribution.yaml"
MODELS_ENV = "ATTRIBUTION_MODELS"
CACHE_ENV = "ATTRIBUTION_CACHE"


@dataclass(frozen=True)
class ModelSettings:
    dir: Path | None = None  # resolved later: --models, $ATTRIBUTION_MODELS, this, ~/stanza_resources
    device: str = "auto"  # auto | cpu | cuda
    batch_size: int = 16  # documents per bulk_process call
    # documents per batch handed to a worker (--jobs, Dask), at most batch_size: small batches
    # keep the workers evenly busy to the end of a run, where one long batch would leave the
    # other workers idle
    worker_batch_size: int = 4
    # and at most this many words (a batch of one longer article excepted): a batch of four long
    # articles took 8 s where most took 2-4, and the last such batch left the other worker idle
    worker_batch_words: int = 2400
    threads: int = 0  # torch/OpenMP threads per worker; 0 (not set): the free cores / workers

    @property
    def worker_documents(self) -> int:
        """Documents per worker batch: ``worker_batch_size``, never more than ``batch_size``."""
        return max(1, min(self.batch_size, self.worker_batch_size))


@dataclass(frozen=True)
class Limits:
    max_article_bytes: int = 5_000_000  # one article file (or one CSV/JSONL row's text)
    max_jsonl_line_bytes: int = 20_000_000
    max_sentence_words: int = 150  # longer sentences are cut before tagging and parsing
    # the article text that is parsed: ~50,000 words, some 30 s of parsing on one CPU core (the
    # longest news features are under 20,000 words); a 5 MB text would take the parser ten minutes
    max_article_chars: int = 300_000


@dataclass(frozen=True)
class CacheSettings:
    enabled: bool = True
    path: Path | None = None  # default: $ATTRIBUTION_CACHE or ~/.cache/attribution/parses.sqlite


@dataclass(frozen=True)
class ClaimSettings:
    threshold: float = 0.5  # similarity at which two statements count as the same claim (docs/claims.md)
    alignment: Path | None = None  # a YAML laid over lexicons/alignment.yaml (weights, synonyms, ...)
    # sentence-transformers model or folder for claim matching (docs/claims.md: it raised seed claim
    # precision and Prigozhin presentation); "none" matches on shared words only. Without the claims
    # extra installed, a warning says so and shared words are used.
    model: str = "all-MiniLM-L6-v2"


@dataclass(frozen=True)
class ReportSettings:
    title: str = "Attribution report"


@dataclass(frozen=True)
class AttributionSettings:
    # cue classes whose statements are left out (the sentence stays in the outlet's own voice):
    # belief and intention ("she believes", "he wants to") are attributions PolNeAR annotates and
    # our own gold format does not (docs/attribution.md, "Classes of attribution")
    exclude_classes: tuple[str, ...] = ()
    # the learned cue model (docs/cue-model.md) proposes cues the lexicon and rules miss, marked
    # reporting_learned; false: the rules and the lexicon alone
    learned_cues: bool = True


@dataclass(frozen=True)
class IngestSettings:
    remove_boilerplate: bool = True


@dataclass(frozen=True)
class Settings:
    models: ModelSettings = field(default_factory=ModelSettings)
    lexicons: tuple[Path, ...] = ()  # overlays, applied in order over the shipped lexicons
    limits: Limits = field(default_factory=Limits)
    cache: CacheSettings = field(default_factory=CacheSettings)
    claims: ClaimSettings = field(default_factory=ClaimSettings)
    report: ReportSettings = field(default_factory=ReportSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)
    attribution: AttributionSettings = field(default_factory=AttributionSettings)
    strict: bool = False
    config_file: Path | None = None

    def cache_path(self) -> Path:
        if self.cache.path is not None:
            return self.cache.path
        if os.environ.get(CACHE_ENV):
            return Path(os.environ[CACHE_ENV]).expanduser()
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        return base / "attribution" / "parses.sqlite"


_SECTIONS: dict[str, type] = {
    "models": ModelSettings,
    "limits": Limits,
    "cache": CacheSettings,
    "claims": ClaimSettings,
    "report": ReportSettings,
    "ingest": IngestSettings,
    "attribution": AttributionSettings,
}


_RANGES = {"claims.threshold": (0.0, 1.0)}  # number settings outside [0, inf)
# whole-number settings where 0 is allowed: it means "not set" (the documented default)
_ZERO_MEANS_UNSET = frozenset({"models.threads"})


def _coerce(value: Any, annotation: str, path: Path, line: int | None, key: str) -> Any:
    """Check and convert one config value against the type written in the dataclass."""
    base = path.parent
    if "Path" in annotation:
        if value is None and "None" in annotation:
            return None
        if not isinstance(value, str):
            raise YamlError(path, line, f"'{key}' must be a path (text), not {kind_of(value)}")
        p = Path(value).expanduser()
        return p if p.is_absolute() else (base / p)
    if annotation == "bool":
        if not isinstance(value, bool):
            raise YamlError(path, line, f"'{key}' must be true or false, not {value!r}")
        return value
    if annotation == "int":
        low = 0 if key in _ZERO_MEANS_UNSET else 1
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            what = "a whole number, 0 (not set) or more" if low == 0 else "a positive whole number"
            raise YamlError(path, line, f"'{key}' must be {what}, not {value!r}")
        return value
    if annotation == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise YamlError(path, line, f"'{key}' must be a number, not {value!r}")
        low, high = _RANGES.get(key, (0.0, math.inf))
        if not low <= value <= high:
            raise YamlError(path, line, f"'{key}' must be between {low:g} and {high:g}, not {value!r}")
        return float(value)
    if annotation == "tuple[str, ...]":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise YamlError(path, line, f"'{key}' must be a list of names, not {value!r}")
        return tuple(value)
    if annotation == "str":
        if not isinstance(value, str):
            raise YamlError(path, line, f"'{key}' must be text, not {value!r}")
        return value
    raise AssertionError(annotation)


def _section(cls: type, data: Any, path: Path, parent_line: int | None, name: str) -> Any:
    if not isinstance(data, dict):
        raise YamlError(path, parent_line, f"'{name}' must be a mapping of settings")
    known = {f.name: f for f in fields(cls)}
    values = {}
    for key, value in data.items():
        line = line_of(data, key)
        if key not in known:
            raise YamlError(path, line, f"unknown setting '{name}.{key}' (known: {', '.join(known)})")
        values[key] = _coerce(value, str(known[key].type), path, line, f"{name}.{key}")
    if cls is AttributionSettings:
        from attribution.lexicon import CUE_CLASSES

        unknown = [c for c in values.get("exclude_classes", ()) if c not in CUE_CLASSES]
        if unknown:
            raise YamlError(path, line_of(data, "exclude_classes"),
                            f"unknown cue class '{unknown[0]}' in 'attribution.exclude_classes' (known: {', '.join(CUE_CLASSES)})")
    if cls is ModelSettings and values.get("device", "auto") not in ("auto", "cpu", "cuda"):
        raise YamlError(path, line_of(data, "device"), "'models.device' must be auto, cpu or cuda")
    return cls(**values)


def read_config_file(path: Path) -> Settings:
    """Settings from one ``attribution.yaml``; unknown keys and wrong types are errors."""
    data = load_yaml(path)
    if data is None:
        return Settings(config_file=path)
    if not isinstance(data, LineDict):
        raise YamlError(path, line_of(data), "the config file must be a mapping (key: value lines)")
    values: dict[str, Any] = {"config_file": path}
    for key, value in data.items():
        line = data.line_of(key)
        if key in _SECTIONS:
            values[key] = _section(_SECTIONS[key], value, path, line, key)
        elif key == "lexicons":
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise YamlError(path, line, "'lexicons' must be a list of YAML file paths")
            values["lexicons"] = tuple(_coerce(v, "Path", path, line, "lexicons") for v in value)
        elif key == "strict":
            values["strict"] = _coerce(value, "bool", path, line, "strict")
        else:
            known = ", ".join([*_SECTIONS, "lexicons", "strict"])
            raise YamlError(path, line, f"unknown setting '{key}' (known: {known})")
    return Settings(**values)


def load_settings(
    config: Path | None = None,
    *,
    models_dir: Path | None = None,
    lexicons: tuple[Path, ...] = (),
    cache_path: Path | None = None,
    no_cache: bool = False,
    device: str | None = None,
    batch_size: int | None = None,
    threads: int | None = None,
    strict: bool | None = None,
    claims_threshold: float | None = None,
    report_title: str | None = None,
    keep_boilerplate: bool = False,
    cwd: Path | None = None,
) -> Settings:
    """Config file (``--config`` or ``./attribution.yaml`` if present) overlaid with CLI options."""
    if config is None:
        default = (cwd or Path.cwd()) / CONFIG_FILE_NAME
        config = default if default.is_file() else None
    settings = read_config_file(config) if config is not None else Settings()
    models = settings.models
    if models_dir is not None:
        models = replace(models, dir=models_dir)
    if device is not None:
        models = replace(models, device=device)
    if batch_size is not None:
        models = replace(models, batch_size=batch_size)
    if threads is not None:
        models = replace(models, threads=threads)
    cache = settings.cache
    if cache_path is not None:
        cache = replace(cache, path=cache_path)
    if no_cache:
        cache = replace(cache, enabled=False)
    return replace(
        settings,
        models=models,
        cache=cache,
        lexicons=settings.lexicons + tuple(lexicons),
        strict=settings.strict if strict is None else strict,
        claims=settings.claims if claims_threshold is None else replace(settings.claims, threshold=claims_threshold),
        report=settings.report if report_title is None else replace(settings.report, title=report_title),
        ingest=replace(settings.ingest, remove_boilerplate=False) if keep_boilerplate else settings.ingest,
    )
