"""Running an event: the participant list, attendance, the typed-in answer sheets and the report, each number
checked against a hand computation and each message kind against its file and line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from lokalatih.cli import main
from lokalatih.events import codes
from lokalatih.model.report import Report
from lokalatih.scoring.summary import summary_sentences

from .events_data import CODES, KEY, make_event, participant_scores, write_csv
from .pdf_fonts import foreign_fonts

REPO = Path(__file__).parent.parent
P1, P2, P3, P4, P5, P6 = CODES[:6]
PEOPLE = [
    [P1, "Siti", "P", "government", "Dinas", "Medan"],
    [P2, "Budi", "L", "p3mi", "PT A", "Medan"],
    [P3, "Andi", "M", "union", "SB", "Deli Serdang"],  # M and L both mean male
    [P4, "Rina", "F", "cso", "LSM", "Deli Serdang"],
]
# Pre-test columns 1, 2, 3 are d-q1, d-q2, d-q3; the post-test prints d-q3, d-q1, d-q2 with reshuffled letters.
PRE = [[P1, "B", "A,C", "B"], [P2, "A", "A", "A"], [P3, "B", "CA", "A"], [P4, "", "", ""]]  # 2/3, 1/3, 3/3, 0/3
POST = [[P1, "A", "D", "B E"], [P2, "B", "D", "BE"], [P3, "A", "D", "B"], [P4, "A", "D", "E B"]]  # 3, 2, 2, 3 of 3


def report_of(tmp_path: Path, *events: Path, lang: str = "en", expect: int = 0) -> dict[str, Any]:
    out = tmp_path / "report"
    args = ["--root", str(REPO), "event", "report", *map(str, events), "--out", str(out), "--lang", lang]
    assert main(args) == expect
    if expect:
        return {}
    text = (out / "report.json").read_text(encoding="utf-8")
    assert Report.model_validate_json(text).to_json() == text  # the writer's model reads its own file back
    return json.loads(text)


def test_hand_computed_scores_gains_and_shares(tmp_path: Path) -> None:
    event = make_event(tmp_path / "e", [*PEOPLE, [P5], [P6]], PRE, POST)  # two spare codes, not participants
    report = report_of(tmp_path, event)
    assert report["attendance"]["registered"] == 4
    assert report["attendance"]["attended"] == {"n": 4, "women": 2, "women_share": 0.5, "target_met": True}
    assert report["n_participants"] == 4 and report["n_women"] == 2
    assert report["pre_mean_pct"] == 50.0  # (66.67 + 33.33 + 100 + 0) / 4
    assert report["post_mean_pct"] == pytest.approx(83.33, abs=0.01)  # (100 + 66.67 + 66.67 + 100) / 4
    assert report["class_normalized_gain"] == pytest.approx(0.6667, abs=1e-4)  # 33.33 / 50
    assert report["mean_individual_gain"] == pytest.approx(0.8333, abs=1e-4)  # mean(1.0, 0.5, 1.0); P3 left out
    assert report["pre_100_participants"] == [P3]
    women, men = report["by_sex"]["F"], report["by_sex"]["M"]
    assert (women["n"], women["pre_mean_pct"], women["post_mean_pct"], women["class_normalized_gain"]) == (
        2, pytest.approx(33.33, abs=0.01), 100.0, 1.0)  # fmt: skip
    assert (men["n"], men["pre_mean_pct"], men["post_mean_pct"], men["class_normalized_gain"]) == (
        2, pytest.approx(66.67, abs=0.01), pytest.approx(66.67, abs=0.01), 0.0)  # fmt: skip
    assert men["mean_individual_gain"] == 0.5 and men["small"] is True
    assert set(report["by_group"]) == {"government", "p3mi", "union", "cso"}
    items = {item["id"]: item for item in report["items"]}
    assert [(items[i]["p_pre"], items[i]["p_post"], items[i]["n"]) for i in ("d-q1", "d-q2", "d-q3")] == [
        (0.5, 1.0, 4), (0.5, 0.75, 4), (0.5, 0.75, 4)]  # fmt: skip
    # Post-test ranks: P2 and P3 at 66.67, P1 and P4 at 100; 27% of 4 is one participant each side (P2 | P4).
    assert [items[i]["discrimination"] for i in ("d-q1", "d-q2", "d-q3")] == [0.0, 0.0, 1.0]
    assert report["data_problems"] == []
    scores = participant_scores(tmp_path / "report")
    assert {p["participant"] for p in scores} == {P1, P2, P3, P4}  # codes, never names
    assert "Siti" not in json.dumps(report) and "Siti" not in (
        tmp_path / "report" / "participant-scores.csv"
    ).read_text(encoding="utf-8")


def test_sex_and_group_come_from_the_participant_list(tmp_path: Path) -> None:
    """The answer sheets carry only the code; moving a person to another group in the list moves their scores."""
    people = [row.copy() for row in PEOPLE]
    people[1][3] = "government"
    report = report_of(tmp_path, make_event(tmp_path / "e", people, PRE, POST))
    assert report["by_group"]["government"]["n"] == 2 and "p3mi" not in report["by_group"]


def test_summary_sentences_in_both_languages(tmp_path: Path) -> None:
    """The same figures, worded and formatted per language (label templates, Babel's decimal marks)."""
    event = make_event(tmp_path / "e", PEOPLE, PRE, [*POST, [P1, "A", "D", "B"]])  # a conflict: not scored
    report = Report.model_validate(report_of(tmp_path, event))
    assert summary_sentences(report, "id") == [
        "4 peserta hadir sedikitnya satu hari; 2 di antaranya perempuan (50%). Target sedikitnya 40% perempuan "
        "tercapai.",
        "3 peserta mengerjakan pre-test dan post-test yang sah; 1 di antaranya perempuan.",
        "Rata-rata nilai naik dari 44,4% pada pre-test menjadi 77,8% pada post-test.",
        "Gain ternormalisasi kelas (Hake) adalah 0,60, tergolong sedang.",
        "Ada 1 catatan tentang data yang diketik (jawaban di luar pilihan, kode salah, data ganda); rinciannya ada "
        "di bagian akhir.",
    ]
    assert summary_sentences(report, "en")[0] == (
        "4 participants attended at least one day; 2 of them are women (50%). The target of at least 40% women was met."
    )


def test_item_flags(tmp_path: Path) -> None:
    people, pre, post = [], [], []
    for n in range(7):  # everyone knows d-q1 and d-q2 before; afterwards only the two weakest get d-q3 right
        weak = n < 2
        people.append([CODES[n], f"N{n}", "P", "cso"])
        pre.append([CODES[n], "B", "A C", "A" if weak else "B"])
        post.append([CODES[n], "A" if weak else "B", "A" if weak else "D", "A" if weak else "B E"])
    report = report_of(tmp_path, make_event(tmp_path / "e", people, pre, post))
    assert report["data_problems"] == []
    flags = {item["id"]: item["flags"] for item in report["items"]}
    assert "too easy" in flags["d-q1"]
    assert "fewer correct after" in flags["d-q2"]
    assert "negative discrimination" in flags["d-q3"] and "too hard" in flags["d-q3"]


def test_every_kind_of_clerk_error_is_reported_with_its_line_and_costs_only_what_it_must(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad_check = P5[:-1] + next(c for c in codes.ALPHABET if c != P5[-1])
    pre = [
        *PRE,  # lines 2-5
        [P1[:3] + P1[4] + P1[3] + P1[5], "B", "AC", "A"],  # line 6: two characters swapped: caught by the check letter
        [bad_check, "B", "AC", "A"],  # line 7: one character wrong
        [P6, "B", "AC", "A"],  # line 8: a valid code nobody on the list holds
        [P2, "A", "A", "A"],  # line 9: P2 again, the same answers: counted once
    ]
    post = [
        [P1, "A", "X", "B E"],  # line 2: X is not on the form: only question 2 (d-q1) is lost
        [P2, "B", "DA", "BE"],  # line 3: two letters for a one-answer item
        [P3, "A", "D", "B"],  # line 4
        [P4, "A", "D", "E B"],  # line 5
        [P4, "B", "D", "E B"],  # line 6: P4 again with a different answer: neither is scored
        [P5, "A", "D", "B"],  # line 7: P5 is a spare code, not a participant
    ]
    event = make_event(tmp_path / "e", [*PEOPLE, [P5]], pre, post)
    report = report_of(tmp_path, event)
    swapped = P1[:3] + P1[4] + P1[3] + P1[5]
    assert report["data_problems"] == [
        f"e/test-pre.csv:6: participant code '{swapped}' is not valid (6 characters from the code list, the last a "
        "check letter); check what was typed",
        f"e/test-pre.csv:7: participant code '{bad_check}' is not valid (6 characters from the code list, the last a "
        "check letter); check what was typed",
        f"e/test-pre.csv:8: participant code {P6} is not on the participant list",
        f"e/test-pre.csv:9: the row of code {P2} (Pre-test) repeats line 3 exactly; counted once",
        "e/test-post.csv:2: question 2 (d-q1): 'X' is not an option on this form (A/B/C/D); counted as unanswered",
        "e/test-post.csv:3: question 2 (d-q1): one letter (A/B/C/D) expected, got 'DA'; counted as unanswered",
        f"e/test-post.csv:6: code {P4} (Post-test) is also on line 5 with different answers; neither is scored until "
        "one is removed",
        f"e/test-post.csv:7: code {P5} is a spare code with no participant; fill in the name, sex and group in the "
        "participant list first",
    ]
    scores = {p["participant"]: (p["pre_pct"], p["post_pct"]) for p in participant_scores(tmp_path / "report")}
    assert scores == {P1: (66.67, 66.67), P2: (33.33, 33.33), P3: (100.0, 66.67)}  # P4: the conflict waits
    assert report["unmatched_pre_participants"] == [P4]
    err = capsys.readouterr().err
    assert f"e/test-post.csv:7: code {P5} is a spare code with no participant" in err


def test_messages_are_in_the_language_of_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "e", PEOPLE, PRE, [[P1, "A", "X", "B E"], *POST[1:]])
    report = report_of(tmp_path, event, lang="id")
    assert capsys.readouterr().out.startswith(
        "4 peserta hadir, 4 dengan pre-test dan post-test yang sah, 1 catatan tentang data\nditulis: "
    )
    assert report["data_problems"] == [
        "e/test-post.csv:2: soal 2 (d-q1): 'X' bukan pilihan pada lembar ini (A/B/C/D); dihitung tidak dijawab"
    ]
    html = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    assert "Catatan tentang data" in html and "bukan pilihan pada lembar ini" in html


def test_a_post_test_without_a_pre_test_is_reported(tmp_path: Path) -> None:
    report = report_of(tmp_path, make_event(tmp_path / "e", PEOPLE, PRE[:3], POST))
    assert report["data_problems"] == [f"e/test-post.csv:5: code {P4} has a post-test but no pre-test; not scored"]
    assert report["n_participants"] == 3


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (["Dewi", "W", "cso"], "e/participants.csv:6: sex 'W' is not recognised; valid: F, M, P, L"),
        (["Dewi", "P", "pemerintah"], "e/participants.csv:6: group 'pemerintah' is not recognised; valid: government, "
         "p3mi, lpk, clinic, employer, union, cso, other (did you mean 'government'?)"),
        (["Dewi", "P", "goverment"], "(did you mean 'government'?)"),
        (["Dewi", "P", "serikat buruh"], "(did you mean 'union'?)"),
        (["Dewi", "P", ""], "e/participants.csv:6: group is empty; fill in one of: government, p3mi"),
        (["", "P", "cso"], f"e/participants.csv:6: code {P5} has details but no name"),
    ],
)  # fmt: skip
def test_a_bad_participant_list_is_refused_with_what_is_valid(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], row: list[str], message: str
) -> None:
    event = make_event(tmp_path / "e", [*PEOPLE, [P5, *row]], PRE, POST)
    report_of(tmp_path, event, expect=2)
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "report").exists()


