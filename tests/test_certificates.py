"""Certificates: one A4 landscape page per participant present on enough days, read back with poppler (an
independent reader), the organisers' list of them, codes that stay the same from run to run, and the hours as the
programme's sources give them."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from lokalatih.cli import main
from lokalatih.curriculum import Curriculum
from lokalatih.events import codes
from lokalatih.events.attendance import read_attendance
from lokalatih.events.certificates import (
    CertificateResult,
    issue_certificates,
    session_minutes,
    sort_out,
    verification_code,
)
from lokalatih.events.folder import open_event
from lokalatih.events.participants import read_participants
from lokalatih.formatting import format_date_span, format_hours
from lokalatih.loader import load_curriculum
from lokalatih.model.programme import CertificateRule

from .events_data import CODES, KEY, make_event
from .pdf_fonts import foreign_fonts

REPO = Path(__file__).parent.parent
TRAINING_KEY = {**KEY, "programme": "training"}  # open_event only checks that key and event are one programme
A, B, C, D = CODES[:4]
PEOPLE = [
    [A, "Siti Rahmawati Panjaitan", "P", "government", "Dinas Tenaga Kerja Kota Medan", "Medan"],
    [B, "Budi Santoso", "L", "union", "Serikat Buruh Migran Indonesia", "Deli Serdang"],
    [C, "Rina Simanjuntak", "P", "cso", "Yayasan Pekerja Migran", "Medan"],
    [D, "Andi Lubis", "L", "p3mi", "PT Contoh Penempatan", "Binjai"],
]
# A and B came on both days, C only on day 1, D not at all: the training's rule is every day.
ATTENDANCE = [[A, "1", "1"], [B, "1", "x"], [C, "1", ""], [D, "", ""]]


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return load_curriculum(REPO, "sumatera-utara")


def run(event: Path, *extra: str) -> int:
    return main(["--root", str(REPO), "event", "certificates", str(event), *extra])


def pdf_text(path: Path) -> str:
    """The page's words with the line breaks of the layout taken out."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(text.split())


def page_sizes(path: Path) -> list[tuple[float, float]]:
    info = subprocess.run(["pdfinfo", "-l", "-1", str(path)], capture_output=True, text=True, check=True).stdout
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def files_outside_output(event: Path) -> dict[str, bytes]:
    return {p.relative_to(event).as_posix(): p.read_bytes() for p in event.rglob("*")
            if p.is_file() and "output" not in p.relative_to(event).parts}  # fmt: skip


def issued_rows(folder: Path) -> list[dict[str, str]]:
    with (folder / "issued.csv").open(encoding="utf-8", newline="") as table:
        return list(csv.DictReader(table))


def test_a_certificate_for_each_participant_present_every_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "sumatera-utara-training-2025-11-17", PEOPLE, attendance=ATTENDANCE, days=2,
                       key=TRAINING_KEY)  # fmt: skip
    before = files_outside_output(event)
    assert run(event, "--lang", "id") == 0
    out = event / "output" / "certificates"
    said = capsys.readouterr()
    assert said.out.startswith(  # in the language the command was run in
        "2 sertifikat; 2 peserta tanpa sertifikat (hadir kurang dari 2 dari 2 hari)"
    )
    # The pilot profile's organisers still await a name's confirmation: the command says so before anyone prints.
    assert "perhatian: teks penyelenggara di provinces/sumatera-utara.yaml event.organisers.id" in said.err
    assert "nama perlu dikonfirmasi" in said.err
    assert files_outside_output(event) == before  # the files people fill in are never rewritten
    assert sorted(p.name for p in (event / "output").rglob("*")) == sorted(
        ["certificates", f"{A}.pdf", f"{B}.pdf", "issued.csv", "issued.pdf"]
    )  # named by code: no name in a file name, nothing of C or D

    rows = issued_rows(out)
    assert [(r["participant"], r["name"], r["organisation"], r["days_present"]) for r in rows] == [
        (A, "Siti Rahmawati Panjaitan", "Dinas Tenaga Kerja Kota Medan", "1, 2"),
        (B, "Budi Santoso", "Serikat Buruh Migran Indonesia", "1, 2"),
    ]
    code_a = rows[0]["verification_code"]
    assert code_a == verification_code(event.name, A, "Siti Rahmawati Panjaitan")

    text = pdf_text(out / f"{A}.pdf")
    for expected in (
        "SERTIFIKAT",
        "diberikan kepada Siti Rahmawati Panjaitan Dinas Tenaga Kerja Kota Medan atas partisipasinya sebagai peserta",
        "Pelatihan Perekrutan yang Adil dan Pelindungan Responsif Gender bagi Pekerja Migran Indonesia",
        "yang diselenggarakan di Provinsi Sumatera Utara pada 17–18 November 2025, dengan kehadiran sesi selama "
        "14,25 jam",
        "Diselenggarakan oleh: BP3MI Sumatera Utara bersama jaringan masyarakat sipil pekerja migran",
        "Kepala BP3MI Sumatera Utara",  # the role under the blank signature line; no name, no image
        f"Kode verifikasi: {code_a}",
    ):
        assert expected in text
    assert A not in text  # the participant code links to test scores: it stays in the organisers' list

    listing = pdf_text(out / "issued.pdf")
    assert "Syarat sertifikat: hadir setiap hari (2 hari). 2 sertifikat diterbitkan; 2 peserta" in listing
    assert f"{code_a} {A} Siti Rahmawati Panjaitan" in listing
    assert "Tidak mendapat sertifikat" in listing
    assert f"{C} Rina Simanjuntak Yayasan Pekerja Migran 1 2" in listing  # present day 1, missed day 2
    assert f"{D} Andi Lubis PT Contoh Penempatan – 1, 2" in listing

    for pdf in (out / f"{A}.pdf", out / f"{B}.pdf", out / "issued.pdf"):
        assert foreign_fonts(pdf) == []
        data = pdf.read_bytes()
        assert str(tmp_path).encode() not in data and str(REPO).encode() not in data
    assert page_sizes(out / f"{A}.pdf") == [(841.89, 595.276)]  # one page, A4 landscape (297 × 210 mm)
    assert page_sizes(out / "issued.pdf") == [(595.276, 841.89)]


