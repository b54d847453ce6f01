"""What a fair test item is: the checks on question banks and blueprints that pydantic's shapes cannot express."""

from __future__ import annotations

import re

from lokalatih.model.common import LANGUAGES
from lokalatih.model.module import ModuleSpec
from lokalatih.model.questions import BankSpec, Item, ItemType

Loc = tuple[str | int, ...]

OPTION_COUNTS = {ItemType.SINGLE: (3, 5), ItemType.MULTIPLE: (3, 6)}
# "All/none of the above" let test-wise guessing beat knowledge; they also break when options are shuffled.
_ABOVE = re.compile(
    r"\b(all|none|both) of the (above|options)\b|\bsemua (jawaban |pilihan )?(di atas|benar)\b|"
    r"\btidak ada (jawaban |pilihan )?(yang benar|di atas)\b|\bsemua (jawaban )?salah\b",
    re.IGNORECASE,
)
# Trick negatives in capitals ("Which is NOT ...") test reading, not knowledge.
_TRICK_NEGATIVE = re.compile(r"\b(NOT|EXCEPT|KECUALI|BUKAN|TIDAK)\b|\b(except|kecuali)\b")


def item_problems(item: Item, index: int, module: ModuleSpec) -> list[tuple[Loc, str]]:
    loc: Loc = ("items", index)
    problems: list[tuple[Loc, str]] = []
    if not item.id.startswith(f"{module.id}-q"):
        problems.append(((*loc, "id"), f"item ids of module {module.id} start with '{module.id}-q'"))
    if item.objective not in {objective.key for objective in module.objectives}:
        keys = ", ".join(objective.key for objective in module.objectives)
        problems.append(((*loc, "objective"), f"no objective '{item.objective}' in module.yaml; known: {keys}"))
    if item.type == ItemType.TRUE_FALSE:
        if item.options:
            problems.append(((*loc, "options"), "a true-false item has `answer`, not options"))
        if item.answer is None:
            problems.append((loc, "a true-false item needs `answer: true` or `answer: false`"))
    else:
        low, high = OPTION_COUNTS[item.type]
        correct = sum(option.correct for option in item.options)
        if item.answer is not None:
            problems.append(((*loc, "answer"), "`answer` is for true-false items; mark options `correct: true`"))
        if not low <= len(item.options) <= high:
            problems.append(
                ((*loc, "options"), f"a {item.type} item has {low}-{high} options, not {len(item.options)}")
            )
        if item.type == ItemType.SINGLE and correct != 1:
            problems.append(((*loc, "options"), f"a single item has exactly one correct option, not {correct}"))
        if item.type == ItemType.MULTIPLE and not 2 <= correct < len(item.options):
            problems.append(
                ((*loc, "options"), "a multiple item has at least two correct options and at least one wrong one")
            )
        for lang in LANGUAGES:
            texts = [option[lang].casefold() for option in item.options]
            if len(set(texts)) != len(texts):
                problems.append(((*loc, "options"), f"two options read the same ({lang})"))
        for option_index, option in enumerate(item.options):
            for lang in LANGUAGES:
                if _ABOVE.search(option[lang]):
                    problems.append(
                        ((*loc, "options", option_index, lang), "no 'all/none of the above': write a real option")
                    )
    for lang in LANGUAGES:
        if _TRICK_NEGATIVE.search(item.stem[lang]):
            problems.append(((*loc, "stem", lang), "no trick negatives (NOT, EXCEPT, KECUALI, BUKAN): ask positively"))
    return problems


def bank_problems(bank: BankSpec, module: ModuleSpec, minimum: int | None) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    for index, item in enumerate(bank.items):
        problems += item_problems(item, index, module)
    tested = {item.objective for item in bank.items}
    for objective in module.objectives:
        if objective.key not in tested:
            problems.append((("items",), f"objective '{objective.key}' has no item"))
    if minimum is not None and len(bank.items) < minimum:
        problems.append(
            (("items",), f"{len(bank.items)} items; this programme's blueprint asks for at least {minimum}")
        )
    return problems
