//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::messages::*;
use crate::bot::my_evaluations::views::*;
use crate::domain::evaluation::{Period, PeriodStatus, Predikat, Rating, Window};
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::plan::{Indikator, NilaiBerakhlak};
use crate::i18n::{self, Label};
use crate::store::evaluations::EvaluationRow;

/// A supervisor's comment on a period's realisation (or one indicator of it), for the staff
/// member in `lang`.
pub fn comment_for_staff(
    lang: Lang,
    supervisor: &str,
    period: Period,
    indicator: Option<(&str, &str)>,
    text: &str,
) -> String {
    let (supervisor, period, text) = (esc(supervisor), period.label_in(lang), esc(text));
    match indicator {
        Some((n, indicator)) => i18n::evaluation_indicator_comment_for_staff(
            lang,
            &supervisor,
            &period,
            &esc(n),
            &esc(&clip_chars(indicator, 120)),
            &text,
        ),
        None => i18n::evaluation_comment_for_staff(lang, &supervisor, &period, &text),
    }
}

pub fn ask_indicator_comment(lang: Lang, staff: &str, n: &str, indicator: &Indikator) -> String {
    i18n::evaluation_ask_indicator_comment(
        lang,
        &esc(staff),
        &esc(n),
        &esc(&clip_chars(&indicator.text, 300)),
        &esc(&indicator.target.to_string()),
    )
}

/// The line above the team list of `/penilaian` (with its newline).
pub fn team_assess_header(lang: Lang, period: Period, window: &Window) -> String {
    format!(
        "{}\n",
        i18n::evaluation_team_header(
            lang,
            &period.label_in(lang),
            &window.evaluasi_until.format("%d/%m/%Y").to_string()
        )
    )
}

pub fn assess_line(n: usize, nama: &str, status: &str) -> String {
    format!("{n}. {} — {status}", esc(nama))
}

/// A person's standing for a period, in words.
pub(crate) fn period_status(lang: Lang, status: PeriodStatus) -> String {
    match status {
        PeriodStatus::NoPlan => i18n::evaluation_status_no_plan(lang),
        PeriodStatus::Partial => i18n::evaluation_status_partial(lang),
        PeriodStatus::Ready => i18n::evaluation_status_ready(lang),
        PeriodStatus::AnnualReady => i18n::evaluation_status_annual_ready(lang),
        PeriodStatus::Evaluated(p) => i18n::evaluation_status_evaluated(lang, &p.label_in(lang)),
    }
}

pub fn person_realisation_header(lang: Lang, period: Period, person: &Person) -> String {
    i18n::evaluation_person_header(
        lang,
        &period.label_in(lang),
        &esc(&person.nama),
        &esc(&person.jabatan),
    )
}

/// The year's quarterly evaluations under an annual one (with the newline before it).
pub fn quarter_context(lang: Lang, list: &[EvaluationRow]) -> String {
    if list.is_empty() {
        return format!("\n{}", i18n::evaluation_no_quarter_evaluations(lang));
    }
    let mut out = format!("\n{}", i18n::evaluation_quarter_evaluations(lang));
    for e in list.iter().filter(|e| e.period.is_quarter()) {
        out.push_str(&format!(
            "\n• {}: {} / {} → {}",
            e.period.label_in(lang),
            e.hasil.label_in(lang),
            e.perilaku.label_in(lang),
            e.predikat.label_in(lang)
        ));
    }
    out
}

/// The caption of one evidence file sent again: whose, for which indicator, which of how
/// many, and what the person wrote under it (cut to fit Telegram's 1024).
pub fn evidence_caption(
    lang: Lang,
    nama: &str,
    number: &str,
    (nth, of): (usize, usize),
    caption: Option<&str>,
) -> String {
    // The head holds no markup: it is measured as rendered, then escaped whole.
    let head = i18n::evaluation_evidence_caption(
        lang,
        &clip_chars(nama, 100),
        number,
        &nth.to_string(),
        &of.to_string(),
    );
    match caption {
        Some(c) => {
            let room = MAX_CAPTION_CHARS.saturating_sub(head.encode_utf16().count() + 2);
            format!("{}\n{}", esc(&head), esc(&clip_chars(c, room)))
        }
        None => esc(&head),
    }
}

