//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes hh, hr). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, number};
use crate::domain::daily::Missing;

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Tag a daily log entry to an indicator.
    Tag(i64, i64),
    /// A page of this week's daily entries.
    Page(u32),
    /// Ubah: rewrite one's own daily entry.
    Edit(i64),
    /// Hapus: asks to confirm deleting one's own daily entry.
    Delete(i64),
    /// Ya, hapus: the daily entry.
    DeleteConfirm(i64),
    /// Unduh bulan ini: the month's entries as xlsx and CSV (`YYYYMM`).
    Export(u32),
    /// Change one part of one's own daily entry (asked again).
    EditPart(i64, Missing),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Tag(d, i) => format!("hr:t:{d}:{i}"),
            Action::Page(page) => format!("hh:p:{page}"),
            Action::Edit(id) => format!("hh:e:{id}"),
            Action::Delete(id) => format!("hh:d:{id}"),
            Action::DeleteConfirm(id) => format!("hh:dy:{id}"),
            Action::Export(month) => format!("hh:x:{month}"),
            Action::EditPart(id, part) => format!("hh:ep:{id}:{}", part.code()),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["hr", "t", d, i] => Ok(Action::Tag(number(d)?, number(i)?)),
            ["hh", "p", page] => Ok(Action::Page(number(page)?)),
            ["hh", "e", id] => Ok(Action::Edit(number(id)?)),
            ["hh", "d", id] => Ok(Action::Delete(number(id)?)),
            ["hh", "dy", id] => Ok(Action::DeleteConfirm(number(id)?)),
            ["hh", "x", month] => {
                let month: u32 = number(month)?;
                if !(190001..=999912).contains(&month) || !(1..=12).contains(&(month % 100)) {
                    return Err(UnknownCallback);
                }
                Ok(Action::Export(month))
            }
            ["hh", "ep", id, part] => Ok(Action::EditPart(
                number(id)?,
                Missing::from_code(part).ok_or(UnknownCallback)?,
            )),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Tag(..)
        | Action::Page(..)
        | Action::Edit(..)
        | Action::Delete(..)
        | Action::DeleteConfirm(..)
        | Action::Export(..)
        | Action::EditPart(..) => {}
    }
}
