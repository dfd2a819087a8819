# Kinerja (id): the realisation area — /realisasi (capaian, bukti dukung and a note per
# indicator of the approved plan) and the buttons staff press under /nilai.

realisation-no-approved-plan = Anda belum punya rencana SKP { $year } yang disetujui, jadi realisasi belum bisa dicatat. Susun dan kirim rencana lewat /rencana.
realisation-no-open-period = Tidak ada periode yang sedang terbuka untuk realisasi.

## The overview: one block per indicator, then what is still missing

realisation-block-values = Target { $target } · Capaian { $achieved } · { $percent }
realisation-block-evidence = Bukti: { $count }
realisation-block-note = Catatan: { $note }
realisation-header = <b>Realisasi { $period }</b> — { $name }
realisation-locked = Periode ini sudah dinilai; realisasi terkunci.
realisation-open-until = Dapat diisi dan diubah sampai { $date }.
realisation-complete = ✅ Semua indikator sudah berisi capaian dan bukti.
realisation-incomplete = ⏳ Belum lengkap: { $numbers }

## Filling in one indicator: the value, the evidence, a note

realisation-target = Target { $target }.
realisation-current-value = Capaian tercatat sekarang: { $value }.
realisation-ask-value = Berapa <b>capaiannya</b>? Tulis angkanya, misalnya <code>1.150</code> atau <code>85,5</code>. Foto atau dokumen bukti boleh dikirim lebih dulu.
realisation-value-expected = Tulis capaian sebagai angka, misalnya 1.150 atau 85,5 (titik untuk ribuan, koma untuk desimal).
realisation-evidence-taken-early = Bukti diterima. Sekarang tulis angka capaiannya.
realisation-ask-evidence = Capaian { $achieved } tersimpan.

    Kirim <b>bukti dukung</b>: foto atau dokumen (boleh beberapa), atau tautan (https://…).
realisation-dailies-offer = Ada { $count } catatan harian untuk indikator ini; tekan <b>Pakai catatan harian</b> untuk memakainya.
realisation-evidence-done-hint = Jika sudah, tekan <b>Selesai bukti</b>.
realisation-evidence-received = Bukti diterima ({ $count } untuk indikator ini). Kirim lagi, atau tekan Selesai bukti.
realisation-evidence-expected = Kirim foto, dokumen, atau tautan yang diawali https://, lalu tekan Selesai bukti.
realisation-not-evidence = { $kind } tidak dapat dijadikan bukti. Kirim foto, dokumen atau tautan; atau /batal untuk berhenti.
realisation-kind-sticker = Stiker
realisation-kind-voice = Pesan suara
realisation-kind-video = Video
realisation-dailies-used = { $count } catatan harian dipakai sebagai bukti.
realisation-ask-note = Tulis <b>catatan singkat</b> untuk indikator ini (opsional), atau tekan <b>Lewati</b>.
realisation-saved = Realisasi tersimpan.

## Buttons

realisation-fill-button = Isi { $number }
realisation-use-daily-button = Pakai catatan harian
realisation-evidence-done-button = Selesai bukti
realisation-skip-button = Lewati
