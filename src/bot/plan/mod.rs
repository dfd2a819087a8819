//! `/rencana`: a staff member writes this year's plan (RHK, indicators with targets), sends
//! it with **Kirim**, sees its status, revises a returned plan and asks for changes to an
//! approved one. Every button is checked against the database when pressed: the RHK or
//! indicator must belong to the presser's own plan, and that plan must still be editable.

pub mod action;
pub mod state;
pub mod views;

use std::ops::Range;

use super::widgets::{button, nav_row, page_footer};
use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{ChatId, InlineKeyboardButton, InlineKeyboardMarkup, MessageId};

use super::callback::IndicatorPart;
use super::dialogue::{ChatDialogue, State};
use super::messages;
use super::paging::{PAGE_BUDGET, pages_of_at_most};
use super::{Answer, HandlerResult, TgBot, approval, dialogue_branch, say, say_with, show};
use crate::domain::access::may_intervene;
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::plan::{
    Arah, Aspek, Indikator, Jenis, NewRhkNext, NilaiBerakhlak, OwnerAction, PlanContent, PlanError,
    PlanStatus, Rhk, after_new_rhk, check_owner, parent_from_button, printable,
};
use crate::domain::quantity::Quantity;
use crate::domain::time::current_year_wib;
use crate::i18n::{self, Label, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::plans::{PlanRow, PlanStoreError, VersionRow};
use views::MAX_PLAN_TEXT;

/// RHK per page of the plan view: each has a button, and a page's keyboard stays small.
const RHK_PER_PAGE: usize = 8;
/// Indicators per page of an RHK's view: each has two buttons (Ubah, Hapus).
const INDICATORS_PER_PAGE: usize = 8;

type Rows = Vec<Vec<InlineKeyboardButton>>;

/// Is this state one of the plan dialogue's steps?
fn in_plan_dialogue(state: &State) -> bool {
    matches!(
        state,
        State::Plan(state::State::RhkText { .. })
            | State::Plan(state::State::IndicatorText { .. })
            | State::Plan(state::State::IndicatorTarget { .. })
            | State::Plan(state::State::IndicatorAspek { .. })
            | State::Plan(state::State::IndicatorArah { .. })
            | State::Plan(state::State::IndicatorEditText { .. })
            | State::Plan(state::State::IndicatorEditTarget { .. })
    )
}

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(in_plan_dialogue, message)
}

type Here = Option<(ChatId, MessageId)>;

/// The Batal row under a typing step.
fn cancel_row(lang: Lang, action: Action) -> Vec<InlineKeyboardButton> {
    vec![button(i18n::plan_button_cancel(lang), action)]
}

/// Who acts and in which chat, with that chat's dialogue. `here` is the message a pressed
/// button sits on, which the answer replaces; typed text is answered with new messages.
struct Ctx<'a> {
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
    let State::Plan(step) = state else {
        return Ok(());
    };
    let at = Ctx {
        bot: &bot,
        store: &store,
        member: &member,
        dialogue: &dialogue,
        chat: msg.chat.id,
        here: None,
    };
    let typed = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_PLAN_TEXT);
    match (step, typed) {
        // Buttons are awaited: a typed reply gets the buttons again, the dialogue stays.
        (Step::IndicatorAspek { rhk_id, target, .. }, _) => at.aspek_awaited(rhk_id, &target).await,
        (Step::IndicatorArah { rhk_id, aspek, .. }, _) => at.arah_awaited(rhk_id, aspek).await,
        (_, None) => say(at.bot, at.chat, text_expected(at.lang())).await,
        (Step::RhkText { plan_id, editing }, Some(text)) => match editing {
            None => at.rhk_typed(plan_id, text).await,
            Some(rhk_id) => at.rhk_retyped(rhk_id, text).await,
        },
        (Step::IndicatorText { rhk_id, replacing }, Some(text)) => {
            at.indicator_typed(rhk_id, replacing, text).await
        }
        (
            Step::IndicatorTarget {
                rhk_id,
                replacing,
                text: indicator,
            },
            Some(text),
        ) => at.target_typed(rhk_id, replacing, indicator, text).await,
        (Step::IndicatorEditText { indicator_id }, Some(text)) => {
            let change = |i: &mut Indikator| i.text = text.to_string();
            at.change_typed_part(indicator_id, change).await
        }
        (Step::IndicatorEditTarget { indicator_id }, Some(text)) => {
            at.new_target_typed(indicator_id, text).await
        }
    }
}

/// An indicator typed with its target on the last line: the text and the target.
fn split_target(typed: &str) -> Option<(String, Quantity)> {
    let (text, last) = typed.trim().rsplit_once('\n')?;
    let target = Quantity::parse(last).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| (text.to_string(), target))
}

/// "Send it as plain text (at most … characters)".
fn text_expected(lang: Lang) -> String {
    i18n::plan_text_expected(lang, &MAX_PLAN_TEXT.to_string())
}

/// Which aspect a target measures.
fn ask_aspek_text(lang: Lang, target: &Quantity) -> String {
    i18n::plan_ask_aspek(lang, &messages::esc(&target.to_string()))
}