def test_a_participant_list_refusal_names_every_bad_row_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = [*PEOPLE, [P5, "Dewi", "W", "pemerintah"], [P1, "Dua", "P", "cso"], ["XYZ", "Tiga", "P", "cso"]]
    report_of(tmp_path, make_event(tmp_path / "e", people, PRE, POST), lang="id", expect=2)
    assert capsys.readouterr().err.splitlines() == [
        "e/participants.csv:6: sex 'W' tidak dikenal; pilihan yang sah: F, M, P, L",
        "e/participants.csv:6: group 'pemerintah' tidak dikenal; pilihan yang sah: government, p3mi, lpk, clinic, "
        "employer, union, cso, other (maksudnya 'government'?)",
        f"e/participants.csv:7: kode {P1} sudah dipakai di baris 2",
        "e/participants.csv:8: kode peserta 'XYZ' tidak sah (6 karakter dari daftar kode, yang terakhir huruf "
        "periksa); periksa lagi ketikannya",
    ]


def test_attendance_gives_women_share_per_day_group_and_district(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    attendance = [[P1, "1", "x"], [P2, "1", ""], [P3, "", "1"], [P4, "hadir", "v"]]
    event = make_event(tmp_path / "e", [*PEOPLE, [P5]], PRE, POST, attendance=attendance, days=2)
    assert main(["--root", str(REPO), "event", "attendance", str(event)]) == 0
    summary = json.loads((event / "output" / "attendance.json").read_text(encoding="utf-8"))
    assert [(d["day"], d["n"], d["women"]) for d in summary["days"]] == [(1, 3, 2), (2, 3, 2)]
    assert summary["attended"]["n"] == 4 and summary["all_days"] == 2
    report = report_of(tmp_path, event)
    assert report["attendance"]["by_district"]["Deli Serdang"] == {
        "n": 2, "women": 1, "women_share": 0.5, "target_met": True}  # fmt: skip
    assert report["attendance"]["by_group"]["p3mi"]["target_met"] is False
    out = capsys.readouterr().out
    assert "Day 2" in out and "67%" in out


def test_a_kobo_check_in_list_and_bad_marks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "e", PEOPLE, PRE, POST, days=2)
    write_csv(event / "attendance.csv", [["participant", "day"], [P1, "1"], [P1, "day2"], [P2, "3"]])
    assert main(["--root", str(REPO), "event", "attendance", str(event)]) == 2
    assert capsys.readouterr().err == "e/attendance.csv:4: day '3' does not exist; this event has days 1, 2\n"
    write_csv(event / "attendance.csv", [["code", "day1", "day2"], [P1, "1", "maybe"]])
    assert main(["--root", str(REPO), "event", "attendance", str(event)]) == 2
    assert "e/attendance.csv:2: attendance mark 'maybe' is not recognised" in capsys.readouterr().err


