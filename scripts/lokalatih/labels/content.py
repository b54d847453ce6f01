"""Words the loader puts into authored content: the kit-wide confidentiality text ({{ confidentiality_limits }}) and
the sentence on the corridor's bilateral agreement ({{ corridor.agreement_note }})."""

from __future__ import annotations

CONTENT: dict[str, dict[str, str]] = {
    "confidentiality_limits": {"id": "Batas kerahasiaan.", "en": "Limits of confidentiality."},
    "confidentiality_promise": {"id": "Yang boleh dijanjikan.", "en": "What you may promise."},
    "confidentiality_records": {"id": "Catatan dan rekaman.", "en": "Notes and recordings."},
    "safeguarding_focal_point": {
        "id": "Penanggung jawab pelindungan peserta di acara ini:",
        "en": "Safeguarding focal point at this event:",
    },
    # The heading of a province's own cases and examples, appended to a core module's page (provinces/<slug>/).
    "local_section": {"id": "Di {province}", "en": "In {province}"},
    "focal_point_unnamed": {
        "id": "belum ditunjuk. Panitia menunjuk satu orang sebelum hari pertama dan memperkenalkannya saat pembukaan.",
        "en": "not yet named. The organisers name one person before day 1 and introduce them at the opening.",
    },
    "corridor_agreement": {
        "id": "Untuk koridor ini, profil provinsi mencatat {name}, yang mengatur penempatan {scope}. Periksa isi dan "
        "status terbarunya sebelum mengutipnya.",
        "en": "For this corridor, the province profile records {name}, which governs the placement of {scope}. Check "
        "its content and current status before quoting it.",
    },
    "corridor_no_agreement": {
        "id": "Profil provinsi tidak mencatat perjanjian bilateral khusus untuk koridor Indonesia–{country}. Yang "
        "menjadi pegangan adalah UU 18/2017, perjanjian kerja, dan hukum negara tujuan.",
        "en": "No specific bilateral agreement is recorded in this profile for the Indonesia–{country} corridor. What "
        "applies is Law 18/2017, the employment contract and the law of the destination country.",
    },
}
