//! Where this conversation stands, as it is stored between messages and restarts. The
//! stored form (serde's) must not change: add variants, never rename one (a renamed
//! variant keeps its old name with `#[serde(rename)]`).

use serde::{Deserialize, Serialize};

/// Where this conversation stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// Staff writing a question on a rule change.
    AskingQuestion { announcement_id: i64 },
    /// HR writing the answer to a question.
    AnsweringQuestion { question_id: i64 },
}

/// Fails to compile when a variant is added without an example in the hub's
/// `examples()` (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::AskingQuestion { .. } | State::AnsweringQuestion { .. } => {}
    }
}
