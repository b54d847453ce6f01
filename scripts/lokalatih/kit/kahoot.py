"""Kahoot sheet of a test form, for a quick quiz in the room, laid out as Kahoot's own spreadsheet template.

Kahoot imports questions from its "Quiz template" workbook (one sheet, "Sheet1"): a title area in rows 1-7 (the
title in B2, notes below it), the header in row 8 from column B, one question per row from row 9 with its number in
column A, the question in B, up to four answers in C-F, the time limit in G (a number of seconds: 5, 10, 20, 30, 60,
90, 120 or 240) and the correct answer(s) in H: the answer's number, or several numbers separated by commas ("1,3",
a text). This module writes that layout, with numbers as numbers.

Every item of the form is there, in the form's order, its answers in the order of the form's letters. An item
shows its `quiz` wording (a shorter stem, shorter or fewer options) where its bank gives one; `lokalatih check`
makes sure every item of a test fits Kahoot's limits, so `kahoot` leaving an item out is a bug the caller reports.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from lokalatih.kit.forms import Form, FormItem
from lokalatih.labels import TEST_KINDS, label
from lokalatih.model.questions import QUIZ_MAX_ANSWER, QUIZ_MAX_ANSWERS, QUIZ_MAX_QUESTION, quiz_length
from lokalatih.reproducible import normalize_zip

SHEET = "Sheet1"
HEADER_ROW, FIRST_ROW = 8, 9
# The header of Kahoot's template, word for word (its time-limit header has an en dash, the others a hyphen).
HEADER = (
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
)
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
TIME_LIMIT = 60  # the template's example; long enough to read a question and four answers aloud
# Column widths of the template (A: number, B: question, C-F: answers, G: time limit, H: correct answers).
WIDTHS = {"A": 12.5, "B": 49.33, "C": 31.83, "D": 31.83, "E": 31.83, "F": 31.83, "G": 26.33, "H": 33.16}


@dataclass(frozen=True)
class KahootRow:
    """One question as the sheet holds it."""

    number: int
    question: str
    answers: tuple[str, ...]  # in the form's order
    correct: tuple[int, ...]  # 1-based numbers of the correct answers

    @property
    def correct_cell(self) -> int | str:
        """One correct answer as a number; several as the template writes them, "1,3"."""
        return self.correct[0] if len(self.correct) == 1 else ",".join(map(str, self.correct))

    def fits(self) -> bool:
        return (
            quiz_length(self.question) <= QUIZ_MAX_QUESTION
            and 2 <= len(self.answers) <= QUIZ_MAX_ANSWERS
            and all(quiz_length(answer) <= QUIZ_MAX_ANSWER for answer in self.answers)
            and bool(self.correct)
        )


def kahoot_row(form_item: FormItem, lang: str) -> KahootRow:
    """The item as the quiz shows it: its quiz stem and the options its quiz names, in the order of the form's
    letters (a true-false item's two fixed answers as they are)."""
    item = form_item.item
    if item.options:
        shown = item.quiz_options(lang)  # by index in the bank's order
        pairs = [(shown[i], o.correct) for o in form_item.options if (i := item.options.index(o)) in shown]
    else:
        pairs = [(option[lang], option.correct) for option in form_item.options]
    answers = tuple(text for text, _ in pairs)
    correct = tuple(number for number, (_, is_correct) in enumerate(pairs, start=1) if is_correct)
    return KahootRow(form_item.number, item.quiz_stem(lang), answers, correct)


def kahoot(form: Form, lang: str, when: dt.datetime) -> tuple[bytes, list[str]]:
    """The workbook, and the ids of the items it had to leave out because they do not fit Kahoot's limits (none,
    when the sources passed `lokalatih check`)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    for letter, width in WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    programme = form.programme.spec.title[lang]
    sheet["B2"] = f"Kahoot · {TEST_KINDS[form.test][lang]} · {programme}"
    sheet["B2"].font = Font(bold=True, size=14)
    sheet["B3"] = label("kahoot_note", lang)
    sheet["B4"] = label("kahoot_limits", lang)
    for note in ("B3", "B4"):
        sheet.merge_cells(f"{note}:H{note[1:]}")
        sheet[note].alignment = Alignment(wrap_text=True, vertical="top")
    for column, title in enumerate(HEADER, start=2):
        cell = sheet.cell(HEADER_ROW, column, title)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    skipped: list[str] = []
    row_number = FIRST_ROW
    for form_item in form.items:
        question = kahoot_row(form_item, lang)
        if not question.fits():
            skipped.append(form_item.item.id)
            continue
        answers: list[str | None] = [*question.answers, *[None] * (QUIZ_MAX_ANSWERS - len(question.answers))]
        values = [question.number, question.question, *answers, TIME_LIMIT, question.correct_cell]
        for column, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row_number, column, value).alignment = Alignment(wrap_text=True, vertical="top")
        row_number += 1
    workbook.properties.created = workbook.properties.modified = when.replace(tzinfo=None)
    workbook.properties.creator = "Lokalatih"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalize_zip(buffer.getvalue(), when), skipped
