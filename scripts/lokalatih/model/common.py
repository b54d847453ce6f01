"""Building blocks shared by every source kind: strict models, bilingual text, keys."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# Indonesian first: the default language of the site and the first in every loop.
LANGUAGES: tuple[str, ...] = ("id", "en")
DEFAULT_LANGUAGE = "id"
LANGUAGE_NAMES = {"id": "Indonesian", "en": "English"}

NonEmpty = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Key = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
        description="Stable identifier: lower-case letters, digits and single dashes.",
    ),
]


class StrictModel(BaseModel):
    """Unknown keys are errors (they are nearly always typos) and loaded objects never change."""

    model_config = ConfigDict(extra="forbid", frozen=True)


def json_document(model: BaseModel) -> str:
    """A model as the JSON files Lokalatih writes: indented, UTF-8 as it is (Indonesian and English text stays
    readable), a final newline."""
    return json.dumps(model.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


class Text(StrictModel):
    """A text that exists in both languages. A missing or empty language is an error, never a fallback."""

    id: NonEmpty = Field(description="Indonesian text.")
    en: NonEmpty = Field(description="English text.")

    def __getitem__(self, lang: str) -> str:
        if lang == "id":
            return self.id
        if lang == "en":
            return self.en
        raise KeyError(lang)


class Method(StrEnum):
    """Facilitation methods; their labels in both languages live in `lokalatih.labels`."""

    PRESENTATION = "presentation"
    PLENARY_DISCUSSION = "plenary-discussion"
    SMALL_GROUP_WORK = "small-group-work"
    PANEL_DISCUSSION = "panel-discussion"
    CASE_STUDY = "case-study"
    ROLE_PLAY = "role-play"
    TEST = "test"
    BRAINSTORMING = "brainstorming"
    MAPPING = "mapping"
    Q_AND_A = "q-and-a"
    INDIVIDUAL_REFLECTION = "individual-reflection"
    GALLERY_WALK = "gallery-walk"
    ENERGISER = "energiser"
    ACTION_PLANNING = "action-planning"
