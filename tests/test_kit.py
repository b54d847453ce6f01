"""The facilitator kit: every export read back by an independent parser and checked against the bank."""

from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from pyxform.xls2xform import xls2xform_convert

from lokalatih.kit.gift import MOODLE_FRACTIONS
from lokalatih.labels import label
from lokalatih.loader import load_curriculum
from lokalatih.model.questions import ItemType

from .conftest import REPO
from .pdf_fonts import foreign_fonts

ORACLES = REPO / "tests" / "oracles"
ALLOWED_FRACTIONS = {"0", "100"} | set(MOODLE_FRACTIONS.values()) | {f"-{v}" for v in MOODLE_FRACTIONS.values()}


def kit_files(built_kit: Path, pattern: str) -> list[Path]:
    files = sorted((built_kit / "dist" / "kit").rglob(pattern))
    assert files, pattern
    return files


def bank_items(built_kit: Path, programme: str) -> dict[str, Any]:
    curriculum = load_curriculum(built_kit)
    return {
        item.id: item for p in curriculum.programmes if p.id == programme for m in p.modules for item in m.bank.items
    }


def test_gift_exports_parse_with_gift_pegjs(built_kit: Path) -> None:
    if not (ORACLES / "node_modules" / "gift-pegjs").is_dir():
        pytest.fail("the GIFT oracle is missing: run `make test`, which installs tests/oracles")
    files = kit_files(built_kit, "*.gift")
    parsed = json.loads(
        subprocess.run(
            ["node", str(ORACLES / "gift-parse.js"), *map(str, files)], capture_output=True, text=True, check=True
        ).stdout
    )
    for path in files:
        programme, lang = path.parent.name, path.name.split(".")[1]
        items = bank_items(built_kit, programme)
        questions = [q for q in parsed[str(path)] if q["type"] != "Category"]
        categories = [q["title"] for q in parsed[str(path)] if q["type"] == "Category"]
        assert {q["title"] for q in questions} == set(items)
        assert all(c.startswith(f"lokalatih/{programme}/") for c in categories) and len(categories) > 1
        for question in questions:
            item = items[question["title"]]
            assert question["stem"]["text"] == item.stem[lang]
            if item.type == ItemType.TRUE_FALSE:
                assert question["type"] == "TF" and question["isTrue"] is item.answer
                continue
            texts = [choice["text"]["text"] for choice in question["choices"]]
            assert texts == [option[lang] for option in item.options]
            if item.type == ItemType.SINGLE:
                assert [c["isCorrect"] for c in question["choices"]] == [o.correct for o in item.options]
            else:
                weights = [c["weight"] for c in question["choices"]]
                assert sum(w for w in weights if w > 0) == pytest.approx(100, abs=0.01)
                assert [w > 0 for w in weights] == [o.correct for o in item.options]


def test_moodle_xml_is_well_formed_with_fractions_from_moodles_list(built_kit: Path) -> None:
    for path in kit_files(built_kit, "*.moodle.xml"):
        quiz = etree.parse(str(path)).getroot()
        assert quiz.tag == "quiz"
        questions = quiz.findall("question")
        assert questions[0].get("type") == "category"
        items = bank_items(built_kit, path.parent.name)
        real = [q for q in questions if q.get("type") != "category"]
        assert {q.findtext("name/text") for q in real} == set(items)
        for question in real:
            answers = question.findall("answer")
            fractions = [a.get("fraction") for a in answers]
            assert len(answers) >= 2
            assert set(fractions) <= ALLOWED_FRACTIONS, fractions
            if question.get("type") == "truefalse" or question.findtext("single") == "true":
                assert fractions.count("100") == 1


