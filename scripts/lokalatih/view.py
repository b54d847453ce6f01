"""The curriculum as one language sees it: each fact formatted once, for the site pages and the printables alike."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lokalatih.curriculum import Curriculum, Programme
from lokalatih.formatting import format_date


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
        days = self.event_days(programme)
        return [format_date(day, self.lang) for day in days] if days else None

    @property
    def venue(self) -> str | None:
        event = self.curriculum.province.event
        return f"{event.venue}, {event.city}" if event else None
