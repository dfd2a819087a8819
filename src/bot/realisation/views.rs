//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::messages::*;
use crate::domain::evaluation::{Period, Window, achievement};
use crate::domain::lang::Lang;
use crate::domain::plan::Indikator;
use crate::domain::quantity::format_number;
use crate::store::evaluations::Realisation;

pub(crate) fn percent(p: Option<f64>) -> String {
    p.map(|p| format!("{} %", format_number(p)))
        .unwrap_or_else(|| "—".into())
}

/// One indicator's line in a realisation summary.
pub fn realisation_block(
    lang: Lang,
    number: &str,
    ind: &Indikator,
    r: Option<&Realisation>,
) -> String {
    let value = r.and_then(|r| r.value);
    let achieved = value
        .map(|v| format!("{} {}", format_number(v), esc(&ind.target.unit)))
        .unwrap_or_else(|| "—".into());
    let pct = value.and_then(|v| achievement(ind.target.value, v, ind.arah));
    let evidence = r.map(|r| r.evidence.len()).unwrap_or(0);
    let mut out = format!(
        "<b>{number}</b> {}\n   {}\n   {}",
        esc(&ind.text),
        crate::i18n::realisation_block_values(
            lang,
            &esc(&ind.target.to_string()),
            &achieved,
            &percent(pct)
        ),
        crate::i18n::realisation_block_evidence(lang, &evidence.to_string())
    );
    if let Some(note) = r.and_then(|r| r.note.as_deref()) {
        out.push_str(" · ");
        out.push_str(&crate::i18n::realisation_block_note(lang, &esc(note)));
    }
    out
}

pub fn realisation_header(
    lang: Lang,
    period: Period,
    nama: &str,
    window: &Window,
    locked: bool,
) -> String {
    use crate::i18n::Label;
    let state = if locked {
        crate::i18n::realisation_locked(lang)
    } else {
        let until = window.realisasi_until.format("%d/%m/%Y").to_string();
        crate::i18n::realisation_open_until(lang, &until)
    };
    format!(
        "{}\n{state}",
        crate::i18n::realisation_header(lang, &period.label_in(lang), &esc(nama))
    )
}

/// What is still missing (the indicator numbers), after two newlines.
pub fn realisation_missing(lang: Lang, missing: &[String]) -> String {
    let line = if missing.is_empty() {
        crate::i18n::realisation_complete(lang)
    } else {
        crate::i18n::realisation_incomplete(lang, &missing.join(", "))
    };
    format!("\n\n{line}")
}

pub fn ask_value(lang: Lang, number: &str, ind: &Indikator, current: Option<f64>) -> String {
    let mut text = format!(
        "<b>{number}</b> {}\n{}",
        esc(&ind.text),
        crate::i18n::realisation_target(lang, &esc(&ind.target.to_string()))
    );
    if let Some(v) = current {
        let value = format!("{} {}", format_number(v), esc(&ind.target.unit));
        text.push('\n');
        text.push_str(&crate::i18n::realisation_current_value(lang, &value));
    }
    text.push_str("\n\n");
    text.push_str(&crate::i18n::realisation_ask_value(lang));
    text
}

pub fn ask_evidence(lang: Lang, achieved: &str, dailies: usize) -> String {
    let mut text = crate::i18n::realisation_ask_evidence(lang, &esc(achieved));
    if dailies > 0 {
        text.push('\n');
        text.push_str(&crate::i18n::realisation_dailies_offer(
            lang,
            &dailies.to_string(),
        ));
    }
    text.push('\n');
    text.push_str(&crate::i18n::realisation_evidence_done_hint(lang));
    text
}
