"""`lokalatih event certificates`: a certificate (sertifikat) for every participant who attended enough days, and
the organisers' list of what was issued.

    <event>/output/certificates/
      <participant code>.pdf   one A4 landscape page per eligible participant, named by code, never by name
      issued.csv               verification code, participant code, name, organisation, days present: the eligible
      issued.pdf               the same for the organisers to keep, and who did not receive one and why

Who is eligible is the programme's rule (`certificate.min_days` in programme.yaml: `all` days by default), read
against the days each participant was present. A certificate shows the participant's name and organisation, the
programme, the province, the event's dates, the hours of the sessions on the days the participant attended, the
organisers and the roles that sign (`event.signatories` of the province profile), each over a blank line: no
signature, name or logo is ever made up. A profile without signatories gives certificates without signature lines.

Every run rewrites the whole certificates/ folder, so a participant whose attendance was corrected never keeps a
certificate from an earlier run.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import os
import shutil
from collections.abc import Collection, Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lokalatih.curriculum import Curriculum, Programme
from lokalatih.events.codes import ALPHABET
from lokalatih.events.folder import EventFolder, EventRefused
from lokalatih.events.participants import Participant
from lokalatih.formatting import format_date_span, format_hours, iso_timestamp
from lokalatih.labels import label
from lokalatih.printing.pdf import isolate_fonts, render_pdf
from lokalatih.printing.render import render_html

CERTIFICATES = "certificates"
ISSUED = "issued"
ISSUED_COLUMNS = ("verification_code", "participant", "name", "organisation", "days_present")
VERIFICATION_LENGTH = 8


def verification_code(event_name: str, participant_code: str, name: str) -> str:
    """The short code printed on a certificate, XXXX-XXXX in the unambiguous characters of participant codes.

    It is a lookup key into the organisers' list (issued.csv / issued.pdf), not a cryptographic proof: anyone who
    knows the event folder's name, a participant's code and name can compute it. What it gives is a short string
    to read over the phone that finds the one row to compare with the certificate in hand (name, organisation,
    days). It is derived, not drawn at random, so every run gives every participant the same code: reprinting a
    certificate never invalidates the one already handed out. A corrected name gives a new code (and a new row),
    and so does a renamed event folder: keep the folder's name once certificates are out.
    """
    text = "\n".join((event_name, participant_code, " ".join(name.split())))
    number = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest(), "big")
    chars = []
    for _ in range(VERIFICATION_LENGTH):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    half = VERIFICATION_LENGTH // 2
    return "".join(chars[:half]) + "-" + "".join(chars[half:])


def session_minutes(programme: Programme, days: Collection[int]) -> int:
    """Minutes of sessions on the given days (1-based) of the programme, as its agenda schedules them: the
    `duration` of every module of those days; registration, breaks, prayers and ceremonies do not count."""
    return sum(
        slot.module.spec.duration
        for day in programme.days
        if day.number in days
        for slot in day.slots
        if slot.module is not None
    )


@dataclass(frozen=True)
class Issued:
    participant: Participant
    verification: str
    days: tuple[int, ...]  # the days present, 1-based
    minutes: int  # of sessions on those days


@dataclass(frozen=True)
class NotIssued:
    participant: Participant
    days: tuple[int, ...]
    missed: tuple[int, ...]


@dataclass(frozen=True)
class CertificateResult:
    folder: Path
    issued: list[Issued]
    not_issued: list[NotIssued]
    required_days: int

    @property
    def issued_csv(self) -> Path:
        return self.folder / f"{ISSUED}.csv"

    @property
    def issued_pdf(self) -> Path:
        return self.folder / f"{ISSUED}.pdf"

    def certificate(self, participant_code: str) -> Path:
        return self.folder / f"{participant_code}.pdf"


def _programme(event: EventFolder, curriculum: Curriculum) -> Programme:
    if curriculum.province.slug != event.spec.province:
        raise EventRefused([f"{event.path}: the event is in {event.spec.province}, the curriculum was loaded for "
                            f"{curriculum.province.slug}"])  # fmt: skip
    programme = next((p for p in curriculum.programmes if p.id == event.spec.programme), None)
    if programme is None:
        raise EventRefused([f"{event.path}: the kit has no programme '{event.spec.programme}'"])
    if len(programme.days) != len(event.days):
        raise EventRefused([f"{event.path}/event.yaml: {len(event.days)} date(s), but {programme.id} has "
                            f"{len(programme.days)} day(s); correct the dates"])  # fmt: skip
    return programme


def _days(values: Collection[int]) -> str:
    return ", ".join(str(day) for day in sorted(values)) or "–"


def _csv(result: CertificateResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ISSUED_COLUMNS)
    for entry in result.issued:
        p = entry.participant
        writer.writerow([entry.verification, p.code, p.name, p.organisation, _days(entry.days)])
    return out.getvalue()


def _render_all(jobs: list[tuple[str, Path]]) -> None:
    """Render the PDFs on every core (one page each: a pool of worker processes, no cache, since the pages carry
    names and a cache would keep them outside the event folder)."""
    isolate_fonts()  # before any worker starts: each inherits fontconfig that sees only the shipped fonts
    import weasyprint  # noqa: F401  # imported once, here: forked workers inherit it rather than each importing it

    workers = min(len(jobs), os.cpu_count() or 1)
    if workers <= 1:
        for html, path in jobs:
            path.write_bytes(render_pdf(html))
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for (_, path), data in zip(jobs, pool.map(render_pdf, [html for html, _ in jobs]), strict=True):
            path.write_bytes(data)


def sort_out(
    event: EventFolder, programme: Programme, participants: list[Participant], present: Mapping[str, Collection[int]]
) -> tuple[list[Issued], list[NotIssued]]:
    """Who receives a certificate under the programme's rule, in the order of the participant list, and who does
    not, with the days they missed. Days outside the event are not counted; a code absent from `present` was
    present on no day."""
    required = programme.spec.certificate.required_days(len(event.days))
    issued: list[Issued] = []
    not_issued: list[NotIssued] = []
    for participant in participants:
        days = tuple(sorted(set(present.get(participant.code, ())) & set(event.days)))
        if len(days) >= required:
            code = verification_code(event.name, participant.code, participant.name)
            issued.append(Issued(participant, code, days, session_minutes(programme, days)))
        else:
            missed = tuple(day for day in event.days if day not in days)
            not_issued.append(NotIssued(participant, days, missed))
    return issued, not_issued


def issue_certificates(
    event: EventFolder,
    curriculum: Curriculum,
    participants: list[Participant],
    present: Mapping[str, Collection[int]],
    lang: str,
) -> CertificateResult:
    """Certificates for the participants present on enough days (`present`: participant code → days, 1-based),
    written to `<event>/output/certificates/` in `lang`; nothing is written anywhere else."""
    programme = _programme(event, curriculum)
    province = curriculum.province
    required = programme.spec.certificate.required_days(len(event.days))
    issued, not_issued = sort_out(event, programme, participants, present)
    final = event.output / CERTIFICATES
    result = CertificateResult(final, issued, not_issued, required)
    dates = format_date_span(event.spec.dates, lang)
    # The last day of the event, not the clock: the same data give the same PDFs, byte for byte.
    created = iso_timestamp(dt.datetime.combine(max(event.spec.dates), dt.time(), dt.UTC))
    organisers = province.event.organisers[lang] if province.event and province.event.organisers else None
    signatories = [role[lang] for role in province.event.signatories] if province.event else []
    common = {
        "created": created,
        "description": None,
        "programme": programme,
        "province_name": province.name[lang],
        "dates": dates,
    }
    jobs = []
    for entry in issued:
        details = label("certificate_details", lang, province=province.name[lang], dates=dates,
                        hours=label("hours", lang, hours=format_hours(entry.minutes, lang)))  # fmt: skip
        html = render_html("certificate.html.j2", lang, **common, title=f"{label('certificate', lang)}: "
                           f"{programme.spec.title[lang]}", context_line="", participant=entry.participant,
                           verification=entry.verification, details=details, organisers=organisers,
                           signatories=signatories)  # fmt: skip
        jobs.append((html, entry.participant.code))
    if programme.spec.certificate.min_days == "all":
        rule = label("certificate_rule_all", lang, days=len(event.days))
    else:
        rule = label("certificate_rule_min", lang, required=required, days=len(event.days))
    listing = render_html("certificates-issued.html.j2", lang, **common,
                          title=f"{label('certificates_issued', lang)}: {programme.spec.title[lang]}",
                          context_line=" · ".join(["Lokalatih", programme.spec.short_title[lang],
                                                   province.name[lang]]),
                          issued=issued, not_issued=not_issued, rule=rule, day_list=_days,
                          counts=label("certificates_count", lang, issued=len(issued),
                                       not_issued=len(not_issued)))  # fmt: skip

    # Written beside the final folder, then swapped in: a failed run leaves the previous certificates as they were.
    building = event.output / f".{CERTIFICATES}.tmp-{os.getpid()}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    try:
        _render_all([(html, building / f"{code}.pdf") for html, code in jobs] + [(listing, building / f"{ISSUED}.pdf")])
        (building / f"{ISSUED}.csv").write_text(_csv(result), encoding="utf-8")
        shutil.rmtree(final, ignore_errors=True)
        building.replace(final)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return result
