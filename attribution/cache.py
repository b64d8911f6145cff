"""The parse cache: SQLite, keyed by body-text hash + model identity.

A second run over the same corpus with the same models makes no Stanza call (and loads no model).
The file carries an application id and a schema version. A regular file that is damaged (garbage,
truncated, an old format of ours) is reported, moved aside (never deleted) and rebuilt; anything
else at the path (another program's SQLite file, a folder, a device) is left untouched and the
run goes on without cache. Several processes may share one cache: WAL mode, a busy timeout and
retries on "database is locked" (which is never mistaken for damage).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
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


# attribution's statements of an article (before hedging), kept beside its parse: a re-score
# after a hedge, booster or scoring edit finds them here instead of attributing again. One row
# per article (the latest rules it was attributed with), so the table never outgrows the parses.
_STATEMENTS_SCHEMA = """
CREATE TABLE IF NOT EXISTS statements (
    body_sha256 TEXT NOT NULL,
    article_id TEXT NOT NULL,
    rules TEXT NOT NULL,
    payload BLOB NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (body_sha256, article_id)
) WITHOUT ROWID;
"""

# an article's report page as last rendered, under a hash of everything it shows
# (attribution.report.stream.page_inputs): a re-score writes the page of an article whose
# statements did not change without rendering it. One row per article, as above.
_PAGES_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    body_sha256 TEXT NOT NULL,
    article_id TEXT NOT NULL,
    inputs TEXT NOT NULL,
    payload BLOB NOT NULL,
    created REAL NOT NULL,
    PRIMARY KEY (body_sha256, article_id)
) WITHOUT ROWID;
"""

# the claims stage's word counts of an article (align/features.py: ArticleCounts, JSON), under
# a key of its parse and what counting reads (code, alignment tuning, the lexicon's reporting and
# cue lemmas): a re-score after a weight edit adds them instead of counting every word again.
# One row per article, as above.
_FEATURES_SCHEMA = """
CREATE TABLE IF NOT EXISTS features (
    body_sha256 TEXT NOT NULL PRIMARY KEY,
    rules TEXT NOT NULL,
    payload BLOB NOT NULL,
    created REAL NOT NULL
) WITHOUT ROWID;
"""

_SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY_TIMEOUT_S = 60
_OPEN_ATTEMPTS = 8


class _Foreign(Exception):
    """The cache path holds something that is not ours: it is never renamed or written."""


def parse_identity(model_identity: str, max_sentence_words: int) -> str:
    """The cache's model key: the models plus every setting that changes a parse.

    ``limits.max_sentence_words`` cuts long sentences before tagging, so two runs with different
    limits must never share entries. The default limit keeps the bare model identity, so caches
    filled before the limit was part of the key stay valid."""
    from attribution.config import Limits

    if max_sentence_words == Limits.max_sentence_words:
        return model_identity
    return f"{model_identity}|max_sentence_words={max_sentence_words}"


def _is_locked(exc: sqlite3.Error) -> bool:
    """Another process holds the file for a moment: wait and retry, never treat it as damage."""
    text = str(exc).lower()
    return "locked" in text or "busy" in text


