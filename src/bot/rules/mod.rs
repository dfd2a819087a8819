//! Rule changes from both sides: **Sudah saya baca** records the time; **Tanya** takes a
//! question and brings it to every HR admin with **Jawab**; the answer goes back to the
//! asker, and HR may publish the pair as a FAQ to everyone the rule change reached.

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::Ctx;
use super::callback::CallbackAction;
use super::dialogue::{ChatDialogue, State};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with};
use crate::domain::access::{Duty, check};
use crate::domain::broadcast::QuestionStage;
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::rules::{AckOutcome, AnswerOutcome, FaqOutcome, Question};

/// The longest question and answer accepted.
const MAX_QUESTION: usize = 1000;
const MAX_ANSWER: usize = 2000;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(
        |state| {
            matches!(
                state,
                State::Rules(state::State::AskingQuestion { .. })
                    | State::Rules(state::State::AnsweringQuestion { .. })
            )
        },
        message,
    )
}

async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    let c = Ctx {
        bot: &bot,
        store: &store,
        member: &member,
        chat: msg.chat.id,
        lang: member.lang,
    };
    let text = msg.text().map(str::trim).filter(|t| !t.is_empty());
    match state {
        State::Rules(state::State::AskingQuestion { announcement_id }) => {
            ask(&c, &dialogue, announcement_id, text).await
        }
        State::Rules(state::State::AnsweringQuestion { question_id }) => {
            answer(&c, &dialogue, question_id, text).await
        }
        _ => Ok(()),
    }
}

/// A recipient's question on a rule change: brought to every HR admin with **Jawab**.
async fn ask(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    announcement_id: i64,
    text: Option<&str>,
) -> HandlerResult {
    let Some(text) = text.filter(|t| t.chars().count() <= MAX_QUESTION) else {
        return say(c.bot, c.chat, i18n::announce_question_text_expected(c.lang)).await;
    };
    if !c.store.may_ask(announcement_id, c.nip()).await? {
        dialogue.exit().await?;
        return say(c.bot, c.chat, i18n::announce_not_for_you(c.lang)).await;
    }
    c.store
        .ask_question(announcement_id, c.nip(), text, |q| {
            // Each admin reads it in their own language.
            super::notice(
                views::question_for_admins(q),
                vec![vec![(
                    i18n::msg::announce_button_answer(),
                    Action::QuestionAnswer(q.id),
                )]],
            )
        })
        .await?;
    dialogue.exit().await?;
    say(c.bot, c.chat, i18n::announce_question_sent(c.lang)).await
}

/// HR's answer to a question: sent to the asker, with **FAQ** for HR to publish the pair.
async fn answer(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    question_id: i64,
    text: Option<&str>,
) -> HandlerResult {
    if let Err(denied) = check(&c.member.person, Duty::AnswerQuestions) {
        dialogue.exit().await?;
        return say(c.bot, c.chat, denied.localize(c.lang)).await;
    }
    let Some(text) = text.filter(|t| t.chars().count() <= MAX_ANSWER) else {
        return say(c.bot, c.chat, i18n::announce_answer_text_expected(c.lang)).await;
    };
    let outcome = c
        .store
        .answer_question(question_id, text, &c.actor(), |q| {
            // In the asker's language.
            super::notice::<CallbackAction>(views::answer_for_asker(q, text), Vec::new())
        })
        .await?;
    dialogue.exit().await?;
    match outcome {
        AnswerOutcome::Answered(q) => {
            let keyboard = InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                i18n::announce_button_faq(c.lang),
                Action::QuestionFaq(q.id).encode(),
            )]]);
            say_with(c.bot, c.chat, views::answer_sent(c.lang, &q), keyboard).await
        }
        AnswerOutcome::AlreadyAnswered(_) => {
            say(c.bot, c.chat, i18n::announce_already_answered(c.lang)).await
        }
        AnswerOutcome::NotFound => {
            say(c.bot, c.chat, i18n::announce_question_not_found(c.lang)).await
        }
    }
}

