"""axe-core in Chromium on every kind of generated page of both programmes, in both languages: no serious or critical
violation; and on the kinds of page that hold every colour the site sets, in a browser set to dark as well (the site
follows it). Where a page has a glossary term, the first one is open while axe looks (its bubble is audited on the
pages audited whole).

The site's frame (header, navigation, footer) is the same on every page of a language, except for which programme's
section is open; it is audited whole on the home page, one page of each programme and the 404 page. On the other
page kinds axe audits the page's own content: checking the colour contrast of the long navigation again on every
page would be most of the time of this gate and would find nothing new.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import REPO

pytestmark = pytest.mark.browser

AXE = REPO / "tests" / "oracles" / "node_modules" / "axe-core" / "axe.min.js"
WHOLE = "document"
CONTENT = {"include": [[".md-content"]]}
PAGE_KINDS = {
    "home": ("", WHOLE),
    "workshop overview": ("workshop/", CONTENT),
    "workshop agenda": ("workshop/agenda/", CONTENT),
    "workshop participant page": ("workshop/w03-legal-framework/", WHOLE),
    "workshop session plan": ("workshop/w03-legal-framework/facilitator/", CONTENT),
    "training overview": ("training/", CONTENT),
    "training agenda": ("training/agenda/", CONTENT),
    # t06's wide tables scroll sideways: the keyboard must reach them (scrollable-region-focusable)
    "training participant page": ("training/t06-strategic-compliance/", WHOLE),
    "training session plan": ("training/t06-strategic-compliance/facilitator/", CONTENT),
    "province": ("province/", CONTENT),
    "glossary": ("glossary/", CONTENT),
    "downloads": ("downloads/", CONTENT),
    "references": ("references/", CONTENT),
    "translation status": ("translations/", CONTENT),
    "contact status": ("contacts/", CONTENT),
    "404": ("404.html", WHOLE),
}


def _tab(browser: Any, scheme: str) -> Iterator[Any]:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `make test`, which installs tests/oracles")
    context = browser.new_context(color_scheme=scheme)
    context.add_init_script(path=str(AXE))
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def tab(browser: Any) -> Iterator[Any]:
    """One tab for every page; axe is injected into each page as it loads."""
    yield from _tab(browser, "light")


@pytest.fixture(scope="module")
def dark_tab(browser: Any) -> Iterator[Any]:
    """The same in a browser set to dark: the site follows it (Material's `slate` scheme, lokalatih.css's colours)."""
    yield from _tab(browser, "dark")


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["id", "en"])
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_no_serious_or_critical_violations(tab: Any, site_url: str, prefix: str, kind: str) -> None:
    assert_no_serious_violations(tab, f"{site_url}/{prefix}", kind, "default")


# In the dark scheme, the kinds that hold every colour the site sets: the frame (audited whole), running text and
# links, wide tables, glossary terms, the facilitator blocks of the session plans, the province's contacts. The other
# kinds are made of the same parts; auditing them again in the dark would cost the test budget and find nothing new.
DARK_KINDS = [
    "home",
    "workshop participant page",
    "workshop session plan",
    "training participant page",
    "training session plan",
    "province",
]


@pytest.mark.parametrize("prefix", ["", "en/"], ids=["id", "en"])
@pytest.mark.parametrize("kind", DARK_KINDS)
def test_no_serious_or_critical_violations_in_the_dark(dark_tab: Any, site_url: str, prefix: str, kind: str) -> None:
    assert_no_serious_violations(dark_tab, f"{site_url}/{prefix}", kind, "slate")


def assert_no_serious_violations(tab: Any, root: str, kind: str, scheme: str) -> None:
    path, context = PAGE_KINDS[kind]
    tab.goto(f"{root}{path}", wait_until="load")
    assert tab.locator("body").get_attribute("data-md-color-scheme") == scheme
    # A glossary term's bubble open, so that its colours are audited too (glossary-tips.js).
    tab.evaluate("() => { const term = document.querySelector('article abbr.lk-term'); if (term) term.click() }")
    audited = "document" if context == WHOLE else context
    result = tab.evaluate(
        "async (context) => await axe.run(context === 'document' ? document : context, {resultTypes: ['violations']})",
        audited,
    )
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], "\n".join(serious)


def test_every_table_is_a_keyboard_region_named_by_the_heading_above_it(tab: Any, site_url: str) -> None:
    regions = []
    # The province page (figures, institutions; services once a contact is published) and the contact status page.
    for path in ("en/province/", "en/contacts/"):
        tab.goto(f"{site_url}/{path}", wait_until="load")
        regions += tab.evaluate(
            """() => [...document.querySelectorAll('article table')].map(table => {
                const region = table.closest('[role=region]');
                const name = region && document.getElementById(region.getAttribute('aria-labelledby'));
                const above = name && (name.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING);
                return [region && region.tabIndex, name && name.tagName, Boolean(above)];
            })"""
        )
    assert len(regions) >= 3
    # Each in a focusable region named by a heading above it (the contact status page's table by its title).
    assert all(region in ([0, "H2", True], [0, "H1", True]) for region in regions), regions
