"""Typing in the answer sheets: the event folder's entry workbooks (validation per form) and `lokalatih event enter`
(refusals, the row it writes, append-only), on the minikit's three questions.

The minikit's forms: the pre-test is 1 = d01-q1 (one letter, A–D), 2 = d01-q2 (several letters, A–C),
3 = d01-q3 (true/false, A–B); the post-test reshuffles them to 1 = d01-q3, 2 = d01-q1, 3 = d01-q2.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
from pathlib import Path

import pytest
from openpyxl import load_workbook

from lokalatih.cli import main
from lokalatih.events import codes
from lokalatih.events.answers import read_test
from lokalatih.events.entry import parse_answers
from lokalatih.events.entry_sheet import form_questions
from lokalatih.events.folder import open_event
from lokalatih.labels import label
from lokalatih.model.test_key import TestKey

from .xlformula import accepts

PRE = [("1", "d01-q1", "ABCD", False), ("2", "d01-q2", "ABC", True), ("3", "d01-q3", "AB", False)]
POST = [("1", "d01-q3", "AB", False), ("2", "d01-q1", "ABCD", False), ("3", "d01-q2", "ABC", True)]
PEOPLE = [("Siti Aminah", "P", "government"), ("Budi Santoso", "L", "p3mi"), ("Rina Wati", "P", "cso")]


@pytest.fixture
def event(minikit: Path, tmp_path: Path) -> Path:
    """A new event of the minikit's programme with three participants registered; the other codes are spares."""
    events = tmp_path / "events"
    argv = ["--root", str(minikit), "event", "new", "sumatera-utara", "demo", "--date", "2026-03-02"]
    assert main([*argv, "--events-dir", str(events)]) == 0
    folder = events / "sumatera-utara-demo-2026-03-02"
    rows = list(csv.reader((folder / "participants.csv").read_text(encoding="utf-8").splitlines()))
    for row, (name, sex, group) in zip(rows[1:], PEOPLE, strict=False):
        row[1:4] = [name, sex, group]
    with (folder / "participants.csv").open("w", encoding="utf-8", newline="") as file:
        csv.writer(file, lineterminator="\n").writerows(rows)
    return folder


def registered(folder: Path) -> list[str]:
    return [line.split(",")[0] for line in (folder / "participants.csv").read_text(encoding="utf-8").splitlines()[1:4]]


def spare(folder: Path) -> str:
    return (folder / "participants.csv").read_text(encoding="utf-8").splitlines()[5].split(",")[0]


def enter(
    folder: Path, test: str, lines: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    *options: str,
) -> tuple[int, str, str]:  # fmt: skip
    """Run `lokalatih event enter` with `lines` as the clerk's keyboard; then the end of input (Ctrl-D)."""
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    status = main(["event", "enter", str(folder), test, *options])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# The entry workbooks


def test_event_new_writes_an_entry_workbook_per_form_numbered_as_printed(event: Path) -> None:
    key = TestKey.model_validate_json((event / "test-key.json").read_bytes())
    rows = len((event / "participants.csv").read_text(encoding="utf-8").splitlines()) - 1
    for test, expected in (("pre", PRE), ("post", POST)):
        sheet = load_workbook(event / f"test-{test}.xlsx").worksheets[0]
        header = [str(cell.value) for cell in sheet[1]]
        assert header == (event / f"test-{test}.csv").read_text(encoding="utf-8").split("\n")[0].split(",")
        assert header == ["participant", "1", "2", "3"]
        assert sheet.max_row == rows + 1 and sheet.freeze_panes == "B2"
        validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
        assert set(validations) == {f"{column}2:{column}{rows + 1}" for column in "ABCD"}
        code = validations[f"A2:A{rows + 1}"]
        assert code.type == "custom" and code.showErrorMessage and code.errorStyle == "stop"
        assert label("entry_code_error", "id") in code.error and label("entry_code_error", "en") in code.error
        for column, (number, item_id, letters, multiple) in zip("BCD", expected, strict=True):
            assert sheet[f"{column}1"].comment.text.split("\n")[0] == item_id  # the id, for the clerk who asks
            assert key.printed(test, item_id).options == list(letters)
            validation = validations[f"{column}2:{column}{rows + 1}"]
            assert validation.showErrorMessage and validation.allow_blank
            assert f"Soal {number}: " in validation.error and f"Question {number}: " in validation.error
            assert f"{letters[0]}–{letters[-1]}" in validation.error
            assert validation.errorTitle == validation.promptTitle == f"{number} · {item_id}"
            if multiple:
                assert validation.type == "custom"
            else:
                assert (validation.type, validation.formula1) == ("list", f'"{",".join(letters)}"')
        # The comments and the validation add no row: the reader sees the header and nothing else.
        table = open_event(event).table(f"test-{test}", "en")
        assert table is not None and table.header == header and table.rows == []


def _inputs(letters: str) -> list[str]:
    alphabet = "ABCDEFGH"
    typed = ["".join(p) for n in (1, 2, 3) for p in itertools.product(alphabet, repeat=n)]
    return typed + [t.lower() for t in typed[:20]] + ["A C", "A,C", "1", "?", "(A)", letters + letters[0]]


