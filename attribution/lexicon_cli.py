"""``attribution lexicon check`` and ``attribution lexicon show``."""

from __future__ import annotations

import textwrap
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from attribution.config import Settings
from attribution.lexicon import Entry, Lexicon, check_files


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
    problems = check_files(overlays)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found.")
        return 3
    lexicon = Lexicon.load(overlays)
    active = Counter(e.type for e in lexicon.active())
    off = sum(1 for e in lexicon.entries.values() if not e.enabled)
    counts = ", ".join(f"{n} {t}" for t, n in sorted(active.items()))
    print(f"OK: {sum(active.values())} active entries ({counts}), {off} disabled, "
          f"from {len(lexicon.files)} file{'s' if len(lexicon.files) != 1 else ''}.")
    return 0


def lexicon_show(files: list[Path], settings: Settings, type_: str | None, category: str | None) -> int:
    """The effective lexicon (shipped entries with every overlay applied) and the scoring values."""
    lexicon = Lexicon.load(list(settings.lexicons) + list(files))
    rows = [
        [e.id, e.type, e.category, e.stance or "", e.attribution_class if e.type == "reporting" else "",
         f"{e.weight:.2f}", textwrap.shorten(e.pattern.replace("|", "| "), 48, placeholder=" ...").replace("| ", "|"),
         _conditions(e), "" if e.enabled else "OFF", _where(e.source),
         textwrap.shorten(e.provenance_text(), 40, placeholder=" ..."), textwrap.shorten(e.description, 60)]
        for e in lexicon.entries.values()
        if (type_ is None or e.type == type_) and (category is None or e.category == category)
    ]
    headers = ["id", "type", "category", "stance", "class", "weight", "pattern", "conditions", "off", "defined at",
               "provenance", "description"]
    print(_table(headers, rows))
    print()
    print("Confidence scoring (lexicons/confidence.yaml; override with 'scoring:' in an overlay)")
    scoring_rows = [[k, f"{v:.2f}", _where(lexicon.scoring_sources[k]) if k in lexicon.scoring_sources else "built-in"]
                    for k, v in lexicon.scoring.items()]
    print(_table(["key", "value", "set at"], scoring_rows))
    return 0
