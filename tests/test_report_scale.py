"""The report at programme scale: the figures of four pooled events equal the same computation written plainly here,
the report's length does not grow with the crowd, every note on the data reaches a file, and the per-participant
results sit beside the report, never beside the files people fill in."""

from __future__ import annotations

import csv
import json
import random
import re
import subprocess
from pathlib import Path
from statistics import mean
from typing import Any

import pytest

from lokalatih.cli import main
from lokalatih.events import codes
from lokalatih.events.synthetic import write_programme
from lokalatih.scoring.analysis import ExactMean
from lokalatih.scoring.problems import KEPT

from .events_data import participant_scores

REPO = Path(__file__).parent.parent
SEPARATORS = re.compile(r"[\s,;/|]+")


def report(tmp_path: Path, events: list[Path], name: str = "report") -> Path:
    out = tmp_path / name
    assert main(["--root", str(REPO), "event", "report", *map(str, events), "--out", str(out), "--lang", "en"]) == 0
    return out


def rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def plain_sheets(path: Path, key: dict[str, Any], test: str, listed: set[str]) -> tuple[dict[str, Any], int]:
    """Code → (line, {item: letters}) as the README's rules say, and how many notes the file gives."""
    order, forms = key[test], key["forms"][test]
    types = {item["id"]: item["type"] for item in key["items"]}
    notes, first, conflicted = 0, {}, set()
    for line, (raw_code, *cells) in enumerate(rows(path)[1:], start=2):
        code = raw_code.strip().upper()
        if not codes.is_valid(code) or code not in listed:
            notes += 1
            continue
        answers = {}
        for item, cell in zip(order, cells, strict=True):
            letters = [c for part in SEPARATORS.split(cell.strip().upper()) if part for c in part]
            if any(c not in forms[item]["options"] for c in letters) or (
                len(letters) > 1 and types[item] != "multiple"
            ):
                notes += 1
                letters = []
            answers[item] = set(letters)
        if code not in first:
            first[code] = (line, answers)
        else:
            notes += 1
            if first[code][1] != answers:
                conflicted.add(code)
    return {code: sheet for code, sheet in first.items() if code not in conflicted}, notes


def plain_report(events: list[Path]) -> dict[str, Any]:
    """The figures of the README, computed over the pooled participants in the simplest way."""
    people, notes, unmatched = [], 0, []
    for event in events:
        key = json.loads((event / "test-key.json").read_text(encoding="utf-8"))
        province = re.search(r"^province: (\S+)$", (event / "event.yaml").read_text(encoding="utf-8"), re.M)
        assert province
        listed = {row[0]: row for row in rows(event / "participants.csv")[1:]}
        sheets = {}
        for test in ("pre", "post"):
            sheets[test], found = plain_sheets(event / f"test-{test}.csv", key, test, set(listed))
            notes += found
        for code, (_, post) in sheets["post"].items():
            if code not in sheets["pre"]:
                notes += 1
                continue
            pre = sheets["pre"][code][1]
            right = {test: {i: answers[i] == set(key["forms"][test][i]["correct"]) for i in key["pre"]}
                     for test, answers in (("pre", pre), ("post", post))}  # fmt: skip
            sex = {"P": "F", "L": "M"}[listed[code][2]]
            people.append({"code": code, "event": event.name, "province": province.group(1), "sex": sex,
                           "group": listed[code][3], "right": right,
                           "pre": 100 * sum(right["pre"].values()) / len(key["pre"]),
                           "post": 100 * sum(right["post"].values()) / len(key["pre"])})  # fmt: skip
        unmatched += [code for code in sheets["pre"] if code not in sheets["post"]]

    def summary(group: list[dict[str, Any]]) -> dict[str, Any]:
        pre, post = mean(p["pre"] for p in group), mean(p["post"] for p in group)
        gains = [(p["post"] - p["pre"]) / (100 - p["pre"]) for p in group if p["pre"] < 100]
        return {"n": len(group), "pre_mean_pct": round(pre, 2), "post_mean_pct": round(post, 2),
                "class_normalized_gain": round((post - pre) / (100 - pre), 4),
                "mean_individual_gain": round(mean(gains), 4)}  # fmt: skip

    items = {}
    ranked = sorted(people, key=lambda p: p["post"])
    k = max(1, round(0.27 * len(ranked)))
    for item in json.loads((events[0] / "test-key.json").read_text(encoding="utf-8"))["items"]:
        i = item["id"]
        items[i] = {"n": len(people), "p_pre": round(mean(p["right"]["pre"][i] for p in people), 4),
                    "p_post": round(mean(p["right"]["post"][i] for p in people), 4),
                    "discrimination": round(mean(p["right"]["post"][i] for p in ranked[-k:])
                                            - mean(p["right"]["post"][i] for p in ranked[:k]), 4)}  # fmt: skip
    return {
        "overall": summary(people),
        "by": {field: {value: summary([p for p in people if p[field] == value])
                       for value in sorted({p[field] for p in people})} for field in ("sex", "group", "province")},
        "items": items,
        "people": people,
        "notes": notes,
        "unmatched": sorted(unmatched),
        "pre_100": [p["code"] for p in people if p["pre"] >= 100],
    }  # fmt: skip


