"""Words of the facilitator kit: test forms, answer keys, the coverage table and the XLSForm (kit/,
printing/templates/test-form, answer-key and coverage)."""

from __future__ import annotations

KIT: dict[str, dict[str, str]] = {
    "sex": {"id": "Jenis kelamin", "en": "Sex"},
    "registration_title": {"id": "Registrasi peserta", "en": "Participant registration"},
    "registration_code_rule": {
        "id": "Salin kode dari daftar kode: 6 karakter (huruf kapital dan angka), tanpa spasi.",
        "en": "Copy the code from the code list: 6 capital letters or digits, no spaces.",
    },
    "district": {"id": "Kabupaten/kota", "en": "District or city"},
    "registration_disability": {
        "id": "Apakah Anda penyandang disabilitas?",
        "en": "Do you have a disability?",
    },
    "registration_undisclosed": {"id": "Tidak ingin menyebutkan", "en": "Prefer not to say"},
    "registration_photo_consent": {
        "id": "Apakah Anda bersedia difoto selama kegiatan?",
        "en": "Do you agree to be photographed during the event?",
    },
    "true": {"id": "Benar", "en": "True"},
    "false": {"id": "Salah", "en": "False"},
    "answer_key": {"id": "Kunci jawaban", "en": "Answer key"},
    "answer_sheet": {"id": "Lembar jawaban", "en": "Answer sheet"},
    "date": {"id": "Tanggal", "en": "Date"},
    "question": {"id": "Soal", "en": "Question"},
    "item_id": {"id": "kode butir", "en": "item id"},
    "key_numbering": {
        "id": "Nomor soal di kunci ini adalah nomor pada lembar soal dan lembar jawaban tes ini sendiri: post-test "
        "mengacak urutan soal dan huruf pilihan, jadi nomor yang sama di tes lain bisa berarti butir lain. Kode "
        "butir (misalnya t04-q2) sama di kedua tes dan di test-key.json.",
        "en": "Question numbers in this key are those of this test's own question paper and answer sheet: the "
        "post-test reshuffles the questions and the option letters, so the same number on the other test may be "
        "another item. The item id (e.g. t04-q2) is the same on both tests and in test-key.json.",
    },
    "correct": {"id": "Jawaban benar", "en": "Correct answer"},
    "answer": {"id": "Jawaban", "en": "Answer"},
    "rationale": {"id": "Alasan", "en": "Why"},
    "objective": {"id": "Tujuan pembelajaran", "en": "Learning objective"},
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
    "test": {"id": "Tes", "en": "Test"},
    "kahoot_note": {
        "id": "Untuk diimpor ke Kahoot. Soal dalam urutan lembar soal, jawabannya dalam urutan huruf di lembar itu. "
        "Teks yang terlalu panjang untuk Kahoot diganti versi pendek dengan makna dan kunci yang sama.",
        "en": "For import into Kahoot. Questions in the order of the paper form, answers in the order of its letters. "
        "Texts too long for Kahoot are replaced by shorter versions with the same meaning and key.",
    },
    "kahoot_limits": {
        "id": "Batas Kahoot: soal paling banyak 120 karakter, jawaban 75 karakter. Bila ada beberapa jawaban benar, "
        "nomornya dipisahkan dengan koma.",
        "en": "Kahoot's limits: questions at most 120 characters, answers 75. Where several answers are correct, their "
        "numbers are separated by commas.",
    },
    "code_constraint": {
        "id": "Tulis 6 karakter kode peserta persis seperti pada kartu kode Anda: huruf kapital dan angka 3, 4, 7.",
        "en": "Write the 6 characters of your participant code exactly as on your code card: capital letters and "
        "the digits 3, 4, 7.",
    },
}
