# Kinerja (id): the cli area. What `kinerja …` prints for HR (kinerja --lang id, the
# default). Options (--kind), values HR types (pelatihan, semua) and commands stay as they
# are. Official files (forms, exports) are Indonesian whatever the language.

cli-error = Galat: { $error }
cli-database-unreachable = tidak dapat membuka basis data { $url }
cli-cannot-read = tidak dapat membaca { $path }
cli-cannot-create = tidak dapat membuat { $path }
cli-bot-username-unknown = nama bot tidak diketahui: beri --bot-username atau KINERJA_BOT_USERNAME
cli-nothing-changed = Tidak ada yang diubah.
cli-nip-not-in-roster = NIP { $nip } tidak ada di roster.

## kinerja run, kinerja reminders list

cli-approval-days-range = --approval-reminder-after-days harus 1 sampai 60
cli-reminder-hour-range = --reminder-hour harus 0 sampai 23
cli-reminders-heading = Jadwal pengingat per { $now } (jam tenang { $quiet_from }.00–{ $quiet_until }.00 WIB):
cli-reminder-line = { $due }  { $occasion } { $kind } — { $reach } penerima terdaftar saat ini — { $state }
cli-reminder-due = jatuh tempo, dikirim pada { $at }
cli-reminder-upcoming = akan datang
cli-no-reminders = Tidak ada pengingat terjadwal.
cli-webhook-not-https = --webhook-url { $url }: Telegram hanya mengirim ke https:// (http biasa hanya ke 127.0.0.1 atau localhost); pasang HTTPS di reverse proxy
cli-webhook-needs-listen = --webhook-url memerlukan --listen (KINERJA_LISTEN): alamat yang dituju reverse proxy, mis. 127.0.0.1:8443
cli-webhook-path-reserved = --webhook-url { $url }: /healthz, /metrics dan /bukti dipakai untuk pemeriksaan kesehatan, metrik dan tautan bukti dukung; pilih path lain, mis. /tg
cli-public-url-not-https = --public-url { $url }: tautan bukti dukung dibuka dari mana saja, jadi harus https:// (http biasa hanya untuk 127.0.0.1 atau localhost); pasang HTTPS di reverse proxy
cli-public-url-needs-listen = --public-url memerlukan --listen (KINERJA_LISTEN): server itulah yang melayani tautan bukti dukung di /bukti/
cli-cannot-listen = tidak dapat mendengarkan di { $addr }: { $error }
cli-instance-running = kinerja run lain sedang memakai { $file }; satu instans per berkas SQLite; gunakan PostgreSQL untuk beberapa instans
cli-cannot-lock = tidak dapat mengunci { $path }: { $error }
cli-run-webhook = Mode webhook: Telegram mengirim pembaruan ke { $url }; server ini mendengarkan di { $addr } (/healthz, /metrics).
cli-run-listen = Mengambil pembaruan dari Telegram (polling); /healthz dan /metrics di { $addr }.

## kinerja roster import

cli-import-checked = Pemeriksaan berhasil; jika diimpor: { $created } baru, { $updated } diperbarui, { $unchanged } tetap, { $deactivated } dinonaktifkan, { $admins } admin baru ({ $rows } baris).
cli-import-done = Impor selesai: { $created } baru, { $updated } diperbarui, { $unchanged } tetap, { $deactivated } dinonaktifkan, { $admins } admin baru ({ $rows } baris).
cli-import-plans-would-move = { $count } rencana yang menunggu persetujuan akan pindah ke atasan baru; atasan lama dan baru akan diberi tahu lewat bot.
cli-import-plans-moved = { $count } rencana yang menunggu persetujuan pindah ke atasan baru; atasan lama dan baru diberi tahu lewat bot.
cli-import-refused = { $file }: { $count } baris bermasalah; basis data tidak diubah.

## kinerja unbind, admin, unit, evaluation, period

