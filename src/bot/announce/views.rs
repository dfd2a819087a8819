//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::messages::*;
use crate::bot::rules::views::*;
use crate::bot::training::views::*;
use crate::domain::broadcast::{Kind, MAX_MESSAGE, TextError, check_text, visible_len};
use crate::domain::lang::Lang;
use crate::domain::quantity::format_number;
use crate::domain::time::{format_wib, parse_datetime_wib};
use crate::domain::training::{MAX_JP, MAX_PLACE, MAX_QUOTA, SeatStatus, TrainingDetails};
use crate::i18n::{self, Label, Msg};
use crate::store::broadcast::{AnnouncementContent, DeliveryStatus};
use crate::store::rules::{Question, RuleCounts};
use crate::store::trainings::SeatCounts;

/// An announcement as recipients read it, in no language yet: a heading by kind, HR's text
/// escaped (as HR wrote it, in whatever language), for a training its details, for a rule
/// change what to press. Queued reminders carry it as it is; the sender renders it.
pub fn announcement_msg(content: &AnnouncementContent) -> Msg {
    let head = match content.kind {
        Kind::Info => i18n::msg::announce_head_info(),
        Kind::Pelatihan => i18n::msg::announce_head_training(),
        Kind::Aturan => i18n::msg::announce_head_rule(),
        Kind::Faq => {
            i18n::msg::announce_head_faq(content.parent_id.unwrap_or_default().to_string())
        }
    };
    let mut text = head.then("\n\n").then(esc(&content.text));
    if let Some(t) = &content.training {
        text = text.then("\n\n").then(i18n::msg::training_details(
            format_wib(t.starts_at),
            esc(&t.place),
            format_number(t.quota as f64),
            t.jp.to_string(),
            format_wib(t.deadline),
        ));
    }
    if content.kind == Kind::Aturan {
        text = text.then("\n\n").then(i18n::msg::announce_rule_footer());
    }
    text
}

/// [`announcement_msg`] in `lang`.
pub fn announcement(lang: Lang, content: &AnnouncementContent) -> String {
    announcement_msg(content).render(lang)
}

/// Every message an announcement of this kind is shown in, in every language: as sent (and
/// opened again), and for a rule change the reminder to non-readers, for a training the
/// day-before reminder. An Info or a FAQ has no wrapper.
pub fn renderings(content: &AnnouncementContent) -> Vec<String> {
    let mut all = vec![announcement_msg(content)];
    match content.kind {
        Kind::Aturan => all.push(rule_reminder(content)),
        Kind::Pelatihan => all.push(training_reminder(content)),
        Kind::Info | Kind::Faq => {}
    }
    Lang::ALL
        .into_iter()
        .flat_map(|lang| all.iter().map(move |m| m.render(lang)))
        .collect()
}

/// The longest of an announcement's messages in any language, as Telegram counts it
/// ([`visible_len`]).
pub fn longest_rendering(content: &AnnouncementContent) -> usize {
    renderings(content)
        .iter()
        .map(|m| visible_len(m))
        .max()
        .unwrap_or_default()
}

/// The announcement of a kind that takes the most room around its text: the widest id, and
/// for a training the widest details (a place of [`MAX_PLACE`] units, the largest quota
/// and JP, the longest month name with a two-digit day).
pub(crate) fn widest(kind: Kind, text: &str) -> AnnouncementContent {
    // 30 September 9999 23.59 WIB: the longest date `format_wib` writes.
    let latest = parse_datetime_wib("30/09/9999 23.59", false).unwrap_or_default();
    AnnouncementContent {
        id: i64::MAX,
        kind,
        audience: String::new(),
        text: text.to_string(),
        attachment: None,
        training: (kind == Kind::Pelatihan).then(|| TrainingDetails {
            starts_at: latest,
            place: "W".repeat(MAX_PLACE),
            quota: MAX_QUOTA,
            jp: MAX_JP,
            deadline: latest,
        }),
        parent_id: Some(i64::MAX),
        created_at: 0,
        created_by: String::new(),
    }
}

