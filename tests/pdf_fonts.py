"""What fonts a PDF embeds, read with poppler's pdffonts (an independent reader, not our renderer)."""

from __future__ import annotations

import subprocess
from pathlib import Path

# The family the print stylesheet declares with @font-face over the shipped Noto Sans files (printing/fonts/),
# as WeasyPrint names its faces in the PDF.
SHIPPED = {"Lokalatih-Sans", "Lokalatih-Sans-Bold", "Lokalatih-Sans-Italic", "Lokalatih-Sans-Bold-Italic"}


def embedded_fonts(path: Path) -> list[tuple[str, bool]]:
    """(base font name without the subset tag, embedded?) for every font of the PDF."""
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
    fonts = []
    for line in lines[2:]:
        name = line.split()[0]
        fonts.append((name.split("+", 1)[-1], line.split()[-5] == "yes"))
    return fonts


def foreign_fonts(path: Path) -> list[str]:
    """Fonts that are not the shipped ones, or not embedded: empty for a PDF that is the same on every machine."""
    return [name for name, embedded in embedded_fonts(path) if name not in SHIPPED or not embedded]
