//! Where recording a leave, or refusing one, stands between messages and restarts. The
//! stored form (serde's) must not change: add variants, never rename one. The names are
//! the conversation's own (no other conversation has them), because the hub reads a stored
//! state by trying each conversation in turn.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::calendar::LeaveKind;

/// A document or photo sent with a leave: its kind (`photo` | `document`) and Telegram's
/// file id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub kind: String,
    pub file_id: String,
}

/// Where this conversation stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// The kind is chosen; the first day is typed next.
    LeaveFrom { kind: LeaveKind },
    /// The last day is typed next.
    LeaveUntil { kind: LeaveKind, from: NaiveDate },
    /// A document or photo is sent next, or **Lewati**.
    LeaveFile {
        kind: LeaveKind,
        from: NaiveDate,
        until: NaiveDate,
    },
    /// The preview is shown; **Simpan** records it.
    LeavePreview {
        kind: LeaveKind,
        from: NaiveDate,
        until: NaiveDate,
        file: Option<Attachment>,
    },
    /// The supervisor types why they refuse a leave.
    LeaveRefuseNote { leave_id: i64 },
}

/// Fails to compile when a variant is added without an example in [`examples`].
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::LeaveFrom { .. }
        | State::LeaveUntil { .. }
        | State::LeaveFile { .. }
        | State::LeavePreview { .. }
        | State::LeaveRefuseNote { .. } => {}
    }
}

/// One of every state, for the hub's `examples()`.
#[doc(hidden)]
pub fn examples() -> Vec<State> {
    let from = NaiveDate::from_ymd_opt(2027, 1, 21).expect("a date");
    let until = NaiveDate::from_ymd_opt(2027, 1, 23).expect("a date");
    vec![
        State::LeaveFrom {
            kind: LeaveKind::DinasLuar,
        },
        State::LeaveUntil {
            kind: LeaveKind::Tahunan,
            from,
        },
        State::LeaveFile {
            kind: LeaveKind::Sakit,
            from,
            until,
        },
        State::LeavePreview {
            kind: LeaveKind::Sakit,
            from,
            until,
            file: Some(Attachment {
                kind: "photo".into(),
                file_id: "ph-1".into(),
            }),
        },
        State::LeavePreview {
            kind: LeaveKind::Lainnya,
            from,
            until,
            file: None,
        },
        State::LeaveRefuseNote { leave_id: 7 },
    ]
}
