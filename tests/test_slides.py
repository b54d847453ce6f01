"""Slides: every session has a deck in both languages, as an editable PowerPoint file and a 16:9 PDF, drawn from
one laid-out deck. The PowerPoint files are read back with python-pptx and the PDFs with poppler (independent of
the renderer that wrote them); LibreOffice's reading is tests/test_slides_libreoffice.py (`make test-slides`)."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pptx import Presentation

from lokalatih.errors import ContentErrors
from lokalatih.formatting import plain_text
from lokalatih.loader import load_curriculum
from lokalatih.model.common import LANGUAGES
from lokalatih.printing.pdf import render_pdf
from lokalatih.slides.deck import Block, Deck, Slide, Table
from lokalatih.slides.layout import HEIGHT, WIDTH, Frame, TextBox, lay_out
from lokalatih.slides.render import PptxJob, slides_html
from tests.pdf_fonts import embedded_fonts, foreign_fonts

WHEN = dt.datetime(2025, 11, 17, tzinfo=dt.UTC)


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def normal(text: str) -> str:
    return " ".join(text.split())


def deck_texts(path: Path) -> list[tuple[str, str, str]]:
    """(title, everything on the slide, speaker notes) per slide of a PowerPoint file."""
    slides = []
    for slide in Presentation(str(path)).slides:
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        shown = []
        for shape in slide.shapes:
            if shape.has_text_frame:
                shown.append(shape.text_frame.text)
            if shape.has_table:
                shown += [cell.text for row in shape.table.rows for cell in row.cells]
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        slides.append((title, normal(" ".join(shown)), normal(notes)))
    return slides


def words_on_pages(path: Path) -> list[list[tuple[float, float, float, float, str]]]:
    """Every word poppler finds on each page, with its box (xMin, yMin, xMax, yMax) in points."""
    html = run("pdftotext", "-bbox", str(path), "-")
    pages = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", html, re.DOTALL):
        pages.append([
            (float(a), float(b), float(c), float(d), word)
            for a, b, c, d, word in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
            )
        ])  # fmt: skip
    return pages


def lines_on_pages(path: Path) -> list[list[tuple[float, float, float, float]]]:
    """The boxes of the text lines poppler finds on each page."""
    html = run("pdftotext", "-bbox-layout", str(path), "-")
    pages = []
    for page in re.findall(r"<page [^>]*>(.*?)</page>", html, re.DOTALL):
        pages.append([
            (float(a), float(b), float(c), float(d))
            for a, b, c, d in re.findall(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', page)
        ])  # fmt: skip
    return pages


def fit_problems(path: Path) -> list[str]:
    """What a projected slide must never do: text past the page's edges or into its bottom tenth (video-call
    controls cover it when the deck is shared), or two lines drawn over each other (a box overflowing the next)."""
    problems = []
    for number, words in enumerate(words_on_pages(path), start=1):
        for x0, y0, x1, y1, word in words:
            if x0 < 0 or x1 > WIDTH or y0 < 0 or y1 > HEIGHT * 0.9:
                problems.append(f"{path.name} slide {number}: {word!r} at ({x0:.0f}, {y1:.0f})")
    for number, lines in enumerate(lines_on_pages(path), start=1):
        for i, (ax0, ay0, ax1, ay1) in enumerate(lines):
            for bx0, by0, bx1, by1 in lines[i + 1 :]:
                overlap_y = min(ay1, by1) - max(ay0, by0)
                overlap_x = min(ax1, bx1) - max(ax0, bx0)
                if overlap_x > 1 and overlap_y > 0.3 * min(ay1 - ay0, by1 - by0):
                    problems.append(f"{path.name} slide {number}: lines overlap at y={ay0:.0f} and y={by0:.0f}")
    return problems


def missing_words(path: Path, slides: list[str]) -> list[str]:
    """Words of each slide's text that its page of the PDF does not show (a box too small for its text loses the
    rest), and a page count that is not the slide count."""
    from collections import Counter

    pages = words_on_pages(path)
    if len(pages) != len(slides):
        return [f"{path.name}: {len(pages)} pages for {len(slides)} slides"]
    problems = []
    for number, (words, text) in enumerate(zip(pages, slides, strict=True), start=1):
        # Letters and digits only: a renderer may break a line after a dash or slash, and readers differ on quotes.
        shown = Counter(re.findall(r"\w+", " ".join(word for *_, word in words)))
        lost = Counter(re.findall(r"\w+", text)) - shown
        if lost:
            problems.append(f"{path.name} slide {number}: missing {' '.join(sorted(lost.elements()))[:80]}")
    return problems


def frame_texts(frames: tuple[Frame, ...]) -> list[str]:
    texts = []
    for frame in frames:
        parts = []
        for box in frame.boxes:
            if isinstance(box, TextBox):
                parts += [p.text for p in box.paragraphs]
            else:
                parts += [*box.columns, *(cell for row in box.rows for cell in row)]
        texts.append(" ".join(parts))
    return texts


@pytest.fixture(scope="module")
def curriculum():  # type: ignore[no-untyped-def]
    return load_curriculum(Path(__file__).resolve().parents[1])


def test_every_session_has_a_deck_in_both_languages_and_both_formats(built_kit: Path, curriculum) -> None:  # type: ignore[no-untyped-def]
    downloads = built_kit / "site" / "downloads"
    entries = json.loads((downloads / "manifest.json").read_text(encoding="utf-8"))
    decks = {(e["module"], e["lang"], e["kind"]) for e in entries if e["kind"] in ("slides", "slides-pptx")}
    expected = {
        (m.slug, lang, kind) for m in curriculum.modules for lang in LANGUAGES for kind in ("slides", "slides-pptx")
    }
    assert decks == expected
    for module in curriculum.modules:
        for lang in LANGUAGES:
            assert (downloads / f"slides-{module.slug}.{lang}.pdf").is_file()
            assert (downloads / f"slides-{module.slug}.{lang}.pptx").is_file()
    # Nothing of the facilitator kit: slides are public.
    assert not list((built_kit / "dist" / "kit").rglob("slides-*"))


def test_decks_read_back_with_titles_notes_key_messages_and_no_test_item(built_kit: Path, curriculum) -> None:  # type: ignore[no-untyped-def]
    downloads = built_kit / "site" / "downloads"
    stems = {
        normal(item.stem[lang]): item.id
        for programme in curriculum.programmes
        for module in programme.modules
        for item in module.bank.items
        for lang in LANGUAGES
    }
    for module in curriculum.modules:
        for lang in LANGUAGES:
            slides = deck_texts(downloads / f"slides-{module.slug}.{lang}.pptx")
            assert 6 <= len(slides) <= 40, module.slug
            titles = [title for title, _, _ in slides]
            assert titles[0] == f"{module.spec.id.upper()} · {module.spec.title[lang]}"
            assert all(titles) and all(notes for _, _, notes in slides), module.slug
            for activity in module.spec.activities:
                shown = module.slides.activities.get(activity.key) if module.slides else None
                if shown is None or shown.show:
                    assert any(title.startswith(plain_text(activity.title[lang])) for title in titles), activity.key
            everything = " ".join(f"{shown} {notes}" for _, shown, notes in slides)
            for message in module.spec.key_messages:
                assert normal(plain_text(message[lang])) in everything, (module.slug, lang, message[lang][:40])
            if module.slides and module.slides.messages:  # the closing slide lists every message's heading
                closing = slides[-1][1]
                for given in module.slides.messages:
                    assert normal(given.heading[lang]) in closing
            leaked = [item for stem, item in stems.items() if stem in everything]
            assert leaked == [], (module.slug, lang)


def test_the_pdf_is_16_9_tagged_in_the_shipped_fonts_one_slide_per_page(built_kit: Path, curriculum) -> None:  # type: ignore[no-untyped-def]
    downloads = built_kit / "site" / "downloads"
    module = next(m for m in curriculum.modules if m.spec.id == "t04")
    for lang in LANGUAGES:
        pdf = downloads / f"slides-{module.slug}.{lang}.pdf"
        info = dict(line.split(":", 1) for line in run("pdfinfo", str(pdf)).splitlines() if ":" in line)
        width, height = (float(v) for v in info["Page size"].split(" pts")[0].split(" x "))
        assert (width, height) == (WIDTH, HEIGHT) and abs(width / height - 16 / 9) < 0.001
        assert info["Tagged"].strip() == "yes"
        assert embedded_fonts(pdf) and foreign_fonts(pdf) == []
        slides = deck_texts(downloads / f"slides-{module.slug}.{lang}.pptx")
        assert int(info["Pages"]) == len(slides)
        text = normal(run("pdftotext", str(pdf), "-"))
        for title, _, _ in slides:
            assert normal(title) in text
        # Speaker notes stay with the presenter: the projected PDF never shows them.
        assert normal(slides[0][2])[:60] not in text


def test_every_word_shows_and_none_leaves_its_slide_or_enters_the_bottom_tenth(built_kit: Path) -> None:
    downloads = built_kit / "site" / "downloads"
    problems = []
    for pdf in sorted(downloads.glob("slides-*.pdf")):
        problems += fit_problems(pdf)
        problems += missing_words(pdf, [shown for _, shown, _ in deck_texts(pdf.with_suffix(".pptx"))])
    assert problems == []


def _long_deck(lang: str = "en") -> Deck:
    sentence = "Workers who pay for their own recruitment often start their job abroad in debt to a lender at home. "
    slides = (
        Slide("title", "X01 · A session", subtitle=("A programme", "A province", "Day 1 · 09:00–10:00"), notes=("n",)),
        Slide("message", "A message far too long for one slide", (Block(tuple(sentence * 4 for _ in range(5))),),
              notes=("n",)),
        Slide("content", "Many rows", table=Table(("Figure", "Number", "Year"),
              tuple((f"Row {i} {sentence}", str(i * 1000), "2024") for i in range(12))), source="Source: A report.",
              notes=("n",)),
    )  # fmt: skip
    return Deck(lang, "X01 · A session", "Lokalatih · Test · X01", slides)


def test_long_content_continues_on_further_slides_and_still_fits(tmp_path: Path) -> None:
    deck = lay_out(_long_deck())
    titles = [frame.title for frame in deck.frames]
    assert titles[0] == "X01 · A session"
    assert titles.count("A message far too long for one slide") == 1
    assert titles.count("A message far too long for one slide (continued)") >= 2
    assert titles.count("Many rows (continued)") >= 1
    html = slides_html(deck, "2025-11-17T00:00:00Z")
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(render_pdf(html))
    assert fit_problems(pdf) == [] and missing_words(pdf, frame_texts(deck.frames)) == []
    # Every word of the content is on some slide: splitting loses nothing.
    text = normal(run("pdftotext", str(pdf), "-"))
    assert text.count("lender") == 20 + 12


def test_fit_check_catches_a_box_that_overflows(tmp_path: Path) -> None:
    """The checks above must fail on overflow: a body box given three times the text its measured height holds."""
    deck = lay_out(_long_deck())
    frame = deck.frames[1]
    body = next(box for box in frame.boxes if getattr(box, "role", "") == "body")
    crowded = replace(body, paragraphs=body.paragraphs * 3)
    broken = replace(frame, boxes=tuple(crowded if box is body else box for box in frame.boxes))
    html = slides_html(replace(deck, frames=(broken,)), "2025-11-17T00:00:00Z")
    pdf = tmp_path / "broken.pdf"
    pdf.write_bytes(render_pdf(html))
    assert fit_problems(pdf) + missing_words(pdf, frame_texts((broken,))) != []


def test_pptx_is_16_9_editable_text_with_notes_a_slide_number_field_and_the_kits_font(tmp_path: Path) -> None:
    deck = lay_out(_long_deck())
    path = tmp_path / "deck.pptx"
    job = PptxJob(deck, WHEN, path)
    data = job.render()
    path.write_bytes(data)
    assert job.render() == data  # the same deck gives the same bytes
    presentation = Presentation(str(path))
    assert (presentation.slide_width, presentation.slide_height) == (12192000, 6858000)  # 13.333 × 7.5 in
    assert len(presentation.slides) == len(deck.frames)
    theme = next(p for p in presentation.slide_master.part.package.iter_parts() if p.partname.endswith("theme1.xml"))
    assert theme.blob.count(b'typeface="Noto Sans"') == 2  # headings and body
    for slide in presentation.slides:
        xml = slide._element.xml
        assert 'type="slidenum"' in xml
        assert "<p:pic" not in xml  # no pictures of text
        assert 'lang="en-GB"' in xml
    table_slide = presentation.slides[[f.title for f in deck.frames].index("Many rows")]
    assert any(shape.has_table for shape in table_slide.shapes)
    assert len(data) < 300_000


def test_slide_model_texts_use_the_province_and_are_checked(minikit: Path) -> None:
    folder = minikit / "modules" / "demo" / "d01-welcome"
    model = """messages:
  - heading: {id: "Pesan untuk {{ province.name }}", en: "A message for {{ province.name }}"}
    lines: [{id: Satu baris., en: One line.}]
  - heading: {id: Dua, en: Two}
  - heading: {id: Tiga, en: Three}
