# Kinerja (id): the sheets area — HR's reports: /laporan in the chat, and the sheets of the
# workbook and CSV files (the e-Kinerja sheet is an official form and is not here).

## /laporan in the chat

# The quarter is given as I, II, III or IV.
sheets-report-button-quarter = TW { $quarter }
sheets-report-button-annual = Tahunan
sheets-report-offer = <b>Laporan kinerja { $year }</b>: pilih periode untuk ringkasan dan grafik per unit, lalu unduh sebagai xlsx atau CSV.
sheets-report-building = Laporan sedang disiapkan; berkasnya menyusul.
sheets-report-download-xlsx = Unduh xlsx
sheets-report-download-csv = Unduh CSV
sheets-report-chart-caption = Grafik kelengkapan dan sebaran predikat — { $period }
sheets-report-file-caption = Laporan kinerja { $period } (kelengkapan, keterlambatan, sebaran predikat, JP, pelatihan, pengumuman, dan lembar e-Kinerja).
sheets-report-summary-head = <b>Laporan { $period }</b> (per { $date })
# The figures of the city, one after the other (joined with " · ").
sheets-report-summary-staff = { $staff } pegawai
sheets-report-summary-approved = rencana disetujui { $approved } ({ $percent } %)
sheets-report-summary-submitted = menunggu persetujuan { $submitted }
sheets-report-summary-complete = realisasi lengkap { $complete } ({ $percent } %)
sheets-report-summary-evaluated = sudah dinilai { $evaluated } ({ $percent } %)
sheets-report-summary-late = terlambat { $late }
sheets-report-summary-units = <b>Per unit</b> (disetujui / realisasi lengkap / dinilai / terlambat)
sheets-report-summary-unit = • { $unit }: { $approved }/{ $staff } · { $complete } · { $evaluated } · { $late }
sheets-report-summary-more-units = … dan { $count } unit lain (lihat berkas)
sheets-report-summary-breaches = <b>⚠ Sebaran predikat melanggar batas</b>
sheets-report-summary-breach = • { $unit } (predikat unit { $org }): { $breaches }
sheets-report-summary-footer = <b>Pelatihan</b>: { $trainings } pelatihan tahun ini · { $under } pegawai di bawah { $minimum } JP
    <b>Pengumuman</b>: { $announcements } · pertanyaan belum dijawab { $open_questions }

## The sheets (a sheet's name is at most 31 characters, and names its CSV file)

sheets-completion = Kelengkapan
sheets-late = Terlambat
sheets-spread = Sebaran predikat
sheets-jp = JP pelatihan
sheets-attendance = Kehadiran pelatihan
sheets-announcements = Pengumuman

## Their columns

sheets-col-unit = Unit kerja
sheets-col-staff = Pegawai
sheets-col-plan-none = Belum ada rencana
sheets-col-plan-draft = Rencana draf/dikembalikan
sheets-col-plan-submitted = Rencana diajukan
sheets-col-plan-approved = Rencana disetujui
sheets-col-realisation-complete = Realisasi lengkap
sheets-col-evaluated = Sudah dinilai
sheets-col-late = Terlambat
sheets-col-nip = NIP
sheets-col-name = Nama
sheets-col-lateness = Keterlambatan
sheets-col-unit-predikat = Predikat unit
sheets-col-sangat-baik = Sangat Baik
sheets-col-baik = Baik
sheets-col-butuh-perbaikan = Butuh Perbaikan
sheets-col-kurang = Kurang/Misconduct
sheets-col-sangat-kurang = Sangat Kurang
sheets-col-rated = Jumlah dinilai
sheets-col-breaches = Melanggar batas
sheets-col-jp = JP
sheets-col-under-minimum = Kurang dari { $minimum } JP
sheets-col-number = No
sheets-col-training = Pelatihan
sheets-col-time = Waktu
sheets-col-place = Tempat
sheets-col-quota = Kuota
sheets-col-registered = Terdaftar
sheets-col-waiting = Daftar tunggu
sheets-col-cancelled = Batal
sheets-col-attended = Hadir
sheets-col-kind = Jenis
sheets-col-date = Tanggal
sheets-col-title = Judul
sheets-col-recipients = Penerima
sheets-col-delivered = Terkirim
sheets-col-read = Sudah membaca
sheets-col-unreachable = Tidak terjangkau
sheets-col-failed = Gagal
sheets-col-open-questions = Pertanyaan terbuka

## Their cells

sheets-yes = ya
sheets-no = tidak
sheets-late-no-plan = rencana belum diajukan
sheets-late-realisation = realisasi belum lengkap
sheets-late-not-evaluated = belum dinilai
sheets-breach-too-many = { $what } { $percent } % (paling banyak { $max } %)
sheets-breach-nobody-below-baik = tidak ada yang Butuh Perbaikan atau Kurang (harus ada paling sedikit satu)
sheets-breach-no-sangat-baik = ada Sangat Baik (tidak boleh)
sheets-baik-or-sangat-baik = Baik atau Sangat Baik
