"""XLSForm (KoboToolbox / ODK Collect): one form per test, both languages as `label::` columns.

The participant code comes first, checked against the code alphabet (sex and stakeholder group come from the
event's participant list, never from the test); the items follow, named by their item ids and labelled with the
numbers, order and letters of the printed form, so answers collected online and on paper are scored with the same
key. No answer key is in the form (the format has none, and participants would see it).
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook

from lokalatih.events import codes
from lokalatih.kit.forms import Form
from lokalatih.labels import TEST_KINDS, label_texts
from lokalatih.model.common import LANGUAGES
from lokalatih.model.questions import ItemType
from lokalatih.reproducible import normalize_zip

LANGUAGE_COLUMNS = {"id": "Bahasa Indonesia (id)", "en": "English (en)"}
# The whole answer must be six characters of the alphabet printed on the code cards. A code with a wrong check
# character still passes here: matching the export's codes to the participant list is the reader's job.
CODE_CONSTRAINT = f"regex(., '^[{codes.ALPHABET}]{{{codes.LENGTH}}}$')"


def _labels(texts: dict[str, str]) -> list[str]:
    return [texts[lang] for lang in LANGUAGES]


def xlsform(form: Form, province: str, version: str, when: dt.datetime) -> bytes:
    workbook = Workbook()
    survey = workbook.active
    assert survey is not None
    survey.title = "survey"
    label_columns = [f"label::{LANGUAGE_COLUMNS[lang]}" for lang in LANGUAGES]
    message_columns = [f"constraint_message::{LANGUAGE_COLUMNS[lang]}" for lang in LANGUAGES]
    survey.append(["type", "name", *label_columns, "required", "constraint", *message_columns, "calculation"])

    def row(kind: str, name: str, labels: dict[str, str], required: str = "", calculation: str = "") -> None:
        survey.append([kind, name, *_labels(labels), required, "", *["" for _ in LANGUAGES], calculation])

    survey.append(["text", "participant", *_labels(label_texts("participant_code")), "yes", CODE_CONSTRAINT,
                   *_labels(label_texts("code_constraint")), ""])  # fmt: skip
    row("calculate", "test", label_texts("test"), calculation=f"'{form.test}'")
    row("calculate", "province", label_texts("province"), calculation=f"'{province}'")
    choices = workbook.create_sheet("choices")
    choices.append(["list_name", "name", *label_columns])
    for form_item in form.items:
        item = form_item.item
        list_name = f"options_{item.id}"
        kind = "select_multiple" if item.type == ItemType.MULTIPLE else "select_one"
        stem = {lang: f"{form_item.number}. {item.stem[lang]}" for lang in LANGUAGES}
        row(f"{kind} {list_name}", item.id, stem, required="yes")
        for letter, option in zip(form_item.letters, form_item.options, strict=True):
            choices.append([list_name, letter, *[f"{letter}. {option[lang]}" for lang in LANGUAGES]])
    settings = workbook.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    title = f"{form.programme.spec.short_title['id']} – {TEST_KINDS[form.test]['id']}"
    settings.append([title, f"lokalatih_{form.programme.id}_{form.test}", version, LANGUAGE_COLUMNS["id"]])
    workbook.properties.created = workbook.properties.modified = when.replace(tzinfo=None)
    workbook.properties.creator = "Lokalatih"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalize_zip(buffer.getvalue(), when)
