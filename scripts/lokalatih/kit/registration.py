"""The KoboToolbox / ODK registration form (XLSForm): the participant list collected on a phone at the desk.

Its names and choice values are the columns and values of the event folder's participants file, so an export
("XML values and headers") saved as `participants.xlsx` or `participants.csv` reads as it is. The code is copied from
the printed code list; the constraint takes only six characters of the code alphabet (the check letter is verified
when the list is read).
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook

from lokalatih.events.codes import ALPHABET, LENGTH
from lokalatih.kit.xlsform import LANGUAGE_COLUMNS
from lokalatih.labels import SEXES, STAKEHOLDER_GROUPS, label_texts
from lokalatih.model.common import LANGUAGES
from lokalatih.reproducible import normalize_zip

CODE_CONSTRAINT = f"regex(., '^[{ALPHABET}]{{{LENGTH}}}$')"


def registration_xlsform(version: str, when: dt.datetime) -> bytes:
    workbook = Workbook()
    survey = workbook.active
    assert survey is not None
    survey.title = "survey"
    labels = [f"label::{LANGUAGE_COLUMNS[lang]}" for lang in LANGUAGES]
    messages = [f"constraint_message::{LANGUAGE_COLUMNS[lang]}" for lang in LANGUAGES]
    survey.append(["type", "name", *labels, "required", "constraint", *messages])

    no_hint = {lang: "" for lang in LANGUAGES}

    def row(kind: str, name: str, texts: dict[str, str], constraint: str = "", hint: dict[str, str] = no_hint) -> None:
        survey.append([kind, name, *[texts[lang] for lang in LANGUAGES], "yes", constraint,
                       *[hint[lang] for lang in LANGUAGES]])  # fmt: skip

    row("text", "code", label_texts("participant_code"), CODE_CONSTRAINT, label_texts("registration_code_rule"))
    row("text", "name", label_texts("name"))
    row("select_one sex", "sex", label_texts("sex"))
    row("select_one stakeholder_group", "group", label_texts("stakeholder_group"))
    row("text", "organisation", label_texts("institution"))
    row("text", "district", label_texts("district"))
    row("select_one disability", "disability", label_texts("registration_disability"))
    row("select_one yes_no", "photo_consent", label_texts("registration_photo_consent"))
    choices = workbook.create_sheet("choices")
    choices.append(["list_name", "name", *labels])
    for sex, texts in SEXES.items():
        choices.append(["sex", sex, *[texts[lang] for lang in LANGUAGES]])
    for code, texts in STAKEHOLDER_GROUPS.items():
        choices.append(["stakeholder_group", code, *[texts[lang] for lang in LANGUAGES]])
    yes, no = label_texts("yes"), label_texts("no")
    answers = {"yes": yes, "no": no, "undisclosed": label_texts("registration_undisclosed")}
    for value, texts in answers.items():
        choices.append(["disability", value, *[texts[lang] for lang in LANGUAGES]])
    for value, texts in (("yes", yes), ("no", no)):
        choices.append(["yes_no", value, *[texts[lang] for lang in LANGUAGES]])
    settings = workbook.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    title = label_texts("registration_title")["id"]
    settings.append([title, "lokalatih_registration", version, LANGUAGE_COLUMNS["id"]])
    workbook.properties.created = workbook.properties.modified = when.replace(tzinfo=None)
    workbook.properties.creator = "Lokalatih"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalize_zip(buffer.getvalue(), when)
