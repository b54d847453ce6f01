"""The pocket card a copy shop can print: one card of two sides (one page each, no paragraph twice), and an A4 sheet
with four identical cards and crop marks in the margins, read back with poppler (page sizes, text positions, the
pixels of the marks)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from lokalatih.catalog import build_catalog
from lokalatih.documents import imposition
from lokalatih.documents.imposition import CARD_HEIGHT_MM, CARD_WIDTH_MM, SHEET_HEIGHT_MM, SHEET_WIDTH_MM, Box
from lokalatih.errors import BuildFailed
from lokalatih.loader import load_curriculum
from lokalatih.outputs import RENDERERS
from lokalatih.printing.pdf import FittedPdfJob
from lokalatih.render_context import RenderContext

from .conftest import REPO

POINTS_PER_MM = 72 / 25.4
WHEN = dt.datetime(2025, 11, 17, tzinfo=dt.UTC)


def _inside(mark: Box, card: Box) -> bool:
    """Whether any part of `mark` lies strictly inside `card` (touching its edge line is outside)."""
    return card.left < mark.right and mark.left < card.right and card.top < mark.bottom and mark.top < card.bottom


def test_four_cards_tile_a_centred_block_and_every_cut_has_marks_outside_the_cards() -> None:
    cards = imposition.card_boxes()
    assert len(cards) == 4 and {(c.width, c.height) for c in cards} == {(CARD_WIDTH_MM, CARD_HEIGHT_MM)}
    for index, card in enumerate(cards):
        assert card.left >= 10 and card.right <= SHEET_WIDTH_MM - 10  # room for the marks beyond a printer's edge
        assert card.top >= 10 and card.bottom <= SHEET_HEIGHT_MM - 10
        assert not any(_inside(other, card) for other in cards[index + 1 :])
    block = imposition.block()
    assert block.left == pytest.approx(SHEET_WIDTH_MM - block.right)  # backs fall behind fronts, flipped long-edge
    marks = imposition.crop_marks()
    assert len(marks) == 12
    for mark in marks:
        assert not any(_inside(mark, card) for card in cards)
        assert mark.left > 0 and mark.right < SHEET_WIDTH_MM and mark.top > 0 and mark.bottom < SHEET_HEIGHT_MM
    cuts_x = {card.left for card in cards} | {card.right for card in cards}
    cuts_y = {card.top for card in cards} | {card.bottom for card in cards}
    assert {m.left for m in marks if m.width == 0} == cuts_x
    assert {m.top for m in marks if m.height == 0} == cuts_y


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """The real kit's single card and sheet in both languages, rendered as a build renders them."""
    folder = tmp_path_factory.mktemp("cards")
    curriculum = load_curriculum(REPO)
    ctx = RenderContext(curriculum, WHEN)
    found = {}
    for artifact in build_catalog(curriculum):
        if artifact.kind in ("pocket-card", "pocket-card-sheet"):
            job = RENDERERS[artifact.kind](artifact, ctx)(folder / artifact.path)  # type: ignore[operator]
            job.output.write_bytes(job.render())
            found[(artifact.kind, artifact.lang or "")] = job.output
    return found


def _info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, value in (line.split(":", 1) for line in out.splitlines())}


def _size_mm(info: dict[str, str]) -> tuple[float, float]:
    width, height = re.findall(r"[\d.]+", info["Page size"])[:2]
    return round(float(width) / POINTS_PER_MM, 1), round(float(height) / POINTS_PER_MM, 1)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_single_card_has_one_page_per_side_and_no_paragraph_twice(
    rendered: dict[tuple[str, str], Path], lang: str
) -> None:
    card = rendered[("pocket-card", lang)]
    info = _info(card)
    assert info["Pages"] == "2" and _size_mm(info) == (CARD_WIDTH_MM, CARD_HEIGHT_MM)
    text = subprocess.run(["pdftotext", str(card), "-"], capture_output=True, text=True, check=True).stdout
    paragraphs = [p for p in (re.sub(r"\s+", " ", block).strip() for block in text.split("\n\n")) if len(p) > 40]
    assert paragraphs and len(paragraphs) == len(set(paragraphs))


