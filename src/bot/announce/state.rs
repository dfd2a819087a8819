//! Where this conversation stands, as it is stored between messages and restarts. The
//! stored form (serde's) must not change: add variants, never rename one (a renamed
//! variant keeps its old name with `#[serde(rename)]`).

use serde::{Deserialize, Serialize};

use crate::domain::broadcast::Attachment;

/// Where this conversation stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// HR composing an announcement.
    Composing(Box<Draft>),
}

/// An announcement being composed; written to the outbox only on Kirim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// domain::broadcast::Audience::encode, once chosen.
    pub audience: Option<String>,
    pub units: Vec<String>,
    pub text: Option<String>,
    pub step: ComposeStep,
    /// domain::broadcast::Kind code; drafts from before kinds existed are info.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub attachment: Option<Attachment>,
    /// Training details as they are entered.
    #[serde(default)]
    pub starts_at: Option<i64>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub quota: Option<i64>,
    #[serde(default)]
    pub jp: Option<i64>,
    #[serde(default)]
    pub deadline: Option<i64>,
}

/// Where the composer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ComposeStep {
    Audience,
    Units,
    Text,
    Preview,
    Kind,
    TrainingStart,
    TrainingPlace,
    TrainingQuota,
    TrainingJp,
    TrainingDeadline,
}

/// Fails to compile when a variant is added without an example in the hub's
/// `examples()` (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::Composing(..) => {}
    }
}
