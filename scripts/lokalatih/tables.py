"""Read a table a person filled in: a CSV (comma, semicolon or tab, as Excel and KoboToolbox write them) or the
first sheet of an XLSX workbook, with the line number of every row so that messages can point at it.

`open_table` streams: its rows are read from the file as they are asked for, so a list of 100,000 participants or
answer sheets never sits in memory at once; `read_table` keeps them all, for the small files of one event.
"""

from __future__ import annotations

import csv
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path


class TableUnreadable(Exception):
    """The file cannot be read as a table at all; the message names the file."""


@dataclass(frozen=True)
class Row:
    line: int  # 1-based, as a spreadsheet or text editor shows it
    cells: dict[str, str]  # column name → stripped text ("" when empty or missing)

    def get(self, column: str) -> str:
        return self.cells.get(column, "")


@dataclass(frozen=True)
class Table:
    path: Path
    header: list[str]
    rows: list[Row]  # rows with at least one non-empty cell

    def missing(self, required: list[str]) -> list[str]:
        return [name for name in required if name not in self.header]


@dataclass(frozen=True)
class StreamedTable:
    """A table whose rows are read from its file each time `rows()` is iterated (the header is read once)."""

    path: Path
    header: list[str]

    def missing(self, required: list[str]) -> list[str]:
        return [name for name in required if name not in self.header]

    def rows(self) -> Iterator[Row]:
        """Rows with at least one non-empty cell, in file order."""
        names = self.header
        lines = _numbered(self.path)
        next(lines, None)  # the header
        for line, cells in lines:
            if any(cells):
                yield Row(line, {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(names) if name})

    def read(self) -> Table:
        return Table(self.path, self.header, list(self.rows()))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores a typed 2 as 2.0
    return str(value).strip()


def _xlsx_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)  # read_only: rows stream from the zip
    except (OSError, ValueError, KeyError) as error:
        raise TableUnreadable(f"{path}: not a readable XLSX workbook ({error})") from None
    try:
        sheet = workbook.worksheets[0]
        for n, row in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield n, [_cell(v) for v in row]
    finally:
        workbook.close()


def _csv_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        try:
            first = handle.readline()
            if not first.strip() and not handle.read(1):
                return  # an empty file
            handle.seek(0)
            try:
                dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(first.rstrip("\r\n"), delimiters=",;\t")
            except csv.Error:
                dialect = csv.excel  # one column: nothing to sniff
            reader = csv.reader(handle, dialect)
            for row in reader:
                yield reader.line_num, [cell.strip() for cell in row]
        except UnicodeDecodeError:
            raise TableUnreadable(f"{path}: not UTF-8 text; save it as CSV UTF-8 (or as .xlsx)") from None


def _numbered(path: Path) -> Generator[tuple[int, list[str]]]:
    lines = _xlsx_lines(path) if path.suffix.lower() == ".xlsx" else _csv_lines(path)
    try:
        yield from lines
    except OSError as error:
        raise TableUnreadable(f"{path}: cannot read ({error.strerror or error})") from None


def open_table(path: Path) -> StreamedTable:
    """The table at `path`, its header read; its rows stream from `rows()`."""
    lines = _numbered(path)
    try:
        first = next(lines, None)
    finally:
        lines.close()  # an XLSX workbook's file is closed at once, not when the generator is collected
    return StreamedTable(path, [] if first is None else [name.strip() for name in first[1]])


def read_table(path: Path) -> Table:
    return open_table(path).read()
