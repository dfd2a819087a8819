# Kinerja (id): the errors area. The domain's errors (word for word their #[error] texts,
# which the logs keep) and the names of its values (their label()). What a person typed
# comes quoted in { $placeholders }; column names of HR's files stay as the files have them.

## Shared

err-line = baris { $line }: { $problem }

## Announcements: files, audience, text

err-file-empty = berkas { $name } kosong
err-file-too-large = berkas { $name } berukuran { $mb } MB; Telegram menerima kiriman bot paling besar 50 MB
err-audience-unknown = sasaran { $audience } tidak dikenal: gunakan semua, atasan, tanpa-rencana:TAHUN, atau unit:NAMA UNIT[;NAMA UNIT]
err-kind-unknown = jenis { $kind } tidak dikenal: gunakan info, pelatihan atau aturan
err-text-empty = teks pengumuman kosong
err-text-too-long = teks pengumuman { $kind } paling banyak { $limit } huruf (dihitung seperti Telegram: emoji dua huruf), teks ini { $len } huruf: kurangi { $over } huruf

## The daily log

err-daily-outside-week = Catatan harian hanya untuk minggu ini: { $allowed }.
err-daily-only-today = hanya hari ini, { $day }
err-daily-monday-to-today = { $monday } sampai hari ini, { $today }
err-daily-end-before-start = Jam selesai harus sesudah jam mulai, misalnya 08.00–10.30.
err-daily-bad-time = Jam tidak terbaca: tulis jam mulai dan selesai seperti 08.00–10.30.
err-daily-not-whole = Realisasi harus bilangan bulat, misalnya 3 dokumen.
err-daily-missing-unit = Tulis realisasi dengan satuannya, misalnya 3 dokumen.
err-daily-too-long = Kegiatan terlalu panjang: paling banyak { $max } karakter.
err-month-unreadable = bulan { $month } tidak terbaca: tulis seperti 2026-12

## Periods, windows, evaluations

err-period = periode harus berbentuk TAHUN-I, -II, -III, -IV atau -T (tahunan), misalnya 2026-III
err-window-realisation-before-start = batas realisasi tidak boleh sebelum awal periode ({ $start })
err-window-opening-before-start = penilaian tidak boleh dibuka sebelum awal periode ({ $start })
err-window-evaluation-before-realisation = batas penilaian tidak boleh sebelum batas realisasi
err-window-closes-before-opening = batas penilaian tidak boleh sebelum penilaian dibuka
err-eval-feedback-required = Umpan balik wajib ditulis bila salah satu penilaian Di Bawah Ekspektasi.
err-eval-already-evaluated = Pegawai ini sudah dinilai untuk periode tersebut. Admin BKD dapat membukanya kembali.
err-eval-not-your-subordinate = Anda bukan atasan langsung pegawai ini.
err-eval-window-closed = Jendela penilaian periode ini sudah ditutup.
err-eval-realisation-locked = Periode ini sudah dinilai; realisasi tidak dapat diubah lagi.
err-eval-realisation-closed = Jendela realisasi periode ini sudah ditutup.

## Registration: invitation codes, NIP, phone

