# Kinerja (en): the reminders area — the reminders the scheduler queues (rendered in each
# recipient's language when they are sent) and the reminder settings in /menu → Reminders.

## Pieces of the queued reminders

reminders-days-tomorrow = tomorrow
reminders-days-left = in { $days } days
# A time in WIB: the month is given as jan … dec.
reminders-wib-time = { $day } { $month ->
        [jan] January
        [feb] February
        [mar] March
        [apr] April
        [may] May
        [jun] June
        [jul] July
        [aug] August
        [sep] September
        [oct] October
        [nov] November
       *[dec] December
    } { $year }, { $hour }:{ $minute } WIB
# A period: the quarter is given as I, II, III or IV.
reminders-period-quarter = Q{ $quarter ->
        [I] 1
        [II] 2
        [III] 3
       *[IV] 4
    } { $year }
reminders-period-annual = the year { $year }
reminders-and-others = and { $count } more

## The reminders

reminders-plan = ⏰ <b>Reminder:</b> your SKP plan for { $year } has not been submitted yet. The deadline is { $deadline } ({ $days_left }). Open /rencana, complete it and submit it.
reminders-realisation = ⏰ <b>Reminder:</b> your results for { $period } are not complete. The results window closes on { $until } ({ $days_left }). Open /realisasi.
reminders-evaluation = ⏰ <b>Reminder:</b> staff you have not rated yet for { $period } ({ $count }): { $names }. Rating closes on { $until } ({ $days_left }). Open /penilaian.
reminders-approval = ⏰ <b>Reminder:</b> the SKP plan of { $name } has been waiting for your approval since { $since }. Open /persetujuan.

## The opening of a reminder repeated while the person has not acted: more direct each time

reminders-nudge-second = 🔁 <b>Second reminder.</b> This is still not done.
reminders-nudge-last = ❗ <b>Please finish this today.</b> We have reminded you several times.

## The button under a reminder

reminders-open-plan = Open my plan
reminders-open-approvals = Open approvals
reminders-fill-realisation = Enter results
reminders-open-assessment = Open ratings
reminders-open-menu = Menu

## /menu → Reminders

reminders-settings-always = <b>Reminders</b>

    Deadline reminders are always sent (they cannot be turned off):
reminders-settings-always-item = • { $kind }
reminders-settings-optional = Optional reminders (tap to turn one on or off):
reminders-settings-optional-item = • { $kind }: { $state }
reminders-state-on = on
reminders-state-off = off
reminders-settings-quiet = Reminders are not sent between 21.00 and 06.00 WIB.
reminders-toggle-off = 🔔 { $kind } (turn off)
reminders-toggle-on = 🔕 { $kind } (turn on)
reminders-not-optional = Deadline reminders cannot be turned off.
reminders-turned-off = { $kind }: turned off
reminders-turned-on = { $kind }: turned on
