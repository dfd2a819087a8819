//! Where sharing out an RHK or answering a proposal stands between messages and restarts.
//! The stored form (serde's) must not change: add variants, never rename one. The names are
//! the conversation's own (no other conversation has them), because the hub reads a stored
//! state by trying each conversation in turn.

use serde::{Deserialize, Serialize};

use crate::domain::roles::Split;

/// Where this conversation stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// The supervisor types the role (the RHK each person gets).
    RoleText { share_id: i64 },
    /// The supervisor types the role's indicator.
    RoleIndicatorText { share_id: i64 },
    /// The supervisor types the targets, as `split` asks.
    RoleTargets { share_id: i64, split: Split },
    /// The person types the target they take a proposal with instead.
    ProposalTarget { proposal_id: i64 },
    /// The person types why they decline a proposal.
    ProposalNote { proposal_id: i64 },
}

/// Fails to compile when a variant is added without an example in [`examples`].
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::RoleText { .. }
        | State::RoleIndicatorText { .. }
        | State::RoleTargets { .. }
        | State::ProposalTarget { .. }
        | State::ProposalNote { .. } => {}
    }
}

/// One of every state, for the hub's `examples()`.
#[doc(hidden)]
pub fn examples() -> Vec<State> {
    vec![
        State::RoleText { share_id: 1 },
        State::RoleIndicatorText { share_id: 1 },
        State::RoleTargets {
            share_id: 1,
            split: Split::Even,
        },
        State::RoleTargets {
            share_id: 1,
            split: Split::PerPerson,
        },
        State::ProposalTarget { proposal_id: 2 },
        State::ProposalNote { proposal_id: 2 },
    ]
}
