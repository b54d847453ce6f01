"""`modules/references.yaml`: every document the curriculum cites, once; modules cite them by key."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from lokalatih.model.common import Key, NonEmpty, StrictModel


class Reference(StrictModel):
    key: Key
    title: NonEmpty = Field(description="Title as the document gives it (official title for laws).")
    issuer: NonEmpty
    year: Annotated[int, Field(ge=1900, le=2100)]


class ReferencesSpec(StrictModel):
    references: Annotated[list[Reference], Field(min_length=1)]
