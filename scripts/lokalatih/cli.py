"""`lokalatih check | build | serve | event | schemas`: the one entry point for authors, facilitators and CI."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lokalatih.errors import CROSS_FILE_CHECKS_SKIPPED, BuildFailed, ContentErrors
from lokalatih.loader import DEFAULT_PROVINCE, UnknownProvince, load_curriculum

EXIT_OK = 0
EXIT_CONTENT = 2
EXIT_BUILD = 1


def _report(errors: ContentErrors) -> int:
    for error in errors.errors:
        print(error, file=sys.stderr)
    count = len(errors.errors)
    skipped = f" ({CROSS_FILE_CHECKS_SKIPPED})" if errors.cross_file_checks_skipped else ""
    print(f"{count} error{'s' if count != 1 else ''} in the content{skipped}; nothing was built.", file=sys.stderr)
    return EXIT_CONTENT


def _check(root: Path, province: str, strict: bool = False) -> int:
    from lokalatih.scaffold import province_gaps
    from lokalatih.translations import Freshness

    curriculum = load_curriculum(root, province)
    for gap in province_gaps(root, province, curriculum.province):
        print(f"warning: {gap}", file=sys.stderr)
    drifted = [t for t in curriculum.translations if t.freshness != Freshness.CURRENT]
    for status in drifted:
        where = status.translation.relative_to(root).as_posix()
        source = status.source.relative_to(root).as_posix()
        if status.freshness == Freshness.STALE:
            why = f"{source} changed since this translation (recorded {status.recorded}, now {status.fingerprint})"
        else:
            why = f"no translation-of line: it does not say which version of {source} it translates"
        print(f"warning: {where}:1:1: stale translation: {why}; update it, then `lokalatih translated {where}`",
              file=sys.stderr)  # fmt: skip
    if strict and drifted:
        print(f"{len(drifted)} stale translation(s); --strict fails on them.", file=sys.stderr)
        return EXIT_CONTENT
    modules = len(curriculum.modules)
    print(
        f"OK: {len(curriculum.programmes)} programmes, {modules} modules, {len(curriculum.glossary.terms)} "
        f"glossary terms, {len(curriculum.pages)} pages, province {curriculum.province.slug}"
    )
    return EXIT_OK


def _build(root: Path, province: str, site_url: str | None) -> int:
    from lokalatih.build import build_all  # imports MkDocs: keep `check` light

    def report(message: str) -> None:
        print(f"lokalatih: {message}", file=sys.stderr, flush=True)

    result = build_all(root, province, site_url=site_url, progress=sys.stderr.isatty(), report=report)
    print(f"Site:              {result.site_dir}/index.html")
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
        files = sorted(p for folder in ("modules", "docs") for p in (root / folder).rglob("*.en.md"))
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
    translated = commands.add_parser("translated", help="record that English texts match their Indonesian source")
    translated.add_argument("files", nargs="*", type=Path, help="*.en.md files you have brought up to date")
    translated.add_argument("--all", action="store_true", help="every English text (first adoption only)")
    build = with_province(commands.add_parser("build", help="check, then build the site and the facilitator kit"))
    build.add_argument(
        "--site-url",
        help="public address of the site, e.g. https://example.org/lokalatih/ (canonical links and sitemap; "
        "without it neither is written)",
    )
    serve = with_province(commands.add_parser("serve", help="preview the site; rebuilds when a source changes"))
    serve.add_argument("--address", default="127.0.0.1:8000", help="host:port to serve on")
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
            return _check(root, args.province, args.strict)
        if args.command == "translated":
            return _translated(root, args.files, args.all)
        if args.command == "build":
            return _build(root, args.province, args.site_url)
        if args.command == "serve":
            return _serve(root, args.province, args.address)
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
