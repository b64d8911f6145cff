"""The run's parses on disk while it streams, read back one story at a time by the claims stage.

A run keeps of each finished article only its record (metadata and text) in memory, and the
claims stage's word counts (attribution/align/features.py); its parse (compressed JSON, the form
the parse cache stores) and its statements and cues (pickled) go to a temporary file beside the
outputs, so memory does not grow with the parses and statements of the corpus. The claims stage
reads back those of one story's articles when it aligns that story; a few recently read ones
are kept, since it asks for each more than once.
"""

from __future__ import annotations

import pickle
import tempfile
import zlib
from collections import OrderedDict
from pathlib import Path

from attribution.document import ParsedDoc
from attribution.pipeline import AnalyzedArticle
from attribution.records import Article, Cue, Statement

KEEP_READ = 16  # parses kept after reading them back (a story's articles are asked for twice)


Records = tuple[tuple[Statement, ...], tuple[Cue, ...], tuple[Cue, ...]]  # statements, hedges, boosters


class ParseSpill:
    """Parses and statements appended to an unnamed temporary file (gone when closed or the
    process dies)."""

    def __init__(self, folder: Path):
        self._file = tempfile.TemporaryFile(dir=folder, prefix=".parses-")
        self._at: list[tuple[int, int, int]] = []  # start, parse bytes, records bytes
        self._end = 0
        self._read: OrderedDict[int, tuple[ParsedDoc | None, Records | None]] = OrderedDict()

    def add(self, payload: str, records: Records = ((), (), ())) -> int:
        """Store one parse (``ParsedDoc.to_json``) and its article's statements and cues; the
        number to read them back by."""
        parse = zlib.compress(payload.encode("utf-8"), 1)
        kept = pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.seek(self._end)
        self._file.write(parse)
        self._file.write(kept)
        self._at.append((self._end, len(parse), len(kept)))
        self._end += len(parse) + len(kept)
        return len(self._at) - 1

    def _remember(self, index: int, doc: ParsedDoc | None, records: Records | None) -> None:
        self._read[index] = (doc, records)
        self._read.move_to_end(index)
        if len(self._read) > KEEP_READ:
            self._read.popitem(last=False)

    def load(self, index: int, body: str) -> ParsedDoc:
        doc, records = self._read.get(index, (None, None))
        if doc is None:
            start, size, _ = self._at[index]
            self._file.seek(start)
            doc = ParsedDoc.from_json(zlib.decompress(self._file.read(size)).decode("utf-8"), body)
        self._remember(index, doc, records)
        return doc

    def records(self, index: int) -> Records:
        doc, records = self._read.get(index, (None, None))
        if records is None:
            start, size, kept = self._at[index]
            self._file.seek(start + size)
            records = pickle.loads(self._file.read(kept))
        self._remember(index, doc, records)
        return records

    def close(self) -> None:
        self._read.clear()
        self._file.close()


class SpilledArticle:
    """An analysed article whose parse and statements wait in a :class:`ParseSpill` (read back
    by ``doc`` and ``statements``); what the claims stage asks of an :class:`AnalyzedArticle`."""

    __slots__ = ("article", "_spill", "_index")

    def __init__(self, article: Article, spill: ParseSpill, index: int):
        self.article = article
        self._spill = spill
        self._index = index

    @classmethod
    def of(cls, analyzed: AnalyzedArticle, spill: ParseSpill, payload: str) -> SpilledArticle:
        index = spill.add(payload, (analyzed.statements, analyzed.hedges, analyzed.boosters))
        return cls(analyzed.article, spill, index)

    @property
    def doc(self) -> ParsedDoc:
        return self._spill.load(self._index, self.article.body)

    @property
    def statements(self) -> tuple[Statement, ...]:
        return self._spill.records(self._index)[0]

    @property
    def hedges(self) -> tuple[Cue, ...]:
        return self._spill.records(self._index)[1]

    @property
    def boosters(self) -> tuple[Cue, ...]:
        return self._spill.records(self._index)[2]
