//! Staff side of the quarter: `/realisasi` (achieved value, evidence and a note per
//! indicator of the approved plan; daily entries tagged to an indicator, see
//! [`super::daily`], are offered as evidence), `/nilai` (my evaluations: acknowledge, reply)
//! and answers to a supervisor's comments. Nothing sent as evidence is dropped silently: a
//! photo while a number is expected is kept as evidence; a sticker gets a clear answer.

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
use super::widgets::{nav_row, period_choice};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with, show};
use crate::bot::plan::views::MAX_PLAN_TEXT;
use crate::domain::evaluation::{EvaluationError, Period};
use crate::domain::lang::Lang;
use crate::domain::plan::{Indikator, PlanContent};
use crate::domain::quantity::{format_number, parse_number};
use crate::domain::time::{current_year_wib, today_wib};
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::evaluations::{EvalStoreError, EvaluationRow};

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

fn in_realisation_dialogue(state: &State) -> bool {
    matches!(
        state,
        State::Realisation(state::State::Value { .. })
            | State::Realisation(state::State::Evidence { .. })
            | State::Realisation(state::State::Note { .. })
            | State::MyEvaluations(crate::bot::my_evaluations::state::State::ReplyText { .. })
            | State::MyEvaluations(
                crate::bot::my_evaluations::state::State::CommentAnswerText { .. }
            )
    )
}

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(in_realisation_dialogue, message)
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
    match state {
        State::Realisation(state::State::Value {
            period,
            indicator_id,
        }) => {
            if let Some((kind, file_id)) = attached_file(&msg) {
                match store
                    .add_evidence(
                        &nip,
                        period,
                        indicator_id,
                        kind,
                        Some(&file_id),
                        None,
                        msg.caption(),
                    )
                    .await
                {
                    Ok(()) => say(&bot, chat, i18n::realisation_evidence_taken_early(lang)).await?,
                    Err(e) => return refuse(&bot, chat, lang, &dialogue, e).await,
                };
                return Ok(());
            }
            let value = msg
                .text()
                .and_then(|t| t.split_whitespace().next())
                .and_then(parse_number);
            let Some(value) = value else {
                say(&bot, chat, i18n::realisation_value_expected(lang)).await?;
                return Ok(());
            };
            if let Err(e) = store
                .set_realisation_value(&nip, period, indicator_id, value)
                .await
            {
                return refuse(&bot, chat, lang, &dialogue, e).await;
            }
            let unit = indicator(&store, &nip, period, indicator_id)
                .await?
                .map(|(_, i)| i.target.unit)
                .unwrap_or_default();
            let dailies = store.dailies_for(&nip, indicator_id, period).await?.len();
            dialogue
                .update(State::Realisation(state::State::Evidence {
                    period,
                    indicator_id,
                }))
                .await?;
            let mut row = vec![InlineKeyboardButton::callback(
                i18n::realisation_evidence_done_button(lang),
                Action::EvidenceDone(period, indicator_id).encode(),
            )];
            if dailies > 0 {
                row.insert(
                    0,
                    InlineKeyboardButton::callback(
                        i18n::realisation_use_daily_button(lang),
                        Action::UseDaily(period, indicator_id).encode(),
                    ),
                );
            }
            let achieved = format!("{} {unit}", format_number(value));
            say_with(
                &bot,
                chat,
                crate::bot::realisation::views::ask_evidence(lang, &achieved, dailies),
                InlineKeyboardMarkup::new(vec![row]),
            )
            .await?;
        }
        State::Realisation(state::State::Evidence {
            period,
            indicator_id,
        }) => {
            let added = if let Some((kind, file_id)) = attached_file(&msg) {
                store
                    .add_evidence(
                        &nip,
                        period,
                        indicator_id,
                        kind,
                        Some(&file_id),
                        None,
                        msg.caption(),
                    )
                    .await
            } else if let Some(url) = msg
                .text()
                .map(str::trim)
                .filter(|t| t.starts_with("https://") || t.starts_with("http://"))
            {
                store
                    .add_evidence(&nip, period, indicator_id, "link", None, Some(url), None)
                    .await
            } else if let Some(kind) = unusable_kind(lang, &msg) {
                say(&bot, chat, i18n::realisation_not_evidence(lang, &kind)).await?;
                return Ok(());
            } else {
                say(&bot, chat, i18n::realisation_evidence_expected(lang)).await?;
                return Ok(());
            };
            if let Err(e) = added {
                return refuse(&bot, chat, lang, &dialogue, e).await;
            }
            let count = store
                .realisations(&nip, period)
                .await?
                .iter()
                .find(|r| r.indicator_id == indicator_id)
                .map(|r| r.evidence.len())
                .unwrap_or(0);
            let keyboard = InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                i18n::realisation_evidence_done_button(lang),
                Action::EvidenceDone(period, indicator_id).encode(),
            )]]);
            let received = i18n::realisation_evidence_received(lang, &count.to_string());
            say_with(&bot, chat, received, keyboard).await?;
        }
        State::Realisation(state::State::Note {
            period,
            indicator_id,
        }) => {
            let Some(note) = msg
                .text()
                .map(str::trim)
                .filter(|t| !t.is_empty() && t.chars().count() <= MAX_PLAN_TEXT)
            else {
                say(
                    &bot,
                    chat,
                    i18n::plan_text_expected(lang, &MAX_PLAN_TEXT.to_string()),
                )
                .await?;
                return Ok(());
            };
            if let Err(e) = store
                .set_realisation_note(&nip, period, indicator_id, Some(note))
                .await
            {
                return refuse(&bot, chat, lang, &dialogue, e).await;
            }
            dialogue.exit().await?;
            say(&bot, chat, i18n::realisation_saved(lang)).await?;
            show_overview(&bot, &store, &member, period, 0, None).await?;
        }
        State::MyEvaluations(crate::bot::my_evaluations::state::State::ReplyText { .. })
        | State::MyEvaluations(crate::bot::my_evaluations::state::State::CommentAnswerText {
            ..
        }) if text.is_none() => {
            say(
                &bot,
                chat,
                i18n::plan_text_expected(lang, &MAX_PLAN_TEXT.to_string()),
            )
            .await?;
        }
        State::MyEvaluations(crate::bot::my_evaluations::state::State::ReplyText {
            evaluation_id,
        }) => {
            dialogue.exit().await?;
            let Some(e) = store
                .evaluation_by_id(evaluation_id)
                .await?
                .filter(|e| e.nip == nip)
            else {
                return Ok(());
            };
            let text = text.unwrap_or_default();
            store
                .add_feedback_message(&nip, e.period, &nip, text, None)
                .await?;
            if let Some(sup) = store.member_by_nip(&e.evaluator_nip).await? {
                say(
                    &bot,
                    ChatId(sup.chat_id),
                    crate::bot::my_evaluations::views::reply_for_supervisor(
                        sup.lang,
                        &member.person.nama,
                        e.period,
                        text,
                    ),
                )
                .await?;
            }
            say(&bot, chat, crate::i18n::evaluation_reply_sent(member.lang)).await?;
        }
        State::MyEvaluations(crate::bot::my_evaluations::state::State::CommentAnswerText {
            period,
        }) => {
            dialogue.exit().await?;
            let text = text.unwrap_or_default();
            store
                .add_feedback_message(&nip, period, &nip, text, None)
                .await?;
            if let Some(atasan) = &member.person.nip_atasan
                && let Some(sup) = store.member_by_nip(atasan).await?
            {
                say(
                    &bot,
                    ChatId(sup.chat_id),
                    crate::bot::my_evaluations::views::reply_for_supervisor(
                        sup.lang,
                        &member.person.nama,
                        period,
                        text,
                    ),
                )
                .await?;
            }
            say(&bot, chat, crate::i18n::evaluation_reply_sent(member.lang)).await?;
        }
        _ => {}
    }
    Ok(())
}

