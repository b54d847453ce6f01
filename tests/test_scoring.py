"""`lokalatih score`: hand-computed expectations on small data sets, every bad-row kind, and odd files."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from lokalatih.cli import main
from lokalatih.model.report import Report
from lokalatih.scoring.key import load_key
from lokalatih.scoring.summary import summary_sentences

from .pdf_fonts import foreign_fonts

KEY = {
    "programme": "demo",
    "pre": ["d-q1", "d-q2", "d-q3"],
    "post": ["d-q3", "d-q1", "d-q2"],
    "items": [
        {"id": "d-q1", "module": "d01", "objective": "o1", "type": "single", "options": list("ABCD"), "correct": ["B"]},
        {
            "id": "d-q2",
            "module": "d01",
            "objective": "o2",
            "type": "multiple",
            "options": list("ABCDE"),
            "correct": ["A", "C"],
        },
        {
            "id": "d-q3",
            "module": "d02",
            "objective": "o3",
            "type": "true-false",
            "options": ["A", "B"],
            "correct": ["A"],
        },
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
}
HEADER = "participant,test,sex,group,province,d-q1,d-q2,d-q3"
GOOD = [
    'P01,pre,F,government,sumatera-utara,B,"A,C",B',  # 2/3
    "P01,post,F,government,sumatera-utara,D,B E,A",  # 3/3
    "P02,pre,M,p3mi,sumatera-utara,A,A,A",  # 1/3: a partial multiple answer scores 0
    "P02,post,M,p3mi,sumatera-utara,D,BE,B",  # 2/3
    "P03,pre,L,union,sumatera-utara,B,CA,A",  # 3/3: pre = 100%, individual gain undefined; L means male
    "P03,post,L,union,sumatera-utara,D,B,A",  # 2/3
    "P04,pre,P,cso,sumatera-utara,,,",  # 0/3, no answers; P means female
    "P04,post,P,cso,sumatera-utara,D,E B,A",  # 3/3
]


@pytest.fixture
def key(tmp_path: Path) -> Path:
    path = tmp_path / "test-key.json"
    path.write_text(json.dumps(KEY), encoding="utf-8")
    return path


def score(tmp_path: Path, key: Path, lines: list[str], lang: str = "en", name: str = "responses.csv") -> dict:
    responses = tmp_path / name
    responses.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "report"
    assert (
        main(["--root", str(tmp_path), "score", str(responses), "--key", str(key), "--out", str(out), "--lang", lang])
        == 0
    )
    text = (out / "report.json").read_text(encoding="utf-8")
    assert Report.model_validate_json(text).to_json() == text  # the writer's model reads its own file back, unchanged
    return json.loads(text)


def test_hand_computed_scores_gains_and_shares(tmp_path: Path, key: Path) -> None:
    report = score(tmp_path, key, [HEADER, *GOOD])
    assert report["n_participants"] == 4
    assert report["n_women"] == 2 and report["women_share"] == 0.5
    assert report["target_women_share"] == 0.4 and report["target_met"] is True
    assert report["pre_mean_pct"] == 50.0  # (66.67 + 33.33 + 100 + 0) / 4
    assert report["post_mean_pct"] == pytest.approx(83.33, abs=0.01)  # (100 + 66.67 + 66.67 + 100) / 4
    assert report["class_normalized_gain"] == pytest.approx(0.6667, abs=1e-4)  # 33.33 / 50
    assert report["mean_individual_gain"] == pytest.approx(0.8333, abs=1e-4)  # mean(1.0, 0.5, 1.0); P03 left out
    assert report["pre_100_participants"] == ["P03"]
    women, men = report["by_sex"]["F"], report["by_sex"]["M"]
    assert (women["n"], women["pre_mean_pct"], women["post_mean_pct"], women["class_normalized_gain"]) == (
        2,
        pytest.approx(33.33, abs=0.01),
        100.0,
        1.0,
    )
    assert (men["n"], men["pre_mean_pct"], men["post_mean_pct"], men["class_normalized_gain"]) == (
        2,
        pytest.approx(66.67, abs=0.01),
        pytest.approx(66.67, abs=0.01),
        0.0,
    )
    assert men["mean_individual_gain"] == 0.5 and men["small"] is True
    assert set(report["by_group"]) == {"government", "p3mi", "union", "cso"}
    assert report["by_group"]["p3mi"]["n"] == 1
    items = {item["id"]: item for item in report["items"]}
    assert [(items[i]["p_pre"], items[i]["p_post"]) for i in ("d-q1", "d-q2", "d-q3")] == [
        (0.5, 1.0),
        (0.5, 0.75),
        (0.5, 0.75),
    ]
    # Post-test ranks: P02 and P03 at 66.67, P01 and P04 at 100; 27% of 4 is one participant each side (P02 | P04).
    assert [items[i]["discrimination"] for i in ("d-q1", "d-q2", "d-q3")] == [0.0, 0.0, 1.0]
    assert report["rejected_rows"] == []
    assert [p["participant"] for p in report["participants"]] == ["P01", "P02", "P03", "P04"]  # codes, never names


def test_summary_sentences_in_both_languages(tmp_path: Path, key: Path) -> None:
    """The same figures, worded and formatted per language (label templates, Babel's decimal marks)."""
    report = Report.model_validate(score(tmp_path, key, [HEADER, *GOOD, "P09,post,M,cso,x,D,BE,A"]))
    assert summary_sentences(report, "id") == [
        "4 peserta mengikuti pre-test dan post-test; 2 di antaranya perempuan (50%). "
        "Target sedikitnya 40% perempuan tercapai.",
        "Rata-rata nilai naik dari 50,0% pada pre-test menjadi 83,3% pada post-test.",
        "Gain ternormalisasi kelas (Hake) adalah 0,67, tergolong sedang.",
        "1 baris data tidak dihitung; alasannya ada di tabel baris yang ditolak.",
    ]
    assert summary_sentences(report, "en") == [
        "4 participants took both the pre-test and the post-test; 2 of them are women (50%). "
        "The target of at least 40% women was met.",
        "The mean score rose from 50.0% on the pre-test to 83.3% on the post-test.",
        "The class normalized gain (Hake) is 0.67, which is medium.",
        "1 rows were not scored; the reasons are in the table of rejected rows.",
    ]
    fell = report.model_copy(update={"post_mean_pct": 40.0, "target_met": False, "items": report.items[:1]})
    assert summary_sentences(fell, "en")[:2] == [
        "4 participants took both the pre-test and the post-test; 2 of them are women (50%). "
        "The target of at least 40% women was not met.",
        "The mean score fell from 50.0% to 40.0%.",
    ]


def test_item_flags(tmp_path: Path, key: Path) -> None:
    lines = [HEADER]
    for n in range(7):  # everyone knows d-q1 and d-q2 before; afterwards only the two weakest get d-q3 right
        weak = n < 2
        lines.append(f"Q{n},pre,F,cso,x,B,A C,{'A' if weak else 'B'}")
        lines.append(f"Q{n},post,F,cso,x,{'A' if weak else 'D'},{'A' if weak else 'B E'},{'A' if weak else 'B'}")
    report = score(tmp_path, key, lines)
    assert report["rejected_rows"] == []
    flags = {item["id"]: item["flags"] for item in report["items"]}
    assert "too easy" in flags["d-q1"]
    assert "fewer correct after" in flags["d-q2"]
    assert "negative discrimination" in flags["d-q3"] and "too hard" in flags["d-q3"]


def test_every_kind_of_bad_row_is_reported_and_kept_out(
    tmp_path: Path, key: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        "participant,test,sex,group,province,d-q1,d-q2,d-q3,x-q9",
        *[line + "," for line in GOOD],
        "P05,mid,F,cso,x,B,AC,A,",  # line 10
        "P06,pre,X,cso,x,B,AC,A,",  # line 11
        "P07,pre,F,cso,x,E,AC,A,",  # line 12
        "P08,pre,F,cso,x,AB,AC,A,",  # line 13
        "P01,pre,F,cso,x,B,AC,A,",  # line 14: second pre-test of P01
        "P09,post,M,cso,x,D,BE,A,",  # line 15: no pre-test
        "P10,pre,F,cso,x,B,AC,A,B",  # line 16: an answer to an item the key does not know
        ",pre,F,cso,x,B,AC,A,",  # line 17
    ]
    report = score(tmp_path, key, lines)
    assert report["rejected_rows"] == [
        {"line": 10, "reason": "test 'mid' not recognised (pre or post)"},
        {"line": 11, "reason": "sex 'X' not recognised (F or M; P or L)"},
        {"line": 12, "reason": "d-q1: 'E' is not among the options A/B/C/D"},
        {"line": 13, "reason": "d-q1: one letter expected, got 'AB'"},
        {"line": 14, "reason": "duplicate pre-test for participant 'P01' (first on line 2)"},
        {"line": 15, "reason": "post-test for participant 'P09' without a pre-test"},
        {"line": 16, "reason": "unknown item id 'x-q9'"},
        {"line": 17, "reason": "no participant code"},
    ]
    assert report["n_participants"] == 4 and report["pre_mean_pct"] == 50.0  # the good rows score as before
    err = capsys.readouterr().err
    assert "responses.csv:15: post-test for participant 'P09' without a pre-test" in err


def test_unmatched_pre_test_is_not_scored_but_listed(tmp_path: Path, key: Path) -> None:
    report = score(tmp_path, key, [HEADER, *GOOD, "P11,pre,F,cso,x,B,AC,A"])
    assert report["n_participants"] == 4
    assert report["unmatched_pre_participants"] == ["P11"]


def test_wrong_columns_are_refused(tmp_path: Path, key: Path, capsys: pytest.CaptureFixture[str]) -> None:
    responses = tmp_path / "responses.csv"
    responses.write_text("participant,test,gender,d-q1,d-q2\nP01,pre,F,B,AC\n", encoding="utf-8")
    assert (
        main(["--root", str(tmp_path), "score", str(responses), "--key", str(key), "--out", str(tmp_path / "r")]) == 2
    )
    err = capsys.readouterr().err
    assert "missing columns sex, group, province, d-q3" in err
    assert not (tmp_path / "r").exists()


def test_empty_file_is_refused_and_header_only_gives_an_empty_report(
    tmp_path: Path, key: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    assert main(["--root", str(tmp_path), "score", str(empty), "--key", str(key), "--out", str(tmp_path / "r")]) == 2
    assert "the file is empty" in capsys.readouterr().err
    report = score(tmp_path, key, [HEADER], lang="id")
    assert report["n_participants"] == 0 and report["class_normalized_gain"] is None and report["target_met"] is False
    html = (tmp_path / "report" / "report.html").read_text(encoding="utf-8")
    assert "Belum ada peserta" in html


def test_kobo_export_with_semicolons_and_metadata_columns(tmp_path: Path, key: Path) -> None:
    header = "start;end;participant;sex;group;test;province;d-q1;d-q2;d-q2/A;d-q2/B;d-q3;_uuid;_index"
    rows = [
        "2025-11-18;2025-11-18;P01;F;government;pre;sumatera-utara;B;A C;1;0;B;u1;1",
        "2025-11-19;2025-11-19;P01;F;government;post;sumatera-utara;D;B E;0;1;A;u2;2",
    ]
    report = score(tmp_path, key, [header, *rows], name="kobo.csv")
    assert report["n_participants"] == 1 and report["pre_mean_pct"] == pytest.approx(66.67, abs=0.01)


def test_kobo_xlsx_export(tmp_path: Path, key: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["participant", "sex", "group", "test", "province", "d-q1", "d-q2", "d-q3", "_submission_time"])
    sheet.append(["P01", "P", "cso", "pre", "x", "B", "A C", "A", "2025-11-18"])
    sheet.append(["P01", "P", "cso", "post", "x", "D", "B E", "A", "2025-11-19"])
    path = tmp_path / "kobo.xlsx"
    workbook.save(path)
    out = tmp_path / "report"
    assert main(["--root", str(tmp_path), "score", str(path), "--key", str(key), "--out", str(out)]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["n_women"] == 1 and report["pre_mean_pct"] == 100.0 and report["pre_100_participants"] == ["P01"]


def test_report_html_and_pdf_in_the_chosen_language(tmp_path: Path, key: Path) -> None:
    score(tmp_path, key, [HEADER, *GOOD, "P09,post,M,cso,x,D,BE,A"], lang="id")
    out = tmp_path / "report"
    html = (out / "report.html").read_text(encoding="utf-8")
    assert '<html lang="id">' in html and "<svg" in html and "Baris yang ditolak" in html
    assert "Gain ternormalisasi kelas (Hake) adalah 0,67, tergolong sedang." in html
    assert "Target sedikitnya 40% perempuan tercapai." in html
    assert "http" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing to fetch
    text = subprocess.run(
        ["pdftotext", str(out / "report.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Laporan hasil pre-test dan post-test" in text and "Menurut jenis kelamin" in text
    assert foreign_fonts(out / "report.pdf") == []  # the charts' text too is set in the shipped fonts


def _without(*path: str) -> Callable[[dict[str, Any]], None]:
    def edit(key: dict[str, Any]) -> None:
        *parents, last = path
        target = key
        for part in parents:
            target = target[part]
        del target[last]

    return edit


def _set(value: Any, *path: str | int) -> Callable[[dict[str, Any]], None]:
    def edit(key: dict[str, Any]) -> None:
        *parents, last = path
        target: Any = key
        for part in parents:
            target = target[part]
        target[last] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (_without("forms"), "forms: Field required"),
        (_set(["E"], "forms", "post", "d-q1", "correct"), "forms.post.d-q1: correct letter(s) E not among the options"),
        (_without("forms", "post", "d-q2"), "forms.post: no letters for d-q2"),
        (_set(["d-q1", "d-q2"], "post"), "post: must list every item of `items` once"),
        (_set("essay", "items", 0, "type"), "items[0].type: Input should be 'single', 'multiple' or 'true-false'"),
        (_set(["A", "B"], "forms", "post", "d-q3", "correct"), "forms.post.d-q3: a true-false item has exactly one"),
        (_set(["C"], "items", 0, "correct"), "items: d-q1 differs from forms.pre.d-q1"),
        (_set({}, "forms", "mid"), "forms: 'mid': Input should be 'pre' or 'post'"),
    ],
)
def test_a_bad_key_is_refused_in_one_line_that_names_file_and_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], edit: Callable[[dict[str, Any]], None], problem: str
) -> None:
    broken = copy.deepcopy(KEY)
    edit(broken)
    path = tmp_path / "test-key.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    responses = tmp_path / "responses.csv"
    responses.write_text("\n".join([HEADER, *GOOD]) + "\n", encoding="utf-8")
    out = tmp_path / "r"
    assert main(["--root", str(tmp_path), "score", str(responses), "--key", str(path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: {path}: not a Lokalatih test key: {err.split(': ', 3)[3]}"  # exactly one line
    assert err.count("\n") == 1 and problem in err and "Traceback" not in err
    assert not out.exists()


def test_a_key_that_is_not_json_or_not_there_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    responses = tmp_path / "responses.csv"
    responses.write_text("\n".join([HEADER, *GOOD]) + "\n", encoding="utf-8")
    truncated = tmp_path / "test-key.json"
    truncated.write_text(json.dumps(KEY)[:40], encoding="utf-8")
    for key, problem in [
        (truncated, f"{truncated}: not a Lokalatih test key: not valid JSON (EOF while parsing"),
        (tmp_path / "missing.json", f"{tmp_path / 'missing.json'}: cannot read the test key (No such file"),
    ]:
        assert main(["--root", str(tmp_path), "score", str(responses), "--key", str(key)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"error: {problem}") and err.count("\n") == 1


def test_scoring_the_real_kit_template(built_kit: Path, tmp_path: Path) -> None:
    """The kit's own responses template and key work together: one participant answering the key scores 100%."""
    kit = built_kit / "dist" / "kit" / "training"
    key_text = (kit / "test-key.json").read_text(encoding="utf-8")
    assert load_key(kit / "test-key.json").to_json() == key_text  # the kit writes what the reader's model reads
    real_key = json.loads(key_text)
    header = (kit / "responses-template.csv").read_text(encoding="utf-8").strip()

    def row(test: str) -> str:
        answers = [" ".join(real_key["forms"][test][i]["correct"]) for i in real_key["pre"]]
        return ",".join(["K01", test, "P", "lpk", "sumatera-utara", *answers])

    responses = tmp_path / "responses.csv"
    responses.write_text("\n".join([header, row("pre"), row("post")]) + "\n", encoding="utf-8")
    out = tmp_path / "r"
    assert (
        main(
            ["--root", str(built_kit), "score", str(responses), "--key", str(kit / "test-key.json"), "--out", str(out)]
        )
        == 0
    )
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["pre_mean_pct"] == 100.0 and report["post_mean_pct"] == 100.0
    assert "Pelatihan" in (out / "report.html").read_text(encoding="utf-8")
