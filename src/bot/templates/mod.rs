//! Plans in minutes: **Pakai templat** fills an empty plan from the template of one's
//! position (shown first in `/rencana`, previewed before it is used); **Salin rencana tahun
//! lalu** copies last year's approved plan into this year's empty draft and shows the
//! targets to check and the RHK to link again; **Simpan sebagai templat** saves an approved
//! plan (a supervisor's own, or one they just approved) as the template of its owner's
//! position in its owner's unit. Every press is checked again when it arrives: the template
//! is still there and for the presser, the plan is still empty and may be written, the
//! presser may still save that plan and its version is still in force.

pub mod action;
pub mod views;

use action::Action;
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

use super::messages::esc;
use super::paging::{PAGE_BUDGET, pages_of_at_most};
use super::widgets::{button, nav_row, page_footer};
use super::{Answer, Ctx, TgBot, show};
use crate::bot::callback::IndicatorPart;
use crate::bot::plan::action::Action as PlanAction;
use crate::domain::person::Person;
use crate::domain::plan::PlanContent;
use crate::domain::template::{TemplateError, blank_draft, fits, key, may_save_from_plan};
use crate::domain::time::current_year_wib;
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::StoreError;
use crate::store::bindings::Member;
use crate::store::plans::PlanRow;
use crate::store::templates::{Template, TemplateStoreError};

type Rows = Vec<Vec<InlineKeyboardButton>>;
type Here = Option<(ChatId, teloxide::types::MessageId)>;

/// Indicators per page of a copied plan's review: each has a button.
const REVIEW_PER_PAGE: usize = 12;

/// The buttons `/rencana` adds to one's own plan: `first` above everything, `last` under
/// the plan's own buttons.
#[derive(Default)]
pub(crate) struct PlanOffers {
    pub first: Rows,
    pub last: Rows,
}

/// What `/rencana` offers: on an empty plan that may be written, **Pakai templat** when
/// there is a template for the person's position (and unit), and **Salin rencana tahun
/// lalu** when last year's plan was approved; on an approved plan of a supervisor,
/// **Simpan sebagai templat**.
pub(crate) async fn plan_offers(
    store: &Store,
    member: &Member,
    year: i64,
    plan: Option<&PlanRow>,
    content: &PlanContent,
) -> anyhow::Result<PlanOffers> {
    let (lang, person) = (member.lang, &member.person);
    let mut offers = PlanOffers::default();
    if blank_draft(plan.map(|p| p.status), content.rhk.len()) {
        if let Some(t) = store.template_for(person).await? {
            offers.first.push(vec![button(
                i18n::tpl_button_use(lang),
                Action::Preview(t.id, 0),
            )]);
        }
        if store.plan_in_force(&person.nip, year - 1).await?.is_some() {
            offers.first.push(vec![button(
                i18n::tpl_button_copy(lang),
                Action::CopyLastYear(year),
            )]);
        }
    }
    if let Some(plan) = plan.filter(|p| p.approved_version.is_some() && person.bawahan > 0) {
        offers.last.push(vec![save_button(lang, plan.id)]);
    }
    Ok(offers)
}

/// **Simpan sebagai templat** for a plan (its version in force is saved).
pub(crate) fn save_button(lang: crate::domain::lang::Lang, plan_id: i64) -> InlineKeyboardButton {
    button(i18n::tpl_button_save(lang), Action::Save(plan_id))
}

/// Every `tp:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let c = Ctx::of(bot, store, member);
    let here = super::pressed_in(q, c.chat);
    match action {
        Action::Preview(id, page) => preview(&c, here, id, page as usize).await,
        Action::Apply(id) => apply(&c, here, id).await,
        Action::CopyLastYear(year) => copy_last_year(&c, here, year).await,
        Action::Review(page) => review(&c, here, page as usize).await,
        Action::Save(plan_id) => ask_save(&c, plan_id).await,
        Action::SaveConfirm(plan_id, version) => save(&c, here, plan_id, version).await,
        Action::SaveCancel => {
            let text = i18n::tpl_save_cancelled(c.lang);
            show(c.bot, c.chat, here, text, InlineKeyboardMarkup::default()).await?;
            Ok(Answer::silent())
        }
    }
}

fn stale(c: &Ctx<'_>) -> anyhow::Result<Answer> {
    Ok(Answer::alert(i18n::stale_button(c.lang)))
}

fn refused(c: &Ctx<'_>, e: TemplateStoreError) -> anyhow::Result<Answer> {
    match e {
        TemplateStoreError::Refused(e) => Ok(Answer::alert(e.localize(c.lang))),
        TemplateStoreError::Plan(e) => Ok(Answer::alert(e.localize(c.lang))),
        TemplateStoreError::Store(StoreError::NotFound) => stale(c),
        TemplateStoreError::Store(e) => Err(e.into()),
    }
}

