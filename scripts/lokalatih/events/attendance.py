"""Who came on which day, and the share of women against the programme's target, per day and overall, by
stakeholder group and district.

Two shapes are read: the event folder's attendance.csv (one row per code, a column per day, 1 for present) or a
check-in export (KoboToolbox or any list) with one row per arrival: `participant` (or `code`) and `day`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from lokalatih.events import codes
from lokalatih.events.folder import ATTENDANCE, EventFolder, EventRefused
from lokalatih.events.participants import Participant, ParticipantList
from lokalatih.labels import label
from lokalatih.model.report import Attendance as PooledAttendance
from lokalatih.model.report import DayAttendance, EventSummary, Share

TARGET_WOMEN_SHARE = 0.4
PRESENT = {"1", "x", "v", "✓", "✔", "hadir", "ya", "yes", "y", "h"}
ABSENT = {"", "0", "-", "tidak", "no", "n", "t", "absen"}


@dataclass(frozen=True)
class Attendance:
    present: dict[str, frozenset[int]]  # participant code → day numbers attended (1-based)
    days: list[int]


def share(people: Iterable[Participant]) -> Share:
    group = list(people)
    women = sum(p.sex == "F" for p in group)
    value = round(women / len(group), 4) if group else None
    return Share(n=len(group), women=women, women_share=value,
                 target_met=value is not None and value >= TARGET_WOMEN_SHARE)  # fmt: skip


def _code_column(header: list[str]) -> str | None:
    return next((name for name in ("code", "participant") if name in header), None)


def read_attendance(event: EventFolder, participants: ParticipantList, lang: str) -> Attendance:
    table = event.table(ATTENDANCE, lang)
    present: dict[str, set[int]] = {}
    if table is None:
        return Attendance({}, event.days)
    name, known = f"{event.name}/{table.path.name}", participants.by_code()
    code_column = _code_column(table.header)
    day_columns = {f"day{n}": n for n in event.days}
    long_form = "day" in table.header
    if code_column is None or not (long_form or any(column in table.header for column in day_columns)):
        expected = ",".join(["code", *day_columns])
        missing = "code" if code_column is None else ", ".join(day_columns)
        raise EventRefused([label("msg_missing_columns", lang, where=f"{name}:1", columns=missing, expected=expected)])
    problems: list[str] = []
    valid_days = ", ".join(str(n) for n in event.days)
    for row in table.rows:
        where = f"{name}:{row.line}"
        raw = row.get(code_column)
        code = codes.normalise(raw)
        if long_form:
            day_text = row.get("day").lower().removeprefix("day").removeprefix("hari").strip()
            if not day_text.isdigit() or int(day_text) not in event.days:
                problems.append(label("msg_unknown_day", lang, where=where, value=row.get("day"), valid=valid_days))
                continue
            days = {int(day_text)}
        else:
            days = set()
            for column, number in day_columns.items():
                mark = row.get(column).lower()
                if mark in PRESENT:
                    days.add(number)
                elif mark not in ABSENT:
                    problems.append(label("msg_attendance_mark", lang, where=where, value=row.get(column)))
        if not days:
            continue
        if not codes.is_valid(code):
            problems.append(label("msg_bad_code", lang, where=where, code=raw))
        elif code not in known:
            problems.append(label("msg_unknown_code", lang, where=where, code=code))
        else:
            present.setdefault(code, set()).update(days)
    if problems:
        raise EventRefused(problems)
    return Attendance({code: frozenset(days) for code, days in present.items()}, event.days)


def day_shares(participants: list[Participant], attendance: Attendance) -> list[DayAttendance]:
    by_code = {p.code: p for p in participants}
    return [
        DayAttendance(
            day=day, **share(by_code[c] for c, days in attendance.present.items() if day in days).model_dump()
        )
        for day in attendance.days
    ]


def event_summary(event: EventFolder, participants: ParticipantList, attendance: Attendance) -> EventSummary:
    """Who came to one event: registered, present on a day and on every day, women's share per day."""
    listed = participants.participants
    came = [p for p in listed if attendance.present.get(p.code)]
    every_day = set(attendance.days)
    return EventSummary(
        name=event.name,
        province=event.spec.province,
        dates=[d.isoformat() for d in event.spec.dates],
        registered=len(listed),
        attended=share(came),
        all_days=sum(attendance.present.get(p.code, frozenset()) >= every_day for p in came),
        days=day_shares(listed, attendance),
    )


Registered = tuple[str, Participant, frozenset[int], int]


def registered_rows(event: EventFolder, participants: ParticipantList, attendance: Attendance) -> list[Registered]:
    """(province, participant, days attended, days of the event) for every registered participant: what
    `pooled_attendance` counts over any number of events."""
    days = len(attendance.days)
    return [
        (event.spec.province, p, attendance.present.get(p.code, frozenset()), days) for p in participants.participants
    ]


def pooled_attendance(people: list[Registered]) -> PooledAttendance:
    """Attendance over every registered participant of every event (`registered_rows`), counted once each."""
    came = [(province, p) for province, p, days, _ in people if days]

    def by(value: Callable[[str, Participant], str]) -> dict[str, Share]:
        keys = sorted({value(province, p) for province, p in came})
        return {k: share(p for province, p in came if value(province, p) == k) for k in keys}

    return PooledAttendance(
        registered=len(people),
        attended=share(p for _, p in came),
        all_days=sum(len(days) == total for _, _, days, total in people),
        by_group=by(lambda _, p: p.group),
        by_district=by(lambda _, p: p.district or "–"),
        by_province=by(lambda province, _: province),
    )
