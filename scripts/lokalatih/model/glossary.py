"""`modules/glossary.yaml`: one bilingual entry per term."""

from __future__ import annotations

from pydantic import Field

from lokalatih.model.common import Key, NonEmpty, StrictModel, Text


class Term(StrictModel):
    key: Key
    term: Text
    abbreviation: NonEmpty | None = Field(
        default=None, description="The short form as written in texts (e.g. P3MI); pages show the term as its tooltip."
    )
    definition: Text
    source: NonEmpty | None = Field(default=None, description="Document the definition rests on.")
    corridor: Key | None = Field(
        default=None,
        description="The `corridor.key` of the one corridor this is about (e.g. malaysia): the handouts and "
        "source lists of a province in another corridor leave it out.",
    )


class GlossarySpec(StrictModel):
    terms: list[Term] = Field(min_length=1)
