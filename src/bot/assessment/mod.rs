//! `/penilaian`: a supervisor (HR for the top of the tree) goes through the team for a
//! period, reads a person's realisation, gets the evidence files again, comments, and
//! evaluates: Hasil Kerja, Perilaku Kerja (the BerAKHLAK values as the guide, a note per
//! value if wanted), feedback (required below expectations), a confirmation that shows the
//! predikat, then save. The evaluation in progress is a persisted dialogue state; each
//! button re-checks it, and saving re-checks authority in the store.

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{
    ChatId, FileId, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, MessageId,
};

use super::callback::{CallbackAction, NipKey};
use super::dialogue::{AssessStep, Assessment, ChatDialogue, State};
use super::messages;
use super::my_evaluations::{form_buttons, send_evaluation};
use super::paging::{PAGE_BUDGET, pages, pages_of_at_most};
use super::realisation::{numbered, summary};
use super::widgets::{nav_row, period_choice};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with, show};
use crate::bot::plan::views::MAX_PLAN_TEXT;
use crate::domain::broadcast::{MAX_MESSAGE, visible_len};
use crate::domain::evaluation::{EvaluationError, Period, PeriodKind, Rating, check_feedback};
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::plan::{Indikator, NilaiBerakhlak, may_decide};
use crate::domain::time::{current_year_wib, today_wib};
use crate::i18n::{self, Label, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::evaluations::{EvalStoreError, NewEvaluation};
use crate::telegram::{AlbumItem, MediaKind, albums};

/// People per page of the team list.
const PEOPLE_PER_PAGE: usize = 10;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(
        |state| {
            matches!(
                state,
                State::Assessment(state::State::CommentText { .. })
                    | State::Assessment(state::State::Assessing(_))
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
    let text = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_PLAN_TEXT);
    match state {
        State::Assessment(state::State::CommentText {
            nip,
            period,
            indicator,
        }) => {
            let Some(text) = text else {
                say(&bot, chat, text_expected(lang)).await?;
                return Ok(());
            };
            dialogue.exit().await?;
            let Some(person) = authorised_person(&store, &member, &nip).await? else {
                say(
                    &bot,
                    chat,
                    messages::esc(&EvaluationError::NotYourSubordinate.localize(lang)),
                )
                .await?;
                return Ok(());
            };
            // An indicator dropped from the plan since the tap makes a comment on the period.
            let about = match indicator {
                Some(id) => indicator_of(&store, &nip, period, id).await?,
                None => None,
            };
            store
                .add_feedback_message(
                    &nip,
                    period,
                    &member.person.nip,
                    text,
                    indicator.filter(|_| about.is_some()),
                )
                .await?;
            // The staff member reads the comment in their own language.
            if let Some(staff) = store.member_by_nip(&person.nip).await? {
                let keyboard =
                    InlineKeyboardMarkup::new(vec![vec![InlineKeyboardButton::callback(
                        i18n::evaluation_button_answer(staff.lang),
                        CallbackAction::MyEvaluations(
                            crate::bot::my_evaluations::action::Action::FeedbackAnswer(period),
                        )
                        .encode(),
                    )]]);
                say_with(
                    &bot,
                    ChatId(staff.chat_id),
                    crate::bot::assessment::views::comment_for_staff(
                        staff.lang,
                        &member.person.nama,
                        period,
                        about
                            .as_ref()
                            .map(|(n, ind)| (n.as_str(), ind.text.as_str())),
                        text,
                    ),
                    keyboard,
                )
                .await?;
            }
            say(&bot, chat, i18n::evaluation_comment_sent(lang)).await?;
        }
        State::Assessment(state::State::Assessing(mut a)) => match a.step {
            AssessStep::ValueNoteText(n) => {
                let Some(text) = text else {
                    say(&bot, chat, text_expected(lang)).await?;
                    return Ok(());
                };
                a.value_notes.retain(|(v, _)| *v != n);
                a.value_notes.push((n, text.to_string()));
                a.value_notes.sort_by_key(|(v, _)| *v);
                a.step = AssessStep::ValueNotes;
                ask_value_notes(&bot, lang, chat, &a, None).await?;
                dialogue
                    .update(State::Assessment(state::State::Assessing(a)))
                    .await?;
            }
            AssessStep::Feedback | AssessStep::Confirm => {
                let Some(text) = text else {
                    say(&bot, chat, text_expected(lang)).await?;
                    return Ok(());
                };
                a.feedback = Some(text.to_string());
                a.step = AssessStep::Confirm;
                confirm(&bot, &store, lang, chat, &a, None).await?;
                dialogue
                    .update(State::Assessment(state::State::Assessing(a)))
                    .await?;
            }
            _ => {
                say(&bot, chat, i18n::use_the_buttons(lang)).await?;
            }
        },
        _ => {}
    }
    Ok(())
}

/// Asks for a text again: the message was not one (or too long).
fn text_expected(lang: Lang) -> String {
    i18n::evaluation_text_expected(lang, &MAX_PLAN_TEXT.to_string())
}

/// The person, if the presser evaluates them now.
async fn authorised_person(
    store: &Store,
    member: &Member,
    nip: &str,
) -> anyhow::Result<Option<Person>> {
    let Some(person) = store.person(nip).await? else {
        return Ok(None);
    };
    Ok(may_decide(&member.person, &person)
        .is_ok()
        .then_some(person))
}

/// The periods whose evaluation window is open today.
async fn open_periods(store: &Store) -> anyhow::Result<Vec<Period>> {
    let today = today_wib();
    Ok(store
        .windows_around(current_year_wib())
        .await?
        .into_iter()
        .filter(|(p, w)| w.evaluasi_open(*p, today))
        .map(|(p, _)| p)
        .collect())
}

/// `/penilaian`: the open period (or a choice of them).
pub async fn start(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let open = open_periods(store).await?;
    match open.as_slice() {
        [] => {
            say(bot, chat, i18n::evaluation_no_open_period(member.lang)).await?;
        }
        [only] => show_team(bot, store, member, *only, 0, None).await?,
        several => {
            let rows = period_choice(member.lang, several, |p| Action::Team(p, 0));
            say_with(bot, chat, i18n::evaluation_choose_period(member.lang), rows).await?;
        }
    }
    Ok(())
}

/// The team for a period with each person's status, paged.
async fn show_team(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    period: Period,
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let (chat, lang) = (ChatId(member.chat_id), member.lang);
    let people = store
        .evaluatees(&member.person.nip, member.person.is_admin)
        .await?;
    if people.is_empty() {
        say(bot, chat, i18n::evaluation_nobody(lang)).await?;
        return Ok(());
    }
    let mut lines = Vec::with_capacity(people.len());
    for (i, p) in people.iter().enumerate() {
        lines.push(crate::bot::assessment::views::assess_line(
            i + 1,
            &p.nama,
            &crate::bot::assessment::views::period_status(
                lang,
                status_of(store, &p.nip, period).await?,
            ),
        ));
    }
    let split = pages_of_at_most(&lines, PAGE_BUDGET, PEOPLE_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first: usize = split[..page].iter().map(Vec::len).sum();
    let window = store.period_window(period).await?;
    let mut text = crate::bot::assessment::views::team_assess_header(lang, period, &window);
    text.push_str(&split[page].join("\n"));
    if split.len() > 1 {
        let footer = i18n::page_footer(lang, &(page + 1).to_string(), &split.len().to_string());
        text.push_str(&format!("\n{footer}"));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = people[first..first + split[page].len()]
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let key = NipKey::new(&p.nip)?;
            let short: String = p.nama.chars().take(40).collect();
            Some(vec![InlineKeyboardButton::callback(
                format!("{}. {short}", first + i + 1),
                Action::Person(period, key, 0).encode(),
            )])
        })
        .collect();
    rows.extend(nav_row(lang, page, split.len(), |p| {
        Action::Team(period, p)
    }));
    if next_to_evaluate(store, member, period).await?.is_some() {
        rows.push(vec![InlineKeyboardButton::callback(
            i18n::evaluation_button_next_person(lang),
            Action::NextPerson(period).encode(),
        )]);
    }
    show(bot, chat, edit, text, InlineKeyboardMarkup::new(rows)).await
}

/// Where one person stands for a period, as the team views show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PeriodStatus {
    NoPlan,
    Partial,
    Ready,
    /// The annual evaluation: no realisation of its own, the quarters are its context.
    AnnualReady,
    Evaluated(crate::domain::evaluation::Predikat),
}

impl PeriodStatus {
    /// Late: the realisation window has closed and the realisation is still incomplete.
    pub(crate) fn late(
        self,
        today: chrono::NaiveDate,
        window: &crate::domain::evaluation::Window,
    ) -> bool {
        today > window.realisasi_until
            && matches!(self, PeriodStatus::NoPlan | PeriodStatus::Partial)
    }
}

/// realisation missing / ready / evaluated, for one person and period.
pub(crate) async fn status_of(
    store: &Store,
    nip: &str,
    period: Period,
) -> anyhow::Result<PeriodStatus> {
    if let Some(e) = store
        .evaluation(nip, period)
        .await?
        .filter(|e| e.is_final())
    {
        return Ok(PeriodStatus::Evaluated(e.predikat));
    }
    let Some(content) = store.approved_content(nip, period.year).await? else {
        return Ok(PeriodStatus::NoPlan);
    };
    if !period.is_quarter() {
        return Ok(PeriodStatus::AnnualReady);
    }
    let realisations = store.realisations(nip, period).await?;
    let complete = numbered(&content).iter().all(|(_, ind)| {
        realisations
            .iter()
            .any(|r| r.indicator_id == ind.id && r.value.is_some() && !r.evidence.is_empty())
    });
    Ok(if complete {
        PeriodStatus::Ready
    } else {
        PeriodStatus::Partial
    })
}

async fn show_person(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    (period, person): (Period, &Person),
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let (chat, lang) = (ChatId(member.chat_id), member.lang);
    let mut text = crate::bot::assessment::views::person_realisation_header(lang, period, person);
    let mut rows = Vec::new();
    let content = match period.is_quarter() {
        true => store.approved_content(&person.nip, period.year).await?,
        false => None,
    };
    if let Some(content) = content {
        let key = NipKey::new(&person.nip);
        let comment = |n: &str, id: i64| match key {
            Some(key) => InlineKeyboardButton::callback(
                format!("💬 {n}"),
                Action::CommentOn(period, key, id).encode(),
            ),
            None => {
                InlineKeyboardButton::callback(format!("💬 {n}"), Action::Team(period, 0).encode())
            }
        };
        let (body, mut nav) = summary(
            lang,
            store,
            &person.nip,
            period,
            &content,
            page,
            Some(&comment),
            |p| match key {
                Some(key) => Action::Person(period, key, p),
                None => Action::Team(period, 0),
            },
        )
        .await?;
        text.push_str(&body);
        rows.append(&mut nav);
    } else if period.is_quarter() {
        text.push_str(&format!(
            "\n\n{}",
            i18n::realisation_no_approved_plan(lang, &period.year.to_string())
        ));
    }
    if period.kind == PeriodKind::Tahunan {
        text.push_str(&crate::bot::assessment::views::quarter_context(
            lang,
            &store.evaluations_of(&person.nip, period.year).await?,
        ));
    }
    if let Some(key) = NipKey::new(&person.nip) {
        let mut actions = vec![
            InlineKeyboardButton::callback(
                i18n::evaluation_button_resend(lang),
                Action::Resend(period, key).encode(),
            ),
            InlineKeyboardButton::callback(
                i18n::evaluation_button_comment(lang),
                Action::Comment(period, key).encode(),
            ),
        ];
        let evaluation = store.evaluation(&person.nip, period).await?;
        if !evaluation.as_ref().is_some_and(|e| e.is_final()) {
            actions.push(InlineKeyboardButton::callback(
                i18n::evaluation_button_evaluate(lang),
                Action::Start(period, key).encode(),
            ));
        }
        rows.insert(0, actions);
        if let Some(e) = evaluation.filter(|e| e.is_final()) {
            rows.insert(1, form_buttons(lang, &e));
        }
    }
    show(bot, chat, edit, text, InlineKeyboardMarkup::new(rows)).await
}

/// Sends a person's evidence of a period again: one summary line (with the links and
/// notes), then the files of each indicator as albums whose captions say whose evidence for
/// which indicator. Returns how many items there were.
async fn resend_evidence(
    bot: &TgBot,
    store: &Store,
    (chat, lang): (ChatId, Lang),
    person: &Person,
    period: Period,
) -> anyhow::Result<usize> {
    let Some(content) = store.approved_content(&person.nip, period.year).await? else {
        return Ok(0);
    };
    let realisations = store.realisations(&person.nip, period).await?;
    let mut files = Vec::new();
    let mut others = Vec::new();
    let mut count = 0;
    for (n, ind) in numbered(&content) {
        let Some(r) = realisations.iter().find(|r| r.indicator_id == ind.id) else {
            continue;
        };
        let mut these = Vec::new();
        for e in &r.evidence {
            count += 1;
            let kind = match (e.kind.as_str(), &e.file_id) {
                ("photo", Some(file)) => Some((MediaKind::Photo, file)),
                ("document", Some(file)) => Some((MediaKind::Document, file)),
                _ => None,
            };
            match kind {
                Some((kind, file)) => these.push((kind, file.clone(), e.caption.clone())),
                None => others.push(crate::bot::assessment::views::evidence_other(
                    lang,
                    &n,
                    e.url.as_deref(),
                    e.caption.as_deref(),
                )),
            }
        }
        let total = these.len();
        for (i, (kind, file, caption)) in these.into_iter().enumerate() {
            files.push(AlbumItem {
                kind,
                file: InputFile::file_id(FileId(file)),
                caption: Some(crate::bot::assessment::views::evidence_caption(
                    lang,
                    &person.nama,
                    &n,
                    (i + 1, total),
                    caption.as_deref(),
                )),
            });
        }
    }
    if count == 0 {
        return Ok(0);
    }
    let albums = albums(files);
    let mut summary = vec![crate::bot::assessment::views::evidence_summary(
        lang,
        &person.nama,
        period,
        count,
        albums.len(),
    )];
    summary.extend(others);
    for page in pages(&summary, PAGE_BUDGET) {
        say(bot, chat, page.join("\n")).await?;
    }
    for album in albums {
        bot.post(chat, album);
    }
    Ok(count)
}

/// After an evaluation is saved: the next person, or back to the team.
fn after_saving(lang: Lang, period: Period, more: bool) -> InlineKeyboardMarkup {
    let mut row = Vec::new();
    if more {
        row.push(InlineKeyboardButton::callback(
            i18n::evaluation_button_next_person(lang),
            Action::NextPerson(period).encode(),
        ));
    }
    row.push(InlineKeyboardButton::callback(
        i18n::evaluation_button_team(lang),
        Action::Team(period, 0).encode(),
    ));
    InlineKeyboardMarkup::new(vec![row])
}

fn rating_keyboard(lang: Lang, action: fn(Rating) -> Action) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(
        Rating::ALL
            .into_iter()
            .map(|r| {
                vec![InlineKeyboardButton::callback(
                    r.label_in(lang),
                    action(r).encode(),
                )]
            })
            .collect::<Vec<_>>(),
    )
}

