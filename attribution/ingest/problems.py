"""Bad input, reported once with the file (and line) it is in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Problem:
    """Something wrong with an input. An ``error`` skips that article; a ``warning`` does not."""

    path: str
    message: str
    line: int | None = None
    severity: Literal["error", "warning"] = "error"

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


class InputError(Exception):
    """Raised inside a reader; the ingest loop turns it into a :class:`Problem`."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


def raise_hint(setting: str) -> str:
    """How to raise a limit: every message that refuses an input over a limit ends with it."""
    return f"to read it anyway, raise limits.{setting} in attribution.yaml (limits: {{{setting}: N}})"
