"""Words of running an event (events/ and its templates): the participant list, sign-in sheets, data entry, and
every message about data a person typed, in the language of the report or command that prints it."""

from __future__ import annotations

EVENTS: dict[str, dict[str, str]] = {
    "code_list": {"id": "Daftar kode peserta", "en": "Participant code list"},
    "code_list_note": {
        "id": "Untuk meja registrasi. Setiap peserta menerima satu kode dan menuliskannya di kotak kode pada lembar "
        "pre-test, post-test dan evaluasi. Kode tanpa nama adalah cadangan untuk peserta yang datang tanpa "
        "mendaftar: tulis namanya di sini dan di daftar peserta. Daftar ini memuat nama: simpan, jangan dibagikan.",
        "en": "For the registration desk. Each participant receives one code and writes it in the code boxes of the "
        "pre-test, the post-test and the evaluation. Codes without a name are spares for walk-ins: write the name here "
        "and in the participant list. This list holds names: keep it, do not share it.",
    },
    "walk_in_note": {
        "id": "Peserta yang datang tanpa mendaftar memakai baris dengan kode cadangan; tuliskan juga datanya di daftar "
        "peserta.",
        "en": "Walk-ins sign on a row with a spare code; add their details to the participant list as well.",
    },
    # Messages about a row of a file a person filled in; `where` is "file:line".
    "msg_unknown_value": {
        "id": "{where}: {column} '{value}' tidak dikenal; yang berlaku: {valid}{hint}",
        "en": "{where}: {column} '{value}' is not recognised; valid: {valid}{hint}",
    },
    "msg_did_you_mean": {"id": " (maksudnya '{suggestion}'?)", "en": " (did you mean '{suggestion}'?)"},
    "msg_missing_value": {
        "id": "{where}: {column} kosong; isi dengan salah satu: {valid}",
        "en": "{where}: {column} is empty; fill in one of: {valid}",
    },
    "msg_missing_name": {
        "id": "{where}: kode {code} punya data tetapi tidak ada nama; isi nama atau kosongkan barisnya",
        "en": "{where}: code {code} has details but no name; fill in the name or clear the row",
    },
    "msg_bad_code": {
        "id": "{where}: kode peserta '{code}' tidak sah (6 karakter dari daftar kode, huruf terakhir huruf periksa); "
        "periksa salinannya",
        "en": "{where}: participant code '{code}' is not valid (6 characters from the code list, the last a check "
        "letter); check the copy",
    },
    "msg_unknown_code": {
        "id": "{where}: kode peserta {code} tidak ada di daftar peserta",
        "en": "{where}: participant code {code} is not on the participant list",
    },
    "msg_duplicate_code": {
        "id": "{where}: kode {code} sudah dipakai di baris {first}",
        "en": "{where}: code {code} is already used on line {first}",
    },
    "msg_missing_columns": {
        "id": "{where}: kolom {columns} tidak ada; kepala tabel yang diharapkan: {expected}",
        "en": "{where}: missing columns {columns}; the expected header is: {expected}",
    },
    "msg_both_files": {
        "id": "{first} dan {second} sama-sama berisi data; pakai salah satu saja dan kosongkan yang lain",
        "en": "{first} and {second} both hold data; use one of them and empty the other",
    },
    "msg_no_participants": {
        "id": "{where}: belum ada peserta; isi nama di samping kode",
        "en": "{where}: no participants yet; fill in names beside the codes",
    },
    "msg_unknown_day": {
        "id": "{where}: hari '{value}' tidak ada; acara ini punya hari {valid}",
        "en": "{where}: day '{value}' does not exist; this event has days {valid}",
    },
    "msg_attendance_mark": {
        "id": "{where}: tanda kehadiran '{value}' tidak dikenal; tulis 1 (hadir) atau kosongkan",
        "en": "{where}: attendance mark '{value}' is not recognised; write 1 (present) or leave it empty",
    },
    "msg_not_a_letter": {
        "id": "{where}: soal {number} ({item}): '{value}' bukan pilihan pada lembar ini ({valid}); dihitung tidak "
        "dijawab",
        "en": "{where}: question {number} ({item}): '{value}' is not an option on this form ({valid}); counted as "
        "unanswered",
    },
    "msg_one_letter": {
        "id": "{where}: soal {number} ({item}): hanya satu huruf ({valid}), tertulis '{value}'; dihitung tidak dijawab",
        "en": "{where}: question {number} ({item}): one letter ({valid}) expected, got '{value}'; counted as "
        "unanswered",
    },
    "msg_conflict": {
        "id": "{where}: kode {code} ({test}) juga ada di baris {other} dengan jawaban berbeda; keduanya tidak dinilai "
        "sampai salah satu dihapus",
        "en": "{where}: code {code} ({test}) is also on line {other} with different answers; neither is scored until "
        "one is removed",
    },
    "msg_repeat": {
        "id": "{where}: kode {code} ({test}) sama persis dengan baris {other}; dihitung sekali",
        "en": "{where}: code {code} ({test}) repeats line {other} exactly; counted once",
    },
    "msg_post_without_pre": {
        "id": "{where}: kode {code} punya post-test tetapi tidak punya pre-test; tidak dinilai",
        "en": "{where}: code {code} has a post-test but no pre-test; not scored",
    },
    "msg_unknown_column": {
        "id": "{where}: kolom '{column}' bukan soal lembar ini; diabaikan",
        "en": "{where}: column '{column}' is not a question of this form; ignored",
    },
    # Certificates (events/certificates.py, certificate.html.j2) and the organisers' list of them
    # (certificates-issued.html.j2).
    "certificate": {"id": "Sertifikat", "en": "Certificate"},
    "certificate_presented_to": {"id": "diberikan kepada", "en": "is presented to"},
    "certificate_took_part": {"id": "yang telah mengikuti", "en": "who took part in"},
    "certificate_details": {
        "id": "yang diselenggarakan di Provinsi {province} pada {dates}, selama {hours}",
        "en": "held in {province} on {dates}, {hours} in all",
    },
    "hours": {"id": "{hours} jam", "en": "{hours} hours"},
    "organised_by": {"id": "Diselenggarakan oleh", "en": "Organised by"},
    "verification_code": {"id": "Kode verifikasi", "en": "Verification code"},
    "verification_note": {
        "id": "panitia dapat mencocokkan kode ini dengan daftar sertifikat yang diterbitkan",
        "en": "the organisers can look this code up in their list of certificates issued",
    },
    "certificates_issued": {"id": "Daftar sertifikat yang diterbitkan", "en": "Certificates issued"},
    "issued_organisers_only": {
        "id": "Untuk panitia saja: daftar ini memuat nama peserta. Jangan diunggah atau dibagikan.",
        "en": "For the organisers only: this list holds participants' names. Do not upload or share it.",
    },
    "certificate_rule_all": {
        "id": "Syarat sertifikat: hadir setiap hari ({days} hari).",
        "en": "A certificate needs attendance on every day ({days} days).",
    },
    "certificate_rule_min": {
        "id": "Syarat sertifikat: hadir sedikitnya {required} dari {days} hari.",
        "en": "A certificate needs attendance on at least {required} of the {days} days.",
    },
    "certificates_count": {
        "id": "{issued} sertifikat diterbitkan; {not_issued} peserta belum memenuhi syarat.",
        "en": "{issued} certificates issued; {not_issued} participants did not meet the requirement.",
    },
    "verification_explained": {
        "id": "Setiap sertifikat mencantumkan kode verifikasinya. Untuk memeriksa sebuah sertifikat, cari kodenya di "
        "daftar ini lalu bandingkan nama, lembaga, dan hari hadirnya. Kode ini kunci pencarian di daftar ini, bukan "
        "bukti keaslian.",
        "en": "Every certificate shows its verification code. To check a certificate, find its code in this list and "
        "compare the name, institution and days present. The code is a key to look up in this list, not a proof "
        "that the certificate is genuine.",
    },
    "days_present": {"id": "Hari hadir", "en": "Days present"},
    "days_missed": {"id": "Hari tidak hadir", "en": "Days missed"},
    "none_issued": {"id": "Belum ada peserta yang memenuhi syarat.", "en": "No participant met the requirement."},
    "certificates_not_issued": {"id": "Tidak mendapat sertifikat", "en": "Not issued a certificate"},
}