def test_the_workbook_formulas_accept_exactly_what_the_form_prints(event: Path) -> None:
    """Evaluate each column's validation over many typed values: a multiple-answer column takes that item's
    letters, each once, in any order (as LibreOffice Calc 7.4 does with the same workbook), and nothing else."""
    for test, expected in (("pre", PRE), ("post", POST)):
        sheet = load_workbook(event / f"test-{test}.xlsx").worksheets[0]
        formulas = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
        for column, (_, _, letters, multiple) in zip("BCD", expected, strict=True):
            if not multiple:
                continue
            for value in _inputs(letters):
                want = len(set(value.upper())) == len(value) and set(value.upper()) <= set(letters)
                assert accepts(formulas[f"{column}2"], f"{column}2", value) == want, (test, column, value)
        good = codes.new_codes(200, rng=random.Random(11))
        typos = [code[:i] + other + code[i + 1 :] for code in good[:40] for i in range(6)
                 for other in codes.ALPHABET[:3] if other != code[i]]  # fmt: skip
        swaps = [code[:i] + code[i + 1] + code[i] + code[i + 2 :] for code in good[:40] for i in range(5)]
        for value in [*good, *[c.lower() for c in good[:10]], *typos, *swaps, "K0M3QX", "ABCDE", "ACDEFGH", "  "]:
            want = codes.is_valid(value.upper())
            assert accepts(formulas["A2"], "A2", value) == want, value


