"""Rules on each module.yaml, what makes a session teachable: its minutes add up, its keys are unique, participatory
activities give the facilitator likely answers and debrief questions, `teaches` names real objectives, group work
fits the programme's room, the test slot gives time for the whole test, and handouts, worksheets and sources point
at what exists (the glossary, the module's activities, modules/references.yaml).
"""

from __future__ import annotations

import math

from lokalatih.model.common import Method
from lokalatih.model.module import ModuleSpec
from lokalatih.rules.issue import Issue, duplicates, in_file
from lokalatih.sources import Sources
from lokalatih.yamlsource import Loc

# Methods where the room talks back; the others are the facilitator speaking or a test.
NOT_PARTICIPATORY = {Method.PRESENTATION, Method.TEST, Method.Q_AND_A, Method.ENERGISER}
# A quiet individual reflection is participatory but has no answers to steer or debrief.
NO_GUIDE_NEEDED = NOT_PARTICIPATORY | {Method.INDIVIDUAL_REFLECTION}
# Methods where the room splits up (or a panel sits): the plan must say into how many groups of how many people.
GROUPED_METHODS = {
    Method.SMALL_GROUP_WORK,
    Method.ROLE_PLAY,
    Method.MAPPING,
    Method.GALLERY_WALK,
    Method.CASE_STUDY,
    Method.PANEL_DISCUSSION,
}
# Which worksheet kinds take rows and columns from module.yaml (the others have a fixed layout).
WORKSHEET_SHAPES: dict[str, tuple[bool, bool]] = {
    "journey-map": (True, True),
    "problem-tree": (False, False),
    "compliance-plan": (True, False),
    "self-assessment": (True, False),
    "action-plan": (False, False),
}


def unique_keys(sources: Sources) -> list[Issue]:
    """Objectives, activities and worksheets of a module each have their own key."""
    issues: list[Issue] = []
    for _, module in sources.modules:
        spec, path = module.module.spec, module.module.path
        issues += duplicates(path, spec.objectives, "objectives", "key")
        issues += duplicates(path, spec.activities, "activities", "key")
        issues += duplicates(path, spec.worksheets, "worksheets", "key")
    return issues


def durations(sources: Sources) -> list[Issue]:
    """The activities' minutes add up to the module's duration, which the agenda's clock times are built from."""
    issues = []
    for _, module in sources.modules:
        spec = module.module.spec
        total = sum(activity.minutes for activity in spec.activities)
        if total != spec.duration:
            message = f"the activities add up to {total} minutes but the duration is {spec.duration}"
            issues.append(Issue(module.module.path, ("duration",), message))
    return issues


def _guide_problems(spec: ModuleSpec) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    participatory = [index for index, a in enumerate(spec.activities) if a.method not in NOT_PARTICIPATORY]
    if not participatory:
        problems.append((("activities",), "needs at least one participatory activity (not only presentation or test)"))
    for index, activity in enumerate(spec.activities):
        if activity.method in NO_GUIDE_NEEDED:
            continue
        if not activity.expected_answers:
            problems.append((("activities", index), f"'{activity.key}' ({activity.method}) needs expected_answers"))
        if not activity.debrief:
            problems.append((("activities", index), f"'{activity.key}' ({activity.method}) needs debrief questions"))
    return problems


def activity_guides(sources: Sources) -> list[Issue]:
    """Every module has a participatory activity, and each one leaves the facilitator a guide."""
    return [issue for _, m in sources.modules for issue in in_file(m.module.path, _guide_problems(m.module.spec))]


