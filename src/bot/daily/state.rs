//! Where this conversation stands, as it is stored between messages and restarts. The
//! stored form (serde's) must not change: add variants, never rename one (a renamed
//! variant keeps its old name with `#[serde(rename)]`).

use serde::{Deserialize, Serialize};

/// Where this conversation stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// Waiting for today's daily log entry (text and/or photo).
    #[serde(rename = "DailyText")]
    Text,
    /// A daily entry in e-Kinerja's shape being completed, one question at a time.
    #[serde(rename = "DailyDraft")]
    Draft(Box<DailyForm>),
    /// A daily entry was just saved: a photo, document or link sent now is its evidence
    /// (any other text is a new entry).
    #[serde(rename = "DailyEvidence")]
    Evidence { daily_id: i64 },
}

/// A daily entry in progress: what has been understood so far, and the file sent with it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DailyForm {
    /// `draft.day` is `None` while the whole line is awaited (a new entry, or Ubah).
    pub draft: crate::domain::daily::Draft,
    /// The entry being rewritten (Ubah), with its day as the default day.
    #[serde(default)]
    pub editing: Option<i64>,
    #[serde(default)]
    pub default_day: Option<chrono::NaiveDate>,
    /// The photo or document sent with the entry: kind, file id, file name.
    #[serde(default)]
    pub file: Option<(String, String, Option<String>)>,
}

/// Fails to compile when a variant is added without an example in the hub's
/// `examples()` (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::Text | State::Draft(..) | State::Evidence { .. } => {}
    }
}
