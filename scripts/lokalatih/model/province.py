"""`provinces/<slug>.yaml`: what a content page may say about the province the programme runs in."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import Field

from lokalatih.model.common import Key, NonEmpty, StrictModel, Text


class Event(StrictModel):
    city: NonEmpty
    venue: NonEmpty
    dates: list[dt.date] = Field(default_factory=list)
    organisers: Text | None = None
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


class ProvinceSpec(StrictModel):
    slug: Key
    name: Text
    capital: NonEmpty
    event: Event | None = None
    institutions: list[Institution] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
