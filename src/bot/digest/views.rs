//! The texts of the digest, composed from keyed pieces of the catalogue. A digest is
//! queued, so it is built as a [`Notice`] of keys, rendered in its reader's language when
//! it is sent; the lists behind its buttons are read at the press and rendered at once.
//! HTML; names and units from the roster go through [`esc`].

use chrono::NaiveDate;
use teloxide::types::InlineKeyboardMarkup;

use super::action::{Action, Target};
use crate::bot::callback::{CallbackAction, MenuItem};
use crate::bot::messages::esc;
use crate::bot::paging::{PAGE_BUDGET, pages};
use crate::bot::widgets::{nav_row, page_footer};
use crate::domain::digest::{Behind, Context, Detail, List, Lists, unit_tag};
use crate::domain::lang::Lang;
use crate::domain::time::format_date_wib;
use crate::i18n::{self, Button, Msg, Notice, msg};

/// Units on one page of HR's digest: each line and button is short, so eight units keep a
/// page far inside 4096 characters and its keyboard small, in any language.
pub const UNITS_PER_PAGE: usize = 8;

/// The longest unit name on a button; the digest's text names it in full.
const BUTTON_CHARS: usize = 40;

fn date(day: NaiveDate) -> String {
    day.format("%d/%m/%Y").to_string()
}

fn count(lists: &Lists, list: List) -> usize {
    lists.get(&list).map_or(0, Vec::len)
}

/// The earliest deadline among a list's people (realisation, evaluation).
fn earliest_until(people: &[Behind]) -> Option<NaiveDate> {
    people
        .iter()
        .filter_map(|b| match b.detail {
            Detail::Period(_, until) => Some(until),
            _ => None,
        })
        .min()
}

/// One summary line per list with someone on it.
fn summary_lines(ctx: &Context, lists: &Lists) -> Vec<Msg> {
    let mut lines = Vec::new();
    for (list, people) in lists.iter().filter(|(_, p)| !p.is_empty()) {
        let n = people.len().to_string();
        lines.push(match list {
            List::NoPlan => msg::digest_line_no_plan(ctx.year.to_string(), n),
            List::Waiting => {
                let oldest = people
                    .iter()
                    .filter_map(|b| match b.detail {
                        Detail::Since(at) => Some(at),
                        _ => None,
                    })
                    .min()
                    .unwrap_or_default();
                msg::digest_line_waiting(n, format_date_wib(oldest))
            }
            List::NoDailyLog => {
                msg::digest_line_no_daily(date(ctx.logged_from), date(ctx.logged_until), n)
            }
            List::NoRealisation => msg::digest_line_realisation(
                n,
                earliest_until(people).map(date).unwrap_or_default(),
            ),
            List::ToEvaluate => {
                msg::digest_line_evaluation(n, earliest_until(people).map(date).unwrap_or_default())
            }
        });
    }
    lines
}

fn list_label(list: List, n: usize) -> Msg {
    let n = n.to_string();
    match list {
        List::NoPlan => msg::digest_button_no_plan(n),
        List::Waiting => msg::digest_button_waiting(n),
        List::NoDailyLog => msg::digest_button_no_daily(n),
        List::NoRealisation => msg::digest_button_realisation(n),
        List::ToEvaluate => msg::digest_button_evaluation(n),
    }
}

fn joined(parts: Vec<Msg>, separator: &str) -> Msg {
    let mut out = Vec::with_capacity(parts.len() * 2);
    for (i, part) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(Msg::from(separator));
        }
        out.push(part);
    }
    Msg::Join(out)
}

/// A team's or a unit's digest: a line per list and a button to each, two to a row.
fn scope_digest(title: Msg, target: Target, ctx: &Context, lists: &Lists) -> Notice {
    let lines = summary_lines(ctx, lists);
    // Opened from HR's digest, a unit may have caught up since: say so.
    let text = if lines.is_empty() {
        joined(vec![title, msg::digest_list_empty()], "\n\n")
    } else {
        joined(
            vec![title, joined(lines, "\n"), msg::digest_open_hint()],
            "\n\n",
        )
    };
    let buttons: Vec<Button> = List::ALL
        .into_iter()
        .filter(|l| count(lists, *l) > 0)
        .map(|list| Button {
            label: list_label(list, count(lists, list)),
            data: CallbackAction::Digest(Action::List {
                target,
                day: ctx.day,
                list,
                page: 0,
                turn: false,
            })
            .encode(),
        })
        .collect();
    let mut notice = Notice::new(text);
    for row in buttons.chunks(2) {
        notice = notice.with_row(row.to_vec());
    }
    notice
}

/// A supervisor's digest of their team.
pub fn team_digest(ctx: &Context, lists: &Lists) -> Notice {
    scope_digest(
        msg::digest_team_title(date(ctx.day)),
        Target::Team,
        ctx,
        lists,
    )
}

/// A unit's digest, for its head and for HR.
pub fn unit_digest(unit: &str, ctx: &Context, lists: &Lists) -> Notice {
    scope_digest(
        msg::digest_unit_title(esc(unit), date(ctx.day)),
        Target::Unit(unit_tag(unit)),
        ctx,
        lists,
    )
}

