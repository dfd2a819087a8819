//! Texts of the leave area: the calendar of days off and leave (`kinerja calendar …`,
//! `kinerja leave import`), and the errors of the calendar and leave files and of a leave
//! as people read them.

use super::{Lang, Localize};
use crate::domain::calendar::LeaveError;
use crate::domain::calendar_file::{CalendarFileError, CalendarProblem, CalendarRowError};
use crate::i18n;

catalogue! {
    leave_err_end_before_start = "leave-err-end-before-start"(from, until);
    leave_err_too_long = "leave-err-too-long"(max);
    leave_err_overlaps = "leave-err-overlaps"(from, until);
    leave_row_empty = "leave-row-empty"(column);
    leave_row_date = "leave-row-date"(column, value);
    leave_row_name_too_long = "leave-row-name-too-long"(max);
    leave_row_duplicate_day = "leave-row-duplicate-day"(day, first);
    leave_row_nip = "leave-row-nip"(reason);
    leave_row_kind = "leave-row-kind"(value);
    leave_row_overlaps_line = "leave-row-overlaps-line"(first);
    leave_row_unknown_nip = "leave-row-unknown-nip"(nip);
    leave_file_missing_columns = "leave-file-missing-columns"(columns);
    leave_file_empty = "leave-file-empty"();
    leave_file_no_rows = "leave-file-no-rows"();
    leave_cli_refused = "leave-cli-refused"(file, count);
    leave_cli_calendar_imported = "leave-cli-calendar-imported"(count);
    leave_cli_calendar_heading = "leave-cli-calendar-heading"(year, count);
    leave_cli_unit_week_line = "leave-cli-unit-week-line"(unit, days);
    leave_cli_week_days = "leave-cli-week-days"(days);
    leave_cli_unit_week_set = "leave-cli-unit-week-set"(unit, days);
    leave_cli_leave_imported = "leave-cli-leave-imported"(count);
    leave_command = "leave-command"();
    leave_menu = "leave-menu"();
    leave_overview_title = "leave-overview-title"();
    leave_overview_none = "leave-overview-none"();
    leave_line = "leave-line"(kind, from, until, days);
    leave_line_ongoing = "leave-line-ongoing"();
    leave_choose_kind = "leave-choose-kind"();
    leave_kind_tahunan = "leave-kind-tahunan"();
    leave_kind_sakit = "leave-kind-sakit"();
    leave_kind_dinas_luar = "leave-kind-dinas-luar"();
    leave_kind_lainnya = "leave-kind-lainnya"();
    leave_ask_from = "leave-ask-from"(kind);
    leave_ask_until = "leave-ask-until"(from);
    leave_date_refused = "leave-date-refused"(reason);
    leave_ask_file = "leave-ask-file"();
    leave_file_expected = "leave-file-expected"();
    leave_button_skip = "leave-button-skip"();
    leave_file_photo = "leave-file-photo"();
    leave_file_document = "leave-file-document"();
    leave_file_none = "leave-file-none"();
    leave_preview = "leave-preview"(kind, from, until, days, file);
    leave_preview_waiting = "leave-preview-waiting"();
    leave_button_save = "leave-button-save"();
    leave_button_abort = "leave-button-abort"();
    leave_aborted = "leave-aborted"();
    leave_saved = "leave-saved"(kind, from, until);
    leave_saved_told = "leave-saved-told"(atasan);
    leave_saved_not_told = "leave-saved-not-told"();
    leave_not_recorded = "leave-not-recorded"(reason);
    leave_nothing_to_save = "leave-nothing-to-save"();
    leave_button_new = "leave-button-new"();
    leave_button_withdraw = "leave-button-withdraw"(from, until);
    leave_for_supervisor = "leave-for-supervisor"(nama, nip, kind, from, until, days);
    leave_attachment = "leave-attachment"(file);
    leave_button_refuse = "leave-button-refuse"();
    leave_button_file = "leave-button-file"();
    leave_ask_refuse_note = "leave-ask-refuse-note"(nama, kind, from, until);
    leave_refuse_note_expected = "leave-refuse-note-expected"(max);
    leave_refused_done = "leave-refused-done"(nama);
    leave_refused_for_staff = "leave-refused-for-staff"(kind, from, until, atasan, note);
    leave_already_refused = "leave-already-refused"();
    leave_already_cancelled = "leave-already-cancelled"();
    leave_not_your_team = "leave-not-your-team"();
    leave_not_found = "leave-not-found"();
    leave_withdrawn = "leave-withdrawn"(kind, from, until);
    leave_shortened = "leave-shortened"(last);
    leave_not_yours = "leave-not-yours"();
    leave_over = "leave-over"();
    leave_team_today = "leave-team-today"();
    leave_team_week = "leave-team-week"();
    leave_team_line = "leave-team-line"(nama, kind, until);
    leave_team_week_line = "leave-team-week-line"(nama, kind, from, until);
}

