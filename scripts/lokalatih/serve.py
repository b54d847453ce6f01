"""`lokalatih serve`: a live preview. Edits to modules/, docs/ or provinces/ show without a restart.

A watcher regenerates build/docs and build/mkdocs.yml when a source changes; MkDocs' own server watches those and
rebuilds and reloads the page. Content errors are printed and the last good pages stay up.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from lokalatih.build import build_dir, prepare_site_sources
from lokalatih.catalog import build_catalog
from lokalatih.curriculum import Curriculum
from lokalatih.errors import CROSS_FILE_CHECKS_SKIPPED, ContentErrors
from lokalatih.loader import load_curriculum
from lokalatih.site.pages import sizes_in

WATCHED = ("modules", "docs", "provinces")
DEBOUNCE_SECONDS = 0.3


def regenerate(root: Path, province: str) -> bool:
    """Regenerate the pages; on content errors print them and keep the previous pages."""
    try:
        curriculum = load_curriculum(root, province)
    except ContentErrors as errors:
        for error in errors.errors:
            print(error, file=sys.stderr)
        if errors.cross_file_checks_skipped:
            print(f"lokalatih: {CROSS_FILE_CHECKS_SKIPPED}", file=sys.stderr)
        print("lokalatih: fix the errors above; the preview keeps the last good pages", file=sys.stderr)
        return False
    _prepare(root, curriculum)
    return True


class _Regenerator(FileSystemEventHandler):
    def __init__(self, root: Path, province: str) -> None:
        self.root = root
        self.province = province
        self.timer: threading.Timer | None = None
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("opened", "closed_no_write"):
            return
        with self.lock:  # editors write in bursts: regenerate once per burst
            if self.timer is not None:
                self.timer.cancel()
            self.timer = threading.Timer(DEBOUNCE_SECONDS, regenerate, (self.root, self.province))
            self.timer.daemon = True
            self.timer.start()


def serve(root: Path, province: str, address: str) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    curriculum = load_curriculum(root, province)  # refuse to start on broken content
    config_file = _prepare(root, curriculum)
    observer = Observer()
    handler = _Regenerator(root, province)
    for name in WATCHED:
        if (root / name).is_dir():
            observer.schedule(handler, str(root / name), recursive=True)
    observer.start()
    from mkdocs.commands.serve import serve as mkdocs_serve

    try:
        mkdocs_serve(config_file=str(config_file), livereload=True, dev_addr=address)
    finally:
        observer.stop()
        observer.join()


def _prepare(root: Path, curriculum: Curriculum) -> Path:
    catalog = build_catalog(curriculum)
    size = sizes_in(root / "site" / "downloads")
    # A preview is never published: a profile with placeholders left shows, with the draft banner on every page.
    draft = bool(curriculum.placeholders)
    # live_preview: no service worker, so that an edit always shows (and one a built site left here is removed).
    return prepare_site_sources(
        root, curriculum, catalog, build_dir(root) / "serve-site", size=size, draft=draft, live_preview=True
    )
