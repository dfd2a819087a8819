//! Staff side of the quarter: `/realisasi`, the achieved value, evidence and a note per
//! indicator of the approved plan; daily entries tagged to an indicator (see
//! [`super::daily`]) are offered as evidence. Nothing sent as evidence is dropped silently:
//! a photo while a number is expected is kept as evidence; a sticker gets a clear answer.
//! Whether realisation may still change is the domain's
//! ([`crate::domain::evaluation::realisation_may_change`]).

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::CallbackAction;
use super::dialogue::{ChatDialogue, State};
use super::messages;
use super::paging::{PAGE_BUDGET, pages_of_at_most};
use super::widgets::{button, nav_row, period_choice};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with, show};
use crate::bot::plan::views::MAX_PLAN_TEXT;
use crate::domain::evaluation::{
    EvaluationError, Period, realisation_complete, realisation_may_change,
};
use crate::domain::lang::Lang;
use crate::domain::plan::{Indikator, PlanContent};
use crate::domain::quantity::{format_number, parse_number};
use crate::domain::time::{current_year_wib, today_wib};
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::evaluations::{DailyEntry, EvalStoreError};

/// Indicators per page of the realisation overview (one button each).
const INDICATORS_PER_PAGE: usize = 8;

/// Each indicator of a plan with its number (`1.2`: RHK 1, indicator 2).
pub(crate) fn numbered(content: &PlanContent) -> Vec<(String, &Indikator)> {
    content
        .rhk
        .iter()
        .enumerate()
        .flat_map(|(r, rhk)| {
            rhk.indikator
                .iter()
                .enumerate()
                .map(move |(i, ind)| (format!("{}.{}", r + 1, i + 1), ind))
        })
        .collect()
}

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(|state| matches!(state, State::Realisation(_)), message)
}

/// A photo's largest size, or a document: (kind, file id).
pub(crate) fn attached_file(msg: &Message) -> Option<(&'static str, String)> {
    if let Some(sizes) = msg.photo() {
        return sizes
            .iter()
            .max_by_key(|p| p.width * p.height)
            .map(|p| ("photo", p.file.id.to_string()));
    }
    msg.document().map(|d| ("document", d.file.id.to_string()))
}

/// What kind of message cannot serve as text or evidence, for the answer.
fn unusable_kind(lang: Lang, msg: &Message) -> Option<String> {
    if msg.sticker().is_some() {
        Some(i18n::realisation_kind_sticker(lang))
    } else if msg.voice().is_some() || msg.audio().is_some() {
        Some(i18n::realisation_kind_voice(lang))
    } else if msg.video_note().is_some() || msg.video().is_some() {
        Some(i18n::realisation_kind_video(lang))
    } else {
        None
    }
}

/// A link sent as evidence.
fn link(msg: &Message) -> Option<&str> {
    msg.text()
        .map(str::trim)
        .filter(|t| t.starts_with("https://") || t.starts_with("http://"))
}

/// The answer to a message that is neither a file nor a link while evidence is expected.
fn not_evidence(lang: Lang, msg: &Message) -> String {
    match unusable_kind(lang, msg) {
        Some(kind) => i18n::realisation_not_evidence(lang, &kind),
        None => i18n::realisation_evidence_expected(lang),
    }
}

/// How a daily log entry serves as evidence: (kind, file id, link); its text is the caption.
fn as_evidence(d: &DailyEntry) -> (&str, Option<&str>, Option<&str>) {
    match (&d.file_kind, &d.file_id) {
        (Some(kind), Some(file)) => (kind, Some(file), None),
        _ if d.link.is_some() => ("link", None, d.link.as_deref()),
        _ => ("note", None, None),
    }
}

/// Who is filling in their realisation, and the chat the answers go to.
struct Ctx<'a> {
    bot: &'a TgBot,
    store: &'a Store,
    member: &'a Member,
    dialogue: &'a ChatDialogue,
    chat: ChatId,
    lang: Lang,
}

