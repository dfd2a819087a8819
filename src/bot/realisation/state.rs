//! Where this conversation stands, as it is stored between messages and restarts. The
//! stored form (serde's) must not change: add variants, never rename one (a renamed
//! variant keeps its old name with `#[serde(rename)]`).

use serde::{Deserialize, Serialize};

use crate::domain::evaluation::Period;

/// Where this conversation stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// Waiting for the achieved value of an indicator (evidence is accepted meanwhile).
    #[serde(rename = "RealValue")]
    Value { period: Period, indicator_id: i64 },
    /// Collecting evidence: photos, documents, links.
    #[serde(rename = "RealEvidence")]
    Evidence { period: Period, indicator_id: i64 },
    /// Waiting for the optional short note.
    #[serde(rename = "RealNote")]
    Note { period: Period, indicator_id: i64 },
}

/// Fails to compile when a variant is added without an example in the hub's
/// `examples()` (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::Value { .. } | State::Evidence { .. } | State::Note { .. } => {}
    }
}
