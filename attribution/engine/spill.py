"""The run's parses on disk while it streams, read back one story at a time by the claims stage.

A run keeps of each finished article only its text, statements and cues in memory (and the
claims stage's word counts, attribution/align/features.py); its parse goes to a temporary file
beside the outputs (compressed JSON, the form the parse cache stores), so memory does not grow
with the parses of the corpus. The claims stage reads back the parses of one story's articles
when it aligns that story; a few recently read ones are kept, since it asks for each twice.
"""

from __future__ import annotations

import tempfile
import zlib
from collections import OrderedDict
from pathlib import Path

from attribution.document import ParsedDoc
from attribution.pipeline import AnalyzedArticle
from attribution.records import Article, Cue, Statement

KEEP_READ = 16  # parses kept after reading them back (a story's articles are asked for twice)


class ParseSpill:
    """Parses appended to an unnamed temporary file (gone when closed or the process dies)."""

    def __init__(self, folder: Path):
        self._file = tempfile.TemporaryFile(dir=folder, prefix=".parses-")
        self._at: list[tuple[int, int]] = []
        self._end = 0
        self._read: OrderedDict[int, ParsedDoc] = OrderedDict()

    def add(self, payload: str) -> int:
        """Store one parse (``ParsedDoc.to_json``); its number for :meth:`load`."""
        data = zlib.compress(payload.encode("utf-8"), 1)
        self._file.seek(self._end)
        self._file.write(data)
        self._at.append((self._end, len(data)))
        self._end += len(data)
        return len(self._at) - 1

    def load(self, index: int, body: str) -> ParsedDoc:
        doc = self._read.get(index)
        if doc is not None:
            self._read.move_to_end(index)
            return doc
        start, size = self._at[index]
        self._file.seek(start)
        doc = ParsedDoc.from_json(zlib.decompress(self._file.read(size)).decode("utf-8"), body)
        self._read[index] = doc
        if len(self._read) > KEEP_READ:
            self._read.popitem(last=False)
        return doc

    def close(self) -> None:
        self._read.clear()
        self._file.close()


class SpilledArticle:
    """An analysed article whose parse waits in a :class:`ParseSpill` (read back by ``doc``);
    what the claims stage asks of an :class:`AnalyzedArticle`."""

    __slots__ = ("article", "statements", "hedges", "boosters", "_spill", "_index")

    def __init__(self, analyzed: AnalyzedArticle, spill: ParseSpill, index: int):
        self.article: Article = analyzed.article
        self.statements: tuple[Statement, ...] = analyzed.statements
        self.hedges: tuple[Cue, ...] = analyzed.hedges
        self.boosters: tuple[Cue, ...] = analyzed.boosters
        self._spill = spill
        self._index = index

    @property
    def doc(self) -> ParsedDoc:
        return self._spill.load(self._index, self.article.body)
