# Kinerja (en): the weekly digest — each supervisor's team, a unit head's unit and HR's
# city per unit, with the lists behind its buttons — and the end-of-day daily-log reminder.

## In /menu → Reminders

digest-label-daily-log = Daily log in the afternoon (when still empty)
digest-label-digest = Weekly team digest

## The end-of-day reminder

digest-daily-reminder = 📝 Your daily log for today ({ $day }) is still empty. Write down what you worked on today before you leave.
digest-daily-button = Fill in the daily log

## The digest

digest-team-title = 📋 <b>Weekly digest of your team</b> — { $day }
digest-unit-title = 📋 <b>Weekly digest of { $unit }</b> — { $day }
digest-city-title = 📋 <b>Weekly digest per unit</b> — { $day }
    { $units } units with staff behind.
digest-line-no-plan = • No plan submitted for { $year }: { $count } people
digest-line-waiting = • Plans waiting for approval: { $count }, the oldest since { $since }
digest-line-no-daily = • No daily log { $from }–{ $until }: { $count } people
digest-line-realisation = • Results incomplete, deadline { $until }: { $count } people
digest-line-evaluation = • Not yet rated, deadline { $until }: { $count } people
digest-open-hint = Tap a button below to see the list.
digest-city-unit = <b>{ $unit }</b>
    plan { $plan } · approval { $waiting } · daily log { $daily } · results { $realisation } · rating { $evaluation }
digest-city-hint = Tap a unit's name for its digest and lists.
digest-button-no-plan = Plan ({ $count })
digest-button-waiting = Approval ({ $count })
digest-button-no-daily = Daily log ({ $count })
digest-button-realisation = Results ({ $count })
digest-button-evaluation = Rating ({ $count })

## The lists

digest-scope-team = Your team
digest-list-no-plan = <b>{ $who }: no plan submitted for { $year }</b>
digest-list-waiting = <b>{ $who }: plans waiting for approval</b>
digest-list-no-daily = <b>{ $who }: no daily log { $from }–{ $until }</b>
digest-list-realisation = <b>{ $who }: results incomplete</b>
digest-list-evaluation = <b>{ $who }: not yet rated</b>
digest-list-empty = Nobody any more: all done. 👍
digest-entry = { $n }. { $name } ({ $nip })
digest-entry-since = { $n }. { $name } ({ $nip }), since { $since }
digest-entry-period = { $n }. { $name } ({ $nip }), { $period }, deadline { $until }

## Refusals

digest-not-yours = This digest is not yours.
digest-unit-gone = This unit is no longer in the roster.

## Command line

digest-cli-switch = KINERJA_WEEKLY_DIGEST / --weekly-digest { $value } is not known: use on or off
digest-cli-daily-hour-range = --daily-log-reminder-hour must be 0 to 23