async fn ask_value_notes(
    bot: &TgBot,
    lang: Lang,
    chat: ChatId,
    a: &Assessment,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = NilaiBerakhlak::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|n| {
                    let mark = if a.value_notes.iter().any(|(v, _)| *v == n.number()) {
                        "✓ "
                    } else {
                        ""
                    };
                    InlineKeyboardButton::callback(
                        format!("{mark}{}", n.label_in(lang)),
                        Action::ValueNote(n.number()).encode(),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(vec![InlineKeyboardButton::callback(
        i18n::evaluation_button_next(lang),
        Action::Next.encode(),
    )]);
    let text = crate::bot::assessment::views::ask_value_notes(lang, &a.value_notes);
    show(bot, chat, edit, text, InlineKeyboardMarkup::new(rows)).await
}

/// The confirmation: the ratings, the predikat, the feedback and notes so far. Typing now
/// adds (or replaces) the feedback; the notes per value are one button away.
async fn confirm(
    bot: &TgBot,
    store: &Store,
    lang: Lang,
    chat: ChatId,
    a: &Assessment,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let (Some(hasil), Some(perilaku)) = (a.hasil, a.perilaku) else {
        return Ok(());
    };
    let Some(person) = store.person(&a.nip).await? else {
        return Ok(());
    };
    let b = |label: String, action: Action| InlineKeyboardButton::callback(label, action.encode());
    let keyboard = InlineKeyboardMarkup::new(vec![
        vec![b(i18n::evaluation_button_save(lang), Action::Save)],
        vec![
            b(i18n::evaluation_button_value_notes(lang), Action::Notes),
            b(i18n::evaluation_button_cancel(lang), Action::Cancel),
        ],
    ]);
    let text = crate::bot::assessment::views::confirm_evaluation(
        lang,
        &person,
        a.period,
        (hasil, perilaku),
        a.feedback.as_deref(),
        &a.value_notes,
    );
    show(bot, chat, edit, text, keyboard).await
}

/// After the ratings: the feedback when it is required and missing, else the confirmation.
async fn feedback_or_confirm(
    bot: &TgBot,
    store: &Store,
    lang: Lang,
    chat: ChatId,
    a: &mut Assessment,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let (Some(hasil), Some(perilaku)) = (a.hasil, a.perilaku) else {
        return Ok(());
    };
    if check_feedback(hasil, perilaku, a.feedback.as_deref()).is_err() {
        a.step = AssessStep::Feedback;
        let text = crate::bot::assessment::views::ask_feedback(lang, true);
        return show(bot, chat, edit, text, InlineKeyboardMarkup::default()).await;
    }
    a.step = AssessStep::Confirm;
    confirm(bot, store, lang, chat, a, edit).await
}

/// The next person of the presser's team not yet evaluated for the period who can be (an
/// approved plan for a quarter), in the team list's order.
async fn next_to_evaluate(
    store: &Store,
    member: &Member,
    period: Period,
) -> anyhow::Result<Option<Person>> {
    let people = store
        .evaluatees(&member.person.nip, member.person.is_admin)
        .await?;
    for p in people {
        match status_of(store, &p.nip, period).await? {
            PeriodStatus::NoPlan | PeriodStatus::Evaluated(_) => continue,
            _ => {}
        }
        if let Some(person) = authorised_person(store, member, &p.nip).await? {
            return Ok(Some(person));
        }
    }
    Ok(None)
}

/// Starts evaluating `person`: the Hasil Kerja question, with their realisation above it
/// when `with_summary` (they were not on screen before).
async fn start_assessment(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: &ChatDialogue,
    (period, person): (Period, &Person),
    with_summary: bool,
) -> anyhow::Result<Answer> {
    let lang = member.lang;
    if !store
        .period_window(period)
        .await?
        .evaluasi_open(period, today_wib())
    {
        return Ok(Answer::alert(EvaluationError::WindowClosed.localize(lang)));
    }
    if store
        .evaluation(&person.nip, period)
        .await?
        .is_some_and(|e| e.is_final())
    {
        return Ok(Answer::alert(
            EvaluationError::AlreadyEvaluated.localize(lang),
        ));
    }
    let a = Assessment {
        nip: person.nip.clone(),
        period,
        hasil: None,
        perilaku: None,
        value_notes: Vec::new(),
        feedback: None,
        step: AssessStep::Hasil,
    };
    dialogue
        .update(State::Assessment(state::State::Assessing(Box::new(a))))
        .await?;
    let mut text = String::new();
    let mut keyboard = rating_keyboard(lang, Action::Hasil);
    if with_summary {
        text = crate::bot::assessment::views::person_realisation_header(lang, period, person);
        let content = match period.is_quarter() {
            true => store.approved_content(&person.nip, period.year).await?,
            false => None,
        };
        if let Some(content) = content {
            let nav = |_| Action::Team(period, 0);
            let (body, _) =
                summary(lang, store, &person.nip, period, &content, 0, None, nav).await?;
            text.push_str(&body);
        }
        text.push_str("\n\n");
        if let Some(key) = NipKey::new(&person.nip) {
            keyboard
                .inline_keyboard
                .push(vec![InlineKeyboardButton::callback(
                    i18n::evaluation_button_resend(lang),
                    Action::Resend(period, key).encode(),
                )]);
        }
    }
    let question = crate::bot::assessment::views::ask_hasil(lang, person, period);
    text.push_str(&question);
    // A realisation too long to sit above the question is left to the person's own view.
    if visible_len(&text) > MAX_MESSAGE - 100 {
        text = question;
    }
    say_with(bot, ChatId(member.chat_id), text, keyboard).await?;
    Ok(Answer::silent())
}

/// The number (`1.2`) and indicator `id` of a person's approved plan for the period's
/// year, if it is one of them.
async fn indicator_of(
    store: &Store,
    nip: &str,
    period: Period,
    id: i64,
) -> anyhow::Result<Option<(String, Indikator)>> {
    let Some(content) = store.approved_content(nip, period.year).await? else {
        return Ok(None);
    };
    Ok(numbered(&content)
        .into_iter()
        .find(|(_, ind)| ind.id == id)
        .map(|(n, ind)| (n, ind.clone())))
}

/// Every `pn:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let (chat, lang) = (ChatId(member.chat_id), member.lang);
    let here = q
        .message
        .as_ref()
        .filter(|m| m.chat().id == chat)
        .map(|m| (m.chat().id, m.id()));
    let roles = member.person.roles();
    if !roles.supervisor && !roles.admin {
        return Ok(Answer::alert(i18n::only_supervisors(lang)));
    }
    // Buttons about one person: the presser must evaluate them now.
    let target = match action {
        Action::Person(p, nip, _)
        | Action::Resend(p, nip)
        | Action::Comment(p, nip)
        | Action::CommentOn(p, nip, _)
        | Action::Start(p, nip) => match authorised_person(store, member, nip.as_str()).await? {
            Some(person) => Some((p, person)),
            None => {
                tracing::warn!(
                    user = member.telegram_user_id,
                    "evaluation button for someone not on the presser's team"
                );
                return Ok(Answer::alert(
                    EvaluationError::NotYourSubordinate.localize(lang),
                ));
            }
        },
        _ => None,
    };
    match (action, target) {
        (Action::Team(period, page), _) => {
            show_team(bot, store, member, period, page as usize, here).await?;
        }
        (Action::Person(_, _, page), Some((period, person))) => {
            let edit = if page == 0 { None } else { here };
            show_person(bot, store, member, (period, &person), page as usize, edit).await?;
        }
        (Action::Resend(..), Some((period, person))) => {
            let sent = resend_evidence(bot, store, (chat, lang), &person, period).await?;
            return Ok(Answer::toast(if sent == 0 {
                i18n::evaluation_no_evidence(lang)
            } else {
                i18n::evaluation_evidence_resent(
                    lang,
                    &crate::bot::assessment::views::evidence_count(lang, sent),
                )
            }));
        }
        (Action::Comment(..), Some((period, person))) => {
            dialogue
                .update(State::Assessment(state::State::CommentText {
                    nip: person.nip.clone(),
                    period,
                    indicator: None,
                }))
                .await?;
            say(
                bot,
                chat,
                i18n::evaluation_ask_comment(lang, &messages::esc(&person.nama)),
            )
            .await?;
        }
        (Action::CommentOn(_, _, id), Some((period, person))) => {
            // The indicator must be one of the person's approved plan, now.
            let Some((n, indicator)) = indicator_of(store, &person.nip, period, id).await? else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            dialogue
                .update(State::Assessment(state::State::CommentText {
                    nip: person.nip.clone(),
                    period,
                    indicator: Some(id),
                }))
                .await?;
            say(
                bot,
                chat,
                crate::bot::assessment::views::ask_indicator_comment(
                    lang,
                    &person.nama,
                    &n,
                    &indicator,
                ),
            )
            .await?;
        }
        (Action::Start(..), Some((period, person))) => {
            return start_assessment(bot, store, member, &dialogue, (period, &person), false).await;
        }
        (Action::NextPerson(period), _) => {
            let Some(person) = next_to_evaluate(store, member, period).await? else {
                return Ok(Answer::alert(i18n::evaluation_everyone_evaluated(
                    lang,
                    &period.label_in(lang),
                )));
            };
            return start_assessment(bot, store, member, &dialogue, (period, &person), true).await;
        }
        (step_action, _) => {
            let Some(State::Assessment(state::State::Assessing(mut a))) = dialogue.get().await?
            else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            match (step_action, a.step) {
                (Action::Hasil(r), AssessStep::Hasil) => {
                    a.hasil = Some(r);
                    a.step = AssessStep::Perilaku;
                    show(
                        bot,
                        chat,
                        here,
                        crate::bot::assessment::views::ask_perilaku(lang, r),
                        rating_keyboard(lang, Action::Perilaku),
                    )
                    .await?;
                }
                (Action::Perilaku(r), AssessStep::Perilaku) => {
                    a.perilaku = Some(r);
                    feedback_or_confirm(bot, store, lang, chat, &mut a, here).await?;
                }
                (Action::ValueNote(n), AssessStep::ValueNotes) => {
                    let Some(nilai) = NilaiBerakhlak::from_number(n) else {
                        return Ok(Answer::alert(i18n::stale_button(lang)));
                    };
                    a.step = AssessStep::ValueNoteText(n);
                    let text = crate::bot::assessment::views::ask_value_note(lang, nilai);
                    show(bot, chat, here, text, InlineKeyboardMarkup::default()).await?;
                }
                (Action::Next, AssessStep::ValueNotes) => {
                    feedback_or_confirm(bot, store, lang, chat, &mut a, here).await?;
                }
                (Action::Notes, AssessStep::Confirm) => {
                    a.step = AssessStep::ValueNotes;
                    ask_value_notes(bot, lang, chat, &a, here).await?;
                }
                (Action::SkipFeedback, AssessStep::Feedback) => {
                    let (Some(hasil), Some(perilaku)) = (a.hasil, a.perilaku) else {
                        return Ok(Answer::alert(i18n::stale_button(lang)));
                    };
                    if let Err(e) = check_feedback(hasil, perilaku, None) {
                        return Ok(Answer::alert(e.localize(lang)));
                    }
                    a.step = AssessStep::Confirm;
                    confirm(bot, store, lang, chat, &a, here).await?;
                }
                (Action::Cancel, _) => {
                    dialogue.exit().await?;
                    say(bot, chat, i18n::evaluation_cancelled(lang)).await?;
                    return Ok(Answer::silent());
                }
                (Action::Save, AssessStep::Confirm) => {
                    let (Some(hasil), Some(perilaku)) = (a.hasil, a.perilaku) else {
                        return Ok(Answer::alert(i18n::stale_button(lang)));
                    };
                    let new = NewEvaluation {
                        hasil,
                        perilaku,
                        feedback: a.feedback.clone(),
                        value_notes: a.value_notes.clone(),
                    };
                    let saved = match store
                        .save_evaluation(&a.nip, a.period, &member.person.nip, &new)
                        .await
                    {
                        Ok(saved) => saved,
                        Err(EvalStoreError::Refused(e)) => {
                            dialogue.exit().await?;
                            return Ok(Answer::alert(e.localize(lang)));
                        }
                        Err(EvalStoreError::Store(e)) => return Err(e.into()),
                    };
                    dialogue.exit().await?;
                    let person = store.person(&a.nip).await?;
                    // The staff member is told in their own language.
                    if let Some(staff) = store.member_by_nip(&a.nip).await? {
                        let staff_chat = ChatId(staff.chat_id);
                        say(bot, staff_chat, i18n::evaluation_new_for_staff(staff.lang)).await?;
                        send_evaluation(bot, store, (staff_chat, staff.lang), &saved).await?;
                    }
                    if let Some(person) = person {
                        let more = next_to_evaluate(store, member, a.period).await?.is_some();
                        let text = crate::bot::assessment::views::evaluation_saved(
                            lang,
                            &person,
                            saved.predikat,
                        );
                        let mut keyboard = after_saving(lang, a.period, more);
                        keyboard.inline_keyboard.push(form_buttons(lang, &saved));
                        show(bot, chat, here, text, keyboard).await?;
                    }
                    return Ok(Answer::silent());
                }
                _ => return Ok(Answer::alert(i18n::stale_button(lang))),
            }
            dialogue
                .update(State::Assessment(state::State::Assessing(a)))
                .await?;
        }
    }
    Ok(Answer::silent())
}
