"""Where the pocket cards and their crop marks sit on an A4 sheet a copy shop prints and cuts.

The card is 95 × 134 mm, a little smaller than A6 (105 × 148 mm): four A6 cards fill an A4 sheet to its edges and
leave no room for crop marks, nor for the 4–5 mm along the edges that office printers cannot print. At 95 × 134 mm
four cards sit edge to edge in a 2 × 2 block centred on the sheet (one straight cut between neighbours), with
10 mm margins left and right and 14.5 mm above and below, where the crop marks are drawn: short lines on the
continuation of every cut, starting 1.5 mm away from the card so that no mark shows on a card cut a little off.

The block is symmetric about the sheet's vertical axis, so the backs printed on the other side (flipped on the long
edge) fall behind their fronts.
"""

from __future__ import annotations

from dataclasses import dataclass

SHEET_WIDTH_MM = 210.0
SHEET_HEIGHT_MM = 297.0
CARD_WIDTH_MM = 95.0
CARD_HEIGHT_MM = 134.0
COLUMNS = ROWS = 2
MARK_GAP_MM = 1.5  # from the cut to the start of its mark
MARK_LENGTH_MM = 3.5  # ends 5 mm from the sheet's side: inside what office printers print


@dataclass(frozen=True)
class Box:
    """A rectangle on the sheet, in millimetres from its top left corner."""

    left: float
    top: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


def block() -> Box:
    """The 2 × 2 block of cards, centred on the sheet."""
    width, height = COLUMNS * CARD_WIDTH_MM, ROWS * CARD_HEIGHT_MM
    return Box((SHEET_WIDTH_MM - width) / 2, (SHEET_HEIGHT_MM - height) / 2, width, height)


def card_boxes() -> list[Box]:
    """The four cards, row by row."""
    outer = block()
    return [
        Box(outer.left + column * CARD_WIDTH_MM, outer.top + row * CARD_HEIGHT_MM, CARD_WIDTH_MM, CARD_HEIGHT_MM)
        for row in range(ROWS)
        for column in range(COLUMNS)
    ]


def crop_marks() -> list[Box]:
    """Every crop mark as a line of no width (vertical) or no height (horizontal), all in the margins: above and
    below the block on each vertical cut, left and right of it on each horizontal cut."""
    outer = block()
    marks = []
    for x in (outer.left + column * CARD_WIDTH_MM for column in range(COLUMNS + 1)):
        marks.append(Box(x, outer.top - MARK_GAP_MM - MARK_LENGTH_MM, 0, MARK_LENGTH_MM))
        marks.append(Box(x, outer.bottom + MARK_GAP_MM, 0, MARK_LENGTH_MM))
    for y in (outer.top + row * CARD_HEIGHT_MM for row in range(ROWS + 1)):
        marks.append(Box(outer.left - MARK_GAP_MM - MARK_LENGTH_MM, y, MARK_LENGTH_MM, 0))
        marks.append(Box(outer.right + MARK_GAP_MM, y, MARK_LENGTH_MM, 0))
    return marks