/// Every `at:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    action: Action,
) -> anyhow::Result<Answer> {
    let c = Ctx::of(bot, store, member);
    match action {
        Action::Ack(id) => acknowledge(&c, id).await,
        Action::Ask(id) => start_question(&c, &dialogue, id).await,
        Action::QuestionAnswer(qid) => start_answer(&c, &dialogue, qid).await,
        Action::QuestionFaq(qid) => publish_faq(&c, qid).await,
    }
}

/// **Sudah saya baca**: the time it was read, recorded once.
async fn acknowledge(c: &Ctx<'_>, id: i64) -> anyhow::Result<Answer> {
    let lang = c.lang;
    Ok(match c.store.acknowledge(id, c.nip()).await? {
        AckOutcome::Recorded(at) => Answer::alert(i18n::announce_rule_acknowledged(
            lang,
            &super::messages::when(lang, at),
        )),
        AckOutcome::Already(at) => Answer::alert(i18n::announce_rule_already_acknowledged(
            lang,
            &super::messages::when(lang, at),
        )),
        AckOutcome::NotRecipient => Answer::alert(i18n::announce_not_for_you(lang)),
        AckOutcome::NotARule => Answer::alert(i18n::stale_button(lang)),
    })
}

/// **Tanya**: asks a recipient for their question.
async fn start_question(c: &Ctx<'_>, dialogue: &ChatDialogue, id: i64) -> anyhow::Result<Answer> {
    if !c.store.may_ask(id, c.nip()).await? {
        return Ok(Answer::alert(i18n::announce_not_for_you(c.lang)));
    }
    dialogue
        .update(State::Rules(state::State::AskingQuestion {
            announcement_id: id,
        }))
        .await?;
    let ask = i18n::announce_ask_question(c.lang, &id.to_string());
    say(c.bot, c.chat, ask).await?;
    Ok(Answer::silent())
}

/// **Jawab**: asks HR for the answer to a question still open.
async fn start_answer(c: &Ctx<'_>, dialogue: &ChatDialogue, qid: i64) -> anyhow::Result<Answer> {
    if let Err(denied) = check(&c.member.person, Duty::AnswerQuestions) {
        return Ok(Answer::alert(denied.localize(c.lang)));
    }
    let Some(question) = c.store.question(qid).await? else {
        return Ok(Answer::alert(i18n::announce_question_not_found(c.lang)));
    };
    if !stage_of(&question).may_answer() {
        return Ok(Answer::alert(i18n::announce_already_answered(c.lang)));
    }
    dialogue
        .update(State::Rules(state::State::AnsweringQuestion {
            question_id: qid,
        }))
        .await?;
    say(c.bot, c.chat, views::ask_answer(c.lang, &question)).await?;
    Ok(Answer::silent())
}

/// **FAQ**: publishes an answered question to everyone the rule change reached.
async fn publish_faq(c: &Ctx<'_>, qid: i64) -> anyhow::Result<Answer> {
    let lang = c.lang;
    if let Err(denied) = check(&c.member.person, Duty::AnswerQuestions) {
        return Ok(Answer::alert(denied.localize(lang)));
    }
    let Some(question) = c.store.question(qid).await? else {
        return Ok(Answer::alert(i18n::announce_question_not_found(lang)));
    };
    let faq = views::faq_text(lang, &question);
    let outcome = c
        .store
        .publish_faq(qid, &faq, &c.actor(), Some(c.nip()))
        .await?;
    Ok(match outcome {
        FaqOutcome::Published { id, recipients } => {
            let published =
                i18n::announce_faq_published(lang, &id.to_string(), &recipients.to_string());
            say(c.bot, c.chat, published).await?;
            // The FAQ's delivery is followed like any announcement's.
            super::announce::start_progress(c.bot, c.store, c.chat, lang, id, recipients).await?;
            Answer::silent()
        }
        FaqOutcome::AlreadyPublished(id) => {
            Answer::alert(i18n::announce_faq_already(lang, &id.to_string()))
        }
        FaqOutcome::NotAnswered => Answer::alert(i18n::announce_faq_needs_answer(lang)),
        FaqOutcome::NotFound => Answer::alert(i18n::announce_question_not_found(lang)),
    })
}

/// Where a question stands, from what the store recorded.
pub(crate) fn stage_of(question: &Question) -> QuestionStage {
    QuestionStage::of(question.answer.is_some(), question.faq_id.is_some())
}
