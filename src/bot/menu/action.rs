//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes bh, m, rm, tim). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{MENU_CODES, MenuItem, UnknownCallback, number};
use crate::domain::{lang::Lang, reminder::ReminderKind};

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A `/menu` entry.
    Open(MenuItem),
    /// Read Kinerja in this language from now on.
    SetLanguage(Lang),
    /// A page of the supervisor's team list.
    TeamPage(u32),
    /// Silence or restore an optional reminder.
    ReminderToggle(ReminderKind),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Open(item) => {
                let code = MENU_CODES
                    .iter()
                    .find(|(i, _)| i == item)
                    .map(|(_, c)| *c)
                    .unwrap_or("help");
                format!("m:{code}")
            }
            Action::SetLanguage(lang) => format!("bh:{}", lang.code()),
            Action::TeamPage(page) => format!("tim:{page}"),
            Action::ReminderToggle(k) => format!("rm:t:{}", k.code()),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["m", code] => MENU_CODES
                .iter()
                .find(|(_, c)| c == code)
                .map(|(item, _)| Action::Open(*item))
                .ok_or(UnknownCallback),
            ["bh", code] => Lang::from_code(code)
                .map(Action::SetLanguage)
                .ok_or(UnknownCallback),
            ["tim", page] => Ok(Action::TeamPage(number(page)?)),
            ["rm", "t", code] => ReminderKind::from_code(code)
                .map(Action::ReminderToggle)
                .ok_or(UnknownCallback),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Open(..)
        | Action::SetLanguage(..)
        | Action::TeamPage(..)
        | Action::ReminderToggle(..) => {}
    }
}
