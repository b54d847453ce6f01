"""How wide a text is in the shipped fonts, and where it wraps: what a layout computed before rendering needs (the
report's chart labels, the slides' text boxes)."""

from __future__ import annotations

from functools import cache

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from lokalatih.printing.pdf import FONTS

_FACES = {False: "NotoSans-Regular.ttf", True: "NotoSans-Bold.ttf"}


@cache
def _advances(bold: bool) -> tuple[dict[int, int], int, int]:
    font = TTFont(FONTS / _FACES[bold], lazy=True)
    glyphs, metrics = font.getBestCmap(), font["hmtx"].metrics
    widths = {code: metrics[name][0] for code, name in glyphs.items()}
    return widths, metrics[".notdef"][0], font["head"].unitsPerEm


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width of `text` in the shipped face at `size`, in the unit of `size` (advance widths, no kerning)."""
    widths, fallback, per_em = _advances(bold)
    return sum(widths.get(ord(char), fallback) for char in text) * size / per_em


def wrap(text: str, width: float, size: float, bold: bool = False) -> list[str]:
    """The lines a renderer breaks `text` into at spaces within `width` (greedy, as browsers and PowerPoint do); a
    word wider than a line is broken between characters."""
    space = text_width(" ", size, bold)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in paragraph.split():
            needed = text_width(word, size, bold)
            if line and used + space + needed <= width:
                line.append(word)
                used += space + needed
                continue
            if line:
                lines.append(" ".join(line))
            while needed > width:  # a word longer than the line: break it where it must
                cut = max(1, next(i for i in range(len(word), 0, -1) if text_width(word[:i], size, bold) <= width))
                lines.append(word[:cut])
                word = word[cut:]
                needed = text_width(word, size, bold)
            line, used = [word], needed
        lines.append(" ".join(line))
    return lines