def test_a_row_typed_into_the_workbook_is_data_and_keeps_enter_off_that_test(
    event: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code = registered(event)[0]
    workbook = load_workbook(event / "test-pre.xlsx")
    sheet = workbook.worksheets[0]
    for column, value in zip("ABCD", [code, "B", "AC", "A"], strict=True):
        sheet[f"{column}2"] = value
    workbook.save(event / "test-pre.xlsx")
    table = open_event(event).table("test-pre", "en")
    assert table is not None and table.path.name == "test-pre.xlsx"
    assert [(row.line, row.cells) for row in table.rows] == [(2, {"participant": code, "1": "B", "2": "AC", "3": "A"})]
    sheets = read_test(open_event(event), "pre", set(registered(event)), "en")
    assert sheets.problems == [] and sheets.answers_of(code) == {
        "d01-q1": {"B"},
        "d01-q2": {"A", "C"},
        "d01-q3": {"A"},
    }
    before = (event / "test-pre.csv").read_bytes()
    status, out, err = enter(event, "pre", [registered(event)[1]], capsys, monkeypatch, "--lang", "en")
    assert status == 2 and out == ""
    assert err.startswith("test-pre.xlsx:2: already holds answers; go on typing there, or move its rows to test-pre")
    assert (event / "test-pre.csv").read_bytes() == before
    assert enter(event, "post", [], capsys, monkeypatch)[0] == 0  # the other test is typed where it likes


# Parsing one line of answers


@pytest.mark.parametrize(
    ("line", "answers"),
    [
        ("B(AC)A", ["B", "AC", "A"]),
        ("b (ca) a", ["B", "AC", "A"]),  # lower case, spaces, letters in any order: written in the form's order
        ("- . B", ["", "", "B"]),
        ("D()B", ["D", "", "B"]),
        ("DAB", ["D", "A", "B"]),  # one letter on a multiple-answer question needs no parentheses
        ("(D)(B)(A)", ["D", "B", "A"]),
    ],
)
def test_answer_lines_that_are_read(event: Path, line: str, answers: list[str]) -> None:
    questions = form_questions(open_event(event).key, "pre")
    assert parse_answers(line, questions, "en") == (answers, [])


@pytest.mark.parametrize(
    ("line", "problems"),
    [
        ("E(AC)A", ["question 1: E is not on this form (A–D)"]),
        ("B(AD)C", ["question 2: D is not on this form (A–C)", "question 3: C is not on this form (A–B)"]),
        ("(AB)AA", ["question 1: one letter only, (AB) given"]),
        ("B(AA)A", ["question 2: A is written twice"]),
        ("B(AC)", ["3 answers expected (one per question, - for a blank), 2 given; read as: 1=B 2=AC"]),
        ("B(AC)AB", ["3 answers expected (one per question, - for a blank), 4 given; read as: 1=B 2=AC 3=A 4=B"]),
        ("B(AC A", ["an opening ( is not closed"]),
        ("B)AC", ["a ) without an opening ("]),
        ("1?A", ["question 1: 1 is not on this form (A–D)", "question 2: ? is not on this form (A–C)"]),
    ],
)
def test_answer_lines_that_are_refused_name_each_wrong_position(event: Path, line: str, problems: list[str]) -> None:
    questions = form_questions(open_event(event).key, "pre")
    assert parse_answers(line, questions, "en") == ([], problems)


def test_refusals_are_worded_in_indonesian_too(event: Path) -> None:
    questions = form_questions(open_event(event).key, "post")
    assert parse_answers("C(AB)A", questions, "id") == ([], ["soal 1: C tidak ada di lembar ini (A–B)",
                                                             "soal 2: satu huruf saja, tertulis (AB)"])  # fmt: skip


# The entry session


def test_a_valid_sheet_is_appended_exactly(
    event: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second, _ = registered(event)
    typed = [first.lower(), "b - (ca)", "y", f"{second[:3]}-{second[3:]}", "A D (B)", "ya", ""]
    status, out, err = enter(event, "post", typed, capsys, monkeypatch, "--lang", "en")
    assert (status, err) == (0, "")
    assert (event / "test-post.csv").read_text(encoding="utf-8") == (
        f"participant,1,2,3\n{first},B,,AC\n{second},A,D,B\n"
    )
    assert (
        f"test-post.csv:2: row of code {first} written" in out
        and f"test-post.csv:3: row of code {second} written" in out
    )
    assert f"{first}\n  1 B       2 -       3 AC\n" in out  # the summary the clerk compares with the sheet
    assert out.rstrip().endswith("test-post.csv: rows written: 2")
    # What the event's reader makes of it: the post-test's numbers are its own (1 = d01-q3, 2 = d01-q1, 3 = d01-q2).
    sheets = read_test(open_event(event), "post", set(registered(event)), "en")
    assert sheets.problems == []
    assert sheets.answers_of(first) == {"d01-q3": {"B"}, "d01-q1": set(), "d01-q2": {"A", "C"}}
    assert sheets.answers_of(second) == {"d01-q3": {"A"}, "d01-q1": {"D"}, "d01-q2": {"B"}}


def test_each_refusal_asks_again_and_writes_nothing(
    event: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code = registered(event)[0]
    wrong_check = code[:5] + next(c for c in codes.ALPHABET if c != code[5])
    listed = (event / "participants.csv").read_text(encoding="utf-8")
    unknown = next(c for c in codes.new_codes(5, rng=random.Random(3)) if c not in listed)
    typed = [wrong_check, spare(event), unknown, code, "E(AC)A", "B(AC)", "B(AC)A", "maybe", "n", ""]
    status, out, _ = enter(event, "pre", typed, capsys, monkeypatch, "--lang", "en")
    assert status == 0
    assert f"'{wrong_check}' is not a valid participant code (6 characters from the code boxes, the last a check" in out
    assert f"participants.csv: code {spare(event)} is a spare code with no participant; fill in the name" in out
    assert f"participants.csv: participant code {unknown} is not on the participant list" in out
    assert "question 1: E is not on this form (A–D)" in out
    assert "3 answers expected (one per question, - for a blank), 2 given; read as: 1=B 2=AC" in out
    assert out.count("Write this row to test-pre.csv? (y/n)") == 2  # "maybe" is asked again
    assert "Not written." in out and out.rstrip().endswith("test-pre.csv: rows written: 0")
    assert (event / "test-pre.csv").read_text(encoding="utf-8") == "participant,1,2,3\n"


def test_rows_already_in_the_file_stay_byte_for_byte(
    event: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows typed by hand (here in Excel's way: semicolons, CRLF, a BOM, no newline at the end) stay as they are; the
    new row follows in the file's own way, and a code that already has a row is pointed out."""
    first, second, _ = registered(event)
    before = f"\ufeffparticipant;1;2;3\r\n{first};B;A C;A\r\n\r\n{second};a;;".encode()
    (event / "test-pre.csv").write_bytes(before)
    status, out, _ = enter(event, "pre", [first, "DBA", "y"], capsys, monkeypatch, "--lang", "en")
    assert status == 0
    after = (event / "test-pre.csv").read_bytes()
    assert after == before + f"\r\n{first};D;B;A\r\n".encode()
    assert f"Warning: code {first} already has a row at test-pre.csv:2; two rows with different answers" in out
    assert f"test-pre.csv:5: row of code {first} written" in out


def test_the_events_language_and_the_end_of_input(
    event: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """event.yaml says `language: id`; Ctrl-D in the middle of a sheet ends the session, keeping what was written."""
    first, second, _ = registered(event)
    status, out, _ = enter(event, "pre", [first, "B(AC)A", "y", second, "B(AC"], capsys, monkeypatch)
    assert status == 0
    assert "Kode peserta: " in out and f"test-pre.csv:2: baris kode {first} ditulis" in out
    assert "tanda ( tidak ditutup dengan )" in out
    assert out.rstrip().endswith("test-pre.csv: 1 baris ditulis")
    assert (event / "test-pre.csv").read_text(encoding="utf-8") == f"participant,1,2,3\n{first},B,AC,A\n"


def test_a_header_that_is_not_the_forms_numbering_is_refused(
    event: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = json.loads((event / "test-key.json").read_text(encoding="utf-8"))
    (event / "test-post.csv").write_text(f"participant,{','.join(key['pre'])}\n", encoding="utf-8")
    status, out, err = enter(event, "post", [registered(event)[0]], capsys, monkeypatch, "--lang", "en")
    assert status == 2 and out == ""
    assert err == (
        "test-post.csv:1: the header reads 'participant,d01-q1,d01-q2,d01-q3', expected participant,1,2,3 "
        "(the question numbers as printed on the Post-test form)\n"
    )
