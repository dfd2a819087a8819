//! **Bagi peran**: a supervisor shares out one RHK of their own sent or approved plan
//! among the direct team (the *Matriks Pembagian Peran dan Hasil*), and each person answers
//! the proposal they receive: **Terima**, **Ubah** (another target) or **Tolak** (with a
//! note). The supervisor writes a draft share step by step (people, kind, role, indicator,
//! aspect, targets), sees a preview and sends it; every step is re-checked against the
//! share as it stands in the database (its supervisor, still a draft), so a stale, second
//! or forged tap changes nothing. A proposal never edits anyone's plan on its own: only the
//! person's own answer does (`answer.rs`).

pub mod action;
mod answer;
pub mod state;
pub mod views;

use std::collections::{HashMap, HashSet};

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::NipKey;
use super::dialogue::{ChatDialogue, State};
use super::paging::{PAGE_BUDGET, pages, pages_of_at_most};
use super::plan::views::MAX_PLAN_TEXT;
use super::widgets::{button, nav_row, page_footer};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, messages, say, show};
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::plan::{Aspek, PlanStatus, Rhk};
use crate::domain::roles::{RoleError, ShareKind, ShareStatus, Split, may_share_out, targets};
use crate::i18n::{self, Label, Localize};
use crate::store::bindings::Member;
use crate::store::roles::{RoleStoreError, Share, ShareField};
use crate::store::{Store, StoreError};

/// Team members per page of the picker (one button each).
const TEAM_PER_PAGE: usize = 10;
/// People per page of the preview.
const PREVIEW_PER_PAGE: usize = 40;
/// The supervisor's indicators offered as the role's indicator, at most.
const PARENT_INDICATORS: usize = 4;
/// Typed targets, one line per person: longer than a plan's text, within a message.
const MAX_TARGETS_TEXT: usize = 4000;

pub(crate) use answer::open_proposals;

type Here = Option<(ChatId, MessageId)>;
type Rows = Vec<Vec<InlineKeyboardButton>>;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(|state| matches!(state, State::Roles(_)), message)
}

/// **Bagi peran** under an RHK of one's own plan, when it may be shared out now.
pub(crate) fn share_row(
    lang: Lang,
    person: &Person,
    status: PlanStatus,
    rhk_id: i64,
) -> Option<Vec<InlineKeyboardButton>> {
    may_share_out(status, person.bawahan).then(|| {
        vec![button(
            i18n::roles_button_share(lang),
            Action::Start(rhk_id),
        )]
    })
}

/// Who acts, in which chat, with that chat's dialogue; `here` is the message a pressed
/// button sits on, which the answer replaces. Typed text is answered with new messages.
struct At<'a> {
    bot: &'a TgBot,
    store: &'a Store,
    member: &'a Member,
    dialogue: &'a ChatDialogue,
    chat: ChatId,
    here: Here,
}

async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    use state::State as Step;
    let State::Roles(step) = state else {
        return Ok(());
    };
    let at = At {
        bot: &bot,
        store: &store,
        member: &member,
        dialogue: &dialogue,
        chat: msg.chat.id,
        here: None,
    };
    let limit = match step {
        Step::RoleTargets { .. } => MAX_TARGETS_TEXT,
        _ => MAX_PLAN_TEXT,
    };
    let typed = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= limit);
    let Some(text) = typed else {
        let expected = i18n::plan_text_expected(at.lang(), &limit.to_string());
        return say(at.bot, at.chat, expected).await;
    };
    match step {
        Step::RoleText { share_id } => at.role_typed(share_id, text).await,
        Step::RoleIndicatorText { share_id } => at.indicator_typed(share_id, text).await,
        Step::RoleTargets { share_id, split } => at.targets_typed(share_id, split, text).await,
        Step::ProposalTarget { proposal_id } => at.change_typed(proposal_id, text).await,
        Step::ProposalNote { proposal_id } => at.note_typed(proposal_id, text).await,
    }
}

