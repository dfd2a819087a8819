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
use super::widgets::{button, nav_row, page_footer, period_choice};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with, show};
use crate::bot::my_evaluations;
use crate::bot::plan::views::MAX_PLAN_TEXT;
use crate::domain::access::{self, Duty};
use crate::domain::broadcast::{MAX_MESSAGE, visible_len};
use crate::domain::evaluation::{
    EvaluationError, Period, PeriodKind, PeriodStatus, Rating, check_evaluable, check_feedback,
    realisation_complete,
};
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::plan::{NilaiBerakhlak, PlanContent, may_decide};
use crate::domain::time::{current_year_wib, today_wib};
use crate::i18n::{self, Label, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::evaluations::{
    EvalStoreError, EvaluationRow, Evidence, NewEvaluation, Realisation,
};
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

/// The supervisor at work: who, in which chat and language, and the message a pressed
/// button sits on (none for a typed message).
struct Ctx<'a> {
    bot: &'a TgBot,
    store: &'a Store,
    member: &'a Member,
    chat: ChatId,
    lang: Lang,
    here: Option<(ChatId, MessageId)>,
}

impl<'a> Ctx<'a> {
    fn new(bot: &'a TgBot, store: &'a Store, member: &'a Member) -> Ctx<'a> {
        Ctx {
            bot,
            store,
            member,
            chat: ChatId(member.chat_id),
            lang: member.lang,
            here: None,
        }
    }

    /// The context of a button press: the message it sits on, when it is in this chat.
    fn pressed(bot: &'a TgBot, store: &'a Store, member: &'a Member, q: &CallbackQuery) -> Ctx<'a> {
        let cx = Ctx::new(bot, store, member);
        let here = super::pressed_in(q, cx.chat);
        Ctx { here, ..cx }
    }

    /// Shows a view: edits the message pressed on, or sends it anew.
    async fn show(&self, text: String, keyboard: InlineKeyboardMarkup) -> anyhow::Result<()> {
        show(self.bot, self.chat, self.here, text, keyboard).await
    }
}

/// `/penilaian`: the open period (or a choice of them).
pub async fn start(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<()> {
    let cx = Ctx::new(bot, store, member);
    let open = open_periods(store).await?;
    match open.as_slice() {
        [] => say(bot, cx.chat, i18n::evaluation_no_open_period(cx.lang)).await,
        [only] => show_team(&cx, *only, 0).await,
        several => {
            let rows = period_choice(cx.lang, several, |p| Action::Team(p, 0));
            say_with(bot, cx.chat, i18n::evaluation_choose_period(cx.lang), rows).await
        }
    }
}

async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    let cx = Ctx {
        chat: msg.chat.id,
        ..Ctx::new(&bot, &store, &member)
    };
    let text = msg
        .text()
        .map(str::trim)
        .filter(|t| !t.is_empty() && t.chars().count() <= MAX_PLAN_TEXT);
    match state {
        State::Assessment(state::State::CommentText {
            nip,
            period,
            indicator,
        }) => match text {
            Some(text) => comment(&cx, &dialogue, (period, &nip), indicator, text).await,
            None => say(cx.bot, cx.chat, text_expected(cx.lang)).await,
        },
        State::Assessment(state::State::Assessing(a)) => typed(&cx, &dialogue, a, text).await,
        _ => Ok(()),
    }
}

/// Text typed during an evaluation: a value's note, or the feedback.
async fn typed(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    a: Box<Assessment>,
    text: Option<&str>,
) -> HandlerResult {
    match (a.step, text) {
        (AssessStep::ValueNoteText(n), Some(text)) => note_value(cx, dialogue, a, n, text).await,
        (AssessStep::Feedback | AssessStep::Confirm, Some(text)) => {
            write_feedback(cx, dialogue, a, text).await
        }
        (AssessStep::ValueNoteText(_) | AssessStep::Feedback | AssessStep::Confirm, None) => {
            say(cx.bot, cx.chat, text_expected(cx.lang)).await
        }
        _ => say(cx.bot, cx.chat, i18n::use_the_buttons(cx.lang)).await,
    }
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
    if let Err(denied) = access::check(&member.person, Duty::Assess) {
        return Ok(Answer::alert(denied.localize(member.lang)));
    }
    let cx = Ctx::pressed(bot, store, member, q);
    if let Some((period, nip)) = action.about() {
        // Buttons about one person: the presser must evaluate them now.
        let Some(person) = authorised_person(&cx, nip.as_str()).await? else {
            tracing::warn!(
                user = member.telegram_user_id,
                "evaluation button for someone not on the presser's team"
            );
            let refusal = EvaluationError::NotYourSubordinate.localize(cx.lang);
            return Ok(Answer::alert(refusal));
        };
        return on_person(&cx, &dialogue, action, (period, &person)).await;
    }
    match action {
        Action::Team(period, page) => {
            show_team(&cx, period, page as usize).await?;
            Ok(Answer::silent())
        }
        Action::NextPerson(period) => next_person(&cx, &dialogue, period).await,
        step => on_step(&cx, &dialogue, step).await,
    }
}

/// A button about one person the presser evaluates.
async fn on_person(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    action: Action,
    subject: (Period, &Person),
) -> anyhow::Result<Answer> {
    match action {
        Action::Person(_, _, page) => {
            let edit = if page == 0 { None } else { cx.here };
            show_person(cx, subject, page as usize, edit).await?;
            Ok(Answer::silent())
        }
        Action::Resend(..) => resend(cx, subject).await,
        Action::Comment(..) => ask_comment(cx, dialogue, subject).await,
        Action::CommentOn(_, _, id) => ask_indicator_comment(cx, dialogue, subject, id).await,
        Action::Start(..) => start_assessment(cx, dialogue, subject, false).await,
        _ => Ok(stale(cx.lang)),
    }
}

/// A button of the evaluation in progress, taken only at the step it belongs to.
async fn on_step(cx: &Ctx<'_>, dialogue: &ChatDialogue, action: Action) -> anyhow::Result<Answer> {
    let Some(State::Assessment(state::State::Assessing(a))) = dialogue.get().await? else {
        return Ok(stale(cx.lang));
    };
    match (action, a.step) {
        (Action::Hasil(r), AssessStep::Hasil) => rate_hasil(cx, dialogue, a, r).await,
        (Action::Perilaku(r), AssessStep::Perilaku) => rate_perilaku(cx, dialogue, a, r).await,
        (Action::ValueNote(n), AssessStep::ValueNotes) => pick_value(cx, dialogue, a, n).await,
        (Action::Next, AssessStep::ValueNotes) => on_to_feedback(cx, dialogue, a).await,
        (Action::Notes, AssessStep::Confirm) => back_to_value_notes(cx, dialogue, a).await,
        (Action::SkipFeedback, AssessStep::Feedback) => skip_feedback(cx, dialogue, a).await,
        (Action::Cancel, _) => cancel(cx, dialogue).await,
        (Action::Save, AssessStep::Confirm) => save(cx, dialogue, &a).await,
        _ => Ok(stale(cx.lang)),
    }
}

/// The supervisor's comment, stored and sent to the staff member.
async fn comment(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    (period, nip): (Period, &str),
    indicator: Option<i64>,
    text: &str,
) -> HandlerResult {
    dialogue.exit().await?;
    let Some(person) = authorised_person(cx, nip).await? else {
        let refusal = EvaluationError::NotYourSubordinate.localize(cx.lang);
        return say(cx.bot, cx.chat, messages::esc(&refusal)).await;
    };
    // An indicator dropped from the plan since the tap makes a comment on the period.
    let about = match indicator {
        Some(id) => super::realisation::indicator(cx.store, nip, period, id).await?,
        None => None,
    };
    cx.store
        .add_feedback_message(
            nip,
            period,
            &cx.member.person.nip,
            text,
            indicator.filter(|_| about.is_some()),
        )
        .await?;
    let about = about
        .as_ref()
        .map(|(n, ind)| (n.as_str(), ind.text.as_str()));
    tell_staff_of_comment(cx, &person, period, about, text).await?;
    say(cx.bot, cx.chat, i18n::evaluation_comment_sent(cx.lang)).await
}

/// The comment as the staff member reads it, in their own language, with a button to answer.
async fn tell_staff_of_comment(
    cx: &Ctx<'_>,
    person: &Person,
    period: Period,
    about: Option<(&str, &str)>,
    text: &str,
) -> HandlerResult {
    let Some(staff) = cx.store.member_by_nip(&person.nip).await? else {
        return Ok(());
    };
    let answer =
        CallbackAction::MyEvaluations(my_evaluations::action::Action::FeedbackAnswer(period));
    let keyboard = InlineKeyboardMarkup::new(vec![vec![button(
        i18n::evaluation_button_answer(staff.lang),
        answer,
    )]]);
    let text = views::comment_for_staff(staff.lang, &cx.member.person.nama, period, about, text);
    say_with(cx.bot, ChatId(staff.chat_id), text, keyboard).await
}

/// A value's note typed: kept (replacing an earlier one), back to the choice of values.
async fn note_value(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut a: Box<Assessment>,
    n: u8,
    text: &str,
) -> HandlerResult {
    a.value_notes.retain(|(v, _)| *v != n);
    a.value_notes.push((n, text.to_string()));
    a.value_notes.sort_by_key(|(v, _)| *v);
    a.step = AssessStep::ValueNotes;
    ask_value_notes(cx, &a).await?;
    keep(dialogue, a).await
}

/// The feedback typed (or typed again at the confirmation): on to the confirmation.
async fn write_feedback(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut a: Box<Assessment>,
    text: &str,
) -> HandlerResult {
    a.feedback = Some(text.to_string());
    a.step = AssessStep::Confirm;
    confirm(cx, &a).await?;
    keep(dialogue, a).await
}

/// The team for a period with each person's status, paged, in place of the pressed message.
async fn show_team(cx: &Ctx<'_>, period: Period, page: usize) -> anyhow::Result<()> {
    let lang = cx.lang;
    let people = cx
        .store
        .evaluatees(&cx.member.person.nip, cx.member.person.is_admin)
        .await?;
    if people.is_empty() {
        return say(cx.bot, cx.chat, i18n::evaluation_nobody(lang)).await;
    }
    let mut lines = Vec::with_capacity(people.len());
    for (i, p) in people.iter().enumerate() {
        let status = status_of(cx.store, &p.nip, period).await?;
        lines.push(views::assess_line(
            i + 1,
            &p.nama,
            &views::period_status(lang, status),
        ));
    }
    let split = pages_of_at_most(&lines, PAGE_BUDGET, PEOPLE_PER_PAGE);
    let page = page.min(split.len() - 1);
    let first: usize = split[..page].iter().map(Vec::len).sum();
    let window = cx.store.period_window(period).await?;
    let mut text = views::team_assess_header(lang, period, &window);
    text.push_str(&split[page].join("\n"));
    if split.len() > 1 {
        text.push_str(&page_footer(lang, page, split.len()));
    }
    let shown = &people[first..first + split[page].len()];
    let mut rows = person_rows(period, first, shown);
    rows.extend(nav_row(lang, page, split.len(), |p| {
        Action::Team(period, p)
    }));
    if next_to_evaluate(cx, period).await?.is_some() {
        rows.push(vec![button(
            i18n::evaluation_button_next_person(lang),
            Action::NextPerson(period),
        )]);
    }
    cx.show(text, InlineKeyboardMarkup::new(rows)).await
}

/// One button per person on a page of the team list, numbered from `first + 1`.
fn person_rows(period: Period, first: usize, people: &[Person]) -> Vec<Vec<InlineKeyboardButton>> {
    people
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let key = NipKey::new(&p.nip)?;
            let short: String = p.nama.chars().take(40).collect();
            Some(vec![button(
                format!("{}. {short}", first + i + 1),
                Action::Person(period, key, 0),
            )])
        })
        .collect()
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
            .any(|r| r.indicator_id == ind.id && realisation_complete(r.value, r.evidence.len()))
    });
    Ok(if complete {
        PeriodStatus::Ready
    } else {
        PeriodStatus::Partial
    })
}

