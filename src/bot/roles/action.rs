//! The buttons of sharing out an RHK and of answering a proposal: what each asks for, and
//! its `callback_data` (under the prefix pr). Stored on people's screens, in queued notices
//! too: add variants, never change one's data. Every id here is re-checked when pressed.

use crate::bot::callback::{NipKey, UnknownCallback, nip_key, number};
use crate::domain::plan::Aspek;
use crate::domain::roles::{ShareKind, Split};

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Bagi peran on an RHK of one's own plan: a new draft share.
    Start(i64),
    /// A page of the team to pick from.
    Pick(i64, u32),
    /// Tick or untick one person (the page to redraw).
    Toggle(i64, NipKey, u32),
    /// Pilih semua (`true`) / Kosongkan (`false`).
    All(i64, bool),
    /// Lanjut: the people are chosen, on to the kind.
    Next(i64),
    /// Langsung / Tidak langsung.
    Kind(i64, ShareKind),
    /// The role is the supervisor's RHK text as it is.
    SameRhk(i64),
    /// The indicator is the text of the supervisor's indicator at this place.
    ParentIndicator(i64, u32),
    /// The aspect the indicator measures.
    Aspek(i64, Aspek),
    /// How the targets are given.
    Split(i64, Split),
    /// A page of the preview.
    Preview(i64, u32),
    /// Kirim usulan.
    Send(i64),
    /// Batal: the draft share is abandoned.
    Cancel(i64),
    /// A proposal's card, from /rencana.
    Open(i64),
    /// Terima.
    Accept(i64),
    /// Ubah: another target, typed next.
    Change(i64),
    /// Tolak: a note, typed next.
    Decline(i64),
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Start(rhk) => format!("pr:s:{rhk}"),
            Action::Pick(share, page) => format!("pr:p:{share}:{page}"),
            Action::Toggle(share, nip, page) => format!("pr:t:{share}:{}:{page}", nip.as_str()),
            Action::All(share, all) => format!("pr:a:{share}:{}", u8::from(*all)),
            Action::Next(share) => format!("pr:n:{share}"),
            Action::Kind(share, kind) => format!("pr:k:{share}:{}", kind.code()),
            Action::SameRhk(share) => format!("pr:sr:{share}"),
            Action::ParentIndicator(share, i) => format!("pr:pi:{share}:{i}"),
            Action::Aspek(share, aspek) => format!("pr:as:{share}:{}", aspek.code()),
            Action::Split(share, split) => format!("pr:sp:{share}:{}", split.code()),
            Action::Preview(share, page) => format!("pr:v:{share}:{page}"),
            Action::Send(share) => format!("pr:go:{share}"),
            Action::Cancel(share) => format!("pr:x:{share}"),
            Action::Open(id) => format!("pr:o:{id}"),
            Action::Accept(id) => format!("pr:y:{id}"),
            Action::Change(id) => format!("pr:c:{id}"),
            Action::Decline(id) => format!("pr:d:{id}"),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is `pr`).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["pr", "s", rhk] => Ok(Action::Start(number(rhk)?)),
            ["pr", "p", s, page] => Ok(Action::Pick(number(s)?, number(page)?)),
            ["pr", "t", s, nip, page] => {
                Ok(Action::Toggle(number(s)?, nip_key(nip)?, number(page)?))
            }
            ["pr", "a", s, all] => Ok(Action::All(
                number(s)?,
                match *all {
                    "1" => true,
                    "0" => false,
                    _ => return Err(UnknownCallback),
                },
            )),
            ["pr", "n", s] => Ok(Action::Next(number(s)?)),
            ["pr", "k", s, k] => Ok(Action::Kind(
                number(s)?,
                ShareKind::from_code(k).ok_or(UnknownCallback)?,
            )),
            ["pr", "sr", s] => Ok(Action::SameRhk(number(s)?)),
            ["pr", "pi", s, i] => Ok(Action::ParentIndicator(number(s)?, number(i)?)),
            ["pr", "as", s, a] => Ok(Action::Aspek(
                number(s)?,
                Aspek::from_code(a).ok_or(UnknownCallback)?,
            )),
            ["pr", "sp", s, sp] => Ok(Action::Split(
                number(s)?,
                Split::from_code(sp).ok_or(UnknownCallback)?,
            )),
            ["pr", "v", s, page] => Ok(Action::Preview(number(s)?, number(page)?)),
            ["pr", "go", s] => Ok(Action::Send(number(s)?)),
            ["pr", "x", s] => Ok(Action::Cancel(number(s)?)),
            ["pr", "o", id] => Ok(Action::Open(number(id)?)),
            ["pr", "y", id] => Ok(Action::Accept(number(id)?)),
            ["pr", "c", id] => Ok(Action::Change(number(id)?)),
            ["pr", "d", id] => Ok(Action::Decline(number(id)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in the hub's `examples()`
/// (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Start(..)
        | Action::Pick(..)
        | Action::Toggle(..)
        | Action::All(..)
        | Action::Next(..)
        | Action::Kind(..)
        | Action::SameRhk(..)
        | Action::ParentIndicator(..)
        | Action::Aspek(..)
        | Action::Split(..)
        | Action::Preview(..)
        | Action::Send(..)
        | Action::Cancel(..)
        | Action::Open(..)
        | Action::Accept(..)
        | Action::Change(..)
        | Action::Decline(..) => {}
    }
}

/// One of every button, with the largest ids, for the hub's `examples()`.
#[doc(hidden)]
pub fn examples() -> Vec<Action> {
    let id = i64::MAX;
    let nip = NipKey::new("198505152010012002").expect("a NIP");
    vec![
        Action::Start(id),
        Action::Pick(id, u32::MAX),
        Action::Toggle(id, nip, u32::MAX),
        Action::All(id, true),
        Action::All(id, false),
        Action::Next(id),
        Action::Kind(id, ShareKind::Direct),
        Action::Kind(id, ShareKind::Indirect),
        Action::SameRhk(id),
        Action::ParentIndicator(id, 3),
        Action::Aspek(id, Aspek::Kuantitas),
        Action::Split(id, Split::Even),
        Action::Split(id, Split::Same),
        Action::Split(id, Split::PerPerson),
        Action::Preview(id, u32::MAX),
        Action::Send(id),
        Action::Cancel(id),
        Action::Open(id),
        Action::Accept(id),
        Action::Change(id),
        Action::Decline(id),
    ]
}
