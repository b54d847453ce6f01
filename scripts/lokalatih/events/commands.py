"""`lokalatih event new | sheets | attendance | enter | evaluate | certificates | report`: the command line of
running an event. Each command reads the event folder and writes only under its output/ (or where --out says)."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from lokalatih.labels import label

if TYPE_CHECKING:
    from lokalatih.events.folder import EventFolder
    from lokalatih.model.report import Attendance, EventSummary, Share

EVENTS_DIR = "events"


def add_event_commands(event: argparse.ArgumentParser) -> None:
    sub = event.add_subparsers(dest="event_command", required=True)
    new = sub.add_parser("new", help="create an event folder with its participant list and entry files")
    new.add_argument("province", help="province profile, e.g. sumatera-utara")
    new.add_argument("programme", help="workshop or training")
    new.add_argument("--date", type=dt.date.fromisoformat, help="first day, YYYY-MM-DD (default: the profile's)")
    new.add_argument("--seats", type=int, help="planned participants (default: the programme's room size)")
    new.add_argument("--lang", choices=["id", "en"], default="id", help="language of sheets, certificates, report")
    new.add_argument("--events-dir", type=Path, help="where event folders live (default: events/ in the kit)")

    def with_lang(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("--lang", choices=["id", "en"], help="language (default: the event's, in event.yaml)")
        return parser

    sheets = with_lang(sub.add_parser("sheets", help="print the code list and each day's sign-in sheet"))
    sheets.add_argument("event", type=Path, help="the event folder")
    attendance = with_lang(sub.add_parser("attendance", help="who came: women's share per day, group, district"))
    attendance.add_argument("event", type=Path, help="the event folder")
    enter = with_lang(sub.add_parser("enter", help="type in answer sheets, checked as typed; appends to test-*.csv"))
    enter.add_argument("event", type=Path, help="the event folder")
    enter.add_argument("test", choices=["pre", "post"], help="which test's answer sheets")
    certificates = with_lang(sub.add_parser("certificates", help="a certificate per participant who attended enough "
                                            "days, and the organisers' list of them"))  # fmt: skip
    certificates.add_argument("event", type=Path, help="the event folder")
    report = with_lang(sub.add_parser("report", help="one report of one event or several (all provinces)"))
    report.add_argument("events", type=Path, nargs="+", help="event folders")
    report.add_argument("--out", type=Path, help="report folder (default: <event>/output/report/ for one event)")
    evaluate = with_lang(sub.add_parser("evaluate", help="summarise the evaluation forms of one event or several"))
    evaluate.add_argument("events", type=Path, nargs="+", help="event folders; several are pooled form by form")
    evaluate.add_argument("--out", type=Path, help="folder for evaluation.json|.html|.pdf (default: <event>/output/; "
                          "required for several events)")  # fmt: skip


def run_event_command(root: Path, args: argparse.Namespace) -> int:
    commands = {
        "new": _new, "sheets": _sheets, "attendance": _attendance, "enter": _enter, "evaluate": _evaluate,
        "certificates": _certificates, "report": _report,
    }  # fmt: skip
    return commands[args.event_command](root, args)


def _opened(path: Path, lang: str | None) -> tuple[EventFolder, str]:
    """The event folder and the language to speak: --lang, or else the event's own."""
    from lokalatih.events.folder import open_event

    event = open_event(path)
    return event, lang or event.spec.language


def _shown(path: Path) -> str:
    """A path as the user can type it again: relative to where they are, when it is below."""
    cwd = Path.cwd()
    return str(path.relative_to(cwd) if path.is_absolute() and path.is_relative_to(cwd) else path)


def _new(root: Path, args: argparse.Namespace) -> int:
    from lokalatih.events.create import create_event
    from lokalatih.events.folder import EventRefused
    from lokalatih.loader import load_curriculum

    curriculum = load_curriculum(root, args.province)
    programme = next((p for p in curriculum.programmes if p.id == args.programme), None)
    if programme is None:
        known = ", ".join(p.id for p in curriculum.programmes)
        raise EventRefused([f"programme '{args.programme}' does not exist; the kit has {known}"])
    folder = create_event(args.events_dir or root / EVENTS_DIR, curriculum, programme, args.date, args.seats,
                          args.lang)  # fmt: skip
    shown = _shown(folder)
    print(f"wrote {shown}/: fill in participants.csv (or participants.xlsx), then `lokalatih event sheets {shown}`")
    return 0