/// Every `pr:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let at = At {
        bot,
        store,
        member,
        dialogue: &dialogue,
        chat,
        here: super::pressed_in(q, chat),
    };
    match action {
        Action::Start(rhk_id) => at.start(rhk_id).await,
        Action::Pick(share, page) => at.pick(share, page as usize).await,
        Action::Toggle(share, nip, page) => at.toggle(share, nip, page as usize).await,
        Action::All(share, all) => at.choose_all(share, all).await,
        Action::Next(share) => at.ask_kind(share).await,
        Action::Kind(share, kind) => at.kind_chosen(share, kind).await,
        Action::SameRhk(share) => at.same_rhk(share).await,
        Action::ParentIndicator(share, i) => at.parent_indicator(share, i as usize).await,
        Action::Aspek(share, aspek) => at.aspek_chosen(share, aspek).await,
        Action::Split(share, split) => at.split_chosen(share, split).await,
        Action::Preview(share, page) => at.preview_page(share, page as usize).await,
        Action::Send(share) => at.send(share).await,
        Action::Cancel(share) => at.cancel(share).await,
        Action::Open(id) => at.open(id).await,
        Action::Accept(id) => at.accept(id).await,
        Action::Change(id) => at.ask_change(id).await,
        Action::Decline(id) => at.ask_decline(id).await,
    }
}

/// What a handler answers when all went well.
fn done() -> anyhow::Result<Answer> {
    Ok(Answer::silent())
}

/// Shared by both sides: who acts, how refusals read, where views go.
impl At<'_> {
    fn lang(&self) -> Lang {
        self.member.lang
    }

    fn nip(&self) -> &str {
        &self.member.person.nip
    }

    async fn show(&self, text: String, rows: Rows) -> anyhow::Result<()> {
        show(
            self.bot,
            self.chat,
            self.here,
            text,
            InlineKeyboardMarkup::new(rows),
        )
        .await
    }

    fn alert(&self, e: RoleError) -> Answer {
        Answer::alert(e.localize(self.lang()))
    }

    fn stale(&self) -> Answer {
        Answer::alert(i18n::stale_button(self.lang()))
    }

    /// A refusal from the store, as an alert.
    fn refused(&self, e: RoleStoreError) -> anyhow::Result<Answer> {
        match e {
            RoleStoreError::Refused(reason) => Ok(self.alert(reason)),
            RoleStoreError::Plan(reason) => Ok(Answer::alert(reason.localize(self.lang()))),
            RoleStoreError::Store(StoreError::NotFound) => Ok(self.stale()),
            RoleStoreError::Store(e) => Err(e.into()),
        }
    }

    /// A refusal while typing: the reason, and the dialogue ends (the thing moved on).
    async fn refuse_in_chat(&self, e: RoleStoreError) -> HandlerResult {
        let reason = match e {
            RoleStoreError::Refused(reason) => reason.localize(self.lang()),
            RoleStoreError::Plan(reason) => reason.localize(self.lang()),
            RoleStoreError::Store(StoreError::NotFound) => i18n::stale_button(self.lang()),
            RoleStoreError::Store(e) => return Err(e.into()),
        };
        self.dialogue.exit().await?;
        say(self.bot, self.chat, messages::esc(&reason)).await
    }

    /// Ends a typing step of this conversation, if one is open.
    async fn leave_typing(&self) -> anyhow::Result<()> {
        if matches!(self.dialogue.get().await?, Some(State::Roles(_))) {
            self.dialogue.exit().await?;
        }
        Ok(())
    }

    async fn expect(&self, step: state::State) -> anyhow::Result<()> {
        self.dialogue.update(State::Roles(step)).await?;
        Ok(())
    }

    /// The Batal row of a share.
    fn cancel_row(&self, share_id: i64) -> Vec<InlineKeyboardButton> {
        vec![button(
            i18n::roles_button_cancel(self.lang()),
            Action::Cancel(share_id),
        )]
    }

    /// Back to one's plan.
    fn plan_row(&self) -> Vec<InlineKeyboardButton> {
        vec![button(
            i18n::plan_button_back_to_plan(self.lang()),
            super::plan::action::Action::Page(0),
        )]
    }
}