/// A leave's kind as a text to render later (in a queued notice).
pub fn kind_msg(kind: crate::domain::calendar::LeaveKind) -> crate::i18n::Msg {
    use crate::domain::calendar::LeaveKind;
    match kind {
        LeaveKind::Tahunan => msg::leave_kind_tahunan(),
        LeaveKind::Sakit => msg::leave_kind_sakit(),
        LeaveKind::DinasLuar => msg::leave_kind_dinas_luar(),
        LeaveKind::Lainnya => msg::leave_kind_lainnya(),
    }
}

fn date(d: chrono::NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

impl Localize for LeaveError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            LeaveError::EndBeforeStart { from, until } => {
                i18n::leave_err_end_before_start(lang, &date(*from), &date(*until))
            }
            LeaveError::TooLong => i18n::leave_err_too_long(
                lang,
                &crate::domain::calendar::MAX_LEAVE_DAYS.to_string(),
            ),
            LeaveError::Overlaps { from, until } => {
                i18n::leave_err_overlaps(lang, &date(*from), &date(*until))
            }
        }
    }
}

impl Localize for CalendarProblem {
    fn localize(&self, lang: Lang) -> String {
        match self {
            CalendarProblem::Cell(p) => p.localize(lang),
            CalendarProblem::Empty(column) => i18n::leave_row_empty(lang, column),
            CalendarProblem::Date { column, value } => {
                i18n::leave_row_date(lang, column, &format!("{value:?}"))
            }
            CalendarProblem::NameTooLong => i18n::leave_row_name_too_long(
                lang,
                &crate::domain::calendar_file::MAX_NAME.to_string(),
            ),
            CalendarProblem::DuplicateDay { day, first } => {
                i18n::leave_row_duplicate_day(lang, &date(*day), &first.to_string())
            }
            CalendarProblem::Nip(e) => i18n::leave_row_nip(lang, &e.localize(lang)),
            CalendarProblem::Kind(raw) => i18n::leave_row_kind(lang, &format!("{raw:?}")),
            CalendarProblem::Leave(e) => e.localize(lang),
            CalendarProblem::OverlapsLine { first } => {
                i18n::leave_row_overlaps_line(lang, &first.to_string())
            }
            CalendarProblem::UnknownNip(nip) => i18n::leave_row_unknown_nip(lang, nip),
        }
    }
}

impl Localize for CalendarRowError {
    /// `baris 7: …` (`line 7: …`).
    fn localize(&self, lang: Lang) -> String {
        let problems = self
            .problems
            .iter()
            .map(|p| p.localize(lang))
            .collect::<Vec<_>>()
            .join("; ");
        i18n::err_line(lang, &self.line.to_string(), &problems)
    }
}

impl Localize for CalendarFileError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            CalendarFileError::Io(e) => i18n::err_roster_io(lang, &e.to_string()),
            CalendarFileError::UnsupportedExtension(ext) => i18n::err_roster_extension(lang, ext),
            CalendarFileError::NoExtension => i18n::err_roster_no_extension(lang),
            CalendarFileError::Csv(e) => i18n::err_roster_csv(lang, &e.to_string()),
            CalendarFileError::Xlsx(e) => i18n::err_roster_xlsx(lang, &e.to_string()),
            CalendarFileError::Encoding => i18n::err_roster_encoding(lang),
            CalendarFileError::MissingColumns(columns) => {
                i18n::leave_file_missing_columns(lang, &columns.join(", "))
            }
            CalendarFileError::DuplicateColumns(columns) => {
                i18n::err_roster_duplicate_columns(lang, &columns.join(", "))
            }
            CalendarFileError::Empty => i18n::leave_file_empty(lang),
            CalendarFileError::NoRows => i18n::leave_file_no_rows(lang),
        }
    }
}
