"""Drafts cannot be published by accident: a placeholder left in a province profile stops `build` (file, line and
what to fill in) unless `build --draft`, and a draft says so on every page, PDF and slide, in both languages."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import subprocess
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from lokalatih.build import build_all
from lokalatih.cli import main
from lokalatih.errors import ContentErrors
from lokalatih.labels import label
from lokalatih.loader import load_curriculum
from lokalatih.placeholders import PlaceholdersLeft, placeholders
from lokalatih.render_context import RenderContext
from lokalatih.yamlsource import load_yaml

from .conftest import FIXTURES, copy_kit

_WHEN = dt.datetime(2025, 11, 17, tzinfo=dt.UTC)
MARKS = {"id": "DRAF — belum untuk diterbitkan", "en": "DRAFT — not for publication"}


def with_placeholder(kit: Path) -> Path:
    """The minikit's profile as a partner might leave it: the capital as the scaffold wrote it."""
    profile = kit / "provinces" / "sumatera-utara.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(
        text.replace("capital: Medan", "capital: TODO  # TODO (partner): the provincial capital"), encoding="utf-8"
    )
    return profile


def line_of(path: Path, start: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if line.startswith(start))


def test_the_marks_are_the_labels() -> None:
    assert {lang: label("draft_mark", lang) for lang in MARKS} == MARKS


def test_any_string_of_the_profile_with_a_placeholder_is_found_where_it_is(tmp_path: Path) -> None:
    """Generic: fields the search does not name (a future `corridor:` section, a list in a list) are covered."""
    profile = tmp_path / "provinces" / "x.yaml"
    profile.parent.mkdir()
    profile.write_text(
        "slug: x\n"
        "capital: TODO  # TODO (partner): the provincial capital\n"
        "corridor:\n"
        "  countries: [Taiwan, 'TODO: the second country']\n"
        "  agreement:\n"
        "    title: {id: ..., en: …}\n"
        "note: TODOS and todo are words, not the marker; neither is ... inside a sentence ...\n"
        "# TODO (partner): a comment is guidance, never published\n",
        encoding="utf-8",
    )
    found = [str(error) for error in placeholders(load_yaml(profile), tmp_path)]
    assert found == [
        "provinces/x.yaml:2:10: capital: placeholder 'TODO' left: fill in the provincial capital",
        "provinces/x.yaml:4:24: corridor.countries[1]: placeholder 'TODO' left: fill in a real value for "
        "corridor.countries[1]",
        "provinces/x.yaml:6:17: corridor.agreement.title.id: placeholder '...' left: fill in a real value for "
        "corridor.agreement.title.id",
        "provinces/x.yaml:6:26: corridor.agreement.title.en: placeholder '…' left: fill in a real value for "
        "corridor.agreement.title.en",
    ]


