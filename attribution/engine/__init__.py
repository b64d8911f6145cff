"""Engines run the pipeline over a corpus. ``local``: one process, batched parsing, parse cache."""

from attribution.engine.local import Analyzer, RunSummary, analyze_paths

__all__ = ["Analyzer", "RunSummary", "analyze_paths"]
