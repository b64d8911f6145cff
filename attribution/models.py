"""Which Stanza models to use, where they come from, and fetching the official ones.

Resolution, first hit wins (DESIGN.md): ``--models DIR``, ``$ATTRIBUTION_MODELS``, ``models.dir`` in
``attribution.yaml``, the directory ``make install`` recorded in the virtual environment
(``<venv>/attribution-models``, so the venv's ``attribution`` finds the models ``make demo``
used), Stanza's default ``~/stanza_resources``. Every error names the directories searched and
the line to set (``export ATTRIBUTION_MODELS=...``). A model directory is a normal Stanza
resources directory (``resources.json`` + ``en/<processor>/<package>.pt``), loaded with
``download_method=None`` so nothing is fetched at run time.

Nothing here imports Stanza or torch: resolving models and computing their identity (the parse
cache key) must stay cheap, so a fully cached run never loads a model.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from attribution.config import MODELS_ENV, Settings

LANG = "en"
BASE_PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
OPTIONAL_PROCESSORS = ("ner",)
# Bump when the text given to Stanza or the post-processing of its output changes: cached parses
# made by older code are then not reused.
PREPROCESSING_VERSION = 3


class ModelError(RuntimeError):
    """The models cannot be found or used; the message says what to do."""


@dataclass(frozen=True)
class ModelFile:
    processor: str
    package: str
    path: Path
    size: int
    sha1: str


@dataclass(frozen=True)
class ModelSet:
    """A resolved model directory and the files the pipeline will load from it."""

    dir: Path
    origin: str
    processors: tuple[str, ...]
    files: tuple[ModelFile, ...]
    stanza_version: str

    @property
    def has_ner(self) -> bool:
        return "ner" in self.processors

    @property
    def identity(self) -> str:
        """Names the exact models: part of every parse-cache key."""
        digest = hashlib.sha1()
        for f in self.files:
            digest.update(f"{f.processor}={f.package}:{f.sha1};".encode())
        return f"stanza{self.stanza_version}+{','.join(self.processors)}+prep{PREPROCESSING_VERSION}+{digest.hexdigest()[:16]}"


def default_stanza_dir() -> Path:
    return Path(os.environ.get("STANZA_RESOURCES_DIR") or Path.home() / "stanza_resources")


RECORD_FILE = "attribution-models"  # written into the venv by ``make install``
INCOMPLETE = ".attribution-download-incomplete"  # in a model directory whose download did not finish


def recorded_dir() -> Path | None:
    """The model directory ``make install`` wrote into this environment, if any."""
    record = Path(sys.prefix) / RECORD_FILE
    try:
        text = record.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return Path(text).expanduser() if text else None


def export_hint(directory: Path | str | None = None) -> str:
    """The shell line that points the tool at a model directory."""
    target = directory if directory is not None else "/path/to/stanza-models"
    return f"export {MODELS_ENV}={target}"


def candidate_dirs(settings: Settings, cli_dir: Path | None = None) -> list[tuple[Path, str]]:
    """Every place models may come from, in the order they are tried."""
    out: list[tuple[Path, str]] = []
    if cli_dir is not None:
        out.append((cli_dir, "--models"))
    if os.environ.get(MODELS_ENV):
        out.append((Path(os.environ[MODELS_ENV]).expanduser(), f"${MODELS_ENV}"))
    if settings.models.dir is not None:
        where = settings.config_file or "attribution.yaml"
        out.append((settings.models.dir, f"models.dir in {where}"))
    recorded = recorded_dir()
    if recorded is not None:
        out.append((recorded, f"recorded by make install in {Path(sys.prefix) / RECORD_FILE}"))
    out.append((default_stanza_dir(), "Stanza's default directory"))
    return out


_HASHES: dict[tuple[str, int, float], str] = {}


def _sha1(path: Path) -> str:
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime)
    if key not in _HASHES:
        digest = hashlib.sha1()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        _HASHES[key] = digest.hexdigest()
    return _HASHES[key]


def _stanza_version() -> str:
    try:
        return metadata.version("stanza")
    except metadata.PackageNotFoundError:  # pragma: no cover - stanza is a dependency
        return "unknown"


def _is_empty(directory: Path) -> bool:
    try:
        return not any(directory.iterdir())
    except OSError:
        return False


def inspect_dir(directory: Path, origin: str) -> ModelSet:
    """Check that ``directory`` holds the English models the pipeline needs."""
    resources_file = directory / "resources.json"
    if not directory.is_dir():
        raise ModelError(f"model directory {directory} (from {origin}) does not exist; searched {directory}. "
                         f"Point the tool at a Stanza model directory: {export_hint()}")
    if not resources_file.is_file():
        if (directory / INCOMPLETE).exists() or _is_empty(directory):
            raise ModelError(f"{directory} (from {origin}) holds no models: it is empty or its download did not "
                             f"finish. Run 'attribution models download --dir {directory}' again (needs a network), "
                             f"or point the tool at a Stanza model directory: {export_hint()}")
        raise ModelError(f"{directory} (from {origin}) is not a Stanza model directory: no resources.json in "
                         f"{directory}. Point the tool at one: {export_hint()}")
    try:
        resources = json.loads(resources_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"{resources_file}: unreadable resources.json ({exc})") from None
    lang = resources.get(LANG)
    if not isinstance(lang, dict):
        raise ModelError(f"{resources_file} has no English ('{LANG}') models; run 'attribution models download'")
    defaults = lang.get("default_processors") or {}
    files: list[ModelFile] = []
    processors: list[str] = []
    missing: list[str] = []

    def add(processor: str, package: str, optional: bool) -> bool:
        path = directory / LANG / processor / f"{package}.pt"
        if not path.is_file():
            if not optional:
                missing.append(str(path))
            return False
        files.append(ModelFile(processor, package, path, path.stat().st_size, _sha1(path)))
        return True

    for processor in BASE_PROCESSORS + OPTIONAL_PROCESSORS:
        optional = processor in OPTIONAL_PROCESSORS
        package = defaults.get(processor)
        if not package:
            if not optional:
                missing.append(f"{processor} (not listed in resources.json)")
            continue
        deps = ((lang.get(processor) or {}).get(package) or {}).get("dependencies") or []
        dep_ok = all(
            (directory / LANG / d.get("model", "") / f"{d.get('package', '')}.pt").is_file() for d in deps
        )
        if optional and not dep_ok:
            continue
        if add(processor, package, optional):
            processors.append(processor)
            for d in deps:
                add(d["model"], d["package"], optional)
    if missing:
        raise ModelError(
            f"{directory} (from {origin}) lacks model files: {', '.join(missing)}; "
            f"run 'attribution models download' or point the tool at a complete directory: {export_hint()}"
        )
    return ModelSet(directory, origin, tuple(processors), tuple(files), _stanza_version())


def resolve_models(settings: Settings, cli_dir: Path | None = None) -> ModelSet:
    """The first configured place that exists; an explicitly named place that is broken is an error."""
    tried = []
    for directory, origin in candidate_dirs(settings, cli_dir):
        explicit = origin in ("--models", f"${MODELS_ENV}") or origin.startswith("models.dir")
        if directory.exists() or explicit:
            return inspect_dir(directory.expanduser(), origin)
        tried.append(f"{directory} ({origin})")
    raise ModelError(
        "no Stanza models found; searched " + "; ".join(tried) + ". Run 'attribution models download' "
        f"(needs a network) or point the tool at a Stanza model directory: {export_hint()}"
    )


def download_models(target: Path, include_ner: bool = True) -> Path:
    """Fetch Stanza's official English models into ``target`` with Stanza's own downloader.

    A new ``target`` is filled under a temporary name beside it and renamed when the download is
    complete, so a failed or interrupted download leaves no empty or half-filled model directory.
    Into an existing directory (other models may live there) the download goes in place, with a
    marker file that stays until it is complete, so ``models info`` can say what happened."""
    import shutil
    import tempfile

    import requests
    import stanza

    processors = ",".join(BASE_PROCESSORS + (OPTIONAL_PROCESSORS if include_ner else ()))
    fresh = not target.exists()
    try:
        if fresh:
            target.parent.mkdir(parents=True, exist_ok=True)
            work = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.download-"))
        else:
            work = target
            (work / INCOMPLETE).write_text("a download into this folder has not finished; run "
                                           "'attribution models download' again\n", encoding="utf-8")
    except OSError as exc:
        raise ModelError(f"cannot write models to {target}: {exc.strerror or exc}; choose another --dir") from None
    finished = False
    try:
        stanza.download(LANG, model_dir=str(work), processors=processors, package="default", logging_level="INFO")
        if fresh:
            work.rename(target)
        else:
            (work / INCOMPLETE).unlink(missing_ok=True)
        finished = True
    except requests.exceptions.RequestException as exc:
        raise ModelError(
            f"cannot reach Stanza's model server to download into {target}: {exc.__class__.__name__}. "
            f"Check the network connection, or copy a Stanza model directory here and set {MODELS_ENV}"
        ) from None
    except OSError as exc:
        raise ModelError(f"cannot write models to {target}: {exc.strerror or exc}") from None
    except Exception as exc:  # noqa: BLE001 - Stanza's downloader raises many kinds
        raise ModelError(f"the download into {target} failed ({exc}); run 'attribution models download' again") from None
    finally:
        if fresh and not finished:
            shutil.rmtree(work, ignore_errors=True)
    return target
