"""Contacts you can trust: a contact reaches participants (site, pocket card, handouts, facilitator guide) only while
its verification is 12 months old or less, counted to a fixed day; unverified and stale ones show only on the
maintainers' status page and in `check`; with nothing published, pages and cards say where to ask in person."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from lokalatih.catalog import Artifact, Audience, build_catalog
from lokalatih.cli import main
from lokalatih.contacts import (
    ContactStatus,
    add_months,
    check_contact,
    contact_warnings,
    in_person_offices,
    months_between,
    published_contacts,
)
from lokalatih.errors import ContentErrors
from lokalatih.labels import label
from lokalatih.loader import load_curriculum
from lokalatih.model.common import LANGUAGES
from lokalatih.model.province import Contact, Institution, InstitutionKind, ProvinceSpec, Verification
from lokalatih.outputs import RENDERERS
from lokalatih.render_context import RenderContext
from lokalatih.site.pages import page_texts

from .conftest import FIXTURES, REPO

PUBLISHED, UNCHECKED = "0800-0000", "0800-9999"  # the minikit's contacts: checked 2025-09-01, and never
CHECKED = dt.date(2025, 9, 1)
WHILE_FRESH = dt.date(2025, 11, 17)
LAST_FRESH_DAY = dt.date(2026, 9, 1)  # 12 months to the day: still published
FIRST_STALE_DAY = dt.date(2026, 9, 2)


def _contact(verified: Verification | None) -> Contact:
    return Contact.model_validate(
        {"key": "line", "name": {"id": "Layanan", "en": "Line"}, "stages": ["abroad"], "source": "test"}
        | ({"verified": verified.model_dump()} if verified else {})
    )


def test_ages_are_whole_calendar_months() -> None:
    assert months_between(dt.date(2025, 1, 15), dt.date(2025, 2, 14)) == 0
    assert months_between(dt.date(2025, 1, 15), dt.date(2025, 2, 15)) == 1
    assert months_between(dt.date(2025, 1, 31), dt.date(2025, 2, 28)) == 1  # a month after 31 January: 28 February
    assert months_between(dt.date(2025, 1, 15), dt.date(2026, 1, 15)) == 12
    assert months_between(dt.date(2026, 1, 15), dt.date(2025, 1, 15)) == 0  # a check dated after the day counts 0
    assert add_months(dt.date(2024, 2, 29), 12) == dt.date(2025, 2, 28)
    assert add_months(dt.date(2025, 11, 30), 3) == dt.date(2026, 2, 28)


def test_a_check_is_published_for_12_months_then_stale() -> None:
    contact = _contact(Verification(by="BP3MI, case desk", date=CHECKED))
    fresh = check_contact(contact, WHILE_FRESH)
    assert (fresh.status, fresh.age_months) == (ContactStatus.VERIFIED, 2)
    last = check_contact(contact, LAST_FRESH_DAY)
    assert (last.status, last.age_months) == (ContactStatus.VERIFIED, 12)
    stale = check_contact(contact, FIRST_STALE_DAY)
    assert (stale.status, stale.age_months, stale.stale_from) == (ContactStatus.STALE, 12, FIRST_STALE_DAY)
    assert check_contact(contact, dt.date(2027, 3, 1)).age_months == 18
    unverified = check_contact(_contact(None), WHILE_FRESH)
    assert (unverified.status, unverified.age_months) == (ContactStatus.UNVERIFIED, None)


def test_a_check_dated_after_today_is_not_a_check(minikit: Path) -> None:
    """A year typed wrong (2062 for 2026) would publish an unchecked number for decades: it publishes nothing, and
    `check` says why at the date's line."""
    typo = _contact(Verification(by="BP3MI, case desk", date=dt.date(2062, 9, 1)))
    assert check_contact(typo, WHILE_FRESH).status == ContactStatus.UNVERIFIED
    profile = minikit / "provinces/sumatera-utara.yaml"
    profile.write_text(profile.read_text("utf-8").replace("date: 2025-09-01}", "date: 2062-09-01}"), "utf-8")
    province = load_curriculum(minikit).province
    assert published_contacts(province, WHILE_FRESH) == []
    warning = str(contact_warnings(minikit, "sumatera-utara", province, WHILE_FRESH)[0])
    assert warning.startswith("provinces/sumatera-utara.yaml:11:") and "checked 2062-09-01, after 2025-11-17" in warning