/// The typing steps: each reads what was typed and asks the next question.
impl Ctx<'_> {
    async fn aspek_awaited(&self, rhk_id: i64, target: &Quantity) -> HandlerResult {
        let lang = self.lang();
        let text = format!(
            "{}\n\n{}",
            i18n::use_the_buttons(lang),
            ask_aspek_text(lang, target)
        );
        say_with(self.bot, self.chat, text, aspek_keyboard(lang, rhk_id)).await
    }

    async fn arah_awaited(&self, rhk_id: i64, aspek: Aspek) -> HandlerResult {
        let lang = self.lang();
        let text = format!(
            "{}\n\n{}",
            i18n::use_the_buttons(lang),
            i18n::plan_ask_arah(lang, &aspek.label_in(lang))
        );
        say_with(
            self.bot,
            self.chat,
            text,
            arah_keyboard(lang, rhk_id, aspek),
        )
        .await
    }

    /// A new RHK's text.
    async fn rhk_typed(&self, plan_id: i64, text: &str) -> HandlerResult {
        match self.store.add_rhk(plan_id, text).await {
            Ok(rhk_id) => {
                self.dialogue.exit().await?;
                self.new_rhk_screen(rhk_id).await
            }
            Err(e) => self.refuse_in_chat(e).await,
        }
    }

    /// The new text of a saved RHK.
    async fn rhk_retyped(&self, rhk_id: i64, text: &str) -> HandlerResult {
        match self.store.set_rhk_text(rhk_id, text).await {
            Ok(()) => {
                self.dialogue.exit().await?;
                self.rhk_view(rhk_id, 0, None).await
            }
            Err(e) => self.refuse_in_chat(e).await,
        }
    }

    /// A new indicator's text, with its target on the last line or asked for next.
    async fn indicator_typed(
        &self,
        rhk_id: i64,
        replacing: Option<i64>,
        text: &str,
    ) -> HandlerResult {
        if let Some((indicator, target)) = split_target(text) {
            return self.ask_aspek(rhk_id, replacing, indicator, target).await;
        }
        self.dialogue
            .update(State::Plan(state::State::IndicatorTarget {
                rhk_id,
                replacing,
                text: text.to_string(),
            }))
            .await?;
        say(self.bot, self.chat, i18n::plan_ask_target(self.lang())).await
    }

    /// A new indicator's target, typed on its own.
    async fn target_typed(
        &self,
        rhk_id: i64,
        replacing: Option<i64>,
        indicator: String,
        typed: &str,
    ) -> HandlerResult {
        match self.target(typed).await? {
            Some(target) => self.ask_aspek(rhk_id, replacing, indicator, target).await,
            None => Ok(()),
        }
    }

    /// The new target of a saved indicator.
    async fn new_target_typed(&self, indicator_id: i64, typed: &str) -> HandlerResult {
        match self.target(typed).await? {
            Some(target) => {
                let change = |i: &mut Indikator| i.target = target;
                self.change_typed_part(indicator_id, change).await
            }
            None => Ok(()),
        }
    }

    /// The typed target, or `None` once the reason it is not one was said with the question.
    async fn target(&self, typed: &str) -> anyhow::Result<Option<Quantity>> {
        match Quantity::parse(typed) {
            Ok(target) => Ok(Some(target)),
            Err(e) => {
                let lang = self.lang();
                let text = format!(
                    "{}\n\n{}",
                    messages::esc(&e.localize(lang)),
                    i18n::plan_ask_target(lang)
                );
                say(self.bot, self.chat, text).await?;
                Ok(None)
            }
        }
    }

    /// The aspect question, once the indicator's text and target are known.
    async fn ask_aspek(
        &self,
        rhk_id: i64,
        replacing: Option<i64>,
        text: String,
        target: Quantity,
    ) -> HandlerResult {
        let lang = self.lang();
        let keyboard = aspek_keyboard(lang, rhk_id);
        say_with(self.bot, self.chat, ask_aspek_text(lang, &target), keyboard).await?;
        self.dialogue
            .update(State::Plan(state::State::IndicatorAspek {
                rhk_id,
                replacing,
                text,
                target,
            }))
            .await?;
        Ok(())
    }

    /// Saves a typed change of one part of an indicator and shows the indicator again.
    async fn change_typed_part(
        &self,
        indicator_id: i64,
        change: impl FnOnce(&mut Indikator),
    ) -> HandlerResult {
        let Some((rhk_id, mut indicator)) = self.store.indicator(indicator_id).await? else {
            self.dialogue.exit().await?;
            return say(self.bot, self.chat, i18n::stale_button(self.lang())).await;
        };
        change(&mut indicator);
        match save_parts(self.store, rhk_id, &indicator).await {
            Ok(()) => {
                self.dialogue.exit().await?;
                let notice = Some(i18n::plan_part_saved(self.lang()));
                self.indicator_view(indicator_id, false, notice).await
            }
            Err(e) => self.refuse_in_chat(e).await,
        }
    }

    /// A refusal while typing: the reason, and the dialogue ends (the plan moved on).
    async fn refuse_in_chat(&self, e: PlanStoreError) -> HandlerResult {
        let reason = match e {
            PlanStoreError::Refused(reason) => reason.localize(self.lang()),
            PlanStoreError::Decision(reason) => reason.localize(self.lang()),
            PlanStoreError::Store(e) => return Err(e.into()),
        };
        self.dialogue.exit().await?;
        say(self.bot, self.chat, messages::esc(&reason)).await
    }
}

async fn save_parts(store: &Store, rhk_id: i64, i: &Indikator) -> Result<(), PlanStoreError> {
    store
        .save_indicator(rhk_id, Some(i.id), &i.text, &i.target, i.aspek, i.arah)
        .await
        .map(|_| ())
}

fn aspek_keyboard(lang: Lang, rhk_id: i64) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(Aspek::ALL.chunks(2).map(|row| {
        row.iter()
            .map(|a| button(a.label_in(lang), Action::IndicatorAspek(rhk_id, *a)))
            .collect::<Vec<_>>()
    }))
}

/// The direction question of releases before the direction defaulted from the aspect: a
/// dialogue stored then still finishes.
fn arah_keyboard(lang: Lang, rhk_id: i64, aspek: Aspek) -> InlineKeyboardMarkup {
    let usual = aspek.usual_arah();
    let mut order = vec![usual];
    order.extend(Arah::ALL.into_iter().filter(|a| *a != usual));
    InlineKeyboardMarkup::new(order.into_iter().map(|a| {
        let label = if a == usual {
            i18n::plan_button_usual_arah(lang, &a.label_in(lang))
        } else {
            a.label_in(lang)
        };
        vec![button(label, Action::IndicatorArah(rhk_id, a))]
    }))
}

/// One page of a list cut to fit a message.
struct Page {
    /// Which page (from 0), once clamped to the pages there are.
    number: usize,
    count: usize,
    /// The index of its first line in the whole list.
    first: usize,
    lines: Vec<String>,
}

impl Page {
    fn of(lines: &[String], budget: usize, per_page: usize, asked: usize) -> Page {
        let mut split = pages_of_at_most(lines, budget, per_page);
        let number = asked.min(split.len() - 1);
        Page {
            number,
            count: split.len(),
            first: split[..number].iter().map(Vec::len).sum(),
            lines: split.swap_remove(number),
        }
    }

