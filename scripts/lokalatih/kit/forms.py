"""The pre-test and post-test forms of a programme: which items, in which order, with which option letters.

Everything printed or exported for a test (PDF forms, keys, XLSForm, Kahoot, event entry files) is rendered from these
Form objects, so a letter means the same option in every file of that form.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from lokalatih.curriculum import Module, Programme
from lokalatih.labels import label
from lokalatih.model.questions import Item, ItemType, Option
from lokalatih.model.test_key import TESTS as TESTS  # re-exported: the kit's modules take the test kinds from here
from lokalatih.model.test_key import TestKind as TestKind

LETTERS = "ABCDEFGH"


def true_false_options(answer: bool) -> tuple[Option, Option]:
    """True/false items print two fixed options, never shuffled: A is true, B is false."""
    return (
        Option(id=label("true", "id"), en=label("true", "en"), correct=answer),
        Option(id=label("false", "id"), en=label("false", "en"), correct=not answer),
    )


def _stable_order(values: list[str], seed: int, salt: str) -> list[int]:
    # A hash, not random.shuffle: the same seed gives the same forms on any machine and any Python version.
    return sorted(range(len(values)), key=lambda i: hashlib.sha256(f"{seed}:{salt}:{values[i]}".encode()).hexdigest())


@dataclass(frozen=True)
class FormItem:
    number: int  # 1-based, as printed
    item: Item
    module: Module
    options: tuple[Option, ...]  # in printed order

    @property
    def letters(self) -> list[str]:
        return list(LETTERS[: len(self.options)])

    @property
    def correct_letters(self) -> list[str]:
        return [LETTERS[i] for i, option in enumerate(self.options) if option.correct]


@dataclass(frozen=True)
class Form:
    programme: Programme
    test: TestKind
    items: tuple[FormItem, ...]

    @property
    def item_ids(self) -> list[str]:
        return [form_item.item.id for form_item in self.items]


def build_forms(programme: Programme) -> dict[TestKind, Form]:
    owner = {item.id: (item, module) for module in programme.modules for item in module.bank.items}
    pre_ids = list(programme.blueprint.items)
    rules = programme.blueprint.post
    post_ids = [pre_ids[i] for i in _stable_order(pre_ids, rules.seed, "items")] if rules.shuffle_items else pre_ids
    forms: dict[TestKind, Form] = {}
    orders: dict[TestKind, list[str]] = {"pre": pre_ids, "post": post_ids}
    for test, ids in orders.items():
        entries = []
        for number, item_id in enumerate(ids, start=1):
            item, module = owner[item_id]
            if item.type == ItemType.TRUE_FALSE:
                assert item.answer is not None  # the bank rules guarantee it
                options: tuple[Option, ...] = true_false_options(item.answer)
            elif test == "post" and rules.shuffle_options:
                shuffled = _stable_order([o.en for o in item.options], rules.seed, item.id)
                options = tuple(item.options[i] for i in shuffled)
            else:
                options = tuple(item.options)
            entries.append(FormItem(number, item, module, options))
        forms[test] = Form(programme, test, tuple(entries))
    return forms
