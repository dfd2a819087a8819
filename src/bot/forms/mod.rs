//! The official forms in the chat: a Rencana SKP as PDF (staff from `/rencana`, the
//! supervisor from `/persetujuan`), and `/verifikasi <kode>` (or the QR code's deep link,
//! `/start v_<kode>`) to check a printed document.

pub mod views;

use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardMarkup, InputFile};

use super::callback::MenuItem;
use super::{Answer, TgBot, menu, say};
use crate::domain::access::may_read_evaluation;
use crate::domain::lang::Lang;
use crate::domain::plan::may_decide;
use crate::forms::{self, Genuine};
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::evaluations::EvaluationRow;
use crate::store::plans::PlanRow;
use crate::telegram::Out;

/// The bot's @username, for the verification links printed on the forms.
async fn username(bot: &TgBot) -> anyhow::Result<String> {
    forms::bot_username(|| async { Ok(bot.call(bot.api().get_me()).await?.username().to_string()) })
        .await
}

/// Sends the Rencana SKP of a plan version (0: the working copy, a draft) as a PDF.
pub async fn send_rencana(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    plan: &PlanRow,
    version: i64,
) -> anyhow::Result<Answer> {
    let (chat, lang) = (ChatId(member.chat_id), member.lang);
    let bot_username = username(bot).await?;
    let Some(issued) = forms::rencana(store, plan, version, &bot_username).await? else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    send(bot, (chat, lang), issued);
    Ok(Answer::toast(i18n::forms_on_its_way(lang)))
}

/// The Evaluasi Kinerja (or, `annual_document`, the Dokumen Evaluasi Kinerja) of a saved
/// evaluation, for its owner, whoever may evaluate them now, and HR.
pub async fn send_evaluation_form(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    e: &EvaluationRow,
    annual_document: bool,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    let own = e.nip == member.person.nip;
    let decides = match store.person(&e.nip).await? {
        Some(owner) => may_decide(&member.person, &owner).is_ok(),
        None => false,
    };
    if let Err(denied) = may_read_evaluation(&member.person, own, decides) {
        return Ok(Answer::alert(denied.localize(lang)));
    }
    if annual_document && e.period.is_quarter() {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    }
    let bot_username = username(bot).await?;
    let issued = match annual_document {
        true => forms::dokumen_evaluasi(store, e, &bot_username).await?,
        false => forms::evaluasi(store, e, &bot_username).await?,
    };
    let Some(issued) = issued else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    send(bot, (ChatId(member.chat_id), lang), issued);
    Ok(Answer::toast(i18n::forms_on_its_way(lang)))
}

/// Sends a form with its verification code, the lines the roster left empty, and
/// **Laporkan data salah** for whoever finds their data wrong or missing in it.
fn send(bot: &TgBot, (chat, lang): (ChatId, Lang), issued: forms::Issued) {
    let keyboard = InlineKeyboardMarkup::new(vec![vec![menu::menu_button(
        &i18n::menu_report_wrong_data(lang),
        MenuItem::ReportWrongData,
    )]]);
    bot.post(
        chat,
        Out::Document {
            file: InputFile::memory(issued.pdf).file_name(issued.file_name),
            caption: Some(crate::bot::forms::views::form_caption(
                lang,
                &issued.code,
                &issued.missing,
            )),
            keyboard: Some(keyboard),
        },
    );
}

/// `/verifikasi <kode>`: whether a document is genuine and current.
pub async fn verify(bot: &TgBot, store: &Store, member: &Member, code: &str) -> anyhow::Result<()> {
    let (chat, lang) = (ChatId(member.chat_id), member.lang);
    if code.trim().is_empty() {
        return say(bot, chat, i18n::forms_ask_verification_code(lang)).await;
    }
    let person = &member.person;
    let verdict = forms::verify(store, code, &person.nip, person.is_admin).await?;
    let text = match verdict {
        None => crate::bot::forms::views::document_unknown(lang, code),
        Some(Genuine {
            doc,
            owner,
            standing,
        }) => crate::bot::forms::views::document_genuine(lang, &doc, owner.as_deref(), &standing),
    };
    say(bot, chat, text).await
}