/// A link or a note given as evidence, in the summary of evidence sent again.
pub fn evidence_other(lang: Lang, number: &str, url: Option<&str>, note: Option<&str>) -> String {
    match (url, note) {
        (Some(url), _) => i18n::evaluation_evidence_link(lang, number, &esc(url)),
        (None, Some(note)) => i18n::evaluation_evidence_note(lang, number, &esc(note)),
        (None, None) => i18n::evaluation_evidence_empty(lang, number),
    }
}

/// How many pieces of evidence, in words.
pub fn evidence_count(lang: Lang, items: usize) -> String {
    match items {
        1 => i18n::evaluation_evidence_count_one(lang, "1"),
        n => i18n::evaluation_evidence_count(lang, &n.to_string()),
    }
}

/// The one line above the albums of evidence sent again.
pub fn evidence_summary(
    lang: Lang,
    nama: &str,
    period: Period,
    items: usize,
    albums: usize,
) -> String {
    let files = match albums {
        0 => String::new(),
        1 => format!("; {}", i18n::evaluation_evidence_files_one(lang, "1")),
        n => format!(
            "; {}",
            i18n::evaluation_evidence_files(lang, &n.to_string())
        ),
    };
    i18n::evaluation_evidence_summary(
        lang,
        &esc(nama),
        &period.label_in(lang),
        &evidence_count(lang, items),
        &files,
    )
}

pub fn ask_hasil(lang: Lang, person: &Person, period: Period) -> String {
    i18n::evaluation_ask_hasil(lang, &esc(&person.nama), &period.label_in(lang))
}

/// The Perilaku Kerja question, with the BerAKHLAK values as the guide.
pub fn ask_perilaku(lang: Lang, hasil: Rating) -> String {
    let mut text = i18n::evaluation_ask_perilaku(lang, &hasil.label_in(lang));
    for n in NilaiBerakhlak::ALL {
        text.push_str(&format!("\n• {}", n.label_in(lang)));
    }
    text
}

pub fn ask_value_notes(lang: Lang, notes: &[(u8, String)]) -> String {
    let mut text = i18n::evaluation_ask_value_notes(lang);
    text.push_str(&value_note_lines(lang, notes));
    text
}

pub fn ask_value_note(lang: Lang, nilai: NilaiBerakhlak) -> String {
    i18n::evaluation_ask_value_note(lang, &nilai.label_in(lang))
}

pub fn ask_feedback(lang: Lang, required: bool) -> String {
    if required {
        i18n::evaluation_ask_feedback_required(lang)
    } else {
        i18n::evaluation_ask_feedback_optional(lang)
    }
}

pub fn confirm_evaluation(
    lang: Lang,
    person: &Person,
    period: Period,
    a: (Rating, Rating),
    feedback: Option<&str>,
    value_notes: &[(u8, String)],
) -> String {
    let predikat = Predikat::from_ratings(a.0, a.1);
    let mut notes = value_note_lines(lang, value_notes);
    if !notes.is_empty() {
        notes = format!("\n{}{notes}", i18n::evaluation_confirm_notes(lang));
    }
    let hint = if feedback.is_some() {
        i18n::evaluation_confirm_replace_feedback(lang)
    } else {
        i18n::evaluation_confirm_add_feedback(lang)
    };
    let head = i18n::evaluation_confirm(
        lang,
        &esc(&person.nama),
        &period.label_in(lang),
        &a.0.label_in(lang),
        &a.1.label_in(lang),
        &esc(feedback.unwrap_or("—")),
    );
    format!(
        "{head}{notes}\n\n{}\n\n{hint}\n{}",
        i18n::evaluation_confirm_predikat(lang, &predikat.label_in(lang)),
        i18n::evaluation_confirm_locked(lang)
    )
}

pub fn evaluation_saved(lang: Lang, person: &Person, p: Predikat) -> String {
    i18n::evaluation_saved(lang, &esc(&person.nama), &p.label_in(lang))
}

// Announcements.
