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


# -- The rules of the curriculum corrections (issue 12): teaches, groups, test slot, limits of confidentiality ----

BLUEPRINT = "modules/demo/blueprint.yaml"
FACILITATOR_EN = "modules/demo/d01-welcome/facilitator.en.md"


def test_an_item_whose_objective_no_activity_teaches_is_refused(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(minikit, MODULE, "    teaches: [agree-rules]\n", "    teaches: []\n")
    assert check(minikit, capsys) == (
        2,
        [
            f"{BLUEPRINT}:5:5: items[1]: item 'd01-q2' tests objective 'agree-rules', which no activity of "
            "d01-welcome teaches (list it in an activity's `teaches`)",
            f"{BLUEPRINT}:6:5: items[2]: item 'd01-q3' tests objective 'agree-rules', which no activity of "
            "d01-welcome teaches (list it in an activity's `teaches`)",
        ],
    )


def test_teaches_must_name_an_objective_of_the_module(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "    teaches: [agree-rules]\n", "    teaches: [agree-rules, agree-ruels]\n")
    assert check(minikit, capsys) == (
        2,
        [f"{MODULE}:48:28: activities[1].teaches[1]: no objective 'agree-ruels'; known: name-objectives, agree-rules"],
    )


@pytest.mark.parametrize(
    "method", ["small-group-work", "role-play", "mapping", "gallery-walk", "case-study", "panel-discussion"]
)
def test_a_group_activity_must_state_its_groups(minikit: Path, capsys: pytest.CaptureFixture[str], method: str) -> None:
    edit(minikit, MODULE, "method: plenary-discussion", f"method: {method}")
    edit(minikit, MODULE, "methods: [presentation, plenary-discussion]", f"methods: [presentation, {method}]")
    assert check(minikit, capsys) == (
        2,
        [f"{MODULE}:34:5: activities[1]: 'rules' ({method}) needs `groups:` (count, min_size, max_size)"],
    )


def group_work(kit: Path, count: int, min_size: int, max_size: int) -> None:
    edit(kit, MODULE, "method: plenary-discussion", "method: small-group-work")
    edit(kit, MODULE, "methods: [presentation, plenary-discussion]", "methods: [presentation, small-group-work]")
    groups = f"    groups: {{count: {count}, min_size: {min_size}, max_size: {max_size}}}\n"
    edit(kit, MODULE, "    teaches: [agree-rules]\n", "    teaches: [agree-rules]\n" + groups)


def test_groups_that_cannot_hold_the_room_are_refused(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    group_work(minikit, 3, 5, 7)  # three tables of 5-7 seat 15-21 of the 40 participants
    assert check(minikit, capsys) == (
        2,
        [f"{MODULE}:49:13: activities[1].groups: 3 groups of 5-7 hold 15-21 people, not the programme's 40"],
    )


def test_too_few_people_for_the_groups_are_refused_too(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    group_work(minikit, 7, 5, 7)
    edit(minikit, PROGRAMME, "delivery: in-person", "delivery: in-person\nparticipants: 24")
    assert check(minikit, capsys) == (
        2,
        [f"{MODULE}:49:13: activities[1].groups: 7 groups of 5-7 hold 35-49 people, not the programme's 24"],
    )


def test_groups_that_hold_the_room_pass(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    group_work(minikit, 7, 5, 6)  # 35-42 people: 40 fit
    assert main(["--root", str(minikit), "check"]) == 0


def test_group_sizes_must_be_in_order(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    group_work(minikit, 6, 7, 5)
    assert check(minikit, capsys) == (2, [f"{MODULE}:49:13: activities[1].groups: min_size is larger than max_size"])


def test_a_panel_counts_panellists_not_the_room(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "method: plenary-discussion", "method: panel-discussion")
    edit(minikit, MODULE, "methods: [presentation, plenary-discussion]", "methods: [presentation, panel-discussion]")
    edit(
        minikit,
        MODULE,
        "    teaches: [agree-rules]\n",
        "    teaches: [agree-rules]\n    groups: {count: 4, min_size: 1, max_size: 1}\n",
    )
    assert main(["--root", str(minikit), "check"]) == 0


def test_the_test_slot_must_fit_the_blueprint(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The welcome becomes the test: 15 minutes for the blueprint's 3 items at 6 minutes each (+3) is too short.
    edit(minikit, MODULE, "method: presentation", "method: test")
    edit(minikit, MODULE, "methods: [presentation, plenary-discussion]", "methods: [test, plenary-discussion]")
    edit(minikit, PROGRAMME, "delivery: in-person", "delivery: in-person\nminutes_per_test_item: 6")
    assert check(minikit, capsys) == (
        2,
        [
            f"{MODULE}:27:14: activities[0].minutes: 'welcome' gives 15 minutes for a test of 3 items; "
            "at 6 minutes per item and 3 to hand out and collect the forms it needs at least 21"
        ],
    )


def test_a_test_slot_that_fits_passes(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "method: presentation", "method: test")
    edit(minikit, MODULE, "methods: [presentation, plenary-discussion]", "methods: [test, plenary-discussion]")
    edit(minikit, PROGRAMME, "delivery: in-person", "delivery: in-person\nminutes_per_test_item: 4")
    assert main(["--root", str(minikit), "check"]) == 0  # 3 items × 4 minutes + 3 to hand out = the 15 minutes


LIMITS_ID = "!!! safeguarding\n    Tidak ada yang diminta menceritakan pengalamannya sendiri.\n"
LIMITS_EN = "!!! safeguarding\n    Nobody is asked to tell their own story.\n"


def test_a_disclosure_session_must_state_the_limits_of_confidentiality(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(minikit, MODULE, "duration: 45\n", "duration: 45\ndisclosure: true\n")
    message = (
        "this session handles disclosure (`disclosure: true`): put {{ confidentiality_limits }} inside its "
        "'!!! safeguarding' block, indented like the block's text"
    )
    assert check(minikit, capsys) == (2, [f"{FACILITATOR_EN}:1:1: {message}", f"{FACILITATOR_ID}:1:1: {message}"])


def test_the_limits_outside_the_safeguarding_block_do_not_count(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(minikit, MODULE, "duration: 45\n", "duration: 45\ndisclosure: true\n")
    # after the block, not indented: it would render as a paragraph of its own, not as part of the block
    edit(minikit, FACILITATOR_ID, LIMITS_ID, LIMITS_ID + "\n{{ confidentiality_limits }}\n")
    # in another block
    edit(minikit, FACILITATOR_EN, "!!! inclusion\n", "!!! inclusion\n    {{ confidentiality_limits }}\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert [error.split(": ")[0] for error in errors] == [f"{FACILITATOR_EN}:1:1", f"{FACILITATOR_ID}:1:1"]


def test_the_limits_inside_the_safeguarding_block_pass_and_render(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(minikit, MODULE, "duration: 45\n", "duration: 45\ndisclosure: true\n")
    edit(minikit, FACILITATOR_ID, LIMITS_ID, LIMITS_ID + "\n    {{ confidentiality_limits }}\n")
    edit(minikit, FACILITATOR_EN, LIMITS_EN, LIMITS_EN + "\n    {{ confidentiality_limits }}\n")
    assert main(["--root", str(minikit), "check"]) == 0
    module = load_curriculum(minikit).programmes[0].modules[0]
    rendered = module.facilitator["en"]
    assert "\n\n    **Limits of confidentiality.** Confidentiality is kept, but it is not absolute." in rendered
    assert "\n\n    **Safeguarding focal point at this event:** not yet named." in rendered
    assert "**Batas kerahasiaan.** Kerahasiaan dijaga, tetapi tidak mutlak." in module.facilitator["id"]
