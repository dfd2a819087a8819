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

## /cuti in the chat

leave-command = Leave: record, see and withdraw my leave
leave-menu = 🌴 Leave
leave-overview-title = <b>My leave</b>
leave-overview-none = No leave under way or ahead.
leave-line = { $kind }: { $from } to { $until } ({ $days } days)
leave-line-ongoing = under way
leave-choose-kind = To record new leave, choose its kind.
leave-kind-tahunan = Annual leave
leave-kind-sakit = Sick leave
leave-kind-dinas-luar = Official travel
leave-kind-lainnya = Other
leave-ask-from = <b>{ $kind }</b>. From which date? Write it like 21-01-2027, 21/1/2027 or 21 January 2027.
leave-ask-until = From { $from }. Until which date (the last day of leave)?
leave-date-refused = This date cannot be used: { $reason }. Write another date, or /batal.
leave-ask-file = Send a supporting document or photo (a doctor's note or a travel order, for example), or tap <b>Skip</b>.
leave-file-expected = Send a document or photo, or tap <b>Skip</b> above.
leave-button-skip = Skip
leave-file-photo = photo
leave-file-document = document
leave-file-none = none
leave-preview = <b>Check your leave</b>
    Kind: { $kind }
    Dates: { $from } to { $until } ({ $days } days)
    Attachment: { $file }

    Tap <b>Save</b> to record it; your supervisor will be told.
leave-preview-waiting = Tap <b>Save</b> above to record this leave, or /batal.
leave-button-save = Save
leave-button-abort = Cancel
leave-aborted = Leave not recorded.
leave-saved = Leave recorded: { $kind }, { $from } to { $until }.
leave-saved-told = Your supervisor, { $atasan }, has been told.
leave-saved-not-told = Your supervisor has not registered with Kinerja yet, so they have not been told.
leave-not-recorded = Leave not recorded: { $reason }.
leave-nothing-to-save = No leave is waiting to be saved: nothing changed.
leave-button-new = ➕ Record new leave
leave-button-withdraw = Withdraw { $from }–{ $until }

## The supervisor told, and Tolak

leave-for-supervisor = <b>Leave in your team</b>
    { $nama } (<code>{ $nip }</code>)
    { $kind }: { $from } to { $until } ({ $days } days)

    If this leave cannot be accepted, tap <b>Refuse</b> and write why.
leave-attachment = Attachment: { $file }
leave-button-refuse = Refuse
leave-button-file = See the attachment
leave-ask-refuse-note = Write why you refuse the leave of { $nama } ({ $kind }, { $from } to { $until }). /batal to leave it.
leave-refuse-note-expected = Write the reason as text, at most { $max } characters.
leave-refused-done = The leave of { $nama } is refused; they have been told, with your reason.
leave-refused-for-staff = <b>Your leave was refused</b>
    { $kind }: { $from } to { $until }
    By: { $atasan }
    Reason: { $note }
leave-already-refused = This leave was refused already: nothing changed.
leave-already-cancelled = This leave was withdrawn already: nothing changed.
leave-not-your-team = This leave is not of someone in your team: nothing changed.
leave-not-found = This leave was not found: nothing changed.

## Batalkan

leave-withdrawn = Leave withdrawn: { $kind }, { $from } to { $until }.
leave-shortened = This leave has begun: the days taken stay on record and it now ends on { $last }. From today you are recorded as working.
leave-not-yours = This leave is not yours: nothing changed.
leave-over = This leave is over: nothing was withdrawn.

## /tim

leave-team-today = <b>On leave today</b>
leave-team-week = <b>On leave this week</b>
leave-team-line = { $nama }: { $kind }, until { $until }
leave-team-week-line = { $nama }: { $kind }, { $from } to { $until }
