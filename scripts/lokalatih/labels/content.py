"""Words the loader puts into authored content: the kit-wide confidentiality text ({{ confidentiality_limits }})."""

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
}
