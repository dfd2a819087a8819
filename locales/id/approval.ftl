# Kinerja (id): the approval area — /persetujuan, where supervisors (and BKD, for plans at
# the top) approve plans with optional ekspektasi khusus, or return them with a note.

## Buttons

approval-button-approve = Setujui
approval-button-approve-now = ✅ Setujui sekarang
approval-button-return = Kembalikan
approval-button-detail = Detail
approval-button-open = Buka persetujuan

## A plan to decide

approval-request = <b>Rencana SKP { $year }</b> dari <b>{ $name }</b> (NIP <code>{ $nip }</code>, { $position }) menunggu persetujuan Anda.
approval-request-size = Versi { $version }: { $rhk } RHK, { $indicators } indikator.
approval-request-detail-hint = Tekan <b>Detail</b> untuk membaca seluruh rencana.
approval-no-changes = Tidak ada perubahan isi sejak versi yang Anda lihat terakhir.
approval-changes-title = <b>Perubahan sejak versi yang Anda lihat terakhir:</b>
approval-more-changes = … dan { $count } perubahan lain (lihat Detail).
approval-detail-header = <b>Rencana SKP { $year }</b> — { $name } (versi { $version })
approval-withdrawn-to-supervisor = { $name } (NIP { $nip }) menarik kembali rencana SKP versi { $version } untuk diperbaiki. Tidak perlu diputuskan; Anda diberi tahu lagi saat versi berikutnya dikirim.

## What waits

approval-nothing-waiting = Tidak ada rencana yang menunggu persetujuan Anda.
approval-waiting-header = <b>Menunggu persetujuan Anda</b>: { $count } rencana, yang terlama di atas.
approval-waiting-line = { $number }. { $name } (versi { $version }) — sejak { $since }

## Deciding

approval-expectation-screen = Setujui rencana <b>{ $name }</b> versi { $version }.

    Anda dapat menambahkan <b>ekspektasi khusus</b> untuk nilai BerAKHLAK (opsional): pilih nilainya. Jika sudah, tekan <b>✅ Setujui sekarang</b>.
approval-ask-expectation = Tulis ekspektasi khusus Anda untuk nilai <b>{ $value }</b> bagi { $name }. Kirim /batal untuk membatalkan.
approval-ask-return-note = Tulis catatan untuk { $name }: apa yang perlu diperbaiki? Catatan wajib diisi. Kirim /batal untuk membatalkan.
approval-approved-toast = Disetujui.
approval-approved-for-supervisor = ✅ Rencana { $name } versi { $version } disetujui.
approval-returned-for-supervisor = ↩️ Rencana { $name } versi { $version } dikembalikan dengan catatan Anda.
approval-approved-for-staff = ✅ Rencana SKP { $year } versi { $version } Anda <b>disetujui</b> oleh { $by }. Rencana kini terkunci.
approval-returned-for-staff = ↩️ Rencana SKP { $year } versi { $version } Anda <b>dikembalikan</b> oleh { $by } dengan catatan:
    <i>{ $note }</i>

    Perbaiki lewat /rencana lalu tekan <b>Kirim</b> lagi.

## A waiting plan that a roster import gave another approver

approval-moved-to-supervisor = 📥 <b>Rencana SKP { $year }</b> dari <b>{ $name }</b> (NIP <code>{ $nip }</code>) kini menunggu persetujuan Anda: data kepegawaian terbaru mencatat Anda sebagai atasan langsungnya. Buka /persetujuan untuk menyetujui atau mengembalikannya.
approval-moved-to-hr = 📥 <b>Rencana SKP { $year }</b> dari <b>{ $name }</b> (NIP <code>{ $nip }</code>) kini menunggu persetujuan Anda: menurut data kepegawaian terbaru ia tidak lagi memiliki atasan, sehingga admin BKD yang memutuskan. Buka /persetujuan untuk menyetujui atau mengembalikannya.
approval-moved-away-to-supervisor = Rencana SKP { $year } dari <b>{ $name }</b> tidak lagi menunggu persetujuan Anda: menurut data kepegawaian terbaru rencana itu kini diputuskan oleh atasan barunya, <b>{ $supervisor }</b>.
approval-moved-away-to-hr = Rencana SKP { $year } dari <b>{ $name }</b> tidak lagi menunggu persetujuan Anda: menurut data kepegawaian terbaru rencana itu kini diputuskan oleh admin BKD.

## Approving many at once: plans built from the role matrix or a template

approval-waiting-matches = ✓ sesuai usulan
approval-waiting-differs = ✏️ berbeda dari usulan
approval-proposal-matches = <b>Dibanding usulan:</b> sama persis dengan yang diusulkan (pembagian peran atau templat).
approval-proposal-differs = <b>Berbeda dari usulan</b> (pembagian peran atau templat):
approval-button-approve-matching = ✅ Setujui semua yang sesuai ({ $count })
approval-button-confirm-matching = ✅ Ya, setujui { $count } rencana
approval-button-cancel = Batal
approval-matching-confirm = <b>Setujui { $count } rencana sekaligus?</b> Isinya sama persis dengan yang diusulkan lewat pembagian peran atau templat:
    { $names }

    Yang berbeda dari usulan tidak ikut ({ $others } rencana): periksa satu per satu lewat Detail. Rencana yang dikirim ulang atau ditarik setelah daftar ini tampil juga tidak ikut disetujui.
approval-matching-more = … dan { $count } lainnya
approval-matching-none = Tidak ada rencana yang sama persis dengan usulan. Buka /persetujuan untuk memeriksa satu per satu.
approval-matching-used = Daftar ini sudah diproses. Buka /persetujuan untuk melihat yang masih menunggu.
approval-matching-done = ✅ { $count } rencana disetujui sekaligus:
    { $names }
approval-matching-skipped = <b>Tidak disetujui</b>, karena berubah sejak daftar tampil:
approval-matching-no-longer = tidak lagi sama dengan usulan
approval-matching-toast = { $count } rencana disetujui.
