"""Read responses (the kit's CSV template, or a KoboToolbox export as CSV or XLSX) into checked rows.

Every row that cannot be scored is kept out with its line number and the reason; a file without the needed columns
is refused as a whole. Names, if a file has them, are never read.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from lokalatih.model.questions import ItemType
from lokalatih.model.report import Sex
from lokalatih.model.test_key import TestKey, TestKind

FIXED = ("participant", "test", "sex", "group", "province")
SEX_CODES: dict[str, Sex] = {"F": "F", "M": "M", "P": "F", "L": "M"}  # Indonesian: perempuan, laki-laki
TESTS: dict[str, TestKind] = {
    "pre": "pre", "post": "post", "pre-test": "pre", "post-test": "post", "pretest": "pre", "posttest": "post",
}  # fmt: skip
_ITEM_SHAPED = re.compile(r"^[a-z][a-z0-9]*-q[0-9]+$")
_SEPARATORS = re.compile(r"[\s,;/|]+")


class ResponsesRefused(Exception):
    """The file as a whole cannot be read as responses to this test."""


@dataclass(frozen=True)
class Rejected:
    line: int
    reason: str


@dataclass(frozen=True)
class Response:
    line: int
    participant: str
    test: TestKind
    sex: Sex
    group: str
    province: str
    answers: dict[str, frozenset[str]]  # item id → letters chosen (empty: no answer)


@dataclass
class ResponseSet:
    responses: list[Response] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def _table(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) of a CSV (comma or semicolon, as Kobo exports) or an XLSX sheet."""
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).worksheets[0]
        values = [["" if v is None else str(v).strip() for v in row] for row in sheet.iter_rows(values_only=True)]
        numbered = list(enumerate(values, start=1))
    else:
        text = path.read_text(encoding="utf-8-sig")
        if not text.strip():
            return [], []
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t")
        reader = csv.reader(io.StringIO(text), dialect)
        numbered = [(reader.line_num, [cell.strip() for cell in row]) for row in reader]
    if not numbered:
        return [], []
    (_, header), rows = numbered[0], numbered[1:]
    return [name.strip() for name in header], [(line, cells) for line, cells in rows if any(cells)]


def _letters(raw: str) -> list[str]:
    parts = [p for p in _SEPARATORS.split(raw.strip().upper()) if p]
    # "AC" written without separators is two letters; "A C" or "A,C" likewise.
    return [letter for part in parts for letter in part]


def read_responses(path: Path, key: TestKey) -> ResponseSet:
    header, rows = _table(path)
    if not header:
        raise ResponsesRefused(f"{path}: the file is empty; expected a header {','.join([*FIXED, *key.item_ids])}")
    columns = {name: index for index, name in enumerate(header)}
    missing = [name for name in (*FIXED, *key.item_ids) if name not in columns]
    if missing:
        raise ResponsesRefused(
            f"{path}: missing columns {', '.join(missing)}; expected participant,test,sex,group,province and one "
            f"column per item of the {key.programme} test ({', '.join(key.item_ids)})"
        )
    known = set(key.item_ids)
    strangers = [name for name in header if _ITEM_SHAPED.match(name) and name not in known]
    result = ResponseSet()
    seen: dict[tuple[str, str], int] = {}
    for line, cells in rows:
        cells = cells + [""] * (len(header) - len(cells))

        def cell(name: str, row: list[str] = cells) -> str:
            return row[columns[name]]

        reasons = []
        participant = cell("participant")
        test = TESTS.get(cell("test").lower())
        sex = SEX_CODES.get(cell("sex").upper())
        if not participant:
            reasons.append("no participant code")
        if test is None:
            reasons.append(f"test '{cell('test')}' not recognised (pre or post)")
        if sex is None:
            reasons.append(f"sex '{cell('sex')}' not recognised (F or M; P or L)")
        reasons += [f"unknown item id '{name}'" for name in strangers if cell(name)]
        answers: dict[str, frozenset[str]] = {}
        for item_id in key.item_ids:
            letters = _letters(cell(item_id))
            printed = key.printed(test or "pre", item_id).options
            wrong = [letter for letter in letters if letter not in printed]
            if wrong:
                reasons.append(f"{item_id}: '{cell(item_id)}' is not among the options {'/'.join(printed)}")
            elif key.item(item_id).type != ItemType.MULTIPLE and len(letters) > 1:
                reasons.append(f"{item_id}: one letter expected, got '{cell(item_id)}'")
            answers[item_id] = frozenset(letters)
        first = seen.get((participant, str(test)))
        if not reasons and first is not None:
            reasons.append(f"duplicate {test}-test for participant '{participant}' (first on line {first})")
        if reasons:
            result.rejected.append(Rejected(line, "; ".join(reasons)))
            continue
        assert test is not None and sex is not None
        seen[(participant, test)] = line
        group = cell("group").lower() or "unknown"
        result.responses.append(Response(line, participant, test, sex, group, cell("province"), answers))
    pre = {r.participant for r in result.responses if r.test == "pre"}
    orphans = [r for r in result.responses if r.test == "post" and r.participant not in pre]
    for orphan in orphans:
        result.rejected.append(
            Rejected(orphan.line, f"post-test for participant '{orphan.participant}' without a pre-test")
        )
        result.responses.remove(orphan)
    result.rejected.sort(key=lambda rejected: rejected.line)
    return result
