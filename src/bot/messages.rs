//! The texts shared by every conversation (registration, help, /datasaya, wrong-data reports,
//! /tim and HR's registration status, the reminders the runtime queues) and the pieces the
//! conversations' own views use: [`esc`] for anything a person or the roster wrote, the
//! caption limit. Each conversation's texts are in its folder's `views.rs`; the words are in
//! the catalogue (`crate::i18n`).

use teloxide::utils::html::escape;

use crate::domain::evaluation::Period;
use crate::domain::lang::Lang;
use crate::domain::person::{Person, Roles};
use crate::domain::plan::PlanStatus;
use crate::store::employees::{TeamMember, UnitRegistration};
use crate::store::reports::DataReport;

/// A moment in WIB as a reader of `lang` writes it (`15 Januari 2027 09.00 WIB`,
/// `15 January 2027, 09:00 WIB`).
pub fn when(lang: Lang, unix_seconds: i64) -> String {
    crate::i18n::reminders::wib_time(unix_seconds).render(lang)
}

/// Escapes user or roster text for HTML.
pub fn esc(s: &str) -> String {
    escape(s)
}

/// Button labels, the same words everywhere.
pub mod button {
    /// Still shown by the forms' own views; the menu's label is
    /// [`crate::i18n::menu_report_wrong_data`], the same words.
    pub const REPORT_WRONG_DATA: &str = "Laporkan data salah";
}

pub fn registered(lang: Lang, person: &Person) -> String {
    crate::i18n::registration_done(
        lang,
        &esc(&person.nama),
        &esc(&person.nip),
        &esc(&person.unit_kerja),
    )
}

pub fn already_registered(lang: Lang, person: &Person) -> String {
    crate::i18n::registration_already(lang, &esc(&person.nama), &esc(&person.nip))
}

pub fn help(roles: Option<Roles>, lang: Lang) -> String {
    let mut text = format!("{}\n\n", crate::i18n::help_title(lang));
    // The same list Telegram's command menu shows, so the two never disagree.
    let commands = match roles {
        Some(roles) => super::commands::for_roles(roles, lang),
        None => super::commands::for_unregistered(lang),
    };
    for c in commands {
        text.push_str(&format!("/{} — {}\n", c.command, esc(&c.description)));
    }
    text.push('\n');
    text.push_str(&crate::i18n::help_saved(lang));
    if roles.is_none() {
        text.push_str("\n\n");
        text.push_str(&crate::i18n::help_unregistered(lang));
    }
    text
}

/// To the sender of an update that a sudden stop of the bot interrupted: its effects may be
/// saved or not, so it is not run again; the person checks and sends again. Rendered in
/// their language when the notice is sent.
pub fn interrupted(text: Option<&str>) -> crate::i18n::Msg {
    match text {
        Some(t) => {
            let short: String = t.chars().take(100).collect();
            let more = if t.chars().count() > 100 { "…" } else { "" };
            crate::i18n::msg::interrupted_message(format!("{}{more}", esc(&short)))
        }
        None => crate::i18n::msg::interrupted_request(),
    }
}

/// A person's roster data under a title, as they and HR see it.
fn data_block(lang: Lang, title: &str, person: &Person) -> String {
    let atasan = match (&person.nip_atasan, &person.nama_atasan) {
        (Some(nip), Some(nama)) => crate::i18n::data_supervisor(lang, &esc(nama), &esc(nip)),
        (Some(nip), None) => crate::i18n::data_supervisor_nip(lang, &esc(nip)),
        _ => crate::i18n::data_no_supervisor(lang),
    };
    let roles = person.roles();
    let mut peran = vec![crate::i18n::data_role_staff(lang)];
    if roles.supervisor {
        peran.push(crate::i18n::data_role_supervisor(lang));
    }
    if roles.admin {
        peran.push(crate::i18n::data_role_admin(lang));
    }
    let pangkat = match person.pangkat_golongan.as_deref() {
        Some(p) => esc(p),
        None => crate::i18n::data_rank_missing(lang),
    };
    let lines = [
        format!("<b>{title}</b>"),
        crate::i18n::data_line_name(lang, &esc(&person.nama)),
        crate::i18n::data_line_nip(lang, &esc(&person.nip)),
        crate::i18n::data_line_rank(lang, &pangkat),
        crate::i18n::data_line_position(lang, &esc(&person.jabatan)),
        crate::i18n::data_line_unit(lang, &esc(&person.unit_kerja)),
        crate::i18n::data_line_supervisor(lang, &atasan),
        crate::i18n::data_line_phone(lang, &esc(person.telepon.as_deref().unwrap_or("—"))),
        crate::i18n::data_line_roles(lang, &peran.join(", ")),
    ];
    lines.join("\n")
}

pub fn my_data(lang: Lang, person: &Person) -> String {
    format!(
        "{}\n\n{}",
        data_block(lang, &crate::i18n::my_data_title(lang), person),
        crate::i18n::my_data_footer(lang)
    )
}

