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