    /// Where its lines sit in the whole list.
    fn range(&self) -> Range<usize> {
        self.first..self.first + self.lines.len()
    }
}

/// The plan view: status, the RHK on this page, and what may be done now.
pub async fn show_plan(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    page: usize,
    edit: Here,
) -> anyhow::Result<()> {
    show_plan_with(bot, store, member, page, None, edit).await
}

/// The plan view under a notice of what just happened.
pub(crate) async fn show_plan_with(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    page: usize,
    notice: Option<String>,
    edit: Here,
) -> anyhow::Result<()> {
    let year = current_year_wib();
    let lang = member.lang;
    let own = OwnPlan::of(store, &member.person.nip, year).await?;
    // The proposals waiting under the plan take their room from the plan's page.
    let (proposals, proposal_rows) = super::roles::open_proposals(store, member, year).await?;
    let budget = PAGE_BUDGET - 700 - proposals.chars().count();
    let blocks: Vec<String> = own
        .content
        .rhk
        .iter()
        .enumerate()
        .map(|(i, r)| views::rhk_block_within(lang, i + 1, r, budget))
        .collect();
    let page = Page::of(&blocks, budget, RHK_PER_PAGE, page);
    let mut text = notice.map(|n| format!("{n}\n\n")).unwrap_or_default();
    text.push_str(&own.head(lang, &member.person, year));
    text.push_str("\n\n");
    if blocks.is_empty() {
        text.push_str(&i18n::plan_empty(lang));
    } else {
        text.push_str(&page.lines.join("\n\n"));
    }
    text.push_str(&views::expectations_block(lang, &own.expectations));
    text.push_str(&proposals);
    if page.count > 1 {
        text.push_str(&page_footer(lang, page.number, page.count));
    }
    let offers =
        super::templates::plan_offers(store, member, year, own.plan.as_ref(), &own.content).await?;
    let mut rows = offers.first;
    rows.extend(rhk_buttons(
        lang,
        &own.content.rhk[page.range()],
        page.first,
    ));
    rows.extend(proposal_rows);
    rows.extend(own.buttons(lang));
    rows.extend(offers.last);
    rows.extend(nav_row(lang, page.number, page.count, Action::Page));
    let keyboard = InlineKeyboardMarkup::new(rows);
    show(bot, ChatId(member.chat_id), edit, text, keyboard).await
}

/// One's own plan of a year as its view shows it.
struct OwnPlan {
    /// None before its first RHK.
    plan: Option<PlanRow>,
    /// The working copy.
    content: PlanContent,
    /// The version sent last.
    last: Option<VersionRow>,
    /// The supervisor's expectations of the version in force.
    expectations: Vec<(NilaiBerakhlak, String)>,
}

impl OwnPlan {
    async fn of(store: &Store, nip: &str, year: i64) -> anyhow::Result<OwnPlan> {
        let Some(plan) = store.plan_of(nip, year).await? else {
            return Ok(OwnPlan {
                plan: None,
                content: PlanContent::default(),
                last: None,
                expectations: Vec::new(),
            });
        };
        let last = match plan.version {
            0 => None,
            version => store.plan_version(plan.id, version).await?,
        };
        let expectations = match plan.approved_version {
            Some(v) => store.expectations(plan.id, v).await?,
            None => Vec::new(),
        };
        let content = store.working_content(plan.id).await?;
        Ok(OwnPlan {
            plan: Some(plan),
            content,
            last,
            expectations,
        })
    }

    /// The heading and the status line.
    fn head(&self, lang: Lang, person: &Person, year: i64) -> String {
        let status = match &self.plan {
            Some(p) => views::plan_status(
                lang,
                p.status,
                p.version,
                p.approved_version,
                &approver_name(lang, person),
                self.last.as_ref(),
            ),
            None => views::plan_status(lang, PlanStatus::Draft, 0, None, "", None),
        };
        let name = messages::esc(&person.nama);
        let header = i18n::plan_header(lang, &year.to_string(), &name);
        format!("{header}\n{status}")
    }

    /// What may be done with the plan as a whole now, and its PDF once there is one.
    fn buttons(&self, lang: Lang) -> Rows {
        let status = self.plan.as_ref().map_or(PlanStatus::Draft, |p| p.status);
        let mut rows = vec![match status.owner_action() {
            OwnerAction::Write => vec![
                button(i18n::plan_button_add_rhk(lang), Action::AddRhk),
                button(i18n::plan_button_submit(lang), Action::Submit),
            ],
            OwnerAction::AskChange => vec![button(i18n::plan_button_change(lang), Action::Change)],
            OwnerAction::Withdraw => {
                vec![button(i18n::plan_button_withdraw(lang), Action::Withdraw)]
            }
        }];
        let version = self.plan.as_ref().map_or(0, |p| p.version);
        if printable(&self.content, version) {
            rows.push(vec![button(i18n::forms_pdf_button(lang), Action::PdfMenu)]);
        }
        rows
    }
}

/// One button per RHK on the page, four to a row, numbered on from `first`.
fn rhk_buttons(lang: Lang, on_page: &[Rhk], first: usize) -> Rows {
    on_page
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let number = (first + i + 1).to_string();
            button(i18n::plan_button_rhk(lang, &number), Action::Rhk(r.id))
        })
        .collect::<Vec<_>>()
        .chunks(4)
        .map(<[_]>::to_vec)
        .collect()
}

/// Who decides this person's plan, by name.
pub(crate) fn approver_name(lang: Lang, person: &Person) -> String {
    match (&person.nip_atasan, &person.nama_atasan) {
        (Some(_), Some(nama)) => nama.clone(),
        (Some(nip), None) => i18n::plan_approver_by_nip(lang, nip),
        (None, _) => i18n::plan_approver_hr(lang),
    }
}

