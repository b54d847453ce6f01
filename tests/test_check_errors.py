"""`lokalatih check` reports each kind of content error as one line `file:line:col: where: message`, exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from lokalatih.cli import main

MODULE = "modules/demo/d01-welcome/module.yaml"
PROGRAMME = "modules/demo/programme.yaml"


def edit(kit: Path, relative: str, old: str, new: str) -> None:
    path = kit / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def check(kit: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, list[str]]:
    code = main(["--root", str(kit), "check", *extra])
    lines = capsys.readouterr().err.splitlines()
    return code, [line for line in lines if not line.endswith("nothing was built.")]


def test_the_valid_kit_passes(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(minikit), "check"]) == 0
    assert "1 modules" in capsys.readouterr().out


def test_missing_english_text_names_file_line_and_column(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "    en: Participants can agree on group rules.\n", "")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [f"{MODULE}:15:5: objectives[1].en: missing English text"]


def test_empty_indonesian_text(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "  id: Selamat datang", '  id: "  "')
    assert check(minikit, capsys) == (2, [f"{MODULE}:6:7: title.id: empty Indonesian text"])


def test_unknown_key_is_a_typo(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "duration: 45", "duration: 45\nduraton: 45")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert len(errors) == 1
    assert errors[0].startswith(f"{MODULE}:4:1: duraton: unknown key 'duraton' (did you mean 'duration'?)")


def test_a_misspelt_required_key_is_one_error_not_two(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Without the typo rule the author would also read "missing required key 'duration'" for the same slip.
    edit(minikit, MODULE, "duration: 45", "duraton: 45")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert len(errors) == 1
    assert errors[0].startswith(f"{MODULE}:3:1: duraton: unknown key 'duraton' (did you mean 'duration'?)")


def test_duplicate_objective_key(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "key: agree-rules", "key: name-objectives")
    code, errors = check(minikit, capsys)
    assert code == 2
    # (the bank's items and the activity that teach 'agree-rules' are reported too: that objective is gone)
    assert [e for e in errors if e.split(":")[0].endswith("module.yaml")] == [
        f"{MODULE}:12:10: objectives[0].key: duplicate key 'name-objectives'",
        f"{MODULE}:15:10: objectives[1].key: duplicate key 'name-objectives'",
        f"{MODULE}:48:15: activities[1].teaches[0]: no objective 'agree-rules'; known: name-objectives, "
        "name-objectives",
    ]


def test_duplicate_module_id_across_programmes(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import shutil

    other = minikit / "modules" / "other"
    shutil.copytree(minikit / "modules" / "demo", other)
    edit(minikit, "modules/other/programme.yaml", "id: demo", "id: other")
    code, errors = check(minikit, capsys)
    assert code == 2
    # (the copy repeats every item id and worksheet key too, each reported in its own file)
    assert len([e for e in errors if "is used by another bank too" in e]) == 6
    assert len([e for e in errors if "worksheet key 'd01-plan' is used twice" in e]) == 2
    assert [e for e in errors if "duplicate module id" in e] == [
        f"{MODULE}:2:5: id: duplicate module id 'd01'",
        "modules/other/d01-welcome/module.yaml:2:5: id: duplicate module id 'd01'",
    ]


def test_duplicate_yaml_key(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "duration: 45", "duration: 45\nduration: 50")
    assert check(minikit, capsys) == (2, [f"{MODULE}:4:1: duplicate key 'duration'"])


def test_yaml_syntax_error(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "methods: [presentation, plenary-discussion]", "methods: [presentation, plenary-discussion")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert len(errors) == 1 and errors[0] == f"{MODULE}:5:6: YAML syntax: expected ',' or ']', but got ':'"


def test_unsafe_yaml_tag_is_refused(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "duration: 45", "duration: !!python/object/apply:os.system ['echo pwned']")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [f"{MODULE}:3:11: the tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"]


def test_source_must_be_in_the_bibliography(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "  - sample-source", "  - sample-source\n  - no-such-document")
    assert check(minikit, capsys) == (
        2,
        [f"{MODULE}:66:5: sources[1]: no reference 'no-such-document' in modules/references.yaml"],
    )


def test_activity_minutes_must_add_up(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "minutes: 30", "minutes: 25")
    assert check(minikit, capsys) == (
        2,
        [f"{MODULE}:3:11: duration: the activities add up to 40 minutes but the duration is 45"],
    )


def test_day_must_fit_its_window(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, PROGRAMME, "minutes: 15", "minutes: 30")
    assert check(minikit, capsys) == (
        2,
        [f"{PROGRAMME}:10:10: days[0].end: day 1 runs until 09:15, past its end 09:00 (15 minutes too long)"],
    )


def test_unquoted_clock_time_is_read_as_written(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # YAML 1.1 makes an unquoted 13:15 the number 795; the author meant a time.
    edit(minikit, PROGRAMME, 'start: "08:00"\n    end: "09:00"', "start: 13:15\n    end: 14:15")
    assert main(["--root", str(minikit), "check"]) == 0
    from lokalatih.loader import load_curriculum

    day = load_curriculum(minikit).programmes[0].days[0]
    assert day.slots[1].window == "13:30–14:15"


def test_schedule_names_a_missing_module(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, PROGRAMME, "- module: d01-welcome", "- module: d01-welcome\n      - module: d02-missing")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{PROGRAMME}:15:17: days[0].sessions[2].module: no module folder 'd02-missing'; known: d01-welcome"
    ]


def test_module_not_in_any_day(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, PROGRAMME, "      - module: d01-welcome\n", "")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [f"{MODULE}:1:1: module is not scheduled in demo/programme.yaml"]


def test_unknown_method_lists_the_allowed_ones(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "method: presentation", "method: lecture")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert len(errors) == 1
    assert errors[0].startswith(f"{MODULE}:28:13: activities[0].method: 'lecture' is not allowed; expected")
    assert "'presentation'" in errors[0]


def test_missing_translation_file(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (minikit / "modules/demo/d01-welcome/participant.en.md").unlink()
    assert check(minikit, capsys) == (
        2,
        ["modules/demo/d01-welcome/participant.en.md:1:1: missing English translation of the other text"],
    )


def test_missing_translation_of_an_authored_page(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (minikit / "docs/about.id.md").write_text("# Tentang\n", encoding="utf-8")
    assert check(minikit, capsys) == (2, ["docs/about.en.md:1:1: missing English translation of the other text"])


def test_unknown_template_variable(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, "modules/demo/d01-welcome/participant.id.md", "{{ province.capital }}", "{{ province.ibukota }}")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        "modules/demo/d01-welcome/participant.id.md:3:1: "
        "unknown variable: 'ibukota' is not one of: action_plan, capital, contacts, corridor, event, figures, "
        "institutions, local_examples, name, recommendations, slug"
    ]


def test_template_cannot_reach_python(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, "modules/demo/d01-welcome/facilitator.en.md", "Prepare the room.", "{{ ''.__class__.__mro__ }}")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert len(errors) == 1
    assert errors[0].startswith("modules/demo/d01-welcome/facilitator.en.md:3:1: not allowed in content:")


def test_unknown_province_lists_the_known_ones(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(minikit), "check", "--province", "aceh"]) == 2
    assert "unknown province 'aceh'; known provinces: sumatera-utara" in capsys.readouterr().err


def test_province_slug_must_match_file_name(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, "provinces/sumatera-utara.yaml", "slug: sumatera-utara", "slug: sumut")
    assert check(minikit, capsys) == (
        2,
        ["provinces/sumatera-utara.yaml:2:7: slug: slug 'sumut' must equal the file name 'sumatera-utara'"],
    )


def test_duplicate_glossary_term(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = minikit / "modules/glossary.yaml"
    entry = path.read_text(encoding="utf-8").split("terms:\n", 1)[1].split("  - key: p3mi")[0]
    path.write_text(path.read_text(encoding="utf-8") + entry, encoding="utf-8")
    assert check(minikit, capsys) == (
        2,
        [
            "modules/glossary.yaml:3:10: terms[0].key: duplicate key 'pmi'",
            "modules/glossary.yaml:11:10: terms[2].key: duplicate key 'pmi'",
        ],
    )


def test_every_error_is_reported_at_once(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "minutes: 30", "minutes: 25")
    (minikit / "modules/demo/d01-welcome/facilitator.id.md").unlink()
    code, errors = check(minikit, capsys)
    assert code == 2
    # The minutes that do not add up are a rule's error: rules run once every file reads (see the next test).
    assert errors == [
        "modules/demo/d01-welcome/facilitator.id.md:1:1: missing Indonesian translation of the other text"
    ]


def test_template_syntax_in_yaml_is_refused(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A glossary prints as written: `{{ }}` there would reach readers literally (module.yaml renders it)."""
    glossary = "modules/glossary.yaml"
    edit(minikit, glossary, "en: Indonesian migrant worker.}", 'en: "Worker from {{ province.name }}."}')
    assert check(minikit, capsys) == (
        2,
        [
            f"{glossary}:5:53: terms[0].definition.en: template syntax works in the Markdown texts, module.yaml, "
            "slides.yaml and pocket-card.yaml only"
        ],
    )
