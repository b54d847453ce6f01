"""Synthetic event folders of any size, the same on every run (fixed seed): what `make bench` scores at 1,000,
10,000 and 100,000 participants and what the tests pool. Never real people: codes are drawn from a seeded generator,
names are "Peserta <n>", districts "Kabupaten <n>".

Each set is one programme run in four provinces (four event folders). A small share of the rows carries the slips a
clerk makes (a letter not on the form, two letters for a one-answer item, a mistyped code, a sheet typed twice, a
post-test whose pre-test is missing), so that the checks run at scale too.
"""

from __future__ import annotations

import csv
import json
import random
from pathlib import Path
from typing import Any

from lokalatih.events import codes

PROVINCES = ("jawa-timur", "sumatera-utara", "nusa-tenggara-timur", "lampung")
GROUPS = ("government", "p3mi", "lpk", "clinic", "employer", "union", "cso", "other")
PROGRAMME = "training"
DAYS = 2
N_ITEMS = 25  # the training test's length
SEED = 17
PARTICIPANT_HEADER = ("code", "name", "sex", "group", "organisation", "district", "disability", "photo_consent")


def synthetic_key(n_items: int = N_ITEMS, seed: int = SEED) -> dict[str, Any]:
    """A test key of the kit's shape (model/test_key.py): single-answer, multiple-answer and true/false items, the
    post-test in another order with its letters reshuffled."""
    rng = random.Random(seed)
    items, forms_pre, forms_post = [], {}, {}
    for n in range(n_items):
        kind = ("single", "single", "multiple", "true-false")[n % 4]
        options = ["A", "B"] if kind == "true-false" else list("ABCDE"[: 4 + (kind == "multiple")])
        correct = sorted(rng.sample(options, 2)) if kind == "multiple" else [rng.choice(options)]
        item_id = f"s{n // 5 + 1:02d}-q{n % 5 + 1}"
        items.append({"id": item_id, "module": f"s{n // 5 + 1:02d}", "objective": f"o{n % 3 + 1}", "type": kind,
                      "options": options, "correct": correct})  # fmt: skip
        forms_pre[item_id] = {"options": options, "correct": correct}
        shuffled = options if kind == "true-false" else rng.sample(options, len(options))
        moved = dict(zip(shuffled, options, strict=True))  # letter on the pre-test → letter of the same text after
        forms_post[item_id] = {"options": options, "correct": sorted(moved[letter] for letter in correct)}
    pre = [item["id"] for item in items]
    post = rng.sample(pre, len(pre))
    return {"programme": PROGRAMME, "pre": pre, "post": post, "items": items,
            "forms": {"pre": forms_pre, "post": forms_post}}  # fmt: skip


def _sheet_cell(rng: random.Random, printed: dict[str, Any], multiple: bool, right: bool) -> str:
    if right:
        return ",".join(printed["correct"]) if multiple and rng.random() < 0.5 else "".join(printed["correct"])
    if rng.random() < 0.1:
        return ""  # left blank
    wrong: list[str] = [letter for letter in printed["options"] if [letter] != printed["correct"]]
    return rng.choice(wrong)


def _write(path: Path, header: tuple[str, ...] | list[str], rows: Any) -> None:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def _swapped(code: str) -> str:
    """The code with two neighbouring characters swapped: what the check letter catches."""
    i = next(i for i in range(len(code) - 1) if code[i] != code[i + 1])
    return code[:i] + code[i + 1] + code[i] + code[i + 2 :]


def write_event(
    folder: Path, province: str, people: list[str], key: dict[str, Any], rng: random.Random, slips: float
) -> Path:
    """One event folder with `people` (their codes) registered, present, and tested before and after."""
    folder.mkdir(parents=True)
    (folder / "event.yaml").write_text(
        f"province: {province}\nprogramme: {key['programme']}\nlanguage: en\ndates: [2025-11-18, 2025-11-19]\n",
        encoding="utf-8",
    )
    (folder / "test-key.json").write_text(json.dumps(key), encoding="utf-8")
    _write(
        folder / "participants.csv",
        PARTICIPANT_HEADER,
        ([code, f"Peserta {n}", "P" if rng.random() < 0.45 else "L", rng.choice(GROUPS), f"Lembaga {n % 40}",
          f"Kabupaten {n % 6 + 1}", "tidak", "ya"] for n, code in enumerate(people)),
    )  # fmt: skip
    _write(folder / "attendance.csv", ["code", *[f"day{d}" for d in range(1, DAYS + 1)]],
           ([code, "1", "1" if rng.random() < 0.95 else ""] for code in people))  # fmt: skip
    multiple = {item["id"]: item["type"] == "multiple" for item in key["items"]}
    ability = [rng.uniform(0.15, 0.8) for _ in people]
    for test, lift in (("pre", 0.0), ("post", 0.25)):
        order, printed = key[test], key["forms"][test]
        rows: list[list[str]] = []
        for code, skill in zip(people, ability, strict=True):
            if test == "pre" and rng.random() < 0.02:
                continue  # a pre-test sheet lost: its post-test is reported, not scored
            row = [code, *[_sheet_cell(rng, printed[i], multiple[i], rng.random() < skill + lift) for i in order]]
            if rng.random() < slips:
                slip = rng.randrange(4)
                if slip == 0:
                    row[1 + rng.randrange(len(order))] = "H"  # not on the form
                elif slip == 1:
                    row[0] = _swapped(code)
                elif slip == 2:
                    rows.append(list(row))  # typed twice, the same: counted once
                else:
                    rows.append([*row[:-1], "" if row[-1] else printed[order[-1]]["options"][0]])  # twice, differing
            rows.append(row)
        _write(folder / f"test-{test}.csv", ["participant", *[str(n) for n in range(1, len(order) + 1)]], rows)
    return folder


def write_programme(root: Path, participants: int, seed: int = SEED, slips: float = 0.01) -> list[Path]:
    """Four event folders under `root` (one per pilot province, the participants shared out evenly), of one key."""
    rng = random.Random(seed)
    key = synthetic_key(seed=seed)
    everyone = codes.new_codes(participants, rng=rng)
    share = -(-participants // len(PROVINCES))
    folders = []
    for i, province in enumerate(PROVINCES):
        people = everyone[i * share : (i + 1) * share]
        folders.append(write_event(root / f"{province}-{PROGRAMME}-2025-11-18", province, people, key, rng, slips))
    return folders
