//! `/rencana`: a staff member writes this year's plan (RHK, indicators with targets), sends
//! it with **Kirim**, sees its status, revises a returned plan and asks for changes to an
//! approved one. Every button is checked against the database when pressed: the RHK or
//! indicator must belong to the presser's own plan, and that plan must still be editable.

pub mod action;
pub mod state;
pub mod views;

use super::widgets::{button, nav_row, page_footer};
use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::IndicatorPart;
use super::dialogue::{ChatDialogue, State};
use super::messages;
use super::paging::{PAGE_BUDGET, pages_of_at_most};
use super::{Answer, HandlerResult, TgBot, approval, dialogue_branch, say, say_with, show};
use crate::bot::plan::views::MAX_PLAN_TEXT;
use crate::domain::lang::Lang;
use crate::domain::plan::{Arah, Aspek, Indikator, Jenis, PlanError, PlanStatus, Rhk, check_owner};
use crate::domain::quantity::Quantity;
use crate::domain::time::current_year_wib;
use crate::i18n::{self, Label, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::plans::{PlanRow, PlanStoreError};

/// RHK per page of the plan view: each has a button, and a page's keyboard stays small.
const RHK_PER_PAGE: usize = 8;
/// Indicators per page of an RHK's view: each has two buttons (Ubah, Hapus).
const INDICATORS_PER_PAGE: usize = 8;

/// Is this state one of the plan dialogue's steps?
fn in_plan_dialogue(state: &State) -> bool {
    matches!(
        state,
        State::Plan(state::State::RhkText { .. })
            | State::Plan(state::State::IndicatorText { .. })
            | State::Plan(state::State::IndicatorTarget { .. })
            | State::Plan(state::State::IndicatorAspek { .. })
            | State::Plan(state::State::IndicatorArah { .. })
            | State::Plan(state::State::IndicatorEditText { .. })
            | State::Plan(state::State::IndicatorEditTarget { .. })
    )
}

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(in_plan_dialogue, message)
}

type Here = Option<(ChatId, MessageId)>;

