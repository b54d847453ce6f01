"""Kahoot spreadsheet of a test form, for a quick quiz in the room: items that fit Kahoot's limits only."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook

from lokalatih.kit.forms import Form, FormItem
from lokalatih.reproducible import normalize_zip

MAX_QUESTION, MAX_ANSWER, MAX_ANSWERS = 120, 75, 4
TIME_LIMIT = 60


def fits(form_item: FormItem, lang: str) -> bool:
    return (
        len(form_item.item.stem[lang]) <= MAX_QUESTION
        and len(form_item.options) <= MAX_ANSWERS
        and all(len(option[lang]) <= MAX_ANSWER for option in form_item.options)
    )


def kahoot(form: Form, lang: str, when: dt.datetime) -> tuple[bytes, int]:
    """The workbook and how many items it had to leave out (too long or too many options for Kahoot)."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Kahoot"
    sheet.append(["Question", "Answer 1", "Answer 2", "Answer 3", "Answer 4", "Time limit", "Correct answer(s)"])
    skipped = 0
    for form_item in form.items:
        if not fits(form_item, lang):
            skipped += 1
            continue
        answers = [option[lang] for option in form_item.options] + [""] * (MAX_ANSWERS - len(form_item.options))
        correct = ",".join(str(i + 1) for i, option in enumerate(form_item.options) if option.correct)
        sheet.append([form_item.item.stem[lang], *answers, TIME_LIMIT, correct])
    workbook.properties.created = workbook.properties.modified = when.replace(tzinfo=None)
    workbook.properties.creator = "Lokalatih"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalize_zip(buffer.getvalue(), when), skipped
