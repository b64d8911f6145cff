"""Writing and reading the analysis directory (DESIGN.md, output contract).

``articles.jsonl`` and ``statements.jsonl`` grow by one article at a time (its statements first,
then its article line, flushed to disk), so a killed run keeps every article it finished.
Everything else is written whole to a temporary file and renamed into place.
"""

from __future__ import annotations

import json
import logging
import os
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
_UMASK = os.umask(0)
os.umask(_UMASK)


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path`` and rename it over ``path`` when done."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; written files get the usual mode
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


class OutputWriter:
    """Appends finished articles to the JSONL files of a fresh output directory."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        out_dir.mkdir(parents=True, exist_ok=True)
        self._articles = (out_dir / ARTICLES).open("w", encoding="utf-8")
        self._statements = (out_dir / STATEMENTS).open("w", encoding="utf-8")
        (out_dir / CLAIMS).unlink(missing_ok=True)
        self.article_count = 0
        self.statement_count = 0

    def add(self, article: Article, doc: ParsedDoc, statements: Iterable[Statement]) -> None:
        lines = [dumps(s.to_dict()) + "\n" for s in statements]
        self._statements.write("".join(lines))
        self._statements.flush()
        self._articles.write(dumps(article.to_dict(doc.word_count, len(doc.sentences))) + "\n")
        self._articles.flush()
        os.fsync(self._statements.fileno())
        os.fsync(self._articles.fileno())
        self.article_count += 1
        self.statement_count += len(lines)

    def close(self) -> None:
        self._articles.close()
        self._statements.close()

    def __enter__(self) -> OutputWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def write_claims(out_dir: Path, claims: Iterable[Claim]) -> None:
    with atomic_write(out_dir / CLAIMS) as handle:
        for claim in claims:
            handle.write(dumps(claim.to_dict()) + "\n")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Objects of a JSONL file; a damaged line (a run killed mid-write) is reported and skipped."""
    if not path.exists():
        return
    with path.open(encoding="utf-8", errors="replace") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                log.warning("%s:%d: skipped a damaged line (%s)", path, number, exc.msg)


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
    rows = tuple(read_jsonl(out_dir / ARTICLES))
    finished = {r["article_id"] for r in rows}
    statements = tuple(
        Statement.from_dict(d) for d in read_jsonl(out_dir / STATEMENTS) if d.get("article_id") in finished
    )
    claims = tuple(Claim.from_dict(d) for d in read_jsonl(out_dir / CLAIMS))
    return Analysis(tuple(Article.from_dict(r) for r in rows), statements, claims, rows)
