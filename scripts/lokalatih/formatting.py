"""Numbers, dates and timestamps as readers of each language expect them, and table cells; one function per fact,
shared by pages, printables, the kit and reports.

Numbers and dates go through Babel (CLDR data, installed with Material): its Indonesian locale gives the decimal
comma and the point between thousands (10.550 and 0,67) and the Indonesian month names.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import re
from collections.abc import Sequence
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.lists import format_list
from babel.numbers import format_decimal

# Babel's locale per site language.
LOCALES = {"id": "id", "en": "en"}

# Day, month name, year in both languages ("12 November 2025"): the order the programme's documents use, also in
# English (CLDR's long English date would put the month first).
DATE_PATTERN = "d MMMM y"


def format_number(value: float, lang: str, digits: int | None = None) -> str:
    """Digit grouping and decimal mark per language: 10.550 and 0,67 in Indonesian, 10,550 and 0.67 in English.
    Without `digits`, whole numbers print whole and others with one decimal."""
    if digits is None:
        digits = 0 if value == int(value) else 1
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    # Decimal(value) is the float's exact binary value: rounding it half-even gives the digits Python's own
    # formatting gives (66.65 is 66.650000000000005… and prints 66.7), where Babel would round str(66.65) to 66.6.
    return format_decimal(Decimal(value), format=pattern, locale=LOCALES[lang])


def readable_size(size: int, lang: str) -> str:
    """ "1,2 MB", "850 KB": a file's or a download's size in decimal units, as a phone user pays for it."""
    if size < 1_000_000:
        return f"{max(1, round(size / 1000))} KB"
    return f"{format_number(size / 1_000_000, lang, 1)} MB"


def format_items(items: Sequence[str], lang: str) -> str:
    """Words as a sentence lists them: "a, b dan c" / "a, b and c"."""
    return format_list(list(items), locale=LOCALES[lang])


def format_date(day: dt.date, lang: str) -> str:
    """A calendar day with the month written out: 12 November 2025; 1 Desember 2025 / 1 December 2025."""
    return _babel_date(day, DATE_PATTERN, locale=LOCALES[lang])


def format_event_dates(days: Sequence[dt.date] | None, lang: str) -> list[str] | None:
    """The date of each day of an event, in order (agendas and attendance sheets print one per day); None when the
    province profile gives no dates."""
    return [format_date(day, lang) for day in days] if days else None


def format_date_span(days: Sequence[dt.date], lang: str) -> str:
    """An event's dates as one phrase (certificates): 17 November 2025; 18–19 November 2025; 30 November –
    1 Desember 2025. Days that do not follow each other are listed, never joined into a range that would include
    the days between: 18 November 2025 dan 20 November 2025."""
    ordered = sorted(days)
    first, last = ordered[0], ordered[-1]
    if any(b - a != dt.timedelta(days=1) for a, b in itertools.pairwise(ordered)):
        return format_list([format_date(day, lang) for day in ordered], locale=LOCALES[lang])
    if first == last:
        return format_date(first, lang)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last, lang)}"
    if first.year == last.year:
        return f"{_babel_date(first, 'd MMMM', locale=LOCALES[lang])} – {format_date(last, lang)}"
    return f"{format_date(first, lang)} – {format_date(last, lang)}"


def format_hours(minutes: int, lang: str) -> str:
    """Minutes as hours with at most two decimals and the language's decimal mark, no trailing zeros: 855 minutes
    are 14,25 in Indonesian and 14.25 in English; 720 minutes are 12."""
    return format_decimal(Decimal(minutes) / 60, format="#,##0.##", locale=LOCALES[lang])


def iso_timestamp(when: dt.datetime) -> str:
    """A moment as ISO 8601 in UTC to the second (2025-11-17T00:00:00Z), as PDF metadata and xlsx files record it.
    A naive datetime is taken to be UTC already."""
    if when.tzinfo is not None:
        when = when.astimezone(dt.UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def markdown_cell(text: str) -> str:
    """Plain text as a Markdown table cell: HTML-escaped (the only escaping it gets, so never also through `md`),
    no column break, one line."""
    return html.escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def plain_text(markdown: str) -> str:
    """Markdown as plain text (a slide, its notes, a link preview): links keep their words, emphasis and tags go."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"<[^>]+>", "", text)
    text = re.sub(r"\*\*|__|(?<!\w)\*|\*(?!\w)|`", "", text)
    return " ".join(text.split())