/// One person's realisation for a period, with what the supervisor can do about it.
async fn show_person(
    cx: &Ctx<'_>,
    (period, person): (Period, &Person),
    page: usize,
    edit: Option<(ChatId, MessageId)>,
) -> anyhow::Result<()> {
    let lang = cx.lang;
    let mut text = views::person_realisation_header(lang, period, person);
    let mut rows = Vec::new();
    if let Some(content) = quarter_plan(cx.store, &person.nip, period).await? {
        let (body, mut nav) = realisation_pages(cx, (period, person), &content, page).await?;
        text.push_str(&body);
        rows.append(&mut nav);
    } else if period.is_quarter() {
        let year = period.year.to_string();
        text.push_str(&format!(
            "\n\n{}",
            i18n::realisation_no_approved_plan(lang, &year)
        ));
    }
    if period.kind == PeriodKind::Tahunan {
        let quarters = cx.store.evaluations_of(&person.nip, period.year).await?;
        text.push_str(&views::quarter_context(lang, &quarters));
    }
    if let Some(key) = NipKey::new(&person.nip) {
        let evaluated = cx
            .store
            .evaluation(&person.nip, period)
            .await?
            .filter(|e| e.is_final());
        rows.splice(0..0, person_actions(lang, period, key, evaluated.as_ref()));
    }
    show(cx.bot, cx.chat, edit, text, InlineKeyboardMarkup::new(rows)).await
}

