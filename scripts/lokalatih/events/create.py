"""`lokalatih event new`: an event folder with the files people fill in, ready before the first participant arrives.

The participant list comes with its codes already in it (the registration desk hands out codes from the printed
code list, with spares for walk-ins), so no command ever has to write codes into a file a person has edited.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from lokalatih.curriculum import Curriculum, Programme
from lokalatih.events import codes
from lokalatih.events.entry_sheet import entry_workbook
from lokalatih.events.evaluation import write_entry_files as write_evaluation_files
from lokalatih.events.folder import (
    ATTENDANCE,
    EVENT_FILE,
    KEY_FILE,
    OUTPUT,
    PARTICIPANTS,
    EventRefused,
    test_file,
)
from lokalatih.events.participants import COLUMNS, GROUP_VALUES
from lokalatih.kit.evaluation import evaluation_form
from lokalatih.kit.forms import build_forms
from lokalatih.kit.key import build_test_key
from lokalatih.model.test_key import TESTS, TestKey

GENERATED = ("site", "dist", "build")  # every build replaces these folders: never a place for anyone's data
SPARE_SHARE = 0.25  # walk-ins and replacements: a quarter more codes than planned seats, at least MIN_SPARE
MIN_SPARE = 10


def event_slug(province: str, programme: str, first_day: dt.date) -> str:
    return f"{province}-{programme}-{first_day.isoformat()}"


def event_dates(curriculum: Curriculum, programme: Programme, first_day: dt.date | None) -> list[dt.date]:
    """The dates of each day: from --date on consecutive days, or else the province profile's dates."""
    days = len(programme.days)
    if first_day is None:
        event = curriculum.province.event
        known = event.dates.get(programme.id) if event else None
        if not known:
            raise EventRefused([
                f"provinces/{curriculum.province.slug}.yaml has no dates for {programme.id}; give --date YYYY-MM-DD"
            ])  # fmt: skip
        if len(known) != days:
            raise EventRefused([f"provinces/{curriculum.province.slug}.yaml: {programme.id} has {days} days, "
                                f"the profile lists {len(known)} dates; give --date YYYY-MM-DD"])  # fmt: skip
        return list(known)
    return [first_day + dt.timedelta(days=n) for n in range(days)]


def _csv(header: list[str], rows: list[list[str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def participants_workbook(event_codes: list[str]) -> bytes:
    """The participant list for Excel users: the same columns, with drop-downs that only take valid codes."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = PARTICIPANTS
    sheet.append(list(COLUMNS))
    for code in event_codes:
        sheet.append([code])
    last = len(event_codes) + 1
    choices = {
        "sex": "P,L",
        "group": ",".join(GROUP_VALUES),
        "disability": "ya,tidak,tidak disebutkan",
        "photo_consent": "ya,tidak",
    }
    for column, values in choices.items():
        letter = chr(ord("A") + COLUMNS.index(column))
        validation = DataValidation(type="list", formula1=f'"{values}"', allow_blank=True, showErrorMessage=True)
        validation.error = f"{column}: {values}"
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}{last}")
    for index, width in enumerate((10, 28, 6, 14, 28, 18, 16, 14)):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "B2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_entry_header(key: TestKey, test: str) -> list[str]:
    """`participant` and the question numbers as printed on that form: a clerk types what the sheet shows."""
    order: list[str] = getattr(key, test)
    return ["participant", *[str(number) for number in range(1, len(order) + 1)]]


def create_event(
    events_dir: Path,
    curriculum: Curriculum,
    programme: Programme,
    first_day: dt.date | None,
    seats: int | None,
    lang: str,
    rng: random.Random | None = None,
) -> Path:
    dates = event_dates(curriculum, programme, first_day)
    inside = [name for name in GENERATED if events_dir.resolve().is_relative_to((curriculum.root / name).resolve())]
    if inside:
        raise EventRefused([f"{events_dir}: inside {inside[0]}/, which every build replaces; keep events elsewhere "
                            "(the default is events/ in the kit, which git ignores)"])  # fmt: skip
    folder = events_dir / event_slug(curriculum.province.slug, programme.id, dates[0])
    if folder.exists():
        raise EventRefused([f"{folder}: already exists; an event folder is never overwritten"])
    planned = seats or programme.spec.participants
    event_codes = codes.new_codes(planned + max(MIN_SPARE, round(SPARE_SHARE * planned)), rng=rng)
    key = build_test_key(build_forms(programme))
    folder.mkdir(parents=True)
    (folder / OUTPUT).mkdir()
    dates_yaml = ", ".join(d.isoformat() for d in dates)
    (folder / EVENT_FILE).write_text(
        f"# Written by `lokalatih event new`. Correct the dates or the language here if they change.\n"
        f"province: {curriculum.province.slug}\nprogramme: {programme.id}\nlanguage: {lang}\ndates: [{dates_yaml}]\n",
        encoding="utf-8",
    )
    (folder / KEY_FILE).write_text(key.to_json(), encoding="utf-8")
    (folder / f"{PARTICIPANTS}.csv").write_text(_csv(list(COLUMNS), [[c] for c in event_codes]), encoding="utf-8")
    (folder / f"{PARTICIPANTS}.xlsx").write_bytes(participants_workbook(event_codes))
    day_columns = [f"day{n}" for n in range(1, len(dates) + 1)]
    (folder / f"{ATTENDANCE}.csv").write_text(_csv(["code", *day_columns], [[c] for c in event_codes]),
                                              encoding="utf-8")  # fmt: skip
    for test in TESTS:
        (folder / f"{test_file(test)}.csv").write_text(_csv(test_entry_header(key, test), []), encoding="utf-8")
        (folder / f"{test_file(test)}.xlsx").write_bytes(entry_workbook(key, test, len(event_codes)))
    write_evaluation_files(folder, evaluation_form(programme), lang)
    return folder
