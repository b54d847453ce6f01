"""Which characters the shipped print fonts can draw, and what to write instead of one they cannot.

Fontconfig sees only the shipped faces (`pdf.isolate_fonts`), so a character none of them has prints as an empty box
(.notdef), and WeasyPrint only logs a warning. `lokalatih check` refuses such a character in every text that reaches
a PDF (`lokalatih.rules.print_font`); tests/test_labels.py does the same for the labels the PDFs print.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]

from lokalatih.printing.pdf import FONTS

# The faces print.css declares over the shipped files: any printed text may be bold (headings, test stems, **...**)
# or italic (hints, *...*), so a character must be in all four.
FACES = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "italic": "NotoSans-Italic.ttf",
    "bold italic": "NotoSans-BoldItalic.ttf",
}

# Never drawn, so never a box: line breaks and tabs, and the variation selectors that follow some symbols (the
# symbol itself is what gets reported).
_NOT_DRAWN = frozenset("\t\n\r\f\v") | frozenset(map(chr, range(0xFE00, 0xFE10)))

# What to write instead of the characters authors reach for most.
_INSTEAD = {
    "\u2212": "'-' or '–'",  # minus sign
    "\u2192": "'->' or words",  # rightwards arrow
    "\u2190": "'<-' or words",
    "\u2194": "'<->' or words",
    "\u21d2": "'=>' or words",
    "\u2264": "'<=' or words",
    "\u2265": "'>=' or words",
    "\u2260": "'not equal to' or other words",
    "\u2248": "'about' or '~'",
    "\u2713": "words, such as 'yes' or 'done'",  # check marks
    "\u2714": "words, such as 'yes' or 'done'",
    "\u2705": "words, such as 'yes' or 'done'",
    "\u2717": "words, such as 'no'",  # ballot x
    "\u2718": "words, such as 'no'",
    "\u274c": "words, such as 'no'",
    "\u2610": "words, or a list",  # ballot box
    "\u25a1": "words, or a list",
    "\u25cf": "'•' or a list",  # black circle
    "\u25aa": "'•' or a list",
    "\u25ba": "'•', '->' or a list",
}


@cache
def _characters() -> dict[str, frozenset[int]]:
    """The code points of every face, read once per process."""
    return {face: frozenset(TTFont(FONTS / file, lazy=True).getBestCmap()) for face, file in FACES.items()}


@cache
def _printable() -> frozenset[int]:
    """What prints in every face, or is never drawn."""
    return frozenset.intersection(*_characters().values()) | {ord(char) for char in _NOT_DRAWN}


def missing_faces(char: str) -> list[str]:
    """The faces that lack `char` (empty when every face has it, or it is never drawn)."""
    if ord(char) in _printable():
        return []
    return [face for face, characters in _characters().items() if ord(char) not in characters]


def unprintable(text: str) -> dict[str, int]:
    """Each character of `text` the print fonts lack, with the index of its first occurrence, in text order."""
    printable = _printable()
    found: dict[str, int] = {}
    for index, char in enumerate(text):
        if ord(char) not in printable and char not in found:
            found[char] = index
    return found


def problem(char: str) -> str:
    """The message for a character the print fonts lack, with what to write instead."""
    name = unicodedata.name(char, "unnamed character")
    shown = f"'{char}' (U+{ord(char):04X} {name})"
    instead = _INSTEAD.get(char, "words")
    missing = missing_faces(char)
    if len(missing) == len(FACES):
        where = "is not in the print font and would print as an empty box"
    else:
        where = f"is not in the {' and '.join(missing)} face(s) of the print font and would print as an empty box there"
    return f"{shown} {where}; write it another way (e.g. {instead})"
