"""Words only the printables print: handouts, worksheets, workbooks, agendas, pocket cards, facilitator guides
and attendance sheets (documents/, printing/templates/ but the kit's and the report's)."""

from __future__ import annotations

DOCUMENTS: dict[str, dict[str, str]] = {
    "definitions": {"id": "Istilah penting", "en": "Key terms"},
    "worksheet": {"id": "Lembar kerja", "en": "Worksheet"},
    "contents": {"id": "Daftar isi", "en": "Contents"},
    "group_names": {"id": "Kelompok / nama", "en": "Group / names"},
    "notes": {"id": "Catatan", "en": "Notes"},
    "partly": {"id": "Sebagian", "en": "Partly"},
    "not_yet": {"id": "Belum", "en": "Not yet"},
    "actors": {"id": "Pelaku", "en": "Actors"},
    "risk_points": {
        "id": "Tulis titik risiko di kotak pertemuan pelaku dan tahap; tandai yang paling berat bagi perempuan.",
        "en": "Write the risk points where an actor meets a stage; mark the ones that weigh most on women.",
    },
    "effects": {"id": "Akibat (cabang)", "en": "Effects (branches)"},
    "core_problem": {"id": "Masalah inti (batang)", "en": "Core problem (trunk)"},
    "causes": {"id": "Penyebab (akar)", "en": "Causes (roots)"},
    "group_answers": {"id": "Jawaban kelompok", "en": "The group's answers"},
    "your_rights": {"id": "Hak Anda", "en": "Your rights"},
    "warning_signs": {"id": "Tanda bahaya", "en": "Warning signs"},
    "facilitator_guide": {"id": "Panduan fasilitator", "en": "Facilitator guide"},
    "slides_files": {"id": "Salindia (di halaman unduhan situs)", "en": "Slides (on the site's downloads page)"},
    "how_to_use": {"id": "Cara memakai panduan ini", "en": "How to use this guide"},
    "materials_checklist": {
        "id": "Daftar periksa bahan untuk seluruh kegiatan",
        "en": "Materials checklist for the whole event",
    },
    "referral_notes": {"id": "Catatan rujukan", "en": "Referral notes"},
    "referral_intro": {
        "id": "Di sini hanya tercantum kontak yang sudah dikonfirmasi langsung kepada layanannya dalam 12 bulan "
        "terakhir. Kumpulkan dan periksa kontak layanan setempat sebelum kegiatan, lalu catat di profil provinsi siapa "
        "yang memeriksanya dan kapan. Jangan memberikan nomor yang belum diperiksa kepada peserta.",
        "en": "Only contacts checked with the service itself in the last 12 months are listed here. Collect and check "
        "the contacts of local services before the event, then record in the province profile who checked each and "
        "when. Never give participants a number nobody has checked.",
    },
    "women_tally": {
        "id": "Perempuan: ______ dari ______ peserta = ______ % (target sedikitnya 40%)",
        "en": "Women: ______ of ______ participants = ______ % (target at least 40%)",
    },
    "group_codes": {"id": "Kode kelompok", "en": "Group codes"},
}