/// An RHK of a plan's working copy, with its number in the plan.
async fn rhk_in_plan(store: &Store, rhk_id: i64) -> anyhow::Result<Option<(PlanRow, usize, Rhk)>> {
    let Some(plan) = store.plan_of_rhk(rhk_id).await? else {
        return Ok(None);
    };
    let content = store.working_content(plan.id).await?;
    Ok(content
        .rhk
        .into_iter()
        .enumerate()
        .find(|(_, r)| r.id == rhk_id)
        .map(|(n, r)| (plan, n + 1, r)))
}

/// An indicator's number in the plan, `n.m`, for the RHK numbered `n`.
fn indicator_number(n: usize, rhk: &Rhk, indicator_id: i64) -> String {
    let m = rhk
        .indikator
        .iter()
        .position(|i| i.id == indicator_id)
        .unwrap_or(0);
    format!("{n}.{}", m + 1)
}

/// What can be changed on an RHK (numbered `n`) of an editable plan: its text, jenis and
/// parent, and each indicator on the page.
fn rhk_edit_rows(
    lang: Lang,
    person: &Person,
    n: usize,
    rhk: &Rhk,
    first: usize,
    on_page: &[Indikator],
) -> Rows {
    let mut rows = vec![
        vec![
            button(
                i18n::plan_button_edit_rhk_text(lang),
                Action::RhkEditText(rhk.id),
            ),
            button(
                i18n::plan_button_delete_rhk(lang),
                Action::RhkDelete(rhk.id),
            ),
        ],
        jenis_row(lang, rhk),
    ];
    if may_intervene(person) {
        rows.push(vec![button(
            i18n::plan_button_link_parent(lang),
            Action::RhkParentPage(rhk.id, 0),
        )]);
    }
    rows.push(vec![button(
        i18n::plan_button_add_indicator(lang),
        Action::IndicatorAdd(rhk.id),
    )]);
    for (m, i) in on_page.iter().enumerate() {
        let label = format!("{n}.{}", first + m + 1);
        rows.push(vec![
            button(
                i18n::plan_button_edit_indicator(lang, &label),
                Action::IndicatorEdit(i.id),
            ),
            button(
                i18n::plan_button_delete_indicator(lang, &label),
                Action::IndicatorDelete(i.id),
            ),
        ]);
    }
    rows
}

/// Utama / Tambahan, the current one ticked.
fn jenis_row(lang: Lang, rhk: &Rhk) -> Vec<InlineKeyboardButton> {
    Jenis::ALL
        .into_iter()
        .map(|j| {
            let mark = if j == rhk.jenis { "✓ " } else { "" };
            button(
                format!("{mark}{}", j.label_in(lang)),
                Action::RhkJenis(rhk.id, j),
            )
        })
        .collect()
}

/// The button that turns an indicator's direction around.
fn flip_row(lang: Lang, indicator_id: i64, arah: Arah, saved: bool) -> Vec<InlineKeyboardButton> {
    let other = Arah::ALL.into_iter().find(|a| *a != arah).unwrap_or(arah);
    vec![button(
        views::flip_arah_button(lang, arah),
        Action::IndicatorSetArah(indicator_id, other, saved),
    )]
}

/// Under an indicator just saved: its direction, the next indicator or RHK, sending.
fn saved_indicator_rows(lang: Lang, rhk_id: i64, indicator_id: i64, arah: Arah) -> Rows {
    vec![
        flip_row(lang, indicator_id, arah, true),
        vec![
            button(
                i18n::plan_button_add_indicator(lang),
                Action::IndicatorAdd(rhk_id),
            ),
            button(i18n::plan_button_add_rhk(lang), Action::AddRhk),
        ],
        vec![
            button(i18n::plan_button_submit_plan(lang), Action::Submit),
            button(i18n::plan_button_view_plan(lang), Action::Page(0)),
        ],
    ]
}

/// Under an indicator opened with Ubah (numbered `number`): each part on its own.
fn indicator_edit_rows(
    lang: Lang,
    rhk_id: i64,
    indicator_id: i64,
    number: &str,
    indicator: &Indikator,
) -> Rows {
    let aspek_row = Aspek::ALL
        .into_iter()
        .map(|a| {
            let mark = if a == indicator.aspek { "✓ " } else { "" };
            button(
                format!("{mark}{}", a.label_in(lang)),
                Action::IndicatorSetAspek(indicator_id, a),
            )
        })
        .collect();
    vec![
        vec![
            button(
                i18n::plan_button_edit_text(lang),
                Action::IndicatorEditPart(indicator_id, IndicatorPart::Text),
            ),
            button(
                i18n::plan_button_edit_target(lang),
                Action::IndicatorEditPart(indicator_id, IndicatorPart::Target),
            ),
        ],
        aspek_row,
        flip_row(lang, indicator_id, indicator.arah, false),
        vec![
            button(
                i18n::plan_button_delete_indicator(lang, number),
                Action::IndicatorDelete(indicator_id),
            ),
            button(i18n::plan_button_back_to_rhk(lang), Action::Rhk(rhk_id)),
        ],
    ]
}

/// The RHK's plan, if it is the presser's own.
async fn own_plan_of_rhk(
    store: &Store,
    member: &Member,
    rhk_id: i64,
) -> anyhow::Result<Result<PlanRow, Answer>> {
    let Some(plan) = store.plan_of_rhk(rhk_id).await? else {
        return Ok(Err(Answer::alert(i18n::stale_button(member.lang))));
    };
    if let Err(e) = check_owner(&plan.nip, &member.person.nip) {
        tracing::warn!(
            user = member.telegram_user_id,
            rhk = rhk_id,
            "button on someone else's plan"
        );
        return Ok(Err(Answer::alert(e.localize(member.lang))));
    }
    Ok(Ok(plan))
}

/// The RHK's plan, if it is the presser's own and may be changed now.
async fn editable_plan_of_rhk(
    store: &Store,
    member: &Member,
    rhk_id: i64,
) -> anyhow::Result<Result<PlanRow, Answer>> {
    Ok(match own_plan_of_rhk(store, member, rhk_id).await? {
        Ok(plan) => match plan.status.editable() {
            Ok(()) => Ok(plan),
            Err(e) => Err(Answer::alert(e.localize(member.lang))),
        },
        Err(answer) => Err(answer),
    })
}

