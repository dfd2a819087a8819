//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes pl). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{IndicatorPart, UnknownCallback, number};
use crate::domain::plan::{Arah, Aspek, Jenis};

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A page of one's own plan for this year.
    Page(u32),
    /// Start a new RHK in one's own plan.
    AddRhk,
    /// Send the plan to the supervisor (Kirim).
    Submit,
    /// Open an approved plan for a change request.
    Change,
    /// One RHK of one's own plan.
    Rhk(i64),
    RhkJenis(i64, Jenis),
    /// A page of the supervisor's approved RHK to intervene.
    RhkParentPage(i64, u32),
    /// Intervene the supervisor's RHK (0: none).
    RhkParent(i64, i64),
    RhkEditText(i64),
    RhkDelete(i64),
    IndicatorAdd(i64),
    IndicatorAspek(i64, Aspek),
    IndicatorArah(i64, Arah),
    IndicatorEdit(i64),
    IndicatorDelete(i64),
    /// A page of an RHK's indicators and their buttons.
    RhkPage(i64, u32),
    /// Ya, hapus: the RHK with its indicators.
    RhkDeleteConfirm(i64),
    /// Ya, hapus: one indicator.
    IndicatorDeleteConfirm(i64),
    /// Change the text or the target of a saved indicator (typed next).
    IndicatorEditPart(i64, IndicatorPart),
    /// Set a saved indicator's aspect (its direction follows the aspect's usual one).
    IndicatorSetAspek(i64, Aspek),
    /// Set a saved indicator's direction; `true` on the card shown right after saving.
    IndicatorSetArah(i64, Arah, bool),
    /// Tarik kembali: asks to confirm withdrawing the submitted plan.
    Withdraw,
    /// Withdraw the submitted version (the one on the button) before it is decided.
    WithdrawConfirm(i64),
    /// Batal on a typing step of the plan: back to the plan.
    CancelInput,
    /// Unduh PDF: the versions of one's own plan to choose from.
    PdfMenu,
    /// The Rencana SKP of one's own plan as PDF: a version, or 0 for the working copy.
    Pdf(i64),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Page(page) => format!("pl:v:{page}"),
            Action::AddRhk => "pl:add".to_string(),
            Action::Submit => "pl:send".to_string(),
            Action::Change => "pl:chg".to_string(),
            Action::Rhk(id) => format!("pl:r:{id}"),
            Action::RhkJenis(id, jenis) => format!("pl:j:{id}:{}", jenis.code()),
            Action::RhkParentPage(id, page) => format!("pl:pp:{id}:{page}"),
            Action::RhkParent(id, parent) => format!("pl:p:{id}:{parent}"),
            Action::RhkEditText(id) => format!("pl:re:{id}"),
            Action::RhkDelete(id) => format!("pl:rx:{id}"),
            Action::IndicatorAdd(id) => format!("pl:ia:{id}"),
            Action::IndicatorAspek(id, aspek) => format!("pl:as:{id}:{}", aspek.code()),
            Action::IndicatorArah(id, arah) => format!("pl:ar:{id}:{}", arah.code()),
            Action::IndicatorEdit(id) => format!("pl:ie:{id}"),
            Action::IndicatorDelete(id) => format!("pl:ix:{id}"),
            Action::RhkPage(id, page) => format!("pl:rp:{id}:{page}"),
            Action::RhkDeleteConfirm(id) => format!("pl:rxy:{id}"),
            Action::IndicatorDeleteConfirm(id) => format!("pl:ixy:{id}"),
            Action::IndicatorEditPart(id, part) => format!("pl:iep:{id}:{}", part.code()),
            Action::IndicatorSetAspek(id, aspek) => {
                format!("pl:isa:{id}:{}", aspek.code())
            }
            Action::IndicatorSetArah(id, arah, saved) => {
                format!("pl:isr:{id}:{}:{}", arah.code(), u8::from(*saved))
            }
            Action::Withdraw => "pl:wd".to_string(),
            Action::WithdrawConfirm(version) => format!("pl:wdy:{version}"),
            Action::CancelInput => "pl:x".to_string(),
            Action::PdfMenu => "pl:pdf".to_string(),
            Action::Pdf(version) => format!("pl:pdf:{version}"),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["pl", "v", page] => Ok(Action::Page(number(page)?)),
            ["pl", "add"] => Ok(Action::AddRhk),
            ["pl", "send"] => Ok(Action::Submit),
            ["pl", "chg"] => Ok(Action::Change),
            ["pl", "r", id] => Ok(Action::Rhk(number(id)?)),
            ["pl", "j", id, j] => Ok(Action::RhkJenis(
                number(id)?,
                Jenis::from_code(j).ok_or(UnknownCallback)?,
            )),
            ["pl", "pp", id, page] => Ok(Action::RhkParentPage(number(id)?, number(page)?)),
            ["pl", "p", id, parent] => Ok(Action::RhkParent(number(id)?, number(parent)?)),
            ["pl", "re", id] => Ok(Action::RhkEditText(number(id)?)),
            ["pl", "rx", id] => Ok(Action::RhkDelete(number(id)?)),
            ["pl", "ia", id] => Ok(Action::IndicatorAdd(number(id)?)),
            ["pl", "as", id, a] => Ok(Action::IndicatorAspek(
                number(id)?,
                Aspek::from_code(a).ok_or(UnknownCallback)?,
            )),
            ["pl", "ar", id, a] => Ok(Action::IndicatorArah(
                number(id)?,
                Arah::from_code(a).ok_or(UnknownCallback)?,
            )),
            ["pl", "ie", id] => Ok(Action::IndicatorEdit(number(id)?)),
            ["pl", "ix", id] => Ok(Action::IndicatorDelete(number(id)?)),
            ["pl", "rp", id, page] => Ok(Action::RhkPage(number(id)?, number(page)?)),
            ["pl", "rxy", id] => Ok(Action::RhkDeleteConfirm(number(id)?)),
            ["pl", "ixy", id] => Ok(Action::IndicatorDeleteConfirm(number(id)?)),
            ["pl", "iep", id, part] => Ok(Action::IndicatorEditPart(
                number(id)?,
                IndicatorPart::from_code(part).ok_or(UnknownCallback)?,
            )),
            ["pl", "isa", id, a] => Ok(Action::IndicatorSetAspek(
                number(id)?,
                Aspek::from_code(a).ok_or(UnknownCallback)?,
            )),
            ["pl", "isr", id, a, saved] => Ok(Action::IndicatorSetArah(
                number(id)?,
                Arah::from_code(a).ok_or(UnknownCallback)?,
                match *saved {
                    "1" => true,
                    "0" => false,
                    _ => return Err(UnknownCallback),
                },
            )),
            ["pl", "wd"] => Ok(Action::Withdraw),
            ["pl", "wdy", v] => Ok(Action::WithdrawConfirm(number(v)?)),
            ["pl", "x"] => Ok(Action::CancelInput),
            ["pl", "pdf"] => Ok(Action::PdfMenu),
            ["pl", "pdf", v] => Ok(Action::Pdf(number(v)?)),
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
        | Action::AddRhk
        | Action::Submit
        | Action::Change
        | Action::Rhk(..)
        | Action::RhkJenis(..)
        | Action::RhkParentPage(..)
        | Action::RhkParent(..)
        | Action::RhkEditText(..)
        | Action::RhkDelete(..)
        | Action::IndicatorAdd(..)
        | Action::IndicatorAspek(..)
        | Action::IndicatorArah(..)
        | Action::IndicatorEdit(..)
        | Action::IndicatorDelete(..)
        | Action::RhkPage(..)
        | Action::RhkDeleteConfirm(..)
        | Action::IndicatorDeleteConfirm(..)
        | Action::IndicatorEditPart(..)
        | Action::IndicatorSetAspek(..)
        | Action::IndicatorSetArah(..)
        | Action::Withdraw
        | Action::WithdrawConfirm(..)
        | Action::CancelInput
        | Action::PdfMenu
        | Action::Pdf(..) => {}
    }
}