/// The supervisor's steps, one method per button and per typed answer.
impl At<'_> {
    /// The share, if it is the presser's own and still a draft; otherwise the alert.
    async fn own_draft(&self, share_id: i64) -> anyhow::Result<Result<Share, Answer>> {
        let Some(share) = self.store.share(share_id).await? else {
            return Ok(Err(self.stale()));
        };
        if share.supervisor_nip != self.nip() {
            tracing::warn!(
                user = self.member.telegram_user_id,
                share = share_id,
                "button on someone else's share"
            );
            return Ok(Err(self.alert(RoleError::NotYourRhk)));
        }
        if share.status != ShareStatus::Draft {
            return Ok(Err(self.alert(RoleError::ShareClosed)));
        }
        Ok(Ok(share))
    }

    /// The supervisor's RHK being shared out, as it stands in their working copy.
    async fn parent_rhk(&self, share: &Share) -> anyhow::Result<Option<Rhk>> {
        let Some(plan) = self.store.plan_of_rhk(share.parent_rhk_id).await? else {
            return Ok(None);
        };
        let content = self.store.working_content(plan.id).await?;
        Ok(content
            .rhk
            .into_iter()
            .find(|r| r.id == share.parent_rhk_id))
    }

    async fn parent_text(&self, share: &Share) -> anyhow::Result<String> {
        Ok(self
            .parent_rhk(share)
            .await?
            .map(|r| r.text)
            .unwrap_or_default())
    }

    /// Bagi peran: a new draft share of the RHK, and the team to pick from.
    async fn start(&self, rhk_id: i64) -> anyhow::Result<Answer> {
        let share_id = match self.store.start_share(self.nip(), rhk_id).await {
            Ok(id) => id,
            Err(e) => return self.refused(e),
        };
        self.leave_typing().await?;
        let share = self
            .store
            .share(share_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        self.picker(&share, 0).await?;
        done()
    }

    async fn pick(&self, share_id: i64, page: usize) -> anyhow::Result<Answer> {
        match self.own_draft(share_id).await? {
            Ok(share) => self.picker(&share, page).await?,
            Err(answer) => return Ok(answer),
        }
        done()
    }

    /// A page of the direct team, each ticked or not, with Pilih semua, Lanjut and Batal.
    async fn picker(&self, share: &Share, page: usize) -> anyhow::Result<()> {
        let lang = self.lang();
        let team = self.store.team(self.nip()).await?;
        let chosen: HashSet<&str> = share.members.iter().map(|m| m.nip.as_str()).collect();
        let count = team.len().div_ceil(TEAM_PER_PAGE).max(1);
        let page = page.min(count - 1);
        let mut rows: Rows = team
            .iter()
            .skip(page * TEAM_PER_PAGE)
            .take(TEAM_PER_PAGE)
            .filter_map(|m| {
                let key = NipKey::new(&m.nip)?;
                let mark = if chosen.contains(m.nip.as_str()) {
                    "✓"
                } else {
                    "☐"
                };
                let toggle = Action::Toggle(share.id, key, page as u32);
                Some(vec![button(format!("{mark} {}", m.nama), toggle)])
            })
            .collect();
        rows.push(vec![
            button(i18n::roles_button_all(lang), Action::All(share.id, true)),
            button(i18n::roles_button_none(lang), Action::All(share.id, false)),
        ]);
        rows.extend(nav_row(lang, page, count, |p| Action::Pick(share.id, p)));
        let n = share.members.len().to_string();
        rows.push(vec![
            button(i18n::roles_button_next(lang, &n), Action::Next(share.id)),
            button(i18n::roles_button_cancel(lang), Action::Cancel(share.id)),
        ]);
        let parent = self.parent_text(share).await?;
        let mut text = views::pick_title(lang, &parent, share.members.len(), team.len());
        if count > 1 {
            text.push_str(&page_footer(lang, page, count));
        }
        self.show(text, rows).await
    }

    /// ☐ / ✓ on one person: re-checked (the share, the person in the team), then redrawn.
    async fn toggle(&self, share_id: i64, nip: NipKey, page: usize) -> anyhow::Result<Answer> {
        if let Err(answer) = self.own_draft(share_id).await? {
            return Ok(answer);
        }
        let toggled = self
            .store
            .toggle_share_member(share_id, self.nip(), nip.as_str())
            .await;
        if let Err(e) = toggled {
            return self.refused(e);
        }
        self.pick(share_id, page).await
    }

    async fn choose_all(&self, share_id: i64, all: bool) -> anyhow::Result<Answer> {
        if let Err(answer) = self.own_draft(share_id).await? {
            return Ok(answer);
        }
        if let Err(e) = self
            .store
            .choose_whole_team(share_id, self.nip(), all)
            .await
        {
            return self.refused(e);
        }
        self.pick(share_id, 0).await
    }

    /// Lanjut: Langsung or Tidak langsung, each explained in a line.
    async fn ask_kind(&self, share_id: i64) -> anyhow::Result<Answer> {
        let share = match self.own_draft(share_id).await? {
            Ok(share) => share,
            Err(answer) => return Ok(answer),
        };
        if share.members.is_empty() {
            return Ok(self.alert(RoleError::NobodyChosen));
        }
        let lang = self.lang();
        let parent = self.parent_text(&share).await?;
        let n = share.members.len().to_string();
        let text = i18n::roles_ask_kind(lang, &messages::esc(&parent), &n);
        let kinds = ShareKind::ALL
            .into_iter()
            .map(|k| button(views::kind_label(lang, k), Action::Kind(share_id, k)))
            .collect();
        self.show(text, vec![kinds, self.cancel_row(share_id)])
            .await?;
        done()
    }

    /// The kind is saved; the role is asked (for direct cascading, the RHK's text offered).
    async fn kind_chosen(&self, share_id: i64, kind: ShareKind) -> anyhow::Result<Answer> {
        let share = match self.own_draft(share_id).await? {
            Ok(share) => share,
            Err(answer) => return Ok(answer),
        };
        if share.members.is_empty() {
            return Ok(self.alert(RoleError::NobodyChosen));
        }
        let field = ShareField::Kind(kind);
        if let Err(e) = self
            .store
            .set_share_field(share_id, self.nip(), field)
            .await
        {
            return self.refused(e);
        }
        let lang = self.lang();
        let mut text = i18n::roles_ask_role(lang, &views::kind_label(lang, kind));
        let mut rows = Vec::new();
        if kind == ShareKind::Direct {
            let parent = self.parent_text(&share).await?;
            text.push_str("\n\n");
            text.push_str(&i18n::roles_ask_role_direct(lang, &messages::esc(&parent)));
            let same = Action::SameRhk(share_id);
            rows.push(vec![button(i18n::roles_button_same_rhk(lang), same)]);
        }
        rows.push(self.cancel_row(share_id));
        self.expect(state::State::RoleText { share_id }).await?;
        self.show(text, rows).await?;
        done()
    }

    /// The role typed.
    async fn role_typed(&self, share_id: i64, text: &str) -> HandlerResult {
        let field = ShareField::RhkText(text.to_string());
        match self
            .store
            .set_share_field(share_id, self.nip(), field)
            .await
        {
            Ok(()) => self.ask_indicator(share_id).await,
            Err(e) => self.refuse_in_chat(e).await,
        }
    }

    /// Pakai teks RHK saya: the role is the supervisor's RHK as it is.
    async fn same_rhk(&self, share_id: i64) -> anyhow::Result<Answer> {
        let share = match self.own_draft(share_id).await? {
            Ok(share) => share,
            Err(answer) => return Ok(answer),
        };
        let Some(parent) = self.parent_rhk(&share).await? else {
            return Ok(self.stale());
        };
        let field = ShareField::RhkText(parent.text);
        if let Err(e) = self
            .store
            .set_share_field(share_id, self.nip(), field)
            .await
        {
            return self.refused(e);
        }
        self.ask_indicator(share_id).await?;
        done()
    }

    /// The role's indicator, typed; for direct cascading the supervisor's own are offered.
    async fn ask_indicator(&self, share_id: i64) -> anyhow::Result<()> {
        let Some(share) = self.store.share(share_id).await? else {
            return Ok(());
        };
        let lang = self.lang();
        let role = share.rhk_text.as_deref().unwrap_or_default();
        let mut text = i18n::roles_ask_indicator(lang, &messages::esc(role));
        let mut rows = Vec::new();
        let offered = match (share.kind, self.parent_rhk(&share).await?) {
            (Some(ShareKind::Direct), Some(parent)) => parent.indikator,
            _ => Vec::new(),
        };
        if !offered.is_empty() {
            text.push_str("\n\n");
            text.push_str(&i18n::roles_ask_indicator_choose(lang));
        }
        for (i, indicator) in offered.iter().take(PARENT_INDICATORS).enumerate() {
            let take = Action::ParentIndicator(share_id, i as u32);
            rows.push(vec![button(views::short(&indicator.text, 60), take)]);
        }
        rows.push(self.cancel_row(share_id));
        self.expect(state::State::RoleIndicatorText { share_id })
            .await?;
        self.show(text, rows).await
    }

    async fn indicator_typed(&self, share_id: i64, text: &str) -> HandlerResult {
        let field = ShareField::IndicatorText(text.to_string());
        match self
            .store
            .set_share_field(share_id, self.nip(), field)
            .await
        {
            Ok(()) => self.ask_aspek(share_id).await,
            Err(e) => self.refuse_in_chat(e).await,
        }
    }

    /// One of the supervisor's indicators, by its place in their RHK.
    async fn parent_indicator(&self, share_id: i64, i: usize) -> anyhow::Result<Answer> {
        let share = match self.own_draft(share_id).await? {
            Ok(share) => share,
            Err(answer) => return Ok(answer),
        };
        let indicator = self
            .parent_rhk(&share)
            .await?
            .and_then(|r| r.indikator.into_iter().take(PARENT_INDICATORS).nth(i));
        let Some(indicator) = indicator else {
            return Ok(self.stale());
        };
        let field = ShareField::IndicatorText(indicator.text);
        if let Err(e) = self
            .store
            .set_share_field(share_id, self.nip(), field)
            .await
        {
            return self.refused(e);
        }
        self.ask_aspek(share_id).await?;
        done()
    }

    /// The aspect, as buttons (its direction is the aspect's usual one).
    async fn ask_aspek(&self, share_id: i64) -> anyhow::Result<()> {
        self.leave_typing().await?;
        let Some(share) = self.store.share(share_id).await? else {
            return Ok(());
        };
        let lang = self.lang();
        let indicator = share.indicator_text.as_deref().unwrap_or_default();
        let text = i18n::roles_ask_aspek(lang, &messages::esc(indicator));
        let mut rows: Rows = Aspek::ALL
            .chunks(2)
            .map(|row| {
                row.iter()
                    .map(|a| button(a.label_in(lang), Action::Aspek(share_id, *a)))
                    .collect()
            })
            .collect();
        rows.push(self.cancel_row(share_id));
        self.show(text, rows).await
    }

    /// The aspect is saved; how the targets are given is asked.
    async fn aspek_chosen(&self, share_id: i64, aspek: Aspek) -> anyhow::Result<Answer> {
        let share = match self.own_draft(share_id).await? {
            Ok(share) => share,
            Err(answer) => return Ok(answer),
        };
        let (Some(kind), Some(_)) = (share.kind, &share.indicator_text) else {
            return Ok(self.stale());
        };
        let field = ShareField::Aspek(aspek);
        if let Err(e) = self
            .store
            .set_share_field(share_id, self.nip(), field)
            .await
        {
            return self.refused(e);
        }
        let lang = self.lang();
        let mut rows: Rows = kind
            .splits()
            .iter()
            .map(|s| {
                vec![button(
                    views::split_label(lang, *s),
                    Action::Split(share_id, *s),
                )]
            })
            .collect();
        rows.push(self.cancel_row(share_id));
        let n = share.members.len().to_string();
        self.show(i18n::roles_ask_split(lang, &n), rows).await?;
        done()
    }

    /// The split is chosen: the targets are typed next (per person, under the list).
    async fn split_chosen(&self, share_id: i64, split: Split) -> anyhow::Result<Answer> {
        let share = match self.own_draft(share_id).await? {
            Ok(share) => share,
            Err(answer) => return Ok(answer),
        };
        let allowed = share.kind.is_some_and(|k| k.splits().contains(&split));
        if !allowed || share.aspek.is_none() || share.members.is_empty() {
            return Ok(self.stale());
        }
        let lang = self.lang();
        let question = views::ask_targets(lang, split, share.members.len());
        let rows = vec![self.cancel_row(share_id)];
        self.expect(state::State::RoleTargets { share_id, split })
            .await?;
        if split != Split::PerPerson {
            self.show(question, rows).await?;
            return done();
        }
        let budget = PAGE_BUDGET - question.chars().count();
        let mut list = pages(&views::numbered_names(&share), budget);
        let last = list.pop().unwrap_or_default();
        for page in list {
            say(self.bot, self.chat, page.join("\n")).await?;
        }
        self.show(format!("{}\n\n{question}", last.join("\n")), rows)
            .await?;
        done()
    }

    /// The targets typed: each person's saved, then the preview; a wrong line is named
    /// and the step stays.
    async fn targets_typed(&self, share_id: i64, split: Split, typed: &str) -> HandlerResult {
        let Some(share) = self.store.share(share_id).await? else {
            self.dialogue.exit().await?;
            return say(self.bot, self.chat, i18n::stale_button(self.lang())).await;
        };
        let lang = self.lang();
        let people = share.members.len();
        let parts = match targets(split, typed, people) {
            Ok(parts) => parts,
            Err(e) => {
                let question = views::ask_targets(lang, split, people);
                let text = format!("{}\n\n{question}", views::targets_error(lang, &e));
                let keyboard = InlineKeyboardMarkup::new(vec![self.cancel_row(share_id)]);
                return super::say_with(self.bot, self.chat, text, keyboard).await;
            }
        };
        let pairs: Vec<_> = share
            .members
            .iter()
            .map(|m| m.nip.clone())
            .zip(parts)
            .collect();
        let saved = self
            .store
            .set_share_targets(share_id, self.nip(), split, &pairs)
            .await;
        if let Err(e) = saved {
            return self.refuse_in_chat(e).await;
        }
        self.dialogue.exit().await?;
        self.preview(share_id, 0).await
    }

    async fn preview_page(&self, share_id: i64, page: usize) -> anyhow::Result<Answer> {
        if let Err(answer) = self.own_draft(share_id).await? {
            return Ok(answer);
        }
        self.preview(share_id, page).await?;
        done()
    }

    /// The preview: the supervisor's RHK, the kind, the role and each person's target,
    /// paged, with Kirim usulan and Batal.
    async fn preview(&self, share_id: i64, page: usize) -> anyhow::Result<()> {
        let Some(share) = self.store.share(share_id).await? else {
            return Ok(());
        };
        let lang = self.lang();
        let parent = self.parent_text(&share).await?;
        let head = views::preview_head(lang, &share, &parent);
        let budget = PAGE_BUDGET.saturating_sub(head.chars().count()).max(500);
        let mut split = pages_of_at_most(&views::preview_lines(&share), budget, PREVIEW_PER_PAGE);
        let count = split.len();
        let page = page.min(count - 1);
        let mut text = format!("{head}\n{}", split.swap_remove(page).join("\n"));
        if count > 1 {
            text.push_str(&page_footer(lang, page, count));
        }
        let mut rows: Rows = nav_row(lang, page, count, |p| Action::Preview(share_id, p))
            .into_iter()
            .collect();
        let n = share.members.len().to_string();
        rows.push(vec![
            button(i18n::roles_button_send(lang, &n), Action::Send(share_id)),
            button(i18n::roles_button_cancel(lang), Action::Cancel(share_id)),
        ]);
        self.show(text, rows).await
    }

    /// Kirim usulan: one proposal per person, each registered one told (in their language,
    /// when the notice is sent), in one transaction.
    async fn send(&self, share_id: i64) -> anyhow::Result<Answer> {
        let share = match self.own_draft(share_id).await? {
            Ok(share) => share,
            Err(answer) => return Ok(answer),
        };
        let mut approved = HashSet::new();
        for m in &share.members {
            let plan = self.store.plan_of(&m.nip, share.year).await?;
            if plan.is_some_and(|p| p.status == PlanStatus::Approved) {
                approved.insert(m.nip.clone());
            }
        }
        let atasan = self.member.person.nama.clone();
        let notice = |p: &crate::store::roles::Proposal| {
            let text = views::proposal(p, &atasan, approved.contains(&p.nip));
            super::notice(text, views::proposal_buttons(p.id))
        };
        let sent = match self.store.send_share(share_id, self.nip(), notice).await {
            Ok(sent) => sent,
            Err(e) => return self.refused(e),
        };
        self.leave_typing().await?;
        let registered: HashMap<String, bool> = self
            .store
            .team(self.nip())
            .await?
            .into_iter()
            .map(|m| (m.nip, m.registered))
            .collect();
        let unregistered = sent
            .iter()
            .filter(|p| !registered.get(&p.nip).copied().unwrap_or(false))
            .count();
        let text = views::sent(self.lang(), sent.len(), unregistered);
        self.show(text, vec![self.plan_row()]).await?;
        done()
    }

    /// Batal: the draft share is abandoned.
    async fn cancel(&self, share_id: i64) -> anyhow::Result<Answer> {
        if let Err(e) = self.store.cancel_share(share_id, self.nip()).await {
            return self.refused(e);
        }
        self.leave_typing().await?;
        let text = i18n::roles_cancelled(self.lang());
        self.show(text, vec![self.plan_row()]).await?;
        done()
    }
}
