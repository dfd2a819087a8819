//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::messages::*;
use crate::domain::lang::Lang;

/// A day as `Kamis 3/12` (`Thu 3/12`): the week's list in the reader's language.
pub fn daily_day(lang: Lang, day: chrono::NaiveDate) -> String {
    use chrono::{Datelike, Weekday};
    let name = match day.weekday() {
        Weekday::Mon => crate::i18n::daily_monday(lang),
        Weekday::Tue => crate::i18n::daily_tuesday(lang),
        Weekday::Wed => crate::i18n::daily_wednesday(lang),
        Weekday::Thu => crate::i18n::daily_thursday(lang),
        Weekday::Fri => crate::i18n::daily_friday(lang),
        Weekday::Sat => crate::i18n::daily_saturday(lang),
        Weekday::Sun => crate::i18n::daily_sunday(lang),
    };
    format!("{name} {}/{}", day.day(), day.month())
}

/// One entry of the week's list: its number, day, times, activity, result and RHK.
pub fn daily_line(
    lang: Lang,
    number: usize,
    day: &str,
    times: Option<&str>,
    activity: Option<&str>,
    result: Option<&str>,
    rhk: Option<&str>,
) -> String {
    let mut line = format!("<b>{number}.</b> {day}");
    if let Some(t) = times {
        line.push_str(&format!(" {t}"));
    }
    line.push_str(&format!(" · {}", esc(activity.unwrap_or("-"))));
    if let Some(r) = result {
        line.push_str(&format!(" · {}", esc(r)));
    }
    let rhk = match rhk {
        Some(n) => crate::i18n::daily_line_rhk(lang, &esc(n)),
        None => crate::i18n::daily_line_no_rhk(lang),
    };
    line.push_str(&format!(" · {rhk}"));
    line
}

/// The next question of an entry in progress.
pub fn daily_ask(lang: Lang, missing: crate::domain::daily::Missing) -> String {
    use crate::domain::daily::Missing;
    match missing {
        Missing::Time => crate::i18n::daily_ask_time(lang),
        Missing::Activity => crate::i18n::daily_ask_activity(lang),
        Missing::Result => crate::i18n::daily_ask_result(lang),
    }
}

/// Saved (or changed): the entry as understood, then the indicator question and the
/// evidence offer.
pub fn daily_saved(
    lang: Lang,
    line: &str,
    edited: bool,
    has_plan: bool,
    has_evidence: bool,
) -> String {
    let mut text = if edited {
        crate::i18n::daily_changed(lang, &esc(line))
    } else {
        crate::i18n::daily_saved(lang, &esc(line))
    };
    text.push_str("\n\n");
    if has_plan {
        text.push_str(&crate::i18n::daily_which_indicator(lang));
    } else {
        text.push_str(&crate::i18n::daily_tag_after_approval(lang));
    }
    if !has_evidence {
        text.push_str("\n\n");
        text.push_str(&crate::i18n::daily_evidence_offer(lang));
    }
    text
}
