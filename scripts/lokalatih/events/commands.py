"""`lokalatih event new | sheets | attendance | enter | evaluate | certificates | report`: the command line of
running an event. Each command reads the event folder and writes only under its output/ (or where --out says)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

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
    evaluate = sub.add_parser("evaluate", help="summarise the evaluation forms of one event, or of several pooled")
    evaluate.add_argument("events", nargs="+", type=Path, help="event folder(s); several are pooled form by form")
    evaluate.add_argument("--lang", choices=["id", "en"], help="language of the summary (default: the event's)")
    evaluate.add_argument("--out", type=Path, help="folder for evaluation.json|.html|.pdf (default: <event>/output/; "
                          "required for several events)")  # fmt: skip


def run_event_command(root: Path, args: argparse.Namespace) -> int:
    if args.event_command == "new":
        return _new(root, args)
    if args.event_command == "evaluate":
        return _evaluate(args)
    raise AssertionError(args.event_command)


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
    shown = folder.relative_to(Path.cwd()) if folder.is_relative_to(Path.cwd()) else folder
    print(f"wrote {shown}/: fill in participants.csv (or participants.xlsx), then `lokalatih event sheets {shown}`")
    return 0


def _shown(path: Path) -> Path:
    return path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path


def _evaluate(args: argparse.Namespace) -> int:
    import sys

    from lokalatih.events.evaluation import pool, read_evaluations, summarise, write_summary
    from lokalatih.events.folder import EventRefused, open_event
    from lokalatih.labels import label

    events = [open_event(path) for path in args.events]
    lang = args.lang or events[0].spec.language
    if len(events) > 1 and args.out is None:
        raise EventRefused([label("msg_evaluation_out", lang)])
    read = [read_evaluations(event, lang) for event in events]
    form, forms, problems = pool(read, lang)
    summary = summarise(form, forms, [event.name for event in events], problems)
    for problem in problems:
        print(problem, file=sys.stderr)
    when = dt.datetime.now(dt.UTC).replace(microsecond=0)
    paths = write_summary(summary, args.out or events[0].output, lang, when)
    print(label("msg_evaluation_done", lang, forms=summary.n_forms, events=len(events), problems=len(problems),
                path=_shown(paths[1])))  # fmt: skip
    return 0
