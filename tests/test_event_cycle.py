"""A whole event with the real kit, from the participant list to the report, reading the answers off the printed
forms the way a participant would; and the build, run twice, never touching an event folder."""

from __future__ import annotations

import csv
import functools
import hashlib
import json
import re
import subprocess
from pathlib import Path

from lokalatih.build import build_all
from lokalatih.cli import main
from lokalatih.curriculum import Curriculum
from lokalatih.kit.forms import true_false_options
from lokalatih.loader import load_curriculum
from lokalatih.model.questions import ItemType

from .conftest import FIXTURES, copy_kit
from .events_data import participant_scores, write_csv

GROUPS = ["government", "p3mi", "lpk", "clinic", "employer", "union", "cso", "other"]


def _text(pdf: Path, layout: bool = False) -> str:
    args = ["pdftotext", *(["-layout"] if layout else []), str(pdf), "-"]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def _squash(text: str) -> str:
    """Text compared whatever the line breaks and hyphenation of the print."""
    return re.sub(r"\s+", "", text.replace("\u2010", "").replace("\u00ad", "")).casefold()


def printed_items(pdf: Path) -> dict[int, tuple[str, dict[str, str]]]:
    """Question number → (stem, letter → option text) as `pdftotext -layout` reads the form, answer sheet excluded.
    A question starts at the left margin with the next number; its options are indented "A." lines."""
    items: dict[int, tuple[list[str], dict[str, list[str]]]] = {}
    current: list[str] | None = None
    for line in _text(pdf, layout=True).split("\n"):  # not splitlines(): the form feed starts a page
        if line.startswith(("Lembar jawaban", "Answer sheet")):
            break
        if line.startswith("\f") or re.fullmatch(r"\s+\d+/\d+", line):
            continue  # a page's running header (after the form feed) or its page number
        start = re.match(r"^(\d+)\. (.*)", line)
        option = re.match(r"^\s+([A-H])\.\s+(.*)", line)
        if start and int(start.group(1)) == len(items) + 1:
            current = [start.group(2)]
            items[len(items) + 1] = (current, {})
        elif option and items:
            current = items[len(items)][1].setdefault(option.group(1), [option.group(2)])
        elif line.strip() and current is not None:
            current.append(line.strip())
    return {n: (" ".join(stem), {k: " ".join(v) for k, v in opts.items()}) for n, (stem, opts) in items.items()}


@functools.cache
def _curriculum(kit: Path) -> Curriculum:
    return load_curriculum(kit, "sumatera-utara")


def correct_letters_from_the_print(kit: Path, programme: str, test: str, lang: str) -> list[str]:
    """For each printed question, the letters printed beside the options the bank marks correct."""
    curriculum = _curriculum(kit)
    bank = {
        _squash(item.stem[lang]): item
        for module in next(p for p in curriculum.programmes if p.id == programme).modules
        for item in module.bank.items
    }
    answers = []
    printed = printed_items(kit / "dist" / "kit" / programme / f"test-form-{test}.{lang}.pdf")
    for number in sorted(printed):
        stem, options = printed[number]
        item = bank[_squash(stem)]
        choices = true_false_options(bool(item.answer)) if item.type == ItemType.TRUE_FALSE else item.options
        right = {_squash(option[lang]) for option in choices if option.correct}
        answers.append("".join(letter for letter, text in options.items() if _squash(text) in right))
        assert answers[-1], f"question {number}: no printed option is the bank's correct one"
    assert list(printed) == list(range(1, len(printed) + 1))
    return answers


