//! "My roster data is wrong": the person describes what is wrong, HR receives it with the
//! person's current data and marks it handled, and the person is told. The wrong supervisor
//! or unit is the commonest complaint about the national system, so it must be one tap away.
//! Each reads in their own language: the person, every HR admin, and the admin who marks it.

pub mod action;
pub mod state;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup};

use super::dialogue::{ChatDialogue, State};
use super::messages::{self, MAX_REPORT_CHARS};

use super::{Answer, HandlerResult, TgBot, dialogue_branch, menu, say, say_with};
use crate::domain::access::{Duty, check};
use crate::domain::person::Person;
use crate::i18n::{self, Lang, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::reports::{DataReport, HandleOutcome};

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(
        |state| matches!(state, State::WrongData(state::State::ReportingWrongData)),
        |bot, store, msg, dialogue, _state, member| description(bot, store, msg, dialogue, member),
    )
}

async fn description(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    member: Member,
) -> HandlerResult {
    let lang = member.lang;
    let max = MAX_REPORT_CHARS.to_string();
    // Anything but text (a photo, a sticker) keeps the dialogue where it is.
    let Some(text) = msg.text().map(str::trim).filter(|t| !t.is_empty()) else {
        say(
            &bot,
            msg.chat.id,
            i18n::wrong_data_expected_text(lang, &max),
        )
        .await?;
        return Ok(());
    };
    let len = text.chars().count();
    if len > MAX_REPORT_CHARS {
        let text = i18n::wrong_data_too_long(lang, &len.to_string(), &max);
        say(&bot, msg.chat.id, text).await?;
        return Ok(());
    }
    // Stored before anything is sent: a failure after this point loses nothing.
    let id = store.create_data_report(&member.person.nip, text).await?;
    dialogue.exit().await?;
    let report = store
        .data_report(id)
        .await?
        .ok_or_else(|| anyhow::anyhow!("data report {id} vanished"))?;
    let admins = store.admin_members().await?;
    for admin in &admins {
        let chat = ChatId(admin.chat_id);
        if let Err(e) = send_to_hr(&bot, chat, admin.lang, &report, &member.person).await {
            tracing::warn!(chat = admin.chat_id, report = id, error = %e, "could not deliver a data report to HR");
        }
    }
    say(
        &bot,
        msg.chat.id,
        messages::wrong_data_sent(lang, id, admins.len()),
    )
    .await?;
    Ok(())
}

/// A report as an HR admin reading `lang` sees it, with the button that marks it handled.
async fn send_to_hr(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    report: &DataReport,
    person: &Person,
) -> anyhow::Result<()> {
    let keyboard = InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
        i18n::wrong_data_handled_button(lang),
        Action::Handled(report.id).encode(),
    )]]);
    say_with(
        bot,
        chat,
        messages::wrong_data_for_hr(lang, report, person),
        keyboard,
    )
    .await?;
    Ok(())
}

/// Every `kr:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    match action {
        Action::NextReport => on_next_report(bot, store, member).await,
        Action::Handled(id) => on_handled(bot, store, member, q, id).await,
    }
}

/// HR opens the oldest report still waiting.
pub async fn on_next_report(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<Answer> {
    let lang = member.lang;
    if let Err(denied) = check(&member.person, Duty::HandleDataReports) {
        return Ok(Answer::alert(denied.localize(lang)));
    }
    let Some(report) = store.oldest_open_data_report().await? else {
        return Ok(Answer::toast(i18n::wrong_data_none_open(lang)));
    };
    // The reporter may have left the roster since; the report still deserves an answer.
    let person = match store.person(&report.nip).await? {
        Some(p) => p,
        None => Person {
            nip: report.nip.clone(),
            nama: i18n::wrong_data_inactive(lang),
            jabatan: "—".into(),
            unit_kerja: "—".into(),
            nip_atasan: None,
            nama_atasan: None,
            telepon: None,
            is_admin: false,
            bawahan: 0,
            pangkat_golongan: None,
        },
    };
    send_to_hr(bot, ChatId(member.chat_id), lang, &report, &person).await?;
    Ok(Answer::silent())
}

/// HR marks a report handled: only an admin, now, and only once.
pub async fn on_handled(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    id: i64,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    if let Err(denied) = check(&member.person, Duty::CloseDataReport) {
        tracing::warn!(
            user = member.telegram_user_id,
            report = id,
            "non-admin pressed a data-report button"
        );
        return Ok(Answer::alert(denied.localize(lang)));
    }
    let Some(report) = store.data_report(id).await? else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    match store.handle_data_report(id, &member.person.nama).await? {
        HandleOutcome::AlreadyHandledBy(by) => {
            Ok(Answer::alert(i18n::wrong_data_already_handled(lang, &by)))
        }
        HandleOutcome::Handled => {
            let handled = store.data_report(id).await?.unwrap_or(report);
            stamp(bot, q, lang, &handled).await?;
            if let Some(reporter) = store.member_by_nip(&handled.nip).await? {
                say(
                    bot,
                    ChatId(reporter.chat_id),
                    i18n::wrong_data_handled_for_reporter(reporter.lang, &id.to_string()),
                )
                .await?;
            }
            Ok(Answer::toast(i18n::wrong_data_marked(lang)))
        }
    }
}

/// The stamp goes under the text HR saw; the button disappears.
async fn stamp(
    bot: &TgBot,
    q: &CallbackQuery,
    lang: Lang,
    handled: &DataReport,
) -> anyhow::Result<()> {
    let Some(message) = &q.message else {
        return Ok(());
    };
    let Some(text) = message.regular_message().and_then(|m| m.text()) else {
        return Ok(());
    };
    let stamp = messages::wrong_data_handled_stamp(
        lang,
        handled.handled_by.as_deref().unwrap_or_default(),
        handled.handled_at.unwrap_or_default(),
    );
    let original = messages::esc(text);
    menu::edit(
        bot,
        message.chat().id,
        message.id(),
        format!("{original}{stamp}"),
        InlineKeyboardMarkup::default(),
    )
    .await
}