def test_only_fresh_checks_are_published_and_offices_come_in_their_order() -> None:
    def office(key: str, kind: InstitutionKind) -> Institution:
        return Institution(key=key, kind=kind, name={"id": key, "en": key}, role={"id": "r", "en": "r"}, source="s")

    province = ProvinceSpec(
        slug="x",
        name={"id": "X", "en": "X"},
        capital="Y",
        corridor=yaml.safe_load((FIXTURES / "minikit/provinces/sumatera-utara.yaml").read_text("utf-8"))["corridor"],
        contacts=[_contact(Verification(by="a", date=CHECKED)), _contact(None)],
        institutions=[
            office("disnaker", InstitutionKind.MANPOWER_OFFICE),
            office("museum", InstitutionKind.OTHER),
            office("ltsa", InstitutionKind.LTSA),
            office("bp3mi", InstitutionKind.BP3MI),
        ],
    )
    assert [c.verified for c in published_contacts(province, WHILE_FRESH)] == [Verification(by="a", date=CHECKED)]
    assert published_contacts(province, FIRST_STALE_DAY) == []
    assert [o.key for o in in_person_offices(province)] == ["bp3mi", "ltsa", "disnaker"]


def test_a_yes_without_who_and_when_is_refused_at_its_line(minikit: Path) -> None:
    profile = minikit / "provinces/sumatera-utara.yaml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(text.replace("verified: {by: test fixture, date: 2025-09-01}", "verified: true"), "utf-8")
    with pytest.raises(ContentErrors) as raised:
        load_curriculum(minikit)
    (error,) = raised.value.errors
    assert (error.file, error.line, error.where) == ("provinces/sumatera-utara.yaml", 11, "contacts[0].verified")
    assert "say who checked this contact with the service and when" in error.message
    assert "verified: {by: <role or organisation>, date: YYYY-MM-DD}" in error.message


def test_check_warns_about_stale_and_unverified_contacts_at_their_lines(minikit: Path) -> None:
    province = load_curriculum(minikit).province
    fresh = [str(w) for w in contact_warnings(minikit, "sumatera-utara", province, WHILE_FRESH)]
    assert fresh == [
        "provinces/sumatera-utara.yaml:12:5: contacts[1] (unconfirmed-line): unverified: never published; once "
        "someone checks it with the service, add `verified: {by: <role or organisation>, date: YYYY-MM-DD}`"
    ]
    stale = [str(w) for w in contact_warnings(minikit, "sumatera-utara", province, FIRST_STALE_DAY)]
    assert stale[0] == (
        "provinces/sumatera-utara.yaml:11:40: contacts[0] (sample-line): stale: checked 2025-09-01, more than 12 "
        "months before 2026-09-02; no longer published: check it again with the service and update `verified`"
    )
    assert len(stale) == 2


def test_check_prints_the_contact_warnings_and_still_passes(
    minikit: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(dt.datetime(2026, 9, 2, tzinfo=dt.UTC).timestamp())))
    assert main(["--root", str(minikit), "check"]) == 0
    err = capsys.readouterr().err
    assert "contacts[0] (sample-line): stale: checked 2025-09-01" in err
    assert "contacts[1] (unconfirmed-line): unverified" in err


