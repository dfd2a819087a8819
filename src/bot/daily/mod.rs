//! `/harian`: the daily log in e-Kinerja's shape (Progres Harian). One line such as
//! `08.00-10.30 Rapat koordinasi imunisasi, 1 kegiatan` is understood at once; only what is
//! missing is asked, one question at a time; then the indicator buttons of the approved plan
//! (the tag flow of [`super::realisation`]) and optional evidence. `/harian` also lists this
//! week's entries with Ubah / Hapus and **Unduh bulan ini**. Every button re-reads the entry
//! by its id *and* the presser's NIP: forged or stale data changes nothing.

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId};

use super::dialogue::{ChatDialogue, DailyForm, State};
use super::messages;
use super::paging::{PAGE_BUDGET, pages_of_at_most};
use super::realisation::numbered;
use super::widgets::nav_row;
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with, show};
use crate::domain::daily::{
    DailyError, Draft, Missing, Month, parse_entry_on, take_link, week_start,
};
use crate::domain::lang::Lang;
use crate::domain::time::{current_year_wib, today_wib};
use crate::i18n::{self, Label, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::evaluations::{DailyEntry, DailyFile, NewDaily};
use crate::telegram::Out;

/// Entries per page of the week's list (two buttons each).
const ENTRIES_PER_PAGE: usize = 6;

fn in_daily_dialogue(state: &State) -> bool {
    matches!(
        state,
        State::Daily(state::State::Text)
            | State::Daily(state::State::Draft(_))
            | State::Daily(state::State::Evidence { .. })
    )
}

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(in_daily_dialogue, message)
}

/// A photo's largest size or a document, with the document's name.
fn sent_file(msg: &Message) -> Option<(String, String, Option<String>)> {
    if let Some((kind, id)) = super::realisation::attached_file(msg) {
        let name = msg.document().and_then(|d| d.file_name.clone());
        return Some((kind.to_string(), id, name));
    }
    None
}

fn is_link(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && (text.starts_with("https://") || text.starts_with("http://"))
}

async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    let chat = msg.chat.id;
    let lang = member.lang;
    let nip = member.person.nip.clone();
    let text = msg
        .text()
        .or(msg.caption())
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let file = sent_file(&msg);
    let mut form = match state {
        State::Daily(state::State::Draft(form)) => *form,
        State::Daily(state::State::Evidence { daily_id }) => {
            let link = text.filter(|t| is_link(t));
            if link.is_some() || (file.is_some() && text.is_none()) {
                let file = file.as_ref().map(|(kind, id, name)| DailyFile {
                    kind,
                    file_id: id,
                    file_name: name.as_deref(),
                });
                store
                    .set_daily_evidence(daily_id, &nip, file.as_ref(), link)
                    .await?;
                dialogue.exit().await?;
                say(&bot, chat, i18n::daily_evidence_saved(lang)).await?;
                return Ok(());
            }
            // Anything else is a new entry.
            DailyForm::default()
        }
        _ => DailyForm::default(),
    };
    if file.is_some() {
        form.file = file;
    }
    let Some(text) = text else {
        if form.file.is_none() {
            say(&bot, chat, i18n::daily_expected(lang)).await?;
            return Ok(());
        }
        // A photo without a caption: the entry is asked for next.
        if form.draft.day.is_none() {
            form.draft = Draft {
                day: form.default_day.or(Some(today_wib())),
                ..Draft::default()
            };
        }
        return proceed(&bot, &store, &dialogue, &member, form).await;
    };
    let read = match form.draft.day {
        None => {
            let default = form.default_day.unwrap_or_else(today_wib);
            parse_entry_on(text, default, today_wib()).map(|d| form.draft = d)
        }
        Some(_) => match form.draft.missing() {
            Some(missing) => {
                let (rest, link) = take_link(text);
                if link.is_some() {
                    form.draft.link = link;
                }
                form.draft.answer(missing, &rest)
            }
            None => Ok(()),
        },
    };
    if let Err(e) = read {
        return refuse(&bot, chat, lang, &dialogue, form, e).await;
    }
    proceed(&bot, &store, &dialogue, &member, form).await
}

