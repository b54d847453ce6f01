"""Rules on question banks (questions.yaml) and blueprints (blueprint.yaml), what a fair test is: item ids that
belong to their module and are unique, one key (or a real set of keys), no "all of the above" and no trick
negatives, every objective tested and taught, and a blueprint that names real items of every module; and every
item of a test fits the kit's Kahoot sheet, in both languages.
"""

from __future__ import annotations

import re
from collections import Counter

from lokalatih.model.common import LANGUAGES
from lokalatih.model.module import ModuleSpec
from lokalatih.model.questions import (
    OPTION_LETTERS,
    QUIZ_MAX_ANSWER,
    QUIZ_MAX_ANSWERS,
    QUIZ_MAX_QUESTION,
    Item,
    ItemType,
    quiz_length,
)
from lokalatih.rules.issue import Issue, duplicates, in_file
from lokalatih.sources import Origin, Sources
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
    return problems + _quiz_problems(item, index)


def _quiz_problems(item: Item, index: int) -> list[tuple[Loc, str]]:
    """The `quiz` block: shorter texts of the same item, so the same options, every correct one among them."""
    quiz = item.quiz
    if quiz is None:
        return []
    loc: Loc = ("items", index, "quiz")
    problems: list[tuple[Loc, str]] = []
    if quiz.stem is None and quiz.options is None:
        problems.append((loc, "a `quiz` block gives a shorter `stem`, shorter `options`, or both"))
    if quiz.stem is not None:
        for lang in LANGUAGES:
            if _TRICK_NEGATIVE.search(quiz.stem[lang]):
                message = "no trick negatives (NOT, EXCEPT, KECUALI, BUKAN): ask positively"
                problems.append(((*loc, "stem", lang), message))
    if quiz.options is None:
        return problems
    if item.type == ItemType.TRUE_FALSE:
        message = "a true-false item's quiz answers are fixed (Benar/Salah, True/False): give only `quiz.stem`"
        return [*problems, ((*loc, "options"), message)]
    letters = OPTION_LETTERS[: len(item.options)]
    for entry_index, entry in enumerate(quiz.options):
        at: Loc = (*loc, "options", entry_index)
        if entry.option not in letters:
            problems.append(((*at, "option"), f"no option {entry.option}: this item has {len(letters)} ({letters})"))
        for lang in LANGUAGES:
            text = entry.text(lang)
            if text and _ABOVE.search(text):
                problems.append(((*at, lang), "no 'all/none of the above': write a real option"))
    named = [entry.option for entry in quiz.options]
    if named != sorted(set(named)):
        message = "name each option once, in the bank's order (A, B, ...), as the forms print them"
        problems.append(((*loc, "options"), message))
    shown = {entry.index for entry in quiz.options}
    missing = [OPTION_LETTERS[i] for i, option in enumerate(item.options) if option.correct and i not in shown]
    if missing:
        message = f"the quiz shows every correct option (its key is the item's key); missing: {', '.join(missing)}"
        problems.append(((*loc, "options"), message))
    if not any(i < len(item.options) and not item.options[i].correct for i in shown):
        problems.append(((*loc, "options"), "the quiz must show at least one wrong option"))
    for lang in LANGUAGES:
        texts = [text.casefold() for text in item.quiz_options(lang).values()]
        if len(set(texts)) != len(texts):
            problems.append(((*loc, "options"), f"two quiz options read the same ({lang})"))
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
        # An item a province's replacement dropped is reported at the replacement's bank (`rules.local`).
        replaced = {item.id for module in modules if module.replaced for item in module.replaced.bank.spec.items}
        for index, item_id in enumerate(listed):
            if item_id not in owner and item_id in replaced:
                continue
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
            # A province's own module is not in the test: every province keeps the same test, so that the pooled
            # report compares like with like. Its items are in the question bank (Moodle, GIFT) for local quizzes.
            if module.slug not in tested and module.origin != Origin.LOCAL:
                message = f"no item of module {module.module.spec.id} ({module.slug}) in the test"
                issues.append(Issue(path, ("items",), message))
    return issues


def _over(what: str, length: int, limit: int) -> str:
    return f"{what} has {length} characters, {length - limit} over the {limit} Kahoot allows"