err-invite-code = kode undangan tidak dikenali: kode berisi 32 huruf/angka dari tautan undangan BKD
err-nip-empty = NIP kosong: isi 18 digit angka
err-nip-not-digit = NIP hanya boleh berisi angka (boleh dipisah spasi), bukan { $character }
err-nip-length = NIP harus 18 digit angka, bukan { $digits } digit
err-nip-birth-date = tanggal lahir pada NIP (digit 1–8) bukan tanggal yang valid: { $digits }
err-nip-layout = bulan mulai kerja pada NIP (digit 13–14) harus 01–12 untuk PNS atau 21–29 untuk PPPK, bukan { $month }
err-nip-too-young = NIP menunjukkan mulai bekerja sebelum usia 18 tahun (lahir { $born }, mulai kerja { $started })
err-nip-gender = kode jenis kelamin pada NIP (digit 15) harus 1 atau 2, bukan { $code }
err-nip-sequence = nomor urut pada NIP (digit 16–18) tidak boleh 000
err-phone-empty = nomor telepon kosong
err-phone-bad-character = nomor telepon hanya boleh berisi angka (boleh dengan spasi, tanda -, titik, kurung, dan + di depan), bukan { $character }
err-phone-foreign = nomor telepon harus nomor Indonesia (+62 …)
err-phone-length = nomor telepon setelah 0 atau +62 harus 8–13 digit, bukan { $digits } digit
err-phone-leading-zero = nomor telepon setelah 0 atau +62 tidak boleh diawali 0
err-reg-not-own-contact = Kontak yang dikirim bukan kontak Anda sendiri. Tekan tombol "Bagikan nomor telepon saya" di bawah, jangan meneruskan kontak orang lain.
err-reg-unknown-phone = Nomor telepon Anda tidak ada di data kepegawaian BKD. Minta kode undangan ke admin BKD, atau minta BKD memperbarui nomor Anda.
err-reg-unknown-code = Kode undangan tidak dikenal. Periksa tautan atau QR dari BKD, atau minta kode baru.
err-reg-code-used = Kode undangan ini sudah dipakai. Setiap kode hanya berlaku sekali; minta kode baru ke BKD.
err-reg-code-expired = Kode undangan ini sudah kedaluwarsa. Minta kode baru ke admin BKD.
err-reg-nip-already-bound = NIP ini sudah terhubung dengan akun Telegram lain. Jika ponsel Anda hilang atau berganti, minta admin BKD melepas akun lama.
err-reg-account-bound-elsewhere = Akun Telegram ini sudah terdaftar sebagai pegawai lain (NIP { $nip }).
err-reg-already-yours = Akun Telegram ini sudah terhubung dengan NIP tersebut.
err-reg-inactive = Data Anda di BKD berstatus tidak aktif. Hubungi admin BKD.

## Plans and their decisions

err-plan-waiting = Rencana sedang menunggu persetujuan atasan dan tidak dapat diubah sekarang.
err-plan-locked = Rencana sudah disetujui dan terkunci. Untuk mengubahnya, pilih Ajukan perubahan; versi yang disetujui tetap berlaku sampai perubahan disetujui.
err-plan-empty = Rencana masih kosong: tambahkan minimal satu RHK Utama dengan indikatornya sebelum dikirim.
err-plan-rhk-without-indicator = RHK "{ $rhk }" belum punya indikator. Tambahkan indikatornya atau hapus RHK itu.
err-plan-no-utama = Rencana harus punya minimal satu RHK Utama.
err-plan-not-yours = Rencana ini bukan milik Anda.
err-plan-nothing-changed = Tidak ada perubahan sejak versi yang disetujui.
err-plan-already-decided = Atasan sudah memutuskan rencana ini, jadi tidak bisa ditarik kembali lagi. Buka /rencana.
err-decision-not-your-subordinate = Anda bukan atasan langsung pemilik rencana ini.
err-decision-already-approved = Rencana ini sudah disetujui.
err-decision-already-returned = Rencana ini sudah dikembalikan ke pegawai.
err-decision-not-waiting = Rencana ini tidak sedang menunggu persetujuan.
err-decision-stale-version = Tombol ini untuk versi lama; pegawai sudah mengirim versi yang lebih baru. Buka /persetujuan.
err-decision-note-required = Catatan pengembalian wajib diisi.
err-decision-withdrawn = Pegawai sudah menarik kembali rencana ini untuk diperbaiki; tunggu kiriman berikutnya.
err-quantity-no-number = Tulis angka dan satuannya, misalnya 1.200 orang, 85,5 % atau 12 dokumen (titik untuk ribuan, koma untuk desimal).
err-quantity-bad-number = Angka { $number } tidak terbaca: titik hanya untuk ribuan (1.200) dan koma untuk desimal (85,5).
err-quantity-no-unit = Satuan belum ditulis: tulis misalnya 12 dokumen, 90 % atau 1.200 orang.
err-quantity-unit-too-long = Satuan paling banyak 40 huruf.
parent-rhk-deleted = (RHK atasan sudah dihapus)