/// The longest text an announcement of this kind may have: what Telegram's 4096 leaves
/// beside the widest message it is shown in ([`renderings`] of [`widest`], in every
/// language, since each recipient reads the frame in their own), so that any text within
/// it fits every one of them, whatever its id, details and reader. One number per kind,
/// the one HR is told and the one checked, in the chat and on the command line alike.
pub fn text_limit(kind: Kind) -> usize {
    // One visible character of text, so that trimming does not hide the line breaks
    // around it.
    let around = longest_rendering(&widest(kind, "x")) - 1;
    MAX_MESSAGE - around
}

/// Whether HR's text can be an announcement of this kind (see [`check_text`]).
pub fn check_announcement_text(kind: Kind, text: &str) -> Result<(), TextError> {
    check_text(text, kind, text_limit(kind))
}

/// A whole number as a reader of `lang` groups its thousands (`4.077`, `4,077`).
pub(crate) fn whole_number(lang: Lang, n: usize) -> String {
    let id = format_number(n as f64);
    match lang {
        Lang::Id => id,
        Lang::En => id.replace('.', ","),
    }
}

/// The caption under an attachment whose announcement text is too long to be its caption.
pub fn attachment_caption(lang: Lang, id: i64) -> String {
    if id == 0 {
        i18n::announce_attachment_caption_draft(lang)
    } else {
        i18n::announce_attachment_caption(lang, &id.to_string())
    }
}

/// HR's self-updating view of a delivery.
pub fn announcement_progress(lang: Lang, id: i64, s: &DeliveryStatus, seconds_left: i64) -> String {
    let id = id.to_string();
    let head = if s.done() {
        i18n::announce_progress_done(lang, &id)
    } else {
        let minutes = (seconds_left + 59) / 60;
        i18n::announce_progress_sending(lang, &id, &minutes.to_string())
    };
    let figures = i18n::announce_progress_figures(
        lang,
        &s.total().to_string(),
        &s.sent.to_string(),
        &(s.pending + s.sending).to_string(),
        &s.failed.to_string(),
        &s.unreachable.to_string(),
    );
    format!("{head}\n{figures}")
}

/// One line of a person's own status in an announcement they received.
pub enum MyStatus {
    Info,
    Rule {
        acknowledged_at: Option<i64>,
        asked: i64,
        answered: i64,
    },
    Training {
        seat: Option<SeatStatus>,
        attended: bool,
        open: bool,
    },
}

/// `/pengumuman`: the latest announcements a person received, with their own status.
pub fn announcements_list(lang: Lang, list: &[(AnnouncementContent, MyStatus)]) -> String {
    let mut text = i18n::announce_list_title(lang);
    for (a, status) in list {
        let short: String = a.text.chars().take(300).collect();
        let status = match status {
            MyStatus::Info => None,
            MyStatus::Rule {
                acknowledged_at,
                asked,
                answered,
            } => {
                let read = match acknowledged_at {
                    Some(at) => i18n::announce_read_at(lang, &when(lang, *at)),
                    None => i18n::announce_not_confirmed(lang),
                };
                let questions = if *asked > 0 {
                    let (asked, answered) = (asked.to_string(), answered.to_string());
                    format!("; {}", i18n::announce_my_questions(lang, &asked, &answered))
                } else {
                    String::new()
                };
                Some(format!("{read}{questions}"))
            }
            MyStatus::Training {
                seat,
                attended,
                open,
            } => Some(seat_status(lang, *seat, *attended, *open)),
        };
        let status = status
            .map(|s| format!("\n{}", i18n::announce_list_status(lang, &s)))
            .unwrap_or_default();
        let item = i18n::announce_list_item(
            lang,
            &a.id.to_string(),
            &a.kind.label_in(lang),
            &when(lang, a.created_at),
        );
        text.push_str(&format!("\n\n{item}{status}\n{}", esc(&short)));
    }
    text.push_str(&format!("\n\n{}", i18n::announce_list_footer(lang)));
    text
}

/// Where a person stands in a training, in words.
pub fn seat_status(lang: Lang, seat: Option<SeatStatus>, attended: bool, open: bool) -> String {
    match seat {
        Some(SeatStatus::Registered) if attended => i18n::training_seat_attended(lang),
        Some(SeatStatus::Registered) => i18n::training_seat_registered(lang),
        Some(SeatStatus::Waiting(n)) => i18n::training_seat_waiting(lang, &n.to_string()),
        Some(SeatStatus::Cancelled) => i18n::training_seat_cancelled(lang),
        None if open => i18n::training_seat_not_registered(lang),
        None => i18n::training_seat_closed(lang),
    }
}

