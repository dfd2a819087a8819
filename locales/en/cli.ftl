# Kinerja (en): the cli area. What `kinerja --lang en …` prints for HR. Options (--kind),
# values HR types (pelatihan, semua) and commands stay as they are. Official files (forms,
# exports) are Indonesian whatever the language. Counts come first as "label: n", which
# reads right for one and for many.

cli-error = Error: { $error }
cli-database-unreachable = cannot open the database { $url }
cli-cannot-read = cannot read { $path }
cli-cannot-create = cannot create { $path }
cli-bot-username-unknown = the bot's name is unknown: give --bot-username or KINERJA_BOT_USERNAME
cli-nothing-changed = Nothing was changed.
cli-nip-not-in-roster = NIP { $nip } is not in the roster.

## kinerja run, kinerja reminders list

cli-approval-days-range = --approval-reminder-after-days must be 1 to 60
cli-reminder-hour-range = --reminder-hour must be 0 to 23
cli-reminders-heading = Reminder schedule as of { $now } (quiet hours { $quiet_from }.00–{ $quiet_until }.00 WIB):
cli-reminder-line = { $due }  { $occasion } { $kind } — registered recipients now: { $reach } — { $state }
cli-reminder-due = due, going out at { $at }
cli-reminder-upcoming = upcoming
cli-no-reminders = No reminders scheduled.
cli-webhook-not-https = --webhook-url { $url }: Telegram delivers only to https:// (plain http only to 127.0.0.1 or localhost); terminate HTTPS in a reverse proxy
cli-webhook-needs-listen = --webhook-url needs --listen (KINERJA_LISTEN): the address the reverse proxy forwards to, e.g. 127.0.0.1:8443
cli-webhook-path-reserved = --webhook-url { $url }: /healthz, /metrics and /bukti are kept for the health check, the metrics and the evidence links; choose another path, e.g. /tg
cli-public-url-not-https = --public-url { $url }: evidence links are opened from anywhere, so it must be https:// (plain http only to 127.0.0.1 or localhost); terminate HTTPS in a reverse proxy
cli-public-url-needs-listen = --public-url needs --listen (KINERJA_LISTEN): that server serves the evidence links at /bukti/
cli-cannot-listen = cannot listen on { $addr }: { $error }
cli-instance-running = another kinerja run is already using { $file }; one instance per SQLite file; use PostgreSQL for several
cli-cannot-lock = cannot lock { $path }: { $error }
cli-run-webhook = Webhook mode: Telegram delivers updates to { $url }; this server listens on { $addr } (/healthz, /metrics).
cli-run-listen = Polling Telegram for updates; /healthz and /metrics on { $addr }.

## kinerja roster import

cli-import-checked = Check passed; if imported: new { $created }, updated { $updated }, unchanged { $unchanged }, deactivated { $deactivated }, new admins { $admins } (rows: { $rows }).
cli-import-done = Import done: new { $created }, updated { $updated }, unchanged { $unchanged }, deactivated { $deactivated }, new admins { $admins } (rows: { $rows }).
cli-import-plans-would-move = Plans waiting for approval that would move to a new supervisor: { $count }; the old and new supervisors would be told through the bot.
cli-import-plans-moved = Plans waiting for approval moved to a new supervisor: { $count }; the old and new supervisors are told through the bot.
cli-import-refused = { $file }: rows with problems: { $count }; the database was not changed.

## kinerja unbind, admin, unit, evaluation, period

cli-unbound = The Telegram account of NIP { $nip } has been released. The employee can register again with /start.
cli-not-bound = NIP { $nip } is not linked to any Telegram account.
cli-admin-granted = NIP { $nip } is now a BKD admin.
cli-admin-revoked = NIP { $nip } is no longer a BKD admin.
cli-admin-unchanged = Nothing changed: NIP { $nip } already has that role.
cli-admin-unknown = NIP { $nip } is not in the roster or not active.
cli-unknown-org-predikat = predikat { $predikat } not recognised: use istimewa, baik, butuh-perbaikan, kurang or sangat-kurang
cli-unit-predikat-set = Predikat of { $unit } for { $year }: { $predikat }.
cli-unit-unknown = Unit { $unit } is not in the roster.
cli-evaluation-reopened = The evaluation { $period } of NIP { $nip } has been reopened.
cli-evaluation-not-reopened = There is no saved evaluation { $period } for NIP { $nip } (or it is already open).
cli-period-refused = { $period }: { $error }; nothing was changed.
cli-period-window = { $period }: results until { $realisation_until }; evaluation from { $evaluation_from } to { $evaluation_until } (WIB).

## kinerja announce

cli-announce-usage = give --kind, --audience and --text-file (or: kinerja announce status ID)
cli-training-needs-details = a training needs --start, --place, --quota, --jp and --deadline
cli-training-details-only = --start, --place, --quota, --jp and --deadline are only for --kind pelatihan
cli-attachment-as-document = { $name } is over 10 MB, Telegram's limit for photos: it goes as a document (the whole file).
cli-announcement-created = Announcement { $id } created, recipients: { $recipients }; the running bot sends it. Follow it with: kinerja announce status { $id }
cli-announcement-unknown = Announcement { $id } does not exist.
cli-announcement-status = Announcement { $id }: recipients { $total } — { $deliveries }.
cli-deliveries = sent { $sent }, waiting { $pending }, sending { $sending }, failed { $failed }, unreachable { $unreachable }
cli-announcement-training = Training: quota { $quota }, registered { $registered }, waiting list { $waiting }, cancelled { $cancelled }, attended { $attended }.
cli-announcement-rule = Read by { $acknowledged } of { $recipients }; questions { $questions } (unanswered { $open }); reminders sent { $reminders }.

## kinerja training

cli-no-trainings = No trainings in { $year }.
cli-training-line = #{ $id } { $title } — { $starts } · { $place } · { $seats }
cli-training-seats = quota { $quota } · registered { $registered } · waiting { $waiting } · attended { $attended } · { $jp } JP
cli-attendance-recorded = Attendance recorded, participants: { $count } (present { $present }, absent { $absent }).
cli-attendance-no-training = training #{ $training } does not exist
cli-attendance-not-yet = training #{ $training } has not taken place yet; attendance is recorded from the training's day on
cli-attendance-not-registered = NIP { $nip } is not registered for training #{ $training }

## kinerja report, invite, document, harian

cli-unknown-format = format { $format } not recognised: use csv, xlsx, png or all
cli-days-at-least-one = --days must be at least 1
cli-invite-choose = choose one: --nip NIP, --unit "UNIT NAME" or --all
cli-no-invitees = No active employees (not yet registered) for that choice.
cli-invitations-created = Invitations created: { $count }, valid for days: { $days }; { $csv } and the QR files ({ $count }) in { $folder }.
cli-document-kind = --kind must be rencana, evaluasi or dokumen-evaluasi
cli-document-choose = choose one: --unit "UNIT NAME" or --all
cli-no-people = No active employees for that choice.
cli-missing-plan = no approved plan yet
cli-missing-evaluation = not evaluated for this period yet
cli-missing-annual = no annual evaluation yet
cli-documents-written = Documents written: { $written }; employees without one: { $without } (see { $list }).
cli-daily-entries = Daily log entries for { $month }: { $count }.
