"""The destination corridor is profile data: content names it through `{{ corridor.* }}`, and a province whose
workers go to Taiwan reads about Taiwan, with Malaysia only where the content names it on purpose (issue 16)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from lokalatih.build import build_all
from lokalatih.catalog import Artifact
from lokalatih.errors import ContentErrors
from lokalatih.loader import load_curriculum

from .conftest import FIXTURES, REPO, copy_kit

TAIWAN = "contoh-taiwan"  # tests/fixtures/corridor/contoh-taiwan.yaml: fictional test data
# How content marks a passage that names a country on purpose for every province (national data, a cited study).
FIXED = "{# corridor: fixed #}"
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_CONTEXT = 2  # words on each side of "Malaysia" that must be those of a marked passage


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _source_words(text: str) -> str:
    """A marked passage as words; a variable becomes a word no output has, so it never vouches for its place."""
    return " " + " ".join(words(_JINJA.sub(lambda m: " \x00var " if m.group(0).startswith("{{") else " ", text))) + " "


def _yaml_strings(value: object) -> Iterator[str]:
    if isinstance(value, dict):
        for item in value.values():
            yield from _yaml_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _yaml_strings(item)
    elif isinstance(value, str):
        yield value


def marked_passages(root: Path) -> list[str]:
    """Every passage marked `{# corridor: fixed #}`: the Markdown paragraph or the YAML text holding the marker."""
    passages: list[str] = []
    for path in sorted([*(root / "modules").rglob("*.md"), *(root / "docs").rglob("*.md")]):
        paragraphs = re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        # A page that shows the marker itself (docs/adapt) quotes it in {% raw %}: that is no marked passage.
        passages += [p for p in paragraphs if FIXED in p and "{% raw %}" not in p]
    for path in sorted((root / "modules").rglob("*.yaml")):
        passages += [s for s in _yaml_strings(yaml.safe_load(path.read_text(encoding="utf-8"))) if FIXED in s]
    return [_source_words(passage) for passage in passages]


def unmarked_mentions(text: str, passages: list[str], country: str = "malaysia") -> list[str]:
    """Each mention of the country (and its adjective) in `text` whose neighbouring words are not those of a marked
    passage, with those words, so a failure shows where it is."""
    # A word that a PDF hyphenated at the end of a line ("Malay-\nsia") is joined again first.
    tokens = words(re.sub(r"[-\u2010\u00ad]\n\s*", "", text))
    found = []
    for index, token in enumerate(tokens):
        if not token.startswith(country):
            continue
        before = " ".join(tokens[max(0, index - _CONTEXT) : index + 1])
        after = " ".join(tokens[index : index + _CONTEXT + 1])
        around = " ".join(tokens[max(0, index - _CONTEXT) : index + _CONTEXT + 1])
        # Inside a passage, or at its start or end (the words beyond belong to the next text on the page).
        if not any(
            f" {around} " in passage or passage.startswith(f" {after} ") or passage.endswith(f" {before} ")
            for passage in passages
        ):
            found.append(around)
    return found


class _PageText(HTMLParser):
    """What a reader can see or hear of a page: its text, and the titles and alt texts (glossary bubbles)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.attributes: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.hidden += 1
        wanted = ("title", "alt", "aria-label", "content")
        self.attributes += [value for name, value in attrs if name in wanted and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def page_text(path: Path) -> str:
    parser = _PageText()
    parser.feed(path.read_text(encoding="utf-8"))
    return "".join(parser.parts) + "\n" + "\n".join(parser.attributes)


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_finder_tells_marked_from_unmarked_mentions() -> None:
    passages = [_source_words(f"{FIXED}Pada 2023 Taiwan pertama dan Malaysia kedua (data BP2MI).")]
    assert unmarked_mentions("Menurut data, pada 2023 Taiwan pertama dan Malaysia kedua.", passages) == []
    assert unmarked_mentions("Ia bekerja di pabrik di Malaysia sejak 2020.", passages) == [
        "pabrik di malaysia sejak 2020"
    ]
    assert unmarked_mentions("upah minimum Malay-\nsia dan", passages) == ["upah minimum malaysia dan"]
    # A variable next to the country never matches: the variable's value could be anything.
    assert unmarked_mentions("di Taiwan dan Malaysia", [_source_words("di {{ corridor.country }} dan Malaysia")]) != []


@pytest.fixture(scope="module")
def taiwan_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real curriculum built for a fictional province in the Taiwan corridor (handouts and pocket cards only:
    the other PDFs hold no corridor text the test reads)."""
    root = copy_kit(REPO, tmp_path_factory.mktemp("taiwan") / "kit")
    shutil.copy(FIXTURES / "corridor" / f"{TAIWAN}.yaml", root / "provinces")

    def wanted(artifact: Artifact) -> bool:
        return artifact.kind in ("handout", "pocket-card")

    build_all(root, TAIWAN, pdfs=wanted)
    return root


def _participant_pages(site: Path) -> list[Path]:
    return sorted(
        page
        for base in (site, site / "en")
        for programme in ("workshop", "training")
        for page in (base / programme).glob("*/index.html")
        if page.parent.name != "agenda"
    )


def test_a_taiwan_province_reads_no_malaysia_outside_marked_passages(taiwan_kit: Path) -> None:
    passages = marked_passages(taiwan_kit)
    pages = _participant_pages(taiwan_kit / "site")
    downloads = taiwan_kit / "site" / "downloads"
    printed = sorted([*downloads.glob("handout-*.pdf"), *downloads.glob("pocket-card-*.pdf")])
    assert len(pages) == 36 and len(printed) == 38  # 18 sessions and a pocket card, in both languages
    texts = {path.relative_to(taiwan_kit).as_posix(): page_text(path) for path in pages}
    texts |= {path.relative_to(taiwan_kit).as_posix(): pdf_text(path) for path in printed}
    unmarked = {where: found for where, text in texts.items() if (found := unmarked_mentions(text, passages))}
    assert unmarked == {}
    # The marked national figures still show: the finder did look at mentions, and let only these through.
    assert "Malaysia" in texts["site/workshop/w02-migration-data/index.html"]
    # The corridor's own words are there instead: its country, mission, currency and the missing agreement.
    w02 = texts["site/workshop/w02-migration-data/index.html"]
    assert "Koridor Indonesia–Taiwan" in w02 and "KDEI Taipei" in w02 and "dolar Taiwan baru" in w02
    assert "Profil provinsi ini tidak mencatat perjanjian bilateral untuk koridor Indonesia–Taiwan." in w02
    assert "The Indonesia–Taiwan corridor" in texts["site/en/workshop/w02-migration-data/index.html"]
    assert "Kartu Saku: Bekerja di Taiwan dengan Aman" in texts["site/downloads/pocket-card-contoh-taiwan.id.pdf"]
    # The handout leaves out the Malaysia corridor's agreement and its glossary terms.
    assert "OCS" not in texts["site/downloads/handout-w02-migration-data.id.pdf"]


def test_the_pilot_corridor_keeps_its_agreement_and_missions() -> None:
    """The four pilot profiles keep Malaysia: the same build reads the 2022 memorandum and KBRI/KJRI."""
    curriculum = load_curriculum(REPO, "lampung")
    w02 = next(module for module in curriculum.modules if module.slug == "w02-migration-data")
    assert "## Koridor Indonesia–Malaysia" in w02.participant["id"]
    assert "Pada 1 April 2022, Indonesia dan Malaysia menandatangani nota kesepahaman" in w02.participant["id"]
    assert "mou-indonesia-malaysia-2022" in w02.spec.sources
    assert "one-channel-system" in w02.spec.handout.glossary
    assert any(slide.corridor == "malaysia" for slide in (w02.slides.slides if w02.slides else []))


def _edit(kit: Path, relative: str, old: str, new: str) -> None:
    path = kit / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


MODULE = "modules/demo/d01-welcome/module.yaml"
PROFILE = "provinces/sumatera-utara.yaml"


def test_module_yaml_texts_name_the_corridor_and_its_agreement(minikit: Path) -> None:
    _edit(minikit, MODULE, "  en: Welcome", '  en: "Welcome, {{ corridor.mission }} in {{ corridor.country }}"')
    _edit(minikit, MODULE, "  id: Perkenalan peserta.", "  id: >-\n    {{ corridor.agreement_note }}")
    module = load_curriculum(minikit).modules[0]
    assert module.spec.title.en == "Welcome, KBRI Kuala Lumpur in Malaysia"
    # The minikit's profile records no agreement: the sentence says so, in natural Indonesian, without claiming that
    # none exists, and names what applies either way.
    assert module.spec.summary.id == (
        "Profil provinsi ini tidak mencatat perjanjian bilateral untuk koridor Indonesia–Malaysia. Itu belum tentu "
        "berarti perjanjian semacam itu tidak ada: tanyakan kepada BP3MI atau KP2MI sebelum menjelaskannya. Dengan "
        "atau tanpa perjanjian, yang tetap berlaku adalah UU 18/2017 beserta peraturan pelaksananya, perjanjian "
        "penempatan, perjanjian kerja, dan hukum negara tujuan."
    )
    _edit(
        minikit,
        PROFILE,
        "  currency:",
        "  agreement:\n    key: sample-mou\n"
        "    name: {id: nota kesepahaman contoh 2022, en: the sample memorandum of 2022}\n"
        "    year: 2022\n    scope: {id: pekerja rumah tangga, en: domestic workers}\n    source: test fixture\n"
        "  currency:",
    )
    # An agreement covers its scope and never replaces the law.
    assert load_curriculum(minikit).modules[0].spec.summary.id == (
        "Untuk koridor ini, profil provinsi mencatat nota kesepahaman contoh 2022 tentang penempatan pekerja rumah "
        "tangga. Periksa isi dan status terbarunya sebelum mengutipnya. Perjanjian itu tidak menggantikan UU 18/2017 "
        "beserta peraturan pelaksananya, perjanjian kerja, dan hukum negara tujuan, yang tetap berlaku, juga bagi "
        "pekerja di luar cakupannya."
    )


def test_a_misspelt_corridor_variable_in_module_yaml_names_its_line(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lokalatih.cli import main

    _edit(minikit, MODULE, "  en: Welcome", '  en: "Welcome to {{ corridor.contry }}"')
    assert main(["--root", str(minikit), "check"]) == 2
    assert f"{MODULE}:7:7: unknown variable: 'contry' is not one of: " in capsys.readouterr().err


def test_glossary_terms_and_sources_of_another_corridor_leave_the_handout(minikit: Path) -> None:
    module = load_curriculum(minikit).modules[0]
    assert module.spec.handout.glossary == ["pmi", "p3mi"] and module.spec.sources == ["sample-source"]
    _edit(minikit, "modules/glossary.yaml", "  - key: p3mi\n", "  - key: p3mi\n    corridor: taiwan\n")
    _edit(
        minikit, "modules/references.yaml", "  - key: sample-source\n", "  - key: sample-source\n    corridor: taiwan\n"
    )
    module = load_curriculum(minikit).modules[0]
    assert module.spec.handout.glossary == ["pmi"] and module.spec.sources == []
    _edit(minikit, PROFILE, "  key: malaysia", "  key: taiwan")
    module = load_curriculum(minikit).modules[0]
    assert module.spec.handout.glossary == ["pmi", "p3mi"] and module.spec.sources == ["sample-source"]


def test_a_scaffolded_profile_asks_for_its_corridor(tmp_path: Path) -> None:
    from lokalatih.scaffold import new_province

    path = new_province(tmp_path, "nusa-tenggara-barat", "Nusa Tenggara Barat")
    profile = yaml.safe_load(path.read_text(encoding="utf-8"))
    corridor = profile["corridor"]
    assert corridor["country"] == {"id": "TODO", "en": "TODO"} and corridor["missions"][0]["name"]["id"] == "TODO"
    assert "agreement" not in corridor  # never invented: a partner adds one only where a source names it
    assert "TODO (partner): e.g. {id: Taiwan, en: Taiwan}" in path.read_text(encoding="utf-8")


BANK = "modules/demo/d01-welcome/questions.yaml"


def _item_about_another_corridor(kit: Path, otherwise: str | None) -> None:
    """d01-q1 (in the minikit's test) becomes an item about the Taiwan corridor; the Malaysia profile is built.
    A copy of it under the id d01-q9, about no corridor, is added to the bank."""
    path = kit / BANK
    bank = path.read_text(encoding="utf-8")
    first = bank[bank.index("  - id: d01-q1") : bank.index("  - id: d01-q2")]
    spare = first.replace("id: d01-q1", "id: d01-q9")
    marked = first.replace("    difficulty: easy\n", "    difficulty: easy\n    corridor: taiwan\n")
    if otherwise:
        marked = marked.replace("    corridor: taiwan\n", f"    corridor: taiwan\n    otherwise: {otherwise}\n")
    path.write_text(bank.replace(first, marked) + spare, encoding="utf-8")


def test_an_item_about_another_corridor_gives_way_to_its_otherwise_in_the_test(minikit: Path) -> None:
    _item_about_another_corridor(minikit, "d01-q9")
    curriculum = load_curriculum(minikit)
    (programme,) = curriculum.programmes
    assert programme.blueprint.items == ["d01-q9", "d01-q2", "d01-q3"]  # in the same place
    assert [item.id for item in curriculum.modules[0].bank.items] == ["d01-q2", "d01-q3", "d01-q9"]


def test_the_workshop_test_of_another_corridor_asks_no_question_on_the_malaysia_mou(tmp_path: Path) -> None:
    root = copy_kit(REPO, tmp_path / "kit")
    shutil.copy(FIXTURES / "corridor" / f"{TAIWAN}.yaml", root / "provinces")
    taiwan = next(p for p in load_curriculum(root, TAIWAN).programmes if p.spec.id == "workshop")
    pilot = next(p for p in load_curriculum(root, "sumatera-utara").programmes if p.spec.id == "workshop")
    assert "w02-q3" in pilot.blueprint.items and "w02-q3" not in taiwan.blueprint.items
    assert taiwan.blueprint.items == ["w02-q4" if item_id == "w02-q3" else item_id for item_id in pilot.blueprint.items]
    banks = [item for module in load_curriculum(root, TAIWAN).modules for item in module.bank.items]
    assert not [item.id for item in banks if item.corridor not in (None, "taiwan")]


@pytest.mark.parametrize(
    ("otherwise", "message"),
    [
        (None, "is about the taiwan corridor and in the test: name with `otherwise`"),
        ("d01-q2", "'d01-q2' is in the test already"),
        ("d01-q7", "no item 'd01-q7' in this module's bank"),
    ],
)
def test_an_item_about_one_corridor_in_the_test_needs_a_fitting_otherwise(
    minikit: Path, otherwise: str | None, message: str
) -> None:
    _item_about_another_corridor(minikit, otherwise)
    with pytest.raises(ContentErrors) as raised:
        load_curriculum(minikit)
    found = [str(error) for error in raised.value.errors if message in str(error)]
    assert found and found[0].startswith(BANK + ":"), [str(e) for e in raised.value.errors]


def test_the_glossary_page_of_another_corridor_leaves_out_the_malaysia_terms(tmp_path: Path) -> None:
    from lokalatih.site.pages import corridor_terms

    root = copy_kit(REPO, tmp_path / "kit")
    shutil.copy(FIXTURES / "corridor" / f"{TAIWAN}.yaml", root / "provinces")
    pilot, taiwan = load_curriculum(root, "sumatera-utara"), load_curriculum(root, TAIWAN)
    malaysia_only = {term.key for term in pilot.glossary.terms if term.corridor == "malaysia"}
    assert malaysia_only and malaysia_only <= {term.key for term in corridor_terms(pilot)}
    assert not malaysia_only & {term.key for term in corridor_terms(taiwan)}
