//! Rule changes from both sides: **Sudah saya baca** records the time; **Tanya** takes a
//! question and brings it to every HR admin with **Jawab**; the answer goes back to the
//! asker, and HR may publish the pair as a FAQ to everyone the rule change reached.

use crate::domain::text::Notice;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback::CallbackAction;
use super::dialogue::{ChatDialogue, State};
use super::messages::{self, announce_button};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::rules::{AckOutcome, AnswerOutcome, FaqOutcome};

/// The longest question and answer accepted.
const MAX_QUESTION: usize = 1000;
const MAX_ANSWER: usize = 2000;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(
        |state| {
            matches!(
                state,
                State::AskingQuestion { .. } | State::AnsweringQuestion { .. }
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
    let chat = msg.chat.id;
    let text = msg.text().map(str::trim).filter(|t| !t.is_empty());
    match state {
        State::AskingQuestion { announcement_id } => {
            let Some(text) = text.filter(|t| t.chars().count() <= MAX_QUESTION) else {
                say(&bot, chat, messages::question_text_expected()).await?;
                return Ok(());
            };
            if !store.may_ask(announcement_id, &member.person.nip).await? {
                dialogue.exit().await?;
                say(&bot, chat, messages::not_for_you()).await?;
                return Ok(());
            }
            store
                .ask_question(announcement_id, &member.person.nip, text, |q| {
                    let keyboard =
                        InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                            announce_button::ANSWER,
                            CallbackAction::QuestionAnswer(q.id).encode(),
                        )]]);
                    let mut notice = Notice::new(messages::question_for_admins(q));
                    notice.buttons = super::buttons_of(&keyboard);
                    notice
                })
                .await?;
            dialogue.exit().await?;
            say(&bot, chat, messages::question_sent()).await?;
        }
        State::AnsweringQuestion { question_id } => {
            if !member.person.is_admin {
                dialogue.exit().await?;
                say(&bot, chat, messages::only_admins()).await?;
                return Ok(());
            }
            let Some(text) = text.filter(|t| t.chars().count() <= MAX_ANSWER) else {
                say(&bot, chat, messages::answer_text_expected()).await?;
                return Ok(());
            };
            let actor = format!("nip:{}", member.person.nip);
            let outcome = store
                .answer_question(question_id, text, &actor, |q| {
                    Notice::new(messages::answer_for_asker(q, text))
                })
                .await?;
            dialogue.exit().await?;
            match outcome {
                AnswerOutcome::Answered(q) => {
                    let keyboard =
                        InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                            announce_button::FAQ,
                            CallbackAction::QuestionFaq(q.id).encode(),
                        )]]);
                    say_with(&bot, chat, messages::answer_sent(&q), keyboard).await?;
                }
                AnswerOutcome::AlreadyAnswered(_) => {
                    say(&bot, chat, messages::already_answered()).await?;
                }
                AnswerOutcome::NotFound => {
                    say(&bot, chat, messages::question_not_found()).await?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// Every `at:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    action: CallbackAction,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let nip = &member.person.nip;
    match action {
        CallbackAction::RuleAck(id) => Ok(match store.acknowledge(id, nip).await? {
            AckOutcome::Recorded(at) => Answer::alert(messages::rule_acknowledged(at)),
            AckOutcome::Already(at) => Answer::alert(messages::rule_already_acknowledged(at)),
            AckOutcome::NotRecipient => Answer::alert(messages::not_for_you()),
            AckOutcome::NotARule => Answer::alert(messages::stale_button()),
        }),
        CallbackAction::RuleAsk(id) => {
            if !store.may_ask(id, nip).await? {
                return Ok(Answer::alert(messages::not_for_you()));
            }
            dialogue
                .update(State::AskingQuestion {
                    announcement_id: id,
                })
                .await?;
            say(bot, chat, messages::ask_question(id)).await?;
            Ok(Answer::silent())
        }
        CallbackAction::QuestionAnswer(qid) => {
            if !member.person.is_admin {
                return Ok(Answer::alert(messages::only_admins()));
            }
            let Some(question) = store.question(qid).await? else {
                return Ok(Answer::alert(messages::question_not_found()));
            };
            if question.answer.is_some() {
                return Ok(Answer::alert(messages::already_answered()));
            }
            dialogue
                .update(State::AnsweringQuestion { question_id: qid })
                .await?;
            say(bot, chat, messages::ask_answer(&question)).await?;
            Ok(Answer::silent())
        }
        CallbackAction::QuestionFaq(qid) => {
            if !member.person.is_admin {
                return Ok(Answer::alert(messages::only_admins()));
            }
            let Some(question) = store.question(qid).await? else {
                return Ok(Answer::alert(messages::question_not_found()));
            };
            let actor = format!("nip:{}", member.person.nip);
            Ok(
                match store
                    .publish_faq(
                        qid,
                        &messages::faq_text(&question),
                        &actor,
                        Some(&member.person.nip),
                    )
                    .await?
                {
                    FaqOutcome::Published { id, recipients } => {
                        say(bot, chat, messages::faq_published(id, recipients)).await?;
                        // The FAQ's delivery is followed like any announcement's.
                        super::announce::start_progress(bot, store, chat, id, recipients).await?;
                        Answer::silent()
                    }
                    FaqOutcome::AlreadyPublished(id) => Answer::alert(messages::faq_already(id)),
                    FaqOutcome::NotAnswered => Answer::alert(messages::faq_needs_answer()),
                    FaqOutcome::NotFound => Answer::alert(messages::question_not_found()),
                },
            )
        }
        _ => Ok(Answer::alert(messages::stale_button())),
    }
}
