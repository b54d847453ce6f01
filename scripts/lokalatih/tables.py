"""Read a table a person filled in: a CSV (comma, semicolon or tab, as Excel and KoboToolbox write them) or the
first sheet of an XLSX workbook, with the line number of every row so that messages can point at it."""

from __future__ import annotations

import csv
import io
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


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores a typed 2 as 2.0
    return str(value).strip()


def _numbered(path: Path) -> list[tuple[int, list[str]]]:
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(path, read_only=True, data_only=True)
        except (OSError, ValueError, KeyError) as error:
            raise TableUnreadable(f"{path}: not a readable XLSX workbook ({error})") from None
        sheet = workbook.worksheets[0]
        return [(n, [_cell(v) for v in row]) for n, row in enumerate(sheet.iter_rows(values_only=True), start=1)]
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise TableUnreadable(f"{path}: not UTF-8 text; save it as CSV UTF-8 (or as .xlsx)") from None
    if not text.strip():
        return []
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel  # one column: nothing to sniff
    reader = csv.reader(io.StringIO(text), dialect)
    return [(reader.line_num, [cell.strip() for cell in row]) for row in reader]


def read_table(path: Path) -> Table:
    try:
        numbered = _numbered(path)
    except OSError as error:
        raise TableUnreadable(f"{path}: cannot read ({error.strerror or error})") from None
    if not numbered:
        return Table(path, [], [])
    (_, header), body = numbered[0], numbered[1:]
    names = [name.strip() for name in header]
    rows = [
        Row(line, {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(names) if name})
        for line, cells in body
        if any(cells)
    ]
    return Table(path, names, rows)