impl Ctx<'_> {
    fn nip(&self) -> &str {
        &self.member.person.nip
    }

    /// Whether the dialogue stands at `step`: a button of another step is stale.
    async fn stands_at(&self, step: state::State) -> anyhow::Result<bool> {
        Ok(self.dialogue.get().await? == Some(State::Realisation(step)))
    }
}

async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    let State::Realisation(state) = state else {
        return Ok(());
    };
    let cx = Ctx {
        bot: &bot,
        store: &store,
        member: &member,
        dialogue: &dialogue,
        chat: msg.chat.id,
        lang: member.lang,
    };
    match state {
        state::State::Value {
            period,
            indicator_id,
        } => take_value(&cx, &msg, period, indicator_id).await,
        state::State::Evidence {
            period,
            indicator_id,
        } => take_evidence(&cx, &msg, period, indicator_id).await,
        state::State::Note {
            period,
            indicator_id,
        } => take_note(&cx, &msg, period, indicator_id).await,
    }
}

/// Keeps the photo or document `msg` carries as evidence; `None` when it carries none.
async fn keep_attachment(
    cx: &Ctx<'_>,
    msg: &Message,
    period: Period,
    indicator_id: i64,
) -> Option<Result<(), EvalStoreError>> {
    let (kind, file_id) = attached_file(msg)?;
    let caption = msg.caption();
    let file = Some(file_id.as_str());
    Some(
        cx.store
            .add_evidence(cx.nip(), period, indicator_id, kind, file, None, caption)
            .await,
    )
}

/// The achieved value; a file sent instead is kept as evidence.
async fn take_value(
    cx: &Ctx<'_>,
    msg: &Message,
    period: Period,
    indicator_id: i64,
) -> HandlerResult {
    if let Some(kept) = keep_attachment(cx, msg, period, indicator_id).await {
        return match kept {
            Ok(()) => {
                say(
                    cx.bot,
                    cx.chat,
                    i18n::realisation_evidence_taken_early(cx.lang),
                )
                .await
            }
            Err(e) => refuse(cx, e).await,
        };
    }
    let value = msg
        .text()
        .and_then(|t| t.split_whitespace().next())
        .and_then(parse_number);
    let Some(value) = value else {
        return say(cx.bot, cx.chat, i18n::realisation_value_expected(cx.lang)).await;
    };
    let saved = cx
        .store
        .set_realisation_value(cx.nip(), period, indicator_id, value)
        .await;
    if let Err(e) = saved {
        return refuse(cx, e).await;
    }
    ask_evidence(cx, period, indicator_id, value).await
}

async fn ask_evidence(
    cx: &Ctx<'_>,
    period: Period,
    indicator_id: i64,
    value: f64,
) -> HandlerResult {
    let unit = indicator(cx.store, cx.nip(), period, indicator_id)
        .await?
        .map(|(_, i)| i.target.unit)
        .unwrap_or_default();
    let dailies = cx.store.dailies_for(cx.nip(), indicator_id, period).await?;
    let dailies = dailies.len();
    cx.dialogue
        .update(State::Realisation(state::State::Evidence {
            period,
            indicator_id,
        }))
        .await?;
    let mut row = vec![evidence_done(cx.lang, period, indicator_id)];
    if dailies > 0 {
        let label = i18n::realisation_use_daily_button(cx.lang);
        row.insert(0, button(label, Action::UseDaily(period, indicator_id)));
    }
    let achieved = format!("{} {unit}", format_number(value));
    let text = views::ask_evidence(cx.lang, &achieved, dailies);
    say_with(cx.bot, cx.chat, text, InlineKeyboardMarkup::new(vec![row])).await
}

