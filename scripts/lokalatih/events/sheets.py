"""`lokalatih event sheets`: the code list for the registration desk and one sign-in sheet per day, printed from
the participant list (code, name, organisation, sex and group already filled in; spare codes for walk-ins last).

These PDFs carry names: they are written into the event's output/ folder only, never into the public site or kit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from lokalatih.events.folder import EventFolder, EventRefused, kit_spec
from lokalatih.events.participants import ParticipantList
from lokalatih.formatting import format_date, iso_timestamp
from lokalatih.labels import SEX_INITIALS, STAKEHOLDER_GROUPS, label
from lokalatih.model.programme import ProgrammeSpec
from lokalatih.model.province import ProvinceSpec
from lokalatih.printing.pdf import render_pdf
from lokalatih.printing.render import render_html


@dataclass(frozen=True)
class SheetRow:
    code: str
    name: str = ""
    organisation: str = ""
    sex: str = ""
    group: str = ""


@dataclass(frozen=True)
class SheetDay:
    number: int
    date: str


def _rows(participants: ParticipantList, lang: str) -> list[SheetRow]:
    listed = [
        SheetRow(p.code, p.name, p.organisation, SEX_INITIALS[p.sex][lang], STAKEHOLDER_GROUPS[p.group][lang])
        for p in sorted(participants.participants, key=lambda p: p.name.casefold())
    ]
    return listed + [SheetRow(code) for code in participants.spare_codes]


def print_sheets(root: Path, event: EventFolder, participants: ParticipantList, lang: str) -> list[Path]:
    programme_file, province_file = (
        f"modules/{event.spec.programme}/programme.yaml",
        f"provinces/{event.spec.province}.yaml",
    )
    programme = kit_spec(root, programme_file, ProgrammeSpec)
    province = kit_spec(root, province_file, ProvinceSpec)
    if programme is None or province is None:
        missing = programme_file if programme is None else province_file
        raise EventRefused([f"{root / missing}: not readable; run the command in the kit that made the event (--root)"])
    dates = [format_date(day, lang) for day in event.spec.dates]
    common = {
        "programme_title": programme.title[lang],
        "programme_short": programme.short_title[lang],
        "province_name": province.name[lang],
        "dates": ", ".join(dates),
        "rows": _rows(participants, lang),
        "created": iso_timestamp(dt.datetime.combine(event.spec.dates[0], dt.time(), dt.UTC)),
        "description": None,
        "context_line": f"Lokalatih · {programme.short_title[lang]} · {province.name[lang]}",
    }
    event.output.mkdir(exist_ok=True)
    written = []
    for kind, name, title in (("codes", "code-list", label("code_list", lang)),
                              ("sign-in", "sign-in", label("attendance", lang))):  # fmt: skip
        days = [SheetDay(n, d) for n, d in enumerate(dates, start=1)]
        html = render_html("event-sheets.html.j2", lang, kind=kind, days=days, title=title, **common)
        path = event.output / f"{name}.{lang}.pdf"
        path.write_bytes(render_pdf(html))
        written.append(path)
    return written
