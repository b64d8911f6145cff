"""The full report of ``attribution evaluate`` as files: JSON for programs, one HTML page for people.

Both hold every table the command prints (attribution, cues, claims, agreement, speakers) and
what was evaluated (inputs, gold folders, lexicon overlays). In the JSON, cells that are numbers
are numbers; ``-`` (no value) is null. The HTML page is self-contained (no script, no outside
file), has a table of contents, and prints: each table keeps its header on every page and a row
is never cut in two.
"""

from __future__ import annotations

import errno
import html
import json
import re
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from attribution import __version__
from attribution.evaluate.matching import Table
from attribution.output import OutputError

_INT = re.compile(r"-?\d+")
_FLOAT = re.compile(r"-?\d+\.\d+")


def cell_value(text: str) -> object:
    """A table cell for JSON: an int or float where it is one, None for '-', else the text."""
    if text == "-":
        return None
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text


def report_data(tables: Sequence[Table], meta: dict[str, object]) -> dict[str, object]:
    out_tables = []
    for table in tables:
        data = table.to_dict()
        data["rows"] = [{k: cell_value(str(v)) for k, v in row.items()} for row in data["rows"]]  # type: ignore[union-attr]
        out_tables.append(data)
    return {"tool": f"attribution {__version__}", "created": _now(), **meta, "tables": out_tables}


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        why = {errno.ENOSPC: "the disk is full", errno.EACCES: "no permission to write there",
               errno.EROFS: "it is on a read-only file system", errno.ENOTDIR: "a part of the path is a file, not a folder",
               errno.EISDIR: "it is a folder"}.get(exc.errno or 0, exc.strerror or str(exc))
        raise OutputError(f"cannot write the evaluation report {path}: {why}") from None


def write_json(path: Path, tables: Sequence[Table], meta: dict[str, object]) -> None:
    _write(path, json.dumps(report_data(tables, meta), indent=2, ensure_ascii=False) + "\n")


CSS = """
:root { --ink: #1b1b1b; --muted: #5b5b5b; --rule: #d0d0d0; --head: #f2f2f2; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); margin: 2rem auto;
       max-width: 72rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.1rem; margin: 2rem 0 .4rem; }
p.meta, p.note { color: var(--muted); margin: .3rem 0; white-space: pre-line; }
nav ol { columns: 2; padding-left: 1.2rem; }
table { border-collapse: collapse; width: auto; max-width: 100%; }
th, td { border-bottom: 1px solid var(--rule); padding: .2rem .6rem; text-align: left; vertical-align: top;
         overflow-wrap: anywhere; }
th { background: var(--head); font-weight: 600; }
th.num { text-align: right; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 600; }
.scroll { overflow-x: auto; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  nav { display: none; }
  .scroll { overflow: visible; }
  h2 { break-after: avoid; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
@page { margin: 15mm; }
"""


def _slug(title: str, seen: set[str]) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "table"
    slug, n = base, 2
    while slug in seen:
        slug, n = f"{base}-{n}", n + 1
    seen.add(slug)
    return slug


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?[\d.]+%?( -> [-+]?[\d.]+%?)?", text))


def _table_html(table: Table, slug: str) -> str:
    esc = html.escape
    numeric = [i > 0 and any(_numeric(str(r[i])) for r in table.rows if i < len(r))
               and all(_numeric(str(r[i])) or str(r[i]) in ("", "-") for r in table.rows if i < len(r))
               for i in range(len(table.headers))]
    head = "".join(f'<th scope="col" class="num">{esc(h)}</th>' if n else f'<th scope="col">{esc(h)}</th>'
                   for h, n in zip(table.headers, numeric))
    rows = []
    for row in table.rows:
        total = str(row[0]).startswith("ALL") if row else False
        cells = "".join(f"<td class=\"num\">{esc(str(c))}</td>" if i and _numeric(str(c)) else f"<td>{esc(str(c))}</td>"
                        for i, c in enumerate(row))
        rows.append(f"<tr class=\"total\">{cells}</tr>" if total else f"<tr>{cells}</tr>")
    body = "".join(rows) or f"<tr><td colspan=\"{len(table.headers)}\">none</td></tr>"
    note = f"<p class=\"note\">{esc(table.note)}</p>" if table.note else ""
    return (f"<section id=\"{slug}\"><h2>{esc(table.title)}</h2><div class=\"scroll\"><table><thead><tr>{head}</tr>"
            f"</thead><tbody>{body}</tbody></table></div>{note}</section>")


def render_html(tables: Sequence[Table], meta: dict[str, object]) -> str:
    esc = html.escape
    seen: set[str] = set()
    slugs = [_slug(t.title, seen) for t in tables]
    gold = meta.get("gold") or []
    gold_text = ", ".join(f"{g['name']} ({g['folder']})" for g in gold) if isinstance(gold, list) else ""
    lines = [f"Inputs: {', '.join(map(str, meta.get('inputs') or []))}"]
    if gold_text:
        lines.append(f"Gold: {gold_text}" + (" — the system is scored against the first" if len(gold) > 1 else ""))
    if meta.get("lexicons"):
        lines.append(f"Lexicon overlays: {', '.join(map(str, meta['lexicons']))}")  # type: ignore[arg-type]
    lines.append(f"attribution {__version__}, {_now()}")
    toc = "".join(f"<li><a href=\"#{s}\">{esc(t.title)}</a></li>" for t, s in zip(tables, slugs))
    sections = "\n".join(_table_html(t, s) for t, s in zip(tables, slugs))
    csp = "default-src 'none'; style-src 'unsafe-inline'"
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Evaluation against gold</title><style>{CSS}</style></head>
<body><header><h1>Evaluation against gold</h1>{''.join(f'<p class="meta">{esc(line)}</p>' for line in lines)}</header>
<nav aria-label="Tables"><ol>{toc}</ol></nav>
<main>
{sections}
</main></body></html>
"""


def write_html(path: Path, tables: Sequence[Table], meta: dict[str, object]) -> None:
    _write(path, render_html(tables, meta))
