"""The Kahoot sheets: read back as Kahoot's template lays them out, every pre-test item there with the key of the
bank; `lokalatih check` refuses a test item that does not fit, and the build refuses to leave one out."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import load_workbook

from .test_check_errors import check, edit

BANK = "modules/demo/d01-welcome/questions.yaml"
BLUEPRINT = "modules/demo/blueprint.yaml"

# Kahoot's "Quiz template" workbook, as Kahoot publishes it: the header in row 8 from column B (the time-limit
# header has an en dash), questions from row 9 with their number in column A.
TEMPLATE_HEADER = [
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) \u2013 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
TIME_LIMITS = {5, 10, 20, 30, 60, 90, 120, 240}
TRUE_FALSE = {"id": ["Benar", "Salah"], "en": ["True", "False"]}


def excel_len(text: str) -> int:
    """What the template's own check (Excel's LEN) counts: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def raw_banks(root: Path, programme: str) -> dict[str, dict[str, Any]]:
    """The items as written in the YAML, read with PyYAML rather than through the kit's models."""
    items: dict[str, dict[str, Any]] = {}
    for path in sorted((root / "modules" / programme).glob("*/questions.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["items"]:
            items[item["id"]] = item
    return items


def expected_answers(item: dict[str, Any], lang: str) -> list[tuple[str, bool]]:
    """The answers the sheet must show, as (text, correct), in the pre-test form's order (the bank's order)."""
    if item["type"] == "true-false":
        return list(zip(TRUE_FALSE[lang], [item["answer"], not item["answer"]], strict=True))
    options = item["options"]
    entries = (item.get("quiz") or {}).get("options")
    if entries is None:
        return [(option[lang], bool(option.get("correct"))) for option in options]
    shown = []
    for entry in entries:
        option = options["ABCDEF".index(entry["option"])]
        shown.append((entry.get(lang) or option[lang], bool(option.get("correct"))))
    return shown


def test_every_pre_test_item_is_in_the_kahoot_sheet_as_the_template_lays_it_out(built_kit: Path) -> None:
    sheets = sorted((built_kit / "dist" / "kit").glob("*/kahoot-pre.*.xlsx"))
    assert len(sheets) == 4, sheets  # two programmes, two languages
    for path in sheets:
        programme, lang = path.parent.name, path.name.split(".")[1]
        key = json.loads((path.parent / "test-key.json").read_text(encoding="utf-8"))
        items = raw_banks(built_kit, programme)
        workbook = load_workbook(path)
        assert workbook.sheetnames == ["Sheet1"]
        sheet = workbook["Sheet1"]
        assert isinstance(sheet["B2"].value, str) and sheet["B2"].value  # the title area: title in B2
        assert [cell.value for cell in sheet[8]][:8] == [None, *TEMPLATE_HEADER], path
        rows = [
            row for row in sheet.iter_rows(min_row=9, max_col=8, values_only=True) if any(v is not None for v in row)
        ]
        assert len(rows) == len(key["pre"]), f"{path}: every item of the pre-test, none left out"
        for number, (row, item_id) in enumerate(zip(rows, key["pre"], strict=True), start=1):
            item = items[item_id]
            where = f"{path.name} row {number + 8} ({item_id})"
            assert row[0] == number and type(row[0]) is int, where
            quiz = item.get("quiz") or {}
            assert row[1] == (quiz.get("stem") or item["stem"])[lang], where
            answers = expected_answers(item, lang)
            assert [a for a in row[2:6] if a is not None] == [text for text, _ in answers], where
            assert row[2 : 2 + len(answers)] == tuple(text for text, _ in answers), where  # from Answer 1, no gaps
            correct = [n for n, (_, is_correct) in enumerate(answers, start=1) if is_correct]
            if len(correct) == 1:
                assert row[7] == correct[0] and type(row[7]) is int, where  # a number, not the text '4'
            else:
                assert row[7] == ",".join(map(str, correct)) and re.fullmatch(r"\d(,\d)+", str(row[7])), where
            # The key is the bank's: every correct option is shown, the letters of the form's key among them.
            assert len(correct) == len(key["forms"]["pre"][item_id]["correct"]), where
            assert type(row[6]) is int and row[6] in TIME_LIMITS, where
            assert excel_len(row[1]) <= 120 and all(excel_len(t) <= 75 for t, _ in answers) and len(answers) <= 4


def test_a_multiple_answer_item_keeps_every_correct_option(built_kit: Path) -> None:
    # t02-q5 has five options; the quiz shows four (every correct one, one wrong), key "1,2,3".
    sheet = load_workbook(built_kit / "dist" / "kit" / "training" / "kahoot-pre.en.xlsx")["Sheet1"]
    row = next(r for r in sheet.iter_rows(min_row=9, values_only=True) if r[1] and "free departure" in r[1])
    assert row[7] == "1,2,3"
    assert row[5] == "Her wages will be paid electronically into her own account"


def test_the_kahoot_export_lists_what_it_cannot_fit_and_the_build_refuses_it(minikit: Path) -> None:
    from lokalatih.catalog import build_catalog
    from lokalatih.errors import BuildFailed
    from lokalatih.kit.exports import kahoot_file
    from lokalatih.kit.forms import build_forms
    from lokalatih.kit.kahoot import kahoot
    from lokalatih.loader import load_curriculum
    from lokalatih.model.common import Text
    from lokalatih.render_context import RenderContext

    curriculum = load_curriculum(minikit)
    programme = curriculum.programmes[0]
    forms = build_forms(programme)
    first = forms["pre"].items[0]
    too_long = Text(id="Soal " + "panjang " * 20, en="A question " + "that goes on " * 12)
    broken = replace(forms["pre"], items=(replace(first, item=first.item.model_copy(update={"stem": too_long})),
                                          *forms["pre"].items[1:]))  # fmt: skip
    when = dt.datetime(2025, 11, 17, tzinfo=dt.UTC)
    workbook, skipped = kahoot(broken, "en", when)
    assert skipped == ["d01-q1"]
    rows = list(load_workbook(io.BytesIO(workbook))["Sheet1"].iter_rows(min_row=9, values_only=True))
    assert [row[0] for row in rows if row[0] is not None] == [2, 3]

    ctx = RenderContext(curriculum, when)
    ctx._forms[programme.id] = {"pre": broken, "post": forms["post"]}
    artifact = next(a for a in build_catalog(curriculum).artifacts if a.kind == "kahoot" and a.lang == "en")
    with pytest.raises(BuildFailed, match=r"kahoot-pre\.en\.xlsx: 1 item\(s\) do not fit .*: d01-q1"):
        kahoot_file(artifact, ctx)
    ctx._forms[programme.id] = forms
    assert kahoot_file(artifact, ctx).startswith(b"PK")


def quiz_block(*lines: str) -> str:
    """A `quiz:` block, indented as the bank's items are (to insert before the next item or append)."""
    return "    quiz:\n" + "".join(f"      {line}\n" for line in lines)


def passes(kit: Path, capsys: pytest.CaptureFixture[str]) -> bool:
    code, lines = check(kit, capsys)
    return code == 0 and not [line for line in lines if not line.startswith("warning:")]


LONG_STEM = "Who bears recruitment costs under the employer pays principle, " + "as the group discussed it " * 3 + "?"


def test_check_names_a_test_item_whose_stem_is_too_long_for_kahoot(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(minikit, BANK, "en: Who bears recruitment costs under the employer pays principle?", f"en: {LONG_STEM}")
    over = excel_len(LONG_STEM) - 120
    assert check(minikit, capsys) == (
        2,
        [
            f"{BANK}:9:11: items[0].stem.en: d01-q1 does not fit Kahoot (en): the stem has {excel_len(LONG_STEM)} "
            f"characters, {over} over the 120 Kahoot allows; write a shorter `quiz.stem`"
        ],
    )


def test_a_short_quiz_stem_makes_it_fit(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "en: Who bears recruitment costs under the employer pays principle?", f"en: {LONG_STEM}")
    quiz = quiz_block("stem:", "  id: Siapa menanggung biaya perekrutan?", "  en: Who bears recruitment costs?")
    edit(minikit, BANK, "  - id: d01-q2\n", f"{quiz}  - id: d01-q2\n")
    assert passes(minikit, capsys)


def test_a_quiz_stem_that_is_still_too_long_is_named(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quiz = quiz_block("stem:", "  id: Siapa menanggung biaya?", f"  en: {LONG_STEM}")
    edit(minikit, BANK, "  - id: d01-q2\n", f"{quiz}  - id: d01-q2\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{BANK}:26:13: items[0].quiz.stem.en: d01-q1 does not fit Kahoot (en): the quiz stem has "
        f"{excel_len(LONG_STEM)} characters, {excel_len(LONG_STEM) - 120} over the 120 Kahoot allows"
    ]


def test_check_names_an_option_too_long_for_kahoot(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_option = "Calo di desa yang membawa calon pekerja ke perusahaan penempatan dan meminta bayaran"
    edit(minikit, BANK, "id: Calo di desa", f"id: {long_option}")
    assert check(minikit, capsys) == (
        2,
        [
            f"{BANK}:18:13: items[0].options[3].id: d01-q1 does not fit Kahoot (id): option D has "
            f"{len(long_option)} characters, {len(long_option) - 75} over the 75 Kahoot allows; give it a shorter "
            "text in `quiz.options`"
        ],
    )


FIFTH_OPTION = (
    "      - id: Calo di desa\n        en: The village broker\n      - id: Kepala desa\n        en: The village head\n"
)


def test_five_options_are_one_too_many_for_kahoot(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "      - id: Calo di desa\n        en: The village broker\n", FIFTH_OPTION)
    assert check(minikit, capsys) == (
        2,
        [
            f"{BANK}:11:7: items[0].options: d01-q1 does not fit Kahoot: 5 options, 1 over the 4 answers Kahoot "
            "allows; name the 4 it shows in `quiz.options`"
        ],
    )
    quiz = quiz_block("options:", "  - option: A", "  - option: B", "  - option: C", "  - option: E")
    edit(minikit, BANK, "  - id: d01-q2\n", f"{quiz}  - id: d01-q2\n")
    assert passes(minikit, capsys)


def test_a_quiz_keeps_every_correct_option(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quiz = quiz_block("options:", "  - option: A", "  - option: C", "  - option: D")
    edit(minikit, BANK, "  - id: d01-q2\n", f"{quiz}  - id: d01-q2\n")
    assert check(minikit, capsys) == (
        2,
        [
            f"{BANK}:25:9: items[0].quiz.options: the quiz shows every correct option (its key is the item's key); "
            "missing: B"
        ],
    )


def test_quiz_options_name_real_options_in_order(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    quiz = quiz_block("options:", "  - option: B", "  - option: A", "  - option: F")
    edit(minikit, BANK, "  - id: d01-q2\n", f"{quiz}  - id: d01-q2\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{BANK}:25:9: items[0].quiz.options: name each option once, in the bank's order (A, B, ...), as the forms "
        "print them",
        f"{BANK}:27:19: items[0].quiz.options[2].option: no option F: this item has 4 (ABCD)",
    ]


def test_a_true_false_item_takes_only_a_quiz_stem(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with (minikit / BANK).open("a", encoding="utf-8") as bank:
        bank.write(quiz_block("options:", "  - option: A", "  - option: B"))
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{BANK}:53:9: items[2].quiz.options: a true-false item's quiz answers are fixed (Benar/Salah, True/False): "
        "give only `quiz.stem`"
    ]


def test_only_test_items_must_fit(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BLUEPRINT, "  - d01-q3\n", "")
    edit(minikit, BANK, "en: Participants may decline to tell their own story.", f"en: {LONG_STEM}")
    assert passes(minikit, capsys)
