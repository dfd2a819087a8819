# Kinerja (id): the templates area — plan templates per jabatan (Pakai templat, Simpan sebagai
# templat, kinerja template …) and copying last year's approved plan (Salin rencana tahun lalu).

## Buttons

tpl-button-use = 📋 Pakai templat
tpl-button-copy = 📑 Salin rencana tahun lalu
tpl-button-save = 💾 Simpan sebagai templat
tpl-button-use-this = ✅ Pakai templat ini
tpl-button-cancel = Batal
tpl-button-save-confirm = ✅ Simpan
tpl-button-target = Ubah target { $number }
tpl-button-link = 🔗 Tautkan RHK { $number }
tpl-button-back = ⬅️ Kembali ke rencana

## A template for one's own position

tpl-every-unit = semua unit kerja
tpl-preview-header = 📋 <b>Templat rencana untuk { $jabatan }</b> ({ $unit }): { $rhk } RHK, { $indicators } indikator.
tpl-preview-hint = Tekan <b>Pakai templat ini</b> untuk mengisi rencana Anda yang masih kosong. Sesudahnya semua RHK, indikator dan target tetap dapat Anda ubah.
tpl-applied = ✅ Templat sudah dipakai. Semuanya dapat Anda ubah sebelum dikirim: tekan nomor RHK untuk mengubah RHK, indikator atau targetnya, atau menautkannya ke RHK atasan.

## Last year's plan

tpl-copied-header = 📑 <b>{ $count } RHK disalin</b> dari rencana { $year } yang disetujui. Target tahun lalu — periksa dan ubah bila perlu:
tpl-review-line = { $number } { $text } — target <b>{ $target }</b>
tpl-unlinked-header = ⚠️ <b>Belum tertaut ke RHK atasan</b> — RHK atasan yang dulu diintervensi tidak ada di rencana atasan yang disetujui tahun ini:
tpl-unlinked-line = { $number }. { $text }
tpl-review-footer = Tekan <b>Ubah target</b> untuk mengganti target. Bila sudah sesuai, kirim rencana dari /rencana.

## Saving a plan as a template

tpl-save-confirm = Simpan rencana yang berlaku milik <b>{ $name }</b> sebagai templat untuk jabatan <b>{ $jabatan }</b> di unit <b>{ $unit }</b>?
tpl-save-replaces = Templat yang sudah ada untuk jabatan itu di unit itu akan diganti.
tpl-save-hint = Pegawai dengan jabatan itu di unit itu akan ditawari <b>Pakai templat</b> selama rencananya masih kosong. Tautan ke RHK atasan tidak ikut disimpan.
tpl-saved = ✅ Tersimpan sebagai templat untuk jabatan <b>{ $jabatan }</b> di unit <b>{ $unit }</b>.
tpl-save-cancelled = Tidak disimpan sebagai templat.
tpl-already-saved = Versi rencana ini sudah tersimpan sebagai templat itu.

## Refusals

tpl-err-not-allowed = Anda hanya dapat menyimpan sebagai templat rencana Anda sendiri (bila Anda atasan) atau rencana yang Anda setujui sebagai atasan langsung.
tpl-err-not-in-force = Rencana ini belum punya versi yang disetujui, atau versinya sudah berganti.
tpl-err-gone = Templat ini sudah tidak ada.
tpl-err-does-not-fit = Templat ini bukan untuk jabatan dan unit kerja Anda sekarang.
tpl-err-not-empty = Rencana tahun ini sudah berisi RHK. Templat atau rencana tahun lalu hanya dapat dipakai pada rencana yang masih kosong.
tpl-err-no-last-year = Rencana tahun lalu Anda belum pernah disetujui, jadi tidak ada yang dapat disalin.

## The template file

tpl-row-empty = kolom { $column } kosong
tpl-row-too-long = kolom { $column } lebih dari { $max } huruf
tpl-row-jenis = jenis { $value } tidak dikenal: tulis Utama atau Tambahan
tpl-row-target = target: { $reason }
tpl-row-aspek = aspek { $value } tidak dikenal: tulis Kuantitas, Kualitas, Waktu atau Biaya
tpl-row-arah = arah { $value } tidak dikenal: tulis naik (makin tinggi makin baik) atau turun (makin rendah makin baik), atau kosongkan
tpl-row-duplicate-indicator = indikator ini sudah ada untuk RHK yang sama di baris { $first }
tpl-row-jenis-differs = RHK ini di baris { $first } berjenis lain; satu RHK hanya punya satu jenis
tpl-row-no-utama = templat untuk jabatan { $jabatan } belum punya RHK Utama
tpl-file-missing-columns = kolom wajib tidak ada di baris judul: { $columns }; baris pertama harus berisi judul kolom jabatan, jenis, rhk, indikator, target, aspek
tpl-file-empty = berkas kosong: baris pertama harus judul kolom (jabatan, unit_kerja, jenis, rhk, indikator, target, aspek, arah)
tpl-file-no-rows = berkas hanya berisi baris judul, tanpa isi templat

## The command line

tpl-cli-imported = Templat tersimpan: { $templates } templat, { $rhk } RHK, { $indicators } indikator.
tpl-cli-refused = { $file }: tidak ada templat yang disimpan; { $count } baris bermasalah:
tpl-cli-from-plan = Templat untuk { $jabatan } ({ $unit }) disimpan dari rencana { $year } versi { $version } milik NIP { $nip }.
tpl-cli-no-plan-in-force = NIP { $nip } belum punya rencana { $year } yang disetujui; tidak ada yang dapat dijadikan templat.
tpl-cli-list-empty = Belum ada templat.
tpl-cli-list-line = { $jabatan } — { $unit }: { $rhk } RHK, { $indicators } indikator (sumber: { $source })
tpl-cli-deleted = Templat untuk { $jabatan } ({ $unit }) dihapus.
tpl-cli-not-found = Tidak ada templat untuk { $jabatan } ({ $unit }).