def test_xlsforms_convert_with_pyxform_and_carry_both_languages(built_kit: Path, tmp_path: Path) -> None:
    for path in kit_files(built_kit, "test-*.xlsform.xlsx"):  # the evaluation's: tests/test_evaluation.py
        out = tmp_path / f"{path.parent.name}-{path.stem}.xml"
        warnings = xls2xform_convert(xlsform_path=str(path), xform_path=str(out), validate=False)
        assert warnings == []
        xform = out.read_text(encoding="utf-8")
        assert 'lang="Bahasa Indonesia (id)"' in xform and 'lang="English (en)"' in xform
        body = xform[xform.index("<h:body") :]
        names = re.findall(r'ref="/[^/]+/([^"]+)"', body)
        key = json.loads((path.parent / "test-key.json").read_text(encoding="utf-8"))
        test = "pre" if "test-pre" in path.name else "post"
        # The code only: sex and group come from the participant list. Items are named by id (what the scorer
        # reads from a Kobo export) and labelled with the number printed on that form.
        assert names == ["participant", *key[test]]
        _check_code_constraint(xform)
        # No answer key in a form participants fill in: only type/name/label columns, no score calculations.
        from openpyxl import load_workbook

        workbook = load_workbook(path)
        assert [c.value for c in workbook["choices"][1]] == [
            "list_name",
            "name",
            "label::Bahasa Indonesia (id)",
            "label::English (en)",
        ]
        calculations = [row[-1] for row in workbook["survey"].iter_rows(min_row=2, values_only=True) if row[-1]]
        assert calculations == [f"'{test}'", "'sumatera-utara'"]
        lists = {row[0] for row in workbook["choices"].iter_rows(min_row=2, values_only=True)}
        assert lists == {f"options_{item_id}" for item_id in key[test]}  # no sex or stakeholder-group choices
        survey = {row[1]: row for row in workbook["survey"].iter_rows(min_row=2, values_only=True)}
        stems = {fi_id: survey[fi_id][2] for fi_id in key[test]}
        assert [stem.split(". ", 1)[0] for stem in stems.values()] == [str(n) for n in range(1, len(key[test]) + 1)]


def _check_code_constraint(xform: str) -> None:
    """The participant code is constrained to six characters of the code alphabet, with a message per language."""
    import random

    from lokalatih.events import codes

    bind = re.search(r'<bind nodeset="/[^/]+/participant" ([^>]*)/>', xform)
    assert bind, "no bind for participant"
    constraint = re.search(r"constraint=\"regex\(\., '([^']+)'\)\"", bind.group(1))
    assert constraint and 'required="true()"' in bind.group(1) and "jr:constraintMsg" in bind.group(1)
    pattern = re.compile(constraint.group(1))
    for code in codes.new_codes(50, rng=random.Random(7)):
        assert pattern.search(code), code
    for wrong in ("K7M3Q", "K7M3QXA", "k7m3qx", "K7M3QO", "K7M 3Q", "K0M3QX"):
        assert not pattern.search(wrong), wrong
    messages = re.findall(r'<text id="/[^/]+/participant:jr:constraintMsg">\s*<value>([^<]+)</value>', xform)
    assert sorted(messages) == sorted(label("code_constraint", lang) for lang in ("id", "en"))
    digits = "".join(char for char in codes.ALPHABET if char.isdigit())
    assert all(", ".join(digits) in message for message in messages)  # the message names the digits of the codes


def test_keys_agree_with_the_bank_on_every_form(built_kit: Path) -> None:
    """Read the letters back from the XLSForm choices (another renderer) and check them against the bank."""
    from openpyxl import load_workbook

    for key_path in kit_files(built_kit, "test-key.json"):
        programme = key_path.parent.name
        key = json.loads(key_path.read_text(encoding="utf-8"))
        items = bank_items(built_kit, programme)
        curriculum = load_curriculum(built_kit)
        blueprint = next(p.blueprint for p in curriculum.programmes if p.id == programme)
        assert key["pre"] == blueprint.items
        assert sorted(key["post"]) == sorted(key["pre"]) and key["post"] != key["pre"]
        assert [entry["id"] for entry in key["items"]] == key["pre"]
        for test in ("pre", "post"):
            rows = list(
                load_workbook(key_path.parent / f"test-{test}.xlsform.xlsx")["choices"].iter_rows(values_only=True)
            )
            for item_id, entry in key["forms"][test].items():
                item = items[item_id]
                labels = {r[1]: r[3].split(". ", 1)[1] for r in rows if r[0] == f"options_{item_id}"}
                assert list(labels) == entry["options"]
                chosen = {labels[letter] for letter in entry["correct"]}
                if item.type == ItemType.TRUE_FALSE:
                    assert chosen == {"True" if item.answer else "False"}
                else:
                    assert chosen == {option.en for option in item.options if option.correct}
        shuffled = [i for i in key["pre"] if key["forms"]["pre"][i]["correct"] != key["forms"]["post"][i]["correct"]]
        assert shuffled, "the post-test reorders options"