/// An indicator of the presser's own plan, while that plan may be changed.
async fn editable_indicator(
    store: &Store,
    member: &Member,
    indicator_id: i64,
) -> anyhow::Result<Result<(i64, Indikator), Answer>> {
    let Some((rhk_id, indicator)) = store.indicator(indicator_id).await? else {
        return Ok(Err(Answer::alert(i18n::stale_button(member.lang))));
    };
    Ok(editable_plan_of_rhk(store, member, rhk_id)
        .await?
        .map(|_| (rhk_id, indicator)))
}

/// The supervisor's approved RHK as buttons, one page, with Lewati.
fn parent_rows(lang: Lang, rhk_id: i64, parents: &[(i64, String)], page: usize) -> Rows {
    let per_page = 8;
    let pages = parents.len().div_ceil(per_page).max(1);
    let page = page.min(pages - 1);
    let mut rows: Rows = parents
        .iter()
        .enumerate()
        .skip(page * per_page)
        .take(per_page)
        .map(|(i, (id, text))| {
            let short: String = text.chars().take(50).collect();
            vec![button(
                format!("{}. {short}", i + 1),
                Action::RhkParent(rhk_id, *id),
            )]
        })
        .collect();
    rows.push(vec![button(
        i18n::plan_button_skip(lang),
        Action::RhkParent(rhk_id, 0),
    )]);
    rows.extend(nav_row(lang, page, pages, |p| {
        Action::RhkParentPage(rhk_id, p)
    }));
    rows
}

/// Ends a typing step of the plan, if one is open (the person went elsewhere with a button).
async fn leave_typing(dialogue: &ChatDialogue) -> anyhow::Result<()> {
    if dialogue.get().await?.is_some_and(|s| in_plan_dialogue(&s)) {
        dialogue.exit().await?;
    }
    Ok(())
}

/// The screens of the plan below its own view, shown where the context says.
impl Ctx<'_> {
    /// The presser's language.
    fn lang(&self) -> Lang {
        self.member.lang
    }

    async fn show(&self, text: String, rows: Rows) -> anyhow::Result<()> {
        let keyboard = InlineKeyboardMarkup::new(rows);
        show(self.bot, self.chat, self.here, text, keyboard).await
    }

    /// One RHK, a page of its indicators, and the buttons that fit the plan's state.
    async fn rhk_view(
        &self,
        rhk_id: i64,
        page: usize,
        notice: Option<String>,
    ) -> anyhow::Result<()> {
        let Some((plan, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return Ok(());
        };
        let lang = self.lang();
        let lines: Vec<String> = rhk
            .indikator
            .iter()
            .enumerate()
            .map(|(m, i)| views::indikator_line(lang, &format!("{n}.{}", m + 1), i))
            .collect();
        let page = Page::of(&lines, PAGE_BUDGET - 1500, INDICATORS_PER_PAGE, page);
        let on_page = &rhk.indikator[page.range()];
        let mut text = notice.map(|p| format!("{p}\n\n")).unwrap_or_default();
        text.push_str(&views::rhk_view(lang, n, &rhk, &page.lines));
        if page.count > 1 {
            let total = rhk.indikator.len();
            let footer = views::rhk_indicator_footer(lang, page.first, on_page.len(), total);
            text.push_str(&footer);
        }
        let mut rows = Vec::new();
        if plan.status.editable().is_ok() {
            let person = &self.member.person;
            rows.extend(rhk_edit_rows(lang, person, n, &rhk, page.first, on_page));
        }
        rows.extend(nav_row(lang, page.number, page.count, |p| {
            Action::RhkPage(rhk_id, p)
        }));
        let person = &self.member.person;
        rows.extend(super::roles::share_row(lang, person, plan.status, rhk_id));
        rows.push(vec![button(
            i18n::plan_button_back_to_plan(lang),
            Action::Page(0),
        )]);
        self.show(text, rows).await
    }

    /// A new RHK's screen: saved as Utama (one tap to change), then the supervisor's RHK to
    /// intervene when there are any, else straight on to its first indicator.
    async fn new_rhk_screen(&self, rhk_id: i64) -> anyhow::Result<()> {
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return Ok(());
        };
        let lang = self.lang();
        let person = &self.member.person;
        let parents = self.supervisor_rhk().await?;
        let mut rows = vec![jenis_row(lang, &rhk)];
        let linked = rhk.parent.is_some();
        let next = match after_new_rhk(linked, may_intervene(person), parents.len()) {
            NewRhkNext::Parent => {
                rows.extend(parent_rows(lang, rhk_id, &parents, 0));
                views::ask_parent(lang, person.nama_atasan.as_deref())
            }
            NewRhkNext::Indicator { parent_not_ready } => {
                self.dialogue
                    .update(State::Plan(state::State::IndicatorText {
                        rhk_id,
                        replacing: None,
                    }))
                    .await?;
                rows.push(cancel_row(lang, Action::CancelInput));
                let hint = i18n::plan_indicator_hint(lang);
                if parent_not_ready {
                    format!("{}\n\n{hint}", i18n::plan_parent_not_ready(lang))
                } else {
                    hint
                }
            }
        };
        self.show(views::new_rhk_saved(lang, n, &rhk, &next), rows)
            .await
    }

    /// The supervisor's approved RHK of this year, to intervene (none without a supervisor).
    async fn supervisor_rhk(&self) -> anyhow::Result<Vec<(i64, String)>> {
        Ok(match &self.member.person.nip_atasan {
            Some(atasan) => {
                self.store
                    .approved_rhk_of(atasan, current_year_wib())
                    .await?
            }
            None => Vec::new(),
        })
    }

    /// The first indicator question of an RHK, or the next one.
    async fn start_indicator(&self, rhk_id: i64) -> anyhow::Result<()> {
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return Ok(());
        };
        self.dialogue
            .update(State::Plan(state::State::IndicatorText {
                rhk_id,
                replacing: None,
            }))
            .await?;
        let text = views::ask_indicator_text(self.lang(), n, &rhk);
        self.show(text, vec![cancel_row(self.lang(), Action::CancelInput)])
            .await
    }

    /// An indicator with what can be done to it: right after saving (`saved`), or opened
    /// with Ubah.
    async fn indicator_view(
        &self,
        indicator_id: i64,
        saved: bool,
        notice: Option<String>,
    ) -> anyhow::Result<()> {
        let Some((rhk_id, indicator)) = self.store.indicator(indicator_id).await? else {
            return Ok(());
        };
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return Ok(());
        };
        let number = indicator_number(n, &rhk, indicator_id);
        let lang = self.lang();
        let mut text = notice.map(|n| format!("{n}\n\n")).unwrap_or_default();
        text.push_str(&views::indicator_card(lang, &number, &indicator, saved));
        let rows = if saved {
            saved_indicator_rows(lang, rhk_id, indicator_id, indicator.arah)
        } else {
            indicator_edit_rows(lang, rhk_id, indicator_id, &number, &indicator)
        };
        self.show(text, rows).await
    }
}

