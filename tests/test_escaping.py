"""`&`, `<` and `|` in titles, table cells and glossary terms reach the reader as written: escaped once for the
site's Markdown, once for the print templates' HTML; never twice (`&amp;amp;`), never as markup, never as a column.

One minikit build with such texts in English serves every test here (its Indonesian PDFs come from the cache).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import lxml.html
import pytest

from .conftest import FIXTURES, copy_kit
from .test_check_errors import MODULE, edit

TITLE = "Welcome & <rules> | more"
ACTIVITY = "Agree & <decide> | vote"
TERM = "PMI & <worker> | migrant"
ABBREVIATION_TERM = "P3MI & <agency> | company"
CONTACT = "Help & <line> | hotline"
FIGURE = "Workers & <families> | placed"
INSTITUTION = "Office & <labour> | manpower"
PROBLEM = "Fees & <debts> | loans"
TIMELINE = "2026 & <q1> | q2"

PROFILE_TABLES = f"""capital: Medan
figures:
  - key: placed
    label: {{id: Penempatan, en: "{FIGURE}"}}
    value: 1000
    year: 2024
    source: BP2MI
institutions:
  - key: office
    kind: other
    name: {{id: Dinas, en: "{INSTITUTION}"}}
    role: {{id: Peran, en: Role}}
    source: Fixture
action_plan:
  - problem: {{id: Masalah, en: "{PROBLEM}"}}
    action: {{id: Aksi, en: Act}}
    lead: {{id: Pemimpin, en: Lead}}
    partners: {{id: Mitra, en: Partners}}
    timeline: "{TIMELINE}"
    indicator: {{id: Indikator, en: Indicator}}
"""


@pytest.fixture(scope="module")
def hostile_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from lokalatih.build import build_all

    kit = copy_kit(FIXTURES / "minikit", tmp_path_factory.mktemp("escaping") / "kit")
    edit(kit, MODULE, "  en: Welcome\n", f'  en: "{TITLE}"\n')
    edit(kit, MODULE, "en: Group agreements}", f'en: "{ACTIVITY}"}}')
    edit(kit, "modules/glossary.yaml", "en: PMI (Indonesian migrant worker)}", f'en: "{TERM}"}}')
    edit(kit, "modules/glossary.yaml", "en: P3MI (private placement company)}", f'en: "{ABBREVIATION_TERM}"}}')
    edit(kit, "provinces/sumatera-utara.yaml", "en: Sample service}", f'en: "{CONTACT}"}}')
    edit(kit, "provinces/sumatera-utara.yaml", "capital: Medan\n", PROFILE_TABLES)
    build_all(kit, "sumatera-utara")
    return kit


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


def test_module_title_on_its_pages_and_in_the_navigation(hostile_kit: Path) -> None:
    participant = page(hostile_kit, "demo/d01-welcome")
    assert texts(participant, "//article//h1") == [TITLE]
    assert texts(page(hostile_kit, "demo/d01-welcome/facilitator"), "//article//h1") == [f"Session plan: {TITLE}"]
    assert f"D01 · {TITLE}" in texts(participant, "//nav[contains(@class, 'md-nav--primary')]//label")
    assert participant.xpath("//rules") == []  # the title never became an element


def test_table_cells_of_agenda_and_timing_table(hostile_kit: Path) -> None:
    assert row_of(page(hostile_kit, "demo/agenda"), TITLE) == ["08:15–09:00", TITLE, "45"]
    assert row_of(page(hostile_kit, "demo/d01-welcome/facilitator"), ACTIVITY) == [
        "08:30–09:00",
        ACTIVITY,
        "Plenary discussion",
        "30",
    ]


def test_table_cells_of_the_province_page(hostile_kit: Path) -> None:
    province = page(hostile_kit, "province")
    assert row_of(province, FIGURE) == [FIGURE, "1,000", "2024", "BP2MI"]
    assert row_of(province, INSTITUTION) == [INSTITUTION, "Role", "Fixture"]
    assert row_of(province, CONTACT)[0] == CONTACT
    assert row_of(province, PROBLEM) == [PROBLEM, "Act", "Lead", "Partners", TIMELINE, "Indicator", "planned"]


def test_glossary_terms_and_their_tooltips(hostile_kit: Path) -> None:
    glossary = page(hostile_kit, "glossary")
    assert {TERM, ABBREVIATION_TERM} <= set(texts(glossary, "//article//h2"))
    assert {abbr.get("title") for abbr in glossary.xpath("//abbr")} == {ABBREVIATION_TERM}


def test_no_page_shows_an_escaped_entity(hostile_kit: Path) -> None:
    for html_file in sorted((hostile_kit / "site/en").rglob("*.html")):
        text = lxml.html.fromstring(html_file.read_bytes()).text_content()
        assert "&amp;" not in text and "&lt;" not in text, html_file.relative_to(hostile_kit)


def test_printed_texts_read_as_written(hostile_kit: Path) -> None:
    handout = pdf_text(hostile_kit / "site/downloads/handout-d01-welcome.en.pdf")
    agenda = pdf_text(hostile_kit / "site/downloads/agenda-demo.en.pdf")
    guide = pdf_text(next((hostile_kit / "dist/kit/demo").glob("facilitator-guide*.en.pdf")))
    for text in (TITLE, TERM, CONTACT):
        assert text in handout
    assert TITLE in agenda
    for text in (TITLE, ACTIVITY, CONTACT):
        assert text in guide
    for printed in (handout, agenda, guide):
        assert "&amp;" not in printed and "&lt;" not in printed
