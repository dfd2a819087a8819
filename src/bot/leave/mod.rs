//! `/cuti`: a person records their leave (kind by buttons, the first and last day typed,
//! a document or photo or **Lewati**, a preview, **Simpan**), sees their leave under way
//! and ahead and withdraws one (**Batalkan**). The supervisor is told with **Tolak**, which
//! asks for a note and refuses the leave. Every step is kept in the dialogue, so a restart
//! loses nothing; every button is re-checked against the database when pressed.

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use chrono::NaiveDate;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{FileId, InputFile};

use super::Ctx;
use super::dialogue::{ChatDialogue, State};
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with};
use crate::domain::calendar::{Leave, LeaveKind};
use crate::domain::time::{parse_day, today_wib};
use crate::i18n::{self, Localize};
use crate::store::Store;
use crate::store::bindings::Member;
use crate::store::calendar::{LeaveFile, LeaveRecord, RecordLeave, RefuseLeave, WithdrawLeave};
use crate::telegram::Out;
use state::Attachment;

/// The longest note a supervisor may write when refusing.
const MAX_NOTE: usize = 500;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(|state| matches!(state, State::Leave(_)), message)
}

async fn message(
    bot: TgBot,
    store: Store,
    msg: Message,
    dialogue: ChatDialogue,
    state: State,
    member: Member,
) -> HandlerResult {
    let c = Ctx::of(&bot, &store, &member);
    let text = msg.text().map(str::trim).filter(|t| !t.is_empty());
    let State::Leave(state) = state else {
        return Ok(());
    };
    match state {
        state::State::LeaveFrom { kind } => from_typed(&c, &dialogue, kind, text).await,
        state::State::LeaveUntil { kind, from } => {
            until_typed(&c, &dialogue, kind, from, text).await
        }
        state::State::LeaveFile { kind, from, until } => {
            let Some((file_kind, file_id)) = super::realisation::attached_file(&msg) else {
                return say(c.bot, c.chat, i18n::leave_file_expected(c.lang)).await;
            };
            let file = Attachment {
                kind: file_kind.to_string(),
                file_id,
            };
            show_preview(&c, &dialogue, Leave { from, until, kind }, Some(file)).await
        }
        state::State::LeavePreview { .. } => {
            say(c.bot, c.chat, i18n::leave_preview_waiting(c.lang)).await
        }
        state::State::LeaveRefuseNote { leave_id } => {
            refuse_with_note(&c, &dialogue, leave_id, text).await
        }
    }
}

/// `/cuti` (or the menu's **Cuti**): one's leave under way and ahead, then the kinds.
pub async fn start(bot: &TgBot, store: &Store, member: &Member) -> HandlerResult {
    let c = Ctx::of(bot, store, member);
    let (text, keyboard) = views::overview(c.lang, &current_leave(&c).await?, today_wib());
    say_with(c.bot, c.chat, text, keyboard).await?;
    let (text, keyboard) = views::kinds(c.lang);
    say_with(c.bot, c.chat, text, keyboard).await
}

/// One's recorded leave that has not ended before today.
async fn current_leave(c: &Ctx<'_>) -> anyhow::Result<Vec<LeaveRecord>> {
    let today = today_wib();
    Ok(c.store
        .leave_of(c.nip())
        .await?
        .into_iter()
        .filter(|l| l.status == "recorded" && l.leave.until >= today)
        .collect())
}

/// One's recorded leave, as the domain checks a new one against.
async fn recorded(c: &Ctx<'_>) -> anyhow::Result<Vec<Leave>> {
    Ok(c.store
        .leave_of(c.nip())
        .await?
        .into_iter()
        .filter(|l| l.status == "recorded")
        .map(|l| l.leave)
        .collect())
}