cli-unbound = Akun Telegram untuk NIP { $nip } dilepas. Pegawai dapat mendaftar lagi dengan /start.
cli-not-bound = NIP { $nip } tidak terhubung dengan akun Telegram mana pun.
cli-admin-granted = NIP { $nip } sekarang admin BKD.
cli-admin-revoked = Peran admin BKD untuk NIP { $nip } dicabut.
cli-admin-unchanged = Tidak ada perubahan: NIP { $nip } sudah dengan peran itu.
cli-admin-unknown = NIP { $nip } tidak ada di roster atau tidak aktif.
cli-unknown-org-predikat = predikat { $predikat } tidak dikenal: gunakan istimewa, baik, butuh-perbaikan, kurang atau sangat-kurang
cli-unit-predikat-set = Predikat { $unit } { $year }: { $predikat }.
cli-unit-unknown = Unit { $unit } tidak ada di roster.
cli-evaluation-reopened = Penilaian { $period } untuk NIP { $nip } dibuka kembali.
cli-evaluation-not-reopened = Tidak ada penilaian { $period } yang tersimpan untuk NIP { $nip } (atau sudah dibuka).
cli-period-refused = { $period }: { $error }; tidak ada yang diubah.
cli-period-window = { $period }: realisasi sampai { $realisation_until }; penilaian dari { $evaluation_from } sampai { $evaluation_until } (WIB).

## kinerja announce

cli-announce-usage = beri --kind, --audience dan --text-file (atau: kinerja announce status ID)
cli-training-needs-details = pelatihan memerlukan --start, --place, --quota, --jp dan --deadline
cli-training-details-only = --start, --place, --quota, --jp dan --deadline hanya untuk --kind pelatihan
cli-attachment-as-document = { $name } lebih dari 10 MB, batas foto Telegram: dikirim sebagai dokumen (berkas utuh).
cli-announcement-created = Pengumuman { $id } dibuat untuk { $recipients } penerima; bot yang berjalan mengirimkannya. Pantau dengan: kinerja announce status { $id }
cli-announcement-unknown = Pengumuman { $id } tidak ada.
cli-announcement-status = Pengumuman { $id }: { $total } penerima — { $deliveries }.
cli-deliveries = terkirim { $sent }, menunggu { $pending }, sedang dikirim { $sending }, gagal { $failed }, tidak terjangkau { $unreachable }
cli-announcement-training = Pelatihan: kuota { $quota }, terdaftar { $registered }, daftar tunggu { $waiting }, batal { $cancelled }, hadir { $attended }.
cli-announcement-rule = Sudah membaca { $acknowledged } dari { $recipients }; pertanyaan { $questions } ({ $open } belum dijawab); pengingat { $reminders } kali.

## kinerja training

cli-no-trainings = Tidak ada pelatihan pada tahun { $year }.
cli-training-line = #{ $id } { $title } — { $starts } · { $place } · { $seats }
cli-training-seats = kuota { $quota } · terdaftar { $registered } · tunggu { $waiting } · hadir { $attended } · { $jp } JP
cli-attendance-recorded = Kehadiran dicatat untuk { $count } peserta ({ $present } hadir, { $absent } tidak hadir).
cli-attendance-no-training = pelatihan #{ $training } tidak ada
cli-attendance-not-yet = pelatihan #{ $training } belum berlangsung; kehadiran dicatat mulai hari pelatihan
cli-attendance-not-registered = NIP { $nip } tidak terdaftar sebagai peserta pelatihan #{ $training }

## kinerja report, invite, document, harian

cli-unknown-format = format { $format } tidak dikenal: gunakan csv, xlsx, png atau all
cli-days-at-least-one = --days harus minimal 1
cli-invite-choose = pilih salah satu: --nip NIP, --unit "UNIT KERJA" atau --all
cli-no-invitees = Tidak ada pegawai aktif (yang belum terdaftar) untuk pilihan itu.
cli-invitations-created = { $count } undangan dibuat, berlaku { $days } hari: { $csv } dan { $count } berkas QR di { $folder }.
cli-document-kind = --kind harus rencana, evaluasi atau dokumen-evaluasi
cli-document-choose = pilih salah satu: --unit "UNIT KERJA" atau --all
cli-no-people = Tidak ada pegawai aktif untuk pilihan itu.
cli-missing-plan = belum ada rencana yang disetujui
cli-missing-evaluation = belum dinilai untuk periode ini
cli-missing-annual = penilaian tahunan belum ada
cli-documents-written = { $written } dokumen ditulis; { $without } pegawai belum punya (lihat { $list }).
cli-daily-entries = { $count } catatan harian { $month }.
