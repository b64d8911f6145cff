"""Marking spans of article text in HTML: statements, cues, scopes, speaker mentions.

Spans may overlap in any way (an own-voice sentence holding an attributed clause, a scope that
runs across two statements). HTML elements must nest, so an element that would cross another is
closed at the boundary and opened again after it: the output is always well-formed, every
character of the text appears exactly once, escaped, and every character sits inside exactly the
elements of the spans that cover it.

Longer spans open first (they are the outer elements); on equal extent the lower ``layer`` is
outer (statements 0, scopes 1, cues 2). Of the pieces of one span, only the first carries its
``id``; the first gets the class ``m-first`` and the last ``m-last`` (for brackets in CSS), and
every piece but the first carries ``data-cont``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from markupsafe import Markup, escape

_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_TAGS = frozenset({"span", "mark", "q", "em", "strong", "b", "i", "u"})


@dataclass(frozen=True)
class Mark:
    """One span of text to wrap in an element. Offsets are into the full text."""

    start: int
    end: int
    classes: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = ()  # values are escaped on output
    layer: int = 0
    tag: str = "span"
    id: str | None = None
    inside_end: Markup | None = None  # pre-rendered HTML placed inside the last piece, at its end

    def __post_init__(self) -> None:
        if self.tag not in _TAGS:
            raise ValueError(f"tag {self.tag!r} is not allowed for marks")
        for name, _ in self.attrs:
            if not _NAME.match(name) or name.startswith("on"):
                raise ValueError(f"attribute name {name!r} is not allowed for marks")


@dataclass(eq=False)
class _Piece:
    """One opened element of a mark; whether it is the last piece is known when it closes."""

    mark: Mark
    first: bool
    last: bool = False

    def open_tag(self) -> str:
        m = self.mark
        classes = list(m.classes)
        if self.first:
            classes.append("m-first")
        if self.last:
            classes.append("m-last")
        parts = [m.tag]
        if self.first and m.id:
            parts.append(f'id="{escape(m.id)}"')
        if classes:
            parts.append(f'class="{escape(" ".join(classes))}"')
        for name, value in m.attrs:
            parts.append(f'{name}="{escape(value)}"')
        if not self.first:
            parts.append("data-cont")
        return "<" + " ".join(parts) + ">"


@dataclass
class _Output:
    items: list[str | _Piece] = field(default_factory=list)

    def text(self, text: str) -> None:
        if text:
            self.items.append(str(escape(text)))

    def render(self) -> Markup:
        return Markup("".join(item.open_tag() if isinstance(item, _Piece) else item for item in self.items))


def highlight(text: str, marks: Iterable[Mark], start: int = 0, end: int | None = None) -> Markup:
    """``text[start:end]`` as escaped HTML with every mark wrapped in (pieces of) its element.

    Marks are clipped to ``[start, end)``; empty ones are dropped. A mark's ``inside_end`` HTML is
    written only when the mark really ends inside the range.
    """
    end = len(text) if end is None else end
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range [{start}, {end}) is not inside the text (length {len(text)})")
    order: dict[int, int] = {}
    clipped: list[tuple[int, int, Mark]] = []
    for i, m in enumerate(marks):
        s, e = max(m.start, start), min(m.end, end)
        if s < e:
            clipped.append((s, e, m))
            order[id(m)] = i
    ends_inside = {id(m) for s, e, m in clipped if m.end <= end}
    spans = {id(m): (s, e) for s, e, m in clipped}
    starts_at: dict[int, list[Mark]] = {}
    for s, _, m in clipped:
        starts_at.setdefault(s, []).append(m)
    boundaries = sorted({start, end} | {s for s, _, _ in clipped} | {e for _, e, _ in clipped})

    def nesting(m: Mark) -> tuple[int, int, int]:
        return (-spans[id(m)][1], m.layer, order[id(m)])

    out = _Output()
    stack: list[_Piece] = []
    position = start
    for at in boundaries:
        out.text(text[position:at])
        position = at
        ending = [i for i, p in enumerate(stack) if spans[id(p.mark)][1] == at]
        reopen: list[Mark] = []
        reopened: set[int] = set()
        if ending:
            lowest = ending[0]
            for piece in reversed(stack[lowest:]):
                finished = spans[id(piece.mark)][1] == at
                if finished:
                    piece.last = id(piece.mark) in ends_inside
                    if piece.last and piece.mark.inside_end is not None:
                        out.items.append(str(piece.mark.inside_end))
                else:
                    reopen.append(piece.mark)
                    reopened.add(id(piece.mark))
                out.items.append(f"</{piece.mark.tag}>")
            del stack[lowest:]
        opening = sorted(reopen + starts_at.get(at, []), key=nesting)
        for m in opening:
            piece = _Piece(m, first=id(m) not in reopened and m.start >= start)
            out.items.append(piece)
            stack.append(piece)
    if stack:  # cannot happen: every span ends at a boundary
        raise AssertionError("unclosed marks")
    return out.render()


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """The ranges of the blank-line separated paragraphs of ``text[start:end]``, blank lines left out."""
    end = len(text) if end is None else end
    ranges = []
    at = start
    for gap in re.finditer(r"\n[ \t\r\f\v\u00a0]*\n\s*", text[start:end]):
        s, e = start + gap.start(), start + gap.end()
        _append_trimmed(text, at, s, ranges)
        at = e
    _append_trimmed(text, at, end, ranges)
    return ranges


def _append_trimmed(text: str, start: int, end: int, ranges: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        ranges.append((start, end))


def highlight_paragraphs(text: str, marks: Sequence[Mark]) -> list[Markup]:
    """The text's paragraphs, each highlighted; a mark running over a paragraph break is split there."""
    return [highlight(text, marks, s, e) for s, e in paragraphs(text)]
