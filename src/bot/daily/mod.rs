//! `/harian`: the daily log in e-Kinerja's shape (Progres Harian). One line such as
//! `08.00-10.30 Rapat koordinasi imunisasi, 1 kegiatan` is understood at once; only what is
//! missing is asked, one question at a time; then the indicator buttons of the approved plan
//! (the tag flow of [`super::realisation`]) and optional evidence. `/harian` also lists this
//! week's entries with Ubah / Hapus and **Unduh bulan ini**. Every button re-reads the entry
//! by its id *and* the presser's NIP: forged or stale data changes nothing.

pub mod action;
pub mod state;
pub mod views;

use std::collections::HashMap;

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
use crate::domain::daily::{DailyError, Draft, Evidence, Missing, Month, week_start};
use crate::domain::evaluation::Period;
use crate::domain::lang::Lang;
use crate::domain::plan::PlanContent;
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

/// A file as the store keeps it.
fn daily_file(file: &(String, String, Option<String>)) -> DailyFile<'_> {
    let (kind, id, name) = file;
    DailyFile {
        kind,
        file_id: id,
        file_name: name.as_deref(),
    }
}

/// The answer to a button whose entry, indicator or month is gone or not the presser's.
fn stale(lang: Lang) -> Answer {
    Answer::alert(i18n::stale_button(lang))
}

async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    let text = msg
        .text()
        .or(msg.caption())
        .map(str::trim)
        .filter(|t| !t.is_empty());
    let file = sent_file(&msg);
    let mut form = match state {
        State::Daily(state::State::Draft(form)) => *form,
        State::Daily(state::State::Evidence { daily_id }) => {
            if let Some(evidence) = Evidence::of(text, file.is_some()) {
                let file = file.as_ref().map(daily_file);
                store
                    .set_daily_evidence(daily_id, &member.person.nip, file.as_ref(), evidence.link)
                    .await?;
                dialogue.exit().await?;
                return say(&bot, msg.chat.id, i18n::daily_evidence_saved(member.lang)).await;
            }
            DailyForm::default()
        }
        _ => DailyForm::default(),
    };
    if file.is_some() {
        form.file = file;
    }
    let day = form.default_day.unwrap_or_else(today_wib);
    let Some(text) = text else {
        if form.file.is_none() {
            return say(&bot, msg.chat.id, i18n::daily_expected(member.lang)).await;
        }
        // A photo without a caption: the entry is asked for next.
        form.draft.start_on(day);
        return proceed(&bot, &store, &dialogue, &member, form).await;
    };
    if let Err(e) = form.draft.read(text, day, today_wib()) {
        return refuse(&bot, &dialogue, &member, form, e).await;
    }
    proceed(&bot, &store, &dialogue, &member, form).await
}

/// Refuses a line or an answer; the dialogue stays on the same question (keeping a file
/// already sent).
async fn refuse(
    bot: &TgBot,
    dialogue: &ChatDialogue,
    member: &Member,
    form: DailyForm,
    e: DailyError,
) -> HandlerResult {
    dialogue
        .update(State::Daily(state::State::Draft(Box::new(form))))
        .await?;
    say(
        bot,
        ChatId(member.chat_id),
        messages::esc(&e.localize(member.lang)),
    )
    .await
}

/// Asks the next missing part, or saves the entry and offers the indicator buttons.
async fn proceed(
    bot: &TgBot,
    store: &Store,
    dialogue: &ChatDialogue,
    member: &Member,
    form: DailyForm,
) -> HandlerResult {
    let (chat, lang, nip) = (ChatId(member.chat_id), member.lang, &member.person.nip);
    if let Some(missing) = form.draft.missing() {
        dialogue
            .update(State::Daily(state::State::Draft(Box::new(form))))
            .await?;
        return say(bot, chat, views::daily_ask(lang, missing)).await;
    }
    let id = match save(store, nip, &form).await? {
        Saved::At(id) => id,
        Saved::Gone => {
            dialogue.exit().await?;
            return say(bot, chat, i18n::stale_button(lang)).await;
        }
        Saved::Incomplete => return Ok(()),
    };
    let Some(entry) = store.daily_of(id, nip).await? else {
        dialogue.exit().await?;
        return Ok(());
    };
    let has_evidence = entry.link.is_some() || entry.file_id.is_some();
    if has_evidence {
        dialogue.exit().await?;
    } else {
        dialogue
            .update(State::Daily(state::State::Evidence { daily_id: id }))
            .await?;
    }
    let line = entry_line(&entry);
    let edited = form.editing.is_some();
    match store.approved_content(nip, current_year_wib()).await? {
        Some(content) => {
            let text = views::daily_saved(lang, &line, edited, true, has_evidence);
            say_with(bot, chat, text, tag_keyboard(&content, id)).await
        }
        None => {
            let text = views::daily_saved(lang, &line, edited, false, has_evidence);
            say(bot, chat, text).await
        }
    }
}

