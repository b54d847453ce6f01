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
    "slides_of": {"id": "Salindia {code}", "en": "Slides {code}"},
    "permalink": {"id": "Tautan langsung ke bagian ini", "en": "Permanent link"},
    "province_page": {"id": "Provinsi", "en": "Province"},
    "province_description": {
        "id": "Data, lembaga, dan direktori layanan bagi pekerja migran dan keluarganya di {province}, dengan sumber "
        "dan tanggal pemeriksaannya.",
        "en": "Figures, institutions and a directory of services for migrant workers and their families in {province}, "
        "with their sources and when each was checked.",
    },
    "province_figures": {"id": "Provinsi dalam angka", "en": "The province in figures"},
    "institutions": {"id": "Lembaga di provinsi", "en": "Institutions in the province"},
    "services": {"id": "Direktori layanan", "en": "Services directory"},
    "services_intro": {
        "id": "Di sini hanya dimuat kontak yang sudah dikonfirmasi langsung kepada layanannya dalam 12 bulan terakhir.",
        "en": "Only contacts checked with the service itself in the last 12 months are listed here.",
    },
    "service": {"id": "Layanan", "en": "Service"},
    "contact": {"id": "Kontak", "en": "Contact"},
    "stages": {"id": "Tahap", "en": "Stages"},
    "status": {"id": "Status", "en": "Status"},
    "all_services": {"id": "Semua layanan di provinsi ini:", "en": "All services in the province:"},
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
    "pocket_card_sheet": {
        "id": "Kartu saku, 4 per lembar A4 dengan tanda potong",
        "en": "Pocket card, 4 to an A4 sheet with crop marks",
    },
    # The maintainers' contact status page (contacts.md.j2): the only page that names unverified or stale contacts.
    "contact_status": {"id": "Status kontak", "en": "Contact status"},
    "contact_status_intro": {
        "id": "Untuk pengelola kit. Kontak hanya diterbitkan (situs, kartu saku, handout, panduan fasilitator) jika "
        "sudah dikonfirmasi langsung kepada layanannya paling lama {months} bulan sebelum tanggal build ini, {date}. "
        "Kontak yang belum diperiksa atau sudah kedaluwarsa hanya tercantum di halaman ini dan di keluaran "
        "`lokalatih check`; nomornya ada di profil provinsi. Periksa ulang lalu perbarui `verified` di profil.",
        "en": "For the kit's maintainers. A contact is published (site, pocket card, handouts, facilitator guide) only "
        "when it was checked with the service itself at most {months} months before this build's date, {date}. "
        "Unverified and stale contacts are listed only on this page and in the output of `lokalatih check`; their "
        "numbers are in the province profile. Check them again, then update `verified` in the profile.",
    },
    "checked_by": {"id": "Diperiksa oleh", "en": "Checked by"},
    "checked_on": {"id": "Tanggal diperiksa", "en": "Checked on"},
    "age_in_months": {"id": "Sejak diperiksa (bulan)", "en": "Age (months)"},
    "status_verified": {"id": "terverifikasi: diterbitkan", "en": "verified: published"},
    "status_stale": {"id": "kedaluwarsa: tidak diterbitkan", "en": "stale: not published"},
    "status_unverified": {"id": "belum diverifikasi: tidak diterbitkan", "en": "unverified: not published"},
    "no_contacts_yet": {
        "id": "Profil provinsi ini belum memuat kontak layanan.",
        "en": "This province profile lists no services yet.",
    },
    # The header's colour-scheme toggle (site/config.py names Material's palette toggles per language).
    "to_dark_mode": {"id": "Beralih ke mode gelap", "en": "Switch to dark mode"},
    "to_light_mode": {"id": "Beralih ke mode terang", "en": "Switch to light mode"},
    # The web app manifest (site/app_manifest.py): what a phone names the site on its home screen.
    "app_name": {
        "id": "Lokalatih: perekrutan yang adil dan pelindungan pekerja migran",
        "en": "Lokalatih: fair recruitment and protection of migrant workers",
    },
    "app_description": {
        "id": "Bahan bacaan peserta lokakarya dan pelatihan, bisa dibaca tanpa internet setelah disimpan.",
        "en": "Reading for the workshop's and the training's participants, readable without internet once saved.",
    },
    # The page a phone shows offline for a page it never opened nor saved (site/offline_reading.py).
    "offline_fallback_title": {"id": "Halaman ini belum tersimpan", "en": "This page is not saved"},
    "offline_fallback_text": {
        "id": "Anda sedang tidak tersambung ke internet, dan halaman ini belum pernah dibuka atau disimpan di "
        "perangkat ini. Halaman yang sudah pernah Anda buka, dan program yang Anda simpan untuk dibaca offline, "
        "tetap bisa dibaca.",
        "en": "You are not connected to the internet, and this page has not been opened or saved on this device. "
        "Pages you have opened before, and programmes you saved for offline reading, can still be read.",
    },
    "offline_fallback_home": {"id": "Ke beranda", "en": "Go to the home page"},
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
    # Reading offline (partials/offline-save.html, assets/javascripts/offline-save.js): the save button of a
    # programme's pages, its progress and result, and the note on a page read from the phone's copy.
    "offline_save": {"id": "Simpan untuk dibaca offline", "en": "Save for offline reading"},
    "offline_with_handouts": {"id": "Sertakan handout peserta (PDF)", "en": "Include the participant handouts (PDF)"},
    "offline_saving": {"id": "Menyimpan… {done} dari {total} berkas", "en": "Saving… {done} of {total} files"},
    "offline_saved_on": {
        "id": "Disimpan untuk dibaca offline pada {date}",
        "en": "Saved for offline reading on {date}",
    },
    "offline_failed": {
        "id": "Belum tersimpan: sambungan internet terputus. Coba lagi saat tersambung.",
        "en": "Not saved: the internet connection dropped. Try again when you are online.",
    },
}

# The translation-status page: how an English text stands to its Indonesian source.
FRESHNESS: dict[Freshness, dict[str, str]] = {
    Freshness.CURRENT: {"id": "mutakhir", "en": "up to date"},
    Freshness.STALE: {"id": "usang: perlu diperbarui", "en": "stale: needs an update"},
    Freshness.UNMARKED: {"id": "belum dicatat", "en": "not recorded"},
}
