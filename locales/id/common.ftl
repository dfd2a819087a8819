# Kinerja, Bahasa Indonesia: the bot's texts. Telegram HTML (<b>, <i>, <code>) is allowed;
# a { $name } is filled in by the program (already escaped). Keep every key of this file in
# locales/en/kinerja.ftl too, with the same { $placeholders }.

## The menu

menu-title = Menu untuk <b>{ $name }</b>. Pilih salah satu:
menu-my-plan = Rencana saya
menu-realisation = Realisasi
menu-daily = Catatan harian
menu-my-evaluations = Nilai saya
menu-my-data = Data saya
menu-report-wrong-data = Laporkan data salah
menu-approvals = Persetujuan
menu-team = Tim saya
menu-registration = Status pendaftaran
menu-announcements = Pengumuman
menu-trainings = Pelatihan
menu-reminders = Pengingat
menu-help = Bantuan
menu-language = Bahasa / Language

## Choosing the language

language-choose = Pilih bahasa untuk Kinerja. Dokumen resmi (SKP, ekspor e-Kinerja) tetap berbahasa Indonesia.
language-indonesian = 🇮🇩 Bahasa Indonesia
language-english = 🇬🇧 English
language-set = Bahasa diubah ke <b>Bahasa Indonesia</b>. Daftar perintah Telegram Anda ikut berubah.

## The command menu Telegram shows (at most 256 characters each)

command-start = Mendaftar dengan nomor telepon atau kode undangan
command-menu = Menu: semua yang dapat Anda lakukan
command-rencana = Rencana SKP saya tahun ini
command-realisasi = Realisasi triwulan dengan bukti
command-harian = Catatan kerja hari ini
command-nilai = Penilaian dan predikat saya
command-penilaian = Menilai tim saya
command-pengumuman = Pengumuman BKD terbaru
command-pelatihan = Pelatihan: daftar, milik saya, JP tahun ini
command-persetujuan = Rencana yang menunggu persetujuan saya
command-datasaya = Data kepegawaian saya
command-tim = Tim saya (bawahan langsung)
command-laporan = Status pendaftaran dan laporan data (BKD)
command-verifikasi = Periksa keaslian dokumen SKP dengan kodenya
command-bantuan = Petunjuk
command-batal = Keluar dari percakapan

## Answers every conversation may give

stale-button = Tombol ini sudah tidak berlaku. Buka /menu untuk pilihan terbaru.
not-allowed = Anda tidak berwenang untuk tombol ini.
only-supervisors = Menu ini untuk atasan yang mempunyai bawahan di data BKD.
only-admins = Menu ini hanya untuk admin BKD.
use-the-buttons = Pilih dengan salah satu tombol di bawah ini, atau kirim /batal untuk membatalkan.
page-footer = Halaman { $page } dari { $pages }
nav-back = ◀ Kembali
nav-next = Lanjut ▶
try-again = ⚠️ { $error }

    { $question }
