"""The destination corridor of a province profile: where its workers go, and what content says about it.

Content never writes the destination country itself: it writes `{{ corridor.country }}`, `{{ corridor.currency }}`,
`{{ corridor.missions }}`... so a province whose workers go to Taiwan or Hong Kong gets the same sessions about its
own corridor. A passage that is about one corridor only (a bilateral agreement, a country's law) is wrapped in
`{% if corridor.key == "..." %}`; one that names a country on purpose for every province (national data, a cited
study) carries the comment `{# corridor: fixed #}` (see modules/README.md).
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from lokalatih.model.common import Key, NonEmpty, StrictModel, Text


class Mission(StrictModel):
    """An Indonesian mission in a destination country (embassy, consulate, or KDEI in Taipei); a source names it."""

    key: Key
    name: Text = Field(description="As workers know it, e.g. 'KBRI Kuala Lumpur' or 'KDEI Taipei'.")
    role: Text | None = Field(default=None, description="What workers can ask it for.")
    source: NonEmpty


class Agreement(StrictModel):
    """The bilateral agreement that governs placements in this corridor, named as its source names it."""

    key: Key = Field(description="The key of the document in modules/references.yaml, if it is there.")
    name: Text = Field(description="Written to follow 'menurut' / 'under', e.g. 'nota kesepahaman Indonesia-X 2022'.")
    year: Annotated[int, Field(ge=1950, le=2100)]
    scope: Text = Field(description="Which workers it covers, e.g. 'pekerja rumah tangga' / 'domestic workers'.")
    source: NonEmpty


class Corridor(StrictModel):
    """Where most workers from the province go. Content reads it through `{{ corridor.* }}`."""

    key: Key = Field(
        description="The main destination as a key, e.g. 'malaysia' or 'taiwan': glossary terms and references "
        "marked with the same `corridor` show in this province's handouts; others are left out."
    )
    country: Text = Field(description="The main destination country, as it follows 'di' / 'in': 'Malaysia'.")
    other_countries: list[Text] = Field(
        default_factory=list, description="Further destinations of the province's workers, if a source says so."
    )
    missions: Annotated[list[Mission], Field(min_length=1)] = Field(
        description="The Indonesian missions in the destination(s), the first the one content names."
    )
    agreement: Agreement | None = Field(
        default=None,
        description="The bilateral agreement for this corridor; leave it out when there is none (content then says "
        "that the profile records no specific bilateral agreement).",
    )
    currency: Text = Field(description="The destination's currency in words: 'ringgit Malaysia' / 'Malaysian ringgit'.")
    sectors: Annotated[list[Text], Field(min_length=1)] = Field(
        description="The typical jobs of the province's workers there, as a source names them."
    )
    source: NonEmpty = Field(description="Where the corridor, its sectors and its missions were read.")