def test_the_contacts_command_lists_status_and_age_on_a_fixed_day(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--root", str(minikit), "contacts", "--on", "2026-09-02"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Contacts of sumatera-utara on 2026-09-02 (stale after 12 months):"
    assert lines[1].split() == ["contact", "status", "age", "checked", "on", "checked", "by"]
    assert lines[2].split() == ["sample-line", "stale", "12", "mo", "2025-09-01", "test", "fixture"]
    assert lines[3].split() == ["unconfirmed-line", "unverified", "-", "-", "-"]
    assert lines[4].startswith("0 published, 1 stale, 1 unverified")
    assert main(["--root", str(minikit), "contacts", "--on", "2026-09-01"]) == 0
    assert capsys.readouterr().out.splitlines()[2].split()[:3] == ["sample-line", "verified", "12"]
    assert main(["--root", str(minikit), "contacts", "--on", "1.9.2026"]) == 2
    assert "'1.9.2026' is not a day written YYYY-MM-DD" in capsys.readouterr().err


def _pages(kit: Path, today: dt.date) -> dict[str, str]:
    curriculum = load_curriculum(kit)
    return {path: str(text) for path, text in page_texts(curriculum, build_catalog(curriculum), today=today).items()}


def test_the_site_shows_participants_only_fresh_contacts(minikit: Path) -> None:
    pages = _pages(minikit, WHILE_FRESH)
    for lang in LANGUAGES:
        province, session = pages[f"province.{lang}.md"], pages[f"demo/d01-welcome/index.{lang}.md"]
        assert 'href="tel:08000000"' in province and "test fixture" in province  # who checked it
        assert 'href="tel:08000000"' in session
        for page in (province, session):
            assert UNCHECKED not in page and "Unchecked service" not in page and "Layanan belum dicek" not in page
        status = pages[f"contacts.{lang}.md"]
        assert "`sample-line`" in status and "`unconfirmed-line`" in status
        assert label("status_verified", lang) in status and label("status_unverified", lang) in status
        assert PUBLISHED not in status and UNCHECKED not in status  # its numbers stay in the profile
    # Every participant-facing page: no unverified number anywhere.
    assert not [path for path, text in pages.items() if UNCHECKED in text]


def test_with_nothing_published_the_site_says_where_to_ask_in_person(minikit: Path) -> None:
    pages = _pages(minikit, FIRST_STALE_DAY)
    assert not [path for path, text in pages.items() if PUBLISHED in text or UNCHECKED in text]
    for lang in LANGUAGES:
        # The minikit's profile names no office: the general sentence, and nothing else.
        for page in (pages[f"province.{lang}.md"], pages[f"demo/d01-welcome/index.{lang}.md"]):
            assert label("in_person_generic", lang) in page
        assert label("status_stale", lang) in pages[f"contacts.{lang}.md"]
    real = load_curriculum(REPO)
    offices = in_person_offices(real.province)
    assert offices, "the Sumatera Utara profile names its BP3MI and manpower office"
    real_pages = page_texts(real, build_catalog(real), today=WHILE_FRESH)
    for lang in LANGUAGES:
        province = str(real_pages[f"province.{lang}.md"])
        assert label("in_person_intro", lang) in province
        assert all(f"- {office.name[lang]}" in province for office in offices)
        assert not any(c.phone in province for c in real.province.contacts if c.phone)
        assert not any(c.whatsapp in province for c in real.province.contacts if c.whatsapp)


def _printed(kit: Path, today: dt.date, kind: str, lang: str) -> str:
    """The HTML of the first artifact of `kind`, rendered as a build dated `today` renders it."""
    curriculum = load_curriculum(kit)
    ctx = RenderContext(curriculum, dt.datetime.combine(today, dt.time(), dt.UTC))
    artifact = next(a for a in build_catalog(curriculum) if a.kind == kind and a.lang == lang)
    output = RENDERERS[artifact.kind](artifact, ctx)
    return output(Path("out.pdf")).html if callable(output) else str(output)  # type: ignore[attr-defined]


@pytest.mark.parametrize("kind", ["pocket-card", "pocket-card-sheet", "handout", "facilitator-guide"])
def test_printables_carry_only_fresh_contacts(minikit: Path, kind: str) -> None:
    fresh, stale = _printed(minikit, WHILE_FRESH, kind, "en"), _printed(minikit, FIRST_STALE_DAY, kind, "en")
    assert PUBLISHED in fresh and UNCHECKED not in fresh
    assert PUBLISHED not in stale and UNCHECKED not in stale
    assert label("in_person_generic", "en") in stale
    # The card and the guide add where else to go (modules/pocket-card.yaml); a 2-page handout has room for the offices.
    assert ("Ask at the nearest BP3MI office." in stale) == (kind != "handout")
    if kind == "facilitator-guide":
        assert "test fixture" in fresh  # who checked it, for the facilitator


def test_the_real_pocket_card_names_the_offices_and_no_unverified_number() -> None:
    curriculum = load_curriculum(REPO)
    for lang in LANGUAGES:
        card = _printed(REPO, WHILE_FRESH, "pocket-card", lang)
        for office in in_person_offices(curriculum.province):
            assert office.name[lang] in card
        for contact in curriculum.province.contacts:
            assert f"<strong>{contact.name[lang]}</strong>" not in card
            assert not (contact.phone and contact.phone in card)
            assert not (contact.whatsapp and contact.whatsapp in card)
        # One help block per card side, not one per stage.
        assert card.count(label("in_person_intro", lang)) == 1
        assert card.count(curriculum.pocket_card.no_contacts[lang]) == 1


def test_an_artifact_of_the_catalog_per_card_and_sheet() -> None:
    catalog = build_catalog(load_curriculum(REPO))
    cards = sorted(a.path for a in catalog if a.kind in ("pocket-card", "pocket-card-sheet"))
    assert cards == [
        "pocket-card-sheet-sumatera-utara.en.pdf",
        "pocket-card-sheet-sumatera-utara.id.pdf",
        "pocket-card-sumatera-utara.en.pdf",
        "pocket-card-sumatera-utara.id.pdf",
    ]
    assert all(isinstance(a, Artifact) and a.audience == Audience.PUBLIC for a in catalog if "pocket" in a.kind)
