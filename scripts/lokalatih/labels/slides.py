"""Words only the slide decks print (slides/): on the slides and in their speaker notes."""

from __future__ import annotations

SLIDES: dict[str, dict[str, str]] = {
    "slides_task": {"id": "Tugas", "en": "Task"},
    "slides_discuss": {"id": "Pertanyaan", "en": "Questions"},
    "slides_produce": {"id": "Hasil", "en": "Output"},
    "slides_worksheet": {"id": "Lembar kerja yang sudah diisi: {title}", "en": "The completed worksheet: {title}"},
    "slides_key_message": {"id": "Pesan kunci {number} dari {count}", "en": "Key message {number} of {count}"},
    "continued": {"id": "lanjutan", "en": "continued"},
    "slides_notes_timing": {
        "id": "Sesi ini berlangsung {minutes} menit ({window}). Pembagian waktu:",
        "en": "This session takes {minutes} minutes ({window}). Timing:",
    },
    "slides_notes_minutes": {"id": "Menit {span}: {title}", "en": "Minutes {span}: {title}"},
    "slides_notes_objectives": {"id": "Bacakan tujuan sesi ini.", "en": "Read out the session's objectives."},
    "slides_notes_previous": {
        "id": "Kaitkan dengan sesi sebelumnya: {title}.",
        "en": "Link them to the previous session: {title}.",
    },
    "slides_notes_expected": {"id": "Jawaban yang mungkin muncul:", "en": "Likely answers:"},
    "slides_notes_online_activity": {
        "id": "Untuk peserta daring, bacakan tugas dan pertanyaan ini, sebutkan batas waktunya, dan pastikan mereka "
        "tahu cara menyampaikan hasilnya (lewat ruang diskusi kecil atau kolom obrolan).",
        "en": "Online participants: read this task and the questions out for them, give the time limit, and make sure "
        "they know how to report back (breakout room or chat).",
    },
    "slides_notes_debrief": {
        "id": "Ajukan pertanyaan satu per satu dan beri waktu berpikir sebelum meminta jawaban.",
        "en": "Ask the questions one at a time and give time to think before asking for answers.",
    },
    "slides_notes_online_debrief": {
        "id": "Mulailah dari peserta daring: minta satu jawaban dari mereka, baru kemudian dari peserta di ruangan.",
        "en": "Online participants: turn to them first. Take one answer from online before the room.",
    },
    "slides_notes_message": {
        "id": "Sampaikan pesan kunci ini dengan kata-kata Anda sendiri. Teks lengkapnya:",
        "en": "Put this key message in your own words. Its full text:",
    },
    "slides_notes_content": {
        "id": "Jelaskan isi salindia ini dengan kata-kata Anda sendiri; jangan membacakannya baris demi baris.",
        "en": "Explain this slide in your own words; do not read it out line by line.",
    },
    "slides_notes_continued": {
        "id": "Lanjutan salindia sebelumnya; catatannya ada di sana.",
        "en": "Continued from the previous slide; its notes are there.",
    },
    "slides_notes_closing": {
        "id": "Rangkum pesan kunci bersama peserta: minta beberapa orang menyebutkan satu hal yang akan mereka pakai "
        "dalam pekerjaan mereka.",
        "en": "Sum up the key messages with the participants: ask a few of them to name one thing they will use in "
        "their work.",
    },
    "slides_notes_next": {
        "id": "Sesi berikutnya: {title} (hari ke-{day}, {window}).",
        "en": "Next session: {title} (day {day}, {window}).",
    },
}
