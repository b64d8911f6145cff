"""HTML reports from a finished analysis: self-contained pages, article text always escaped."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from attribution.config import Settings
from attribution.output import Analysis, atomic_write
from attribution.resources import reports_dir


def environment() -> Environment:
    # autoescape everything: article text is untrusted input and must never run as code
    env = Environment(
        loader=FileSystemLoader(str(reports_dir())),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["inline_css"] = (reports_dir() / "static" / "report.css").read_text(encoding="utf-8")
    return env


def render_report(analysis: Analysis, out_dir: Path, settings: Settings) -> Path:
    """Write ``out_dir/report/index.html`` (and the other pages); returns the index path."""
    report_dir = out_dir / "report"
    env = environment()
    counts: dict[str, dict[str, int]] = {}
    for s in analysis.statements:
        c = counts.setdefault(s.article_id, {"statements": 0, "attributed": 0})
        c["statements"] += 1
        c["attributed"] += 0 if s.is_own_voice else 1
    articles = [
        {"row": row, **counts.get(row["article_id"], {"statements": 0, "attributed": 0})}
        for row in analysis.article_rows
    ]
    html = env.get_template("index.html.j2").render(title=settings.report.title, articles=articles)
    index = report_dir / "index.html"
    with atomic_write(index) as handle:
        handle.write(html)
    return index
