"""`lokalatih event report EVENT...`: read each event folder, then compute one report from the pooled participants.

Reading is per event (its own participant list, attendance, key and answer sheets); the figures are computed once
over everyone, so a report of four provinces equals the computation on their pooled data, not a mean of four
reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lokalatih.events.answers import TestSheets, read_test
from lokalatih.events.attendance import (
    TARGET_WOMEN_SHARE,
    Attendance,
    event_summary,
    pooled_attendance,
    read_attendance,
    registered_rows,
)
from lokalatih.events.evaluation import pool, read_evaluations, summarise
from lokalatih.events.folder import EVALUATIONS, EventFolder, EventRefused, open_event
from lokalatih.events.participants import ParticipantList, read_participants
from lokalatih.labels import label
from lokalatih.model.evaluation_summary import EvaluationSummary
from lokalatih.model.report import Report
from lokalatih.model.test_key import KeyItem
from lokalatih.scoring.analysis import (
    SCORING_RULE,
    Scored,
    breakdown,
    by_sex,
    correct_items,
    item_stats,
    participant_row,
    summary,
)


@dataclass(frozen=True)
class EventData:
    folder: EventFolder
    participants: ParticipantList
    attendance: Attendance
    pre: TestSheets
    post: TestSheets


def load_event(path: Path, lang: str) -> EventData:
    folder = open_event(path)
    participants = read_participants(folder, lang)
    attendance = read_attendance(folder, participants, lang)
    on_list, spare = set(participants.by_code()), frozenset(participants.spare_codes)
    return EventData(folder, participants, attendance, read_test(folder, "pre", on_list, lang, spare),
                     read_test(folder, "post", on_list, lang, spare))  # fmt: skip


def _scored(event: EventData, lang: str, problems: list[str]) -> list[Scored]:
    key, people = event.folder.key, event.participants.by_code()
    scored = []
    for code, post in event.post.sheets.items():
        pre = event.pre.sheets.get(code)
        if pre is None:
            problems.append(label("msg_post_without_pre", lang, where=post.where, code=code))
            continue
        person = people[code]
        pre_correct, post_correct = correct_items(pre.answers, key, "pre"), correct_items(post.answers, key, "post")
        scored.append(Scored(code, event.folder.name, event.folder.spec.province, person.sex, person.group,
                             pre_correct, post_correct))  # fmt: skip
    return scored


def pooled_evaluation(events: list[EventData], lang: str) -> EvaluationSummary | None:
    """The evaluations of the events that typed theirs in, pooled form by form; None when no event has any."""
    typed = [e.folder for e in events if (table := e.folder.table(EVALUATIONS, lang)) is not None and table.rows]
    if not typed:
        return None
    form, forms, problems = pool([read_evaluations(folder, lang) for folder in typed], lang)
    return summarise(form, forms, [folder.name for folder in typed], problems)


def build_report(events: list[EventData], lang: str) -> Report:
    programmes = sorted({e.folder.spec.programme for e in events})
    if len(programmes) > 1:
        raise EventRefused([f"a report covers one programme; these events are of {', '.join(programmes)}"])
    names = [e.folder.name for e in events]
    if len(set(names)) != len(names):
        raise EventRefused(
            [f"the same event is named twice: {', '.join(sorted({n for n in names if names.count(n) > 1}))}"]
        )
    problems: list[str] = []
    evaluation = pooled_evaluation(events, lang)
    people: list[Scored] = []
    for event in events:
        problems += event.pre.problems + event.post.problems
        people += _scored(event, lang, problems)
    items: dict[str, KeyItem] = {}
    for event in events:
        for item in event.folder.key.items:
            items.setdefault(item.id, item)
    matched = {(p.event, p.participant) for p in people}
    registered = [row for e in events for row in registered_rows(e.folder, e.participants, e.attendance)]
    overall = summary(people)
    return Report(
        programme=programmes[0],
        events=[event_summary(e.folder, e.participants, e.attendance) for e in events],
        attendance=pooled_attendance(registered),
        target_women_share=TARGET_WOMEN_SHARE,
        n_items=len(items),
        n_participants=len(people),
        n_women=sum(p.sex == "F" for p in people),
        pre_mean_pct=overall.pre_mean_pct,
        post_mean_pct=overall.post_mean_pct,
        class_normalized_gain=overall.class_normalized_gain,
        gain_band=overall.gain_band,
        mean_individual_gain=overall.mean_individual_gain,
        pre_100_participants=[p.participant for p in people if p.gain is None],
        unmatched_pre_participants=sorted(
            code for e in events for code in e.pre.sheets if (e.folder.name, code) not in matched
        ),
        by_sex=by_sex(people),
        by_group=breakdown(people, lambda p: p.group),
        by_province=breakdown(people, lambda p: p.province),
        participants=[participant_row(p) for p in people],
        items=item_stats(people, list(items.values())),
        evaluation=evaluation,
        data_problems=problems + (evaluation.problems if evaluation else []),
        scoring_rule=SCORING_RULE,
    )
