//! The persisted dialogue state of a private chat. Its serde form lives in the database
//! across restarts and releases: add variants, never rename or remove one (a removed
//! variant reads as "no dialogue" and the person starts again from the menu).

use serde::{Deserialize, Serialize};
use teloxide::dispatching::dialogue::Dialogue;

use crate::store::dialogues::DialogueStorage;

/// Where a private chat's conversation stands.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum State {
    /// No dialogue: commands and menu buttons.
    #[default]
    Idle,
    /// Waiting for the person to describe what is wrong in their roster data.
    ReportingWrongData,
}

/// The dialogue handle the handlers receive.
pub type ChatDialogue = Dialogue<State, DialogueStorage<State>>;