class ParseCache:
    """Stored parses (compact JSON of :class:`~attribution.document.ParsedDoc`, zlib-compressed)."""

    def __init__(self, path: Path | None):
        self.path = path
        self.hits = 0
        self.misses = 0
        self.problems: list[str] = []
        self._db: sqlite3.Connection | None = None
        self._statements = False  # the statements table is there (not on a cache we cannot write)
        self._pages = False  # the pages table is there
        self._features = False  # the features table is there
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
        db = sqlite3.connect(str(path), timeout=_BUSY_TIMEOUT_S, isolation_level=None)
        try:
            db.execute(f"PRAGMA busy_timeout={_BUSY_TIMEOUT_S * 1000}")
            db.execute("PRAGMA schema_version")  # reads the header: garbage fails here, untouched
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    @staticmethod
    def _vet_path(path: Path) -> None:
        """Raise _Foreign unless ``path`` is absent or a regular file that may be a cache of ours."""
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return
        except OSError as exc:
            raise _Foreign(f"cannot be examined ({exc.strerror})") from None
        if stat.S_ISLNK(info.st_mode):
            try:
                info = os.stat(path)
            except OSError:
                raise _Foreign("it is a broken symbolic link") from None
        if stat.S_ISDIR(info.st_mode):
            raise _Foreign("it is a folder, not a cache file")
        if not stat.S_ISREG(info.st_mode):
            raise _Foreign("it is not a regular file (a device, pipe or socket)")

    def _check(self, db: sqlite3.Connection) -> str | None:
        """None if the file is our cache (or new and empty), else why it is not."""
        db.execute("BEGIN")  # one consistent view while another process may be creating the file
        try:
            app_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            db.execute("COMMIT")
        if app_id == 0 and not tables:
            db.execute("BEGIN IMMEDIATE")  # two processes creating the same new cache: one at a time
            try:
                if db.execute("PRAGMA application_id").fetchone()[0] == 0:
                    db.execute(f"PRAGMA application_id={APPLICATION_ID}")
                    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
                db.execute(_SCHEMA)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            return self._check(db)
        if app_id != APPLICATION_ID:
            raise _Foreign("it is another program's SQLite file, not an attribution parse cache")
        if version != SCHEMA_VERSION:
            return f"it has cache format {version}, this version uses {SCHEMA_VERSION}"
        if "parses" not in tables:
            return "its parses table is missing"
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return "SQLite reports it damaged"
        return None

    def _move_aside(self, path: Path, reason: str) -> None:
        """Rename a damaged cache of ours (never delete it: it may be evidence); regular files only."""
        self._vet_path(path)
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
        moved = False
        attempt = 0
        while True:
            attempt += 1
            db = None
            try:
                self._vet_path(path)
                db = self._connect(path)
                reason = self._check(db)
                if reason is None:
                    db.execute("PRAGMA journal_mode=WAL")  # readers and one writer at once; only on our own file
                    self._statements = self._add_statements_table(db)
                    self._pages = self._add_statements_table(db, _PAGES_SCHEMA)
                    self._features = self._add_statements_table(db, _FEATURES_SCHEMA)
                    return db
            except _Foreign as exc:
                if db is not None:
                    db.close()
                self._report(f"parse cache {path}: {exc}; left it untouched and running without cache "
                             "(give another file with --cache or cache.path)")
                return None
            except sqlite3.DatabaseError as exc:
                if _is_locked(exc) and attempt < _OPEN_ATTEMPTS:
                    if db is not None:
                        db.close()
                    time.sleep(0.05 * 2 ** attempt)
                    continue
                if _is_locked(exc):
                    if db is not None:
                        db.close()
                    self._report(f"parse cache {path}: another process keeps it locked; running without cache")
                    return None
                reason = f"cannot be read as SQLite ({exc})"
            if db is not None:
                db.close()
            if moved:
                break
            moved = True
            try:
                self._move_aside(path, reason)
            except _Foreign as exc:
                self._report(f"parse cache {path}: {reason}; {exc}, so it is left untouched; running without cache")
                return None
            except OSError as exc:
                self._report(f"parse cache {path}: {reason}, and it cannot be moved ({exc.strerror}); running without cache")
                return None
        self._report(f"parse cache {path}: still unusable after rebuilding; running without cache")
        return None

    @staticmethod
    def _add_statements_table(db: sqlite3.Connection, schema: str = _STATEMENTS_SCHEMA) -> bool:
        """Add the statements (or pages) table to a cache made before it existed; False when that
        cannot be done now (read-only file, locked): the run then attributes (renders) every article."""
        try:
            db.execute(schema)
        except sqlite3.DatabaseError:
            return False
        return True

    # -- reading and writing ---------------------------------------------------------------------

    def get_statements(self, keys: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], str]:
        """Stored statements (JSON) for the (body_sha256, article_id, rules) keys; a damaged row is a miss."""
        found: dict[tuple[str, str, str], str] = {}
        if self._db is None or not self._statements:
            return found
        for key in keys:
            try:
                row = self._db.execute(
                    "SELECT payload FROM statements WHERE body_sha256=? AND article_id=? AND rules=?", key
                ).fetchone()
                if row is not None:
                    found[key] = zlib.decompress(row[0]).decode("utf-8")
            except (sqlite3.DatabaseError, zlib.error, UnicodeDecodeError):
                continue  # attributed again and stored anew
        return found

    def put_statements(self, items: Iterable[tuple[tuple[str, str, str], str]]) -> None:
        """Store statements (JSON) by (body_sha256, article_id, rules); a failed write only costs
        attributing those articles again next time."""
        if self._db is None or not self._statements:
            return
        rows = [(*k, zlib.compress(v.encode("utf-8"), 1), time.time()) for k, v in items]
        if not rows:
            return
        self._write("INSERT OR REPLACE INTO statements VALUES (?, ?, ?, ?, ?)", rows, quiet=True)

    def get_pages(self, keys: Iterable[tuple[str, str, str]]) -> dict[tuple[str, str, str], bytes]:
        """Stored pages (UTF-8 HTML) for the (body_sha256, article_id, inputs) keys; a damaged row is a miss."""
        found: dict[tuple[str, str, str], bytes] = {}
        if self._db is None or not self._pages:
            return found
        for key in keys:
            try:
                row = self._db.execute(
                    "SELECT payload FROM pages WHERE body_sha256=? AND article_id=? AND inputs=?", key
                ).fetchone()
                if row is not None:
                    found[key] = zlib.decompress(row[0])
            except (sqlite3.DatabaseError, zlib.error):
                continue  # rendered again and stored anew
        return found

    def put_pages(self, items: Iterable[tuple[tuple[str, str, str], bytes]]) -> None:
        """Store pages by (body_sha256, article_id, inputs); a failed write only costs rendering again."""
        if self._db is None or not self._pages:
            return
        rows = [(*k, zlib.compress(v, 1), time.time()) for k, v in items]
        if rows:
            self._write("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)", rows, quiet=True)

    def get_features(self, key: tuple[str, str]) -> str | None:
        """An article's stored claim counts (JSON) for (body_sha256, rules); a damaged row is a miss."""
        if self._db is None or not self._features:
            return None
        try:
            row = self._db.execute("SELECT payload FROM features WHERE body_sha256=? AND rules=?", key).fetchone()
            return zlib.decompress(row[0]).decode("utf-8") if row is not None else None
        except (sqlite3.DatabaseError, zlib.error, UnicodeDecodeError):
            return None  # counted again and stored anew

    def put_features(self, items: Iterable[tuple[tuple[str, str], str]]) -> None:
        """Store claim counts (JSON) by (body_sha256, rules); a failed write only costs counting again."""
        if self._db is None or not self._features:
            return
        rows = [(*k, zlib.compress(v.encode("utf-8"), 1), time.time()) for k, v in items]
        if rows:
            self._write("INSERT OR REPLACE INTO features VALUES (?, ?, ?, ?)", rows, quiet=True)

    def _write(self, sql: str, rows: list[tuple], quiet: bool = False) -> None:
        """One transaction of ``rows``, retried while another process holds the file."""
        assert self._db is not None
        for attempt in range(1, _OPEN_ATTEMPTS + 1):
            try:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany(sql, rows)
                self._db.execute("COMMIT")
                return
            except sqlite3.DatabaseError as exc:
                try:
                    self._db.execute("ROLLBACK")
                except sqlite3.DatabaseError:
                    pass
                if _is_locked(exc) and attempt < _OPEN_ATTEMPTS:
                    time.sleep(0.05 * 2 ** attempt)
                    continue
                if not quiet:
                    self._report(f"parse cache {self.path}: write failed ({exc}); results are not cached")
                return

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
                    self.drop(key)
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def drop(self, key: tuple[str, str]) -> None:
        """Forget one entry (it could not be used); it is parsed and stored again."""
        if self._db is None:
            return
        try:
            self._db.execute("DELETE FROM parses WHERE body_sha256=? AND model=?", key)
        except sqlite3.DatabaseError as exc:
            self._report(f"parse cache {self.path}: could not drop a bad entry ({exc})")

    def put_many(self, items: Iterable[tuple[tuple[str, str], str]]) -> None:
        if self._db is None:
            return
        rows = [(k[0], k[1], zlib.compress(v.encode("utf-8"), 6), time.time()) for k, v in items]
        self._write("INSERT OR REPLACE INTO parses VALUES (?, ?, ?, ?)", rows)

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