/// What [`save`] did with a draft.
enum Saved {
    /// Written, new or rewritten: the entry's id.
    At(i64),
    /// The entry being rewritten is gone, or is not the writer's.
    Gone,
    /// A part is still missing.
    Incomplete,
}

/// Writes a complete entry, new or rewritten.
async fn save(store: &Store, nip: &str, form: &DailyForm) -> anyhow::Result<Saved> {
    let d = &form.draft;
    let (Some(day), Some(start), Some(end), Some(activity), Some(result), Some(unit)) = (
        d.day,
        d.start,
        d.end,
        d.activity.as_deref(),
        d.result,
        d.unit.as_deref(),
    ) else {
        return Ok(Saved::Incomplete);
    };
    let (day, start, end) = (
        day.format("%Y-%m-%d").to_string(),
        start.format("%H:%M").to_string(),
        end.format("%H:%M").to_string(),
    );
    let entry = NewDaily {
        day: &day,
        start_time: &start,
        end_time: &end,
        activity,
        result_value: result,
        result_unit: unit,
        link: d.link.as_deref(),
    };
    let file = form.file.as_ref().map(daily_file);
    Ok(match form.editing {
        Some(id) if store.update_daily(id, nip, &entry, file.as_ref()).await? => Saved::At(id),
        Some(_) => Saved::Gone,
        None => Saved::At(store.add_daily_entry(nip, &entry, file.as_ref()).await?),
    })
}

/// One button per indicator of the approved plan (the first twenty), tagging entry `id`.
fn tag_keyboard(content: &PlanContent, id: i64) -> InlineKeyboardMarkup {
    let rows: Vec<Vec<InlineKeyboardButton>> = numbered(content)
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
    InlineKeyboardMarkup::new(rows)
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
    let (lang, nip) = (member.lang, &member.person.nip);
    let today = today_wib();
    let monday = week_start(today);
    let entries = store
        .dailies_between(
            nip,
            &monday.format("%Y-%m-%d").to_string(),
            &today.format("%Y-%m-%d").to_string(),
        )
        .await?;
    let numbers = rhk_numbers(store, nip).await?;
    let lines: Vec<String> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| week_line(lang, i + 1, e, &numbers))
        .collect();
    let mut text = i18n::daily_week_header(
        lang,
        &views::daily_day(lang, monday),
        &views::daily_day(lang, today),
    );
    text.push_str("\n\n");
    let mut rows = Vec::new();
    if lines.is_empty() {
        text.push_str(&i18n::daily_week_empty(lang));
    } else {
        rows = week_page(lang, &entries, &lines, page, &mut text);
    }
    rows.push(vec![InlineKeyboardButton::callback(
        i18n::daily_export_button(lang),
        Action::Export(Month::of(today).code()).encode(),
    )]);
    text.push_str("\n\n");
    text.push_str(&i18n::daily_ask_entry(lang));
    show(
        bot,
        ChatId(member.chat_id),
        edit,
        text,
        InlineKeyboardMarkup::new(rows),
    )
    .await
}

/// The number of each indicator of the approved plan (`1.2`), by its id.
async fn rhk_numbers(store: &Store, nip: &str) -> anyhow::Result<HashMap<i64, String>> {
    Ok(
        match store.approved_content(nip, current_year_wib()).await? {
            Some(content) => numbered(&content)
                .into_iter()
                .map(|(n, i)| (i.id, n))
                .collect(),
            None => HashMap::new(),
        },
    )
}

