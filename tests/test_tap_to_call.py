"""Tap-to-call: the published phone numbers of the province profile's contacts are `tel:` links (digits and a leading
+) on the province page and on the participant pages of sessions that print referral contacts; unverified numbers are
not on those pages at all (tests/test_contacts.py)."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from lokalatih.labels import label
from lokalatih.loader import load_curriculum
from lokalatih.model.common import LANGUAGES
from lokalatih.site.pages import tel_href

from .conftest import AWKWARD
from .test_link_previews import PREFIX, document, html_pages


def test_tel_addresses_hold_only_digits_and_a_leading_plus() -> None:
    assert tel_href("+62 21 2924 4800") == "tel:+622129244800"
    assert tel_href("0800-1000") == "tel:08001000"
    assert tel_href("(061) 453.1234") == "tel:0614531234"
    for not_a_number in ("0800-1000 ext. 12", "0811 1111 / 0812 2222", "call the office", "+"):
        assert tel_href(not_a_number) is None, not_a_number


def _link_of(page: lxml.html.HtmlElement, number: str) -> list[str]:
    """The addresses of the links that show `number`; and the number must show."""
    shown = [e for e in page.xpath("//article//*[text()]") if number in (e.text or "")]
    assert shown, f"{number} is not on the page"
    return [e.get("href") for e in shown if e.tag == "a"]


def test_verified_numbers_are_tap_to_call_links_and_unverified_ones_never(awkward_kit: Path) -> None:
    """The minikit's profile has one verified contact (0800-0000, checked 2025-09-01, published on the build's date)
    and one unverified (0800-9999); its session asks for referral contacts, so the participant page lists the
    verified one as its handout does."""
    site = awkward_kit / "site"
    for lang in LANGUAGES:
        province = document(site / PREFIX[lang] / "province/index.html")
        assert _link_of(province, "0800-0000") == ["tel:08000000"]
        assert "0800-9999" not in province.text_content()
        participant = document(site / PREFIX[lang] / "demo/d01-welcome/index.html")
        help_section = participant.xpath("//h2[@id='help-contacts']/following-sibling::*[1]")[0]
        assert [a.get("href") for a in help_section.xpath(".//a")] == ["tel:08000000"]
        assert "0800-9999" not in participant.text_content()
        assert participant.xpath("//a[@href='../../province/#services']"), "the full directory is one tap away"
        assert not any("9999" in href for href in participant.xpath("//@href") + province.xpath("//@href"))
    participant = document(site / "en/demo/d01-welcome/index.html")
    assert (
        AWKWARD["contact"] in participant.xpath("//h2[@id='help-contacts']/following-sibling::*[1]")[0].text_content()
    )


def test_the_real_profiles_unverified_numbers_are_not_shown(built_kit: Path) -> None:
    curriculum = load_curriculum(built_kit)
    numbers = [c.phone for c in curriculum.province.contacts if c.phone]
    assert numbers and not any(c.verified for c in curriculum.province.contacts)
    for lang in LANGUAGES:
        province = document(built_kit / "site" / PREFIX[lang] / "province/index.html")
        assert not [number for number in numbers if number in province.text_content()]
        t05 = document(built_kit / "site" / PREFIX[lang] / "training/t05-gender-protection-referral/index.html")
        section = t05.xpath("//h2[@id='help-contacts']/following-sibling::p")
        assert section[0].text_content() == label("in_person_intro", lang)
    assert not any(
        "tel:" in path.read_text(encoding="utf-8")
        for lang in LANGUAGES
        for path in html_pages(built_kit / "site", lang)
    )
    # Sessions that do not ask for referral contacts do not list them.
    assert not document(built_kit / "site/training/t04-trafficking-forced-labour/index.html").xpath(
        "//h2[@id='help-contacts']"
    )
