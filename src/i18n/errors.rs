//! The domain's errors and the names of its values as people read them: [`Localize`]
//! gives each error's text in a language, [`Label`] each value's name. The `#[error]` and
//! `label()` texts in `domain/` are for logs and the official forms (the domain knows no
//! catalogue); a person reads these. In Indonesian they are the same texts, word for word
//! (the tests below hold every variant to it), so the two cannot drift apart unnoticed.
//!
//! What a person typed comes back in an error as it was given (`{:?}`, quoted), and file
//! column names and the words HR types in cells (`nip_atasan`, `pegawai`, `ya`) stay as
//! the file has them, in every language.

use chrono::Weekday;

use super::{Lang, Msg};
use crate::domain;
use crate::domain::broadcast::{AudienceError, FileError, Kind, TextError};
use crate::domain::daily::{DailyError, Month, MonthError, day_label_with};
use crate::domain::evaluation::{
    EvaluationError, Period, PeriodError, PeriodKind, Predikat, Rating, WindowError,
};
use crate::domain::invitation::InviteCodeError;
use crate::domain::nip::NipError;
use crate::domain::phone::PhoneError;
use crate::domain::plan::{Arah, Aspek, DecisionError, Jenis, NilaiBerakhlak, PlanError};
use crate::domain::quantity::{QuantityError, format_number};
use crate::domain::registration::RegistrationError;
use crate::domain::reminder::{ConfigError, ReminderKind};
use crate::domain::report::OrgPredikat;
use crate::domain::roster::{CellContent, RosterFileError, RowError, RowProblem, chain};
use crate::domain::time::{DateError, DateTimeError};
use crate::domain::training::{AttendanceFileError, MAX_JP, MAX_QUOTA, TrainingError};
use crate::i18n;
use crate::store::employees::ImportError;

/// An error's text for a person reading `lang`.
pub trait Localize {
    fn localize(&self, lang: Lang) -> String;
}

/// A domain value's name (a period, a rating, an aspect, …) for a person reading `lang`.
pub trait Label {
    /// The name as a key, to be rendered in its reader's language later (a queued notice).
    fn label_msg(&self) -> Msg;

    /// The name in `lang`.
    fn label_in(&self, lang: Lang) -> String {
        self.label_msg().render(lang)
    }
}

/// What a person typed, as the errors quote it: `"…"`, escaped like Rust's `{:?}`.
fn quoted(raw: &str) -> String {
    format!("{raw:?}")
}

/// A whole number the way the language groups thousands: `4.096` or `4,096`.
fn number(lang: Lang, n: usize) -> String {
    let id = format_number(n as f64);
    match lang {
        Lang::Id => id,
        Lang::En => id.replace('.', ","),
    }
}

impl Localize for FileError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            FileError::Empty(name) => i18n::err_file_empty(lang, &quoted(name)),
            FileError::TooLarge { name, size } => i18n::err_file_too_large(
                lang,
                &quoted(name),
                &size.div_ceil(1024 * 1024).to_string(),
            ),
        }
    }
}

impl Localize for AudienceError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            AudienceError::Audience(raw) => i18n::err_audience_unknown(lang, &quoted(raw)),
            AudienceError::Kind(raw) => i18n::err_kind_unknown(lang, &quoted(raw)),
        }
    }
}

impl Localize for TextError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            TextError::Empty => i18n::err_text_empty(lang),
            TextError::TooLong { kind, len, limit } => i18n::err_text_too_long(
                lang,
                &kind.label_in(lang),
                &number(lang, *limit),
                &number(lang, *len),
                &number(lang, len.saturating_sub(*limit)),
            ),
        }
    }
}

impl Localize for DailyError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            DailyError::OutsideWeek { monday, today } => {
                let day = |d| day_label_with(d, |w| w.label_in(lang));
                let allowed = if monday == today {
                    i18n::err_daily_only_today(lang, &day(*today))
                } else {
                    i18n::err_daily_monday_to_today(lang, &day(*monday), &day(*today))
                };
                i18n::err_daily_outside_week(lang, &allowed)
            }
            DailyError::EndBeforeStart => i18n::err_daily_end_before_start(lang),
            DailyError::BadTime => i18n::err_daily_bad_time(lang),
            DailyError::NotWhole => i18n::err_daily_not_whole(lang),
            DailyError::MissingUnit => i18n::err_daily_missing_unit(lang),
            DailyError::TooLong(max) => i18n::err_daily_too_long(lang, &max.to_string()),
        }
    }
}

impl Localize for MonthError {
    fn localize(&self, lang: Lang) -> String {
        i18n::err_month_unreadable(lang, &quoted(&self.0))
    }
}

impl Localize for PeriodError {
    fn localize(&self, lang: Lang) -> String {
        i18n::err_period(lang)
    }
}

impl Localize for WindowError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            WindowError::RealisationBeforeStart(start) => {
                i18n::err_window_realisation_before_start(lang, start)
            }
            WindowError::OpeningBeforeStart(start) => {
                i18n::err_window_opening_before_start(lang, start)
            }
            WindowError::EvaluationBeforeRealisation => {
                i18n::err_window_evaluation_before_realisation(lang)
            }
            WindowError::ClosesBeforeOpening => i18n::err_window_closes_before_opening(lang),
        }
    }
}

impl Localize for EvaluationError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            EvaluationError::FeedbackRequired => i18n::err_eval_feedback_required(lang),
            EvaluationError::AlreadyEvaluated => i18n::err_eval_already_evaluated(lang),
            EvaluationError::NotYourSubordinate => i18n::err_eval_not_your_subordinate(lang),
            EvaluationError::WindowClosed => i18n::err_eval_window_closed(lang),
            EvaluationError::RealisationLocked => i18n::err_eval_realisation_locked(lang),
            EvaluationError::RealisationClosed => i18n::err_eval_realisation_closed(lang),
        }
    }
}

