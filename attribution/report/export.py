"""Flat tables for spreadsheets and pandas users (and Parquet twins when pyarrow is installed).

* ``statements.csv``: one row per statement;
* ``outlets.csv``: one row per outlet, the same numbers as the report's index table;
* ``claims.csv``: one row per claim member (an outlet's wording of a claim).
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import pandas as pd

from attribution.output import Analysis, atomic_write, sync_files
from attribution.records import Claim, ClaimMember, Statement
from attribution.report.stats import OutletStats, outlet_name, outlet_stats


def statement_row(s: Statement) -> dict[str, Any]:
    return {
        "article_id": s.article_id,
        "statement_id": s.statement_id,
        "sentence_index": s.sentence_index,
        "start": s.start,
        "end": s.end,
        "text": s.text,
        "speaker": s.speaker,
        "speaker_type": s.speaker_type,
        "role": s.role,
        "mention": s.mention.text if s.mention else None,
        "cue": s.cue.text if s.cue else None,
        "cue_lemma": s.cue.lemma if s.cue else None,
        "cue_category": s.cue.category if s.cue else None,
        "cue_class": s.cue_class,
        "kind": s.kind,
        "sources": " > ".join(s.sources),
        "hedges": "; ".join(f"{c.text} ({c.category})" for c in s.hedges),
        "hedge_count": len(s.hedges),
        "boosters": "; ".join(c.text for c in s.boosters),
        "booster_count": len(s.boosters),
        "confidence_source": s.confidence.source,
        "confidence_outlet": s.confidence.outlet,
    }


def _frame(rows: Iterable[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    """The frame of ``rows``, built column by column: no list of every row's dictionary is held
    (at 100x the example corpus, 60,000 dictionaries before the frame was made)."""
    data: dict[str, list[Any]] = {c: [] for c in columns}
    for row in rows:
        for c in columns:
            data[c].append(row[c])
    return pd.DataFrame(data, columns=columns) if any(data.values()) else pd.DataFrame([], columns=columns)


def statements_frame(analysis: Analysis) -> pd.DataFrame:
    return statements_frame_of(analysis.statements, {a.article_id: a.outlet for a in analysis.articles})


def statements_frame_of(statements: Iterable[Statement], outlets: Mapping[str, str | None]) -> pd.DataFrame:
    """The statements table of ``statements``; ``outlets``: each article's outlet."""
    rows = (statement_row(s) for s in statements)
    frame = _frame(rows, list(statement_row(_EMPTY).keys()))
    frame.insert(1, "outlet", frame["article_id"].map(outlets))
    return frame


_EMPTY = Statement("", "", 0, 0, 0, "")


def has_parquet() -> bool:
    return importlib.util.find_spec("pyarrow") is not None


def write_frame(frame: pd.DataFrame, path: Path) -> list[Path]:
    """CSV always; Parquet too when pyarrow is installed."""
    written = [path]
    with atomic_write(path, sync=False) as handle:  # made durable with the others: export_tables
        frame.to_csv(handle, index=False)
    if has_parquet():
        parquet = path.with_suffix(".parquet")
        with atomic_write(parquet, "wb", sync=False) as handle:
            frame.to_parquet(handle, index=False)
        written.append(parquet)
    return written


OUTLET_COLUMNS = (
    "outlet", "articles", "words", "statements", "attributed", "own_voice", "attributed_share", "hedges",
    "hedges_per_1000_words", "boosters", "boosters_per_1000_words", "mean_confidence_outlet", "mean_confidence_source",
)


def outlets_frame(analysis: Analysis) -> pd.DataFrame:
    return outlets_frame_of(outlet_stats(analysis))


def outlets_frame_of(stats: Iterable[OutletStats]) -> pd.DataFrame:
    return pd.DataFrame([s.as_row() for s in stats], columns=list(OUTLET_COLUMNS))


def claim_row(claim: Claim, member: ClaimMember, outlet: str) -> dict[str, Any]:
    return {
        "claim_id": claim.claim_id,
        "story": claim.story,
        "summary": claim.summary,
        "spread": claim.spread,
        "article_id": member.article_id,
        "statement_id": member.statement_id,
        "outlet": outlet,
        "text": member.text,
        "start": member.start,
        "end": member.end,
        "speaker": member.speaker,
        "presentation": member.presentation,
        "confidence_outlet": member.confidence_outlet,
        "confidence_source": member.confidence_source,
    }


def claims_frame(analysis: Analysis) -> pd.DataFrame:
    return claims_frame_of(analysis.claims, {a.article_id: a.outlet for a in analysis.articles})


def claims_frame_of(claims: Iterable[Claim], outlets: Mapping[str, str | None]) -> pd.DataFrame:
    """One row per claim member; ``outlets``: each article's outlet (a member may name its own)."""
    rows = (
        claim_row(c, m, outlet_name(m.outlet or outlets.get(m.article_id)))
        for c in claims
        for m in c.members
    )
    columns = list(claim_row(Claim("", None, "", ()), _EMPTY_MEMBER, "").keys())
    return _frame(rows, columns)


