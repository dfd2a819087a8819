//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes fb, nl). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, number, period};
use crate::domain::evaluation::Period;

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The Evaluasi Kinerja of a saved evaluation as PDF.
    Pdf(i64),
    /// The Dokumen Evaluasi Kinerja of a saved annual evaluation as PDF.
    DocPdf(i64),
    /// Sudah saya baca, on an evaluation.
    Ack(i64),
    /// Answer the feedback of an evaluation.
    Reply(i64),
    /// Jawab: staff answer a supervisor's comment on a period.
    FeedbackAnswer(Period),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Pdf(id) => format!("nl:pdf:{id}"),
            Action::DocPdf(id) => format!("nl:dpdf:{id}"),
            Action::Ack(id) => format!("nl:ack:{id}"),
            Action::Reply(id) => format!("nl:rep:{id}"),
            Action::FeedbackAnswer(p) => format!("fb:ans:{}", p.key()),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["nl", "pdf", id] => Ok(Action::Pdf(number(id)?)),
            ["nl", "dpdf", id] => Ok(Action::DocPdf(number(id)?)),
            ["nl", "ack", id] => Ok(Action::Ack(number(id)?)),
            ["nl", "rep", id] => Ok(Action::Reply(number(id)?)),
            ["fb", "ans", p] => Ok(Action::FeedbackAnswer(period(p)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Pdf(..)
        | Action::DocPdf(..)
        | Action::Ack(..)
        | Action::Reply(..)
        | Action::FeedbackAnswer(..) => {}
    }
}