def _teaching_problems(spec: ModuleSpec, participants: int) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    objectives = [objective.key for objective in spec.objectives]
    for index, activity in enumerate(spec.activities):
        loc: Loc = ("activities", index)
        for key_index, key in enumerate(activity.teaches):
            if key not in objectives:
                problems.append(((*loc, "teaches", key_index), f"no objective '{key}'; known: {', '.join(objectives)}"))
        groups = activity.groups
        if groups is None:
            if activity.method in GROUPED_METHODS:
                problems.append(
                    (loc, f"'{activity.key}' ({activity.method}) needs `groups:` (count, min_size, max_size)")
                )
            continue
        if groups.min_size > groups.max_size:
            problems.append(((*loc, "groups"), "min_size is larger than max_size"))
        elif activity.method != Method.PANEL_DISCUSSION and not (
            groups.count * groups.min_size <= participants <= groups.count * groups.max_size
        ):
            problems.append(
                (
                    (*loc, "groups"),
                    f"{groups.count} groups of {groups.min_size}-{groups.max_size} hold "
                    f"{groups.count * groups.min_size}-{groups.count * groups.max_size} people, "
                    f"not the programme's {participants}",
                )
            )
    return problems


def teaching(sources: Sources) -> list[Issue]:
    """`teaches` points at real objectives; every group activity states a grouping that fits the programme's room."""
    return [
        issue
        for programme, module in sources.modules
        for issue in in_file(module.module.path, _teaching_problems(module.module.spec, programme.spec.participants))
    ]


def test_slot(sources: Sources) -> list[Issue]:
    """A test activity gives every participant time for every item of the programme's blueprint, plus the minutes
    to hand out the forms, write the codes and collect them again."""
    issues = []
    for programme, module in sources.modules:
        items = len(programme.blueprint.spec.items)
        per_item = programme.spec.minutes_per_test_item
        handling = programme.spec.test_handling_minutes
        needed = math.ceil(items * per_item) + handling
        for index, activity in enumerate(module.module.spec.activities):
            if activity.method == Method.TEST and activity.minutes < needed:
                message = (
                    f"'{activity.key}' gives {activity.minutes} minutes for a test of {items} items; at "
                    f"{per_item:g} minutes per item and {handling} to hand out and collect the forms it needs at "
                    f"least {needed}"
                )
                issues.append(Issue(module.module.path, ("activities", index, "minutes"), message))
    return issues


def _handout_problems(spec: ModuleSpec, glossary_keys: set[str]) -> list[tuple[Loc, str]]:
    problems: list[tuple[Loc, str]] = []
    for index, key in enumerate(spec.handout.glossary):
        if key not in glossary_keys:
            problems.append((("handout", "glossary", index), f"no term '{key}' in modules/glossary.yaml"))
        elif key in spec.handout.glossary[:index]:
            problems.append((("handout", "glossary", index), f"term '{key}' is listed twice"))
    activities = {activity.key for activity in spec.activities}
    for index, sheet in enumerate(spec.worksheets):
        loc: Loc = ("worksheets", index)
        if sheet.activity not in activities:
            problems.append(((*loc, "activity"), f"no activity '{sheet.activity}' in this module"))
        wants_rows, wants_columns = WORKSHEET_SHAPES[sheet.kind]
        for name, wanted, present in (("rows", wants_rows, sheet.rows), ("columns", wants_columns, sheet.columns)):
            if wanted and len(present) < 2:
                problems.append((loc, f"a {sheet.kind} worksheet needs at least two {name}"))
            if not wanted and present:
                problems.append(((*loc, name), f"a {sheet.kind} worksheet has a fixed layout: remove {name}"))
    return problems


def handouts_and_worksheets(sources: Sources) -> list[Issue]:
    """A handout's key terms are in the glossary, once; a worksheet belongs to an activity and has its shape."""
    glossary_keys = {term.key for term in sources.glossary.spec.terms}
    return [
        issue
        for _, module in sources.modules
        for issue in in_file(module.module.path, _handout_problems(module.module.spec, glossary_keys))
    ]


def sources_cited(sources: Sources) -> list[Issue]:
    """A module cites its sources by key, from modules/references.yaml."""
    known = {reference.key for reference in sources.references.spec.references}
    return [
        Issue(module.module.path, ("sources", index), f"no reference '{key}' in modules/references.yaml")
        for _, module in sources.modules
        for index, key in enumerate(module.module.spec.sources)
        if key not in known
    ]
