//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes lp). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, period};
use crate::domain::evaluation::Period;

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// HR's report of a period: summary and chart.
    Summary(Period),
    /// The report's workbook.
    Xlsx(Period),
    /// The report's CSV files.
    Csv(Period),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Summary(p) => format!("lp:s:{}", p.key()),
            Action::Xlsx(p) => format!("lp:x:{}", p.key()),
            Action::Csv(p) => format!("lp:c:{}", p.key()),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["lp", "s", p] => Ok(Action::Summary(period(p)?)),
            ["lp", "x", p] => Ok(Action::Xlsx(period(p)?)),
            ["lp", "c", p] => Ok(Action::Csv(period(p)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Summary(..) | Action::Xlsx(..) | Action::Csv(..) => {}
    }
}
