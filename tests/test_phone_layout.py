"""Reading on a cheap Android phone (390 × 844, touch): no page scrolls sideways, tables wrap or scroll inside their
own box with a shadow at the edge they continue past, and the keyboard still reaches them; on a laptop (1366 px)
the province's services directory shows when each contact was checked without scrolling."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .conftest import serve_folder
from .test_accessibility import PAGE_KINDS

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True, "device_scale_factor": 1}
LAPTOP = {"viewport": {"width": 1366, "height": 768}}


@pytest.fixture(scope="module")
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["id", "en"])
def test_no_page_kind_scrolls_sideways_on_a_phone(phone: Any, site_url: str, prefix: str) -> None:
    wide = []
    for kind, (path, _) in PAGE_KINDS.items():
        phone.goto(f"{site_url}/{prefix}{path}", wait_until="load")
        # A page wider than the screen also widens the layout viewport of a phone (innerWidth > 390): check both.
        widths = phone.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
        if not widths[0] <= widths[1] == 390:
            wide.append(f"{kind}: scrollWidth {widths[0]}, innerWidth {widths[1]}")
    assert wide == []


def test_the_services_directory_fits_a_phone_and_a_laptop(browser: Any, awkward_url: str) -> None:
    """When each published contact was checked is on screen without scrolling the table or the page: on a laptop,
    where the last column used to sit past the edge (the first column did not wrap), and on a phone. (The real
    profiles publish no contact yet: the minikit's has one.)"""
    for options in (LAPTOP, PHONE):
        context = browser.new_context(**options)
        tab = context.new_page()
        for prefix in ("", "en/"):
            tab.goto(f"{awkward_url}/{prefix}province/", wait_until="load")
            region = tab.locator("[role=region][aria-labelledby=services]")
            statuses = region.locator("tbody tr td:last-child")
            assert statuses.count() >= 1
            box = region.bounding_box()
            assert region.evaluate("r => r.scrollWidth <= r.clientWidth"), (options, prefix)
            for index in range(statuses.count()):
                cell = statuses.nth(index).bounding_box()
                assert box["x"] <= cell["x"] and cell["x"] + cell["width"] <= box["x"] + box["width"] + 0.5
                assert cell["x"] + cell["width"] <= options["viewport"]["width"], (options, prefix)
        context.close()


def _edge_darkness(png: bytes) -> tuple[float, float]:
    """How much darker than the middle column the leftmost and the rightmost 6 pixel columns are, on average."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    width, height = image.size

    def mean(x0: int, x1: int) -> float:
        values = [image.getpixel((x, y)) for x in range(x0, x1) for y in range(0, height, 2)]
        return sum(values) / len(values)

    middle = mean(width // 2 - 3, width // 2 + 3)
    return middle - mean(0, 6), middle - mean(width - 6, width)


@pytest.fixture(scope="module")
def awkward_url(awkward_kit: Path) -> Iterator[str]:
    server, url = serve_folder(awkward_kit / "site")
    yield url
    server.shutdown()


def test_a_wide_table_scrolls_in_its_box_with_a_shadow_where_it_continues(phone: Any, awkward_url: str) -> None:
    """The minikit's action plan has seven columns: too wide for a phone. Its box scrolls (the page does not), shows a
    shadow at the edge the table continues past and none at the edge it ends at."""
    phone.goto(f"{awkward_url}/en/province/", wait_until="load")
    plan = phone.locator("[role=region][aria-labelledby=joint-action-plan-tracker]")
    fits = phone.locator("[role=region][aria-labelledby=institutions-in-the-province]")
    assert plan.evaluate("r => r.scrollWidth > r.clientWidth + 50")
    assert phone.evaluate("() => document.documentElement.scrollWidth <= innerWidth && innerWidth == 390")
    # Only the box's own background is measured: the table's text is hidden, its size kept.
    phone.add_style_tag(content=".lk-table table { visibility: hidden; }")
    left, right = _edge_darkness(plan.screenshot())
    assert right > 15 and left < 3, (left, right)
    plan.evaluate("r => { r.scrollLeft = r.scrollWidth }")
    left, right = _edge_darkness(plan.screenshot())
    assert left > 15 and right < 3, (left, right)
    # A table that fits shows no shadow. (Centred first: scrolled in at the top, the sticky header would cover it.)
    assert fits.evaluate("r => r.scrollWidth <= r.clientWidth")
    fits.evaluate("r => r.scrollIntoView({block: 'center'})")
    left, right = _edge_darkness(fits.screenshot())
    assert left < 3 and right < 3, (left, right)


def test_the_keyboard_scrolls_a_wide_table_on_a_phone(phone: Any, awkward_url: str) -> None:
    phone.goto(f"{awkward_url}/en/province/", wait_until="load")
    plan = phone.locator("[role=region][aria-labelledby=joint-action-plan-tracker]")
    assert plan.get_attribute("tabindex") == "0"
    plan.focus()
    for _ in range(5):
        phone.keyboard.press("ArrowRight")
    phone.wait_for_function("r => r.scrollLeft > 0", arg=plan.element_handle(), timeout=2000)
