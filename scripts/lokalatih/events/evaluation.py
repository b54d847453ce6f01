"""The participants' evaluation of an event (reaction, Kirkpatrick level 1): the entry files `event new` writes, the
reader of the typed-in forms, the summary over one or several events, and `lokalatih event evaluate`.

Everything reads the event's own copy of the form (`evaluation-form.json`, written by `event new`), never the modules
as they are today: a question reworded or a session added later does not change what an old event's answers mean.

A value that is not a valid answer (a 7 on a 1–5 scale, a choice the form does not offer) is reported as
`file:line: question: …` and counted as unanswered; the rest of its form still counts. Forms of several events are
pooled row by row before anything is computed, so a mean over two events is the mean of their forms, not of their
means.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from markupsafe import Markup
from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from pydantic import ValidationError

from lokalatih.events.folder import EVALUATION_FORM, EVALUATIONS, EventFolder, EventRefused
from lokalatih.formatting import format_number, iso_timestamp
from lokalatih.labels import label
from lokalatih.model.evaluation import EvaluationForm, FormRow
from lokalatih.model.evaluation_summary import (
    MIN_SUBGROUP,
    BreakdownSummary,
    EvaluationSummary,
    RatingMean,
    RowSummary,
    SubgroupSummary,
)
from lokalatih.printing.render import render_html

Answer = int | str

# Columns a KoboToolbox or ODK export adds around the form's own: never reported as unknown.
_EXPORT_COLUMNS = {"start", "end", "today", "deviceid", "username", "audit", "instanceid", "key", "submitterid"}


# The entry files `lokalatih event new` writes.


def entry_csv(form: EvaluationForm) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(form.names)
    return out.getvalue()


def _column(index: int) -> str:
    """Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


ENTRY_ROWS = 200  # rows of the workbook that take the drop-downs: more than any event returns forms


def entry_workbook(form: EvaluationForm, lang: str) -> bytes:
    """`evaluations.xlsx`: the entry file's header, a drop-down of the valid values on every rating and choice
    column, and a second sheet with each column's question in the event's language."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = EVALUATIONS
    sheet.append(form.names)
    for index, row in enumerate(form.rows):
        letter = _column(index)
        sheet.column_dimensions[letter].width = 40 if row.kind == "text" else max(10, len(row.name) + 2)
        if row.kind == "text":
            continue
        values = ",".join(row.values)
        validation = DataValidation(type="list", formula1=f'"{values}"', allow_blank=True, showErrorMessage=True)
        validation.error = f"{row.name}: {values}"
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}{ENTRY_ROWS + 1}")
    sheet.freeze_panes = "A2"
    guide = workbook.create_sheet("questions")
    guide.append(["column", label("evaluation_question", lang), label("evaluation_answer", lang)])
    for row in form.rows:
        guide.append([row.name, row.label(lang), _valid(row, lang)])
    guide.column_dimensions["A"].width = 16
    guide.column_dimensions["B"].width = 70
    guide.column_dimensions["C"].width = 60
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def write_entry_files(folder: Path, form: EvaluationForm, lang: str) -> None:
    """The form's copy and the two entry files of a new event folder."""
    (folder / EVALUATION_FORM).write_text(form.to_json(), encoding="utf-8")
    (folder / f"{EVALUATIONS}.csv").write_text(entry_csv(form), encoding="utf-8")
    (folder / f"{EVALUATIONS}.xlsx").write_bytes(entry_workbook(form, lang))


# Reading the typed-in forms.


@dataclass(frozen=True)
class FormAnswers:
    """One returned form: its valid answers by row name (a blank or invalid cell is simply absent)."""

    where: str  # event folder/file:line
    answers: dict[str, Answer]


@dataclass(frozen=True)
class EventEvaluations:
    event: str
    form: EvaluationForm
    forms: list[FormAnswers]
    problems: list[str] = field(default_factory=list)