impl Localize for InviteCodeError {
    fn localize(&self, lang: Lang) -> String {
        i18n::err_invite_code(lang)
    }
}

impl Localize for NipError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            NipError::Empty => i18n::err_nip_empty(lang),
            NipError::NotDigit(c) => i18n::err_nip_not_digit(lang, &format!("{c:?}")),
            NipError::Length(n) => i18n::err_nip_length(lang, &n.to_string()),
            NipError::BirthDate(digits) => i18n::err_nip_birth_date(lang, digits),
            NipError::Layout(month) => i18n::err_nip_layout(lang, month),
            NipError::TooYoung { born, started } => i18n::err_nip_too_young(lang, born, started),
            NipError::Gender(c) => i18n::err_nip_gender(lang, &c.to_string()),
            NipError::Sequence => i18n::err_nip_sequence(lang),
        }
    }
}

impl Localize for PhoneError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            PhoneError::Empty => i18n::err_phone_empty(lang),
            PhoneError::BadCharacter(c) => {
                i18n::err_phone_bad_character(lang, &format!("{c:?}"))
            }
            PhoneError::Foreign => i18n::err_phone_foreign(lang),
            PhoneError::Length(n) => i18n::err_phone_length(lang, &n.to_string()),
            PhoneError::LeadingZero => i18n::err_phone_leading_zero(lang),
        }
    }
}

impl Localize for PlanError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            PlanError::Waiting => i18n::err_plan_waiting(lang),
            PlanError::Locked => i18n::err_plan_locked(lang),
            PlanError::Empty => i18n::err_plan_empty(lang),
            PlanError::RhkWithoutIndicator(rhk) => {
                i18n::err_plan_rhk_without_indicator(lang, rhk)
            }
            PlanError::NoUtama => i18n::err_plan_no_utama(lang),
            PlanError::NotYours => i18n::err_plan_not_yours(lang),
            PlanError::NothingChanged => i18n::err_plan_nothing_changed(lang),
            PlanError::AlreadyDecided => i18n::err_plan_already_decided(lang),
        }
    }
}

impl Localize for DecisionError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            DecisionError::NotYourSubordinate => i18n::err_decision_not_your_subordinate(lang),
            DecisionError::AlreadyApproved => i18n::err_decision_already_approved(lang),
            DecisionError::AlreadyReturned => i18n::err_decision_already_returned(lang),
            DecisionError::NotWaiting => i18n::err_decision_not_waiting(lang),
            DecisionError::StaleVersion => i18n::err_decision_stale_version(lang),
            DecisionError::NoteRequired => i18n::err_decision_note_required(lang),
            DecisionError::Withdrawn => i18n::err_decision_withdrawn(lang),
        }
    }
}

impl Localize for QuantityError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            QuantityError::NoNumber => i18n::err_quantity_no_number(lang),
            QuantityError::BadNumber(raw) => i18n::err_quantity_bad_number(lang, &quoted(raw)),
            QuantityError::NoUnit => i18n::err_quantity_no_unit(lang),
            QuantityError::UnitTooLong => i18n::err_quantity_unit_too_long(lang),
        }
    }
}

impl Localize for RegistrationError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            RegistrationError::NotOwnContact => i18n::err_reg_not_own_contact(lang),
            RegistrationError::UnknownPhone => i18n::err_reg_unknown_phone(lang),
            RegistrationError::UnknownCode => i18n::err_reg_unknown_code(lang),
            RegistrationError::CodeUsed => i18n::err_reg_code_used(lang),
            RegistrationError::CodeExpired => i18n::err_reg_code_expired(lang),
            RegistrationError::NipAlreadyBound => i18n::err_reg_nip_already_bound(lang),
            RegistrationError::AccountBoundElsewhere(nip) => {
                i18n::err_reg_account_bound_elsewhere(lang, nip)
            }
            RegistrationError::AlreadyYours => i18n::err_reg_already_yours(lang),
            RegistrationError::Inactive => i18n::err_reg_inactive(lang),
        }
    }
}

impl Localize for ConfigError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            ConfigError::Days(raw) => i18n::err_config_days(lang, &quoted(raw)),
            ConfigError::QuietHours(raw) => i18n::err_config_quiet_hours(lang, &quoted(raw)),
        }
    }
}

impl Localize for RosterFileError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            RosterFileError::Io(e) => i18n::err_roster_io(lang, &e.to_string()),
            RosterFileError::UnsupportedExtension(ext) => i18n::err_roster_extension(lang, ext),
            RosterFileError::NoExtension => i18n::err_roster_no_extension(lang),
            RosterFileError::Csv(e) => i18n::err_roster_csv(lang, &e.to_string()),
            RosterFileError::Xlsx(e) => i18n::err_roster_xlsx(lang, &e.to_string()),
            RosterFileError::Encoding => i18n::err_roster_encoding(lang),
            RosterFileError::MissingColumns(columns) => {
                i18n::err_roster_missing_columns(lang, &columns.join(", "))
            }
            RosterFileError::DuplicateColumns(columns) => {
                i18n::err_roster_duplicate_columns(lang, &columns.join(", "))
            }
            RosterFileError::Empty => i18n::err_roster_empty(lang),
            RosterFileError::NoRows => i18n::err_roster_no_rows(lang),
        }
    }
}

impl Localize for RowError {
    /// `baris 7: …` (`line 7: …`), or just the problems on line 0 (they name the person).
    fn localize(&self, lang: Lang) -> String {
        let problems = self
            .problems
            .iter()
            .map(|p| p.localize(lang))
            .collect::<Vec<_>>()
            .join("; ");
        if self.line == 0 {
            problems
        } else {
            i18n::err_line(lang, &self.line.to_string(), &problems)
        }
    }
}

