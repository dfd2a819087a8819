# Kinerja (en): the errors area. The domain's errors and the names of its values. What a
# person typed comes quoted in { $placeholders }; column names of HR's files and the words
# HR types in cells (nip_atasan, pegawai, ya) stay as the files have them. Numbers are typed
# the Indonesian way (1.200; 85,5) whatever the language: the examples say so.

## Shared

err-line = line { $line }: { $problem }

## Announcements: files, audience, text

err-file-empty = file { $name } is empty
err-file-too-large = file { $name } is { $mb } MB; Telegram accepts files from bots up to 50 MB
err-audience-unknown = audience { $audience } not recognised: use semua, atasan, tanpa-rencana:YEAR, or unit:UNIT NAME[;UNIT NAME]
err-kind-unknown = kind { $kind } not recognised: use info, pelatihan or aturan
err-text-empty = the announcement text is empty
err-text-too-long = announcement text ({ $kind }) may have at most { $limit } characters (counted as Telegram counts: an emoji is two), this text has { $len }: remove { $over }

## The daily log

err-daily-outside-week = The daily log is for this week only: { $allowed }.
err-daily-only-today = today only, { $day }
err-daily-monday-to-today = { $monday } to today, { $today }
err-daily-end-before-start = The end time must be after the start time, for example 08.00–10.30.
err-daily-bad-time = Times not understood: write the start and end time like 08.00–10.30.
err-daily-not-whole = The result must be a whole number, for example 3 documents.
err-daily-missing-unit = Write the result with its unit, for example 3 documents.
err-daily-too-long = The activity is too long: at most { $max } characters.
err-month-unreadable = month { $month } not understood: write it like 2026-12

## Periods, windows, evaluations

err-period = a period is written YEAR-I, -II, -III, -IV or -T (annual), for example 2026-III
err-window-realisation-before-start = the results deadline cannot be before the period starts ({ $start })
err-window-opening-before-start = evaluation cannot open before the period starts ({ $start })
err-window-evaluation-before-realisation = the evaluation deadline cannot be before the results deadline
err-window-closes-before-opening = the evaluation deadline cannot be before evaluation opens
err-eval-feedback-required = Feedback is required when either rating is Below expectations.
err-eval-already-evaluated = This employee has already been evaluated for that period. A BKD admin can reopen it.
err-eval-not-your-subordinate = You are not this employee's direct supervisor.
err-eval-window-closed = The evaluation window for this period has closed.
err-eval-realisation-locked = This period has been evaluated; its results can no longer be changed.
err-eval-realisation-closed = The results window for this period has closed.

## Registration: invitation codes, NIP, phone

err-invite-code = invitation code not recognised: a code is the 32 letters and digits of BKD's invitation link
err-nip-empty = the NIP is empty: enter its 18 digits
err-nip-not-digit = a NIP holds only digits (spaces allowed), not { $character }
err-nip-length = a NIP has 18 digits, not { $digits }
err-nip-birth-date = the birth date in the NIP (digits 1–8) is not a valid date: { $digits }
err-nip-layout = the month service started in the NIP (digits 13–14) must be 01–12 for PNS or 21–29 for PPPK, not { $month }
err-nip-too-young = the NIP shows work starting before the age of 18 (born { $born }, started { $started })
err-nip-gender = the gender code in the NIP (digit 15) must be 1 or 2, not { $code }
err-nip-sequence = the sequence number in the NIP (digits 16–18) cannot be 000
err-phone-empty = the phone number is empty
err-phone-bad-character = a phone number holds only digits (spaces, -, dots, brackets and a leading + allowed), not { $character }
err-phone-foreign = the phone number must be an Indonesian number (+62 …)
err-phone-length = after 0 or +62 a phone number has 8–13 digits, not { $digits }
err-phone-leading-zero = after 0 or +62 a phone number cannot start with 0
err-reg-not-own-contact = The contact you sent is not your own. Use the button below to share your own phone number; do not forward someone else's contact.
err-reg-unknown-phone = Your phone number is not in BKD's personnel data. Ask a BKD admin for an invitation code, or ask BKD to update your number.
err-reg-unknown-code = Unknown invitation code. Check the link or QR code from BKD, or ask for a new code.
err-reg-code-used = This invitation code has already been used. Each code works only once; ask BKD for a new one.
err-reg-code-expired = This invitation code has expired. Ask a BKD admin for a new one.
err-reg-nip-already-bound = This NIP is already linked to another Telegram account. If your phone was lost or replaced, ask a BKD admin to release the old account.
err-reg-account-bound-elsewhere = This Telegram account is already registered as another employee (NIP { $nip }).
err-reg-already-yours = This Telegram account is already linked to that NIP.
err-reg-inactive = Your record at BKD is inactive. Contact a BKD admin.

