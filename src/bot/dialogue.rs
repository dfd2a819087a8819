//! The persisted dialogue state of a private chat. Its serde form lives in the database
//! across restarts and releases: add variants, never rename or remove one (a removed
//! variant reads as "no dialogue" and the person starts again from the menu).

use serde::{Deserialize, Serialize};
use teloxide::dispatching::dialogue::Dialogue;

use crate::domain::plan::Aspek;
use crate::domain::quantity::Quantity;
use crate::store::dialogues::DialogueStorage;

/// Where a private chat's conversation stands.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// No dialogue: commands and menu buttons.
    #[default]
    Idle,
    /// Waiting for the person to describe what is wrong in their roster data.
    ReportingWrongData,
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
    /// A supervisor writing the note that returns a plan version.
    ReturnNote { plan_id: i64, version: i64 },
    /// A supervisor writing an ekspektasi khusus for BerAKHLAK value `nilai` (1–7).
    ExpectationText {
        plan_id: i64,
        version: i64,
        nilai: u8,
    },
}

/// The dialogue handle the handlers receive.
pub type ChatDialogue = Dialogue<State, DialogueStorage<State>>;