def _sheets(root: Path, args: argparse.Namespace) -> int:
    from lokalatih.events.participants import read_participants
    from lokalatih.events.sheets import print_sheets

    event, lang = _opened(args.event, args.lang)
    participants = read_participants(event, lang)
    for path in print_sheets(root, event, participants, lang):
        print(label("cli_wrote", lang, path=_shown(path)))
    return 0


def _attendance(root: Path, args: argparse.Namespace) -> int:
    from lokalatih.events.attendance import AttendanceTally, event_summary, read_attendance
    from lokalatih.events.participants import read_roster

    event, lang = _opened(args.event, args.lang)
    roster = read_roster(event, lang)
    attendance = read_attendance(event, roster, lang)
    summary = event_summary(event, roster.members, attendance)
    out = event.output / "attendance.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(summary.model_dump_json(indent=2) + "\n", encoding="utf-8")
    pooled = AttendanceTally()
    pooled.add_event(event.spec.province, roster.members, attendance)
    _print_attendance(summary, pooled.result(), lang)
    print(label("cli_wrote", lang, path=_shown(out)))
    return 0


# Words that say a text is not final yet ("nama perlu dikonfirmasi", "to be confirmed").
UNCONFIRMED = re.compile(r"perlu dikonfirmasi|belum dikonfirmasi|to be confirmed|unconfirmed|\bTODO\b", re.IGNORECASE)


def _certificates(root: Path, args: argparse.Namespace) -> int:
    from lokalatih.events.attendance import read_attendance
    from lokalatih.events.certificates import issue_certificates
    from lokalatih.events.participants import read_participants
    from lokalatih.loader import load_curriculum

    event, lang = _opened(args.event, args.lang)
    participants = read_participants(event, lang)
    attendance = read_attendance(event, participants, lang)
    curriculum = load_curriculum(root, event.spec.province)
    result = issue_certificates(event, curriculum, participants.participants, attendance.present, lang)
    print(label("cli_certificates", lang, issued=len(result.issued), without=len(result.not_issued),
                required=result.required_days, days=len(event.days), folder=_shown(result.folder)))  # fmt: skip
    print(label("cli_issued_list", lang, pdf=_shown(result.issued_pdf), csv=_shown(result.issued_csv)))
    # The profile may still say that a name awaits confirmation (the pilot's did): it would be on every certificate.
    organisers = curriculum.province.event.organisers if curriculum.province.event else None
    if organisers and UNCONFIRMED.search(organisers[lang]):
        where = f"provinces/{curriculum.province.slug}.yaml event.organisers.{lang}"
        print(label("cli_organisers_unconfirmed", lang, where=where, text=organisers[lang]), file=sys.stderr)
    return 0


