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


# Said after the errors of phase 1 (reading and shapes), when the rules of phase 2 did not run.
CROSS_FILE_CHECKS_SKIPPED = "cross-file checks were skipped: they run once every file reads without error"


class ContentErrors(Exception):
    """Raised when sources do not validate; carries every error found.

    `cross_file_checks_skipped` says that some file could not be read (or did not have its shape), so the rules did
    not run yet (`lokalatih.rules`, phase 2 of loading): fixing these errors may bring up more.
    """

    def __init__(self, errors: list[ContentError], *, cross_file_checks_skipped: bool = False) -> None:
        self.errors = sorted(set(errors))
        self.cross_file_checks_skipped = cross_file_checks_skipped
        lines = [str(e) for e in self.errors] + (
            [f"({CROSS_FILE_CHECKS_SKIPPED})"] if cross_file_checks_skipped else []
        )
        super().__init__("\n".join(lines))


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

    def raise_if_any(self, *, cross_file_checks_skipped: bool = False) -> None:
        if self.errors:
            raise ContentErrors(self.errors, cross_file_checks_skipped=cross_file_checks_skipped)


class BuildFailed(Exception):
    """The content was valid but a renderer (MkDocs, later WeasyPrint) failed; outputs stay as they were."""
