"""`lokalatih contacts`: a maintainer's table of every contact of a profile, its status and the age of its check.

It counts to today by default (what to check again now); `--on YYYY-MM-DD` counts to another day, e.g. the date of a
build (`check` and the build count to the build's date, see `lokalatih.contacts`).
"""

from __future__ import annotations

import datetime as dt

from lokalatih.contacts import STALE_AFTER_MONTHS, ContactStatus, contact_checks
from lokalatih.model.province import ProvinceSpec

HEADER = ("contact", "status", "age", "checked on", "checked by")


def parse_day(text: str | None) -> dt.date:
    """The day ages count to: `text` as YYYY-MM-DD, or today when it is None."""
    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"'{text}' is not a day written YYYY-MM-DD, e.g. 2026-01-31") from None


def contacts_table(province: ProvinceSpec, today: dt.date) -> str:
    """One row per contact, in the profile's order, then a line of totals and what to do."""
    checks = contact_checks(province, today)
    rows = [HEADER]
    for check in checks:
        verified = check.contact.verified
        age = "-" if check.age_months is None else f"{check.age_months} mo"
        rows.append(
            (
                check.contact.key,
                str(check.status),
                age,
                verified.date.isoformat() if verified else "-",
                verified.by if verified else "-",
            )
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(HEADER) - 1)]
    lines = [f"Contacts of {province.slug} on {today.isoformat()} (stale after {STALE_AFTER_MONTHS} months):"]
    for row in rows:
        lines.append("  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[-1]]))
    counts = {status: sum(1 for c in checks if c.status == status) for status in ContactStatus}
    lines.append(
        f"{counts[ContactStatus.VERIFIED]} published, {counts[ContactStatus.STALE]} stale, "
        f"{counts[ContactStatus.UNVERIFIED]} unverified; only published contacts reach the site and the printables."
    )
    if not checks:
        lines[1:-1] = ["  (no contacts in the profile)"]
    return "\n".join(lines)