def _valid(row: FormRow, lang: str) -> str:
    if row.kind == "rating":
        return f"{row.values[0]}–{row.values[-1]}"
    if row.kind == "choice":
        return ", ".join(f"{choice.value} ({choice.label[lang]})" for choice in row.choices)
    return ""


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _choice_words(row: FormRow) -> dict[str, str]:
    """Everything a clerk may type for a choice, in either language: its value, its label, an alias (P, L)."""
    words: dict[str, str] = {}
    for choice in row.choices:
        for word in (choice.value, *choice.aliases, *(choice.label[lang] for lang in ("id", "en"))):
            words.setdefault(_normal(word), choice.value)
    return words


def parse_answer(row: FormRow, raw: str) -> Answer | None:
    """The answer a cell holds, or None when it is not a valid one (a blank cell is not read at all)."""
    if row.kind == "text":
        return raw
    if row.kind == "rating":
        return int(raw) if raw in row.values else None
    return _choice_words(row).get(_normal(raw))


def read_form(event: EventFolder, lang: str) -> EvaluationForm:
    path = event.path / EVALUATION_FORM
    try:
        return EvaluationForm.model_validate_json(path.read_bytes())
    except (OSError, ValidationError):
        raise EventRefused([label("msg_evaluation_no_form", lang, where=f"{event.name}/{EVALUATION_FORM}")]) from None


def read_evaluations(event: EventFolder, lang: str) -> EventEvaluations:
    """Every returned form of one event, checked cell by cell against the event's own form."""
    form = read_form(event, lang)
    table = event.table(EVALUATIONS, lang)
    if table is None:
        raise EventRefused([label("msg_evaluation_no_entries", lang, where=event.name, name=EVALUATIONS)])
    name = f"{event.name}/{table.path.name}"
    missing = table.missing(form.names)
    if table.header and missing:
        raise EventRefused([label("msg_missing_columns", lang, where=f"{name}:1", columns=", ".join(missing),
                                  expected=",".join(form.names))])  # fmt: skip
    problems = [
        label("msg_unknown_column", lang, where=f"{name}:1", column=column)
        for column in table.header
        if column and column not in form.names and not _export_column(column)
    ]
    forms = []
    for table_row in table.rows:
        where = f"{name}:{table_row.line}"
        answers: dict[str, Answer] = {}
        for row in form.rows:
            raw = table_row.get(row.name)
            if not raw:
                continue
            answer = parse_answer(row, raw)
            if answer is None:
                problems.append(label("msg_evaluation_value", lang, where=where, question=row.name, value=raw,
                                      valid=_valid(row, lang)))  # fmt: skip
                continue
            answers[row.name] = answer
        forms.append(FormAnswers(where, answers))
    return EventEvaluations(event.name, form, forms, problems)


def _export_column(column: str) -> bool:
    return column.startswith(("_", "note-")) or "/" in column or column.casefold() in _EXPORT_COLUMNS


def pool(events: Sequence[EventEvaluations], lang: str) -> tuple[EvaluationForm, list[FormAnswers], list[str]]:
    """The forms of every event as one list, and one form that holds every row asked: rows with the same name must
    take the same answers (their wording may differ; the first event's is kept)."""
    programmes = sorted({event.form.programme for event in events})
    if len(programmes) > 1:
        raise EventRefused([label("msg_evaluation_programmes", lang, programmes=", ".join(programmes))])
    first = events[0]
    rows = {row.name: (row, first.event) for row in first.form.rows}
    problems = []
    for event in events[1:]:
        for row in event.form.rows:
            if row.name not in rows:
                rows[row.name] = (row, event.event)
                continue
            known, where = rows[row.name]
            if (known.kind, known.values) != (row.kind, row.values):
                problems.append(label("msg_evaluation_row_differs", lang, question=row.name, first=where,
                                      second=event.event))  # fmt: skip
    if problems:
        raise EventRefused(problems)
    form = first.form.model_copy(update={"rows": [row for row, _ in rows.values()]})
    return form, [answers for event in events for answers in event.forms], [p for e in events for p in e.problems]


