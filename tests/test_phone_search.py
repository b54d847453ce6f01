"""A participant's phone on metered data: the first view of a page fetches no search index and no search worker;
they load when the reader opens search, in the page's language, over http and from the offline bundle (file://)."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest

from lokalatih.bench import FIRST_VIEW_PAGES, first_view, first_view_bytes

pytestmark = pytest.mark.browser

SESSION_PLAN = "workshop/w03-legal-framework/facilitator/"
OFFLINE_SESSION_PLAN = "workshop/w03-legal-framework/facilitator.html"  # the bundle's page.html layout
# Each language's path prefix and a word its pages use.
LANGUAGES = {"id": ("", "perdagangan"), "en": ("en/", "trafficking")}


def _is_search(url: str) -> bool:
    path = urlsplit(url).path
    return "/search/search_index." in path or "/workers/search." in path


@pytest.fixture
def phone(recording_phone: Any) -> Any:
    """A fresh phone that records every request and may reach no other host than the test's (conftest)."""
    return recording_phone


def _open_search_and_type(page: Any, word: str) -> list[str]:
    """Tap the header's search button, type at once (no waiting for the index), and return the result links."""
    with page.expect_request(lambda request: "/search/search_index." in request.url):
        page.locator("label.md-header__button[for=__search]").tap()  # the download starts with the tap
    page.locator("input.md-search__input").press_sequentially(word)
    items = page.locator(".md-search-result__item")
    items.first.wait_for(state="attached", timeout=30_000)
    return [str(href) for href in items.locator("a").evaluate_all("links => links.map(a => a.href)")]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_first_view_over_http_fetches_no_search_until_search_opens(
    phone: Any, site_url: str, built_kit: Path, lang: str
) -> None:
    prefix, word = LANGUAGES[lang]
    phone.goto(f"{site_url}/{prefix}{SESSION_PLAN}", wait_until="networkidle")
    # networkidle: no request for 500 ms after load, long after Material asked for its index when it still did
    first_view = list(phone.requests)
    assert [url for url in first_view if _is_search(url)] == []
    weight = first_view_bytes(built_kit / "site", first_view)
    assert f"{prefix}{SESSION_PLAN}index.html" in weight and sum(weight.values()) <= 120_000, weight

    links = _open_search_and_type(phone, word)
    assert links and all(urlsplit(link).path.startswith("/en/") == (lang == "en") for link in links), links
    indexes = [urlsplit(url).path for url in phone.requests if "/search/search_index." in url]
    assert indexes == [f"/{prefix}search/search_index.json"]  # this language's index, once
    assert phone.locator("html").get_attribute("lang") == lang


def test_bench_measures_the_first_view_without_search(browser: Any, built_kit: Path) -> None:
    """`make bench`'s own measurement (its own server), on one page kind."""
    pages = {"session_plan": FIRST_VIEW_PAGES["session_plan"]}
    parts = first_view(built_kit / "site", pages, browser)["session_plan"]
    assert FIRST_VIEW_PAGES["session_plan"] in parts and "assets/javascripts/search-on-open.js" in parts, parts
    assert not any(_is_search(f"/{path}") for path in parts) and sum(parts.values()) <= 120_000, parts


@pytest.mark.parametrize("how", ["shortcut key", "?q= link"])
def test_other_ways_to_open_search_load_the_index(phone: Any, site_url: str, how: str) -> None:
    page = f"{site_url}/en/{SESSION_PLAN}"
    if how == "shortcut key":
        phone.goto(page, wait_until="networkidle")
        assert not any(_is_search(url) for url in phone.requests)
        phone.keyboard.press("/")
        phone.keyboard.type("trafficking")
    else:
        phone.goto(f"{page}?q=trafficking")  # a shared search link opens search with its query
    items = phone.locator(".md-search-result__item")
    items.first.wait_for(state="attached", timeout=30_000)
    assert all(urlsplit(href).path.startswith("/en/") for href in items.locator("a").evaluate_all(
        "links => links.map(a => a.href)"
    ))  # fmt: skip


def test_a_page_opened_from_a_search_result_highlights_the_words(phone: Any, site_url: str) -> None:
    # Material highlights the words of ?h= with the index's settings: that page loads the index (from the browser's
    # cache after a search), but not the worker.
    phone.goto(f"{site_url}/training/t04-trafficking-forced-labour/?h=perdagangan", wait_until="networkidle")
    phone.locator("article mark").first.wait_for(state="attached", timeout=30_000)
    assert "perdagangan" in phone.locator("article mark").first.inner_text().lower()
    assert [urlsplit(url).path for url in phone.requests if _is_search(url)] == ["/search/search_index.json"]


@pytest.fixture(scope="module")
def offline_root(built_kit: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("offline-phone")
    with zipfile.ZipFile(built_kit / "dist" / "offline" / "lokalatih-sumatera-utara.zip") as archive:
        archive.extractall(target)
    return target / "lokalatih-sumatera-utara"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_offline_bundle_loads_search_when_it_opens(phone: Any, offline_root: Path, lang: str) -> None:
    prefix, word = LANGUAGES[lang]
    home = offline_root.as_uri()
    phone.goto(f"{home}/{prefix}{OFFLINE_SESSION_PLAN}", wait_until="networkidle")
    assert [url for url in phone.requests if _is_search(url)] == []  # no index script, no worker
    assert phone.locator("iframe").count() == 0  # the worker from file:// is an iframe
    assert phone.evaluate("typeof __index") == "undefined"
    links = _open_search_and_type(phone, word)
    assert links and all(link.startswith(f"{home}/en/") == (lang == "en") for link in links), links
    assert Path(unquote(urlsplit(links[0]).path)).is_file()
    assert [url for url in phone.requests if not url.startswith(("file:", "data:", "blob:", "about:"))] == []
