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
