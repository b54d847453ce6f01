"""Lay a deck out once, in points on a 16:9 slide, for both renderings: every box, its paragraphs and font sizes.

The PowerPoint file and the PDF draw exactly these boxes, so what is measured here holds for both. Text is measured
in the shipped fonts (`printing.metrics`); content that does not fit its box continues on a further slide with the
same title and "(continued)", never in smaller type. The bottom tenth of every slide stays empty: that is where a
video call puts its controls when the deck is shared on screen in the hybrid workshop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from lokalatih.labels import label
from lokalatih.printing.metrics import text_width, wrap
from lokalatih.slides.deck import Block, Deck, Slide, Table

WIDTH, HEIGHT = 960.0, 540.0  # points: 13.333 × 7.5 inches, PowerPoint's 16:9
MARGIN = 48.0
SAFE_BOTTOM = HEIGHT * 0.9  # nothing below this line
LINE = 1.25  # line height as a multiple of the font size, the same in both renderings
# Measured widths are advance widths without kerning; a renderer may set a line a little wider, so lines are
# broken as if the box were this much narrower (enough for WeasyPrint and LibreOffice, which the tests read back;
# more would push whole lines onto continued slides that the renderers would have fitted).
SLACK = 0.98

INK, ACCENT, MUTED = "1A1A1A", "00574B", "4D4D4D"  # on white: 17:1, 8.3:1 and 8.5:1, for a projector in daylight
HEADER_Y, HEADER_SIZE = 18.0, 14.0
TITLE_Y, TITLE_SIZE, TITLE_MIN_SIZE, TITLE_LINES = 48.0, 34.0, 28.0, 2
BODY_Y = 110.0  # below a one-line title; a two-line title pushes the body down
BODY_SIZE, LABEL_SIZE, TABLE_SIZE, SOURCE_SIZE = 24.0, 20.0, 16.0, 14.0
PARAGRAPH_GAP = 10.0  # points between paragraphs
BULLET_INDENT = 28.0
CELL_PADDING = 4.0


@dataclass(frozen=True)
class Paragraph:
    text: str
    size: float
    bold: bool = False
    colour: str = INK
    bullet: bool = False
    gap: float = 0.0  # space above, in points
    keep_with_next: bool = False  # a block's label ("Task"): never the last line of a slide

    def lines(self, width: float) -> list[str]:
        return wrap(self.text, (width - (BULLET_INDENT if self.bullet else 0)) * SLACK, self.size, self.bold)

    def height(self, width: float) -> float:
        return self.gap + len(self.lines(width)) * self.size * LINE


@dataclass(frozen=True)
class TextBox:
    role: str  # header, number, title, subtitle, body, source
    x: float
    y: float
    w: float
    h: float
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class TableBox:
    x: float
    y: float
    w: float
    h: float
    widths: tuple[float, ...]
    heights: tuple[float, ...]  # the header row first
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    size: float = TABLE_SIZE


@dataclass(frozen=True)
class Frame:
    """One slide as drawn: its title (for PowerPoint's outline and the PDF's headings), boxes and notes."""

    title: str
    kind: str
    boxes: tuple[TextBox | TableBox, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class LaidOutDeck:
    lang: str
    title: str
    frames: tuple[Frame, ...]


def _height(paragraphs: list[Paragraph], width: float) -> float:
    return sum(paragraph.height(width) for paragraph in paragraphs)


def _title_box(title: str) -> TextBox:
    """Two lines at most: a long title is set smaller before it may take a third line."""
    width = WIDTH - 2 * MARGIN
    size = TITLE_SIZE
    while size > TITLE_MIN_SIZE and len(wrap(title, width * SLACK, size, True)) > TITLE_LINES:
        size -= 2
    paragraph = Paragraph(title, size, bold=True, colour=ACCENT)
    return TextBox("title", MARGIN, TITLE_Y, width, paragraph.height(width), (paragraph,))


def _body_top(title: TextBox) -> float:
    return max(BODY_Y, title.y + title.h + 16.0)


def _header(running: str) -> TextBox:
    paragraph = Paragraph(running, HEADER_SIZE, colour=MUTED)
    return TextBox("header", MARGIN, HEADER_Y, WIDTH - 2 * MARGIN - 80, HEADER_SIZE * LINE, (paragraph,))


def _number(number: int) -> TextBox:
    paragraph = Paragraph(str(number), HEADER_SIZE, colour=MUTED)
    return TextBox("number", WIDTH - MARGIN - 60, HEADER_Y, 60, HEADER_SIZE * LINE, (paragraph,))


def _paragraphs(block: Block) -> list[Paragraph]:
    found = []
    if block.label:
        found.append(Paragraph(block.label, LABEL_SIZE, bold=True, colour=ACCENT, gap=PARAGRAPH_GAP,
                               keep_with_next=True))  # fmt: skip
    for index, item in enumerate(block.items):
        gap = PARAGRAPH_GAP if index or not block.label else 2.0
        found.append(Paragraph(item, BODY_SIZE, bullet=block.bullets, gap=gap))
    return found


def _split_paragraph(paragraph: Paragraph, width: float, lines_fit: int) -> tuple[Paragraph, Paragraph]:
    """The first `lines_fit` lines of a paragraph, and the rest for the next slide."""
    lines = paragraph.lines(width)
    head, tail = " ".join(lines[:lines_fit]), " ".join(lines[lines_fit:])
    return replace(paragraph, text=head), replace(paragraph, text=tail, gap=0.0)


def _pages_of_paragraphs(
    paragraphs: list[Paragraph], width: float, room_of: Callable[[int], float]
) -> list[list[Paragraph]]:
    """Paragraphs packed into pages, page n `room_of(n)` high. A short paragraph that does not fit moves to the next
    page whole; a long one (or one after a label, which never ends a page alone) fills the page and goes on over."""
    pages: list[list[Paragraph]] = [[]]
    queue = list(paragraphs)
    while queue:
        paragraph = queue.pop(0)
        page = pages[-1]
        room = room_of(len(pages) - 1)
        used = _height(page, width)
        needed = paragraph.height(width)
        if paragraph.keep_with_next and queue:  # a label keeps the first line of what it labels
            needed += queue[0].gap + queue[0].size * LINE
        if used + needed <= room:
            page.append(paragraph)
            continue
        lines_fit = int((room - used - paragraph.gap) // (paragraph.size * LINE))
        splittable = not paragraph.keep_with_next and len(paragraph.lines(width)) > 1
        if splittable and lines_fit >= 1 and (not page or page[-1].keep_with_next or needed > room / 2):
            head, tail = _split_paragraph(paragraph, width, lines_fit)
            page.append(head)
            queue.insert(0, tail)
        else:
            if not page:
                raise ValueError(f"a line taller than a slide's body: {paragraph.text[:60]!r}")
            queue.insert(0, paragraph)
        pages.append([])
    return [page for page in pages if page]


def _table_heights(table: Table, widths: tuple[float, ...]) -> list[float]:
    heights = []
    for row in (table.columns, *table.rows):
        bold = row is table.columns
        cells = zip(row, widths, strict=True)
        lines = max(len(wrap(cell, (w - 2 * CELL_PADDING) * SLACK, TABLE_SIZE, bold)) for cell, w in cells)
        heights.append(lines * TABLE_SIZE * LINE + 2 * CELL_PADDING)
    return heights


def _column_widths(table: Table, width: float) -> tuple[float, ...]:
    """Columns share the width by how much they hold (a number column stays narrow), none under a sixth."""
    wants = [
        max(text_width(cell, TABLE_SIZE) for cell in (column, *(row[i] for row in table.rows)))
        for i, column in enumerate(table.columns)
    ]
    floor = width / 6
    total = sum(wants)
    shares = [max(floor, width * want / total) for want in wants]
    scale = width / sum(shares)
    return tuple(share * scale for share in shares)


def _continued(title: str, lang: str, page: int) -> str:
    return title if page == 0 else f"{title} ({label('continued', lang)})"


class _Layout:
    def __init__(self, deck: Deck) -> None:
        self.deck = deck
        self.frames: list[Frame] = []

    def add(self, title: str, kind: str, boxes: list[TextBox | TableBox], notes: tuple[str, ...]) -> None:
        number = len(self.frames) + 1
        header = [] if kind == "title" else [_header(self.deck.running)]
        self.frames.append(Frame(title, kind, (*header, _number(number), *boxes), notes))

    def title_slide(self, slide: Slide) -> None:
        """Programme, session title, then province and date; a long session title is set smaller until the
        whole stays above the bottom tenth."""
        width = WIDTH - 2 * MARGIN
        for size in (40.0, 36.0, 32.0, 28.0):
            programme = [Paragraph(slide.subtitle[0], BODY_SIZE, colour=MUTED)]
            title = [Paragraph(slide.title, size, bold=True, colour=ACCENT)]
            details = [
                Paragraph(line, BODY_SIZE, gap=4.0 if index else 0.0) for index, line in enumerate(slide.subtitle[1:])
            ]
            top, boxes = 96.0, []
            for role, paragraphs in (("subtitle", programme), ("title", title), ("subtitle", details)):
                height = _height(paragraphs, width)
                boxes.append(TextBox(role, MARGIN, top, width, height, tuple(paragraphs)))
                top += height + 24.0
            if top - 24.0 <= SAFE_BOTTOM - 8.0:
                break
        self.add(slide.title, slide.kind, list(boxes), slide.notes)

    def content_slide(self, slide: Slide) -> None:
        lang = self.deck.lang
        width = WIDTH - 2 * MARGIN
        source = None
        bottom = SAFE_BOTTOM - 8.0
        if slide.source:
            paragraph = Paragraph(slide.source, SOURCE_SIZE, colour=MUTED)
            height = paragraph.height(width)
            source = TextBox("source", MARGIN, bottom - height, width, height, (paragraph,))
            bottom -= height + 8.0
        paragraphs = [p for block in slide.blocks for p in _paragraphs(block)]
        # The room below the title: the first page's, then that of the title with "(continued)", which may wrap.
        tops = [_body_top(_title_box(_continued(slide.title, lang, page))) for page in (0, 1)]

        def room_of(page: int) -> float:
            return bottom - tops[min(page, 1)]

        pages: list[tuple[list[Paragraph], tuple[tuple[str, ...], ...]]] = [
            (page, ()) for page in (_pages_of_paragraphs(paragraphs, width, room_of) if paragraphs else [[]])
        ]
        widths = _column_widths(slide.table, width) if slide.table else None  # measured once, used on every page
        if slide.table and widths:
            pages = _table_pages(slide.table, widths, pages, width, room_of)
        for index, (page_paragraphs, rows) in enumerate(pages):
            title = _title_box(_continued(slide.title, lang, index))
            top = _body_top(title)
            boxes: list[TextBox | TableBox] = [title]
            if page_paragraphs:
                # The box starts where the body does: its first paragraph takes no gap above it.
                page_paragraphs = [replace(page_paragraphs[0], gap=0.0), *page_paragraphs[1:]]
                height = _height(page_paragraphs, width)
                boxes.append(TextBox("body", MARGIN, top, width, height, tuple(page_paragraphs)))
                top += height + PARAGRAPH_GAP
            if rows:
                assert slide.table is not None and widths is not None
                table = Table(slide.table.columns, rows)
                heights = tuple(_table_heights(table, widths))
                boxes.append(TableBox(MARGIN, top, width, sum(heights), widths, heights, table.columns, rows))
            if source:
                boxes.append(source)
            notes = slide.notes if index == 0 else (label("slides_notes_continued", lang),)
            self.add(title.paragraphs[0].text, slide.kind, boxes, notes)


def _table_pages(
    table: Table,
    widths: tuple[float, ...],
    pages: list[tuple[list[Paragraph], tuple[tuple[str, ...], ...]]],
    width: float,
    room_of: Callable[[int], float],
) -> list[tuple[list[Paragraph], tuple[tuple[str, ...], ...]]]:
    """The table's rows after the last page of text, going on over pages with the header row repeated."""
    heights = _table_heights(table, widths)
    last = pages[-1][0]
    available = room_of(len(pages) - 1) - (_height(last, width) + PARAGRAPH_GAP if last else 0.0)
    room = room_of(len(pages))  # every page after this one
    if heights[0] + heights[1] > available:  # not even one row fits under the text: the table starts a page
        pages.append(([], ()))
        available = room
    groups: list[list[tuple[str, ...]]] = [[]]
    used = heights[0]
    for row, height in zip(table.rows, heights[1:], strict=True):
        if groups[-1] and used + height > available:
            groups.append([])
            used, available = heights[0], room
        groups[-1].append(row)
        used += height
    pages[-1] = (pages[-1][0], tuple(groups[0]))
    return pages + [([], tuple(group)) for group in groups[1:]]


def lay_out(deck: Deck) -> LaidOutDeck:
    layout = _Layout(deck)
    for slide in deck.slides:
        if slide.kind == "title":
            layout.title_slide(slide)
        else:
            layout.content_slide(slide)
    return LaidOutDeck(deck.lang, deck.title, tuple(layout.frames))
