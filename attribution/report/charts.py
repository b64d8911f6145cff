"""Charts as inline SVG: readable without JavaScript, without colour and on paper.

Every bar carries its value as text and its full label in a ``<title>``; the chart has a title
and a text description (``aria-labelledby``), and series are told apart by pattern as well as by
colour. All text is escaped. Each chart sits next to a table with the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

WIDTH = 640
LABEL_WIDTH = 200
VALUE_WIDTH = 120
ROW_HEIGHT = 24
BAR_HEIGHT = 15
TOP = 8
LABEL_CHARS = 26


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # the value as printed beside the bar ("0.82", "12.5 per 1,000 words")
    href: str | None = None


@dataclass(frozen=True)
class Part:
    name: str
    value: float


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".") if x != int(x) else str(int(x))


def _frame(chart_id: str, title: str, description: str, height: int, body: list[str], defs: str = "") -> Markup:
    cid = escape(chart_id)
    return Markup(
        f'<figure class="chart" id="{cid}">'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" '
        f'role="img" aria-labelledby="{cid}-t {cid}-d" class="chart-svg">'
        f'<title id="{cid}-t">{escape(title)}</title><desc id="{cid}-d">{escape(description)}</desc>'
        f"{defs}{''.join(body)}</svg>"
        f"<figcaption>{escape(title)}</figcaption></figure>"
    )


def _label(y: float, label: str, href: str | None) -> str:
    text = f'<text class="label" x="{LABEL_WIDTH - 8}" y="{y:.1f}" text-anchor="end">{escape(_short(label))}</text>'
    if href:
        return f'<a href="{escape(href)}">{text}</a>'
    return text


def bar_chart(chart_id: str, title: str, bars: Sequence[Bar], scale_max: float | None = None) -> Markup:
    """Horizontal bars, one row per item, value printed at the end of each bar."""
    top = max([b.value for b in bars] + [0.0])
    scale = scale_max if scale_max and scale_max > 0 else (top or 1.0)
    value_width = max(48, 7 * max([len(b.text) for b in bars] + [0]) + 12)  # the printed values must fit
    span = WIDTH - LABEL_WIDTH - value_width
    height = TOP * 2 + ROW_HEIGHT * max(len(bars), 1)
    body = [f'<line class="axis" x1="{LABEL_WIDTH}" y1="{TOP - 4}" x2="{LABEL_WIDTH}" y2="{height - TOP + 4}"/>']
    if not bars:
        body.append(f'<text class="label" x="{LABEL_WIDTH + 8}" y="{TOP + 16}">no data</text>')
    for i, b in enumerate(bars):
        y = TOP + i * ROW_HEIGHT
        w = max(0.0, min(1.0, b.value / scale)) * span
        body.append(
            f'<g class="row"><title>{escape(b.label)}: {escape(b.text)}</title>'
            f"{_label(y + BAR_HEIGHT - 3, b.label, b.href)}"
            f'<rect class="bar" x="{LABEL_WIDTH}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}"/>'
            f'<text class="value" x="{LABEL_WIDTH + w + 6:.1f}" y="{y + BAR_HEIGHT - 3}">{escape(b.text)}</text></g>'
        )
    description = "; ".join(f"{b.label}: {b.text}" for b in bars) or "no data"
    return _frame(chart_id, title, description, height, body)


def stacked_chart(chart_id: str, title: str, rows: Sequence[tuple[str, Sequence[Part], str | None]]) -> Markup:
    """One 100 % bar per row split into parts; each part's share printed inside or beside it.

    Parts are told apart by pattern as well as colour (a hatch per part index) and a legend.
    """
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    legend_height = 22
    height = TOP * 2 + ROW_HEIGHT * max(len(rows), 1) + legend_height
    cid = escape(chart_id)
    names: list[str] = []
    for _, parts, _ in rows:
        for p in parts:
            if p.name not in names:
                names.append(p.name)
    defs = (
        "<defs>"
        f'<pattern id="{cid}-p1" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">'
        '<rect width="6" height="6" class="pat-bg"/><line x1="0" y1="0" x2="0" y2="6" class="pat-line"/></pattern>'
        f'<pattern id="{cid}-p2" patternUnits="userSpaceOnUse" width="5" height="5">'
        '<rect width="5" height="5" class="pat-bg"/><circle cx="2.5" cy="2.5" r="1" class="pat-dot"/></pattern>'
        "</defs>"
    )

    def fill(index: int) -> str:
        """The first series is solid (colour from CSS), the others hatched or dotted."""
        return ' class="part solid"' if index == 0 else f' class="part" fill="url(#{cid}-p{min(index, 2)})"'

    body = []
    for i, (label, parts, href) in enumerate(rows):
        y = TOP + i * ROW_HEIGHT
        total = sum(p.value for p in parts)
        x = float(LABEL_WIDTH)
        summary = ", ".join(f"{_pct(p.value, total)} {p.name}" for p in parts)
        segs = []
        for j, p in enumerate(parts):
            w = (p.value / total) * span if total else 0.0
            index = names.index(p.name)
            segs.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}"{fill(index)}>'
                f"<title>{escape(label)}: {escape(_pct(p.value, total))} {escape(p.name)} ({_num(p.value)})</title></rect>"
            )
            x += w
        first = parts[0] if parts else None
        value_text = f"{_pct(first.value, total)} {first.name}" if first else ""
        body.append(
            f'<g class="row"><title>{escape(label)}: {escape(summary)}</title>{_label(y + BAR_HEIGHT - 3, label, href)}'
            f"{''.join(segs)}"
            f'<text class="value" x="{WIDTH - VALUE_WIDTH + 6}" y="{y + BAR_HEIGHT - 3}">{escape(value_text)}</text></g>'
        )
    ly = TOP + ROW_HEIGHT * max(len(rows), 1) + 4
    lx = LABEL_WIDTH
    for index, name in enumerate(names):
        body.append(
            f'<rect x="{lx}" y="{ly}" width="14" height="12"{fill(index)}/>'
            f'<text class="legend" x="{lx + 18}" y="{ly + 10}">{escape(name)}</text>'
        )
        lx += 30 + 7 * len(name)
    description = "; ".join(
        f"{label}: " + ", ".join(f"{_pct(p.value, sum(q.value for q in parts))} {p.name}" for p in parts)
        for label, parts, _ in rows
    ) or "no data"
    return _frame(chart_id, title, description, height, body, defs)


def _pct(value: float, total: float) -> str:
    return f"{round(100 * value / total)} %" if total else "–"


def histogram(chart_id: str, title: str, counts: Sequence[int], edges: Sequence[str], unit: str = "statements") -> Markup:
    """Vertical bars for counts in consecutive bins; ``edges`` has one more label than bins."""
    height = 180
    base = height - 34
    left = 36
    span = WIDTH - left - 16
    step = span / max(len(counts), 1)
    top = max(list(counts) + [1])
    body = [f'<line class="axis" x1="{left}" y1="{base}" x2="{WIDTH - 16}" y2="{base}"/>']
    for i, n in enumerate(counts):
        h = (n / top) * (base - 22)
        x = left + i * step
        label = f"{edges[i]}–{edges[i + 1]}"
        body.append(
            f'<g class="row"><title>{escape(label)}: {n} {escape(unit)}</title>'
            f'<rect class="bar" x="{x + 2:.1f}" y="{base - h:.1f}" width="{step - 4:.1f}" height="{h:.1f}"/>'
            f'<text class="value" x="{x + step / 2:.1f}" y="{base - h - 4:.1f}" text-anchor="middle">{n}</text></g>'
        )
    for i, edge in enumerate(edges):
        x = left + i * step
        body.append(f'<text class="tick" x="{x:.1f}" y="{base + 16}" text-anchor="middle">{escape(edge)}</text>')
    description = "; ".join(f"{edges[i]} to {edges[i + 1]}: {n} {unit}" for i, n in enumerate(counts))
    return _frame(chart_id, title, description, height, body)
