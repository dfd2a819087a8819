//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes kr). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, number};

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// HR opens the oldest open data report.
    NextReport,
    /// HR marks a data report handled.
    Handled(i64),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::NextReport => "kr:next".to_string(),
            Action::Handled(id) => format!("kr:ok:{id}"),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["kr", "next"] => Ok(Action::NextReport),
            ["kr", "ok", id] => Ok(Action::Handled(number(id)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::NextReport | Action::Handled(..) => {}
    }
}
