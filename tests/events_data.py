"""Event folders made by hand for the tests: a tiny key, valid participant codes, and the files a clerk types."""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path
from typing import Any

from lokalatih.events import codes

CODES = codes.new_codes(60, rng=random.Random(7))

KEY: dict[str, Any] = {
    "programme": "demo",
    "pre": ["d-q1", "d-q2", "d-q3"],
    "post": ["d-q3", "d-q1", "d-q2"],
    "items": [
        {"id": "d-q1", "module": "d01", "objective": "o1", "type": "single", "options": list("ABCD"), "correct": ["B"]},
        {"id": "d-q2", "module": "d01", "objective": "o2", "type": "multiple", "options": list("ABCDE"),
         "correct": ["A", "C"]},
        {"id": "d-q3", "module": "d02", "objective": "o3", "type": "true-false", "options": ["A", "B"],
         "correct": ["A"]},
    ],
    "forms": {
        "pre": {
            "d-q1": {"options": list("ABCD"), "correct": ["B"]},
            "d-q2": {"options": list("ABCDE"), "correct": ["A", "C"]},
            "d-q3": {"options": ["A", "B"], "correct": ["A"]},
        },
        "post": {
            "d-q1": {"options": list("ABCD"), "correct": ["D"]},
            "d-q2": {"options": list("ABCDE"), "correct": ["B", "E"]},
            "d-q3": {"options": ["A", "B"], "correct": ["A"]},
        },
    },
}  # fmt: skip

PARTICIPANT_HEADER = ["code", "name", "sex", "group", "organisation", "district", "disability", "photo_consent"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, lineterminator="\n").writerows(rows)
    return path


def make_event(
    folder: Path,
    participants: list[list[str]],
    pre: list[list[str]] | None = None,
    post: list[list[str]] | None = None,
    attendance: list[list[str]] | None = None,
    province: str = "sumatera-utara",
    days: int = 1,
    key: dict[str, Any] = KEY,
) -> Path:
    """An event folder of the demo programme; rows without header (the header is written here)."""
    folder.mkdir(parents=True)
    dates = ", ".join(f"2025-11-{17 + n}" for n in range(days))
    (folder / "event.yaml").write_text(
        f"province: {province}\nprogramme: {key['programme']}\nlanguage: en\ndates: [{dates}]\n", encoding="utf-8"
    )
    (folder / "test-key.json").write_text(json.dumps(key), encoding="utf-8")
    write_csv(folder / "participants.csv", [PARTICIPANT_HEADER, *participants])
    if attendance is None:  # everyone listed came on every day
        attendance = [[row[0], *["1"] * days] for row in participants if len(row) > 1]
    write_csv(folder / "attendance.csv", [["code", *[f"day{n}" for n in range(1, days + 1)]], *attendance])
    numbers = [str(n) for n in range(1, len(key["pre"]) + 1)]
    write_csv(folder / "test-pre.csv", [["participant", *numbers], *(pre or [])])
    write_csv(folder / "test-post.csv", [["participant", *numbers], *(post or [])])
    return folder


def participant_scores(report_folder: Path) -> list[dict[str, Any]]:
    """The rows of a report's participant-scores.csv, numbers read as numbers; its XLSX twin must hold the same."""
    from openpyxl import load_workbook

    with (report_folder / "participant-scores.csv").open(encoding="utf-8", newline="") as handle:
        rows: list[dict[str, Any]] = list(csv.DictReader(handle))
    for row in rows:
        for column in ("pre_pct", "post_pct", "gain"):
            row[column] = float(row[column]) if row[column] else None
    workbook = load_workbook(report_folder / "participant-scores.xlsx", read_only=True)
    header, *body = workbook.worksheets[0].iter_rows(values_only=True)
    padded = [(*values, *[None] * (len(header) - len(values))) for values in body]  # an empty last cell is not read
    assert [dict(zip(header, values, strict=True)) for values in padded] == rows
    workbook.close()
    return rows