def test_a_kobo_export_of_the_test_is_read_by_item_id(tmp_path: Path) -> None:
    """KoboToolbox names columns by item id (in a group, with metadata around them) and separates letters by spaces."""
    event = make_event(tmp_path / "e", PEOPLE, PRE, POST)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["start", "participant", "items/d-q1", "items/d-q2", "items/d-q3", "_uuid"])
    sheet.append(["2025-11-17", P1, "D", "B E", "A", "u1"])
    sheet.append(["2025-11-17", P2, "D", "B E", "B", "u2"])
    (event / "test-post.csv").unlink()
    workbook.save(event / "test-post.xlsx")
    report_of(tmp_path, event)
    assert {p["participant"]: p["post_pct"] for p in participant_scores(tmp_path / "report")} == {
        P1: 100.0, P2: 66.67}  # fmt: skip


def test_a_file_kept_both_as_csv_and_xlsx_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "e", PEOPLE, PRE, POST)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["participant", "1", "2", "3"])
    sheet.append([P1, "A", "D", "B E"])
    workbook.save(event / "test-post.xlsx")
    report_of(tmp_path, event, expect=2)
    assert "test-post.csv and test-post.xlsx both hold data; use one of them and empty the other" in (
        capsys.readouterr().err
    )


def test_a_missing_question_column_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "e", PEOPLE, PRE, POST)
    write_csv(event / "test-pre.csv", [["participant", "1", "2"], [P1, "B", "AC"]])
    report_of(tmp_path, event, expect=2)
    assert capsys.readouterr().err == (
        "e/test-pre.csv:1: missing columns 3; the expected header is: participant,1,2,3\n"
    )


