"""`provinces/<slug>/modules/<programme>/programme.yaml`: how a province folder changes one programme of the core.

It names only what differs: the province's own modules and where they go, the core modules it replaces, and the
days whose clock window it moves. Everything else comes from `modules/<programme>/programme.yaml`, so an update of
the core reaches the province without a merge conflict.
"""

from __future__ import annotations

from pydantic import Field, PositiveInt, model_validator

from lokalatih.model.common import Key, StrictModel
from lokalatih.model.programme import ClockTime


class Insertion(StrictModel):
    """One of the province's own modules, placed next to a session already in the programme."""

    module: Key = Field(description="Folder name of a module in this province folder's programme folder.")
    after: Key | None = Field(default=None, description="The module it follows (core or this province's own).")
    before: Key | None = Field(default=None, description="The module it comes before (core or this province's own).")

    @model_validator(mode="after")
    def _one_place(self) -> Insertion:
        if (self.after is None) == (self.before is None):
            raise ValueError("give the place of the module: either `after: <module>` or `before: <module>`")
        return self

    @property
    def anchor(self) -> str:
        return self.after if self.after is not None else self.before  # type: ignore[return-value]


class DayChange(StrictModel):
    """A new clock window for one day of the programme in this province (a local session needs the time)."""

    day: PositiveInt = Field(description="Day number, 1 for the first day.")
    start: ClockTime | None = None
    end: ClockTime | None = None

    @model_validator(mode="after")
    def _changes_something(self) -> DayChange:
        if self.start is None and self.end is None:
            raise ValueError("give the day a new `start`, `end` or both")
        return self


class ProgrammeOverlaySpec(StrictModel):
    insert: list[Insertion] = Field(
        default_factory=list, description="The province's own modules, each placed after or before a session."
    )
    replace: list[Key] = Field(
        default_factory=list,
        description="Core modules this province replaces with the folder of the same name in its province folder.",
    )
    days: list[DayChange] = Field(default_factory=list, description="Days with another clock window.")
