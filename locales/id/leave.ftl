# Kinerja (id): the leave area — the calendar of days off and leave (kinerja calendar …,
# kinerja leave import), and the errors of their files and of a leave.

## A leave refused

leave-err-end-before-start = cuti berakhir ({ $until }) sebelum mulai ({ $from })
leave-err-too-long = cuti lebih dari { $max } hari: catat dalam beberapa bagian
leave-err-overlaps = bertumpuk dengan cuti { $from } s.d. { $until } yang sudah tercatat

## Bad lines of the calendar and leave files (column names stay as in the file)

leave-row-empty = kolom { $column } kosong
leave-row-date = kolom { $column }: tanggal { $value } tidak terbaca, tulis seperti 17/08/2027
leave-row-name-too-long = nama lebih dari { $max } huruf
leave-row-duplicate-day = tanggal { $day } sudah ada di baris { $first }
leave-row-nip = nip: { $reason }
leave-row-kind = jenis { $value } tidak dikenal: tulis tahunan, sakit, dinas luar atau lainnya
leave-row-overlaps-line = bertumpuk dengan cuti NIP yang sama di baris { $first }
leave-row-unknown-nip = NIP { $nip } tidak ada di daftar pegawai aktif
leave-file-missing-columns = kolom wajib tidak ada di baris judul: { $columns }
leave-file-empty = berkas kosong: baris pertama harus judul kolom
leave-file-no-rows = berkas hanya berisi baris judul

## HR's command line

leave-cli-refused = { $file } ditolak, tidak ada yang disimpan: { $count } baris bermasalah
leave-cli-calendar-imported = { $count } hari libur dan cuti bersama disimpan.
leave-cli-calendar-heading = Hari libur dan cuti bersama { $year }: { $count } hari
leave-cli-unit-week-line = Unit { $unit }: { $days } hari kerja seminggu
leave-cli-week-days = hari kerja seminggu { $days } tidak dikenal: tulis 5 (Senin–Jumat) atau 6 (Senin–Sabtu)
leave-cli-unit-week-set = { $unit } kini bekerja { $days } hari seminggu.
leave-cli-leave-imported = { $count } cuti disimpan.

## /cuti in the chat

leave-command = Cuti: catat, lihat dan batalkan cuti saya
leave-menu = 🌴 Cuti
leave-overview-title = <b>Cuti saya</b>
leave-overview-none = Tidak ada cuti yang sedang berjalan atau akan datang.
leave-line = { $kind }: { $from } s.d. { $until } ({ $days } hari)
leave-line-ongoing = sedang berjalan
leave-choose-kind = Untuk mencatat cuti baru, pilih jenisnya.
leave-kind-tahunan = Cuti tahunan
leave-kind-sakit = Cuti sakit
leave-kind-dinas-luar = Dinas luar
leave-kind-lainnya = Lainnya
leave-ask-from = <b>{ $kind }</b>. Mulai tanggal berapa? Tulis seperti 21-01-2027, 21/1/2027 atau 21 Januari 2027.
leave-ask-until = Mulai { $from }. Sampai tanggal berapa (hari terakhir cuti)?
leave-date-refused = Tanggal ini tidak dapat dipakai: { $reason }. Tulis tanggal lain, atau /batal.
leave-ask-file = Kirim dokumen atau foto pendukung (misalnya surat dokter atau surat tugas), atau tekan <b>Lewati</b>.
leave-file-expected = Kirim dokumen atau foto, atau tekan <b>Lewati</b> di atas.
leave-button-skip = Lewati
leave-file-photo = foto
leave-file-document = dokumen
leave-file-none = tidak ada
leave-preview = <b>Periksa cuti Anda</b>
    Jenis: { $kind }
    Tanggal: { $from } s.d. { $until } ({ $days } hari)
    Lampiran: { $file }

    Tekan <b>Simpan</b> untuk mencatatnya; atasan Anda akan diberi tahu.
leave-preview-waiting = Tekan <b>Simpan</b> di atas untuk mencatat cuti ini, atau /batal.
leave-button-save = Simpan
leave-button-abort = Batal
leave-aborted = Cuti tidak dicatat.
leave-saved = Cuti dicatat: { $kind }, { $from } s.d. { $until }.
leave-saved-told = Atasan Anda, { $atasan }, sudah diberi tahu.
leave-saved-not-told = Atasan Anda belum terdaftar di Kinerja, jadi belum diberi tahu.
leave-not-recorded = Cuti tidak dicatat: { $reason }.
leave-nothing-to-save = Tidak ada cuti yang menunggu disimpan: tidak ada yang diubah.
leave-button-new = ➕ Catat cuti baru
leave-button-withdraw = Batalkan { $from }–{ $until }

## The supervisor told, and Tolak

leave-for-supervisor = <b>Cuti di tim Anda</b>
    { $nama } (<code>{ $nip }</code>)
    { $kind }: { $from } s.d. { $until } ({ $days } hari)

    Jika cuti ini tidak dapat diterima, tekan <b>Tolak</b> dan tulis alasannya.
leave-attachment = Lampiran: { $file }
leave-button-refuse = Tolak
leave-button-file = Lihat lampiran
leave-ask-refuse-note = Tulis alasan menolak cuti { $nama } ({ $kind }, { $from } s.d. { $until }). /batal untuk tidak jadi.
leave-refuse-note-expected = Tulis alasannya sebagai teks, paling banyak { $max } huruf.
leave-refused-done = Cuti { $nama } ditolak; ia sudah diberi tahu beserta alasan Anda.
leave-refused-for-staff = <b>Cuti Anda ditolak</b>
    { $kind }: { $from } s.d. { $until }
    Oleh: { $atasan }
    Alasan: { $note }
leave-already-refused = Cuti ini sudah ditolak: tidak ada yang diubah.
leave-already-cancelled = Cuti ini sudah dibatalkan: tidak ada yang diubah.
leave-not-your-team = Cuti ini bukan milik anggota tim Anda: tidak ada yang diubah.
leave-not-found = Cuti ini tidak ditemukan: tidak ada yang diubah.

## Batalkan

leave-withdrawn = Cuti dibatalkan: { $kind }, { $from } s.d. { $until }.
leave-shortened = Cuti ini sudah berjalan: hari yang sudah diambil tetap tercatat dan cuti kini berakhir { $last }. Mulai hari ini Anda tercatat bekerja.
leave-not-yours = Cuti ini bukan milik Anda: tidak ada yang diubah.
leave-over = Cuti ini sudah selesai: tidak ada yang dibatalkan.

## /tim

leave-team-today = <b>Cuti hari ini</b>
leave-team-week = <b>Cuti minggu ini</b>
leave-team-line = { $nama }: { $kind }, s.d. { $until }
leave-team-week-line = { $nama }: { $kind }, { $from } s.d. { $until }
