"""Which of a province's contacts may be published, and how old each one's verification is.

A contact is published (site, pocket card, handouts, facilitator guide) only when someone checked it with the service
itself (`verified: {by, date}` in the profile) 12 months ago or less. Older, it is stale: `check` warns about it and
nothing prints it. Unverified and stale contacts show only on the maintainers' contact status page and in `check`.

Ages are counted to a date the caller passes: a build passes its own date (SOURCE_DATE_EPOCH, else the last commit,
`lokalatih.reproducible.source_date`), so the same commit publishes the same contacts whenever it is built.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from lokalatih.errors import ContentError
from lokalatih.model.province import Contact, Institution, InstitutionKind, ProvinceSpec
from lokalatih.yamlsource import YamlSyntaxError, load_yaml

STALE_AFTER_MONTHS = 12
# The offices a worker or a family can walk into when no number is verified, in the order a card names them.
IN_PERSON_KINDS = (InstitutionKind.BP3MI, InstitutionKind.LTSA, InstitutionKind.MANPOWER_OFFICE)


class ContactStatus(StrEnum):
    VERIFIED = "verified"
    STALE = "stale"
    UNVERIFIED = "unverified"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day when it has no such day (29 February → 28 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from `start` to `end` (0 when `end` is not after `start`)."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if months > 0 and add_months(start, months) > end:
        months -= 1
    return max(months, 0)


@dataclass(frozen=True)
class ContactCheck:
    """One contact's standing on a day: its status, and for a verified or stale one the age of the check in whole
    months and the first day it counts as stale."""

    contact: Contact
    status: ContactStatus
    age_months: int | None
    stale_from: dt.date | None


def check_contact(contact: Contact, today: dt.date) -> ContactCheck:
    if contact.verified is None or contact.verified.date > today:
        # A check dated after today is a slip of the keyboard (2062 for 2026), not a check: never published.
        return ContactCheck(contact, ContactStatus.UNVERIFIED, None, None)
    checked = contact.verified.date
    # "Older than 12 months": checked on 15 January 2025, it is published up to 15 January 2026 and stale the day after.
    stale_from = add_months(checked, STALE_AFTER_MONTHS) + dt.timedelta(days=1)
    status = ContactStatus.STALE if today >= stale_from else ContactStatus.VERIFIED
    return ContactCheck(contact, status, months_between(checked, today), stale_from)


def contact_checks(province: ProvinceSpec, today: dt.date) -> list[ContactCheck]:
    return [check_contact(contact, today) for contact in province.contacts]


def published_contacts(province: ProvinceSpec, today: dt.date) -> list[Contact]:
    """The contacts that participants may see on `today`: verified, and not stale."""
    return [c.contact for c in contact_checks(province, today) if c.status == ContactStatus.VERIFIED]


def in_person_offices(province: ProvinceSpec) -> list[Institution]:
    """Where to ask in person when no number is published: the profile's BP3MI, LTSA and manpower offices, by name
    only (a name the profile's source gives; an address only ever comes from a verified contact)."""
    return sorted(
        (i for i in province.institutions if i.kind in IN_PERSON_KINDS), key=lambda i: IN_PERSON_KINDS.index(i.kind)
    )


def contact_warnings(root: Path, slug: str, province: ProvinceSpec, today: dt.date) -> list[ContentError]:
    """`check`'s warnings: every stale or unverified contact, at its line in the profile."""
    path = root / "provinces" / f"{slug}.yaml"
    relative = path.relative_to(root).as_posix()
    try:
        document = load_yaml(path)
    except (OSError, YamlSyntaxError):  # it loaded a moment ago; without positions the warnings say line 1
        document = None
    warnings = []
    for index, check in enumerate(contact_checks(province, today)):
        where = f"contacts[{index}] ({check.contact.key})"
        if check.status == ContactStatus.STALE:
            assert check.contact.verified is not None and check.stale_from is not None
            loc: tuple[str | int, ...] = ("contacts", index, "verified", "date")
            message = (
                f"stale: checked {check.contact.verified.date.isoformat()}, more than {STALE_AFTER_MONTHS} months "
                f"before {today.isoformat()}; no longer published: check it again with the service and update "
                "`verified`"
            )
        elif check.status == ContactStatus.UNVERIFIED and check.contact.verified is not None:
            loc = ("contacts", index, "verified", "date")
            message = (
                f"checked {check.contact.verified.date.isoformat()}, after {today.isoformat()}: a date to come is not "
                "a check (a typo in the year?); not published until the date is right"
            )
        elif check.status == ContactStatus.UNVERIFIED:
            loc = ("contacts", index)
            message = (
                "unverified: never published; once someone checks it with the service, add "
                "`verified: {by: <role or organisation>, date: YYYY-MM-DD}`"
            )
        else:
            continue
        position = document.position_of(loc) if document else None
        line, column = (position.line, position.column) if position else (1, 1)
        warnings.append(ContentError(relative, line, column, where, message))
    return warnings
