# Kinerja (id): the plan area — /rencana, where staff write their SKP (RHK, indicators with
# targets), send it, withdraw it and ask for changes.

## Buttons

plan-button-add-rhk = Tambah RHK
plan-button-submit = Kirim
plan-button-change = Ajukan perubahan
plan-button-withdraw = Tarik kembali
plan-button-confirm-withdraw = Ya, tarik kembali
plan-button-confirm-delete = Ya, hapus
plan-button-cancel = Batal
plan-button-rhk = RHK { $number }
plan-button-edit-rhk-text = Ubah teks
plan-button-delete-rhk = Hapus RHK
plan-button-link-parent = Tautkan ke RHK atasan
plan-button-skip = Lewati
plan-button-add-indicator = Tambah indikator
plan-button-edit-indicator = Ubah { $number }
plan-button-delete-indicator = Hapus { $number }
plan-button-edit-text = ✏️ Teks
plan-button-edit-target = ✏️ Target
plan-button-flip-arah = ⇄ Ganti jadi: { $arah }
plan-button-usual-arah = { $arah } (biasanya)
plan-button-submit-plan = Kirim rencana
plan-button-view-plan = Lihat rencana
plan-button-back-to-plan = Kembali ke rencana
plan-button-back-to-rhk = Kembali ke RHK

## The plan view

plan-header = <b>Rencana SKP { $year }</b> — { $name }
plan-empty = Belum ada RHK. Tekan <b>Tambah RHK</b> untuk mulai.
plan-status-draft-unsent = Status: <b>draf</b>, belum dikirim.
plan-status-draft = Status: <b>draf</b>.
plan-status-changing = Status: <b>perubahan sedang disusun</b> (draf).
plan-status-submitted = Status: <b>menunggu persetujuan { $approver }</b> sejak { $since } (versi { $version }).
plan-status-returned = Status: <b>dikembalikan</b> pada { $at } dengan catatan:
    <i>{ $note }</i>
    Perbaiki lalu tekan <b>Kirim</b> lagi.
plan-status-approved = Status: <b>disetujui</b> pada { $at } (versi { $version }).
plan-status-withdrawn = Versi { $version } ditarik kembali pada { $at }; ubah lalu tekan <b>Kirim</b> lagi.
plan-status-in-force = Versi { $version } yang disetujui tetap berlaku sampai perubahan disetujui.
plan-approver-by-nip = atasan (NIP { $nip })
plan-approver-hr = admin BKD
plan-your-supervisor = atasan
plan-expectations-title = <b>Ekspektasi khusus atasan</b>
plan-expectation-line = • { $value }: { $text }

## An RHK and its indicators

plan-rhk-heading = <b>RHK { $number }</b> ({ $jenis }): { $text }
plan-rhk-parent = ↳ intervensi RHK atasan: { $parent }
plan-rhk-no-indicators = (belum ada indikator)
plan-rhk-continued = <b>RHK { $number }</b> (lanjutan)
plan-rhk-more-indicators = … dan { $count } indikator lain: buka <b>RHK { $number }</b> untuk melihat semuanya.
plan-rhk-choose = Pilih yang ingin diubah:
plan-rhk-indicator-footer = Indikator { $from }–{ $to } dari { $total }.
plan-indicator-line = { $number }. { $text } — target <b>{ $target }</b> ({ $aspek }; { $arah })
plan-indicator-saved = ✅ <b>Indikator { $number }</b> tersimpan.
plan-indicator-edit = <b>Indikator { $number }</b>: pilih bagian yang ingin diubah; yang lain tetap.
plan-indicator-card = Teks: { $text }
    Target: <b>{ $target }</b>
    Aspek: { $aspek }
    Arah: { $arah }

## Writing the plan

