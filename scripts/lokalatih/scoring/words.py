"""The report's summary in the words a programme officer would write, per language."""

from __future__ import annotations

from lokalatih.formatting import format_number
from lokalatih.model.report import Report


def number(value: float, lang: str, digits: int = 0) -> str:
    return format_number(value, lang, digits)


BANDS = {
    "id": {"low": "rendah", "medium": "sedang", "high": "tinggi"},
    "en": {"low": "low", "medium": "medium", "high": "high"},
}


def summary_sentences(report: Report, lang: str) -> list[str]:
    n = report.n_participants
    if n == 0:
        return [
            "Belum ada peserta yang memiliki pre-test dan post-test yang sah, "
            "jadi belum ada hasil yang bisa dilaporkan."
            if lang == "id"
            else "No participant has both a valid pre-test and a valid post-test yet, so there is nothing to report."
        ]
    assert report.women_share is not None and report.pre_mean_pct is not None and report.post_mean_pct is not None
    share = 100 * report.women_share
    pre, post = report.pre_mean_pct, report.post_mean_pct
    gain = report.class_normalized_gain
    sentences = []
    before, after = number(pre, lang, 1), number(post, lang, 1)
    rose = post >= pre
    if lang == "id":
        sentences.append(
            f"{n} peserta mengikuti pre-test dan post-test; {report.n_women} di antaranya perempuan "
            f"({number(share, lang)}%). Target sedikitnya 40% perempuan "
            + ("tercapai." if report.target_met else "belum tercapai.")
        )
        sentences.append(
            f"Rata-rata nilai naik dari {before}% pada pre-test menjadi {after}% pada post-test."
            if rose
            else f"Rata-rata nilai turun dari {before}% menjadi {after}%."
        )
        if gain is not None and report.gain_band is not None:
            level = BANDS["id"][report.gain_band]
            sentences.append(f"Gain ternormalisasi kelas (Hake) adalah {number(gain, lang, 2)}, tergolong {level}.")
    else:
        sentences.append(
            f"{n} participants took both the pre-test and the post-test; {report.n_women} of them are women "
            f"({number(share, lang)}%). The target of at least 40% women was "
            + ("met." if report.target_met else "not met.")
        )
        sentences.append(
            f"The mean score rose from {before}% on the pre-test to {after}% on the post-test."
            if rose
            else f"The mean score fell from {before}% to {after}%."
        )
        if gain is not None and report.gain_band is not None:
            level = BANDS["en"][report.gain_band]
            sentences.append(f"The class normalized gain (Hake) is {number(gain, lang, 2)}, which is {level}.")
    flagged = report.flagged_items
    if flagged:
        sentences.append(
            f"Butir yang perlu ditinjau: {', '.join(flagged)}."
            if lang == "id"
            else f"Items to review: {', '.join(flagged)}."
        )
    if report.rejected_rows:
        count = len(report.rejected_rows)
        sentences.append(
            f"{count} baris data tidak dihitung; alasannya ada di tabel baris yang ditolak."
            if lang == "id"
            else f"{count} rows were not scored; the reasons are in the table of rejected rows."
        )
    return sentences
