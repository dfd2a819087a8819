//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::messages::*;
use crate::bot::plan::views::*;
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::plan::{Change, NilaiBerakhlak, PlanContent};
use crate::domain::roles::AgainstProposal;
use crate::store::plans::Waiting;

/// A sent version, to whoever decides it: who, how big, and what changed since last time.
pub fn approval_request(
    lang: Lang,
    owner: &Person,
    year: i64,
    version: i64,
    content: &PlanContent,
    changes: Option<&[Change]>,
) -> String {
    let indicators: usize = content.rhk.iter().map(|r| r.indikator.len()).sum();
    let who = crate::i18n::approval_request(
        lang,
        &year.to_string(),
        &esc(&owner.nama),
        &esc(&owner.nip),
        &esc(&owner.jabatan),
    );
    let size = crate::i18n::approval_request_size(
        lang,
        &version.to_string(),
        &content.rhk.len().to_string(),
        &indicators.to_string(),
    );
    let mut text = format!("{who}\n{size}");
    if let Some(changes) = changes {
        text.push_str(&changes_block(lang, changes));
    }
    text.push_str("\n\n");
    text.push_str(&crate::i18n::approval_request_detail_hint(lang));
    text
}

/// What changed since the version the supervisor last saw, at most a screenful.
pub fn changes_block(lang: Lang, changes: &[Change]) -> String {
    if changes.is_empty() {
        return format!("\n\n{}", crate::i18n::approval_no_changes(lang));
    }
    format!(
        "\n\n{}{}",
        crate::i18n::approval_changes_title(lang),
        change_lines(lang, changes)
    )
}

/// The lines of a change list, at most about 2,000 characters, then how many more.
fn change_lines(lang: Lang, changes: &[Change]) -> String {
    let mut out = String::new();
    let mut used = 0;
    for (i, c) in changes.iter().enumerate() {
        let line = match c {
            Change::Added(what) => format!("\n➕ {}", esc(what)),
            Change::Removed(what) => format!("\n➖ {}", esc(what)),
            Change::Changed { what, from, to } => {
                format!("\n✏️ {}: {} → {}", esc(what), esc(from), esc(to))
            }
        };
        used += line.chars().count();
        if used > 2000 {
            out.push('\n');
            out.push_str(&crate::i18n::approval_more_changes(
                lang,
                &(changes.len() - i).to_string(),
            ));
            break;
        }
        out.push_str(&line);
    }
    out
}

/// The head of `/persetujuan`, above the list.
pub fn waiting_header(lang: Lang, count: usize) -> String {
    format!(
        "{}\n",
        crate::i18n::approval_waiting_header(lang, &count.to_string())
    )
}

/// One waiting plan in the list, marked when it was built from proposals.
pub fn waiting_line(lang: Lang, n: usize, w: &Waiting, mark: &AgainstProposal) -> String {
    let line = crate::i18n::approval_waiting_line(
        lang,
        &n.to_string(),
        &esc(&w.nama),
        &w.version.to_string(),
        &when(lang, w.submitted_at),
    );
    match mark {
        AgainstProposal::NotProposed => line,
        AgainstProposal::Matches => {
            format!("{line} · {}", crate::i18n::approval_waiting_matches(lang))
        }
        AgainstProposal::Differs(_) => {
            format!("{line} · {}", crate::i18n::approval_waiting_differs(lang))
        }
    }
}

/// How a version stands against what was proposed for it (nothing when nothing was).
pub fn proposal_block(lang: Lang, against: &AgainstProposal) -> String {
    match against {
        AgainstProposal::NotProposed => String::new(),
        AgainstProposal::Matches => {
            format!("\n\n{}", crate::i18n::approval_proposal_matches(lang))
        }
        AgainstProposal::Differs(changes) => format!(
            "\n\n{}{}",
            crate::i18n::approval_proposal_differs(lang),
            change_lines(lang, changes)
        ),
    }
}

/// Approving: the ekspektasi khusus so far, before the final tap.
pub fn expectation_screen(
    lang: Lang,
    owner: &Person,
    version: i64,
    list: &[(NilaiBerakhlak, String)],
) -> String {
    let mut text =
        crate::i18n::approval_expectation_screen(lang, &esc(&owner.nama), &version.to_string());
    text.push_str(&expectations_block(lang, list));
    text
}

/// To the owner of an approved plan, with the supervisor's ekspektasi khusus.
pub fn approved_for_staff(
    lang: Lang,
    year: i64,
    version: i64,
    by: &str,
    expectations: &[(NilaiBerakhlak, String)],
) -> String {
    format!(
        "{}{}",
        crate::i18n::approval_approved_for_staff(
            lang,
            &year.to_string(),
            &version.to_string(),
            &esc(by)
        ),
        expectations_block(lang, expectations)
    )
}

// Realisation, daily log and evaluation.

/// To the new approver of a waiting plan, after a roster import changed its owner's
/// supervisor (to HR when the owner now has none); rendered in their language when sent.
pub fn plan_moved_to_you(plan: &crate::store::employees::MovedPlan) -> crate::i18n::Msg {
    let (year, nama, nip) = (plan.year.to_string(), esc(&plan.nama), esc(&plan.nip));
    match &plan.to {
        Some(_) => crate::i18n::msg::approval_moved_to_supervisor(year, nama, nip),
        None => crate::i18n::msg::approval_moved_to_hr(year, nama, nip),
    }
}

/// To the supervisor a waiting plan no longer waits for.
pub fn plan_moved_away(plan: &crate::store::employees::MovedPlan) -> crate::i18n::Msg {
    let (year, nama) = (plan.year.to_string(), esc(&plan.nama));
    match &plan.to {
        Some((_, atasan)) => {
            crate::i18n::msg::approval_moved_away_to_supervisor(year, nama, esc(atasan))
        }
        None => crate::i18n::msg::approval_moved_away_to_hr(year, nama),
    }
}