def _quiz_fit(item: Item, index: int) -> list[tuple[Loc, str]]:
    loc: Loc = ("items", index)
    problems: list[tuple[Loc, str]] = []
    if item.type != ItemType.TRUE_FALSE:
        shown = item.quiz_options(LANGUAGES[0])
        if len(shown) > QUIZ_MAX_ANSWERS:
            message = (
                f"{item.id} does not fit Kahoot: {len(shown)} options, {len(shown) - QUIZ_MAX_ANSWERS} over the "
                f"{QUIZ_MAX_ANSWERS} answers Kahoot allows; name the {QUIZ_MAX_ANSWERS} it shows in `quiz.options`"
            )
            problems.append(((*loc, "options"), message))
    for lang in LANGUAGES:
        stem = item.quiz_stem(lang)
        if quiz_length(stem) > QUIZ_MAX_QUESTION:
            short = item.quiz is not None and item.quiz.stem is not None
            at: Loc = (*loc, "quiz", "stem", lang) if short else (*loc, "stem", lang)
            what = "the quiz stem" if short else "the stem"
            advice = "" if short else "; write a shorter `quiz.stem`"
            message = f"{item.id} does not fit Kahoot ({lang}): {_over(what, quiz_length(stem), QUIZ_MAX_QUESTION)}"
            problems.append((at, message + advice))
        # A true-false item's answers are the kit's two fixed words (Benar/Salah, True/False): they always fit.
        answers = {} if item.type == ItemType.TRUE_FALSE else item.quiz_options(lang)
        # Where a quiz entry rewords an option, a text too long is that entry's; otherwise the option's own.
        reworded = {
            entry.index: n
            for n, entry in enumerate(item.quiz.options if item.quiz and item.quiz.options else [])
            if entry.text(lang)
        }
        for option_index, text in answers.items():
            if quiz_length(text) <= QUIZ_MAX_ANSWER:
                continue
            letter = OPTION_LETTERS[option_index]
            if option_index in reworded:
                at = (*loc, "quiz", "options", reworded[option_index], lang)
                what, advice = f"the quiz text of option {letter}", ""
            else:
                at = (*loc, "options", option_index, lang)
                what, advice = f"option {letter}", "; give it a shorter text in `quiz.options`"
            message = f"{item.id} does not fit Kahoot ({lang}): {_over(what, quiz_length(text), QUIZ_MAX_ANSWER)}"
            problems.append((at, message + advice))
    return problems


def corridor_items(sources: Sources) -> list[Issue]:
    """An item about one corridor that a test asks has an `otherwise`: an item of the same module about no one
    corridor, not in the test already, on an objective an activity teaches, which provinces of other corridors ask
    in its place (so that no province tests what its sessions did not teach)."""
    issues: list[Issue] = []
    for programme, module in sources.modules:
        bank, listed = module.bank, set(programme.blueprint.spec.items)
        by_id = {item.id: item for item in bank.spec.items}
        taught = {key for activity in module.module.spec.activities for key in activity.teaches}
        for index, item in enumerate(bank.spec.items):
            loc: Loc = ("items", index)
            if item.otherwise is not None and item.corridor is None:
                issues.append(Issue(bank.path, (*loc, "otherwise"), "`otherwise` is for an item with a `corridor`"))
            if item.corridor is not None and item.id in listed and item.otherwise is None:
                message = (
                    f"item '{item.id}' is about the {item.corridor} corridor and in the test: name with `otherwise` "
                    "an item of this module about no one corridor, which other provinces' tests ask instead"
                )
                issues.append(Issue(bank.path, (*loc, "corridor"), message))
            if item.otherwise is None or item.corridor is None:
                continue
            instead = by_id.get(item.otherwise)
            problem = (
                f"no item '{item.otherwise}' in this module's bank"
                if instead is None
                else f"'{item.otherwise}' is itself about a corridor"
                if instead.corridor is not None
                else f"'{item.otherwise}' is in the test already"
                if instead.id in listed
                else f"'{item.otherwise}' tests objective '{instead.objective}', which no activity teaches"
                if instead.objective not in taught
                else None
            )
            if problem:
                issues.append(Issue(bank.path, (*loc, "otherwise"), problem))
    return issues


def kahoot_fit(sources: Sources) -> list[Issue]:
    """Every item of a programme's test (and every item with a `quiz` block) fits the kit's Kahoot sheet in both
    languages: a question of at most 120 characters, at most 4 answers of at most 75 each (Kahoot's template)."""
    issues: list[Issue] = []
    for programme, module in sources.modules:
        in_test = set(programme.blueprint.spec.items)
        bank = module.bank
        # The items other corridors ask in place of one about a corridor are in some province's test too.
        in_test |= {item.otherwise for item in bank.spec.items if item.otherwise and item.id in in_test}
        for index, item in enumerate(bank.spec.items):
            if item.id in in_test or item.quiz is not None:
                issues += in_file(bank.path, _quiz_fit(item, index))
    return issues
