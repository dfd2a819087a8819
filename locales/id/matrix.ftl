# Kinerja (id): the role matrix — /tim → Matriks peran, the supervisor's Matriks Pembagian
# Peran dan Hasil: who carries which part of each of their RHK.

matrix-button-open = 🧩 Matriks peran
matrix-button-xlsx = Unduh xlsx
matrix-button-csv = Unduh CSV
matrix-header = <b>Matriks Pembagian Peran dan Hasil { $year }</b> — { $name }
    Menunggu jawaban: { $waiting } orang.
matrix-empty = Belum ada RHK Anda yang dibagi ke tim. Buka /rencana, pilih RHK Anda, lalu tekan <b>Bagi peran</b>.
matrix-rhk = <b>{ $number }. { $text }</b>
matrix-rhk-dropped = <b>{ $number }. { $text }</b> (tidak ada lagi di rencana Anda)
matrix-not-shared = (belum dibagi)
matrix-entry = { $name } — { $role } — { $target } ({ $status })
matrix-waiting = ⏳ menunggu jawaban
matrix-accepted = ✓ diterima
matrix-changed = ✏️ diterima dengan target lain
matrix-declined = ✖️ ditolak: { $note }
matrix-linked = 🔗 ditautkan sendiri
matrix-file-caption = Matriks Pembagian Peran dan Hasil { $year }.
