# Kinerja (id): the announce area. BKD's announcements: the frame around HR's text (HR's
# own words are never here), HR composing one and following its delivery, rule changes
# with their acknowledgements, questions, answers and FAQs.

## The frame around HR's text, by kind

announce-head-info = <b>📢 Pengumuman BKD</b>
announce-head-training = <b>📢 Pengumuman BKD · 🎓 Pelatihan</b>
announce-head-rule = <b>📢 Pengumuman BKD · 📜 Perubahan Aturan</b>
announce-head-faq = <b>📢 Pengumuman BKD · ❓ Tanya-Jawab</b> (tentang pengumuman #{ $id })
announce-rule-footer = Setelah membaca, tekan <b>Sudah saya baca</b>. Ada yang kurang jelas? Tekan <b>Tanya</b>.
announce-attachment-caption-draft = Lampiran pengumuman (teks di pesan berikut).
announce-attachment-caption = Lampiran pengumuman #{ $id } (teks di pesan berikut).

## Buttons

announce-button-new = Buat pengumuman
announce-button-sent = Pengumuman terkirim
announce-button-info = 📢 Info
announce-button-training = 🎓 Pelatihan
announce-button-rule = 📜 Perubahan Aturan
announce-button-ack = Sudah saya baca
announce-button-ask = Tanya
announce-button-answer = Jawab
announce-button-answer-question = Jawab T{ $id }
announce-button-faq = Terbitkan sebagai FAQ
announce-button-faq-question = FAQ T{ $id }
announce-button-prev = ◀ Sebelumnya
announce-button-next-page = Berikutnya ▶
announce-button-everyone = Semua pegawai
announce-button-supervisors = Para atasan
announce-button-no-plan = Belum mengirim rencana { $year }
announce-button-units = Pilih unit kerja
announce-button-next = Lanjut
announce-button-send = Kirim
announce-button-cancel = Batal
announce-button-remind = Ingatkan yang belum membaca ({ $waiting })

## HR's view of a delivery in progress

announce-progress-done = ✅ <b>Pengumuman #{ $id } selesai dikirim</b>
announce-progress-sending = 📤 <b>Mengirim pengumuman #{ $id }</b> — perkiraan selesai { $minutes } menit lagi
announce-progress-figures =
    Penerima: { $total }
    Terkirim: { $sent }
    Menunggu: { $waiting }
    Gagal: { $failed }
    Tidak terjangkau (memblokir bot): { $unreachable }

## /pengumuman: the latest announcements with one's own status

announce-none = Belum ada pengumuman untuk Anda.
announce-list-title = <b>Pengumuman terbaru</b>
announce-list-item = <b>#{ $id }</b> · { $kind } · { $at }
announce-list-status = Status: { $status }
announce-read-at = ✅ sudah dibaca { $at }
announce-not-confirmed = ⚠️ belum dikonfirmasi dibaca
announce-my-questions = { $asked } pertanyaan ({ $answered } dijawab)
announce-list-footer = Tekan nomor pengumuman untuk membukanya kembali beserta tombolnya.

## Composing (HR)

announce-ask-kind =
    Jenis pengumuman apa?
    • <b>Info</b>: kabar biasa.
    • <b>Pelatihan</b>: penerima dapat mendaftar; ada kuota, daftar tunggu dan JP.
    • <b>Perubahan Aturan</b>: penerima mengonfirmasi sudah membaca dan dapat bertanya.
announce-ask-audience = Kepada siapa pengumuman ini dikirim?
announce-ask-units = Pilih satu atau beberapa unit kerja (terpilih: { $chosen }), lalu tekan <b>Lanjut</b>.
announce-units-none = belum ada
announce-ask-text = Tulis teks pengumuman (paling banyak { $limit } huruf untuk { $kind }; emoji dihitung dua huruf), boleh dengan foto atau dokumen. Penerima melihatnya persis seperti pratinjau berikutnya. Kirim /batal untuk membatalkan.
announce-attachment-received = Lampiran diterima. Sekarang tulis teks pengumuman.
announce-text-or-attachment-expected = Kirim teks pengumuman, atau foto/dokumen sebagai lampiran (keterangannya menjadi teks).
announce-preview-note = Di atas adalah pratinjau. Akan dikirim ke <b>{ $count }</b> orang ({ $audience }). Tekan <b>Kirim</b> atau <b>Batal</b>.
announce-preview-button-pressed = Ini pratinjau: tombol berfungsi setelah pengumuman dikirim.
announce-audience-everyone = semua pegawai terdaftar
announce-audience-supervisors = para atasan
announce-audience-no-plan = yang belum mengirim rencana { $year }
announce-audience-units = unit { $units }
announce-cancelled = Pengumuman dibatalkan; tidak ada yang dikirim.
announce-nobody-in-audience = Tidak ada pegawai terdaftar dalam sasaran itu. Pilih sasaran lain.

## Following what was sent (HR)

announce-sent-none = Belum ada pengumuman.
announce-sent-title = <b>Pengumuman terkirim</b> (halaman { $page })
announce-sent-item =
    <b>#{ $id }</b> · { $kind } · { $at }
    { $text } — terkirim { $sent } dari { $total }
announce-detail-head = <b>#{ $id } · { $kind }</b> · { $at }
announce-detail-delivery = Penerima: { $total } · terkirim { $sent } · menunggu { $waiting } · gagal { $failed } · tidak terjangkau { $unreachable }
announce-detail-rule =
    Sudah membaca: { $read } dari { $recipients } · belum: { $unread }
    Pertanyaan: { $questions } ({ $open } belum dijawab) · pengingat terkirim: { $reminders } kali
announce-detail-question = ❓ <b>T{ $id }</b> { $name } ({ $at }): { $text }
announce-detail-answer = Jawaban: { $answer }
announce-detail-unanswered = <i>belum dijawab</i>
announce-reminder-queued = Pengingat dikirim ke { $count } orang yang belum mengonfirmasi.
announce-reminder-already-sent = Pengingat ini sudah dikirim. Buka rincian lagi untuk mengirim pengingat berikutnya.

## A rule change from the reader's side

announce-rule-reminder = <b>⏰ Pengingat:</b> Anda belum mengonfirmasi sudah membaca perubahan aturan #{ $id } berikut.
announce-rule-acknowledged = Tercatat: sudah dibaca pada { $at }.
announce-rule-already-acknowledged = Anda sudah mengonfirmasi pada { $at }.
announce-not-for-you = Pengumuman ini tidak ditujukan kepada Anda.

## Questions, answers and FAQs

announce-ask-question = Tulis pertanyaan Anda tentang pengumuman #{ $id } dalam satu pesan. BKD akan menjawab di sini. Kirim /batal untuk membatalkan.
announce-question-text-expected = Tulis pertanyaan sebagai teks (paling banyak 1000 huruf).
announce-question-sent = Pertanyaan terkirim ke BKD. Jawabannya akan datang di chat ini.
announce-question-for-admins =
    ❓ <b>Pertanyaan T{ $id }</b> tentang pengumuman #{ $announcement } dari { $name } (NIP { $nip }):

    { $text }
announce-ask-answer =
    Tulis jawaban untuk pertanyaan T{ $id } dari { $name }:
    <i>{ $text }</i>

    Kirim /batal untuk membatalkan.
announce-answer-text-expected = Tulis jawaban sebagai teks (paling banyak 2000 huruf).
announce-answer-for-asker =
    💬 <b>Jawaban BKD</b> atas pertanyaan Anda tentang pengumuman #{ $announcement }:
    <i>{ $question }</i>

    { $answer }
announce-answer-sent = Jawaban terkirim ke { $name }. Bila berguna bagi semua penerima, terbitkan sebagai FAQ.
announce-already-answered = Pertanyaan ini sudah dijawab.
announce-question-not-found = Pertanyaan tidak ditemukan.
announce-faq-text =
    Pertanyaan: { $question }

    Jawaban: { $answer }
announce-faq-published = FAQ diterbitkan sebagai pengumuman #{ $id } untuk { $recipients } penerima.
announce-faq-already = Pertanyaan ini sudah diterbitkan sebagai pengumuman #{ $id }.
announce-faq-needs-answer = Jawab dulu pertanyaannya sebelum diterbitkan.
