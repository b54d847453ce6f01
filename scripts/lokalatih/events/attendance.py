"""Who came on which day, and the share of women against the programme's target, per day and overall, by
stakeholder group and district.

Two shapes are read: the event folder's attendance.csv (one row per code, a column per day, 1 for present) or a
check-in export (KoboToolbox or any list) with one row per arrival: `participant` (or `code`) and `day`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from lokalatih.events import codes
from lokalatih.events.folder import ATTENDANCE, EventFolder, EventRefused
from lokalatih.events.participants import Member, ParticipantList, Roster
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


@dataclass
class ShareCount:
    """People and women counted one by one, for a `Share` without keeping the people."""

    n: int = 0
    women: int = 0

    def add(self, person: Member) -> None:
        self.n += 1
        self.women += person.sex == "F"

    def share(self) -> Share:
        value = round(self.women / self.n, 4) if self.n else None
        return Share(n=self.n, women=self.women, women_share=value,
                     target_met=value is not None and value >= TARGET_WOMEN_SHARE)  # fmt: skip


def _code_column(header: list[str]) -> str | None:
    return next((name for name in ("code", "participant") if name in header), None)


def read_attendance(event: EventFolder, participants: ParticipantList | Roster, lang: str) -> Attendance:
    table = event.stream(ATTENDANCE, lang)
    present: dict[str, set[int]] = {}
    if table is None:
        return Attendance({}, event.days)
    name = f"{event.name}/{table.path.name}"
    known: Mapping[str, object] = participants.by_code() if isinstance(participants, ParticipantList) else (
        participants.members)  # fmt: skip
    code_column = _code_column(table.header)
    day_columns = {f"day{n}": n for n in event.days}
    long_form = "day" in table.header
    if code_column is None or not (long_form or any(column in table.header for column in day_columns)):
        expected = ",".join(["code", *day_columns])
        missing = "code" if code_column is None else ", ".join(day_columns)
        raise EventRefused([label("msg_missing_columns", lang, where=f"{name}:1", columns=missing, expected=expected)])
    problems: list[str] = []
    valid_days = ", ".join(str(n) for n in event.days)
    for row in table.rows():
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
    shared: dict[frozenset[int], frozenset[int]] = {}  # an event has few patterns of days: one set for each
    return Attendance({code: shared.setdefault(frozenset(days), frozenset(days)) for code, days in present.items()},
                      event.days)  # fmt: skip


def event_summary(event: EventFolder, members: Mapping[str, Member], attendance: Attendance) -> EventSummary:
    """Who came to one event: registered, present on a day and on every day, women's share per day."""
    came, days = ShareCount(), {day: ShareCount() for day in attendance.days}
    every_day, all_days = set(attendance.days), 0
    for code, present in attendance.present.items():
        if not present:
            continue
        person = members[code]
        came.add(person)
        all_days += present >= every_day
        for day in present:
            if day in days:
                days[day].add(person)
    return EventSummary(
        name=event.name,
        province=event.spec.province,
        dates=[d.isoformat() for d in event.spec.dates],
        registered=len(members),
        attended=came.share(),
        all_days=all_days,
        days=[DayAttendance(day=day, **count.share().model_dump()) for day, count in days.items()],
    )


@dataclass
class AttendanceTally:
    """Attendance over every registered participant of every event added, each counted once, in one pass."""

    registered: int = 0
    all_days: int = 0
    attended: ShareCount = field(default_factory=ShareCount)
    by_group: dict[str, ShareCount] = field(default_factory=dict)
    by_district: dict[str, ShareCount] = field(default_factory=dict)
    by_province: dict[str, ShareCount] = field(default_factory=dict)

    def add_event(self, province: str, members: Mapping[str, Member], attendance: Attendance) -> None:
        self.registered += len(members)
        total = len(attendance.days)
        for code, present in attendance.present.items():
            if not present:
                continue
            person = members[code]
            self.all_days += len(present) == total
            self.attended.add(person)
            for counts, key in ((self.by_group, person.group), (self.by_district, person.district or "–"),
                                (self.by_province, province)):  # fmt: skip
                counts.setdefault(key, ShareCount()).add(person)

    def result(self) -> PooledAttendance:
        def shares(counts: dict[str, ShareCount]) -> dict[str, Share]:
            return {key: counts[key].share() for key in sorted(counts)}

        return PooledAttendance(registered=self.registered, attended=self.attended.share(), all_days=self.all_days,
                                by_group=shares(self.by_group), by_district=shares(self.by_district),
                                by_province=shares(self.by_province))  # fmt: skip
