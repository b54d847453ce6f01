"""`report.json`, the learning report of `lokalatih score`: one model that the analysis fills in
(`scoring/analysis.py`), the writer serialises and the HTML/PDF template and summary sentences read
(`scoring/report.py`, `scoring/summary.py`). Anyone reading report.json later can validate it with `Report`.

Shares are fractions (0.5), scores are percentages (`*_pct`, 0–100), gains are fractions of the possible gain; the
analysis rounds them (percentages to 2 decimals, the rest to 4) before they get here. A figure that cannot be
computed (no participants; a pre-test mean of 100%) is null, never 0.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from lokalatih.model.common import StrictModel, json_document
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
    """One matched participant, by code only: a report never names anyone."""

    participant: str
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
    p_pre: float | None = Field(description="Share correct on the pre-test.")
    p_post: float | None = Field(description="Share correct on the post-test.")
    sensitivity: float | None = Field(description="p_post − p_pre.")
    discrimination: float | None = Field(description="Share correct in the top 27% minus the bottom 27% (post).")
    flags: list[ItemFlag] = Field(default_factory=list)


class RejectedRow(StrictModel):
    line: int
    reason: str


class Report(StrictModel):
    programme: str
    n_items: int
    n_participants: int = Field(description="Participants with both a valid pre-test and a valid post-test.")
    n_women: int
    women_share: float | None
    target_women_share: float
    target_met: bool
    pre_mean_pct: float | None
    post_mean_pct: float | None
    class_normalized_gain: float | None
    gain_band: GainBand | None
    mean_individual_gain: float | None
    pre_100_participants: list[str] = Field(description="Left out of the mean individual gain.")
    unmatched_pre_participants: list[str] = Field(description="A pre-test without a post-test: not scored.")
    by_sex: dict[Sex, GroupSummary]
    by_group: dict[str, GroupSummary]
    participants: list[ParticipantScore]
    items: list[ItemStatistics]
    rejected_rows: list[RejectedRow]
    scoring_rule: str

    def to_json(self) -> str:
        return json_document(self)

    @property
    def flagged_items(self) -> list[str]:
        return [item.id for item in self.items if item.flags]
