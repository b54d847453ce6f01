"""`modules/<programme>/programme.yaml`: days, their clock windows, breaks and the order of modules."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, PositiveInt, model_validator

from lokalatih.model.common import Key, StrictModel, Text


class Delivery(StrEnum):
    IN_PERSON = "in-person"
    HYBRID = "hybrid"


class BreakKind(StrEnum):
    REGISTRATION = "registration"
    COFFEE = "coffee"
    LUNCH_AND_PRAYER = "lunch-and-prayer"
    PRAYER = "prayer"
    OPENING_CEREMONY = "opening-ceremony"
    CLOSING_CEREMONY = "closing-ceremony"


def _clock(value: Any) -> Any:
    # YAML 1.1 reads an unquoted 13:15 as the sexagesimal number 795; turn it back into the time the author wrote.
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return f"{value // 60:02d}:{value % 60:02d}"
    return value


ClockTime = Annotated[
    str,
    BeforeValidator(_clock),
    Field(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", description="24-hour clock time, HH:MM; quote it."),
]


class Slot(StrictModel):
    """One entry of a day: either a module (by folder name) or a break with its minutes."""

    module: Key | None = Field(default=None, description="Folder name of a module of this programme.")
    break_: BreakKind | None = Field(default=None, alias="break")
    minutes: PositiveInt | None = Field(default=None, description="Length of a break in whole minutes.")

    @model_validator(mode="after")
    def _module_or_break(self) -> Slot:
        if (self.module is None) == (self.break_ is None):
            raise ValueError("an entry is either `module: <folder>` or `break: <kind>` with `minutes`")
        if self.break_ is not None and self.minutes is None:
            raise ValueError("a break needs `minutes`")
        if self.module is not None and self.minutes is not None:
            raise ValueError("a module's minutes come from its module.yaml; remove `minutes` here")
        return self


class Day(StrictModel):
    start: ClockTime
    end: ClockTime
    sessions: Annotated[list[Slot], Field(min_length=1)]


class CertificateRule(StrictModel):
    """Who receives a certificate (`lokalatih event certificates`): participants present on enough days."""

    min_days: PositiveInt | Literal["all"] = Field(
        default="all",
        description="Days a participant must be present (on the attendance list) to receive a certificate; "
        "`all` (the default): every day of the programme.",
    )

    def required_days(self, days: int) -> int:
        """How many of the event's `days` a participant must attend."""
        return days if self.min_days == "all" else min(self.min_days, days)


class ProgrammeSpec(StrictModel):
    id: Key
    order: PositiveInt = Field(default=100, description="Position in the navigation and lists (1 comes first).")
    title: Text
    short_title: Text = Field(description="One or two words for the navigation, e.g. Lokakarya / Workshop.")
    summary: Text
    audience: Text
    delivery: Delivery
    days: Annotated[list[Day], Field(min_length=1)]
    participants: PositiveInt = Field(default=40, description="Room size the group plans are written for.")
    minutes_per_test_item: Annotated[float, Field(gt=0)] = Field(
        default=1.0, description="Minutes a participant needs per test item; the test activity must allow for all."
    )
    test_handling_minutes: Annotated[int, Field(ge=0)] = Field(
        default=3, description="Minutes to hand out the forms, write the codes and collect them, on top of the items."
    )
    certificate: CertificateRule = Field(
        default_factory=CertificateRule, description="The attendance a certificate needs (default: every day)."
    )
