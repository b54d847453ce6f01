"""`provinces/<slug>.yaml`: what a content page may say about the province the programme runs in."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from lokalatih.model.common import Key, NonEmpty, StrictModel, Text


class Event(StrictModel):
    city: NonEmpty
    venue: NonEmpty
    dates: list[dt.date] = Field(default_factory=list)
    organisers: Text | None = None
    source: NonEmpty | None = Field(default=None, description="Where these event details were read.")


class ProvinceSpec(StrictModel):
    slug: Key
    name: Text
    capital: NonEmpty
    event: Event | None = None