/// Entry `number` of the week's list, with the number of the indicator it serves.
fn week_line(lang: Lang, number: usize, e: &DailyEntry, numbers: &HashMap<i64, String>) -> String {
    let day = chrono::NaiveDate::parse_from_str(&e.day, "%Y-%m-%d")
        .map(|d| views::daily_day(lang, d))
        .unwrap_or_else(|_| e.day.clone());
    views::daily_line(
        lang,
        number,
        &day,
        times_of(e).as_deref(),
        e.text.as_deref(),
        result_of(e).as_deref(),
        e.indicator_id
            .and_then(|i| numbers.get(&i))
            .map(String::as_str),
    )
}

/// Appends page `page` of the week's `lines` to `text` (with its footer when there are
/// several), and gives its Ubah / Hapus buttons and the paging row.
fn week_page(
    lang: Lang,
    entries: &[DailyEntry],
    lines: &[String],
    page: usize,
    text: &mut String,
) -> Vec<Vec<InlineKeyboardButton>> {
    let split = pages_of_at_most(lines, PAGE_BUDGET - 1200, ENTRIES_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first: usize = split[..page].iter().map(Vec::len).sum();
    text.push_str(&split[page].join("\n"));
    if split.len() > 1 {
        let (number, pages) = ((page + 1).to_string(), split.len().to_string());
        text.push('\n');
        text.push_str(&i18n::page_footer(lang, &number, &pages));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = entries[first..first + split[page].len()]
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let n = (first + i + 1).to_string();
            vec![
                InlineKeyboardButton::callback(
                    i18n::daily_edit_button(lang, &n),
                    Action::Edit(e.id).encode(),
                ),
                InlineKeyboardButton::callback(
                    i18n::daily_delete_button(lang, &n),
                    Action::Delete(e.id).encode(),
                ),
            ]
        })
        .collect();
    rows.extend(nav_row(lang, page, split.len(), Action::Page));
    rows
}

/// A press of one of this conversation's buttons: the presser, and the message the button
/// sits on when it is in the presser's own chat.
struct Press<'a> {
    bot: &'a TgBot,
    store: &'a Store,
    member: &'a Member,
    here: Option<(ChatId, MessageId)>,
    links: &'a super::EvidenceLinks,
}

impl Press<'_> {
    fn chat(&self) -> ChatId {
        ChatId(self.member.chat_id)
    }

    fn lang(&self) -> Lang {
        self.member.lang
    }

    fn nip(&self) -> &str {
        &self.member.person.nip
    }
}

/// Every `hh:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
    links: &super::EvidenceLinks,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let here = super::pressed_in(q, chat);
    let press = Press {
        bot,
        store,
        member,
        here,
        links,
    };
    match action {
        Action::Tag(daily_id, indicator_id) => on_tag(&press, daily_id, indicator_id).await,
        Action::Page(page) => {
            show_week(bot, store, member, page as usize, here).await?;
            Ok(Answer::silent())
        }
        Action::Edit(id) => on_edit(&press, &dialogue, id).await,
        Action::EditPart(id, part) => on_edit_part(&press, &dialogue, id, part).await,
        Action::Delete(id) => on_delete(&press, id).await,
        Action::DeleteConfirm(id) => on_delete_confirm(&press, id).await,
        Action::Export(code) => on_export(&press, code).await,
    }
}

/// An indicator button under a saved entry: the entry serves that indicator now.
async fn on_tag(press: &Press<'_>, daily_id: i64, indicator_id: i64) -> anyhow::Result<Answer> {
    let (store, lang, nip) = (press.store, press.lang(), press.nip());
    let period = Period::quarter_of(today_wib());
    let Some((n, _)) = super::realisation::indicator(store, nip, period, indicator_id).await?
    else {
        return Ok(stale(lang));
    };
    if !store.tag_daily(daily_id, nip, indicator_id).await? {
        return Ok(stale(lang));
    }
    Ok(Answer::toast(i18n::daily_tagged(lang, &n)))
}

