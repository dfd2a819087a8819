//! Texts of the daily area: `/harian`, the daily log in e-Kinerja's shape, and the chat
//! around its monthly export (the export itself stays Indonesian), and the pages an
//! evidence link of an export answers with (shown in Indonesian: whoever opens the link is
//! not known).

catalogue! {
    daily_expected = "daily-expected"();
    daily_tagged = "daily-tagged"(number);
    daily_edit_button = "daily-edit-button"(number);
    daily_delete_button = "daily-delete-button"(number);
    daily_delete_yes_button = "daily-delete-yes-button"();
    daily_keep_button = "daily-keep-button"();
    daily_export_button = "daily-export-button"();
    daily_edit_time_button = "daily-edit-time-button"();
    daily_edit_activity_button = "daily-edit-activity-button"();
    daily_edit_result_button = "daily-edit-result-button"();
    daily_ask_entry = "daily-ask-entry"();
    daily_week_header = "daily-week-header"(from, to);
    daily_week_empty = "daily-week-empty"();
    daily_monday = "daily-monday"();
    daily_tuesday = "daily-tuesday"();
    daily_wednesday = "daily-wednesday"();
    daily_thursday = "daily-thursday"();
    daily_friday = "daily-friday"();
    daily_saturday = "daily-saturday"();
    daily_sunday = "daily-sunday"();
    daily_line_rhk = "daily-line-rhk"(number);
    daily_line_no_rhk = "daily-line-no-rhk"();
    daily_ask_time = "daily-ask-time"();
    daily_ask_activity = "daily-ask-activity"();
    daily_ask_result = "daily-ask-result"();
    daily_saved = "daily-saved"(line);
    daily_changed = "daily-changed"(line);
    daily_which_indicator = "daily-which-indicator"();
    daily_tag_after_approval = "daily-tag-after-approval"();
    daily_evidence_offer = "daily-evidence-offer"();
    daily_evidence_saved = "daily-evidence-saved"();
    daily_edit_prompt = "daily-edit-prompt"(line);
    daily_confirm_delete = "daily-confirm-delete"(line);
    daily_deleted = "daily-deleted"();
    daily_export_preparing = "daily-export-preparing"();
    daily_export_empty = "daily-export-empty"(month);
    daily_export_caption = "daily-export-caption"(month);
    evidence_link_expired = "evidence-link-expired"();
    evidence_link_forged = "evidence-link-forged"();
    evidence_link_missing = "evidence-link-missing"();
    evidence_link_unavailable = "evidence-link-unavailable"();
    evidence_link_telegram = "evidence-link-telegram"();
    evidence_link_too_big = "evidence-link-too-big"();
}
