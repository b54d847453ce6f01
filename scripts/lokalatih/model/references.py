"""`modules/references.yaml`: every document the curriculum cites, once; modules cite them by key."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from lokalatih.model.common import Key, NonEmpty, StrictModel, Text


class Reference(StrictModel):
    key: Key
    title: NonEmpty = Field(description="Title as the document gives it (official title for laws).")
    issuer: NonEmpty
    year: Annotated[int, Field(ge=1900, le=2100)]
    short: Text | None = Field(
        default=None,
        description='How a slide\'s source line names it, per language ("UU 21/2007", "Law 21/2007"); the full '
        "citation goes into the slide's speaker notes.",
    )
    corridor: Key | None = Field(
        default=None,
        description="The `corridor.key` of the one corridor this is about (e.g. malaysia): the handouts and "
        "source lists of a province in another corridor leave it out.",
    )


class ReferencesSpec(StrictModel):
    references: Annotated[list[Reference], Field(min_length=1)]
