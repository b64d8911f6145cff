"""The run's parses on disk while it streams, read back one story at a time by the claims stage.

A run keeps of each finished article only its record without its body in memory (metadata: id,
outlet, dates, story, title), and the claims stage's word counts (attribution/align/features.py);
its body and parse (compressed; the parse as the JSON the parse cache stores) and its statements
and cues (pickled) go to a temporary file beside the outputs, so memory does not grow with the
texts, parses and statements of the corpus. The claims stage reads back those of one story's
articles when it aligns that story; a few recently read ones are kept, since it asks for each
more than once.
"""

from __future__ import annotations

import pickle
import tempfile
import zlib
from collections import OrderedDict
from dataclasses import dataclass, replace
from pathlib import Path

from attribution.document import ParsedDoc
from attribution.pipeline import AnalyzedArticle
from attribution.records import Article, Cue, Statement

KEEP_READ = 16  # articles kept after reading them back (a story's articles are asked for twice)


Records = tuple[tuple[Statement, ...], tuple[Cue, ...], tuple[Cue, ...]]  # statements, hedges, boosters


@dataclass
class _Read:
    """What was read back of one article (each part read when first asked for)."""

    body: str | None = None
    doc: ParsedDoc | None = None
    records: Records | None = None


class ParseSpill:
    """Bodies, parses and statements appended to an unnamed temporary file (gone when closed or
    the process dies)."""

    def __init__(self, folder: Path):
        self._file = tempfile.TemporaryFile(dir=folder, prefix=".parses-")
        self._at: list[tuple[int, int, int, int]] = []  # start, body bytes, parse bytes, records bytes
        self._end = 0
        self._read: OrderedDict[int, _Read] = OrderedDict()

    def add(self, body: str, payload: str, records: Records = ((), (), ())) -> int:
        """Store one article's body, its parse (``ParsedDoc.to_json``) and its statements and
        cues; the number to read them back by."""
        parts = (zlib.compress(body.encode("utf-8"), 1), zlib.compress(payload.encode("utf-8"), 1),
                 pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL))
        self._file.seek(self._end)
        for part in parts:
            self._file.write(part)
        self._at.append((self._end, *(len(p) for p in parts)))
        self._end += sum(len(p) for p in parts)
        return len(self._at) - 1

    def _part(self, index: int, which: int) -> bytes:
        """The stored bytes of part ``which`` (0 body, 1 parse, 2 records) of article ``index``."""
        start, *sizes = self._at[index]
        self._file.seek(start + sum(sizes[:which]))
        return self._file.read(sizes[which])

    def _entry(self, index: int) -> _Read:
        entry = self._read.pop(index, None) or _Read()
        self._read[index] = entry
        if len(self._read) > KEEP_READ:
            self._read.popitem(last=False)
        return entry

    def body(self, index: int) -> str:
        entry = self._entry(index)
        if entry.body is None:
            entry.body = zlib.decompress(self._part(index, 0)).decode("utf-8")
        return entry.body

    def load(self, index: int) -> ParsedDoc:
        entry = self._entry(index)
        if entry.doc is None:
            entry.doc = ParsedDoc.from_json(zlib.decompress(self._part(index, 1)).decode("utf-8"), self.body(index))
        return entry.doc

    def records(self, index: int) -> Records:
        entry = self._entry(index)
        if entry.records is None:
            entry.records = pickle.loads(self._part(index, 2))
        return entry.records

    def close(self) -> None:
        self._read.clear()
        self._file.close()


class SpilledArticle:
    """An analysed article whose body, parse and statements wait in a :class:`ParseSpill` (read
    back by ``article``, ``doc`` and ``statements``); what the claims stage asks of an
    :class:`AnalyzedArticle`. ``head`` is the record kept in memory: the article without its body."""

    __slots__ = ("head", "_spill", "_index")

    def __init__(self, head: Article, spill: ParseSpill, index: int):
        self.head = head
        self._spill = spill
        self._index = index

    @classmethod
    def of(cls, analyzed: AnalyzedArticle, spill: ParseSpill, payload: str) -> SpilledArticle:
        article = analyzed.article
        index = spill.add(article.body, payload, (analyzed.statements, analyzed.hedges, analyzed.boosters))
        return cls(replace(article, body=""), spill, index)

    @property
    def article(self) -> Article:
        """The whole article, its body read back."""
        return replace(self.head, body=self._spill.body(self._index))

    @property
    def doc(self) -> ParsedDoc:
        return self._spill.load(self._index)

    @property
    def statements(self) -> tuple[Statement, ...]:
        return self._spill.records(self._index)[0]

    @property
    def hedges(self) -> tuple[Cue, ...]:
        return self._spill.records(self._index)[1]

    @property
    def boosters(self) -> tuple[Cue, ...]:
        return self._spill.records(self._index)[2]