impl Localize for RowProblem {
    fn localize(&self, lang: Lang) -> String {
        match self {
            RowProblem::CellNotText { column, content } => {
                i18n::err_row_cell_not_text(lang, column, &content.localize(lang))
            }
            RowProblem::CellExcelError { column, error } => {
                i18n::err_row_cell_excel_error(lang, column, error)
            }
            RowProblem::NipEmpty => i18n::err_row_nip_empty(lang),
            RowProblem::Nip(e) => e.localize(lang),
            RowProblem::Empty(column) => i18n::err_row_empty(lang, column),
            // The column's name, then what is wrong with its NIP.
            RowProblem::NipAtasan(e) => format!("nip_atasan: {}", e.localize(lang)),
            RowProblem::OwnSupervisor => i18n::err_row_own_supervisor(lang),
            RowProblem::Phone { text, error } => {
                format!("telepon \"{text}\": {}", error.localize(lang))
            }
            RowProblem::Peran(raw) => i18n::err_row_peran(lang, raw),
            RowProblem::PangkatTooLong => i18n::err_row_pangkat_too_long(
                lang,
                &domain::roster::MAX_PANGKAT.to_string(),
            ),
            RowProblem::KepalaUnit(raw) => i18n::err_row_kepala_unit(lang, raw),
            RowProblem::DuplicateNip { nip, first } => {
                i18n::err_row_duplicate_nip(lang, nip.as_str(), &first.to_string())
            }
            RowProblem::DuplicatePhone { phone, first } => {
                i18n::err_row_duplicate_phone(lang, &phone.to_string(), &first.to_string())
            }
            RowProblem::SupervisorRowFailed { boss, line } => {
                i18n::err_row_supervisor_row_failed(lang, boss.as_str(), &line.to_string())
            }
            RowProblem::SupervisorDeactivated(boss) => {
                i18n::err_row_supervisor_deactivated(lang, boss.as_str())
            }
            RowProblem::SupervisorInactive(boss) => {
                i18n::err_row_supervisor_inactive(lang, boss.as_str())
            }
            RowProblem::SupervisorUnknown(boss) => {
                i18n::err_row_supervisor_unknown(lang, boss.as_str())
            }
            RowProblem::Cycle(nips) => i18n::err_row_cycle(lang, &chain(nips)),
            RowProblem::CycleOutsideFile(nips) => {
                i18n::err_row_cycle_outside_file(lang, &chain(nips))
            }
            RowProblem::PhoneTakenOutside { phone, nip } => {
                i18n::err_row_phone_taken_outside(lang, &phone.to_string(), nip.as_str())
            }
            RowProblem::PhoneTaken { phone, line, nip } => i18n::err_row_phone_taken(
                lang,
                &phone.to_string(),
                &line.to_string(),
                nip.as_str(),
            ),
            RowProblem::Kept { nip, problem } => {
                i18n::err_row_kept(lang, nip.as_str(), &problem.localize(lang))
            }
        }
    }
}

impl Localize for CellContent {
    fn localize(&self, lang: Lang) -> String {
        match self {
            CellContent::NipAsNumber => i18n::err_cell_nip_as_number(lang),
            CellContent::PhoneAsNumber => i18n::err_cell_phone_as_number(lang),
            CellContent::DateTime => i18n::err_cell_date_time(lang),
        }
    }
}

impl Localize for DateError {
    fn localize(&self, lang: Lang) -> String {
        i18n::err_date(lang, &quoted(&self.0))
    }
}

impl Localize for DateTimeError {
    fn localize(&self, lang: Lang) -> String {
        i18n::err_date_time(lang, &quoted(&self.0))
    }
}

impl Localize for TrainingError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            TrainingError::Time(e) => e.localize(lang),
            TrainingError::StartsInThePast => i18n::err_training_starts_in_past(lang),
            TrainingError::NoPlace => i18n::err_training_no_place(lang),
            TrainingError::Quota(raw) => {
                i18n::err_training_quota(lang, &quoted(raw), &MAX_QUOTA.to_string())
            }
            TrainingError::Jp(raw) => {
                i18n::err_training_jp(lang, &quoted(raw), &MAX_JP.to_string())
            }
            TrainingError::DeadlinePassed => i18n::err_training_deadline_passed(lang),
            TrainingError::DeadlineAfterStart => i18n::err_training_deadline_after_start(lang),
        }
    }
}

impl Localize for AttendanceFileError {
    fn localize(&self, lang: Lang) -> String {
        let line = |line: &usize, problem: String| i18n::err_line(lang, &line.to_string(), &problem);
        match self {
            AttendanceFileError::Unreadable(e) => e.localize(lang),
            // The CSV reader's own words.
            AttendanceFileError::Header(e) => line(&1, e.clone()),
            AttendanceFileError::MissingColumns => {
                line(&1, i18n::err_attendance_missing_columns(lang))
            }
            AttendanceFileError::Record(e) => e.clone(),
            AttendanceFileError::Training { line: at, raw } => {
                line(at, i18n::err_attendance_training(lang, &quoted(raw)))
            }
            AttendanceFileError::Nip { line: at, error } => line(at, error.localize(lang)),
            AttendanceFileError::Attended { line: at, raw } => {
                line(at, i18n::err_attendance_attended(lang, &quoted(raw)))
            }
            AttendanceFileError::NoLines => i18n::err_attendance_no_lines(lang),
        }
    }
}

impl Localize for ImportError {
    /// How many rows are refused; a store failure is internal and keeps its (log) text.
    fn localize(&self, lang: Lang) -> String {
        match self {
            ImportError::Rows(rows) => i18n::err_import_rows(lang, &rows.len().to_string()),
            ImportError::Store(e) => e.to_string(),
        }
    }
}

impl Label for Kind {
    fn label_msg(&self) -> Msg {
        match self {
            Kind::Info => msg::label_kind_info(),
            Kind::Pelatihan => msg::label_kind_pelatihan(),
            Kind::Aturan => msg::label_kind_aturan(),
            Kind::Faq => msg::label_kind_faq(),
        }
    }
}

