"""A character the shipped print fonts lack would print as an empty box: `lokalatih check` names it at its own
`file:line:col` in every text that reaches a PDF, and nowhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from lokalatih.printing import glyphs

from .test_check_errors import MODULE, check, edit

BANK = "modules/demo/d01-welcome/questions.yaml"
FACILITATOR_EN = "modules/demo/d01-welcome/facilitator.en.md"
PROFILE = "provinces/sumatera-utara.yaml"
ARROW = "'→' (U+2192 RIGHTWARDS ARROW) is not in the print font and would print as an empty box; write it another way"
MINUS = "'−' (U+2212 MINUS SIGN) is not in the print font and would print as an empty box; write it another way"
CHECK = "'✓' (U+2713 CHECK MARK) is not in the print font and would print as an empty box; write it another way"


def test_a_module_text_is_named_at_the_character(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, MODULE, "  en: Welcome\n", "  en: Welcome → start\n")
    assert check(minikit, capsys) == (2, [f"{MODULE}:7:15: title.en: {ARROW} (e.g. '->' or words)"])


def test_a_folded_stem_and_an_escape(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In a folded block the character is found on its own line; written as an escape, the value's start is named.
    The Kahoot-only `quiz` wording never prints."""
    edit(
        minikit,
        BANK,
        "      en: Who bears recruitment costs under the employer pays principle?\n",
        "      en: >-\n        Who bears recruitment costs\n        under the principle −\n        employer pays?\n"
        "    quiz:\n      stem: {id: 'Siapa membayar → ?', en: 'Who pays → ?'}\n",
    )
    edit(minikit, BANK, '"Aturan kelompok mana', '"\\u2192 Aturan kelompok mana')
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{BANK}:11:29: items[0].stem.en: {MINUS} (e.g. '-' or '–')",
        f"{BANK}:32:11: items[1].stem.id: {ARROW} (e.g. '->' or words)",
    ]


def test_a_facilitator_text_is_named_at_line_and_column(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Comments, link targets, tags and template syntax never print; the text around them does."""
    edit(
        minikit,
        FACILITATOR_EN,
        "Prepare the room.\n",
        "Prepare <!-- → --> the [room](https://example.org/→) <span title='→'>{# → #}</span>: tick ✓ each → box.\n",
    )
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{FACILITATOR_EN}:3:91: {CHECK} (e.g. words, such as 'yes' or 'done')",
        f"{FACILITATOR_EN}:3:98: {ARROW} (e.g. '->' or words)",
    ]


def test_profiles_and_the_facilitators_page_print(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, PROFILE, "en: Sample service}", "en: Sample service ✓}")
    pages = {"id": "# Cara memakai\n\nLangkah 1 → langkah 2.\n", "en": "# How to use\n\nStep 1 - step 2.\n"}
    for lang, text in pages.items():
        (minikit / "docs" / f"facilitators.{lang}.md").write_text(text, encoding="utf-8")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"docs/facilitators.id.md:3:11: {ARROW} (e.g. '->' or words)",
        f"{PROFILE}:7:51: contacts[0].name.en: {CHECK} (e.g. words, such as 'yes' or 'done')",
    ]


def test_texts_read_only_on_the_site_may_use_any_character(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Participant readings, other pages and the glossary's abbreviations and sources are not printed."""
    edit(minikit, "modules/demo/d01-welcome/participant.en.md", "## Reading\n", "## Reading → ✓\n")
    edit(minikit, "docs/index.en.md", "# Sample home\n", "# Sample home → ≤\n")
    edit(minikit, "modules/glossary.yaml", "    source: UU 18/2017", "    source: UU 18/2017 → 2025")
    code, lines = check(minikit, capsys)
    assert code == 0 and [line for line in lines if "print font" in line] == []


def test_a_character_missing_from_one_face_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bold headings and stems, italic hints: a character must be in every face it may be printed in."""
    faces = {face: frozenset({ord("a")}) for face in glyphs.FACES} | {"bold": frozenset()}
    monkeypatch.setattr(glyphs, "_characters", lambda: faces)
    monkeypatch.setattr(glyphs, "_printable", lambda: frozenset({ord("b")}))
    assert glyphs.unprintable("bab") == {"a": 1}
    assert glyphs.problem("a") == (
        "'a' (U+0061 LATIN SMALL LETTER A) is not in the bold face(s) of the print font and would print as an empty "
        "box there; write it another way (e.g. words)"
    )


def test_the_shipped_fonts_are_read() -> None:
    assert glyphs.unprintable("Biaya nol, bukan “gratis” — 15–20 menit; é, ñ, ’, •, …\u00a0") == {}
    assert glyphs.unprintable("1 − 2 → 3 ≤ 4 ✓") == {"−": 2, "→": 6, "≤": 10, "✓": 14}
