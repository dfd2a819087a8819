//! The texts of this conversation, composed from keyed pieces (the catalogue has the
//! words; see `crate::i18n`). HTML; anything a person or the roster wrote goes through
//! [`esc`].

use crate::bot::messages::*;
use crate::domain::lang::Lang;
use crate::domain::plan::{Arah, Indikator, NilaiBerakhlak, PlanStatus, Rhk};
use crate::i18n::Label;
use crate::store::plans::VersionRow;

/// The plan's status line, as staff and supervisors read it.
pub fn plan_status(
    lang: Lang,
    status: PlanStatus,
    version: i64,
    approved_version: Option<i64>,
    atasan: &str,
    last: Option<&VersionRow>,
) -> String {
    let since = |v: Option<&VersionRow>| v.map(|v| when(lang, v.submitted_at)).unwrap_or_default();
    let decided = |v: Option<&VersionRow>| {
        v.and_then(|v| v.decided_at)
            .map(|at| when(lang, at))
            .unwrap_or_default()
    };
    let in_force = approved_version
        .map(|v| {
            format!(
                "\n{}",
                crate::i18n::plan_status_in_force(lang, &v.to_string())
            )
        })
        .unwrap_or_default();
    let withdrawn = last
        .filter(|v| v.decision.as_deref() == Some(crate::store::plans::WITHDRAWN))
        .map(|v| {
            format!(
                "\n{}",
                crate::i18n::plan_status_withdrawn(lang, &v.version.to_string(), &decided(Some(v)))
            )
        })
        .unwrap_or_default();
    let version = version.to_string();
    match status {
        PlanStatus::Draft if approved_version.is_some() => format!(
            "{}{withdrawn}{in_force}",
            crate::i18n::plan_status_changing(lang)
        ),
        PlanStatus::Draft if !withdrawn.is_empty() => {
            format!("{}{withdrawn}", crate::i18n::plan_status_draft(lang))
        }
        PlanStatus::Draft => crate::i18n::plan_status_draft_unsent(lang),
        PlanStatus::Submitted => format!(
            "{}{in_force}",
            crate::i18n::plan_status_submitted(lang, &esc(atasan), &since(last), &version)
        ),
        PlanStatus::Returned => format!(
            "{}{in_force}",
            crate::i18n::plan_status_returned(
                lang,
                &decided(last),
                &esc(last.and_then(|v| v.note.as_deref()).unwrap_or("-"))
            )
        ),
        PlanStatus::Approved => crate::i18n::plan_status_approved(lang, &decided(last), &version),
    }
}

/// An indicator in a list: its number, text, target, aspect and direction.
pub fn indikator_line(lang: Lang, number: &str, i: &Indikator) -> String {
    format!(
        "   {}",
        crate::i18n::plan_indicator_line(
            lang,
            number,
            &esc(&i.text),
            &esc(&i.target.to_string()),
            &i.aspek.label_in(lang),
            &i.arah.label_in(lang).to_lowercase()
        )
    )
}

/// An RHK's heading lines: number, jenis, text, and the supervisor's RHK it intervenes.
pub(crate) fn rhk_heading(lang: Lang, n: usize, rhk: &Rhk) -> Vec<String> {
    let mut lines = vec![crate::i18n::plan_rhk_heading(
        lang,
        &n.to_string(),
        &rhk.jenis.label_in(lang),
        &esc(&rhk.text),
    )];
    if let Some((_, parent)) = &rhk.parent {
        let parent = parent
            .as_deref()
            .map_or_else(|| crate::i18n::parent_rhk_deleted(lang), esc);
        lines.push(format!(
            "   {}",
            crate::i18n::plan_rhk_parent(lang, &parent)
        ));
    }
    if rhk.indikator.is_empty() {
        lines.push(format!("   {}", crate::i18n::plan_rhk_no_indicators(lang)));
    }
    lines
}

pub(crate) fn indicator_lines(
    lang: Lang,
    n: usize,
    rhk: &Rhk,
) -> impl Iterator<Item = String> + '_ {
    rhk.indikator
        .iter()
        .enumerate()
        .map(move |(m, i)| indikator_line(lang, &format!("{n}.{}", m + 1), i))
}

/// One RHK as blocks that each stay within `budget` characters: the first under the RHK's
/// heading, the rest under "(lanjutan)", so that a long RHK pages like several short ones.
pub fn rhk_blocks(lang: Lang, n: usize, rhk: &Rhk, budget: usize) -> Vec<String> {
    let mut blocks = vec![rhk_heading(lang, n, rhk).join("\n")];
    for line in indicator_lines(lang, n, rhk) {
        let current = blocks.last_mut().expect("never empty");
        if current.chars().count() + line.chars().count() + 1 > budget {
            blocks.push(format!(
                "{}\n{line}",
                crate::i18n::plan_rhk_continued(lang, &n.to_string())
            ));
        } else {
            current.push('\n');
            current.push_str(&line);
        }
    }
    blocks
}

