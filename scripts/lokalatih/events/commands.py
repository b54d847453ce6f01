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


def run_event_command(root: Path, args: argparse.Namespace) -> int:
    if args.event_command == "new":
        return _new(root, args)
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
