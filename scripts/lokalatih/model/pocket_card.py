"""`modules/pocket-card.yaml`: the advice printed on the pocket card for workers and families (contacts come from
the province profile, verified ones only)."""

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
    no_contacts: Text = Field(description="Printed where the province profile has no verified contact yet.")