/// The approved plan whose realisation a quarter shows (the annual period shows none).
async fn quarter_plan(
    store: &Store,
    nip: &str,
    period: Period,
) -> anyhow::Result<Option<PlanContent>> {
    match period.is_quarter() {
        true => Ok(store.approved_content(nip, period.year).await?),
        false => Ok(None),
    }
}

/// A page of the person's realisation, a comment button per indicator, and its paging row.
async fn realisation_pages(
    cx: &Ctx<'_>,
    (period, person): (Period, &Person),
    content: &PlanContent,
    page: usize,
) -> anyhow::Result<(String, Vec<Vec<InlineKeyboardButton>>)> {
    let key = NipKey::new(&person.nip);
    let comment = |n: &str, id: i64| {
        let action = match key {
            Some(key) => Action::CommentOn(period, key, id),
            None => Action::Team(period, 0),
        };
        button(format!("💬 {n}"), action)
    };
    let nav = |p| match key {
        Some(key) => Action::Person(period, key, p),
        None => Action::Team(period, 0),
    };
    let (lang, nip) = (cx.lang, &person.nip);
    summary(
        lang,
        cx.store,
        nip,
        period,
        content,
        page,
        Some(&comment),
        nav,
    )
    .await
}

/// Resend, comment and evaluate (or, once evaluated, the evaluation's forms).
fn person_actions(
    lang: Lang,
    period: Period,
    key: NipKey,
    evaluated: Option<&EvaluationRow>,
) -> Vec<Vec<InlineKeyboardButton>> {
    let mut actions = vec![
        button(
            i18n::evaluation_button_resend(lang),
            Action::Resend(period, key),
        ),
        button(
            i18n::evaluation_button_comment(lang),
            Action::Comment(period, key),
        ),
    ];
    match evaluated {
        None => {
            actions.push(button(
                i18n::evaluation_button_evaluate(lang),
                Action::Start(period, key),
            ));
            vec![actions]
        }
        Some(e) => vec![actions, form_buttons(lang, e)],
    }
}

