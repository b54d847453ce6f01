"""Words only the public site prints: navigation, the glossary, references, downloads, province and
translation-status pages (site/nav.py, site/pages.py, site/templates/, figures.py's province tables)."""

from __future__ import annotations

from lokalatih.translations import Freshness

SITE: dict[str, dict[str, str]] = {
    "home": {"id": "Beranda", "en": "Home"},
    "glossary": {"id": "Glosarium", "en": "Glossary"},
    "glossary_intro": {
        "id": "Istilah yang dipakai dalam lokakarya dan pelatihan, dengan padanannya dalam bahasa Inggris.",
        "en": "Terms used in the workshop and the training, with their Indonesian originals.",
    },
    "overview": {"id": "Ikhtisar", "en": "Overview"},
    "agenda_of": {"id": "Agenda", "en": "Agenda"},
    "participant_page": {"id": "Materi peserta", "en": "Participant reading"},
    "facilitator_page": {"id": "Rencana sesi", "en": "Session plan"},
    "methods": {"id": "Metode", "en": "Methods"},
    "audience": {"id": "Peserta", "en": "Who it is for"},
    "delivery": {"id": "Bentuk kegiatan", "en": "Format"},
    "references": {"id": "Daftar referensi", "en": "References"},
    "references_intro": {
        "id": "Semua dokumen yang dirujuk dalam sesi-sesi lokakarya dan pelatihan, beserta sesi yang merujuknya.",
        "en": "Every document cited in the workshop and training sessions, with the sessions that cite it.",
    },
    "cited_in": {"id": "Dirujuk di", "en": "Cited in"},
    "downloads": {"id": "Unduhan", "en": "Downloads"},
    "downloads_intro": {
        "id": "Semua bahan cetak dalam bahasa Indonesia, sebagai PDF A4 yang ringan untuk dibagikan lewat aplikasi "
        "pesan. Versi bahasa Inggris ada di halaman unduhan berbahasa Inggris.",
        "en": "Every printable in English, as light A4 PDFs to share over chat apps. The Indonesian versions are on "
        "the Indonesian downloads page.",
    },
    "print_this": {"id": "Unduh untuk dicetak", "en": "Download to print"},
    "slides_for_session": {"id": "Salindia sesi ini", "en": "This session's slides"},
    "slides_pdf": {"id": "untuk ditayangkan", "en": "to project"},
    "slides_pptx": {"id": "untuk diubah", "en": "to edit"},
    "province_page": {"id": "Provinsi", "en": "Province"},
    "province_description": {
        "id": "Data, lembaga, dan direktori layanan bagi pekerja migran dan keluarganya di {province}, dengan sumber "
        "dan status verifikasinya.",
        "en": "Figures, institutions and a directory of services for migrant workers and their families in {province}, "
        "with their sources and whether each is verified.",
    },
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
    "no_verified_contacts": {
        "id": "Profil provinsi ini belum memuat kontak yang sudah diverifikasi. Tanyakan kepada fasilitator atau "
        "petugas BP3MI.",
        "en": "This province profile has no verified contact yet. Ask the facilitator or the BP3MI officers.",
    },
    "all_services": {
        "id": "Daftar semua layanan di provinsi ini, termasuk yang belum diverifikasi:",
        "en": "All services in the province, including those not yet verified:",
    },
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
    "pocket_card": {"id": "Kartu saku", "en": "Pocket card"},
    # The header's colour-scheme toggle (site/config.py names Material's palette toggles per language).
    "to_dark_mode": {"id": "Beralih ke mode gelap", "en": "Switch to dark mode"},
    "to_light_mode": {"id": "Beralih ke mode terang", "en": "Switch to light mode"},
}

# Printed by the theme overrides (overrides/404.html, partials/copyright.html) as `labels.<key>`, handed to each
# language's MkDocs build through `extra` (site/config.py).
THEME: dict[str, dict[str, str]] = {
    "not_found_title": {"id": "Halaman tidak ditemukan", "en": "Page not found"},
    "not_found_text": {
        "id": "Halaman yang Anda cari tidak ada atau sudah dipindahkan.",
        "en": "The page you are looking for does not exist or has moved.",
    },
    "back_home": {"id": "Kembali ke beranda", "en": "Back to the home page"},
    "made_with": {"id": "Dibuat dengan", "en": "Made with"},
}

# The translation-status page: how an English text stands to its Indonesian source.
FRESHNESS: dict[Freshness, dict[str, str]] = {
    Freshness.CURRENT: {"id": "mutakhir", "en": "up to date"},
    Freshness.STALE: {"id": "usang: perlu diperbarui", "en": "stale: needs an update"},
    Freshness.UNMARKED: {"id": "belum dicatat", "en": "not recorded"},
}