def _words(path: Path) -> list[tuple[int, str, float, float]]:
    """(page, word, x, y) of every word, in points from the page's top left (`pdftotext -bbox`)."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    words, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', line)
        if found:
            words.append((page, found.group(3), float(found.group(1)), float(found.group(2))))
    return words


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_sheet_holds_four_identical_cards_per_side_in_their_areas(
    rendered: dict[tuple[str, str], Path], lang: str
) -> None:
    sheet, card = rendered[("pocket-card-sheet", lang)], rendered[("pocket-card", lang)]
    info = _info(sheet)
    assert info["Pages"] == "2" and info["Page size"].startswith("595.276 x 841.89")  # A4
    single, imposed = _words(card), _words(sheet)
    for side in (1, 2):
        # In reading position order: the two files need not hold their words in the same order.
        card_words = sorted(((w, x, y) for page, w, x, y in single if page == side), key=lambda t: (t[2], t[1]))
        assert card_words
        per_area = []
        for box in imposition.card_boxes():
            left, top = box.left * POINTS_PER_MM, box.top * POINTS_PER_MM
            inside = [
                (w, x - left, y - top)
                for page, w, x, y in imposed
                if page == side
                and left <= x < left + box.width * POINTS_PER_MM
                and top <= y < top + box.height * POINTS_PER_MM
            ]
            per_area.append(sorted(inside, key=lambda t: (round(t[2], 1), t[1])))
        # Each area holds the card's side word for word, at the places the single card has them.
        for inside in per_area:
            assert [w for w, _, _ in inside] == [w for w, _, _ in card_words]
            assert all(
                abs(x - cx) < 0.6 and abs(y - cy) < 0.6
                for (_, x, y), (_, cx, cy) in zip(inside, card_words, strict=True)
            )
        assert sum(len(inside) for inside in per_area) == len([1 for page, *_ in imposed if page == side])


PIXELS_PER_POINT = 4  # a hairline (0.3 pt) crop mark still darkens a pixel fully enough


def _gray_pixels(path: Path, page: int, folder: Path) -> tuple[int, int, bytes]:
    """Page `page` at 4 pixels per point, as 8-bit grey (a binary PGM from pdftoppm)."""
    stem = folder / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(72 * PIXELS_PER_POINT),
            "-gray",
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(path),
            str(stem),
        ],
        check=True,
    )
    data = stem.with_suffix(".pgm").read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    assert header
    return int(header.group(1)), int(header.group(2)), data[header.end() :]


def test_crop_marks_are_drawn_in_the_margins_and_nothing_else_is(
    rendered: dict[tuple[str, str], Path], tmp_path: Path
) -> None:
    width, height, pixels = _gray_pixels(rendered[("pocket-card-sheet", "en")], 1, tmp_path)

    def dark(x: float, y: float) -> bool:
        """Any dark pixel within a point of (x, y), in millimetres on the sheet."""
        scale = POINTS_PER_MM * PIXELS_PER_POINT
        cx, cy, reach = round(x * scale), round(y * scale), PIXELS_PER_POINT
        return any(
            pixels[py * width + px] < 160
            for px in range(max(cx - reach, 0), min(cx + reach + 1, width))
            for py in range(max(cy - reach, 0), min(cy + reach + 1, height))
        )

    marks = imposition.crop_marks()
    for mark in marks:
        middle = (mark.left + mark.width / 2, mark.top + mark.height / 2)
        assert dark(*middle), f"no crop mark at {middle} mm"
    # The margins are blank but for the marks: sample them on a 2 mm grid away from every mark.
    block = imposition.block()
    near_a_mark = [Box(m.left - 1.5, m.top - 1.5, m.width + 3, m.height + 3) for m in marks]
    stray = []
    for x in (n * 2.0 for n in range(1, int(SHEET_WIDTH_MM / 2))):
        for y in (n * 2.0 for n in range(1, int(SHEET_HEIGHT_MM / 2))):
            in_margin = not (block.left - 0.5 <= x <= block.right + 0.5 and block.top - 0.5 <= y <= block.bottom + 0.5)
            near = any(b.left <= x <= b.right and b.top <= y <= b.bottom for b in near_a_mark)
            if in_margin and not near and dark(x, y):
                stray.append((x, y))
    assert stray == []


def test_a_side_that_does_not_fit_its_card_stops_the_build() -> None:
    curriculum = load_curriculum(REPO)
    artifact = next(a for a in build_catalog(curriculum) if a.kind == "pocket-card" and a.lang == "en")
    job = RENDERERS["pocket-card"](artifact, RenderContext(curriculum, WHEN))(Path("card.pdf"))  # type: ignore[operator]
    assert isinstance(job, FittedPdfJob)
    crowded = FittedPdfJob(job.html.replace("</ul>", "<li>" + "A long line. " * 40 + "</li></ul>", 1), job.output,
                           job.pages, job.what)  # fmt: skip
    with pytest.raises(BuildFailed, match=r"the en pocket card of sumatera-utara takes 3 pages where it must fit 2"):
        crowded.render()
