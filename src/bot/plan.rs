//! `/rencana`: a staff member writes this year's plan (RHK, indicators with targets), sends
//! it with **Kirim**, sees its status, revises a returned plan and asks for changes to an
//! approved one. Every button is checked against the database when pressed: the RHK or
//! indicator must belong to the presser's own plan, and that plan must still be editable.

use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::CallbackAction;
use super::dialogue::{ChatDialogue, State};
use super::messages::{self, MAX_PLAN_TEXT, plan_button};
use super::paging::{PAGE_BUDGET, pages_of_at_most};
use super::{Answer, HandlerResult, TgBot, approval, dialogue_branch, say, say_with, show};
use crate::domain::plan::{Arah, Aspek, Jenis, PlanError, check_owner};
use crate::domain::quantity::Quantity;
use crate::domain::time::current_year_wib;
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::plans::{PlanRow, PlanStoreError};

/// RHK per page of the plan view: each has a button, and a page's keyboard stays small.
const RHK_PER_PAGE: usize = 8;
/// Indicators per RHK that get edit buttons (two each), well under Telegram's limits.
const INDICATOR_BUTTONS: usize = 15;

/// Is this state one of the plan dialogue's text steps?
fn in_plan_dialogue(state: &State) -> bool {
    matches!(
        state,
        State::RhkText { .. }
            | State::IndicatorText { .. }
            | State::IndicatorTarget { .. }
            | State::IndicatorAspek { .. }
            | State::IndicatorArah { .. }
    )
}

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(in_plan_dialogue, message)
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
    // Buttons are awaited: a typed reply gets the buttons again, the dialogue stays.
    match &state {
        State::IndicatorAspek { rhk_id, target, .. } => {
            say_with(
                &bot,
                chat,
                format!(
                    "{}\n\n{}",
                    messages::use_the_buttons(),
                    messages::ask_aspek(target)
                ),
                aspek_keyboard(*rhk_id),
            )
            .await?;
            return Ok(());
        }
        State::IndicatorArah { rhk_id, aspek, .. } => {
            say_with(
                &bot,
                chat,
                format!(
                    "{}\n\n{}",
                    messages::use_the_buttons(),
                    messages::ask_arah(*aspek)
                ),
                arah_keyboard(*rhk_id, *aspek),
            )
            .await?;
            return Ok(());
        }
        _ => {}
    }
    let Some(text) = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_PLAN_TEXT)
    else {
        say(&bot, chat, messages::plan_text_expected()).await?;
        return Ok(());
    };
    match state {
        State::RhkText {
            plan_id: _,
            editing: Some(rhk_id),
        } => match store.set_rhk_text(rhk_id, text).await {
            Ok(()) => {
                dialogue.exit().await?;
                show_rhk(&bot, &store, &member, rhk_id, None, None).await?;
            }
            Err(e) => refuse_in_chat(&bot, chat, &dialogue, e).await?,
        },
        State::RhkText {
            plan_id,
            editing: None,
        } => match store.add_rhk(plan_id, text).await {
            Ok(rhk_id) => {
                dialogue.exit().await?;
                let keyboard = InlineKeyboardMarkup::new(vec![
                    Jenis::ALL
                        .into_iter()
                        .map(|j| {
                            InlineKeyboardButton::callback(
                                j.label(),
                                CallbackAction::RhkJenis(rhk_id, j).encode(),
                            )
                        })
                        .collect::<Vec<_>>(),
                ]);
                say_with(&bot, chat, messages::ask_jenis(), keyboard).await?;
            }
            Err(e) => refuse_in_chat(&bot, chat, &dialogue, e).await?,
        },
        State::IndicatorText { rhk_id, replacing } => {
            dialogue
                .update(State::IndicatorTarget {
                    rhk_id,
                    replacing,
                    text: text.to_string(),
                })
                .await?;
            say(&bot, chat, messages::ask_target()).await?;
        }
        State::IndicatorTarget {
            rhk_id,
            replacing,
            text: indicator,
        } => match Quantity::parse(text) {
            Err(e) => {
                say(
                    &bot,
                    chat,
                    format!(
                        "{}\n\n{}",
                        messages::esc(&e.to_string()),
                        messages::ask_target()
                    ),
                )
                .await?;
            }
            Ok(target) => {
                say_with(
                    &bot,
                    chat,
                    messages::ask_aspek(&target),
                    aspek_keyboard(rhk_id),
                )
                .await?;
                dialogue
                    .update(State::IndicatorAspek {
                        rhk_id,
                        replacing,
                        text: indicator,
                        target,
                    })
                    .await?;
            }
        },
        _ => {}
    }
    Ok(())
}

