//! The buttons of this conversation: what each asks for, and its `callback_data`
//! (under the prefixes pn). Stored on people's screens: add variants, never change one's data.

use crate::bot::callback::{NipKey, UnknownCallback, nip_key, number, period};
use crate::domain::evaluation::{Period, Rating};
use crate::domain::plan::NilaiBerakhlak;

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `/penilaian` for a period: the team list, paged.
    Team(Period, u32),
    /// One person's realisation for a period, paged.
    Person(Period, NipKey, u32),
    /// Send the person's evidence files again.
    Resend(Period, NipKey),
    /// Comment on the person's realisation.
    Comment(Period, NipKey),
    /// Comment on one indicator of the person's realisation (its umpan balik).
    CommentOn(Period, NipKey, i64),
    /// Start evaluating the person.
    Start(Period, NipKey),
    Hasil(Rating),
    Perilaku(Rating),
    /// A note for a BerAKHLAK value (1–7) during an evaluation.
    ValueNote(u8),
    /// Done with value notes: on to the feedback.
    Next,
    /// No feedback (only when none is required).
    SkipFeedback,
    /// Catatan per nilai, from the confirmation: the BerAKHLAK values to annotate.
    Notes,
    /// Nilai berikutnya: the next person of the team not yet evaluated for the period.
    NextPerson(Period),
    Save,
    Cancel,
}

impl Action {
    /// The `callback_data` for this action.
    pub fn encode(&self) -> String {
        match self {
            Action::Team(p, page) => format!("pn:t:{}:{page}", p.key()),
            Action::Person(p, nip, page) => {
                format!("pn:o:{}:{}:{page}", p.key(), nip.as_str())
            }
            Action::Resend(p, nip) => format!("pn:f:{}:{}", p.key(), nip.as_str()),
            Action::Comment(p, nip) => format!("pn:c:{}:{}", p.key(), nip.as_str()),
            Action::CommentOn(p, nip, id) => {
                format!("pn:ci:{}:{}:{id}", p.key(), nip.as_str())
            }
            Action::Start(p, nip) => format!("pn:s:{}:{}", p.key(), nip.as_str()),
            Action::Hasil(r) => format!("pn:h:{}", r.code()),
            Action::Perilaku(r) => format!("pn:b:{}", r.code()),
            Action::ValueNote(n) => format!("pn:v:{n}"),
            Action::Next => "pn:n".to_string(),
            Action::SkipFeedback => "pn:k".to_string(),
            Action::Notes => "pn:vn".to_string(),
            Action::NextPerson(p) => format!("pn:np:{}", p.key()),
            Action::Save => "pn:ok".to_string(),
            Action::Cancel => "pn:x".to_string(),
        }
    }

    /// The period and person a button is about, for the buttons about one person (the
    /// presser must evaluate them when it is pressed).
    pub fn about(&self) -> Option<(Period, NipKey)> {
        match *self {
            Action::Person(p, nip, _)
            | Action::Resend(p, nip)
            | Action::Comment(p, nip)
            | Action::CommentOn(p, nip, _)
            | Action::Start(p, nip) => Some((p, nip)),
            _ => None,
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is one of this
    /// conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["pn", "vn"] => Ok(Action::Notes),
            ["pn", "np", p] => Ok(Action::NextPerson(period(p)?)),
            ["pn", "t", p, page] => Ok(Action::Team(period(p)?, number(page)?)),
            ["pn", "o", p, nip, page] => {
                Ok(Action::Person(period(p)?, nip_key(nip)?, number(page)?))
            }
            ["pn", "f", p, nip] => Ok(Action::Resend(period(p)?, nip_key(nip)?)),
            ["pn", "c", p, nip] => Ok(Action::Comment(period(p)?, nip_key(nip)?)),
            ["pn", "ci", p, nip, id] => {
                Ok(Action::CommentOn(period(p)?, nip_key(nip)?, number(id)?))
            }
            ["pn", "s", p, nip] => Ok(Action::Start(period(p)?, nip_key(nip)?)),
            ["pn", "h", r] => Ok(Action::Hasil(Rating::from_code(r).ok_or(UnknownCallback)?)),
            ["pn", "b", r] => Ok(Action::Perilaku(
                Rating::from_code(r).ok_or(UnknownCallback)?,
            )),
            ["pn", "v", n] => {
                let n: u8 = number(n)?;
                NilaiBerakhlak::from_number(n).ok_or(UnknownCallback)?;
                Ok(Action::ValueNote(n))
            }
            ["pn", "n"] => Ok(Action::Next),
            ["pn", "k"] => Ok(Action::SkipFeedback),
            ["pn", "ok"] => Ok(Action::Save),
            ["pn", "x"] => Ok(Action::Cancel),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in [`examples`] (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::Team(..)
        | Action::Person(..)
        | Action::Resend(..)
        | Action::Comment(..)
        | Action::CommentOn(..)
        | Action::Start(..)
        | Action::Hasil(..)
        | Action::Perilaku(..)
        | Action::ValueNote(..)
        | Action::Next
        | Action::SkipFeedback
        | Action::Notes
        | Action::NextPerson(..)
        | Action::Save
        | Action::Cancel => {}
    }
}
