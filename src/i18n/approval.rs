//! Texts of the approval area: `/persetujuan`, where supervisors (and BKD) approve or return
//! plans, and the notices both sides receive.

catalogue! {
    approval_button_approve = "approval-button-approve"();
    approval_button_approve_now = "approval-button-approve-now"();
    approval_button_return = "approval-button-return"();
    approval_button_detail = "approval-button-detail"();
    approval_button_open = "approval-button-open"();
    approval_request = "approval-request"(year, name, nip, position);
    approval_request_size = "approval-request-size"(version, rhk, indicators);
    approval_request_detail_hint = "approval-request-detail-hint"();
    approval_no_changes = "approval-no-changes"();
    approval_changes_title = "approval-changes-title"();
    approval_more_changes = "approval-more-changes"(count);
    approval_detail_header = "approval-detail-header"(year, name, version);
    approval_withdrawn_to_supervisor = "approval-withdrawn-to-supervisor"(name, nip, version);
    approval_nothing_waiting = "approval-nothing-waiting"();
    approval_waiting_header = "approval-waiting-header"(count);
    approval_waiting_line = "approval-waiting-line"(number, name, version, since);
    approval_expectation_screen = "approval-expectation-screen"(name, version);
    approval_ask_expectation = "approval-ask-expectation"(value, name);
    approval_ask_return_note = "approval-ask-return-note"(name);
    approval_approved_toast = "approval-approved-toast"();
    approval_approved_for_supervisor = "approval-approved-for-supervisor"(name, version);
    approval_returned_for_supervisor = "approval-returned-for-supervisor"(name, version);
    approval_approved_for_staff = "approval-approved-for-staff"(year, version, by);
    approval_returned_for_staff = "approval-returned-for-staff"(year, version, by, note);
    approval_moved_to_supervisor = "approval-moved-to-supervisor"(year, name, nip);
    approval_moved_to_hr = "approval-moved-to-hr"(year, name, nip);
    approval_waiting_matches = "approval-waiting-matches"();
    approval_waiting_differs = "approval-waiting-differs"();
    approval_proposal_matches = "approval-proposal-matches"();
    approval_proposal_differs = "approval-proposal-differs"();
    approval_button_approve_matching = "approval-button-approve-matching"(count);
    approval_button_confirm_matching = "approval-button-confirm-matching"(count);
    approval_button_cancel = "approval-button-cancel"();
    approval_matching_confirm = "approval-matching-confirm"(count, names, others);
    approval_matching_more = "approval-matching-more"(count);
    approval_matching_none = "approval-matching-none"();
    approval_matching_used = "approval-matching-used"();
    approval_matching_done = "approval-matching-done"(count, names);
    approval_matching_skipped = "approval-matching-skipped"();
    approval_matching_no_longer = "approval-matching-no-longer"();
    approval_matching_toast = "approval-matching-toast"(count);
    approval_moved_away_to_supervisor = "approval-moved-away-to-supervisor"(year, name, supervisor);
    approval_moved_away_to_hr = "approval-moved-away-to-hr"(year, name);
}

#[cfg(test)]
mod tests {
    use super::super::{Lang, approval_waiting_header, plan_header, plan_rhk_more_indicators};

    #[test]
    fn english_counts_choose_singular_or_plural_and_numbers_come_back_as_given() {
        assert!(approval_waiting_header(Lang::En, "1").contains(": 1 plan, oldest"));
        assert!(approval_waiting_header(Lang::En, "12").contains(": 12 plans, oldest"));
        assert!(plan_rhk_more_indicators(Lang::En, "1", "2").starts_with("… and one more indicator:"));
        assert!(approval_waiting_header(Lang::Id, "1").contains(": 1 rencana,"));
        for year in ["2026", "0", "007", "123456789", "199001012020012001", "1.200", "-3"] {
            assert!(
                plan_header(Lang::En, year, "Siti").contains(&format!("SKP plan {year}</b>")),
                "{year}"
            );
        }
    }
}
