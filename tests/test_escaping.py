"""`&`, `<` and `|` in titles, table cells and glossary terms reach the reader as written: escaped once for the
site's Markdown, once for the print templates' HTML; never twice (`&amp;amp;`), never as markup, never as a column.

The texts are those of the `awkward_kit` fixture, built once.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import lxml.html

from .conftest import AWKWARD

TITLE, ACTIVITY, TERM, CONTACT = AWKWARD["title"], AWKWARD["activity"], AWKWARD["term"], AWKWARD["contact"]
PROBLEM, TIMELINE = AWKWARD["problem"], AWKWARD["timeline"]


def page(kit: Path, path: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((kit / "site/en" / path / "index.html").read_bytes())


def texts(document: lxml.html.HtmlElement, xpath: str) -> list[str]:
    """What the reader sees in each element (without a heading's ¶ permalink)."""
    return [" ".join(element.text_content().split()).removesuffix("¶") for element in document.xpath(xpath)]


def row_of(document: lxml.html.HtmlElement, text: str) -> list[str]:
    """The cells of the article's table row holding `text` (a `|` that broke out of its cell adds a column)."""
    rows = [row for row in document.xpath("//article//tr") if text in row.text_content()]
    assert len(rows) == 1, f"{text!r} in {len(rows)} rows"
    return [" ".join(cell.text_content().split()) for cell in rows[0].xpath("td")]


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True, check=True).stdout


def test_module_title_on_its_pages_and_in_the_navigation(awkward_kit: Path) -> None:
    participant = page(awkward_kit, "demo/d01-welcome")
    assert texts(participant, "//article//h1") == [TITLE]
    assert texts(page(awkward_kit, "demo/d01-welcome/facilitator"), "//article//h1") == [f"Session plan: {TITLE}"]
    assert f"D01 · {TITLE}" in texts(participant, "//nav[contains(@class, 'md-nav--primary')]//label")
    assert participant.xpath("//rules") == []  # the title never became an element


def test_module_title_in_the_page_title_and_its_link_preview(awkward_kit: Path) -> None:
    participant = page(awkward_kit, "demo/d01-welcome")
    assert participant.findtext(".//title") == f"D01 · {TITLE} · Participant reading - Lokalatih"
    assert participant.xpath("//head/meta[@property='og:title']/@content") == [f"D01 · {TITLE} · Participant reading"]
    assert participant.xpath("//head//rules") == []


def test_table_cells_of_agenda_and_timing_table(awkward_kit: Path) -> None:
    assert row_of(page(awkward_kit, "demo/agenda"), TITLE) == ["08:15–09:00", TITLE, "45"]
    assert row_of(page(awkward_kit, "demo/d01-welcome/facilitator"), ACTIVITY) == [
        "08:30–09:00",
        ACTIVITY,
        "Plenary discussion",
        "30",
    ]


def test_table_cells_of_the_province_page(awkward_kit: Path) -> None:
    province = page(awkward_kit, "province")
    assert row_of(province, AWKWARD["figure"]) == [AWKWARD["figure"], "1,000", "2024", "BP2MI"]
    assert row_of(province, AWKWARD["institution"]) == [AWKWARD["institution"], "Role", "Fixture"]
    assert row_of(province, CONTACT)[0] == CONTACT
    assert row_of(province, PROBLEM) == [
        PROBLEM,
        "Act",
        "Lead",
        "Partners",
        TIMELINE,
        "Indicator",
        "planned",
    ]


def test_glossary_terms_and_their_tooltips(awkward_kit: Path) -> None:
    glossary = page(awkward_kit, "glossary")
    assert {TERM, AWKWARD["abbreviation_term"]} <= set(texts(glossary, "//article//h2"))
    assert {abbr.get("title") for abbr in glossary.xpath("//abbr")} == {AWKWARD["abbreviation_term"]}


def test_no_page_shows_an_escaped_entity(awkward_kit: Path) -> None:
    for html_file in sorted((awkward_kit / "site/en").rglob("*.html")):
        text = lxml.html.fromstring(html_file.read_bytes()).text_content()
        assert "&amp;" not in text and "&lt;" not in text, html_file.relative_to(awkward_kit)


def test_printed_texts_read_as_written(awkward_kit: Path) -> None:
    handout = pdf_text(awkward_kit / "site/downloads/handout-d01-welcome.en.pdf")
    agenda = pdf_text(awkward_kit / "site/downloads/agenda-demo.en.pdf")
    guide = pdf_text(next((awkward_kit / "dist/kit/demo").glob("facilitator-guide*.en.pdf")))
    for text in (TITLE, TERM, CONTACT):
        assert text in handout
    assert TITLE in agenda
    for text in (TITLE, ACTIVITY, CONTACT):
        assert text in guide
    for printed in (handout, agenda, guide):
        assert "&amp;" not in printed and "&lt;" not in printed
