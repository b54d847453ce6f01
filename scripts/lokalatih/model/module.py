"""`modules/<programme>/<slug>/module.yaml`: the language-neutral facts of one session and its short texts."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, PositiveInt

from lokalatih.model.common import Key, Method, StrictModel, Text


class Objective(Text):
    """A learning objective written as an observable outcome; `key` lets question banks point at it."""

    key: Key


class Groups(StrictModel):
    """How the room is split for a group activity: the facilitator reads this aloud, the check does the sums."""

    count: PositiveInt = Field(description="Number of groups (or panellists for a panel, pairs for pair work).")
    min_size: PositiveInt = Field(description="Fewest people in one group.")
    max_size: PositiveInt = Field(description="Most people in one group.")


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
    teaches: list[Key] = Field(
        default_factory=list, description="Keys of the module's objectives this activity teaches (tests rely on it)."
    )
    groups: Groups | None = Field(
        default=None, description="Required for group work, role play, mapping, gallery walks and panels."
    )


class Checklist(StrictModel):
    title: Text
    items: Annotated[list[Text], Field(min_length=3, max_length=10)]


class Handout(StrictModel):
    """What the one- or two-page participant handout carries besides title, objectives and key messages."""

    glossary: Annotated[
        list[Key], Field(min_length=2, max_length=6, description="Keys of glossary terms defined on the handout.")
    ]
    checklist: Checklist
    referral_contacts: bool = Field(
        default=False, description="Print the province's verified referral contacts on this handout."
    )


class WorksheetKind(StrEnum):
    JOURNEY_MAP = "journey-map"
    PROBLEM_TREE = "problem-tree"
    COMPLIANCE_PLAN = "compliance-plan"
    SELF_ASSESSMENT = "self-assessment"
    ACTION_PLAN = "action-plan"


class PaperSize(StrEnum):
    A4 = "a4"
    A3 = "a3"


class Worksheet(StrictModel):
    """A printable sheet a group or a participant writes on during an activity."""

    key: Key
    kind: WorksheetKind
    activity: Key = Field(description="Key of the activity that uses this sheet.")
    size: PaperSize = Field(default=PaperSize.A4, description="A3 for sheets a whole group works on.")
    title: Text
    instructions: Text
    rows: list[Text] = Field(default_factory=list, description="Row headings (actors, steps, questions), per kind.")
    columns: list[Text] = Field(default_factory=list, description="Column headings (journey stages), per kind.")


class ModuleSpec(StrictModel):
    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9]*$", description="Short id, unique across programmes.")]
    duration: PositiveInt = Field(description="Whole minutes.")
    methods: Annotated[list[Method], Field(min_length=1)]
    title: Text
    summary: Text
    objectives: Annotated[list[Objective], Field(min_length=2, max_length=4)]
    key_messages: Annotated[list[Text], Field(min_length=3, max_length=6)]
    materials: list[Text] = Field(default_factory=list)
    preparation: list[Text] = Field(
        default_factory=list,
        description="What organisers must request, print or arrange before day 1 (collected into one checklist).",
    )
    disclosure: bool = Field(
        default=False,
        description="The session may lead someone to disclose abuse: its safeguarding block must state the limits "
        "of confidentiality ({{ confidentiality_limits }}).",
    )
    activities: Annotated[list[Activity], Field(min_length=1)]
    handout: Handout
    worksheets: list[Worksheet] = Field(default_factory=list)
    sources: list[Key] = Field(
        default_factory=list, description="Keys of the documents this session relies on, from modules/references.yaml."
    )