## Plans and their decisions

err-plan-waiting = The plan is waiting for your supervisor's approval and cannot be changed now.
err-plan-locked = The plan is approved and locked. To change it, propose a change; the approved version stays in force until the change is approved.
err-plan-empty = The plan is still empty: add at least one main RHK (Utama) with its indicators before sending it.
err-plan-rhk-without-indicator = RHK "{ $rhk }" has no indicator yet. Add its indicators or delete that RHK.
err-plan-no-utama = A plan needs at least one main RHK (Utama).
err-plan-not-yours = This plan is not yours.
err-plan-nothing-changed = Nothing has changed since the approved version.
err-plan-already-decided = Your supervisor has already decided on this plan, so it can no longer be withdrawn. Open /rencana.
err-decision-not-your-subordinate = You are not the direct supervisor of this plan's owner.
err-decision-already-approved = This plan has already been approved.
err-decision-already-returned = This plan has already been returned to the employee.
err-decision-not-waiting = This plan is not waiting for approval.
err-decision-stale-version = This button is for an old version; the employee has sent a newer one. Open /persetujuan.
err-decision-note-required = A note is required to return a plan.
err-decision-withdrawn = The employee has withdrawn this plan to revise it; wait for the next submission.
err-quantity-no-number = Write a number and its unit, for example 1.200 people, 85,5 % or 12 documents (a dot for thousands, a comma for decimals).
err-quantity-bad-number = Number { $number } not understood: a dot is only for thousands (1.200) and a comma for decimals (85,5).
err-quantity-no-unit = The unit is missing: write for example 12 documents, 90 % or 1.200 people.
err-quantity-unit-too-long = A unit has at most 40 characters.
parent-rhk-deleted = (the supervisor's RHK has been deleted)

## The reminder schedule (kinerja run, kinerja reminders)

err-config-days = days { $days } not understood: write them like 7,3,1 (1 to 60)
err-config-quiet-hours = quiet hours { $hours } not understood: write them like 21-6

## HR's roster file (kinerja roster import)

err-roster-io = the file cannot be read: { $error }
err-roster-extension = file type { $extension } is not supported: use .csv or .xlsx
err-roster-no-extension = a file without an extension is not supported: use .csv or .xlsx
err-roster-csv = the CSV file cannot be read: { $error }
err-roster-xlsx = the Excel file (.xlsx) cannot be read: { $error }
err-roster-encoding = the UTF-16 text file is damaged: save it again as UTF-8 CSV
err-roster-missing-columns = required columns missing from the header row: { $columns }; the first row must hold the column titles nip, nama, jabatan, unit_kerja
err-roster-duplicate-columns = these columns appear more than once in the header row: { $columns }
err-roster-empty = the file is empty: the first row must hold the column titles (nip, nama, jabatan, unit_kerja, nip_atasan, telepon, peran)
err-roster-no-rows = the file holds only the header row, no employees
err-row-cell-not-text = column { $column } holds { $content }; format column { $column } as Text, then type its contents again
err-cell-nip-as-number = a number, not text, so the NIP's last digits may be lost
err-cell-phone-as-number = a number that is not a whole phone number
err-cell-date-time = a date/time, not text
err-row-cell-excel-error = column { $column } holds the Excel error { $error }; fix the formula or the contents
err-row-nip-empty = nip is empty
err-row-empty = { $column } is empty
err-row-own-supervisor = nip_atasan cannot be the employee's own nip
err-row-peran = peran "{ $peran }" not recognised: enter pegawai or admin (empty means pegawai)
err-row-pangkat-too-long = pangkat_golongan is too long (at most { $max } characters)
err-row-kepala-unit = kepala_unit "{ $value }" not recognised: enter ya or tidak (empty means unchanged)
err-row-duplicate-nip = NIP { $nip } is already on line { $first }
err-row-duplicate-phone = phone { $phone } is already used on line { $first }
err-row-supervisor-row-failed = supervisor NIP { $boss } is on line { $line }, which has problems; fix line { $line } first
err-row-supervisor-deactivated = supervisor NIP { $boss } is not in the file and would be deactivated; add that supervisor to the file or change nip_atasan
err-row-supervisor-inactive = supervisor NIP { $boss } is no longer active
err-row-supervisor-unknown = supervisor NIP { $boss } is neither in the file nor in the database
err-row-cycle = supervisors go round in a circle: { $chain }; every chain of supervisors must end with an employee without nip_atasan
err-row-cycle-outside-file = supervisors go round in a circle among employees not in the file: { $chain }; add them to the file with the right nip_atasan
err-row-phone-taken-outside = phone { $phone } is already used by another active employee (NIP { $nip }) who is not in the file
err-row-phone-taken = phone { $phone } is already used on line { $line } (NIP { $nip })
err-row-kept = employee NIP { $nip } (not in the file, stays active): { $problem }; add this employee to the file with the right nip_atasan
err-import-rows = rows with problems: { $count }

## Dates and trainings

err-date = date { $date } not understood: write it like 31/12/2026
err-date-time = time { $time } not understood: write it like 15/01/2027 09.00 or 15 Januari 2027 09.00 (WIB)
err-training-starts-in-past = the training time has passed: enter a time in the future
err-training-no-place = the training place is empty
err-training-quota = quota { $quota } not understood: write the number of people, 1 to { $max }
err-training-jp = JP { $jp } not understood: write the number of lesson hours, 1 to { $max }
err-training-deadline-passed = the registration deadline has passed: enter a time in the future
err-training-deadline-after-start = the registration deadline must be before the training starts
err-attendance-missing-columns = the columns "pelatihan" and "nip" are required (a "hadir" column is optional)
err-attendance-training = training number { $number } not understood
err-attendance-attended = hadir { $value } not understood: write ya or tidak
err-attendance-no-lines = the file holds no attendance lines

## Names of values. Predikat names are the regulation's own and stay as they are.

label-kind-info = Info
label-kind-pelatihan = Training
label-kind-aturan = Rule change
label-kind-faq = Questions and answers
label-month-january = January { $year }
label-month-february = February { $year }
label-month-march = March { $year }
label-month-april = April { $year }
label-month-may = May { $year }
label-month-june = June { $year }
label-month-july = July { $year }
label-month-august = August { $year }
label-month-september = September { $year }
label-month-october = October { $year }
label-month-november = November { $year }
label-month-december = December { $year }
label-period-quarter = Quarter { $quarter } { $year }
label-period-annual = Annual { $year }
label-rating-above = Above expectations
label-rating-meets = Meets expectations
label-rating-below = Below expectations
label-predikat-sangat-baik = Sangat Baik
label-predikat-baik = Baik
label-predikat-butuh-perbaikan = Butuh Perbaikan
label-predikat-kurang = Kurang/Misconduct
label-predikat-sangat-kurang = Sangat Kurang
label-jenis-utama = Main
label-jenis-tambahan = Additional
label-aspek-kuantitas = Quantity
label-aspek-kualitas = Quality
label-aspek-waktu = Time
label-aspek-biaya = Cost
label-arah-higher = Higher is better
label-arah-lower = Lower is better
label-berakhlak-pelayanan = Service-oriented
label-berakhlak-akuntabel = Accountable
label-berakhlak-kompeten = Competent
label-berakhlak-harmonis = Harmonious
label-berakhlak-loyal = Loyal
label-berakhlak-adaptif = Adaptive
label-berakhlak-kolaboratif = Collaborative
label-reminder-plan = Plan submission deadline
label-reminder-approval = Plans waiting for my approval
label-reminder-realisation = Results deadline
label-reminder-evaluation = Deadline for evaluating my team
label-reminder-training = Training tomorrow
label-org-predikat-istimewa = Istimewa
label-org-predikat-baik = Baik
label-org-predikat-butuh-perbaikan = Butuh Perbaikan
label-org-predikat-kurang = Kurang
label-org-predikat-sangat-kurang = Sangat Kurang
label-weekday-monday = Monday
label-weekday-tuesday = Tuesday
label-weekday-wednesday = Wednesday
label-weekday-thursday = Thursday
label-weekday-friday = Friday
label-weekday-saturday = Saturday
label-weekday-sunday = Sunday