pub fn ask_wrong_data(lang: Lang, person: &Person) -> String {
    format!(
        "{}\n\n{}",
        data_block(lang, &crate::i18n::my_data_title(lang), person),
        crate::i18n::wrong_data_ask(lang)
    )
}

/// The longest description of wrong data a person may send.
pub const MAX_REPORT_CHARS: usize = 1000;

pub fn wrong_data_sent(lang: Lang, id: i64, admins: usize) -> String {
    if admins == 0 {
        crate::i18n::wrong_data_saved(lang, &id.to_string())
    } else {
        crate::i18n::wrong_data_sent(lang, &id.to_string())
    }
}

pub fn wrong_data_for_hr(lang: Lang, report: &DataReport, person: &Person) -> String {
    crate::i18n::wrong_data_for_hr(
        lang,
        &report.id.to_string(),
        &when(lang, report.created_at),
        &data_block(lang, &crate::i18n::wrong_data_current_title(lang), person),
        &esc(&report.note),
    )
}

pub fn wrong_data_handled_stamp(lang: Lang, by: &str, at: i64) -> String {
    format!(
        "\n\n{}",
        crate::i18n::wrong_data_handled_stamp(lang, &esc(by), &when(lang, at))
    )
}

pub fn team_header(lang: Lang, total: usize, registered: usize, period: Period) -> String {
    format!(
        "{}\n",
        crate::i18n::team_header(
            lang,
            &total.to_string(),
            &registered.to_string(),
            &crate::i18n::Label::label_in(&period, lang)
        )
    )
}

/// One team member at a glance: registered, plan, this period's realisation or rating.
pub fn team_line(
    lang: Lang,
    member: &TeamMember,
    plan: &str,
    period_status: &str,
    late: bool,
) -> String {
    format!(
        "{} {} — {} (<code>{}</code>)\n   {}{}",
        if member.registered { "✅" } else { "⏳" },
        esc(&member.nama),
        esc(&member.jabatan),
        esc(&member.nip),
        crate::i18n::team_line_status(lang, plan, period_status),
        if late {
            format!(" · {}", crate::i18n::team_late(lang))
        } else {
            String::new()
        }
    )
}

/// A plan's status in a word, for team views.
pub fn plan_status_short(lang: Lang, status: Option<PlanStatus>) -> String {
    match status {
        None => crate::i18n::team_plan_none(lang),
        Some(PlanStatus::Draft) => crate::i18n::team_plan_draft(lang),
        Some(PlanStatus::Submitted) => crate::i18n::team_plan_submitted(lang),
        Some(PlanStatus::Returned) => crate::i18n::team_plan_returned(lang),
        Some(PlanStatus::Approved) => crate::i18n::team_plan_approved(lang),
    }
}

pub fn registration_header(lang: Lang, units: &[UnitRegistration], open_reports: i64) -> String {
    let total: i64 = units.iter().map(|u| u.total).sum();
    let registered: i64 = units.iter().map(|u| u.registered).sum();
    format!(
        "{}\n",
        crate::i18n::registration_status_header(
            lang,
            &registered.to_string(),
            &total.to_string(),
            &open_reports.to_string()
        )
    )
}

pub fn registration_line(unit: &UnitRegistration) -> String {
    format!(
        "{} — {}/{}",
        esc(&unit.unit_kerja),
        unit.registered,
        unit.total
    )
}

// Answers to button presses (answerCallbackQuery text, at most 200 characters).

// Planning (SKP).

// Texts are keyed in `locales/<lang>/plan.ftl` and `approval.ftl`; what is composed of
// several keys (a status line, an RHK block, a request) is put together here.

/// Telegram's limit on a caption, in characters after entity parsing.
pub const MAX_CAPTION_CHARS: usize = 1024;

/// `s` cut to at most `max` characters as Telegram counts them (UTF-16 units: an emoji
/// counts two); an ellipsis marks the cut.
pub fn clip_chars(s: &str, max: usize) -> String {
    if s.encode_utf16().count() <= max {
        return s.to_string();
    }
    let mut clipped = String::new();
    let mut used = 0;
    for c in s.chars() {
        if used + c.len_utf16() > max.saturating_sub(1) {
            break;
        }
        used += c.len_utf16();
        clipped.push(c);
    }
    clipped.push('…');
    clipped
}