/// A refusal while typing: the reason, and the dialogue ends (the plan moved on).
async fn refuse_in_chat(
    bot: &TgBot,
    chat: ChatId,
    dialogue: &ChatDialogue,
    e: PlanStoreError,
) -> HandlerResult {
    let reason = match e {
        PlanStoreError::Refused(reason) => reason.to_string(),
        PlanStoreError::Decision(reason) => reason.to_string(),
        PlanStoreError::Store(e) => return Err(e.into()),
    };
    dialogue.exit().await?;
    say(bot, chat, messages::esc(&reason)).await?;
    Ok(())
}

/// A refusal on a button: an alert with the reason.
fn refusal(e: PlanStoreError) -> anyhow::Result<Answer> {
    match e {
        PlanStoreError::Refused(reason) => Ok(Answer::alert(reason.to_string())),
        PlanStoreError::Decision(reason) => Ok(Answer::alert(reason.to_string())),
        PlanStoreError::Store(crate::store::StoreError::NotFound) => {
            Ok(Answer::alert(messages::stale_button()))
        }
        PlanStoreError::Store(e) => Err(e.into()),
    }
}

fn aspek_keyboard(rhk_id: i64) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(Aspek::ALL.chunks(2).map(|row| {
        row.iter()
            .map(|a| {
                InlineKeyboardButton::callback(
                    a.label(),
                    CallbackAction::IndicatorAspek(rhk_id, *a).encode(),
                )
            })
            .collect::<Vec<_>>()
    }))
}

fn arah_keyboard(rhk_id: i64, aspek: Aspek) -> InlineKeyboardMarkup {
    let usual = aspek.usual_arah();
    let mut order = vec![usual];
    order.extend(Arah::ALL.into_iter().filter(|a| *a != usual));
    InlineKeyboardMarkup::new(order.into_iter().map(|a| {
        let label = if a == usual {
            format!("{} (biasanya)", a.label())
        } else {
            a.label().to_string()
        };
        vec![InlineKeyboardButton::callback(
            label,
            CallbackAction::IndicatorArah(rhk_id, a).encode(),
        )]
    }))
}