/// Every `pl:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    // Button steps edit the message the button sits on, when it is in the presser's chat.
    let here = super::pressed_in(q, chat);
    let at = Ctx {
        bot,
        store,
        member,
        dialogue: &dialogue,
        chat,
        here,
    };
    match action {
        Action::Page(page) => at.page(page as usize).await,
        Action::CancelInput => at.cancel_input().await,
        Action::AddRhk => at.add_rhk().await,
        Action::Submit => at.submit().await,
        Action::Change => at.change().await,
        Action::Withdraw => at.ask_withdraw().await,
        Action::WithdrawConfirm(version) => at.withdraw(version).await,
        Action::Rhk(rhk_id) => at.open_rhk(rhk_id, 0).await,
        Action::RhkPage(rhk_id, page) => at.open_rhk(rhk_id, page as usize).await,
        Action::RhkJenis(rhk_id, jenis) => at.set_jenis(rhk_id, jenis).await,
        Action::RhkParentPage(rhk_id, page) => at.parents(rhk_id, page as usize).await,
        Action::RhkParent(rhk_id, parent) => at.set_parent(rhk_id, parent).await,
        Action::RhkEditText(rhk_id) => at.edit_rhk_text(rhk_id).await,
        Action::RhkDelete(rhk_id) => at.delete_rhk(rhk_id, false).await,
        Action::RhkDeleteConfirm(rhk_id) => at.delete_rhk(rhk_id, true).await,
        Action::IndicatorAdd(rhk_id) => at.add_indicator(rhk_id).await,
        Action::IndicatorEdit(id) => at.open_indicator(id).await,
        Action::IndicatorDelete(id) => at.delete_indicator(id, false).await,
        Action::IndicatorDeleteConfirm(id) => at.delete_indicator(id, true).await,
        Action::IndicatorEditPart(id, part) => at.ask_part(id, part).await,
        Action::IndicatorSetAspek(id, aspek) => {
            let change = |i: &mut Indikator| {
                i.aspek = aspek;
                i.arah = aspek.usual_arah();
            };
            at.change_part(id, false, change).await
        }
        Action::IndicatorSetArah(id, arah, saved) => {
            at.change_part(id, saved, |i: &mut Indikator| i.arah = arah)
                .await
        }
        Action::IndicatorAspek(rhk_id, aspek) => at.aspek_chosen(rhk_id, aspek).await,
        Action::IndicatorArah(rhk_id, arah) => at.arah_chosen(rhk_id, arah).await,
        Action::PdfMenu => at.pdf_versions().await,
        Action::Pdf(version) => at.pdf(version).await,
    }
}

/// What a handler answers when all went well.
fn done() -> anyhow::Result<Answer> {
    Ok(Answer::silent())
}