def issue(event: Path, curriculum: Curriculum) -> CertificateResult:
    """What `lokalatih event certificates` does, with the curriculum loaded once for the module."""
    folder = open_event(event)
    participants = read_participants(folder, folder.spec.language)
    present = read_attendance(folder, participants, folder.spec.language).present
    return issue_certificates(folder, curriculum, participants.participants, present, folder.spec.language)


def test_codes_are_stable_and_a_rerun_replaces_every_certificate(tmp_path: Path, curriculum: Curriculum) -> None:
    event = make_event(tmp_path / "sumatera-utara-training-2025-11-17", PEOPLE, attendance=ATTENDANCE, days=2,
                       key=TRAINING_KEY)  # fmt: skip
    out = issue(event, curriculum).folder
    first = issued_rows(out)
    first_a = (out / f"{A}.pdf").read_bytes()
    # The clerk corrects the attendance: B missed day 2 after all, C was there on both days.
    corrected = [[A, "1", "1"], [B, "1", ""], [C, "1", "1"], [D, "", ""]]
    with (event / "attendance.csv").open("w", encoding="utf-8", newline="") as sheet:
        csv.writer(sheet, lineterminator="\n").writerows([["code", "day1", "day2"], *corrected])
    issue(event, curriculum)
    second = issued_rows(out)
    assert [r["participant"] for r in second] == [A, C]
    assert second[0] == first[0]  # A's verification code is the same in every run
    assert (out / f"{A}.pdf").read_bytes() == first_a  # and so is A's certificate, byte for byte
    assert not (out / f"{B}.pdf").exists()  # no certificate is left over from a run before the correction
    issued = [first[0]["verification_code"], first[1]["verification_code"], second[1]["verification_code"]]
    assert len(set(issued)) == 3  # A, B and C each have their own
    assert all(re.fullmatch(f"[{codes.ALPHABET}]{{4}}-[{codes.ALPHABET}]{{4}}", code) for code in issued)


def test_a_province_without_signatories_builds_certificates_without_signature_lines(
    tmp_path: Path, curriculum: Curriculum
) -> None:
    """Jawa Timur's profile has no event yet: no organisers and no signatories. The certificate still builds, in the
    event's language (English here), with nothing made up in their place."""
    east_java = dataclasses.replace(curriculum, province=curriculum.provinces["jawa-timur"])
    event = make_event(tmp_path / "jawa-timur-workshop-2025-11-17", PEOPLE[:1], province="jawa-timur",
                       key={**KEY, "programme": "workshop"})  # fmt: skip
    result = issue(event, east_java)
    assert [entry.participant.code for entry in result.issued] == [A]
    certificate = result.certificate(A)
    text = pdf_text(certificate)
    assert "CERTIFICATE OF PARTICIPATION presented to Siti Rahmawati Panjaitan" in text
    assert "Workshop on Fair Recruitment and Gender-Responsive Supervision" in text
    assert "held in East Java on 17 November 2025, attending 6.75 hours of sessions" in text
    assert "Organised by" not in text and "BP3MI" not in text and "Head of" not in text
    assert page_sizes(certificate) == [(841.89, 595.276)]
    assert foreign_fonts(certificate) == []


