"""axe-core in Chromium on the pages readers use most, in both languages: no serious or critical violation."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .conftest import REPO

pytestmark = pytest.mark.browser

AXE = REPO / "tests" / "oracles" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = [
    "",
    "workshop/agenda/",
    "training/t04-trafficking-forced-labour/",
    "training/t04-trafficking-forced-labour/facilitator/",
]


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: run `make test`, which installs tests/oracles")
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()


@pytest.mark.parametrize("prefix", ["", "en/"])
@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_violations(page: Any, site_url: str, prefix: str, path: str) -> None:
    page.goto(f"{site_url}/{prefix}{path}", wait_until="networkidle")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == [], "\n".join(serious)