def test_four_pooled_events_give_the_figures_of_the_plain_computation(tmp_path: Path) -> None:
    events = write_programme(tmp_path / "events", 600, seed=5, slips=0.1)
    out = report(tmp_path, events)
    got = json.loads((out / "report.json").read_text(encoding="utf-8"))
    plain = plain_report(events)
    fields = ("n", "pre_mean_pct", "post_mean_pct", "class_normalized_gain", "mean_individual_gain")
    assert {f: got[f if f != "n" else "n_participants"] for f in fields} == plain["overall"]
    for name, groups in plain["by"].items():
        assert {key: {f: value[f] for f in fields} for key, value in got[f"by_{name}"].items()} == groups, name
    assert set(got["by_province"]) == {"jawa-timur", "sumatera-utara", "nusa-tenggara-timur", "lampung"}
    assert {item["id"]: {f: item[f] for f in ("n", "p_pre", "p_post", "discrimination")} for item in got["items"]} == (
        plain["items"]
    )
    assert got["unmatched_pre_participants"] == plain["unmatched"] and got["pre_100_participants"] == plain["pre_100"]
    # Every note, each with its file and line, in the file; the first ones in report.json.
    assert got["n_data_problems"] == plain["notes"] > KEPT  # slips in 10% of the rows: more than report.json keeps
    notes = (out / "data-problems.txt").read_text(encoding="utf-8").splitlines()
    assert len(notes) == plain["notes"] and notes[:KEPT] == got["data_problems"]
    assert all(re.match(r"^[a-z-]+-training-2025-11-18/test-(pre|post)\.csv:\d+: ", note) for note in notes)
    files = [note.split(":", 1)[0] for note in notes]
    assert got["data_problems_by_file"] == {file: files.count(file) for file in dict.fromkeys(files)}
    assert len(got["data_problems_by_file"]) == 8  # both tests of all four events
    # Each participant's result beside the report, in the order scored, by code only.
    scores = participant_scores(out)
    assert [(s["participant"], s["event"], s["province"], s["sex"], s["group"], s["pre_pct"], s["post_pct"])
            for s in scores] == [(p["code"], p["event"], p["province"], p["sex"], p["group"], round(p["pre"], 2),
                                  round(p["post"], 2)) for p in plain["people"]]  # fmt: skip
    assert "Peserta" not in (out / "participant-scores.csv").read_text(encoding="utf-8")


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    found = re.search(r"^Pages:\s+(\d+)$", info, re.M)
    assert found
    return int(found.group(1))


def test_the_report_is_as_long_for_2000_participants_as_for_100(tmp_path: Path) -> None:
    # Both with more notes on the data than the 25 printed: the same groups, items and notes on paper.
    small = report(tmp_path, write_programme(tmp_path / "small", 100, slips=0.25), "small-report")
    large = report(tmp_path, write_programme(tmp_path / "large", 2000, slips=0.05), "large-report")
    assert json.loads((large / "report.json").read_text(encoding="utf-8"))["n_participants"] > 1800
    assert json.loads((small / "report.json").read_text(encoding="utf-8"))["n_data_problems"] > 25
    assert _pages(small / "report.pdf") == _pages(large / "report.pdf")
    html = (large / "report.html").read_text(encoding="utf-8")
    # The notes: 25 on paper, then where the rest are.
    assert html.count("<li>") == 25 and "notes are printed here; all of them are in data-problems.txt" in html
    listed = {row[0] for event in (tmp_path / "large").iterdir() for row in rows(event / "participants.csv")[1:]}
    assert sum(code in html for code in listed) <= 25  # no participant table: only codes the printed notes name


def test_a_report_folder_inside_an_event_folder_goes_only_under_its_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = write_programme(tmp_path / "events", 8, slips=0.0)[0]
    before = (event / "participants.csv").read_bytes()
    for out in (event, event / "reports"):
        command = ["--root", str(REPO), "event", "report", str(event), "--out", str(out)]
        assert main(command) == 2
        assert f"is inside the event folder {event.name}" in capsys.readouterr().err
    assert (event / "participants.csv").read_bytes() == before and not (event / "reports").exists()
    assert main(["--root", str(REPO), "event", "report", str(event)]) == 0
    assert (event / "output" / "report" / "participant-scores.csv").is_file()


def test_a_file_unreadable_halfway_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = write_programme(tmp_path / "events", 2000, slips=0.0)[0]
    post = event / "test-post.csv"
    assert post.stat().st_size > 30_000  # far past the first block the reader decodes
    post.write_bytes(post.read_bytes() + b"\xff\xfe not UTF-8\n")  # after 500 rows that read
    assert main(["--root", str(REPO), "event", "report", str(event)]) == 2
    assert capsys.readouterr().err == f"{post}: not UTF-8 text; save it as CSV UTF-8 (or as .xlsx)\n"
    assert not (event / "output" / "report").exists()


def test_a_tallied_mean_is_statistics_mean_to_the_last_bit() -> None:
    """Means tallied one value at a time round once, at the end, as statistics.mean over the whole list does."""
    rng = random.Random(3)
    values = [100 * rng.randrange(26) / 25 for _ in range(5000)] + [rng.uniform(-1, 1) for _ in range(3000)]
    tally = ExactMean()
    for value in values:
        tally.add(value)
    assert tally.value() == mean(values) and tally.count == len(values)
    assert sum(values) / len(values) != mean(values)  # the plain float sum drifts: a tally of it would differ


def test_an_emptied_entry_file_is_a_test_not_typed_in_yet(tmp_path: Path) -> None:
    """Only a file with rows must have the form's columns: an empty one (saved over by mistake) is no data."""
    event = write_programme(tmp_path / "events", 12, slips=0.0)[0]
    (event / "test-post.csv").write_bytes(b"")
    out = report(tmp_path, [event])
    got = json.loads((out / "report.json").read_text(encoding="utf-8"))
    pre_codes = {row[0] for row in rows(event / "test-pre.csv")[1:]}
    assert got["n_participants"] == 0 and set(got["unmatched_pre_participants"]) == pre_codes
    assert participant_scores(out) == []