/// Refuses a line or an answer; the dialogue stays on the same question (keeping a file
/// already sent).
async fn refuse(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    form: DailyForm,
    e: DailyError,
) -> HandlerResult {
    dialogue
        .update(State::Daily(state::State::Draft(Box::new(form))))
        .await?;
    say(bot, chat, messages::esc(&e.localize(lang))).await?;
    Ok(())
}

/// Asks the next missing part, or saves the entry and offers the indicator buttons.
async fn proceed(
    bot: &TgBot,
    store: &Store,
    dialogue: &ChatDialogue,
    member: &Member,
    form: DailyForm,
) -> HandlerResult {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let nip = &member.person.nip;
    if let Some(missing) = form.draft.missing() {
        dialogue
            .update(State::Daily(state::State::Draft(Box::new(form))))
            .await?;
        say(
            bot,
            chat,
            crate::bot::daily::views::daily_ask(lang, missing),
        )
        .await?;
        return Ok(());
    }
    let d = &form.draft;
    let (Some(day), Some(start), Some(end), Some(activity), Some(result), Some(unit)) = (
        d.day,
        d.start,
        d.end,
        d.activity.as_deref(),
        d.result,
        d.unit.as_deref(),
    ) else {
        return Ok(());
    };
    let day_text = day.format("%Y-%m-%d").to_string();
    let (start_text, end_text) = (
        start.format("%H:%M").to_string(),
        end.format("%H:%M").to_string(),
    );
    let entry = NewDaily {
        day: &day_text,
        start_time: &start_text,
        end_time: &end_text,
        activity,
        result_value: result,
        result_unit: unit,
        link: d.link.as_deref(),
    };
    let file = form.file.as_ref().map(|(kind, id, name)| DailyFile {
        kind,
        file_id: id,
        file_name: name.as_deref(),
    });
    let id = match form.editing {
        Some(id) => {
            if !store.update_daily(id, nip, &entry, file.as_ref()).await? {
                dialogue.exit().await?;
                say(bot, chat, i18n::stale_button(lang)).await?;
                return Ok(());
            }
            id
        }
        None => store.add_daily_entry(nip, &entry, file.as_ref()).await?,
    };
    let Some(saved) = store.daily_of(id, nip).await? else {
        dialogue.exit().await?;
        return Ok(());
    };
    let has_evidence = saved.link.is_some() || saved.file_id.is_some();
    if has_evidence {
        dialogue.exit().await?;
    } else {
        dialogue
            .update(State::Daily(state::State::Evidence { daily_id: id }))
            .await?;
    }
    let line = entry_line(&saved);
    match store.approved_content(nip, current_year_wib()).await? {
        Some(content) => {
            let rows: Vec<Vec<InlineKeyboardButton>> = numbered(&content)
                .into_iter()
                .take(20)
                .map(|(n, ind)| {
                    let short: String = ind.text.chars().take(40).collect();
                    vec![InlineKeyboardButton::callback(
                        format!("{n} {short}"),
                        Action::Tag(id, ind.id).encode(),
                    )]
                })
                .collect();
            say_with(
                bot,
                chat,
                crate::bot::daily::views::daily_saved(
                    lang,
                    &line,
                    form.editing.is_some(),
                    true,
                    has_evidence,
                ),
                InlineKeyboardMarkup::new(rows),
            )
            .await?;
        }
        None => {
            say(
                bot,
                chat,
                crate::bot::daily::views::daily_saved(
                    lang,
                    &line,
                    form.editing.is_some(),
                    false,
                    has_evidence,
                ),
            )
            .await?;
        }
    }
    Ok(())
}

/// An entry written the way `/harian` reads it: `2/12 08.00-10.30 Rapat, 1 kegiatan`
/// (old entries without times or result give what they have).
pub(crate) fn entry_line(e: &DailyEntry) -> String {
    let mut parts = Vec::new();
    if let Ok(day) = chrono::NaiveDate::parse_from_str(&e.day, "%Y-%m-%d") {
        parts.push(day.format("%-d/%-m").to_string());
    }
    if let Some(times) = times_of(e) {
        parts.push(times);
    }
    let mut line = parts.join(" ");
    if let Some(text) = &e.text {
        line.push(' ');
        line.push_str(text);
    }
    if let Some(result) = result_of(e) {
        line.push_str(", ");
        line.push_str(&result);
    }
    if let Some(link) = &e.link {
        line.push(' ');
        line.push_str(link);
    }
    line
}

