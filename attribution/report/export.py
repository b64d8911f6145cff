"""Flat tables for spreadsheets and pandas users (and Parquet twins when pyarrow is installed).

* ``statements.csv``: one row per statement;
* ``outlets.csv``: one row per outlet, the same numbers as the report's index table;
* ``claims.csv``: one row per claim member (an outlet's wording of a claim).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from attribution.output import Analysis, atomic_write, sync_files
from attribution.records import Claim, ClaimMember, Statement
from attribution.report.stats import outlet_name, outlet_stats


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
    outlets = {a.article_id: a.outlet for a in analysis.articles}
    rows = (statement_row(s) for s in analysis.statements)
    frame = _frame(rows, list(statement_row(_EMPTY).keys()))
    frame.insert(1, "outlet", frame["article_id"].map(outlets))
    return frame


_EMPTY = Statement("", "", 0, 0, 0, "")


def write_frame(frame: pd.DataFrame, path: Path) -> list[Path]:
    """CSV always; Parquet too when pyarrow is installed."""
    written = [path]
    with atomic_write(path, sync=False) as handle:  # made durable with the others: export_tables
        frame.to_csv(handle, index=False)
    if importlib.util.find_spec("pyarrow") is not None:
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
    return pd.DataFrame([s.as_row() for s in outlet_stats(analysis)], columns=list(OUTLET_COLUMNS))


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
    outlets = {a.article_id: a.outlet for a in analysis.articles}
    rows = (
        claim_row(c, m, outlet_name(m.outlet or outlets.get(m.article_id)))
        for c in analysis.claims
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
