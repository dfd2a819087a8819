//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::messages::*;
use crate::domain::evaluation::Period;
use crate::domain::lang::Lang;
use crate::domain::plan::NilaiBerakhlak;
use crate::i18n::{self, Label};
use crate::store::evaluations::EvaluationRow;

/// The notes per BerAKHLAK value, one `• value: note` line each (a newline before each).
pub(crate) fn value_note_lines(lang: Lang, notes: &[(u8, String)]) -> String {
    notes
        .iter()
        .filter_map(|(n, note)| {
            let nilai = NilaiBerakhlak::from_number(*n)?;
            Some(format!("\n• {}: {}", nilai.label_in(lang), esc(note)))
        })
        .collect()
}

/// One evaluation as its owner reads it in `/nilai`.
pub fn evaluation_text(lang: Lang, e: &EvaluationRow, evaluator: &str) -> String {
    let mut text = i18n::evaluation_heading(
        lang,
        &e.period.label_in(lang),
        &esc(evaluator),
        &e.hasil.label_in(lang),
        &e.perilaku.label_in(lang),
        &e.predikat.label_in(lang),
    );
    text.push_str(&value_note_lines(lang, &e.value_notes));
    if let Some(f) = &e.feedback {
        text.push_str(&format!("\n\n{}", i18n::evaluation_feedback(lang, &esc(f))));
    }
    if e.reopened {
        text.push_str(&format!("\n\n{}", i18n::evaluation_reopened(lang)));
    } else if let Some(at) = e.acknowledged_at {
        text.push_str(&format!(
            "\n\n{}",
            i18n::evaluation_read_at(lang, &when(lang, at))
        ));
    }
    text
}

/// A staff member's reply (to an evaluation or a comment), for the supervisor in `lang`.
pub fn reply_for_supervisor(lang: Lang, staff: &str, period: Period, text: &str) -> String {
    i18n::evaluation_reply_for_supervisor(lang, &esc(staff), &period.label_in(lang), &esc(text))
}
