//! The texts of sharing out an RHK and of a proposal, composed from keyed pieces of the
//! `roles` catalogue. What people wrote (names, RHK, indicators, notes) is escaped here.

use crate::bot::messages::esc;
use crate::domain::lang::Lang;
use crate::domain::roles::{ShareKind, Split, TargetsError};
use crate::domain::text::Msg;
use crate::i18n::{self, Label, Localize, msg};
use crate::store::roles::{Proposal, Share};

use super::action::Action;

/// A kind's name, to be rendered in its reader's language.
pub fn kind_msg(kind: ShareKind) -> Msg {
    match kind {
        ShareKind::Direct => msg::roles_kind_direct(),
        ShareKind::Indirect => msg::roles_kind_indirect(),
    }
}

/// A kind's name in `lang`.
pub fn kind_label(lang: Lang, kind: ShareKind) -> String {
    kind_msg(kind).render(lang)
}

/// A split's button label.
pub fn split_label(lang: Lang, split: Split) -> String {
    match split {
        Split::Even => i18n::roles_split_even(lang),
        Split::Same => i18n::roles_split_same(lang),
        Split::PerPerson => i18n::roles_split_per_person(lang),
    }
}

/// The first `max` characters of a text, with … when cut (for buttons and list lines).
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// The member picker's heading.
pub fn pick_title(lang: Lang, rhk: &str, chosen: usize, total: usize) -> String {
    i18n::roles_pick_title(lang, &esc(rhk), &chosen.to_string(), &total.to_string())
}

/// The question of what each person's target is, for `split` among `n` people.
pub fn ask_targets(lang: Lang, split: Split, n: usize) -> String {
    let n = n.to_string();
    match split {
        Split::Even => i18n::roles_ask_total(lang, &n),
        Split::Same => i18n::roles_ask_same(lang, &n),
        Split::PerPerson => i18n::roles_ask_per_person(lang, &n),
    }
}

/// The numbered names of the people chosen, in the order their targets are typed.
pub fn numbered_names(share: &Share) -> Vec<String> {
    share
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| format!("{}. {}", i + 1, esc(&m.nama)))
        .collect()
}

/// Why the typed targets were not taken.
pub fn targets_error(lang: Lang, e: &TargetsError) -> String {
    match e {
        TargetsError::Count { expected, got } => {
            i18n::roles_targets_count(lang, &expected.to_string(), &got.to_string())
        }
        TargetsError::Line { line, error } => {
            i18n::roles_targets_line(lang, &line.to_string(), &esc(&error.localize(lang)))
        }
        TargetsError::Target(error) => esc(&error.localize(lang)),
    }
}

/// The preview's heading: the supervisor's RHK and what each person is proposed.
pub fn preview_head(lang: Lang, share: &Share, parent: &str) -> String {
    let or_dash = |t: &Option<String>| esc(t.as_deref().unwrap_or("—"));
    i18n::roles_preview(
        lang,
        &esc(parent),
        &share.kind.map(|k| kind_label(lang, k)).unwrap_or_default(),
        &or_dash(&share.rhk_text),
        &or_dash(&share.indicator_text),
        &share.aspek.map(|a| a.label_in(lang)).unwrap_or_default(),
        &share.members.len().to_string(),
    )
}

/// One line per person of the preview: number, name, target.
pub fn preview_lines(share: &Share) -> Vec<String> {
    share
        .members
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let target = m.target.as_ref().map_or("—".to_string(), |t| t.to_string());
            format!("{}. {} — <b>{}</b>", i + 1, esc(&m.nama), esc(&target))
        })
        .collect()
}

/// What was sent, and who will only see it once registered.
pub fn sent(lang: Lang, n: usize, unregistered: usize) -> String {
    let mut text = i18n::roles_sent(lang, &n.to_string());
    if unregistered > 0 {
        text.push('\n');
        text.push_str(&i18n::roles_sent_unregistered(
            lang,
            &unregistered.to_string(),
        ));
    }
    text
}

/// A proposal as its person reads it (the notice and the card): who proposes what for
/// which year, the supervisor's RHK it intervenes, and what accepting does to their plan.
pub fn proposal(p: &Proposal, atasan: &str, approved: bool) -> Msg {
    let after = if approved {
        msg::roles_proposal_approved()
    } else {
        msg::roles_proposal_draft()
    };
    msg::roles_proposal(esc(atasan), p.year.to_string())
        .then("\n\n")
        .then(msg::roles_proposal_details(
            esc(&p.parent_text),
            kind_msg(p.kind),
            esc(&p.rhk_text),
            esc(&p.indicator_text),
            esc(&p.target.to_string()),
            p.aspek.label_msg(),
        ))
        .then("\n\n")
        .then(after)
}

/// Terima / Ubah / Tolak under a proposal.
pub fn proposal_buttons(id: i64) -> Vec<Vec<(Msg, Action)>> {
    vec![vec![
        (msg::roles_button_accept(), Action::Accept(id)),
        (msg::roles_button_change(), Action::Change(id)),
        (msg::roles_button_decline(), Action::Decline(id)),
    ]]
}

/// The open proposals' block under the plan, `shown` of them with the supervisor's name.
pub fn open_block(lang: Lang, shown: &[(&Proposal, String)], more: usize) -> String {
    let mut text = format!("\n\n{}", i18n::roles_open_heading(lang));
    for (i, (p, atasan)) in shown.iter().enumerate() {
        text.push('\n');
        text.push_str(&i18n::roles_open_line(
            lang,
            &(i + 1).to_string(),
            &esc(&short(&p.rhk_text, 80)),
            &esc(&p.target.to_string()),
            &esc(atasan),
        ));
    }
    if more > 0 {
        text.push('\n');
        text.push_str(&i18n::roles_open_more(lang, &more.to_string()));
    }
    text
}

/// What the staff member reads on their plan after accepting.
pub fn accepted(lang: Lang, p: &Proposal, opened_change: bool) -> String {
    let mut text = i18n::roles_accepted(lang, &esc(&p.rhk_text));
    if opened_change {
        text.push('\n');
        text.push_str(&i18n::roles_accepted_change(lang));
    }
    text
}

/// What the supervisor is told of a changed target.
pub fn told_changed(lang: Lang, p: &Proposal) -> String {
    i18n::roles_told_changed(
        lang,
        &esc(&p.nama),
        &esc(&p.rhk_text),
        &esc(&p.target.to_string()),
        &esc(&p.target_now().to_string()),
    )
}

/// What the supervisor is told of a declined proposal.
pub fn told_declined(lang: Lang, p: &Proposal) -> String {
    i18n::roles_told_declined(
        lang,
        &esc(&p.nama),
        &esc(&p.rhk_text),
        &esc(p.note.as_deref().unwrap_or("")),
    )
}
