//! The texts of templates and of a copied plan, composed from keyed pieces of the catalogue.

use crate::bot::messages::esc;
use crate::bot::paging::{PAGE_BUDGET, pages_of_at_most};
use crate::bot::plan::views::rhk_blocks;
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::plan::{PlanContent, Rhk};
use crate::i18n;
use crate::store::templates::Template;

/// Room on a page for the parts of a view other than its list.
const HEAD_ROOM: usize = 700;

/// A unit as a template names it: its name, or "every unit".
pub fn unit_label(lang: Lang, unit: Option<&str>) -> String {
    unit.map_or_else(|| i18n::tpl_every_unit(lang), esc)
}

/// How many indicators a plan's content has.
pub fn indicator_count(content: &PlanContent) -> usize {
    content.rhk.iter().map(|r| r.indikator.len()).sum()
}

/// The pages of a template's preview (at least one).
pub fn preview_pages(lang: Lang, t: &Template) -> Vec<String> {
    let budget = PAGE_BUDGET - HEAD_ROOM;
    let blocks: Vec<String> = t
        .content
        .rhk
        .iter()
        .enumerate()
        .flat_map(|(i, r)| rhk_blocks(lang, i + 1, r, budget))
        .collect();
    pages_of_at_most(&blocks, budget, usize::MAX)
        .into_iter()
        .map(|page| page.join("\n\n"))
        .collect()
}

/// The heading of a template's preview.
pub fn preview_head(lang: Lang, t: &Template) -> String {
    let header = i18n::tpl_preview_header(
        lang,
        &esc(&t.jabatan),
        &unit_label(lang, t.unit_kerja.as_deref()),
        &t.content.rhk.len().to_string(),
        &indicator_count(&t.content).to_string(),
    );
    format!("{header}\n{}", i18n::tpl_preview_hint(lang))
}

/// One indicator of a copied plan to review: its number `n.m`, its id, its line.
pub struct ReviewLine {
    pub number: String,
    pub indicator_id: i64,
    pub line: String,
}

/// Every indicator of the working copy with its target, numbered as the plan numbers them.
pub fn review_lines(lang: Lang, content: &PlanContent) -> Vec<ReviewLine> {
    content
        .rhk
        .iter()
        .enumerate()
        .flat_map(|(n, r)| {
            r.indikator.iter().enumerate().map(move |(m, i)| {
                let number = format!("{}.{}", n + 1, m + 1);
                let line = i18n::tpl_review_line(
                    lang,
                    &number,
                    &esc(&i.text),
                    &esc(&i.target.to_string()),
                );
                ReviewLine {
                    number,
                    indicator_id: i.id,
                    line,
                }
            })
        })
        .collect()
}

/// The most RHK to link again a review names (each with a button).
pub const MAX_UNLINKED: usize = 20;
/// The longest RHK text a review's list of RHK to link again shows.
const UNLINKED_TEXT: usize = 80;

/// A text cut to `max` characters, with `…` where it was cut.
fn shortened(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The RHK to link again, numbered as in the plan, under their heading (empty when none).
pub fn unlinked_block(lang: Lang, content: &PlanContent, unlinked: &[i64]) -> String {
    let lines: Vec<String> = numbered(content, unlinked)
        .take(MAX_UNLINKED)
        .map(|(n, r)| {
            let text = esc(&shortened(&r.text, UNLINKED_TEXT));
            i18n::tpl_unlinked_line(lang, &n.to_string(), &text)
        })
        .collect();
    if lines.is_empty() {
        return String::new();
    }
    format!(
        "\n\n{}\n{}",
        i18n::tpl_unlinked_header(lang),
        lines.join("\n")
    )
}

/// The RHK of `ids` with their numbers in the plan.
pub fn numbered<'a>(
    content: &'a PlanContent,
    ids: &'a [i64],
) -> impl Iterator<Item = (usize, &'a Rhk)> + 'a {
    content
        .rhk
        .iter()
        .enumerate()
        .filter(move |(_, r)| ids.contains(&r.id))
        .map(|(i, r)| (i + 1, r))
}

/// The question before a plan is saved as a template.
pub fn save_confirm(lang: Lang, owner: &Person, replaces: bool) -> String {
    let mut text = i18n::tpl_save_confirm(
        lang,
        &esc(&owner.nama),
        &esc(&owner.jabatan),
        &esc(&owner.unit_kerja),
    );
    if replaces {
        text.push('\n');
        text.push_str(&i18n::tpl_save_replaces(lang));
    }
    text.push_str("\n\n");
    text.push_str(&i18n::tpl_save_hint(lang));
    text
}
