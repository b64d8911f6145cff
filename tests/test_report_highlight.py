"""The highlighter: well-formed HTML and the exact text for any set of overlapping spans."""

from __future__ import annotations

from html.parser import HTMLParser

from hypothesis import given, settings
from hypothesis import strategies as st
from markupsafe import Markup

from attribution.report.highlight import Mark, highlight, highlight_paragraphs, paragraphs

VOID = {"br", "img", "input", "meta", "link", "hr", "wbr"}


class Checker(HTMLParser):
    """Checks nesting and records, for every text character, the marks (data-k) around it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.text: list[str] = []
        self.cover: list[frozenset[str]] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.pieces: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag not in VOID:
            self.stack.append((tag, a.get("data-k")))
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if a.get("data-k"):
            self.pieces.append((a["data-k"] or "", a))

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> does not close {self.stack[-1] if self.stack else 'anything'}")
            return
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        keys = frozenset(k for _, k in self.stack if k)
        for ch in data:
            self.text.append(ch)
            self.cover.append(keys)


def check(html: str) -> Checker:
    c = Checker()
    c.feed(html)
    c.close()
    assert not c.errors, c.errors
    assert not c.stack, f"unclosed: {c.stack}"
    return c


ALPHABET = st.sampled_from(list("ab <>&\"'=\n/;") + ["é", "“", "\u00a0"])


@st.composite
def text_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(ALPHABET, min_size=0, max_size=60))
    n = len(text)
    marks = []
    for i in range(draw(st.integers(0, 8))):
        a = draw(st.integers(0, n))
        b = draw(st.integers(0, n))
        layer = draw(st.integers(0, 3))
        marks.append(Mark(min(a, b), max(a, b), ("m",), (("data-k", str(i)), ("title", "<\"'&>")), layer=layer, id=f"id-{i}"))
    return text, marks


@settings(max_examples=400, deadline=None)
@given(text_and_marks())
def test_any_spans_give_wellformed_html_with_exact_text_and_coverage(case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    html = highlight(text, marks)
    c = check(str(html))
    assert "".join(c.text) == text
    for i, ch in enumerate(text):
        expected = frozenset(str(k) for k, m in enumerate(marks) if m.start <= i < m.end)
        assert c.cover[i] == expected, (i, ch, c.cover[i], expected)
    # an id appears once, on the first piece of a non-empty mark
    assert len(c.ids) == len(set(c.ids))
    assert set(c.ids) == {f"id-{k}" for k, m in enumerate(marks) if m.start < m.end}
    for key, attrs in c.pieces:
        assert attrs["title"] == "<\"'&>"
    assert "<>" not in str(html).replace("&lt;&gt;", "")


@settings(max_examples=200, deadline=None)
@given(text_and_marks(), st.data())
def test_any_sub_range_keeps_its_text(case: tuple[str, list[Mark]], data: st.DataObject) -> None:
    text, marks = case
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    c = check(str(highlight(text, marks, a, b)))
    assert "".join(c.text) == text[a:b]
    for i in range(a, b):
        expected = frozenset(str(k) for k, m in enumerate(marks) if m.start <= i < m.end)
        assert c.cover[i - a] == expected


def test_crossing_spans_are_split_and_marked_as_continued() -> None:
    text = "one two three four"
    outer = Mark(0, 13, ("stmt",), id="s-1")
    crossing = Mark(8, 18, ("scope",), layer=1)
    html = str(highlight(text, [outer, crossing]))
    assert html == (
        '<span id="s-1" class="stmt m-first m-last">one two <span class="scope m-first">three</span></span>'
        '<span class="scope m-last" data-cont> four</span>'
    )


def test_longer_span_is_outer_and_layer_breaks_ties() -> None:
    text = "abc"
    cue = Mark(0, 3, ("cue",), layer=2, tag="mark")
    statement = Mark(0, 3, ("stmt",), layer=0)
    assert str(highlight(text, [cue, statement])) == (
        '<span class="stmt m-first m-last"><mark class="cue m-first m-last">abc</mark></span>'
    )


def test_inside_end_goes_into_the_last_piece_after_inner_marks_close() -> None:
    text = "He said it is <true>."
    statement = Mark(8, 20, ("stmt",), inside_end=Markup('<button type="button">1</button>'))
    cue = Mark(14, 20, ("cue",), layer=2)
    html = str(highlight(text, [statement, cue]))
    assert html == (
        'He said <span class="stmt m-first m-last">it is <span class="cue m-first m-last">&lt;true&gt;</span>'
        '<button type="button">1</button></span>.'
    )


def test_inside_end_is_left_out_when_the_mark_ends_beyond_the_range() -> None:
    text = "first para\n\nsecond para"
    statement = Mark(6, 18, ("stmt",), inside_end=Markup("<b>!</b>"))
    first, second = highlight_paragraphs(text, [statement])
    assert "<b>!</b>" not in first and first.endswith("</span>")
    assert str(second) == '<span class="stmt m-last" data-cont>second<b>!</b></span> para'


def test_empty_and_outside_marks_are_dropped() -> None:
    assert str(highlight("a<b", [Mark(1, 1, ("x",)), Mark(5, 9, ("y",))])) == "a&lt;b"


def test_attribute_names_are_checked() -> None:
    import pytest

    with pytest.raises(ValueError):
        Mark(0, 1, attrs=(("onclick", "x"),))
    with pytest.raises(ValueError):
        Mark(0, 1, attrs=(('x" onload="y', "x"),))
    with pytest.raises(ValueError):
        Mark(0, 1, tag="script")


def test_paragraphs_leave_out_blank_lines_and_edge_space() -> None:
    text = "  One\nline two\n\n\n  Three  \n \n"
    assert [text[a:b] for a, b in paragraphs(text)] == ["One\nline two", "Three"]
    assert paragraphs("") == []


def test_properly_nested_spans_are_never_split() -> None:
    text = "0123456789"
    marks = [Mark(0, 5, ("b",)), Mark(2, 4, ("c",)), Mark(0, 10, ("a",)), Mark(5, 10, ("d",)), Mark(5, 10, ("e",), layer=1)]
    html = str(highlight(text, marks))
    assert "data-cont" not in html
    assert html == (
        '<span class="a m-first m-last"><span class="b m-first m-last">01<span class="c m-first m-last">23</span>4</span>'
        '<span class="d m-first m-last"><span class="e m-first m-last">56789</span></span></span>'
    )
