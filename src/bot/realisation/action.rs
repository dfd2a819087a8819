//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes rs). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, number, period};
use crate::domain::evaluation::Period;

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Realisation of a period (its key), one page of the overview.
    Page(Period, u32),
    /// Record the realisation of one indicator of the approved plan.
    Indicator(Period, i64),
    /// Use the daily log entries tagged to the indicator as evidence.
    UseDaily(Period, i64),
    /// Evidence is complete: on to the note.
    EvidenceDone(Period, i64),
    /// No note: finish the indicator.
    SkipNote(Period, i64),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Page(p, page) => format!("rs:v:{}:{page}", p.key()),
            Action::Indicator(p, i) => format!("rs:i:{}:{i}", p.key()),
            Action::UseDaily(p, i) => format!("rs:d:{}:{i}", p.key()),
            Action::EvidenceDone(p, i) => format!("rs:e:{}:{i}", p.key()),
            Action::SkipNote(p, i) => format!("rs:n:{}:{i}", p.key()),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["rs", "v", p, page] => Ok(Action::Page(period(p)?, number(page)?)),
            ["rs", "i", p, i] => Ok(Action::Indicator(period(p)?, number(i)?)),
            ["rs", "d", p, i] => Ok(Action::UseDaily(period(p)?, number(i)?)),
            ["rs", "e", p, i] => Ok(Action::EvidenceDone(period(p)?, number(i)?)),
            ["rs", "n", p, i] => Ok(Action::SkipNote(period(p)?, number(i)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Page(..)
        | Action::Indicator(..)
        | Action::UseDaily(..)
        | Action::EvidenceDone(..)
        | Action::SkipNote(..) => {}
    }
}
