//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes ap). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{UnknownCallback, number};
use crate::domain::plan::NilaiBerakhlak;

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The Rencana SKP of a plan version, for the one who decides it: plan, version.
    Pdf(i64, i64),
    /// A page of `/persetujuan`.
    List(u32),
    /// A submitted version, paged: plan, version, page.
    Detail(i64, i64, u32),
    /// Setujui: opens the ekspektasi khusus screen for plan, version.
    Approve(i64, i64),
    /// Approve now, with whatever ekspektasi khusus were written.
    ApproveFinal(i64, i64),
    /// Write an ekspektasi khusus for a BerAKHLAK value (1–7).
    Expectation(i64, i64, u8),
    /// Kembalikan: asks for the note.
    Return(i64, i64),
    /// Setujui semua yang sesuai: lists the plans that are exactly as proposed.
    ApproveMatching,
    /// Ya, setujui: approves the list kept under this id, as it was shown.
    ApproveMatchingConfirm(i64),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Pdf(plan, version) => format!("ap:pdf:{plan}:{version}"),
            Action::List(page) => format!("ap:l:{page}"),
            Action::Detail(plan, v, page) => format!("ap:d:{plan}:{v}:{page}"),
            Action::Approve(plan, v) => format!("ap:ok:{plan}:{v}"),
            Action::ApproveFinal(plan, v) => format!("ap:fin:{plan}:{v}"),
            Action::Expectation(plan, v, n) => format!("ap:ek:{plan}:{v}:{n}"),
            Action::Return(plan, v) => format!("ap:ret:{plan}:{v}"),
            Action::ApproveMatching => "ap:all".to_string(),
            Action::ApproveMatchingConfirm(batch) => format!("ap:ally:{batch}"),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["ap", "pdf", plan, v] => Ok(Action::Pdf(number(plan)?, number(v)?)),
            ["ap", "l", page] => Ok(Action::List(number(page)?)),
            ["ap", "d", plan, v, page] => {
                Ok(Action::Detail(number(plan)?, number(v)?, number(page)?))
            }
            ["ap", "ok", plan, v] => Ok(Action::Approve(number(plan)?, number(v)?)),
            ["ap", "fin", plan, v] => Ok(Action::ApproveFinal(number(plan)?, number(v)?)),
            ["ap", "ek", plan, v, n] => {
                let n: u8 = number(n)?;
                NilaiBerakhlak::from_number(n).ok_or(UnknownCallback)?;
                Ok(Action::Expectation(number(plan)?, number(v)?, n))
            }
            ["ap", "ret", plan, v] => Ok(Action::Return(number(plan)?, number(v)?)),
            ["ap", "all"] => Ok(Action::ApproveMatching),
            ["ap", "ally", batch] => Ok(Action::ApproveMatchingConfirm(number(batch)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Pdf(..)
        | Action::List(..)
        | Action::Detail(..)
        | Action::Approve(..)
        | Action::ApproveFinal(..)
        | Action::Expectation(..)
        | Action::Return(..)
        | Action::ApproveMatching
        | Action::ApproveMatchingConfirm(..) => {}
    }
}