/// The plan view: status, the RHK on this page, and what may be done now.
pub async fn show_plan(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let year = current_year_wib();
    let person = &member.person;
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
        .map(|(i, r)| messages::rhk_block(i + 1, r))
        .collect();
    let split = pages_of_at_most(&blocks, PAGE_BUDGET - 500, RHK_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first_on_page: usize = split[..page].iter().map(Vec::len).sum();

    let mut text = messages::plan_header(year, &person.nama);
    text.push('\n');
    text.push_str(&match &plan {
        Some(p) => messages::plan_status(
            p.status,
            p.version,
            p.approved_version,
            &approver_name(person),
            last.as_ref(),
        ),
        None => messages::plan_status(crate::domain::plan::PlanStatus::Draft, 0, None, "", None),
    });
    text.push_str("\n\n");
    if blocks.is_empty() {
        text.push_str(&messages::plan_empty());
    } else {
        text.push_str(&split[page].join("\n\n"));
    }
    text.push_str(&messages::expectations_block(&expectations));
    if split.len() > 1 {
        text.push_str(&messages::page_footer(page, split.len()));
    }

    let mut rows: Vec<Vec<InlineKeyboardButton>> = content.rhk
        [first_on_page..first_on_page + split[page].len()]
        .iter()
        .enumerate()
        .map(|(i, r)| {
            InlineKeyboardButton::callback(
                format!("RHK {}", first_on_page + i + 1),
                CallbackAction::Rhk(r.id).encode(),
            )
        })
        .collect::<Vec<_>>()
        .chunks(4)
        .map(<[_]>::to_vec)
        .collect();
    let editable = plan.as_ref().is_none_or(|p| p.status.editable().is_ok());
    if editable {
        rows.push(vec![
            InlineKeyboardButton::callback(
                plan_button::ADD_RHK,
                CallbackAction::PlanAddRhk.encode(),
            ),
            InlineKeyboardButton::callback(
                plan_button::SUBMIT,
                CallbackAction::PlanSubmit.encode(),
            ),
        ]);
    } else if plan
        .as_ref()
        .is_some_and(|p| p.status == crate::domain::plan::PlanStatus::Approved)
    {
        rows.push(vec![InlineKeyboardButton::callback(
            plan_button::CHANGE,
            CallbackAction::PlanChange.encode(),
        )]);
    }
    rows.push(nav_row(page, split.len(), CallbackAction::PlanPage));
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// Lanjut / Kembali for a paged view.
pub(crate) fn nav_row(
    page: usize,
    pages: usize,
    action: impl Fn(u32) -> CallbackAction,
) -> Vec<InlineKeyboardButton> {
    let mut nav = Vec::new();
    if page > 0 {
        nav.push(InlineKeyboardButton::callback(
            messages::button::BACK,
            action(page as u32 - 1).encode(),
        ));
    }
    if page + 1 < pages {
        nav.push(InlineKeyboardButton::callback(
            messages::button::NEXT,
            action(page as u32 + 1).encode(),
        ));
    }
    nav
}

/// Who decides this person's plan, by name.
pub(crate) fn approver_name(person: &crate::domain::person::Person) -> String {
    match (&person.nip_atasan, &person.nama_atasan) {
        (Some(_), Some(nama)) => nama.clone(),
        (Some(nip), None) => format!("atasan (NIP {nip})"),
        (None, _) => "admin BKD".to_string(),
    }
}

/// One RHK with the buttons that fit the plan's state.
async fn show_rhk(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    rhk_id: i64,
    prefix: Option<String>,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let plan = store
        .plan_of_rhk(rhk_id)
        .await?
        .ok_or(crate::store::StoreError::NotFound)?;
    let content = store.working_content(plan.id).await?;
    let Some((n, rhk)) = content.rhk.iter().enumerate().find(|(_, r)| r.id == rhk_id) else {
        return Ok(());
    };
    let mut text = prefix.map(|p| format!("{p}\n\n")).unwrap_or_default();
    text.push_str(&messages::rhk_view(n + 1, rhk));
    let mut rows = Vec::new();
    if plan.status.editable().is_ok() {
        let b =
            |label: String, a: CallbackAction| InlineKeyboardButton::callback(label, a.encode());
        rows.push(vec![
            b(
                format!("{} teks", plan_button::EDIT),
                CallbackAction::RhkEditText(rhk_id),
            ),
            b(
                format!("{} RHK", plan_button::DELETE),
                CallbackAction::RhkDelete(rhk_id),
            ),
        ]);
        rows.push(
            Jenis::ALL
                .into_iter()
                .map(|j| {
                    let mark = if j == rhk.jenis { "✓ " } else { "" };
                    b(
                        format!("{mark}{}", j.label()),
                        CallbackAction::RhkJenis(rhk_id, j),
                    )
                })
                .collect(),
        );
        if member.person.nip_atasan.is_some() {
            rows.push(vec![b(
                plan_button::LINK_PARENT.into(),
                CallbackAction::RhkParentPage(rhk_id, 0),
            )]);
        }
        rows.push(vec![b(
            plan_button::ADD_INDICATOR.into(),
            CallbackAction::IndicatorAdd(rhk_id),
        )]);
        for (m, i) in rhk.indikator.iter().enumerate().take(INDICATOR_BUTTONS) {
            let label = format!("{}.{}", n + 1, m + 1);
            rows.push(vec![
                b(
                    format!("{} {label}", plan_button::EDIT),
                    CallbackAction::IndicatorEdit(i.id),
                ),
                b(
                    format!("{} {label}", plan_button::DELETE),
                    CallbackAction::IndicatorDelete(i.id),
                ),
            ]);
        }
    }
    rows.push(vec![InlineKeyboardButton::callback(
        plan_button::BACK_TO_PLAN,
        CallbackAction::PlanPage(0).encode(),
    )]);
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// The RHK's plan, if it is the presser's own.
async fn own_plan_of_rhk(
    store: &Store,
    member: &Member,
    rhk_id: i64,
) -> anyhow::Result<Result<PlanRow, Answer>> {
    let Some(plan) = store.plan_of_rhk(rhk_id).await? else {
        return Ok(Err(Answer::alert(messages::stale_button())));
    };
    if let Err(e) = check_owner(&plan.nip, &member.person.nip) {
        tracing::warn!(
            user = member.telegram_user_id,
            rhk = rhk_id,
            "button on someone else's plan"
        );
        return Ok(Err(Answer::alert(e.to_string())));
    }
    Ok(Ok(plan))
}

/// Continues a new RHK after its jenis: the supervisor's RHK to intervene, then the first
/// indicator.
async fn continue_new_rhk(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: &ChatDialogue,
    rhk_id: i64,
) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    if let Some(atasan) = &member.person.nip_atasan {
        let parents = store.approved_rhk_of(atasan, current_year_wib()).await?;
        if !parents.is_empty() {
            return show_parents(bot, store, member, rhk_id, 0, None).await;
        }
        say(bot, chat, messages::parent_not_ready()).await?;
    }
    start_indicator(bot, store, dialogue, chat, rhk_id, None).await
}

async fn start_indicator(
    bot: &TgBot,
    store: &Store,
    dialogue: &ChatDialogue,
    chat: ChatId,
    rhk_id: i64,
    replacing: Option<i64>,
) -> anyhow::Result<()> {
    let plan = store
        .plan_of_rhk(rhk_id)
        .await?
        .ok_or(crate::store::StoreError::NotFound)?;
    let content = store.working_content(plan.id).await?;
    let text = content
        .rhk
        .iter()
        .find(|r| r.id == rhk_id)
        .map(|r| r.text.clone())
        .unwrap_or_default();
    dialogue
        .update(State::IndicatorText { rhk_id, replacing })
        .await?;
    say(bot, chat, messages::ask_indicator_text(&text)).await?;
    Ok(())
}

/// The supervisor's approved RHK as buttons, paged.
async fn show_parents(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    rhk_id: i64,
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let Some(atasan) = &member.person.nip_atasan else {
        return Ok(());
    };
    let parents = store.approved_rhk_of(atasan, current_year_wib()).await?;
    if parents.is_empty() {
        say(bot, ChatId(member.chat_id), messages::parent_not_ready()).await?;
        return Ok(());
    }
    let per_page = 8;
    let pages = parents.len().div_ceil(per_page);
    let page = page.min(pages - 1);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = parents
        .iter()
        .enumerate()
        .skip(page * per_page)
        .take(per_page)
        .map(|(i, (id, text))| {
            let short: String = text.chars().take(50).collect();
            vec![InlineKeyboardButton::callback(
                format!("{}. {short}", i + 1),
                CallbackAction::RhkParent(rhk_id, *id).encode(),
            )]
        })
        .collect();
    rows.push(vec![InlineKeyboardButton::callback(
        plan_button::SKIP,
        CallbackAction::RhkParent(rhk_id, 0).encode(),
    )]);
    rows.push(nav_row(page, pages, |p| {
        CallbackAction::RhkParentPage(rhk_id, p)
    }));
    let text = messages::ask_parent(member.person.nama_atasan.as_deref().unwrap_or("atasan"));
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// Every `pl:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: CallbackAction,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    // Paging edits the message the button sits on, when it is in the presser's chat.
    let here = q
        .message
        .as_ref()
        .filter(|m| m.chat().id == chat)
        .map(|m| (m.chat().id, m.id()));
    match action {
        CallbackAction::PlanPage(page) => {
            show_plan(bot, store, member, page as usize, here).await?;
        }
        CallbackAction::PlanAddRhk => {
            let plan = store
                .plan_or_create(&member.person.nip, current_year_wib())
                .await?;
            if let Err(e) = plan.status.editable() {
                return Ok(Answer::alert(e.to_string()));
            }
            dialogue
                .update(State::RhkText {
                    plan_id: plan.id,
                    editing: None,
                })
                .await?;
            say(bot, chat, messages::ask_rhk_text()).await?;
        }
        CallbackAction::PlanSubmit => {
            let Some(plan) = store
                .plan_of(&member.person.nip, current_year_wib())
                .await?
            else {
                return Ok(Answer::alert(PlanError::Empty.to_string()));
            };
            let actor = format!("nip:{}", member.person.nip);
            match store.submit_plan(plan.id, &actor).await {
                Ok(version) => {
                    let registered =
                        approval::notify_submission(bot, store, &member.person, plan.id, version)
                            .await?;
                    let atasan = approver_name(&member.person);
                    say(
                        bot,
                        chat,
                        messages::plan_submitted(version, &atasan, registered),
                    )
                    .await?;
                    show_plan(bot, store, member, 0, None).await?;
                }
                Err(e) => return refusal(e),
            }
        }
        CallbackAction::PlanChange => {
            let Some(plan) = store
                .plan_of(&member.person.nip, current_year_wib())
                .await?
            else {
                return Ok(Answer::alert(messages::stale_button()));
            };
            if plan.status != crate::domain::plan::PlanStatus::Approved {
                return Ok(Answer::alert(messages::stale_button()));
            }
            if let Err(e) = store
                .start_change(plan.id, &format!("nip:{}", member.person.nip))
                .await
            {
                return refusal(e);
            }
            say(bot, chat, messages::change_started()).await?;
            show_plan(bot, store, member, 0, None).await?;
        }
        CallbackAction::Rhk(rhk_id) => {
            if let Err(answer) = own_plan_of_rhk(store, member, rhk_id).await? {
                return Ok(answer);
            }
            show_rhk(bot, store, member, rhk_id, None, None).await?;
        }
        CallbackAction::RhkJenis(rhk_id, jenis) => {
            if let Err(answer) = own_plan_of_rhk(store, member, rhk_id).await? {
                return Ok(answer);
            }
            if let Err(e) = store.set_rhk_jenis(rhk_id, jenis).await {
                return refusal(e);
            }
            let plan = store
                .plan_of_rhk(rhk_id)
                .await?
                .ok_or(crate::store::StoreError::NotFound)?;
            let content = store.working_content(plan.id).await?;
            let is_new = content
                .rhk
                .iter()
                .any(|r| r.id == rhk_id && r.indikator.is_empty());
            if is_new {
                continue_new_rhk(bot, store, member, &dialogue, rhk_id).await?;
            } else {
                show_rhk(bot, store, member, rhk_id, None, here).await?;
            }
        }
        CallbackAction::RhkParentPage(rhk_id, page) => {
            if let Err(answer) = own_plan_of_rhk(store, member, rhk_id).await? {
                return Ok(answer);
            }
            show_parents(bot, store, member, rhk_id, page as usize, None).await?;
        }
        CallbackAction::RhkParent(rhk_id, parent) => {
            if let Err(answer) = own_plan_of_rhk(store, member, rhk_id).await? {
                return Ok(answer);
            }
            let parent = match (parent, &member.person.nip_atasan) {
                (0, _) => None,
                (id, Some(atasan)) => {
                    // Only an RHK of the supervisor's approved plan can be intervened.
                    let allowed = store.approved_rhk_of(atasan, current_year_wib()).await?;
                    if !allowed.iter().any(|(a, _)| *a == id) {
                        return Ok(Answer::alert(messages::stale_button()));
                    }
                    Some(id)
                }
                (_, None) => return Ok(Answer::alert(messages::stale_button())),
            };
            if let Err(e) = store.set_rhk_parent(rhk_id, parent).await {
                return refusal(e);
            }
            let plan = store
                .plan_of_rhk(rhk_id)
                .await?
                .ok_or(crate::store::StoreError::NotFound)?;
            let content = store.working_content(plan.id).await?;
            if content
                .rhk
                .iter()
                .any(|r| r.id == rhk_id && r.indikator.is_empty())
            {
                start_indicator(bot, store, &dialogue, chat, rhk_id, None).await?;
            } else {
                show_rhk(bot, store, member, rhk_id, None, None).await?;
            }
        }
        CallbackAction::RhkEditText(rhk_id) => {
            let plan = match own_plan_of_rhk(store, member, rhk_id).await? {
                Ok(plan) => plan,
                Err(answer) => return Ok(answer),
            };
            if let Err(e) = plan.status.editable() {
                return Ok(Answer::alert(e.to_string()));
            }
            let content = store.working_content(plan.id).await?;
            let old = content
                .rhk
                .iter()
                .find(|r| r.id == rhk_id)
                .map(|r| r.text.clone())
                .unwrap_or_default();
            dialogue
                .update(State::RhkText {
                    plan_id: plan.id,
                    editing: Some(rhk_id),
                })
                .await?;
            say(bot, chat, messages::ask_rhk_new_text(&old)).await?;
        }
        CallbackAction::RhkDelete(rhk_id) => {
            if let Err(answer) = own_plan_of_rhk(store, member, rhk_id).await? {
                return Ok(answer);
            }
            if let Err(e) = store.delete_rhk(rhk_id).await {
                return refusal(e);
            }
            say(bot, chat, messages::rhk_deleted()).await?;
            show_plan(bot, store, member, 0, None).await?;
        }
        CallbackAction::IndicatorAdd(rhk_id) => {
            let plan = match own_plan_of_rhk(store, member, rhk_id).await? {
                Ok(plan) => plan,
                Err(answer) => return Ok(answer),
            };
            if let Err(e) = plan.status.editable() {
                return Ok(Answer::alert(e.to_string()));
            }
            start_indicator(bot, store, &dialogue, chat, rhk_id, None).await?;
        }
        CallbackAction::IndicatorEdit(indicator_id)
        | CallbackAction::IndicatorDelete(indicator_id) => {
            let Some(rhk_id) = store.rhk_of_indicator(indicator_id).await? else {
                return Ok(Answer::alert(messages::stale_button()));
            };
            let plan = match own_plan_of_rhk(store, member, rhk_id).await? {
                Ok(plan) => plan,
                Err(answer) => return Ok(answer),
            };
            if let Err(e) = plan.status.editable() {
                return Ok(Answer::alert(e.to_string()));
            }
            if matches!(action, CallbackAction::IndicatorEdit(_)) {
                start_indicator(bot, store, &dialogue, chat, rhk_id, Some(indicator_id)).await?;
            } else {
                if let Err(e) = store.delete_indicator(indicator_id).await {
                    return refusal(e);
                }
                show_rhk(
                    bot,
                    store,
                    member,
                    rhk_id,
                    Some(messages::indicator_deleted()),
                    None,
                )
                .await?;
            }
        }
        CallbackAction::IndicatorAspek(rhk_id, aspek) => {
            let Some(State::IndicatorAspek {
                rhk_id: waiting,
                replacing,
                text,
                target,
            }) = dialogue.get().await?
            else {
                return Ok(Answer::alert(messages::stale_button()));
            };
            if waiting != rhk_id {
                return Ok(Answer::alert(messages::stale_button()));
            }
            dialogue
                .update(State::IndicatorArah {
                    rhk_id,
                    replacing,
                    text,
                    target,
                    aspek,
                })
                .await?;
            say_with(
                bot,
                chat,
                messages::ask_arah(aspek),
                arah_keyboard(rhk_id, aspek),
            )
            .await?;
        }
        CallbackAction::IndicatorArah(rhk_id, arah) => {
            let Some(State::IndicatorArah {
                rhk_id: waiting,
                replacing,
                text,
                target,
                aspek,
            }) = dialogue.get().await?
            else {
                return Ok(Answer::alert(messages::stale_button()));
            };
            if waiting != rhk_id {
                return Ok(Answer::alert(messages::stale_button()));
            }
            if let Err(answer) = own_plan_of_rhk(store, member, rhk_id).await? {
                dialogue.exit().await?;
                return Ok(answer);
            }
            match store
                .save_indicator(rhk_id, replacing, &text, &target, aspek, arah)
                .await
            {
                Ok(_) => {
                    dialogue.exit().await?;
                    show_rhk(
                        bot,
                        store,
                        member,
                        rhk_id,
                        Some(messages::indicator_saved()),
                        None,
                    )
                    .await?;
                }
                Err(e) => {
                    dialogue.exit().await?;
                    return refusal(e);
                }
            }
        }
        _ => return Ok(Answer::alert(messages::stale_button())),
    }
    Ok(Answer::silent())
}
