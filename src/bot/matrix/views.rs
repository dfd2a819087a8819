//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person wrote goes through [`esc`].

use crate::bot::messages::esc;
use crate::domain::lang::Lang;
use crate::domain::roles::{Carrying, MatrixEntry, MatrixRow, ShareKind};
use crate::i18n;

/// The matrix as lines: each RHK of the supervisor, then who carries which part of it.
pub fn matrix_lines(lang: Lang, rows: &[MatrixRow]) -> Vec<String> {
    let mut lines = Vec::new();
    for (n, row) in rows.iter().enumerate() {
        let heading = if row.in_plan {
            i18n::matrix_rhk(lang, &(n + 1).to_string(), &esc(&row.parent_text))
        } else {
            i18n::matrix_rhk_dropped(lang, &(n + 1).to_string(), &esc(&row.parent_text))
        };
        lines.push(format!("\n{heading}"));
        if row.entries.is_empty() {
            lines.push(format!("   {}", i18n::matrix_not_shared(lang)));
        }
        lines.extend(row.entries.iter().map(|e| entry_line(lang, e)));
    }
    lines
}

fn entry_line(lang: Lang, e: &MatrixEntry) -> String {
    let target = e
        .target
        .as_ref()
        .map(|t| esc(&t.to_string()))
        .unwrap_or_else(|| "—".to_string());
    let status = match &e.carrying {
        Carrying::Waiting => i18n::matrix_waiting(lang),
        Carrying::Accepted => i18n::matrix_accepted(lang),
        Carrying::Changed => i18n::matrix_changed(lang),
        Carrying::Declined(note) => i18n::matrix_declined(lang, &esc(note)),
        Carrying::Linked => i18n::matrix_linked(lang),
    };
    format!(
        "   • {}",
        i18n::matrix_entry(lang, &esc(&e.nama), &esc(&e.role), &target, &status)
    )
}

/// The kind of cascading as the sheet names it (the sheet is an official form: Indonesian).
pub fn kind_cell(kind: Option<ShareKind>) -> &'static str {
    match kind {
        Some(ShareKind::Direct) => "Langsung",
        Some(ShareKind::Indirect) => "Tidak langsung",
        None => "",
    }
}

/// The status as the sheet names it.
pub fn status_cell(carrying: &Carrying) -> &'static str {
    match carrying {
        Carrying::Waiting => "Menunggu jawaban",
        Carrying::Accepted => "Diterima",
        Carrying::Changed => "Diterima dengan target lain",
        Carrying::Declined(_) => "Ditolak",
        Carrying::Linked => "Ditautkan sendiri",
    }
}
