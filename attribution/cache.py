"""The parse cache: SQLite, keyed by body-text hash + model identity.

A second run over the same corpus with the same models makes no Stanza call (and loads no model).
The file carries an application id and a schema version; a file that is corrupt or belongs to
something else is reported, moved aside (never deleted: it may be somebody's data) and rebuilt.
A cache that cannot be used at all turns into a warning and a run without cache, never a crash.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import zlib
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

APPLICATION_ID = 0x41545452  # "ATTR"
SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS parses (
    body_sha256 TEXT NOT NULL,
    model TEXT NOT NULL,
    payload BLOB NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (body_sha256, model)
) WITHOUT ROWID;
"""


class ParseCache:
    """Stored parses (compact JSON of :class:`~attribution.document.ParsedDoc`, zlib-compressed)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.hits = 0
        self.misses = 0
        self.problems: list[str] = []
        self._db: sqlite3.Connection | None = None
        if path is not None:
            self._db = self._open(path)

    @property
    def enabled(self) -> bool:
        return self._db is not None

    # -- opening, with recovery ------------------------------------------------------------------

    def _report(self, message: str) -> None:
        self.problems.append(message)
        log.warning("%s", message)

    def _connect(self, path: Path) -> sqlite3.Connection:
        db = sqlite3.connect(str(path), timeout=30, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def _check(self, db: sqlite3.Connection) -> str | None:
        """None if the file is our cache (or new and empty), else why it is not."""
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id == 0 and not tables:
            db.execute(f"PRAGMA application_id={APPLICATION_ID}")
            db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            db.executescript(_SCHEMA)
            return None
        if app_id != APPLICATION_ID:
            return "it is not an attribution parse cache (another program's SQLite file)"
        if version != SCHEMA_VERSION:
            return f"it has cache format {version}, this version uses {SCHEMA_VERSION}"
        if "parses" not in tables:
            return "its parses table is missing"
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return "SQLite reports it damaged"
        return None

    def _move_aside(self, path: Path, reason: str) -> None:
        aside = path.with_name(f"{path.name}.unusable-{time.strftime('%Y%m%d-%H%M%S')}")
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        path.rename(aside)
        self._report(f"parse cache {path}: {reason}; moved it to {aside.name} and started a new cache")

    def _open(self, path: Path) -> sqlite3.Connection | None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._report(f"parse cache {path}: cannot create its folder ({exc.strerror}); running without cache")
            return None
        for attempt in (1, 2):
            db = None
            try:
                db = self._connect(path)
                reason = self._check(db)
                if reason is None:
                    return db
            except sqlite3.DatabaseError as exc:
                reason = f"cannot be read as SQLite ({exc})"
            if db is not None:
                db.close()
            if attempt == 2:
                break
            try:
                self._move_aside(path, reason)
            except OSError as exc:
                self._report(f"parse cache {path}: {reason}, and it cannot be moved ({exc.strerror}); running without cache")
                return None
        self._report(f"parse cache {path}: still unusable after rebuilding; running without cache")
        return None

    # -- reading and writing ---------------------------------------------------------------------

    def get_many(self, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
        """Payloads for the (body_sha256, model) keys that are stored; a damaged row is a miss."""
        keys = list(keys)
        found: dict[tuple[str, str], str] = {}
        if self._db is not None:
            for key in keys:
                try:
                    row = self._db.execute(
                        "SELECT payload FROM parses WHERE body_sha256=? AND model=?", key
                    ).fetchone()
                except sqlite3.DatabaseError as exc:
                    self._report(f"parse cache {self.path}: read failed ({exc}); parsing again")
                    row = None
                if row is None:
                    continue
                try:
                    found[key] = zlib.decompress(row[0]).decode("utf-8")
                except (zlib.error, UnicodeDecodeError):
                    self._report(f"parse cache {self.path}: a damaged entry was dropped and will be parsed again")
                    self._db.execute("DELETE FROM parses WHERE body_sha256=? AND model=?", key)
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(self, items: Iterable[tuple[tuple[str, str], str]]) -> None:
        if self._db is None:
            return
        rows = [(k[0], k[1], zlib.compress(v.encode("utf-8"), 6), time.time()) for k, v in items]
        try:
            self._db.execute("BEGIN")
            self._db.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?)", rows)
            self._db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.DatabaseError:
                pass
            self._report(f"parse cache {self.path}: write failed ({exc}); results are not cached")

    def count(self) -> int:
        if self._db is None:
            return 0
        return self._db.execute("SELECT count(*) FROM parses").fetchone()[0]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def __enter__(self) -> ParseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
