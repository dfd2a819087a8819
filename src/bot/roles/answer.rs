//! The person's side of a proposal: the open ones under their plan in /rencana, the card
//! with **Terima**, **Ubah** and **Tolak**, and the supervisor told of a changed target or
//! a refusal. Only the person the proposal is for may answer it, once.

use teloxide::types::{ChatId, InlineKeyboardButton};

use super::action::Action;
use super::{At, Rows, done, views};
use crate::bot::widgets::button;
use crate::bot::{Answer, HandlerResult, messages, say};
use crate::domain::lang::Lang;
use crate::domain::plan::PlanStatus;
use crate::domain::quantity::Quantity;
use crate::domain::roles::RoleError;
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::roles::{Answer as Reply, Proposal};

/// Open proposals shown under the plan (one button each); more are counted.
const OPEN_SHOWN: usize = 5;

/// The open proposals for the plan view: their block of text and a button each.
pub(crate) async fn open_proposals(
    store: &Store,
    member: &Member,
    year: i64,
) -> anyhow::Result<(String, Rows)> {
    let open = store.open_proposals_of(&member.person.nip, year).await?;
    if open.is_empty() {
        return Ok((String::new(), Vec::new()));
    }
    let lang = member.lang;
    let mut shown = Vec::new();
    for p in open.iter().take(OPEN_SHOWN) {
        shown.push((p, supervisor_name(store, p).await?));
    }
    let text = views::open_block(lang, &shown, open.len().saturating_sub(OPEN_SHOWN));
    let buttons: Vec<InlineKeyboardButton> = shown
        .iter()
        .enumerate()
        .map(|(i, (p, _))| {
            let label = i18n::roles_button_open(lang, &(i + 1).to_string());
            button(label, Action::Open(p.id))
        })
        .collect();
    Ok((text, buttons.chunks(3).map(<[_]>::to_vec).collect()))
}

/// The name of the supervisor who made a proposal (their NIP when the roster lost them).
async fn supervisor_name(store: &Store, p: &Proposal) -> anyhow::Result<String> {
    Ok(store
        .person(&p.supervisor_nip)
        .await?
        .map_or_else(|| p.supervisor_nip.clone(), |s| s.nama))
}

