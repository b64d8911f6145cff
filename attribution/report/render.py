"""HTML reports from a finished analysis: self-contained pages, article text always escaped.

Pages (under ``OUT_DIR/report/``): ``index.html``, ``outlets/<slug>.html``, ``articles/<slug>.html``
and ``claims.html``. The stylesheet and the small script are inlined into each page, which loads
nothing else: the pages open from a ``file://`` path with no network. A Content-Security-Policy
meta tag allows exactly that stylesheet and that script (by their SHA-256) and nothing else, so
even markup that slipped into article text could not run or fetch anything.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket
from markupsafe import Markup

from attribution import __version__
from attribution.config import Settings
from attribution.lexicon import Lexicon
from attribution.output import Analysis, atomic_write, sync_files
from attribution.report.stats import KIND_COLUMNS
from attribution.report.views import (
    CONFIDENCE_EDGES, PRESENTATION_TEXT, Site, StatementView, article_page, claims_page, index_page, outlet_page,
)
from attribution.resources import reports_dir

_LINE_BREAKS = re.compile(r"\s*\n\s*")


def _sha256(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def content_security_policy(css: str, js: str) -> str:
    """Only the inlined stylesheet and script, by hash; no other script, style, fetch or form."""
    return (
        f"default-src 'none'; style-src '{_sha256(css)}'; script-src '{_sha256(js)}'; "
        "base-uri 'none'; form-action 'none'"
    )


def environment(extra_css: tuple[str, ...] = ()) -> Environment:
    """The Jinja2 environment of every page; ``extra_css`` names stylesheets in ``reports/static``
    inlined after the report's own (the worksheets add theirs). One per process and template
    folder: its compiled templates are reused by every later report (a re-score in the same
    process compiles nothing; Jinja still reloads a template whose file changed)."""
    return _environment(reports_dir(), tuple(extra_css))


class _CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's compiled templates kept on disk (its private per-user folder), so a new process
    (every ``attribution analyze``) loads them instead of compiling the templates again (a few
    hundred milliseconds); a template whose text changed is compiled anew. A cache that cannot
    be written costs only the compiling."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except (OSError, EOFError, ValueError, TypeError):
            bucket.reset()


def _compiled_templates() -> FileSystemBytecodeCache | None:
    try:
        return _CompiledTemplates()
    except (OSError, RuntimeError):  # no private temporary folder to be had: compile every time
        return None


@functools.lru_cache(maxsize=8)
def _environment(templates: Path, extra_css: tuple[str, ...]) -> Environment:
    # autoescape everything: article text is untrusted input and must never run as code
    env = Environment(
        loader=FileSystemLoader(str(templates)),
        autoescape=select_autoescape(enabled_extensions=("html", "j2"), default_for_string=True, default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=_compiled_templates(),
    )
    static = templates / "static"
    css = "\n".join((static / name).read_text(encoding="utf-8") for name in ("report.css", *extra_css))
    js = (static / "report.js").read_text(encoding="utf-8")
    for text, tag in ((css, "</style"), (js, "</script")):
        if tag in text.lower():
            raise ValueError(f"the shipped {tag[2:]} file must not contain {tag!r}")
    env.globals.update(
        inline_css=Markup(css),
        inline_js=Markup(js),
        csp=content_security_policy(css, js),
        version=__version__,
        kind_columns=KIND_COLUMNS,
        presentation_text=PRESENTATION_TEXT,
        confidence_edges=CONFIDENCE_EDGES,
    )
    return env


def badge_renderer(env: Environment, context: dict[str, Any]) -> Callable[[StatementView], Markup]:
    """The statement badge macro as a function, its output on one line (it sits in running text,
    where the paragraph keeps line breaks)."""
    macros = env.get_template("_macros.html.j2").make_module(context)

    def badge(view: StatementView) -> Markup:
        return Markup(_LINE_BREAKS.sub(" ", str(macros.badge(view)).strip()))

    return badge


class _Writer:
    """Writes pages and remembers them, so pages left from an earlier analysis can be removed."""

    def __init__(self, report_dir: Path, in_place: bool = False):
        self.report_dir = report_dir
        self.in_place = in_place  # a new folder swapped in whole when done: no rename per page
        self.written: set[Path] = set()

    def write(self, relative: str, html: str) -> Path:
        return self.write_bytes(relative, html.encode("utf-8"))

    def write_bytes(self, relative: str, html: bytes) -> Path:
        """A page (its UTF-8 bytes), made durable with the others by :meth:`sync`."""
        path = self.report_dir / relative
        if self.in_place:
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("wb") as handle:
                handle.write(html)
        else:
            with atomic_write(path, "wb", sync=False) as handle:
                handle.write(html)
        self.written.add(path)
        return path

    def sync(self) -> None:
        sync_files(sorted(self.written))

    def remove_stale(self) -> None:
        for folder in ("outlets", "articles"):
            for path in (self.report_dir / folder).glob("*.html"):
                if path not in self.written:
                    path.unlink()


def render_report(analysis: Analysis, out_dir: Path, settings: Settings, lexicon: Lexicon | None = None) -> Path:
    """Write ``out_dir/report/index.html`` and the other pages; returns the index path.

    ``lexicon``: the one the analysis used (an analysis loads its lexicon once); else it is loaded."""
    report_dir = out_dir / "report"
    env = environment()
    lexicon = lexicon if lexicon is not None else Lexicon.load(settings.lexicons)
    site = Site.of(analysis)
    title = settings.report.title
    writer = _Writer(report_dir)

    index = index_page(analysis, site)
    index_path = writer.write(
        "index.html", env.get_template("index.html.j2").render(title=title, root="", page=index)
    )
    outlet_template = env.get_template("outlet.html.j2")
    for row in index.outlets:
        page = outlet_page(analysis, site, row.stats, lexicon)
        writer.write(f"outlets/{page.slug}.html", outlet_template.render(title=title, root="../", page=page))
    article_template = env.get_template("article.html.j2")
    badge = badge_renderer(env, {"title": title, "root": "../"})
    for article in analysis.articles:
        page = article_page(analysis, site, article, lexicon, badge)
        writer.write(f"articles/{page.slug}.html", article_template.render(title=title, root="../", page=page))
    writer.write(
        "claims.html",
        env.get_template("claims.html.j2").render(title=title, root="", page=claims_page(analysis, site, lexicon)),
    )
    writer.sync()
    writer.remove_stale()
    return index_path
