//! "My evaluations" (/nilai): reading one's evaluations, acknowledging them, answering the
//! supervisor's feedback and comments, downloading one's evaluation forms.

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use teloxide::types::ChatId;

use super::dialogue::{ChatDialogue, State};
use super::{Answer, TgBot, say};
use crate::i18n;
use crate::store::Store;
use crate::store::bindings::Member;

/// Every `nl:` and `fb:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    action: Action,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let nip = member.person.nip.clone();
    match action {
        Action::Pdf(id) | Action::DocPdf(id) => {
            let Some(e) = store.evaluation_by_id(id).await? else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            let annual = matches!(action, Action::DocPdf(_));
            return super::forms::send_evaluation_form(bot, store, member, &e, annual).await;
        }
        Action::Ack(id) => {
            let Some(e) = store.evaluation_by_id(id).await? else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            if e.nip != nip {
                return Ok(Answer::alert(i18n::not_allowed(lang)));
            }
            return Ok(if store.acknowledge_evaluation(id, &nip).await? {
                Answer::toast(crate::i18n::evaluation_acknowledged(member.lang))
            } else {
                Answer::toast(crate::i18n::evaluation_already_acknowledged(member.lang))
            });
        }
        Action::Reply(id) => {
            let Some(e) = store.evaluation_by_id(id).await? else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            if e.nip != nip {
                return Ok(Answer::alert(i18n::not_allowed(lang)));
            }
            dialogue
                .update(State::MyEvaluations(state::State::ReplyText {
                    evaluation_id: id,
                }))
                .await?;
            say(bot, chat, crate::i18n::evaluation_ask_reply(member.lang)).await?;
        }
        Action::FeedbackAnswer(period) => {
            dialogue
                .update(State::MyEvaluations(state::State::CommentAnswerText {
                    period,
                }))
                .await?;
            say(
                bot,
                chat,
                crate::i18n::evaluation_ask_comment_answer(member.lang),
            )
            .await?;
        }
    }
    Ok(Answer::silent())
}
