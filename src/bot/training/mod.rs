//! Trainings from the recipient's side — **Daftar**, **Batalkan pendaftaran**, `/pelatihan`
//! with the JP earned this year against the 20 JP minimum — and HR's attendance list, a
//! paged list of the registered people whose names toggle present/absent. Every press is
//! decided by the store against the training as it stands now (quota, deadline, start).

pub mod action;
pub mod views;

use action::Action;
use teloxide::prelude::*;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup,
};

use super::callback::{CallbackAction, NipKey};
use super::{Answer, TgBot, say, say_with};
use crate::domain::access::{Duty, check};
use crate::domain::lang::Lang;
use crate::domain::text::{Msg, Notice};
use crate::domain::time::{current_year_wib, year_bounds_wib};
use crate::i18n::{self, Localize};
use crate::store::bindings::Member;
use crate::store::broadcast::AnnouncementContent;
use crate::store::trainings::{AttendanceError, CancelOutcome, RegisterOutcome, Seat};
use crate::store::{Store, now};

/// People per page of the attendance list.
const ATTENDANCE_PAGE: usize = 10;

/// A notice with the one button under a promotion or a reminder, **Batalkan pendaftaran**;
/// the sender renders both in the recipient's language.
fn with_cancel_button(text: Msg, id: i64) -> Notice {
    super::notice(
        text,
        vec![vec![(
            i18n::msg::training_button_unregister(),
            Action::Cancel(id),
        )]],
    )
}

/// The day-before reminder's text and keyboard (for the sender's scheduler).
pub fn reminder(content: &AnnouncementContent) -> Notice {
    with_cancel_button(views::training_reminder(content), content.id)
}

/// `/pelatihan`: my trainings this year, those open for registration, and my JP.
pub async fn show(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<()> {
    let lang = member.lang;
    let nip = &member.person.nip;
    let year = current_year_wib();
    let (from, _) = year_bounds_wib(year);
    let list = store.my_trainings(nip, from).await?;
    let jp = store.jp_earned(nip, year).await?;
    let t = now();
    let open: Vec<InlineKeyboardButton> = list
        .iter()
        .filter(|m| m.training.may_register(m.seat, t))
        .take(8)
        .map(|m| {
            InlineKeyboardButton::callback(
                i18n::training_button_register_for(lang, &m.content.id.to_string()),
                Action::Register(m.content.id).encode(),
            )
        })
        .collect();
    let text = views::trainings_view(lang, &list, t, jp, year);
    let chat = ChatId(member.chat_id);
    if open.is_empty() {
        say(bot, chat, text).await?;
    } else {
        let rows = open.chunks(2).map(<[_]>::to_vec).collect::<Vec<_>>();
        say_with(bot, chat, text, InlineKeyboardMarkup::new(rows)).await?;
    }
    Ok(())
}

/// Every `lt:` button.
pub(crate) async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    match action {
        Action::Register(id) => register(bot, store, member, id).await,
        Action::Cancel(id) => cancel(bot, store, member, id).await,
        Action::Attendance(id, page) => {
            if let Err(denied) = check(&member.person, Duty::MarkAttendance) {
                return Ok(Answer::alert(denied.localize(member.lang)));
            }
            attendance(bot, store, member, q, id, page, pressed_on_list(q, id)).await
        }
        Action::Toggle(id, nip_key, page) => {
            if let Err(denied) = check(&member.person, Duty::MarkAttendance) {
                return Ok(Answer::alert(denied.localize(member.lang)));
            }
            toggle(bot, store, member, q, id, nip_key, page).await
        }
    }
}

/// **Daftar**: a seat, or a place on the waiting list.
async fn register(bot: &TgBot, store: &Store, member: &Member, id: i64) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let Some(content) = store.announcement(id).await? else {
        return Ok(Answer::alert(i18n::training_not_found(lang)));
    };
    Ok(
        match store.register_for_training(id, &member.person.nip).await? {
            RegisterOutcome::Registered => {
                say(bot, chat, views::training_registered(lang, &content)).await?;
                Answer::toast(i18n::training_seat_registered(lang))
            }
            RegisterOutcome::Waiting(position) => {
                say(bot, chat, views::waiting(lang, &content, position)).await?;
                Answer::silent()
            }
            RegisterOutcome::AlreadyRegistered => {
                Answer::alert(i18n::training_already_registered(lang))
            }
            RegisterOutcome::AlreadyWaiting(position) => {
                Answer::alert(i18n::training_already_waiting(lang, &position.to_string()))
            }
            RegisterOutcome::Closed => Answer::alert(i18n::training_registration_closed(lang)),
            RegisterOutcome::NotRecipient => Answer::alert(i18n::announce_not_for_you(lang)),
            RegisterOutcome::NotATraining => Answer::alert(i18n::training_not_found(lang)),
        },
    )
}

