"""Read the typed-in answer sheets of one test of an event: the entry file (columns numbered as printed on that
form) or a KoboToolbox export of the test's XLSForm (columns named by item id).

A participant's row is kept whenever its code is on the participant list; a cell that is not a letter printed for
that item on that form is reported with its line and question and counted as unanswered, so one slip of a clerk
costs one item, not the participant. Two rows for one code are counted once when they agree and not at all when they
differ (a conflict somebody must settle with the paper sheets).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lokalatih.events import codes
from lokalatih.events.folder import EventFolder, EventRefused, test_file
from lokalatih.labels import TEST_KINDS, label
from lokalatih.model.questions import ItemType
from lokalatih.model.test_key import TestKind

_SEPARATORS = re.compile(r"[\s,;/|]+")
_ITEM_SHAPED = re.compile(r"^[a-z][a-z0-9]*-q[0-9]+$")
CODE_COLUMNS = ("participant", "code")


@dataclass(frozen=True)
class Sheet:
    """One participant's answers to one test: item id → the letters chosen (empty: unanswered or invalid)."""

    code: str
    where: str
    answers: dict[str, frozenset[str]]


@dataclass
class TestSheets:
    test: TestKind
    sheets: dict[str, Sheet] = field(default_factory=dict)  # by participant code
    problems: list[str] = field(default_factory=list)
    rows_read: int = 0


def letters(raw: str) -> list[str]:
    """'A', 'a', 'A C', 'A,C' and 'AC' (several letters written together) all read as letters."""
    return [letter for part in _SEPARATORS.split(raw.strip().upper()) if part for letter in part]


def _columns(header: list[str], order: list[str]) -> dict[str, str]:
    """Column name → item id: numbers as printed on the form, or item ids (KoboToolbox, maybe 'group/t01-q02')."""
    by_number = {str(number): item_id for number, item_id in enumerate(order, start=1)}
    known = set(order)
    found: dict[str, str] = {}
    for name in header:
        bare = name.rsplit("/", 1)[-1]
        if bare in by_number:
            found[name] = by_number[bare]
        elif bare in known:
            found[name] = bare
    return found


def read_test(
    event: EventFolder, test: TestKind, on_list: set[str], lang: str, spare: frozenset[str] = frozenset()
) -> TestSheets:
    result = TestSheets(test)
    table = event.table(test_file(test), lang)
    if table is None or not table.rows:
        return result
    name = f"{event.name}/{table.path.name}"  # which event: a pooled report reads several
    order: list[str] = getattr(event.key, test)
    columns = _columns(table.header, order)
    code_column = next((c for c in table.header if c.rsplit("/", 1)[-1] in CODE_COLUMNS), None)
    missing = [str(n) for n, item_id in enumerate(order, start=1) if item_id not in columns.values()]
    if code_column is None or missing:
        expected = ",".join(["participant", *[str(n) for n in range(1, len(order) + 1)]])
        absent = ", ".join(([] if code_column else ["participant"]) + missing)
        raise EventRefused([label("msg_missing_columns", lang, where=f"{name}:1", columns=absent, expected=expected)])
    for stranger in (c for c in table.header if _ITEM_SHAPED.match(c.rsplit("/", 1)[-1]) and c not in columns):
        result.problems.append(label("msg_unknown_column", lang, where=f"{name}:1", column=stranger))
    number_of = {item_id: number for number, item_id in enumerate(order, start=1)}
    test_name = TEST_KINDS[test][lang]
    first: dict[str, Sheet] = {}
    conflicted: set[str] = set()
    for row in table.rows:
        where = f"{name}:{row.line}"
        raw_code = row.get(code_column)
        code = codes.normalise(raw_code)
        if not any(row.get(column) for column in columns) and not code:
            continue
        result.rows_read += 1
        if not codes.is_valid(code):
            result.problems.append(label("msg_bad_code", lang, where=where, code=raw_code))
            continue
        if code not in on_list:
            result.problems.append(label("enter_spare_code" if code in spare else "msg_unknown_code", lang,
                                         where=where, code=code))  # fmt: skip
            continue
        answers: dict[str, frozenset[str]] = {}
        for column, item_id in columns.items():
            printed = event.key.printed(test, item_id)
            chosen = letters(row.get(column))
            off_form = any(letter not in printed.options for letter in chosen)
            if off_form or (len(chosen) > 1 and event.key.item(item_id).type != ItemType.MULTIPLE):
                result.problems.append(
                    label("msg_not_a_letter" if off_form else "msg_one_letter", lang, where=where,
                          number=number_of[item_id], item=item_id, value=row.get(column),
                          valid="/".join(printed.options))
                )  # fmt: skip
                chosen = []
            answers[item_id] = frozenset(chosen)
        sheet = Sheet(code, where, answers)
        earlier = first.get(code)
        if earlier is None:
            first[code] = sheet
        elif earlier.answers == sheet.answers:
            result.problems.append(label("msg_repeat", lang, where=where, test=test_name, code=code,
                                         other=earlier.where.rsplit(":", 1)[-1]))  # fmt: skip
        else:
            conflicted.add(code)
            result.problems.append(label("msg_conflict", lang, where=where, test=test_name, code=code,
                                         other=earlier.where.rsplit(":", 1)[-1]))  # fmt: skip
    result.sheets = {code: sheet for code, sheet in first.items() if code not in conflicted}
    return result