def test_semicolons_and_a_bom_as_excel_writes_them(tmp_path: Path) -> None:
    event = make_event(tmp_path / "e", PEOPLE, PRE, POST)
    text = "\ufeffparticipant;1;2;3\n" + "\n".join(";".join(row) for row in PRE) + "\n"
    (event / "test-pre.csv").write_text(text, encoding="utf-8")
    assert report_of(tmp_path, event)["pre_mean_pct"] == 50.0


def test_pooled_report_equals_the_computation_on_the_pooled_data(tmp_path: Path) -> None:
    """Four provinces of different sizes: every figure is computed over everyone, not averaged over events."""
    provinces = ["jawa-timur", "sumatera-utara", "nusa-tenggara-timur", "lampung"]
    sizes = [2, 3, 5, 8]
    events, everyone = [], []
    code_iter = iter(CODES)
    for province, size in zip(provinces, sizes, strict=True):
        people, pre, post = [], [], []
        for n in range(size):
            code = next(code_iter)
            woman = (n + size) % 3 == 0
            pre_right, post_right = n % 3, min(3, n % 3 + (n + size) % 2 + 1)
            people.append([code, f"N{n}", "P" if woman else "L", "cso" if n % 2 else "lpk", "", f"D{n % 2}"])
            # The first `right` items answered correctly (pre letters B, AC, A; post letters A, D, BE by column).
            pre.append([code, *[["B", "AC", "A"][i] if i < pre_right else "C" for i in range(3)]])
            post_items = {"d-q1": "D", "d-q2": "BE", "d-q3": "A"}
            right = ["d-q1", "d-q2", "d-q3"][:post_right]
            post.append([code, *[post_items[i] if i in right else "C" for i in ("d-q3", "d-q1", "d-q2")]])
            everyone.append((province, woman, n % 2, 100 * pre_right / 3, 100 * post_right / 3))
        events.append(make_event(tmp_path / province, people, pre, post, province=province))
    report = report_of(tmp_path, *events)
    n = len(everyone)
    pre_mean = sum(e[3] for e in everyone) / n
    post_mean = sum(e[4] for e in everyone) / n
    assert report["n_participants"] == n == sum(sizes)
    assert report["pre_mean_pct"] == round(pre_mean, 2) and report["post_mean_pct"] == round(post_mean, 2)
    assert report["class_normalized_gain"] == round((post_mean - pre_mean) / (100 - pre_mean), 4)
    gains = [(e[4] - e[3]) / (100 - e[3]) for e in everyone if e[3] < 100]
    assert report["mean_individual_gain"] == round(sum(gains) / len(gains), 4)
    women = sum(e[1] for e in everyone)
    assert report["attendance"]["attended"] == {
        "n": n, "women": women, "women_share": round(women / n, 4), "target_met": women / n >= 0.4}  # fmt: skip
    for province in provinces:
        mine = [e for e in everyone if e[0] == province]
        pre_p = sum(e[3] for e in mine) / len(mine)
        assert report["by_province"][province]["pre_mean_pct"] == round(pre_p, 2)
        assert report["attendance"]["by_province"][province]["n"] == len(mine)
    assert [e["province"] for e in report["events"]] == provinces
    women_scores = [e for e in everyone if e[1]]
    assert report["by_sex"]["F"]["post_mean_pct"] == round(sum(e[4] for e in women_scores) / len(women_scores), 2)
    # A mean of the four events' own means would differ: the pooled figure is not that.
    event_means = [sum(e[3] for e in everyone if e[0] == p) / s for p, s in zip(provinces, sizes, strict=True)]
    assert round(sum(event_means) / 4, 2) != report["pre_mean_pct"]


