"""`provinces/<slug>.yaml`: what a content page may say about the province the programme runs in."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import BeforeValidator, Field

from lokalatih.model.common import Key, NonEmpty, StrictModel, Text
from lokalatih.model.corridor import Corridor


class Event(StrictModel):
    city: NonEmpty
    venue: NonEmpty
    dates: dict[str, list[dt.date]] = Field(
        default_factory=dict, description="Per programme id, the date of each of its days (agendas print them)."
    )
    organisers: Text | None = None
    safeguarding_focal_point: Text | None = Field(
        default=None,
        description="Who at the event receives disclosures (a role, or a name only with that person's consent).",
    )
    signatories: list[Text] = Field(
        default_factory=list,
        description="The roles that sign the certificates, e.g. the head of the provincial BP3MI: roles of "
        "organisations a source names for this event, never a person's name unless that person agreed. Each gets a "
        "blank signature line; none: the certificates print no signature line.",
    )
    source: NonEmpty | None = Field(default=None, description="Where these event details were read.")


class Figure(StrictModel):
    """One number about the province, always with its year and source (never a number without them)."""

    key: Key
    label: Text
    value: float = Field(description="The number itself; shown with the language's digit grouping.")
    year: Annotated[int, Field(ge=1990, le=2100)]
    source: NonEmpty = Field(description="Document or dataset, issuer and year, e.g. 'BP2MI data (Databoks, 2024)'.")
    note: Text | None = Field(default=None, description="Context such as a rank or a period within the year.")


class InstitutionKind(StrEnum):
    BP3MI = "bp3mi"
    MANPOWER_OFFICE = "manpower-office"
    LTSA = "ltsa"
    OTHER = "other"


class Institution(StrictModel):
    """An office in the province that the sessions point participants to; named only when a source names it."""

    key: Key
    kind: InstitutionKind
    name: Text
    role: Text
    source: NonEmpty


class Stage(StrEnum):
    BEFORE_DEPARTURE = "before-departure"
    ABROAD = "abroad"
    ON_RETURN = "on-return"


def _no_yes_or_no(value: object) -> object:
    # Profiles written before the check had a date said `verified: true`; that cannot say who checked, or when.
    if isinstance(value, bool):
        raise ValueError(
            "say who checked this contact with the service and when: `verified: {by: <role or organisation>, date: "
            "YYYY-MM-DD}`; leave `verified` out while nobody has checked it"
        )
    return value


class Verification(StrictModel):
    """Who checked a contact with the service itself, and on which day. Publishing rules (`lokalatih.contacts`):
    checked 12 months ago or less, it is published; older, it is stale and no longer printed."""

    by: NonEmpty = Field(
        description="The role or organisation that checked it (e.g. 'BP3MI Sumatera Utara, case desk'); a person's "
        "name only with their consent, since the public contact status page shows it."
    )
    date: dt.date = Field(description="The day it was checked (YYYY-MM-DD).")


class Contact(StrictModel):
    """A service or channel for workers and families. Only a contact whose `verified` check is recent is ever
    published (site, pocket card, handouts, facilitator guide). Never invent a number or an address: leave it out."""

    key: Key
    name: Text
    stages: Annotated[list[Stage], Field(min_length=1)]
    description: Text | None = None
    phone: NonEmpty | None = None
    whatsapp: NonEmpty | None = None
    website: NonEmpty | None = None
    address: NonEmpty | None = None
    source: NonEmpty
    verified: Annotated[Verification | None, BeforeValidator(_no_yes_or_no)] = Field(
        default=None,
        description="Who checked the contact with the service itself, and when. Absent: unverified (shown only on "
        "the maintainers' contact status page and in `lokalatih check`).",
    )


class LocalExample(StrictModel):
    """A short example from the province that facilitators can use; facts only with their source."""

    key: Key
    title: Text
    text: Text
    source: NonEmpty | None = None


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in-progress"
    DONE = "done"
    DROPPED = "dropped"


class Action(StrictModel):
    """One row of the province's joint action plan, filled in after the event and kept up to date."""

    problem: Text
    action: Text
    lead: Text
    partners: Text
    timeline: NonEmpty
    indicator: Text
    status: ActionStatus = ActionStatus.PLANNED


class ProvinceSpec(StrictModel):
    slug: Key
    name: Text
    capital: NonEmpty
    corridor: Corridor = Field(description="Where the province's workers go: content names it through variables.")
    event: Event | None = None
    institutions: list[Institution] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    local_examples: list[LocalExample] = Field(default_factory=list)
    recommendations: list[Text] = Field(default_factory=list, description="Filled in after the event.")
    action_plan: list[Action] = Field(default_factory=list, description="Filled in after the event.")
