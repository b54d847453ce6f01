"""`modules/<programme>/<slug>/module.yaml`: the language-neutral facts of one session and its short texts."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, PositiveInt

from lokalatih.model.common import Key, Method, StrictModel, Text


class Objective(Text):
    """A learning objective written as an observable outcome; `key` lets question banks point at it."""

    key: Key


class Activity(StrictModel):
    key: Key
    minutes: PositiveInt = Field(description="Whole minutes; all activities add up to the module's duration.")
    method: Method
    title: Text
    purpose: Text
    steps: Annotated[list[Text], Field(min_length=1, description="Numbered steps, one bilingual pair each.")]
    expected_answers: list[Text] = Field(
        default_factory=list, description="What participants are likely to answer, so the facilitator can steer."
    )
    debrief: list[Text] = Field(default_factory=list, description="Questions for the debrief.")


class ModuleSpec(StrictModel):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*$", description="Short id, unique across programmes.")]
    duration: PositiveInt = Field(description="Whole minutes.")
    methods: Annotated[list[Method], Field(min_length=1)]
    title: Text
    summary: Text
    objectives: Annotated[list[Objective], Field(min_length=2, max_length=4)]
    key_messages: Annotated[list[Text], Field(min_length=3, max_length=6)]
    materials: list[Text] = Field(default_factory=list)
    activities: Annotated[list[Activity], Field(min_length=1)]
    sources: list[Key] = Field(
        default_factory=list, description="Keys of the documents this session relies on, from modules/references.yaml."
    )
