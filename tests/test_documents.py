"""Printables: read back with poppler (text, fonts, page size), size budgets, language, links, reproducibility."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from lokalatih.build import build_all
from lokalatih.loader import load_curriculum
from lokalatih.printing.pdf import PdfJob, render_all

from .conftest import REPO
from .pdf_fonts import embedded_fonts, foreign_fonts

HANDOUT_BUDGET = 200_000
WORKBOOK_BUDGET = 2_000_000
HEADINGS = {
    "id": ("Tujuan pembelajaran", "Pesan kunci", "Istilah penting"),
    "en": ("Learning objectives", "Key messages", "Key terms"),
}
PAGE_SIZES = {
    "A4": "595.276 x 841.89",
    "A4 landscape": "841.89 x 595.276",
    "A3 landscape": "1190.55 x 841.89",
    "A3": "841.89 x 1190.55",
    "card": "269.291 x 379.843",  # the pocket card, 95 × 134 mm (documents/imposition.py)
    "16:9": "960 x 540",  # the slides: 13.333 × 7.5 in, PowerPoint's widescreen
}


def run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def pdf_text(path: Path) -> str:
    return run("pdftotext", "-layout", str(path), "-")


def pdf_info(path: Path) -> dict[str, str]:
    return dict(line.split(":", 1) for line in run("pdfinfo", str(path)).splitlines() if ":" in line)


def pdf_language(path: Path) -> set[str]:
    """The /Lang entries of the PDF (WeasyPrint compresses them into object streams)."""
    data = path.read_bytes()
    found: set[str] = set()
    for match in re.finditer(rb"stream\r?\n", data):
        end = data.find(b"endstream", match.end())
        try:
            chunk = zlib.decompress(data[match.end() : end])
        except zlib.error:
            continue
        found |= {value.decode() for value in re.findall(rb"/Lang\s*\(([^)]*)\)", chunk)}
    return found


def manifest(folder: Path) -> list[dict[str, object]]:
    return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))


def test_every_public_pdf_has_title_language_fonts_and_page_size(built_kit: Path) -> None:
    downloads = built_kit / "site" / "downloads"
    entries = [e for e in manifest(downloads) if str(e["path"]).endswith(".pdf")]
    assert {e["kind"] for e in entries} == {
        "handout",
        "worksheet",
        "workbook",
        "agenda",
        "pocket-card",
        "pocket-card-sheet",
        "evaluation-form",
        "slides",
    }
    for entry in entries:
        path = downloads / str(entry["path"])
        info = pdf_info(path)
        assert info["Title"].strip(), path.name
        assert info["Tagged"].strip() == "yes", path.name
        assert pdf_language(path) == {entry["lang"]}, path.name
        assert embedded_fonts(path) and foreign_fonts(path) == [], path.name
        size = info["Page size"].split(" pts")[0].strip()
        expected = {"pocket-card": "card", "worksheet": None, "slides": "16:9"}.get(str(entry["kind"]), "A4")
        if expected:
            assert size == PAGE_SIZES[expected], path.name
        assert f".{entry['lang']}.pdf" in path.name


def test_handouts_carry_their_module_and_language_headings(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    downloads = built_kit / "site" / "downloads"
    handouts = [e for e in manifest(downloads) if e["kind"] == "handout"]
    assert len(handouts) == 2 * len(curriculum.modules)
    by_slug = {m.slug: m for m in curriculum.modules}
    for entry in handouts:
        module = by_slug[str(entry["module"])]
        lang = str(entry["lang"])
        path = downloads / str(entry["path"])
        assert path.name == f"handout-{module.slug}.{lang}.pdf"
        text = re.sub(r"\s+", " ", pdf_text(path))
        assert module.spec.title[lang][:40] in text
        for heading in HEADINGS[lang]:
            assert heading in text, (path.name, heading)
        assert int(pdf_info(path)["Pages"]) <= 2, path.name
        assert path.stat().st_size <= HANDOUT_BUDGET, path.name


def test_workbooks_hold_every_handout_and_worksheet_with_a_contents_page(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    downloads = built_kit / "site" / "downloads"
    for programme in curriculum.programmes:
        for lang in ("id", "en"):
            path = downloads / f"workbook-{programme.id}.{lang}.pdf"
            assert path.stat().st_size <= WORKBOOK_BUDGET
            text = re.sub(r"\s+", " ", pdf_text(path))
            for module in programme.modules:
                assert module.spec.title[lang][:40] in text
                for sheet in module.spec.worksheets:
                    assert sheet.title[lang] in text
            contents = run("pdftotext", "-f", "2", "-l", "2", "-layout", str(path), "-")
            first = programme.modules[0].spec.title[lang][:20]
            assert re.search(rf"{re.escape(first)}.*\.{{3,}}\s*\d+", contents), "contents page with page numbers"


def test_worksheets_fit_one_page_of_their_size(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    downloads = built_kit / "site" / "downloads"
    sheets = [(m, s) for m in curriculum.modules for s in m.spec.worksheets]
    assert {s.kind for _, s in sheets} >= {
        "journey-map",
        "problem-tree",
        "compliance-plan",
        "self-assessment",
        "action-plan",
    }
    for _module, sheet in sheets:
        for lang in ("id", "en"):
            info = pdf_info(downloads / f"worksheet-{sheet.key}.{lang}.pdf")
            assert info["Pages"].strip() == "1", sheet.key
            wide = sheet.kind in ("journey-map", "problem-tree", "action-plan")
            name = ("A3" if sheet.size == "a3" else "A4") + (" landscape" if wide else "")
            assert info["Page size"].split(" pts")[0].strip() == PAGE_SIZES[name], sheet.key


def test_agenda_prints_clock_times_venue_and_dates_from_the_profile(built_kit: Path) -> None:
    text = re.sub(r"\s+", " ", pdf_text(built_kit / "site" / "downloads" / "agenda-training.id.pdf"))
    assert "18 November 2025" in text and "19 November 2025" in text
    training = next(p for p in load_curriculum(built_kit).programmes if p.id == "training")
    first_session = next(slot for slot in training.days[0].slots if slot.module is not None)
    assert "Hotel AIHO" in text and first_session.window in text  # the clock computed from the programme
    english = re.sub(r"\s+", " ", pdf_text(built_kit / "site" / "downloads" / "agenda-workshop.en.pdf"))
    assert "17 November 2025" in english and "Coffee break" in english


def test_no_printable_carries_an_unverified_number(built_kit: Path) -> None:
    """The real profile has no verified contact: the card, the handouts with referral contacts and the facilitator
    guide say where to ask in person and print none of its numbers (tests/test_contacts.py has the rules)."""
    curriculum = load_curriculum(built_kit)
    numbers = [n for c in curriculum.province.contacts for n in (c.phone, c.whatsapp) if n]
    assert numbers, "the profile keeps unconfirmed channels to show they stay off every printable"
    printed = [
        built_kit / "site" / "downloads" / "pocket-card-sumatera-utara.id.pdf",
        built_kit / "site" / "downloads" / "pocket-card-sheet-sumatera-utara.en.pdf",
        built_kit / "site" / "downloads" / "handout-t05-gender-protection-referral.id.pdf",
        built_kit / "dist" / "kit" / "training" / "facilitator-guide-training.en.pdf",
    ]
    for path in printed:
        text = pdf_text(path)
        assert not [number for number in numbers if number in text], path.name
    card = re.sub(r"\s+", " ", pdf_text(printed[0]))
    assert "BP3MI Sumatera Utara" in card and curriculum.pocket_card.no_contacts["id"][:30] in card


def test_facilitator_guide_and_attendance_sheets_are_kit_only(built_kit: Path) -> None:
    kit = built_kit / "dist" / "kit"
    kinds = {e["kind"] for e in manifest(kit)}
    assert {"facilitator-guide", "attendance"} <= kinds
    guide = re.sub(r"\s+", " ", pdf_text(kit / "workshop" / "facilitator-guide-workshop.id.pdf")).casefold()
    for heading in (
        "Panduan fasilitator",
        "Cara memakai panduan ini",
        "Agenda",
        "Jadwal sesi",
        "Pelindungan peserta",
        "Peserta daring (hibrida)",
        "Catatan rujukan",
        "Daftar periksa bahan untuk seluruh kegiatan",
        "Persiapan sebelum hari pertama",
        "Pembagian kelompok",
    ):
        assert heading.casefold() in guide, heading
    sheet = pdf_text(kit / "training" / "attendance-training-day2.en.pdf")
    assert "Signature" in sheet and "target at least 40%" in sheet and "19 November 2025" in sheet
    assert not list((built_kit / "site").rglob("facilitator-guide-*")) and not list(
        (built_kit / "site").rglob("attendance-*")
    )


def _ink_share(pdf: Path, tmp_path: Path) -> float:
    """Share of non-white pixels on page 1, from a greyscale PGM that pdftoppm writes."""
    run("pdftoppm", "-gray", "-r", "30", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page"))
    pgm = next(tmp_path.glob("page*.pgm")).read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", pgm)
    assert header
    pixels = pgm[header.end() :]
    return sum(1 for value in pixels if value < 200) / len(pixels)


def test_first_page_of_a_handout_is_not_empty(built_kit: Path, tmp_path: Path) -> None:
    handout = built_kit / "site" / "downloads" / "handout-t04-trafficking-forced-labour.id.pdf"
    assert _ink_share(handout, tmp_path) > 0.03
    blank = tmp_path / "blank.pdf"
    render_all(
        [PdfJob('<html lang="id"><head><title>x</title></head><body></body></html>', blank)],
        tmp_path / "c",
        progress=False,
    )
    other = tmp_path / "other"
    other.mkdir()
    assert _ink_share(blank, other) < 0.005  # the measure would catch an empty page


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href and "downloads/" in href and href.endswith(".pdf"):
            self.hrefs.append(href)


def test_every_download_link_on_the_site_resolves(built_kit: Path) -> None:
    site = built_kit / "site"
    checked = 0
    for page in site.rglob("index.html"):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for href in parser.hrefs:
            assert (page.parent / href).resolve().is_file(), (page, href)
            checked += 1
    curriculum = load_curriculum(built_kit)
    assert checked >= 4 * len(curriculum.modules)  # participant page and session plan, both languages
    plan = (site / "en" / "training" / "t03-journey-map" / "facilitator" / "index.html").read_text(encoding="utf-8")
    assert "worksheet-t03-journey-map.en.pdf" in plan and re.search(r"\(PDF, \d+ KB\)", plan)


def test_pdf_cache_skips_unchanged_documents(tmp_path: Path) -> None:
    jobs = [
        PdfJob(f'<html lang="en"><head><title>{n}</title></head><body><p>{n}</p></body></html>', tmp_path / f"{n}.pdf")
        for n in range(3)
    ]
    assert render_all(jobs, tmp_path / "cache", progress=False) == 3
    assert render_all(jobs, tmp_path / "cache", progress=False) == 0
    changed = [*jobs[:2], PdfJob(jobs[2].html.replace("<p>2", "<p>two"), jobs[2].output)]
    assert render_all(changed, tmp_path / "cache", progress=False) == 1


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _texts_inside(path: Path) -> list[bytes]:
    """The file's bytes and, for PDFs and zips, what they hold uncompressed (paths hide in Flate streams)."""
    import zipfile

    data = path.read_bytes()
    texts = [data]
    if path.suffix == ".pdf":
        for stream in re.findall(rb"stream\r?\n(.*?)endstream", data, re.DOTALL):
            try:
                texts.append(zlib.decompress(stream))
            except zlib.error:
                continue
    elif path.suffix in (".zip", ".xlsx", ".pptx"):
        with zipfile.ZipFile(path) as archive:
            texts += [archive.read(name) for name in archive.namelist()]
    return texts


