"""An independent reader of the PowerPoint decks: LibreOffice Impress, headless, converts every deck of the kit to
PDF without error, one page per slide, every word of each slide on its page, and no text past the slide's edges
or in its bottom tenth.

Run by `make test-slides` (which installs Debian's libreoffice-impress-nogui) and by CI; `make test` leaves it out
(marker `libreoffice`), since the office suite is a large install that the rest of the kit does not need.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

from lokalatih.printing.pdf import isolate_fonts
from tests.test_slides import deck_texts, fit_problems, missing_words, run

pytestmark = pytest.mark.libreoffice


def test_libreoffice_opens_every_deck_with_one_page_per_slide(built_kit: Path, tmp_path: Path) -> None:
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice is not installed: run `make test-slides`, which installs it"
    decks = sorted((built_kit / "site" / "downloads").glob("slides-*.pptx"))
    assert len(decks) == 36
    isolate_fonts()  # LibreOffice sees the shipped fonts only, as WeasyPrint does
    profile = tmp_path / "profile"  # a throwaway user profile: no first-start dialogs, nothing of the user's
    result = subprocess.run(
        [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore", "--convert-to", "pdf",
         "--outdir", str(tmp_path / "pdf"), *map(str, decks)],
        capture_output=True, text=True, timeout=600, env={**os.environ, "HOME": str(tmp_path)},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    problems = []
    for deck in decks:
        pdf = tmp_path / "pdf" / f"{deck.stem}.pdf"
        assert pdf.is_file(), f"{deck.name}: LibreOffice wrote no PDF ({result.stderr[-500:]})"
        pages = int(
            next(line for line in run("pdfinfo", str(pdf)).splitlines() if line.startswith("Pages:")).split()[1]
        )
        assert pages == len(Presentation(str(deck)).slides), deck.name
        problems += fit_problems(pdf)
        problems += missing_words(pdf, [shown for _, shown, _ in deck_texts(deck)])
    assert problems == []
