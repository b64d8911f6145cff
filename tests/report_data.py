"""The analysis the report tests read: the real pipeline over the seed corpus and one hostile article.

Everything on the pages comes from the real stages: ingest, the Stanza parse (through the test
session's parse cache), attribution, hedging, claim alignment, the CSV exports and the renderer.
The hostile article is one JSONL row whose id, outlet, title, URL and body are HTML and script;
its body also carries sentences attribution and hedging pick up (a direct quote with a named
speaker, "allegedly", "sources say") and tells the seed story's 11,000-troops claim, so alignment
can pair it with the seed articles. A lexicon overlay adds a hedge whose id and description are
markup, so a hostile value reaches the cue fields too.

Also here: a small DOM (``parse_html``) for checking pages without a browser.
"""

from __future__ import annotations

import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import yaml

from attribution.config import Settings
from attribution.lexicon import Lexicon
from attribution.models import ModelSet
from attribution.parse import Parser

from .conftest import SEED

HOSTILE_ID = '../../etc/<evil> "id"'
HOSTILE_OUTLET = 'Evil <b>News</b> & "Co" <script>'
HOSTILE_TITLE = '<script>document.title="pwned"</script>Evil & "News" <img src=x onerror=alert(2)>'
HOSTILE_URL = "javascript:alert(document.domain)"
HOSTILE_BODY = (
    'Evil News reports that <script>alert(1)</script> is harmless & "fine".\n\n'
    "\u201c<img src=x onerror=alert(1)> is just text,\u201d said Mallory O\u2019Brien & Sons, a spokesperson. "
    "The claim allegedly comes from \u201cquoted\u201d sources & friends.\n\n"
    "About 11,000 North Korean soldiers were allegedly training in eastern Russia & <i>Siberia</i>, sources say.\n\n"
    'Readers can <a href="javascript:alert(3)">click here</a> & see that the video is reputedly harmless. '
    "<img src=x onerror=\"document.title='pwned'\">"
)
# The overlay's hedge: a word the shipped lexicons do not list, so only this entry can find it.
HOSTILE_ENTRY_ID = "<svg onload=alert(4)>"
HOSTILE_ENTRY_DESCRIPTION = '"><script>alert(5)</script> <img src=y onerror=alert(6)> & "quoted"'
HOSTILE_ENTRY_WORD = "reputedly"
OVERLAY_NAME = "hostile-lexicon.yaml"


def write_hostile_inputs(directory: Path) -> tuple[Path, Path]:
    """The hostile article as a JSONL file and the lexicon overlay, written into ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    row = {
        "id": HOSTILE_ID, "outlet": HOSTILE_OUTLET, "publisher": "<i>pub</i>", "title": HOSTILE_TITLE,
        "url": HOSTILE_URL, "published": "2024-10-24", "story": "north-korea-troops-2024", "text": HOSTILE_BODY,
    }
    articles = directory / "hostile.jsonl"
    articles.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    overlay = directory / OVERLAY_NAME
    entry = {
        "id": HOSTILE_ENTRY_ID, "pattern": HOSTILE_ENTRY_WORD, "type": "hedge", "category": "evidential",
        "weight": 0.4, "description": HOSTILE_ENTRY_DESCRIPTION,
    }
    overlay.write_text(yaml.safe_dump({"entries": [entry]}, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return articles, overlay


def report_lexicon(out_dir: Path) -> Lexicon:
    """The lexicon ``make_report`` analysed and rendered ``out_dir`` with: the shipped one plus the
    overlay (the session's settings carry no overlay of their own)."""
    return Lexicon.load([out_dir.parent / f"{out_dir.name}-input" / OVERLAY_NAME])


def make_report(out_dir: Path, settings: Settings, models: ModelSet, parser: Parser) -> Path:
    """Analyse the seed corpus and the hostile article with the real pipeline into ``out_dir``.

    The run writes the JSONL files, the claims, the CSV exports and the HTML pages, as ``analyze``
    does; returns the index page. The overlay goes in through ``settings.lexicons``, so the analysis
    and the renderer read the same lexicon. Parses come from the session's parse cache.
    """
    from attribution.engine.local import Analyzer

    hostile, overlay = write_hostile_inputs(out_dir.parent / f"{out_dir.name}-input")
    settings = replace(settings, lexicons=(*settings.lexicons, overlay))
    analyzer = Analyzer(settings, models=models, lexicon=Lexicon.load(settings.lexicons), parser=parser)
    try:
        summary = analyzer.run([SEED / "articles", hostile], out_dir)
    finally:
        analyzer.close()
    assert not summary.problems, [str(p) for p in summary.problems]
    assert summary.articles == 3 and summary.report is not None and summary.report.is_file()
    return summary.report


# --- a small DOM for checking pages without a browser ------------------------------------------

VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})


class Node:
    def __init__(self, tag: str, attrs: dict[str, str | None], parent: Node | None):
        self.tag, self.attrs, self.parent = tag, attrs, parent
        self.children: list[Node | str] = []

    @property
    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())

    def iter(self):  # noqa: ANN201 - iterator of Node
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None, **attrs: str) -> list[Node]:
        return [
            n for n in self.iter()
            if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
            and all(n.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def text(self, skip_class: str | None = None) -> str:
        out = []
        for c in self.children:
            if isinstance(c, str):
                out.append(c)
            elif skip_class is None or skip_class not in c.classes:
                out.append(c.text(skip_class))
        return "".join(out)


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {}, None)
        self.current = self.root
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, dict(attrs), self.current)
        self.current.children.append(node)
        if tag not in VOID_TAGS:
            self.current = node

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.current.children.append(Node(tag, dict(attrs), self.current))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID_TAGS:
            return
        if self.current.tag != tag:
            self.errors.append(f"</{tag}> closes <{self.current.tag}>")
            return
        assert self.current.parent is not None
        self.current = self.current.parent

    def handle_data(self, data: str) -> None:
        self.current.children.append(data)


def parse_html(html: str) -> Node:
    """The page as a tree; raises when tags do not nest (the pages must be well-formed)."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    if builder.errors or builder.current is not builder.root:
        raise AssertionError(f"badly nested HTML: {builder.errors[:5]} (open: <{builder.current.tag}>)")
    return builder.root