/// The evidence again, and a toast saying how much there was.
async fn resend(cx: &Ctx<'_>, (period, person): (Period, &Person)) -> anyhow::Result<Answer> {
    let lang = cx.lang;
    let sent = resend_evidence(cx, person, period).await?;
    Ok(Answer::toast(if sent == 0 {
        i18n::evaluation_no_evidence(lang)
    } else {
        i18n::evaluation_evidence_resent(lang, &views::evidence_count(lang, sent))
    }))
}

/// A person's evidence for a period, gathered to be sent again.
#[derive(Default)]
struct Gathered {
    /// The photos and documents, captioned.
    files: Vec<AlbumItem>,
    /// A line per link or note.
    others: Vec<String>,
    /// Every piece of evidence, files or not.
    count: usize,
}

/// Sends a person's evidence of a period again: one summary line (with the links and
/// notes), then the files of each indicator as albums whose captions say whose evidence for
/// which indicator. Returns how many items there were.
async fn resend_evidence(cx: &Ctx<'_>, person: &Person, period: Period) -> anyhow::Result<usize> {
    let Some(content) = cx.store.approved_content(&person.nip, period.year).await? else {
        return Ok(0);
    };
    let realisations = cx.store.realisations(&person.nip, period).await?;
    let gathered = gather_evidence(cx.lang, person, &content, &realisations);
    if gathered.count == 0 {
        return Ok(0);
    }
    let albums = albums(gathered.files);
    let mut summary = vec![views::evidence_summary(
        cx.lang,
        &person.nama,
        period,
        gathered.count,
        albums.len(),
    )];
    summary.extend(gathered.others);
    for page in pages(&summary, PAGE_BUDGET) {
        say(cx.bot, cx.chat, page.join("\n")).await?;
    }
    for album in albums {
        cx.bot.post(cx.chat, album);
    }
    Ok(gathered.count)
}