# The summary.


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def _row_summary(row: FormRow, forms: list[FormAnswers]) -> RowSummary:
    answers = [f.answers[row.name] for f in forms if row.name in f.answers]
    n, unanswered = len(answers), len(forms) - len(answers)
    if row.kind == "text":
        return RowSummary(name=row.name, kind=row.kind, n=n, unanswered=unanswered, answers=[str(a) for a in answers])
    distribution = {value: 0 for value in row.values}
    for answer in answers:
        distribution[str(answer)] += 1
    mean = _mean([a for a in answers if isinstance(a, int)]) if row.kind == "rating" else None
    return RowSummary(name=row.name, kind=row.kind, n=n, unanswered=unanswered, distribution=distribution, mean=mean)


def _breakdown(row: FormRow, rating_rows: list[FormRow], forms: list[FormAnswers]) -> BreakdownSummary:
    subgroups = []
    for value in row.values:
        members = [f for f in forms if f.answers.get(row.name) == value]
        shown = len(members) >= MIN_SUBGROUP
        ratings = {}
        if shown:
            for rating in rating_rows:
                values = [int(f.answers[rating.name]) for f in members if rating.name in f.answers]
                ratings[rating.name] = RatingMean(n=len(values), mean=_mean(values))
        subgroups.append(SubgroupSummary(value=value, n=len(members), shown=shown, ratings=ratings))
    return BreakdownSummary(question=row.name, subgroups=subgroups)


def summarise(
    form: EvaluationForm, forms: list[FormAnswers], events: Iterable[str], problems: Iterable[str] = ()
) -> EvaluationSummary:
    """Distributions, means with n and free-text answers of every row, and the ratings by each breakdown question
    (sex, stakeholder group, online or in the room) for subgroups of at least MIN_SUBGROUP forms."""
    ratings = [row for row in form.rows if row.kind == "rating"]
    return EvaluationSummary(
        programme=form.programme,
        events=list(events),
        n_forms=len(forms),
        form=form,
        rows=[_row_summary(row, forms) for row in form.rows],
        breakdowns=[_breakdown(row, ratings, forms) for row in form.rows if row.breakdown is not None],
        problems=list(problems),
    )


# The summary as HTML: a view of formatted strings, so that the macro of `_evaluation-summary.html.j2` needs no
# helpers from whoever includes it (the programme report does).


@dataclass(frozen=True)
class SummaryTable:
    caption: str | None
    header: list[str]  # the first column's header, then the figures'
    rows: list[tuple[str, list[str]]]  # each row's header cell and its figures


@dataclass(frozen=True)
class SummaryPart:
    heading: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    table: SummaryTable | None = None
    answers: list[str] = field(default_factory=list)  # verbatim free text
    no_answers: str | None = None  # said when a free-text question has no answer


@dataclass(frozen=True)
class SummaryView:
    heading: str
    intro: list[str]
    parts: list[SummaryPart]


def _number(value: float | None, lang: str) -> str:
    return "–" if value is None else format_number(value, lang, 2)


