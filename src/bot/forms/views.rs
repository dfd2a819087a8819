//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::messages::*;
use crate::domain::lang::Lang;
use crate::forms::{Missing, Standing};
use crate::i18n::{self};

/// The caption of an official form sent as PDF.
pub fn form_caption(lang: Lang, code: &str, missing: &[Missing]) -> String {
    let mut text = i18n::forms_caption(lang, &esc(code));
    if !missing.is_empty() {
        let lines: Vec<String> = missing
            .iter()
            .map(|m| match m {
                Missing::PangkatPegawai => i18n::forms_missing_pangkat_pegawai(lang),
                Missing::PejabatPenilai => i18n::forms_missing_pejabat_penilai(lang),
                Missing::PangkatPejabat => i18n::forms_missing_pangkat_pejabat(lang),
                Missing::AtasanPejabat => i18n::forms_missing_atasan_pejabat(lang),
                Missing::PangkatAtasan => i18n::forms_missing_pangkat_atasan(lang),
            })
            .collect();
        text.push_str(&format!(
            "\n\n{}",
            i18n::forms_caption_missing(lang, &lines.join(", "))
        ));
    }
    text.push_str(&format!("\n{}", i18n::forms_caption_report(lang)));
    text
}

/// A submitted version of a Rencana SKP with its decision, as a button.
pub fn pdf_version_label(lang: Lang, version: i64, decision: Option<&str>) -> String {
    let state = match decision {
        Some("approved") => i18n::forms_version_approved(lang),
        Some("returned") => i18n::forms_version_returned(lang),
        Some(crate::store::plans::WITHDRAWN) => i18n::forms_version_withdrawn(lang),
        _ => i18n::forms_version_pending(lang),
    };
    i18n::forms_pdf_version(lang, &version.to_string(), &state)
}

pub fn document_unknown(lang: Lang, code: &str) -> String {
    i18n::forms_document_unknown(lang, &esc(code.trim()))
}

/// The name of a form as it is printed on it.
pub(crate) fn form_name(lang: Lang, kind: &str) -> String {
    match kind {
        "rencana" => i18n::forms_name_rencana(lang),
        "evaluasi" => i18n::forms_name_evaluasi(lang),
        _ => i18n::forms_name_dokumen_evaluasi(lang),
    }
}

/// `/verifikasi` of a genuine code: which document, whose (when the asker may know), and
/// whether it still stands.
pub fn document_genuine(
    lang: Lang,
    doc: &crate::store::documents::DocumentRow,
    owner: Option<&str>,
    standing: &Standing,
) -> String {
    let (form, subject, issued) = (
        form_name(lang, &doc.kind),
        esc(&doc.subject),
        when(lang, doc.issued_at),
    );
    let head = match (doc.kind.as_str(), doc.version) {
        ("rencana", 0) => i18n::forms_genuine_draft(lang, &form, &subject, &issued),
        ("rencana", v) => {
            i18n::forms_genuine_version(lang, &form, &subject, &v.to_string(), &issued)
        }
        _ => i18n::forms_genuine(lang, &form, &subject, &issued),
    };
    let whose = match owner {
        Some(nama) => i18n::forms_genuine_owner(lang, &esc(nama), &esc(&doc.nip)),
        None => i18n::forms_genuine_owner_hidden(lang),
    };
    let status = match standing {
        Standing::Current if doc.kind == "rencana" && doc.version == 0 => {
            i18n::forms_standing_current_draft(lang)
        }
        Standing::Current => i18n::forms_standing_current(lang),
        Standing::ReplacedBy(newer) => {
            i18n::forms_standing_replaced(lang, &esc(&newer.code), &when(lang, newer.issued_at))
        }
        Standing::NewerPlanVersion { version, approved } => match approved {
            true => i18n::forms_standing_newer_approved(lang, &version.to_string()),
            false => i18n::forms_standing_newer_pending(lang, &version.to_string()),
        },
        Standing::DraftChanged => i18n::forms_standing_draft_changed(lang),
        Standing::EvaluationChanged { reopened: true } => i18n::forms_standing_reopened(lang),
        Standing::EvaluationChanged { reopened: false } => {
            i18n::forms_standing_evaluation_changed(lang)
        }
    };
    format!("{head}\n{whose}\n{status}")
}
