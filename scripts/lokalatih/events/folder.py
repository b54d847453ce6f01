"""The event folder: where an event's own data lives, apart from everything a build generates.

    events/<province>-<programme>-<first date>/
      event.yaml              province, programme, dates, language (written once by `lokalatih event new`)
      test-key.json           the key of the forms as printed for this event (a record: later kit changes
                              never re-score an old event)
      participants.csv|.xlsx  the participant list: codes already there, the rest filled in at registration
      attendance.csv          one column per day: 1 for present
      test-pre.csv|.xlsx      typed-in answer sheets, columns numbered as printed on each form (the .xlsx
                              checks letters as they are typed; `event enter` appends to the .csv)
      test-post.csv|.xlsx
      evaluation-form.json    the evaluation form as handed out (a record, like the key)
      evaluations.csv|.xlsx   typed-in evaluation forms, one row per returned form
      output/                 what commands write: code list, sign-in sheets, certificates, reports

Commands read the files people fill in and never rewrite them after `event new` (`event enter` appends rows to
`test-<test>.csv`, nothing else); everything they make goes into `output/`. A file may be kept as CSV or as XLSX,
not both: whichever holds data is read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, Field, ValidationError

from lokalatih.labels import label
from lokalatih.model.common import Key, StrictModel
from lokalatih.model.test_key import TestKey, TestKind
from lokalatih.scoring.key import KeyFileRefused, load_key
from lokalatih.tables import StreamedTable, Table, open_table
from lokalatih.yamlsource import YamlSyntaxError, load_yaml

EVENT_FILE = "event.yaml"
KEY_FILE = "test-key.json"
PARTICIPANTS = "participants"
ATTENDANCE = "attendance"
EVALUATIONS = "evaluations"
EVALUATION_FORM = "evaluation-form.json"
OUTPUT = "output"
TABLE_SUFFIXES = (".csv", ".xlsx")
Spec = TypeVar("Spec", bound=BaseModel)


def test_file(test: TestKind) -> str:
    return f"test-{test}"


class EventSpec(StrictModel):
    """`event.yaml`."""

    province: Key
    programme: Key
    language: Literal["id", "en"] = Field(
        default="id", description="Language of the sign-in sheets, certificates and report."
    )
    dates: Annotated[list[dt.date], Field(min_length=1, description="The date of each day of the programme.")]


class EventRefused(Exception):
    """The event folder cannot be used as it is; every line of `problems` names a file (and line) and what to do."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True)
class EventFolder:
    path: Path
    spec: EventSpec
    key: TestKey

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def output(self) -> Path:
        return self.path / OUTPUT

    @property
    def days(self) -> list[int]:
        return list(range(1, len(self.spec.dates) + 1))

    def table(self, stem: str, lang: str) -> Table | None:
        """The CSV or XLSX a person filled in under `stem`, read whole; None when neither exists."""
        table = data_table(self.path, stem, lang)
        return None if table is None else table.read()

    def stream(self, stem: str, lang: str) -> StreamedTable | None:
        """The same table with its rows read as they are asked for: for lists that may run to 100,000 rows."""
        return data_table(self.path, stem, lang)


def data_table(folder: Path, stem: str, lang: str) -> StreamedTable | None:
    paths = [folder / f"{stem}{suffix}" for suffix in TABLE_SUFFIXES]
    tables = [open_table(path) for path in paths if path.exists()]
    # Reading stops at the first row with data: deciding which file is in use costs a few rows, not the file.
    filled = [table for table in tables if any(_has_data(row.cells) for row in table.rows())]
    if len(filled) > 1:
        first, second = (t.path.name for t in filled)
        raise EventRefused([label("msg_both_files", lang, first=first, second=second)])
    if filled:
        return filled[0]
    return tables[0] if tables else None


def _has_data(cells: dict[str, str]) -> bool:
    """A row holds data when something beyond the pre-filled code is written in it."""
    return any(value for column, value in cells.items() if column not in ("code", "participant"))


def open_event(path: Path) -> EventFolder:
    spec_path, key_path = path / EVENT_FILE, path / KEY_FILE
    if not spec_path.is_file():
        raise EventRefused([f"{path}: not an event folder (no {EVENT_FILE}); create one with `lokalatih event new`"])
    try:
        document = load_yaml(spec_path)
        spec = EventSpec.model_validate(document.data)
    except YamlSyntaxError as error:
        raise EventRefused([f"{spec_path}:{error.position.line}: {error.message}"]) from None
    except ValidationError as error:
        problems = [f"{spec_path}: {'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors()]
        raise EventRefused(problems) from None
    try:
        key = load_key(key_path)
    except KeyFileRefused as error:
        raise EventRefused([str(error)]) from None
    if key.programme != spec.programme:
        raise EventRefused([f"{key_path}: the key is for {key.programme}, the event for {spec.programme}"])
    return EventFolder(path, spec, key)


def kit_spec(root: Path, relative: str, model: type[Spec]) -> Spec | None:
    """A programme.yaml or province profile of the kit at `root`, for the names an event's papers print; None when
    the kit is not at hand there (an event folder may be read far from the kit that made it)."""
    try:
        return model.model_validate(load_yaml(root / relative).data)
    except (OSError, YamlSyntaxError, ValueError):
        return None