def test_hours_are_the_sessions_of_the_days_attended_as_programme_yaml_schedules_them(curriculum: Curriculum) -> None:
    """Hours come from the agenda: the `duration` of every module that programme.yaml schedules on a day attended;
    registration, coffee, lunch and prayer, the opening and the closing ceremony are not sessions. Read here straight
    from the YAML files, beside the loader."""
    training = REPO / "modules" / "training"
    days = yaml.safe_load((training / "programme.yaml").read_text(encoding="utf-8"))["days"]
    per_day = [
        sum(yaml.safe_load((training / slot["module"] / "module.yaml").read_text(encoding="utf-8"))["duration"]
            for slot in day["sessions"] if "module" in slot)
        for day in days
    ]  # fmt: skip
    assert per_day == [420, 435]  # 07:45–17:30 less 165 minutes of breaks; 08:00–17:30 less 135
    programme = next(p for p in curriculum.programmes if p.id == "training")
    assert session_minutes(programme, {1}) == 420 and session_minutes(programme, {1, 2}) == 855
    assert (format_hours(855, "id"), format_hours(855, "en")) == ("14,25", "14.25")
    assert (format_hours(420, "id"), format_hours(720, "en"), format_hours(410, "id")) == ("7", "12", "6,83")


def test_the_programme_rule_decides_who_is_issued_one(tmp_path: Path, curriculum: Curriculum) -> None:
    event = open_event(make_event(tmp_path / "e", PEOPLE, days=2, key=TRAINING_KEY))
    people = read_participants(event, "en").participants
    present = {A: frozenset({1, 2}), B: frozenset({2}), C: frozenset({1, 3})}  # day 3 is not a day of this event
    training = next(p for p in curriculum.programmes if p.id == "training")
    issued, missing = sort_out(event, training, people, present)
    assert [(i.participant.code, i.days, i.minutes) for i in issued] == [(A, (1, 2), 855)]
    assert [(n.participant.code, n.days, n.missed) for n in missing] == [
        (B, (2,), (1,)),
        (C, (1,), (2,)),
        (D, (), (1, 2)),
    ]
    one_day = dataclasses.replace(
        training, spec=training.spec.model_copy(update={"certificate": CertificateRule(min_days=1)})
    )
    issued, missing = sort_out(event, one_day, people, present)
    assert [(i.participant.code, i.minutes) for i in issued] == [(A, 855), (B, 435), (C, 420)]  # the days they came
    assert [n.participant.code for n in missing] == [D]
    assert CertificateRule().required_days(2) == 2 and CertificateRule(min_days=5).required_days(2) == 2


def test_a_rule_asking_for_more_days_than_the_programme_has_is_an_error(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    programme = minikit / "modules" / "demo" / "programme.yaml"
    programme.write_text(programme.read_text(encoding="utf-8") + "certificate:\n  min_days: 2\n", encoding="utf-8")
    assert main(["--root", str(minikit), "check"]) == 2
    assert (
        "modules/demo/programme.yaml:16:13: certificate.min_days: a certificate needs 2 days present but the programme "
        "has 1 day(s); lower min_days or write `min_days: all`" in capsys.readouterr().err
    )


def test_verification_codes_are_derived_from_event_code_and_name() -> None:
    code = verification_code("sumatera-utara-training-2025-11-18", "ACDEF3", "Siti")
    assert code == verification_code("sumatera-utara-training-2025-11-18", "ACDEF3", "  Siti ")  # spaces do not count
    others = {
        verification_code("sumatera-utara-training-2025-11-18", "ACDEF4", "Siti"),
        verification_code("sumatera-utara-training-2025-11-18", "ACDEF3", "Sita"),
        verification_code("lampung-training-2025-11-18", "ACDEF3", "Siti"),
    }
    assert code not in others and len(others) == 3


@pytest.mark.parametrize(
    ("days", "lang", "expected"),
    [
        ([dt.date(2025, 11, 17)], "id", "17 November 2025"),
        ([dt.date(2025, 11, 19), dt.date(2025, 11, 18)], "en", "18–19 November 2025"),
        ([dt.date(2025, 11, 30), dt.date(2025, 12, 1)], "id", "30 November – 1 Desember 2025"),
        ([dt.date(2025, 12, 31), dt.date(2026, 1, 1)], "en", "31 December 2025 – 1 January 2026"),
        ([dt.date(2025, 11, 18), dt.date(2025, 11, 20)], "id", "18 November 2025 dan 20 November 2025"),
    ],
)
def test_event_dates_as_one_phrase(days: list[dt.date], lang: str, expected: str) -> None:
    """Consecutive days become a range; days with a gap are listed, so no day between is claimed."""
    assert format_date_span(days, lang) == expected
