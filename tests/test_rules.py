"""The teachability rules: facilitator blocks, reading length, guides for participatory activities."""

from __future__ import annotations

from pathlib import Path

import pytest

from lokalatih.cli import main
from lokalatih.figures import figures_table, format_number
from lokalatih.loader import load_curriculum
from lokalatih.rules import MIN_PARTICIPANT_WORDS, blocks_in, count_words

from .conftest import tiny_png
from .test_check_errors import MODULE, PROGRAMME, check, edit

FACILITATOR_ID = "modules/demo/d01-welcome/facilitator.id.md"
PARTICIPANT_EN = "modules/demo/d01-welcome/participant.en.md"


def test_count_words_ignores_markup() -> None:
    text = "## Judul\n\nSatu dua [tiga](https://contoh.id/a-b-c) `kode x y`.\n\n!!! note\n    empat lima-enam\n"
    assert count_words(text) == 6  # Judul, Satu, dua, tiga, empat, lima-enam


def test_blocks_are_found_with_their_line() -> None:
    text = 'Teks\n\n!!! safeguarding\n    isi\n\n!!! note "Judul"\n    isi\n'
    assert [(b.type, b.line) for b in blocks_in(text)] == [("safeguarding", 3), ("note", 6)]


def test_missing_safeguarding_block(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, FACILITATOR_ID, "!!! safeguarding", "!!! note")
    assert check(minikit, capsys) == (
        2,
        [f"{FACILITATOR_ID}:1:1: missing the '!!! safeguarding' block every session plan needs"],
    )


def test_facilitator_block_refused_in_participant_text(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, PARTICIPANT_EN, "!!! note", "!!! safeguarding")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{PARTICIPANT_EN}:27:1: 'safeguarding' blocks are for facilitator texts only, not participant texts"
    ]


def test_unknown_block_type_is_a_typo(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, FACILITATOR_ID, "!!! inclusion", "!!! inclusive")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == f"{FACILITATOR_ID}:1:1: missing the '!!! inclusion' block every session plan needs"
    assert errors[1].startswith(f"{FACILITATOR_ID}:5:1: unknown block type 'inclusive'; use one of: note,")


def test_hybrid_programme_needs_hybrid_notes(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, PROGRAMME, "delivery: in-person", "delivery: hybrid")
    assert check(minikit, capsys) == (
        2,
        [
            "modules/demo/d01-welcome/facilitator.en.md:1:1: missing the '!!! hybrid' block every session plan needs",
            f"{FACILITATOR_ID}:1:1: missing the '!!! hybrid' block every session plan needs",
        ],
    )


def test_short_participant_reading(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = minikit / PARTICIPANT_EN
    paragraphs = path.read_text(encoding="utf-8").split("\n\n")
    path.write_text("\n\n".join(paragraphs[:4]), encoding="utf-8")
    words = count_words(
        "\n\n".join(paragraphs[:4])
        .replace("{{ province.name }}", "North Sumatra")
        .replace("{{ province.capital }}", "Medan")
    )
    assert words < MIN_PARTICIPANT_WORDS
    assert check(minikit, capsys) == (
        2,
        [
            f"{PARTICIPANT_EN}:1:1: the participant reading has {words} words; "
            f"at least {MIN_PARTICIPANT_WORDS} are needed"
        ],
    )


def test_participatory_activity_needs_expected_answers_and_debrief(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(minikit, MODULE, "    expected_answers:\n      - id: Menghormati waktu.\n        en: Respect the time.\n", "")
    edit(minikit, MODULE, "    debrief:\n      - id: Aturan mana yang paling penting?\n", "    debrief: []\n#")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{MODULE}:34:5: activities[1]: 'rules' (plenary-discussion) needs debrief questions",
        f"{MODULE}:34:5: activities[1]: 'rules' (plenary-discussion) needs expected_answers",
    ]


def test_a_module_of_only_presentations_is_refused(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "method: plenary-discussion", "method: presentation")
    assert check(minikit, capsys) == (
        2,
        [f"{MODULE}:26:3: activities: needs at least one participatory activity (not only presentation or test)"],
    )


def test_figures_table_groups_digits_per_language_and_escapes(minikit: Path) -> None:
    assert format_number(10550, "id") == "10.550"
    assert format_number(10550, "en") == "10,550"
    assert format_number(24.75, "id") == "24,8"
    profile = minikit / "provinces/sumatera-utara.yaml"
    profile.write_text(
        profile.read_text(encoding="utf-8")
        + "figures:\n  - key: placements\n    label: {id: Penempatan, en: Placements}\n    value: 10550\n"
        + '    year: 2023\n    source: "BP2MI <data> | Databoks"\n',
        encoding="utf-8",
    )
    province = load_curriculum(minikit).province
    table = str(figures_table(province, "id"))
    assert "| Penempatan | 10.550 | 2023 | BP2MI &lt;data&gt; \\| Databoks |" in table
    assert "| Placements | 10,550 | 2023 |" in str(figures_table(province, "en"))


def test_real_curriculum_meets_every_rule() -> None:
    from .conftest import REPO

    assert main(["--root", str(REPO), "check"]) == 0


def test_institutions_table_lists_each_office_with_its_source() -> None:
    from lokalatih.figures import institutions_table

    from .conftest import REPO

    province = load_curriculum(REPO).province
    table = str(institutions_table(province, "en")).splitlines()
    assert table[0] == "| Institution | Role | Source |"
    assert len(table) == 2 + len(province.institutions)
    assert all(institution.source in "\n".join(table) for institution in province.institutions)


def test_images_need_alt_text(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("map.png", "x.png"):
        (minikit / PARTICIPANT_EN).with_name(name).write_bytes(tiny_png())
    edit(
        minikit,
        PARTICIPANT_EN,
        "## Reading",
        '## Reading\n\n![](map.png) ![A map of the corridor](map.png)\n\n<img src="x.png">',
    )
    assert check(minikit, capsys) == (
        2,
        [
            f"{PARTICIPANT_EN}:3:1: image without alt text: write what it shows in ![...]",
            f'{PARTICIPANT_EN}:5:1: image without alt text: add alt="..." saying what it shows',
        ],
    )
