# Kinerja (en): the daily area — /harian, the daily log in e-Kinerja's shape (Progres
# Harian), and the chat around its monthly export (the export file stays as e-Kinerja has
# it). The bot reads entries the Indonesian way (kemarin, Senin, 08.00-10.30, 3 dokumen) and
# they go into the Indonesian e-Kinerja export as written: the examples stay Indonesian.

daily-expected = Send text, a photo or a document; stickers and voice messages cannot be saved. Send /batal to cancel.
daily-tagged = Entry tagged to indicator { $number }.

## Buttons

daily-edit-button = Edit { $number }
daily-delete-button = Delete { $number }
daily-delete-yes-button = Yes, delete
daily-keep-button = Cancel
daily-export-button = Download this month
daily-edit-time-button = Change time
daily-edit-activity-button = Change activity
daily-edit-result-button = Change result

## This week's list

daily-ask-entry = Write a new entry in one message, for example:
    <code>08.00-10.30 Rapat koordinasi imunisasi, 1 kegiatan</code>
    (start–end time, activity, then the result with its unit). For another day this week, begin with <code>kemarin</code> (yesterday), an Indonesian day name (<code>Senin</code> for Monday) or a date (<code>2/12</code>, day/month). A photo or document may be sent with the entry as its caption; a link may be written in the entry. Send /batal to cancel.
daily-week-header = <b>This week's daily log</b> ({ $from } – { $to })
daily-week-empty = No entries this week yet.
daily-monday = Mon
daily-tuesday = Tue
daily-wednesday = Wed
daily-thursday = Thu
daily-friday = Fri
daily-saturday = Sat
daily-sunday = Sun
daily-line-rhk = RHK { $number }
daily-line-no-rhk = no RHK

## Writing an entry: what is still missing, then saved

daily-ask-time = What time? Write the start and end time, e.g. <code>08.00-10.30</code>.
daily-ask-activity = What was the activity? Keep it short, e.g. Rapat koordinasi imunisasi.
daily-ask-result = What was the result? Write a whole number with its unit, e.g. <code>3 dokumen</code>.
daily-saved = Entry saved: { $line }
daily-changed = Entry changed: { $line }
daily-which-indicator = For which indicator? Tagged entries are offered as evidence when you fill in your results.
daily-tag-after-approval = Once your plan is approved, entries can be tagged to an indicator.
daily-evidence-offer = Evidence (optional): send a photo, document or link now.
daily-evidence-saved = Evidence saved for this entry.

## Changing and deleting an entry

daily-edit-prompt = Rewrite this entry in one message (copy it, then change it):
    <code>{ $line }</code>
    or choose one part only. Its evidence and indicator stay unless you send new ones. Send /batal to cancel.
daily-confirm-delete = Delete this entry?
    { $line }
daily-deleted = Entry deleted.

## The month's export

daily-export-preparing = Preparing the file…
daily-export-empty = No daily log entries in { $month } yet.
daily-export-caption = Progres Harian { $month }: the columns and their order are e-Kinerja's; copy it row by row.
evidence-link-expired = This evidence link has expired. Ask for a new export (Download this month in /harian, or from HR).
evidence-link-forged = This evidence link is not valid: it was changed or is incomplete. Copy the whole link from the export.
evidence-link-missing = This evidence is gone: its entry was deleted or has no file.
evidence-link-unavailable = The evidence cannot be read right now; try again shortly.
evidence-link-telegram = Telegram does not give this evidence file right now; try again later.
evidence-link-too-big = This evidence file is over 20 MB: Telegram does not give bots files that large. Ask its owner for a smaller file or a link.