/// **Batalkan pendaftaran**: the seat given up (the first waiting is promoted and told), or
/// the place on the waiting list left.
async fn cancel(bot: &TgBot, store: &Store, member: &Member, id: i64) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let Some(content) = store.announcement(id).await? else {
        return Ok(Answer::alert(i18n::training_not_found(lang)));
    };
    // In the language of the one promoted, whoever gave the seat up.
    let notice = |_| with_cancel_button(views::promoted(&content), id);
    Ok(
        match store
            .cancel_training_seat(id, &member.person.nip, notice)
            .await?
        {
            CancelOutcome::Cancelled { promoted } => {
                if let Some(p) = promoted {
                    tracing::info!(training = id, nip = %p.nip, "promoted from the waiting list");
                }
                say(bot, chat, i18n::training_seat_given_up(lang)).await?;
                Answer::silent()
            }
            CancelOutcome::LeftWaitingList => {
                say(bot, chat, i18n::training_left_waiting_list(lang)).await?;
                Answer::silent()
            }
            CancelOutcome::NotRegistered => Answer::alert(i18n::training_not_registered(lang)),
            CancelOutcome::Started => Answer::alert(i18n::training_started(lang)),
            CancelOutcome::NotATraining => Answer::alert(i18n::training_not_found(lang)),
        },
    )
}

async fn toggle(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    id: i64,
    nip: NipKey,
    page: u32,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    let actor = format!("nip:{}", member.person.nip);
    match store.toggle_attendance(id, nip.as_str(), &actor).await? {
        Ok(attended) => {
            let name = store
                .training_seats(id)
                .await?
                .into_iter()
                .find(|s| s.nip == nip.as_str())
                .map(|s| s.nama)
                .unwrap_or_default();
            attendance(bot, store, member, q, id, page, true).await?;
            // A toast is plain text: the name goes as it is.
            Ok(Answer::toast(if attended {
                i18n::training_attendance_present(lang, &name)
            } else {
                i18n::training_attendance_absent(lang, &name)
            }))
        }
        Err(AttendanceError::NotYet) => Ok(Answer::alert(i18n::training_attendance_not_yet(lang))),
        Err(AttendanceError::NotATraining) => Ok(Answer::alert(i18n::training_not_found(lang))),
        Err(AttendanceError::NotRegistered) => Ok(Answer::alert(i18n::stale_button(lang))),
    }
}

/// Whether the press came from this training's attendance list itself (a page arrow under
/// its name buttons), not from the announcement's figures: paging edits the list in place,
/// while **Kehadiran** opens it as a new message below the figures, which stay.
fn pressed_on_list(q: &CallbackQuery, id: i64) -> bool {
    let Some(keyboard) = q
        .message
        .as_ref()
        .and_then(|m| m.regular_message())
        .and_then(|m| m.reply_markup())
    else {
        return false;
    };
    keyboard.inline_keyboard.iter().flatten().any(|button| {
        matches!(
            &button.kind,
            InlineKeyboardButtonKind::CallbackData(data)
                if matches!(CallbackAction::decode(data), Ok(CallbackAction::Training(Action::Toggle(t, ..))) if t == id)
        )
    })
}

/// The attendance list, one page; edited in place when `edit` (a toggle or a page arrow
/// on the list) and the button's message is in the presser's chat.
async fn attendance(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    id: i64,
    page: u32,
    edit: bool,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let Some(content) = store.announcement(id).await? else {
        return Ok(Answer::alert(i18n::training_not_found(lang)));
    };
    let Some(training) = &content.training else {
        return Ok(Answer::alert(i18n::training_not_found(lang)));
    };
    if !training.attendance_open(now()) {
        return Ok(Answer::alert(i18n::training_attendance_not_yet(lang)));
    }
    let seats = store.training_seats(id).await?;
    if seats.is_empty() {
        return Ok(Answer::alert(i18n::training_attendance_nobody(lang)));
    }
    let pages = seats.len().div_ceil(ATTENDANCE_PAGE) as u32;
    let page = page.min(pages.saturating_sub(1));
    let present = seats.iter().filter(|s| s.attended).count();
    let rows = attendance_rows(lang, id, &seats, page, pages);
    let text = views::attendance_view(lang, &content, present, seats.len(), page, pages);
    let target = q
        .message
        .as_ref()
        .filter(|m| edit && m.chat().id == chat)
        .map(|m| (m.chat().id, m.id()));
    super::show(bot, chat, target, text, InlineKeyboardMarkup::new(rows)).await?;
    Ok(Answer::silent())
}

/// One page of the attendance list: a button per person that toggles them, and the arrows.
fn attendance_rows(
    lang: Lang,
    id: i64,
    seats: &[Seat],
    page: u32,
    pages: u32,
) -> Vec<Vec<InlineKeyboardButton>> {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = seats
        .iter()
        .skip(page as usize * ATTENDANCE_PAGE)
        .take(ATTENDANCE_PAGE)
        .filter_map(|s| {
            let key = NipKey::new(&s.nip)?;
            let mark = if s.attended { "✅" } else { "⬜" };
            let name: String = s.nama.chars().take(40).collect();
            Some(vec![InlineKeyboardButton::callback(
                format!("{mark} {name}"),
                Action::Toggle(id, key, page).encode(),
            )])
        })
        .collect();
    let mut nav = Vec::new();
    if page > 0 {
        nav.push(InlineKeyboardButton::callback(
            i18n::announce_button_prev(lang),
            Action::Attendance(id, page - 1).encode(),
        ));
    }
    if page + 1 < pages {
        nav.push(InlineKeyboardButton::callback(
            i18n::announce_button_next_page(lang),
            Action::Attendance(id, page + 1).encode(),
        ));
    }
    if !nav.is_empty() {
        rows.push(nav);
    }
    rows
}
