//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes lt). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{NipKey, UnknownCallback, nip_key, number};

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Daftar on a training.
    Register(i64),
    /// Batalkan pendaftaran.
    Cancel(i64),
    /// HR's attendance list of a training, paged.
    Attendance(i64, u32),
    /// Toggle one person's attendance (training, person, page to redraw).
    Toggle(i64, NipKey, u32),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Register(id) => format!("lt:r:{id}"),
            Action::Cancel(id) => format!("lt:c:{id}"),
            Action::Attendance(id, page) => format!("lt:a:{id}:{page}"),
            Action::Toggle(id, nip, page) => {
                format!("lt:t:{id}:{}:{page}", nip.as_str())
            }
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["lt", "r", id] => Ok(Action::Register(number(id)?)),
            ["lt", "c", id] => Ok(Action::Cancel(number(id)?)),
            ["lt", "a", id, page] => Ok(Action::Attendance(number(id)?, number(page)?)),
            ["lt", "t", id, nip, page] => {
                Ok(Action::Toggle(number(id)?, nip_key(nip)?, number(page)?))
            }
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Register(..) | Action::Cancel(..) | Action::Attendance(..) | Action::Toggle(..) => {
        }
    }
}