def summary_view(summary: EvaluationSummary, lang: str) -> SummaryView:
    form = summary.form
    parts: list[SummaryPart] = []
    for block in form.blocks():
        first = block.first
        if block.kind == "rating":
            points = [f"{n} · {point[lang]}" for n, point in enumerate(first.points, start=1)]
            corner = label("session" if block.sessions else "evaluation_question", lang)
            header = [corner, label("evaluation_n", lang), label("evaluation_mean", lang), *points,
                      label("evaluation_unanswered", lang)]  # fmt: skip
            rows = []
            for row in block.rows:
                s = summary.row(row.name)
                counts = [str(count) for count in s.distribution.values()]
                rows.append((row.label(lang), [str(s.n), _number(s.mean, lang), *counts, str(s.unanswered)]))
            caption = first.text[lang] if block.sessions else None
            parts.append(SummaryPart(table=SummaryTable(caption, header, rows)))
        elif block.kind == "choice":
            s = summary.row(first.name)
            rows = [(c.label[lang], [str(s.distribution[c.value])]) for c in first.choices]
            rows.append((label("evaluation_unanswered", lang), [str(s.unanswered)]))
            header = [label("evaluation_answer", lang), label("evaluation_forms_column", lang)]
            parts.append(SummaryPart(table=SummaryTable(first.text[lang], header, rows)))
        else:
            s = summary.row(first.name)
            none = None if s.answers else label("evaluation_no_answers", lang)
            parts.append(SummaryPart(heading=first.text[lang], answers=s.answers, no_answers=none))
    for breakdown in summary.breakdowns:
        parts.append(_breakdown_part(summary, breakdown, lang))
    if summary.problems:
        parts.append(SummaryPart(heading=label("evaluation_problems", lang), answers=summary.problems))
    intro = [
        label("evaluation_forms", lang, n=summary.n_forms, events=", ".join(summary.events)),
        label("evaluation_method", lang),
    ]
    return SummaryView(f"{label('evaluation_heading', lang)}: {form.programme_title[lang]}", intro, parts)


def _breakdown_part(summary: EvaluationSummary, breakdown: BreakdownSummary, lang: str) -> SummaryPart:
    form = summary.form
    row = form.row(breakdown.question)
    names = {choice.value: choice.label[lang] for choice in row.choices}
    shown = [s for s in breakdown.subgroups if s.shown]
    hidden = [s for s in breakdown.subgroups if not s.shown and s.n > 0]
    assert row.breakdown is not None  # only breakdown questions have a breakdown
    paragraphs = []
    if hidden:
        groups = ", ".join(f"{names[s.value]} ({s.n})" for s in hidden)
        paragraphs.append(label("evaluation_suppressed", lang, min=summary.min_subgroup, groups=groups))
    table = None
    if shown:
        header = [label("evaluation_question", lang),
                  *[label("evaluation_subgroup", lang, name=names[s.value], n=s.n) for s in shown]]  # fmt: skip
        rows = [
            (rating.label(lang),
             [label("evaluation_mean_n", lang, mean=_number(s.ratings[rating.name].mean, lang),
                    n=s.ratings[rating.name].n) for s in shown])
            for rating in form.rows
            if rating.kind == "rating"
        ]  # fmt: skip
        table = SummaryTable(None, header, rows)
    return SummaryPart(heading=row.breakdown[lang], paragraphs=paragraphs, table=table)


def summary_fragment(summary: EvaluationSummary, lang: str, level: int = 2) -> Markup:
    """The summary as an HTML fragment (headings from `level` down), for a report to place where it likes; a
    Jinja template can instead import the macro: `{% from "_evaluation-summary.html.j2" import evaluation_summary %}`
    and call `evaluation_summary(view, level)` with `view = summary_view(summary, lang)`."""
    html = render_html("_evaluation-summary.html.j2", lang, view=summary_view(summary, lang), level=level)
    return Markup(html)


def summary_html(summary: EvaluationSummary, lang: str, when: dt.datetime) -> str:
    view = summary_view(summary, lang)
    return render_html("evaluation-summary.html.j2", lang, view=view, title=view.heading, created=iso_timestamp(when),
                       context_line=f"Lokalatih · {label('evaluation_heading', lang)}")  # fmt: skip


def write_summary(summary: EvaluationSummary, out: Path, lang: str, when: dt.datetime) -> list[Path]:
    from lokalatih.printing.pdf import render_pdf

    out.mkdir(parents=True, exist_ok=True)
    html = summary_html(summary, lang, when)
    paths = [out / "evaluation.json", out / "evaluation.html", out / "evaluation.pdf"]
    paths[0].write_text(summary.to_json(), encoding="utf-8")
    paths[1].write_text(html, encoding="utf-8")
    paths[2].write_bytes(render_pdf(html))
    return paths
