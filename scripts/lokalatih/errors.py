"""Content errors that name the file, line and column, collected so an author sees all of them at once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class ContentError:
    """One problem in an authored source, printed as `file:line:col: where: message`."""

    file: str
    line: int
    column: int
    where: str
    message: str

    def __str__(self) -> str:
        location = f"{self.file}:{self.line}:{self.column}"
        return f"{location}: {self.where}: {self.message}" if self.where else f"{location}: {self.message}"


class ContentErrors(Exception):
    """Raised when sources do not validate; carries every error found."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = sorted(set(errors))
        super().__init__("\n".join(str(e) for e in self.errors))


@dataclass
class ErrorLog:
    """Collects errors while loading; `raise_if_any` turns them into one exception."""

    root: Path
    errors: list[ContentError] = field(default_factory=list)

    def relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def add(self, path: Path, line: int, column: int, where: str, message: str) -> None:
        self.errors.append(ContentError(self.relative(path), line, column, where, message))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ContentErrors(self.errors)


class BuildFailed(Exception):
    """The content was valid but a renderer (MkDocs, later WeasyPrint) failed; outputs stay as they were."""
