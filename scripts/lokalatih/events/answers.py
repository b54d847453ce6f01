"""Read the typed-in answer sheets of one test of an event: the entry file (columns numbered as printed on that
form) or a KoboToolbox export of the test's XLSForm (columns named by item id).

A participant's row is kept whenever its code is on the participant list; a cell that is not a letter printed for
that item on that form is reported with its line and question and counted as unanswered, so one slip of a clerk
costs one item, not the participant. Two rows for one code are counted once when they agree and not at all when they
differ (a conflict somebody must settle with the paper sheets).
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from lokalatih.events import codes
from lokalatih.events.folder import EventFolder, EventRefused, test_file
from lokalatih.labels import TEST_KINDS, label
from lokalatih.model.questions import ItemType
from lokalatih.model.test_key import TestKey, TestKind

_SEPARATORS = re.compile(r"[\s,;/|]+")
_ITEM_SHAPED = re.compile(r"^[a-z][a-z0-9]*-q[0-9]+$")
CODE_COLUMNS = ("participant", "code")
_REMEMBERED_CELLS = 512  # distinct spellings remembered per column: a column holds few ("A", "a", "A,C", "")


class Sheet(NamedTuple):
    """One participant's answers to one test, as small as a row can be kept: the line it was typed on and the letters
    chosen as one integer (`AnswerCodec`). A test of 100,000 sheets costs about 15 MB."""

    line: int
    answers: int


@dataclass(frozen=True)
class AnswerCodec:
    """The letters of a whole answer sheet as one integer: each item of the key (in `key.item_ids` order) owns one
    bit per option printed on this form, set when that letter was chosen. An item scores when its bits equal the
    bits of its correct letters."""

    key: TestKey
    test: TestKind

    @cached_property
    def offsets(self) -> dict[str, int]:
        offsets, at = {}, 0
        for item_id in self.key.item_ids:
            offsets[item_id] = at
            at += len(self.key.printed(self.test, item_id).options)
        return offsets

    def bits(self, item_id: str, letters: list[str] | frozenset[str], offset: int) -> int:
        options = self.key.printed(self.test, item_id).options
        return sum(1 << (offset + options.index(letter)) for letter in set(letters))

    @cached_property
    def fields(self) -> list[tuple[str, int, int]]:
        """(item id, the item's bits, its correct letters' bits) in the key's order."""
        result = []
        for item_id, offset in self.offsets.items():
            printed = self.key.printed(self.test, item_id)
            whole = ((1 << len(printed.options)) - 1) << offset
            result.append((item_id, whole, self.bits(item_id, printed.correct, offset)))
        return result

    def letters(self, answers: int) -> dict[str, frozenset[str]]:
        """Item id → the letters chosen (empty: unanswered or invalid)."""
        return {
            item_id: frozenset(letter for n, letter in enumerate(self.key.printed(self.test, item_id).options)
                               if answers >> (offset + n) & 1)
            for item_id, offset in self.offsets.items()
        }  # fmt: skip


@dataclass
class TestSheets:
    test: TestKind
    codec: AnswerCodec
    name: str = ""  # "<event>/<file>", as messages name it
    sheets: dict[str, Sheet] = field(default_factory=dict)  # by participant code, in the order first typed
    problems: list[str] = field(default_factory=list)
    rows_read: int = 0

    def where(self, sheet: Sheet) -> str:
        return f"{self.name}:{sheet.line}"

    def answers_of(self, code: str) -> dict[str, frozenset[str]]:
        return self.codec.letters(self.sheets[code].answers)


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


@dataclass
class _Column:
    """One item's column of the file and what each spelling found in it reads as, worked out once per spelling."""

    name: str
    item_id: str
    number: int  # as printed on the form
    offset: int
    whole: int  # all of the item's bits
    # cell → (bits, None) when it reads, (0, True) for a letter not on the form, (0, False) for two letters where
    # one is expected
    read: dict[str, tuple[int, bool | None]] = field(default_factory=dict)


def _cell_reading(codec: AnswerCodec, column: _Column, raw: str) -> tuple[int, bool | None]:
    printed = codec.key.printed(codec.test, column.item_id)
    chosen = letters(raw)
    off_form = any(letter not in printed.options for letter in chosen)
    if off_form or (len(chosen) > 1 and codec.key.item(column.item_id).type != ItemType.MULTIPLE):
        return 0, off_form
    return codec.bits(column.item_id, chosen, column.offset), None


def read_test(
    event: EventFolder, test: TestKind, on_list: Container[str], lang: str,
    spare: frozenset[str] = frozenset(),
) -> TestSheets:  # fmt: skip
    """Every sheet of one test, read row by row from the file; `on_list`: the codes of the participant list."""
    codec = AnswerCodec(event.key, test)
    result = TestSheets(test, codec)
    table = event.stream(test_file(test), lang)
    if table is None or next(table.rows(), None) is None:
        return result  # nothing typed in yet: its header is not checked either
    name = result.name = f"{event.name}/{table.path.name}"  # which event: a pooled report reads several
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
    offsets = codec.offsets
    wholes = {item_id: whole for item_id, whole, _ in codec.fields}
    plan = [_Column(column, item_id, number_of[item_id], offsets[item_id], wholes[item_id])
            for column, item_id in columns.items()]  # fmt: skip
    test_name = TEST_KINDS[test][lang]
    first: dict[str, Sheet] = {}
    conflicted: set[str] = set()
    for row in table.rows():
        where = f"{name}:{row.line}"
        raw_code = row.get(code_column)
        code = codes.normalise(raw_code)
        if not code and not any(row.get(column) for column in columns):  # a row with no code and no answer
            continue
        result.rows_read += 1
        if not codes.is_valid(code):
            result.problems.append(label("msg_bad_code", lang, where=where, code=raw_code))
            continue
        if code not in on_list:
            result.problems.append(label("enter_spare_code" if code in spare else "msg_unknown_code", lang,
                                         where=where, code=code))  # fmt: skip
            continue
        answers = 0
        for column in plan:
            raw = row.get(column.name)
            reading = column.read.get(raw)
            if reading is None:
                reading = _cell_reading(codec, column, raw)
                if len(column.read) < _REMEMBERED_CELLS:
                    column.read[raw] = reading
            bits, off_form = reading
            if off_form is not None:
                number, item = column.number, column.item_id
                valid = "/".join(event.key.printed(test, item).options)
                result.problems.append(
                    label("msg_not_a_letter", lang, where=where, number=number, item=item, value=raw, valid=valid)
                    if off_form
                    else label("msg_one_letter", lang, where=where, number=number, item=item, value=raw, valid=valid)
                )
            answers = answers & ~column.whole | bits  # a second column of the same item: the last one counts
        sheet = Sheet(row.line, answers)
        earlier = first.get(code)
        if earlier is None:
            first[code] = sheet
        elif earlier.answers == sheet.answers:
            result.problems.append(label("msg_repeat", lang, where=where, test=test_name, code=code,
                                         other=earlier.line))  # fmt: skip
        else:
            conflicted.add(code)
            result.problems.append(label("msg_conflict", lang, where=where, test=test_name, code=code,
                                         other=earlier.line))  # fmt: skip
    for code in conflicted:
        del first[code]
    result.sheets = first
    return result
