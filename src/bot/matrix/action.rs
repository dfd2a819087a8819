//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefix mx). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, number};

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A page of one's own role matrix for this year.
    Page(u32),
    /// The matrix as a workbook.
    Xlsx,
    /// The matrix as CSV.
    Csv,
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Page(page) => format!("mx:v:{page}"),
            Action::Xlsx => "mx:x".to_string(),
            Action::Csv => "mx:c".to_string(),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is this conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["mx", "v", page] => Ok(Action::Page(number(page)?)),
            ["mx", "x"] => Ok(Action::Xlsx),
            ["mx", "c"] => Ok(Action::Csv),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in `examples()` (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Page(..) | Action::Xlsx | Action::Csv => {}
    }
}
