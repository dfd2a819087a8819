# Kinerja (en): the leave area — the calendar of days off and leave (kinerja calendar …,
# kinerja leave import), and the errors of their files and of a leave.

## A leave refused

leave-err-end-before-start = the leave ends ({ $until }) before it starts ({ $from })
leave-err-too-long = leave longer than { $max } days: record it in parts
leave-err-overlaps = overlaps the leave from { $from } to { $until } already recorded

## Bad lines of the calendar and leave files (column names stay as in the file)

leave-row-empty = column { $column } is empty
leave-row-date = column { $column }: date { $value } cannot be read, write it like 17/08/2027
leave-row-name-too-long = name longer than { $max } characters
leave-row-duplicate-day = date { $day } is already on line { $first }
leave-row-nip = nip: { $reason }
leave-row-kind = kind { $value } is unknown: write tahunan, sakit, dinas luar or lainnya
leave-row-overlaps-line = overlaps the leave of the same NIP on line { $first }
leave-row-unknown-nip = NIP { $nip } is not in the list of active employees
leave-file-missing-columns = required columns missing from the header row: { $columns }
leave-file-empty = empty file: the first row must be the column headings
leave-file-no-rows = the file has only the header row

## HR's command line

leave-cli-refused = { $file } refused, nothing saved: { $count } lines with problems
leave-cli-calendar-imported = { $count } holidays and cuti bersama saved.
leave-cli-calendar-heading = Holidays and cuti bersama { $year }: { $count } days
leave-cli-unit-week-line = Unit { $unit }: { $days } working days a week
leave-cli-week-days = { $days } working days a week is unknown: write 5 (Monday–Friday) or 6 (Monday–Saturday)
leave-cli-unit-week-set = { $unit } now works { $days } days a week.
leave-cli-leave-imported = { $count } leave records saved.
