"""`modules/pocket-card.yaml`: the advice printed on the pocket card for workers and families (contacts come from
the province profile: only those `lokalatih.contacts` publishes)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from lokalatih.model.common import StrictModel, Text


class StageAdvice(StrictModel):
    title: Text
    advice: Annotated[list[Text], Field(min_length=2, max_length=6)]


class PocketCardSpec(StrictModel):
    title: Text
    intro: Text
    before_departure: StageAdvice
    abroad: StageAdvice
    on_return: StageAdvice
    rights: Annotated[list[Text], Field(min_length=3, max_length=8)]
    warning_signs: Annotated[list[Text], Field(min_length=3, max_length=8)]
    no_contacts: Text = Field(
        description="Printed after the offices to ask in person (the profile's BP3MI, LTSA and manpower offices) "
        "where no contact is published: where else to go, in person. Never a number."
    )