/// The buttons, one method each.
impl Ctx<'_> {
    /// "This button is no longer valid", as an alert.
    fn stale(&self) -> anyhow::Result<Answer> {
        Ok(Answer::alert(i18n::stale_button(self.lang())))
    }

    /// A refusal from the domain or the store, as an alert.
    fn refused(&self, e: PlanStoreError) -> anyhow::Result<Answer> {
        let lang = self.lang();
        match e {
            PlanStoreError::Refused(reason) => Ok(Answer::alert(reason.localize(lang))),
            PlanStoreError::Decision(reason) => Ok(Answer::alert(reason.localize(lang))),
            PlanStoreError::Store(crate::store::StoreError::NotFound) => self.stale(),
            PlanStoreError::Store(e) => Err(e.into()),
        }
    }

    fn actor(&self) -> String {
        format!("nip:{}", self.member.person.nip)
    }

    async fn own_plan(&self) -> anyhow::Result<Option<PlanRow>> {
        Ok(self
            .store
            .plan_of(&self.member.person.nip, current_year_wib())
            .await?)
    }

    async fn page(&self, page: usize) -> anyhow::Result<Answer> {
        show_plan(self.bot, self.store, self.member, page, self.here).await?;
        done()
    }

    async fn cancel_input(&self) -> anyhow::Result<Answer> {
        leave_typing(self.dialogue).await?;
        self.page(0).await
    }

    async fn show_plan(&self, notice: String) -> anyhow::Result<Answer> {
        show_plan_with(
            self.bot,
            self.store,
            self.member,
            0,
            Some(notice),
            self.here,
        )
        .await?;
        done()
    }

    async fn add_rhk(&self) -> anyhow::Result<Answer> {
        let plan = self
            .store
            .plan_or_create(&self.member.person.nip, current_year_wib())
            .await?;
        if let Err(e) = plan.status.editable() {
            return Ok(Answer::alert(e.localize(self.lang())));
        }
        self.dialogue
            .update(State::Plan(state::State::RhkText {
                plan_id: plan.id,
                editing: None,
            }))
            .await?;
        let rows = vec![cancel_row(self.lang(), Action::CancelInput)];
        self.show(i18n::plan_ask_rhk(self.lang()), rows).await?;
        done()
    }

    async fn submit(&self) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return Ok(Answer::alert(PlanError::Empty.localize(self.lang())));
        };
        let version = match self.store.submit_plan(plan.id, &self.actor()).await {
            Ok(version) => version,
            Err(e) => return self.refused(e),
        };
        leave_typing(self.dialogue).await?;
        let person = &self.member.person;
        let registered =
            approval::notify_submission(self.bot, self.store, person, plan.id, version).await?;
        let notice = views::plan_submitted(
            self.lang(),
            version,
            &approver_name(self.lang(), person),
            registered,
        );
        self.show_plan(notice).await
    }

    async fn change(&self) -> anyhow::Result<Answer> {
        let plan = match self.own_plan().await? {
            Some(plan) if plan.status.changeable() => plan,
            _ => return self.stale(),
        };
        if let Err(e) = self.store.start_change(plan.id, &self.actor()).await {
            return self.refused(e);
        }
        self.show_plan(i18n::plan_change_started(self.lang())).await
    }

    /// Tarik kembali: asks first.
    async fn ask_withdraw(&self) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return self.stale();
        };
        let lang = self.lang();
        if let Err(e) = plan.status.withdrawable() {
            return Ok(Answer::alert(e.localize(lang)));
        }
        let rows = vec![vec![
            button(
                i18n::plan_button_confirm_withdraw(lang),
                Action::WithdrawConfirm(plan.version),
            ),
            button(i18n::plan_button_cancel(lang), Action::Page(0)),
        ]];
        let text = i18n::plan_confirm_withdraw(
            lang,
            &plan.version.to_string(),
            &messages::esc(&approver_name(lang, &self.member.person)),
        );
        self.show(text, rows).await?;
        done()
    }

    /// Ya, tarik kembali: takes back the version on the button.
    async fn withdraw(&self, version: i64) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return self.stale();
        };
        if let Err(e) = self
            .store
            .withdraw_plan(plan.id, version, &self.actor())
            .await
        {
            return self.refused(e);
        }
        let person = &self.member.person;
        approval::notify_withdrawal(self.bot, self.store, person, version).await?;
        self.show_plan(i18n::plan_withdrawn(self.lang(), &version.to_string()))
            .await
    }

    /// Unduh PDF: each submitted version, newest first, and the working copy while it can
    /// still change.
    async fn pdf_versions(&self) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return self.stale();
        };
        let lang = self.lang();
        let mut rows = Vec::new();
        if plan.status.editable().is_ok() {
            rows.push(vec![button(
                i18n::forms_pdf_working_copy(lang),
                Action::Pdf(0),
            )]);
        }
        for version in (1..=plan.version).rev() {
            let decision = self
                .store
                .plan_version(plan.id, version)
                .await?
                .and_then(|v| v.decision);
            let label =
                crate::bot::forms::views::pdf_version_label(lang, version, decision.as_deref());
            rows.push(vec![button(label, Action::Pdf(version))]);
        }
        rows.push(vec![button(
            i18n::plan_button_back_to_plan(lang),
            Action::Page(0),
        )]);
        self.show(i18n::forms_choose_pdf_version(lang), rows)
            .await?;
        done()
    }

    /// The Rencana SKP of one's own plan: a version, or the working copy (0).
    async fn pdf(&self, version: i64) -> anyhow::Result<Answer> {
        let Some(plan) = self.own_plan().await? else {
            return self.stale();
        };
        if version > plan.version {
            return self.stale();
        }
        super::forms::send_rencana(self.bot, self.store, self.member, &plan, version).await
    }

    async fn open_rhk(&self, rhk_id: i64, page: usize) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        leave_typing(self.dialogue).await?;
        self.rhk_view(rhk_id, page, None).await?;
        done()
    }

    async fn set_jenis(&self, rhk_id: i64, jenis: Jenis) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        // The ticked jenis again: nothing changes, and the screen stays as it is.
        if rhk_in_plan(self.store, rhk_id)
            .await?
            .is_some_and(|(_, _, rhk)| rhk.jenis == jenis)
        {
            return done();
        }
        if let Err(e) = self.store.set_rhk_jenis(rhk_id, jenis).await {
            return self.refused(e);
        }
        let Some((_, _, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        if rhk.indikator.is_empty() {
            self.new_rhk_screen(rhk_id).await?;
        } else {
            self.rhk_view(rhk_id, 0, None).await?;
        }
        done()
    }

    /// The supervisor's approved RHK to intervene, paged.
    async fn parents(&self, rhk_id: i64, page: usize) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        let person = &self.member.person;
        if !may_intervene(person) {
            return done();
        }
        let lang = self.lang();
        let parents = self.supervisor_rhk().await?;
        if parents.is_empty() {
            say(self.bot, self.chat, i18n::plan_parent_not_ready(lang)).await?;
            return done();
        }
        let text = views::ask_parent(lang, person.nama_atasan.as_deref());
        self.show(text, parent_rows(lang, rhk_id, &parents, page))
            .await?;
        done()
    }

    /// Intervene the supervisor's RHK `parent` (0: none); a new RHK goes on to its first
    /// indicator.
    async fn set_parent(&self, rhk_id: i64, parent: i64) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        let offer: Vec<i64> = self.supervisor_rhk().await?.iter().map(|p| p.0).collect();
        let Some(parent) = parent_from_button(parent, &offer) else {
            return self.stale();
        };
        if let Err(e) = self.store.set_rhk_parent(rhk_id, parent).await {
            return self.refused(e);
        }
        let Some((_, _, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        if rhk.indikator.is_empty() {
            self.start_indicator(rhk_id).await?;
        } else {
            self.rhk_view(rhk_id, 0, None).await?;
        }
        done()
    }

    async fn edit_rhk_text(&self, rhk_id: i64) -> anyhow::Result<Answer> {
        let plan = match editable_plan_of_rhk(self.store, self.member, rhk_id).await? {
            Ok(plan) => plan,
            Err(answer) => return Ok(answer),
        };
        let Some((_, _, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        self.dialogue
            .update(State::Plan(state::State::RhkText {
                plan_id: plan.id,
                editing: Some(rhk_id),
            }))
            .await?;
        let rows = vec![cancel_row(self.lang(), Action::Rhk(rhk_id))];
        let text = i18n::plan_ask_rhk_new_text(self.lang(), &messages::esc(&rhk.text));
        self.show(text, rows).await?;
        done()
    }

    /// Hapus RHK: asks first, deletes on Ya, hapus.
    async fn delete_rhk(&self, rhk_id: i64, confirmed: bool) -> anyhow::Result<Answer> {
        if let Err(answer) = editable_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        if confirmed {
            if let Err(e) = self.store.delete_rhk(rhk_id).await {
                return self.refused(e);
            }
            return self.show_plan(i18n::plan_rhk_deleted(self.lang())).await;
        }
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        let rows = vec![vec![
            button(
                i18n::plan_button_confirm_delete(self.lang()),
                Action::RhkDeleteConfirm(rhk_id),
            ),
            button(i18n::plan_button_cancel(self.lang()), Action::Rhk(rhk_id)),
        ]];
        self.show(views::confirm_delete_rhk(self.lang(), n, &rhk), rows)
            .await?;
        done()
    }

    async fn add_indicator(&self, rhk_id: i64) -> anyhow::Result<Answer> {
        if let Err(answer) = editable_plan_of_rhk(self.store, self.member, rhk_id).await? {
            return Ok(answer);
        }
        self.start_indicator(rhk_id).await?;
        done()
    }

    /// Ubah n.m: the indicator as it is, each part changeable on its own.
    async fn open_indicator(&self, id: i64) -> anyhow::Result<Answer> {
        if let Err(answer) = editable_indicator(self.store, self.member, id).await? {
            return Ok(answer);
        }
        leave_typing(self.dialogue).await?;
        self.indicator_view(id, false, None).await?;
        done()
    }

    /// Hapus n.m: asks first, deletes on Ya, hapus.
    async fn delete_indicator(&self, id: i64, confirmed: bool) -> anyhow::Result<Answer> {
        let (rhk_id, indicator) = match editable_indicator(self.store, self.member, id).await? {
            Ok(found) => found,
            Err(answer) => return Ok(answer),
        };
        if confirmed {
            if let Err(e) = self.store.delete_indicator(id).await {
                return self.refused(e);
            }
            let notice = Some(i18n::plan_indicator_deleted(self.lang()));
            self.rhk_view(rhk_id, 0, notice).await?;
            return done();
        }
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        let rows = vec![vec![
            button(
                i18n::plan_button_confirm_delete(self.lang()),
                Action::IndicatorDeleteConfirm(id),
            ),
            button(i18n::plan_button_cancel(self.lang()), Action::Rhk(rhk_id)),
        ]];
        let number = indicator_number(n, &rhk, id);
        let text = views::confirm_delete_indicator(self.lang(), &number, &indicator);
        self.show(text, rows).await?;
        done()
    }

    /// Teks or Target of a saved indicator: the current value, and the new one typed next.
    async fn ask_part(&self, id: i64, part: IndicatorPart) -> anyhow::Result<Answer> {
        let (rhk_id, indicator) = match editable_indicator(self.store, self.member, id).await? {
            Ok(found) => found,
            Err(answer) => return Ok(answer),
        };
        let Some((_, n, rhk)) = rhk_in_plan(self.store, rhk_id).await? else {
            return self.stale();
        };
        let number = indicator_number(n, &rhk, id);
        let lang = self.lang();
        let (step, text) = match part {
            IndicatorPart::Text => (
                state::State::IndicatorEditText { indicator_id: id },
                i18n::plan_ask_indicator_new_text(lang, &number, &messages::esc(&indicator.text)),
            ),
            IndicatorPart::Target => (
                state::State::IndicatorEditTarget { indicator_id: id },
                i18n::plan_ask_indicator_new_target(
                    lang,
                    &number,
                    &messages::esc(&indicator.target.to_string()),
                ),
            ),
        };
        self.dialogue.update(State::Plan(step)).await?;
        self.show(text, vec![cancel_row(lang, Action::IndicatorEdit(id))])
            .await?;
        done()
    }

    /// A part chosen with a button (aspect, direction): saved at once, the card shown again.
    async fn change_part(
        &self,
        id: i64,
        saved: bool,
        change: impl FnOnce(&mut Indikator),
    ) -> anyhow::Result<Answer> {
        let (rhk_id, mut indicator) = match editable_indicator(self.store, self.member, id).await? {
            Ok(found) => found,
            Err(answer) => return Ok(answer),
        };
        let before = indicator.clone();
        change(&mut indicator);
        // The ticked aspect or the direction it already has: nothing to save or redraw.
        if indicator == before {
            return done();
        }
        if let Err(e) = save_parts(self.store, rhk_id, &indicator).await {
            return self.refused(e);
        }
        self.indicator_view(id, saved, None).await?;
        done()
    }

    /// The aspect of a new indicator: saved with the aspect's usual direction.
    async fn aspek_chosen(&self, rhk_id: i64, aspek: Aspek) -> anyhow::Result<Answer> {
        let Some(State::Plan(state::State::IndicatorAspek {
            rhk_id: waiting,
            replacing,
            text,
            target,
        })) = self.dialogue.get().await?
        else {
            return self.stale();
        };
        if waiting != rhk_id {
            return self.stale();
        }
        self.save_new(rhk_id, replacing, &text, &target, aspek, aspek.usual_arah())
            .await
    }

    /// The direction step of a dialogue stored by an earlier release.
    async fn arah_chosen(&self, rhk_id: i64, arah: Arah) -> anyhow::Result<Answer> {
        let Some(State::Plan(state::State::IndicatorArah {
            rhk_id: waiting,
            replacing,
            text,
            target,
            aspek,
        })) = self.dialogue.get().await?
        else {
            return self.stale();
        };
        if waiting != rhk_id {
            return self.stale();
        }
        self.save_new(rhk_id, replacing, &text, &target, aspek, arah)
            .await
    }

    async fn save_new(
        &self,
        rhk_id: i64,
        replacing: Option<i64>,
        text: &str,
        target: &Quantity,
        aspek: Aspek,
        arah: Arah,
    ) -> anyhow::Result<Answer> {
        if let Err(answer) = own_plan_of_rhk(self.store, self.member, rhk_id).await? {
            self.dialogue.exit().await?;
            return Ok(answer);
        }
        let saved = self
            .store
            .save_indicator(rhk_id, replacing, text, target, aspek, arah)
            .await;
        self.dialogue.exit().await?;
        match saved {
            Ok(id) => {
                self.indicator_view(id, true, None).await?;
                done()
            }
            Err(e) => self.refused(e),
        }
    }
}
