//! "My evaluations" (/nilai): reading one's evaluations, acknowledging them, answering the
//! supervisor's feedback and comments, downloading one's evaluation forms. Only the person
//! evaluated acknowledges or answers ([`may_answer_evaluation`]).

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup};

use super::dialogue::{ChatDialogue, State};
use super::widgets::button;
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with};
use crate::bot::plan::views::MAX_PLAN_TEXT;
use crate::domain::access::may_answer_evaluation;
use crate::domain::evaluation::{Period, awaits_acknowledgement};
use crate::domain::lang::Lang;
use crate::domain::time::current_year_wib;
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::evaluations::EvaluationRow;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(|state| matches!(state, State::MyEvaluations(_)), message)
}

/// The answer to an evaluation's feedback or to a supervisor's comment.
async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    let State::MyEvaluations(state) = state else {
        return Ok(());
    };
    let chat = msg.chat.id;
    let text = msg.text().or(msg.caption()).map(str::trim);
    let Some(text) = text.filter(|t| !t.is_empty()) else {
        let expected = i18n::plan_text_expected(member.lang, &MAX_PLAN_TEXT.to_string());
        return say(&bot, chat, expected).await;
    };
    dialogue.exit().await?;
    match state {
        state::State::ReplyText { evaluation_id } => {
            let Some(e) = store
                .evaluation_by_id(evaluation_id)
                .await?
                .filter(|e| may_answer_evaluation(&member.person, &e.nip).is_ok())
            else {
                return Ok(());
            };
            let to = Some(e.evaluator_nip.as_str());
            pass_on(&bot, &store, &member, chat, (e.period, to), text).await
        }
        state::State::CommentAnswerText { period } => {
            let to = member.person.nip_atasan.as_deref();
            pass_on(&bot, &store, &member, chat, (period, to), text).await
        }
    }
}

/// Keeps a staff member's answer in the period's feedback conversation, passes it on to
/// the supervisor (`to`, a NIP) in their language, and confirms it.
async fn pass_on(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    chat: ChatId,
    (period, to): (Period, Option<&str>),
    text: &str,
) -> HandlerResult {
    let nip = &member.person.nip;
    store
        .add_feedback_message(nip, period, nip, text, None)
        .await?;
    if let Some(to) = to
        && let Some(sup) = store.member_by_nip(to).await?
    {
        let reply = views::reply_for_supervisor(sup.lang, &member.person.nama, period, text);
        say(bot, ChatId(sup.chat_id), reply).await?;
    }
    say(bot, chat, i18n::evaluation_reply_sent(member.lang)).await
}

/// `/nilai`: this year's evaluations, each with its buttons.
pub async fn show_evaluations(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<()> {
    let (chat, lang) = (ChatId(member.chat_id), member.lang);
    let year = current_year_wib();
    let list = store.evaluations_of(&member.person.nip, year).await?;
    if list.is_empty() {
        let none = i18n::evaluation_none(lang, &year.to_string());
        say(bot, chat, none).await?;
        return Ok(());
    }
    for e in list {
        send_evaluation(bot, store, (chat, lang), &e).await?;
    }
    Ok(())
}

/// One evaluation as its owner sees it, with Sudah saya baca and Tanggapi.
pub(crate) async fn send_evaluation(
    bot: &TgBot,
    store: &Store,
    // The owner's chat and language, whoever sends it (the supervisor's save sends it too).
    (chat, lang): (ChatId, Lang),
    e: &EvaluationRow,
) -> anyhow::Result<()> {
    let evaluator = store
        .person(&e.evaluator_nip)
        .await?
        .map(|p| p.nama)
        .unwrap_or_else(|| e.evaluator_nip.clone());
    let mut row = Vec::new();
    if awaits_acknowledgement(e.acknowledged_at.is_some(), e.reopened) {
        row.push(button(i18n::evaluation_button_ack(lang), Action::Ack(e.id)));
    }
    row.push(button(
        i18n::evaluation_button_reply(lang),
        Action::Reply(e.id),
    ));
    let forms = form_buttons(lang, e);
    say_with(
        bot,
        chat,
        views::evaluation_text(lang, e, &evaluator),
        InlineKeyboardMarkup::new(vec![row, forms]),
    )
    .await
}

/// The official forms of a saved evaluation: the Evaluasi Kinerja and, for the year, the
/// Dokumen Evaluasi Kinerja.
pub(crate) fn form_buttons(lang: Lang, e: &EvaluationRow) -> Vec<InlineKeyboardButton> {
    let mut forms = vec![button(i18n::forms_pdf_button(lang), Action::Pdf(e.id))];
    if !e.period.is_quarter() {
        forms.push(button(
            i18n::forms_dokumen_evaluasi_button(lang),
            Action::DocPdf(e.id),
        ));
    }
    forms
}

/// Every `nl:` and `fb:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    action: Action,
) -> anyhow::Result<Answer> {
    match action {
        Action::Pdf(id) => send_form(bot, store, member, id, false).await,
        Action::DocPdf(id) => send_form(bot, store, member, id, true).await,
        Action::Ack(id) => acknowledge(store, member, id).await,
        Action::Reply(id) => ask_reply(bot, store, member, &dialogue, id).await,
        Action::FeedbackAnswer(period) => ask_comment_answer(bot, member, &dialogue, period).await,
    }
}

