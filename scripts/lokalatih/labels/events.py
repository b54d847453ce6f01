"""Words of running an event (events/ and its templates): the participant list, sign-in sheets, data entry, and
every message about data a person typed, in the language of the report or command that prints it."""

from __future__ import annotations

EVENTS: dict[str, dict[str, str]] = {
    # What the event commands print when they are done.
    "cli_wrote": {"id": "ditulis: {path}", "en": "wrote {path}"},
    "cli_report_done": {
        "id": "{attended} peserta hadir, {tested} dengan pre-test dan post-test yang sah, {notes} catatan tentang data",
        "en": "{attended} attended, {tested} with a valid pre-test and post-test, {notes} notes on the data",
    },
    "cli_certificates": {
        "id": "{issued} sertifikat; {without} peserta tanpa sertifikat (hadir kurang dari {required} dari {days} "
        "hari): {folder}/",
        "en": "{issued} certificate(s); {without} participant(s) without one (present on fewer than {required} of "
        "{days} days): {folder}/",
    },
    "cli_organisers_unconfirmed": {
        "id": "perhatian: teks penyelenggara di {where} masih berbunyi “{text}”, dan setiap sertifikat mencetaknya apa "
        "adanya; pastikan nama penyelenggara sudah final, lalu jalankan perintah ini lagi",
        "en": "note: the organisers' text at {where} still reads “{text}”, and every certificate prints it as it is; "
        "make sure the organisers' names are final, then run this command again",
    },
    "cli_issued_list": {
        "id": "daftar untuk panitia: {pdf} dan {csv}",
        "en": "the list for the organisers: {pdf} and {csv}",
    },
    "cli_more_problems": {
        "id": "… dan {more} catatan lain; semuanya ada di {path}",
        "en": "… and {more} more notes; all of them are in {path}",
    },
    "msg_report_out_in_event": {
        "id": "{path} ada di dalam folder kegiatan {event}; laporan hanya ditulis ke folder output/ kegiatan itu atau "
        "ke folder di luar setiap folder kegiatan",
        "en": "{path} is inside the event folder {event}; a report goes only into that event's output/ folder or a "
        "folder outside every event folder",
    },
    "msg_report_needs_out": {
        "id": "laporan beberapa kegiatan perlu --out FOLDER (di luar setiap folder kegiatan)",
        "en": "a report of several events needs --out FOLDER (outside every event folder)",
    },
    "code_list": {"id": "Daftar kode peserta", "en": "Participant code list"},
    "code_list_note": {
        "id": "Untuk meja registrasi. Setiap peserta menerima satu kode dan menuliskannya di kotak kode pada lembar "
        "pre-test dan post-test (formulir evaluasi tidak memakai kode). Kode tanpa nama adalah cadangan untuk peserta "
        "yang datang tanpa mendaftar: tulis namanya di sini dan di daftar peserta. Daftar ini memuat nama: simpan "
        "baik-baik dan jangan dibagikan.",
        "en": "For the registration desk. Each participant receives one code and writes it in the code boxes of the "
        "pre-test and the post-test (the evaluation form carries no code). Codes without a name are spares for "
        "walk-ins: write the name here and in the participant list. This list holds names: keep it safe and do not "
        "share it.",
    },
    "walk_in_note": {
        "id": "Peserta yang datang tanpa mendaftar memakai baris dengan kode cadangan; tuliskan juga datanya di daftar "
        "peserta.",
        "en": "Walk-ins sign on a row with a spare code; add their details to the participant list as well.",
    },
    # Messages about a row of a file a person filled in; `where` is "file:line".
    "msg_unknown_value": {
        "id": "{where}: {column} '{value}' tidak dikenal; pilihan yang sah: {valid}{hint}",
        "en": "{where}: {column} '{value}' is not recognised; valid: {valid}{hint}",
    },
    "msg_did_you_mean": {"id": " (maksudnya '{suggestion}'?)", "en": " (did you mean '{suggestion}'?)"},
    "msg_missing_value": {
        "id": "{where}: {column} kosong; isi dengan salah satu: {valid}",
        "en": "{where}: {column} is empty; fill in one of: {valid}",
    },
    "msg_missing_name": {
        "id": "{where}: kode {code} berisi data tetapi tanpa nama; isi namanya atau kosongkan baris itu",
        "en": "{where}: code {code} has details but no name; fill in the name or clear the row",
    },
    "msg_bad_code": {
        "id": "{where}: kode peserta '{code}' tidak sah (6 karakter dari daftar kode, yang terakhir huruf periksa); "
        "periksa lagi ketikannya",
        "en": "{where}: participant code '{code}' is not valid (6 characters from the code list, the last a check "
        "letter); check what was typed",
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
        "id": "{where}: kolom {columns} tidak ada; baris judul yang seharusnya: {expected}",
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
        "id": "{where}: hari '{value}' tidak ada; hari kegiatan ini: {valid}",
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
        "id": "{where}: soal {number} ({item}): hanya boleh satu huruf ({valid}), tertulis '{value}'; dihitung tidak "
        "dijawab",
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
        "id": "{where}: baris kode {code} ({test}) sama persis dengan baris {other}; dihitung sekali",
        "en": "{where}: the row of code {code} ({test}) repeats line {other} exactly; counted once",
    },
    "msg_post_without_pre": {
        "id": "{where}: kode {code} ada di post-test tetapi tidak ada di pre-test; tidak dinilai",
        "en": "{where}: code {code} has a post-test but no pre-test; not scored",
    },
    "msg_unknown_column": {
        "id": "{where}: kolom '{column}' bukan nomor soal di lembar ini; diabaikan",
        "en": "{where}: column '{column}' is not a question of this form; ignored",
    },
    # The participants' evaluation (events/evaluation.py): messages, then the words of the summary.
    "msg_evaluation_value": {
        "id": "{where}: {question}: '{value}' bukan jawaban yang sah (pilihan yang sah: {valid}); dihitung tidak "
        "dijawab",
        "en": "{where}: {question}: '{value}' is not a valid answer (expected {valid}); counted as unanswered",
    },
    "msg_evaluation_no_form": {
        "id": "{where}: salinan formulir evaluasi kegiatan ini tidak ada atau tidak terbaca; mungkin folder "
        "kegiatan ini dibuat oleh `lokalatih event new` versi lama. Buat folder baru, lalu salin isian evaluasinya "
        "ke sana",
        "en": "{where}: the copy of this event's evaluation form is missing or unreadable; the folder was probably "
        "made by an older `lokalatih event new`. Make a new folder and copy the typed-in evaluations into it",
    },
    "msg_evaluation_no_entries": {
        "id": "{where}: tidak ada {name}.csv atau {name}.xlsx; ketik isian formulir evaluasi di salah satunya",
        "en": "{where}: no {name}.csv or {name}.xlsx; type the evaluation forms into one of them",
    },
    "msg_evaluation_programmes": {
        "id": "formulir dari program yang berbeda tidak bisa digabung ({programmes}); buat ringkasan untuk satu "
        "program saja",
        "en": "forms of different programmes cannot be pooled ({programmes}); summarise one programme at a time",
    },
    "msg_evaluation_row_differs": {
        "id": "{question}: pilihan jawaban pertanyaan ini berbeda di {first} dan {second}; keduanya tidak bisa "
        "digabung",
        "en": "{question}: this question has different answer options in {first} and {second}; they cannot be pooled",
    },
    "msg_evaluation_out": {
        "id": "formulir dari beberapa kegiatan digabung: tentukan folder untuk ringkasannya dengan --out",
        "en": "the forms of several events are pooled: name the folder for the summary with --out",
    },
    "msg_evaluation_done": {
        "id": "{forms} formulir evaluasi dari {events} kegiatan, {problems} isian tidak terbaca; ringkasan: {path}",
        "en": "{forms} evaluation forms from {events} event(s), {problems} unreadable entries; summary: {path}",
    },
    "evaluation_heading": {"id": "Evaluasi oleh peserta", "en": "Participants' evaluation"},
    "evaluation_forms": {
        "id": "{n} formulir evaluasi dari: {events}.",
        "en": "{n} evaluation forms from: {events}.",
    },
    "evaluation_method": {
        "id": "Nilai 1 sampai 5 seperti tercetak pada formulir. n adalah jumlah formulir yang mengisi baris itu; "
        "rata-rata dihitung dari jawaban tersebut. Jawaban terbuka dikutip apa adanya.",
        "en": "Ratings 1 to 5 as printed on the form. n is the number of forms that answered the row; the mean is "
        "taken over those answers. Open answers are quoted as written.",
    },
    "evaluation_question": {"id": "Pertanyaan", "en": "Question"},
    "evaluation_answer": {"id": "Jawaban", "en": "Answer"},
    "evaluation_forms_column": {"id": "Formulir", "en": "Forms"},
    "evaluation_n": {"id": "n", "en": "n"},
    "evaluation_mean": {"id": "Rata-rata", "en": "Mean"},
    "evaluation_unanswered": {"id": "Tidak dijawab", "en": "Unanswered"},
    "evaluation_no_answers": {"id": "Tidak ada jawaban.", "en": "No answers."},
    "evaluation_subgroup": {"id": "{name} (n = {n})", "en": "{name} (n = {n})"},
    "evaluation_mean_n": {"id": "{mean} (n = {n})", "en": "{mean} (n = {n})"},
    "evaluation_suppressed": {
        "id": "Tidak ditampilkan karena formulirnya kurang dari {min}, agar jawaban seseorang tidak bisa dikenali: "
        "{groups}.",
        "en": "Not shown because they have fewer than {min} forms, so that no one's answers can be recognised: "
        "{groups}.",
    },
    "evaluation_problems": {
        "id": "Isian yang tidak terbaca (dihitung tidak dijawab)",
        "en": "Entries that could not be read (counted as unanswered)",
    },
    # Data entry of the answer sheets: the entry workbook's notes and validation messages (events/entry_sheet.py).
    "entry_code_note": {
        "id": "Kode peserta dari kotak di lembar jawaban (6 karakter). Jawaban: huruf yang dilingkari di lembar "
        "jawaban; kosongkan bila tidak dijawab.",
        "en": "Participant code from the boxes on the answer sheet (6 characters). Answers: the letters circled on "
        "the answer sheet; leave empty when none.",
    },
    "entry_code_prompt": {"id": "6 karakter dari kotak kode", "en": "the 6 characters of the code boxes"},
    "entry_code_error": {
        "id": "Kode peserta tidak sah: tulis 6 karakter seperti pada lembar jawaban; yang terakhir huruf periksa.",
        "en": "Not a valid participant code: write the 6 characters as on the answer sheet; the last is a check "
        "letter.",
    },
    "entry_single_note": {"id": "{letters}: satu huruf", "en": "{letters}: one letter"},
    "entry_multiple_note": {
        "id": "{letters}: semua huruf yang dilingkari, ditulis bersambung (mis. AC)",
        "en": "{letters}: every circled letter, written together (e.g. AC)",
    },
    "entry_single_error": {
        "id": "Soal {number}: tulis satu huruf dari {letters} seperti di lembar jawaban, atau kosongkan.",
        "en": "Question {number}: write one of the letters {letters} as on the answer sheet, or leave it empty.",
    },
    "entry_multiple_error": {
        "id": "Soal {number}: tulis huruf yang dilingkari (dari {letters}), masing-masing sekali, tanpa spasi (mis. "
        "AC), atau kosongkan.",
        "en": "Question {number}: write the circled letters (of {letters}), each once, without spaces (e.g. AC), or "
        "leave it empty.",
    },
    # `lokalatih event enter` (events/entry.py): the clerk's session.
    "enter_intro": {
        "id": "{file}: {test}, {count} soal. Ketik kode peserta, lalu semua jawaban dalam satu baris sesuai urutan "
        "lembar: satu huruf per soal, (AC) untuk beberapa huruf, - untuk soal yang kosong; spasi diabaikan. Untuk "
        "selesai, tekan Enter tanpa mengetik kode, atau Ctrl-D.",
        "en": "{file}: {test}, {count} questions. Type the participant code, then every answer on one line in the "
        "order of the sheet: one letter per question, (AC) for several letters, - for a blank question; spaces are "
        "ignored. To finish, press Enter without typing a code, or Ctrl-D.",
    },
    "enter_prompt_code": {"id": "Kode peserta: ", "en": "Participant code: "},
    "enter_prompt_answers": {
        "id": "Jawaban soal 1–{count} (Enter saja: kembali ke kode): ",
        "en": "Answers to questions 1–{count} (Enter alone: back to the code): ",
    },
    "enter_prompt_confirm": {"id": "Tulis baris ini ke {file}? (y/t) ", "en": "Write this row to {file}? (y/n) "},
    "enter_bad_code": {
        "id": "'{code}' bukan kode peserta yang sah (6 karakter dari kotak kode, yang terakhir huruf periksa); "
        "periksa lagi lembarnya",
        "en": "'{code}' is not a valid participant code (6 characters from the code boxes, the last a check "
        "letter); check the sheet again",
    },
    "enter_spare_code": {
        "id": "{where}: kode {code} adalah kode cadangan tanpa data peserta; isi dulu nama, jenis kelamin, dan "
        "kelompoknya di daftar peserta",
        "en": "{where}: code {code} is a spare code with no participant; fill in the name, sex and group in the "
        "participant list first",
    },
    "enter_already": {
        "id": "Perhatian: kode {code} sudah ada di {where}; dua baris dengan jawaban berbeda tidak dinilai sampai "
        "salah satu dihapus",
        "en": "Warning: code {code} already has a row at {where}; two rows with different answers are not scored "
        "until one is removed",
    },
    "enter_count": {
        "id": "seharusnya {expected} jawaban (satu per soal, - untuk soal kosong), tertulis {given}; terbaca: {read}",
        "en": "{expected} answers expected (one per question, - for a blank), {given} given; read as: {read}",
    },
    "enter_not_on_form": {
        "id": "soal {number}: {value} tidak ada di lembar ini ({valid})",
        "en": "question {number}: {value} is not on this form ({valid})",
    },
    "enter_one_letter": {
        "id": "soal {number}: satu huruf saja, tertulis ({value})",
        "en": "question {number}: one letter only, ({value}) given",
    },
    "enter_twice": {
        "id": "soal {number}: {value} tertulis dua kali",
        "en": "question {number}: {value} is written twice",
    },
    "enter_unclosed": {"id": "tanda ( tidak ditutup dengan )", "en": "an opening ( is not closed"},
    "enter_stray_close": {"id": "tanda ) tanpa ( pembuka", "en": "a ) without an opening ("},
    "enter_written": {"id": "{where}: baris kode {code} ditulis", "en": "{where}: row of code {code} written"},
    "enter_not_written": {"id": "Tidak ditulis.", "en": "Not written."},
    "enter_done": {"id": "{file}: {count} baris ditulis", "en": "{file}: rows written: {count}"},
    "enter_cannot_write": {
        "id": "{file}: tidak dapat ditulis ({reason}); tutup berkas itu di program lain (mis. Excel), lalu ulangi. "
        "Baris yang sudah ditulis: {count}",
        "en": "{file}: cannot be written ({reason}); close it in any other program (e.g. Excel) and try again. Rows "
        "already written: {count}",
    },
    "enter_bad_header": {
        "id": "{where}: baris judul tertulis '{found}', seharusnya {expected} (nomor soal seperti tercetak di "
        "lembar {test})",
        "en": "{where}: the header reads '{found}', expected {expected} (the question numbers as printed on the "
        "{test} form)",
    },
    "enter_workbook_has_data": {
        "id": "{where}: sudah berisi jawaban; lanjutkan mengetik di sana, atau pindahkan barisnya ke {csv} lalu "
        "kosongkan: satu tes diketik di satu berkas saja",
        "en": "{where}: already holds answers; go on typing there, or move its rows to {csv} and empty it: one "
        "test is typed into one file",
    },
    # Certificates (events/certificates.py, certificate.html.j2) and the organisers' list of them
    # (certificates-issued.html.j2).
    "certificate": {"id": "Sertifikat Keikutsertaan", "en": "Certificate of Participation"},
    "certificate_presented_to": {"id": "diberikan kepada", "en": "presented to"},
    "certificate_took_part": {"id": "atas partisipasinya sebagai peserta", "en": "for taking part as a participant in"},
    "certificate_details": {
        "id": "yang diselenggarakan di Provinsi {province} pada {dates}, dengan kehadiran sesi selama {hours}",
        "en": "held in {province} on {dates}, attending {hours} of sessions",
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
        "id": "{issued} sertifikat diterbitkan; {not_issued} peserta tidak memenuhi syarat.",
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
    "none_issued": {"id": "Tidak ada peserta yang memenuhi syarat.", "en": "No participant met the requirement."},
    "certificates_not_issued": {"id": "Tidak mendapat sertifikat", "en": "Not issued a certificate"},
}