async fn refuse(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    e: EvalStoreError,
) -> HandlerResult {
    match e {
        EvalStoreError::Refused(reason) => {
            dialogue.exit().await?;
            say(bot, chat, messages::esc(&reason.localize(lang))).await?;
            Ok(())
        }
        EvalStoreError::Store(e) => Err(e.into()),
    }
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
    if !window.realisasi_open(period, today_wib()) {
        return Ok(Err(EvaluationError::RealisationClosed));
    }
    if store
        .evaluation(nip, period)
        .await?
        .is_some_and(|e| e.is_final())
    {
        return Ok(Err(EvaluationError::RealisationLocked));
    }
    Ok(Ok(()))
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
    let mut text_all = crate::bot::realisation::views::realisation_header(
        lang,
        period,
        &member.person.nama,
        &window,
        locked,
    );
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
            crate::bot::realisation::views::realisation_block(
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
                .is_none_or(|r| r.value.is_none() || r.evidence.is_empty())
        })
        .map(|(n, _)| n.clone())
        .collect();
    let split = pages_of_at_most(&blocks, PAGE_BUDGET - 600, INDICATORS_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first: usize = split[..page].iter().map(Vec::len).sum();
    let mut text = String::from("\n\n");
    text.push_str(&split[page].join("\n\n"));
    text.push_str(&crate::bot::realisation::views::realisation_missing(
        lang, &missing,
    ));
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

/// The official forms of a saved evaluation: the Evaluasi Kinerja and, for the year, the
/// Dokumen Evaluasi Kinerja.
pub(crate) fn form_buttons(
    lang: crate::domain::lang::Lang,
    e: &EvaluationRow,
) -> Vec<InlineKeyboardButton> {
    let mut forms = vec![InlineKeyboardButton::callback(
        crate::i18n::forms_pdf_button(lang),
        CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::Pdf(e.id))
            .encode(),
    )];
    if !e.period.is_quarter() {
        forms.push(InlineKeyboardButton::callback(
            crate::i18n::forms_dokumen_evaluasi_button(lang),
            CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::DocPdf(e.id))
                .encode(),
        ));
    }
    forms
}

