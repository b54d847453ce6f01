"""`lokalatih event enter EVENT pre|post`: a clerk types the answer sheets of one test, one sheet at a time.

For each sheet: the participant code (refused unless its check letter is right and it belongs to a participant of
the list), then every answer on one line in the order of the form, as the sheet shows them:

    ABDCA BCAD(AC)- ...     one letter per question; spaces are ignored; (AC) for several letters on a
                            "choose every correct answer" question; - or . for a question left blank

A line with a letter the form does not print for that question, several letters on a one-letter question, a
letter twice or the wrong number of answers is refused with each wrong position named, and asked again. After a
summary and a yes, the row is APPENDED to `test-<test>.csv` (columns: participant, then the question numbers as
printed): the file is never rewritten, so rows typed earlier, by this command or by hand, stay exactly as they were.
An empty code, or Ctrl-D, ends the session with the number of rows written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lokalatih.events import codes
from lokalatih.events.create import test_entry_header
from lokalatih.events.entry_sheet import Question, form_questions
from lokalatih.events.folder import PARTICIPANTS, EventFolder, EventRefused, test_file
from lokalatih.events.participants import read_participants
from lokalatih.labels import TEST_KINDS, label
from lokalatih.model.test_key import TestKind
from lokalatih.tables import Table, TableUnreadable, read_table

BLANKS = "-."
YES = {"y", "ya", "yes"}
NO = {"n", "t", "no", "tidak"}
SUMMARY_PER_LINE = 5

Ask = Callable[[str], str | None]  # shows a prompt, returns the line typed (None at the end of input)
Say = Callable[[str], None]


def _tokens(line: str, lang: str) -> tuple[list[str], list[str]]:
    """The answers of a line as written, one per question: "A", "AC" (from "(AC)"), "" for a blank."""
    tokens: list[str] = []
    text = "".join(line.split())
    position = 0
    while position < len(text):
        char = text[position]
        if char == "(":
            end = text.find(")", position)
            if end < 0 or "(" in text[position + 1 : end]:
                return tokens, [label("enter_unclosed", lang)]
            tokens.append(text[position + 1 : end].upper())
            position = end + 1
            continue
        if char == ")":
            return tokens, [label("enter_stray_close", lang)]
        tokens.append("" if char in BLANKS else char.upper())
        position += 1
    return tokens, []


def parse_answers(line: str, questions: list[Question], lang: str) -> tuple[list[str], list[str]]:
    """The answers of one sheet as they go into the file ("A", "AC", "" for a blank), or every problem of the line,
    each naming its question."""
    tokens, problems = _tokens(line, lang)
    if problems:
        return [], problems
    if len(tokens) != len(questions):
        # Where the line went wrong is the clerk's to see: what was read, question by question, beside the sheet.
        read = " ".join(f"{number}={token or '-'}" for number, token in enumerate(tokens, start=1))
        return [], [label("enter_count", lang, expected=len(questions), given=len(tokens), read=read)]
    answers: list[str] = []
    for question, token in zip(questions, tokens, strict=True):
        number, written = question.number, list(dict.fromkeys(token))  # each character once, in the order typed
        problems += [label("enter_not_on_form", lang, number=number, value=char, valid=question.valid)
                     for char in written if char not in question.letters]  # fmt: skip
        if len(token) > 1 and not question.multiple:
            problems.append(label("enter_one_letter", lang, number=number, value=token))
        problems += [label("enter_twice", lang, number=number, value=char) for char in written if token.count(char) > 1]
        answers.append("".join(letter for letter in question.letters if letter in token))
    return (answers, []) if not problems else ([], problems)


def summary(code: str, questions: list[Question], answers: list[str]) -> str:
    cells = [f"{q.number:>3} {answer or '-':<6}" for q, answer in zip(questions, answers, strict=True)]
    lines = ["".join(cells[i : i + SUMMARY_PER_LINE]).rstrip() for i in range(0, len(cells), SUMMARY_PER_LINE)]
    return "\n".join([code, *lines])


@dataclass
class EntryFile:
    """`test-<test>.csv`, opened for appending: its dialect, the next line number and the codes it already holds."""

    path: Path
    delimiter: str
    terminator: str
    next_line: int
    needs_newline: bool
    rows_of: dict[str, int]  # code → line of its first row

    def append(self, row: list[str]) -> int:
        out = io.StringIO()
        csv.writer(out, delimiter=self.delimiter, lineterminator=self.terminator).writerow(row)
        with self.path.open("a", encoding="utf-8", newline="") as file:
            file.write((self.terminator if self.needs_newline else "") + out.getvalue())
        line, self.next_line, self.needs_newline = self.next_line, self.next_line + 1, False
        self.rows_of.setdefault(row[0], line)
        return line


def open_entry_file(path: Path, header: list[str], test: TestKind, lang: str) -> EntryFile:
    """The entry file as it is, checked: its header must be the form's numbering. A missing file is created with
    that header (`event new` writes it; a clerk may have deleted it)."""
    if not path.exists():
        path.write_text(",".join(header) + "\n", encoding="utf-8")
    table = _read(path)
    text = path.read_bytes().decode("utf-8-sig")  # as it is, line ends too (read_table has checked it is UTF-8)
    if table.header != header:
        found = ",".join(table.header) if table.header else ""
        raise EventRefused([label("enter_bad_header", lang, where=f"{path.name}:1", found=found,
                                  expected=",".join(header), test=TEST_KINDS[test][lang])])  # fmt: skip
    first_line = text.splitlines()[0] if text else ""
    delimiter = next((d for d in (";", "\t") if d in first_line and "," not in first_line), ",")
    rows_of: dict[str, int] = {}
    for row in table.rows:
        rows_of.setdefault(codes.normalise(row.get("participant")), row.line)
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    return EntryFile(path, delimiter, "\r\n" if "\r\n" in text else "\n", lines + 1,
                     bool(text) and not text.endswith("\n"), rows_of)  # fmt: skip


def _read(path: Path) -> Table:
    try:
        return read_table(path)
    except TableUnreadable as error:
        raise EventRefused([str(error)]) from None


def _refuse_if_typed_in_workbook(event: EventFolder, test: TestKind, lang: str) -> None:
    """One test is typed into one file: a workbook that already holds rows keeps the test."""
    workbook = event.path / f"{test_file(test)}.xlsx"
    if not workbook.exists():
        return
    rows = _read(workbook).rows
    if rows:
        raise EventRefused([label("enter_workbook_has_data", lang, where=f"{workbook.name}:{rows[0].line}",
                                  csv=f"{test_file(test)}.csv")])  # fmt: skip


def enter_answers(event: EventFolder, test: TestKind, lang: str, ask: Ask, say: Say) -> int:
    """The entry session; returns the number of rows written."""
    try:
        participants = read_participants(event, lang)
    except TableUnreadable as error:
        raise EventRefused([str(error)]) from None
    by_code, spare = participants.by_code(), set(participants.spare_codes)
    listed = event.table(PARTICIPANTS, lang)
    list_name = listed.path.name if listed else f"{PARTICIPANTS}.csv"
    _refuse_if_typed_in_workbook(event, test, lang)
    questions = form_questions(event.key, test)
    header = test_entry_header(event.key, test)  # what `event new` wrote
    entry = open_entry_file(event.path / f"{test_file(test)}.csv", header, test, lang)
    say(label("enter_intro", lang, file=entry.path.name, test=TEST_KINDS[test][lang], count=len(questions)))
    written = 0
    while True:
        raw = ask(label("enter_prompt_code", lang))
        if raw is None or not raw.strip():
            break
        code = codes.normalise(raw)
        if not codes.is_valid(code):
            say(label("enter_bad_code", lang, code=raw.strip()))
            continue
        if code not in by_code:
            say(label("enter_spare_code" if code in spare else "msg_unknown_code", lang, where=list_name, code=code))
            continue
        if code in entry.rows_of:
            say(label("enter_already", lang, code=code, where=f"{entry.path.name}:{entry.rows_of[code]}"))
        answers = _ask_answers(questions, lang, ask, say)
        if answers is None:
            break
        if not answers:
            continue  # an empty line: back to the code
        say(summary(code, questions, answers))
        confirmed = _ask_yes_no(label("enter_prompt_confirm", lang, file=entry.path.name), ask)
        if confirmed is None:
            break
        if not confirmed:
            say(label("enter_not_written", lang))
            continue
        try:
            line = entry.append([code, *answers])
        except OSError as error:
            raise EventRefused([label("enter_cannot_write", lang, file=entry.path.name,
                                      reason=error.strerror or str(error), count=written)]) from None  # fmt: skip
        written += 1
        say(label("enter_written", lang, where=f"{entry.path.name}:{line}", code=code))
    say(label("enter_done", lang, file=entry.path.name, count=written))
    return written


def _ask_answers(questions: list[Question], lang: str, ask: Ask, say: Say) -> list[str] | None:
    """The answers of one sheet; [] when the clerk typed an empty line (back to the code), None at end of input."""
    while True:
        line = ask(label("enter_prompt_answers", lang, count=len(questions)))
        if line is None:
            return None
        if not line.strip():
            return []
        answers, problems = parse_answers(line, questions, lang)
        if not problems:
            return answers
        for problem in problems:
            say(problem)


def _ask_yes_no(prompt: str, ask: Ask) -> bool | None:
    while True:
        reply = ask(prompt)
        if reply is None:
            return None
        if reply.strip().lower() in YES | NO:
            return reply.strip().lower() in YES