/// Whether the presser's plan of this year is still empty and may be written.
async fn own_plan_blank(c: &Ctx<'_>) -> anyhow::Result<bool> {
    let plan = c.store.plan_of(c.nip(), current_year_wib()).await?;
    let rhk = match &plan {
        Some(p) => c.store.working_content(p.id).await?.rhk.len(),
        None => 0,
    };
    Ok(blank_draft(plan.map(|p| p.status), rhk))
}

/// The template on a button, while it is there, for the presser's position and unit, and
/// their plan is still empty.
async fn usable_template(c: &Ctx<'_>, id: i64) -> anyhow::Result<Result<Template, TemplateError>> {
    let Some(t) = c.store.template(id).await? else {
        return Ok(Err(TemplateError::Gone));
    };
    if !fits(&t.jabatan_key, &t.unit_key, &c.member.person) {
        return Ok(Err(TemplateError::DoesNotFit));
    }
    if !own_plan_blank(c).await? {
        return Ok(Err(TemplateError::NotEmpty));
    }
    Ok(Ok(t))
}

/// Pakai templat: the template, paged, with **Pakai templat ini** and **Batal**.
async fn preview(c: &Ctx<'_>, here: Here, id: i64, page: usize) -> anyhow::Result<Answer> {
    let t = match usable_template(c, id).await? {
        Ok(t) => t,
        Err(e) => return Ok(Answer::alert(e.localize(c.lang))),
    };
    let pages = views::preview_pages(c.lang, &t);
    let page = page.min(pages.len() - 1);
    let mut text = format!("{}\n\n{}", views::preview_head(c.lang, &t), pages[page]);
    if pages.len() > 1 {
        text.push_str(&page_footer(c.lang, page, pages.len()));
    }
    let mut rows = vec![vec![
        button(i18n::tpl_button_use_this(c.lang), Action::Apply(t.id)),
        button(i18n::tpl_button_cancel(c.lang), PlanAction::Page(0)),
    ]];
    rows.extend(nav_row(c.lang, page, pages.len(), |p| {
        Action::Preview(t.id, p)
    }));
    show(c.bot, c.chat, here, text, InlineKeyboardMarkup::new(rows)).await?;
    Ok(Answer::silent())
}

/// Pakai templat ini: fills the empty plan and shows it, saying everything can be changed.
async fn apply(c: &Ctx<'_>, here: Here, id: i64) -> anyhow::Result<Answer> {
    if let Err(e) = usable_template(c, id).await? {
        return Ok(Answer::alert(e.localize(c.lang)));
    }
    let year = current_year_wib();
    if let Err(e) = c.store.apply_template(id, c.nip(), year, &c.actor()).await {
        return refused(c, e);
    }
    let notice = i18n::tpl_applied(c.lang);
    super::plan::show_plan_with(c.bot, c.store, c.member, 0, Some(notice), here).await?;
    Ok(Answer::silent())
}

/// Salin rencana tahun lalu: copies it into the empty draft, then the review.
async fn copy_last_year(c: &Ctx<'_>, here: Here, year: i64) -> anyhow::Result<Answer> {
    if year != current_year_wib() {
        return stale(c);
    }
    if let Err(e) = c
        .store
        .copy_last_year(&c.member.person, year, &c.actor())
        .await
    {
        return refused(c, e);
    }
    review(c, here, 0).await
}

/// The RHK of this year's working copy that linked to a supervisor's RHK last year and
/// have no link now: the ones to link again.
fn unlinked(content: &PlanContent, last_year: &PlanContent) -> Vec<i64> {
    content
        .rhk
        .iter()
        .filter(|r| r.parent.is_none())
        .filter(|r| {
            last_year
                .rhk
                .iter()
                .any(|l| l.parent.is_some() && key(&l.text) == key(&r.text))
        })
        .map(|r| r.id)
        .collect()
}

/// The review of a copied plan: each indicator with its target and **Ubah target**, the
/// RHK to link again with **Tautkan RHK**, and back to the plan.
async fn review(c: &Ctx<'_>, here: Here, page: usize) -> anyhow::Result<Answer> {
    let year = current_year_wib();
    let Some(plan) = c.store.plan_of(c.nip(), year).await? else {
        return stale(c);
    };
    let content = c.store.working_content(plan.id).await?;
    let last = c
        .store
        .plan_in_force(c.nip(), year - 1)
        .await?
        .map(|(_, _, content)| content)
        .unwrap_or_default();
    let flagged = unlinked(&content, &last);
    let flagged_block = views::unlinked_block(c.lang, &content, &flagged);
    let lines = views::review_lines(c.lang, &content);
    let texts: Vec<String> = lines.iter().map(|l| l.line.clone()).collect();
    let budget = PAGE_BUDGET.saturating_sub(flagged_block.chars().count() + 700);
    let pages = pages_of_at_most(&texts, budget, REVIEW_PER_PAGE);
    let page = page.min(pages.len() - 1);
    let first: usize = pages[..page].iter().map(Vec::len).sum();
    let header = i18n::tpl_copied_header(
        c.lang,
        &content.rhk.len().to_string(),
        &(year - 1).to_string(),
    );
    let mut text = format!("{header}\n\n{}{flagged_block}", pages[page].join("\n"));
    text.push_str("\n\n");
    text.push_str(&i18n::tpl_review_footer(c.lang));
    if pages.len() > 1 {
        text.push_str(&page_footer(c.lang, page, pages.len()));
    }
    let rows = review_rows(
        c,
        &lines[first..first + pages[page].len()],
        &content,
        &flagged,
        page,
        pages.len(),
    );
    show(c.bot, c.chat, here, text, InlineKeyboardMarkup::new(rows)).await?;
    Ok(Answer::silent())
}