def test_a_build_for_publication_refuses_a_placeholder_and_says_where_and_what(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = with_placeholder(minikit)
    line = line_of(profile, "capital:")
    assert main(["--root", str(minikit), "build"]) == 2
    err = capsys.readouterr().err.splitlines()
    where = f"provinces/sumatera-utara.yaml:{line}:10"
    assert f"{where}: capital: placeholder 'TODO' left: fill in the provincial capital" in err
    assert err[-1] == (
        "1 placeholder left in the province profile; nothing was built: fill them in, or build a draft that says so "
        "on every page and PDF: --draft (make build DRAFT=1)."
    )
    assert not (minikit / "site").exists() and not (minikit / "dist").exists()
    with pytest.raises(PlaceholdersLeft) as refused:
        build_all(minikit, "sumatera-utara")
    assert isinstance(refused.value, ContentErrors)


def test_check_lists_every_gap_and_fails_on_placeholders_unless_draft(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = with_placeholder(minikit)
    line = line_of(profile, "capital:")
    where = f"provinces/sumatera-utara.yaml:{line}:10"
    placeholder = f"{where}: capital: placeholder 'TODO' left: fill in the provincial capital"
    assert main(["--root", str(minikit), "check"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert placeholder in err
    # The minikit's profile has no event: that gap is listed too, as a warning, before the refusal.
    assert "warning: provinces/sumatera-utara.yaml:1:1: event: no event yet: agendas print no venue or dates" in err
    assert main(["--root", str(minikit), "check", "--draft"]) == 0
    err = capsys.readouterr().err.splitlines()
    assert f"warning: {placeholder}" in err
    # The scaffold's note on the same line is that placeholder's message, not a second warning.
    assert not [message for message in err if f":{line}:" in message and "TODO (partner)" in message]


def test_the_scaffold_writes_placeholders_that_the_build_refuses(tmp_path: Path) -> None:
    kit = copy_kit(FIXTURES / "minikit", tmp_path / "kit")
    assert main(["--root", str(kit), "new-province", "nusa-tenggara-barat", "--name", "Nusa Tenggara Barat"]) == 0
    found = load_curriculum(kit, "nusa-tenggara-barat").placeholders
    assert ("capital", "placeholder 'TODO' left: fill in the provincial capital") in [
        (error.where, error.message) for error in found
    ]
    # Every value the scaffold leaves to the partner is found, the corridor's too.
    profile = (kit / "provinces" / "nusa-tenggara-barat.yaml").read_text(encoding="utf-8").splitlines()
    to_fill = {number for number, line in enumerate(profile, 1) if "todo" in line.split("#")[0].lower()}
    assert {error.line for error in found} == to_fill


def test_outside_a_draft_nothing_is_marked(minikit: Path) -> None:
    """The same renderers without --draft: no mark in a PDF's HTML, no banner in the site's configuration."""
    from lokalatih.outputs import RENDERERS
    from lokalatih.site.config import mkdocs_config

    curriculum = load_curriculum(minikit, "sumatera-utara")
    for draft in (False, True):
        context = RenderContext(curriculum, _WHEN, draft)
        handout = next(a for a in context.catalog if a.kind == "handout" and a.lang == "id")
        assert ('class="draft-mark"' in str(RENDERERS[handout.kind](handout, context))) is draft
        config = mkdocs_config(minikit, curriculum, minikit / "d", minikit / "s", None, draft=draft)
        i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
        marks = [language["extra"].get("draft_mark") for language in i18n["languages"]]
        assert marks == ([MARKS["id"], MARKS["en"]] if draft else [None, None])


@pytest.fixture(scope="module")
def draft_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minikit with a placeholder, built as a draft: every artifact of its catalog."""
    kit = copy_kit(FIXTURES / "minikit", tmp_path_factory.mktemp("draft") / "kit")
    with_placeholder(kit)
    build_all(kit, "sumatera-utara", draft=True)
    return kit


def _pages_text(pdf: Path) -> list[str]:
    """Each page's text, whitespace folded (a rotated mark comes out in pieces, in order)."""
    info = re.search(r"Pages:\s+(\d+)", subprocess.check_output(["pdfinfo", str(pdf)], text=True))
    assert info is not None
    texts = []
    for page in range(1, int(info.group(1)) + 1):
        pages = ["-f", str(page), "-l", str(page)]
        texts.append(" ".join(subprocess.check_output(["pdftotext", "-raw", *pages, str(pdf), "-"], text=True).split()))
    return texts


def test_a_draft_marks_every_page_of_the_site_in_its_language(draft_kit: Path) -> None:
    pages = sorted((draft_kit / "site").rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        lang = "en" if page.relative_to(draft_kit / "site").parts[0] == "en" else "id"
        html = page.read_text(encoding="utf-8")
        assert f'<strong class="lk-draft-mark">{MARKS[lang]}</strong>' in html, page
        assert MARKS["en" if lang == "id" else "id"] not in html, page
    with zipfile.ZipFile(draft_kit / "dist" / "offline" / "lokalatih-sumatera-utara.zip") as bundle:
        offline = [name for name in bundle.namelist() if name.endswith(".html")]
        assert offline and all("lk-draft-mark" in bundle.read(name).decode() for name in offline)


def test_a_draft_marks_every_page_of_every_pdf_and_every_slide_and_its_manifests(draft_kit: Path) -> None:
    entries = [
        (folder, entry)
        for folder in (draft_kit / "site" / "downloads", draft_kit / "dist" / "kit")
        for entry in json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    ]
    assert entries and all(entry["draft"] is True for _, entry in entries)
    pdfs = [(folder / entry["path"], entry["lang"]) for folder, entry in entries if entry["path"].endswith(".pdf")]
    assert {lang for _, lang in pdfs} == {"id", "en"} and len(pdfs) > 10
    for pdf, lang in pdfs:
        for number, text in enumerate(_pages_text(pdf), start=1):
            assert MARKS[lang] in text, f"{pdf.name} page {number}"
    pages = [(folder / entry["path"], entry["lang"]) for folder, entry in entries if entry["path"].endswith(".html")]
    assert pages  # the kit's coverage tables
    for page, lang in pages:
        assert f'<div class="draft-mark">{MARKS[lang]}</div>' in page.read_text(encoding="utf-8"), page.name
    decks = [(folder / entry["path"], entry["lang"]) for folder, entry in entries if entry["kind"] == "slides-pptx"]
    assert decks
    for deck, lang in decks:
        presentation = Presentation(str(deck))
        assert presentation.core_properties.content_status == MARKS[lang]
        for slide in presentation.slides:
            marks = [shape for shape in slide.shapes if shape.name == "Draft mark"]
            assert [shape.text_frame.text for shape in marks] == [MARKS[lang]], deck.name
            # Behind the slide's own text, and, turned, clear of the bottom tenth that a video call covers.
            assert slide.shapes[0].name == "Draft mark"
            mark, turn = marks[0], math.radians(marks[0].rotation)
            reach = (mark.width * abs(math.sin(turn)) + mark.height * abs(math.cos(turn))) / 2
            assert mark.top + mark.height / 2 + reach < presentation.slide_height * 0.9
