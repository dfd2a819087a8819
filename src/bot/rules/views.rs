//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::announce::views::*;
use crate::bot::messages::*;
use crate::domain::lang::Lang;
use crate::i18n::{self, Msg};
use crate::store::broadcast::AnnouncementContent;
use crate::store::rules::Question;

/// The reminder a non-acknowledger gets, above the rule change itself.
pub fn rule_reminder(content: &AnnouncementContent) -> Msg {
    i18n::msg::announce_rule_reminder(content.id.to_string())
        .then("\n\n")
        .then(announcement_msg(content))
}

/// What HR admins get when someone asks.
pub fn question_for_admins(q: &Question) -> Msg {
    i18n::msg::announce_question_for_admins(
        q.id.to_string(),
        q.announcement_id.to_string(),
        esc(&q.nama),
        esc(&q.nip),
        esc(&q.text),
    )
}

pub fn ask_answer(lang: Lang, q: &Question) -> String {
    i18n::announce_ask_answer(lang, &q.id.to_string(), &esc(&q.nama), &esc(&q.text))
}

/// What the asker gets.
pub fn answer_for_asker(q: &Question, answer: &str) -> Msg {
    i18n::msg::announce_answer_for_asker(q.announcement_id.to_string(), esc(&q.text), esc(answer))
}

pub fn answer_sent(lang: Lang, q: &Question) -> String {
    i18n::announce_answer_sent(lang, &esc(&q.nama))
}

/// The stored text of a FAQ (plain: it is escaped when shown), in the language of the
/// admin who publishes it: like any announcement's text, its author's words.
pub fn faq_text(lang: Lang, q: &Question) -> String {
    i18n::announce_faq_text(lang, &q.text, q.answer.as_deref().unwrap_or_default())
}
