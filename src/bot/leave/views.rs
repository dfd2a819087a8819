//! The texts of `/cuti`, composed from keyed pieces of the catalogue (the leave area).
//! HTML; anything a person or the roster wrote goes through [`esc`]. Dates are written
//! `21/01/2027` in both languages.

use chrono::NaiveDate;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::action::Action;
use super::state::Attachment;
use crate::bot::messages::esc;
use crate::domain::calendar::{Leave, LeaveKind};
use crate::domain::lang::Lang;
use crate::i18n::{self, Msg};
use crate::store::calendar::LeaveRecord;

/// A day as both languages write it here.
pub fn day(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// A day and month, for button labels.
fn short_day(d: NaiveDate) -> String {
    d.format("%d/%m").to_string()
}

/// The kind in `lang`.
pub fn kind(lang: Lang, kind: LeaveKind) -> String {
    i18n::leave::kind_msg(kind).render(lang)
}

fn file_label(kind: Option<&str>) -> Msg {
    match kind {
        Some("photo") => i18n::msg::leave_file_photo(),
        Some(_) => i18n::msg::leave_file_document(),
        None => i18n::msg::leave_file_none(),
    }
}

fn button(label: String, action: Action) -> InlineKeyboardButton {
    InlineKeyboardButton::callback(label, action.encode())
}

/// The kinds to choose from.
pub fn kinds(lang: Lang) -> (String, InlineKeyboardMarkup) {
    let b = |k: LeaveKind| button(kind(lang, k), Action::Kind(k));
    let rows = vec![
        vec![b(LeaveKind::Tahunan), b(LeaveKind::Sakit)],
        vec![b(LeaveKind::DinasLuar), b(LeaveKind::Lainnya)],
    ];
    (
        i18n::leave_choose_kind(lang),
        InlineKeyboardMarkup::new(rows),
    )
}

/// The most leave listed at once in `/cuti` (a person has a handful at most).
const SHOWN: usize = 20;

/// One's leave under way and ahead, each with **Batalkan**, and **Catat cuti baru**.
pub fn overview(
    lang: Lang,
    leave: &[LeaveRecord],
    today: NaiveDate,
) -> (String, InlineKeyboardMarkup) {
    let mut text = i18n::leave_overview_title(lang);
    let mut rows = Vec::new();
    if leave.is_empty() {
        text.push('\n');
        text.push_str(&i18n::leave_overview_none(lang));
    }
    for l in leave.iter().take(SHOWN) {
        text.push_str("\n• ");
        text.push_str(&line(lang, &l.leave));
        if l.leave.contains(today) {
            text.push_str(&format!(" — {}", i18n::leave_line_ongoing(lang)));
        }
        let label =
            i18n::leave_button_withdraw(lang, &short_day(l.leave.from), &short_day(l.leave.until));
        rows.push(vec![button(label, Action::Withdraw(l.id))]);
    }
    rows.push(vec![button(i18n::leave_button_new(lang), Action::New)]);
    (text, InlineKeyboardMarkup::new(rows))
}

fn line(lang: Lang, l: &Leave) -> String {
    i18n::leave_line(
        lang,
        &kind(lang, l.kind),
        &day(l.from),
        &day(l.until),
        &l.days().to_string(),
    )
}

/// **Lewati** and **Batal**, under the question for a document.
pub fn ask_file(lang: Lang) -> (String, InlineKeyboardMarkup) {
    (
        i18n::leave_ask_file(lang),
        InlineKeyboardMarkup::new(vec![vec![
            button(i18n::leave_button_skip(lang), Action::Skip),
            button(i18n::leave_button_abort(lang), Action::Abort),
        ]]),
    )
}

/// The preview, with **Simpan** and **Batal**.
pub fn preview(
    lang: Lang,
    leave: &Leave,
    file: Option<&Attachment>,
) -> (String, InlineKeyboardMarkup) {
    let text = i18n::leave_preview(
        lang,
        &kind(lang, leave.kind),
        &day(leave.from),
        &day(leave.until),
        &leave.days().to_string(),
        &file_label(file.map(|f| f.kind.as_str())).render(lang),
    );
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        button(i18n::leave_button_save(lang), Action::Save),
        button(i18n::leave_button_abort(lang), Action::Abort),
    ]]);
    (text, keyboard)
}

/// What the supervisor is told, in their language when it is sent: the attachment's line
/// only when there is one.
pub fn for_supervisor(nama: &str, nip: &str, leave: &Leave, file: Option<&Attachment>) -> Msg {
    let text = i18n::msg::leave_for_supervisor(
        esc(nama),
        esc(nip),
        i18n::leave::kind_msg(leave.kind),
        day(leave.from),
        day(leave.until),
        leave.days().to_string(),
    );
    match file {
        Some(f) => text
            .then("\n")
            .then(i18n::msg::leave_attachment(file_label(Some(&f.kind)))),
        None => text,
    }
}

/// What the person is told when their supervisor refuses their leave.
pub fn refused_for_staff(record: &LeaveRecord, atasan: &str, note: &str) -> Msg {
    i18n::msg::leave_refused_for_staff(
        i18n::leave::kind_msg(record.leave.kind),
        day(record.leave.from),
        day(record.leave.until),
        esc(atasan),
        esc(note),
    )
}

pub fn ask_refuse_note(lang: Lang, nama: &str, leave: &Leave) -> String {
    i18n::leave_ask_refuse_note(
        lang,
        &esc(nama),
        &kind(lang, leave.kind),
        &day(leave.from),
        &day(leave.until),
    )
}

pub fn saved(lang: Lang, leave: &Leave, told: Option<&str>) -> String {
    let mut text = i18n::leave_saved(
        lang,
        &kind(lang, leave.kind),
        &day(leave.from),
        &day(leave.until),
    );
    text.push('\n');
    text.push_str(&match told {
        Some(atasan) => i18n::leave_saved_told(lang, &esc(atasan)),
        None => i18n::leave_saved_not_told(lang),
    });
    text
}

pub fn withdrawn(lang: Lang, leave: &Leave) -> String {
    i18n::leave_withdrawn(
        lang,
        &kind(lang, leave.kind),
        &day(leave.from),
        &day(leave.until),
    )
}

/// The team's leave for `/tim`: who is away today, then who goes later this week. One
/// line a person and leave; the caller pages them with the rest of the team list.
pub fn team_lines(lang: Lang, leave: &[(String, LeaveRecord)], today: NaiveDate) -> Vec<String> {
    let (now, later): (Vec<_>, Vec<_>) = leave.iter().partition(|(_, l)| l.leave.contains(today));
    let mut lines = Vec::new();
    if !now.is_empty() {
        lines.push(i18n::leave_team_today(lang));
        lines.extend(now.iter().map(|(nama, l)| {
            format!(
                "🌴 {}",
                i18n::leave_team_line(
                    lang,
                    &esc(nama),
                    &kind(lang, l.leave.kind),
                    &day(l.leave.until)
                )
            )
        }));
    }
    if !later.is_empty() {
        lines.push(i18n::leave_team_week(lang));
        lines.extend(later.iter().map(|(nama, l)| {
            format!(
                "🗓 {}",
                i18n::leave_team_week_line(
                    lang,
                    &esc(nama),
                    &kind(lang, l.leave.kind),
                    &day(l.leave.from),
                    &day(l.leave.until)
                )
            )
        }));
    }
    if !lines.is_empty() {
        lines.push(String::new());
    }
    lines
}
