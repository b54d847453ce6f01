"""Labels of values rather than of places: facilitation methods, breaks, delivery formats, journey stages, action
statuses, stakeholder groups, sexes, the two tests, and the block titles of Markdown admonitions. Every renderer that
prints such a value looks it up here (the template filters in labels/__init__.py); each table covers its whole
enumeration, checked at import."""

from __future__ import annotations

from lokalatih.model.common import Method
from lokalatih.model.programme import BreakKind, Delivery
from lokalatih.model.province import ActionStatus, Stage
from lokalatih.model.report import Sex
from lokalatih.model.test_key import TestKind

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
    "safeguarding": {"id": "Pelindungan peserta", "en": "Safeguarding"},
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

STAGE_LABELS: dict[Stage, dict[str, str]] = {
    Stage.BEFORE_DEPARTURE: {"id": "sebelum berangkat", "en": "before departure"},
    Stage.ABROAD: {"id": "di luar negeri", "en": "abroad"},
    Stage.ON_RETURN: {"id": "setelah pulang", "en": "on return"},
}

ACTION_STATUS_LABELS: dict[ActionStatus, dict[str, str]] = {
    ActionStatus.PLANNED: {"id": "direncanakan", "en": "planned"},
    ActionStatus.IN_PROGRESS: {"id": "berjalan", "en": "in progress"},
    ActionStatus.DONE: {"id": "selesai", "en": "done"},
    ActionStatus.DROPPED: {"id": "dibatalkan", "en": "dropped"},
}

DELIVERY_LABELS: dict[Delivery, dict[str, str]] = {
    Delivery.IN_PERSON: {"id": "Tatap muka di ruangan", "en": "In the room"},
    Delivery.HYBRID: {"id": "Hibrida: di ruangan dan daring", "en": "Hybrid: in the room and online"},
}

# The two tests, as titles of forms and keys, columns and chart legends of the report, and the XLSForm's title.
TEST_KINDS: dict[TestKind, dict[str, str]] = {
    "pre": {"id": "Pre-test", "en": "Pre-test"},
    "post": {"id": "Post-test", "en": "Post-test"},
}

# Participants' sex as the XLSForm offers it and the report prints it (codes as in the responses file).
SEXES: dict[Sex, dict[str, str]] = {
    "F": {"id": "Perempuan", "en": "Female"},
    "M": {"id": "Laki-laki", "en": "Male"},
}

# The letter each language writes for a sex on a list: P/L (perempuan, laki-laki) in Indonesian, F/M in English.
# Sign-in sheets print them; the participant list and the evaluation accept either language's letter.
SEX_INITIALS: dict[Sex, dict[str, str]] = {
    "F": {"id": "P", "en": "F"},
    "M": {"id": "L", "en": "M"},
}
