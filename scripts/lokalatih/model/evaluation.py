"""`modules/<programme>/evaluation.yaml`: what participants think of a programme (reaction, Kirkpatrick level 1), and
the expanded form that every output of it reads.

The YAML names the questions; `kit/evaluation.py` expands them for one programme into an `EvaluationForm`: a
per-session rating becomes one row per module, titled from the module, and a choice from the kit's own lists (sex,
stakeholder group) gets the kit's labels. The printed form, the XLSForm, the entry files of `lokalatih event new` and
the summary of `lokalatih event evaluate` all read that one expanded form; `event new` keeps a copy of it in the event
folder (`evaluation-form.json`), so a later change to the modules never changes what an old event's answers mean.

The form is anonymous: no name and no participant code, and sex and stakeholder group are optional.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from lokalatih.model.common import Key, StrictModel, Text, json_document

QuestionName = Annotated[
    str,
    Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        max_length=32,
        description="Stable name: the XLSForm's name and the column of the entry file (lower-case letters, digits, "
        "underscores). Never rename a question that events have answered.",
    ),
]
SCALE_POINTS = 5


class QuestionKind(StrEnum):
    RATING = "rating"
    SESSION_RATING = "session-rating"
    CHOICE = "choice"
    TEXT = "text"


class KitChoices(StrEnum):
    """Lists of choices the kit keeps once, with its own labels and codes (the same as the participant list's)."""

    SEX = "sex"
    STAKEHOLDER_GROUP = "stakeholder-group"


class Scale(StrictModel):
    key: Key
    points: Annotated[
        list[Text],
        Field(
            min_length=SCALE_POINTS,
            max_length=SCALE_POINTS,
            description="The label of each point of the scale, from 1 (lowest) to 5 (highest).",
        ),
    ]


class Choice(StrictModel):
    value: Key = Field(description="What the entry file and the XLSForm hold for this choice, e.g. in-room.")
    label: Text
    aliases: list[str] = Field(
        default_factory=list,
        description="Other words a clerk may type for it (the value and both labels are always understood).",
    )


class Question(StrictModel):
    name: QuestionName
    kind: QuestionKind
    text: Text = Field(
        description="The question or statement as printed; for a session rating, the question above the sessions."
    )
    scale: Key | None = Field(default=None, description="rating and session-rating: the key of a scale of `scales`.")
    choices: list[Choice] | None = Field(default=None, description="choice: the choices, in printed order.")
    choices_from: KitChoices | None = Field(
        default=None, description="choice: take the kit's own list (sex, stakeholder-group) instead of `choices`."
    )
    optional: bool = Field(
        default=False,
        description="The online form lets it be skipped (a printed form can always be left blank).",
    )
    breakdown: Text | None = Field(
        default=None,
        description="choice: the summary also gives the ratings by each answer of this question, under this heading "
        "(e.g. By sex); only answers given on at least 5 forms are shown.",
    )

    @model_validator(mode="after")
    def _fields_fit_the_kind(self) -> Question:
        rating = self.kind in (QuestionKind.RATING, QuestionKind.SESSION_RATING)
        if rating and self.scale is None:
            raise ValueError(f"a {self.kind} question needs `scale`")
        if not rating and self.scale is not None:
            raise ValueError(f"a {self.kind} question takes no `scale`")
        if self.kind == QuestionKind.CHOICE:
            if (self.choices is None) == (self.choices_from is None):
                raise ValueError("a choice question needs either `choices` or `choices_from`")
            if self.choices is not None and len(self.choices) < 2:
                raise ValueError("a choice question needs at least two choices")
        elif self.choices is not None or self.choices_from is not None:
            raise ValueError(f"a {self.kind} question takes no `choices` or `choices_from`")
        if self.breakdown is not None and self.kind != QuestionKind.CHOICE:
            raise ValueError("only a choice question can have a `breakdown`")
        return self


class EvaluationSpec(StrictModel):
    """`evaluation.yaml` of a programme."""

    title: Text = Field(description="The form's title, also the name of its download.")
    intro: Text = Field(description="Printed under the title and shown first online: anonymous, how to answer.")
    closing_note: Text = Field(description="Printed at the foot of the form and shown last online.")
    handed_out_in: Key = Field(
        description="The module folder of the session that hands out the form: its pages link the printed form."
    )
    scales: Annotated[list[Scale], Field(min_length=1)]
    questions: Annotated[list[Question], Field(min_length=1)]


# The expanded form: what every output reads, and the snapshot an event folder keeps (evaluation-form.json).

RowKind = Literal["rating", "choice", "text"]


class FormChoice(StrictModel):
    value: str
    label: Text
    aliases: list[str] = Field(default_factory=list, description="Other codes a clerk may type (P, L for sex).")


class FormSession(StrictModel):
    id: str = Field(description="The module's id, e.g. w03.")
    title: Text


class FormRow(StrictModel):
    """One answer of the form: one column of the entry file, one question of the XLSForm."""

    name: str
    kind: RowKind
    question: str = Field(description="The name of the question of evaluation.yaml this row comes from.")
    text: Text = Field(description="The question's text; for a session, the question above the sessions.")
    session: FormSession | None = None
    scale: str | None = None
    points: list[Text] = Field(default_factory=list, description="rating: the labels of 1 to 5.")
    choices: list[FormChoice] = Field(default_factory=list)
    optional: bool = False
    breakdown: Text | None = None

    @property
    def values(self) -> list[str]:
        """The values an answer may take, as the entry file holds them."""
        if self.kind == "rating":
            return [str(point) for point in range(1, len(self.points) + 1)]
        return [choice.value for choice in self.choices]

    def label(self, lang: str) -> str:
        """What the row is called where it is one of many: the session, or the question."""
        return f"{self.session.id.upper()} · {self.session.title[lang]}" if self.session else self.text[lang]


@dataclass(frozen=True)
class Block:
    """Rows printed (and summarised) together: ratings on one scale asked one after the other (the sessions of a
    per-session rating among them, under their question), or one choice or text question."""

    kind: RowKind
    rows: list[FormRow]

    @property
    def first(self) -> FormRow:
        return self.rows[0]

    @property
    def sessions(self) -> bool:
        return self.first.session is not None


class EvaluationForm(StrictModel):
    programme: str
    programme_title: Text
    title: Text
    intro: Text
    closing_note: Text
    rows: list[FormRow]

    def to_json(self) -> str:
        return json_document(self)

    @property
    def version(self) -> str:
        """Changes whenever anything on the form does (the XLSForm's version)."""
        return hashlib.sha256(self.to_json().encode()).hexdigest()[:10]

    @property
    def names(self) -> list[str]:
        """The entry file's header."""
        return [row.name for row in self.rows]

    def row(self, name: str) -> FormRow:
        return next(row for row in self.rows if row.name == name)

    def blocks(self) -> Iterator[Block]:
        current: list[FormRow] = []
        for row in self.rows:
            if current and _together(current[-1], row):
                current.append(row)
                continue
            if current:
                yield Block(current[0].kind, current)
            current = [row]
        if current:
            yield Block(current[0].kind, current)


def _together(previous: FormRow, row: FormRow) -> bool:
    if previous.kind != "rating" or row.kind != "rating" or previous.scale != row.scale:
        return False
    if previous.session or row.session:
        return previous.question == row.question  # a session rating keeps its own table, under its question
    return True
