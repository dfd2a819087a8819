//! Texts of the forms area.

catalogue! {
    forms_caption = "forms-caption"(code);
    forms_caption_missing = "forms-caption-missing"(lines);
    forms_missing_pangkat_pegawai = "forms-missing-pangkat-pegawai"();
    forms_missing_pejabat_penilai = "forms-missing-pejabat-penilai"();
    forms_missing_pangkat_pejabat = "forms-missing-pangkat-pejabat"();
    forms_missing_atasan_pejabat = "forms-missing-atasan-pejabat"();
    forms_missing_pangkat_atasan = "forms-missing-pangkat-atasan"();
    forms_caption_report = "forms-caption-report"();
    forms_on_its_way = "forms-on-its-way"();
    forms_choose_pdf_version = "forms-choose-pdf-version"();
    forms_pdf_version = "forms-pdf-version"(version, state);
    forms_version_approved = "forms-version-approved"();
    forms_version_returned = "forms-version-returned"();
    forms_version_withdrawn = "forms-version-withdrawn"();
    forms_version_pending = "forms-version-pending"();
    forms_pdf_working_copy = "forms-pdf-working-copy"();
    forms_pdf_button = "forms-pdf-button"();
    forms_dokumen_evaluasi_button = "forms-dokumen-evaluasi-button"();
    forms_verify_after_registering = "forms-verify-after-registering"();
    forms_ask_verification_code = "forms-ask-verification-code"();
    forms_document_unknown = "forms-document-unknown"(code);
    forms_name_rencana = "forms-name-rencana"();
    forms_name_evaluasi = "forms-name-evaluasi"();
    forms_name_dokumen_evaluasi = "forms-name-dokumen-evaluasi"();
    forms_genuine = "forms-genuine"(form, subject, issued);
    forms_genuine_draft = "forms-genuine-draft"(form, subject, issued);
    forms_genuine_version = "forms-genuine-version"(form, subject, version, issued);
    forms_genuine_owner = "forms-genuine-owner"(name, nip);
    forms_genuine_owner_hidden = "forms-genuine-owner-hidden"();
    forms_standing_current_draft = "forms-standing-current-draft"();
    forms_standing_current = "forms-standing-current"();
    forms_standing_replaced = "forms-standing-replaced"(code, issued);
    forms_standing_newer_approved = "forms-standing-newer-approved"(version);
    forms_standing_newer_pending = "forms-standing-newer-pending"(version);
    forms_standing_draft_changed = "forms-standing-draft-changed"();
    forms_standing_reopened = "forms-standing-reopened"();
    forms_standing_evaluation_changed = "forms-standing-evaluation-changed"();
}
