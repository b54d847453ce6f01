"""The offline bundle, unzipped and opened from file:// in Chromium with every network request refused."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def offline_root(built_kit: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    bundle = built_kit / "dist" / "offline" / "lokalatih-sumatera-utara.zip"
    target = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(target)
    return target / "lokalatih-sumatera-utara"


@pytest.fixture
def offline_page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    context.route("http*://**/*", lambda route: route.abort())  # no network at the venue
    page = context.new_page()
    page.requests = requests
    yield page
    context.close()


def test_bundle_has_a_note_in_both_languages(offline_root: Path) -> None:
    note = (offline_root / "BACA-SAYA_README.txt").read_text(encoding="utf-8")
    assert "buka berkas index.html" in note and "open index.html" in note
    assert (offline_root / "index.html").is_file() and (offline_root / "en" / "index.html").is_file()
    assert (offline_root / "search" / "search_index.js").is_file()
    assert (offline_root / "en" / "search" / "search_index.js").is_file()


def test_navigation_languages_and_search_work_from_file_urls(offline_page: Any, offline_root: Path) -> None:
    page = offline_page
    home = offline_root.as_uri()
    page.goto(f"{home}/workshop/index.html")
    assert page.locator("html").get_attribute("lang") == "id"
    page.locator(".md-header__option .md-select__link[hreflang='en']").first.dispatch_event("click")
    page.wait_for_url(f"{home}/en/workshop/index.html")
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator("a.md-nav__link", has_text="Agenda").first.click()
    page.wait_for_url(f"{home}/en/workshop/agenda.html")
    box = page.locator("input.md-search__input")
    box.click()
    box.press_sequentially("P3MI")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(state="attached", timeout=30_000)
    links = results.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert links and all(link.startswith(f"{home}/en/") for link in links), links
    target = Path(unquote(urlsplit(links[0]).path))
    assert target.is_file()
    assert [url for url in page.requests if not url.startswith(("file:", "data:", "blob:", "about:"))] == []


def test_downloads_open_from_the_bundle(offline_page: Any, offline_root: Path) -> None:
    page = offline_page
    page.goto(f"{offline_root.as_uri()}/training/t03-journey-map/facilitator.html")
    hrefs = page.locator("a[download]").evaluate_all("links => links.map(a => a.href)")
    assert any("worksheet-t03-journey-map.id.pdf" in href for href in hrefs)
    # The session's slides travel with the bundle, in both formats.
    assert any("slides-t03-journey-map.id.pdf" in href for href in hrefs)
    assert any("slides-t03-journey-map.id.pptx" in href for href in hrefs)
    for href in hrefs:
        assert Path(unquote(urlsplit(href).path)).is_file(), href


def test_glossary_terms_open_on_a_tap_from_the_bundle(browser: Any, offline_root: Path) -> None:
    """glossary-tips.js is one of the bundle's own files: a tap on a term works at a venue without a server, and the
    glossary's definition (a script of the bundle, not a fetch) shows too."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    context.route("http*://**/*", lambda route: route.abort())
    page = context.new_page()
    page.goto(f"{offline_root.as_uri()}/en/workshop/w03-legal-framework/index.html")
    term = page.locator("article abbr.lk-term").first
    term.scroll_into_view_if_needed()
    term.tap()
    tip = page.locator("#lk-term-tip")
    assert tip.is_visible() and tip.locator("strong").inner_text() == term.get_attribute("data-lk-meaning")
    tip.locator(".lk-term-tip__definition").wait_for(state="visible", timeout=10_000)
    term.tap()
    assert tip.is_hidden()
    assert [url for url in requests if not url.startswith(("file:", "data:", "blob:", "about:"))] == []
    context.close()
