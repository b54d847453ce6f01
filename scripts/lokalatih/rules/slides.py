"""Rules on each slides.yaml: it fits its module.yaml (one entry per key message, activities and sources that
exist), it stays short enough to read from the back of a room, and it never shows a test item.

Long content is split over more slides when the deck is laid out (`lokalatih.slides.layout`); these limits keep a
model from relying on that, since a slide that needs splitting is one to rewrite.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lokalatih.model.common import LANGUAGES, Text
from lokalatih.model.slides import ContentSlide, SlideDeckSpec
from lokalatih.rules.issue import Issue
from lokalatih.sources import ModuleSources, Sources
from lokalatih.yamlsource import Loc

MAX_HEADING = 70  # characters: two lines of a slide title at most
MAX_LINE = 120  # characters of one line of a content slide (about two projected lines)
MAX_QUESTION = 160  # a discussion question may be longer: it is read out as well as shown
MAX_TASK = 220


def _texts(spec: SlideDeckSpec) -> Iterator[tuple[Loc, Text, int]]:
    """Every text of a slide model with where it is and how long it may be."""
    content: list[tuple[Loc, ContentSlide]] = [(("messages", i), s) for i, s in enumerate(spec.messages)]
    content += [(("slides", i), s) for i, s in enumerate(spec.slides)]
    for loc, slide in content:
        yield (*loc, "heading"), slide.heading, MAX_HEADING
        for j, line in enumerate(slide.lines):
            yield (*loc, "lines", j), line, MAX_LINE
        if slide.table:
            for j, column in enumerate(slide.table.columns):
                yield (*loc, "table", "columns", j), column, MAX_HEADING
            for j, row in enumerate(slide.table.rows):
                for k, cell in enumerate(row):
                    yield (*loc, "table", "rows", j, k), cell, MAX_LINE
    for key, activity in spec.activities.items():
        if activity.task:
            yield ("activities", key, "task"), activity.task, MAX_TASK
        if activity.produce:
            yield ("activities", key, "produce"), activity.produce, MAX_TASK
        for j, question in enumerate(activity.questions or []):
            yield ("activities", key, "questions", j), question, MAX_QUESTION


def _models(sources: Sources) -> Iterator[tuple[ModuleSources, SlideDeckSpec]]:
    for _, module in sources.modules:
        if module.slides is not None:
            # As the province's build renders it: a limit is on the text a room reads, not on `{{ corridor.country }}`.
            yield module, module.rendered_slides or module.slides.spec


def fits_module(sources: Sources) -> list[Issue]:
    """One entry per key message (or none), activities and `after` that name the module's activities, a table of
    full rows, sources from modules/references.yaml, and something to show on every further slide."""
    issues = []
    references = {reference.key for reference in sources.references.spec.references}
    for module, spec in _models(sources):
        assert module.slides is not None
        path = module.slides.path
        module_spec = module.module.spec
        activities = [activity.key for activity in module_spec.activities]
        if spec.messages and len(spec.messages) != len(module_spec.key_messages):
            issues.append(Issue(path, ("messages",), f"{len(spec.messages)} entries for the "
                                f"{len(module_spec.key_messages)} key messages of module.yaml: give one per key "
                                "message, in its order, or leave `messages` out"))  # fmt: skip
        for key in spec.activities:
            if key not in activities:
                issues.append(Issue(path, ("activities", key), f"no activity '{key}' in module.yaml; its "
                                    f"activities are: {', '.join(activities)}"))  # fmt: skip
        content: list[tuple[str, int, ContentSlide]] = [("messages", i, s) for i, s in enumerate(spec.messages)]
        content += [("slides", i, s) for i, s in enumerate(spec.slides)]
        for group, index, slide in content:
            if slide.after is not None and slide.after not in activities:
                issues.append(Issue(path, (group, index, "after"), f"no activity '{slide.after}' in module.yaml; "
                                    f"its activities are: {', '.join(activities)}"))  # fmt: skip
            for j, source in enumerate(slide.sources):
                if source not in references:
                    issues.append(Issue(path, (group, index, "sources", j),
                                        f"'{source}' is not a key of modules/references.yaml"))  # fmt: skip
            if group == "slides" and not (slide.lines or slide.table or slide.profile_table):
                issues.append(Issue(path, (group, index), "a slide needs `lines`, a `table` or a `profile_table`"))
            if slide.table:
                width = len(slide.table.columns)
                for j, row in enumerate(slide.table.rows):
                    if len(row) != width:
                        issues.append(Issue(path, (group, index, "table", "rows", j),
                                            f"{len(row)} cells in a table of {width} columns"))  # fmt: skip
    return issues


def short_texts(sources: Sources) -> list[Issue]:
    """Slides are read from the back of a room: headings, lines and questions stay short."""
    issues = []
    for module, spec in _models(sources):
        assert module.slides is not None
        for loc, text, limit in _texts(spec):
            for lang in LANGUAGES:
                if len(text[lang]) > limit:
                    issues.append(Issue(module.slides.path, (*loc, lang), f"{len(text[lang])} characters; a slide "
                                        f"text of this kind has at most {limit}: shorten it or split it"))  # fmt: skip
    return issues


def _normal(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def no_test_items(sources: Sources) -> list[Issue]:
    """Slides are public: no slide text may carry the stem of a test item of its programme (it would spoil the
    pre-test for everyone who reads the deck)."""
    issues = []
    for programme in sources.programmes:
        stems = {
            _normal(item.stem[lang]): item.id
            for module in programme.modules.values()
            for item in module.bank.spec.items
            for lang in LANGUAGES
        }
        for module in programme.modules.values():
            if module.slides is None:
                continue
            for loc, text, _ in _texts(module.slides.spec):
                for lang in LANGUAGES:
                    shown = _normal(text[lang])
                    for stem, item in stems.items():
                        if stem and stem in shown:
                            issues.append(Issue(module.slides.path, (*loc, lang),
                                                f"shows the stem of test item {item}; slides are public"))  # fmt: skip
    return issues