/// The Batal row under a typing step.
fn cancel_row(lang: Lang, action: Action) -> Vec<InlineKeyboardButton> {
    vec![button(i18n::plan_button_cancel(lang), action)]
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
    // Buttons are awaited: a typed reply gets the buttons again, the dialogue stays.
    match &state {
        State::Plan(state::State::IndicatorAspek { rhk_id, target, .. }) => {
            let text = format!(
                "{}\n\n{}",
                i18n::use_the_buttons(lang),
                ask_aspek_text(lang, target)
            );
            return say_with(&bot, chat, text, aspek_keyboard(lang, *rhk_id)).await;
        }
        State::Plan(state::State::IndicatorArah { rhk_id, aspek, .. }) => {
            let text = format!(
                "{}\n\n{}",
                i18n::use_the_buttons(lang),
                i18n::plan_ask_arah(lang, &aspek.label_in(lang))
            );
            return say_with(&bot, chat, text, arah_keyboard(lang, *rhk_id, *aspek)).await;
        }
        _ => {}
    }
    let Some(text) = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_PLAN_TEXT)
    else {
        return say(&bot, chat, text_expected(lang)).await;
    };
    match state {
        State::Plan(state::State::RhkText {
            editing: Some(rhk_id),
            ..
        }) => match store.set_rhk_text(rhk_id, text).await {
            Ok(()) => {
                dialogue.exit().await?;
                show_rhk(&bot, &store, &member, rhk_id, 0, None, None).await?;
            }
            Err(e) => refuse_in_chat(&bot, chat, lang, &dialogue, e).await?,
        },
        State::Plan(state::State::RhkText {
            plan_id,
            editing: None,
        }) => match store.add_rhk(plan_id, text).await {
            Ok(rhk_id) => {
                dialogue.exit().await?;
                new_rhk_screen(&bot, &store, &member, &dialogue, rhk_id, None).await?;
            }
            Err(e) => refuse_in_chat(&bot, chat, lang, &dialogue, e).await?,
        },
        State::Plan(state::State::IndicatorText { rhk_id, replacing }) => {
            match split_target(text) {
                Some((indicator, target)) => {
                    ask_aspek(
                        &bot, &member, &dialogue, rhk_id, replacing, indicator, target,
                    )
                    .await?;
                }
                None => {
                    dialogue
                        .update(State::Plan(state::State::IndicatorTarget {
                            rhk_id,
                            replacing,
                            text: text.to_string(),
                        }))
                        .await?;
                    say(&bot, chat, i18n::plan_ask_target(lang)).await?;
                }
            }
        }
        State::Plan(state::State::IndicatorTarget {
            rhk_id,
            replacing,
            text: indicator,
        }) => match Quantity::parse(text) {
            Err(e) => {
                let text = format!(
                    "{}\n\n{}",
                    messages::esc(&e.localize(lang)),
                    i18n::plan_ask_target(lang)
                );
                say(&bot, chat, text).await?;
            }
            Ok(target) => {
                ask_aspek(
                    &bot, &member, &dialogue, rhk_id, replacing, indicator, target,
                )
                .await?;
            }
        },
        State::Plan(state::State::IndicatorEditText { indicator_id }) => {
            let change = |i: &mut Indikator| i.text = text.to_string();
            change_typed_part(&bot, &store, &member, &dialogue, indicator_id, change).await?;
        }
        State::Plan(state::State::IndicatorEditTarget { indicator_id }) => {
            match Quantity::parse(text) {
                Err(e) => {
                    let text = format!(
                        "{}\n\n{}",
                        messages::esc(&e.localize(lang)),
                        i18n::plan_ask_target(lang)
                    );
                    say(&bot, chat, text).await?;
                }
                Ok(target) => {
                    let change = |i: &mut Indikator| i.target = target;
                    change_typed_part(&bot, &store, &member, &dialogue, indicator_id, change)
                        .await?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// An indicator typed with its target on the last line: the text and the target.
fn split_target(typed: &str) -> Option<(String, Quantity)> {
    let (text, last) = typed.trim().rsplit_once('\n')?;
    let target = Quantity::parse(last).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| (text.to_string(), target))
}

/// "Send it as plain text (at most … characters)".
fn text_expected(lang: Lang) -> String {
    i18n::plan_text_expected(lang, &MAX_PLAN_TEXT.to_string())
}

/// Which aspect a target measures.
fn ask_aspek_text(lang: Lang, target: &Quantity) -> String {
    i18n::plan_ask_aspek(lang, &messages::esc(&target.to_string()))
}

/// The aspect question, once the indicator's text and target are known.
async fn ask_aspek(
    bot: &TgBot,
    member: &Member,
    dialogue: &ChatDialogue,
    rhk_id: i64,
    replacing: Option<i64>,
    text: String,
    target: Quantity,
) -> anyhow::Result<()> {
    let lang = member.lang;
    say_with(
        bot,
        ChatId(member.chat_id),
        ask_aspek_text(lang, &target),
        aspek_keyboard(lang, rhk_id),
    )
    .await?;
    dialogue
        .update(State::Plan(state::State::IndicatorAspek {
            rhk_id,
            replacing,
            text,
            target,
        }))
        .await?;
    Ok(())
}

/// Saves a typed change of one part of an indicator and shows the indicator again.
async fn change_typed_part(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: &ChatDialogue,
    indicator_id: i64,
    change: impl FnOnce(&mut Indikator),
) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let Some((rhk_id, mut indicator)) = store.indicator(indicator_id).await? else {
        dialogue.exit().await?;
        return say(bot, chat, i18n::stale_button(member.lang)).await;
    };
    change(&mut indicator);
    match save_parts(store, rhk_id, &indicator).await {
        Ok(()) => {
            dialogue.exit().await?;
            let notice = Some(i18n::plan_part_saved(member.lang));
            show_indicator(bot, store, member, indicator_id, false, notice, None).await
        }
        Err(e) => refuse_in_chat(bot, chat, member.lang, dialogue, e).await,
    }
}

async fn save_parts(store: &Store, rhk_id: i64, i: &Indikator) -> Result<(), PlanStoreError> {
    store
        .save_indicator(rhk_id, Some(i.id), &i.text, &i.target, i.aspek, i.arah)
        .await
        .map(|_| ())
}

/// A refusal while typing: the reason, and the dialogue ends (the plan moved on).
async fn refuse_in_chat(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    dialogue: &ChatDialogue,
    e: PlanStoreError,
) -> HandlerResult {
    let reason = match e {
        PlanStoreError::Refused(reason) => reason.localize(lang),
        PlanStoreError::Decision(reason) => reason.localize(lang),
        PlanStoreError::Store(e) => return Err(e.into()),
    };
    dialogue.exit().await?;
    say(bot, chat, messages::esc(&reason)).await?;
    Ok(())
}

/// A refusal on a button: an alert with the reason.
fn refusal(lang: Lang, e: PlanStoreError) -> anyhow::Result<Answer> {
    match e {
        PlanStoreError::Refused(reason) => Ok(Answer::alert(reason.localize(lang))),
        PlanStoreError::Decision(reason) => Ok(Answer::alert(reason.localize(lang))),
        PlanStoreError::Store(crate::store::StoreError::NotFound) => {
            Ok(Answer::alert(i18n::stale_button(lang)))
        }
        PlanStoreError::Store(e) => Err(e.into()),
    }
}

fn aspek_keyboard(lang: Lang, rhk_id: i64) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(Aspek::ALL.chunks(2).map(|row| {
        row.iter()
            .map(|a| button(a.label_in(lang), Action::IndicatorAspek(rhk_id, *a)))
            .collect::<Vec<_>>()
    }))
}

/// The direction question of releases before the direction defaulted from the aspect: a
/// dialogue stored then still finishes.
fn arah_keyboard(lang: Lang, rhk_id: i64, aspek: Aspek) -> InlineKeyboardMarkup {
    let usual = aspek.usual_arah();
    let mut order = vec![usual];
    order.extend(Arah::ALL.into_iter().filter(|a| *a != usual));
    InlineKeyboardMarkup::new(order.into_iter().map(|a| {
        let label = if a == usual {
            i18n::plan_button_usual_arah(lang, &a.label_in(lang))
        } else {
            a.label_in(lang)
        };
        vec![button(label, Action::IndicatorArah(rhk_id, a))]
    }))
}

/// The plan view: status, the RHK on this page, and what may be done now.
pub async fn show_plan(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    page: usize,
    edit: Here,
) -> anyhow::Result<()> {
    show_plan_with(bot, store, member, page, None, edit).await
}

/// The plan view under a notice of what just happened.
async fn show_plan_with(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    page: usize,
    notice: Option<String>,
    edit: Here,
) -> anyhow::Result<()> {
    let year = current_year_wib();
    let person = &member.person;
    let lang = member.lang;
    let plan = store.plan_of(&person.nip, year).await?;
    let (content, last, expectations) = match &plan {
        Some(p) => {
            let last = if p.version > 0 {
                store.plan_version(p.id, p.version).await?
            } else {
                None
            };
            let expectations = match p.approved_version {
                Some(v) => store.expectations(p.id, v).await?,
                None => Vec::new(),
            };
            (store.working_content(p.id).await?, last, expectations)
        }
        None => Default::default(),
    };
    let blocks: Vec<String> = content
        .rhk
        .iter()
        .enumerate()
        .map(|(i, r)| crate::bot::plan::views::rhk_block_within(lang, i + 1, r, PAGE_BUDGET - 700))
        .collect();
    let split = pages_of_at_most(&blocks, PAGE_BUDGET - 700, RHK_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first_on_page: usize = split[..page].iter().map(Vec::len).sum();

    let mut text = notice.map(|n| format!("{n}\n\n")).unwrap_or_default();
    text.push_str(&i18n::plan_header(
        lang,
        &year.to_string(),
        &messages::esc(&person.nama),
    ));
    text.push('\n');
    text.push_str(&match &plan {
        Some(p) => crate::bot::plan::views::plan_status(
            lang,
            p.status,
            p.version,
            p.approved_version,
            &approver_name(lang, person),
            last.as_ref(),
        ),
        None => crate::bot::plan::views::plan_status(lang, PlanStatus::Draft, 0, None, "", None),
    });
    text.push_str("\n\n");
    if blocks.is_empty() {
        text.push_str(&i18n::plan_empty(lang));
    } else {
        text.push_str(&split[page].join("\n\n"));
    }
    text.push_str(&crate::bot::plan::views::expectations_block(
        lang,
        &expectations,
    ));
    if split.len() > 1 {
        text.push_str(&page_footer(lang, page, split.len()));
    }

    let mut rows: Vec<Vec<InlineKeyboardButton>> = content.rhk
        [first_on_page..first_on_page + split[page].len()]
        .iter()
        .enumerate()
        .map(|(i, r)| {
            button(
                i18n::plan_button_rhk(lang, &(first_on_page + i + 1).to_string()),
                Action::Rhk(r.id),
            )
        })
        .collect::<Vec<_>>()
        .chunks(4)
        .map(<[_]>::to_vec)
        .collect();
    match plan.as_ref().map(|p| p.status) {
        None | Some(PlanStatus::Draft | PlanStatus::Returned) => rows.push(vec![
            button(i18n::plan_button_add_rhk(lang), Action::AddRhk),
            button(i18n::plan_button_submit(lang), Action::Submit),
        ]),
        Some(PlanStatus::Approved) => {
            rows.push(vec![button(i18n::plan_button_change(lang), Action::Change)]);
        }
        Some(PlanStatus::Submitted) => {
            rows.push(vec![button(
                i18n::plan_button_withdraw(lang),
                Action::Withdraw,
            )]);
        }
    }
    if !content.rhk.is_empty() || plan.as_ref().is_some_and(|p| p.version > 0) {
        rows.push(vec![button(
            crate::i18n::forms_pdf_button(member.lang),
            Action::PdfMenu,
        )]);
    }
    rows.extend(nav_row(lang, page, split.len(), Action::Page));
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// Who decides this person's plan, by name.
pub(crate) fn approver_name(lang: Lang, person: &crate::domain::person::Person) -> String {
    match (&person.nip_atasan, &person.nama_atasan) {
        (Some(_), Some(nama)) => nama.clone(),
        (Some(nip), None) => i18n::plan_approver_by_nip(lang, nip),
        (None, _) => i18n::plan_approver_hr(lang),
    }
}

/// An RHK of a plan's working copy, with its number in the plan.
async fn rhk_in_plan(store: &Store, rhk_id: i64) -> anyhow::Result<Option<(PlanRow, usize, Rhk)>> {
    let Some(plan) = store.plan_of_rhk(rhk_id).await? else {
        return Ok(None);
    };
    let content = store.working_content(plan.id).await?;
    Ok(content
        .rhk
        .into_iter()
        .enumerate()
        .find(|(_, r)| r.id == rhk_id)
        .map(|(n, r)| (plan, n + 1, r)))
}

/// One RHK, a page of its indicators, and the buttons that fit the plan's state.
async fn show_rhk(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    rhk_id: i64,
    page: usize,
    prefix: Option<String>,
    edit: Here,
) -> anyhow::Result<()> {
    let Some((plan, n, rhk)) = rhk_in_plan(store, rhk_id).await? else {
        return Ok(());
    };
    let lang = member.lang;
    let lines: Vec<String> = rhk
        .indikator
        .iter()
        .enumerate()
        .map(|(m, i)| crate::bot::plan::views::indikator_line(lang, &format!("{n}.{}", m + 1), i))
        .collect();
    let split = pages_of_at_most(&lines, PAGE_BUDGET - 1500, INDICATORS_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first: usize = split[..page].iter().map(Vec::len).sum();
    let on_page = &rhk.indikator[first..first + split[page].len()];

    let mut text = prefix.map(|p| format!("{p}\n\n")).unwrap_or_default();
    text.push_str(&crate::bot::plan::views::rhk_view(
        lang,
        n,
        &rhk,
        &split[page],
    ));
    if split.len() > 1 {
        text.push_str(&crate::bot::plan::views::rhk_indicator_footer(
            lang,
            first,
            on_page.len(),
            rhk.indikator.len(),
        ));
    }
    let mut rows = Vec::new();
    if plan.status.editable().is_ok() {
        rows.push(vec![
            button(
                i18n::plan_button_edit_rhk_text(lang),
                Action::RhkEditText(rhk_id),
            ),
            button(
                i18n::plan_button_delete_rhk(lang),
                Action::RhkDelete(rhk_id),
            ),
        ]);
        rows.push(jenis_row(lang, &rhk));
        if member.person.nip_atasan.is_some() {
            rows.push(vec![button(
                i18n::plan_button_link_parent(lang),
                Action::RhkParentPage(rhk_id, 0),
            )]);
        }
        rows.push(vec![button(
            i18n::plan_button_add_indicator(lang),
            Action::IndicatorAdd(rhk_id),
        )]);
        for (m, i) in on_page.iter().enumerate() {
            let label = format!("{n}.{}", first + m + 1);
            rows.push(vec![
                button(
                    i18n::plan_button_edit_indicator(lang, &label),
                    Action::IndicatorEdit(i.id),
                ),
                button(
                    i18n::plan_button_delete_indicator(lang, &label),
                    Action::IndicatorDelete(i.id),
                ),
            ]);
        }
    }
    rows.extend(nav_row(lang, page, split.len(), |p| {
        Action::RhkPage(rhk_id, p)
    }));
    rows.push(vec![button(
        i18n::plan_button_back_to_plan(lang),
        Action::Page(0),
    )]);
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// Utama / Tambahan, the current one ticked.
fn jenis_row(lang: Lang, rhk: &Rhk) -> Vec<InlineKeyboardButton> {
    Jenis::ALL
        .into_iter()
        .map(|j| {
            let mark = if j == rhk.jenis { "✓ " } else { "" };
            button(
                format!("{mark}{}", j.label_in(lang)),
                Action::RhkJenis(rhk.id, j),
            )
        })
        .collect()
}

/// A new RHK's screen: saved as Utama (one tap to change), then the supervisor's RHK to
/// intervene when there are any, else straight on to its first indicator.
async fn new_rhk_screen(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: &ChatDialogue,
    rhk_id: i64,
    edit: Here,
) -> anyhow::Result<()> {
    let Some((_, n, rhk)) = rhk_in_plan(store, rhk_id).await? else {
        return Ok(());
    };
    let lang = member.lang;
    let parents = match &member.person.nip_atasan {
        Some(atasan) => store.approved_rhk_of(atasan, current_year_wib()).await?,
        None => Vec::new(),
    };
    let mut rows = vec![jenis_row(lang, &rhk)];
    let next = if rhk.parent.is_none() && !parents.is_empty() {
        rows.extend(parent_rows(lang, rhk_id, &parents, 0));
        crate::bot::plan::views::ask_parent(lang, member.person.nama_atasan.as_deref())
    } else {
        dialogue
            .update(State::Plan(state::State::IndicatorText {
                rhk_id,
                replacing: None,
            }))
            .await?;
        rows.push(cancel_row(lang, Action::CancelInput));
        let not_ready = if member.person.nip_atasan.is_some() && rhk.parent.is_none() {
            format!("{}\n\n", i18n::plan_parent_not_ready(lang))
        } else {
            String::new()
        };
        format!("{not_ready}{}", i18n::plan_indicator_hint(lang))
    };
    let text = crate::bot::plan::views::new_rhk_saved(lang, n, &rhk, &next);
    show(
        bot,
        ChatId(member.chat_id),
        edit,
        text,
        InlineKeyboardMarkup::new(rows),
    )
    .await
}

/// The RHK's plan, if it is the presser's own.
async fn own_plan_of_rhk(
    store: &Store,
    member: &Member,
    rhk_id: i64,
) -> anyhow::Result<Result<PlanRow, Answer>> {
    let Some(plan) = store.plan_of_rhk(rhk_id).await? else {
        return Ok(Err(Answer::alert(i18n::stale_button(member.lang))));
    };
    if let Err(e) = check_owner(&plan.nip, &member.person.nip) {
        tracing::warn!(
            user = member.telegram_user_id,
            rhk = rhk_id,
            "button on someone else's plan"
        );
        return Ok(Err(Answer::alert(e.localize(member.lang))));
    }
    Ok(Ok(plan))
}

/// The RHK's plan, if it is the presser's own and may be changed now.
async fn editable_plan_of_rhk(
    store: &Store,
    member: &Member,
    rhk_id: i64,
) -> anyhow::Result<Result<PlanRow, Answer>> {
    Ok(match own_plan_of_rhk(store, member, rhk_id).await? {
        Ok(plan) => match plan.status.editable() {
            Ok(()) => Ok(plan),
            Err(e) => Err(Answer::alert(e.localize(member.lang))),
        },
        Err(answer) => Err(answer),
    })
}

/// An indicator of the presser's own plan, while that plan may be changed.
async fn editable_indicator(
    store: &Store,
    member: &Member,
    indicator_id: i64,
) -> anyhow::Result<Result<(i64, Indikator), Answer>> {
    let Some((rhk_id, indicator)) = store.indicator(indicator_id).await? else {
        return Ok(Err(Answer::alert(i18n::stale_button(member.lang))));
    };
    Ok(editable_plan_of_rhk(store, member, rhk_id)
        .await?
        .map(|_| (rhk_id, indicator)))
}

/// The first indicator question of an RHK, or the next one.
async fn start_indicator(
    bot: &TgBot,
    store: &Store,
    dialogue: &ChatDialogue,
    member: &Member,
    rhk_id: i64,
    edit: Here,
) -> anyhow::Result<()> {
    let Some((_, n, rhk)) = rhk_in_plan(store, rhk_id).await? else {
        return Ok(());
    };
    dialogue
        .update(State::Plan(state::State::IndicatorText {
            rhk_id,
            replacing: None,
        }))
        .await?;
    let text = crate::bot::plan::views::ask_indicator_text(member.lang, n, &rhk);
    let keyboard = InlineKeyboardMarkup::new(vec![cancel_row(member.lang, Action::CancelInput)]);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// The supervisor's approved RHK as buttons, one page, with Lewati.
fn parent_rows(
    lang: Lang,
    rhk_id: i64,
    parents: &[(i64, String)],
    page: usize,
) -> Vec<Vec<InlineKeyboardButton>> {
    let per_page = 8;
    let pages = parents.len().div_ceil(per_page).max(1);
    let page = page.min(pages - 1);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = parents
        .iter()
        .enumerate()
        .skip(page * per_page)
        .take(per_page)
        .map(|(i, (id, text))| {
            let short: String = text.chars().take(50).collect();
            vec![button(
                format!("{}. {short}", i + 1),
                Action::RhkParent(rhk_id, *id),
            )]
        })
        .collect();
    rows.push(vec![button(
        i18n::plan_button_skip(lang),
        Action::RhkParent(rhk_id, 0),
    )]);
    rows.extend(nav_row(lang, page, pages, |p| {
        Action::RhkParentPage(rhk_id, p)
    }));
    rows
}

/// The supervisor's approved RHK to intervene, paged.
async fn show_parents(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    rhk_id: i64,
    page: usize,
    edit: Here,
) -> anyhow::Result<()> {
    let Some(atasan) = &member.person.nip_atasan else {
        return Ok(());
    };
    let parents = store.approved_rhk_of(atasan, current_year_wib()).await?;
    let chat = ChatId(member.chat_id);
    if parents.is_empty() {
        return say(bot, chat, i18n::plan_parent_not_ready(member.lang)).await;
    }
    let text =
        crate::bot::plan::views::ask_parent(member.lang, member.person.nama_atasan.as_deref());
    let keyboard = InlineKeyboardMarkup::new(parent_rows(member.lang, rhk_id, &parents, page));
    show(bot, chat, edit, text, keyboard).await
}

/// An indicator with what can be done to it: right after saving (`saved`: the direction,
/// the next indicator or RHK, sending), or opened with Ubah (each part on its own).
async fn show_indicator(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    indicator_id: i64,
    saved: bool,
    notice: Option<String>,
    edit: Here,
) -> anyhow::Result<()> {
    let Some((rhk_id, indicator)) = store.indicator(indicator_id).await? else {
        return Ok(());
    };
    let Some((_, n, rhk)) = rhk_in_plan(store, rhk_id).await? else {
        return Ok(());
    };
    let m = rhk
        .indikator
        .iter()
        .position(|i| i.id == indicator_id)
        .unwrap_or(0);
    let number = format!("{n}.{}", m + 1);
    let lang = member.lang;
    let mut text = notice.map(|n| format!("{n}\n\n")).unwrap_or_default();
    text.push_str(&crate::bot::plan::views::indicator_card(
        lang, &number, &indicator, saved,
    ));
    let other = Arah::ALL
        .into_iter()
        .find(|a| *a != indicator.arah)
        .unwrap_or(indicator.arah);
    let flip = vec![button(
        crate::bot::plan::views::flip_arah_button(lang, indicator.arah),
        Action::IndicatorSetArah(indicator_id, other, saved),
    )];
    let rows = if saved {
        vec![
            flip,
            vec![
                button(
                    i18n::plan_button_add_indicator(lang),
                    Action::IndicatorAdd(rhk_id),
                ),
                button(i18n::plan_button_add_rhk(lang), Action::AddRhk),
            ],
            vec![
                button(i18n::plan_button_submit_plan(lang), Action::Submit),
                button(i18n::plan_button_view_plan(lang), Action::Page(0)),
            ],
        ]
    } else {
        let aspek_row = Aspek::ALL
            .into_iter()
            .map(|a| {
                let mark = if a == indicator.aspek { "✓ " } else { "" };
                button(
                    format!("{mark}{}", a.label_in(lang)),
                    Action::IndicatorSetAspek(indicator_id, a),
                )
            })
            .collect();
        vec![
            vec![
                button(
                    i18n::plan_button_edit_text(lang),
                    Action::IndicatorEditPart(indicator_id, IndicatorPart::Text),
                ),
                button(
                    i18n::plan_button_edit_target(lang),
                    Action::IndicatorEditPart(indicator_id, IndicatorPart::Target),
                ),
            ],
            aspek_row,
            flip,
            vec![
                button(
                    i18n::plan_button_delete_indicator(lang, &number),
                    Action::IndicatorDelete(indicator_id),
                ),
                button(i18n::plan_button_back_to_rhk(lang), Action::Rhk(rhk_id)),
            ],
        ]
    };
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// Ends a typing step of the plan, if one is open (the person went elsewhere with a button).
async fn leave_typing(dialogue: &ChatDialogue) -> anyhow::Result<()> {
    if dialogue.get().await?.is_some_and(|s| in_plan_dialogue(&s)) {
        dialogue.exit().await?;
    }
    Ok(())
}

/// Every `pl:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    // Button steps edit the message the button sits on, when it is in the presser's chat.
    let here = q
        .message
        .as_ref()
        .filter(|m| m.chat().id == chat)
        .map(|m| (m.chat().id, m.id()));
    let at = Press {
        bot,
        store,
        member,
        dialogue: &dialogue,
        here,
    };
    match action {
        Action::Page(page) => {
            show_plan(bot, store, member, page as usize, here).await?;
            Ok(Answer::silent())
        }
        Action::CancelInput => {
            leave_typing(&dialogue).await?;
            show_plan(bot, store, member, 0, here).await?;
            Ok(Answer::silent())
        }
        Action::AddRhk => at.add_rhk().await,
        Action::Submit => at.submit().await,
        Action::Change => at.change().await,
        Action::Withdraw => at.withdraw(None).await,
        Action::WithdrawConfirm(version) => at.withdraw(Some(version)).await,
        Action::Rhk(rhk_id) => at.open_rhk(rhk_id, 0).await,
        Action::RhkPage(rhk_id, page) => at.open_rhk(rhk_id, page as usize).await,
        Action::RhkJenis(rhk_id, jenis) => at.set_jenis(rhk_id, jenis).await,
        Action::RhkParentPage(rhk_id, page) => at.parents(rhk_id, page as usize).await,
        Action::RhkParent(rhk_id, parent) => at.set_parent(rhk_id, parent).await,
        Action::RhkEditText(rhk_id) => at.edit_rhk_text(rhk_id).await,
        Action::RhkDelete(rhk_id) => at.delete_rhk(rhk_id, false).await,
        Action::RhkDeleteConfirm(rhk_id) => at.delete_rhk(rhk_id, true).await,
        Action::IndicatorAdd(rhk_id) => at.add_indicator(rhk_id).await,
        Action::IndicatorEdit(id) => at.open_indicator(id).await,
        Action::IndicatorDelete(id) => at.delete_indicator(id, false).await,
        Action::IndicatorDeleteConfirm(id) => at.delete_indicator(id, true).await,
        Action::IndicatorEditPart(id, part) => at.ask_part(id, part).await,
        Action::IndicatorSetAspek(id, aspek) => {
            let change = |i: &mut Indikator| {
                i.aspek = aspek;
                i.arah = aspek.usual_arah();
            };
            at.change_part(id, false, change).await
        }
        Action::IndicatorSetArah(id, arah, saved) => {
            at.change_part(id, saved, |i: &mut Indikator| i.arah = arah)
                .await
        }
        Action::IndicatorAspek(rhk_id, aspek) => at.aspek_chosen(rhk_id, aspek).await,
        Action::IndicatorArah(rhk_id, arah) => at.arah_chosen(rhk_id, arah).await,
        Action::PdfMenu => at.pdf_versions().await,
        Action::Pdf(version) => at.pdf(version).await,
    }
}

/// One press on a plan button: who, where, and the dialogue of their chat.
struct Press<'a> {
    bot: &'a TgBot,
    store: &'a Store,
    member: &'a Member,
    dialogue: &'a ChatDialogue,
    here: Here,
}

/// What a handler answers when all went well.
fn done() -> anyhow::Result<Answer> {
    Ok(Answer::silent())
}

impl Press<'_> {
    fn chat(&self) -> ChatId {
        ChatId(self.member.chat_id)
    }

    /// The presser's language.
    fn lang(&self) -> Lang {
        self.member.lang
    }

    /// "This button is no longer valid", as an alert.
    fn stale(&self) -> anyhow::Result<Answer> {
        Ok(Answer::alert(i18n::stale_button(self.lang())))
    }

    /// A refusal from the domain or the store, as an alert.
    fn refused(&self, e: PlanStoreError) -> anyhow::Result<Answer> {
        refusal(self.lang(), e)
    }

    fn actor(&self) -> String {
        format!("nip:{}", self.member.person.nip)
    }

    async fn own_plan(&self) -> anyhow::Result<Option<PlanRow>> {
        Ok(self
            .store
            .plan_of(&self.member.person.nip, current_year_wib())
            .await?)
    }

    async fn rhk_view(
        &self,
        rhk_id: i64,
        page: usize,
        notice: Option<String>,
    ) -> anyhow::Result<()> {
        show_rhk(
            self.bot,
            self.store,
            self.member,
            rhk_id,
            page,
            notice,
            self.here,
        )
        .await
    }

    async fn show_plan(&self, notice: String) -> anyhow::Result<Answer> {
        show_plan_with(
            self.bot,
            self.store,
            self.member,
            0,
            Some(notice),
            self.here,
        )
        .await?;
        done()
    }

    async fn add_rhk(&self) -> anyhow::Result<Answer> {
        let plan = self
            .store
            .plan_or_create(&self.member.person.nip, current_year_wib())
            .await?;
        if let Err(e) = plan.status.editable() {
            return Ok(Answer::alert(e.localize(self.lang())));
        }
        self.dialogue
            .update(State::Plan(state::State::RhkText {
                plan_id: plan.id,
                editing: None,
            }))
            .await?;
        let keyboard =
            InlineKeyboardMarkup::new(vec![cancel_row(self.lang(), Action::CancelInput)]);
        show(
            self.bot,
            self.chat(),
            self.here,
            i18n::plan_ask_rhk(self.lang()),
            keyboard,
        )
        .await?;
        done()
    }

    async fn submit(&self) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return Ok(Answer::alert(PlanError::Empty.localize(self.lang())));
        };
        let version = match self.store.submit_plan(plan.id, &self.actor()).await {
            Ok(version) => version,
            Err(e) => return self.refused(e),
        };
        leave_typing(self.dialogue).await?;
        let person = &self.member.person;
        let registered =
            approval::notify_submission(self.bot, self.store, person, plan.id, version).await?;
        let notice = crate::bot::plan::views::plan_submitted(
            self.lang(),
            version,
            &approver_name(self.lang(), person),
            registered,
        );
        self.show_plan(notice).await
    }

    async fn change(&self) -> anyhow::Result<Answer> {
        let plan = match self.own_plan().await? {
            Some(plan) if plan.status == PlanStatus::Approved => plan,
            _ => return self.stale(),
        };
        if let Err(e) = self.store.start_change(plan.id, &self.actor()).await {
            return self.refused(e);
        }
        self.show_plan(i18n::plan_change_started(self.lang())).await
    }

    /// Tarik kembali: asks first (`version` none), then takes that version back.
    async fn withdraw(&self, version: Option<i64>) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return self.stale();
        };
        let person = &self.member.person;
        let Some(version) = version else {
            if plan.status != PlanStatus::Submitted {
                return Ok(Answer::alert(
                    PlanError::AlreadyDecided.localize(self.lang()),
                ));
            }
            let keyboard = InlineKeyboardMarkup::new(vec![vec![
                button(
                    i18n::plan_button_confirm_withdraw(self.lang()),
                    Action::WithdrawConfirm(plan.version),
                ),
                button(i18n::plan_button_cancel(self.lang()), Action::Page(0)),
            ]]);
            let text = i18n::plan_confirm_withdraw(
                self.lang(),
                &plan.version.to_string(),
                &messages::esc(&approver_name(self.lang(), person)),
            );
            show(self.bot, self.chat(), self.here, text, keyboard).await?;
            return done();
        };
        if let Err(e) = self
            .store
            .withdraw_plan(plan.id, version, &self.actor())
            .await
        {
            return self.refused(e);
        }
        approval::notify_withdrawal(self.bot, self.store, person, version).await?;
        self.show_plan(i18n::plan_withdrawn(self.lang(), &version.to_string()))
            .await
    }

    /// Unduh PDF: each submitted version, newest first, and the working copy while it can
    /// still change.
    async fn pdf_versions(&self) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return self.stale();
        };
        let mut rows = Vec::new();
        if plan.status.editable().is_ok() {
            rows.push(vec![button(
                crate::i18n::forms_pdf_working_copy(self.member.lang),
                Action::Pdf(0),
            )]);
        }
        for version in (1..=plan.version).rev() {
            let decision = self
                .store
                .plan_version(plan.id, version)
                .await?
                .and_then(|v| v.decision);
            rows.push(vec![button(
                crate::bot::forms::views::pdf_version_label(
                    self.member.lang,
                    version,
                    decision.as_deref(),
                ),
                Action::Pdf(version),
            )]);
        }
        rows.push(vec![button(
            i18n::plan_button_back_to_plan(self.lang()),
            Action::Page(0),
        )]);
        let keyboard = InlineKeyboardMarkup::new(rows);
        show(
            self.bot,
            self.chat(),
            self.here,
            crate::i18n::forms_choose_pdf_version(self.member.lang),
            keyboard,
        )
        .await?;
        done()
    }

    /// The Rencana SKP of one's own plan: a version, or the working copy (0).
    async fn pdf(&self, version: i64) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return self.stale();
        };
        if version > plan.version {
            return self.stale();
        }
        super::forms::send_rencana(self.bot, self.store, self.member, &plan, version).await
    }

    async fn open_rhk(&self, rhk_id: i64, page: usize) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        leave_typing(self.dialogue).await?;
        self.rhk_view(rhk_id, page, None).await?;
        done()
    }

    async fn set_jenis(&self, rhk_id: i64, jenis: Jenis) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        // The ticked jenis again: nothing changes, and the screen stays as it is.
        if rhk_in_plan(self.store, rhk_id)
            .await?
            .is_some_and(|(_, _, rhk)| rhk.jenis == jenis)
        {
            return done();
        }
        if let Err(e) = self.store.set_rhk_jenis(rhk_id, jenis).await {
            return self.refused(e);
        }
        let Some((_, _, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        if rhk.indikator.is_empty() {
            new_rhk_screen(
                self.bot,
                self.store,
                self.member,
                self.dialogue,
                rhk_id,
                self.here,
            )
            .await?;
        } else {
            self.rhk_view(rhk_id, 0, None).await?;
        }
        done()
    }

    async fn parents(&self, rhk_id: i64, page: usize) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        show_parents(self.bot, self.store, self.member, rhk_id, page, self.here).await?;
        done()
    }

    /// Intervene the supervisor's RHK `parent` (0: none); a new RHK goes on to its first
    /// indicator.
    async fn set_parent(&self, rhk_id: i64, parent: i64) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        let parent = match (parent, &self.member.person.nip_atasan) {
            (0, _) => None,
            (id, Some(atasan)) => {
                // Only an RHK of the supervisor's approved plan can be intervened.
                let allowed = self
                    .store
                    .approved_rhk_of(atasan, current_year_wib())
                    .await?;
                if !allowed.iter().any(|(a, _)| *a == id) {
                    return self.stale();
                }
                Some(id)
            }
            (_, None) => return self.stale(),
        };
        if let Err(e) = self.store.set_rhk_parent(rhk_id, parent).await {
            return self.refused(e);
        }
        let Some((_, _, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        if rhk.indikator.is_empty() {
            start_indicator(
                self.bot,
                self.store,
                self.dialogue,
                self.member,
                rhk_id,
                self.here,
            )
            .await?;
        } else {
            self.rhk_view(rhk_id, 0, None).await?;
        }
        done()
    }

    async fn edit_rhk_text(&self, rhk_id: i64) -> anyhow::Result<Answer> {
        let plan = match editable_plan_of_rhk(self.store, self.member, rhk_id).await? {
            Ok(plan) => plan,
            Err(answer) => return Ok(answer),
        };
        let Some((_, _, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        self.dialogue
            .update(State::Plan(state::State::RhkText {
                plan_id: plan.id,
                editing: Some(rhk_id),
            }))
            .await?;
        let keyboard =
            InlineKeyboardMarkup::new(vec![cancel_row(self.lang(), Action::Rhk(rhk_id))]);
        let text = i18n::plan_ask_rhk_new_text(self.lang(), &messages::esc(&rhk.text));
        show(self.bot, self.chat(), self.here, text, keyboard).await?;
        done()
    }

    /// Hapus RHK: asks first, deletes on Ya, hapus.
    async fn delete_rhk(&self, rhk_id: i64, confirmed: bool) -> anyhow::Result<Answer> {
        if let Err(answer) = editable_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        if confirmed {
            if let Err(e) = self.store.delete_rhk(rhk_id).await {
                return self.refused(e);
            }
            return self.show_plan(i18n::plan_rhk_deleted(self.lang())).await;
        }
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        let keyboard = InlineKeyboardMarkup::new(vec![vec![
            button(
                i18n::plan_button_confirm_delete(self.lang()),
                Action::RhkDeleteConfirm(rhk_id),
            ),
            button(i18n::plan_button_cancel(self.lang()), Action::Rhk(rhk_id)),
        ]]);
        let text = crate::bot::plan::views::confirm_delete_rhk(self.lang(), n, &rhk);
        show(self.bot, self.chat(), self.here, text, keyboard).await?;
        done()
    }

    async fn add_indicator(&self, rhk_id: i64) -> anyhow::Result<Answer> {
        if let Err(answer) = editable_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        start_indicator(
            self.bot,
            self.store,
            self.dialogue,
            self.member,
            rhk_id,
            self.here,
        )
        .await?;
        done()
    }

    /// Ubah n.m: the indicator as it is, each part changeable on its own.
    async fn open_indicator(&self, id: i64) -> anyhow::Result<Answer> {
        if let Err(answer) = editable_indicator(self.store, self.member, id).await? {
            return Ok(answer);
        }
        leave_typing(self.dialogue).await?;
        show_indicator(
            self.bot,
            self.store,
            self.member,
            id,
            false,
            None,
            self.here,
        )
        .await?;
        done()
    }

    /// Hapus n.m: asks first, deletes on Ya, hapus.
    async fn delete_indicator(&self, id: i64, confirmed: bool) -> anyhow::Result<Answer> {
        let (rhk_id, indicator) = match editable_indicator(self.store, self.member, id).await? {
            Ok(found) => found,
            Err(answer) => return Ok(answer),
        };
        if confirmed {
            if let Err(e) = self.store.delete_indicator(id).await {
                return self.refused(e);
            }
            let notice = Some(i18n::plan_indicator_deleted(self.lang()));
            self.rhk_view(rhk_id, 0, notice).await?;
            return done();
        }
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        let m = rhk.indikator.iter().position(|i| i.id == id).unwrap_or(0);
        let keyboard = InlineKeyboardMarkup::new(vec![vec![
            button(
                i18n::plan_button_confirm_delete(self.lang()),
                Action::IndicatorDeleteConfirm(id),
            ),
            button(i18n::plan_button_cancel(self.lang()), Action::Rhk(rhk_id)),
        ]]);
        let number = format!("{n}.{}", m + 1);
        let text =
            crate::bot::plan::views::confirm_delete_indicator(self.lang(), &number, &indicator);
        show(self.bot, self.chat(), self.here, text, keyboard).await?;
        done()
    }

    /// Teks or Target of a saved indicator: the current value, and the new one typed next.
    async fn ask_part(&self, id: i64, part: IndicatorPart) -> anyhow::Result<Answer> {
        let (rhk_id, indicator) = match editable_indicator(self.store, self.member, id).await? {
            Ok(found) => found,
            Err(answer) => return Ok(answer),
        };
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        let m = rhk.indikator.iter().position(|i| i.id == id).unwrap_or(0);
        let number = format!("{n}.{}", m + 1);
        let (state, text) = match part {
            IndicatorPart::Text => (
                State::Plan(state::State::IndicatorEditText { indicator_id: id }),
                i18n::plan_ask_indicator_new_text(
                    self.lang(),
                    &number,
                    &messages::esc(&indicator.text),
                ),
            ),
            IndicatorPart::Target => (
                State::Plan(state::State::IndicatorEditTarget { indicator_id: id }),
                i18n::plan_ask_indicator_new_target(
                    self.lang(),
                    &number,
                    &messages::esc(&indicator.target.to_string()),
                ),
            ),
        };
        self.dialogue.update(state).await?;
        let keyboard =
            InlineKeyboardMarkup::new(vec![cancel_row(self.lang(), Action::IndicatorEdit(id))]);
        show(self.bot, self.chat(), self.here, text, keyboard).await?;
        done()
    }

    /// A part chosen with a button (aspect, direction): saved at once, the card shown again.
    async fn change_part(
        &self,
        id: i64,
        saved: bool,
        change: impl FnOnce(&mut Indikator),
    ) -> anyhow::Result<Answer> {
        let (rhk_id, mut indicator) = match editable_indicator(self.store, self.member, id).await? {
            Ok(found) => found,
            Err(answer) => return Ok(answer),
        };
        let before = indicator.clone();
        change(&mut indicator);
        // The ticked aspect or the direction it already has: nothing to save or redraw.
        if indicator == before {
            return done();
        }
        if let Err(e) = save_parts(self.store, rhk_id, &indicator).await {
            return self.refused(e);
        }
        show_indicator(
            self.bot,
            self.store,
            self.member,
            id,
            saved,
            None,
            self.here,
        )
        .await?;
        done()
    }

    /// The aspect of a new indicator: saved with the aspect's usual direction.
    async fn aspek_chosen(&self, rhk_id: i64, aspek: Aspek) -> anyhow::Result<Answer> {
        let Some(State::Plan(state::State::IndicatorAspek {
            rhk_id: waiting,
            replacing,
            text,
            target,
        })) = self.dialogue.get().await?
        else {
            return self.stale();
        };
        if waiting != rhk_id {
            return self.stale();
        }
        self.save_new(rhk_id, replacing, &text, &target, aspek, aspek.usual_arah())
            .await
    }

    /// The direction step of a dialogue stored by an earlier release.
    async fn arah_chosen(&self, rhk_id: i64, arah: Arah) -> anyhow::Result<Answer> {
        let Some(State::Plan(state::State::IndicatorArah {
            rhk_id: waiting,
            replacing,
            text,
            target,
            aspek,
        })) = self.dialogue.get().await?
        else {
            return self.stale();
        };
        if waiting != rhk_id {
            return self.stale();
        }
        self.save_new(rhk_id, replacing, &text, &target, aspek, arah)
            .await
    }

    async fn save_new(
        &self,
        rhk_id: i64,
        replacing: Option<i64>,
        text: &str,
        target: &Quantity,
        aspek: Aspek,
        arah: Arah,
    ) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            self.dialogue.exit().await?;
            return Ok(answer);
        }
        let saved = self
            .store
            .save_indicator(rhk_id, replacing, text, target, aspek, arah)
            .await;
        self.dialogue.exit().await?;
        match saved {
            Ok(id) => {
                show_indicator(self.bot, self.store, self.member, id, true, None, self.here)
                    .await?;
                done()
            }
            Err(e) => self.refused(e),
        }
    }
}
