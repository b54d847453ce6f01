"""Every fixed word the generated pages print, in both languages. A label missing a language fails at import."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from lokalatih.model.common import LANGUAGES, Method
from lokalatih.model.programme import BreakKind, Delivery

LABELS: dict[str, dict[str, str]] = {
    "home": {"id": "Beranda", "en": "Home"},
    "about": {"id": "Tentang program", "en": "About the programme"},
    "glossary": {"id": "Glosarium", "en": "Glossary"},
    "glossary_intro": {
        "id": "Istilah yang dipakai dalam lokakarya dan pelatihan, dengan padanannya dalam bahasa Inggris.",
        "en": "Terms used in the workshop and the training, with their Indonesian originals.",
    },
    "overview": {"id": "Ikhtisar", "en": "Overview"},
    "agenda": {"id": "Agenda", "en": "Agenda"},
    "agenda_of": {"id": "Agenda", "en": "Agenda"},
    "participant_page": {"id": "Materi peserta", "en": "Participant reading"},
    "facilitator_page": {"id": "Rencana sesi", "en": "Session plan"},
    "session_plan_of": {"id": "Rencana sesi", "en": "Session plan"},
    "for_facilitators": {"id": "Untuk fasilitator", "en": "For facilitators"},
    "for_participants": {"id": "Untuk peserta", "en": "For participants"},
    "objectives": {"id": "Tujuan pembelajaran", "en": "Learning objectives"},
    "key_messages": {"id": "Pesan kunci", "en": "Key messages"},
    "sources": {"id": "Sumber", "en": "Sources"},
    "materials": {"id": "Bahan dan persiapan", "en": "Materials and preparation"},
    "timing": {"id": "Jadwal sesi", "en": "Timing"},
    "activities": {"id": "Langkah kegiatan", "en": "Activities step by step"},
    "purpose": {"id": "Tujuan", "en": "Purpose"},
    "debrief": {"id": "Pertanyaan refleksi", "en": "Debrief questions"},
    "expected_answers": {"id": "Jawaban yang mungkin muncul", "en": "Answers to expect"},
    "time": {"id": "Waktu", "en": "Time"},
    "session": {"id": "Sesi", "en": "Session"},
    "activity": {"id": "Kegiatan", "en": "Activity"},
    "method": {"id": "Metode", "en": "Method"},
    "methods": {"id": "Metode", "en": "Methods"},
    "minutes": {"id": "Menit", "en": "Minutes"},
    "duration": {"id": "Durasi", "en": "Duration"},
    "minutes_unit": {"id": "menit", "en": "minutes"},
    "day": {"id": "Hari", "en": "Day"},
    "audience": {"id": "Peserta", "en": "Who it is for"},
    "delivery": {"id": "Bentuk kegiatan", "en": "Format"},
    "modules": {"id": "Sesi", "en": "Sessions"},
    "not_found_title": {"id": "Halaman tidak ditemukan", "en": "Page not found"},
    "not_found_text": {
        "id": "Halaman yang Anda cari tidak ada atau sudah dipindahkan.",
        "en": "The page you are looking for does not exist or has moved.",
    },
    "back_home": {"id": "Kembali ke beranda", "en": "Back to the home page"},
    "made_with": {"id": "Dibuat dengan", "en": "Made with"},
    "figure": {"id": "Data", "en": "Figure"},
    "number": {"id": "Angka", "en": "Number"},
    "year": {"id": "Tahun", "en": "Year"},
    "source": {"id": "Sumber", "en": "Source"},
    "no_figures": {
        "id": "Profil provinsi ini belum memuat data. Isi bagian figures di profil provinsi.",
        "en": "This province profile has no figures yet. Fill in the figures section of the profile.",
    },
    "no_institutions": {
        "id": "Profil provinsi ini belum memuat daftar lembaga. Isi bagian institutions di profil provinsi.",
        "en": "This province profile lists no institutions yet. Fill in the institutions section of the profile.",
    },
    "institution": {"id": "Lembaga", "en": "Institution"},
    "role": {"id": "Peran", "en": "Role"},
    "references": {"id": "Daftar referensi", "en": "References"},
    "references_intro": {
        "id": "Semua dokumen yang dirujuk dalam sesi-sesi lokakarya dan pelatihan, beserta sesi yang merujuknya.",
        "en": "Every document cited in the workshop and training sessions, with the sessions that cite it.",
    },
    "cited_in": {"id": "Dirujuk di", "en": "Cited in"},
    "handout": {"id": "Handout peserta", "en": "Participant handout"},
    "definitions": {"id": "Istilah penting", "en": "Key terms"},
    "referral_contacts": {"id": "Ke mana mencari bantuan", "en": "Where to get help"},
    "to_be_confirmed": {"id": "belum diverifikasi: periksa sebelum dipakai", "en": "to be confirmed: check before use"},
    "worksheet": {"id": "Lembar kerja", "en": "Worksheet"},
    "workbook": {"id": "Buku kerja peserta", "en": "Participant workbook"},
    "contents": {"id": "Daftar isi", "en": "Contents"},
    "group_names": {"id": "Kelompok / nama", "en": "Group / names"},
    "notes": {"id": "Catatan", "en": "Notes"},
    "yes": {"id": "Ya", "en": "Yes"},
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
    "plan_problem": {"id": "Masalah", "en": "Problem"},
    "plan_action": {"id": "Aksi", "en": "Action"},
    "plan_lead": {"id": "Lembaga pemimpin", "en": "Lead institution"},
    "plan_partners": {"id": "Mitra", "en": "Partners"},
    "plan_timeline": {"id": "Waktu", "en": "Timeline"},
    "plan_indicator": {"id": "Indikator", "en": "Indicator"},
    "group_answers": {"id": "Jawaban kelompok", "en": "The group's answers"},
    "venue": {"id": "Tempat", "en": "Venue"},
    "organisers": {"id": "Penyelenggara", "en": "Organisers"},
    "pocket_card": {"id": "Kartu saku", "en": "Pocket card"},
    "preparation": {"id": "Persiapan sebelum hari pertama", "en": "Before day 1"},
    "preparation_intro": {
        "id": "Yang perlu diminta, dicetak atau diatur panitia sebelum hari pertama, dari rencana setiap sesi.",
        "en": "What the organisers must request, print or arrange before day 1, from every session plan.",
    },
    "grouping": {"id": "Pembagian kelompok", "en": "Grouping"},
    "confidentiality_limits": {"id": "Batas kerahasiaan.", "en": "Limits of confidentiality."},
    "confidentiality_promise": {"id": "Yang boleh dijanjikan.", "en": "What you may promise."},
    "confidentiality_records": {"id": "Catatan dan rekaman.", "en": "Notes and recordings."},
    "safeguarding_focal_point": {
        "id": "Penanggung jawab pelindungan di acara ini:",
        "en": "Safeguarding focal point at this event:",
    },
    "focal_point_unnamed": {
        "id": "belum ditunjuk. Panitia menunjuk satu orang sebelum hari pertama dan memperkenalkannya saat pembukaan.",
        "en": "not yet named. The organisers name one person before day 1 and introduce them at the opening.",
    },
    "your_rights": {"id": "Hak Anda", "en": "Your rights"},
    "warning_signs": {"id": "Tanda bahaya", "en": "Warning signs"},
    "facilitator_guide": {"id": "Panduan fasilitator", "en": "Facilitator guide"},
    "how_to_use": {"id": "Cara memakai panduan ini", "en": "How to use this guide"},
    "session_plans": {"id": "Rencana sesi", "en": "Session plans"},
    "materials_checklist": {
        "id": "Daftar periksa bahan untuk seluruh kegiatan",
        "en": "Materials checklist for the whole event",
    },
    "referral_notes": {"id": "Catatan rujukan", "en": "Referral notes"},
    "referral_intro": {
        "id": "Kumpulkan dan periksa kontak layanan setempat sebelum kegiatan. Kontak yang belum diverifikasi "
        "tidak boleh dibagikan kepada peserta sebagai kontak pasti.",
        "en": "Collect and check the contacts of local services before the event. Contacts that are not verified "
        "must not be given to participants as settled.",
    },
    "attendance": {"id": "Daftar hadir", "en": "Attendance sheet"},
    "name": {"id": "Nama", "en": "Name"},
    "signature": {"id": "Tanda tangan", "en": "Signature"},
    "sex_short": {"id": "P/L", "en": "F/M"},
    "number_short": {"id": "No.", "en": "No."},
    "women_tally": {
        "id": "Perempuan: ______ dari ______ peserta = ______ % (target sedikitnya 40%)",
        "en": "Women: ______ of ______ participants = ______ % (target at least 40%)",
    },
    "group_codes": {"id": "Kode kelompok", "en": "Group codes"},
    "downloads": {"id": "Unduhan", "en": "Downloads"},
    "downloads_intro": {
        "id": "Semua bahan cetak dalam bahasa Indonesia, sebagai PDF A4 yang ringan untuk dibagikan lewat aplikasi "
        "pesan. Versi bahasa Inggris ada di halaman unduhan berbahasa Inggris.",
        "en": "Every printable in English, as light A4 PDFs to share over chat apps. The Indonesian versions are on "
        "the Indonesian downloads page.",
    },
    "print_this": {"id": "Unduh untuk dicetak", "en": "Download to print"},
    "report": {"id": "Laporan hasil pre-test dan post-test", "en": "Pre-test and post-test report"},
    "summary": {"id": "Ringkasan", "en": "Summary"},
    "pre": {"id": "Pre-test", "en": "Pre-test"},
    "post": {"id": "Post-test", "en": "Post-test"},
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
    "rejected_rows": {"id": "Baris yang ditolak", "en": "Rejected rows"},
    "line": {"id": "Baris", "en": "Line"},
    "reason": {"id": "Alasan", "en": "Reason"},
    "none": {"id": "Tidak ada.", "en": "None."},
    "small_groups": {
        "id": "Kelompok dengan n < 5 ditandai *: angkanya mudah berubah oleh satu orang, jangan disimpulkan sendiri.",
        "en": "Groups with n < 5 are marked *: one person moves their numbers, so draw no conclusion from them alone.",
    },
    "scoring_rule": {
        "id": "Cara menilai: soal pilihan ganda dengan beberapa jawaban benar bernilai 1 hanya bila huruf yang dipilih "
        "sama persis dengan kunci. Gain ternormalisasi kelas (Hake) = (post − pre) / (100 − pre) dari rata-rata "
        "kelas; gain individu tidak dihitung untuk peserta dengan pre-test 100%. Daya beda = selisih persentase benar "
        "kelompok 27% teratas dan 27% terbawah pada post-test.",
        "en": "Scoring: a multiple-answer item scores 1 only when the letters chosen equal the key exactly. Class "
        "normalized gain (Hake) = (post − pre) / (100 − pre) from class means; individual gain is not computed for "
        "participants with 100% on the pre-test. Discrimination = share correct in the top 27% minus the bottom 27% "
        "on the post-test.",
    },
    "participants": {"id": "Peserta (kode)", "en": "Participants (codes)"},
    "gain": {"id": "Gain", "en": "Gain"},
    "flag_too easy": {"id": "terlalu mudah", "en": "too easy"},
    "flag_too hard": {"id": "terlalu sulit", "en": "too hard"},
    "flag_negative discrimination": {"id": "daya beda negatif", "en": "negative discrimination"},
    "flag_fewer correct after": {"id": "lebih sedikit benar sesudahnya", "en": "fewer correct after"},
    "province_page": {"id": "Provinsi", "en": "Province"},
    "province_figures": {"id": "Provinsi dalam angka", "en": "The province in figures"},
    "institutions": {"id": "Lembaga di provinsi", "en": "Institutions in the province"},
    "services": {"id": "Direktori layanan", "en": "Services directory"},
    "services_intro": {
        "id": "Kontak yang belum diverifikasi ditandai dan tidak pernah dicetak di kartu saku. "
        "Periksa sebelum dipakai.",
        "en": "Contacts not yet verified are marked and never printed on pocket cards. Check before use.",
    },
    "service": {"id": "Layanan", "en": "Service"},
    "contact": {"id": "Kontak", "en": "Contact"},
    "stages": {"id": "Tahap", "en": "Stages"},
    "status": {"id": "Status", "en": "Status"},
    "verified": {"id": "terverifikasi", "en": "verified"},
    "no_contacts_yet": {
        "id": "Profil provinsi ini belum memuat kontak layanan.",
        "en": "This province profile lists no services yet.",
    },
    "local_examples": {"id": "Contoh setempat", "en": "Local examples"},
    "recommendations": {"id": "Rekomendasi", "en": "Recommendations"},
    "action_plan": {"id": "Rencana aksi bersama: pemantauan", "en": "Joint action plan tracker"},
    "after_the_event": {
        "id": "Diisi sesudah kegiatan oleh penyelenggara di provinsi.",
        "en": "Filled in after the event by the organisers in the province.",
    },
    "translation_status": {"id": "Status terjemahan", "en": "Translation status"},
    "translation_status_intro": {
        "id": "Setiap teks bahasa Inggris mencatat versi teks bahasa Indonesia yang diterjemahkannya. Teks berstatus "
        "usang perlu diperbarui: teks Indonesianya sudah berubah sesudah diterjemahkan.",
        "en": "Every English text records which version of its Indonesian source it translates. Stale texts need an "
        "update: their Indonesian source changed after they were translated.",
    },
    "english_text": {"id": "Teks bahasa Inggris", "en": "English text"},
    "indonesian_source": {"id": "Sumber bahasa Indonesia", "en": "Indonesian source"},
    "freshness_current": {"id": "mutakhir", "en": "up to date"},
    "freshness_stale": {"id": "usang: perlu diperbarui", "en": "stale: needs an update"},
    "freshness_unmarked": {"id": "belum dicatat", "en": "not recorded"},
    "true": {"id": "Benar", "en": "True"},
    "false": {"id": "Salah", "en": "False"},
    "pre_test": {"id": "Pre-test", "en": "Pre-test"},
    "post_test": {"id": "Post-test", "en": "Post-test"},
    "answer_key": {"id": "Kunci jawaban", "en": "Answer key"},
    "answer_sheet": {"id": "Lembar jawaban", "en": "Answer sheet"},
    "participant_code": {"id": "Kode peserta", "en": "Participant code"},
    "date": {"id": "Tanggal", "en": "Date"},
    "province": {"id": "Provinsi", "en": "Province"},
    "question": {"id": "Soal", "en": "Question"},
    "questions": {"id": "Soal", "en": "Questions"},
    "correct": {"id": "Jawaban benar", "en": "Correct answer"},
    "answer": {"id": "Jawaban", "en": "Answer"},
    "rationale": {"id": "Alasan", "en": "Why"},
    "objective": {"id": "Tujuan pembelajaran", "en": "Learning objective"},
    "module": {"id": "Sesi", "en": "Session"},
    "items": {"id": "Butir soal", "en": "Items"},
    "in_test": {"id": "Dalam tes", "en": "In the test"},
    "coverage": {"id": "Cakupan soal", "en": "Item coverage"},
    "coverage_intro": {
        "id": "Setiap tujuan pembelajaran dan butir soal yang mengujinya. "
        "Tanda ✓ berarti butir itu dipakai dalam pre-test dan post-test.",
        "en": "Every learning objective and the items that test it. "
        "A ✓ marks items used in the pre-test and post-test.",
    },
    "test_instructions": {
        "id": "Tulis kode peserta Anda di kotak di atas (jangan tulis nama). Jawab semua soal sendiri, tanpa "
        "membuka catatan. Lingkari huruf jawaban Anda di lembar jawaban. Tes ini mengukur apa yang dipelajari "
        "dalam kegiatan, bukan menilai Anda secara pribadi.",
        "en": "Write your participant code in the box above (not your name). Answer every question on your own, "
        "without notes. Circle the letter of your answer on the answer sheet. This test measures what the event "
        "taught, not you as a person.",
    },
    "answer_sheet_instructions": {
        "id": "Lingkari satu huruf untuk setiap soal, atau beberapa huruf bila soal meminta semua jawaban yang benar.",
        "en": "Circle one letter for each question, or several letters where the question asks for every correct "
        "answer.",
    },
    "sex": {"id": "Jenis kelamin", "en": "Sex"},
    "sex_female": {"id": "Perempuan", "en": "Female"},
    "sex_male": {"id": "Laki-laki", "en": "Male"},
    "stakeholder_group": {"id": "Kelompok pemangku kepentingan", "en": "Stakeholder group"},
    "test": {"id": "Tes", "en": "Test"},
    "kit_only": {
        "id": "Untuk fasilitator saja. Jangan dibagikan kepada peserta sebelum post-test.",
        "en": "For facilitators only. Do not share with participants before the post-test.",
    },
}

METHOD_LABELS: dict[Method, dict[str, str]] = {
    Method.PRESENTATION: {"id": "Presentasi", "en": "Presentation"},
    Method.PLENARY_DISCUSSION: {"id": "Diskusi pleno", "en": "Plenary discussion"},
    Method.SMALL_GROUP_WORK: {"id": "Kerja kelompok", "en": "Small-group work"},
    Method.PANEL_DISCUSSION: {"id": "Diskusi panel", "en": "Panel discussion"},
    Method.CASE_STUDY: {"id": "Studi kasus", "en": "Case study"},
    Method.ROLE_PLAY: {"id": "Bermain peran", "en": "Role play"},
    Method.TEST: {"id": "Tes", "en": "Test"},
    Method.BRAINSTORMING: {"id": "Curah pendapat", "en": "Brainstorming"},
    Method.MAPPING: {"id": "Pemetaan", "en": "Mapping"},
    Method.Q_AND_A: {"id": "Tanya jawab", "en": "Questions and answers"},
    Method.INDIVIDUAL_REFLECTION: {"id": "Refleksi pribadi", "en": "Individual reflection"},
    Method.GALLERY_WALK: {"id": "Pameran karya (gallery walk)", "en": "Gallery walk"},
    Method.ENERGISER: {"id": "Penyegaran", "en": "Energiser"},
    Method.ACTION_PLANNING: {"id": "Perencanaan aksi", "en": "Action planning"},
}

BREAK_LABELS: dict[BreakKind, dict[str, str]] = {
    BreakKind.REGISTRATION: {"id": "Registrasi peserta", "en": "Registration"},
    BreakKind.COFFEE: {"id": "Rehat kopi", "en": "Coffee break"},
    BreakKind.LUNCH_AND_PRAYER: {"id": "Ishoma (istirahat, salat, makan)", "en": "Lunch and prayer break"},
    BreakKind.PRAYER: {"id": "Istirahat salat", "en": "Prayer break"},
    BreakKind.OPENING_CEREMONY: {"id": "Pembukaan resmi dan sambutan", "en": "Official opening and speeches"},
    BreakKind.CLOSING_CEREMONY: {"id": "Penutupan resmi", "en": "Official closing"},
}

# Titles of Material's admonition types when the author gives none (`!!! note`), per language.
ADMONITION_TITLES: dict[str, dict[str, str]] = {
    "note": {"id": "Catatan", "en": "Note"},
    "abstract": {"id": "Ringkasan", "en": "Abstract"},
    "info": {"id": "Info", "en": "Info"},
    "tip": {"id": "Tips", "en": "Tip"},
    "success": {"id": "Berhasil", "en": "Success"},
    "question": {"id": "Pertanyaan", "en": "Question"},
    "warning": {"id": "Peringatan", "en": "Warning"},
    "failure": {"id": "Gagal", "en": "Failure"},
    "danger": {"id": "Bahaya", "en": "Danger"},
    "bug": {"id": "Galat", "en": "Bug"},
    "example": {"id": "Contoh", "en": "Example"},
    "quote": {"id": "Kutipan", "en": "Quote"},
}

# Titles of the facilitator blocks (`!!! safeguarding` ...), handed to mkdocs-static-i18n per language.
BLOCK_LABELS: dict[str, dict[str, str]] = {
    "safeguarding": {"id": "Keselamatan peserta", "en": "Safeguarding"},
    "inclusion": {"id": "Fasilitasi inklusif", "en": "Inclusive facilitation"},
    "hybrid": {"id": "Peserta daring (hibrida)", "en": "Online participants (hybrid)"},
}

# Stakeholder groups of participants (codes in the responses file and the XLSForm).
STAKEHOLDER_GROUPS: dict[str, dict[str, str]] = {
    "government": {"id": "Pemerintah", "en": "Government"},
    "p3mi": {"id": "Perusahaan penempatan (P3MI)", "en": "Placement company (P3MI)"},
    "lpk": {"id": "Lembaga pelatihan kerja (LPK)", "en": "Training institute (LPK)"},
    "clinic": {"id": "Klinik pemeriksaan kesehatan", "en": "Medical check-up clinic"},
    "employer": {"id": "Pemberi kerja / asosiasi pengusaha", "en": "Employer / employers' association"},
    "union": {"id": "Serikat buruh", "en": "Trade union"},
    "cso": {"id": "Organisasi masyarakat sipil", "en": "Civil society organisation"},
    "other": {"id": "Lainnya", "en": "Other"},
}

STAGE_LABELS: dict[str, dict[str, str]] = {
    "before-departure": {"id": "sebelum berangkat", "en": "before departure"},
    "abroad": {"id": "di luar negeri", "en": "abroad"},
    "on-return": {"id": "setelah pulang", "en": "on return"},
}

ACTION_STATUS_LABELS: dict[str, dict[str, str]] = {
    "planned": {"id": "direncanakan", "en": "planned"},
    "in-progress": {"id": "berjalan", "en": "in progress"},
    "done": {"id": "selesai", "en": "done"},
    "dropped": {"id": "dibatalkan", "en": "dropped"},
}

DELIVERY_LABELS: dict[Delivery, dict[str, str]] = {
    Delivery.IN_PERSON: {"id": "Tatap muka di ruangan", "en": "In the room"},
    Delivery.HYBRID: {"id": "Hibrida: di ruangan dan daring", "en": "Hybrid: in the room and online"},
}


def _assert_complete() -> None:
    # A label without a language would print a gap on one site: fail at import, long before a build.
    tables: list[Mapping[Any, dict[str, str]]] = [
        LABELS, METHOD_LABELS, BREAK_LABELS, ADMONITION_TITLES, BLOCK_LABELS, STAKEHOLDER_GROUPS, DELIVERY_LABELS,
        STAGE_LABELS, ACTION_STATUS_LABELS,
    ]  # fmt: skip
    for table in tables:
        for key, texts in table.items():
            missing = [lang for lang in LANGUAGES if not texts.get(lang)]
            if missing:
                raise RuntimeError(f"label {key!r} lacks {', '.join(missing)}")
    enums: list[tuple[type[StrEnum], Mapping[Any, dict[str, str]]]] = [
        (Method, METHOD_LABELS),
        (BreakKind, BREAK_LABELS),
        (Delivery, DELIVERY_LABELS),
    ]
    for enum, table in enums:
        unlabelled = [member for member in enum if member not in table]
        if unlabelled:
            raise RuntimeError(f"no label for {unlabelled}")


_assert_complete()


def label(key: str, lang: str) -> str:
    return LABELS[key][lang]


def block_titles(lang: str) -> dict[str, str]:
    """Every block type's default title in one language: Material's admonitions and the facilitator blocks."""
    return {kind: titles[lang] for kind, titles in {**ADMONITION_TITLES, **BLOCK_LABELS}.items()}


# Template filters that print an enum member's label in a language; the site's pages and the printables share them.
def grouping(groups: Any, method: str, lang: str) -> str:
    """ "6 kelompok, 5–7 orang per kelompok" / "6 groups of 5–7 people"; a panel counts panellists."""
    if method == Method.PANEL_DISCUSSION:
        return f"{groups.count} panelis" if lang == "id" else f"{groups.count} panellists"
    sizes = str(groups.min_size) if groups.min_size == groups.max_size else f"{groups.min_size}–{groups.max_size}"
    if lang == "id":
        return f"{groups.count} kelompok, {sizes} orang per kelompok"
    return f"{groups.count} groups of {sizes} people"


LABEL_FILTERS: dict[str, Any] = {
    "grouping": lambda activity, lang: grouping(activity.groups, activity.method, lang),
    "method": lambda method, lang: METHOD_LABELS[Method(method)][lang],
    "break_label": lambda kind, lang: BREAK_LABELS[BreakKind(kind)][lang],
    "delivery": lambda delivery, lang: DELIVERY_LABELS[Delivery(delivery)][lang],
    "stage": lambda stage, lang: STAGE_LABELS[str(stage)][lang],
    "action_status": lambda status, lang: ACTION_STATUS_LABELS[str(status)][lang],
}