def _print_attendance(event: EventSummary, pooled: Attendance, lang: str) -> None:
    from lokalatih.events.attendance import TARGET_WOMEN_SHARE
    from lokalatih.formatting import format_number
    from lokalatih.labels import STAKEHOLDER_GROUPS

    heads = [label("attended", lang), label("women", lang), "%"]
    widths = [max(5, len(head)) for head in heads]

    def line(name: str, share: Share) -> str:
        value = "–" if share.women_share is None else f"{format_number(100 * share.women_share, lang, 0)}%"
        met = label("yes" if share.target_met else "no", lang)
        cells = [str(share.n), str(share.women), value]
        return f"  {name:<40} " + "  ".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True)) + f"  {met}"

    target = format_number(100 * TARGET_WOMEN_SHARE, lang, 0)
    print(f"{label('attendance_heading', lang)} ({label('women', lang)} ≥ {target}%)")
    print(f"  {'':<40} " + "  ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)))
    for day in event.days:
        print(line(f"{label('day', lang)} {day.day}", day))
    print(line(label("all_participants", lang), pooled.attended))
    for group, share in pooled.by_group.items():
        print(line(STAKEHOLDER_GROUPS.get(group, {lang: group})[lang], share))
    for district, share in pooled.by_district.items():
        print(line(district, share))


SHOWN_PROBLEMS = 20  # on the terminal; all of them are in the report folder's data-problems.txt


def _report(root: Path, args: argparse.Namespace) -> int:
    from lokalatih.events.folder import EventRefused
    from lokalatih.events.report import build_report, open_events
    from lokalatih.scoring.problems import PROBLEMS_FILE
    from lokalatih.scoring.report import write_report

    events = open_events(args.events)
    lang = args.lang or events[0].spec.language
    if args.out is None and len(events) > 1:
        raise EventRefused([label("msg_report_needs_out", lang)])
    out = args.out or events[0].output / "report"
    _refuse_inside_an_event(out, lang)
    data = build_report(events, lang)
    report = data.report
    title, provinces = _names(root, events[0].spec.programme, lang)
    try:
        paths = write_report(report, data.people, data.problems, out, lang, title, provinces,
                             dt.datetime.now(dt.UTC).replace(microsecond=0))  # fmt: skip
    finally:
        data.problems.close()
    for problem in report.data_problems[:SHOWN_PROBLEMS]:
        print(problem, file=sys.stderr)
    if report.n_data_problems > SHOWN_PROBLEMS:
        print(label("cli_more_problems", lang, more=report.n_data_problems - SHOWN_PROBLEMS,
                    path=_shown(out / PROBLEMS_FILE)), file=sys.stderr)  # fmt: skip
    print(label("cli_report_done", lang, attended=report.attendance.attended.n, tested=report.n_participants,
                notes=report.n_data_problems))  # fmt: skip
    for path in paths:
        print(label("cli_wrote", lang, path=_shown(path)))
    return 0


def _refuse_inside_an_event(out: Path, lang: str) -> None:
    """A report folder inside an event folder must be under its output/: the report writes participant-scores.csv
    and other files that must never land beside, or over, the files people fill in."""
    from lokalatih.events.folder import EVENT_FILE, OUTPUT, EventRefused

    target = out.resolve()
    for folder in (target, *target.parents):
        if (folder / EVENT_FILE).is_file() and not target.is_relative_to(folder / OUTPUT):
            raise EventRefused([label("msg_report_out_in_event", lang, path=_shown(out), event=folder.name)])


def _names(root: Path, programme: str, lang: str) -> tuple[str, dict[str, str]]:
    """The programme's title and the provinces' names from the kit's sources, when they are at hand; ids otherwise."""
    from lokalatih.events.folder import kit_spec
    from lokalatih.model.programme import ProgrammeSpec
    from lokalatih.model.province import ProvinceSpec

    spec = kit_spec(root, f"modules/{programme}/programme.yaml", ProgrammeSpec)
    provinces = [
        kit_spec(root, f"provinces/{path.name}", ProvinceSpec) for path in sorted((root / "provinces").glob("*.yaml"))
    ]
    names = {province.slug: province.name[lang] for province in provinces if province is not None}
    return (spec.title[lang] if spec else programme), names


def _evaluate(root: Path, args: argparse.Namespace) -> int:
    from lokalatih.events.evaluation import pool, read_evaluations, summarise, write_summary
    from lokalatih.events.folder import EventRefused, open_event

    events = [open_event(path) for path in args.events]
    lang = args.lang or events[0].spec.language
    if len(events) > 1 and args.out is None:
        raise EventRefused([label("msg_evaluation_out", lang)])
    form, forms, problems = pool([read_evaluations(event, lang) for event in events], lang)
    summary = summarise(form, forms, [event.name for event in events], problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    paths = write_summary(summary, args.out or events[0].output, lang, when)
    print(label("msg_evaluation_done", lang, forms=summary.n_forms, events=len(events), problems=len(problems),
                path=_shown(paths[1])))  # fmt: skip
    return 0


def _enter(root: Path, args: argparse.Namespace) -> int:
    from lokalatih.events.entry import enter_answers

    with contextlib.suppress(ImportError):  # line editing, and Up for the line just refused, where there is one
        import readline  # noqa: F401

    event, lang = _opened(args.event, args.lang)

    def ask(prompt: str) -> str | None:
        try:
            return input(prompt)
        except (EOFError, KeyboardInterrupt):
            print()
            return None

    enter_answers(event, args.test, lang, ask, print)
    return 0
