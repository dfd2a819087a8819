//! Rule changes from both sides: **Sudah saya baca** records the time; **Tanya** takes a
//! question and brings it to every HR admin with **Jawab**; the answer goes back to the
//! asker, and HR may publish the pair as a FAQ to everyone the rule change reached.

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup};

use super::callback::CallbackAction;
use super::dialogue::{ChatDialogue, State};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with};
use crate::domain::time::format_wib;
use crate::i18n;
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
    let chat = msg.chat.id;
    let lang = member.lang;
    let text = msg.text().map(str::trim).filter(|t| !t.is_empty());
    match state {
        State::Rules(state::State::AskingQuestion { announcement_id }) => {
            let Some(text) = text.filter(|t| t.chars().count() <= MAX_QUESTION) else {
                say(&bot, chat, i18n::announce_question_text_expected(lang)).await?;
                return Ok(());
            };
            if !store.may_ask(announcement_id, &member.person.nip).await? {
                dialogue.exit().await?;
                say(&bot, chat, i18n::announce_not_for_you(lang)).await?;
                return Ok(());
            }
            store
                .ask_question(announcement_id, &member.person.nip, text, |q| {
                    // Each admin reads it in their own language.
                    super::notice(
                        crate::bot::rules::views::question_for_admins(q),
                        vec![vec![(
                            i18n::msg::announce_button_answer(),
                            Action::QuestionAnswer(q.id),
                        )]],
                    )
                })
                .await?;
            dialogue.exit().await?;
            say(&bot, chat, i18n::announce_question_sent(lang)).await?;
        }
        State::Rules(state::State::AnsweringQuestion { question_id }) => {
            if !member.person.is_admin {
                dialogue.exit().await?;
                say(&bot, chat, i18n::only_admins(lang)).await?;
                return Ok(());
            }
            let Some(text) = text.filter(|t| t.chars().count() <= MAX_ANSWER) else {
                say(&bot, chat, i18n::announce_answer_text_expected(lang)).await?;
                return Ok(());
            };
            let actor = format!("nip:{}", member.person.nip);
            let outcome = store
                .answer_question(question_id, text, &actor, |q| {
                    // In the asker's language.
                    super::notice::<CallbackAction>(
                        crate::bot::rules::views::answer_for_asker(q, text),
                        Vec::new(),
                    )
                })
                .await?;
            dialogue.exit().await?;
            match outcome {
                AnswerOutcome::Answered(q) => {
                    let keyboard =
                        InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                            i18n::announce_button_faq(lang),
                            Action::QuestionFaq(q.id).encode(),
                        )]]);
                    say_with(
                        &bot,
                        chat,
                        crate::bot::rules::views::answer_sent(lang, &q),
                        keyboard,
                    )
                    .await?;
                }
                AnswerOutcome::AlreadyAnswered(_) => {
                    say(&bot, chat, i18n::announce_already_answered(lang)).await?;
                }
                AnswerOutcome::NotFound => {
                    say(&bot, chat, i18n::announce_question_not_found(lang)).await?;
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
    action: Action,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let nip = &member.person.nip;
    match action {
        Action::Ack(id) => Ok(match store.acknowledge(id, nip).await? {
            AckOutcome::Recorded(at) => {
                Answer::alert(i18n::announce_rule_acknowledged(lang, &format_wib(at)))
            }
            AckOutcome::Already(at) => Answer::alert(i18n::announce_rule_already_acknowledged(
                lang,
                &format_wib(at),
            )),
            AckOutcome::NotRecipient => Answer::alert(i18n::announce_not_for_you(lang)),
            AckOutcome::NotARule => Answer::alert(i18n::stale_button(lang)),
        }),
        Action::Ask(id) => {
            if !store.may_ask(id, nip).await? {
                return Ok(Answer::alert(i18n::announce_not_for_you(lang)));
            }
            dialogue
                .update(State::Rules(state::State::AskingQuestion {
                    announcement_id: id,
                }))
                .await?;
            say(
                bot,
                chat,
                i18n::announce_ask_question(lang, &id.to_string()),
            )
            .await?;
            Ok(Answer::silent())
        }
        Action::QuestionAnswer(qid) => {
            if !member.person.is_admin {
                return Ok(Answer::alert(i18n::only_admins(lang)));
            }
            let Some(question) = store.question(qid).await? else {
                return Ok(Answer::alert(i18n::announce_question_not_found(lang)));
            };
            if question.answer.is_some() {
                return Ok(Answer::alert(i18n::announce_already_answered(lang)));
            }
            dialogue
                .update(State::Rules(state::State::AnsweringQuestion {
                    question_id: qid,
                }))
                .await?;
            say(
                bot,
                chat,
                crate::bot::rules::views::ask_answer(lang, &question),
            )
            .await?;
            Ok(Answer::silent())
        }
        Action::QuestionFaq(qid) => {
            if !member.person.is_admin {
                return Ok(Answer::alert(i18n::only_admins(lang)));
            }
            let Some(question) = store.question(qid).await? else {
                return Ok(Answer::alert(i18n::announce_question_not_found(lang)));
            };
            let actor = format!("nip:{}", member.person.nip);
            Ok(
                match store
                    .publish_faq(
                        qid,
                        &crate::bot::rules::views::faq_text(lang, &question),
                        &actor,
                        Some(&member.person.nip),
                    )
                    .await?
                {
                    FaqOutcome::Published { id, recipients } => {
                        let published = i18n::announce_faq_published(
                            lang,
                            &id.to_string(),
                            &recipients.to_string(),
                        );
                        say(bot, chat, published).await?;
                        // The FAQ's delivery is followed like any announcement's.
                        super::announce::start_progress(bot, store, chat, lang, id, recipients)
                            .await?;
                        Answer::silent()
                    }
                    FaqOutcome::AlreadyPublished(id) => {
                        Answer::alert(i18n::announce_faq_already(lang, &id.to_string()))
                    }
                    FaqOutcome::NotAnswered => Answer::alert(i18n::announce_faq_needs_answer(lang)),
                    FaqOutcome::NotFound => Answer::alert(i18n::announce_question_not_found(lang)),
                },
            )
        }
    }
}