/// The evidence of every indicator of the plan, in the plan's order.
fn gather_evidence(
    lang: Lang,
    person: &Person,
    content: &PlanContent,
    realisations: &[Realisation],
) -> Gathered {
    let mut gathered = Gathered::default();
    for (n, ind) in numbered(content) {
        let Some(r) = realisations.iter().find(|r| r.indicator_id == ind.id) else {
            continue;
        };
        gathered.count += r.evidence.len();
        let mut these = Vec::new();
        for e in &r.evidence {
            match stored_file(e) {
                Some((kind, file)) => these.push((kind, file, e.caption.as_deref())),
                None => gathered.others.push(views::evidence_other(
                    lang,
                    &n,
                    e.url.as_deref(),
                    e.caption.as_deref(),
                )),
            }
        }
        let total = these.len();
        let files = these
            .into_iter()
            .enumerate()
            .map(|(i, (kind, file, caption))| {
                let caption =
                    views::evidence_caption(lang, &person.nama, &n, (i + 1, total), caption);
                AlbumItem {
                    kind,
                    file: InputFile::file_id(FileId(file.to_string())),
                    caption: Some(caption),
                }
            });
        gathered.files.extend(files);
    }
    gathered
}

/// A photo or document kept on Telegram's servers; links and notes are not.
fn stored_file(e: &Evidence) -> Option<(MediaKind, &str)> {
    match (e.kind.as_str(), &e.file_id) {
        ("photo", Some(file)) => Some((MediaKind::Photo, file)),
        ("document", Some(file)) => Some((MediaKind::Document, file)),
        _ => None,
    }
}

/// Asks for a comment on the person's realisation.
async fn ask_comment(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    (period, person): (Period, &Person),
) -> anyhow::Result<Answer> {
    dialogue
        .update(State::Assessment(state::State::CommentText {
            nip: person.nip.clone(),
            period,
            indicator: None,
        }))
        .await?;
    let text = i18n::evaluation_ask_comment(cx.lang, &messages::esc(&person.nama));
    say(cx.bot, cx.chat, text).await?;
    Ok(Answer::silent())
}

/// Asks for a comment on one indicator, which must be one of the person's approved plan now.
async fn ask_indicator_comment(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    (period, person): (Period, &Person),
    id: i64,
) -> anyhow::Result<Answer> {
    let Some((n, indicator)) =
        super::realisation::indicator(cx.store, &person.nip, period, id).await?
    else {
        return Ok(stale(cx.lang));
    };
    dialogue
        .update(State::Assessment(state::State::CommentText {
            nip: person.nip.clone(),
            period,
            indicator: Some(id),
        }))
        .await?;
    let text = views::ask_indicator_comment(cx.lang, &person.nama, &n, &indicator);
    say(cx.bot, cx.chat, text).await?;
    Ok(Answer::silent())
}

/// Nilai berikutnya: evaluating the next person of the team who can be.
async fn next_person(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    period: Period,
) -> anyhow::Result<Answer> {
    let Some(person) = next_to_evaluate(cx, period).await? else {
        let period = period.label_in(cx.lang);
        return Ok(Answer::alert(i18n::evaluation_everyone_evaluated(
            cx.lang, &period,
        )));
    };
    start_assessment(cx, dialogue, (period, &person), true).await
}

