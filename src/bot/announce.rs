//! `/pengumuman`: everyone sees the latest announcements they received; HR admins compose
//! one — audience, text, a preview exactly as recipients will see it with the recipient
//! count, then **Kirim** or **Batal**. Kirim writes the announcement and its outbox in one
//! transaction and leaves delivery to the sender; HR gets one progress message that the
//! sender keeps current. Every step re-checks that the presser is an HR admin now.

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback::{AudienceChoice, CallbackAction};
use super::dialogue::{ChatDialogue, ComposeStep, Draft, State};
use super::messages::{self, announce_button};
use super::{Answer, HandlerResult, TgBot, in_dialogue, say, say_with};
use crate::domain::broadcast::{Audience, Kind, MAX_TEXT, check_text};
use crate::domain::time::current_year_wib;
use crate::store::Store;
use crate::store::bindings::Member;

/// How many of the latest announcements `/pengumuman` lists.
const LATEST: i64 = 5;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::filter(|state: State| matches!(state, State::Composing(_))).endpoint(on_message)
}

async fn on_message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
) -> HandlerResult {
    in_dialogue(
        bot,
        store,
        msg,
        dialogue,
        |bot, store, msg, dialogue, member| message(bot, store, msg, dialogue, state, member),
    )
    .await
}

async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    let chat = msg.chat.id;
    let State::Composing(mut draft) = state else {
        return Ok(());
    };
    if !member.person.is_admin {
        dialogue.exit().await?;
        say(&bot, chat, messages::only_admins()).await?;
        return Ok(());
    }
    if draft.step != ComposeStep::Text {
        say(&bot, chat, messages::use_the_buttons()).await?;
        return Ok(());
    }
    let Some(text) = msg.text() else {
        say(&bot, chat, messages::ask_announcement_text()).await?;
        return Ok(());
    };
    if let Err(e) = check_text(text) {
        say(
            &bot,
            chat,
            format!(
                "{}\n\n{}",
                messages::esc(&e.to_string()),
                messages::ask_announcement_text()
            ),
        )
        .await?;
        return Ok(());
    }
    draft.text = Some(text.trim().chars().take(MAX_TEXT).collect());
    draft.step = ComposeStep::Preview;
    preview(&bot, &store, chat, &draft).await?;
    dialogue.update(State::Composing(draft)).await?;
    Ok(())
}

fn audience_of(draft: &Draft) -> Option<Audience> {
    draft
        .audience
        .as_deref()
        .and_then(|a| Audience::parse(a).ok())
}

async fn preview(bot: &TgBot, store: &Store, chat: ChatId, draft: &Draft) -> anyhow::Result<()> {
    let (Some(audience), Some(text)) = (audience_of(draft), draft.text.as_deref()) else {
        return Ok(());
    };
    say(bot, chat, messages::announcement(text)).await?;
    let count = store.audience_size(&audience).await?;
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        InlineKeyboardButton::callback(
            announce_button::SEND,
            CallbackAction::AnnounceSend.encode(),
        ),
        InlineKeyboardButton::callback(
            announce_button::CANCEL,
            CallbackAction::AnnounceCancel.encode(),
        ),
    ]]);
    say_with(
        bot,
        chat,
        messages::announcement_preview_note(count, &describe(&audience)),
        keyboard,
    )
    .await?;
    Ok(())
}

/// The audience in words, for HR.
fn describe(audience: &Audience) -> String {
    match audience {
        Audience::Everyone => "semua pegawai terdaftar".into(),
        Audience::Supervisors => "para atasan".into(),
        Audience::NoSubmittedPlan(year) => format!("yang belum mengirim rencana {year}"),
        Audience::Units(units) => format!("unit {}", units.join(", ")),
    }
}

/// `/pengumuman`: the latest announcements; for HR also the button to write one.
pub async fn show(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let list = store
        .received_announcements(&member.person.nip, LATEST)
        .await?;
    let text = if list.is_empty() {
        messages::no_announcements()
    } else {
        messages::announcements_list(&list)
    };
    if member.person.is_admin {
        let keyboard = InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
            announce_button::NEW,
            CallbackAction::AnnounceNew.encode(),
        )]]);
        say_with(bot, chat, text, keyboard).await?;
    } else {
        say(bot, chat, text).await?;
    }
    Ok(())
}

