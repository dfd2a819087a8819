# Kinerja (id): the reminders area — the reminders the scheduler queues (rendered in each
# recipient's language when they are sent) and the reminder settings in /menu → Pengingat.

## Pieces of the queued reminders

reminders-days-tomorrow = besok
reminders-days-left = { $days } hari lagi
# A time in WIB: the month is given as jan … dec.
reminders-wib-time = { $day } { $month ->
        [jan] Januari
        [feb] Februari
        [mar] Maret
        [apr] April
        [may] Mei
        [jun] Juni
        [jul] Juli
        [aug] Agustus
        [sep] September
        [oct] Oktober
        [nov] November
       *[dec] Desember
    } { $year } { $hour }.{ $minute } WIB
# A period: the quarter is given as I, II, III or IV.
reminders-period-quarter = Triwulan { $quarter } { $year }
reminders-period-annual = Tahunan { $year }
reminders-and-others = dan { $count } lainnya

## The reminders

reminders-plan = ⏰ <b>Pengingat:</b> rencana SKP { $year } Anda belum diajukan. Batasnya { $deadline } ({ $days_left }). Buka /rencana, lengkapi, lalu tekan <b>Kirim</b>.
reminders-realisation = ⏰ <b>Pengingat:</b> realisasi { $period } Anda belum lengkap. Jendela realisasi ditutup { $until } ({ $days_left }). Buka /realisasi.
reminders-evaluation = ⏰ <b>Pengingat:</b> { $count } pegawai belum Anda nilai untuk { $period }: { $names }. Penilaian ditutup { $until } ({ $days_left }). Buka /penilaian.
reminders-approval = ⏰ <b>Pengingat:</b> rencana SKP { $name } menunggu persetujuan Anda sejak { $since }. Buka /persetujuan.

## The opening of a reminder repeated while the person has not acted: more direct each time

reminders-nudge-second = 🔁 <b>Pengingat kedua.</b> Ini belum Anda selesaikan.
reminders-nudge-last = ❗ <b>Mohon diselesaikan hari ini.</b> Ini sudah beberapa kali kami ingatkan.

## The button under a reminder

reminders-open-plan = Buka rencana saya
reminders-open-approvals = Buka persetujuan
reminders-fill-realisation = Isi realisasi
reminders-open-assessment = Buka penilaian
reminders-open-menu = Menu

## /menu → Pengingat

reminders-settings-always = <b>Pengingat</b>

    Pengingat batas waktu selalu dikirim (tidak dapat dimatikan):
reminders-settings-always-item = • { $kind }
reminders-settings-optional = Pengingat pilihan (tekan untuk menyalakan atau mematikan):
reminders-settings-optional-item = • { $kind }: { $state }
reminders-state-on = aktif
reminders-state-off = mati
reminders-settings-quiet = Pengingat tidak dikirim antara pukul 21.00 dan 06.00 WIB.
reminders-toggle-off = 🔔 { $kind } (matikan)
reminders-toggle-on = 🔕 { $kind } (nyalakan)
reminders-not-optional = Pengingat batas waktu tidak dapat dimatikan.
reminders-turned-off = { $kind }: dimatikan
reminders-turned-on = { $kind }: dinyalakan