/// The first day: read, and not inside a leave already recorded.
async fn from_typed(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    kind: LeaveKind,
    text: Option<&str>,
) -> HandlerResult {
    let from = match parse_day(text.unwrap_or_default()) {
        Ok(day) => day,
        Err(e) => return say(c.bot, c.chat, e.localize(c.lang)).await,
    };
    let one_day = Leave {
        from,
        until: from,
        kind,
    };
    if let Err(e) = one_day.check_against(&recorded(c).await?) {
        return say(c.bot, c.chat, refused_date(c, &e)).await;
    }
    dialogue
        .update(State::Leave(state::State::LeaveUntil { kind, from }))
        .await?;
    say(
        c.bot,
        c.chat,
        i18n::leave_ask_until(c.lang, &views::day(from)),
    )
    .await
}

fn refused_date(c: &Ctx<'_>, e: &crate::domain::calendar::LeaveError) -> String {
    i18n::leave_date_refused(c.lang, &e.localize(c.lang))
}

/// The last day: read, not before the first, not too long, overlapping nothing recorded.
async fn until_typed(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    kind: LeaveKind,
    from: NaiveDate,
    text: Option<&str>,
) -> HandlerResult {
    let until = match parse_day(text.unwrap_or_default()) {
        Ok(day) => day,
        Err(e) => return say(c.bot, c.chat, e.localize(c.lang)).await,
    };
    let leave = match Leave::new(from, until, kind) {
        Ok(leave) => leave,
        Err(e) => return say(c.bot, c.chat, refused_date(c, &e)).await,
    };
    if let Err(e) = leave.check_against(&recorded(c).await?) {
        return say(c.bot, c.chat, refused_date(c, &e)).await;
    }
    dialogue
        .update(State::Leave(state::State::LeaveFile { kind, from, until }))
        .await?;
    let (text, keyboard) = views::ask_file(c.lang);
    say_with(c.bot, c.chat, text, keyboard).await
}

async fn show_preview(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    leave: Leave,
    file: Option<Attachment>,
) -> HandlerResult {
    let (text, keyboard) = views::preview(c.lang, &leave, file.as_ref());
    dialogue
        .update(State::Leave(state::State::LeavePreview {
            kind: leave.kind,
            from: leave.from,
            until: leave.until,
            file,
        }))
        .await?;
    say_with(c.bot, c.chat, text, keyboard).await
}

/// Every `cu:` button.
pub async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    action: Action,
) -> anyhow::Result<Answer> {
    let c = Ctx::of(bot, store, member);
    match action {
        Action::Kind(kind) => {
            dialogue
                .update(State::Leave(state::State::LeaveFrom { kind }))
                .await?;
            let ask = i18n::leave_ask_from(c.lang, &views::kind(c.lang, kind));
            say(c.bot, c.chat, ask).await?;
            Ok(Answer::silent())
        }
        Action::New => {
            let (text, keyboard) = views::kinds(c.lang);
            say_with(c.bot, c.chat, text, keyboard).await?;
            Ok(Answer::silent())
        }
        Action::Skip => skip(&c, &dialogue).await,
        Action::Save => save(&c, &dialogue).await,
        Action::Abort => abort(&c, &dialogue).await,
        Action::Refuse(id) => start_refusal(&c, &dialogue, id).await,
        Action::File(id) => show_file(&c, id).await,
        Action::Withdraw(id) => withdraw(&c, id).await,
    }
}

/// The leave dialogue this chat is in, if any.
async fn leave_state(dialogue: &ChatDialogue) -> anyhow::Result<Option<state::State>> {
    Ok(match dialogue.get().await? {
        Some(State::Leave(state)) => Some(state),
        _ => None,
    })
}

/// **Lewati**: only while the document is asked for.
async fn skip(c: &Ctx<'_>, dialogue: &ChatDialogue) -> anyhow::Result<Answer> {
    let Some(state::State::LeaveFile { kind, from, until }) = leave_state(dialogue).await? else {
        return Ok(Answer::alert(i18n::stale_button(c.lang)));
    };
    show_preview(c, dialogue, Leave { from, until, kind }, None).await?;
    Ok(Answer::silent())
}

/// **Batal**: drops the leave being written (a refusal note is left with /batal).
async fn abort(c: &Ctx<'_>, dialogue: &ChatDialogue) -> anyhow::Result<Answer> {
    match leave_state(dialogue).await? {
        None | Some(state::State::LeaveRefuseNote { .. }) => {
            Ok(Answer::alert(i18n::leave_nothing_to_save(c.lang)))
        }
        Some(_) => {
            dialogue.exit().await?;
            say(c.bot, c.chat, i18n::leave_aborted(c.lang)).await?;
            Ok(Answer::silent())
        }
    }
}

