//! Texts of the role matrix: `/tim` → Matriks peran, the supervisor's Matriks Pembagian
//! Peran dan Hasil (who carries which part of each of their RHK).

catalogue! {
    matrix_button_open = "matrix-button-open"();
    matrix_button_xlsx = "matrix-button-xlsx"();
    matrix_button_csv = "matrix-button-csv"();
    matrix_header = "matrix-header"(year, name, waiting);
    matrix_empty = "matrix-empty"();
    matrix_rhk = "matrix-rhk"(number, text);
    matrix_rhk_dropped = "matrix-rhk-dropped"(number, text);
    matrix_not_shared = "matrix-not-shared"();
    matrix_entry = "matrix-entry"(name, role, target, status);
    matrix_waiting = "matrix-waiting"();
    matrix_accepted = "matrix-accepted"();
    matrix_changed = "matrix-changed"();
    matrix_declined = "matrix-declined"(note);
    matrix_linked = "matrix-linked"();
    matrix_file_caption = "matrix-file-caption"(year);
}
