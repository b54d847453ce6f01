"""Write the report: report.json, report.html and report.pdf (one HTML, two media), all from one `Report`
(model/report.py), aggregates only; beside them each participant's result (participant-scores.csv and .xlsx, codes
only) and every note on the data (data-problems.txt)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path

from markupsafe import Markup

from lokalatih.formatting import format_date, format_number, iso_timestamp
from lokalatih.labels import ITEM_FLAGS, SEXES, STAKEHOLDER_GROUPS, TEST_KINDS, label
from lokalatih.model.report import GroupSummary, ParticipantScore, Report, Sex
from lokalatih.printing.pdf import render_pdf
from lokalatih.printing.render import render_html
from lokalatih.scoring.analysis import ScoredPeople
from lokalatih.scoring.charts import grouped_bars, item_slopes
from lokalatih.scoring.problems import PROBLEMS_FILE, ProblemLog
from lokalatih.scoring.summary import summary_sentences

SCORES_FILE = "participant-scores"
PRINTED_PROBLEMS = 25  # notes on paper; the rest are in data-problems.txt, so the report's length stays the same


def _html(
    report: Report, lang: str, programme_title: str, province_names: dict[str, str], when: dt.datetime,
    evaluation: Markup | None,
) -> str:  # fmt: skip
    def fmt(value: float | None, digits: int) -> str:
        return "–" if value is None else format_number(value, lang, digits)

    def pct(value: float | None) -> str:
        return "–" if value is None else f"{format_number(100 * value, lang, 0)}%"

    def dates_text(dates: list[str]) -> str:
        return ", ".join(format_date(dt.date.fromisoformat(day), lang) for day in dates)

    sex_names: dict[str, str] = {code: texts[lang] for code, texts in SEXES.items()}
    group_names = {code: texts[lang] for code, texts in STAKEHOLDER_GROUPS.items()}
    pre_label, post_label = TEST_KINDS["pre"][lang], TEST_KINDS["post"][lang]

    def bars(groups: Mapping[str, GroupSummary] | Mapping[Sex, GroupSummary], names: dict[str, str]) -> Markup:
        # Groups under 5 stay out of the charts as out of the tables: their means would point at people.
        rows = [
            (names.get(key, key), row.pre_mean_pct, row.post_mean_pct) for key, row in groups.items() if not row.small
        ]
        return Markup(grouped_bars(rows, pre_label, post_label))

    items = [(item.id, item.p_pre, item.p_post) for item in report.items]
    return render_html(
        "report.html.j2",
        lang,
        report=report,
        title=f"{label('report', lang)}: {programme_title}",
        programme_title=programme_title,
        created=iso_timestamp(when),
        context_line=f"Lokalatih · {label('report', lang)}",
        made=label("report_made", lang, date=format_date(when.date(), lang), events=len(report.events)),
        sentences=summary_sentences(report, lang),
        fmt=fmt,
        pct=pct,
        dates_text=dates_text,
        day_numbers=sorted({day.day for event in report.events for day in event.days}),
        flag_names=lambda flags: ", ".join(ITEM_FLAGS[flag][lang] for flag in flags),
        sex_names=sex_names,
        group_names=group_names,
        province_names=province_names,
        sex_chart=bars(report.by_sex, sex_names),
        group_chart=bars(report.by_group, group_names),
        province_chart=bars(report.by_province, province_names),
        item_chart=Markup(item_slopes(items, pre_label, post_label)),
        evaluation=evaluation,
        printed_problems=report.data_problems[:PRINTED_PROBLEMS],
        participant_files=label("participant_files", lang, files=f"{SCORES_FILE}.csv, {SCORES_FILE}.xlsx"),
        problems_note=_problems_note(report, lang),
    )


def _problems_note(report: Report, lang: str) -> str | None:
    if report.n_data_problems <= PRINTED_PROBLEMS:
        return None
    return label("problems_shown", lang, shown=PRINTED_PROBLEMS, count=report.n_data_problems, file=PROBLEMS_FILE)


SCORE_COLUMNS = list(ParticipantScore.model_fields)


def _cells(score: ParticipantScore) -> list[str | float | None]:
    return [getattr(score, column) for column in SCORE_COLUMNS]


def write_scores_csv(scores: Iterable[ParticipantScore], path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(SCORE_COLUMNS)
        writer.writerows(["" if cell is None else cell for cell in _cells(score)] for score in scores)
    return path


def write_scores_xlsx(scores: Iterable[ParticipantScore], path: Path) -> Path:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)  # rows go to the file as they are appended: memory stays flat
    sheet = workbook.create_sheet("scores")
    sheet.freeze_panes = "A2"
    sheet.append(SCORE_COLUMNS)
    for score in scores:
        sheet.append(_cells(score))
    workbook.save(path)
    return path


def write_report(
    report: Report, people: ScoredPeople, problems: ProblemLog, out: Path, lang: str, programme_title: str,
    province_names: dict[str, str], when: dt.datetime,
) -> list[Path]:  # fmt: skip
    from lokalatih.events.evaluation import summary_fragment  # the evaluation's own view of its summary

    out.mkdir(parents=True, exist_ok=True)
    evaluation = summary_fragment(report.evaluation, lang, level=2) if report.evaluation else None
    html = _html(report, lang, programme_title, province_names, when, evaluation)
    paths = [out / "report.json", out / "report.html", out / "report.pdf"]
    paths[0].write_text(report.to_json(), encoding="utf-8")
    paths[1].write_text(html, encoding="utf-8")
    paths[2].write_bytes(render_pdf(html))
    paths.append(write_scores_csv(people.scores(), out / f"{SCORES_FILE}.csv"))
    paths.append(write_scores_xlsx(people.scores(), out / f"{SCORES_FILE}.xlsx"))
    paths.append(problems.write(out / PROBLEMS_FILE))
    return paths
