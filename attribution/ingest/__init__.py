"""Ingest: files and folders in, :class:`~attribution.records.Article` records (or Problems) out.

Formats: scraped plain text (``.txt``), HTML (trafilatura), JSONL and CSV with one article per
row, and folders of these. ``<name>.meta.yaml`` sidecars give outlet, publisher, title, date and
story. Bad input becomes a :class:`Problem` naming the file (and line); the other articles go on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from attribution.config import Settings
from attribution.ingest.boilerplate import BoilerplateRules, clean_page
from attribution.ingest.problems import InputError, Problem
from attribution.ingest.readers import read_csv, read_html, read_jsonl, read_plain
from attribution.ingest.sidecar import is_sidecar, read_sidecar
from attribution.records import Article
from attribution.yamlfile import YamlError

__all__ = ["Problem", "ingest", "discover", "clean_page", "BoilerplateRules", "SUFFIXES"]

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES
# Files a corpus folder carries that are not articles; named explicitly, they are read anyway.
_NOT_ARTICLES = re.compile(r"^(readme|licen[cs]e|copying|notice|changelog|authors)\b", re.IGNORECASE)


_OUTPUT_MARKERS = (".attribution-output", ".attribution-partial")  # see attribution.output


def _is_output_folder(folder: Path) -> bool:
    """Marked as an analysis output folder. A folder we may not look into is not (pathlib's
    exists() raises PermissionError there): walking it reports it as unreadable instead."""
    try:
        return any((folder / marker).exists() for marker in _OUTPUT_MARKERS)
    except OSError:
        return False


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _walk(root: Path, excluded: set[Path], problems: list[Problem]) -> list[Path]:
    """Article files below ``root``; unreadable folders and output folders are reported, not entered."""
    found: list[Path] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or root
        problems.append(Problem(str(where), f"cannot read this folder ({exc.strerror}); its files are skipped"))

    for folder, subfolders, files in os.walk(root, onerror=unreadable):
        here = Path(folder)
        keep = []
        for name in sorted(subfolders):
            sub = here / name
            if name.startswith("."):
                continue
            if _resolved(sub) in excluded or _is_output_folder(sub):
                problems.append(Problem(str(sub), "an analysis output folder: not read as input", severity="warning"))
                continue
            keep.append(name)
        subfolders[:] = keep
        for name in files:
            p = here / name
            if name.startswith(".") or p.suffix.lower() not in SUFFIXES or is_sidecar(p) or _NOT_ARTICLES.match(name):
                continue
            try:
                if p.is_file():
                    found.append(p)
            except OSError as exc:  # listed but not searchable (mode r--): no file in it can be opened
                problems.append(Problem(str(here), f"cannot read the files in this folder ({exc.strerror}); they are skipped"))
                break
    return sorted(found)


def discover(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> Iterator[Path | Problem]:
    """The article files named or found below the given folders, in a stable order.

    Folders in ``exclude`` (the run's own output folder) and folders marked as analysis output
    are never read: a run must not read back what it writes."""
    excluded = {_resolved(p) for p in exclude}
    for path in paths:
        try:
            exists, is_dir = path.exists(), path.is_dir()
        except OSError as exc:
            yield Problem(str(path), f"cannot be examined ({exc.strerror})")
            continue
        if not exists:
            yield Problem(str(path), "no such file or folder")
        elif is_dir:
            if _resolved(path) in excluded or _is_output_folder(path):
                yield Problem(str(path), "an analysis output folder: not read as input", severity="warning")
                continue
            problems: list[Problem] = []
            found = _walk(path, excluded, problems)
            yield from problems
            if not found:
                yield Problem(str(path), f"folder has no article files ({', '.join(sorted(SUFFIXES))})", severity="warning")
            yield from found
        elif is_sidecar(path):
            continue
        else:
            yield path


def _read_file(path: Path, settings: Settings, rules: BoilerplateRules) -> Iterator[Article | Problem]:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, settings, rules)
        return
    if suffix in CSV_SUFFIXES:
        yield from read_csv(path, settings, rules)
        return
    problems: list[Problem] = []
    try:
        meta = read_sidecar(path)
    except YamlError as exc:
        problems.append(Problem(exc.path, f"{exc.message}; analysing {path.name} without its metadata", exc.line, "warning"))
        meta = {}
    reader = read_html if suffix in HTML_SUFFIXES else read_plain
    try:
        article, reader_problems = reader(path, meta, settings, rules)
    except InputError as exc:
        yield from problems
        yield Problem(str(path), exc.message, exc.line)
        return
    yield from problems + reader_problems
    yield article.with_warnings(*(str(p) for p in problems)) if problems else article


def _safely(path: Path, settings: Settings, rules: BoilerplateRules) -> Iterator[Article | Problem]:
    """One file's results; whatever goes wrong reading it is a problem for that file only.

    With ``--strict`` a broken sidecar or bad bytes (warnings otherwise) are errors too."""
    try:
        for result in _read_file(path, settings, rules):
            if settings.strict and isinstance(result, Problem) and result.severity == "warning":
                result = Problem(result.path, result.message, result.line, "error")
            yield result
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror or exc}")
    except ImportError as exc:
        yield Problem(str(path), f"a package this format needs is missing ({exc.name or exc}): "
                                 "reinstall attribution (pip install attribution) to get it")
    except RecursionError:
        yield Problem(str(path), "too deeply nested to read")


def ingest(paths: Iterable[Path], settings: Settings, rules: BoilerplateRules | None = None,
           exclude: Iterable[Path] = ()) -> Iterator[Article | Problem]:
    """Articles from files and folders (never from ``exclude``), each with a unique id; Problems
    for what cannot be read."""
    rules = rules or BoilerplateRules.load()
    seen: dict[str, int] = {}
    for item in discover(paths, exclude):
        if isinstance(item, Problem):
            yield item
            continue
        for result in _safely(item, settings, rules):
            if isinstance(result, Article):
                count = seen.get(result.article_id, 0)
                seen[result.article_id] = count + 1
                if count:
                    new_id = f"{result.article_id}-{count + 1}"
                    while new_id in seen:  # 'a-2' may itself be an id of the corpus
                        count += 1
                        new_id = f"{result.article_id}-{count + 1}"
                    seen[result.article_id] = count + 1
                    seen[new_id] = 1
                    message = f"article id '{result.article_id}' already used; this one is '{new_id}'"
                    yield Problem(str(item), message, severity="warning")
                    result = Article(**{**result.__dict__, "article_id": new_id}).with_warnings(message)
            yield result
