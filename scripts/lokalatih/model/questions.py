"""`modules/<programme>/<slug>/questions.yaml` (the bank of one module) and `modules/<programme>/blueprint.yaml` (which
items form the pre/post test). Both live only in the facilitator kit's outputs, never on the public site."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, PositiveInt

from lokalatih.model.common import Key, StrictModel, Text

ItemId = Annotated[
    str,
    Field(
        pattern=r"^[a-z][a-z0-9]*-q[0-9]+$",
        description="Stable item id: the module id, '-q' and a number (t04-q3). Never reuse a retired id.",
    ),
]


class ItemType(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    TRUE_FALSE = "true-false"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class Option(Text):
    correct: bool = False


class Item(StrictModel):
    id: ItemId
    type: ItemType
    objective: Key = Field(description="Key of the module objective this item tests.")
    difficulty: Difficulty | None = None
    stem: Text
    options: list[Option] = Field(default_factory=list, description="For single and multiple: 3-5 options.")
    answer: bool | None = Field(default=None, description="For true-false only: whether the statement is true.")
    rationale: Text = Field(description="Why the key is right; printed in the answer key.")


class BankSpec(StrictModel):
    items: Annotated[list[Item], Field(min_length=1)]


class PostTestRules(StrictModel):
    """How the post-test differs from the pre-test: by default the same items, reshuffled with a fixed seed."""

    shuffle_items: bool = True
    shuffle_options: bool = True
    seed: int = Field(default=2025, description="Same seed, same forms: reprint a form and its key stays valid.")


class BlueprintSpec(StrictModel):
    min_items_per_module: PositiveInt = Field(description="Every module's bank needs at least this many items.")
    items: Annotated[list[ItemId], Field(min_length=1, description="The items of the test, in pre-test order.")]
    post: PostTestRules = Field(default_factory=PostTestRules)
