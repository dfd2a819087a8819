//! `/persetujuan`: supervisors (and HR, for plans at the top of the tree) approve plans —
//! with optional *ekspektasi khusus* — or return them with a required note. Every press is
//! re-authorised when it arrives: the presser must be the plan owner's supervisor now, the
//! plan must be waiting, and the button's version must be the one waiting. The decision
//! itself is one guarded update in the store, so a doubled tap notifies nobody twice.

pub mod action;
pub mod matching;
pub mod state;
pub mod views;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::{CallbackAction, MenuItem};
use super::dialogue::{ChatDialogue, State};
use super::messages;
use super::paging::{PAGE_BUDGET, pages, pages_of_at_most};
use super::widgets::{nav_row, page_footer};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with, show};
use crate::bot::plan::views::MAX_PLAN_TEXT;
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::plan::{
    DecisionError, NilaiBerakhlak, check_decidable, diff, may_decide, undecidable,
};
use crate::i18n::{self, Label, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::employees::{MoveNotices, MovedPlan};
use crate::store::plans::{Decision, PlanRow, PlanStoreError, WITHDRAWN};
use crate::telegram::Out;

/// Waiting plans per page of `/persetujuan` (one button each).
const WAITING_PER_PAGE: usize = 10;

/// What the approvers of a waiting plan are told when a roster import gives its owner
/// another supervisor: the new approver gets the plan's name with a button to
/// `/persetujuan`, the old one learns it no longer waits for them. Both are queued as
/// keys, so each reads them in their own language.
pub fn moved_notices(plan: &MovedPlan) -> MoveNotices {
    let open = (
        i18n::msg::approval_button_open(),
        CallbackAction::Menu(crate::bot::menu::action::Action::Open(MenuItem::Approvals)),
    );
    MoveNotices {
        arrived: super::notice(
            crate::bot::approval::views::plan_moved_to_you(plan),
            vec![vec![open]],
        ),
        left: super::notice::<CallbackAction>(
            crate::bot::approval::views::plan_moved_away(plan),
            Vec::new(),
        ),
    }
}

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(
        |state| {
            matches!(
                state,
                State::Approval(state::State::ReturnNote { .. })
                    | State::Approval(state::State::ExpectationText { .. })
            )
        },
        message,
    )
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
    let Some(text) = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_PLAN_TEXT)
    else {
        let expected = i18n::plan_text_expected(lang, &MAX_PLAN_TEXT.to_string());
        say(&bot, chat, expected).await?;
        return Ok(());
    };
    match state {
        State::Approval(state::State::ReturnNote { plan_id, version }) => {
            dialogue.exit().await?;
            let decision = Decision::Return(text.to_string());
            decide(&bot, &store, &member, plan_id, version, decision).await?;
        }
        State::Approval(state::State::ExpectationText {
            plan_id,
            version,
            nilai,
        }) => {
            let Some(nilai) = NilaiBerakhlak::from_number(nilai) else {
                dialogue.exit().await?;
                return Ok(());
            };
            dialogue.exit().await?;
            match authorise(&store, &member, plan_id, version).await? {
                Ok((_, owner)) => {
                    store.set_expectation(plan_id, version, nilai, text).await?;
                    expectation_screen(&bot, &store, &member, &owner, plan_id, version, None)
                        .await?;
                }
                Err(e) => {
                    say(&bot, chat, messages::esc(&e.localize(lang))).await?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// The Rencana SKP of a version, for whoever decides (or decided) the owner's plan now.
async fn send_pdf(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    plan_id: i64,
    version: i64,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    let Some(plan) = store.plan(plan_id).await? else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    let Some(owner) = store.person(&plan.nip).await? else {
        return Ok(Answer::alert(
            DecisionError::NotYourSubordinate.localize(lang),
        ));
    };
    if let Err(e) = may_decide(&member.person, &owner) {
        return Ok(Answer::alert(e.localize(lang)));
    }
    if version < 1 || version > plan.version {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    }
    super::forms::send_rencana(bot, store, member, &plan, version).await
}

/// The plan and its owner, when the presser may decide this version now.
async fn authorise(
    store: &Store,
    member: &Member,
    plan_id: i64,
    version: i64,
) -> anyhow::Result<Result<(PlanRow, Person), DecisionError>> {
    let Some(plan) = store.plan(plan_id).await? else {
        return Ok(Err(DecisionError::NotWaiting));
    };
    let Some(owner) = store.person(&plan.nip).await? else {
        return Ok(Err(DecisionError::NotYourSubordinate));
    };
    if let Err(e) = may_decide(&member.person, &owner) {
        tracing::warn!(
            user = member.telegram_user_id,
            plan = plan_id,
            "decision button pressed by someone without authority"
        );
        return Ok(Err(e));
    }
    if let Err(e) = check_decidable(plan.status, plan.version, version) {
        let withdrawn = store
            .plan_version(plan_id, version)
            .await?
            .is_some_and(|v| v.decision.as_deref() == Some(WITHDRAWN));
        return Ok(Err(undecidable(e, withdrawn, plan.version, version)));
    }
    Ok(Ok((plan, owner)))
}

/// Whoever decides `owner`'s plan, as far as they are registered: the supervisor, or every
/// admin for someone at the top. Each is told in their own language.
async fn deciders(store: &Store, owner: &Person) -> anyhow::Result<Vec<Member>> {
    Ok(match &owner.nip_atasan {
        Some(atasan) => store.member_by_nip(atasan).await?.into_iter().collect(),
        None => store.admin_members().await?,
    })
}

/// Tells whoever would have decided that a version was taken back.
pub async fn notify_withdrawal(
    bot: &TgBot,
    store: &Store,
    owner: &Person,
    version: i64,
) -> anyhow::Result<()> {
    for decider in deciders(store, owner).await? {
        let text = i18n::approval_withdrawn_to_supervisor(
            decider.lang,
            &messages::esc(&owner.nama),
            &messages::esc(&owner.nip),
            &version.to_string(),
        );
        say(bot, ChatId(decider.chat_id), text).await?;
    }
    Ok(())
}

/// Sends a submitted version to whoever decides it. Returns whether anyone could be
/// reached (the supervisor, or at least one HR admin, has registered).
pub async fn notify_submission(
    bot: &TgBot,
    store: &Store,
    owner: &Person,
    plan_id: i64,
    version: i64,
) -> anyhow::Result<bool> {
    let deciders = deciders(store, owner).await?;
    if deciders.is_empty() {
        return Ok(false);
    }
    let plan = store
        .plan(plan_id)
        .await?
        .ok_or(crate::store::StoreError::NotFound)?;
    let current = store
        .plan_version(plan_id, version)
        .await?
        .ok_or(crate::store::StoreError::NotFound)?;
    let changes = store
        .last_decided_before(plan_id, version)
        .await?
        .map(|seen| diff(&seen.content, &current.content));
    for decider in deciders {
        let lang = decider.lang;
        let text = crate::bot::approval::views::approval_request(
            lang,
            owner,
            plan.year,
            version,
            &current.content,
            changes.as_deref(),
        );
        let chat = decider.chat_id;
        let keyboard = decision_keyboard(lang, plan_id, version);
        if let Err(e) = say_with(bot, ChatId(chat), text, keyboard).await {
            tracing::warn!(chat, plan = plan_id, error = %e, "could not notify the approver");
        }
    }
    Ok(true)
}

fn decision_keyboard(lang: Lang, plan_id: i64, version: i64) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(vec![
        vec![
            InlineKeyboardButton::callback(
                i18n::approval_button_approve(lang),
                Action::Approve(plan_id, version).encode(),
            ),
            InlineKeyboardButton::callback(
                i18n::approval_button_return(lang),
                Action::Return(plan_id, version).encode(),
            ),
        ],
        vec![InlineKeyboardButton::callback(
            i18n::approval_button_detail(lang),
            Action::Detail(plan_id, version, 0).encode(),
        )],
    ])
}

/// `/persetujuan`: what waits for this person, oldest first, paged.
pub async fn show_waiting(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let lang = member.lang;
    let marked = matching::waiting_with_marks(store, member).await?;
    if marked.is_empty() {
        let text = i18n::approval_nothing_waiting(lang);
        say(bot, ChatId(member.chat_id), text).await?;
        return Ok(());
    }
    let lines: Vec<String> = marked
        .iter()
        .enumerate()
        .map(|(i, (w, mark))| crate::bot::approval::views::waiting_line(lang, i + 1, w, mark))
        .collect();
    let split = pages_of_at_most(&lines, PAGE_BUDGET, WAITING_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first: usize = split[..page].iter().map(Vec::len).sum();
    let mut text = crate::bot::approval::views::waiting_header(lang, marked.len());
    text.push_str(&split[page].join("\n"));
    if split.len() > 1 {
        text.push_str(&page_footer(lang, page, split.len()));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = marked[first..first + split[page].len()]
        .iter()
        .enumerate()
        .map(|(i, (w, _))| {
            let short: String = w.nama.chars().take(40).collect();
            vec![InlineKeyboardButton::callback(
                format!("{}. {short}", first + i + 1),
                Action::Detail(w.plan_id, w.version, 0).encode(),
            )]
        })
        .collect();
    let matching = marked.iter().filter(|(_, m)| m.matches()).count();
    if matching > 0 {
        rows.insert(
            0,
            vec![InlineKeyboardButton::callback(
                i18n::approval_button_approve_matching(lang, &matching.to_string()),
                Action::ApproveMatching.encode(),
            )],
        );
    }
    rows.extend(nav_row(lang, page, split.len(), Action::List));
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

async fn show_detail(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    (plan, owner): (&PlanRow, &Person),
    version: i64,
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let lang = member.lang;
    let current = store
        .plan_version(plan.id, version)
        .await?
        .ok_or(crate::store::StoreError::NotFound)?;
    let blocks: Vec<String> = current
        .content
        .rhk
        .iter()
        .enumerate()
        .flat_map(|(i, r)| crate::bot::plan::views::rhk_blocks(lang, i + 1, r, PAGE_BUDGET - 1300))
        .collect();
    let mut changes = String::new();
    if let Some(seen) = store.last_decided_before(plan.id, version).await? {
        changes = crate::bot::approval::views::changes_block(
            lang,
            &diff(&seen.content, &current.content),
        );
    }
    changes.push_str(&crate::bot::approval::views::proposal_block(
        lang,
        &store.against_proposal(plan.id, &current.content).await?,
    ));
    // The first page carries the changes, so it gets less room for the plan itself.
    let split = pages(&blocks, PAGE_BUDGET - changes.chars().count().min(2200));
    let page = page.min(split.len() - 1);
    let mut text = i18n::approval_detail_header(
        lang,
        &plan.year.to_string(),
        &messages::esc(&owner.nama),
        &version.to_string(),
    );
    if page == 0 {
        text.push_str(&changes);
    }
    text.push_str("\n\n");
    text.push_str(&split[page].join("\n\n"));
    if split.len() > 1 {
        text.push_str(&page_footer(lang, page, split.len()));
    }
    let mut rows = decision_keyboard(lang, plan.id, version).inline_keyboard;
    rows.truncate(1);
    rows.extend(nav_row(lang, page, split.len(), |p| {
        Action::Detail(plan.id, version, p)
    }));
    rows.push(vec![InlineKeyboardButton::callback(
        crate::i18n::forms_pdf_button(member.lang),
        Action::Pdf(plan.id, version).encode(),
    )]);
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

async fn expectation_screen(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    owner: &Person,
    plan_id: i64,
    version: i64,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let lang = member.lang;
    let list = store.expectations(plan_id, version).await?;
    let text = crate::bot::approval::views::expectation_screen(lang, owner, version, &list);
    let mut rows: Vec<Vec<InlineKeyboardButton>> = NilaiBerakhlak::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|n| {
                    let mark = if list.iter().any(|(x, _)| x == n) {
                        "✓ "
                    } else {
                        ""
                    };
                    InlineKeyboardButton::callback(
                        format!("{mark}{}", n.label_in(lang)),
                        Action::Expectation(plan_id, version, n.number()).encode(),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(vec![InlineKeyboardButton::callback(
        i18n::approval_button_approve_now(lang),
        Action::ApproveFinal(plan_id, version).encode(),
    )]);
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// Applies a decision and tells both sides; a refusal is said to the presser.
async fn decide(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    plan_id: i64,
    version: i64,
    decision: Decision,
) -> anyhow::Result<Option<String>> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let plan = match store
        .decide_plan(plan_id, version, &member.person.nip, &decision)
        .await
    {
        Ok(plan) => plan,
        Err(PlanStoreError::Decision(e)) => return Ok(Some(e.localize(lang))),
        Err(PlanStoreError::Refused(e)) => return Ok(Some(e.localize(lang))),
        Err(PlanStoreError::Store(crate::store::StoreError::NotFound)) => {
            return Ok(Some(i18n::stale_button(lang)));
        }
        Err(PlanStoreError::Store(e)) => return Err(e.into()),
    };
    let owner = store.person(&plan.nip).await?;
    let owner_member = store.member_by_nip(&plan.nip).await?;
    let by = &member.person.nama;
    let (year, v) = (plan.year.to_string(), version.to_string());
    // The supervisor reads their own language, the owner theirs.
    match &decision {
        Decision::Approve => {
            if let Some(o) = &owner {
                let text =
                    i18n::approval_approved_for_supervisor(lang, &messages::esc(&o.nama), &v);
                say(bot, chat, text).await?;
            }
            notify_owner_approved(bot, store, member, plan_id, version).await?;
        }
        Decision::Return(note) => {
            if let Some(o) = &owner {
                let text =
                    i18n::approval_returned_for_supervisor(lang, &messages::esc(&o.nama), &v);
                say(bot, chat, text).await?;
            }
            if let Some(m) = owner_member {
                let text = i18n::approval_returned_for_staff(
                    m.lang,
                    &year,
                    &v,
                    &messages::esc(by),
                    &messages::esc(note),
                );
                say(bot, ChatId(m.chat_id), text).await?;
            }
        }
    }
    Ok(None)
}

/// Tells the owner of a plan just approved by `member`, in the owner's language, with the
/// supervisor's ekspektasi khusus.
pub(crate) async fn notify_owner_approved(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    plan_id: i64,
    version: i64,
) -> anyhow::Result<()> {
    let Some(plan) = store.plan(plan_id).await? else {
        return Ok(());
    };
    let Some(m) = store.member_by_nip(&plan.nip).await? else {
        return Ok(());
    };
    let expectations = store.expectations(plan_id, version).await?;
    let text = crate::bot::approval::views::approved_for_staff(
        m.lang,
        plan.year,
        version,
        &member.person.nama,
        &expectations,
    );
    say(bot, ChatId(m.chat_id), text).await
}

/// Every `ap:` button. Each decision button is authorised first, against the plan as it
/// is now.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let here = super::pressed_in(q, chat);
    let at = Press {
        bot,
        store,
        member,
        dialogue: &dialogue,
        chat,
        here,
    };
    let (plan_id, version) = match action {
        Action::List(page) => {
            show_waiting(bot, store, member, page as usize, here).await?;
            return Ok(Answer::silent());
        }
        Action::Pdf(plan_id, version) => {
            return send_pdf(bot, store, member, plan_id, version).await;
        }
        Action::ApproveMatching => return matching::ask(bot, store, member, here).await,
        Action::ApproveMatchingConfirm(batch) => {
            return matching::confirm(bot, store, member, here, batch).await;
        }
        Action::Detail(p, v, _)
        | Action::Approve(p, v)
        | Action::ApproveFinal(p, v)
        | Action::Expectation(p, v, _)
        | Action::Return(p, v) => (p, v),
    };
    let (plan, owner) = match authorise(store, member, plan_id, version).await? {
        Ok(found) => found,
        Err(e) => return Ok(Answer::alert(e.localize(member.lang))),
    };
    match action {
        Action::Detail(_, _, page) => at.detail(&plan, &owner, version, page).await,
        Action::Approve(..) => at.expectations(&owner, plan_id, version).await,
        Action::Expectation(_, _, nilai) => {
            at.ask_expectation(&owner, plan_id, version, nilai).await
        }
        Action::ApproveFinal(..) => at.approve(plan_id, version).await,
        Action::Return(..) => at.ask_return_note(&owner, plan_id, version).await,
        Action::List(_)
        | Action::Pdf(..)
        | Action::ApproveMatching
        | Action::ApproveMatchingConfirm(_) => Ok(Answer::silent()),
    }
}

/// One press on a decision button: who, where, and the dialogue of their chat.
struct Press<'a> {
    bot: &'a TgBot,
    store: &'a Store,
    member: &'a Member,
    dialogue: &'a ChatDialogue,
    chat: ChatId,
    here: Option<(ChatId, MessageId)>,
}

impl Press<'_> {
    fn lang(&self) -> Lang {
        self.member.lang
    }

    /// A page of the waiting version; the first opens as a new message under the request.
    async fn detail(
        &self,
        plan: &PlanRow,
        owner: &Person,
        version: i64,
        page: u32,
    ) -> anyhow::Result<Answer> {
        let edit = if page == 0 { None } else { self.here };
        let (bot, store, member) = (self.bot, self.store, self.member);
        show_detail(
            bot,
            store,
            member,
            (plan, owner),
            version,
            page as usize,
            edit,
        )
        .await?;
        Ok(Answer::silent())
    }

    /// Setujui: the ekspektasi khusus to write before approving.
    async fn expectations(
        &self,
        owner: &Person,
        plan_id: i64,
        version: i64,
    ) -> anyhow::Result<Answer> {
        let (bot, store, member) = (self.bot, self.store, self.member);
        expectation_screen(bot, store, member, owner, plan_id, version, None).await?;
        Ok(Answer::silent())
    }

    /// A BerAKHLAK value: its expectation is typed next.
    async fn ask_expectation(
        &self,
        owner: &Person,
        plan_id: i64,
        version: i64,
        nilai: u8,
    ) -> anyhow::Result<Answer> {
        let lang = self.lang();
        let Some(value) = NilaiBerakhlak::from_number(nilai) else {
            return Ok(Answer::alert(i18n::stale_button(lang)));
        };
        self.dialogue
            .update(State::Approval(state::State::ExpectationText {
                plan_id,
                version,
                nilai,
            }))
            .await?;
        let text = i18n::approval_ask_expectation(
            lang,
            &value.label_in(lang),
            &messages::esc(&owner.nama),
        );
        say(self.bot, self.chat, text).await?;
        Ok(Answer::silent())
    }

    /// Approves; the screen keeps its text as a record, with the approved plan's form.
    async fn approve(&self, plan_id: i64, version: i64) -> anyhow::Result<Answer> {
        let (bot, store, member) = (self.bot, self.store, self.member);
        if let Some(refused) =
            decide(bot, store, member, plan_id, version, Decision::Approve).await?
        {
            return Ok(Answer::alert(refused));
        }
        if let Some((c, id)) = self.here {
            let pdf = InlineKeyboardButton::callback(
                crate::i18n::forms_pdf_button(self.lang()),
                Action::Pdf(plan_id, version).encode(),
            );
            bot.post(
                c,
                Out::EditKeyboard {
                    message: id,
                    keyboard: Some(InlineKeyboardMarkup::new(vec![vec![
                        pdf,
                        crate::bot::templates::save_button(self.lang(), plan_id),
                    ]])),
                },
            );
        }
        Ok(Answer::toast(i18n::approval_approved_toast(self.lang())))
    }

    /// Kembalikan: the note is typed next.
    async fn ask_return_note(
        &self,
        owner: &Person,
        plan_id: i64,
        version: i64,
    ) -> anyhow::Result<Answer> {
        self.dialogue
            .update(State::Approval(state::State::ReturnNote {
                plan_id,
                version,
            }))
            .await?;
        let text = i18n::approval_ask_return_note(self.lang(), &messages::esc(&owner.nama));
        say(self.bot, self.chat, text).await?;
        Ok(Answer::silent())
    }
}