impl At<'_> {
    /// The proposal, if it is the presser's own and still open; otherwise the alert.
    async fn my_open_proposal(&self, id: i64) -> anyhow::Result<Result<Proposal, Answer>> {
        let Some(p) = self.store.proposal(id).await? else {
            return Ok(Err(self.stale()));
        };
        if p.nip != self.nip() {
            tracing::warn!(
                user = self.member.telegram_user_id,
                proposal = id,
                "button on someone else's proposal"
            );
            return Ok(Err(self.alert(RoleError::NotYours)));
        }
        if !p.status.open() {
            return Ok(Err(self.alert(RoleError::AlreadyAnswered)));
        }
        Ok(Ok(p))
    }

    /// The person's plan of the proposal's year, as it stands.
    async fn plan_status(&self, p: &Proposal) -> anyhow::Result<Option<PlanStatus>> {
        Ok(self
            .store
            .plan_of(self.nip(), p.year)
            .await?
            .map(|plan| plan.status))
    }

    /// A proposal's card, with Terima, Ubah, Tolak.
    pub(super) async fn open(&self, id: i64) -> anyhow::Result<Answer> {
        let p = match self.my_open_proposal(id).await? {
            Ok(p) => p,
            Err(answer) => return Ok(answer),
        };
        self.leave_typing().await?;
        let lang = self.lang();
        let atasan = supervisor_name(self.store, &p).await?;
        let approved = self.plan_status(&p).await? == Some(PlanStatus::Approved);
        let text = views::proposal(&p, &atasan, approved).render(lang);
        let mut rows: Rows = views::proposal_buttons(p.id)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|(label, action)| button(label.render(lang), action))
                    .collect()
            })
            .collect();
        rows.push(self.plan_row());
        self.show(text, rows).await?;
        done()
    }

    /// Terima: the RHK goes into the working copy, and the plan is shown.
    pub(super) async fn accept(&self, id: i64) -> anyhow::Result<Answer> {
        let p = match self.my_open_proposal(id).await? {
            Ok(p) => p,
            Err(answer) => return Ok(answer),
        };
        let opens_change = self.plan_status(&p).await? == Some(PlanStatus::Approved);
        let answered = self
            .store
            .answer_proposal(id, self.nip(), &Reply::Accept)
            .await;
        let p = match answered {
            Ok(p) => p,
            Err(e) => return self.refused(e),
        };
        self.leave_typing().await?;
        let notice = views::accepted(self.lang(), &p, opens_change);
        self.show_plan(notice).await?;
        done()
    }

    /// Ubah: the target proposed instead is typed next.
    pub(super) async fn ask_change(&self, id: i64) -> anyhow::Result<Answer> {
        let p = match self.my_open_proposal(id).await? {
            Ok(p) => p,
            Err(answer) => return Ok(answer),
        };
        if self.plan_status(&p).await? == Some(PlanStatus::Submitted) {
            return Ok(self.alert(RoleError::PlanWaiting));
        }
        self.expect(super::state::State::ProposalTarget { proposal_id: id })
            .await?;
        let text = ask_change_text(self.lang(), &p);
        self.show(text, vec![self.back_to_card(id)]).await?;
        done()
    }

    /// Tolak: the note is typed next.
    pub(super) async fn ask_decline(&self, id: i64) -> anyhow::Result<Answer> {
        let p = match self.my_open_proposal(id).await? {
            Ok(p) => p,
            Err(answer) => return Ok(answer),
        };
        self.expect(super::state::State::ProposalNote { proposal_id: id })
            .await?;
        let text = i18n::roles_ask_decline(self.lang(), &messages::esc(&p.rhk_text));
        self.show(text, vec![self.back_to_card(id)]).await?;
        done()
    }

    /// The target typed after Ubah; a wrong one is explained and asked again.
    pub(super) async fn change_typed(&self, id: i64, typed: &str) -> HandlerResult {
        let target = match Quantity::parse(typed) {
            Ok(target) => target,
            Err(e) => {
                let Some(p) = self.store.proposal(id).await? else {
                    self.dialogue.exit().await?;
                    return say(self.bot, self.chat, i18n::stale_button(self.lang())).await;
                };
                let lang = self.lang();
                let error = messages::esc(&e.localize(lang));
                let text = format!("{error}\n\n{}", ask_change_text(lang, &p));
                return say(self.bot, self.chat, text).await;
            }
        };
        self.answer_typed(id, Reply::Change(target)).await
    }

    /// The note typed after Tolak.
    pub(super) async fn note_typed(&self, id: i64, note: &str) -> HandlerResult {
        self.answer_typed(id, Reply::Decline(note.to_string()))
            .await
    }

    /// Saves a typed answer, tells the supervisor, and shows the plan.
    async fn answer_typed(&self, id: i64, reply: Reply) -> HandlerResult {
        let p = match self.store.answer_proposal(id, self.nip(), &reply).await {
            Ok(p) => p,
            Err(e) => return self.refuse_in_chat(e).await,
        };
        self.dialogue.exit().await?;
        let lang = self.lang();
        let notice = match reply {
            Reply::Decline(_) => {
                self.tell_supervisor(&p, |l| views::told_declined(l, &p))
                    .await?;
                i18n::roles_declined(lang, &messages::esc(&p.rhk_text))
            }
            _ => {
                self.tell_supervisor(&p, |l| views::told_changed(l, &p))
                    .await?;
                views::accepted(lang, &p, false)
            }
        };
        self.show_plan(notice).await
    }

    /// The supervisor who proposed, told in their own language (when registered).
    async fn tell_supervisor(&self, p: &Proposal, text: impl Fn(Lang) -> String) -> HandlerResult {
        if let Some(boss) = self.store.member_by_nip(&p.supervisor_nip).await? {
            say(self.bot, ChatId(boss.chat_id), text(boss.lang)).await?;
        }
        Ok(())
    }

    /// The person's plan under a notice of what just happened.
    async fn show_plan(&self, notice: String) -> anyhow::Result<()> {
        crate::bot::plan::show_plan_with(
            self.bot,
            self.store,
            self.member,
            0,
            Some(notice),
            self.here,
        )
        .await
    }

    /// Batal while typing an answer: back to the proposal's card.
    fn back_to_card(&self, id: i64) -> Vec<InlineKeyboardButton> {
        vec![button(
            i18n::roles_button_cancel(self.lang()),
            Action::Open(id),
        )]
    }
}

/// The question of Ubah, with what was proposed.
fn ask_change_text(lang: Lang, p: &Proposal) -> String {
    i18n::roles_ask_change(
        lang,
        &messages::esc(&p.rhk_text),
        &messages::esc(&p.target.to_string()),
    )
}
