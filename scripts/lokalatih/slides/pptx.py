"""A laid-out deck as an editable PowerPoint file (python-pptx): real text boxes and tables, speaker notes, a
slide-number field, the kit's font and colours in the slide master's theme, the language on every run.

Slide titles sit in the layout's title placeholder, so PowerPoint's outline, its accessibility checker and screen
readers find them. The bytes depend only on the deck and the build's date (zip stamps and core properties fixed).
"""

from __future__ import annotations

import datetime as dt
import io

from lxml import etree  # type: ignore[import-untyped]
from pptx import Presentation
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn
from pptx.presentation import Presentation as PresentationFile
from pptx.slide import Slide as PptxSlide
from pptx.text.text import TextFrame
from pptx.util import Emu, Pt

from lokalatih.reproducible import normalize_zip
from lokalatih.slides.layout import (
    ACCENT,
    BULLET_INDENT,
    CELL_PADDING,
    HEIGHT,
    INK,
    LINE,
    WIDTH,
    LaidOutDeck,
    Paragraph,
    TableBox,
    TextBox,
)

FONT = "Noto Sans"  # the shipped face, named as PowerPoint and LibreOffice know it
LANG_TAGS = {"id": "id-ID", "en": "en-GB"}
_TITLE_ONLY = 5  # the default template's "Title Only" layout
# A draft build's mark (as print.css sets it on the PDF's slides): light, so the text over it stays readable.
DRAFT_MARK_SIZE, DRAFT_MARK_WIDTH, DRAFT_MARK_ROTATION = 28.0, 640.0, -24.0
DRAFT_MARK_COLOUR = "E8A0AB"
_SLIDE_NUMBER_FIELD = "{8A1C4C1E-5F0B-4C4B-9E51-0F6D5C2B7A10}"  # any fixed GUID: PowerPoint renumbers on open


def _theme(prs: PresentationFile) -> None:
    """The master's theme names the kit's font for headings and body, and its colours: an edited or added slide
    looks like the others."""
    part = prs.slide_master.part.part_related_by(RT.THEME)
    root = etree.fromstring(part.blob)
    for font in ("a:majorFont", "a:minorFont"):
        latin = root.find(f".//{qn(font)}/{qn('a:latin')}")
        assert latin is not None
        latin.set("typeface", FONT)
    colours = {"a:dk1": INK, "a:dk2": ACCENT, "a:accent1": ACCENT}
    for name, value in colours.items():
        slot = root.find(f".//{qn('a:clrScheme')}/{qn(name)}")
        assert slot is not None
        for child in list(slot):
            slot.remove(child)
        etree.SubElement(slot, qn("a:srgbClr"), val=value)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _frame(text_frame: TextFrame) -> None:
    """No insets, no autofit, top-anchored, wrapping: the box holds exactly what the layout measured."""
    text_frame.word_wrap = True
    text_frame.auto_size = MSO_AUTO_SIZE.NONE
    text_frame.vertical_anchor = MSO_ANCHOR.TOP
    text_frame.margin_left = text_frame.margin_right = text_frame.margin_top = text_frame.margin_bottom = Emu(0)


def _hundredths(points: float) -> str:
    return str(round(points * 100))


def _run_properties(parent: etree._Element, tag: str, size: float, bold: bool, colour: str, lang: str) -> None:
    properties = etree.SubElement(parent, qn(tag), lang=LANG_TAGS[lang], sz=_hundredths(size), b="1" if bold else "0")
    fill = etree.SubElement(properties, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=colour)
    etree.SubElement(properties, qn("a:latin"), typeface=FONT)


def _paragraph(given: Paragraph, lang: str) -> etree._Element:
    """One paragraph as DrawingML, written directly: python-pptx's object API costs ten times more per run, and a
    build writes some 36 decks. Line spacing in points (a percentage would scale with the font's own line gap)."""
    paragraph = etree.Element(qn("a:p"))
    bullet = {"marL": str(Emu(Pt(BULLET_INDENT))), "indent": str(-Emu(Pt(BULLET_INDENT)))} if given.bullet else {}
    properties = etree.SubElement(paragraph, qn("a:pPr"), algn="l", **bullet)  # the title placeholder centres
    for tag, points in (("a:lnSpc", given.size * LINE), ("a:spcBef", given.gap), ("a:spcAft", 0.0)):
        etree.SubElement(etree.SubElement(properties, qn(tag)), qn("a:spcPts"), val=_hundredths(points))
    if given.bullet:
        etree.SubElement(properties, qn("a:buFont"), typeface=FONT)
        etree.SubElement(properties, qn("a:buChar"), char="•")
    else:
        etree.SubElement(properties, qn("a:buNone"))
    run = etree.SubElement(paragraph, qn("a:r"))
    _run_properties(run, "a:rPr", given.size, given.bold, given.colour, lang)
    etree.SubElement(run, qn("a:t")).text = given.text
    return paragraph