/// One RHK as one block within `budget` characters: indicators that do not fit are
/// counted, with where to see them all.
pub fn rhk_block_within(lang: Lang, n: usize, rhk: &Rhk, budget: usize) -> String {
    let mut block = rhk_heading(lang, n, rhk).join("\n");
    let lines: Vec<String> = indicator_lines(lang, n, rhk).collect();
    let room = budget.saturating_sub(100);
    for (shown, line) in lines.iter().enumerate() {
        if block.chars().count() + line.chars().count() + 1 > room {
            let more = crate::i18n::plan_rhk_more_indicators(
                lang,
                &(lines.len() - shown).to_string(),
                &n.to_string(),
            );
            return format!("{block}\n   {more}");
        }
        block.push('\n');
        block.push_str(line);
    }
    block
}

/// The supervisor's ekspektasi khusus under a plan (nothing when there are none).
pub fn expectations_block(lang: Lang, list: &[(NilaiBerakhlak, String)]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let mut out = format!("\n\n{}", crate::i18n::plan_expectations_title(lang));
    for (nilai, text) in list {
        out.push('\n');
        out.push_str(&crate::i18n::plan_expectation_line(
            lang,
            &nilai.label_in(lang),
            &esc(text),
        ));
    }
    out
}

/// One RHK with the given lines of its indicators (a page of them).
pub fn rhk_view(lang: Lang, n: usize, rhk: &Rhk, indicator_lines: &[String]) -> String {
    let mut lines = rhk_heading(lang, n, rhk);
    lines.extend(indicator_lines.iter().cloned());
    format!(
        "{}\n\n{}",
        lines.join("\n"),
        crate::i18n::plan_rhk_choose(lang)
    )
}

/// The longest RHK or indicator text.
pub const MAX_PLAN_TEXT: usize = 500;

/// Which of the supervisor's approved RHK a new RHK intervenes.
pub fn ask_parent(lang: Lang, nama_atasan: Option<&str>) -> String {
    let supervisor = match nama_atasan {
        Some(nama) => esc(nama),
        None => crate::i18n::plan_your_supervisor(lang),
    };
    crate::i18n::plan_ask_parent(lang, &supervisor)
}

/// The first question for another indicator of an RHK.
pub fn ask_indicator_text(lang: Lang, n: usize, rhk: &Rhk) -> String {
    format!(
        "{}\n\n{}",
        crate::i18n::plan_ask_indicator(lang, &n.to_string(), &esc(&rhk.text)),
        crate::i18n::plan_indicator_hint(lang)
    )
}

/// A new RHK's first screen: saved, its jenis (one tap to change), and what comes next.
pub fn new_rhk_saved(lang: Lang, n: usize, rhk: &Rhk, next: &str) -> String {
    format!(
        "{}\n\n{next}",
        crate::i18n::plan_rhk_saved(
            lang,
            &n.to_string(),
            &rhk.jenis.label_in(lang),
            &esc(&rhk.text),
            &crate::domain::plan::Jenis::Utama.label_in(lang),
            &crate::domain::plan::Jenis::Tambahan.label_in(lang),
        )
    )
}

/// A saved indicator: right after saving (`saved`), or opened with Ubah.
pub fn indicator_card(lang: Lang, number: &str, i: &Indikator, saved: bool) -> String {
    let head = if saved {
        crate::i18n::plan_indicator_saved(lang, number)
    } else {
        crate::i18n::plan_indicator_edit(lang, number)
    };
    let body = crate::i18n::plan_indicator_card(
        lang,
        &esc(&i.text),
        &esc(&i.target.to_string()),
        &i.aspek.label_in(lang),
        &i.arah.label_in(lang).to_lowercase(),
    );
    format!("{head}\n{body}")
}

/// The button that turns an indicator's direction around.
pub fn flip_arah_button(lang: Lang, current: Arah) -> String {
    let other = Arah::ALL
        .into_iter()
        .find(|a| *a != current)
        .unwrap_or(current);
    crate::i18n::plan_button_flip_arah(lang, &other.label_in(lang).to_lowercase())
}

pub fn confirm_delete_rhk(lang: Lang, n: usize, rhk: &Rhk) -> String {
    format!(
        "{}\n\n{}\n\n{}",
        crate::i18n::plan_confirm_delete_rhk(
            lang,
            &n.to_string(),
            &rhk.indikator.len().to_string()
        ),
        rhk_block_within(lang, n, rhk, 3000),
        crate::i18n::plan_delete_final(lang)
    )
}

pub fn confirm_delete_indicator(lang: Lang, number: &str, i: &Indikator) -> String {
    format!(
        "{}\n{}\n\n{}",
        crate::i18n::plan_confirm_delete_indicator(lang, number),
        indikator_line(lang, number, i),
        crate::i18n::plan_delete_final(lang)
    )
}

/// Which indicators a page of an RHK's view shows, when it has several pages.
pub fn rhk_indicator_footer(lang: Lang, first: usize, shown: usize, total: usize) -> String {
    format!(
        "\n\n{}",
        crate::i18n::plan_rhk_indicator_footer(
            lang,
            &(first + 1).to_string(),
            &(first + shown).to_string(),
            &total.to_string()
        )
    )
}

/// A sent plan, and whether its approver can see it yet.
pub fn plan_submitted(lang: Lang, version: i64, atasan: &str, atasan_registered: bool) -> String {
    let mut text = crate::i18n::plan_submitted(lang, &version.to_string(), &esc(atasan));
    if !atasan_registered {
        text.push_str("\n\n");
        text.push_str(&crate::i18n::plan_submitted_approver_unregistered(lang));
    }
    text
}
