# Kinerja, English: the bot's texts. Telegram HTML (<b>, <i>, <code>) is allowed; a
# { $name } is filled in by the program (already escaped). Keep every key of
# locales/id/kinerja.ftl here too, with the same { $placeholders }. Command names (/rencana)
# stay as they are: they are what people type.

## The menu

menu-title = Menu for <b>{ $name }</b>. Choose one:
menu-my-plan = My plan
menu-realisation = Results
menu-daily = Daily log
menu-my-evaluations = My ratings
menu-my-data = My data
menu-report-wrong-data = Report wrong data
menu-approvals = Approvals
menu-team = My team
menu-registration = Registration status
menu-announcements = Announcements
menu-trainings = Trainings
menu-reminders = Reminders
menu-help = Help
menu-language = Bahasa / Language

## Choosing the language

language-choose = Choose Kinerja's language. Official documents (SKP forms, the e-Kinerja export) stay in Indonesian.
language-indonesian = 🇮🇩 Bahasa Indonesia
language-english = 🇬🇧 English
language-set = Language set to <b>English</b>. Your Telegram command list follows.

## The command menu Telegram shows (at most 256 characters each)

command-start = Register with your phone number or an invitation code
command-menu = Menu: everything you can do
command-rencana = My SKP plan for this year
command-realisasi = Quarterly results with evidence
command-harian = Today's work log
command-nilai = My ratings and predikat
command-penilaian = Rate my team
command-pengumuman = Latest announcements from BKD
command-pelatihan = Trainings: open, mine, JP this year
command-persetujuan = Plans waiting for my approval
command-datasaya = My personnel data
command-tim = My team (direct reports)
command-laporan = Registration status and data reports (BKD)
command-verifikasi = Check an SKP document's authenticity by its code
command-bantuan = Help
command-batal = Leave the conversation

## Answers every conversation may give

stale-button = This button is no longer valid. Open /menu for the latest choices.
not-allowed = You are not authorised for this button.
only-supervisors = This menu is for supervisors who have staff in BKD's data.
only-admins = This menu is for BKD admins only.
use-the-buttons = Choose with one of the buttons below, or send /batal to cancel.
page-footer = Page { $page } of { $pages }
nav-back = ◀ Back
nav-next = Next ▶
try-again = ⚠️ { $error }

    { $question }

## Registration

share-contact-button = 📱 Share my phone number
welcome-unregistered =
    Welcome to <b>Kinerja</b>, the performance service for the civil servants (ASN) of the Sibolga city government.

    To register, press the <b>📱 Share my phone number</b> button below. Your number is matched against BKD's personnel records.

    Your number is not in BKD's records? Open the invitation link or scan the invitation QR code from a BKD admin.
registration-done =
    Thank you, <b>{ $name }</b>. Your Telegram account is now linked to NIP <code>{ $nip }</code> ({ $unit }).

    Check your data with /datasaya; if anything is wrong, report it to BKD from there.
registration-already = You are already registered as <b>{ $name }</b> (NIP <code>{ $nip }</code>).
not-registered = You are not registered yet. Send /start to register with your phone number or a BKD invitation code.

## Help, /batal and what the bot does not understand

help-title = <b>Kinerja help</b>
help-saved = What you are filling in is saved: if the bot restarts, just carry on.
help-unregistered = You are not registered yet: send /start.
dialogue-cancelled = Cancelled. Send /menu for other choices.
dialogue-nothing-to-cancel = No conversation is in progress. Send /menu for the choices.
private-chats-only = Kinerja only works in private chats, because performance data is personal. Open a chat with this bot and send /start.
not-understood = Sorry, I did not understand that message. Send /menu for the choices or /bantuan for help.
unknown-command = That command is not known. Send /menu for the choices or /bantuan for the list of commands.
internal-error = Sorry, something went wrong on the server. Try again in a moment; what you have already sent is kept.
interrupted-message = ⚠️ The bot stopped suddenly while processing your message «<i>{ $text }</i>». It may or may not have been saved. Check in /menu, then send it again if it was not recorded.
interrupted-request = ⚠️ The bot stopped suddenly while processing your request. It may or may not have been saved. Check in /menu, then send it again if it was not recorded.

## A person's roster data (/datasaya, and HR's copy of a wrong-data report)

data-line-name = Name: { $name }
data-line-nip = NIP: <code>{ $nip }</code>
data-line-rank = Rank/grade: { $rank }
data-line-position = Position: { $position }
data-line-unit = Work unit: { $unit }
data-line-supervisor = Direct supervisor: { $supervisor }
data-line-phone = Phone: { $phone }
data-line-roles = Roles: { $roles }
data-supervisor = { $name } (NIP <code>{ $nip }</code>)
data-supervisor-nip = NIP <code>{ $nip }</code>
data-no-supervisor = — (top of the structure; plans are approved by a BKD admin)
data-rank-missing = — (not yet filled in by BKD)
data-role-staff = Staff
data-role-supervisor = Supervisor
data-role-admin = BKD admin
my-data-title = Your personnel data
my-data-footer = Something wrong (your supervisor or work unit, for example)? Press <b>Report wrong data</b>.

## Wrong roster data: the person's report, HR's copy

wrong-data-ask = <b>Write what is wrong and what the correct data is</b>, for example: "My supervisor is now Budi Santoso, NIP 1980…". Send /batal to cancel.
wrong-data-expected-text = Write the description as text (at most { $max } characters), then send it. Send /batal to cancel.
wrong-data-too-long = Your description is { $len } characters long; the limit is { $max }. Shorten it and send it again, or /batal to cancel.
wrong-data-saved = Report #{ $id } is saved. A BKD admin will see it when opening the registration status; you will be told once it has been handled.
wrong-data-sent = Report #{ $id } was sent to the BKD admins. You will be told once it has been handled.
wrong-data-for-hr =
    <b>Wrong data report #{ $id }</b> ({ $time })

    { $data }

    <b>The employee's description:</b>
    { $note }
wrong-data-current-title = Current data
wrong-data-inactive = (inactive)
wrong-data-handled-button = Mark as handled
wrong-data-open-button = View wrong-data reports
wrong-data-handled-stamp = ✅ Handled by { $name } on { $time }.
wrong-data-handled-for-reporter = Your data report #{ $id } has been handled by BKD. Check again with /datasaya.
wrong-data-marked = Marked as handled.
wrong-data-already-handled = This report has already been handled by { $name }.
wrong-data-none-open = No wrong-data reports are waiting.

## /tim: a supervisor's team

team-header =
    <b>My team</b>: { $registered } of { $total } direct reports registered with the bot.
    Period: { $period }
team-line-status = Plan: { $plan } · { $status }
team-late = <b>late</b>
team-plan-none = none yet
team-plan-draft = draft
team-plan-submitted = awaiting approval
team-plan-returned = returned
team-plan-approved = approved

## /laporan: HR's registration status

registration-status-header =
    <b>Registration status</b>: { $registered } of { $total } active employees are registered.
    Wrong-data reports waiting: { $open }.
