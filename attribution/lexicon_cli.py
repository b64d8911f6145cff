"""``attribution lexicon check`` and ``attribution lexicon show``."""

from __future__ import annotations

import csv
import sys
import textwrap
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from attribution.config import Settings
from attribution.lexicon import CATEGORIES, Entry, Lexicon, LexiconError


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip()
             for row in [headers, ["-" * w for w in widths], *rows]]
    return "\n".join(lines)


def _where(source: str) -> str:
    """``hedges.yaml:12`` for a shipped file, the path as given for the user's own."""
    path, _, line = source.rpartition(":")
    shown = Path(path).name if "/lexicons/" in path.replace("\\", "/") else path
    return f"{shown}:{line}"


def _conditions(entry: Entry) -> str:
    parts = []
    if entry.upos:
        parts.append("upos=" + "|".join(entry.upos))
    if entry.deprel:
        parts.append("deprel=" + "|".join(entry.deprel))
    if entry.negated is not None:
        parts.append("negated" if entry.negated else "not negated")
    if entry.governs:
        parts.append(f"governs {entry.governs.replace('_', ' ')}")
    if entry.scope:
        parts.append(f"scope={entry.scope}")
    if entry.links_back:
        parts.append(f"links back {entry.links_back}")
    if None in entry.slots:
        parts.append(f"gap<={entry.max_gap}")
    return ", ".join(parts)


def lexicon_check(files: list[Path], settings: Settings) -> int:
    """Validate the shipped lexicons with the configured and given overlays; 0 when all is well."""
    overlays = list(settings.lexicons) + list(files)
    try:
        lexicon = Lexicon.load(overlays)  # once: a big overlay is read and checked in one pass
    except LexiconError as exc:
        problems = list(getattr(exc, "problems", [str(exc)]))
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found.")
        return 3
    active = Counter(e.type for e in lexicon.active())
    off = sum(1 for e in lexicon.entries.values() if not e.enabled)
    counts = ", ".join(f"{n} {t}" for t, n in sorted(active.items()))
    print(f"OK: {sum(active.values())} active entries ({counts}), {off} disabled, "
          f"from {len(lexicon.files)} file{'s' if len(lexicon.files) != 1 else ''}.")
    return 0


def _md_cell(text: str) -> str:
    """A markdown table cell: pipes (pattern alternatives) escaped, no line breaks."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(_md_cell(h) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


SHOW_FORMATS = ("text", "csv", "md")
_SHOW_HEADERS = ["id", "type", "category", "stance", "class", "weight", "pattern", "conditions", "off", "defined at",
                 "provenance", "description"]


class UnknownCategory(ValueError):
    """``--category`` names no category of the lexicon."""


def _short_pattern(pattern: str) -> str:
    """A long list of alternatives cut for the terminal: ``criticize|attack|blast|...``."""
    return textwrap.shorten(pattern.replace("|", "| "), 48, placeholder=" ...").replace("| ", "|")


def show_rows(lexicon: Lexicon, type_: str | None, category: str | None, full: bool = False) -> list[list[str]]:
    """The rows of ``lexicon show``; ``full`` keeps whole descriptions (csv, md) instead of a shortened one."""
    known = sorted(set(CATEGORIES) | {e.category for e in lexicon.entries.values()})
    if category is not None and category not in known:
        raise UnknownCategory(f"unknown category '{category}' (known: {', '.join(known)})")
    return [
        [e.id, e.type, e.category, e.stance or "", e.attribution_class if e.type == "reporting" else "",
         f"{e.weight:.2f}", e.pattern if full else _short_pattern(e.pattern), _conditions(e),
         "" if e.enabled else "OFF", _where(e.source),
         e.provenance_text() if full else textwrap.shorten(e.provenance_text(), 40, placeholder=" ..."),
         " ".join(e.description.split()) if full else textwrap.shorten(e.description, 60)]
        for e in lexicon.entries.values()
        if (type_ is None or e.type == type_) and (category is None or e.category == category)
    ]


def lexicon_show(files: list[Path], settings: Settings, type_: str | None, category: str | None,
                 format_: str = "text") -> int:
    """The effective lexicon (shipped entries with every overlay applied) and the scoring values.

    ``text``: aligned tables for the terminal; ``md``: the same as markdown tables (descriptions in
    full), for notes and issues; ``csv``: the entries alone, one row each, for a spreadsheet."""
    lexicon = Lexicon.load(list(settings.lexicons) + list(files))
    try:
        rows = show_rows(lexicon, type_, category, full=format_ != "text")
    except UnknownCategory as exc:
        print(f"attribution: error: {exc}", file=sys.stderr)
        return 2
    if not rows:
        which = " and ".join(x for x in (type_ and f"type {type_}", category and f"category {category}") if x)
        print(f"attribution: error: no entries of {which}", file=sys.stderr)
        return 2
    if format_ == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(_SHOW_HEADERS)
        writer.writerows(rows)
        return 0
    scoring_rows = [[k, f"{v:.2f}", _where(lexicon.scoring_sources[k]) if k in lexicon.scoring_sources else "built-in"]
                    for k, v in lexicon.scoring.items()]
    scoring_title = "Confidence scoring (lexicons/confidence.yaml; override with 'scoring:' in an overlay)"
    if format_ == "md":
        print("## Lexicon entries\n")
        print(_md_table(_SHOW_HEADERS, rows))
        print(f"\n## {scoring_title}\n")
        print(_md_table(["key", "value", "set at"], scoring_rows))
        return 0
    print(_table(_SHOW_HEADERS, rows))
    print()
    print(scoring_title)
    print(_table(["key", "value", "set at"], scoring_rows))
    return 0
