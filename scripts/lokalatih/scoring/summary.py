"""The report's summary in the words a programme officer would write: which sentences a report needs and the
figures in them. The sentences themselves, in both languages, are label templates in labels/report.py."""

from __future__ import annotations

from lokalatih.formatting import format_number
from lokalatih.labels import GAIN_BANDS, label
from lokalatih.model.report import Report


def summary_sentences(report: Report, lang: str) -> list[str]:
    sentences: list[str] = []
    attended = report.attendance.attended
    if attended.women_share is not None:
        sentences.append(
            label(
                "summary_participation_target_met" if attended.target_met else "summary_participation_target_missed",
                lang,
                n=attended.n,
                women=attended.women,
                share=format_number(100 * attended.women_share, lang, 0),
                target=format_number(100 * report.target_women_share, lang, 0),
            )
        )
    problems = [label("summary_data_problems", lang, count=report.n_data_problems)] if report.n_data_problems else []
    if report.n_participants == 0:
        return [*sentences, label("summary_no_results", lang), *problems]
    assert report.pre_mean_pct is not None and report.post_mean_pct is not None  # set whenever someone matched
    before, after = report.pre_mean_pct, report.post_mean_pct
    sentences += [
        label("summary_tested", lang, n=report.n_participants, women=report.n_women),
        label(
            "summary_mean_rose" if after >= before else "summary_mean_fell",
            lang,
            before=format_number(before, lang, 1),
            after=format_number(after, lang, 1),
        ),
    ]
    if report.class_normalized_gain is not None and report.gain_band is not None:
        sentences.append(
            label(
                "summary_class_gain",
                lang,
                gain=format_number(report.class_normalized_gain, lang, 2),
                band=GAIN_BANDS[report.gain_band][lang],
            )
        )
    if report.flagged_items:
        sentences.append(label("summary_items_to_review", lang, items=", ".join(report.flagged_items)))
    return sentences + problems
