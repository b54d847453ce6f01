"""Every fixed word Lokalatih prints, in both languages, grouped by the renderer that prints it:

- `site.py`       the public site's own pages, and the theme's words (404 page, footer)
- `documents.py`  the printables (handouts, worksheets, workbooks, agendas, pocket cards, guides, attendance)
- `kit.py`        the facilitator kit's test forms, answer keys, coverage table and XLSForm
- `report.py`     the learning report of `lokalatih score`, with the sentences of its summary as templates
- `events.py`     running an event: participant list, sign-in sheets, data entry, messages about typed-in data
- `slides.py`     the slide decks and their speaker notes
- `content.py`    words the loader puts into authored content
- `shared.py`     words more than one of those prints (the session plan and agenda, participants and tests)
- `terms.py`      labels of values (methods, breaks, stages, groups, tests, …), used by every renderer

Callers ask by key, whatever the group: `label(key, lang, **values)`, `t("key")` in templates (`translator`), or a
template filter of LABEL_FILTERS for a value. A key names one text: keys never repeat across groups, and a text
that lacks a language, or a sentence whose placeholders differ between languages, fails at import.
tests/test_labels.py fails on a key that no renderer uses, a key used but not defined, and a key kept in the group
of a renderer that does not print it.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from lokalatih.labels.content import CONTENT
from lokalatih.labels.documents import DOCUMENTS
from lokalatih.labels.events import EVENTS
from lokalatih.labels.kit import KIT
from lokalatih.labels.report import GAIN_BANDS, ITEM_FLAGS, REPORT
from lokalatih.labels.shared import SHARED
from lokalatih.labels.site import FRESHNESS, SITE, THEME
from lokalatih.labels.slides import SLIDES
from lokalatih.labels.terms import (
    ACTION_STATUS_LABELS,
    ADMONITION_TITLES,
    BLOCK_LABELS,
    BREAK_LABELS,
    DELIVERY_LABELS,
    METHOD_LABELS,
    SEX_INITIALS,
    SEXES,
    STAGE_LABELS,
    STAKEHOLDER_GROUPS,
    TEST_KINDS,
)
from lokalatih.model.common import LANGUAGES, Method
from lokalatih.model.programme import BreakKind, Delivery
from lokalatih.model.province import ActionStatus, Stage
from lokalatih.model.report import GainBand, ItemFlag
from lokalatih.translations import Freshness

__all__ = [
    "ACTION_STATUS_LABELS",
    "ADMONITION_TITLES",
    "BLOCK_LABELS",
    "BREAK_LABELS",
    "DELIVERY_LABELS",
    "FRESHNESS",
    "GAIN_BANDS",
    "GROUPS",
    "ITEM_FLAGS",
    "LABELS",
    "LABEL_FILTERS",
    "METHOD_LABELS",
    "SEXES",
    "SEX_INITIALS",
    "STAGE_LABELS",
    "STAKEHOLDER_GROUPS",
    "TEST_KINDS",
    "THEME",
    "block_titles",
    "label",
    "label_texts",
    "theme_labels",
    "translator",
]

Texts = dict[str, str]

# The groups that `label` looks keys up in, by the name of their module.
GROUPS: dict[str, dict[str, Texts]] = {
    "site": SITE,
    "documents": DOCUMENTS,
    "kit": KIT,
    "report": REPORT,
    "events": EVENTS,
    "slides": SLIDES,
    "content": CONTENT,
    "shared": SHARED,
}


def _merge(groups: Mapping[str, dict[str, Texts]]) -> dict[str, Texts]:
    merged: dict[str, Texts] = {}
    for name, group in groups.items():
        repeated = [key for key in group if key in merged]
        if repeated:
            raise RuntimeError(f"labels/{name}.py repeats {', '.join(repeated)}, defined in another group")
        merged.update(group)
    return merged


LABELS = _merge(GROUPS)


def _placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def _assert_complete() -> None:
    # A label without a language would print a gap on one site: fail at import, long before a build.
    tables: list[Mapping[Any, Texts]] = [
        LABELS, THEME, FRESHNESS, ITEM_FLAGS, GAIN_BANDS, METHOD_LABELS, BREAK_LABELS, ADMONITION_TITLES, BLOCK_LABELS,
        STAKEHOLDER_GROUPS, DELIVERY_LABELS, STAGE_LABELS, ACTION_STATUS_LABELS, TEST_KINDS, SEXES,
        SEX_INITIALS,
    ]  # fmt: skip
    for table in tables:
        for key, texts in table.items():
            missing = [lang for lang in LANGUAGES if not texts.get(lang)]
            if missing:
                raise RuntimeError(f"label {key!r} lacks {', '.join(missing)}")
            # A translated sentence must take the same figures as the original, or formatting it fails in one
            # language only.
            if len({frozenset(_placeholders(texts[lang])) for lang in LANGUAGES}) > 1:
                raise RuntimeError(f"label {key!r} has different placeholders per language")
    enums: list[tuple[type[StrEnum], Mapping[Any, Texts]]] = [
        (Method, METHOD_LABELS),
        (BreakKind, BREAK_LABELS),
        (Delivery, DELIVERY_LABELS),
        (Stage, STAGE_LABELS),
        (ActionStatus, ACTION_STATUS_LABELS),
        (Freshness, FRESHNESS),
        (ItemFlag, ITEM_FLAGS),
        (GainBand, GAIN_BANDS),
    ]
    for enum, table in enums:
        unlabelled = [member for member in enum if member not in table]
        if unlabelled:
            raise RuntimeError(f"no label for {unlabelled}")


_assert_complete()


def label(key: str, lang: str, **values: object) -> str:
    """The text of `key` in `lang`; with `values`, its named placeholders filled in (`{count} rows …`)."""
    text = LABELS[key][lang]
    return text.format(**values) if values else text


def label_texts(key: str) -> Texts:
    """The text of `key` in every language (the XLSForm carries both)."""
    return {lang: LABELS[key][lang] for lang in LANGUAGES}


def translator(lang: str) -> Callable[[str], str]:
    """`t` of the templates: `{{ t("objectives") }}`."""
    return lambda key: label(key, lang)


def theme_labels(lang: str) -> Texts:
    """The words of the theme overrides in one language, for MkDocs' `extra.labels`."""
    return {key: texts[lang] for key, texts in THEME.items()}


def block_titles(lang: str) -> Texts:
    """Every block type's default title in one language: Material's admonitions and the facilitator blocks."""
    return {kind: titles[lang] for kind, titles in {**ADMONITION_TITLES, **BLOCK_LABELS}.items()}


# Template filters that print a value's label in a language; the site's pages and the printables share them.
LABEL_FILTERS: dict[str, Any] = {
    "method": lambda method, lang: METHOD_LABELS[Method(method)][lang],
    "break_label": lambda kind, lang: BREAK_LABELS[BreakKind(kind)][lang],
    "delivery": lambda delivery, lang: DELIVERY_LABELS[Delivery(delivery)][lang],
    "stage": lambda stage, lang: STAGE_LABELS[Stage(stage)][lang],
    "action_status": lambda status, lang: ACTION_STATUS_LABELS[ActionStatus(status)][lang],
    "freshness": lambda freshness, lang: FRESHNESS[Freshness(freshness)][lang],
    "test_kind": lambda test, lang: TEST_KINDS[test][lang],
}