impl Label for Month {
    fn label_msg(&self) -> Msg {
        let year = self.year.to_string();
        match self.month {
            1 => msg::label_month_january(year),
            2 => msg::label_month_february(year),
            3 => msg::label_month_march(year),
            4 => msg::label_month_april(year),
            5 => msg::label_month_may(year),
            6 => msg::label_month_june(year),
            7 => msg::label_month_july(year),
            8 => msg::label_month_august(year),
            9 => msg::label_month_september(year),
            10 => msg::label_month_october(year),
            11 => msg::label_month_november(year),
            12 => msg::label_month_december(year),
            // Not a month; shown as the domain shows it.
            _ => Msg::Text(self.label()),
        }
    }
}

impl Label for Period {
    fn label_msg(&self) -> Msg {
        let year = self.year.to_string();
        match self.kind {
            PeriodKind::Tahunan => msg::label_period_annual(year),
            k => msg::label_period_quarter(k.code(), year),
        }
    }
}

impl Label for Rating {
    fn label_msg(&self) -> Msg {
        match self {
            Rating::DiAtas => msg::label_rating_above(),
            Rating::Sesuai => msg::label_rating_meets(),
            Rating::DiBawah => msg::label_rating_below(),
        }
    }
}

impl Label for Predikat {
    fn label_msg(&self) -> Msg {
        match self {
            Predikat::SangatBaik => msg::label_predikat_sangat_baik(),
            Predikat::Baik => msg::label_predikat_baik(),
            Predikat::ButuhPerbaikan => msg::label_predikat_butuh_perbaikan(),
            Predikat::Kurang => msg::label_predikat_kurang(),
            Predikat::SangatKurang => msg::label_predikat_sangat_kurang(),
        }
    }
}

impl Label for Jenis {
    fn label_msg(&self) -> Msg {
        match self {
            Jenis::Utama => msg::label_jenis_utama(),
            Jenis::Tambahan => msg::label_jenis_tambahan(),
        }
    }
}

impl Label for Aspek {
    fn label_msg(&self) -> Msg {
        match self {
            Aspek::Kuantitas => msg::label_aspek_kuantitas(),
            Aspek::Kualitas => msg::label_aspek_kualitas(),
            Aspek::Waktu => msg::label_aspek_waktu(),
            Aspek::Biaya => msg::label_aspek_biaya(),
        }
    }
}

impl Label for Arah {
    fn label_msg(&self) -> Msg {
        match self {
            Arah::LebihTinggiLebihBaik => msg::label_arah_higher(),
            Arah::LebihRendahLebihBaik => msg::label_arah_lower(),
        }
    }
}

impl Label for NilaiBerakhlak {
    fn label_msg(&self) -> Msg {
        match self {
            NilaiBerakhlak::BerorientasiPelayanan => msg::label_berakhlak_pelayanan(),
            NilaiBerakhlak::Akuntabel => msg::label_berakhlak_akuntabel(),
            NilaiBerakhlak::Kompeten => msg::label_berakhlak_kompeten(),
            NilaiBerakhlak::Harmonis => msg::label_berakhlak_harmonis(),
            NilaiBerakhlak::Loyal => msg::label_berakhlak_loyal(),
            NilaiBerakhlak::Adaptif => msg::label_berakhlak_adaptif(),
            NilaiBerakhlak::Kolaboratif => msg::label_berakhlak_kolaboratif(),
        }
    }
}

impl Label for ReminderKind {
    fn label_msg(&self) -> Msg {
        match self {
            ReminderKind::Plan => msg::label_reminder_plan(),
            ReminderKind::Approval => msg::label_reminder_approval(),
            ReminderKind::Realisation => msg::label_reminder_realisation(),
            ReminderKind::Evaluation => msg::label_reminder_evaluation(),
            ReminderKind::Training => msg::label_reminder_training(),
            ReminderKind::DailyLog => crate::i18n::msg::digest_label_daily_log(),
            ReminderKind::Digest => crate::i18n::msg::digest_label_digest(),
        }
    }
}

impl Label for OrgPredikat {
    fn label_msg(&self) -> Msg {
        match self {
            OrgPredikat::Istimewa => msg::label_org_predikat_istimewa(),
            OrgPredikat::Baik => msg::label_org_predikat_baik(),
            OrgPredikat::ButuhPerbaikan => msg::label_org_predikat_butuh_perbaikan(),
            OrgPredikat::Kurang => msg::label_org_predikat_kurang(),
            OrgPredikat::SangatKurang => msg::label_org_predikat_sangat_kurang(),
        }
    }
}

impl Label for Weekday {
    fn label_msg(&self) -> Msg {
        match self {
            Weekday::Mon => msg::label_weekday_monday(),
            Weekday::Tue => msg::label_weekday_tuesday(),
            Weekday::Wed => msg::label_weekday_wednesday(),
            Weekday::Thu => msg::label_weekday_thursday(),
            Weekday::Fri => msg::label_weekday_friday(),
            Weekday::Sat => msg::label_weekday_saturday(),
            Weekday::Sun => msg::label_weekday_sunday(),
        }
    }
}

