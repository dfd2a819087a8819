//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::announce::views::*;
use crate::bot::messages::*;
use crate::domain::broadcast::title;
use crate::domain::lang::Lang;
use crate::domain::training::{JP_MINIMUM, SeatStatus, jp_short};
use crate::i18n::{self, Msg};
use crate::store::broadcast::AnnouncementContent;
use crate::store::trainings::MyTraining;

/// " (date, place)" of a training, or nothing.
pub(crate) fn training_when(content: &AnnouncementContent) -> Msg {
    match &content.training {
        Some(t) => Msg::from(" ").then(i18n::msg::training_when(
            i18n::reminders::wib_time(t.starts_at),
            esc(&t.place),
        )),
        None => Msg::from(""),
    }
}

pub fn training_registered(lang: Lang, content: &AnnouncementContent) -> String {
    let when = training_when(content).render(lang);
    i18n::training_registered(lang, &content.id.to_string(), &when)
}

pub fn waiting(lang: Lang, content: &AnnouncementContent, position: i64) -> String {
    let when = training_when(content).render(lang);
    i18n::training_waiting(lang, &content.id.to_string(), &when, &position.to_string())
}

/// The notice to the person promoted from the waiting list.
pub fn promoted(content: &AnnouncementContent) -> Msg {
    i18n::msg::training_promoted(
        content.id.to_string(),
        training_when(content),
        esc(&content.text.chars().take(300).collect::<String>()),
    )
}

/// The day-before reminder.
pub fn training_reminder(content: &AnnouncementContent) -> Msg {
    i18n::msg::training_reminder_tomorrow()
        .then("\n\n")
        .then(announcement_msg(content))
}

/// `/pelatihan`.
pub fn trainings_view(lang: Lang, list: &[MyTraining], now: i64, jp: i64, year: i64) -> String {
    let mut text = format!(
        "{}\n\n{}",
        i18n::training_view_title(lang),
        i18n::training_view_jp(
            lang,
            &year.to_string(),
            &jp.to_string(),
            &JP_MINIMUM.to_string()
        )
    );
    let short = jp_short(jp);
    if short > 0 {
        text.push_str(&format!(
            " {}",
            i18n::training_view_jp_short(lang, &short.to_string())
        ));
    } else {
        text.push_str(" ✅");
    }
    let (open, mine): (Vec<&MyTraining>, Vec<&MyTraining>) = list
        .iter()
        .filter(|t| {
            t.seat.is_some_and(|s| s != SeatStatus::Cancelled) || t.training.registration_open(now)
        })
        .partition(|t| t.seat.is_none() || t.seat == Some(SeatStatus::Cancelled));
    text.push_str(&format!("\n\n{}", i18n::training_view_mine(lang)));
    if mine.is_empty() {
        text.push_str(&format!("\n{}", i18n::training_view_mine_none(lang)));
    }
    for t in &mine {
        let item = i18n::training_view_mine_item(
            lang,
            &t.content.id.to_string(),
            &esc(&title(&t.content.text)),
            &when(lang, t.training.starts_at),
            &seat_status(lang, t.seat, t.attended, true),
            &t.training.jp.to_string(),
        );
        text.push_str(&format!("\n{item}"));
    }
    text.push_str(&format!("\n\n{}", i18n::training_view_open(lang)));
    if open.is_empty() {
        text.push_str(&format!("\n{}", i18n::training_view_open_none(lang)));
    }
    for t in &open {
        let item = i18n::training_view_open_item(
            lang,
            &t.content.id.to_string(),
            &esc(&title(&t.content.text)),
            &when(lang, t.training.starts_at),
            &esc(&t.training.place),
            &t.training.jp.to_string(),
            &when(lang, t.training.deadline),
        );
        text.push_str(&format!("\n{item}"));
    }
    clip(text)
}

/// HR's attendance list.
pub fn attendance_view(
    lang: Lang,
    content: &AnnouncementContent,
    present: usize,
    total: usize,
    page: u32,
    pages: u32,
) -> String {
    let head = i18n::training_attendance_view(
        lang,
        &content.id.to_string(),
        &esc(&title(&content.text)),
        &present.to_string(),
        &total.to_string(),
    );
    let footer = i18n::page_footer(lang, &(page + 1).to_string(), &pages.max(1).to_string());
    format!("{head}\n{footer}")
}

// Reminders. They are queued for later: their texts are `Msg`s, rendered in each
// recipient's language when they are sent.
