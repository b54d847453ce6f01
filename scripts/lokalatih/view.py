"""The curriculum as one language sees it: each fact formatted once, for the site pages and the printables alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lokalatih.curriculum import Curriculum, Programme
from lokalatih.formatting import format_event_dates
from lokalatih.labels import label
from lokalatih.model.common import Method
from lokalatih.model.module import Activity
from lokalatih.model.references import Reference


@dataclass(frozen=True)
class LanguageView:
    curriculum: Curriculum
    lang: str

    @property
    def province_name(self) -> str:
        return self.curriculum.province.name[self.lang]

    def event_days(self, programme: Programme) -> list[dt.date] | None:
        event = self.curriculum.province.event
        return event.dates.get(programme.id) if event else None

    def event_dates(self, programme: Programme) -> list[str] | None:
        """The date of each day of the programme's event, as this language writes dates; None when unknown."""
        return format_event_dates(self.event_days(programme), self.lang)

    @property
    def venue(self) -> str | None:
        event = self.curriculum.province.event
        return f"{event.venue}, {event.city}" if event else None


def grouping(activity: Activity, lang: str) -> str:
    """How an activity splits the room: "6 kelompok, 5–7 orang per kelompok"; a panel counts its panellists.
    A template filter of the site's pages and the printables alike."""
    groups = activity.groups
    if groups is None:
        return ""
    if activity.method == Method.PANEL_DISCUSSION:
        return label("grouping_panel", lang, count=groups.count)
    sizes = str(groups.min_size) if groups.min_size == groups.max_size else f"{groups.min_size}–{groups.max_size}"
    return label("grouping_groups", lang, count=groups.count, sizes=sizes)


def citation(reference: Reference) -> str:
    """How every page and printable cites a document: "Title. Issuer, year." (plain text; each format escapes it)."""
    return f"{reference.title}. {reference.issuer}, {reference.year}."
