# Kinerja (en): the role matrix — /tim → Matriks peran, the supervisor's Matriks Pembagian
# Peran dan Hasil: who carries which part of each of their RHK.

matrix-button-open = 🧩 Role matrix
matrix-button-xlsx = Download xlsx
matrix-button-csv = Download CSV
matrix-header = <b>Role and result matrix { $year }</b> — { $name }
    Waiting for an answer: { $waiting ->
        [1] 1 person
       *[other] { $waiting } people
    }.
matrix-empty = None of your RHK has been shared with the team yet. Open /rencana, choose one of your RHK and press <b>Share roles</b>.
matrix-rhk = <b>{ $number }. { $text }</b>
matrix-rhk-dropped = <b>{ $number }. { $text }</b> (no longer in your plan)
matrix-not-shared = (not shared yet)
matrix-entry = { $name } — { $role } — { $target } ({ $status })
matrix-waiting = ⏳ waiting for an answer
matrix-accepted = ✓ accepted
matrix-changed = ✏️ accepted with another target
matrix-declined = ✖️ declined: { $note }
matrix-linked = 🔗 linked by themselves
matrix-file-caption = Role and result matrix (Matriks Pembagian Peran dan Hasil) { $year }.
