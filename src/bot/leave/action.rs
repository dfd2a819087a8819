//! The buttons of `/cuti`: what each asks for, and its `callback_data` (under the prefix
//! cu). Stored on people's screens, in queued notices too: add variants, never change one's
//! data. Every id here is re-checked when pressed.

use crate::bot::callback::{UnknownCallback, number};
use crate::domain::calendar::LeaveKind;

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// The kind of a new leave: the dialogue starts.
    Kind(LeaveKind),
    /// Lewati: no document.
    Skip,
    /// Simpan, under the preview.
    Save,
    /// Batal: the leave being written is dropped.
    Abort,
    /// Catat cuti baru: the kinds again.
    New,
    /// Tolak, on the supervisor's notice.
    Refuse(i64),
    /// Lihat lampiran: the document or photo of a leave.
    File(i64),
    /// Batalkan: one's own leave withdrawn.
    Withdraw(i64),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Kind(kind) => format!("cu:k:{}", kind.code()),
            Action::Skip => "cu:s".to_string(),
            Action::Save => "cu:ok".to_string(),
            Action::Abort => "cu:x".to_string(),
            Action::New => "cu:n".to_string(),
            Action::Refuse(id) => format!("cu:t:{id}"),
            Action::File(id) => format!("cu:f:{id}"),
            Action::Withdraw(id) => format!("cu:b:{id}"),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is `cu`).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["cu", "k", code] => LeaveKind::ALL
                .into_iter()
                .find(|k| k.code() == *code)
                .map(Action::Kind)
                .ok_or(UnknownCallback),
            ["cu", "s"] => Ok(Action::Skip),
            ["cu", "ok"] => Ok(Action::Save),
            ["cu", "x"] => Ok(Action::Abort),
            ["cu", "n"] => Ok(Action::New),
            ["cu", "t", id] => Ok(Action::Refuse(number(id)?)),
            ["cu", "f", id] => Ok(Action::File(number(id)?)),
            ["cu", "b", id] => Ok(Action::Withdraw(number(id)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`].
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Kind(..)
        | Action::Skip
        | Action::Save
        | Action::Abort
        | Action::New
        | Action::Refuse(..)
        | Action::File(..)
        | Action::Withdraw(..) => {}
    }
}

/// One of every button, the largest numbers where there are numbers.
#[doc(hidden)]
pub fn examples() -> Vec<Action> {
    let mut actions: Vec<Action> = LeaveKind::ALL.into_iter().map(Action::Kind).collect();
    actions.extend([
        Action::Skip,
        Action::Save,
        Action::Abort,
        Action::New,
        Action::Refuse(i64::MAX),
        Action::File(i64::MAX),
        Action::Withdraw(i64::MAX),
    ]);
    actions
}
