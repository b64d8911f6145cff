"""Writing and reading the analysis directory (DESIGN.md, output contract).

A run writes into ``OUT/.attribution-partial/`` beside the finished analysis already in ``OUT``
and swaps its files in only when everything is written, so a run that fails or is killed
leaves the earlier analysis whole. ``articles.jsonl`` and ``statements.jsonl`` grow by one
article at a time (its statements first, then its article line, each a whole write; a write that
fails is cut back, so no half line is left). They are synced to disk every ``SYNC_EVERY``
articles and when the run ends, not after every article: a killed process loses nothing written
(the system has it), and a power cut at most the last few articles, which the next run takes
from the parse cache. Everything else is written whole to a temporary
file and renamed into place. ``OUT/.attribution-output`` marks the folder as ours: input
discovery never reads it back as articles.

The swap is many renames; before the first, the working folder is marked complete. A run killed
during the swap (kill -9, power loss) leaves that mark, and the next run (or ``attribution
report``) finishes the swap before anything else, so a reader never meets half of one analysis
and half of another for longer than the swap itself.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from attribution.document import ParsedDoc
from attribution.records import Article, Claim, Statement

log = logging.getLogger(__name__)

ARTICLES = "articles.jsonl"
STATEMENTS = "statements.jsonl"
CLAIMS = "claims.jsonl"
MARKER = ".attribution-output"  # in every output folder: discovery skips the folder
PARTIAL = ".attribution-partial"  # the run in progress, swapped in when done
_OLD = ".attribution-old"  # the replaced files, removed once the swap is complete
_COMPLETE = ".attribution-complete"  # in the working folder: it is whole and being swapped in
SYNC_EVERY = 16  # articles between syncs of the JSONL files to disk (an fsync costs milliseconds)
SHARED_STRING_CHARS = 300  # strings up to this long are read back into one copy per file (_shared)
_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_write(path: Path, mode: str = "w", sync: bool = True) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it over ``path`` when done.

    ``sync=False``: no fsync of this file; the caller makes a batch of them durable at once
    (:func:`sync_files`), which costs one call instead of one per file (thousands of pages)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as handle:
            yield handle
            handle.flush()
            if sync:
                os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; written files get the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sync_files(paths: Iterable[Path]) -> None:
    """Make the written ``paths`` durable: one ``syncfs`` of their file system where the system
    has it (Linux), else an fsync of each."""
    paths = list(paths)
    if not paths:
        return
    try:
        import ctypes

        syncfs = ctypes.CDLL(None, use_errno=True).syncfs
        fd = os.open(paths[0].parent, os.O_RDONLY)
        try:
            if syncfs(fd) == 0:
                return
        finally:
            os.close(fd)
    except (OSError, AttributeError, TypeError):
        pass
    for path in paths:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _sync_dir(folder: Path) -> None:
    """Make the renames in ``folder`` durable (where the system allows opening a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class OutputError(Exception):
    """The output folder cannot be written: one message, naming the folder and what to do."""


def output_error(path: Path, exc: OSError) -> OutputError:
    why = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EACCES: "no permission to write there",
        errno.EPERM: "no permission to write there",
        errno.EROFS: "it is on a read-only file system",
        errno.ENAMETOOLONG: "the path is too long",
        errno.ENOTDIR: "a part of the path is a file, not a folder",
        errno.EEXIST: "a file of that name is in the way",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return OutputError(f"cannot write the output folder {path}: {why}; choose another --out")


def finish_interrupted_swap(out_dir: Path) -> bool:
    """Complete a swap that a killed run left half done; True when there was one."""
    work = out_dir / PARTIAL
    if not (work / _COMPLETE).is_file() or work.is_symlink():
        return False
    log.warning("%s: the previous run was stopped while putting its finished analysis in place; "
                "finished that first", out_dir)
    commit_output(work, out_dir)
    return True


def prepare_output(out_dir: Path) -> Path:
    """Check ``out_dir`` can hold an analysis and make a fresh ``.attribution-partial`` in it
    (after finishing the swap of a run killed while it swapped)."""
    try:
        if out_dir.exists() and not out_dir.is_dir():
            raise OutputError(f"the output folder {out_dir} is a file (or device), not a folder; choose another --out")
        out_dir.mkdir(parents=True, exist_ok=True)
        finish_interrupted_swap(out_dir)
        (out_dir / MARKER).write_text("attribution analysis folder: never read as input\n", encoding="utf-8")
        work = out_dir / PARTIAL
        if work.is_symlink() or work.is_file():
            work.unlink()
        elif work.exists():
            shutil.rmtree(work)  # an interrupted run: started again from its parse cache
        work.mkdir()
    except OSError as exc:
        raise output_error(out_dir, exc) from None
    return work


def commit_output(work: Path, out_dir: Path) -> None:
    """Swap the finished run's files into ``out_dir``: the earlier files go, the new ones come in.

    Each entry is one rename; the replaced folders are removed only after all are in place. The
    working folder is marked complete first, so a swap cut short is finished by the next run
    (:func:`finish_interrupted_swap`); running it again over a half-done swap is safe."""
    old = out_dir / _OLD
    marker = work / _COMPLETE
    try:
        if not marker.exists():
            with atomic_write(marker) as handle:
                handle.write("this analysis is complete and being put in place\n")
            _sync_dir(work)
        old.mkdir(exist_ok=True)
        names = sorted((n for n in os.listdir(work) if n != _COMPLETE),
                       key=lambda n: n in (ARTICLES, STATEMENTS))  # the data files last
        for name in names:
            target = out_dir / name
            if target.is_dir() and not target.is_symlink():
                if (old / name).exists():
                    shutil.rmtree(old / name)
                target.rename(old / name)
            os.replace(work / name, target)
        _sync_dir(out_dir)
        marker.unlink()
        work.rmdir()
        shutil.rmtree(old)
    except OSError as exc:
        raise output_error(out_dir, exc) from None


class OutputWriter:
    """Appends finished articles to the JSONL files of the run's working folder (``work_dir``)."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.work_dir = prepare_output(out_dir)
        try:
            self._articles = os.open(self.work_dir / ARTICLES, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
            self._statements = os.open(self.work_dir / STATEMENTS, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
        except OSError as exc:
            raise output_error(out_dir, exc) from None
        self.article_count = 0
        self.statement_count = 0

    @staticmethod
    def _append(fd: int, text: str) -> None:
        """Whole lines or nothing: a failed write (disk full) is cut back to where it started."""
        data = text.encode("utf-8")
        start = os.lseek(fd, 0, os.SEEK_END)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        except OSError:
            os.ftruncate(fd, start)
            raise

    def sync(self) -> None:
        """Make what is written durable (fsync of both JSONL files)."""
        for fd in (self._statements, self._articles):
            if fd >= 0:
                os.fsync(fd)

    def add(self, article: Article, doc: ParsedDoc, statements: Iterable[Statement]) -> None:
        lines = [dumps(s.to_dict()) + "\n" for s in statements]
        try:
            self._append(self._statements, "".join(lines))
            self._append(self._articles, dumps(article.to_dict(doc.word_count, len(doc.sentences))) + "\n")
            if (self.article_count + 1) % SYNC_EVERY == 0:
                self.sync()
        except OSError as exc:
            raise output_error(self.out_dir, exc) from None
        self.article_count += 1
        self.statement_count += len(lines)

    def close(self, quietly: bool = False) -> None:
        """Sync and close the JSONL files (``quietly``: a failing sync is not raised, for a run
        that is failing already or whose files are discarded)."""
        try:
            self.sync()
        except OSError as exc:
            if not quietly:
                self._close_files()
                raise output_error(self.out_dir, exc) from None
        self._close_files()

    def _close_files(self) -> None:
        for fd in (self._articles, self._statements):
            if fd >= 0:
                os.close(fd)
        self._articles = self._statements = -1

    def discard(self) -> None:
        """Remove the run's working folder (nothing to swap in); an earlier analysis stays."""
        self.close(quietly=True)
        shutil.rmtree(self.work_dir, ignore_errors=True)

    def commit(self, path: Path | None = None) -> Path | None:
        """Swap the finished run into the output folder; ``path`` (inside the work folder) is returned
        as it is after the swap."""
        commit_output(self.work_dir, self.out_dir)
        return None if path is None else self.out_dir / path.relative_to(self.work_dir)

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        self.close(quietly=kind is not None)


def write_claims(out_dir: Path, claims: Iterable[Claim], sync: bool = True) -> None:
    """``sync=False``: made durable with the report (:func:`attribution.report.stream.write_outputs`)."""
    with atomic_write(out_dir / CLAIMS, sync=sync) as handle:
        for claim in claims:
            handle.write(dumps(claim.to_dict()) + "\n")


def _shared() -> Any:
    """A JSON object hook that makes equal short strings of a file one object: the speaker
    names, cue entries, categories, kinds and explanation lines of thousands of statements
    repeat, and a report reading an analysis back holds every statement (40% less memory at 20x
    the example corpus)."""
    seen: dict[str, str] = {}

    def hook(obj: dict[str, Any]) -> dict[str, Any]:
        for key, value in obj.items():
            if type(value) is str and len(value) <= SHARED_STRING_CHARS:
                obj[key] = seen.setdefault(value, value)
        return obj

    return hook


def _jsonl_lines(path: Path, quiet: bool = False, share: bool = True) -> Iterator[tuple[int, Any]]:
    """``quiet``: a second reading of the file, whose damaged lines were reported already;
    ``share=False``: no shared strings (a reader that keeps nothing: the table of them would
    grow with the file)."""
    if not path.exists():
        return
    hook = _shared() if share else None
    warn = log.debug if quiet else log.warning
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line, object_hook=hook)
            except json.JSONDecodeError as exc:
                warn("%s:%d: skipped a damaged line (%s)", path, number, exc.msg)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Objects of a JSONL file; a damaged line (a run killed mid-write) is reported and skipped."""
    for number, obj in _jsonl_lines(path):
        if isinstance(obj, dict):
            yield obj
        else:
            log.warning("%s:%d: skipped a line that is not a JSON object", path, number)


def records(path: Path, make: Any, quiet: bool = False, share: bool = True) -> Iterator[tuple[dict[str, Any], Any]]:
    """(object, record) for each line ``make`` accepts; a line missing fields is reported and
    skipped (``quiet``: logged for debugging only, on a second reading; ``share``: see
    :func:`_jsonl_lines`)."""
    warn = log.debug if quiet else log.warning
    for number, obj in _jsonl_lines(path, quiet, share):
        try:
            if not isinstance(obj, dict):
                raise TypeError
            yield obj, make(obj)
        except KeyError as exc:
            warn("%s:%d: skipped a damaged record (no '%s' field)", path, number, exc.args[0])
        except (TypeError, ValueError, AttributeError):
            warn("%s:%d: skipped a damaged record (a field has the wrong kind of value)", path, number)


@dataclass(frozen=True)
class Analysis:
    """A finished (or partly finished) analysis directory, read back."""

    articles: tuple[Article, ...]
    statements: tuple[Statement, ...]
    claims: tuple[Claim, ...]
    article_rows: tuple[dict[str, Any], ...]  # the articles.jsonl objects, counts included

    def statements_of(self, article_id: str) -> list[Statement]:
        return [s for s in self.statements if s.article_id == article_id]


def read_analysis(out_dir: Path) -> Analysis:
    """Read an analysis directory; only articles whose article line was written count."""
    if not (out_dir / ARTICLES).exists():
        raise FileNotFoundError(f"{out_dir} holds no {ARTICLES}: is it an analysis directory (analyze --out)?")
    pairs = list(records(out_dir / ARTICLES, Article.from_dict))
    rows = tuple(obj for obj, _ in pairs)
    finished = {a.article_id for _, a in pairs}
    statements = tuple(s for _, s in records(out_dir / STATEMENTS, Statement.from_dict) if s.article_id in finished)
    claims = tuple(c for _, c in records(out_dir / CLAIMS, Claim.from_dict))
    return Analysis(tuple(a for _, a in pairs), statements, claims, rows)
