"""What a reader does in a real browser (Debian's Chromium through Playwright): switch language, search, get lost."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "",
    "workshop/",
    "workshop/agenda/",
    "workshop/w03-legal-framework/",
    "training/t04-trafficking-forced-labour/facilitator/",
    "glossary/",
]


@pytest.fixture
def page(browser: Any, site_url: str) -> Iterator[Any]:
    context = browser.new_context()
    requests: list[str] = []
    failures: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    context.on("response", lambda response: failures.append(response.url) if response.status >= 400 else None)
    # Nothing may leave the machine: anything not the site's own host is refused, and recorded above.
    host = urlsplit(site_url).netloc
    context.route(
        "**/*", lambda route: route.continue_() if urlsplit(route.request.url).netloc == host else route.abort()
    )
    tab = context.new_page()
    tab.requests = requests
    tab.failures = failures
    yield tab
    context.close()


def test_language_switcher_leads_to_the_same_page_in_the_other_language(page: Any, site_url: str) -> None:
    for path in PAGES:
        page.goto(f"{site_url}/{path}")
        assert page.locator("html").get_attribute("lang") == "id"
        page.locator(".md-header__option .md-select__link[hreflang='en']").first.dispatch_event("click")
        page.wait_for_url(f"{site_url}/en/{path}")
        assert page.locator("html").get_attribute("lang") == "en"
        page.locator(".md-header__option .md-select__link[hreflang='id']").first.dispatch_event("click")
        page.wait_for_url(f"{site_url}/{path}")
        assert page.locator("html").get_attribute("lang") == "id"


def _search(page: Any, query: str) -> list[str]:
    """Type a query into Material's search and return the result links once they are for this query."""
    box = page.locator("input.md-search__input")
    box.click()
    box.fill("")
    page.wait_for_function("() => document.querySelectorAll('.md-search-result__item').length === 0")
    box.press_sequentially(query)  # Material searches on key events; fill() alone is not always seen
    items = page.locator(".md-search-result__item")
    items.first.wait_for(state="attached", timeout=30_000)
    return [str(href) for href in items.locator("a").evaluate_all("links => links.map(a => a.href)")]


def test_search_on_indonesian_pages_finds_only_indonesian_pages(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/workshop/")
    # P3MI is written in the pages of both languages: only the Indonesian ones may come back.
    links = _search(page, "P3MI")
    assert links
    assert all(not urlsplit(link).path.startswith("/en/") for link in links), links
    assert _search(page, "perdagangan orang")


def test_search_on_english_pages_finds_only_english_pages(page: Any, site_url: str) -> None:
    page.goto(f"{site_url}/en/training/")
    links = _search(page, "P3MI")
    assert links
    assert all(urlsplit(link).path.startswith("/en/") for link in links), links
    assert _search(page, "trafficking")
    assert page.locator(".md-search-result__meta").inner_text().strip() != ""


def test_404_page_in_each_language(page: Any, site_url: str) -> None:
    response = page.goto(f"{site_url}/tidak-ada/")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == "id"
    assert page.locator("h1").inner_text() == "Halaman tidak ditemukan"
    page.goto(f"{site_url}/en/no-such-page/")
    page.wait_for_url(f"{site_url}/en/404.html")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Page not found"


THEME_TEXTS = {
    "id": {
        "search": "Cari",
        "skip": "Lewati ke isi",
        "toc": "Daftar isi",
        "made": "Dibuat dengan",
        "next": "Selanjutnya",
    },
    "en": {
        "search": "Search",
        "skip": "Skip to content",
        "toc": "Table of contents",
        "made": "Made with",
        "next": "Next",
    },
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_theme_texts_follow_the_page_language(page: Any, site_url: str, lang: str) -> None:
    texts = THEME_TEXTS[lang]
    page.goto(f"{site_url}/{'' if lang == 'id' else 'en/'}workshop/agenda/")
    assert page.locator("input.md-search__input").get_attribute("placeholder") == texts["search"]
    assert page.locator(".md-skip").inner_text().strip() == texts["skip"]
    assert page.locator(".md-nav--secondary > .md-nav__title").last.inner_text().strip() == texts["toc"]
    assert page.locator(".md-copyright").inner_text().strip().startswith(texts["made"])
    assert page.locator(".md-footer__link--next .md-footer__direction").inner_text().strip() == texts["next"]


def test_pages_request_nothing_from_other_hosts_and_nothing_missing(page: Any, site_url: str) -> None:
    for path in PAGES:
        for prefix in ("", "en/"):
            page.goto(f"{site_url}/{prefix}{path}", wait_until="networkidle")
    host = urlsplit(site_url).netloc
    outside = [url for url in page.requests if urlsplit(url).netloc != host and not url.startswith("data:")]
    assert outside == []
    assert len(page.requests) > len(PAGES)  # the recorder saw the pages themselves
    assert page.failures == []  # and no request was wasted on something missing


def test_admonition_titles_follow_the_page_language(page: Any, site_url: str, built_kit: Any) -> None:
    from lokalatih.labels import block_titles

    indonesian = block_titles("id")
    with_admonitions = sorted(
        path.parent.relative_to(built_kit / "site").as_posix()
        for path in (built_kit / "site").rglob("index.html")
        if 'class="admonition' in path.read_text(encoding="utf-8")
        and "/en/" not in f"/{path.parent.relative_to(built_kit / 'site').as_posix()}/"
    )
    assert with_admonitions, "the curriculum should use at least one admonition"
    for path in with_admonitions[:3]:
        page.goto(f"{site_url}/{path}/")
        titles = page.locator(".admonition-title").all_inner_texts()
        assert titles and not set(titles) & {"Note", "Tip", "Warning", "Info", "Danger", "Example"}, (path, titles)
        page.goto(f"{site_url}/en/{path}/")
        english = page.locator(".admonition-title").all_inner_texts()
        assert len(english) == len(titles)
        assert not set(english) & set(indonesian.values()) - {"Info"}, (path, english)
