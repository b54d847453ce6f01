"""Rules across the whole kit: province profiles (slug, unique keys, event dates that match the programmes' days),
unique keys in the glossary and the bibliography, ids that outputs rely on unique across all modules, and no
template syntax in any YAML text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from lokalatih.rules.issue import Issue, duplicates
from lokalatih.sources import ModuleSources, Sources
from lokalatih.yamlsource import Loc


def province_slugs(sources: Sources) -> list[Issue]:
    """A profile's slug is its file name: `--province` and the URLs use it."""
    return [
        Issue(profile.path, ("slug",), f"slug '{profile.spec.slug}' must equal the file name '{slug}'")
        for slug, profile in sources.provinces.items()
        if profile.spec.slug != slug
    ]


def unique_keys(sources: Sources) -> list[Issue]:
    """Contacts, institutions and figures of a profile, glossary terms and references each have their own key."""
    issues: list[Issue] = []
    for profile in sources.provinces.values():
        issues += duplicates(profile.path, profile.spec.contacts, "contacts", "key")
        issues += duplicates(profile.path, profile.spec.institutions, "institutions", "key")
        issues += duplicates(profile.path, profile.spec.figures, "figures", "key")
    issues += duplicates(sources.glossary.path, sources.glossary.spec.terms, "terms", "key")
    issues += duplicates(sources.references.path, sources.references.spec.references, "references", "key")
    return issues


def event_dates(sources: Sources) -> list[Issue]:
    """Every profile's event gives one date per day of a programme that exists."""
    days = {programme.spec.id: len(programme.spec.days) for programme in sources.programmes}
    issues = []
    for profile in sources.provinces.values():
        if profile.spec.event is None:
            continue
        for programme_id, dates in profile.spec.event.dates.items():
            loc: Loc = ("event", "dates", programme_id)
            if programme_id not in days:
                issues.append(Issue(profile.path, loc, f"no programme '{programme_id}'; known: {', '.join(days)}"))
            elif len(dates) != days[programme_id]:
                message = f"{programme_id} has {days[programme_id]} day(s) but {len(dates)} date(s)"
                issues.append(Issue(profile.path, loc, message))
    return issues


_Places = Callable[[ModuleSources], list[tuple[Path, Loc, str]]]
# Ids that outputs and reports rely on (file names, key columns), with where each module writes them.
_UNIQUE_ACROSS_MODULES: list[tuple[_Places, str]] = [
    (lambda m: [(m.module.path, ("id",), m.module.spec.id)], "duplicate module id '{}'"),
    (
        lambda m: [(m.module.path, ("worksheets", i, "key"), w.key) for i, w in enumerate(m.module.spec.worksheets)],
        "worksheet key '{}' is used twice",
    ),
    (
        lambda m: [(m.bank.path, ("items", i, "id"), item.id) for i, item in enumerate(m.bank.spec.items)],
        "item id '{}' is used by another bank too",
    ),
]


def unique_across_modules(sources: Sources) -> list[Issue]:
    """Module ids, worksheet keys and item ids do not repeat between modules, in any programme."""
    modules = [module for _, module in sources.modules]
    issues = []
    for places, message in _UNIQUE_ACROSS_MODULES:
        owners: dict[str, set[Path]] = {}
        for module in modules:
            for _, _, value in places(module):
                owners.setdefault(value, set()).add(module.folder)
        for module in modules:
            for path, loc, value in places(module):
                if len(owners[value]) > 1:
                    issues.append(Issue(path, loc, message.format(value)))
    return issues


def _template_locations(value: Any, loc: Loc) -> list[Loc]:
    if isinstance(value, dict):
        return [found for key, item in value.items() for found in _template_locations(item, (*loc, key))]
    if isinstance(value, list):
        return [found for index, item in enumerate(value) for found in _template_locations(item, (*loc, index))]
    if isinstance(value, str) and ("{{" in value or "{%" in value or "{#" in value):
        return [loc]
    return []


# Rendered with the province's variables like the Markdown texts (sources.py); every other YAML prints as written.
TEMPLATED_YAML = frozenset({"module.yaml", "slides.yaml", "pocket-card.yaml"})


def no_templates_in_yaml(sources: Sources) -> list[Issue]:
    """YAML texts are printed as written; `{{ }}` there would reach readers literally. Module models, slide models
    and the pocket card are the exception: their texts are rendered with the province's variables."""
    return [
        Issue(
            path, loc, "template syntax works in the Markdown texts, module.yaml, slides.yaml and pocket-card.yaml only"
        )
        for path, document in sources.documents.items()
        if path.name not in TEMPLATED_YAML
        for loc in _template_locations(document.data, ())
    ]
