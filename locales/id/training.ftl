# Kinerja (id): the training area. Trainings BKD announces: their details, registration,
# the waiting list, the day-before reminder, /pelatihan with the JP earned, and HR's
# attendance list.

## The details under a training's announcement

training-details =
    🗓 Waktu: { $starts }
    📍 Tempat: { $place }
    👥 Kuota: { $quota } orang
    🎓 Bobot: { $jp } JP
    ⏳ Batas pendaftaran: { $deadline }
training-reminder-tomorrow = ⏰ <b>Pengingat pelatihan besok</b>

## Buttons

training-button-register = Daftar
training-button-register-for = Daftar #{ $id }
training-button-unregister = Batalkan pendaftaran
training-button-attendance = Kehadiran

## Composing a training (HR): its details

training-ask-start = Kapan pelatihan dimulai? Tulis tanggal dan jam WIB, misalnya <code>15/01/2027 09.00</code> atau <code>15 Januari 2027 09.00</code>.
training-ask-place = Di mana tempatnya? (misalnya: Aula BKD Kota Sibolga, Jl. Oswald Siahaan No. 1)
training-ask-quota = Berapa kuota peserta? Tulis jumlah orang, misalnya <code>30</code>.
training-ask-jp = Berapa JP (jam pelajaran) yang diakui bagi peserta yang hadir? Misalnya <code>8</code>.
training-ask-deadline = Kapan pendaftaran ditutup? Paling lambat saat pelatihan dimulai ({ $starts }). Tulis tanggal (berarti pukul 23.59) atau tanggal dan jam, misalnya <code>10/01/2027</code>.

## Where a person stands in a training

training-seat-attended = ✅ hadir
training-seat-registered = 📝 terdaftar
training-seat-waiting = ⏳ daftar tunggu nomor { $position }
training-seat-cancelled = pendaftaran dibatalkan
training-seat-not-registered = belum mendaftar
training-seat-closed = pendaftaran ditutup

## Registering and giving a seat up

training-when = ({ $starts }, { $place })
training-registered = ✅ Anda terdaftar pada pelatihan #{ $id }{ $when }. Pengingat dikirim sehari sebelumnya.
training-waiting = ⏳ Kuota pelatihan #{ $id }{ $when } penuh. Anda di daftar tunggu nomor { $position }; bila ada yang membatalkan, kursinya diberikan menurut urutan dan Anda diberi tahu.
training-already-registered = Anda sudah terdaftar pada pelatihan ini.
training-already-waiting = Anda sudah di daftar tunggu, nomor { $position }.
training-registration-closed = Pendaftaran pelatihan ini sudah ditutup.
training-not-found = Pelatihan ini tidak ditemukan.
training-seat-given-up = Pendaftaran Anda dibatalkan.
training-left-waiting-list = Anda keluar dari daftar tunggu.
training-not-registered = Anda tidak terdaftar pada pelatihan ini.
training-started = Pelatihan sudah dimulai; pendaftaran tidak dapat diubah lagi.
training-promoted =
    🎉 Ada kursi kosong: Anda kini <b>terdaftar</b> pada pelatihan #{ $id }{ $when }.

    { $text }

    Bila berhalangan, tekan <b>Batalkan pendaftaran</b> agar kursi diberikan kepada yang berikutnya.

## /pelatihan

training-view-title = <b>Pelatihan</b>
training-view-jp = JP saya tahun { $year }: <b>{ $jp }</b> dari minimal { $minimum } JP
training-view-jp-short = (kurang { $short } JP)
training-view-mine = <b>Pelatihan saya</b>
training-view-mine-none = Belum ada.
training-view-mine-item = • #{ $id } { $title } — { $starts } · { $status } · { $jp } JP
training-view-open = <b>Pendaftaran terbuka</b>
training-view-open-none = Tidak ada saat ini.
training-view-open-item = • #{ $id } { $title } — { $starts } · { $place } · { $jp } JP · daftar sampai { $deadline }

## HR's figures and attendance list

training-detail-when = 🗓 { $starts } · 📍 { $place }
training-detail-seats = Terdaftar { $registered } dari kuota { $quota } · daftar tunggu { $waiting } · batal { $cancelled } · hadir { $attended } · { $jp } JP
training-attendance-view =
    <b>Kehadiran pelatihan #{ $id }</b> { $title }
    Hadir: { $present } dari { $total } peserta terdaftar. Tekan nama untuk menandai hadir (✅) atau tidak.
training-attendance-not-yet = Kehadiran baru dapat dicatat mulai hari pelatihan.
training-attendance-nobody = Belum ada peserta terdaftar.
training-attendance-present = { $name }: hadir
training-attendance-absent = { $name }: tidak hadir