/// The next person of the presser's team not yet evaluated for the period who can be (an
/// approved plan for a quarter), in the team list's order.
async fn next_to_evaluate(cx: &Ctx<'_>, period: Period) -> anyhow::Result<Option<Person>> {
    let people = cx
        .store
        .evaluatees(&cx.member.person.nip, cx.member.person.is_admin)
        .await?;
    for p in people {
        if !status_of(cx.store, &p.nip, period)
            .await?
            .awaits_evaluation()
        {
            continue;
        }
        if let Some(person) = authorised_person(cx, &p.nip).await? {
            return Ok(Some(person));
        }
    }
    Ok(None)
}

/// Starts evaluating `person`: the Hasil Kerja question, with their realisation above it
/// when `with_summary` (they were not on screen before).
async fn start_assessment(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    (period, person): (Period, &Person),
    with_summary: bool,
) -> anyhow::Result<Answer> {
    let window_open = cx
        .store
        .period_window(period)
        .await?
        .evaluasi_open(period, today_wib());
    let evaluated = window_open
        && cx
            .store
            .evaluation(&person.nip, period)
            .await?
            .is_some_and(|e| e.is_final());
    if let Err(e) = check_evaluable(window_open, evaluated) {
        return Ok(Answer::alert(e.localize(cx.lang)));
    }
    let a = Assessment::new(person.nip.clone(), period);
    dialogue
        .update(State::Assessment(state::State::Assessing(Box::new(a))))
        .await?;
    let (text, keyboard) = hasil_question(cx, (period, person), with_summary).await?;
    say_with(cx.bot, cx.chat, text, keyboard).await?;
    Ok(Answer::silent())
}

/// The Hasil Kerja question; when `with_summary`, under the person's realisation (if it
/// fits in one message) and with the button to get their evidence again.
async fn hasil_question(
    cx: &Ctx<'_>,
    (period, person): (Period, &Person),
    with_summary: bool,
) -> anyhow::Result<(String, InlineKeyboardMarkup)> {
    let lang = cx.lang;
    let question = views::ask_hasil(lang, person, period);
    let mut keyboard = rating_keyboard(lang, Action::Hasil);
    if !with_summary {
        return Ok((question, keyboard));
    }
    let mut text = views::person_realisation_header(lang, period, person);
    if let Some(content) = quarter_plan(cx.store, &person.nip, period).await? {
        let nav = |_| Action::Team(period, 0);
        let (body, _) =
            summary(lang, cx.store, &person.nip, period, &content, 0, None, nav).await?;
        text.push_str(&body);
    }
    text.push_str("\n\n");
    if let Some(key) = NipKey::new(&person.nip) {
        keyboard.inline_keyboard.push(vec![button(
            i18n::evaluation_button_resend(lang),
            Action::Resend(period, key),
        )]);
    }
    text.push_str(&question);
    // A realisation too long to sit above the question is left to the person's own view.
    if visible_len(&text) > MAX_MESSAGE - 100 {
        text = question;
    }
    Ok((text, keyboard))
}

fn rating_keyboard(lang: Lang, action: fn(Rating) -> Action) -> InlineKeyboardMarkup {
    InlineKeyboardMarkup::new(
        Rating::ALL
            .into_iter()
            .map(|r| vec![button(r.label_in(lang), action(r))])
            .collect::<Vec<_>>(),
    )
}

async fn rate_hasil(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut a: Box<Assessment>,
    r: Rating,
) -> anyhow::Result<Answer> {
    a.hasil = Some(r);
    a.step = AssessStep::Perilaku;
    let text = views::ask_perilaku(cx.lang, r);
    let keyboard = rating_keyboard(cx.lang, Action::Perilaku);
    show(cx.bot, cx.chat, cx.here, text, keyboard).await?;
    keep(dialogue, a).await?;
    Ok(Answer::silent())
}

async fn rate_perilaku(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut a: Box<Assessment>,
    r: Rating,
) -> anyhow::Result<Answer> {
    a.perilaku = Some(r);
    on_to_feedback(cx, dialogue, a).await
}

/// After the ratings, or Lanjut from the choice of values: the feedback when it is required,
/// else the confirmation.
async fn on_to_feedback(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut a: Box<Assessment>,
) -> anyhow::Result<Answer> {
    feedback_or_confirm(cx, &mut a).await?;
    keep(dialogue, a).await?;
    Ok(Answer::silent())
}