_EMPTY_MEMBER = ClaimMember("", "", None, "", 0, 0, None, "", 0.0, 0.0)


def export_tables(analysis: Analysis, out_dir: Path) -> list[Path]:
    """Write the three tables into ``out_dir``; returns every file written."""
    written = write_frame(statements_frame(analysis), out_dir / "statements.csv")
    written += write_frame(outlets_frame(analysis), out_dir / "outlets.csv")
    written += write_frame(claims_frame(analysis), out_dir / "claims.csv")
    sync_files(written)
    return written


class MixedColumn(Exception):
    """Two chunks of a table gave one column two types: the table is written whole instead."""


class StatementTable:
    """``statements.csv`` and its Parquet twin written a chunk of rows at a time, byte for byte
    what :func:`statements_frame` and :func:`write_frame` give for the whole table: the CSV chunks
    are appended; the Parquet file is written at the end from the chunks' Arrow columns (far
    smaller than the statements they come from), each column given the type the whole frame
    would have (a chunk where a column is empty has it as null). Use it as a context manager:
    an error leaves no file."""

    CHUNK_ROWS = 2000

    def __init__(self, path: Path, chunk_rows: int | None = None):
        self.path = path
        self.chunk_rows = chunk_rows or self.CHUNK_ROWS
        self.rows = 0
        self._flushed = False
        self._pending: list[Statement] = []
        self._outlets: dict[str, str | None] = {}
        self._tables: list[Any] = []  # pyarrow tables, one per chunk
        self._stack = ExitStack()
        self._csv: IO[str] | None = None
        self._whole: pd.DataFrame | None = None  # the only chunk, when there is one

    def __enter__(self) -> StatementTable:
        self._csv = self._stack.enter_context(atomic_write(self.path, sync=False))
        return self

    def add(self, statements: Iterable[Statement], outlet: str | None) -> None:
        """One article's statements (in file order) and its outlet."""
        for s in statements:
            self._pending.append(s)
            self._outlets[s.article_id] = outlet
        if len(self._pending) >= self.chunk_rows:
            self._flush()

    def _flush(self) -> None:
        frame = statements_frame_of(self._pending, self._outlets)
        assert self._csv is not None
        frame.to_csv(self._csv, index=False, header=not self._flushed)
        self._flushed = True
        self.rows += len(frame)
        self._pending, self._outlets = [], {}
        if not has_parquet():
            return
        if self._whole is None and not self._tables:
            self._whole = frame  # a table of one chunk is written as before, from its frame
            return
        import pyarrow as pa

        if self._whole is not None:
            self._tables.append(pa.Table.from_pandas(self._whole, preserve_index=False))
            self._whole = None
        self._tables.append(pa.Table.from_pandas(frame, preserve_index=False))

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        try:
            if kind is None:
                if self._pending or not self._flushed:
                    self._flush()
        finally:
            self._stack.__exit__(kind, *exc)  # type: ignore[arg-type]

    def written(self) -> list[Path]:
        """Write the Parquet twin (after the context): the files written."""
        if not has_parquet():
            return [self.path]
        parquet = self.path.with_suffix(".parquet")
        if self._whole is not None:
            with atomic_write(parquet, "wb", sync=False) as handle:
                self._whole.to_parquet(handle, index=False)
        else:
            import pyarrow.parquet as pq

            chunks, self._tables = self._tables, []
            table = _joined(chunks)
            with atomic_write(parquet, "wb", sync=False) as handle:
                pq.write_table(table, handle, compression="snappy")
        self._tables, self._whole = [], None
        return [self.path, parquet]


def _joined(tables: list[Any]) -> Any:
    """The chunks as one table with the whole frame's schema: a column null in some chunks
    (empty there) takes the type, and the pandas metadata, of the chunks where it has values.

    The chunks are joined a column at a time and each column's chunks let go once joined (the
    list is emptied), so the statements are held once and a column, not twice over."""
    import pyarrow as pa

    first = tables[0].schema
    meta = json.loads(first.metadata[b"pandas"])
    fields = list(first)
    for i, name in enumerate(first.names):
        for table in tables:
            field = table.schema.field(i)
            if pa.types.is_null(fields[i].type) and not pa.types.is_null(field.type):
                fields[i] = field
                meta["columns"][i] = json.loads(table.schema.metadata[b"pandas"])["columns"][i]
            elif not pa.types.is_null(field.type) and field.type != fields[i].type:
                raise MixedColumn(name)
    metadata = dict(first.metadata)
    if meta != json.loads(first.metadata[b"pandas"]):
        metadata[b"pandas"] = json.dumps(meta).encode("utf8")  # as pyarrow writes it
    schema = pa.schema(fields, metadata=metadata)
    columns = []
    for field in schema:
        parts = pa.chunked_array([c for t in tables for c in t.column(0).cast(field.type).chunks], type=field.type)
        tables[:] = [t.remove_column(0) for t in tables]
        columns.append(parts.combine_chunks())
        del parts
    tables.clear()
    return pa.Table.from_arrays(columns, schema=schema)