/// Ubah: the entry is written anew (on its own day unless the line names another), or one
/// of its parts is picked to change.
async fn on_edit(press: &Press<'_>, dialogue: &ChatDialogue, id: i64) -> anyhow::Result<Answer> {
    let lang = press.lang();
    let Some(entry) = press.store.daily_of(id, press.nip()).await? else {
        return Ok(stale(lang));
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
        press.bot,
        press.chat(),
        i18n::daily_edit_prompt(lang, &messages::esc(&entry_line(&entry))),
        InlineKeyboardMarkup::new(vec![parts.to_vec()]),
    )
    .await?;
    Ok(Answer::silent())
}

/// One part of a saved entry to change: it is asked again, the rest kept.
async fn on_edit_part(
    press: &Press<'_>,
    dialogue: &ChatDialogue,
    id: i64,
    part: Missing,
) -> anyhow::Result<Answer> {
    let lang = press.lang();
    let Some(entry) = press.store.daily_of(id, press.nip()).await? else {
        return Ok(stale(lang));
    };
    let mut draft = draft_of(&entry);
    draft.clear(part);
    let Some(missing) = draft.missing() else {
        return Ok(stale(lang));
    };
    dialogue
        .update(State::Daily(state::State::Draft(Box::new(DailyForm {
            editing: Some(id),
            default_day: draft.day,
            draft,
            file: None,
        }))))
        .await?;
    say(press.bot, press.chat(), views::daily_ask(lang, missing)).await?;
    Ok(Answer::silent())
}

/// Hapus: asks to confirm, with the entry as written.
async fn on_delete(press: &Press<'_>, id: i64) -> anyhow::Result<Answer> {
    let lang = press.lang();
    let Some(entry) = press.store.daily_of(id, press.nip()).await? else {
        return Ok(stale(lang));
    };
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        InlineKeyboardButton::callback(
            i18n::daily_delete_yes_button(lang),
            Action::DeleteConfirm(id).encode(),
        ),
        InlineKeyboardButton::callback(i18n::daily_keep_button(lang), Action::Page(0).encode()),
    ]]);
    say_with(
        press.bot,
        press.chat(),
        i18n::daily_confirm_delete(lang, &messages::esc(&entry_line(&entry))),
        keyboard,
    )
    .await?;
    Ok(Answer::silent())
}

/// Ya, hapus: the entry is gone and the week's list redrawn.
async fn on_delete_confirm(press: &Press<'_>, id: i64) -> anyhow::Result<Answer> {
    let lang = press.lang();
    if !press.store.delete_daily(id, press.nip()).await? {
        return Ok(stale(lang));
    }
    show_week(press.bot, press.store, press.member, 0, press.here).await?;
    Ok(Answer::toast(i18n::daily_deleted(lang)))
}

/// Unduh bulan ini: the month's entries as xlsx and CSV, in e-Kinerja's columns (files as
/// signed links when a public URL is configured).
async fn on_export(press: &Press<'_>, code: u32) -> anyhow::Result<Answer> {
    let (bot, lang, nip) = (press.bot, press.lang(), press.nip());
    let Some(month) = Month::from_code(code) else {
        return Ok(stale(lang));
    };
    let links = press.links.signer();
    let table = crate::daily_log::month_table(press.store, nip, month, links).await?;
    if table.rows.is_empty() {
        let month = month.label_in(lang);
        return Ok(Answer::alert(i18n::daily_export_empty(lang, &month)));
    }
    bot.answer_press(Answer::toast(i18n::daily_export_preparing(lang)));
    let stem = crate::daily_log::file_stem(nip, month);
    let caption = i18n::daily_export_caption(lang, &messages::esc(&month.label_in(lang)));
    let xlsx = crate::export::xlsx_bytes(std::slice::from_ref(&table))?;
    let csv = crate::export::csv_bytes(&table)?;
    for (bytes, ext) in [(xlsx, "xlsx"), (csv, "csv")] {
        bot.post(
            press.chat(),
            Out::Document {
                file: InputFile::memory(bytes).file_name(format!("{stem}.{ext}")),
                caption: Some(caption.clone()),
                keyboard: None,
            },
        );
    }
    Ok(Answer::silent())
}
