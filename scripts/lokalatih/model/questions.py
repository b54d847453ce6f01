"""`modules/<programme>/<slug>/questions.yaml` (the bank of one module) and `modules/<programme>/blueprint.yaml` (which
items form the pre/post test). Both live only in the facilitator kit's outputs, never on the public site."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import Field, PositiveInt

from lokalatih.model.common import Key, NonEmpty, StrictModel, Text

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


# Kahoot's spreadsheet template (header row: "Question - max 120 characters", "Answer 1 - max 75 characters", ...
# "Answer 4 - ..."): the limits every item of a programme's test must fit.
QUIZ_MAX_QUESTION, QUIZ_MAX_ANSWER, QUIZ_MAX_ANSWERS = 120, 75, 4
# Options are named by their letter in the bank's order: A is the first option, as on the pre-test form.
OPTION_LETTERS = "ABCDEF"


def quiz_length(text: str) -> int:
    """Characters as the template counts them: its warnings use the spreadsheet's LEN, which counts UTF-16 units
    (the same as Python's len for every letter, quote and dash; an emoji would count twice)."""
    return len(text.encode("utf-16-le")) // 2


class QuizOption(StrictModel):
    """One answer of the quiz: the bank option it stands for, in a shorter wording where the option is too long
    (a language left out keeps the option's own text)."""

    option: str = Field(
        pattern=r"^[A-F]$", description="Letter of the option in the bank's order (A is the first option)."
    )
    id: NonEmpty | None = Field(default=None, description="Shorter Indonesian text; leave out to keep the option's.")
    en: NonEmpty | None = Field(default=None, description="Shorter English text; leave out to keep the option's.")

    @property
    def index(self) -> int:
        return OPTION_LETTERS.index(self.option)

    def text(self, lang: str) -> str | None:
        return self.id if lang == "id" else self.en if lang == "en" else None


class Quiz(StrictModel):
    """The item as a quick quiz (the kit's Kahoot sheet): written by hand in both languages, with the same meaning
    and the same key as the full item, within Kahoot's limits (question 120 characters, answers 75, at most 4)."""

    stem: Text | None = Field(default=None, description="Shorter stem (at most 120 characters), same question.")
    options: list[QuizOption] | None = Field(
        default=None,
        description="The answers the quiz shows, at most 4, in the bank's order: every correct option and at least "
        "one wrong one, each as it is or shorter (at most 75 characters). Leave out to show every option as it is.",
    )


class Item(StrictModel):
    id: ItemId
    type: ItemType
    objective: Key = Field(description="Key of the module objective this item tests.")
    difficulty: Difficulty | None = None
    stem: Text
    options: list[Option] = Field(default_factory=list, description="For single and multiple: 3-5 options.")
    answer: bool | None = Field(default=None, description="For true-false only: whether the statement is true.")
    rationale: Text = Field(description="Why the key is right; printed in the answer key.")
    quiz: Quiz | None = Field(
        default=None, description="Optional shorter stem and options for the Kahoot sheet (same meaning, same key)."
    )
    corridor: Key | None = Field(
        default=None,
        description="The `corridor.key` of the one corridor this item is about (e.g. malaysia, for a question on "
        "its bilateral agreement): a province of another corridor leaves it out of its question bank's exports, and "
        "its test asks `otherwise` instead.",
    )
    otherwise: ItemId | None = Field(
        default=None,
        description="For an item about one corridor that is in a programme's test: the item of the same module, "
        "about no one corridor, that the test of a province in another corridor asks in its place.",
    )

    def quiz_stem(self, lang: str) -> str:
        """The stem a quiz shows: the short one where the item has it, else the full one."""
        return (self.quiz.stem if self.quiz and self.quiz.stem else self.stem)[lang]

    def quiz_options(self, lang: str) -> dict[int, str]:
        """The options a quiz shows, by their index in `options` (bank order), each in its quiz wording. Empty for
        true-false items, whose two answers are fixed."""
        if self.quiz is None or self.quiz.options is None:
            return {index: option[lang] for index, option in enumerate(self.options)}
        return {
            entry.index: entry.text(lang) or self.options[entry.index][lang]
            for entry in self.quiz.options
            if entry.index < len(self.options)
        }


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
