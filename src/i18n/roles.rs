//! Texts of sharing out an RHK (*Bagi peran*): the supervisor's steps from choosing the team
//! to sending the proposals, the proposal a person receives with Terima / Ubah / Tolak, the
//! open proposals in /rencana, and what the supervisor is told of an answer.

catalogue! {
    roles_button_share = "roles-button-share"();
    roles_pick_title = "roles-pick-title"(rhk, chosen, total);
    roles_button_all = "roles-button-all"();
    roles_button_none = "roles-button-none"();
    roles_button_next = "roles-button-next"(n);
    roles_button_cancel = "roles-button-cancel"();
    roles_ask_kind = "roles-ask-kind"(rhk, n);
    roles_kind_direct = "roles-kind-direct"();
    roles_kind_indirect = "roles-kind-indirect"();
    roles_ask_role = "roles-ask-role"(kind);
    roles_ask_role_direct = "roles-ask-role-direct"(rhk);
    roles_button_same_rhk = "roles-button-same-rhk"();
    roles_ask_indicator = "roles-ask-indicator"(role);
    roles_ask_indicator_choose = "roles-ask-indicator-choose"();
    roles_ask_aspek = "roles-ask-aspek"(indicator);
    roles_ask_split = "roles-ask-split"(n);
    roles_split_even = "roles-split-even"();
    roles_split_same = "roles-split-same"();
    roles_split_per_person = "roles-split-per-person"();
    roles_ask_total = "roles-ask-total"(n);
    roles_ask_same = "roles-ask-same"(n);
    roles_ask_per_person = "roles-ask-per-person"(n);
    roles_targets_count = "roles-targets-count"(expected, got);
    roles_targets_line = "roles-targets-line"(line, error);
    roles_preview = "roles-preview"(parent, kind, role, indicator, aspek, n);
    roles_button_send = "roles-button-send"(n);
    roles_sent = "roles-sent"(n);
    roles_sent_unregistered = "roles-sent-unregistered"(n);
    roles_cancelled = "roles-cancelled"();
    roles_proposal = "roles-proposal"(atasan, year);
    roles_proposal_details = "roles-proposal-details"(parent, kind, rhk, indicator, target, aspek);
    roles_proposal_draft = "roles-proposal-draft"();
    roles_proposal_approved = "roles-proposal-approved"();
    roles_button_accept = "roles-button-accept"();
    roles_button_change = "roles-button-change"();
    roles_button_decline = "roles-button-decline"();
    roles_open_heading = "roles-open-heading"();
    roles_open_line = "roles-open-line"(number, rhk, target, atasan);
    roles_open_more = "roles-open-more"(n);
    roles_button_open = "roles-button-open"(number);
    roles_accepted = "roles-accepted"(rhk);
    roles_accepted_change = "roles-accepted-change"();
    roles_ask_change = "roles-ask-change"(rhk, target);
    roles_ask_decline = "roles-ask-decline"(rhk);
    roles_declined = "roles-declined"(rhk);
    roles_told_changed = "roles-told-changed"(name, rhk, old, new);
    roles_told_declined = "roles-told-declined"(name, rhk, note);
    err_role_not_yours = "err-role-not-yours"();
    err_role_already_answered = "err-role-already-answered"();
    err_role_plan_waiting = "err-role-plan-waiting"();
    err_role_not_your_rhk = "err-role-not-your-rhk"();
    err_role_plan_not_sent = "err-role-plan-not-sent"();
    err_role_no_team = "err-role-no-team"();
    err_role_not_your_subordinate = "err-role-not-your-subordinate"();
    err_role_share_closed = "err-role-share-closed"();
    err_role_nobody_chosen = "err-role-nobody-chosen"();
    err_role_incomplete = "err-role-incomplete"();
}

use super::{Lang, Localize};
use crate::domain::roles::RoleError;

impl Localize for RoleError {
    fn localize(&self, lang: Lang) -> String {
        match self {
            RoleError::NotYours => crate::i18n::err_role_not_yours(lang),
            RoleError::AlreadyAnswered => crate::i18n::err_role_already_answered(lang),
            RoleError::PlanWaiting => crate::i18n::err_role_plan_waiting(lang),
            RoleError::NotYourRhk => crate::i18n::err_role_not_your_rhk(lang),
            RoleError::PlanNotSent => crate::i18n::err_role_plan_not_sent(lang),
            RoleError::NoTeam => crate::i18n::err_role_no_team(lang),
            RoleError::NotYourSubordinate => crate::i18n::err_role_not_your_subordinate(lang),
            RoleError::ShareClosed => crate::i18n::err_role_share_closed(lang),
            RoleError::NobodyChosen => crate::i18n::err_role_nobody_chosen(lang),
            RoleError::Incomplete => crate::i18n::err_role_incomplete(lang),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant's Indonesian text is its `Display` word for word; the English one is
    /// another.
    #[test]
    fn every_role_error_reads_as_its_display_in_indonesian() {
        for e in [
            RoleError::NotYours,
            RoleError::AlreadyAnswered,
            RoleError::PlanWaiting,
            RoleError::NotYourRhk,
            RoleError::PlanNotSent,
            RoleError::NoTeam,
            RoleError::NotYourSubordinate,
            RoleError::ShareClosed,
            RoleError::NobodyChosen,
            RoleError::Incomplete,
        ] {
            assert_eq!(e.localize(Lang::Id), e.to_string(), "Indonesian of {e}");
            assert_ne!(e.localize(Lang::En), e.to_string(), "English of {e}");
        }
    }
}