/// A photo, document or link as evidence.
async fn take_evidence(
    cx: &Ctx<'_>,
    msg: &Message,
    period: Period,
    indicator_id: i64,
) -> HandlerResult {
    let kept = match keep_attachment(cx, msg, period, indicator_id).await {
        Some(kept) => kept,
        None => {
            let Some(url) = link(msg) else {
                return say(cx.bot, cx.chat, not_evidence(cx.lang, msg)).await;
            };
            cx.store
                .add_evidence(
                    cx.nip(),
                    period,
                    indicator_id,
                    "link",
                    None,
                    Some(url),
                    None,
                )
                .await
        }
    };
    if let Err(e) = kept {
        return refuse(cx, e).await;
    }
    let count = cx
        .store
        .realisations(cx.nip(), period)
        .await?
        .iter()
        .find(|r| r.indicator_id == indicator_id)
        .map(|r| r.evidence.len())
        .unwrap_or(0);
    let keyboard = done_keyboard(cx.lang, period, indicator_id);
    let received = i18n::realisation_evidence_received(cx.lang, &count.to_string());
    say_with(cx.bot, cx.chat, received, keyboard).await
}

/// The optional short note, which finishes the indicator.
async fn take_note(
    cx: &Ctx<'_>,
    msg: &Message,
    period: Period,
    indicator_id: i64,
) -> HandlerResult {
    let Some(note) = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_PLAN_TEXT)
    else {
        let expected = i18n::plan_text_expected(cx.lang, &MAX_PLAN_TEXT.to_string());
        return say(cx.bot, cx.chat, expected).await;
    };
    let saved = cx
        .store
        .set_realisation_note(cx.nip(), period, indicator_id, Some(note))
        .await;
    if let Err(e) = saved {
        return refuse(cx, e).await;
    }
    finish(cx, period).await
}

/// Leaves the dialogue, says the indicator is saved and shows the period again.
async fn finish(cx: &Ctx<'_>, period: Period) -> HandlerResult {
    cx.dialogue.exit().await?;
    say(cx.bot, cx.chat, i18n::realisation_saved(cx.lang)).await?;
    show_overview(cx.bot, cx.store, cx.member, period, 0, None).await
}

/// Answers the domain's refusal and leaves the dialogue; a store failure is an error.
async fn refuse(cx: &Ctx<'_>, e: EvalStoreError) -> HandlerResult {
    match e {
        EvalStoreError::Refused(reason) => {
            cx.dialogue.exit().await?;
            say(cx.bot, cx.chat, messages::esc(&reason.localize(cx.lang))).await
        }
        EvalStoreError::Store(e) => Err(e.into()),
    }
}

fn evidence_done(lang: Lang, period: Period, indicator_id: i64) -> InlineKeyboardButton {
    button(
        i18n::realisation_evidence_done_button(lang),
        Action::EvidenceDone(period, indicator_id),
    )
}

fn done_keyboard(lang: Lang, period: Period, indicator_id: i64) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![vec![evidence_done(lang, period, indicator_id)]])
}

/// The indicator of the person's approved plan for the period's year, with its number.
pub(crate) async fn indicator(
    store: &Store,
    nip: &str,
    period: Period,
    indicator_id: i64,
) -> anyhow::Result<Option<(String, Indikator)>> {
    let Some(content) = store.approved_content(nip, period.year).await? else {
        return Ok(None);
    };
    Ok(numbered(&content)
        .into_iter()
        .find(|(_, i)| i.id == indicator_id)
        .map(|(n, i)| (n, i.clone())))
}

/// Whether realisation may change now: window open and no final evaluation.
async fn check_open(
    store: &Store,
    nip: &str,
    period: Period,
) -> anyhow::Result<Result<(), EvaluationError>> {
    let window = store.period_window(period).await?;
    let evaluated = store
        .evaluation(nip, period)
        .await?
        .is_some_and(|e| e.is_final());
    Ok(realisation_may_change(
        &window,
        period,
        today_wib(),
        evaluated,
    ))
}

/// `/realisasi`: the open periods (a choice when several), or the only one.
pub async fn start(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let today = today_wib();
    let open: Vec<Period> = store
        .windows_around(current_year_wib())
        .await?
        .into_iter()
        .filter(|(p, w)| w.realisasi_open(*p, today))
        .map(|(p, _)| p)
        .collect();
    if open.is_empty() {
        say(bot, chat, i18n::realisation_no_open_period(member.lang)).await?;
        return Ok(());
    }
    if open.len() == 1 {
        return show_overview(bot, store, member, open[0], 0, None).await;
    }
    let rows = period_choice(member.lang, &open, |p| Action::Page(p, 0));
    say_with(
        bot,
        chat,
        crate::i18n::evaluation_choose_period(member.lang),
        rows,
    )
    .await?;
    Ok(())
}

