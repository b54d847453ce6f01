"""The participant list: one row per code, checked row by row before anything is read from it.

Columns (the same names in the CSV, the XLSX template and the KoboToolbox registration form):
    code, name, sex, group, organisation, district, disability, photo_consent
A row with only its code is a spare code, not a participant. Sex and stakeholder group come from here for every
figure of the report: the test forms carry only the code.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from lokalatih.events import codes
from lokalatih.events.folder import PARTICIPANTS, EventFolder, EventRefused
from lokalatih.labels import SEX_INITIALS, STAKEHOLDER_GROUPS, label
from lokalatih.model.report import Sex
from lokalatih.tables import Row

COLUMNS = ("code", "name", "sex", "group", "organisation", "district", "disability", "photo_consent")
REQUIRED = ("code", "name", "sex", "group")

Disability = Literal["yes", "no", "undisclosed"]
# What a person may write, in either language, for each coded column.
# The codes, then each language's initial for them (F, M, P, L): what a person may write in the sex column.
SEX_VALUES: dict[str, Sex] = {
    **{sex: sex for sex in SEX_INITIALS},
    **{initial: sex for sex, texts in SEX_INITIALS.items() for initial in texts.values()},
}
YES_NO = {"yes": "yes", "no": "no", "ya": "yes", "tidak": "no", "y": "yes", "t": "no", "n": "no"}
DISABILITY_VALUES: dict[str, Disability] = {
    **{k: v for k, v in YES_NO.items() if v in ("yes", "no")},  # type: ignore[misc]
    "undisclosed": "undisclosed",
    "tidak disebutkan": "undisclosed",
    "": "undisclosed",
}
GROUP_VALUES = tuple(STAKEHOLDER_GROUPS)


class Member(Protocol):
    """What the figures need of a participant: a `Participant` or a report's lighter `Registration`."""

    @property
    def sex(self) -> Sex: ...

    @property
    def group(self) -> str: ...

    @property
    def district(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Registration:
    """A participant as a report counts them, without name or organisation; one object per (sex, group, district),
    shared by everyone who has them, so a list of 100,000 costs a dictionary of codes."""

    sex: Sex
    group: str
    district: str


@dataclass(frozen=True, slots=True)
class Participant:
    code: str
    name: str
    sex: Sex
    group: str
    organisation: str
    district: str
    disability: Disability
    photo_consent: bool
    line: int


@dataclass(frozen=True)
class ParticipantList:
    participants: list[Participant]
    spare_codes: list[str]

    def by_code(self) -> dict[str, Participant]:
        return {p.code: p for p in self.participants}


@dataclass(frozen=True)
class Roster:
    """The participant list as a report reads it: code → registration, and the spare codes."""

    members: dict[str, Registration]
    spare_codes: frozenset[str]


def did_you_mean(value: str, valid: list[str], also: dict[str, str] | None = None) -> str | None:
    """The valid code closest to what was written, looking at codes and at the words people write for them."""
    candidates = {v.lower(): v for v in valid} | {word.lower(): code for word, code in (also or {}).items()}
    close = difflib.get_close_matches(value.lower(), list(candidates), n=1, cutoff=0.6)
    return candidates[close[0]] if close else None


def _group_words() -> dict[str, str]:
    """Each group's label in both languages, and each word of it, point at its code: 'pemerintah' → government."""
    words: dict[str, str] = {}
    for code, texts in STAKEHOLDER_GROUPS.items():
        for text in texts.values():
            words[text] = code
            for word in text.replace("(", " ").replace(")", " ").replace("/", " ").split():
                if len(word) > 3:
                    words.setdefault(word, code)
    return words


def coded(
    row: Row, column: str, allowed: dict[str, str], where: str, lang: str, problems: list[str], shown: list[str]
) -> str | None:
    raw = row.get(column)
    value = next((allowed[form] for form in (raw, raw.lower(), raw.upper()) if form in allowed), None)
    if value is not None:
        return value
    if not raw:
        problems.append(label("msg_missing_value", lang, where=where, column=column, valid=", ".join(shown)))
        return None
    suggestion = did_you_mean(raw, shown, _group_words() if column == "group" else None)
    hint = label("msg_did_you_mean", lang, suggestion=suggestion) if suggestion else ""
    problems.append(label("msg_unknown_value", lang, where=where, column=column, value=raw,
                          valid=", ".join(shown), hint=hint))  # fmt: skip
    return None


def checked_rows(event: EventFolder, lang: str) -> Iterator[Participant | str]:
    """Each participant of the list in file order (a spare code as a plain str), read row by row; after the last
    row, EventRefused naming every bad row, so a caller that needs a clean list must read to the end."""
    table = event.stream(PARTICIPANTS, lang)
    if table is None:
        raise EventRefused([f"{event.path / (PARTICIPANTS + '.csv')}: no participant list"])
    name = f"{event.name}/{table.path.name}"  # which event: a pooled report reads several
    missing = table.missing(list(REQUIRED))
    if missing:
        where = f"{name}:1"
        raise EventRefused([label("msg_missing_columns", lang, where=where, columns=", ".join(missing),
                                  expected=",".join(COLUMNS))])  # fmt: skip
    problems: list[str] = []
    first_line: dict[str, int] = {}
    listed = 0
    groups = {code: code for code in GROUP_VALUES}
    for row in table.rows():
        where = f"{name}:{row.line}"
        code = codes.normalise(row.get("code"))
        if not codes.is_valid(code):
            problems.append(label("msg_bad_code", lang, where=where, code=row.get("code")))
            continue
        if code in first_line:
            problems.append(label("msg_duplicate_code", lang, where=where, code=code, first=first_line[code]))
            continue
        first_line[code] = row.line
        if not any(row.get(column) for column in COLUMNS[1:]):
            yield code
            continue
        if not row.get("name"):
            problems.append(label("msg_missing_name", lang, where=where, code=code))
            continue
        sex = coded(row, "sex", dict(SEX_VALUES), where, lang, problems, list(SEX_VALUES))
        group = coded(row, "group", groups, where, lang, problems, list(GROUP_VALUES))
        disability = coded(row, "disability", dict(DISABILITY_VALUES), where, lang, problems,
                           ["yes", "no", "undisclosed", "ya", "tidak", "tidak disebutkan"])  # fmt: skip
        consent = coded(row, "photo_consent", {**YES_NO, "": "no"}, where, lang, problems, ["yes", "no", "ya", "tidak"])
        if sex is None or group is None or disability is None or consent is None:
            continue
        listed += 1
        yield Participant(code, row.get("name"), sex, group, row.get("organisation"),  # type: ignore[arg-type]
                          row.get("district"), disability, consent == "yes", row.line)  # type: ignore[arg-type]  # fmt: skip
    if not listed and not problems:
        problems.append(label("msg_no_participants", lang, where=name))
    if problems:
        raise EventRefused(problems)


def read_participants(event: EventFolder, lang: str) -> ParticipantList:
    """The participants of the event; every problem of the list at once (EventRefused), or none."""
    participants: list[Participant] = []
    spare: list[str] = []
    for entry in checked_rows(event, lang):
        if isinstance(entry, str):
            spare.append(entry)
        else:
            participants.append(entry)
    return ParticipantList(participants, spare)


def read_roster(event: EventFolder, lang: str) -> Roster:
    """The same checks as `read_participants`, keeping only what the report counts."""
    members: dict[str, Registration] = {}
    shared: dict[tuple[str, str, str], Registration] = {}
    spare: set[str] = set()
    for entry in checked_rows(event, lang):
        if isinstance(entry, str):
            spare.add(entry)
            continue
        facts = (entry.sex, entry.group, sys.intern(entry.district))
        members[entry.code] = shared.setdefault(facts, Registration(*facts))
    return Roster(members, frozenset(spare))