/// The Evaluasi Kinerja, or with `annual` the Dokumen Evaluasi Kinerja, of evaluation `id`.
async fn send_form(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    id: i64,
    annual: bool,
) -> anyhow::Result<Answer> {
    let Some(e) = store.evaluation_by_id(id).await? else {
        return Ok(Answer::alert(i18n::stale_button(member.lang)));
    };
    super::forms::send_evaluation_form(bot, store, member, &e, annual).await
}

/// Evaluation `id` when `member` may answer it, otherwise the alert saying why not.
async fn own_evaluation(
    store: &Store,
    member: &Member,
    id: i64,
) -> anyhow::Result<Result<EvaluationRow, Answer>> {
    let Some(e) = store.evaluation_by_id(id).await? else {
        return Ok(Err(Answer::alert(i18n::stale_button(member.lang))));
    };
    Ok(match may_answer_evaluation(&member.person, &e.nip) {
        Ok(()) => Ok(e),
        Err(denied) => Err(Answer::alert(denied.localize(member.lang))),
    })
}

/// Sudah saya baca.
async fn acknowledge(store: &Store, member: &Member, id: i64) -> anyhow::Result<Answer> {
    if let Err(refusal) = own_evaluation(store, member, id).await? {
        return Ok(refusal);
    }
    Ok(
        if store.acknowledge_evaluation(id, &member.person.nip).await? {
            Answer::toast(i18n::evaluation_acknowledged(member.lang))
        } else {
            Answer::toast(i18n::evaluation_already_acknowledged(member.lang))
        },
    )
}

/// Tanggapi: asks for the answer to the evaluation's feedback.
async fn ask_reply(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: &ChatDialogue,
    id: i64,
) -> anyhow::Result<Answer> {
    if let Err(refusal) = own_evaluation(store, member, id).await? {
        return Ok(refusal);
    }
    dialogue
        .update(State::MyEvaluations(state::State::ReplyText {
            evaluation_id: id,
        }))
        .await?;
    let chat = ChatId(member.chat_id);
    say(bot, chat, i18n::evaluation_ask_reply(member.lang)).await?;
    Ok(Answer::silent())
}

/// Jawab: asks for the answer to the supervisor's comment on `period`.
async fn ask_comment_answer(
    bot: &TgBot,
    member: &Member,
    dialogue: &ChatDialogue,
    period: Period,
) -> anyhow::Result<Answer> {
    dialogue
        .update(State::MyEvaluations(state::State::CommentAnswerText {
            period,
        }))
        .await?;
    let chat = ChatId(member.chat_id);
    say(bot, chat, i18n::evaluation_ask_comment_answer(member.lang)).await?;
    Ok(Answer::silent())
}