/// **Simpan**: records the previewed leave, checked again in the transaction that writes
/// it, and tells the supervisor in the same transaction.
async fn save(c: &Ctx<'_>, dialogue: &ChatDialogue) -> anyhow::Result<Answer> {
    let Some(state::State::LeavePreview {
        kind,
        from,
        until,
        file,
    }) = leave_state(dialogue).await?
    else {
        return Ok(Answer::alert(i18n::leave_nothing_to_save(c.lang)));
    };
    let leave = match Leave::new(from, until, kind) {
        Ok(leave) => leave,
        Err(e) => return Ok(Answer::alert(refused_date(c, &e))),
    };
    let person = &c.member.person;
    let stored = file.as_ref().map(|f| LeaveFile {
        file_id: f.file_id.clone(),
        kind: f.kind.clone(),
    });
    let (outcome, told) = c
        .store
        .record_own_leave(c.nip(), leave, stored.as_ref(), |id| {
            let mut buttons = vec![(i18n::msg::leave_button_refuse(), Action::Refuse(id))];
            if file.is_some() {
                buttons.push((i18n::msg::leave_button_file(), Action::File(id)));
            }
            let text = views::for_supervisor(&person.nama, &person.nip, &leave, file.as_ref());
            super::notice(text, vec![buttons])
        })
        .await?;
    dialogue.exit().await?;
    let text = match outcome {
        RecordLeave::Recorded(_) => {
            let atasan = person.nama_atasan.as_deref().filter(|_| told);
            views::saved(c.lang, &leave, atasan)
        }
        RecordLeave::Refused(e) => i18n::leave_not_recorded(c.lang, &e.localize(c.lang)),
    };
    say(c.bot, c.chat, text).await?;
    Ok(Answer::silent())
}

/// Why a leave cannot be refused by this person now, if it cannot.
async fn refusal_blocked(
    c: &Ctx<'_>,
    record: Option<&LeaveRecord>,
) -> anyhow::Result<Option<String>> {
    let Some(record) = record else {
        return Ok(Some(i18n::leave_not_found(c.lang)));
    };
    if !c.store.supervises(c.nip(), &record.nip).await? {
        return Ok(Some(i18n::leave_not_your_team(c.lang)));
    }
    Ok(not_recorded(c, record))
}

/// The answer for a leave that is no longer recorded.
fn not_recorded(c: &Ctx<'_>, record: &LeaveRecord) -> Option<String> {
    match record.status.as_str() {
        "recorded" => None,
        "refused" => Some(i18n::leave_already_refused(c.lang)),
        _ => Some(i18n::leave_already_cancelled(c.lang)),
    }
}

/// **Tolak**: asks the supervisor for a note, when the leave may still be refused by them.
async fn start_refusal(c: &Ctx<'_>, dialogue: &ChatDialogue, id: i64) -> anyhow::Result<Answer> {
    let record = c.store.leave(id).await?;
    if let Some(why) = refusal_blocked(c, record.as_ref()).await? {
        return Ok(Answer::alert(why));
    }
    let Some(record) = record else {
        return Ok(Answer::alert(i18n::leave_not_found(c.lang)));
    };
    let nama = name_of(c, &record.nip).await?;
    dialogue
        .update(State::Leave(state::State::LeaveRefuseNote { leave_id: id }))
        .await?;
    say(
        c.bot,
        c.chat,
        views::ask_refuse_note(c.lang, &nama, &record.leave),
    )
    .await?;
    Ok(Answer::silent())
}

/// A person's name as the roster has it.
async fn name_of(c: &Ctx<'_>, nip: &str) -> anyhow::Result<String> {
    Ok(c.store
        .person(nip)
        .await?
        .map(|p| p.nama)
        .unwrap_or_default())
}