fn day(date: chrono::NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

pub fn plan_reminder(year: i64, deadline: chrono::NaiveDate, days: i64) -> crate::i18n::Msg {
    crate::i18n::msg::reminders_plan(
        year.to_string(),
        day(deadline),
        crate::i18n::reminders::days_left(days),
    )
}

pub fn realisation_reminder(
    period: Period,
    until: chrono::NaiveDate,
    days: i64,
) -> crate::i18n::Msg {
    crate::i18n::msg::reminders_realisation(
        crate::i18n::reminders::period(period),
        day(until),
        crate::i18n::reminders::days_left(days),
    )
}

pub fn evaluation_reminder(
    period: Period,
    until: chrono::NaiveDate,
    days: i64,
    names: &[String],
) -> crate::i18n::Msg {
    let shown: Vec<String> = names.iter().take(20).map(|n| esc(n)).collect();
    let mut listed = crate::i18n::Msg::from(shown.join(", "));
    if names.len() > shown.len() {
        listed = listed
            .then(" ")
            .then(crate::i18n::msg::reminders_and_others(
                (names.len() - shown.len()).to_string(),
            ));
    }
    crate::i18n::msg::reminders_evaluation(
        names.len().to_string(),
        crate::i18n::reminders::period(period),
        listed,
        day(until),
        crate::i18n::reminders::days_left(days),
    )
}

pub fn approval_reminder(name: &str, submitted_at: i64) -> crate::i18n::Msg {
    crate::i18n::msg::reminders_approval(esc(name), crate::i18n::reminders::wib_time(submitted_at))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::announce::views::*;
    use crate::bot::assessment::views::*;
    use crate::domain::broadcast::{Kind, MAX_MESSAGE, TextError, visible_len};
    use crate::domain::time::parse_datetime_wib;
    use crate::domain::training::TrainingDetails;
    use crate::store::broadcast::AnnouncementContent;

    #[test]
    fn an_evidence_caption_of_emoji_stays_within_what_telegram_counts() {
        let caption = evidence_caption(
            Lang::En,
            "Siti <Nur> & 😀",
            "1.1",
            (3, 30),
            Some(&"📷".repeat(900)),
        );
        assert!(
            visible_len(&caption) <= MAX_CAPTION_CHARS,
            "{}",
            visible_len(&caption)
        );
        assert!(caption.ends_with('…'));
        assert_eq!(clip_chars("abc", 3), "abc");
        assert_eq!(clip_chars("😀😀😀", 5), "😀😀…");
    }

    fn content(kind: Kind, text: String) -> AnnouncementContent {
        AnnouncementContent {
            id: 12,
            kind,
            audience: "semua".into(),
            text,
            attachment: None,
            training: (kind == Kind::Pelatihan).then(|| TrainingDetails {
                starts_at: 1_799_978_400,
                place: "Aula <BKD> & ".repeat(15),
                quota: 30,
                jp: 8,
                deadline: 1_799_500_000,
            }),
            parent_id: None,
            created_at: 1_795_000_000,
            created_by: "test".into(),
        }
    }

    /// A text of exactly `units` UTF-16 units, full of what escaping and UTF-16 make longer.
    fn text_of(units: usize) -> String {
        let mut text = "&<>📜".repeat(units / 5);
        text.push_str(&"x".repeat(units % 5));
        assert_eq!(visible_len(&esc(&text)), units);
        text
    }

    #[test]
    fn a_text_at_its_kinds_limit_fits_every_message_it_is_shown_in_and_one_more_does_not() {
        for kind in [Kind::Info, Kind::Pelatihan, Kind::Aturan, Kind::Faq] {
            let limit = text_limit(kind);
            // What the widest reminder and details take: a few hundred characters at most.
            assert!(limit >= 3600, "{kind:?}: {limit}");
            assert_eq!(check_announcement_text(kind, &text_of(limit)), Ok(()));
            assert_eq!(
                longest_rendering(&widest(kind, &text_of(limit))),
                MAX_MESSAGE
            );
            assert_eq!(
                longest_rendering(&widest(kind, &text_of(limit + 1))),
                MAX_MESSAGE + 1
            );
            // Real announcements (a short id, ordinary details) are never wider.
            let real = content(kind, text_of(limit));
            assert!(longest_rendering(&real) <= MAX_MESSAGE, "{kind:?}");
            assert_eq!(
                check_announcement_text(kind, &text_of(limit + 47)),
                Err(TextError::TooLong {
                    kind,
                    len: limit + 47,
                    limit
                })
            );
        }
        // An Info has no reminder around it: it may be the longest, longer than the 3900
        // HR was once told. The README states these figures: change it with them.
        let limits = [Kind::Info, Kind::Aturan, Kind::Pelatihan].map(text_limit);
        assert_eq!(limits, [4077, 3878, 3693]);
        assert!(text_limit(Kind::Info) > text_limit(Kind::Aturan));
        assert!(text_limit(Kind::Info) > text_limit(Kind::Pelatihan));
    }

    #[test]
    fn the_widest_training_details_are_the_widest_any_month_gives() {
        let widest_len = longest_rendering(&widest(Kind::Pelatihan, "x"));
        for month in 1..=12 {
            let at = parse_datetime_wib(&format!("28/{month:02}/9999 23.59"), false).unwrap();
            let mut c = widest(Kind::Pelatihan, "x");
            let t = c.training.as_mut().unwrap();
            (t.starts_at, t.deadline) = (at, at);
            assert!(longest_rendering(&c) <= widest_len, "month {month}");
        }
    }
}
