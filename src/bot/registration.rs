//! Registration: binding a Telegram account to a NIP, by one's own shared contact or by a
//! one-time invitation code (`/start <code>`). Someone not registered yet is answered in
//! the language their Telegram is set to (English, or Indonesian); every refusal is logged,
//! and none of them binds anything.

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ButtonRequest, KeyboardButton, KeyboardMarkup, KeyboardRemove};

use super::commands::Command;
use anyhow::Context;

use super::{HandlerResult, InChat, TgBot, menu, messages, say, sync_commands};
use crate::domain::invitation::InviteCode;
use crate::domain::lang::Lang;
use crate::domain::phone::Phone;
use crate::domain::registration::{RegistrationError, verify_own_contact};
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::BindError;
use crate::telegram::Out;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dptree::entry()
        .branch(
            dptree::entry()
                .filter_command::<Command>()
                .filter_map(|cmd: Command| match cmd {
                    Command::Start(arg) => Some(arg),
                    _ => None,
                })
                .endpoint(on_start),
        )
        .branch(Message::filter_contact().endpoint(on_contact))
}

async fn on_start(bot: TgBot, store: Store, msg: Message, arg: String) -> HandlerResult {
    let in_chat = InChat::of(&msg);
    start(bot, store, msg, arg).await.context(in_chat)
}

async fn start(bot: TgBot, store: Store, msg: Message, arg: String) -> HandlerResult {
    let Some(user) = &msg.from else { return Ok(()) };
    let member = store.member(user.id.0 as i64).await?;
    // The QR code of a printed form: `/start v_<kode>`.
    if let Some(code) = arg.trim().strip_prefix("v_") {
        return match member {
            Some(member) => super::forms::verify(&bot, &store, &member, code).await,
            None => {
                let lang = Lang::from_telegram(user.language_code.as_deref());
                say(
                    &bot,
                    msg.chat.id,
                    crate::i18n::forms_verify_after_registering(lang),
                )
                .await
            }
        };
    }
    if let Some(member) = member {
        say(
            &bot,
            msg.chat.id,
            messages::already_registered(member.lang, &member.person),
        )
        .await?;
        sync_commands(&bot, &store, &member).await?;
        return menu::send_menu(&bot, msg.chat.id, &member).await;
    }
    let arg = arg.trim();
    if arg.is_empty() {
        return offer_contact_button(&bot, &msg).await;
    }
    let outcome = match InviteCode::parse(arg) {
        Ok(code) => {
            store
                .bind_by_code(user.id.0 as i64, msg.chat.id.0, &code.hash())
                .await
        }
        Err(_) => Err(RegistrationError::UnknownCode.into()),
    };
    finish(&bot, &store, &msg, outcome, "invitation").await
}

async fn offer_contact_button(bot: &TgBot, msg: &Message) -> HandlerResult {
    let lang = telegram_lang(msg);
    let keyboard = KeyboardMarkup::new(vec![vec![
        KeyboardButton::new(i18n::share_contact_button(lang)).request(ButtonRequest::Contact),
    ]])
    .resize_keyboard()
    .one_time_keyboard();
    bot.post(
        msg.chat.id,
        Out::with_markup(i18n::welcome_unregistered(lang), keyboard.into()),
    );
    Ok(())
}

async fn on_contact(bot: TgBot, store: Store, msg: Message) -> HandlerResult {
    let in_chat = InChat::of(&msg);
    contact(bot, store, msg).await.context(in_chat)
}

async fn contact(bot: TgBot, store: Store, msg: Message) -> HandlerResult {
    let (Some(user), Some(contact)) = (&msg.from, msg.contact()) else {
        return Ok(());
    };
    if let Some(member) = store.member(user.id.0 as i64).await? {
        say(
            &bot,
            msg.chat.id,
            messages::already_registered(member.lang, &member.person),
        )
        .await?;
        return Ok(());
    }
    let outcome = match verify_own_contact(user.id.0, contact.user_id.map(|id| id.0)) {
        Err(e) => Err(e.into()),
        // A number that does not even read as an Indonesian phone cannot be in the roster.
        Ok(()) => match Phone::parse(&contact.phone_number) {
            Ok(phone) => {
                store
                    .bind_by_phone(user.id.0 as i64, msg.chat.id.0, &phone)
                    .await
            }
            Err(_) => Err(RegistrationError::UnknownPhone.into()),
        },
    };
    finish(&bot, &store, &msg, outcome, "contact").await
}

/// Answers a binding attempt: the welcome and the menu, or the reason it was refused.
async fn finish(
    bot: &TgBot,
    store: &Store,
    msg: &Message,
    outcome: Result<crate::domain::person::Person, BindError>,
    via: &str,
) -> HandlerResult {
    let user_id = msg.from.as_ref().map(|u| u.id.0).unwrap_or_default();
    // The language Telegram says the person uses: English, or Indonesian.
    let lang = telegram_lang(msg);
    match outcome {
        Ok(person) => {
            tracing::info!(user = user_id, nip = %person.nip, via, "account bound");
            bot.post(
                msg.chat.id,
                Out::with_markup(
                    messages::registered(lang, &person),
                    KeyboardRemove::new().into(),
                ),
            );
            store.set_language(user_id as i64, lang).await?;
            let Some(member) = store.member(user_id as i64).await? else {
                return Ok(());
            };
            sync_commands(bot, store, &member).await?;
            menu::send_menu(bot, msg.chat.id, &member).await
        }
        Err(BindError::Refused(reason)) => {
            tracing::warn!(user = user_id, via, reason = ?reason, "registration refused");
            say(bot, msg.chat.id, messages::esc(&reason.localize(lang))).await?;
            Ok(())
        }
        Err(BindError::Store(e)) => Err(e.into()),
    }
}

/// The language of someone not registered yet: the one their Telegram is set to.
fn telegram_lang(msg: &Message) -> Lang {
    Lang::from_telegram(msg.from.as_ref().and_then(|u| u.language_code.as_deref()))
}