def test_the_kit_has_no_responses_template(built_kit: Path) -> None:
    """Answers are typed into the event folder's entry files, numbered as each form prints them (events/)."""
    kit = built_kit / "dist" / "kit"
    assert not list(kit.rglob("responses-template*"))
    assert "responses-template" not in {entry["kind"] for entry in json.loads((kit / "manifest.json").read_text())}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def test_no_item_stem_appears_on_the_public_site(built_kit: Path) -> None:
    site_text = []
    for page in (built_kit / "site").rglob("*"):
        if page.suffix == ".html":
            parser = _Text()
            parser.feed(page.read_text(encoding="utf-8"))
            site_text.append(" ".join(parser.parts))
        elif page.suffix in (".json", ".xml", ".txt", ".js"):
            site_text.append(page.read_text(encoding="utf-8", errors="ignore"))
    everything = _normal(" ".join(site_text))
    curriculum = load_curriculum(built_kit)
    leaked = [
        f"{item.id} ({lang})"
        for module in curriculum.modules
        for item in module.bank.items
        for lang in ("id", "en")
        if _normal(item.stem[lang]) in everything
    ]
    assert leaked == []
    assert not list((built_kit / "site").rglob("*.gift")) and not list((built_kit / "site").rglob("test-key.json"))


def test_printed_forms_and_keys(built_kit: Path) -> None:
    form = kit_files(built_kit, "test-form-pre.id.pdf")[0]
    text = subprocess.run(["pdftotext", str(form), "-"], capture_output=True, text=True, check=True).stdout
    assert "Kode peserta" in text and "Lembar jawaban" in text and "Nama" not in text
    info = subprocess.run(["pdfinfo", str(form)], capture_output=True, text=True, check=True).stdout
    assert "Tagged:          yes" in info and "A4" in info
    key = kit_files(built_kit, "answer-key-post.en.pdf")[0]
    key_text = subprocess.run(["pdftotext", str(key), "-"], capture_output=True, text=True, check=True).stdout
    assert "Answer key" in key_text and "For facilitators only" in key_text
    assert foreign_fonts(key) == []