def test_a_report_of_two_programmes_or_of_one_event_twice_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = make_event(tmp_path / "a", PEOPLE, PRE, POST)
    other_key = {**KEY, "programme": "other"}
    two = make_event(tmp_path / "b", PEOPLE, PRE, POST, key=other_key)
    report_of(tmp_path, one, two, expect=2)
    assert "a report covers one programme; these events are of demo, other" in capsys.readouterr().err
    report_of(tmp_path, one, one, expect=2)
    assert "the same event is named twice: a" in capsys.readouterr().err


def test_report_html_and_pdf_in_the_chosen_language_with_readable_labels(tmp_path: Path) -> None:
    people = [row.copy() for row in PEOPLE]
    people[0][3] = "employer"  # the longest group name: "Pemberi kerja / asosiasi pengusaha"
    report_of(tmp_path, make_event(tmp_path / "e", people, PRE, POST), lang="id")
    out = tmp_path / "report"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in html and "<svg" in html
    assert "Gain ternormalisasi kelas (Hake) adalah 0,67, tergolong sedang." in html
    assert "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing to fetch
    text = subprocess.run(["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True, check=True)
    assert "Laporan pemantauan dan evaluasi" in text.stdout and "Menurut jenis kelamin" in text.stdout
    assert foreign_fonts(out / "report.pdf") == []  # the charts' text too is set in the shipped fonts


def test_chart_labels_fit_left_of_their_bars() -> None:
    """Each label's measured width in the shipped font fits between the chart's edge and its anchor."""
    import re

    from lokalatih.scoring.charts import grouped_bars, text_width

    long_name = "Pemberi kerja / asosiasi pengusaha"
    svg = grouped_bars([(long_name, 50.0, 75.0), ("Lainnya", None, 20.0)], "Pre", "Post")
    for anchor, size, text in re.findall(r'<text x="([\d.]+)" y="[\d.]+" font-size="(\d+)" text-anchor="end">([^<]+)',
                                         svg):  # fmt: skip
        assert float(anchor) - text_width(text, float(size)) >= 0, text
    assert long_name in svg
    assert text_width(long_name, 11) > 150  # the old fixed 150-pixel column clipped it


def test_an_empty_event_gives_a_report_that_says_so(tmp_path: Path) -> None:
    event = make_event(tmp_path / "e", PEOPLE, [], [])
    report = report_of(tmp_path, event, lang="id")
    assert report["n_participants"] == 0 and report["class_normalized_gain"] is None
    assert "Belum ada peserta" in (tmp_path / "report" / "report.html").read_text(encoding="utf-8")


def test_not_an_event_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report_of(tmp_path, tmp_path, expect=2)
    assert "not an event folder (no event.yaml); create one with `lokalatih event new`" in capsys.readouterr().err


def test_the_registration_form_collects_the_participant_list_as_the_event_reads_it(tmp_path: Path) -> None:
    """The Kobo registration form's names and choice values are the participant list's columns and values: an export
    read back as participants.xlsx gives the same participants."""
    import datetime as dt
    import re

    from openpyxl import load_workbook
    from pyxform.xls2xform import xls2xform_convert

    from lokalatih.events.participants import COLUMNS
    from lokalatih.kit.registration import CODE_CONSTRAINT, registration_xlsform

    form = tmp_path / "registration.xlsx"
    form.write_bytes(registration_xlsform("1", dt.datetime(2025, 11, 1, tzinfo=dt.UTC)))
    assert xls2xform_convert(xlsform_path=str(form), xform_path=str(tmp_path / "r.xml"), validate=False) == []
    workbook = load_workbook(form)
    names = [row[1] for row in workbook["survey"].iter_rows(min_row=2, values_only=True)]
    assert tuple(names) == COLUMNS
    pattern = re.search(r"'(\^.*\$)'", CODE_CONSTRAINT)
    assert pattern and re.match(pattern.group(1), P1) and not re.match(pattern.group(1), P1.lower())
    values = {(row[0], row[1]) for row in workbook["choices"].iter_rows(min_row=2, values_only=True)}
    export = Workbook()
    sheet = export.active
    assert sheet is not None
    sheet.append(["start", *COLUMNS, "_uuid"])
    people = [[P1, "Siti", "F", "government", "Dinas", "Medan", "no", "yes"],
              [P2, "Budi", "M", "union", "SB", "Binjai", "undisclosed", "no"]]  # fmt: skip
    for person in people:
        assert ("sex", person[2]) in values and ("stakeholder_group", person[3]) in values
        assert ("disability", person[6]) in values and ("yes_no", person[7]) in values
        sheet.append(["2025-11-17", *person, "u"])
    event = make_event(tmp_path / "e", [], PRE[:2], POST[:2])
    (event / "participants.csv").unlink()
    export.save(event / "participants.xlsx")
    report = report_of(tmp_path, event)
    assert report["attendance"]["registered"] == 2
    assert {p["participant"]: (p["sex"], p["group"]) for p in participant_scores(tmp_path / "report")} == {
        P1: ("F", "government"), P2: ("M", "union")}  # fmt: skip


def test_an_event_folder_is_never_created_in_a_generated_folder_nor_over_another(
    minikit: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = ["--root", str(minikit), "event", "new", "sumatera-utara", "demo", "--date", "2025-11-17"]
    assert main([*new, "--events-dir", str(minikit / "dist" / "events")]) == 2
    assert "inside dist/, which every build replaces" in capsys.readouterr().err
    assert not (minikit / "dist").exists()
    assert main(new) == 0
    folder = minikit / "events" / "sumatera-utara-demo-2025-11-17"
    listing = (folder / "participants.csv").read_bytes()
    assert main(new) == 2
    assert "already exists; an event folder is never overwritten" in capsys.readouterr().err
    assert (folder / "participants.csv").read_bytes() == listing
    assert main(["--root", str(minikit), "event", "new", "sumatera-utara", "nope", "--date", "2025-11-17"]) == 2
    assert "programme 'nope' does not exist; the kit has demo" in capsys.readouterr().err


def test_event_new_writes_codes_that_carry_their_check_letter(minikit: Path) -> None:
    assert main(["--root", str(minikit), "event", "new", "sumatera-utara", "demo", "--date", "2025-11-17",
                 "--seats", "20"]) == 0  # fmt: skip
    folder = minikit / "events" / "sumatera-utara-demo-2025-11-17"
    rows = (folder / "participants.csv").read_text(encoding="utf-8").splitlines()
    assert rows[0] == "code,name,sex,group,organisation,district,disability,photo_consent"
    listed = [row.split(",")[0] for row in rows[1:]]
    assert len(listed) == 30 == len(set(listed)) and all(codes.is_valid(code) for code in listed)  # 20 + 10 spare
    assert "language: id" in (folder / "event.yaml").read_text(encoding="utf-8")
    assert (folder / "test-pre.csv").read_text(encoding="utf-8").startswith("participant,1,")


def test_an_empty_participant_list_and_a_stray_item_column(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    event = make_event(tmp_path / "e", [[P1], [P2]], [], [])
    report_of(tmp_path, event, expect=2)
    assert capsys.readouterr().err == "e/participants.csv: no participants yet; fill in names beside the codes\n"
    event = make_event(tmp_path / "f", PEOPLE, PRE, POST)
    write_csv(event / "test-pre.csv", [["participant", "1", "2", "3", "x-q9"], *[[*row, ""] for row in PRE]])
    report = report_of(tmp_path, event)
    assert report["data_problems"] == ["f/test-pre.csv:1: column 'x-q9' is not a question of this form; ignored"]


def test_sheets_away_from_the_kit_say_which_source_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = make_event(tmp_path / "e", PEOPLE, PRE, POST)
    elsewhere = tmp_path / "no-kit"
    assert main(["--root", str(elsewhere), "event", "sheets", str(event)]) == 2
    assert capsys.readouterr().err == (
        f"{elsewhere}/modules/demo/programme.yaml: not readable; run the command in the kit that made the event "
        "(--root)\n"
    )
    assert not (event / "output").exists()
