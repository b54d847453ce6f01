"""XLSForm (KoboToolbox / ODK Collect): one form per test, both languages as `label::` columns.

The participant code, sex and stakeholder group come first; the items follow in the order and with the letters of
the printed form, so answers collected online and on paper are scored with the same key. No answer key is in the
form (the format has none, and participants would see it).
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook

from lokalatih.kit.forms import Form
from lokalatih.labels import SEXES, STAKEHOLDER_GROUPS, TEST_KINDS, label_texts
from lokalatih.model.common import LANGUAGES
from lokalatih.model.questions import ItemType
from lokalatih.reproducible import normalize_zip

LANGUAGE_COLUMNS = {"id": "Bahasa Indonesia (id)", "en": "English (en)"}


def _labels(texts: dict[str, str]) -> list[str]:
    return [texts[lang] for lang in LANGUAGES]


def xlsform(form: Form, province: str, version: str, when: dt.datetime) -> bytes:
    workbook = Workbook()
    survey = workbook.active
    assert survey is not None
    survey.title = "survey"
    label_columns = [f"label::{LANGUAGE_COLUMNS[lang]}" for lang in LANGUAGES]
    survey.append(["type", "name", *label_columns, "required", "calculation"])

    def row(kind: str, name: str, labels: dict[str, str], required: str = "", calculation: str = "") -> None:
        survey.append([kind, name, *_labels(labels), required, calculation])

    row("text", "participant", label_texts("participant_code"), required="yes")
    row("select_one sex", "sex", label_texts("sex"), required="yes")
    row("select_one stakeholder_group", "group", label_texts("stakeholder_group"), required="yes")
    row("calculate", "test", label_texts("test"), calculation=f"'{form.test}'")
    row("calculate", "province", label_texts("province"), calculation=f"'{province}'")
    choices = workbook.create_sheet("choices")
    choices.append(["list_name", "name", *label_columns])
    for sex, texts in SEXES.items():
        choices.append(["sex", sex, *_labels(texts)])
    for code, texts in STAKEHOLDER_GROUPS.items():
        choices.append(["stakeholder_group", code, *_labels(texts)])
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
