"""The Kahoot sheets: `lokalatih check` refuses a test item that does not fit Kahoot's limits."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_check_errors import check, edit

BANK = "modules/demo/d01-welcome/questions.yaml"
BLUEPRINT = "modules/demo/blueprint.yaml"


def excel_len(text: str) -> int:
    """What the template's own check (Excel's LEN) counts: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


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
