"""A stance-over-time chart drawn as plain SVG text: one lane per holder.

Each statement is a mark (circle: support, square: oppose, diamond: neutral,
so the chart reads without colour); a band runs from it to the next
statement in the stance held. Coordinates are rounded to one decimal so the
same data always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from diplotrack.models import Stance
from diplotrack.render.markup import GENERATED_MARKER, attribute

COLOURS: dict[Stance, str] = {"support": "#1b7837", "oppose": "#b2182b", "neutral": "#6b6b6b"}
_WIDTH = 760
_LEFT = 190
_RIGHT = 30
_TOP = 56
_LANE = 30
_BOTTOM = 40
_LABEL_CHARS = 26


@attrs.frozen
class Mark:
    """One dated statement on the chart."""

    date: dt.date
    stance: Stance
    note: str = ""


@attrs.frozen
class Lane:
    """One holder's statements, in date order."""

    label: str
    marks: tuple[Mark, ...]


def _number(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"


def _ticks(first: dt.date, last: dt.date, dates: Sequence[dt.date]) -> list[dt.date]:
    distinct = sorted(set(dates))
    if len(distinct) <= 5:
        return distinct
    span = (last - first).days
    return sorted({first + dt.timedelta(days=round(span * i / 4)) for i in range(5)})


def _shape(stance: Stance, x: float, y: float) -> str:
    fill = COLOURS[stance]
    if stance == "support":
        return f'<circle cx="{_number(x)}" cy="{_number(y)}" r="6" fill="{fill}"/>'
    if stance == "oppose":
        return f'<rect x="{_number(x - 6)}" y="{_number(y - 6)}" width="12" height="12" fill="{fill}"/>'
    corners = ((x, y - 7), (x + 7, y), (x, y + 7), (x - 7, y))
    points = " ".join(f"{_number(cx)},{_number(cy)}" for cx, cy in corners)
    return f'<polygon points="{points}" fill="{fill}"/>'


def stance_chart(title: str, lanes: Sequence[Lane]) -> str:
    """The SVG document for ``lanes`` (lanes without marks are drawn empty).

    Examples:
        >>> import xml.etree.ElementTree as ET
        >>> svg = stance_chart("Ceasefire", [Lane("France", (Mark(dt.date(2023, 10, 1), "support"),))])
        >>> ET.fromstring(svg).tag
        '{http://www.w3.org/2000/svg}svg'
    """
    dates = [mark.date for lane in lanes for mark in lane.marks]
    height = _TOP + _LANE * max(len(lanes), 1) + _BOTTOM
    plot_width = _WIDTH - _LEFT - _RIGHT
    out = [
        GENERATED_MARKER,
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_WIDTH} {height}" role="img" aria-labelledby="chart-title" '
        'font-family="sans-serif" font-size="12">',
        f'<title id="chart-title">{attribute(f"Stance over time: {title}")}</title>',
        f'<rect x="0" y="0" width="{_WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    legend_x = _LEFT
    for stance in ("support", "oppose", "neutral"):
        out.append(_shape(stance, legend_x + 6, 20))
        out.append(f'<text x="{_number(legend_x + 18)}" y="24" fill="#222222">{stance}</text>')
        legend_x += 90
    if not dates:
        out.append(f'<text x="{_LEFT}" y="{_TOP + 18}" fill="#222222">No dated statements.</text>')
        out.append("</svg>")
        return "\n".join(out) + "\n"
    first, last = min(dates), max(dates)
    span = max((last - first).days, 1)

    def x_of(day: dt.date) -> float:
        if first == last:
            return _LEFT + plot_width / 2
        return _LEFT + plot_width * (day - first).days / span

    axis_y = _TOP + _LANE * len(lanes) + 6
    for tick in _ticks(first, last, dates):
        x = _number(x_of(tick))
        out.append(f'<line x1="{x}" y1="{_TOP - 8}" x2="{x}" y2="{axis_y}" stroke="#dddddd"/>')
        out.append(f'<text x="{x}" y="{axis_y + 16}" text-anchor="middle" fill="#444444">{tick.isoformat()}</text>')
    for index, lane in enumerate(lanes):
        y = _TOP + _LANE * index + _LANE / 2
        out.append(
            f'<text x="{_LEFT - 12}" y="{_number(y + 4)}" text-anchor="end" fill="#222222">'
            f"<title>{attribute(lane.label)}</title>{attribute(_short(lane.label))}</text>"
        )
        marks = sorted(lane.marks, key=lambda m: m.date)
        for position, mark in enumerate(marks):
            start = x_of(mark.date)
            end = x_of(marks[position + 1].date) if position + 1 < len(marks) else _LEFT + plot_width
            if end > start:
                out.append(
                    f'<rect x="{_number(start)}" y="{_number(y - 4)}" width="{_number(end - start)}" height="8" '
                    f'fill="{COLOURS[mark.stance]}" fill-opacity="0.25"/>'
                )
        for mark in marks:
            note = f"{lane.label}, {mark.date.isoformat()}: {mark.stance}" + (f" ({mark.note})" if mark.note else "")
            out.append(f"<g><title>{attribute(note)}</title>{_shape(mark.stance, x_of(mark.date), y)}</g>")
    out.append("</svg>")
    return "\n".join(out) + "\n"
