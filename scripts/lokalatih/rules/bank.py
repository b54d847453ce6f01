"""Rules on question banks (questions.yaml) and blueprints (blueprint.yaml), what a fair test is: item ids that
belong to their module and are unique, one key (or a real set of keys), no "all of the above" and no trick
negatives, every objective tested and taught, and a blueprint that names real items of every module.
"""

from __future__ import annotations

import re
from collections import Counter

from lokalatih.model.common import LANGUAGES
from lokalatih.model.module import ModuleSpec
from lokalatih.model.questions import Item, ItemType
from lokalatih.rules.issue import Issue, duplicates, in_file
from lokalatih.sources import Sources
from lokalatih.yamlsource import Loc

OPTION_COUNTS = {ItemType.SINGLE: (3, 5), ItemType.MULTIPLE: (3, 6)}
# "All/none of the above" let test-wise guessing beat knowledge; they also break when options are shuffled.
_ABOVE = re.compile(
    r"\b(all|none|both) of the (above|options)\b|\bsemua (jawaban |pilihan )?(di atas|benar)\b|"
    r"\btidak ada (jawaban |pilihan )?(yang benar|di atas)\b|\bsemua (jawaban )?salah\b",
    re.IGNORECASE,
)
# Trick negatives in capitals ("Which is NOT ...") test reading, not knowledge.
_TRICK_NEGATIVE = re.compile(r"\b(NOT|EXCEPT|KECUALI|BUKAN|TIDAK)\b|\b(except|kecuali)\b")


def _item_problems(item: Item, index: int, module: ModuleSpec) -> list[tuple[Loc, str]]:
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


def items(sources: Sources) -> list[Issue]:
    """Each item: an id of its module, used once in the bank, an objective of its module, a fair set of options."""
    issues: list[Issue] = []
    for _, module in sources.modules:
        bank, spec = module.bank, module.module.spec
        issues += duplicates(bank.path, bank.spec.items, "items", "id")
        for index, item in enumerate(bank.spec.items):
            issues += in_file(bank.path, _item_problems(item, index, spec))
    return issues


def coverage(sources: Sources) -> list[Issue]:
    """Every objective of a module has an item, and the bank holds at least the blueprint's minimum."""
    issues = []
    for programme, module in sources.modules:
        bank = module.bank
        tested = {item.objective for item in bank.spec.items}
        for objective in module.module.spec.objectives:
            if objective.key not in tested:
                issues.append(Issue(bank.path, ("items",), f"objective '{objective.key}' has no item"))
        minimum = programme.blueprint.spec.min_items_per_module
        if len(bank.spec.items) < minimum:
            message = f"{len(bank.spec.items)} items; this programme's blueprint asks for at least {minimum}"
            issues.append(Issue(bank.path, ("items",), message))
    return issues


def blueprints(sources: Sources) -> list[Issue]:
    """A blueprint lists real items of its programme once each, tests what an activity teaches, covers every module."""
    issues = []
    for programme in sources.programmes:
        path, listed = programme.blueprint.path, programme.blueprint.spec.items
        modules = list(programme.modules.values())
        owner = {item.id: module for module in modules for item in module.bank.spec.items}
        counts = Counter(listed)
        for index, item_id in enumerate(listed):
            if item_id not in owner:
                issues.append(Issue(path, ("items", index), f"no item '{item_id}' in this programme's question banks"))
            elif counts[item_id] > 1:
                issues.append(Issue(path, ("items", index), f"item '{item_id}' is listed more than once"))
        for index, item_id in enumerate(listed):
            if item_id not in owner:
                continue
            module = owner[item_id]
            spec = module.module.spec
            item = next(item for item in module.bank.spec.items if item.id == item_id)
            taught = {key for activity in spec.activities for key in activity.teaches}
            known = {objective.key for objective in spec.objectives}
            if item.objective in known and item.objective not in taught:  # an unknown one is the bank's issue
                message = (
                    f"item '{item_id}' tests objective '{item.objective}', which no activity of {module.slug} "
                    "teaches (list it in an activity's `teaches`)"
                )
                issues.append(Issue(path, ("items", index), message))
        tested = {owner[item_id].slug for item_id in listed if item_id in owner}
        for module in modules:
            if module.slug not in tested:
                message = f"no item of module {module.module.spec.id} ({module.slug}) in the test"
                issues.append(Issue(path, ("items",), message))
    return issues
