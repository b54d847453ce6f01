"""Shared fixtures: a tiny kit to break on purpose, the real kit built once, a local web server, a browser."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
# What a build reads; copied so tests never touch the developer's own site/ or dist/.
SOURCES = ("mkdocs.yml", "overrides", "modules", "docs", "provinces")


def copy_kit(source: Path, target: Path, with_site_layer: bool = True) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        origin = source / name
        if not origin.exists() and with_site_layer:
            origin = REPO / name  # the minikit borrows the real site layer
        if origin.is_dir():
            shutil.copytree(origin, target / name)
        elif origin.exists():
            shutil.copy2(origin, target / name)
    return target


def _shared_temp(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder all xdist workers of this run share (each worker's own temp folder sits inside it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(autouse=True)
def not_on_github_actions(monkeypatch: pytest.MonkeyPatch) -> None:
    """On GitHub Actions the command line also prints annotations on stdout; tests see the same output everywhere
    (tests/test_annotations.py sets the variable where it means to)."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)


@pytest.fixture(scope="session", autouse=True)
def shared_pdf_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Throwaway kits share one PDF cache: an unchanged document renders once per test run, for every worker
    (cache files are written under a temporary name and renamed, so two workers never see half a PDF)."""
    previous = os.environ.get("LOKALATIH_PDF_CACHE")
    cache = _shared_temp(tmp_path_factory) / "pdf-cache"
    cache.mkdir(exist_ok=True)
    os.environ["LOKALATIH_PDF_CACHE"] = str(cache)
    yield
    if previous is None:
        os.environ.pop("LOKALATIH_PDF_CACHE", None)
    else:
        os.environ["LOKALATIH_PDF_CACHE"] = previous


@pytest.fixture
def minikit(tmp_path: Path) -> Path:
    """A one-module kit, valid as shipped: each test breaks one thing in it."""
    return copy_kit(FIXTURES / "minikit", tmp_path / "kit")


@pytest.fixture(scope="session")
def built_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real curriculum, built once for the whole run: the first worker to need it builds it, the other waits."""
    from filelock import FileLock

    from lokalatih.build import build_all

    shared = _shared_temp(tmp_path_factory)
    root = shared / "real-kit"
    with FileLock(str(shared / "real-kit.lock")):
        if not (root / "site" / "index.html").is_file():
            shutil.rmtree(root, ignore_errors=True)
            build_all(copy_kit(REPO, root), "sumatera-utara")
    return root


def tiny_png() -> bytes:
    """A valid 1×1 PNG, for texts that show an image."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b"")


AWKWARD = {
    "title": "Welcome & <rules> | more",
    "activity": "Agree & <decide> | vote",
    "term": "PMI & <worker> | migrant",
    "abbreviation_term": "P3MI & <agency> | company",
    "contact": "Help & <line> | hotline",
    "figure": "Workers & <families> | placed",
    "institution": "Office & <labour> | manpower",
    "problem": "Fees & <debts> | loans",
    "timeline": "2026 & <q1> | q2",
}


def _edit(kit: Path, relative: str, old: str, new: str) -> None:
    path = kit / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="session")
def awkward_kit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minikit built once with what careless content brings: `&`, `<` and `|` in titles, table cells and
    glossary terms, and images next to a session text and an authored page. Only English texts change, so the
    Indonesian PDFs come from the cache when another test built the minikit first."""
    from lokalatih.build import build_all

    kit = copy_kit(FIXTURES / "minikit", tmp_path_factory.mktemp("awkward") / "kit")
    module, glossary, profile = (
        "modules/demo/d01-welcome/module.yaml",
        "modules/glossary.yaml",
        "provinces/sumatera-utara.yaml",
    )
    _edit(kit, module, "  en: Welcome\n", f'  en: "{AWKWARD["title"]}"\n')
    _edit(kit, module, "en: Group agreements}", f'en: "{AWKWARD["activity"]}"}}')
    _edit(kit, glossary, "en: PMI (Indonesian migrant worker)}", f'en: "{AWKWARD["term"]}"}}')
    _edit(kit, glossary, "en: P3MI (private placement company)}", f'en: "{AWKWARD["abbreviation_term"]}"}}')
    _edit(kit, profile, "en: Sample service}", f'en: "{AWKWARD["contact"]}"}}')
    _edit(kit, profile, "capital: Medan\n", _AWKWARD_PROFILE_TABLES.format(**AWKWARD))
    (kit / "modules/demo/d01-welcome/images").mkdir()
    (kit / "modules/demo/d01-welcome/images/map.png").write_bytes(tiny_png())
    _edit(kit, "modules/demo/d01-welcome/participant.en.md", "## Reading\n", "## Reading\n\n![A map](images/map.png)\n")
    (kit / "docs/logo.png").write_bytes(tiny_png())
    _edit(kit, "docs/index.en.md", "# Sample home\n", "# Sample home\n\n![The kit's logo](logo.png)\n")
    build_all(kit, "sumatera-utara")
    return kit


_AWKWARD_PROFILE_TABLES = """capital: Medan
figures:
  - key: placed
    label: {{id: Penempatan, en: "{figure}"}}
    value: 1000
    year: 2024
    source: BP2MI
institutions:
  - key: office
    kind: other
    name: {{id: Dinas, en: "{institution}"}}
    role: {{id: Peran, en: Role}}
    source: Fixture
action_plan:
  - problem: {{id: Masalah, en: "{problem}"}}
    action: {{id: Aksi, en: Act}}
    lead: {{id: Pemimpin, en: Lead}}
    partners: {{id: Mitra, en: Partners}}
    timeline: "{timeline}"
    indicator: {{id: Indikator, en: Indicator}}
"""


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves like a static host: a missing address gets the root 404.html with status 404."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def serve_folder(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_SiteHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="session")
def site_url(built_kit: Path) -> Iterator[str]:
    server, url = serve_folder(built_kit / "site")
    yield url
    server.shutdown()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: run `make test`, which installs it")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def recording_phone(browser: Any) -> Iterator[Any]:
    """A fresh phone (empty cache, 390 × 844, touch) that records every request (`page.requests`) and may reach no
    other host than the test's own server."""
    from lokalatih.bench import PHONE

    context = browser.new_context(**PHONE)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    context.route(
        "http*://**/*",
        lambda route: route.continue_() if urlsplit(route.request.url).hostname == "127.0.0.1" else route.abort(),
    )
    page = context.new_page()
    page.requests = requests
    yield page
    context.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """One test that needs the real kit first, then every test that does not, then the rest of the kit's tests: with
    two workers, one builds the kit while the other runs the unit tests, instead of both waiting on the build."""

    def needs_the_kit(item: pytest.Item) -> bool:
        return "built_kit" in getattr(item, "fixturenames", ())

    kit = [item for item in items if needs_the_kit(item)]
    rest = [item for item in items if not needs_the_kit(item)]
    items[:] = kit[:1] + rest + kit[1:]
