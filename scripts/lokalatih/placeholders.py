"""Placeholders left in a province profile: values a partner has still to fill in.

`lokalatih new-province` writes `TODO` where a value is needed (`capital: TODO`) and `...` in the commented examples
a partner uncomments. Either, left in a value, would be published as it is ("asrama LPK di TODO"), so `build`
refuses them unless it builds a draft (`--draft`), and `check` lists them. The search is generic, over every string
of the profile, so a field added to the profile later is covered without naming it here. Comments are not values:
the pilot profiles keep `# TODO (partner): …` notes that print nowhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lokalatih.errors import ContentError, ContentErrors, ErrorLog
from lokalatih.validation import format_loc
from lokalatih.yamlsource import Loc, YamlDocument

# `TODO` as a word, upper case as the scaffold writes it in texts; a key the scaffold writes as `todo` (keys are lower
# case); a value that is only dots is an example not filled in.
_TODO = re.compile(r"\bTODO\b|^todo$")
_ONLY_DOTS = re.compile(r"^\s*(\.\.\.|…)\s*$")
# The scaffold's note of what goes in a field, on the same line: `capital: TODO  # TODO (partner): the capital`.
_NOTE = re.compile(r"#\s*TODO(?:\s*\(partner\))?\s*:?\s*(?P<note>.+)$")


def _strings(data: Any, loc: Loc = ()) -> Iterator[tuple[Loc, str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _strings(value, (*loc, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _strings(value, (*loc, index))
    elif isinstance(data, str):
        yield loc, data


def _marker(value: str) -> tuple[int, str] | None:
    """Where the placeholder starts in the value and how it reads, or None for a filled-in value."""
    todo = _TODO.search(value)
    if todo:
        return todo.start(), "TODO"
    dots = _ONLY_DOTS.match(value)
    return (dots.start(1), dots.group(1)) if dots else None


def placeholders(document: YamlDocument, root: Path) -> list[ContentError]:
    """Every string value of a profile that is, or holds, a placeholder, at its line and column, with what to fill
    in: the scaffold's note on that line when there is one."""
    relative = ErrorLog(root).relative(document.path)
    lines = document.path.read_text(encoding="utf-8").splitlines()
    found = []
    for loc, value in _strings(document.data):
        marker = _marker(value)
        if marker is None:
            continue
        offset, text = marker
        position = document.position_of(loc)
        line = lines[position.line - 1] if position.line <= len(lines) else ""
        note = _NOTE.search(line)
        what = note.group("note").strip() if note else f"a real value for {format_loc(loc)}"
        # The marker's own column when the value is written on its line as it reads (plain or quoted).
        start = line.find(value, position.column - 1)
        column = start + offset + 1 if start >= 0 else position.column
        message = f"placeholder '{text}' left: fill in {what}"
        found.append(ContentError(relative, position.line, column, format_loc(loc), message))
    return found


class PlaceholdersLeft(ContentErrors):
    """The profile still holds placeholders and the build is not a draft: nothing is built."""

    HINT = "fill them in, or build a draft that says so on every page and PDF: --draft (make build DRAFT=1)"


def refuse_placeholders(found: list[ContentError], draft: bool) -> None:
    """A build for publication (`draft` false) stops at the first placeholder of the profile, listing all of them."""
    if found and not draft:
        raise PlaceholdersLeft(found)
