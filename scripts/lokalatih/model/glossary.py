"""`modules/glossary.yaml`: one bilingual entry per term."""

from __future__ import annotations

from pydantic import Field

from lokalatih.model.common import Key, NonEmpty, StrictModel, Text


class Term(StrictModel):
    key: Key
    term: Text
    definition: Text
    source: NonEmpty | None = Field(default=None, description="Document the definition rests on.")


class GlossarySpec(StrictModel):
    terms: list[Term] = Field(min_length=1)
