"""Words of the learning report of `lokalatih event report` (scoring/, printing/templates/report.html.j2), and the
sentences of its summary as templates: `label("summary_mean_rose", lang, before=..., after=...)` fills the named
placeholders (str.format) with figures already formatted for the language (scoring/summary.py picks the sentences).
"""

from __future__ import annotations

from lokalatih.model.report import GainBand, ItemFlag

REPORT: dict[str, dict[str, str]] = {
    "participants": {"id": "Peserta (kode)", "en": "Participants (codes)"},
    "participant_files": {
        "id": "Nilai setiap peserta, hanya dengan kodenya, ada di {files} di samping laporan ini.",
        "en": "Each participant's scores, by code only, are in {files} beside this report.",
    },
    "problems_shown": {
        "id": "Di sini tercetak {shown} catatan pertama dari {count}; semuanya ada di {file}.",
        "en": "The first {shown} of {count} notes are printed here; all of them are in {file}.",
    },
    "report": {"id": "Laporan pemantauan dan evaluasi", "en": "Monitoring and evaluation report"},
    "report_made": {
        "id": "Dibuat {date} dari data {events} kegiatan. Peserta hanya disebut dengan kodenya.",
        "en": "Made on {date} from the data of {events} event(s). Participants appear by code only.",
    },
    "summary": {"id": "Ringkasan", "en": "Summary"},
    "by_sex": {"id": "Menurut jenis kelamin", "en": "By sex"},
    "by_group": {"id": "Menurut kelompok pemangku kepentingan", "en": "By stakeholder group"},
    "per_item": {
        "id": "Per butir soal: persentase benar sebelum dan sesudah",
        "en": "Per item: share correct before and after",
    },
    "n": {"id": "n", "en": "n"},
    "mean_pre": {"id": "Rata-rata pre (%)", "en": "Mean pre (%)"},
    "mean_post": {"id": "Rata-rata post (%)", "en": "Mean post (%)"},
    "class_gain": {"id": "Gain kelas", "en": "Class gain"},
    "individual_gain": {"id": "Rata-rata gain individu", "en": "Mean individual gain"},
    "p_pre": {"id": "Benar pre", "en": "Correct pre"},
    "p_post": {"id": "Benar post", "en": "Correct post"},
    "discrimination": {"id": "Daya beda", "en": "Discrimination"},
    "flags": {"id": "Catatan", "en": "Flags"},
    "data_problems": {"id": "Catatan tentang data", "en": "Notes on the data"},
    "data_file": {"id": "Berkas", "en": "File"},
    "note_count": {"id": "Jumlah catatan", "en": "Notes"},
    "events": {"id": "Kegiatan", "en": "Events"},
    "learning_heading": {"id": "Hasil belajar (pre-test dan post-test)", "en": "Learning (pre-test and post-test)"},
    "registered": {"id": "Terdaftar", "en": "Registered"},
    "all_days": {"id": "Hadir semua hari", "en": "Every day"},
    "women_share": {"id": "Perempuan (%)", "en": "Women (%)"},
    "target_met": {"id": "Target tercapai", "en": "Target met"},
    "dates": {"id": "Tanggal", "en": "Dates"},
    "by_district": {"id": "Menurut kabupaten/kota", "en": "By district"},
    "by_province": {"id": "Menurut provinsi", "en": "By province"},
    "event": {"id": "Kegiatan", "en": "Event"},
    "none": {"id": "Tidak ada.", "en": "None."},
    "small_groups": {
        "id": "Kelompok dengan n < 5 ditandai * dan hanya disebut jumlahnya: angkanya bisa menunjuk nilai orang yang "
        "dikenal, dan satu orang sudah mengubahnya. Angkanya tetap ada di report.json untuk tim pemantauan dan "
        "evaluasi.",
        "en": "Groups with n < 5 are marked * and shown by their size only: their figures could point at the scores "
        "of people one can name, and one person moves them. report.json keeps them for the M&E team.",
    },
    "scoring_rule": {
        "id": "Cara menilai: soal pilihan ganda dengan beberapa jawaban benar bernilai 1 hanya bila huruf yang dipilih "
        "sama persis dengan kunci. Gain ternormalisasi kelas (Hake) = (post - pre) / (100 - pre) dari rata-rata "
        "kelas; gain individu tidak dihitung untuk peserta dengan pre-test 100%. Daya beda = selisih persentase benar "
        "kelompok 27% teratas dan 27% terbawah pada post-test.",
        "en": "Scoring: a multiple-answer item scores 1 only when the letters chosen equal the key exactly. Class "
        "normalized gain (Hake) = (post - pre) / (100 - pre) from class means; individual gain is not computed for "
        "participants with 100% on the pre-test. Discrimination = share correct in the top 27% minus the bottom 27% "
        "on the post-test.",
    },
    # The summary's sentences. Placeholders: n, women, count (whole numbers); share, target, before, after (per cent,
    # formatted); gain (formatted); band (a GAIN_BANDS text); items (item ids).
    "summary_no_results": {
        "id": "Belum ada peserta yang memiliki pre-test dan post-test yang sah, jadi belum ada hasil yang bisa "
        "dilaporkan.",
        "en": "No participant has both a valid pre-test and a valid post-test yet, so there is nothing to report.",
    },
    "summary_participation_target_met": {
        "id": "{n} peserta hadir sedikitnya satu hari; {women} di antaranya perempuan ({share}%). Target sedikitnya "
        "{target}% perempuan tercapai.",
        "en": "{n} participants attended at least one day; {women} of them are women ({share}%). The target of at "
        "least {target}% women was met.",
    },
    "summary_participation_target_missed": {
        "id": "{n} peserta hadir sedikitnya satu hari; {women} di antaranya perempuan ({share}%). Target sedikitnya "
        "{target}% perempuan belum tercapai.",
        "en": "{n} participants attended at least one day; {women} of them are women ({share}%). The target of at "
        "least {target}% women was not met.",
    },
    "summary_tested": {
        "id": "{n} peserta mengerjakan pre-test dan post-test yang sah; {women} di antaranya perempuan.",
        "en": "{n} participants have a valid pre-test and post-test; {women} of them are women.",
    },
    "summary_mean_rose": {
        "id": "Rata-rata nilai naik dari {before}% pada pre-test menjadi {after}% pada post-test.",
        "en": "The mean score rose from {before}% on the pre-test to {after}% on the post-test.",
    },
    "summary_mean_fell": {
        "id": "Rata-rata nilai turun dari {before}% menjadi {after}%.",
        "en": "The mean score fell from {before}% to {after}%.",
    },
    "summary_class_gain": {
        "id": "Gain ternormalisasi kelas (Hake) adalah {gain}, tergolong {band}.",
        "en": "The class normalized gain (Hake) is {gain}, which is {band}.",
    },
    "summary_items_to_review": {"id": "Butir yang perlu ditinjau: {items}.", "en": "Items to review: {items}."},
    "summary_data_problems": {
        "id": "Ada {count} catatan tentang data yang diketik (jawaban di luar pilihan, kode salah, data ganda); "
        "rinciannya ada di bagian akhir.",
        "en": "There are {count} notes on the typed-in data (answers not on the form, wrong codes, duplicates); "
        "they are listed at the end.",
    },
}

# Why an item deserves a second look (the flags column and the summary).
ITEM_FLAGS: dict[ItemFlag, dict[str, str]] = {
    ItemFlag.TOO_EASY: {"id": "terlalu mudah", "en": "too easy"},
    ItemFlag.TOO_HARD: {"id": "terlalu sulit", "en": "too hard"},
    ItemFlag.NEGATIVE_DISCRIMINATION: {"id": "daya beda negatif", "en": "negative discrimination"},
    ItemFlag.FEWER_CORRECT_AFTER: {"id": "lebih sedikit benar sesudahnya", "en": "fewer correct after"},
}

# Hake's bands of the class normalized gain, as the summary names them.
GAIN_BANDS: dict[GainBand, dict[str, str]] = {
    GainBand.LOW: {"id": "rendah", "en": "low"},
    GainBand.MEDIUM: {"id": "sedang", "en": "medium"},
    GainBand.HIGH: {"id": "tinggi", "en": "high"},
}
