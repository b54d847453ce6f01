"""The one thing every rule returns: an `Issue` in a file, at a YAML location or at a line of a text."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lokalatih.errors import ErrorLog
from lokalatih.validation import format_loc
from lokalatih.yamlsource import Loc, Position, YamlDocument


@dataclass(frozen=True)
class Issue:
    """A problem a rule found.

    `at` is a location in a YAML document (`("activities", 1, "groups")`, printed as `line:col: activities[1].groups:`
    through the document's positions) or a line of a Markdown text, or of any file as a whole (printed as `line:1:`).
    `point`, where given, is the exact place in the file (a character inside a value or a line) to print instead.
    """

    path: Path
    at: Loc | int
    message: str
    point: Position | None = None

    def log_to(self, log: ErrorLog, documents: Mapping[Path, YamlDocument]) -> None:
        where = "" if isinstance(self.at, int) else format_loc(self.at)
        if self.point is not None:
            position = self.point
        elif isinstance(self.at, int):
            position = Position(self.at, 1)
        else:
            position = documents[self.path].position_of(self.at)
        log.add(self.path, position.line, position.column, where, self.message)


def in_file(path: Path, problems: Sequence[tuple[Loc, str]]) -> list[Issue]:
    """(location, message) pairs found in one YAML file as Issues of that file."""
    return [Issue(path, loc, message) for loc, message in problems]


def duplicates(path: Path, items: Sequence[Any], list_name: str, attribute: str) -> list[Issue]:
    """Every entry of `items` whose `attribute` repeats another's, e.g. two objectives with the same key."""
    counts = Counter(getattr(item, attribute) for item in items)
    return [
        Issue(path, (list_name, index, attribute), f"duplicate {attribute} '{getattr(item, attribute)}'")
        for index, item in enumerate(items)
        if counts[getattr(item, attribute)] > 1
    ]