catalogue! {
    err_line = "err-line"(line, problem);
    err_file_empty = "err-file-empty"(name);
    err_file_too_large = "err-file-too-large"(name, mb);
    err_audience_unknown = "err-audience-unknown"(audience);
    err_kind_unknown = "err-kind-unknown"(kind);
    err_text_empty = "err-text-empty"();
    err_text_too_long = "err-text-too-long"(kind, limit, len, over);
    err_daily_outside_week = "err-daily-outside-week"(allowed);
    err_daily_only_today = "err-daily-only-today"(day);
    err_daily_monday_to_today = "err-daily-monday-to-today"(monday, today);
    err_daily_end_before_start = "err-daily-end-before-start"();
    err_daily_bad_time = "err-daily-bad-time"();
    err_daily_not_whole = "err-daily-not-whole"();
    err_daily_missing_unit = "err-daily-missing-unit"();
    err_daily_too_long = "err-daily-too-long"(max);
    err_month_unreadable = "err-month-unreadable"(month);
    err_period = "err-period"();
    err_window_realisation_before_start = "err-window-realisation-before-start"(start);
    err_window_opening_before_start = "err-window-opening-before-start"(start);
    err_window_evaluation_before_realisation = "err-window-evaluation-before-realisation"();
    err_window_closes_before_opening = "err-window-closes-before-opening"();
    err_eval_feedback_required = "err-eval-feedback-required"();
    err_eval_already_evaluated = "err-eval-already-evaluated"();
    err_eval_not_your_subordinate = "err-eval-not-your-subordinate"();
    err_eval_window_closed = "err-eval-window-closed"();
    err_eval_realisation_locked = "err-eval-realisation-locked"();
    err_eval_realisation_closed = "err-eval-realisation-closed"();
    err_invite_code = "err-invite-code"();
    err_nip_empty = "err-nip-empty"();
    err_nip_not_digit = "err-nip-not-digit"(character);
    err_nip_length = "err-nip-length"(digits);
    err_nip_birth_date = "err-nip-birth-date"(digits);
    err_nip_layout = "err-nip-layout"(month);
    err_nip_too_young = "err-nip-too-young"(born, started);
    err_nip_gender = "err-nip-gender"(code);
    err_nip_sequence = "err-nip-sequence"();
    err_phone_empty = "err-phone-empty"();
    err_phone_bad_character = "err-phone-bad-character"(character);
    err_phone_foreign = "err-phone-foreign"();
    err_phone_length = "err-phone-length"(digits);
    err_phone_leading_zero = "err-phone-leading-zero"();
    err_plan_waiting = "err-plan-waiting"();
    err_plan_locked = "err-plan-locked"();
    err_plan_empty = "err-plan-empty"();
    err_plan_rhk_without_indicator = "err-plan-rhk-without-indicator"(rhk);
    err_plan_no_utama = "err-plan-no-utama"();
    err_plan_not_yours = "err-plan-not-yours"();
    err_plan_nothing_changed = "err-plan-nothing-changed"();
    err_plan_already_decided = "err-plan-already-decided"();
    err_decision_not_your_subordinate = "err-decision-not-your-subordinate"();
    err_decision_already_approved = "err-decision-already-approved"();
    err_decision_already_returned = "err-decision-already-returned"();
    err_decision_not_waiting = "err-decision-not-waiting"();
    err_decision_stale_version = "err-decision-stale-version"();
    err_decision_note_required = "err-decision-note-required"();
    err_decision_withdrawn = "err-decision-withdrawn"();
    err_quantity_no_number = "err-quantity-no-number"();
    err_quantity_bad_number = "err-quantity-bad-number"(number);
    err_quantity_no_unit = "err-quantity-no-unit"();
    err_quantity_unit_too_long = "err-quantity-unit-too-long"();
    err_reg_not_own_contact = "err-reg-not-own-contact"();
    err_reg_unknown_phone = "err-reg-unknown-phone"();
    err_reg_unknown_code = "err-reg-unknown-code"();
    err_reg_code_used = "err-reg-code-used"();
    err_reg_code_expired = "err-reg-code-expired"();
    err_reg_nip_already_bound = "err-reg-nip-already-bound"();
    err_reg_account_bound_elsewhere = "err-reg-account-bound-elsewhere"(nip);
    err_reg_already_yours = "err-reg-already-yours"();
    err_reg_inactive = "err-reg-inactive"();
    err_config_days = "err-config-days"(days);
    err_config_quiet_hours = "err-config-quiet-hours"(hours);
    err_roster_io = "err-roster-io"(error);
    err_roster_extension = "err-roster-extension"(extension);
    err_roster_no_extension = "err-roster-no-extension"();
    err_roster_csv = "err-roster-csv"(error);
    err_roster_xlsx = "err-roster-xlsx"(error);
    err_roster_encoding = "err-roster-encoding"();
    err_roster_missing_columns = "err-roster-missing-columns"(columns);
    err_roster_duplicate_columns = "err-roster-duplicate-columns"(columns);
    err_roster_empty = "err-roster-empty"();
    err_roster_no_rows = "err-roster-no-rows"();
    err_row_cell_not_text = "err-row-cell-not-text"(column, content);
    err_cell_nip_as_number = "err-cell-nip-as-number"();
    err_cell_phone_as_number = "err-cell-phone-as-number"();
    err_cell_date_time = "err-cell-date-time"();
    err_row_cell_excel_error = "err-row-cell-excel-error"(column, error);
    err_row_nip_empty = "err-row-nip-empty"();
    err_row_empty = "err-row-empty"(column);
    err_row_own_supervisor = "err-row-own-supervisor"();
    err_row_peran = "err-row-peran"(peran);
    err_row_pangkat_too_long = "err-row-pangkat-too-long"(max);
    err_row_kepala_unit = "err-row-kepala-unit"(value);
    err_row_duplicate_nip = "err-row-duplicate-nip"(nip, first);
    err_row_duplicate_phone = "err-row-duplicate-phone"(phone, first);
    err_row_supervisor_row_failed = "err-row-supervisor-row-failed"(boss, line);
    err_row_supervisor_deactivated = "err-row-supervisor-deactivated"(boss);
    err_row_supervisor_inactive = "err-row-supervisor-inactive"(boss);
    err_row_supervisor_unknown = "err-row-supervisor-unknown"(boss);
    err_row_cycle = "err-row-cycle"(chain);
    err_row_cycle_outside_file = "err-row-cycle-outside-file"(chain);
    err_row_phone_taken_outside = "err-row-phone-taken-outside"(phone, nip);
    err_row_phone_taken = "err-row-phone-taken"(phone, line, nip);
    err_row_kept = "err-row-kept"(nip, problem);
    err_date = "err-date"(date);
    err_date_time = "err-date-time"(time);
    err_training_starts_in_past = "err-training-starts-in-past"();
    err_training_no_place = "err-training-no-place"();
    err_training_quota = "err-training-quota"(quota, max);
    err_training_jp = "err-training-jp"(jp, max);
    err_training_deadline_passed = "err-training-deadline-passed"();
    err_training_deadline_after_start = "err-training-deadline-after-start"();
    err_attendance_missing_columns = "err-attendance-missing-columns"();
    err_attendance_training = "err-attendance-training"(number);
    err_attendance_attended = "err-attendance-attended"(value);
    err_attendance_no_lines = "err-attendance-no-lines"();
    err_import_rows = "err-import-rows"(count);
    parent_rhk_deleted = "parent-rhk-deleted"();
    label_kind_info = "label-kind-info"();
    label_kind_pelatihan = "label-kind-pelatihan"();
    label_kind_aturan = "label-kind-aturan"();
    label_kind_faq = "label-kind-faq"();
    label_month_january = "label-month-january"(year);
    label_month_february = "label-month-february"(year);
    label_month_march = "label-month-march"(year);
    label_month_april = "label-month-april"(year);
    label_month_may = "label-month-may"(year);
    label_month_june = "label-month-june"(year);
    label_month_july = "label-month-july"(year);
    label_month_august = "label-month-august"(year);
    label_month_september = "label-month-september"(year);
    label_month_october = "label-month-october"(year);
    label_month_november = "label-month-november"(year);
    label_month_december = "label-month-december"(year);
    label_period_quarter = "label-period-quarter"(quarter, year);
    label_period_annual = "label-period-annual"(year);
    label_rating_above = "label-rating-above"();
    label_rating_meets = "label-rating-meets"();
    label_rating_below = "label-rating-below"();
    label_predikat_sangat_baik = "label-predikat-sangat-baik"();
    label_predikat_baik = "label-predikat-baik"();
    label_predikat_butuh_perbaikan = "label-predikat-butuh-perbaikan"();
    label_predikat_kurang = "label-predikat-kurang"();
    label_predikat_sangat_kurang = "label-predikat-sangat-kurang"();
    label_jenis_utama = "label-jenis-utama"();
    label_jenis_tambahan = "label-jenis-tambahan"();
    label_aspek_kuantitas = "label-aspek-kuantitas"();
    label_aspek_kualitas = "label-aspek-kualitas"();
    label_aspek_waktu = "label-aspek-waktu"();
    label_aspek_biaya = "label-aspek-biaya"();
    label_arah_higher = "label-arah-higher"();
    label_arah_lower = "label-arah-lower"();
    label_berakhlak_pelayanan = "label-berakhlak-pelayanan"();
    label_berakhlak_akuntabel = "label-berakhlak-akuntabel"();
    label_berakhlak_kompeten = "label-berakhlak-kompeten"();
    label_berakhlak_harmonis = "label-berakhlak-harmonis"();
    label_berakhlak_loyal = "label-berakhlak-loyal"();
    label_berakhlak_adaptif = "label-berakhlak-adaptif"();
    label_berakhlak_kolaboratif = "label-berakhlak-kolaboratif"();
    label_reminder_plan = "label-reminder-plan"();
    label_reminder_approval = "label-reminder-approval"();
    label_reminder_realisation = "label-reminder-realisation"();
    label_reminder_evaluation = "label-reminder-evaluation"();
    label_reminder_training = "label-reminder-training"();
    label_org_predikat_istimewa = "label-org-predikat-istimewa"();
    label_org_predikat_baik = "label-org-predikat-baik"();
    label_org_predikat_butuh_perbaikan = "label-org-predikat-butuh-perbaikan"();
    label_org_predikat_kurang = "label-org-predikat-kurang"();
    label_org_predikat_sangat_kurang = "label-org-predikat-sangat-kurang"();
    label_weekday_monday = "label-weekday-monday"();
    label_weekday_tuesday = "label-weekday-tuesday"();
    label_weekday_wednesday = "label-weekday-wednesday"();
    label_weekday_thursday = "label-weekday-thursday"();
    label_weekday_friday = "label-weekday-friday"();
    label_weekday_saturday = "label-weekday-saturday"();
    label_weekday_sunday = "label-weekday-sunday"();
}

