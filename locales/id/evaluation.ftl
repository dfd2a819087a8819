# Kinerja (id): the evaluation area: /nilai (one's own evaluations, acknowledging, replying),
# the supervisor's comments and their answers, /penilaian (the team, a person's realisation,
# the evidence sent again) and the evaluation dialogue.

## /nilai: one's own evaluations

evaluation-heading = <b>Penilaian { $period }</b> oleh { $evaluator }
    Hasil Kerja: <b>{ $hasil }</b>
    Perilaku Kerja: <b>{ $perilaku }</b>
    Predikat: <b>{ $predikat }</b>
evaluation-feedback =
    <b>Umpan balik:</b>
    { $feedback }
evaluation-reopened = (Dibuka kembali oleh BKD; menunggu penilaian ulang.)
evaluation-read-at = ✅ Dibaca pada { $at }.
evaluation-none = Belum ada penilaian untuk tahun { $year }.
evaluation-acknowledged = Terima kasih, sudah dicatat.
evaluation-already-acknowledged = Sudah dicatat sebelumnya.
evaluation-ask-reply = Tulis tanggapan Anda atas penilaian ini; tanggapan diteruskan ke atasan. Kirim /batal untuk membatalkan.
evaluation-reply-sent = Tanggapan terkirim ke atasan.
evaluation-reply-for-supervisor = 💬 Tanggapan <b>{ $staff }</b> untuk { $period }:
    { $text }
evaluation-new-for-staff = 📋 Atasan Anda telah menyimpan penilaian. Baca, lalu tekan <b>Sudah saya baca</b>; Anda juga dapat menanggapinya.

## The supervisor's comments, and the answers to them

evaluation-comment-for-staff = 💬 Komentar <b>{ $supervisor }</b> atas realisasi { $period } Anda:
    { $text }
evaluation-indicator-comment-for-staff = 💬 Komentar <b>{ $supervisor }</b> atas realisasi { $period } Anda, indikator { $number } «{ $indicator }»:
    { $text }
evaluation-ask-indicator-comment = Tulis umpan balik untuk { $staff } tentang indikator { $number } «{ $indicator }» (target { $target }). Umpan balik ini tercantum di kolom Umpan Balik Berkelanjutan formulir Evaluasi Kinerja. Kirim /batal untuk membatalkan.
evaluation-ask-comment = Tulis komentar untuk { $staff }. Kirim /batal untuk membatalkan.
evaluation-comment-sent = Komentar terkirim.
evaluation-ask-comment-answer = Tulis jawaban Anda; jawaban diteruskan ke atasan. Kirim /batal untuk membatalkan.
evaluation-text-expected = Kirim sebagai teks biasa (paling banyak { $max } huruf). Kirim /batal untuk membatalkan.

## /penilaian: the team and one person

evaluation-choose-period = Pilih periode:
evaluation-no-open-period = Tidak ada periode yang sedang terbuka untuk penilaian.
evaluation-nobody = Tidak ada pegawai yang Anda nilai.
evaluation-team-header = <b>Penilaian { $period }</b> — sampai { $until }
evaluation-status-no-plan = rencana belum disetujui
evaluation-status-partial = realisasi belum lengkap
evaluation-status-ready = realisasi lengkap, siap dinilai
evaluation-status-annual-ready = siap dinilai (konteks: penilaian triwulan)
evaluation-status-evaluated = dinilai: { $predikat }
evaluation-person-header = <b>Realisasi { $period }</b> — { $name } ({ $position })
evaluation-no-quarter-evaluations = Belum ada penilaian triwulan tahun ini.
evaluation-quarter-evaluations = <b>Penilaian triwulan:</b>
evaluation-everyone-evaluated = Semua anggota tim yang dapat dinilai untuk { $period } sudah dinilai.

## Evidence sent again to the supervisor

evaluation-evidence-resent = { $items } dikirim ulang.
evaluation-no-evidence = Belum ada bukti untuk periode ini.
evaluation-evidence-caption = Bukti { $name } · indikator { $number } ({ $nth }/{ $of })
evaluation-evidence-link = • { $number }: tautan { $url }
evaluation-evidence-note = • { $number }: catatan "{ $note }"
evaluation-evidence-empty = • { $number }: (tanpa isi)
evaluation-evidence-summary = 📎 Bukti dukung <b>{ $name }</b> untuk { $period }: { $items }{ $files }.
evaluation-evidence-count = { $count } bukti
evaluation-evidence-count-one = { $count } bukti
evaluation-evidence-files = berkasnya menyusul dalam { $albums } kiriman
evaluation-evidence-files-one = berkasnya menyusul dalam { $albums } kiriman

## The evaluation dialogue

evaluation-ask-hasil = Menilai <b>{ $name }</b> untuk { $period }.

    Bagaimana <b>Hasil Kerja</b>-nya dibanding ekspektasi?
evaluation-ask-perilaku = Hasil Kerja: <b>{ $hasil }</b>.

    Bagaimana <b>Perilaku Kerja</b>-nya? Sebagai panduan, nilai-nilai BerAKHLAK:
evaluation-ask-value-notes = Tambahkan catatan untuk nilai BerAKHLAK tertentu (opsional): pilih nilainya. Jika sudah, tekan <b>Lanjut</b>.
evaluation-ask-value-note = Tulis catatan untuk nilai <b>{ $value }</b>.
evaluation-ask-feedback-required = Tulis <b>umpan balik</b> untuk pegawai. Wajib, karena ada penilaian Di Bawah Ekspektasi.
evaluation-ask-feedback-optional = Tulis <b>umpan balik</b> untuk pegawai (opsional), atau tekan <b>Lewati</b>.
evaluation-confirm = Periksa sebelum disimpan — <b>{ $name }</b>, { $period }:
    Hasil Kerja: { $hasil }
    Perilaku Kerja: { $perilaku }
    Umpan balik: { $feedback }
evaluation-confirm-predikat = Predikat: <b>{ $predikat }</b>
evaluation-confirm-locked = Setelah disimpan, penilaian terkunci (hanya BKD yang dapat membukanya kembali).
evaluation-confirm-notes = Catatan per nilai:
evaluation-confirm-replace-feedback = Ketik pesan lain untuk mengganti umpan balik.
evaluation-confirm-add-feedback = Umpan balik untuk pegawai (opsional): ketik sekarang untuk menambahkannya.
evaluation-saved = Penilaian { $name } tersimpan. Predikat: <b>{ $predikat }</b>.
evaluation-cancelled = Penilaian dibatalkan; belum ada yang disimpan.

## Buttons

evaluation-button-ack = Sudah saya baca
evaluation-button-reply = Tanggapi
evaluation-button-answer = Jawab
evaluation-button-resend = Kirim ulang bukti
evaluation-button-comment = Komentari
evaluation-button-evaluate = Nilai
evaluation-button-next = Lanjut
evaluation-button-save = Simpan
evaluation-button-cancel = Batal
evaluation-button-value-notes = Catatan per nilai
evaluation-button-next-person = Nilai berikutnya ▶
evaluation-button-team = Daftar tim
