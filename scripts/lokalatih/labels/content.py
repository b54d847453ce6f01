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
    # An agreement never replaces the law: the sentence says so, and that it covers only its scope (the Malaysia MoU
    # of 2022: domestic workers). A profile that records none does not prove that none exists.
    "corridor_agreement": {
        "id": "Untuk koridor ini, profil provinsi mencatat {name} tentang penempatan {scope}. Periksa isi dan status "
        "terbarunya sebelum mengutipnya. Perjanjian itu tidak menggantikan UU 18/2017 beserta peraturan "
        "pelaksananya, perjanjian kerja, dan hukum negara tujuan, yang tetap berlaku, juga bagi pekerja di luar "
        "cakupannya.",
        "en": "For this corridor, the province profile records {name} on the placement of {scope}. Check its content "
        "and current status before quoting it. It does not replace Law 18/2017 and its implementing regulations, the "
        "employment contract or the law of the destination country, which still apply, also to workers outside its "
        "scope.",
    },
    "corridor_no_agreement": {
        "id": "Profil provinsi ini tidak mencatat perjanjian bilateral untuk koridor Indonesia–{country}. Itu belum "
        "tentu berarti perjanjian semacam itu tidak ada: tanyakan kepada BP3MI atau KP2MI sebelum menjelaskannya. "
        "Dengan atau tanpa perjanjian, yang tetap berlaku adalah UU 18/2017 beserta peraturan pelaksananya, "
        "perjanjian penempatan, perjanjian kerja, dan hukum negara tujuan.",
        "en": "This province profile records no bilateral agreement for the Indonesia–{country} corridor. That does "
        "not mean none exists: ask BP3MI or KP2MI before explaining it. With or without an agreement, Law 18/2017 and "
        "its implementing regulations, the placement agreement, the employment contract and the law of the "
        "destination country still apply.",
    },
}
