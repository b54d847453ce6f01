"""Translation freshness: an edit to an Indonesian text marks its English translation stale until it is updated."""

from __future__ import annotations

from pathlib import Path

import pytest

from lokalatih.build import build_all
from lokalatih.cli import main

READING_ID = "modules/demo/d01-welcome/participant.id.md"
READING_EN = "modules/demo/d01-welcome/participant.en.md"


def check(kit: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, list[str]]:
    code = main(["--root", str(kit), "check", *extra])
    return code, [line for line in capsys.readouterr().err.splitlines() if "stale translation" in line]


def test_stale_translation_is_a_warning_and_fails_strict(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(minikit), "translated", "--all"]) == 0
    assert check(minikit, capsys, "--strict") == (0, [])
    reading = minikit / READING_ID
    reading.write_text(reading.read_text(encoding="utf-8") + "\nKalimat baru.\n", encoding="utf-8")
    code, warnings = check(minikit, capsys)
    assert code == 0
    assert len(warnings) == 1
    assert warnings[0].startswith(
        f"warning: {READING_EN}:1:1: stale translation: {READING_ID} changed since this translation"
    )
    assert check(minikit, capsys, "--strict")[0] == 2
    assert main(["--root", str(minikit), "translated", str(minikit / READING_EN)]) == 0
    assert check(minikit, capsys, "--strict") == (0, [])


def test_whitespace_only_changes_keep_a_translation_current(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--root", str(minikit), "translated", "--all"])
    reading = minikit / READING_ID
    reading.write_text(reading.read_text(encoding="utf-8").replace("\n", "  \r\n") + "\n\n", encoding="utf-8")
    assert check(minikit, capsys, "--strict") == (0, [])


def test_unmarked_translation_fails_strict(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, warnings = check(minikit, capsys, "--strict")
    assert code == 2 and warnings and "no translation-of line" in warnings[0]


def test_marker_never_reaches_the_page_and_the_status_page_lists_stale_texts(minikit: Path) -> None:
    main(["--root", str(minikit), "translated", "--all"])
    reading = minikit / READING_ID
    reading.write_text(reading.read_text(encoding="utf-8") + "\nKalimat baru.\n", encoding="utf-8")
    build_all(minikit, "sumatera-utara")
    page = (minikit / "site" / "en" / "demo" / "d01-welcome" / "index.html").read_text(encoding="utf-8")
    assert "translation-of" not in page
    status = (minikit / "build" / "docs" / "translations.id.md").read_text(encoding="utf-8")
    assert f"| `{READING_EN}` | `{READING_ID}` | usang: perlu diperbarui |" in status


def test_the_real_curriculum_has_no_stale_translation(capsys: pytest.CaptureFixture[str]) -> None:
    from .conftest import REPO

    assert check(REPO, capsys, "--strict") == (0, [])