def _fill(text_frame: TextFrame, paragraphs: tuple[Paragraph, ...], lang: str) -> None:
    body = text_frame._txBody
    for old in body.findall(qn("a:p")):
        body.remove(old)
    for given in paragraphs:
        body.append(_paragraph(given, lang))


def _slide_number(slide: PptxSlide, box: TextBox, lang: str) -> None:
    """A slide-number field, so a facilitator who moves or adds slides keeps right numbers."""
    shape = slide.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
    shape.name = "Slide number"
    _frame(shape.text_frame)
    paragraph = shape.text_frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.RIGHT
    given = box.paragraphs[0]
    field = etree.SubElement(paragraph._p, qn("a:fld"), id=_SLIDE_NUMBER_FIELD, type="slidenum")
    _run_properties(field, "a:rPr", given.size, given.bold, given.colour, lang)
    etree.SubElement(field, qn("a:t")).text = given.text


def _table(slide: PptxSlide, box: TableBox, lang: str) -> None:
    shape = slide.shapes.add_table(len(box.rows) + 1, len(box.columns), Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
    table = shape.table
    for index, width in enumerate(box.widths):
        table.columns[index].width = Pt(width)
    for index, height in enumerate(box.heights):
        table.rows[index].height = Pt(height)
    for row_index, row in enumerate((box.columns, *box.rows)):
        for column_index, text in enumerate(row):
            cell = table.cell(row_index, column_index)
            cell.margin_left = cell.margin_right = cell.margin_top = cell.margin_bottom = Pt(CELL_PADDING)
            cell.text_frame.word_wrap = True
            header = row_index == 0
            given = Paragraph(text, box.size, bold=header, colour="FFFFFF" if header else INK)
            _fill(cell.text_frame, (given,), lang)


def _draft_mark(slide: PptxSlide, mark: str, lang: str) -> None:
    """A draft build's mark across the middle of the slide, turned as in the PDF and behind every other box (first
    in the shape tree), so the slide stays readable; it stays clear of the bottom tenth."""
    width, height = DRAFT_MARK_WIDTH, DRAFT_MARK_SIZE * LINE * 1.5
    shape = slide.shapes.add_textbox(Pt((WIDTH - width) / 2), Pt((HEIGHT - height) / 2), Pt(width), Pt(height))
    shape.name = "Draft mark"
    shape.rotation = DRAFT_MARK_ROTATION
    _frame(shape.text_frame)
    _fill(shape.text_frame, (Paragraph(mark, DRAFT_MARK_SIZE, bold=True, colour=DRAFT_MARK_COLOUR),), lang)
    shape.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER
    tree = slide.shapes._spTree
    tree.remove(shape._element)
    tree.insert(2, shape._element)  # after the tree's own properties: drawn first, under the slide's text


def render_pptx(deck: LaidOutDeck, when: dt.datetime, draft_mark: str | None = None) -> bytes:
    """The deck's PowerPoint file; `draft_mark`, when given, is printed on every slide and kept as its status."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(WIDTH), Pt(HEIGHT)
    _theme(prs)
    layout = prs.slide_layouts[_TITLE_ONLY]
    for frame in deck.frames:
        slide = prs.slides.add_slide(layout)
        title_box = next(box for box in frame.boxes if isinstance(box, TextBox) and box.role == "title")
        title = slide.shapes.title
        assert title is not None
        title.left, title.top, title.width, title.height = Pt(title_box.x), Pt(title_box.y), Pt(title_box.w), Pt(
            title_box.h
        )  # fmt: skip
        _frame(title.text_frame)
        _fill(title.text_frame, title_box.paragraphs, deck.lang)
        for box in frame.boxes:
            if box is title_box:
                continue
            if isinstance(box, TableBox):
                _table(slide, box, deck.lang)
            elif box.role == "number":
                _slide_number(slide, box, deck.lang)
            else:
                shape = slide.shapes.add_textbox(Pt(box.x), Pt(box.y), Pt(box.w), Pt(box.h))
                shape.name = box.role.capitalize()
                _frame(shape.text_frame)
                _fill(shape.text_frame, box.paragraphs, deck.lang)
        if draft_mark:
            _draft_mark(slide, draft_mark, deck.lang)
        notes = slide.notes_slide.notes_text_frame
        assert notes is not None
        notes.text = "\n".join(frame.notes)
    properties = prs.core_properties
    properties.title = deck.title
    properties.author = properties.last_modified_by = "Lokalatih"
    properties.language = LANG_TAGS[deck.lang]
    properties.created = properties.modified = when.replace(tzinfo=None)
    properties.revision = 1
    if draft_mark:
        properties.content_status = draft_mark
    out = io.BytesIO()
    prs.save(out)
    return normalize_zip(out.getvalue(), when)
