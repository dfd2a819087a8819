//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::announce::views::*;
use crate::bot::messages::*;
use crate::domain::evaluation::Period;
use crate::domain::lang::Lang;
use crate::domain::training::JP_MINIMUM;
use crate::i18n::Label;
use crate::report::{Report, percent};

/// A period's button under `/laporan`: `TW III`, `Tahunan`.
pub fn period_button(lang: Lang, period: Period) -> String {
    if period.is_quarter() {
        crate::i18n::sheets_report_button_quarter(lang, period.kind.code())
    } else {
        crate::i18n::sheets_report_button_annual(lang)
    }
}

/// The short summary of a report, for the chat (the files hold every row).
pub fn report_summary(lang: Lang, r: &Report) -> String {
    let mut text = crate::i18n::sheets_report_summary_head(
        lang,
        &esc(&r.period.label_in(lang)),
        &r.today.format("%d/%m/%Y").to_string(),
    );
    text.push_str("\n\n");
    text.push_str(&summary_figures(lang, r));
    text.push_str("\n\n");
    text.push_str(&summary_units(lang, r));
    text.push_str(&summary_breaches(lang, r));
    text.push_str("\n\n");
    text.push_str(&summary_footer(lang, r));
    clip(text)
}

/// The city's totals on one line.
fn summary_figures(lang: Lang, r: &Report) -> String {
    let staff: i64 = r.completion.iter().map(|u| u.staff).sum();
    let approved: i64 = r.completion.iter().map(|u| u.plan_approved).sum();
    let submitted: i64 = r.completion.iter().map(|u| u.plan_submitted).sum();
    let complete: i64 = r.completion.iter().map(|u| u.realisation_complete).sum();
    let evaluated: i64 = r.completion.iter().map(|u| u.evaluated).sum();
    [
        crate::i18n::sheets_report_summary_staff(lang, &staff.to_string()),
        crate::i18n::sheets_report_summary_approved(
            lang,
            &approved.to_string(),
            &percent(approved, staff).to_string(),
        ),
        crate::i18n::sheets_report_summary_submitted(lang, &submitted.to_string()),
        crate::i18n::sheets_report_summary_complete(
            lang,
            &complete.to_string(),
            &percent(complete, staff).to_string(),
        ),
        crate::i18n::sheets_report_summary_evaluated(
            lang,
            &evaluated.to_string(),
            &percent(evaluated, staff).to_string(),
        ),
        crate::i18n::sheets_report_summary_late(lang, &r.late_people().to_string()),
    ]
    .join(" · ")
}

/// The first units, one line each, and how many more the files hold.
fn summary_units(lang: Lang, r: &Report) -> String {
    const SHOWN: usize = 25;
    let mut text = crate::i18n::sheets_report_summary_units(lang);
    for u in r.completion.iter().take(SHOWN) {
        text.push('\n');
        text.push_str(&crate::i18n::sheets_report_summary_unit(
            lang,
            &esc(&u.unit),
            &u.plan_approved.to_string(),
            &u.staff.to_string(),
            &u.realisation_complete.to_string(),
            &u.evaluated.to_string(),
            &u.late.to_string(),
        ));
    }
    if r.completion.len() > SHOWN {
        text.push('\n');
        text.push_str(&crate::i18n::sheets_report_summary_more_units(
            lang,
            &(r.completion.len() - SHOWN).to_string(),
        ));
    }
    text
}

/// The units whose ratings break the spread, when there are any (the first ten).
fn summary_breaches(lang: Lang, r: &Report) -> String {
    let breaches: Vec<_> = r
        .spreads
        .iter()
        .filter(|s| !s.breaches.is_empty())
        .collect();
    if breaches.is_empty() {
        return String::new();
    }
    let mut text = format!("\n\n{}", crate::i18n::sheets_report_summary_breaches(lang));
    for s in breaches.iter().take(10) {
        let org = s.org.map_or_else(|| "-".to_string(), |o| o.label_in(lang));
        text.push('\n');
        text.push_str(&crate::i18n::sheets_report_summary_breach(
            lang,
            &esc(&s.unit),
            &org,
            &esc(&crate::report::breaches_text(lang, &s.breaches)),
        ));
    }
    text
}

/// Trainings and announcements of the year.
fn summary_footer(lang: Lang, r: &Report) -> String {
    let under: usize = r.jp().iter().filter(|(_, jp)| *jp < JP_MINIMUM).count();
    let open_questions: i64 = r.announcements.iter().map(|a| a.open_questions).sum();
    crate::i18n::sheets_report_summary_footer(
        lang,
        &r.trainings.len().to_string(),
        &under.to_string(),
        &JP_MINIMUM.to_string(),
        &r.announcements.len().to_string(),
        &open_questions.to_string(),
    )
}
