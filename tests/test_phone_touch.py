"""Reading on a phone (390 × 844, touch): glossary terms open on a tap and by the keyboard; the colour scheme follows
the phone's setting and the header's toggle, in the page's language."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from lokalatih.formatting import plain_text
from lokalatih.labels import label

from .conftest import REPO

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}
# A participant page that uses several glossary abbreviations, in each language.
READING = "workshop/w03-legal-framework/"
PREFIX = {"id": "", "en": "en/"}


def _phone(browser: Any, site_url: str, **options: Any) -> Any:
    context = browser.new_context(**PHONE, **options)
    host = urlsplit(site_url).netloc
    context.route(
        "**/*", lambda route: route.continue_() if urlsplit(route.request.url).netloc == host else route.abort()
    )
    return context


@pytest.fixture
def phone(browser: Any, site_url: str) -> Iterator[Any]:
    context = _phone(browser, site_url)
    yield context.new_page()
    context.close()


def _first_term(page: Any) -> Any:
    """The first glossary abbreviation of the article, scrolled into view."""
    term = page.locator("article abbr.lk-term").first
    term.scroll_into_view_if_needed()
    return term


@functools.cache
def glossary_definitions(lang: str) -> dict[str, str]:
    """What the glossary defines each abbreviation as, read from modules/glossary.yaml."""
    spec = yaml.safe_load((REPO / "modules" / "glossary.yaml").read_text(encoding="utf-8"))
    return {t["abbreviation"]: plain_text(t["definition"][lang]) for t in spec["terms"] if t.get("abbreviation")}


def assert_open(page: Any, term: Any) -> None:
    tip = page.locator("#lk-term-tip")
    meaning = term.get_attribute("data-lk-meaning")
    assert meaning, "the term keeps its meaning"
    assert tip.is_visible() and tip.locator("strong").inner_text() == meaning
    assert term.get_attribute("aria-expanded") == "true"
    # The glossary's definition follows what the abbreviation stands for (loaded on the first reach for a term).
    lang = page.evaluate("document.documentElement.lang")
    definition = glossary_definitions(lang)[term.inner_text().strip()]
    tip.locator(".lk-term-tip__definition").wait_for(state="visible", timeout=10_000)
    assert tip.locator(".lk-term-tip__definition").inner_text() == definition
    # Screen readers hear it: the polite live region holds the meaning and definition while the bubble is open.
    assert page.locator(".lk-term-tip__speaker[role=status]").text_content() == f"{meaning}. {definition}"
    box, width = tip.bounding_box(), page.viewport_size["width"]
    assert box["x"] >= 0 and box["x"] + box["width"] <= width, box  # on the screen, not beyond its edge


def assert_closed(page: Any, term: Any) -> None:
    assert page.locator("#lk-term-tip").is_hidden()
    assert term.get_attribute("aria-expanded") == "false"
    assert page.locator(".lk-term-tip__speaker").text_content() == ""


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_tap_opens_a_glossary_term_and_a_second_tap_closes_it(phone: Any, site_url: str, lang: str) -> None:
    phone.goto(f"{site_url}/{PREFIX[lang]}{READING}")
    terms = phone.locator("article abbr.lk-term")
    assert terms.count() >= 3
    # No title is left to show a second, mouse-only tooltip; the term is a toggle button the keyboard reaches.
    assert phone.locator("article abbr.lk-term[title]").count() == 0
    term = _first_term(phone)
    assert (term.get_attribute("role"), term.get_attribute("tabindex")) == ("button", "0")
    assert_closed(phone, term)
    term.tap()
    assert_open(phone, term)
    term.tap()
    assert_closed(phone, term)


def test_escape_a_tap_elsewhere_or_another_term_closes_the_open_term(phone: Any, site_url: str) -> None:
    phone.goto(f"{site_url}/{READING}")
    term = _first_term(phone)
    term.tap()
    assert_open(phone, term)
    phone.keyboard.press("Escape")
    assert_closed(phone, term)
    term.tap()
    phone.locator("article h1").tap()
    assert_closed(phone, term)
    term.tap()
    # A term the open bubble does not cover (the bubble below a term may hide the next line's terms).
    other = phone.locator("article abbr.lk-term").last
    other.scroll_into_view_if_needed()
    other.tap()
    assert term.get_attribute("aria-expanded") == "false"
    assert_open(phone, other)


def test_the_keyboard_opens_and_closes_a_glossary_term(phone: Any, site_url: str) -> None:
    phone.goto(f"{site_url}/{READING}")
    term = _first_term(phone)
    term.focus()
    phone.keyboard.press("Enter")
    assert_open(phone, term)
    phone.keyboard.press("Escape")
    assert_closed(phone, term)
    assert phone.evaluate("() => document.activeElement.classList.contains('lk-term')")  # the focus stays put
    phone.keyboard.press("Space")
    assert_open(phone, term)
    phone.keyboard.press("Enter")
    assert_closed(phone, term)
    phone.keyboard.press("Enter")
    phone.keyboard.press("Tab")  # moving on closes it
    assert_closed(phone, term)


def test_a_mouse_still_opens_a_term_on_hover(browser: Any, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{site_url}/en/{READING}")
    term = _first_term(page)
    term.hover()
    assert_open(page, term)
    page.mouse.move(0, 0)
    assert_closed(page, term)
    context.close()


# The phone set to dark on an Indonesian page, to light on an English one (test_build checks both toggles' names in
# both languages).
@pytest.mark.parametrize(
    ("lang", "setting", "scheme", "toggle"),
    [("id", "dark", "slate", "to_light_mode"), ("en", "light", "default", "to_dark_mode")],
)
def test_the_colour_scheme_follows_the_phone_and_the_toggle(
    browser: Any, site_url: str, lang: str, setting: str, scheme: str, toggle: str
) -> None:
    context = _phone(browser, site_url, color_scheme=setting)
    page = context.new_page()
    page.goto(f"{site_url}/{PREFIX[lang]}{READING}")
    assert page.locator("body").get_attribute("data-md-color-scheme") == scheme
    button = page.locator("form[data-md-component=palette] label:visible")
    assert button.count() == 1
    assert button.get_attribute("title") == label(toggle, lang)
    button.tap()
    other = "default" if scheme == "slate" else "slate"
    page.wait_for_function(f"() => document.body.dataset.mdColorScheme === '{other}'")
    # The reader's choice holds on the next page, whatever the phone says.
    page.goto(f"{site_url}/{PREFIX[lang]}glossary/")
    assert page.locator("body").get_attribute("data-md-color-scheme") == other
    context.close()