## The reminder schedule (kinerja run, kinerja reminders)

err-config-days = hari { $days } tidak terbaca: tulis seperti 7,3,1 (1 sampai 60)
err-config-quiet-hours = jam tenang { $hours } tidak terbaca: tulis seperti 21-6

## HR's roster file (kinerja roster import)

err-roster-io = berkas tidak dapat dibaca: { $error }
err-roster-extension = jenis berkas { $extension } tidak didukung: gunakan .csv atau .xlsx
err-roster-no-extension = jenis berkas tanpa ekstensi tidak didukung: gunakan .csv atau .xlsx
err-roster-csv = berkas CSV tidak dapat dibaca: { $error }
err-roster-xlsx = berkas Excel (.xlsx) tidak dapat dibaca: { $error }
err-roster-encoding = berkas teks UTF-16 rusak: simpan ulang sebagai CSV UTF-8
err-roster-missing-columns = kolom wajib tidak ada di baris judul: { $columns }; baris pertama harus berisi judul kolom nip, nama, jabatan, unit_kerja
err-roster-duplicate-columns = kolom berikut muncul lebih dari sekali di baris judul: { $columns }
err-roster-empty = berkas kosong: baris pertama harus judul kolom (nip, nama, jabatan, unit_kerja, nip_atasan, telepon, peran)
err-roster-no-rows = berkas hanya berisi baris judul, tanpa data pegawai
err-row-cell-not-text = kolom { $column } berisi { $content }; format kolom { $column } sebagai Teks lalu ketik ulang isinya
err-cell-nip-as-number = angka, bukan teks, sehingga digit terakhir NIP bisa hilang
err-cell-phone-as-number = angka yang bukan nomor telepon utuh
err-cell-date-time = tanggal/waktu, bukan teks
err-row-cell-excel-error = kolom { $column } berisi galat Excel { $error }; perbaiki rumus atau isinya
err-row-nip-empty = nip kosong
err-row-empty = { $column } kosong
err-row-own-supervisor = nip_atasan tidak boleh sama dengan nip pegawai itu sendiri
err-row-peran = peran "{ $peran }" tidak dikenal: isi pegawai atau admin (kosong berarti pegawai)
err-row-pangkat-too-long = pangkat_golongan terlalu panjang (paling banyak { $max } huruf)
err-row-kepala-unit = kepala_unit "{ $value }" tidak dikenal: isi ya atau tidak (kosong berarti tidak berubah)
err-row-duplicate-nip = NIP { $nip } sudah ada di baris { $first }
err-row-duplicate-phone = telepon { $phone } sudah dipakai di baris { $first }
err-row-supervisor-row-failed = NIP atasan { $boss } ada di baris { $line }, yang bermasalah; perbaiki baris { $line } lebih dulu
err-row-supervisor-deactivated = NIP atasan { $boss } tidak ada di berkas sehingga akan dinonaktifkan; masukkan atasan itu ke berkas atau ganti nip_atasan
err-row-supervisor-inactive = NIP atasan { $boss } sudah tidak aktif
err-row-supervisor-unknown = NIP atasan { $boss } tidak ada di berkas maupun di basis data
err-row-cycle = atasan berputar (siklus): { $chain }; setiap rantai atasan harus berakhir pada pegawai tanpa nip_atasan
err-row-cycle-outside-file = atasan berputar (siklus) di antara pegawai yang tidak ada di berkas: { $chain }; masukkan mereka ke berkas dengan nip_atasan yang benar
err-row-phone-taken-outside = telepon { $phone } sudah dipakai pegawai aktif lain (NIP { $nip }) yang tidak ada di berkas
err-row-phone-taken = telepon { $phone } sudah dipakai di baris { $line } (NIP { $nip })
err-row-kept = pegawai NIP { $nip } (tidak ada di berkas, tetap aktif): { $problem }; masukkan pegawai ini ke berkas dengan nip_atasan yang benar
err-import-rows = { $count } baris bermasalah

