//! Texts of the realisation area: `/realisasi` (the quarter's achieved values, evidence and
//! notes per indicator) and the buttons of `/nilai` that staff press.

catalogue! {
    realisation_no_approved_plan = "realisation-no-approved-plan"(year);
    realisation_no_open_period = "realisation-no-open-period"();
    realisation_block_values = "realisation-block-values"(target, achieved, percent);
    realisation_block_evidence = "realisation-block-evidence"(count);
    realisation_block_note = "realisation-block-note"(note);
    realisation_header = "realisation-header"(period, name);
    realisation_locked = "realisation-locked"();
    realisation_open_until = "realisation-open-until"(date);
    realisation_complete = "realisation-complete"();
    realisation_incomplete = "realisation-incomplete"(numbers);
    realisation_target = "realisation-target"(target);
    realisation_current_value = "realisation-current-value"(value);
    realisation_ask_value = "realisation-ask-value"();
    realisation_value_expected = "realisation-value-expected"();
    realisation_evidence_taken_early = "realisation-evidence-taken-early"();
    realisation_ask_evidence = "realisation-ask-evidence"(achieved);
    realisation_dailies_offer = "realisation-dailies-offer"(count);
    realisation_evidence_done_hint = "realisation-evidence-done-hint"();
    realisation_evidence_received = "realisation-evidence-received"(count);
    realisation_evidence_expected = "realisation-evidence-expected"();
    realisation_not_evidence = "realisation-not-evidence"(kind);
    realisation_kind_sticker = "realisation-kind-sticker"();
    realisation_kind_voice = "realisation-kind-voice"();
    realisation_kind_video = "realisation-kind-video"();
    realisation_dailies_used = "realisation-dailies-used"(count);
    realisation_ask_note = "realisation-ask-note"();
    realisation_saved = "realisation-saved"();
    realisation_fill_button = "realisation-fill-button"(number);
    realisation_use_daily_button = "realisation-use-daily-button"();
    realisation_evidence_done_button = "realisation-evidence-done-button"();
    realisation_skip_button = "realisation-skip-button"();
}
