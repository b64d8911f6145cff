"""Flat tables for spreadsheets and pandas users: statements.csv (and Parquet when pyarrow is there)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pandas as pd

from attribution.output import Analysis, atomic_write
from attribution.records import Statement


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
        "kind": s.kind,
        "sources": " > ".join(s.sources),
        "hedges": "; ".join(f"{c.text} ({c.category})" for c in s.hedges),
        "hedge_count": len(s.hedges),
        "boosters": "; ".join(c.text for c in s.boosters),
        "booster_count": len(s.boosters),
        "confidence_source": s.confidence.source,
        "confidence_outlet": s.confidence.outlet,
    }


def statements_frame(analysis: Analysis) -> pd.DataFrame:
    outlets = {a.article_id: a.outlet for a in analysis.articles}
    rows = [statement_row(s) for s in analysis.statements]
    frame = pd.DataFrame(rows, columns=list(statement_row(_EMPTY).keys()))
    frame.insert(1, "outlet", frame["article_id"].map(outlets))
    return frame


_EMPTY = Statement("", "", 0, 0, 0, "")


def write_frame(frame: pd.DataFrame, path: Path) -> list[Path]:
    """CSV always; Parquet too when pyarrow is installed."""
    written = [path]
    with atomic_write(path) as handle:
        frame.to_csv(handle, index=False)
    if importlib.util.find_spec("pyarrow") is not None:
        parquet = path.with_suffix(".parquet")
        with atomic_write(parquet, "wb") as handle:
            frame.to_parquet(handle, index=False)
        written.append(parquet)
    return written


def export_tables(analysis: Analysis, out_dir: Path) -> list[Path]:
    return write_frame(statements_frame(analysis), out_dir / "statements.csv")
