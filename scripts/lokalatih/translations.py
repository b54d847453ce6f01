"""Translation freshness: each English text records which version of its Indonesian source it translates.

The first line of every `*.en.md` is `<!-- translation-of: <file>.id.md <fingerprint> -->`. When the Indonesian text
changes, the fingerprint no longer matches and `lokalatih check` says so (a failure with --strict, as in CI).
After updating the English text, `lokalatih translated FILE.en.md` records the new fingerprint.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

MARKER = re.compile(r"^<!-- translation-of: (?P<source>\S+) (?P<fingerprint>[0-9a-f]{12}) -->\n?")


class Freshness(StrEnum):
    CURRENT = "current"
    STALE = "stale"
    UNMARKED = "unmarked"


@dataclass(frozen=True)
class TranslationStatus:
    source: Path  # the Indonesian text
    translation: Path  # the English text
    freshness: Freshness
    recorded: str | None
    fingerprint: str


def strip_marker(text: str) -> str:
    return MARKER.sub("", text, count=1)


def fingerprint(source_text: str) -> str:
    """The Indonesian text's fingerprint: blind to line endings and trailing spaces, which change no meaning."""
    normal = "\n".join(line.rstrip() for line in strip_marker(source_text).replace("\r\n", "\n").split("\n")).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:12]


def status(source: Path, source_text: str, translation: Path, translation_text: str) -> TranslationStatus:
    current = fingerprint(source_text)
    match = MARKER.match(translation_text)
    if match is None:
        return TranslationStatus(source, translation, Freshness.UNMARKED, None, current)
    recorded = match.group("fingerprint")
    freshness = Freshness.CURRENT if recorded == current else Freshness.STALE
    return TranslationStatus(source, translation, freshness, recorded, current)


def counterpart(translation: Path) -> Path:
    return translation.with_name(translation.name.removesuffix(".en.md") + ".id.md")


def mark_translated(translation: Path) -> str:
    """Record that `translation` matches its Indonesian source as it is now; returns the fingerprint."""
    if not translation.name.endswith(".en.md"):
        raise ValueError(f"{translation}: expected an English text (*.en.md)")
    source = counterpart(translation)
    print_current = fingerprint(source.read_text(encoding="utf-8"))
    body = strip_marker(translation.read_text(encoding="utf-8"))
    translation.write_text(f"<!-- translation-of: {source.name} {print_current} -->\n{body}", encoding="utf-8")
    return print_current