def test_a_whole_training_from_the_participant_list_to_the_report(built_kit: Path, tmp_path: Path) -> None:
    events = tmp_path / "events"
    run = ["--root", str(built_kit), "event"]
    assert main([*run, "new", "sumatera-utara", "training", "--events-dir", str(events)]) == 0
    event = events / "sumatera-utara-training-2025-11-18"
    with (event / "participants.csv").open(encoding="utf-8") as listing:
        rows = list(csv.reader(listing))
    header, codes = rows[0], [row[0] for row in rows[1:]]
    assert header[:4] == ["code", "name", "sex", "group"] and len(codes) == 50  # 40 seats and 10 spare codes
    # Registration: 40 people, 16 women; the last ten codes stay spare.
    people = [
        [code, f"Peserta {n:02d}", "P" if n < 16 else "L", GROUPS[n % 8], f"Lembaga {n % 5}",
         ["Medan", "Deli Serdang", "Binjai"][n % 3], "tidak", "ya"]
        for n, code in enumerate(codes[:40])
    ]  # fmt: skip
    write_csv(event / "participants.csv", [header, *people, *[[code] for code in codes[40:]]])
    assert main([*run, "sheets", str(event)]) == 0
    sign_in = _text(event / "output" / "sign-in.id.pdf")
    spaced_out = sign_in.replace(" ", "")  # codes print letter-spaced, for reading them aloud and copying them
    assert all(person[1] in sign_in and person[0] in spaced_out for person in people)
    assert [f"Daftar hadir · Pelatihan · Hari {day}" in sign_in for day in (1, 2, 3)] == [True, True, False]
    assert all(code in _text(event / "output" / "code-list.id.pdf").replace(" ", "") for code in codes)
    write_csv(event / "attendance.csv", [["code", "day1", "day2"], *[[p[0], "1", "1"] for p in people]])

    # The answers: read off the printed forms; everyone answers everything right. Then the clerk's slips.
    sheets = {}
    for test in ("pre", "post"):
        letters = correct_letters_from_the_print(built_kit, "training", test, "id")
        sheet = [["participant", *[str(n) for n in range(1, len(letters) + 1)]]]
        sheet += [[person[0], *letters] for person in people]
        sheets[test] = sheet
    first, second, third = (person[0] for person in people[:3])
    pre, post = sheets["pre"], sheets["post"]
    pre[2][5] = "H"  # line 3 (second participant): question 5 typed as a letter the form does not have
    i = next(i for i in range(5) if third[i] != third[i + 1])  # two neighbours that differ, so the swap shows
    post[3][0] = third[:i] + third[i + 1] + third[i] + third[i + 2 :]  # line 4: two characters of the code swapped
    post.append([first, *["A"] * (len(post[0]) - 1)])  # line 42: the first participant typed twice, differently
    write_csv(event / "test-pre.csv", pre)
    write_csv(event / "test-post.csv", post)

    # Evaluation forms, typed in as returned (no name, no code): six from women, one rating off the scale.
    with (event / "evaluations.csv").open(encoding="utf-8") as entry:
        columns = next(csv.reader(entry))
    forms = []
    for n in range(8):
        row = dict.fromkeys(columns, "")
        row.update(overall=str(4 + n % 2), facilitation="5", sex="P" if n < 6 else "L", group="cso",
                   change=f"Lebih banyak studi kasus {n}")  # fmt: skip
        forms.append([row[column] for column in columns])
    forms[7][columns.index("overall")] = "7"  # line 9: not on the 1-5 scale
    write_csv(event / "evaluations.csv", [columns, *forms])
    assert main([*run, "report", str(event)]) == 0
    report = json.loads((event / "output" / "report" / "report.json").read_text(encoding="utf-8"))
    assert report["attendance"]["attended"] == {"n": 40, "women": 16, "women_share": 0.4, "target_met": True}
    evaluation = report["evaluation"]
    assert evaluation["n_forms"] == 8
    overall = next(row for row in evaluation["rows"] if row["name"] == "overall")
    assert (overall["n"], overall["mean"]) == (7, 4.43)  # (4 + 5 + 4 + 5 + 4 + 5 + 4) / 7: the 7 is not counted
    assert "Lebih banyak studi kasus 3" in json.dumps(evaluation["rows"])
    problems = report["data_problems"]
    assert len(problems) == 4 and problems[3].startswith(f"{event.name}/evaluations.csv:9: overall: '7'")
    assert (
        problems[0].startswith(f"{event.name}/test-pre.csv:3: soal 5 (")
        and "'H' bukan pilihan pada lembar ini" in problems[0]
    )
    assert problems[1].startswith(f"{event.name}/test-post.csv:4: kode peserta '") and "tidak sah" in problems[1]
    assert problems[2].startswith(f"{event.name}/test-post.csv:42: kode {first} (Post-test) juga ada di baris 2")
    scores = {p["participant"]: (p["pre_pct"], p["post_pct"]) for p in participant_scores(event / "output" / "report")}
    untouched = [person[0] for person in people[3:]]
    assert all(scores[code] == (100.0, 100.0) for code in untouched)  # every right answer read off the print scores
    assert scores[second][0] == 96.0 and scores[second][1] == 100.0  # one item of 25 lost, not the participant
    assert first not in scores and third not in scores  # a conflict and an unreadable code wait for the paper
    html = (event / "output" / "report" / "report.html").read_text(encoding="utf-8")
    assert "Peserta 01" not in html and "Peserta 01" not in json.dumps(report)  # codes only, never names
    assert "Peserta 01" not in (event / "output" / "report" / "participant-scores.csv").read_text(encoding="utf-8")


def test_the_build_twice_never_touches_an_event_folder(tmp_path: Path) -> None:
    kit = copy_kit(FIXTURES / "minikit", tmp_path / "kit")
    assert main(["--root", str(kit), "event", "new", "sumatera-utara", "demo", "--date", "2025-11-17"]) == 0
    event = next((kit / "events").iterdir())
    with (event / "participants.csv").open(encoding="utf-8") as listing:
        rows = list(csv.reader(listing))
    rows[1][1:4] = ["Nama Rahasia", "P", "cso"]
    write_csv(event / "participants.csv", rows)

    def fingerprint() -> dict[str, str]:
        return {
            path.relative_to(event).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(event.rglob("*")) if path.is_file()
        }  # fmt: skip

    before = fingerprint()
    for _ in range(2):
        build_all(kit, "sumatera-utara", pdfs=lambda artifact: False)
        assert fingerprint() == before
    published = [p for folder in ("site", "dist") for p in (kit / folder).rglob("*") if p.is_file()]
    assert published and not any(b"Nama Rahasia" in p.read_bytes() for p in published)
    assert not any("events" in p.relative_to(kit).parts[1:] for p in published)
