"""Bad question banks and blueprints: each mistake is one line `file:line:col: where: message`, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_check_errors import check, edit

BANK = "modules/demo/d01-welcome/questions.yaml"
BLUEPRINT = "modules/demo/blueprint.yaml"


def test_answer_not_among_the_options(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "        en: The employer\n        correct: true\n", "        en: The employer\n")
    assert check(minikit, capsys) == (
        2,
        [f"{BANK}:11:7: items[0].options: a single item has exactly one correct option, not 0"],
    )


def test_two_correct_options_in_a_single_item(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "        en: The worker\n", "        en: The worker\n        correct: true\n")
    assert check(minikit, capsys) == (
        2,
        [f"{BANK}:11:7: items[0].options: a single item has exactly one correct option, not 2"],
    )


def test_objective_must_exist_in_the_module(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "objective: name-objectives", "objective: name-the-objectives")
    assert check(minikit, capsys) == (
        2,
        [
            f"{BANK}:3:3: items: objective 'name-objectives' has no item",
            f"{BANK}:5:16: items[0].objective: no objective 'name-the-objectives' in module.yaml; "
            "known: name-objectives, agree-rules",
        ],
    )


def test_duplicate_item_id(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "  - id: d01-q2", "  - id: d01-q1")
    edit(minikit, BLUEPRINT, "  - d01-q2\n", "")
    assert check(minikit, capsys) == (
        2,
        [f"{BANK}:3:9: items[0].id: duplicate id 'd01-q1'", f"{BANK}:23:9: items[1].id: duplicate id 'd01-q1'"],
    )


def test_missing_language_in_an_option(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "        en: The village broker\n", "")
    assert check(minikit, capsys) == (2, [f"{BANK}:18:9: items[0].options[3].en: missing English text"])


def test_all_of_the_above_is_refused(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "en: The village broker", "en: All of the above")
    assert check(minikit, capsys) == (
        2,
        [f"{BANK}:19:13: items[0].options[3].en: no 'all/none of the above': write a real option"],
    )


def test_trick_negative_stem_is_refused(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "en: Who bears recruitment costs", "en: Who does NOT bear recruitment costs")
    assert check(minikit, capsys) == (
        2,
        [f"{BANK}:9:11: items[0].stem.en: no trick negatives (NOT, EXCEPT, KECUALI, BUKAN): ask positively"],
    )


def test_true_false_needs_its_answer(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "    answer: true\n", "")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [f"{BANK}:41:5: items[2]: a true-false item needs `answer: true` or `answer: false`"]


def test_item_id_belongs_to_its_module(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BANK, "  - id: d01-q3", "  - id: x01-q3")
    edit(minikit, BLUEPRINT, "  - d01-q3", "  - x01-q3")
    assert check(minikit, capsys) == (2, [f"{BANK}:41:9: items[2].id: item ids of module d01 start with 'd01-q'"])


def test_bank_below_the_blueprint_minimum(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BLUEPRINT, "min_items_per_module: 3", "min_items_per_module: 4")
    assert check(minikit, capsys) == (
        2,
        [f"{BANK}:3:3: items: 3 items; this programme's blueprint asks for at least 4"],
    )


def test_blueprint_names_an_unknown_item(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, BLUEPRINT, "  - d01-q3", "  - d01-q3\n  - d01-q9")
    assert check(minikit, capsys) == (
        2,
        [f"{BLUEPRINT}:7:5: items[3]: no item 'd01-q9' in this programme's question banks"],
    )


def test_missing_bank(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (minikit / BANK).unlink()
    code, errors = check(minikit, capsys)
    assert code == 2
    assert f"{BANK}:1:1: missing the module's question bank (see modules/README.md)" in errors
