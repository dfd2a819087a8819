//! Where this conversation stands, as it is stored between messages and restarts. The
//! stored form (serde's) must not change: add variants, never rename one (a renamed
//! variant keeps its old name with `#[serde(rename)]`).

use serde::{Deserialize, Serialize};

use crate::domain::evaluation::{Period, Rating};

/// Where this conversation stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// A supervisor commenting on a person's realisation, or on one indicator of it.
    CommentText {
        nip: String,
        period: Period,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        indicator: Option<i64>,
    },
    /// A supervisor in the middle of an evaluation.
    Assessing(Box<Assessment>),
}

/// An evaluation being put together, step by step; saved only at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub nip: String,
    pub period: Period,
    pub hasil: Option<Rating>,
    pub perilaku: Option<Rating>,
    pub value_notes: Vec<(u8, String)>,
    pub feedback: Option<String>,
    pub step: AssessStep,
}

impl Assessment {
    /// A new evaluation of `nip` for `period`, at its first question.
    pub fn new(nip: String, period: Period) -> Assessment {
        Assessment {
            nip,
            period,
            hasil: None,
            perilaku: None,
            value_notes: Vec::new(),
            feedback: None,
            step: AssessStep::Hasil,
        }
    }

    /// Hasil Kerja and Perilaku Kerja, once both are given.
    pub fn ratings(&self) -> Option<(Rating, Rating)> {
        self.hasil.zip(self.perilaku)
    }
}

/// Where an evaluation in progress stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AssessStep {
    Hasil,
    Perilaku,
    /// Choosing BerAKHLAK values to annotate (or moving on).
    ValueNotes,
    /// Writing the note for value 1–7.
    ValueNoteText(u8),
    Feedback,
    Confirm,
}

/// Fails to compile when a variant is added without an example in the hub's
/// `examples()` (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::CommentText { .. } | State::Assessing(..) => {}
    }
}