/// The realisation of a period: every indicator, what is missing, paged.
pub async fn show_overview(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    period: Period,
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let nip = &member.person.nip;
    let lang = member.lang;
    let Some(content) = store.approved_content(nip, period.year).await? else {
        let year = period.year.to_string();
        say(bot, chat, i18n::realisation_no_approved_plan(lang, &year)).await?;
        return Ok(());
    };
    let window = store.period_window(period).await?;
    let locked = check_open(store, nip, period).await?.is_err();
    let fill = |n: &str, id: i64| {
        InlineKeyboardButton::callback(
            i18n::realisation_fill_button(lang, n),
            Action::Indicator(period, id).encode(),
        )
    };
    let per_indicator: Option<&IndicatorButton<'_>> = (!locked).then_some(&fill);
    let (text, buttons) = summary(
        lang,
        store,
        nip,
        period,
        &content,
        page,
        per_indicator,
        |p| Action::Page(period, p),
    )
    .await?;
    let mut text_all =
        views::realisation_header(lang, period, &member.person.nama, &window, locked);
    text_all.push_str(&text);
    let keyboard = InlineKeyboardMarkup::new(buttons);
    show(bot, chat, edit, text_all, keyboard).await
}

/// Makes the button of one indicator from its number (`1.2`) and id.
pub(crate) type IndicatorButton<'a> = dyn Fn(&str, i64) -> InlineKeyboardButton + Sync + 'a;

/// A realisation summary page and its buttons: `per_indicator` makes the button of each
/// indicator on the page (staff fill it in, a supervisor comments on it), when there is one.
// Called by staff and supervisor views alike (assessment.rs); a parameter struct is for
// when both sides are reworked together.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn summary<A: Into<CallbackAction>>(
    lang: Lang,
    store: &Store,
    nip: &str,
    period: Period,
    content: &PlanContent,
    page: usize,
    per_indicator: Option<&IndicatorButton<'_>>,
    nav: impl Fn(u32) -> A,
) -> anyhow::Result<(String, Vec<Vec<InlineKeyboardButton>>)> {
    let realisations = store.realisations(nip, period).await?;
    let indicators = numbered(content);
    let blocks: Vec<String> = indicators
        .iter()
        .map(|(n, ind)| {
            views::realisation_block(
                lang,
                n,
                ind,
                realisations.iter().find(|r| r.indicator_id == ind.id),
            )
        })
        .collect();
    let missing: Vec<String> = indicators
        .iter()
        .filter(|(_, ind)| {
            realisations
                .iter()
                .find(|r| r.indicator_id == ind.id)
                .is_none_or(|r| !realisation_complete(r.value, r.evidence.len()))
        })
        .map(|(n, _)| n.clone())
        .collect();
    let split = pages_of_at_most(&blocks, PAGE_BUDGET - 600, INDICATORS_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first: usize = split[..page].iter().map(Vec::len).sum();
    let mut text = String::from("\n\n");
    text.push_str(&split[page].join("\n\n"));
    text.push_str(&views::realisation_missing(lang, &missing));
    if split.len() > 1 {
        let (number, pages) = ((page + 1).to_string(), split.len().to_string());
        text.push('\n');
        text.push_str(&i18n::page_footer(lang, &number, &pages));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    if let Some(button) = per_indicator {
        rows = indicators[first..first + split[page].len()]
            .iter()
            .map(|(n, ind)| button(n, ind.id))
            .collect::<Vec<_>>()
            .chunks(4)
            .map(<[_]>::to_vec)
            .collect();
    }
    rows.extend(nav_row(lang, page, split.len(), nav));
    Ok((text, rows))
}

/// Every `rs:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let cx = Ctx {
        bot,
        store,
        member,
        dialogue: &dialogue,
        chat: ChatId(member.chat_id),
        lang: member.lang,
    };
    match action {
        Action::Page(period, page) => {
            let here = super::pressed_in(q, cx.chat);
            show_overview(bot, store, member, period, page as usize, here).await?;
            Ok(Answer::silent())
        }
        Action::Indicator(period, indicator_id) => open_indicator(&cx, period, indicator_id).await,
        Action::UseDaily(period, indicator_id) => use_dailies(&cx, period, indicator_id).await,
        Action::EvidenceDone(period, indicator_id) => ask_note(&cx, period, indicator_id).await,
        Action::SkipNote(period, indicator_id) => skip_note(&cx, period, indicator_id).await,
    }
}

