"""`lokalatih event report EVENT...`: read the event folders one after another, in one pass, scoring each
participant as their post-test is matched with their pre-test; then one report from the pooled tallies.

Reading is per event (its own participant list, attendance, key and answer sheets); the figures are tallied over
everyone, so a report of four provinces equals the computation on their pooled data, not a mean of four reports.
Only one event's answer sheets are in memory at a time; what stays is a counter per group and item and a small
record per scored participant (scoring/analysis.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lokalatih.events.answers import read_test
from lokalatih.events.attendance import TARGET_WOMEN_SHARE, AttendanceTally, event_summary, read_attendance
from lokalatih.events.evaluation import pool, read_evaluations, summarise
from lokalatih.events.folder import EVALUATIONS, EventFolder, EventRefused, open_event
from lokalatih.events.participants import read_roster
from lokalatih.labels import label
from lokalatih.model.evaluation_summary import EvaluationSummary
from lokalatih.model.report import EventSummary, Report
from lokalatih.scoring.analysis import SCORING_RULE, ScoredPeople, Scoring, summaries
from lokalatih.scoring.problems import ProblemLog


def open_events(paths: list[Path]) -> list[EventFolder]:
    """The event folders of one report, refused before any data is read when they cannot be pooled."""
    events = [open_event(path) for path in paths]
    programmes = sorted({e.spec.programme for e in events})
    if len(programmes) > 1:
        raise EventRefused([f"a report covers one programme; these events are of {', '.join(programmes)}"])
    names = [e.name for e in events]
    if len(set(names)) != len(names):
        raise EventRefused(
            [f"the same event is named twice: {', '.join(sorted({n for n in names if names.count(n) > 1}))}"]
        )
    return events


def pooled_evaluation(events: list[EventFolder], lang: str) -> EvaluationSummary | None:
    """The evaluations of the events that typed theirs in, pooled form by form; None when no event has any."""
    # A look at the first row is enough to know that a file holds forms; read_evaluations reads it whole.
    typed = [e for e in events if (table := e.stream(EVALUATIONS, lang)) is not None and next(table.rows(), None)]
    if not typed:
        return None
    form, forms, problems = pool([read_evaluations(folder, lang) for folder in typed], lang)
    return summarise(form, forms, [folder.name for folder in typed], problems)


@dataclass(frozen=True)
class ReportData:
    report: Report
    people: ScoredPeople  # for participant-scores.csv/.xlsx
    problems: ProblemLog  # every note, for data-problems.txt


def _read_event(
    event: EventFolder, lang: str, scoring: Scoring, attendance_tally: AttendanceTally, problems: ProblemLog
) -> tuple[EventSummary, list[str]]:  # fmt: skip
    """Score one event into `scoring` and count its attendance; its attendance summary and the codes with a
    pre-test but no post-test."""
    roster = read_roster(event, lang)
    attendance = read_attendance(event, roster, lang)
    attendance_tally.add_event(event.spec.province, roster.members, attendance)
    pre = read_test(event, "pre", roster.members, lang, roster.spare_codes)
    post = read_test(event, "post", roster.members, lang, roster.spare_codes)
    problems.extend(pre.problems)
    problems.extend(post.problems)
    scorer = scoring.event(event.name, event.spec.province, event.key, pre.codec, post.codec)
    for code, sheet in post.sheets.items():
        before = pre.sheets.pop(code, None)  # what remains in pre.sheets afterwards has no post-test
        if before is None:
            problems.add(label("msg_post_without_pre", lang, where=post.where(sheet), code=code))
            continue
        scorer.add(code, roster.members[code], before.answers, sheet.answers)
    return event_summary(event, roster.members, attendance), list(pre.sheets)


def build_report(events: list[EventFolder], lang: str) -> ReportData:
    problems = ProblemLog()
    scoring, attendance = Scoring(), AttendanceTally()
    summaries_of_events, unmatched = [], []
    try:
        for event in events:
            summary, pre_only = _read_event(event, lang, scoring, attendance, problems)
            summaries_of_events.append(summary)
            unmatched += pre_only
    except BaseException:
        problems.close()  # a file refused halfway: its spooled notes go now, not at exit
        raise
    evaluation = pooled_evaluation(events, lang)
    if evaluation:
        problems.extend(evaluation.problems)
    overall = scoring.overall.summary()
    report = Report(
        programme=events[0].spec.programme,
        events=summaries_of_events,
        attendance=attendance.result(),
        target_women_share=TARGET_WOMEN_SHARE,
        n_items=len(scoring.items),
        n_participants=overall.n,
        n_women=scoring.n_women,
        pre_mean_pct=overall.pre_mean_pct,
        post_mean_pct=overall.post_mean_pct,
        class_normalized_gain=overall.class_normalized_gain,
        gain_band=overall.gain_band,
        mean_individual_gain=overall.mean_individual_gain,
        pre_100_participants=scoring.pre_100,
        unmatched_pre_participants=sorted(unmatched),
        by_sex={sex: tally.summary() for sex, tally in scoring.by_sex.items()},
        by_group=summaries(scoring.by_group),
        by_province=summaries(scoring.by_province),
        items=scoring.item_stats(),
        evaluation=evaluation,
        n_data_problems=problems.count,
        data_problems_by_file=problems.by_file,
        data_problems=problems.first,
        scoring_rule=SCORING_RULE,
    )
    return ReportData(report, scoring.people, problems)
