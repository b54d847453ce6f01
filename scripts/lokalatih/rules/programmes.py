"""Rules on each programme.yaml against its module folders: the id is the folder's name, every module is scheduled
exactly once, every scheduled module exists, every day fits between its start and end times, and the certificate's
attendance rule asks for no more days than the programme has.
"""

from __future__ import annotations

from collections import Counter

from lokalatih.clock import format_clock, parse_clock
from lokalatih.rules.issue import Issue
from lokalatih.sources import Sources
from lokalatih.yamlsource import Loc


def programme_ids(sources: Sources) -> list[Issue]:
    """A programme's id is the name of its folder (its URL segment and the kit's folder)."""
    return [
        Issue(p.programme.path, ("id",), f"id '{p.spec.id}' must equal the folder name '{p.folder.name}'")
        for p in sources.programmes
        if p.spec.id != p.folder.name
    ]


def scheduled_modules(sources: Sources) -> list[Issue]:
    """Every scheduled module has a folder, and every module folder is scheduled exactly once."""
    issues = []
    for programme in sources.programmes:
        path, modules = programme.programme.path, programme.modules
        scheduled: Counter[str] = Counter(
            entry.module for day in programme.spec.days for entry in day.sessions if entry.module is not None
        )
        for day_index, day in enumerate(programme.spec.days):
            for slot_index, entry in enumerate(day.sessions):
                loc: Loc = ("days", day_index, "sessions", slot_index, "module")
                if entry.module is None:
                    continue
                if entry.module not in modules:
                    known = ", ".join(modules) or "(none)"
                    issues.append(Issue(path, loc, f"no module folder '{entry.module}'; known: {known}"))
                if scheduled[entry.module] > 1:
                    issues.append(Issue(path, loc, f"module '{entry.module}' is scheduled more than once"))
        for name, module in modules.items():
            if scheduled[name] == 0:
                message = f"module is not scheduled in {programme.folder.name}/programme.yaml"
                issues.append(Issue(module.module.path, 1, message))
    return issues


def day_windows(sources: Sources) -> list[Issue]:
    """Every day ends after it starts, and its sessions and breaks end by its end time.

    A scheduled module without a folder counts no minutes (`scheduled_modules` names it): a day that runs late
    without it runs late with it too.
    """
    issues = []
    for programme in sources.programmes:
        path, modules = programme.programme.path, programme.modules
        for day_index, day in enumerate(programme.spec.days):
            start, end = parse_clock(day.start), parse_clock(day.end)
            clock = start
            for entry in day.sessions:
                if entry.module is not None:
                    clock += modules[entry.module].module.spec.duration if entry.module in modules else 0
                else:
                    assert entry.minutes is not None  # the Slot model guarantees it
                    clock += entry.minutes
            loc: Loc = ("days", day_index, "end")
            where = path
            if programme.overlay and day_index in programme.overlay.day_places:
                # The province's overlay inserted a module into this day or moved its window: it is fixed there.
                where, loc = programme.overlay.parsed.path, programme.overlay.day_places[day_index]
            if end <= start:
                issues.append(Issue(where, loc, f"the day ends ({day.end}) before it starts"))
            elif clock > end:
                message = (
                    f"day {day_index + 1} runs until {format_clock(clock)}, past its end {day.end} "
                    f"({clock - end} minutes too long)"
                )
                issues.append(Issue(where, loc, message))
    return issues


def certificate_rule(sources: Sources) -> list[Issue]:
    """`certificate.min_days` is at most the programme's number of days (else nobody could receive one)."""
    issues = []
    for programme in sources.programmes:
        spec = programme.spec
        if spec.certificate.min_days != "all" and spec.certificate.min_days > len(spec.days):
            message = (
                f"a certificate needs {spec.certificate.min_days} days present but the programme has "
                f"{len(spec.days)} day(s); lower min_days or write `min_days: all`"
            )
            issues.append(Issue(programme.programme.path, ("certificate", "min_days"), message))
    return issues
