//! Where this conversation stands, as it is stored between messages and restarts. The
//! stored form (serde's) must not change: add variants, never rename one (a renamed
//! variant keeps its old name with `#[serde(rename)]`).

use serde::{Deserialize, Serialize};

use crate::domain::{plan::Aspek, quantity::Quantity};

/// Where this conversation stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// Waiting for the text of a new RHK, or of an RHK being edited.
    RhkText { plan_id: i64, editing: Option<i64> },
    /// Waiting for an indicator's text (a new one, or a replacement for `replacing`).
    IndicatorText { rhk_id: i64, replacing: Option<i64> },
    /// Waiting for the target with its unit.
    IndicatorTarget {
        rhk_id: i64,
        replacing: Option<i64>,
        text: String,
    },
    /// Waiting for the aspect button.
    IndicatorAspek {
        rhk_id: i64,
        replacing: Option<i64>,
        text: String,
        target: Quantity,
    },
    /// Waiting for the higher/lower-is-better button.
    IndicatorArah {
        rhk_id: i64,
        replacing: Option<i64>,
        text: String,
        target: Quantity,
        aspek: Aspek,
    },
    /// Changing only the text of a saved indicator.
    IndicatorEditText { indicator_id: i64 },
    /// Changing only the target of a saved indicator.
    IndicatorEditTarget { indicator_id: i64 },
}

/// Fails to compile when a variant is added without an example in the hub's
/// `examples()` (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::RhkText { .. }
        | State::IndicatorText { .. }
        | State::IndicatorTarget { .. }
        | State::IndicatorAspek { .. }
        | State::IndicatorArah { .. }
        | State::IndicatorEditText { .. }
        | State::IndicatorEditTarget { .. } => {}
    }
}
