"""`lokalatih check | build | serve | contacts | event | schemas`: one entry point for authors, facilitators, CI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lokalatih.annotations import annotate
from lokalatih.errors import CROSS_FILE_CHECKS_SKIPPED, BuildFailed, ContentError, ContentErrors
from lokalatih.loader import DEFAULT_PROVINCE, UnknownProvince, load_curriculum
from lokalatih.placeholders import PlaceholdersLeft, refuse_placeholders

EXIT_OK = 0
EXIT_CONTENT = 2
EXIT_BUILD = 1


def _report(errors: ContentErrors) -> int:
    for error in errors.errors:
        print(error, file=sys.stderr)
    annotate("error", errors.errors)
    count = len(errors.errors)
    if isinstance(errors, PlaceholdersLeft):
        print(f"{count} placeholder{'s' if count != 1 else ''} left in the province profile; nothing was built: "
              f"{PlaceholdersLeft.HINT}.", file=sys.stderr)  # fmt: skip
        return EXIT_CONTENT
    skipped = f" ({CROSS_FILE_CHECKS_SKIPPED})" if errors.cross_file_checks_skipped else ""
    print(f"{count} error{'s' if count != 1 else ''} in the content{skipped}; nothing was built.", file=sys.stderr)
    return EXIT_CONTENT


def _warn(warnings: list[ContentError]) -> None:
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    annotate("warning", warnings)


def _check(root: Path, province: str, strict: bool = False, draft: bool = False) -> int:
    """Every gap of the profile (placeholders are errors, as for `build`, unless `draft`) and stale translations."""
    from lokalatih.contacts import contact_warnings
    from lokalatih.reproducible import source_date
    from lokalatih.scaffold import province_gaps
    from lokalatih.translations import Freshness

    curriculum = load_curriculum(root, province)
    placeholders = curriculum.placeholders
    gaps = province_gaps(root, province, curriculum.province, placeholders)
    # Contacts are counted to the build's date, so that `check` warns about exactly what a build of this commit
    # leaves out.
    gaps += contact_warnings(root, province, curriculum.province, source_date(root).date())
    _warn(sorted([*gaps, *placeholders]) if draft else gaps)
    drifted = [t for t in curriculum.translations if t.freshness != Freshness.CURRENT]
    stale = []
    for status in drifted:
        where = status.translation.relative_to(root).as_posix()
        source = status.source.relative_to(root).as_posix()
        if status.freshness == Freshness.STALE:
            why = f"{source} changed since this translation (recorded {status.recorded}, now {status.fingerprint})"
        else:
            why = f"no translation-of line: it does not say which version of {source} it translates"
        stale.append(ContentError(where, 1, 1, "", f"stale translation: {why}; update it, then "
                                                    f"`lokalatih translated {where}`"))  # fmt: skip
    _warn(stale)
    refuse_placeholders(placeholders, draft)
    if strict and drifted:
        print(f"{len(drifted)} stale translation(s); --strict fails on them.", file=sys.stderr)
        return EXIT_CONTENT
    modules = len(curriculum.modules)
    print(
        f"OK: {len(curriculum.programmes)} programmes, {modules} modules, {len(curriculum.glossary.terms)} "
        f"glossary terms, {len(curriculum.pages)} pages, province {curriculum.province.slug}"
    )
    return EXIT_OK


def _build(root: Path, province: str, site_url: str | None, draft: bool) -> int:
    from lokalatih.build import build_all  # imports MkDocs: keep `check` light

    def report(message: str) -> None:
        print(f"lokalatih: {message}", file=sys.stderr, flush=True)

    result = build_all(root, province, site_url=site_url, progress=sys.stderr.isatty(), report=report, draft=draft)
    if draft:
        print("DRAFT: every page, PDF and slide deck is marked as not for publication")
    # The site's links are folders (training/ → training/index.html), which a browser follows only from a server.
    print(
        f"Site:              {result.site_dir}/ (serve it: make serve, or python3 -m http.server -d {result.site_dir})"
    )
    offline = result.kit_dir.parent / "offline" / f"lokalatih-{province}.zip"
    print(f"Without a server:  {offline} (unzip, open index.html)")
    print(f"Slides and prints: {result.site_dir}/downloads/ (slides-<session>.<lang>.pdf and .pptx)")
    print(f"Facilitator kit:   {result.kit_dir}/")
    return EXIT_OK


def _serve(root: Path, province: str, address: str) -> int:
    from lokalatih.serve import serve

    serve(root, province, address)
    return EXIT_OK


def _translated(root: Path, files: list[Path], every: bool) -> int:
    from lokalatih.translations import mark_translated

    if every:
        files = sorted(p for folder in ("modules", "docs", "provinces") for p in (root / folder).rglob("*.en.md"))
    if not files:
        print("error: name the English texts you brought up to date (or --all)", file=sys.stderr)
        return EXIT_CONTENT
    for path in files:
        try:
            fingerprint = mark_translated(path if path.is_absolute() else Path.cwd() / path)
        except (OSError, ValueError) as error:
            print(f"error: {error}", file=sys.stderr)
            return EXIT_CONTENT
        print(f"{path}: translates {path.name.removesuffix('.en.md')}.id.md {fingerprint}")
    return EXIT_OK


def _new_province(root: Path, slug: str, name: str, name_en: str | None) -> int:
    from lokalatih.scaffold import ScaffoldRefused, new_province

    try:
        path = new_province(root, slug, name, name_en)
    except ScaffoldRefused as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_CONTENT
    print(f"wrote {path.relative_to(root)}: fill in its TODOs, then `lokalatih check --province {slug}`")
    return EXIT_OK


def _event(root: Path, args: argparse.Namespace) -> int:
    """`lokalatih event …`: the commands of running an event (events/commands.py)."""
    from lokalatih.events.commands import run_event_command
    from lokalatih.events.folder import EventRefused
    from lokalatih.tables import TableUnreadable

    try:
        return run_event_command(root, args)
    except EventRefused as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        return EXIT_CONTENT
    except TableUnreadable as unreadable:  # a file read row by row can turn out unreadable halfway through
        print(unreadable, file=sys.stderr)
        return EXIT_CONTENT


def _contacts(root: Path, province: str, on: str | None) -> int:
    from lokalatih.contacts_report import contacts_table, parse_day

    try:
        today = parse_day(on)
    except ValueError as error:
        print(f"error: --on: {error}", file=sys.stderr)
        return EXIT_CONTENT
    curriculum = load_curriculum(root, province)
    print(contacts_table(curriculum.province, today))
    return EXIT_OK


def _schemas(root: Path) -> int:
    from lokalatih.schemas import export_schemas

    for path in export_schemas(root / "schemas"):
        print(f"wrote {path.relative_to(root)}")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="lokalatih", description=__doc__)
    main_parser.add_argument("--root", type=Path, default=Path.cwd(), help="the kit's folder (default: here)")
    commands = main_parser.add_subparsers(dest="command", required=True)

    def with_province(sub: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sub.add_argument("--province", default=DEFAULT_PROVINCE, help=f"province profile (default {DEFAULT_PROVINCE})")
        return sub

    check = with_province(commands.add_parser("check", help="validate every source; build nothing"))
    check.add_argument("--strict", action="store_true", help="fail on stale translations too (CI)")
    check.add_argument("--draft", action="store_true", help="list placeholders left in the profile as warnings")
    translated = commands.add_parser("translated", help="record that English texts match their Indonesian source")
    translated.add_argument("files", nargs="*", type=Path, help="*.en.md files you have brought up to date")
    translated.add_argument("--all", action="store_true", help="every English text (first adoption only)")
    build = with_province(commands.add_parser("build", help="check, then build the site and the facilitator kit"))
    build.add_argument(
        "--site-url",
        help="public address of the site, e.g. https://example.org/lokalatih/ (canonical links and sitemap; "
        "without it neither is written)",
    )
    build.add_argument(
        "--draft",
        action="store_true",
        help="build although the profile still has placeholders (TODO); every page, PDF and deck says DRAFT",
    )
    serve = with_province(commands.add_parser("serve", help="preview the site; rebuilds when a source changes"))
    serve.add_argument("--address", default="127.0.0.1:8000", help="host:port to serve on")
    contacts = with_province(commands.add_parser("contacts", help="each contact's status and the age of its check"))
    contacts.add_argument("--on", help="count ages to this day, YYYY-MM-DD (default: today)")
    commands.add_parser("schemas", help="export the JSON Schemas of every YAML kind into schemas/")
    scaffold = commands.add_parser("new-province", help="create a province profile to fill in")
    scaffold.add_argument("slug", help="e.g. nusa-tenggara-barat")
    scaffold.add_argument("--name", required=True, help="the province's name in Indonesian")
    scaffold.add_argument("--name-en", help="the English name, if it differs")
    from lokalatih.events.commands import add_event_commands

    add_event_commands(commands.add_parser("event", help="run an event: participants, attendance, tests, report"))
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    root = args.root.resolve()
    try:
        if args.command == "check":
            return _check(root, args.province, args.strict, args.draft)
        if args.command == "translated":
            return _translated(root, args.files, args.all)
        if args.command == "build":
            return _build(root, args.province, args.site_url, args.draft)
        if args.command == "serve":
            return _serve(root, args.province, args.address)
        if args.command == "contacts":
            return _contacts(root, args.province, args.on)
        if args.command == "new-province":
            return _new_province(root, args.slug, args.name, args.name_en)
        if args.command == "event":
            return _event(root, args)
        return _schemas(root)
    except ContentErrors as errors:
        return _report(errors)
    except BuildFailed as error:
        print(f"error: {error}; the previous site/ and dist/ are unchanged", file=sys.stderr)
        return EXIT_BUILD
    except UnknownProvince as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_CONTENT