def test_answer_sheet_fits_on_the_last_page(built_kit: Path) -> None:
    for form in kit_files(built_kit, "test-form-*.pdf"):
        info = subprocess.run(["pdfinfo", str(form)], capture_output=True, text=True, check=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
        last = subprocess.run(
            ["pdftotext", "-f", str(pages), "-l", str(pages), "-layout", str(form), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        before = subprocess.run(
            ["pdftotext", "-l", str(pages - 1), str(form), "-"], capture_output=True, text=True, check=True
        ).stdout
        heading = "Lembar jawaban" if ".id." in form.name else "Answer sheet"
        assert heading in last and heading not in before, form.name
        key = json.loads((form.parent / "test-key.json").read_text(encoding="utf-8"))
        numbers = {int(n) for n in re.findall(r"(?m)(?:^|\s)(\d{1,2})\s+[A-F]\s", last)}
        assert numbers == set(range(1, len(key["pre"]) + 1)), form.name


def test_manifest_lists_every_kit_file(built_kit: Path) -> None:
    kit = built_kit / "dist" / "kit"
    manifest = json.loads((kit / "manifest.json").read_text(encoding="utf-8"))
    listed = {entry["path"] for entry in manifest}
    present = {p.relative_to(kit).as_posix() for p in kit.rglob("*") if p.is_file() and p.name != "manifest.json"}
    assert listed == present


def _pdf_text(path: Path, *options: str) -> str:
    return subprocess.run(["pdftotext", *options, str(path), "-"], capture_output=True, text=True, check=True).stdout


def _pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]


def _check_answer_key(path: Path, lang: str, expected: list[tuple[str, str]], printed: dict[str, Any]) -> None:
    numbered = re.findall(r"(?m)^\s*(\d+) · ([a-z0-9]+-q\d+)\b", _pdf_text(path))
    assert numbered == expected + expected, f"{path.name}: the summary table, then the rationale list"
    table = _pdf_text(path, "-layout")
    rows = re.findall(r"(?m)^[ \t]*(\d+) · (\S+)[ \t]+([A-H](?:, [A-H])*)[ \t]", table)
    assert [(number, item_id) for number, item_id, _ in rows] == expected, path.name
    assert [letters.split(", ") for _, _, letters in rows] == [printed[i]["correct"] for _, i in expected], path.name
    own_numbering = " ".join(label("key_numbering", lang).split()[:6])  # "Question numbers in this key are …"
    assert _normal(own_numbering) in _normal(_pdf_text(path)), path.name


def _check_test_form(path: Path, lang: str, expected: list[tuple[str, str]], printed: dict[str, Any],
                     items: dict[str, Any]) -> None:  # fmt: skip
    text = _pdf_text(path)
    questions = _normal(text[: text.index(label("answer_sheet", lang))])
    for number, item_id in expected:
        stem = " ".join(items[item_id].stem[lang].split()[:4])
        assert _normal(f"{number}. {stem}") in questions, f"{path.name}: question {number} is {item_id}"
    pages = _pdf_pages(path)
    sheet = _pdf_text(path, "-f", str(pages), "-l", str(pages), "-layout")
    bubbles = {n: letters.split() for n, letters in re.findall(r"(?:^|\s)(\d{1,2})((?:\s+[A-H]\b)+)", sheet)}
    assert bubbles == {number: printed[i]["options"] for number, i in expected}, f"{path.name}: answer sheet"
    # Nothing on the form identifies a person: two code boxes (questions, answer sheet), the province, the date.
    assert "Nama" not in text and "Name" not in text, path.name
    assert text.count(label("participant_code", lang)) == 2, path.name


def test_printed_numbers_and_item_ids_agree_with_the_key(built_kit: Path) -> None:
    """A clerk reads numbers off the answer sheet and the key: on every form, in both languages, number n is the
    item test-key.json puts at position n, with that form's letters, and the key prints the id beside the number."""
    for key_path in kit_files(built_kit, "test-key.json"):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        items = bank_items(built_kit, key_path.parent.name)
        for test in ("pre", "post"):
            expected = [(str(number), item_id) for number, item_id in enumerate(key[test], start=1)]
            printed = key["forms"][test]
            for lang in ("id", "en"):
                _check_answer_key(key_path.parent / f"answer-key-{test}.{lang}.pdf", lang, expected, printed)
                _check_test_form(key_path.parent / f"test-form-{test}.{lang}.pdf", lang, expected, printed, items)


def test_test_forms_carry_a_box_per_code_character_and_no_name_field(minikit: Path) -> None:
    """The question paper and the answer sheet each have one box per character of a participant code, and the only
    other fields are the province and the date: nothing identifies a person."""
    import datetime as dt

    from lokalatih.catalog import build_catalog
    from lokalatih.events import codes
    from lokalatih.kit.exports import test_form
    from lokalatih.render_context import RenderContext

    curriculum = load_curriculum(minikit)
    ctx = RenderContext(curriculum, dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    forms = [a for a in build_catalog(curriculum) if a.kind == "test-form"]
    assert len(forms) == 4  # pre and post, in both languages
    for artifact in forms:
        html = test_form(artifact, ctx)
        boxes = re.findall(r'<div class="code-boxes">(.*?)</div>', html)
        assert [box.count("<span></span>") for box in boxes] == [codes.LENGTH, codes.LENGTH], artifact.path
        fields = re.findall(r'<div class="label">([^<]*)</div>', html)
        lang = artifact.lang or ""
        expected = [label("participant_code", lang), label("province", lang), label("date", lang)]
        assert fields == [*expected, expected[0], expected[2]], artifact.path
