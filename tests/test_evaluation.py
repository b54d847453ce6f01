"""The participants' evaluation: evaluation.yaml and its errors, the printed form (one A4 page, every question), the
XLSForm and the entry files (the same names), the reader and the summary (checked against a hand computation), and
`lokalatih event evaluate` end to end on a folder made by `lokalatih event new`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pyxform.xls2xform import xls2xform_convert

from lokalatih.catalog import Audience, build_catalog
from lokalatih.cli import main
from lokalatih.curriculum import Curriculum
from lokalatih.events.evaluation import (
    pool,
    read_evaluations,
    summarise,
    summary_fragment,
    summary_view,
)
from lokalatih.events.folder import EventRefused, open_event
from lokalatih.kit.evaluation import evaluation_form, evaluation_xlsform
from lokalatih.loader import load_curriculum
from lokalatih.model.evaluation import EvaluationForm
from lokalatih.model.evaluation_summary import EvaluationSummary
from lokalatih.outputs import RENDERERS
from lokalatih.printing.pdf import PdfJob, render_all
from lokalatih.render_context import RenderContext

from .conftest import REPO
from .test_check_errors import check, edit

EVALUATION = "modules/demo/evaluation.yaml"
WHEN = dt.datetime(2025, 11, 17, tzinfo=dt.UTC)  # a build's date outside git: the real kit's build reuses the PDFs


@pytest.fixture(scope="module")
def curriculum() -> Curriculum:
    return load_curriculum(REPO)


# evaluation.yaml


def test_the_shipped_forms_expand_one_row_per_session(curriculum: Curriculum) -> None:
    for programme in curriculum.programmes:
        form = evaluation_form(programme)
        sessions = [row for row in form.rows if row.session is not None]
        assert [row.session.id for row in sessions if row.session] == [m.spec.id for m in programme.modules]
        assert [row.name for row in sessions] == [f"session_{m.spec.id}" for m in programme.modules]
        assert all(
            row.session and row.session.title == m.spec.title
            for row, m in zip(sessions, programme.modules, strict=True)
        )
        assert len(set(form.names)) == len(form.names)
        assert not {"name", "nama", "participant", "code"} & set(form.names)  # anonymous
        sex, group = form.row("sex"), form.row("group")
        assert [c.value for c in sex.choices] == ["F", "M"] and sex.optional and sex.breakdown
        assert "government" in group.values and group.optional and group.breakdown
        kinds = {row.kind for row in form.rows}
        assert kinds == {"rating", "choice", "text"}
    workshop = next(p for p in curriculum.programmes if p.id == "workshop")
    assert evaluation_form(workshop).row("participation").values == ["in-room", "online"]  # the workshop is hybrid


def test_a_missing_translation_names_file_line_and_column(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, EVALUATION, 'text: {id: "Apa yang perlu diubah?", en: "What should change?"}',
         'text: {id: "Apa yang perlu diubah?"}')  # fmt: skip
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == f"{EVALUATION}:27:11: questions[2].text.en: missing English text"


def test_a_rating_without_a_scale_and_a_short_scale(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, EVALUATION, "    kind: rating\n    scale: agreement\n", "    kind: rating\n")
    edit(minikit, EVALUATION, "      - {id: Netral, en: Neutral}\n", "")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[:2] == [
        f"{EVALUATION}:9:7: scales[0].points: List should have at least 5 items after validation, not 4",
        f"{EVALUATION}:14:5: questions[0]: a rating question needs `scale`",
    ]


def test_rules_on_names_scales_and_the_session(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(minikit, EVALUATION, "handed_out_in: d01-welcome", "handed_out_in: d09-closing")
    edit(minikit, EVALUATION, "  - name: overall\n    kind: rating\n    scale: agreement",
         "  - name: session_d01\n    kind: rating\n    scale: agreemnt")  # fmt: skip
    edit(minikit, EVALUATION, "  - name: sex\n", "  - name: change\n")
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors == [
        f"{EVALUATION}:5:16: handed_out_in: no module folder 'd09-closing' in demo; known: d01-welcome",
        f"{EVALUATION}:15:11: questions[0].name: 'session_d01' is also the name of the row of session d01 of the "
        "per-session rating 'session'; choose another name",
        f"{EVALUATION}:17:12: questions[0].scale: no scale 'agreemnt'; known: agreement",
        f"{EVALUATION}:24:11: questions[2].name: duplicate name 'change'",
        f"{EVALUATION}:28:11: questions[3].name: duplicate name 'change'",
    ]


def test_a_programme_without_its_evaluation(minikit: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (minikit / EVALUATION).unlink()
    code, errors = check(minikit, capsys)
    assert code == 2
    assert errors[0] == f"{EVALUATION}:1:1: missing the programme's evaluation form (see modules/README.md)"


# The printed form, the download links and the XLSForm


def _pdf_text(path: Path) -> str:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", text)


def test_the_printed_form_is_one_a4_page_with_every_question(curriculum: Curriculum, tmp_path: Path) -> None:
    ctx = RenderContext(curriculum, WHEN)
    forms = [a for a in build_catalog(curriculum) if a.kind == "evaluation-form"]
    jobs = [PdfJob(str(RENDERERS["evaluation-form"](a, ctx)), tmp_path / a.path) for a in forms]
    render_all(jobs, Path(os.environ["LOKALATIH_PDF_CACHE"]), progress=False)
    assert {(a.programme, a.lang) for a in forms} == {
        (p, lang) for p in ("workshop", "training") for lang in ("id", "en")
    }
    for artifact in forms:
        assert artifact.audience == Audience.PUBLIC
        programme = next(p for p in curriculum.programmes if p.id == artifact.programme)
        assert artifact.module == programme.evaluation.handed_out_in  # linked from the closing session's pages
        lang = artifact.lang or ""
        path = tmp_path / artifact.path
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+1\n", info), artifact.path
        assert "595.276 x 841.89" in info and re.search(r"Tagged:\s+yes", info)
        text = _pdf_text(path)
        form = evaluation_form(programme)
        for row in form.rows:
            assert row.label(lang) in text, (artifact.path, row.name)
            assert row.text[lang] in text, (artifact.path, row.name)
            for choice in row.choices:
                assert choice.label[lang] in text
        assert form.closing_note[lang][:60] in text
        assert curriculum.province.name[lang] not in text  # one form for every province (and its cached PDF)


def test_the_closing_sessions_link_the_real_form(curriculum: Curriculum) -> None:
    from lokalatih.site.pages import page_texts

    pages = page_texts(curriculum, build_catalog(curriculum))
    for programme, session in (("workshop", "w08-recommendations-closing"), ("training", "t10-joint-action-plan")):
        for lang in ("id", "en"):
            for page in ("index", "facilitator"):
                assert (
                    f"downloads/evaluation-form-{programme}.{lang}.pdf"
                    in pages[f"{programme}/{session}/{page}.{lang}.md"]
                )
            assert f"downloads/evaluation-form-{programme}.{lang}.pdf" in pages[f"downloads.{lang}.md"]
    closing = next(m for m in curriculum.modules if m.slug == "t10-joint-action-plan")
    assert "| 1 2 3 4 5 |" not in closing.facilitator["id"]  # the old copy of the form in the notes is gone


def test_the_xlsform_converts_and_its_names_are_the_entry_columns(curriculum: Curriculum, tmp_path: Path) -> None:
    catalog = build_catalog(curriculum)
    ctx = RenderContext(curriculum, WHEN)
    for programme in curriculum.programmes:
        artifact = next(a for a in catalog if a.kind == "evaluation-xlsform" and a.programme == programme.id)
        assert artifact.audience == Audience.KIT and artifact.path == f"{programme.id}/evaluation.xlsform.xlsx"
        path = tmp_path / f"{programme.id}.xlsx"
        path.write_bytes(RENDERERS["evaluation-xlsform"](artifact, ctx))  # type: ignore[arg-type]
        out = tmp_path / f"{programme.id}.xml"
        assert xls2xform_convert(xlsform_path=str(path), xform_path=str(out), validate=False) == []
        xform = out.read_text(encoding="utf-8")
        assert 'lang="Bahasa Indonesia (id)"' in xform and 'lang="English (en)"' in xform
        body = xform[xform.index("<h:body") :]
        names = [name for name in re.findall(r'ref="/[^/]+/([^"]+)"', body) if not name.startswith("note-")]
        form = evaluation_form(programme)
        assert names == form.names
        survey = list(load_workbook(path)["survey"].iter_rows(min_row=2, values_only=True))
        required = {row[1]: row[4] for row in survey}
        assert required["overall"] == "yes" and required["sex"] is None and required["group"] is None
        settings = list(load_workbook(path)["settings"].iter_rows(values_only=True))
        assert settings[1][1] == f"lokalatih_{programme.id}_evaluation" and settings[1][2] == form.version


# An event: entry files, reader, summary, command


def _new_event(kit: Path, events: Path) -> Path:
    assert main(["--root", str(kit), "event", "new", "sumatera-utara", "demo", "--date", "2025-11-17",
                 "--events-dir", str(events)]) == 0  # fmt: skip
    return events / "sumatera-utara-demo-2025-11-17"


# overall, session_d01, change, sex: a 7 and an x off the scale, an X that is no sex, an alias (P), a label
# (perempuan), a blank sex, men under 5.
ROWS = [
    ["5", "4", "Lebih banyak waktu untuk kerja kelompok", "F"],
    ["4", "7", "", "P"],
    ["3", "3", "", "M"],
    ["5", "", "Ruangan terlalu dingin; <tambah> jeda", "F"],
    ["x", "2", "", "L"],
    ["4", "5", "", "perempuan"],
    ["2", "1", "", ""],
    ["5", "5", "", "F"],
    ["", "", "Tidak ada", "X"],
]


def _write(folder: Path, header: list[str], rows: list[list[str]]) -> None:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    (folder / "evaluations.csv").write_text(out.getvalue(), encoding="utf-8")


def test_event_new_writes_the_entry_files_and_the_form_it_hands_out(minikit: Path, tmp_path: Path) -> None:
    folder = _new_event(minikit, tmp_path / "events")
    programme = load_curriculum(minikit).programmes[0]
    form = EvaluationForm.model_validate_json((folder / "evaluation-form.json").read_text(encoding="utf-8"))
    assert form == evaluation_form(programme)
    header = next(csv.reader((folder / "evaluations.csv").read_text(encoding="utf-8").splitlines()))
    assert header == form.names == ["overall", "session_d01", "change", "sex"]
    xlsform = tmp_path / "form.xlsx"
    xlsform.write_bytes(evaluation_xlsform(form, WHEN))
    names = [row[1] for row in load_workbook(xlsform)["survey"].iter_rows(min_row=2, values_only=True)]
    assert [name for name in names if not name.startswith("note-")] == header
    sheet = load_workbook(folder / "evaluations.xlsx").worksheets[0]
    assert [cell.value for cell in sheet[1]] == header
    lists = {str(v.sqref).split(":")[0]: v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists == {"A2": '"1,2,3,4,5"', "B2": '"1,2,3,4,5"', "D2": '"F,M"'}  # no list on the free text (C)


def test_the_summary_matches_a_hand_computation(minikit: Path, tmp_path: Path) -> None:
    folder = _new_event(minikit, tmp_path / "events")
    _write(folder, ["overall", "session_d01", "change", "sex"], ROWS)
    read = read_evaluations(open_event(folder), "en")
    summary = summarise(read.form, read.forms, [read.event], read.problems)
    assert summary.n_forms == 9  # a bad cell leaves its row in
    overall, session, change, sex = (summary.row(name) for name in ("overall", "session_d01", "change", "sex"))
    # overall: 5 4 3 5 4 2 5 → n 7, mean 28/7; the x and the blank unanswered
    assert (overall.n, overall.unanswered, overall.mean) == (7, 2, 4.0)
    assert overall.distribution == {"1": 0, "2": 1, "3": 1, "4": 2, "5": 3}
    # session: 4 3 2 5 1 5 → n 6, mean 20/6
    assert (session.n, session.unanswered, session.mean) == (6, 3, 3.33)
    assert session.distribution == {"1": 1, "2": 1, "3": 1, "4": 1, "5": 2}
    assert change.answers == [ROWS[0][2], ROWS[3][2], "Tidak ada"] and (change.n, change.unanswered) == (3, 6)
    assert sex.distribution == {"F": 5, "M": 2} and sex.unanswered == 2
    [by_sex] = summary.breakdowns
    women, men = by_sex.subgroups
    assert (women.value, women.n, women.shown) == ("F", 5, True)
    assert women.ratings["overall"].model_dump() == {"n": 5, "mean": 4.6}  # 5 4 5 4 5
    assert women.ratings["session_d01"].model_dump() == {"n": 3, "mean": 4.67}  # 4 5 5 (the 7 unanswered)
    assert (men.value, men.n, men.shown, men.ratings) == ("M", 2, False, {})  # under 5: suppressed
    where = f"{folder.name}/evaluations.csv"
    assert summary.problems == [
        f"{where}:3: session_d01: '7' is not a valid answer (expected 1–5); counted as unanswered",
        f"{where}:6: overall: 'x' is not a valid answer (expected 1–5); counted as unanswered",
        f"{where}:10: sex: 'X' is not a valid answer (expected F (Female), M (Male)); counted as unanswered",
    ]
    indonesian = read_evaluations(open_event(folder), "id").problems[0]
    assert (
        indonesian
        == f"{where}:3: session_d01: '7' bukan jawaban yang sah (pilihan yang sah: 1–5); dihitung tidak dijawab"
    )


def test_several_events_pool_their_forms_not_their_means(minikit: Path, tmp_path: Path) -> None:
    first = _new_event(minikit, tmp_path / "a")
    second = _new_event(minikit, tmp_path / "b")
    _write(first, ["overall", "session_d01", "change", "sex"], ROWS)
    _write(second, ["overall", "session_d01", "change", "sex"], [["1", "", "", ""], ["2", "", "", ""]])
    events = [read_evaluations(open_event(folder), "en") for folder in (first, second)]
    form, forms, problems = pool(events, "en")
    summary = summarise(form, forms, [first.name, second.name], problems)
    assert summary.n_forms == 11 and summary.row("overall").n == 9
    assert summary.row("overall").mean == 3.44  # (28 + 3) / 9, where the mean of the means would be 2.75


def test_a_wrong_header_is_refused_and_an_unknown_column_reported(minikit: Path, tmp_path: Path) -> None:
    folder = _new_event(minikit, tmp_path / "events")
    _write(folder, ["overall", "change", "sex"], [["5", "", "F"]])
    with pytest.raises(EventRefused) as refused:
        read_evaluations(open_event(folder), "en")
    assert refused.value.problems == [
        f"{folder.name}/evaluations.csv:1: missing columns session_d01; the expected header is: "
        "overall,session_d01,change,sex"
    ]
    _write(
        folder,
        ["overall", "session_d01", "change", "sex", "sesion_d01", "_uuid", "start"],
        [["5", "4", "", "F", "3", "x", "y"]],
    )
    read = read_evaluations(open_event(folder), "en")
    assert read.problems == [f"{folder.name}/evaluations.csv:1: column 'sesion_d01' is not a question of this form; "
                             "ignored"]  # fmt: skip


def test_the_html_has_real_headers_no_script_and_the_answers_verbatim(minikit: Path, tmp_path: Path) -> None:
    folder = _new_event(minikit, tmp_path / "events")
    _write(folder, ["overall", "session_d01", "change", "sex"], ROWS)
    read = read_evaluations(open_event(folder), "id")
    summary = summarise(read.form, read.forms, [read.event], read.problems)
    html = str(summary_fragment(summary, "id", level=2))
    assert html.lstrip().startswith('<section class="evaluation-summary">') and "<script" not in html
    assert '<th scope="col">Pertanyaan</th>' in html and '<th scope="row">Kegiatan ini berguna.</th>' in html
    assert "Ruangan terlalu dingin; &lt;tambah&gt; jeda" in html  # verbatim, escaped
    assert "Tidak ditampilkan karena formulirnya kurang dari 5" in html and "Laki-laki (2)" in html
    view = summary_view(summary, "en")
    assert "By sex" in [part.heading for part in view.parts]
    table = next(part.table for part in view.parts if part.table and part.table.rows[0][0] == "The event was useful.")
    assert table.rows[0][1][:2] == ["7", "4.00"]  # n, mean in the language's number format
    assert summary_view(summary, "id").parts[0].table.rows[0][1][1] == "4,00"  # type: ignore[union-attr]


def test_the_command_writes_json_html_and_pdf(
    minikit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _new_event(minikit, tmp_path / "events")
    _write(folder, ["overall", "session_d01", "change", "sex"], ROWS)
    capsys.readouterr()
    assert main(["--root", str(minikit), "event", "evaluate", str(folder), "--lang", "en"]) == 0
    said = capsys.readouterr()
    assert "9 evaluation forms from 1 event(s), 3 unreadable entries" in said.out
    assert said.err.splitlines()[0].endswith("session_d01: '7' is not a valid answer (expected 1–5); counted as "
                                             "unanswered")  # fmt: skip
    output = folder / "output"
    summary = EvaluationSummary.model_validate_json((output / "evaluation.json").read_text(encoding="utf-8"))
    assert summary.row("overall").mean == 4.0 and summary.events == [folder.name]
    html = (output / "evaluation.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in html and "<h1>Participants&#39; evaluation: Sample programme</h1>" in html
    for name in ("evaluation.json", "evaluation.html"):
        assert str(tmp_path) not in (output / name).read_text(encoding="utf-8")  # no machine paths
    assert "Participants' evaluation" in _pdf_text(output / "evaluation.pdf")
    # The default language is the event's (event.yaml: id); several events need --out.
    capsys.readouterr()
    assert main(["--root", str(minikit), "event", "evaluate", str(folder), str(folder)]) == 2
    assert capsys.readouterr().err.strip() == (
        "formulir dari beberapa kegiatan digabung: tentukan folder untuk ringkasannya dengan --out"
    )


def test_a_folder_without_the_form_it_handed_out_is_refused(
    minikit: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _new_event(minikit, tmp_path / "events")
    (folder / "evaluation-form.json").unlink()
    capsys.readouterr()
    assert main(["--root", str(minikit), "event", "evaluate", str(folder), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{folder.name}/evaluation-form.json: the copy of this event's evaluation form is missing")
