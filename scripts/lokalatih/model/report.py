"""`report.json`, the report of one event or a whole programme (`lokalatih event report`): one model that the
analysis fills in (`scoring/analysis.py` from the event folders read by `events/`), the writer serialises and the
HTML/PDF template and summary sentences read (`scoring/report.py`, `scoring/summary.py`). Anyone reading report.json
later can validate it with `Report`.

Shares are fractions (0.5), scores are percentages (`*_pct`, 0–100), gains are fractions of the possible gain; the
analysis rounds them (percentages to 2 decimals, the rest to 4) before they get here. A figure that cannot be
computed (no participants; a pre-test mean of 100%) is null, never 0.

The report holds aggregates only, so its size does not grow with the number of participants: each participant's
result goes to `participant-scores.csv`/`.xlsx` (rows of `ParticipantScore`) and every problem of the data to
`data-problems.txt`, beside report.json.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from lokalatih.model.common import StrictModel, json_document
from lokalatih.model.evaluation_summary import EvaluationSummary
from lokalatih.model.questions import ItemType

Sex = Literal["F", "M"]
SEXES: tuple[Sex, ...] = ("F", "M")


class GainBand(StrEnum):
    """Hake's bands of the class normalized gain: low < 0.3 ≤ medium ≤ 0.7 < high."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ItemFlag(StrEnum):
    """Why an item deserves a second look after the event; the values are written to report.json as they are."""

    TOO_EASY = "too easy"
    TOO_HARD = "too hard"
    NEGATIVE_DISCRIMINATION = "negative discrimination"
    FEWER_CORRECT_AFTER = "fewer correct after"


class GroupSummary(StrictModel):
    """n, means and both gains for a set of matched participants (everyone, one sex, one stakeholder group)."""

    n: int
    pre_mean_pct: float | None
    post_mean_pct: float | None
    class_normalized_gain: float | None
    gain_band: GainBand | None = None
    mean_individual_gain: float | None
    small: bool = Field(description="Fewer than 5 participants: one person moves the figures.")


class ParticipantScore(StrictModel):
    """One matched participant, by code only: a report never names anyone. A row of `participant-scores.csv` and
    `participant-scores.xlsx` beside the report (the report itself holds aggregates only)."""

    participant: str
    event: str
    province: str
    sex: Sex
    group: str
    pre_pct: float
    post_pct: float
    gain: float | None = Field(description="Individual normalized gain; null for a pre-test of 100%.")


class ItemStatistics(StrictModel):
    id: str
    module: str
    objective: str
    type: ItemType
    n: int = Field(description="Matched participants whose forms held this item.")
    p_pre: float | None = Field(description="Share correct on the pre-test.")
    p_post: float | None = Field(description="Share correct on the post-test.")
    sensitivity: float | None = Field(description="p_post − p_pre.")
    discrimination: float | None = Field(description="Share correct in the top 27% minus the bottom 27% (post).")
    flags: list[ItemFlag] = Field(default_factory=list)


class Share(StrictModel):
    """People counted, of them women, and the share of women (null when nobody is counted)."""

    n: int
    women: int
    women_share: float | None
    target_met: bool


class DayAttendance(Share):
    day: int


class EventSummary(StrictModel):
    """One event of the report: where and when, and who came."""

    name: str = Field(description="The event folder's name, e.g. sumatera-utara-training-2025-11-18.")
    province: str
    dates: list[str]
    registered: int = Field(description="Participants on the list.")
    attended: Share = Field(description="Participants present on at least one day.")
    all_days: int = Field(description="Participants present on every day.")
    days: list[DayAttendance]


class Attendance(StrictModel):
    registered: int
    attended: Share = Field(description="Present on at least one day, all events pooled.")
    all_days: int
    by_group: dict[str, Share]
    by_district: dict[str, Share]
    by_province: dict[str, Share]


class Report(StrictModel):
    programme: str
    events: list[EventSummary]
    attendance: Attendance
    target_women_share: float
    n_items: int
    n_participants: int = Field(description="Participants with both a valid pre-test and a valid post-test.")
    n_women: int = Field(description="Women among them.")
    pre_mean_pct: float | None
    post_mean_pct: float | None
    class_normalized_gain: float | None
    gain_band: GainBand | None
    mean_individual_gain: float | None
    pre_100_participants: list[str] = Field(description="Left out of the mean individual gain.")
    unmatched_pre_participants: list[str] = Field(description="A pre-test without a post-test: not scored.")
    by_sex: dict[Sex, GroupSummary]
    by_group: dict[str, GroupSummary]
    by_province: dict[str, GroupSummary]
    items: list[ItemStatistics]
    evaluation: EvaluationSummary | None = Field(
        default=None, description="The participants' evaluation, pooled over the events that typed theirs in."
    )
    n_data_problems: int = Field(description="Problems found in the typed-in data; every one is in data-problems.txt.")
    data_problems_by_file: dict[str, int] = Field(
        default_factory=dict, description="How many of them each file gave (<event>/<file>), in the order found."
    )
    data_problems: list[str] = Field(
        description="The first problems found in the typed-in data (at most 100), with file and line."
    )
    scoring_rule: str

    def to_json(self) -> str:
        return json_document(self)

    @property
    def flagged_items(self) -> list[str]:
        return [item.id for item in self.items if item.flags]