pub fn ask_units(lang: Lang, chosen: &[String]) -> String {
    let list = if chosen.is_empty() {
        i18n::announce_units_none(lang)
    } else {
        esc(&chosen.join(", "))
    };
    i18n::announce_ask_units(lang, &list)
}

pub fn ask_announcement_text(lang: Lang, kind: Kind) -> String {
    i18n::announce_ask_text(
        lang,
        &whole_number(lang, text_limit(kind)),
        &kind.label_in(lang),
    )
}

/// HR's list of announcements sent.
pub fn sent_list(lang: Lang, list: &[(AnnouncementContent, DeliveryStatus)], page: u32) -> String {
    if list.is_empty() {
        return i18n::announce_sent_none(lang);
    }
    let mut text = i18n::announce_sent_title(lang, &(page + 1).to_string());
    for (a, s) in list {
        let short: String = a.text.chars().take(80).collect();
        let item = i18n::announce_sent_item(
            lang,
            &a.id.to_string(),
            &a.kind.label_in(lang),
            &when(lang, a.created_at),
            &esc(&short),
            &s.sent.to_string(),
            &s.total().to_string(),
        );
        text.push_str(&format!("\n\n{item}"));
    }
    text
}

/// HR's figures of one announcement.
pub fn announcement_detail(
    lang: Lang,
    a: &AnnouncementContent,
    delivery: &DeliveryStatus,
    seats: Option<&SeatCounts>,
    rules: Option<&RuleCounts>,
    questions: &[Question],
) -> String {
    let short: String = a.text.chars().take(200).collect();
    let head = i18n::announce_detail_head(
        lang,
        &a.id.to_string(),
        &a.kind.label_in(lang),
        &when(lang, a.created_at),
    );
    let figures = i18n::announce_detail_delivery(
        lang,
        &delivery.total().to_string(),
        &delivery.sent.to_string(),
        &(delivery.pending + delivery.sending).to_string(),
        &delivery.failed.to_string(),
        &delivery.unreachable.to_string(),
    );
    let mut text = format!(
        "{head}
{}

{figures}",
        esc(&short)
    );
    if let (Some(t), Some(c)) = (&a.training, seats) {
        let when = i18n::training_detail_when(lang, &when(lang, t.starts_at), &esc(&t.place));
        let seats = i18n::training_detail_seats(
            lang,
            &c.registered.to_string(),
            &t.quota.to_string(),
            &c.waiting.to_string(),
            &c.cancelled.to_string(),
            &c.attended.to_string(),
            &t.jp.to_string(),
        );
        text.push_str(&format!("\n\n{when}\n{seats}"));
    }
    if let Some(r) = rules {
        let figures = i18n::announce_detail_rule(
            lang,
            &r.acknowledged.to_string(),
            &r.recipients.to_string(),
            &(r.recipients - r.acknowledged).to_string(),
            &r.questions.to_string(),
            &r.open_questions.to_string(),
            &r.reminders.to_string(),
        );
        text.push_str(&format!("\n\n{figures}"));
    }
    for q in questions {
        let state = match &q.answer {
            Some(answer) => i18n::announce_detail_answer(lang, &esc(answer)),
            None => i18n::announce_detail_unanswered(lang),
        };
        let question = i18n::announce_detail_question(
            lang,
            &q.id.to_string(),
            &esc(&q.nama),
            &when(lang, q.asked_at),
            &esc(&q.text),
        );
        text.push_str(&format!("\n\n{question}\n{state}"));
    }
    clip(text)
}

/// Cuts a view that grew past Telegram's limit (many long questions).
pub(crate) fn clip(text: String) -> String {
    const LIMIT: usize = 4000;
    if text.chars().count() <= LIMIT {
        return text;
    }
    // Cut at a line break, so that no HTML tag is left open.
    let cut: String = text.chars().take(LIMIT).collect();
    let end = cut.rfind("\n\n").unwrap_or(0);
    format!("{}\n\n…", &cut[..end])
}