/// Asks for the achieved value of an indicator, while realisation may change.
async fn open_indicator(cx: &Ctx<'_>, period: Period, indicator_id: i64) -> anyhow::Result<Answer> {
    let Some((n, ind)) = indicator(cx.store, cx.nip(), period, indicator_id).await? else {
        return Ok(Answer::alert(i18n::stale_button(cx.lang)));
    };
    if let Err(e) = check_open(cx.store, cx.nip(), period).await? {
        return Ok(Answer::alert(e.localize(cx.lang)));
    }
    let current = cx
        .store
        .realisations(cx.nip(), period)
        .await?
        .into_iter()
        .find(|r| r.indicator_id == indicator_id)
        .and_then(|r| r.value);
    cx.dialogue
        .update(State::Realisation(state::State::Value {
            period,
            indicator_id,
        }))
        .await?;
    let text = views::ask_value(cx.lang, &n, &ind, current);
    say(cx.bot, cx.chat, text).await?;
    Ok(Answer::silent())
}

/// Takes the daily log entries tagged to the indicator as evidence.
async fn use_dailies(cx: &Ctx<'_>, period: Period, indicator_id: i64) -> anyhow::Result<Answer> {
    let step = state::State::Evidence {
        period,
        indicator_id,
    };
    if !cx.stands_at(step).await? {
        return Ok(Answer::alert(i18n::stale_button(cx.lang)));
    }
    let dailies = cx.store.dailies_for(cx.nip(), indicator_id, period).await?;
    for d in &dailies {
        let (kind, file, link) = as_evidence(d);
        let caption = d.text.as_deref();
        let kept = cx
            .store
            .add_evidence(cx.nip(), period, indicator_id, kind, file, link, caption)
            .await;
        if let Err(EvalStoreError::Refused(e)) = kept {
            return Ok(Answer::alert(e.localize(cx.lang)));
        }
        kept?;
    }
    let used = i18n::realisation_dailies_used(cx.lang, &dailies.len().to_string());
    let keyboard = done_keyboard(cx.lang, period, indicator_id);
    say_with(cx.bot, cx.chat, used, keyboard).await?;
    Ok(Answer::silent())
}

/// Evidence is complete: asks for the optional note.
async fn ask_note(cx: &Ctx<'_>, period: Period, indicator_id: i64) -> anyhow::Result<Answer> {
    let step = state::State::Evidence {
        period,
        indicator_id,
    };
    if !cx.stands_at(step).await? {
        return Ok(Answer::alert(i18n::stale_button(cx.lang)));
    }
    cx.dialogue
        .update(State::Realisation(state::State::Note {
            period,
            indicator_id,
        }))
        .await?;
    let skip = button(
        i18n::realisation_skip_button(cx.lang),
        Action::SkipNote(period, indicator_id),
    );
    let keyboard = InlineKeyboardMarkup::new(vec![vec![skip]]);
    say_with(
        cx.bot,
        cx.chat,
        i18n::realisation_ask_note(cx.lang),
        keyboard,
    )
    .await?;
    Ok(Answer::silent())
}

/// No note: the indicator is finished.
async fn skip_note(cx: &Ctx<'_>, period: Period, indicator_id: i64) -> anyhow::Result<Answer> {
    let step = state::State::Note {
        period,
        indicator_id,
    };
    if !cx.stands_at(step).await? {
        return Ok(Answer::alert(i18n::stale_button(cx.lang)));
    }
    finish(cx, period).await?;
    Ok(Answer::silent())
}