async fn ask_units(bot: &TgBot, store: &Store, chat: ChatId, draft: &Draft) -> anyhow::Result<()> {
    let units = store.units().await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = units
        .iter()
        .enumerate()
        .take(40)
        .map(|(i, u)| {
            let mark = if draft.units.contains(u) { "✓ " } else { "" };
            let short: String = u.chars().take(40).collect();
            vec![InlineKeyboardButton::callback(
                format!("{mark}{short}"),
                CallbackAction::AnnounceUnit(i as u32).encode(),
            )]
        })
        .collect();
    rows.push(vec![InlineKeyboardButton::callback(
        announce_button::NEXT,
        CallbackAction::AnnounceUnitsDone.encode(),
    )]);
    say_with(
        bot,
        chat,
        messages::ask_units(&draft.units),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(())
}

/// Every `pg:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    action: CallbackAction,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    if !member.person.is_admin {
        tracing::warn!(
            user = member.telegram_user_id,
            "announcement button pressed by someone who is not HR"
        );
        return Ok(Answer::alert(messages::only_admins()));
    }
    if action == CallbackAction::AnnounceNew {
        let draft = Draft {
            audience: None,
            units: Vec::new(),
            text: None,
            step: ComposeStep::Audience,
        };
        dialogue.update(State::Composing(Box::new(draft))).await?;
        let b = |label: &str, choice| {
            InlineKeyboardButton::callback(label, CallbackAction::AnnounceAudience(choice).encode())
        };
        let keyboard = InlineKeyboardMarkup::new(vec![
            vec![b(announce_button::EVERYONE, AudienceChoice::Everyone)],
            vec![b(announce_button::SUPERVISORS, AudienceChoice::Supervisors)],
            vec![b(
                &format!("{} {}", announce_button::NO_PLAN, current_year_wib()),
                AudienceChoice::NoPlan,
            )],
            vec![b(announce_button::UNITS, AudienceChoice::Units)],
        ]);
        say_with(bot, chat, messages::ask_audience(), keyboard).await?;
        return Ok(Answer::silent());
    }
    let Some(State::Composing(mut draft)) = dialogue.get().await? else {
        return Ok(Answer::alert(messages::stale_button()));
    };
    match (action, draft.step) {
        (CallbackAction::AnnounceCancel, _) => {
            dialogue.exit().await?;
            say(bot, chat, messages::announcement_cancelled()).await?;
            return Ok(Answer::silent());
        }
        (CallbackAction::AnnounceAudience(choice), ComposeStep::Audience) => {
            let audience = match choice {
                AudienceChoice::Everyone => Some(Audience::Everyone),
                AudienceChoice::Supervisors => Some(Audience::Supervisors),
                AudienceChoice::NoPlan => Some(Audience::NoSubmittedPlan(current_year_wib())),
                AudienceChoice::Units => None,
            };
            match audience {
                Some(audience) => {
                    if store.audience_size(&audience).await? == 0 {
                        return Ok(Answer::alert(messages::nobody_in_audience()));
                    }
                    draft.audience = Some(audience.encode());
                    draft.step = ComposeStep::Text;
                    say(bot, chat, messages::ask_announcement_text()).await?;
                }
                None => {
                    draft.step = ComposeStep::Units;
                    ask_units(bot, store, chat, &draft).await?;
                }
            }
        }
        (CallbackAction::AnnounceUnit(i), ComposeStep::Units) => {
            let units = store.units().await?;
            let Some(unit) = units.get(i as usize) else {
                return Ok(Answer::alert(messages::stale_button()));
            };
            if let Some(pos) = draft.units.iter().position(|u| u == unit) {
                draft.units.remove(pos);
            } else {
                draft.units.push(unit.clone());
            }
            ask_units(bot, store, chat, &draft).await?;
        }
        (CallbackAction::AnnounceUnitsDone, ComposeStep::Units) => {
            let audience = Audience::Units(draft.units.clone());
            if draft.units.is_empty() || store.audience_size(&audience).await? == 0 {
                return Ok(Answer::alert(messages::nobody_in_audience()));
            }
            draft.audience = Some(audience.encode());
            draft.step = ComposeStep::Text;
            say(bot, chat, messages::ask_announcement_text()).await?;
        }
        (CallbackAction::AnnounceSend, ComposeStep::Preview) => {
            let (Some(audience), Some(text)) = (audience_of(&draft), draft.text.clone()) else {
                return Ok(Answer::alert(messages::stale_button()));
            };
            // The dialogue ends first: a second tap finds nothing to send.
            dialogue.exit().await?;
            let actor = format!("nip:{}", member.person.nip);
            let (id, recipients) = store
                .create_announcement(Kind::Info, &audience, &text, &actor)
                .await?;
            let status = crate::store::broadcast::DeliveryStatus {
                pending: recipients,
                ..Default::default()
            };
            let progress = say(
                bot,
                chat,
                messages::announcement_progress(
                    id,
                    &status,
                    recipients / i64::from(crate::sender::SenderConfig::default().per_second),
                ),
            )
            .await?;
            store
                .set_progress_message(id, chat.0, i64::from(progress.id.0))
                .await?;
            return Ok(Answer::silent());
        }
        _ => return Ok(Answer::alert(messages::stale_button())),
    }
    dialogue.update(State::Composing(draft)).await?;
    Ok(Answer::silent())
}