plan-ask-rhk = Tulis <b>Rencana Hasil Kerja (RHK)</b> yang ingin Anda capai tahun ini, misalnya "Meningkatnya cakupan imunisasi dasar lengkap". Kirim /batal untuk membatalkan.
plan-ask-rhk-new-text = Teks RHK sekarang:
    <i>{ $old }</i>

    Tulis teks yang baru. Kirim /batal untuk membatalkan.
plan-text-expected = Kirim sebagai teks biasa (paling banyak { $max } huruf). Kirim /batal untuk membatalkan.
plan-rhk-saved = ✅ <b>RHK { $number }</b> tersimpan sebagai RHK <b>{ $jenis }</b>:
    <i>{ $text }</i>
    Ubah jenisnya dengan tombol { $main }/{ $additional } bila perlu.
plan-ask-parent = RHK atasan mana yang diintervensi RHK ini? Pilih dari rencana { $supervisor } yang sudah disetujui, atau <b>Lewati</b> (bisa ditautkan nanti).
plan-parent-not-ready = Rencana atasan Anda belum disetujui, jadi RHK ini belum bisa ditautkan. Lanjutkan saja; tautkan nanti dari tampilan RHK dengan <b>Tautkan ke RHK atasan</b>.
plan-ask-indicator = Indikator baru untuk <b>RHK { $number }</b>:
    <i>{ $text }</i>
plan-indicator-hint = Tulis <b>indikator kinerja</b>-nya dengan <b>target</b> dan satuannya di baris terakhir, misalnya:
    <code>Persentase bayi yang mendapat imunisasi lengkap
    95 %</code>
    (Tanpa baris target, targetnya ditanyakan sesudah ini.)
plan-ask-target = Berapa <b>targetnya</b>, dengan satuan? Misalnya <code>1.200 orang</code>, <code>85,5 %</code> atau <code>12 dokumen</code>.
plan-ask-aspek = Target { $target }. Aspek apa yang diukur? (Waktu dan biaya: makin rendah makin baik; yang lain makin tinggi makin baik. Bisa diganti sesudahnya.)
plan-ask-arah = Aspek { $aspek }. Apakah capaian yang lebih tinggi lebih baik, atau yang lebih rendah (seperti waktu dan biaya)?
plan-ask-indicator-new-text = Teks indikator { $number } sekarang:
    <i>{ $old }</i>

    Tulis teks yang baru; target, aspek dan arahnya tetap.
plan-ask-indicator-new-target = Target indikator { $number } sekarang <b>{ $old }</b>.

    Tulis target yang baru dengan satuan, misalnya <code>1.500 orang</code>; teks, aspek dan arahnya tetap.
plan-part-saved = ✅ Perubahan tersimpan.

## Deleting

plan-confirm-delete-rhk = Hapus RHK { $number } beserta { $count } indikatornya?
plan-confirm-delete-indicator = Hapus indikator { $number }?
plan-delete-final = Yang dihapus tidak bisa dikembalikan.
plan-rhk-deleted = RHK dan indikatornya dihapus.
plan-indicator-deleted = Indikator dihapus.

## Sending, withdrawing, changing

plan-submitted = Rencana versi { $version } dikirim ke <b>{ $approver }</b>. Anda diberi tahu begitu disetujui atau dikembalikan.
plan-submitted-approver-unregistered = Atasan Anda belum terdaftar di bot; rencana tetap menunggu dan akan muncul di /persetujuan begitu beliau mendaftar.
plan-confirm-withdraw = Tarik kembali rencana versi { $version } dari <b>{ $approver }</b>? Rencana menjadi draf lagi; ubah lalu tekan <b>Kirim</b> untuk mengirim versi berikutnya. Atasan diberi tahu.
plan-withdrawn = Rencana versi { $version } ditarik kembali. Ubah yang perlu, lalu tekan <b>Kirim</b>.
plan-change-started = Perubahan dibuka. Ubah RHK atau indikator, lalu tekan <b>Kirim</b>. Versi yang disetujui tetap berlaku sampai perubahan disetujui.