/// A page of HR's digest: a line per unit with someone behind (`units`, in order), a
/// button to each unit's digest, and the way to the other pages.
pub fn city_digest(ctx: &Context, units: &[(String, Lists)], page: usize) -> Notice {
    let total = units.len().div_ceil(UNITS_PER_PAGE).max(1);
    let page = page.min(total - 1);
    let shown = units
        .iter()
        .skip(page * UNITS_PER_PAGE)
        .take(UNITS_PER_PAGE);
    let lines: Vec<Msg> = shown
        .clone()
        .map(|(unit, lists)| {
            let n = |l: List| count(lists, l).to_string();
            msg::digest_city_unit(
                esc(unit),
                n(List::NoPlan),
                n(List::Waiting),
                n(List::NoDailyLog),
                n(List::NoRealisation),
                n(List::ToEvaluate),
            )
        })
        .collect();
    let mut parts = vec![
        msg::digest_city_title(date(ctx.day), units.len().to_string()),
        joined(lines, "\n"),
        msg::digest_city_hint(),
    ];
    if total > 1 {
        parts.push(msg::page_footer((page + 1).to_string(), total.to_string()));
    }
    let mut notice = Notice::new(joined(parts, "\n\n"));
    for (unit, _) in shown {
        let label: String = if unit.chars().count() > BUTTON_CHARS {
            let cut: String = unit.chars().take(BUTTON_CHARS - 1).collect();
            format!("{cut}…")
        } else {
            unit.clone()
        };
        notice = notice.with_row(vec![Button {
            label: Msg::from(label),
            data: CallbackAction::Digest(Action::Unit {
                tag: unit_tag(unit),
                day: ctx.day,
            })
            .encode(),
        }]);
    }
    let turn = |p: usize, label: Msg| Button {
        label,
        data: CallbackAction::Digest(Action::City {
            day: ctx.day,
            page: p as u32,
        })
        .encode(),
    };
    let mut nav = Vec::new();
    if page > 0 {
        nav.push(turn(page - 1, msg::nav_back()));
    }
    if page + 1 < total {
        nav.push(turn(page + 1, msg::nav_next()));
    }
    if !nav.is_empty() {
        notice = notice.with_row(nav);
    }
    notice
}

/// The end-of-day reminder to fill the daily log of `day`, with a button to it.
pub fn daily_log_reminder(day: NaiveDate) -> Notice {
    Notice::new(msg::digest_daily_reminder(date(day))).with_row(vec![Button {
        label: msg::digest_daily_button(),
        data: CallbackAction::Menu(crate::bot::menu::action::Action::Open(MenuItem::Daily))
            .encode(),
    }])
}

fn entry(lang: Lang, n: usize, b: &Behind) -> String {
    let (n, name) = (n.to_string(), esc(&b.nama));
    match &b.detail {
        Detail::None => i18n::digest_entry(lang, &n, &name, &b.nip),
        Detail::Since(at) => {
            i18n::digest_entry_since(lang, &n, &name, &b.nip, &format_date_wib(*at))
        }
        Detail::Period(period, until) => i18n::digest_entry_period(
            lang,
            &n,
            &name,
            &b.nip,
            &i18n::reminders::period(*period).render(lang),
            &date(*until),
        ),
    }
}

/// A page of one list of a team (`who` is its heading's name for it): each person behind,
/// numbered, in pages within Telegram's 4096 characters, turned by buttons.
pub fn list_page(
    lang: Lang,
    who: &str,
    target: Target,
    ctx: &Context,
    list: List,
    people: &[Behind],
    page: usize,
) -> (String, InlineKeyboardMarkup) {
    let mut text = match list {
        List::NoPlan => i18n::digest_list_no_plan(lang, who, &ctx.year.to_string()),
        List::Waiting => i18n::digest_list_waiting(lang, who),
        List::NoDailyLog => {
            i18n::digest_list_no_daily(lang, who, &date(ctx.logged_from), &date(ctx.logged_until))
        }
        List::NoRealisation => i18n::digest_list_realisation(lang, who),
        List::ToEvaluate => i18n::digest_list_evaluation(lang, who),
    };
    let lines: Vec<String> = people
        .iter()
        .enumerate()
        .map(|(i, b)| entry(lang, i + 1, b))
        .collect();
    let split = pages(&lines, PAGE_BUDGET);
    let page = page.min(split.len() - 1);
    text.push('\n');
    if lines.is_empty() {
        text.push_str(&i18n::digest_list_empty(lang));
    } else {
        text.push_str(&split[page].join("\n"));
    }
    if split.len() > 1 {
        text.push_str(&page_footer(lang, page, split.len()));
    }
    let keyboard: Vec<Vec<_>> = nav_row(lang, page, split.len(), |p| Action::List {
        target,
        day: ctx.day,
        list,
        page: p,
        turn: true,
    })
    .into_iter()
    .collect();
    (text, InlineKeyboardMarkup::new(keyboard))
}
