# Kinerja (id): the forms area: what the chat says around the official PDF forms (captions,
# buttons, the versions to choose from) and /verifikasi. The forms themselves stay
# Indonesian and are not here.

## A form sent as PDF

forms-caption = Dokumen resmi format PermenPANRB 6/2022. Kode verifikasi <code>{ $code }</code>: siapa pun yang terdaftar dapat memeriksanya dengan /verifikasi { $code } atau memindai kode QR-nya.
forms-caption-missing = ⚠️ Kosong karena belum ada di data kepegawaian: { $lines }.
forms-missing-pangkat-pegawai = pangkat/golongan pegawai
forms-missing-pejabat-penilai = Pejabat Penilai Kinerja (atasan belum tercatat)
forms-missing-pangkat-pejabat = pangkat/golongan Pejabat Penilai
forms-missing-atasan-pejabat = Atasan Pejabat Penilai
forms-missing-pangkat-atasan = pangkat/golongan Atasan Pejabat Penilai
forms-caption-report = Data salah atau kurang? Tekan <b>Laporkan data salah</b>.
forms-on-its-way = PDF sedang disiapkan dan segera dikirim.

## Choosing a version of the Rencana SKP

forms-choose-pdf-version = Pilih versi Rencana SKP yang diunduh sebagai PDF (format PermenPANRB 6/2022). Versi yang belum disetujui bertanda DRAF.
forms-pdf-version = 📄 Versi { $version } ({ $state })
forms-version-approved = disetujui
forms-version-returned = dikembalikan
forms-version-withdrawn = ditarik kembali
forms-version-pending = menunggu keputusan
forms-pdf-working-copy = 📄 Isi sekarang (draf)
forms-pdf-button = 📄 Unduh PDF
forms-dokumen-evaluasi-button = 📄 Dokumen Evaluasi

## /verifikasi

forms-verify-after-registering = Untuk memeriksa keaslian dokumen, daftarkan dulu akun Anda: kirim /start lalu bagikan nomor telepon Anda.
forms-ask-verification-code = Kirim kode verifikasi yang tercetak di dokumen, misalnya <code>/verifikasi 7KQ2M9XDRT</code>.
forms-document-unknown = ❌ Kode <code>{ $code }</code> tidak dikenal: tidak ada dokumen Kinerja dengan kode itu. Dokumen yang memuatnya tidak asli, atau kodenya salah ketik.
forms-name-rencana = Rencana SKP
forms-name-evaluasi = Evaluasi Kinerja
forms-name-dokumen-evaluasi = Dokumen Evaluasi Kinerja
forms-genuine = ✅ Dokumen asli: <b>{ $form } { $subject }</b>, diterbitkan { $issued }.
forms-genuine-draft = ✅ Dokumen asli: <b>{ $form } { $subject }</b>, isi draf, diterbitkan { $issued }.
forms-genuine-version = ✅ Dokumen asli: <b>{ $form } { $subject }</b>, versi { $version }, diterbitkan { $issued }.
forms-genuine-owner = Pegawai: <b>{ $name }</b> (NIP { $nip })
forms-genuine-owner-hidden = Rincian pegawai hanya ditampilkan kepada pegawai itu, atasannya, atau admin BKD.
forms-standing-current-draft = Masih sesuai dengan isi rencana saat ini, tetapi ini DRAF: belum disetujui, bukan dokumen final.
forms-standing-current = Masih berlaku: belum ada dokumen yang lebih baru.
forms-standing-replaced = ⚠️ Sudah diganti dengan dokumen yang lebih baru (kode <code>{ $code }</code>, diterbitkan { $issued }).
forms-standing-newer-approved = ⚠️ Tidak berlaku lagi: rencana ini sudah punya versi { $version } (disetujui).
forms-standing-newer-pending = ⚠️ Tidak berlaku lagi: rencana ini sudah punya versi { $version } (belum disetujui).
forms-standing-draft-changed = ⚠️ Tidak berlaku lagi: rencana sudah diubah setelah draf ini dicetak.
forms-standing-reopened = ⚠️ Tidak berlaku lagi: penilaian ini dibuka kembali oleh BKD untuk dinilai ulang.
forms-standing-evaluation-changed = ⚠️ Tidak berlaku lagi: penilaian sudah diubah setelah dokumen ini dicetak.
