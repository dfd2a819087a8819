//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes at). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, number};

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Sudah saya baca, on a rule change.
    Ack(i64),
    /// Tanya, on a rule change.
    Ask(i64),
    /// Jawab: HR answers a question.
    QuestionAnswer(i64),
    /// Publish an answered question as a FAQ.
    QuestionFaq(i64),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Ack(id) => format!("at:k:{id}"),
            Action::Ask(id) => format!("at:q:{id}"),
            Action::QuestionAnswer(id) => format!("at:j:{id}"),
            Action::QuestionFaq(id) => format!("at:f:{id}"),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["at", "k", id] => Ok(Action::Ack(number(id)?)),
            ["at", "q", id] => Ok(Action::Ask(number(id)?)),
            ["at", "j", id] => Ok(Action::QuestionAnswer(number(id)?)),
            ["at", "f", id] => Ok(Action::QuestionFaq(number(id)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Ack(..)
        | Action::Ask(..)
        | Action::QuestionAnswer(..)
        | Action::QuestionFaq(..) => {}
    }
}
