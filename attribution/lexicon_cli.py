"""``attribution lexicon check`` and ``attribution lexicon show``."""

from __future__ import annotations

import textwrap
from pathlib import Path

from attribution.config import Settings
from attribution.lexicon import Lexicon, check_files


def lexicon_check(files: list[Path], settings: Settings) -> int:
    """Validate the shipped lexicons with the configured and given overlays; 0 when all is well."""
    overlays = list(settings.lexicons) + list(files)
    problems = check_files(overlays)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found.")
        return 3
    lexicon = Lexicon.load(overlays)
    active = sum(1 for _ in lexicon.active())
    print(f"OK: {active} active entries from {len(lexicon.files)} file{'s' if len(lexicon.files) != 1 else ''}.")
    return 0


def lexicon_show(files: list[Path], settings: Settings, type_: str | None, category: str | None) -> int:
    lexicon = Lexicon.load(list(settings.lexicons) + list(files))
    rows = [
        [e.id, e.type, e.category, e.stance or "", f"{e.weight:.2f}", e.pattern, "" if e.enabled else "off",
         textwrap.shorten(e.description, 60)]
        for e in lexicon.entries.values()
        if (type_ is None or e.type == type_) and (category is None or e.category == category)
    ]
    headers = ["id", "type", "category", "stance", "weight", "pattern", "enabled", "description"]
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    for row in [headers, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
    return 0