/// A saved entry as a draft, to change one part of it (old entries lack some parts: those
/// are asked too).
fn draft_of(e: &DailyEntry) -> Draft {
    let time = |t: &Option<String>| {
        t.as_deref()
            .and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok())
    };
    Draft {
        day: chrono::NaiveDate::parse_from_str(&e.day, "%Y-%m-%d").ok(),
        start: time(&e.start_time),
        end: time(&e.end_time),
        activity: e.text.clone(),
        result: e.result_value,
        unit: e.result_unit.clone(),
        link: None,
    }
}

/// `08.00-10.30`, as people in Sibolga write times.
fn times_of(e: &DailyEntry) -> Option<String> {
    let dotted = |t: &String| t.replace(':', ".");
    Some(format!(
        "{}-{}",
        dotted(e.start_time.as_ref()?),
        dotted(e.end_time.as_ref()?)
    ))
}

fn result_of(e: &DailyEntry) -> Option<String> {
    let value = e.result_value?;
    Some(match &e.result_unit {
        Some(unit) => format!("{value} {unit}"),
        None => value.to_string(),
    })
}

/// `/harian`: this week's entries with their buttons, and how to write a new one.
pub async fn start(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: &ChatDialogue,
) -> anyhow::Result<()> {
    dialogue.update(State::Daily(state::State::Text)).await?;
    show_week(bot, store, member, 0, None).await
}

/// This week's list, paged; edits the message it was paged from.
async fn show_week(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let nip = &member.person.nip;
    let today = today_wib();
    let monday = week_start(today);
    let entries = store
        .dailies_between(
            nip,
            &monday.format("%Y-%m-%d").to_string(),
            &today.format("%Y-%m-%d").to_string(),
        )
        .await?;
    let numbers: std::collections::HashMap<i64, String> =
        match store.approved_content(nip, current_year_wib()).await? {
            Some(content) => numbered(&content)
                .into_iter()
                .map(|(n, i)| (i.id, n))
                .collect(),
            None => Default::default(),
        };
    let lines: Vec<String> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let day = chrono::NaiveDate::parse_from_str(&e.day, "%Y-%m-%d")
                .map(|d| crate::bot::daily::views::daily_day(lang, d))
                .unwrap_or_else(|_| e.day.clone());
            crate::bot::daily::views::daily_line(
                lang,
                i + 1,
                &day,
                times_of(e).as_deref(),
                e.text.as_deref(),
                result_of(e).as_deref(),
                e.indicator_id
                    .and_then(|i| numbers.get(&i))
                    .map(String::as_str),
            )
        })
        .collect();
    let mut text = i18n::daily_week_header(
        lang,
        &crate::bot::daily::views::daily_day(lang, monday),
        &crate::bot::daily::views::daily_day(lang, today),
    );
    text.push_str("\n\n");
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    if lines.is_empty() {
        text.push_str(&i18n::daily_week_empty(lang));
    } else {
        let split = pages_of_at_most(&lines, PAGE_BUDGET - 1200, ENTRIES_PER_PAGE);
        let page = page.min(split.len() - 1);
        let first: usize = split[..page].iter().map(Vec::len).sum();
        text.push_str(&split[page].join("\n"));
        if split.len() > 1 {
            let (number, pages) = ((page + 1).to_string(), split.len().to_string());
            text.push('\n');
            text.push_str(&i18n::page_footer(lang, &number, &pages));
        }
        for (i, e) in entries[first..first + split[page].len()].iter().enumerate() {
            let n = first + i + 1;
            rows.push(vec![
                InlineKeyboardButton::callback(
                    i18n::daily_edit_button(lang, &n.to_string()),
                    Action::Edit(e.id).encode(),
                ),
                InlineKeyboardButton::callback(
                    i18n::daily_delete_button(lang, &n.to_string()),
                    Action::Delete(e.id).encode(),
                ),
            ]);
        }
        rows.extend(nav_row(lang, page, split.len(), Action::Page));
    }
    rows.push(vec![InlineKeyboardButton::callback(
        i18n::daily_export_button(lang),
        Action::Export(Month::of(today).code()).encode(),
    )]);
    text.push_str("\n\n");
    text.push_str(&i18n::daily_ask_entry(lang));
    show(bot, chat, edit, text, InlineKeyboardMarkup::new(rows)).await
}

