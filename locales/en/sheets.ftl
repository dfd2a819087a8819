# Kinerja (en): the sheets area — HR's reports: /laporan in the chat, and the sheets of the
# workbook and CSV files (the e-Kinerja sheet is an official form and is not here). The
# predikat names (Sangat Baik … Sangat Kurang) are official names and stay as they are.

## /laporan in the chat

# The quarter is given as I, II, III or IV.
sheets-report-button-quarter = Q{ $quarter ->
        [I] 1
        [II] 2
        [III] 3
       *[IV] 4
    }
sheets-report-button-annual = Annual
sheets-report-offer = <b>Performance report { $year }</b>: choose a period for the summary and the chart per unit, then download it as xlsx or CSV.
sheets-report-building = The report is being prepared; the files will follow.
sheets-report-download-xlsx = Download xlsx
sheets-report-download-csv = Download CSV
sheets-report-chart-caption = Completion and predikat spread chart — { $period }
sheets-report-file-caption = Performance report { $period } (completion, late staff, predikat spread, JP, trainings, announcements, and the e-Kinerja sheet).
sheets-report-summary-head = <b>Report { $period }</b> (as of { $date })
# The figures of the city, one after the other (joined with " · ").
sheets-report-summary-staff = { $staff } staff
sheets-report-summary-approved = plans approved { $approved } ({ $percent } %)
sheets-report-summary-submitted = waiting for approval { $submitted }
sheets-report-summary-complete = results complete { $complete } ({ $percent } %)
sheets-report-summary-evaluated = rated { $evaluated } ({ $percent } %)
sheets-report-summary-late = late { $late }
sheets-report-summary-units = <b>Per unit</b> (approved / results complete / rated / late)
sheets-report-summary-unit = • { $unit }: { $approved }/{ $staff } · { $complete } · { $evaluated } · { $late }
sheets-report-summary-more-units = … and { $count } more units (see the files)
sheets-report-summary-breaches = <b>⚠ Predikat spread outside the bounds</b>
sheets-report-summary-breach = • { $unit } (unit predikat { $org }): { $breaches }
sheets-report-summary-footer = <b>Trainings</b>: { $trainings } this year · { $under } staff below { $minimum } JP
    <b>Announcements</b>: { $announcements } · unanswered questions { $open_questions }

## The sheets (a sheet's name is at most 31 characters, and names its CSV file)

sheets-completion = Completion
sheets-late = Late
sheets-spread = Predikat spread
sheets-jp = Training JP
sheets-attendance = Training attendance
sheets-announcements = Announcements

## Their columns

sheets-col-unit = Unit
sheets-col-staff = Staff
sheets-col-plan-none = No plan
sheets-col-plan-draft = Plan draft/returned
sheets-col-plan-submitted = Plan submitted
sheets-col-plan-approved = Plan approved
sheets-col-realisation-complete = Results complete
sheets-col-evaluated = Rated
sheets-col-late = Late
sheets-col-nip = NIP
sheets-col-name = Name
sheets-col-lateness = Reason
sheets-col-unit-predikat = Unit predikat
sheets-col-sangat-baik = Sangat Baik
sheets-col-baik = Baik
sheets-col-butuh-perbaikan = Butuh Perbaikan
sheets-col-kurang = Kurang/Misconduct
sheets-col-sangat-kurang = Sangat Kurang
sheets-col-rated = Number rated
sheets-col-breaches = Bounds broken
sheets-col-jp = JP
sheets-col-under-minimum = Under { $minimum } JP
sheets-col-number = No.
sheets-col-training = Training
sheets-col-time = Time
sheets-col-place = Place
sheets-col-quota = Quota
sheets-col-registered = Registered
sheets-col-waiting = Waiting list
sheets-col-cancelled = Cancelled
sheets-col-attended = Attended
sheets-col-kind = Kind
sheets-col-date = Date
sheets-col-title = Title
sheets-col-recipients = Recipients
sheets-col-delivered = Delivered
sheets-col-read = Read
sheets-col-unreachable = Unreachable
sheets-col-failed = Failed
sheets-col-open-questions = Open questions

## Their cells

sheets-yes = yes
sheets-no = no
sheets-late-no-plan = plan not submitted
sheets-late-realisation = results incomplete
sheets-late-not-evaluated = not rated
sheets-breach-too-many = { $what } { $percent } % (at most { $max } %)
sheets-breach-nobody-below-baik = nobody is Butuh Perbaikan or Kurang (there must be at least one)
sheets-breach-no-sangat-baik = someone is Sangat Baik (not allowed)
sheets-baik-or-sangat-baik = Baik or Sangat Baik