## Dates and trainings

err-date = tanggal { $date } tidak terbaca: tulis seperti 31/12/2026
err-date-time = waktu { $time } tidak terbaca: tulis seperti 15/01/2027 09.00 atau 15 Januari 2027 09.00 (WIB)
err-training-starts-in-past = waktu pelatihan sudah lewat: isi waktu yang akan datang
err-training-no-place = tempat pelatihan kosong
err-training-quota = kuota { $quota } tidak terbaca: tulis jumlah orang, 1 sampai { $max }
err-training-jp = JP { $jp } tidak terbaca: tulis jumlah jam pelajaran, 1 sampai { $max }
err-training-deadline-passed = batas pendaftaran sudah lewat: isi waktu yang akan datang
err-training-deadline-after-start = batas pendaftaran harus sebelum pelatihan dimulai
err-attendance-missing-columns = kolom "pelatihan" dan "nip" wajib ada (kolom "hadir" boleh)
err-attendance-training = nomor pelatihan { $number } tidak terbaca
err-attendance-attended = hadir { $value } tidak terbaca: tulis ya atau tidak
err-attendance-no-lines = berkas tidak berisi baris kehadiran

## Names of values

label-kind-info = Info
label-kind-pelatihan = Pelatihan
label-kind-aturan = Perubahan Aturan
label-kind-faq = Tanya-Jawab
label-month-january = Januari { $year }
label-month-february = Februari { $year }
label-month-march = Maret { $year }
label-month-april = April { $year }
label-month-may = Mei { $year }
label-month-june = Juni { $year }
label-month-july = Juli { $year }
label-month-august = Agustus { $year }
label-month-september = September { $year }
label-month-october = Oktober { $year }
label-month-november = November { $year }
label-month-december = Desember { $year }
label-period-quarter = Triwulan { $quarter } { $year }
label-period-annual = Tahunan { $year }
label-rating-above = Di Atas Ekspektasi
label-rating-meets = Sesuai Ekspektasi
label-rating-below = Di Bawah Ekspektasi
label-predikat-sangat-baik = Sangat Baik
label-predikat-baik = Baik
label-predikat-butuh-perbaikan = Butuh Perbaikan
label-predikat-kurang = Kurang/Misconduct
label-predikat-sangat-kurang = Sangat Kurang
label-jenis-utama = Utama
label-jenis-tambahan = Tambahan
label-aspek-kuantitas = Kuantitas
label-aspek-kualitas = Kualitas
label-aspek-waktu = Waktu
label-aspek-biaya = Biaya
label-arah-higher = Makin tinggi makin baik
label-arah-lower = Makin rendah makin baik
label-berakhlak-pelayanan = Berorientasi Pelayanan
label-berakhlak-akuntabel = Akuntabel
label-berakhlak-kompeten = Kompeten
label-berakhlak-harmonis = Harmonis
label-berakhlak-loyal = Loyal
label-berakhlak-adaptif = Adaptif
label-berakhlak-kolaboratif = Kolaboratif
label-reminder-plan = Batas pengajuan rencana
label-reminder-approval = Rencana menunggu persetujuan saya
label-reminder-realisation = Batas pengisian realisasi
label-reminder-evaluation = Batas penilaian tim saya
label-reminder-training = Pelatihan besok
label-org-predikat-istimewa = Istimewa
label-org-predikat-baik = Baik
label-org-predikat-butuh-perbaikan = Butuh Perbaikan
label-org-predikat-kurang = Kurang
label-org-predikat-sangat-kurang = Sangat Kurang
label-weekday-monday = Senin
label-weekday-tuesday = Selasa
label-weekday-wednesday = Rabu
label-weekday-thursday = Kamis
label-weekday-friday = Jumat
label-weekday-saturday = Sabtu
label-weekday-sunday = Minggu