def test_two_checkouts_build_identical_files_without_their_paths(
    minikit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    monkeypatch.delenv("LOKALATIH_PDF_CACHE", raising=False)  # each build renders from scratch
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1763337600")
    # A page with a link between site pages: the facilitator guide prints this page.
    for lang, text in (("id", "Lihat [agenda](demo/agenda.md)."), ("en", "See the [agenda](demo/agenda.md).")):
        (minikit / "docs" / f"facilitators.{lang}.md").write_text(f"# Fasilitator\n\n{text}\n", encoding="utf-8")
    twin = tmp_path / "elsewhere" / "another-checkout"
    shutil.copytree(minikit, twin)
    # Every PDF goes through the same renderer; one of each audience's kinds (the guide prints the link) is enough.
    kinds = {"facilitator-guide", "handout", "test-form", "pocket-card", "slides", "slides-pptx"}
    build_all(minikit, "sumatera-utara", pdfs=lambda artifact: artifact.kind in kinds)
    build_all(twin, "sumatera-utara", pdfs=lambda artifact: artifact.kind in kinds)
    for folder in ("site", "dist"):  # the whole public site, the kit and the offline bundle
        assert _digest(minikit / folder) == _digest(twin / folder), folder
    # Neither the checkout being built nor the one the code runs from may show in any output.
    machine_paths = [str(tmp_path).encode(), str(REPO).encode()]
    leaks = [
        path.relative_to(twin).as_posix()
        for folder in ("site", "dist")
        for path in sorted((twin / folder).rglob("*"))
        if path.is_file() and any(p in text for text in _texts_inside(path) for p in machine_paths)
    ]
    assert leaks == []


def _html_of(output: object) -> str:
    """A renderer's HTML, also when it returns a job (the pocket cards: their job checks that each side fits)."""
    return str(output(Path("out.pdf")).html) if callable(output) else str(output)  # type: ignore[attr-defined]


def test_another_province_changes_only_the_documents_that_show_the_province() -> None:
    """A PDF is cached by its HTML: handouts, worksheets, workbooks and keys that name no province keep their HTML,
    so switching provinces renders only the documents about the event, and the handouts (and workbooks) that print
    referral contacts, which name the province's offices to ask in person while no contact is published."""
    import datetime as dt

    from lokalatih.catalog import build_catalog
    from lokalatih.outputs import RENDERERS
    from lokalatih.render_context import RenderContext

    when = dt.datetime(2025, 11, 17, tzinfo=dt.UTC)

    def pdf_html(province: str) -> dict[tuple[str, str | None, str | None, str | None, str | None], str]:
        curriculum = load_curriculum(REPO, province)
        ctx = RenderContext(curriculum, when)
        return {
            (a.kind, a.lang, a.programme, a.module, a.part): _html_of(RENDERERS[a.kind](a, ctx))
            for a in build_catalog(curriculum)
            if a.is_pdf
        }

    north, east = pdf_html("sumatera-utara"), pdf_html("jawa-timur")
    assert north.keys() == east.keys()
    changed = {key[0] for key in north if north[key] != east[key]}
    # The slides' title slide names the province and the session's date.
    assert changed == {
        "pocket-card",
        "pocket-card-sheet",
        "agenda",
        "facilitator-guide",
        "attendance",
        "test-form",
        "slides",
        "handout",
        "workbook",
    }
    referral = {m.slug for m in load_curriculum(REPO).modules if m.spec.handout.referral_contacts}
    assert referral and {key[3] for key in north if key[0] == "handout" and north[key] != east[key]} == referral


def test_pdf_progress_follows_completion_not_submission(tmp_path: Path) -> None:
    """A long document is submitted first (longest first); a short one finishing meanwhile is reported first."""
    from lokalatih.printing.pdf import PdfBatch

    long_body = "".join(f"<p>Paragraf {n} tentang perekrutan yang adil.</p>" for n in range(1500))
    jobs = [
        PdfJob(f'<html lang="id"><head><title>long</title></head><body>{long_body}</body></html>', tmp_path / "l.pdf"),
        PdfJob('<html lang="id"><head><title>short</title></head><body><p>x</p></body></html>', tmp_path / "s.pdf"),
    ]
    done: list[str] = []
    batch = PdfBatch(jobs, tmp_path / "cache", workers=2)
    assert batch.finish(lambda path: done.append(path.name)) == 2
    assert done == ["s.pdf", "l.pdf"]
    assert (tmp_path / "l.pdf").is_file() and (tmp_path / "s.pdf").is_file()


def test_a_build_says_what_it_is_doing(minikit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOKALATIH_PDF_CACHE", str(tmp_path / "empty-cache"))  # every PDF renders
    said: list[str] = []
    build_all(minikit, "sumatera-utara", report=said.append, pdfs=lambda artifact: artifact.kind == "handout")
    first = re.fullmatch(r"(\d+) files; PDFs: (\d+) to render, 0 from the cache", said[0])
    assert first, said[0]
    pending = int(first.group(2))
    assert pending > 0
    assert "site: MkDocs built it" in said and "offline bundle: MkDocs built it" in said
    assert said[-2] == f"PDFs: {pending} of {pending} rendered"
    assert said[-1].startswith("built in ")


def test_font_subsetting_skips_only_the_layout_tables_it_drops() -> None:
    """The speed-up of `skip_dropped_layout_tables` is active in every render and never drops a table the
    subsetter was told to keep."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    from lokalatih.printing.pdf import FONTS, render_pdf

    render_pdf('<html lang="en"><head><title>x</title></head><body><p>x</p></body></html>')
    assert subset.Subsetter.subset.__name__ == "subset_without_dropped_tables"
    font = TTFont(FONTS / "NotoSans-Regular.ttf")
    options = subset.Options()
    options.drop_tables += ["GSUB"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord("a"), ord("V")])
    subsetter.subset(font)
    assert "GSUB" not in font and "GPOS" in font