impl Localize for domain::access::Denied {
    fn localize(&self, lang: Lang) -> String {
        use domain::access::Denied;
        match self {
            Denied::OnlyAdmins => crate::i18n::only_admins(lang),
            Denied::OnlySupervisors => crate::i18n::only_supervisors(lang),
            Denied::NotYours => crate::i18n::not_allowed(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::nip::Nip;
    use crate::domain::phone::Phone;

    /// Every error variant, once: its Indonesian text is its `Display` word for word, and
    /// its English text is another (with every placeholder filled).
    fn check<E: Localize + std::fmt::Display>(errors: impl IntoIterator<Item = E>) {
        for e in errors {
            let id = e.localize(Lang::Id);
            assert_eq!(id, e.to_string(), "Indonesian of {e}");
            let en = e.localize(Lang::En);
            assert_ne!(en, id, "English of {e}");
            assert!(!en.contains("{ $") && !en.is_empty(), "{en}");
        }
    }

    fn nip(raw: &str) -> Nip {
        Nip::parse(raw).unwrap()
    }

    fn phone(raw: &str) -> Phone {
        Phone::parse(raw).unwrap()
    }

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    #[test]
    fn every_announcement_and_daily_error_reads_as_its_display_in_indonesian() {
        check([
            FileError::Empty("kosong.pdf".into()),
            FileError::TooLarge {
                name: "besar \"x\".pdf".into(),
                size: 60 * 1024 * 1024 + 1,
            },
        ]);
        check([
            AudienceError::Audience("semuanya".into()),
            AudienceError::Kind("berita".into()),
        ]);
        check([
            TextError::Empty,
            TextError::TooLong {
                kind: Kind::Aturan,
                len: 4_200,
                limit: 3_900,
            },
        ]);
        check([
            DailyError::OutsideWeek {
                monday: day(30),
                today: day(30),
            },
            DailyError::OutsideWeek {
                monday: day(23),
                today: day(26),
            },
            DailyError::EndBeforeStart,
            DailyError::BadTime,
            DailyError::NotWhole,
            DailyError::MissingUnit,
            DailyError::TooLong(1000),
        ]);
        check([MonthError("2026-13".into())]);
    }

    #[test]
    fn every_period_evaluation_and_plan_error_reads_as_its_display_in_indonesian() {
        check([PeriodError]);
        check([
            WindowError::RealisationBeforeStart("01/07/2026".into()),
            WindowError::OpeningBeforeStart("01/07/2026".into()),
            WindowError::EvaluationBeforeRealisation,
            WindowError::ClosesBeforeOpening,
        ]);
        check([
            EvaluationError::FeedbackRequired,
            EvaluationError::AlreadyEvaluated,
            EvaluationError::NotYourSubordinate,
            EvaluationError::WindowClosed,
            EvaluationError::RealisationLocked,
            EvaluationError::RealisationClosed,
        ]);
        check([
            PlanError::Waiting,
            PlanError::Locked,
            PlanError::Empty,
            PlanError::RhkWithoutIndicator("Imunisasi <dasar>".into()),
            PlanError::NoUtama,
            PlanError::NotYours,
            PlanError::NothingChanged,
            PlanError::AlreadyDecided,
        ]);
        check([
            DecisionError::NotYourSubordinate,
            DecisionError::AlreadyApproved,
            DecisionError::AlreadyReturned,
            DecisionError::NotWaiting,
            DecisionError::StaleVersion,
            DecisionError::NoteRequired,
            DecisionError::Withdrawn,
        ]);
        check([
            QuantityError::NoNumber,
            QuantityError::BadNumber("1.2.3".into()),
            QuantityError::NoUnit,
            QuantityError::UnitTooLong,
        ]);
    }

    #[test]
    fn every_registration_error_reads_as_its_display_in_indonesian() {
        check([InviteCodeError]);
        check([
            NipError::Empty,
            NipError::NotDigit('x'),
            NipError::Length(3),
            NipError::BirthDate("19661301".into()),
            NipError::Layout("13".into()),
            NipError::TooYoung {
                born: "20000101".into(),
                started: "201001".into(),
            },
            NipError::Gender('3'),
            NipError::Sequence,
        ]);
        check([
            PhoneError::Empty,
            PhoneError::BadCharacter('a'),
            PhoneError::Foreign,
            PhoneError::Length(5),
            PhoneError::LeadingZero,
        ]);
        check([
            RegistrationError::NotOwnContact,
            RegistrationError::UnknownPhone,
            RegistrationError::UnknownCode,
            RegistrationError::CodeUsed,
            RegistrationError::CodeExpired,
            RegistrationError::NipAlreadyBound,
            RegistrationError::AccountBoundElsewhere("198505152010012002".into()),
            RegistrationError::AlreadyYours,
            RegistrationError::Inactive,
        ]);
    }

    #[test]
    fn every_cli_file_error_reads_as_its_display_in_indonesian() {
        check([
            ConfigError::Days("8x".into()),
            ConfigError::QuietHours("malam".into()),
        ]);
        check([
            RosterFileError::Io(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                "No such file",
            )),
            RosterFileError::UnsupportedExtension(".pdf".into()),
            RosterFileError::NoExtension,
            RosterFileError::Encoding,
            RosterFileError::MissingColumns(vec!["jabatan".into(), "unit_kerja".into()]),
            RosterFileError::DuplicateColumns(vec!["nip".into()]),
            RosterFileError::Empty,
            RosterFileError::NoRows,
        ]);
        let csv = csv::ReaderBuilder::new()
            .from_reader(&b"a,b\n1,2,3\n"[..])
            .records()
            .find_map(Result::err)
            .unwrap();
        check([RosterFileError::Csv(csv)]);
        check([DateError("besok".into())]);
        check([DateTimeError("besok pagi".into())]);
        check([
            TrainingError::Time(DateTimeError("besok pagi".into())),
            TrainingError::StartsInThePast,
            TrainingError::NoPlace,
            TrainingError::Quota("tiga".into()),
            TrainingError::Jp("0".into()),
            TrainingError::DeadlinePassed,
            TrainingError::DeadlineAfterStart,
        ]);
        check([
            AttendanceFileError::Unreadable(RosterFileError::Encoding),
            AttendanceFileError::MissingColumns,
            AttendanceFileError::Training {
                line: 3,
                raw: "x".into(),
            },
            AttendanceFileError::Nip {
                line: 4,
                error: NipError::Length(3),
            },
            AttendanceFileError::Attended {
                line: 5,
                raw: "mungkin".into(),
            },
            AttendanceFileError::NoLines,
        ]);
        // The CSV reader's own words are not ours to translate.
        let header = AttendanceFileError::Header("invalid UTF-8".into());
        assert_eq!(header.localize(Lang::Id), header.to_string());
        assert_eq!(header.localize(Lang::En), "line 1: invalid UTF-8");
        let record = AttendanceFileError::Record("CSV error".into());
        assert_eq!(record.localize(Lang::En), record.to_string());
    }

    #[test]
    fn every_roster_row_problem_reads_as_its_display_in_indonesian() {
        let boss = nip("196608011988031001");
        let staff = nip("198505152010012002");
        let tel = phone("0812-1111-2222");
        let problems = vec![
            RowProblem::CellNotText {
                column: "nip".into(),
                content: CellContent::NipAsNumber,
            },
            RowProblem::CellNotText {
                column: "telepon".into(),
                content: CellContent::PhoneAsNumber,
            },
            RowProblem::CellNotText {
                column: "nama".into(),
                content: CellContent::DateTime,
            },
            RowProblem::CellExcelError {
                column: "nama".into(),
                error: "#REF!".into(),
            },
            RowProblem::NipEmpty,
            RowProblem::Nip(NipError::Length(3)),
            RowProblem::Empty("jabatan".into()),
            RowProblem::NipAtasan(NipError::Sequence),
            RowProblem::OwnSupervisor,
            RowProblem::Phone {
                text: "12ab".into(),
                error: PhoneError::BadCharacter('a'),
            },
            RowProblem::Peran("raja".into()),
            RowProblem::PangkatTooLong,
            RowProblem::KepalaUnit("mungkin".into()),
            RowProblem::DuplicateNip {
                nip: staff.clone(),
                first: 2,
            },
            RowProblem::DuplicatePhone {
                phone: tel.clone(),
                first: 2,
            },
            RowProblem::SupervisorRowFailed {
                boss: boss.clone(),
                line: 2,
            },
            RowProblem::SupervisorDeactivated(boss.clone()),
            RowProblem::SupervisorInactive(boss.clone()),
            RowProblem::SupervisorUnknown(boss.clone()),
            RowProblem::Cycle(vec![boss.clone(), staff.clone(), boss.clone()]),
            RowProblem::CycleOutsideFile(vec![staff.clone(), boss.clone(), staff.clone()]),
            RowProblem::PhoneTakenOutside {
                phone: tel.clone(),
                nip: boss.clone(),
            },
            RowProblem::PhoneTaken {
                phone: tel.clone(),
                line: 3,
                nip: boss.clone(),
            },
            RowProblem::Kept {
                nip: staff.clone(),
                problem: Box::new(RowProblem::SupervisorInactive(boss.clone())),
            },
        ];
        check(problems.clone());
        check([
            RowError {
                line: 7,
                problems: problems[..3].to_vec(),
                nip: None,
            },
            RowError {
                line: 0,
                problems: problems[problems.len() - 1..].to_vec(),
                nip: Some(staff),
            },
        ]);
        let rows = ImportError::Rows(vec![RowError {
            line: 2,
            problems: vec![RowProblem::NipEmpty],
            nip: None,
        }]);
        assert_eq!(rows.localize(Lang::Id), rows.to_string());
        assert_eq!(rows.localize(Lang::En), "rows with problems: 1");
    }

    #[test]
    fn numbers_in_an_english_error_are_grouped_the_english_way() {
        let e = TextError::TooLong {
            kind: Kind::Info,
            len: 4_200,
            limit: 3_900,
        };
        assert!(e.localize(Lang::Id).contains("paling banyak 3.900 huruf"));
        assert!(
            e.localize(Lang::En)
                .contains("announcement text (Info) may have at most 3,900 characters"),
            "{}",
            e.localize(Lang::En)
        );
    }

    /// Every value's name in Indonesian is its `label()`; in English it is another, except
    /// the regulation's own names (predikat), which stay.
    fn names<T: Label>(values: &[T], label: impl Fn(&T) -> String, kept: bool) {
        for v in values {
            assert_eq!(v.label_in(Lang::Id), label(v));
            let en = v.label_in(Lang::En);
            assert!(!en.is_empty());
            if kept {
                assert_eq!(en, label(v));
            } else {
                assert_ne!(en, label(v));
            }
        }
    }

    #[test]
    fn every_value_name_reads_as_its_label_in_indonesian() {
        names(
            &[Kind::Pelatihan, Kind::Aturan, Kind::Faq],
            |k| k.label().into(),
            false,
        );
        assert_eq!(Kind::Info.label_in(Lang::En), Kind::Info.label());
        // Some months have one name in both (April, September, November).
        for month in 1..=12 {
            let m = Month { year: 2026, month };
            assert_eq!(m.label_in(Lang::Id), m.label());
        }
        assert_eq!(
            Month {
                year: 2026,
                month: 12
            }
            .label_in(Lang::En),
            "December 2026"
        );
        let periods: Vec<Period> = PeriodKind::ALL
            .into_iter()
            .map(|kind| Period { year: 2026, kind })
            .collect();
        names(&periods, |p| p.label(), false);
        assert_eq!(periods[2].label_in(Lang::En), "Quarter III 2026");
        names(&Rating::ALL, |r| r.label().into(), false);
        names(
            &[
                Predikat::SangatBaik,
                Predikat::Baik,
                Predikat::ButuhPerbaikan,
                Predikat::Kurang,
                Predikat::SangatKurang,
            ],
            |p| p.label().into(),
            true,
        );
        names(&OrgPredikat::ALL, |p| p.label().into(), true);
        names(&Jenis::ALL, |j| j.label().into(), false);
        names(&Aspek::ALL, |a| a.label().into(), false);
        names(&Arah::ALL, |a| a.label().into(), false);
        let values: Vec<NilaiBerakhlak> = NilaiBerakhlak::ALL
            .into_iter()
            .filter(|n| *n != NilaiBerakhlak::Loyal)
            .collect();
        names(&values, |n| n.label().into(), false);
        assert_eq!(NilaiBerakhlak::Loyal.label_in(Lang::Id), "Loyal");
        names(&ReminderKind::ALL, |k| k.label().into(), false);
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        for d in 0..7 {
            let date = monday + chrono::Duration::days(d);
            let weekday = chrono::Datelike::weekday(&date);
            assert_eq!(
                domain::daily::day_label_with(date, |w| w.label_in(Lang::Id)),
                domain::daily::day_label(date)
            );
            assert_ne!(weekday.label_in(Lang::En), weekday.label_in(Lang::Id));
        }
    }

    #[test]
    fn a_deleted_supervisors_rhk_is_said_in_the_readers_language() {
        assert_eq!(
            i18n::parent_rhk_deleted(Lang::Id),
            "(RHK atasan sudah dihapus)"
        );
        assert!(i18n::parent_rhk_deleted(Lang::En).contains("deleted"));
    }
}
