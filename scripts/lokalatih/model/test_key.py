"""`test-key.json`, the machine-readable key of a programme's two test forms: one model for the writer
(`kit/key.py`, at build time) and the reader (`scoring/key.py`, in `lokalatih score`), so the two cannot drift.

A facilitator may keep the key for months, copy it by hand or edit it; the reader therefore checks more than the
shapes: both forms hold the same items, every item has a key on both forms, and every correct letter is printed on
its form.

    {"programme": "training",
     "pre": [item ids in pre-test order], "post": [item ids in post-test order],
     "items": [{"id", "module", "objective", "type", "options", "correct"}],   # letters as printed on the pre-test
     "forms": {"pre": {item id: {"options", "correct"}}, "post": {...}}}      # each form's own letters
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, PrivateAttr, model_validator

from lokalatih.model.common import StrictModel, json_document
from lokalatih.model.questions import ItemType

TestKind = Literal["pre", "post"]
TESTS: tuple[TestKind, ...] = ("pre", "post")

Options = Annotated[list[str], Field(min_length=2, description="The option letters printed, in order: A, B, …")]
Correct = Annotated[list[str], Field(min_length=1, description="The letters that score; more for multiple-answer.")]


def _check_letters(options: list[str], correct: list[str]) -> None:
    stray = [letter for letter in correct if letter not in options]
    if stray:
        raise ValueError(f"correct letter(s) {', '.join(stray)} not among the options {'/'.join(options)}")


class PrintedItem(StrictModel):
    """One item as one form prints it."""

    options: Options
    correct: Correct

    @model_validator(mode="after")
    def _correct_among_options(self) -> PrintedItem:
        _check_letters(self.options, self.correct)
        return self


class KeyItem(StrictModel):
    """An item of the test with its letters on the pre-test (kept beside `forms` for people reading the file).
    Not a subclass of PrintedItem: the file lists id, module, objective and type first."""

    id: str
    module: str
    objective: str
    type: ItemType
    options: Options
    correct: Correct

    @model_validator(mode="after")
    def _correct_among_options(self) -> KeyItem:
        _check_letters(self.options, self.correct)
        return self


class TestKey(StrictModel):
    __test__ = False  # not a pytest test class, whatever its name

    programme: str
    pre: list[str] = Field(min_length=1, description="Item ids in the order of the pre-test.")
    post: list[str] = Field(min_length=1, description="Item ids in the order of the post-test.")
    items: list[KeyItem]
    forms: dict[TestKind, dict[str, PrintedItem]]

    _by_id: dict[str, KeyItem] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _forms_agree(self) -> TestKey:
        ids = [item.id for item in self.items]
        if len(set(ids)) != len(ids):
            raise ValueError(f"items: an id appears twice ({', '.join(sorted({i for i in ids if ids.count(i) > 1}))})")
        for test in TESTS:
            order: list[str] = getattr(self, test)
            if len(set(order)) != len(order) or set(order) != set(ids):
                raise ValueError(f"{test}: must list every item of `items` once")
            printed = self.forms.get(test)
            if printed is None:
                raise ValueError(f"forms: the {test}-test is missing")
            missing, unknown = sorted(set(ids) - set(printed)), sorted(set(printed) - set(ids))
            if missing:
                raise ValueError(f"forms.{test}: no letters for {', '.join(missing)}")
            if unknown:
                raise ValueError(f"forms.{test}: {', '.join(unknown)} is not an item of `items`")
        for item in self.items:
            for test in TESTS:
                entry = self.forms[test][item.id]
                if item.type != ItemType.MULTIPLE and len(entry.correct) != 1:
                    raise ValueError(f"forms.{test}.{item.id}: a {item.type} item has exactly one correct letter")
            if (item.options, item.correct) != (self.forms["pre"][item.id].options, self.forms["pre"][item.id].correct):
                raise ValueError(f"items: {item.id} differs from forms.pre.{item.id}")
        self._by_id = {item.id: item for item in self.items}
        return self

    def to_json(self) -> str:
        return json_document(self)

    @property
    def item_ids(self) -> list[str]:
        """Item ids in the order of the pre-test: the order of columns, reports and tables."""
        return self.pre

    def item(self, item_id: str) -> KeyItem:
        return self._by_id[item_id]

    def printed(self, test: TestKind, item_id: str) -> PrintedItem:
        """The item as the `test` form prints it (the post-test may reshuffle letters)."""
        return self.forms[test][item_id]
