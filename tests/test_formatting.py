"""Numbers, dates and timestamps per language, through Babel: the texts readers see, in both languages."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from lokalatih.formatting import format_date, format_event_dates, format_number, iso_timestamp


@pytest.mark.parametrize(
    ("value", "digits", "indonesian", "english"),
    [
        (10550, None, "10.550", "10,550"),
        (1234567, 0, "1.234.567", "1,234,567"),
        (0.6667, 2, "0,67", "0.67"),
        (24.75, None, "24,8", "24.8"),
        (50.0, 1, "50,0", "50.0"),
        (100, None, "100", "100"),
        (-0.0417, 2, "-0,04", "-0.04"),
        (1234.5, 1, "1.234,5", "1,234.5"),
    ],
)
def test_numbers_group_and_mark_decimals_per_language(
    value: float, digits: int | None, indonesian: str, english: str
) -> None:
    assert format_number(value, "id", digits) == indonesian
    assert format_number(value, "en", digits) == english


def test_numbers_round_like_python_does() -> None:
    """Scores are floats: 66.65 is stored as 66.650000000000005…, which Python prints as 66.7; so must we, or a
    report's figures would shift by one in the last digit against report.json."""
    assert format_number(66.65, "en", 1) == "66.7"
    assert format_number(2.675, "id", 2) == "2,67"  # 2.67499999…
    generator = random.Random(11)
    values = [generator.uniform(-1, 1) for _ in range(500)] + [round(generator.uniform(0, 100), 2) for _ in range(500)]
    for value in values:
        for digits in (0, 1, 2):
            english = f"{value:,.{digits}f}"
            assert format_number(value, "en", digits) == english
            assert format_number(value, "id", digits) == english.replace(",", " ").replace(".", ",").replace(" ", ".")


@pytest.mark.parametrize(
    ("day", "indonesian", "english"),
    [
        (dt.date(2025, 11, 12), "12 November 2025", "12 November 2025"),
        (dt.date(2025, 12, 1), "1 Desember 2025", "1 December 2025"),
        (dt.date(2026, 8, 17), "17 Agustus 2026", "17 August 2026"),
        (dt.date(2026, 2, 3), "3 Februari 2026", "3 February 2026"),
        (dt.date(2026, 5, 9), "9 Mei 2026", "9 May 2026"),
    ],
)
def test_dates_write_the_month_in_each_language(day: dt.date, indonesian: str, english: str) -> None:
    assert format_date(day, "id") == indonesian
    assert format_date(day, "en") == english


def test_event_dates_one_per_day_or_none() -> None:
    days = [dt.date(2025, 11, 18), dt.date(2025, 11, 19)]
    assert format_event_dates(days, "id") == ["18 November 2025", "19 November 2025"]
    assert format_event_dates(days[:1], "en") == ["18 November 2025"]
    assert format_event_dates(None, "id") is None
    assert format_event_dates([], "en") is None


def test_timestamps_are_utc_to_the_second() -> None:
    utc = dt.datetime(2025, 11, 17, 0, 0, 5, 999, tzinfo=dt.UTC)
    assert iso_timestamp(utc) == "2025-11-17T00:00:05Z"
    jakarta = dt.datetime(2025, 11, 17, 7, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
    assert iso_timestamp(jakarta) == "2025-11-17T00:00:00Z"
    assert iso_timestamp(dt.datetime(2025, 11, 17, 9, 30)) == "2025-11-17T09:30:00Z"  # naive: already UTC