/// `/nilai`: this year's evaluations, each with its buttons.
pub async fn show_evaluations(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<()> {
    let (chat, lang) = (ChatId(member.chat_id), member.lang);
    let year = current_year_wib();
    let list = store.evaluations_of(&member.person.nip, year).await?;
    if list.is_empty() {
        let none = crate::i18n::evaluation_none(lang, &year.to_string());
        say(bot, chat, none).await?;
        return Ok(());
    }
    for e in list {
        send_evaluation(bot, store, (chat, lang), &e).await?;
    }
    Ok(())
}

/// One evaluation as its owner sees it, with Sudah saya baca and Tanggapi.
pub(crate) async fn send_evaluation(
    bot: &TgBot,
    store: &Store,
    // The owner's chat and language, whoever sends it (the supervisor's save sends it too).
    (chat, lang): (ChatId, crate::domain::lang::Lang),
    e: &EvaluationRow,
) -> anyhow::Result<()> {
    let evaluator = store
        .person(&e.evaluator_nip)
        .await?
        .map(|p| p.nama)
        .unwrap_or_else(|| e.evaluator_nip.clone());
    let mut row = Vec::new();
    if e.acknowledged_at.is_none() && !e.reopened {
        row.push(InlineKeyboardButton::callback(
            crate::i18n::evaluation_button_ack(lang),
            CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::Ack(e.id))
                .encode(),
        ));
    }
    row.push(InlineKeyboardButton::callback(
        crate::i18n::evaluation_button_reply(lang),
        CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::Reply(e.id))
            .encode(),
    ));
    let forms = form_buttons(lang, e);
    say_with(
        bot,
        chat,
        crate::bot::my_evaluations::views::evaluation_text(lang, e, &evaluator),
        InlineKeyboardMarkup::new(vec![row, forms]),
    )
    .await?;
    Ok(())
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
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let nip = member.person.nip.clone();
    let here = q
        .message
        .as_ref()
        .filter(|m| m.chat().id == chat)
        .map(|m| (m.chat().id, m.id()));
    match action {
        Action::Page(period, page) => {
            show_overview(bot, store, member, period, page as usize, here).await?;
        }
        Action::Indicator(period, indicator_id) => {
            let Some((n, ind)) = indicator(store, &nip, period, indicator_id).await? else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            if let Err(e) = check_open(store, &nip, period).await? {
                return Ok(Answer::alert(e.localize(lang)));
            }
            let current = store
                .realisations(&nip, period)
                .await?
                .into_iter()
                .find(|r| r.indicator_id == indicator_id)
                .and_then(|r| r.value);
            dialogue
                .update(State::Realisation(state::State::Value {
                    period,
                    indicator_id,
                }))
                .await?;
            say(
                bot,
                chat,
                crate::bot::realisation::views::ask_value(lang, &n, &ind, current),
            )
            .await?;
        }
        Action::UseDaily(period, indicator_id) | Action::EvidenceDone(period, indicator_id) => {
            let Some(State::Realisation(state::State::Evidence {
                period: p,
                indicator_id: i,
            })) = dialogue.get().await?
            else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            if (p, i) != (period, indicator_id) {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            }
            if matches!(action, Action::UseDaily(..)) {
                let dailies = store.dailies_for(&nip, indicator_id, period).await?;
                for d in &dailies {
                    let result = match (&d.file_kind, &d.file_id) {
                        (Some(kind), Some(file)) => {
                            store
                                .add_evidence(
                                    &nip,
                                    period,
                                    indicator_id,
                                    kind,
                                    Some(file),
                                    None,
                                    d.text.as_deref(),
                                )
                                .await
                        }
                        _ if d.link.is_some() => {
                            store
                                .add_evidence(
                                    &nip,
                                    period,
                                    indicator_id,
                                    "link",
                                    None,
                                    d.link.as_deref(),
                                    d.text.as_deref(),
                                )
                                .await
                        }
                        _ => {
                            store
                                .add_evidence(
                                    &nip,
                                    period,
                                    indicator_id,
                                    "note",
                                    None,
                                    None,
                                    d.text.as_deref(),
                                )
                                .await
                        }
                    };
                    if let Err(EvalStoreError::Refused(e)) = result {
                        return Ok(Answer::alert(e.localize(lang)));
                    }
                    result.map_err(anyhow::Error::from)?;
                }
                let keyboard =
                    InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                        i18n::realisation_evidence_done_button(lang),
                        Action::EvidenceDone(period, indicator_id).encode(),
                    )]]);
                let used = i18n::realisation_dailies_used(lang, &dailies.len().to_string());
                say_with(bot, chat, used, keyboard).await?;
            } else {
                dialogue
                    .update(State::Realisation(state::State::Note {
                        period,
                        indicator_id,
                    }))
                    .await?;
                let keyboard =
                    InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                        i18n::realisation_skip_button(lang),
                        Action::SkipNote(period, indicator_id).encode(),
                    )]]);
                say_with(bot, chat, i18n::realisation_ask_note(lang), keyboard).await?;
            }
        }
        Action::SkipNote(period, indicator_id) => {
            let Some(State::Realisation(state::State::Note {
                period: p,
                indicator_id: i,
            })) = dialogue.get().await?
            else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            if (p, i) != (period, indicator_id) {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            }
            dialogue.exit().await?;
            say(bot, chat, i18n::realisation_saved(lang)).await?;
            show_overview(bot, store, member, period, 0, None).await?;
        }
    }
    Ok(Answer::silent())
}