fn review_rows(
    c: &Ctx<'_>,
    on_page: &[views::ReviewLine],
    content: &PlanContent,
    flagged: &[i64],
    page: usize,
    pages: usize,
) -> Rows {
    let targets: Vec<InlineKeyboardButton> = on_page
        .iter()
        .map(|l| {
            button(
                i18n::tpl_button_target(c.lang, &l.number),
                PlanAction::IndicatorEditPart(l.indicator_id, IndicatorPart::Target),
            )
        })
        .collect();
    let links: Vec<InlineKeyboardButton> = views::numbered(content, flagged)
        .take(views::MAX_UNLINKED)
        .map(|(n, r)| {
            button(
                i18n::tpl_button_link(c.lang, &n.to_string()),
                PlanAction::RhkParentPage(r.id, 0),
            )
        })
        .collect();
    let mut rows: Rows = targets.chunks(3).map(<[_]>::to_vec).collect();
    rows.extend(links.chunks(2).map(<[_]>::to_vec));
    rows.extend(nav_row(c.lang, page, pages, Action::Review));
    rows.push(vec![button(
        i18n::tpl_button_back(c.lang),
        PlanAction::Page(0),
    )]);
    rows
}

/// The plan on a Simpan button with its owner, and the version in force, when the presser
/// may save it; else the refusal.
async fn savable(
    c: &Ctx<'_>,
    plan_id: i64,
) -> anyhow::Result<Option<Result<(PlanRow, Person, i64), TemplateError>>> {
    let Some(plan) = c.store.plan(plan_id).await? else {
        return Ok(None);
    };
    let Some(owner) = c.store.person(&plan.nip).await? else {
        return Ok(None);
    };
    if let Err(e) = may_save_from_plan(&c.member.person, &owner) {
        return Ok(Some(Err(e)));
    }
    match plan.approved_version {
        Some(version) => Ok(Some(Ok((plan, owner, version)))),
        None => Ok(Some(Err(TemplateError::NotInForce))),
    }
}

/// Simpan sebagai templat: names the position and unit, and whether a template there is
/// replaced, with **Simpan** for the version in force now.
async fn ask_save(c: &Ctx<'_>, plan_id: i64) -> anyhow::Result<Answer> {
    let (plan, owner, version) = match savable(c, plan_id).await? {
        None => return stale(c),
        Some(Err(e)) => return Ok(Answer::alert(e.localize(c.lang))),
        Some(Ok(found)) => found,
    };
    let replaces = c
        .store
        .template_for(&owner)
        .await?
        .is_some_and(|t| t.unit_key == key(&owner.unit_kerja));
    let rows = vec![vec![
        button(
            i18n::tpl_button_save_confirm(c.lang),
            Action::SaveConfirm(plan.id, version),
        ),
        button(i18n::tpl_button_cancel(c.lang), Action::SaveCancel),
    ]];
    let text = views::save_confirm(c.lang, &owner, replaces);
    show(c.bot, c.chat, None, text, InlineKeyboardMarkup::new(rows)).await?;
    Ok(Answer::silent())
}

/// Simpan: saves the version on the button while it is still in force.
async fn save(c: &Ctx<'_>, here: Here, plan_id: i64, version: i64) -> anyhow::Result<Answer> {
    let (plan, owner, in_force) = match savable(c, plan_id).await? {
        None => return stale(c),
        Some(Err(e)) => return Ok(Answer::alert(e.localize(c.lang))),
        Some(Ok(found)) => found,
    };
    if in_force != version {
        return Ok(Answer::alert(TemplateError::NotInForce.localize(c.lang)));
    }
    let source = format!("plan:{}:{}:{version}", plan.nip, plan.year);
    let saved = c.store.template_for(&owner).await?;
    if saved.is_some_and(|t| t.unit_key == key(&owner.unit_kerja) && t.source == source) {
        return Ok(Answer::alert(i18n::tpl_already_saved(c.lang)));
    }
    if let Err(e) = c
        .store
        .save_template_from_plan(plan_id, version, &owner, &c.actor())
        .await
    {
        return refused(c, e);
    }
    let text = i18n::tpl_saved(c.lang, &esc(&owner.jabatan), &esc(&owner.unit_kerja));
    show(c.bot, c.chat, here, text, InlineKeyboardMarkup::default()).await?;
    Ok(Answer::silent())
}
