"""Small inline SVG charts for the report: no script, no font download, readable in print and on a phone."""

from __future__ import annotations

from html import escape
from math import ceil

from lokalatih.printing.metrics import text_width

PRE, POST = "#9e9e9e", "#00695c"
SLACK = 1.1  # a browser may draw report.html in a wider sans than the shipped one


def _label_room(names: list[str], size: float) -> int:
    return ceil(SLACK * max((text_width(name, size) for name in names), default=0)) + 12


def _svg_open(width: int, height: int) -> str:
    # The print's own face (the shipped fonts) in the PDF; the browser's sans in report.html.
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" role="img" '
        'font-family="Lokalatih Sans, sans-serif">'
    )


def _legend(left: int, pre_label: str, post_label: str, dots: bool) -> str:
    def key(x: int, colour: str, text: str) -> str:
        mark = (
            f'<circle cx="{x + 5}" cy="9" r="4" fill="{colour}"/>'
            if dots
            else (f'<rect x="{x}" y="4" width="10" height="10" fill="{colour}"/>')
        )
        return f'{mark}<text x="{x + 14}" y="13" font-size="11">{escape(text)}</text>'

    return key(left, PRE, pre_label) + key(left + 110, POST, post_label)


def grouped_bars(rows: list[tuple[str, float | None, float | None]], pre_label: str, post_label: str) -> str:
    """Pre and post mean (%) side by side for each label."""
    bar, gap, top = 16, 14, 24
    left = max(60, _label_room([name for name, _, _ in rows], 11))
    height = top + len(rows) * (2 * bar + gap) + 10
    width = left + 320
    parts = [_svg_open(width, height)]
    parts.append(_legend(left, pre_label, post_label, dots=False))
    for index, (name, pre, post) in enumerate(rows):
        y = top + index * (2 * bar + gap)
        parts.append(f'<text x="{left - 6}" y="{y + bar + 4}" font-size="11" text-anchor="end">{escape(name)}</text>')
        for offset, value, colour in ((0, pre, PRE), (bar, post, POST)):
            if value is None:
                continue
            length = 3 * value
            parts.append(f'<rect x="{left}" y="{y + offset}" width="{length:.1f}" height="{bar - 2}" fill="{colour}"/>')
            parts.append(
                f'<text x="{left + length + 4:.1f}" y="{y + offset + bar - 5}" font-size="10">{value:.0f}%</text>'
            )
    parts.append("</svg>")
    return "".join(parts)


def item_slopes(items: list[tuple[str, float | None, float | None]], pre_label: str, post_label: str) -> str:
    """Per item, the share correct before and after as a line from the pre dot to the post dot."""
    row, top = 16, 24
    left = max(40, _label_room([name for name, _, _ in items], 10))
    height = top + len(items) * row + 10
    width = left + 320
    parts = [_svg_open(width, height)]
    parts.append(_legend(left, pre_label, post_label, dots=True))
    for x in (0, 50, 100):
        parts.append(f'<line x1="{left + 3 * x}" y1="{top - 4}" x2="{left + 3 * x}" y2="{height - 6}" stroke="#ddd"/>')
    for index, (name, p_pre, p_post) in enumerate(items):
        y = top + index * row + row / 2
        parts.append(f'<text x="{left - 6}" y="{y + 4}" font-size="10" text-anchor="end">{escape(name)}</text>')
        if p_pre is None or p_post is None:
            continue
        x1, x2 = left + 300 * p_pre, left + 300 * p_post
        parts.append(f'<line x1="{x1:.1f}" y1="{y}" x2="{x2:.1f}" y2="{y}" stroke="#555" stroke-width="1.5"/>')
        parts.append(
            f'<circle cx="{x1:.1f}" cy="{y}" r="4" fill="{PRE}"/><circle cx="{x2:.1f}" cy="{y}" r="4" fill="{POST}"/>'
        )
    parts.append("</svg>")
    return "".join(parts)
