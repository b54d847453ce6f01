"""`modules/<programme>/<slug>/slides.yaml`: the optional slide model of one session.

Every session has a deck without it: title, objectives, one slide per key message, each activity and its debrief,
and a closing slide, all drawn from module.yaml. The model only says what a projector needs and module.yaml lacks:
a short heading and a few short lines per key message, a table, what a group must produce. Texts here may use the
province's variables (`{{ province.name }}`), like the Markdown texts, and are rendered in the same sandbox.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field

from lokalatih.model.common import Key, StrictModel, Text

MAX_LINES = 5  # "a heading and at most about five short lines": more would not be read from the back of a room


class ProfileTable(StrEnum):
    """A table drawn from the province profile, so a fork's slides show its own province."""

    FIGURES = "figures"
    INSTITUTIONS = "institutions"


class SlideTable(StrictModel):
    """A small table written in the model (both languages): a few columns, a few rows."""

    columns: Annotated[list[Text], Field(min_length=2, max_length=4)]
    rows: Annotated[list[list[Text]], Field(min_length=1, max_length=12)]


class ContentSlide(StrictModel):
    heading: Text = Field(description="Short: what the slide says, in a few words (at most 70 characters).")
    lines: Annotated[list[Text], Field(max_length=MAX_LINES)] = Field(
        default_factory=list, description="At most five short lines (about 100 characters each)."
    )
    profile_table: ProfileTable | None = Field(
        default=None, description="Show the province profile's figures or institutions, each with its source."
    )
    table: SlideTable | None = Field(default=None, description="A small table written here, in both languages.")
    sources: list[Key] = Field(
        default_factory=list, description="Keys of modules/references.yaml printed as the slide's source line."
    )
    after: Key | None = Field(
        default=None,
        description="Key of the activity this slide follows; by default key messages follow the first "
        "presentation (or the objectives) and other slides follow the key messages.",
    )
    corridor: Key | None = Field(
        default=None,
        description="A further slide about one corridor only (e.g. malaysia, for its bilateral agreement): the decks "
        "of provinces in another corridor leave it out. Key-message slides are always shown.",
    )


class MessageSlide(ContentSlide):
    """One key message of module.yaml, in the same order: its full text goes into the speaker notes."""


class ActivitySlide(StrictModel):
    """What the room reads while an activity runs; each field replaces what the default deck draws from
    module.yaml (the purpose as the task, the quoted questions of the steps, the activity's worksheet)."""

    task: Text | None = None
    questions: Annotated[list[Text] | None, Field(max_length=MAX_LINES)] = None
    produce: Text | None = Field(default=None, description="What each group hands in or presents.")
    show: bool = Field(default=True, description="false: the activity gets no slide (an energiser, a break).")


class SlideDeckSpec(StrictModel):
    messages: list[MessageSlide] = Field(
        default_factory=list, description="One per key message of module.yaml, in its order (or none at all)."
    )
    slides: list[ContentSlide] = Field(default_factory=list, description="Further content slides.")
    activities: dict[Key, ActivitySlide] = Field(
        default_factory=dict, description="By activity key: what its slide shows instead of the defaults."
    )
