"""The participants' evaluation form of a programme: expanded once from evaluation.yaml (`evaluation_form`), and as
an XLSForm for KoboToolbox / ODK Collect (`evaluation_xlsform`), the online twin of the printed page.

The XLSForm's names are the rows' names, so an export of it ("XML values and headers") is an entry file as it is:
`lokalatih event evaluate` reads it like the typed-in `evaluations.csv`. It asks no name and no participant code.
"""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook

from lokalatih.curriculum import Programme
from lokalatih.kit.xlsform import LANGUAGE_COLUMNS
from lokalatih.labels import SEX_INITIALS, SEXES, STAKEHOLDER_GROUPS
from lokalatih.model.common import LANGUAGES, Text
from lokalatih.model.evaluation import (
    Choice,
    EvaluationForm,
    FormChoice,
    FormRow,
    FormSession,
    KitChoices,
    Question,
    QuestionKind,
)
from lokalatih.model.report import Sex
from lokalatih.reproducible import normalize_zip


def _initials_besides(code: Sex) -> list[str]:
    """Besides each code, what a clerk may type for it: the other language's initial (P, L), as on the list."""
    return sorted({initial for initial in SEX_INITIALS[code].values() if initial != code})


def _kit_choices(kind: KitChoices) -> list[FormChoice]:
    if kind == KitChoices.SEX:
        return [FormChoice(value=code, label=Text.model_validate(texts), aliases=_initials_besides(code))
                for code, texts in SEXES.items()]  # fmt: skip
    return [FormChoice(value=code, label=Text.model_validate(texts)) for code, texts in STAKEHOLDER_GROUPS.items()]


def _choices(choices: list[Choice]) -> list[FormChoice]:
    return [FormChoice(value=choice.value, label=choice.label, aliases=choice.aliases) for choice in choices]


def _rows(question: Question, programme: Programme, points: dict[str, list[Text]]) -> list[FormRow]:
    row = FormRow(name=question.name, kind="text", question=question.name, text=question.text,
                  optional=question.optional)  # fmt: skip
    if question.kind == QuestionKind.CHOICE:
        choices = _kit_choices(question.choices_from) if question.choices_from else _choices(question.choices or [])
        return [row.model_copy(update={"kind": "choice", "choices": choices, "breakdown": question.breakdown})]
    if question.kind == QuestionKind.TEXT:
        return [row]
    assert question.scale is not None  # the model guarantees it for ratings
    rating = row.model_copy(update={"kind": "rating", "scale": question.scale, "points": points[question.scale]})
    if question.kind == QuestionKind.RATING:
        return [rating]
    sessions = [(m.spec.id, FormSession(id=m.spec.id, title=m.spec.title)) for m in programme.modules]
    return [rating.model_copy(update={"name": f"{question.name}_{i}", "session": s}) for i, s in sessions]


def evaluation_form(programme: Programme) -> EvaluationForm:
    """The programme's evaluation with one row per answer: a per-session rating as one row per module, in the
    programme's order."""
    spec = programme.evaluation
    points = {scale.key: list(scale.points) for scale in spec.scales}
    return EvaluationForm(
        programme=programme.id,
        programme_title=programme.spec.title,
        title=spec.title,
        intro=spec.intro,
        closing_note=spec.closing_note,
        rows=[row for question in spec.questions for row in _rows(question, programme, points)],
    )


def _labels(texts: Text) -> list[str]:
    return [texts[lang] for lang in LANGUAGES]


def evaluation_xlsform(form: EvaluationForm, when: dt.datetime) -> bytes:
    """Notes carry the introduction, the question above the sessions and the closing note; their names have a dash,
    which no row's name has, so they never take a column's name."""
    workbook = Workbook()
    survey = workbook.active
    assert survey is not None
    survey.title = "survey"
    label_columns = [f"label::{LANGUAGE_COLUMNS[lang]}" for lang in LANGUAGES]
    survey.append(["type", "name", *label_columns, "required", "appearance"])
    choices = workbook.create_sheet("choices")
    choices.append(["list_name", "name", *label_columns])
    listed: set[str] = set()

    def choice_list(name: str, entries: list[tuple[str, Text]]) -> str:
        if name not in listed:
            listed.add(name)
            for value, texts in entries:
                choices.append([name, value, *_labels(texts)])
        return name

    survey.append(["note", "note-intro", *_labels(form.intro), "", ""])
    for row in form.rows:
        required = "" if row.optional else "yes"
        if row.session is not None and row is next(r for r in form.rows if r.question == row.question):
            survey.append(["note", f"note-{row.question}", *_labels(row.text), "", ""])
        if row.kind == "rating":
            scale = [(str(n), Text(id=f"{n} – {p.id}", en=f"{n} – {p.en}")) for n, p in enumerate(row.points, start=1)]
            list_name = choice_list(f"scale_{row.scale}", scale)
            label = Text(id=row.label("id"), en=row.label("en"))
            survey.append([f"select_one {list_name}", row.name, *_labels(label), required, "likert"])
        elif row.kind == "choice":
            list_name = choice_list(f"choices_{row.name}", [(choice.value, choice.label) for choice in row.choices])
            survey.append([f"select_one {list_name}", row.name, *_labels(row.text), required, ""])
        else:
            survey.append(["text", row.name, *_labels(row.text), required, "multiline"])
    survey.append(["note", "note-closing", *_labels(form.closing_note), "", ""])
    settings = workbook.create_sheet("settings")
    settings.append(["form_title", "form_id", "version", "default_language"])
    title = f"{form.programme_title['id']} – {form.title['id']}"
    settings.append([title, f"lokalatih_{form.programme}_evaluation", form.version, LANGUAGE_COLUMNS["id"]])
    workbook.properties.created = workbook.properties.modified = when.replace(tzinfo=None)
    workbook.properties.creator = "Lokalatih"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return normalize_zip(buffer.getvalue(), when)