activities:
  rules:
    task: {id: Sepakati aturan., en: Agree on rules.}
    questions: [{id: "Aturan apa yang kita perlukan?", en: "What rules do we need?"}]
"""
    (folder / "slides.yaml").write_text(model, encoding="utf-8")
    curriculum = load_curriculum(minikit)
    module = curriculum.modules[0]
    assert module.slides is not None
    assert module.slides.messages[0].heading["en"] == "A message for North Sumatra"
    from lokalatih.slides.deck import build_deck

    deck = build_deck(curriculum, curriculum.programmes[0], module, "id")
    assert "Pesan untuk Sumatera Utara" in [slide.title for slide in deck.slides]
    rules = next(slide for slide in deck.slides if slide.title == "Kesepakatan kelompok")
    assert ("Aturan apa yang kita perlukan?",) in [block.items for block in rules.blocks]

    # A misspelt variable is an error on its YAML line, as in the Markdown texts.
    (folder / "slides.yaml").write_text(model.replace("province.name", "province.nmae", 1), encoding="utf-8")
    with pytest.raises(ContentErrors) as error:
        load_curriculum(minikit)
    assert re.search(r"d01-welcome/slides\.yaml:2:\d+: .*nmae", str(error.value))

    # One entry per key message; activities that exist; no test stem on a public slide.
    stem = module.bank.items[0].stem["id"]
    broken = model.replace("  - heading: {id: Tiga, en: Three}\n", "").replace("  rules:", "  nothing:")
    broken += f"slides:\n  - heading: {{id: Kuis, en: Quiz}}\n    lines: [{{id: {json.dumps(stem)}, en: x}}]\n"
    (folder / "slides.yaml").write_text(broken, encoding="utf-8")
    with pytest.raises(ContentErrors) as error:
        load_curriculum(minikit)
    message = str(error.value)
    assert "2 entries for the 3 key messages" in message
    assert "no activity 'nothing' in module.yaml" in message
    assert "shows the stem of test item" in message


def test_the_session_plan_links_both_formats_with_their_sizes(built_kit: Path, curriculum) -> None:  # type: ignore[no-untyped-def]
    module = curriculum.modules[0]
    for lang, prefix in (("id", ""), ("en", "en/")):
        page = (built_kit / "site" / prefix / module.programme / module.slug / "facilitator" / "index.html").read_text(
            encoding="utf-8"
        )
        for suffix, kind in ((".pdf", "PDF"), (".pptx", "PPTX")):
            name = f"slides-{module.slug}.{lang}{suffix}"
            size = (built_kit / "site" / "downloads" / name).stat().st_size
            assert re.search(
                rf'href="[./]*downloads/{re.escape(name)}" download>[^<]+</a> \({kind}, {round(size / 1000)} KB\)', page
            )


def test_a_heading_alone_shows_its_message_and_an_empty_profile_says_so(minikit: Path) -> None:
    folder = minikit / "modules" / "demo" / "d01-welcome"
    (folder / "slides.yaml").write_text(
        """messages:
  - heading: {id: Satu, en: One}
  - heading: {id: Dua, en: Two}
  - heading: {id: Tiga, en: Three}
slides:
  - heading: {id: Angka provinsi, en: The province in figures}
    profile_table: figures
""",
        encoding="utf-8",
    )
    curriculum = load_curriculum(minikit)
    assert not curriculum.province.figures  # the minikit's profile has none
    from lokalatih.labels import label
    from lokalatih.slides.deck import build_deck

    deck = build_deck(curriculum, curriculum.programmes[0], curriculum.modules[0], "en")
    one = next(slide for slide in deck.slides if slide.title == "One")
    assert one.blocks[0].items == ("Message one.",)
    figures = next(slide for slide in deck.slides if slide.title == "The province in figures")
    assert figures.table is None and figures.blocks[-1].items == (label("no_figures", "en"),)


def test_a_source_line_names_documents_briefly_and_the_notes_cite_them_in_full(built_kit: Path) -> None:
    slides = deck_texts(built_kit / "site" / "downloads" / "slides-t04-trafficking-forced-labour.id.pptx")
    cited = [(shown, notes) for _, shown, notes in slides if "Sumber: " in shown and "UU 21/2007" in shown]
    assert cited
    for shown, notes in cited:
        assert "Undang-Undang Nomor 21 Tahun 2007" not in shown
        assert "Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang" in notes
