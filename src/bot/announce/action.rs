//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes pg). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{AUDIENCE_CODES, AudienceChoice, UnknownCallback, number};
use crate::domain::broadcast::Kind;

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// HR starts composing an announcement.
    New,
    /// The audience: everyone, supervisors, no submitted plan, or choose units.
    Audience(AudienceChoice),
    /// Toggle the unit at this index of the roster's sorted unit list.
    Unit(u32),
    /// Units chosen: on to the text.
    UnitsDone,
    Send,
    Cancel,
    /// The kind of a new announcement.
    Kind(Kind),
    /// A recipient's button shown in HR's preview: does nothing.
    Preview,
    /// Show an announcement again, with its buttons as they stand now.
    Open(i64),
    /// HR's list of sent announcements, paged.
    List(u32),
    /// HR's figures of one announcement.
    Detail(i64),
    /// Remind those who have not acknowledged a rule change: announcement, reminders seen.
    Remind(i64, i64),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::New => "pg:new".to_string(),
            Action::Audience(choice) => {
                let code = AUDIENCE_CODES
                    .iter()
                    .find(|(c, _)| c == choice)
                    .map(|(_, s)| *s)
                    .unwrap_or("all");
                format!("pg:a:{code}")
            }
            Action::Unit(i) => format!("pg:u:{i}"),
            Action::UnitsDone => "pg:un".to_string(),
            Action::Send => "pg:send".to_string(),
            Action::Cancel => "pg:x".to_string(),
            Action::Kind(kind) => format!("pg:k:{}", kind.code()),
            Action::Preview => "pg:pv".to_string(),
            Action::Open(id) => format!("pg:o:{id}"),
            Action::List(page) => format!("pg:l:{page}"),
            Action::Detail(id) => format!("pg:d:{id}"),
            Action::Remind(id, round) => format!("pg:r:{id}:{round}"),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["pg", "new"] => Ok(Action::New),
            ["pg", "a", code] => AUDIENCE_CODES
                .iter()
                .find(|(_, c)| c == code)
                .map(|(choice, _)| Action::Audience(*choice))
                .ok_or(UnknownCallback),
            ["pg", "u", i] => Ok(Action::Unit(number(i)?)),
            ["pg", "un"] => Ok(Action::UnitsDone),
            ["pg", "send"] => Ok(Action::Send),
            ["pg", "x"] => Ok(Action::Cancel),
            ["pg", "k", code] => match Kind::from_code(code) {
                Some(kind) if kind != Kind::Faq => Ok(Action::Kind(kind)),
                _ => Err(UnknownCallback),
            },
            ["pg", "pv"] => Ok(Action::Preview),
            ["pg", "o", id] => Ok(Action::Open(number(id)?)),
            ["pg", "l", page] => Ok(Action::List(number(page)?)),
            ["pg", "d", id] => Ok(Action::Detail(number(id)?)),
            ["pg", "r", id, round] => Ok(Action::Remind(number(id)?, number(round)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::New
        | Action::Audience(..)
        | Action::Unit(..)
        | Action::UnitsDone
        | Action::Send
        | Action::Cancel
        | Action::Kind(..)
        | Action::Preview
        | Action::Open(..)
        | Action::List(..)
        | Action::Detail(..)
        | Action::Remind(..) => {}
    }
}
