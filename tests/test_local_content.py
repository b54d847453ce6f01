"""A province folder (`provinces/<slug>/`) adds modules, local cases and pages, and replaces core modules, without
touching the core: each is read and checked like core content (both languages, `file:line:col` errors), and a fork
that changes only its province folder merges an update of the core without a conflict."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from lokalatih.catalog import build_catalog
from lokalatih.loader import load_curriculum
from lokalatih.site.pages import page_texts

from .conftest import FIXTURES, copy_kit, tiny_png
from .test_check_errors import check, edit

CORE = "modules/demo/d01-welcome"
LOCAL = "provinces/sumatera-utara"
OWN = f"{LOCAL}/modules/demo/l01-fish-market"
OVERLAY = f"{LOCAL}/modules/demo/programme.yaml"
ADDITION = f"{LOCAL}/additions/demo/d01-welcome"

# The minikit's one day is full (08:00–09:00): a local session of 45 minutes needs the day to end later.
PLACED = """\
# yaml-language-server: $schema=../../../../schemas/programme-overlay.schema.json
insert:
  - module: l01-fish-market
    after: d01-welcome
days:
  - day: 1
    end: "09:45"
"""

CASE_ID = """\
Di pelelangan ikan {{ province.capital }}, seorang calo menawarkan kerja di kapal dengan biaya pendaftaran.
Tanyakan kepada peserta: siapa yang seharusnya menanggung biaya itu?
"""
CASE_EN = """\
At the fish auction in {{ province.capital }}, a broker offers work on a boat for a registration fee.
Ask the participants: who should bear that fee?
"""


def write(kit: Path, relative: str, text: str) -> None:
    path = kit / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def passes(kit: Path, capsys: pytest.CaptureFixture[str]) -> bool:
    """`lokalatih check` finds no error (the minikit's profile and texts have warnings of their own)."""
    code, lines = check(kit, capsys)
    return code == 0 and not [line for line in lines if not line.startswith(("warning:", "3 stale", "4 stale"))]


def add_own_module(kit: Path, overlay: str = PLACED) -> None:
    """The province's own module: a copy of the core module with its own id, folder and items, placed after it."""
    shutil.copytree(kit / CORE, kit / OWN)
    edit(kit, f"{OWN}/module.yaml", "id: d01\n", "id: l01\n")
    edit(kit, f"{OWN}/module.yaml", "  en: Welcome\n", "  en: The fish market\n")
    edit(kit, f"{OWN}/module.yaml", "  id: Selamat datang\n", "  id: Pasar ikan\n")
    edit(kit, f"{OWN}/module.yaml", "key: d01-plan", "key: l01-plan")
    bank = (kit / OWN / "questions.yaml").read_text(encoding="utf-8")
    (kit / OWN / "questions.yaml").write_text(bank.replace("id: d01-q", "id: l01-q"), encoding="utf-8")
    write(kit, OVERLAY, overlay)


def add_case(kit: Path) -> None:
    write(kit, f"{ADDITION}/participant.id.md", CASE_ID)
    write(kit, f"{ADDITION}/participant.en.md", CASE_EN)


def test_own_module_is_placed_published_and_kept_out_of_the_test(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_own_module(minikit)
    assert passes(minikit, capsys)
    curriculum = load_curriculum(minikit)
    programme = curriculum.programmes[0]
    assert [module.slug for module in programme.modules] == ["d01-welcome", "l01-fish-market"]
    assert [slot.window for slot in programme.days[0].slots] == ["08:00–08:15", "08:15–09:00", "09:00–09:45"]
    pages = page_texts(curriculum, build_catalog(curriculum))
    assert "Pasar ikan" in str(pages["demo/l01-fish-market/index.id.md"])
    assert "The fish market" in str(pages["demo/l01-fish-market/facilitator.en.md"])
    # The test stays the core's in every province; the module's items go to the bank for local quizzes.
    assert programme.blueprint.items == ["d01-q1", "d01-q2", "d01-q3"]
    assert [item.id for item in programme.modules[1].bank.items] == ["l01-q1", "l01-q2", "l01-q3"]


def test_own_module_needs_both_languages(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_own_module(minikit)
    (minikit / OWN / "participant.en.md").unlink()
    edit(minikit, f"{OWN}/module.yaml", "    en: Participants can agree on group rules.\n", "")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{OWN}/module.yaml:15:5: objectives[1].en: missing English text",
        f"{OWN}/participant.en.md:1:1: missing English translation of the other text",
    ]


def test_own_module_goes_through_every_core_rule(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_own_module(minikit)
    edit(minikit, f"{OWN}/module.yaml", "  - key: rules\n    minutes: 30", "  - key: rules\n    minutes: 20")
    edit(minikit, f"{OWN}/questions.yaml", "en: The village broker", "en: All of the above")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{OWN}/module.yaml:3:11: duration: the activities add up to 35 minutes but the duration is 45",
        f"{OWN}/questions.yaml:19:13: items[0].options[3].en: no 'all/none of the above': write a real option",
    ]


def test_own_module_must_be_placed(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_own_module(minikit, overlay="days:\n  - day: 1\n    end: '09:45'\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == (
        f"{OWN}/module.yaml:1:1: this module is not placed in the programme: add `- module: l01-fish-market` "
        f"with `after:` or `before:` under `insert:` in {OVERLAY}"
    )


def test_overlay_is_read_like_every_yaml_file(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_own_module(minikit, overlay=PLACED.replace("insert:", "inserts:"))
    code, errors = check(minikit, capsys)
    assert code == 2
    assert f"{OVERLAY}:2:1: inserts: unknown key" in errors[0]


def test_placing_after_a_session_that_is_not_there(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_own_module(minikit, overlay=PLACED.replace("after: d01-welcome", "after: d02-welcome"))
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == f"{OVERLAY}:4:12: no session 'd02-welcome' in the demo programme; its sessions: d01-welcome"


def test_place_is_after_or_before(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_own_module(minikit, overlay=PLACED.replace("    after: d01-welcome\n", ""))
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == (
        f"{OVERLAY}:3:5: insert[0]: give the place of the module: either `after: <module>` or `before: <module>`"
    )


def test_a_day_made_too_long_is_reported_where_the_province_made_it(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_own_module(minikit, overlay=PLACED.replace('days:\n  - day: 1\n    end: "09:45"\n', ""))
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [f"{OVERLAY}:3:5: insert[0]: day 1 runs until 09:45, past its end 09:00 (45 minutes too long)"]


def test_own_module_id_cannot_be_a_core_kind_of_id(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_own_module(minikit)
    edit(minikit, f"{OWN}/module.yaml", "id: l01\n", "id: d02\n")
    bank = minikit / OWN / "questions.yaml"
    bank.write_text(bank.read_text(encoding="utf-8").replace("id: l01-q", "id: d02-q"), encoding="utf-8")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{OWN}/module.yaml:2:5: id: a province's own module has an id starting with 'l' (like l01), not 'd02': "
        "core ids never do, so an update of the core cannot take it"
    ]


def test_local_case_is_appended_in_its_own_section(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_case(minikit)
    assert passes(minikit, capsys)
    module = load_curriculum(minikit).modules[0]
    core_id = (minikit / CORE / "participant.id.md").read_text(encoding="utf-8")
    assert module.participant["id"].startswith("## Bacaan\n")
    assert module.participant["id"].endswith(
        "\n\n## Di Sumatera Utara { .lk-local }\n\nDi pelelangan ikan Medan, seorang calo menawarkan kerja di kapal "
        "dengan biaya pendaftaran.\nTanyakan kepada peserta: siapa yang seharusnya menanggung biaya itu?\n"
    )
    assert "## In North Sumatra { .lk-local }\n\nAt the fish auction in Medan," in module.participant["en"]
    assert "Di Sumatera Utara" not in core_id  # the core text itself is unchanged
    assert "lk-local" not in module.facilitator["id"]  # no facilitator addition, no section


def test_local_case_needs_both_languages(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_case(minikit)
    (minikit / ADDITION / "participant.en.md").unlink()
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == f"{ADDITION}/participant.en.md:1:1: missing English translation of the other text"


def test_local_case_is_checked_like_the_page_it_joins(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    add_case(minikit)
    # A participant page never shows a facilitator's block; a template error names the line.
    write(minikit, f"{ADDITION}/participant.id.md", CASE_ID + "\n!!! safeguarding\n    Catatan.\n")
    write(minikit, f"{ADDITION}/participant.en.md", CASE_EN + "\n!!! safeguarding\n    A note.\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{ADDITION}/participant.en.md:4:1: 'safeguarding' blocks are for facilitator texts only, not participant "
        "texts",
        f"{ADDITION}/participant.id.md:4:1: 'safeguarding' blocks are for facilitator texts only, not participant "
        "texts",
    ]
    write(minikit, f"{ADDITION}/participant.en.md", "Line one.\n\nAt {{ province.harbour }}.\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0].startswith(f"{ADDITION}/participant.en.md:3:1: ")


def test_local_case_for_a_module_that_is_not_there(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(minikit, f"{LOCAL}/additions/demo/d09-gone/participant.id.md", CASE_ID)
    write(minikit, f"{LOCAL}/additions/demo/d09-gone/participant.en.md", CASE_EN)
    write(minikit, f"{ADDITION}/notes.id.md", CASE_ID)
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[:2] == [
        f"{LOCAL}/additions/demo/d01-welcome/notes.id.md:1:1: an addition to a module is one of: participant.id.md, "
        "participant.en.md, facilitator.id.md, facilitator.en.md",
        f"{LOCAL}/additions/demo/d09-gone/participant.en.md:1:1: no module 'd09-gone' in the demo programme to add "
        "to; its modules: d01-welcome",
    ]


def replace_core_module(kit: Path) -> None:
    shutil.copytree(kit / CORE, kit / f"{LOCAL}/modules/demo/d01-welcome")
    edit(kit, f"{LOCAL}/modules/demo/d01-welcome/module.yaml", "  en: Welcome\n", "  en: Welcome to Medan\n")
    write(kit, OVERLAY, "replace: [d01-welcome]\n")


def test_replacement_takes_the_place_of_the_core_module(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_core_module(minikit)
    assert passes(minikit, capsys)
    (module,) = load_curriculum(minikit).modules
    assert module.spec.title["en"] == "Welcome to Medan"
    assert module.folder == minikit / LOCAL / "modules/demo/d01-welcome"


def test_replacement_needs_the_explicit_marker(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_core_module(minikit)
    (minikit / OVERLAY).unlink()
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == (
        f"{LOCAL}/modules/demo/d01-welcome/module.yaml:1:1: a folder named like the core module 'd01-welcome' "
        f"replaces it only when {OVERLAY} lists it: `replace: [d01-welcome]`"
    )


def test_replacement_keeps_the_id_and_the_tests_items(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_core_module(minikit)
    replacement = f"{LOCAL}/modules/demo/d01-welcome"
    edit(minikit, f"{replacement}/questions.yaml", "  - id: d01-q3\n", "  - id: d01-q4\n")
    assert check(minikit, capsys) == (
        2,
        [
            f"{replacement}/questions.yaml:3:3: items: the programme's test uses d01-q3 of d01-welcome: keep each in "
            "this replacement's bank (the same id and what it tests; the wording may be the province's)"
        ],
    )
    edit(minikit, f"{replacement}/questions.yaml", "  - id: d01-q4\n", "  - id: d01-q3\n")
    edit(minikit, f"{replacement}/module.yaml", "id: d01\n", "id: d07\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert (
        f"{replacement}/module.yaml:2:5: id: a replacement keeps the id of the module it replaces: 'd01', not 'd07'"
        in (errors)
    )


def test_replacing_a_module_the_core_does_not_have(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replace_core_module(minikit)
    write(minikit, OVERLAY, "replace:\n  - d01-welcome\n  - d05-renamed\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == f"{OVERLAY}:3:5: no core module 'd05-renamed' in modules/demo/ to replace (known: d01-welcome)"


def test_own_page_is_published_under_the_province(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(minikit, f"{LOCAL}/docs/services.id.md", "# Layanan di {{ province.name }}\n\nDaftar layanan.\n")
    write(minikit, f"{LOCAL}/docs/services.en.md", "# Services in {{ province.name }}\n\nThe services.\n")
    assert passes(minikit, capsys)
    curriculum = load_curriculum(minikit)
    pages = page_texts(curriculum, build_catalog(curriculum))
    assert str(pages["sumatera-utara/services.id.md"]).startswith("# Layanan di Sumatera Utara\n")
    assert str(pages["sumatera-utara/services.en.md"]).startswith("# Services in North Sumatra\n")
    # An image next to a province page is published next to that page, like the core's.
    write(minikit, f"{LOCAL}/docs/services.en.md", "# Services\n\n![A map of the offices](offices.png)\n")
    (minikit / LOCAL / "docs/offices.png").write_bytes(tiny_png())
    curriculum = load_curriculum(minikit)
    assert page_texts(curriculum, build_catalog(curriculum))["sumatera-utara/offices.en.png"] == tiny_png()
    (minikit / LOCAL / "docs/services.en.md").unlink()
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == f"{LOCAL}/docs/services.en.md:1:1: missing English translation of the other text"


def test_a_misnamed_province_folder_is_not_skipped_in_silence(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(minikit, "provinces/sumut/additions/demo/d01-welcome/participant.id.md", CASE_ID)
    write(minikit, f"{LOCAL}/addition/demo/d01-welcome/participant.id.md", CASE_ID)
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[:2] == [
        f"{LOCAL}/addition:1:1: a province folder holds modules/, additions/, docs/; not addition",
        "provinces/sumut:1:1: no profile provinces/sumut.yaml: a province folder is named like its profile",
    ]


def test_only_the_built_provinces_folder_is_read(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    profile = (minikit / "provinces/sumatera-utara.yaml").read_text(encoding="utf-8")
    write(minikit, "provinces/lampung.yaml", profile.replace("slug: sumatera-utara", "slug: lampung"))
    add_case(minikit)
    lampung = load_curriculum(minikit, "lampung").modules[0]
    assert "lk-local" not in lampung.participant["id"]
    assert "lk-local" in load_curriculum(minikit, "sumatera-utara").modules[0].participant["id"]


def git(repo: Path, *args: str) -> str:
    environment = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,  # the machine's own git settings must not change the result
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(["git", *args], cwd=repo, env=environment, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stdout}{done.stderr}"
    return done.stdout


def test_a_fork_that_changes_only_its_province_folder_merges_core_updates(tmp_path: Path) -> None:
    from lokalatih.build import build_all

    upstream = copy_kit(FIXTURES / "minikit", tmp_path / "upstream")
    git(upstream, "init", "--quiet", "--initial-branch=main")
    git(upstream, "add", "--all")
    git(upstream, "commit", "--quiet", "--message", "The kit")
    fork = tmp_path / "fork"
    git(tmp_path, "clone", "--quiet", str(upstream), str(fork))

    # The partner: an own session, a local case in a core session, a page; nothing outside provinces/<slug>/.
    add_own_module(fork)
    add_case(fork)
    write(fork, f"{LOCAL}/docs/services.id.md", "# Layanan setempat\n\nDaftar layanan.\n")
    write(fork, f"{LOCAL}/docs/services.en.md", "# Local services\n\nThe services.\n")
    git(fork, "add", "--all")
    git(fork, "commit", "--quiet", "--message", "Sumatera Utara: local session, case and page")
    changed = git(fork, "diff", "--name-only", "origin/main", "HEAD").split()
    assert changed and all(path.startswith(f"{LOCAL}/") for path in changed)

    # Upstream meanwhile improves the same core module the fork adds a case to: its text and its module.yaml.
    edit(upstream, f"{CORE}/participant.id.md", "## Bacaan\n", "## Bacaan\n\nPembaruan dari kit inti.\n")
    edit(upstream, f"{CORE}/participant.en.md", "## Reading\n", "## Reading\n\nAn update from the core kit.\n")
    edit(upstream, f"{CORE}/module.yaml", "  en: Welcome\n", "  en: Welcome and introductions\n")
    git(upstream, "commit", "--quiet", "--all", "--message", "Core: a better welcome")

    git(fork, "pull", "--quiet", "--no-rebase", "--no-edit", "origin", "main")  # fails on a conflict
    assert git(fork, "status", "--porcelain") == ""
    assert "Pembaruan dari kit inti." in (fork / CORE / "participant.id.md").read_text(encoding="utf-8")

    build_all(fork, "sumatera-utara", pdfs=lambda artifact: False)
    core_page = (fork / "site/en/demo/d01-welcome/index.html").read_text(encoding="utf-8")
    assert "An update from the core kit." in core_page  # upstream's change
    assert 'class="lk-local"' in core_page and "At the fish auction in Medan" in core_page  # the fork's case
    assert "Welcome and introductions" in core_page
    assert "The fish market" in (fork / "site/en/demo/l01-fish-market/index.html").read_text(encoding="utf-8")
    assert "Layanan setempat" in (fork / "site/sumatera-utara/services/index.html").read_text(encoding="utf-8")
