"""`evaluation.json`, the summary of `lokalatih event evaluate`: one model that the summary fills in
(`events/evaluation.py`), the writer serialises and the HTML reads. It holds the form as asked (both languages), so
the file reads on its own; `EvaluationSummary.model_validate_json` reads it back.

Counts are whole forms; a mean is over the forms that answered that row (its `n`), rounded to 2 decimals, and null
when none did. Free-text answers are kept verbatim, in the order the forms were entered; they are never linked to
the sex or group ticked on the same form.
"""

from __future__ import annotations

from pydantic import Field

from lokalatih.model.common import StrictModel, json_document
from lokalatih.model.evaluation import EvaluationForm, RowKind

MIN_SUBGROUP = 5  # fewer forms than this, and one person's answers could be read off a subgroup's figures


class RowSummary(StrictModel):
    name: str
    kind: RowKind
    n: int = Field(description="Forms that answered this row with a valid value.")
    unanswered: int = Field(description="Forms that left it blank or held a value that is not valid.")
    distribution: dict[str, int] = Field(
        default_factory=dict, description="rating and choice: forms per value (1 to 5, or each choice), in order."
    )
    mean: float | None = Field(default=None, description="rating: the mean of the valid answers.")
    answers: list[str] = Field(default_factory=list, description="text: every answer, verbatim.")


class RatingMean(StrictModel):
    n: int
    mean: float | None


class SubgroupSummary(StrictModel):
    value: str = Field(description="The answer that defines the subgroup, e.g. F or government.")
    n: int = Field(description="Forms with this answer.")
    shown: bool = Field(description=f"n ≥ {MIN_SUBGROUP}: only then are the subgroup's ratings given.")
    ratings: dict[str, RatingMean] = Field(
        default_factory=dict, description="Per rating row: n and mean within the subgroup; empty when not shown."
    )


class BreakdownSummary(StrictModel):
    question: str = Field(description="The row whose answers make the subgroups (sex, group, participation).")
    subgroups: list[SubgroupSummary]


class EvaluationSummary(StrictModel):
    programme: str
    events: list[str] = Field(description="The event folders whose forms are pooled here, by name.")
    n_forms: int
    min_subgroup: int = MIN_SUBGROUP
    form: EvaluationForm
    rows: list[RowSummary]
    breakdowns: list[BreakdownSummary]
    problems: list[str] = Field(description="Every value that could not be read, as file:line: question: message.")

    def to_json(self) -> str:
        return json_document(self)

    def row(self, name: str) -> RowSummary:
        return next(row for row in self.rows if row.name == name)
