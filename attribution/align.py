"""Claims across articles and outlets: statements that make the same claim, grouped."""

from __future__ import annotations

from collections.abc import Sequence

from attribution.config import Settings
from attribution.pipeline import AnalyzedArticle
from attribution.records import Claim


def align(analyzed: Sequence[AnalyzedArticle], settings: Settings) -> list[Claim]:
    return []
