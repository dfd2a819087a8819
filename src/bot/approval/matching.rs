//! **Setujui semua yang sesuai**: a supervisor whose team sent plans built from the
//! supervisor's own role matrix or from a template approves, with one confirmation, every
//! plan that is exactly what was proposed. The list shown is kept (each plan with the
//! version shown), and the confirmation approves those versions only: a plan sent again,
//! withdrawn or decided between the list and the tap is left out and named. Each approval
//! is still one audited decision per plan, re-checked at the tap.

use teloxide::types::{ChatId, InlineKeyboardMarkup};

use super::action::Action;
use super::{Answer, notify_owner_approved};
use crate::bot::messages::esc;
use crate::bot::widgets::button;
use crate::bot::{TgBot, say, show};
use crate::domain::roles::AgainstProposal;
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::plans::{Decision, PlanStoreError, Waiting};
use crate::telegram::Out;

/// Names in the confirmation before "… and N more": the message stays well within 4096.
const NAMES_BUDGET: usize = 2800;

/// The plans waiting for this person, each with how it stands against what was proposed.
pub async fn waiting_with_marks(
    store: &Store,
    member: &Member,
) -> anyhow::Result<Vec<(Waiting, AgainstProposal)>> {
    let waiting = store
        .waiting_for(&member.person.nip, member.person.is_admin)
        .await?;
    let mut marked = Vec::with_capacity(waiting.len());
    for w in waiting {
        let mark = match store.plan_version(w.plan_id, w.version).await? {
            Some(v) => store.against_proposal(w.plan_id, &v.content).await?,
            None => AgainstProposal::NotProposed,
        };
        marked.push((w, mark));
    }
    Ok(marked)
}

/// The names of a list, numbered, as many as fit, then how many more.
fn names_within(lang: crate::domain::lang::Lang, names: &[String]) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        let line = format!("{}. {}\n", i + 1, esc(name));
        if out.chars().count() + line.chars().count() > NAMES_BUDGET {
            out.push_str(&i18n::approval_matching_more(
                lang,
                &(names.len() - i).to_string(),
            ));
            return out;
        }
        out.push_str(&line);
    }
    out.trim_end().to_string()
}

/// Setujui semua yang sesuai: the plans that match, listed for one confirmation.
pub async fn ask(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    here: Option<(ChatId, teloxide::types::MessageId)>,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    let marked = waiting_with_marks(store, member).await?;
    let matching: Vec<&Waiting> = marked
        .iter()
        .filter(|(_, m)| m.matches())
        .map(|(w, _)| w)
        .collect();
    if matching.is_empty() {
        return Ok(Answer::alert(i18n::approval_matching_none(lang)));
    }
    let plans: Vec<(i64, i64)> = matching.iter().map(|w| (w.plan_id, w.version)).collect();
    let batch = store
        .save_approval_batch(&member.person.nip, &plans)
        .await?;
    let names: Vec<String> = matching.iter().map(|w| w.nama.clone()).collect();
    let others = marked.len() - matching.len();
    let text = i18n::approval_matching_confirm(
        lang,
        &matching.len().to_string(),
        &names_within(lang, &names),
        &others.to_string(),
    );
    let count = matching.len().to_string();
    let keyboard = InlineKeyboardMarkup::new(vec![
        vec![button(
            i18n::approval_button_confirm_matching(lang, &count),
            Action::ApproveMatchingConfirm(batch),
        )],
        vec![button(i18n::approval_button_cancel(lang), Action::List(0))],
    ]);
    show(bot, ChatId(member.chat_id), here, text, keyboard).await?;
    Ok(Answer::silent())
}

/// Ya, setujui: approves each plan of the list shown, as it was shown, one decision each.
pub async fn confirm(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    here: Option<(ChatId, teloxide::types::MessageId)>,
    batch: i64,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    let nip = &member.person.nip;
    let Some(plans) = store.take_approval_batch(batch, nip).await? else {
        return Ok(Answer::alert(i18n::approval_matching_used(lang)));
    };
    if let Some((chat, message)) = here {
        bot.post(
            chat,
            Out::EditKeyboard {
                message,
                keyboard: None,
            },
        );
    }
    let (mut approved, mut skipped) = (Vec::new(), Vec::new());
    for (plan_id, version) in plans {
        let owner = match store.plan(plan_id).await? {
            Some(plan) => store.person(&plan.nip).await?,
            None => None,
        };
        let name = owner.map(|o| o.nama).unwrap_or_default();
        match approve_one(store, nip, plan_id, version).await? {
            Ok(()) => {
                notify_owner_approved(bot, store, member, plan_id, version).await?;
                approved.push(name);
            }
            Err(reason) => skipped.push(format!(
                "• {} — {}",
                esc(&name),
                esc(&reason.localize(lang))
            )),
        }
    }
    let mut text = i18n::approval_matching_done(
        lang,
        &approved.len().to_string(),
        &names_within(lang, &approved),
    );
    if !skipped.is_empty() {
        text.push_str("\n\n");
        text.push_str(&i18n::approval_matching_skipped(lang));
        text.push('\n');
        text.push_str(&skipped.join("\n"));
    }
    say(bot, ChatId(member.chat_id), text).await?;
    Ok(Answer::toast(i18n::approval_matching_toast(
        lang,
        &approved.len().to_string(),
    )))
}

/// Why one plan of the list was not approved.
enum Skipped {
    /// It no longer matches what was proposed (its origins changed).
    NoLongerMatches,
    Refused(PlanStoreError),
}

impl Localize for Skipped {
    fn localize(&self, lang: crate::domain::lang::Lang) -> String {
        match self {
            Skipped::NoLongerMatches => i18n::approval_matching_no_longer(lang),
            Skipped::Refused(PlanStoreError::Decision(e)) => e.localize(lang),
            Skipped::Refused(PlanStoreError::Refused(e)) => e.localize(lang),
            Skipped::Refused(PlanStoreError::Store(_)) => i18n::stale_button(lang),
        }
    }
}

/// One plan of the list: still exactly as proposed, and then decided as any approval is
/// (the presser's authority, the plan waiting, the version the one shown).
async fn approve_one(
    store: &Store,
    nip: &str,
    plan_id: i64,
    version: i64,
) -> anyhow::Result<Result<(), Skipped>> {
    let matches = match store.plan_version(plan_id, version).await? {
        Some(v) => store.against_proposal(plan_id, &v.content).await?.matches(),
        None => false,
    };
    if !matches {
        return Ok(Err(Skipped::NoLongerMatches));
    }
    match store
        .decide_plan(plan_id, version, nip, &Decision::Approve)
        .await
    {
        Ok(_) => Ok(Ok(())),
        Err(PlanStoreError::Store(crate::store::StoreError::NotFound)) => Ok(Err(
            Skipped::Refused(PlanStoreError::Store(crate::store::StoreError::NotFound)),
        )),
        Err(PlanStoreError::Store(e)) => Err(e.into()),
        Err(e) => Ok(Err(Skipped::Refused(e))),
    }
}