/// After the ratings: the feedback when it is required and missing, else the confirmation.
async fn feedback_or_confirm(cx: &Ctx<'_>, a: &mut Assessment) -> anyhow::Result<()> {
    let Some((hasil, perilaku)) = a.ratings() else {
        return Ok(());
    };
    if check_feedback(hasil, perilaku, a.feedback.as_deref()).is_err() {
        a.step = AssessStep::Feedback;
        let text = views::ask_feedback(cx.lang, true);
        return show(
            cx.bot,
            cx.chat,
            cx.here,
            text,
            InlineKeyboardMarkup::default(),
        )
        .await;
    }
    a.step = AssessStep::Confirm;
    confirm(cx, a).await
}

/// A value chosen to annotate: its note is asked for.
async fn pick_value(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut a: Box<Assessment>,
    n: u8,
) -> anyhow::Result<Answer> {
    let Some(nilai) = NilaiBerakhlak::from_number(n) else {
        return Ok(stale(cx.lang));
    };
    a.step = AssessStep::ValueNoteText(n);
    let text = views::ask_value_note(cx.lang, nilai);
    cx.show(text, InlineKeyboardMarkup::default()).await?;
    keep(dialogue, a).await?;
    Ok(Answer::silent())
}

/// The BerAKHLAK values to annotate, two a row, those with a note ticked.
async fn ask_value_notes(cx: &Ctx<'_>, a: &Assessment) -> anyhow::Result<()> {
    let lang = cx.lang;
    let noted = |n: &NilaiBerakhlak| a.value_notes.iter().any(|(v, _)| *v == n.number());
    let mut rows: Vec<Vec<InlineKeyboardButton>> = NilaiBerakhlak::ALL
        .chunks(2)
        .map(|pair| {
            pair.iter()
                .map(|n| {
                    let mark = if noted(n) { "✓ " } else { "" };
                    button(
                        format!("{mark}{}", n.label_in(lang)),
                        Action::ValueNote(n.number()),
                    )
                })
                .collect()
        })
        .collect();
    rows.push(vec![button(
        i18n::evaluation_button_next(lang),
        Action::Next,
    )]);
    let text = views::ask_value_notes(lang, &a.value_notes);
    cx.show(text, InlineKeyboardMarkup::new(rows)).await
}

/// Catatan per nilai, from the confirmation.
async fn back_to_value_notes(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut a: Box<Assessment>,
) -> anyhow::Result<Answer> {
    a.step = AssessStep::ValueNotes;
    ask_value_notes(cx, &a).await?;
    keep(dialogue, a).await?;
    Ok(Answer::silent())
}

/// No feedback: allowed only when the ratings do not require one.
async fn skip_feedback(
    cx: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut a: Box<Assessment>,
) -> anyhow::Result<Answer> {
    let Some((hasil, perilaku)) = a.ratings() else {
        return Ok(stale(cx.lang));
    };
    if let Err(e) = check_feedback(hasil, perilaku, None) {
        return Ok(Answer::alert(e.localize(cx.lang)));
    }
    a.step = AssessStep::Confirm;
    confirm(cx, &a).await?;
    keep(dialogue, a).await?;
    Ok(Answer::silent())
}

/// The confirmation: the ratings, the predikat, the feedback and notes so far. Typing now
/// adds (or replaces) the feedback; the notes per value are one button away.
async fn confirm(cx: &Ctx<'_>, a: &Assessment) -> anyhow::Result<()> {
    let lang = cx.lang;
    let Some(ratings) = a.ratings() else {
        return Ok(());
    };
    let Some(person) = cx.store.person(&a.nip).await? else {
        return Ok(());
    };
    let keyboard = InlineKeyboardMarkup::new(vec![
        vec![button(i18n::evaluation_button_save(lang), Action::Save)],
        vec![
            button(i18n::evaluation_button_value_notes(lang), Action::Notes),
            button(i18n::evaluation_button_cancel(lang), Action::Cancel),
        ],
    ]);
    let text = views::confirm_evaluation(
        lang,
        &person,
        a.period,
        ratings,
        a.feedback.as_deref(),
        &a.value_notes,
    );
    show(cx.bot, cx.chat, cx.here, text, keyboard).await
}

