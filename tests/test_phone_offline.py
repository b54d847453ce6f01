"""Readable offline after one visit, on a participant's phone (390×844, touch): tap "save for offline reading", go
offline, and the programme's participant pages and a handout still open, each saying when it was saved; a page never
opened nor saved shows the offline page; a new build replaces the cache and keeps what was saved; the file://
bundle offers nothing and logs no error.

Each test serves its own copy of the built site on its own port: another origin, so another service worker and other
caches. Going offline is real: the test's server is shut down as well as the browser context set offline (a
service worker's own requests may not follow the emulated offline state).
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import json
import shutil
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from lokalatih.bench import PHONE
from lokalatih.formatting import format_date, readable_size
from lokalatih.site.offline_reading import site_version, worker_script
from tests.conftest import serve_folder

pytestmark = pytest.mark.browser

TIMEZONE = "Asia/Jakarta"
SAVED_NOTE = {"id": "Disimpan untuk dibaca offline pada {date}", "en": "Saved for offline reading on {date}"}


@pytest.fixture(scope="module")
def site_copy(built_kit: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("offline-reading") / "site"
    shutil.copytree(built_kit / "site", target)
    return target


class _UnderSubPath(http.server.SimpleHTTPRequestHandler):
    """A host that publishes the site at /lokalatih/ (as GitHub Pages does a project's site)."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def translate_path(self, path: str) -> str:
        if not path.startswith(SUB_PATH):
            return str(Path(self.directory) / "no-such-file")
        return super().translate_path("/" + path.removeprefix(SUB_PATH))


SUB_PATH = "/lokalatih/"


def serve_under_sub_path(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_UnderSubPath, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}{SUB_PATH.rstrip('/')}"


class Phone:
    """A phone with its own origin: a server of `site` and a fresh browser context."""

    def __init__(self, browser: Any, site: Path, sub_path: bool = False) -> None:
        self.site = site
        self.server, self.url = serve_under_sub_path(site) if sub_path else serve_folder(site)
        self.context = browser.new_context(**PHONE, service_workers="allow", timezone_id=TIMEZONE)
        self.errors: list[str] = []
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def go_offline(self) -> None:
        self.context.set_offline(True)
        self.server.shutdown()
        self.server.server_close()

    def open(self, path: str) -> Any:
        return self.page.goto(f"{self.url}/{path}", wait_until="load")

    def save(self, lang: str, handouts: bool = True) -> None:
        """Tap the save button of the open page and wait until the programme is saved."""
        box = self.page.locator(".lk-offline")
        box.wait_for(state="visible")
        checkbox = box.locator("input[type=checkbox]")
        if checkbox.is_checked() != handouts:
            checkbox.tap()
        box.locator("button").tap()
        self.page.wait_for_function(
            "document.querySelector('.lk-offline').getAttribute('data-lk-state') === 'saved'", timeout=60_000
        )
        assert box.get_by_role("status").inner_text() == SAVED_NOTE[lang].format(date=today(lang))

    def close(self) -> None:
        self.context.close()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def phone(browser: Any, site_copy: Path) -> Iterator[Phone]:
    phone = Phone(browser, site_copy)
    yield phone
    phone.close()


def today(lang: str) -> str:
    return format_date(dt.datetime.now(ZoneInfo(TIMEZONE)).date(), lang)


def pack(site: Path, key: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((site / "offline" / f"{key}.json").read_text(encoding="utf-8"))
    return loaded


def page_heading(site: Path, address: str) -> str:
    from html.parser import HTMLParser

    class _H1(HTMLParser):
        inside = False
        text = ""

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.inside = self.inside or tag == "h1"

        def handle_endtag(self, tag: str) -> None:
            if tag == "h1":
                self.inside = False

        def handle_data(self, data: str) -> None:
            if self.inside and not self.text.endswith("¶"):
                self.text += data

    parser = _H1()
    parser.feed((site / address / "index.html").read_text(encoding="utf-8"))
    return parser.text.removesuffix("¶").strip()


def test_the_button_names_the_size_before_saving(phone: Phone) -> None:
    requests: list[str] = []
    phone.page.on("request", lambda request: requests.append(urlsplit(request.url).path))
    phone.page.goto(f"{phone.url}/workshop/w03-legal-framework/", wait_until="networkidle")
    # Before any touch: no worker and no script for it; the page's first view fetches nothing for reading offline.
    assert phone.page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
    assert not [path for path in requests if "offline" in path or path.endswith(("sw.js", ".webmanifest"))]
    sizes = pack(phone.site, "workshop.id")["bytes"]
    button = phone.page.get_by_role("button", name="Simpan untuk dibaca offline")
    assert (
        button.inner_text()
        == f"Simpan untuk dibaca offline ({readable_size(sizes['pages'] + sizes['handouts'], 'id')})"
    )
    phone.page.get_by_label("Sertakan handout peserta (PDF)").tap()  # without the handouts: the pages alone
    # The tap is the first touch: the script that swaps the size comes with it (expect waits for it).
    expect(button).to_have_text(f"Simpan untuk dibaca offline ({readable_size(sizes['pages'], 'id')})")
    assert sizes["pages"] < 3_000_000
    assert phone.page.get_by_role("status").count() == 1


def test_a_saved_programme_reads_offline_with_its_handouts(phone: Phone) -> None:
    phone.open("workshop/w03-legal-framework/")
    phone.save("id")
    saved = pack(phone.site, "workshop.id")
    phone.go_offline()
    for address in saved["pages"]:
        response = phone.open(address)
        assert response is not None and response.status == 200, address
        assert phone.page.locator("article h1").first.inner_text().removesuffix("¶").strip() == page_heading(
            phone.site, address
        )
        note = phone.page.locator("article .lk-saved-note")
        assert note.inner_text() == SAVED_NOTE["id"].format(date=today("id")), address
        assert phone.page.locator("html").get_attribute("lang") == "id"
    # A handout opens from the session's page: the download comes from the phone's copy.
    phone.open("workshop/w03-legal-framework/")
    link = phone.page.locator("article a[href*='handout-w03-legal-framework.id.pdf']").first
    with phone.page.expect_download() as download:
        link.tap()
    kept = Path(download.value.path()).read_bytes()
    assert kept == (phone.site / "downloads" / "handout-w03-legal-framework.id.pdf").read_bytes()
    # The other programme was neither saved nor opened: the offline page says so, in the page's language.
    response = phone.open("training/t04-trafficking-forced-labour/")
    assert response is not None and response.status == 503
    assert phone.page.locator("h1").inner_text() == "Halaman ini belum tersimpan"
    home = phone.page.get_by_role("link", name="Ke beranda")
    assert urlsplit(str(home.evaluate("a => a.href"))).path == "/"
    assert phone.errors == []


def test_english_pages_save_without_handouts_and_visited_pages_stay(phone: Phone) -> None:
    phone.open("en/training/")
    phone.save("en", handouts=False)
    phone.open("en/province/")  # opened, never saved: kept all the same
    phone.go_offline()
    for address in pack(phone.site, "training.en")["pages"]:
        response = phone.open(address)
        assert response is not None and response.status == 200, address
        assert phone.page.locator("article .lk-saved-note").inner_text() == SAVED_NOTE["en"].format(date=today("en"))
    response = phone.open("en/province/")
    assert response is not None and response.status == 200
    assert phone.page.locator("article .lk-saved-note").is_visible()
    handout = phone.page.evaluate(
        "fetch('../downloads/handout-t04-trafficking-forced-labour.en.pdf').then(r => r.status, () => 'failed')"
    )
    assert handout == "failed"  # unticked: the handouts were not kept
    response = phone.open("en/workshop/w01-opening/")
    assert response is not None and response.status == 503
    assert phone.page.locator("h1").inner_text() == "This page is not saved"
    assert phone.page.locator("html").get_attribute("lang") == "en"


def test_a_new_build_replaces_the_cache_and_keeps_the_saved_programme(
    browser: Any, built_kit: Path, tmp_path: Path
) -> None:
    site = tmp_path / "site"
    shutil.copytree(built_kit / "site", site)
    phone = Phone(browser, site)
    try:
        phone.open("workshop/w01-opening/")
        phone.save("id", handouts=False)
        caches = "caches.keys().then(keys => keys.filter(k => k.startsWith('lokalatih-') && k !== 'lokalatih-saved'))"
        old = phone.page.evaluate(caches)
        assert old == [f"lokalatih-{site_version(site)}"]
        # A new build: one reading changed, so every file's hash gives a new version, written into the worker.
        page = site / "workshop" / "w02-migration-data" / "index.html"
        page.write_text(page.read_text(encoding="utf-8").replace("</h1>", " (edisi baru)</h1>", 1), encoding="utf-8")
        version = site_version(site)
        (site / "sw.js").write_text(worker_script(version), encoding="utf-8")
        # A programme saved once that the new build no longer has: forgotten, it does not stop the update.
        saved_list = "caches.open('lokalatih-saved').then(c => c.match(location.origin + '/offline/saved.json'))"
        phone.page.evaluate(f"""async () => {{
            const packs = await (await {saved_list}).json();
            packs["retired.id"] = {{saved: packs["workshop.id"].saved, handouts: false}};
            await (await caches.open("lokalatih-saved")).put(
                location.origin + "/offline/saved.json", new Response(JSON.stringify(packs)));
        }}""")
        # The browser finds the new worker (it checks on every visit; here at once) and installs it: the worker is
        # "activated" once the old cache has gone.
        state = phone.page.evaluate("""async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            await registration.update();
            const worker = registration.installing || registration.waiting;
            return worker && new Promise(done => {
                const settled = () => ["activated", "redundant"].includes(worker.state) && done(worker.state);
                worker.addEventListener("statechange", settled);
                settled();
            });
        }""")
        assert state == "activated"
        assert phone.page.evaluate(caches) == [f"lokalatih-{version}"]
        assert list(phone.page.evaluate(f"{saved_list}.then(r => r.json())")) == ["workshop.id"]
        phone.go_offline()
        # The saved programme came again with the new version, before the old cache went.
        response = phone.open("workshop/w02-migration-data/")
        assert response is not None and response.status == 200
        assert "(edisi baru)" in phone.page.locator("article h1").first.inner_text()
        assert phone.page.locator("article .lk-saved-note").is_visible()
    finally:
        phone.close()


def test_a_site_under_a_sub_path_saves_and_reads_offline(browser: Any, site_copy: Path) -> None:
    """Without SITE_URL every address is relative: the worker's scope is wherever the site is published."""
    phone = Phone(browser, site_copy, sub_path=True)
    try:
        phone.open("workshop/w05-risks-by-stage/")
        phone.save("id", handouts=False)
        scope = phone.page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.scope)")
        assert urlsplit(scope).path == SUB_PATH
        phone.go_offline()
        for address in pack(phone.site, "workshop.id")["pages"]:
            response = phone.open(address)
            assert response is not None and response.status == 200, address
            assert phone.page.locator("article .lk-saved-note").is_visible(), address
        response = phone.open("training/")
        assert response is not None and response.status == 503
        home = phone.page.get_by_role("link", name="Ke beranda")
        assert urlsplit(str(home.evaluate("a => a.href"))).path == SUB_PATH
    finally:
        phone.close()


@pytest.fixture(scope="module")
def offline_bundle(built_kit: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("bundle")
    with zipfile.ZipFile(built_kit / "dist" / "offline" / "lokalatih-sumatera-utara.zip") as archive:
        archive.extractall(target)
    return target / "lokalatih-sumatera-utara"


@pytest.mark.parametrize("page", ["workshop/w03-legal-framework/index.html", "en/training/index.html", "index.html"])
def test_the_file_bundle_offers_no_saving_and_logs_no_error(browser: Any, offline_bundle: Path, page: str) -> None:
    context = browser.new_context(**PHONE)
    context.route("http*://**/*", lambda route: route.abort())
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: problems.append(str(error)))
    tab.goto(f"{offline_bundle.as_uri()}/{page}", wait_until="networkidle")
    assert tab.locator(".lk-offline").count() == 0 and tab.locator("link[rel=manifest]").count() == 0
    assert problems == []
    context.close()
    assert not (offline_bundle / "sw.js").exists()