/// Every `hh:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let nip = &member.person.nip;
    let here = q
        .message
        .as_ref()
        .filter(|m| m.chat().id == chat)
        .map(|m| (m.chat().id, m.id()));
    match action {
        Action::Tag(daily_id, indicator_id) => {
            let period =
                crate::domain::evaluation::Period::quarter_of(crate::domain::time::today_wib());
            let Some((n, _)) =
                super::realisation::indicator(store, nip, period, indicator_id).await?
            else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            if !store.tag_daily(daily_id, nip, indicator_id).await? {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            }
            return Ok(Answer::toast(i18n::daily_tagged(lang, &n)));
        }
        Action::Page(page) => {
            show_week(bot, store, member, page as usize, here).await?;
        }
        Action::Edit(id) => {
            let Some(entry) = store.daily_of(id, nip).await? else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            let default_day = chrono::NaiveDate::parse_from_str(&entry.day, "%Y-%m-%d").ok();
            dialogue
                .update(State::Daily(state::State::Draft(Box::new(DailyForm {
                    editing: Some(id),
                    default_day,
                    ..DailyForm::default()
                }))))
                .await?;
            let parts = [
                (i18n::daily_edit_time_button(lang), Missing::Time),
                (i18n::daily_edit_activity_button(lang), Missing::Activity),
                (i18n::daily_edit_result_button(lang), Missing::Result),
            ]
            .map(|(label, part)| {
                InlineKeyboardButton::callback(label, Action::EditPart(id, part).encode())
            });
            say_with(
                bot,
                chat,
                i18n::daily_edit_prompt(lang, &messages::esc(&entry_line(&entry))),
                InlineKeyboardMarkup::new(vec![parts.to_vec()]),
            )
            .await?;
        }
        Action::EditPart(id, part) => {
            let Some(entry) = store.daily_of(id, nip).await? else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            let mut draft = draft_of(&entry);
            draft.clear(part);
            let Some(missing) = draft.missing() else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            dialogue
                .update(State::Daily(state::State::Draft(Box::new(DailyForm {
                    editing: Some(id),
                    default_day: draft.day,
                    draft,
                    file: None,
                }))))
                .await?;
            say(
                bot,
                chat,
                crate::bot::daily::views::daily_ask(lang, missing),
            )
            .await?;
        }
        Action::Delete(id) => {
            let Some(entry) = store.daily_of(id, nip).await? else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            let keyboard = InlineKeyboardMarkup::new(vec![vec![
                InlineKeyboardButton::callback(
                    i18n::daily_delete_yes_button(lang),
                    Action::DeleteConfirm(id).encode(),
                ),
                InlineKeyboardButton::callback(
                    i18n::daily_keep_button(lang),
                    Action::Page(0).encode(),
                ),
            ]]);
            say_with(
                bot,
                chat,
                i18n::daily_confirm_delete(lang, &messages::esc(&entry_line(&entry))),
                keyboard,
            )
            .await?;
        }
        Action::DeleteConfirm(id) => {
            if !store.delete_daily(id, nip).await? {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            }
            show_week(bot, store, member, 0, here).await?;
            return Ok(Answer::toast(i18n::daily_deleted(lang)));
        }
        Action::Export(code) => {
            let Some(month) = Month::from_code(code) else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            let table = crate::daily_log::month_table(store, nip, month).await?;
            if table.rows.is_empty() {
                let month = month.label_in(lang);
                return Ok(Answer::alert(i18n::daily_export_empty(lang, &month)));
            }
            bot.answer_press(Answer::toast(i18n::daily_export_preparing(lang)))
                .await?;
            let stem = crate::daily_log::file_stem(nip, month);
            let caption = i18n::daily_export_caption(lang, &messages::esc(&month.label_in(lang)));
            let xlsx = crate::export::xlsx_bytes(std::slice::from_ref(&table))?;
            let csv = crate::export::csv_bytes(&table)?;
            for (bytes, ext) in [(xlsx, "xlsx"), (csv, "csv")] {
                bot.post(
                    chat,
                    Out::Document {
                        file: InputFile::memory(bytes).file_name(format!("{stem}.{ext}")),
                        caption: Some(caption.clone()),
                        keyboard: None,
                    },
                );
            }
        }
    }
    Ok(Answer::silent())
}