async fn cancel(cx: &Ctx<'_>, dialogue: &ChatDialogue) -> anyhow::Result<Answer> {
    dialogue.exit().await?;
    say(cx.bot, cx.chat, i18n::evaluation_cancelled(cx.lang)).await?;
    Ok(Answer::silent())
}

/// Saves the evaluation (the store re-checks authority, window and state), tells the staff
/// member, and offers the next person.
async fn save(cx: &Ctx<'_>, dialogue: &ChatDialogue, a: &Assessment) -> anyhow::Result<Answer> {
    let Some((hasil, perilaku)) = a.ratings() else {
        return Ok(stale(cx.lang));
    };
    let new = NewEvaluation {
        hasil,
        perilaku,
        feedback: a.feedback.clone(),
        value_notes: a.value_notes.clone(),
    };
    let evaluator = &cx.member.person.nip;
    let saved = match cx
        .store
        .save_evaluation(&a.nip, a.period, evaluator, &new)
        .await
    {
        Ok(saved) => saved,
        Err(EvalStoreError::Refused(e)) => {
            dialogue.exit().await?;
            return Ok(Answer::alert(e.localize(cx.lang)));
        }
        Err(EvalStoreError::Store(e)) => return Err(e.into()),
    };
    dialogue.exit().await?;
    let person = cx.store.person(&a.nip).await?;
    tell_staff_of_evaluation(cx, &a.nip, &saved).await?;
    if let Some(person) = person {
        show_saved(cx, (a.period, &person), &saved).await?;
    }
    Ok(Answer::silent())
}

/// The staff member is told in their own language, and gets the evaluation.
async fn tell_staff_of_evaluation(
    cx: &Ctx<'_>,
    nip: &str,
    saved: &EvaluationRow,
) -> anyhow::Result<()> {
    let Some(staff) = cx.store.member_by_nip(nip).await? else {
        return Ok(());
    };
    let staff_chat = ChatId(staff.chat_id);
    say(
        cx.bot,
        staff_chat,
        i18n::evaluation_new_for_staff(staff.lang),
    )
    .await?;
    send_evaluation(cx.bot, cx.store, (staff_chat, staff.lang), saved).await
}

/// The saved evaluation's predikat for the supervisor, with its forms and the way on.
async fn show_saved(
    cx: &Ctx<'_>,
    (period, person): (Period, &Person),
    saved: &EvaluationRow,
) -> anyhow::Result<()> {
    let lang = cx.lang;
    let more = next_to_evaluate(cx, period).await?.is_some();
    let text = views::evaluation_saved(lang, person, saved.predikat);
    let mut keyboard = after_saving(lang, period, more);
    keyboard.inline_keyboard.push(form_buttons(lang, saved));
    show(cx.bot, cx.chat, cx.here, text, keyboard).await
}

/// After an evaluation is saved: the next person, or back to the team.
fn after_saving(lang: Lang, period: Period, more: bool) -> InlineKeyboardMarkup {
    let mut row = Vec::new();
    if more {
        row.push(button(
            i18n::evaluation_button_next_person(lang),
            Action::NextPerson(period),
        ));
    }
    row.push(button(
        i18n::evaluation_button_team(lang),
        Action::Team(period, 0),
    ));
    InlineKeyboardMarkup::new(vec![row])
}

/// The person, if the presser evaluates them now.
async fn authorised_person(cx: &Ctx<'_>, nip: &str) -> anyhow::Result<Option<Person>> {
    let Some(person) = cx.store.person(nip).await? else {
        return Ok(None);
    };
    Ok(may_decide(&cx.member.person, &person)
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

/// Asks for a text again: the message was not one (or too long).
fn text_expected(lang: Lang) -> String {
    i18n::evaluation_text_expected(lang, &MAX_PLAN_TEXT.to_string())
}

/// A button that no longer fits where the evaluation stands.
fn stale(lang: Lang) -> Answer {
    Answer::alert(i18n::stale_button(lang))
}

/// Keeps the evaluation in progress for the next message or button.
async fn keep(dialogue: &ChatDialogue, a: Box<Assessment>) -> HandlerResult {
    dialogue
        .update(State::Assessment(state::State::Assessing(a)))
        .await?;
    Ok(())
}
