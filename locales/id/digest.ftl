# Kinerja (id): the weekly digest — each supervisor's team, a unit head's unit and HR's
# city per unit, with the lists behind its buttons — and the end-of-day daily-log reminder.

## In /menu → Pengingat

digest-label-daily-log = Catatan harian sore (jika belum diisi)
digest-label-digest = Ringkasan mingguan tim

## The end-of-day reminder

digest-daily-reminder = 📝 Catatan harian Anda hari ini ({ $day }) masih kosong. Tulis apa yang Anda kerjakan hari ini sebelum pulang.
digest-daily-button = Isi catatan harian

## The digest

digest-team-title = 📋 <b>Ringkasan mingguan tim Anda</b> — { $day }
digest-unit-title = 📋 <b>Ringkasan mingguan { $unit }</b> — { $day }
digest-city-title = 📋 <b>Ringkasan mingguan per unit</b> — { $day }
    { $units } unit dengan pegawai yang tertinggal.
digest-line-no-plan = • Belum mengajukan rencana { $year }: { $count } orang
digest-line-waiting = • Rencana menunggu persetujuan: { $count }, terlama sejak { $since }
digest-line-no-daily = • Tanpa catatan harian { $from }–{ $until }: { $count } orang
digest-line-realisation = • Realisasi belum lengkap, batas { $until }: { $count } orang
digest-line-evaluation = • Belum dinilai, batas { $until }: { $count } orang
digest-open-hint = Tekan tombol di bawah untuk melihat daftarnya.
digest-city-unit = <b>{ $unit }</b>
    rencana { $plan } · persetujuan { $waiting } · harian { $daily } · realisasi { $realisation } · penilaian { $evaluation }
digest-city-hint = Tekan nama unit untuk ringkasan dan daftarnya.
digest-button-no-plan = Rencana ({ $count })
digest-button-waiting = Persetujuan ({ $count })
digest-button-no-daily = Catatan harian ({ $count })
digest-button-realisation = Realisasi ({ $count })
digest-button-evaluation = Penilaian ({ $count })

## The lists

digest-scope-team = Tim Anda
digest-list-no-plan = <b>{ $who }: belum mengajukan rencana { $year }</b>
digest-list-waiting = <b>{ $who }: rencana menunggu persetujuan</b>
digest-list-no-daily = <b>{ $who }: tanpa catatan harian { $from }–{ $until }</b>
digest-list-realisation = <b>{ $who }: realisasi belum lengkap</b>
digest-list-evaluation = <b>{ $who }: belum dinilai</b>
digest-list-empty = Tidak ada lagi: semuanya sudah beres. 👍
digest-entry = { $n }. { $name } ({ $nip })
digest-entry-since = { $n }. { $name } ({ $nip }), sejak { $since }
digest-entry-period = { $n }. { $name } ({ $nip }), { $period }, batas { $until }

## Refusals

digest-not-yours = Ringkasan ini bukan untuk Anda.
digest-unit-gone = Unit ini tidak ada lagi di daftar pegawai.

## Command line

digest-cli-switch = KINERJA_WEEKLY_DIGEST / --weekly-digest { $value } tidak dikenal: isi on atau off
digest-cli-daily-hour-range = --daily-log-reminder-hour harus 0 sampai 23
