"""`test-pre.xlsx` / `test-post.xlsx`: the answer sheets' entry workbook for clerks who type in Excel or LibreOffice.

The columns are those of `test-<test>.csv`: `participant`, then the question numbers as printed on that form (what
the clerk sees on the paper); each number's header cell carries the item id in a comment, so the first row stays the
only header row for the reader (`tables.read_table`). Data validation refuses, as it is typed:

- a participant code that is not six characters of the code alphabet with a right check character (the same
  weighted sum as `codes.is_valid`);
- a letter that the form does not print for that question (single-answer and true/false items: a list of the
  letters, which also gives a drop-down);
- for a "choose every correct answer" item, anything but that item's letters, each at most once, written together
  (`AC`): a custom formula, since a list cannot hold every combination in any order.

Formulas use only functions that Excel, LibreOffice Calc and Google Sheets share, and stay under Excel's 255
characters. Limits: validation checks typing, not pasted cells (a paste overwrites validation in Excel); a code of
the right shape that is not on the participant list passes (`lokalatih event enter` refuses it); letters are taken
in either case (`ac`), so whatever reads the workbook upper-cases them; and Excel's AutoComplete may offer an earlier
entry of the column (`AC` while typing `A`), so the clerk looks before pressing Enter. A workbook of the training's
post-test, filled with valid and invalid entries, was checked by hand with LibreOffice Calc 7.4's own validation
(Tools > Detective > Mark Invalid Data): it refused exactly the invalid ones. tests/test_entry.py evaluates the
formulas over many entries with a small evaluator of the functions they use (tests/xlformula.py).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from lokalatih.events import codes
from lokalatih.labels import label
from lokalatih.model.questions import ItemType
from lokalatih.model.test_key import TestKey, TestKind

EXCEL_FORMULA_LIMIT = 255  # characters of a validation formula, and of an error message
EXCEL_TITLE_LIMIT = 32  # characters of an error or prompt title
AUTHOR = "Lokalatih"


@dataclass(frozen=True)
class Question:
    """One column of the entry file: a question as the form prints it."""

    number: int
    item_id: str
    letters: list[str]
    multiple: bool

    @property
    def valid(self) -> str:
        return f"{self.letters[0]}–{self.letters[-1]}"


def form_questions(key: TestKey, test: TestKind) -> list[Question]:
    """The questions of one form in printed order, with that form's letters."""
    order = key.pre if test == "pre" else key.post
    return [
        Question(number, item_id, key.printed(test, item_id).options, key.item(item_id).type == ItemType.MULTIPLE)
        for number, item_id in enumerate(order, start=1)
    ]


def both(text: Callable[[str], str]) -> str:
    """A note or message in Indonesian, then English: anyone of the team may type into the workbook."""
    return f"{text('id')} / {text('en')}"


def code_formula(cell: str) -> str:
    """True when `cell` holds a valid participant code: six characters of the alphabet whose weighted sum (weights
    1..6, values their positions in the alphabet) is 0 modulo the alphabet's length. A character outside the
    alphabet makes FIND fail, and a failing formula rejects the entry."""
    positions = "ROW($1:$6)"
    value = f'FIND(MID(UPPER({cell}),{positions},1),"{codes.ALPHABET}")-1'
    return f"AND(LEN({cell})={codes.LENGTH},MOD(SUMPRODUCT({positions}*({value})),{len(codes.ALPHABET)})=0)"


def multiple_formula(cell: str, letters: list[str]) -> str:
    """True when `cell` holds some of `letters`, each once, in any order: as many characters as distinct letters
    found. SEARCH ignores case; a repeated or foreign character makes the length larger than the count."""
    found = "+".join(f'ISNUMBER(SEARCH("{letter}",{cell}))' for letter in letters)
    return f"LEN({cell})={found}"


def _validation(
    kind: Literal["list", "custom"], formula: str, error_title: str, error: str, prompt_title: str, prompt: str
) -> DataValidation:
    too_long = [text for text in (formula, error, prompt) if len(text) > EXCEL_FORMULA_LIMIT]
    too_long += [text for text in (error_title, prompt_title) if len(text) > EXCEL_TITLE_LIMIT]
    if too_long:
        raise ValueError(f"entry workbook: too long for Excel's data validation: {too_long[0]!r}")
    return DataValidation(
        type=kind,
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop",
        errorTitle=error_title,
        error=error,
        showInputMessage=True,
        promptTitle=prompt_title,
        prompt=prompt,
    )


def _messages(question: Question) -> tuple[str, str]:
    """The note (header comment and prompt) and the error message of a question's column."""
    number, letters = question.number, question.valid
    if question.multiple:
        return (
            both(lambda lang: label("entry_multiple_note", lang, letters=letters)),
            both(lambda lang: label("entry_multiple_error", lang, number=number, letters=letters)),
        )
    return (
        both(lambda lang: label("entry_single_note", lang, letters=letters)),
        both(lambda lang: label("entry_single_error", lang, number=number, letters=letters)),
    )


def entry_workbook(key: TestKey, test: TestKind, rows: int) -> bytes:
    """The entry workbook of one form with validation on `rows` rows (one per participant code of the event)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = f"test-{test}"
    questions = form_questions(key, test)
    sheet.append(["participant", *[q.number for q in questions]])
    last = rows + 1

    sheet["A1"].comment = Comment(both(lambda lang: label("entry_code_note", lang)), AUTHOR, width=320, height=110)
    for row in range(2, last + 1):
        sheet.cell(row=row, column=1).number_format = "@"  # a code like 347E34 stays text, not a number
    title = both(lambda lang: label("participant_code", lang))
    code = _validation("custom", code_formula("A2"), title, both(lambda lang: label("entry_code_error", lang)),
                       title, both(lambda lang: label("entry_code_prompt", lang)))  # fmt: skip
    sheet.add_data_validation(code)
    code.add(f"A2:A{last}")

    for question in questions:
        column = get_column_letter(question.number + 1)
        note, error = _messages(question)
        sheet[f"{column}1"].comment = Comment(f"{question.item_id}\n{note}", AUTHOR, width=260, height=90)
        where = f"{question.number} · {question.item_id}"
        if question.multiple:
            validation = _validation("custom", multiple_formula(f"{column}2", question.letters), where, error,
                                     where, note)  # fmt: skip
        else:
            validation = _validation("list", f'"{",".join(question.letters)}"', where, error, where, note)
        sheet.add_data_validation(validation)
        validation.add(f"{column}2:{column}{last}")
        sheet.column_dimensions[column].width = 6
    sheet.column_dimensions["A"].width = 12
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