/// The note: the leave is refused (checked again in the update) and the person told.
async fn refuse_with_note(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    id: i64,
    text: Option<&str>,
) -> HandlerResult {
    let Some(note) = text.filter(|t| t.chars().count() <= MAX_NOTE) else {
        let expected = i18n::leave_refuse_note_expected(c.lang, &MAX_NOTE.to_string());
        return say(c.bot, c.chat, expected).await;
    };
    let atasan = c.member.person.nama.clone();
    let outcome = c
        .store
        .refuse_leave(id, c.nip(), note, |record| {
            super::notice::<Action>(views::refused_for_staff(record, &atasan, note), Vec::new())
        })
        .await?;
    dialogue.exit().await?;
    let answer = match outcome {
        RefuseLeave::Refused(record) => {
            let nama = name_of(c, &record.nip).await?;
            i18n::leave_refused_done(c.lang, &super::messages::esc(&nama))
        }
        RefuseLeave::NotFound => i18n::leave_not_found(c.lang),
        RefuseLeave::NotSupervisor => i18n::leave_not_your_team(c.lang),
        RefuseLeave::NotRecorded(record) => not_recorded(c, &record).unwrap_or_default(),
    };
    say(c.bot, c.chat, answer).await
}

/// **Lihat lampiran**: the leave's document or photo, for the person and their supervisor.
async fn show_file(c: &Ctx<'_>, id: i64) -> anyhow::Result<Answer> {
    let record = c.store.leave(id).await?;
    let allowed = match &record {
        Some(r) => r.nip == c.nip() || c.store.supervises(c.nip(), &r.nip).await?,
        None => false,
    };
    let Some(file) = record.and_then(|r| r.file).filter(|_| allowed) else {
        return Ok(Answer::alert(i18n::leave_not_your_team(c.lang)));
    };
    let input = InputFile::file_id(FileId(file.file_id));
    let out = if file.kind == "photo" {
        Out::Photo {
            file: input,
            caption: None,
            keyboard: None,
        }
    } else {
        Out::Document {
            file: input,
            caption: None,
            keyboard: None,
        }
    };
    c.bot.post(c.chat, out);
    Ok(Answer::silent())
}

/// **Batalkan**: one's own leave withdrawn (a begun one cut short at yesterday).
async fn withdraw(c: &Ctx<'_>, id: i64) -> anyhow::Result<Answer> {
    let outcome = c.store.withdraw_leave(id, c.nip(), today_wib()).await?;
    let text = match outcome {
        WithdrawLeave::Cancelled(record) => views::withdrawn(c.lang, &record.leave),
        WithdrawLeave::Shortened(_, last) => i18n::leave_shortened(c.lang, &views::day(last)),
        WithdrawLeave::NotYours => return Ok(Answer::alert(i18n::leave_not_yours(c.lang))),
        WithdrawLeave::Over(_) => return Ok(Answer::alert(i18n::leave_over(c.lang))),
        WithdrawLeave::NotRecorded(record) => {
            return Ok(Answer::alert(not_recorded(c, &record).unwrap_or_default()));
        }
    };
    say(c.bot, c.chat, text).await?;
    let (text, keyboard) = views::overview(c.lang, &current_leave(c).await?, today_wib());
    say_with(c.bot, c.chat, text, keyboard).await?;
    Ok(Answer::silent())
}

/// The team's leave today and later this week, as lines for `/tim`.
pub(crate) async fn team_lines(
    store: &Store,
    lang: crate::domain::lang::Lang,
    team: &[crate::store::employees::TeamMember],
) -> anyhow::Result<Vec<String>> {
    use chrono::Datelike;
    let today = today_wib();
    let sunday = today + chrono::Days::new(6 - u64::from(today.weekday().num_days_from_monday()));
    let nips: Vec<String> = team.iter().map(|m| m.nip.clone()).collect();
    let leave = store.leave_between(&nips, today, sunday).await?;
    let named: Vec<(String, LeaveRecord)> = leave
        .into_iter()
        .map(|l| {
            let nama = team.iter().find(|m| m.nip == l.nip).map(|m| m.nama.clone());
            (nama.unwrap_or_else(|| l.nip.clone()), l)
        })
        .collect();
    Ok(views::team_lines(lang, &named, today))
}
