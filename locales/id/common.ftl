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

## Registration

share-contact-button = 📱 Bagikan nomor telepon saya
welcome-unregistered =
    Selamat datang di <b>Kinerja</b>, layanan kinerja ASN Pemerintah Kota Sibolga.

    Untuk mendaftar, tekan tombol <b>📱 Bagikan nomor telepon saya</b> di bawah. Nomor Anda dicocokkan dengan data kepegawaian BKD.

    Nomor Anda tidak terdaftar di BKD? Buka tautan atau pindai kode QR undangan dari admin BKD.
registration-done =
    Terima kasih, <b>{ $name }</b>. Akun Telegram Anda sekarang terhubung dengan NIP <code>{ $nip }</code> ({ $unit }).

    Periksa data Anda dengan /datasaya; jika ada yang salah, laporkan ke BKD dari sana.
registration-already = Anda sudah terdaftar sebagai <b>{ $name }</b> (NIP <code>{ $nip }</code>).
not-registered = Anda belum terdaftar. Kirim /start untuk mendaftar dengan nomor telepon atau kode undangan BKD.

## Help, /batal and what the bot does not understand

help-title = <b>Bantuan Kinerja</b>
help-saved = Pesan yang sedang Anda isi tersimpan: jika bot dimulai ulang, lanjutkan saja.
help-unregistered = Anda belum terdaftar: kirim /start.
dialogue-cancelled = Dibatalkan. Ketik /menu untuk pilihan lain.
dialogue-nothing-to-cancel = Tidak ada percakapan yang sedang berjalan. Ketik /menu untuk pilihan.
private-chats-only = Kinerja hanya melayani chat pribadi, karena data kinerja bersifat pribadi. Buka chat dengan bot ini dan kirim /start.
not-understood = Maaf, pesan itu tidak saya mengerti. Ketik /menu untuk pilihan atau /bantuan untuk petunjuk.
unknown-command = Perintah itu tidak dikenal. Ketik /menu untuk pilihan atau /bantuan untuk daftar perintah.
internal-error = Maaf, terjadi gangguan di server. Coba lagi sebentar lagi; data yang sudah Anda kirim tetap tersimpan.
interrupted-message = ⚠️ Bot sempat berhenti mendadak ketika memproses pesan Anda «<i>{ $text }</i>». Bisa jadi sudah tersimpan, bisa jadi belum. Periksa lewat /menu, lalu kirim ulang bila belum tercatat.
interrupted-request = ⚠️ Bot sempat berhenti mendadak ketika memproses permintaan Anda. Bisa jadi sudah tersimpan, bisa jadi belum. Periksa lewat /menu, lalu kirim ulang bila belum tercatat.

## A person's roster data (/datasaya, and HR's copy of a wrong-data report)

data-line-name = Nama: { $name }
data-line-nip = NIP: <code>{ $nip }</code>
data-line-rank = Pangkat/golongan: { $rank }
data-line-position = Jabatan: { $position }
data-line-unit = Unit kerja: { $unit }
data-line-supervisor = Atasan langsung: { $supervisor }
data-line-phone = Telepon: { $phone }
data-line-roles = Peran: { $roles }
data-supervisor = { $name } (NIP <code>{ $nip }</code>)
data-supervisor-nip = NIP <code>{ $nip }</code>
data-no-supervisor = — (puncak struktur; rencana disetujui admin BKD)
data-rank-missing = — (belum diisi BKD)
data-role-staff = Pegawai
data-role-supervisor = Atasan
data-role-admin = Admin BKD
my-data-title = Data kepegawaian Anda
my-data-footer = Ada yang salah (misalnya atasan atau unit kerja)? Tekan <b>Laporkan data salah</b>.

## Wrong roster data: the person's report, HR's copy

wrong-data-ask = <b>Tuliskan apa yang salah dan data yang benar</b>, misalnya: "Atasan saya sekarang Budi Santoso, NIP 1980…". Kirim /batal untuk membatalkan.
wrong-data-expected-text = Tuliskan keterangannya sebagai teks (paling banyak { $max } huruf), lalu kirim. Kirim /batal untuk membatalkan.
wrong-data-too-long = Keterangan Anda { $len } huruf; paling banyak { $max }. Ringkas lalu kirim lagi, atau /batal untuk membatalkan.
wrong-data-saved = Laporan #{ $id } tersimpan. Admin BKD akan melihatnya saat membuka status pendaftaran; Anda diberi tahu jika sudah ditangani.
wrong-data-sent = Laporan #{ $id } terkirim ke admin BKD. Anda diberi tahu jika sudah ditangani.
wrong-data-for-hr =
    <b>Laporan data salah #{ $id }</b> ({ $time })

    { $data }

    <b>Keterangan pegawai:</b>
    { $note }
wrong-data-current-title = Data saat ini
wrong-data-inactive = (tidak aktif)
wrong-data-handled-button = Selesai ditangani
wrong-data-open-button = Lihat laporan data salah
wrong-data-handled-stamp = ✅ Ditangani oleh { $name } pada { $time }.
wrong-data-handled-for-reporter = Laporan data Anda #{ $id } sudah ditangani BKD. Periksa lagi dengan /datasaya.
wrong-data-marked = Ditandai selesai.
wrong-data-already-handled = Laporan ini sudah ditangani oleh { $name }.
wrong-data-none-open = Tidak ada laporan data salah yang menunggu.

## /tim: a supervisor's team

team-header =
    <b>Tim saya</b>: { $total } bawahan langsung, { $registered } sudah terdaftar di bot.
    Periode: { $period }
team-line-status = Rencana: { $plan } · { $status }
team-late = <b>terlambat</b>
team-plan-none = belum ada
team-plan-draft = draf
team-plan-submitted = menunggu persetujuan
team-plan-returned = dikembalikan
team-plan-approved = disetujui

## /laporan: HR's registration status

registration-status-header =
    <b>Status pendaftaran</b>: { $registered } dari { $total } pegawai aktif sudah terdaftar.
    Laporan data salah menunggu: { $open }.
