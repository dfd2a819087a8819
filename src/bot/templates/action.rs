//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefix tp). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, number};

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Pakai templat: a page of the template's preview (template, page).
    Preview(i64, u32),
    /// Pakai templat ini: fill one's empty plan of this year from the template.
    Apply(i64),
    /// Salin rencana tahun lalu, into the empty plan of this year (the year on the button).
    CopyLastYear(i64),
    /// A page of the review of a copied plan: the targets to check, the RHK to link again.
    Review(u32),
    /// Simpan sebagai templat: asks to confirm, for the plan's version in force.
    Save(i64),
    /// Simpan: the plan's version on the button, if still in force (plan, version).
    SaveConfirm(i64, i64),
    /// Batal on the confirmation.
    SaveCancel,
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Preview(id, page) => format!("tp:p:{id}:{page}"),
            Action::Apply(id) => format!("tp:a:{id}"),
            Action::CopyLastYear(year) => format!("tp:c:{year}"),
            Action::Review(page) => format!("tp:r:{page}"),
            Action::Save(plan) => format!("tp:s:{plan}"),
            Action::SaveConfirm(plan, version) => format!("tp:sk:{plan}:{version}"),
            Action::SaveCancel => "tp:sx".to_string(),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is this conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["tp", "p", id, page] => Ok(Action::Preview(number(id)?, number(page)?)),
            ["tp", "a", id] => Ok(Action::Apply(number(id)?)),
            ["tp", "c", year] => Ok(Action::CopyLastYear(number(year)?)),
            ["tp", "r", page] => Ok(Action::Review(number(page)?)),
            ["tp", "s", plan] => Ok(Action::Save(number(plan)?)),
            ["tp", "sk", plan, v] => Ok(Action::SaveConfirm(number(plan)?, number(v)?)),
            ["tp", "sx"] => Ok(Action::SaveCancel),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Preview(..)
        | Action::Apply(..)
        | Action::CopyLastYear(..)
        | Action::Review(..)
        | Action::Save(..)
        | Action::SaveConfirm(..)
        | Action::SaveCancel => {}
    }
}
