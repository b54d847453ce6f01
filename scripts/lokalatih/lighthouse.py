"""Lighthouse's mobile audit of the built site, for `make bench`: performance, accessibility, best practices and
SEO of the home page, a participant page and a session plan, in both languages.

The site is served with gzip, as a static host would serve it (Lighthouse's simulated slow 4G phone then sees the
bytes a phone would get). Lighthouse 12.2.3 is pinned in tests/lighthouse/ (Lighthouse 13 needs Node 22) and drives
Debian's Chromium; `make bench` installs it.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import subprocess
import tempfile
import threading
from pathlib import Path
from typing import Any

from lokalatih.bench import CHROMIUM, FIRST_VIEW_PAGES

LIGHTHOUSE = Path(__file__).resolve().parents[2] / "tests" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LANGUAGE_PREFIXES = {"id": "", "en": "en/"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """A static host: files gzipped for browsers that accept it, cacheable for ten minutes."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self) -> Any:
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or not path.is_file():
            return super().send_head()
        data = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(data)


def _audit(url: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        subprocess.run(
            [
                str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
                f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync",
            ],
            check=True, env={**os.environ, "CHROME_PATH": CHROMIUM}, timeout=300,
        )  # fmt: skip
        categories = json.loads(report.read_text(encoding="utf-8"))["categories"]
    return {name: categories[name]["score"] for name in CATEGORIES}


def lighthouse_scores(site: Path) -> dict[str, dict[str, float]]:
    """Scores per page ("participant_page/en") and category; the site served with gzip on this machine."""
    handler = functools.partial(GzipHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        return {
            f"{kind}/{lang}": _audit(f"{base}/{prefix}{page.removesuffix('index.html')}")
            for lang, prefix in LANGUAGE_PREFIXES.items()
            for kind, page in FIRST_VIEW_PAGES.items()
        }
    finally:
        server.shutdown()
