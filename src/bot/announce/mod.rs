//! `/pengumuman`: everyone sees the latest announcements they received, with their own
//! status in each, and can open one again with its buttons. HR admins compose one — kind
//! (Info, Pelatihan, Perubahan Aturan), audience, the training's details, text with an
//! optional photo or document, a preview exactly as recipients will see it with the
//! recipient count, then **Kirim** or **Batal** — and follow what they sent: delivery,
//! seats, acknowledgements, questions, a reminder to those who have not read a rule change.
//! Every step re-checks that the presser is an HR admin now.

pub mod action;
pub mod state;
pub mod views;

use action::Action;
use teloxide::RequestError;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup, InputFile,
};

use super::Ctx;
use super::callback::{AudienceChoice, CallbackAction};
use super::dialogue::{ChatDialogue, ComposeStep, Draft, State};
use super::messages;
use super::realisation::attached_file;
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with};
use crate::bot::rules::action::Action as RulesAction;
use crate::domain::access::{Duty, check, may_open_announcement};
use crate::domain::broadcast::{
    AttachedFile, Attachment, AttachmentKind, Audience, Kind, MAX_CAPTION, QuestionStage,
    to_remind, visible_len,
};
use crate::domain::lang::Lang;
use crate::domain::text::Msg;
use crate::domain::time::current_year_wib;
use crate::domain::training::{
    TrainingDetails, TrainingError, parse_deadline, parse_jp, parse_place, parse_quota, parse_start,
};
use crate::i18n::{self, Localize};
use crate::store::bindings::Member;
use crate::store::broadcast::{AnnouncementContent, NewAnnouncement, NewAttachment};
use crate::store::rules::{Question, RemindOutcome, RuleCounts};
use crate::store::{Store, now};
use crate::telegram::{Out, Priority};
use views::MyStatus;

/// How many of the latest announcements `/pengumuman` lists.
const LATEST: i64 = 5;
/// Announcements per page of HR's list.
const SENT_PAGE: i64 = 5;
/// Questions shown in an announcement's detail.
const QUESTIONS_SHOWN: i64 = 5;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(
        |state| matches!(state, State::Announce(state::State::Composing(_))),
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
    let State::Announce(state::State::Composing(draft)) = state else {
        return Ok(());
    };
    let c = Ctx {
        bot: &bot,
        store: &store,
        member: &member,
        chat: msg.chat.id,
        lang: member.lang,
    };
    if let Err(denied) = check(&member.person, Duty::Announce) {
        dialogue.exit().await?;
        say(&bot, c.chat, denied.localize(c.lang)).await?;
        return Ok(());
    }
    match draft.step {
        ComposeStep::TrainingStart
        | ComposeStep::TrainingPlace
        | ComposeStep::TrainingQuota
        | ComposeStep::TrainingJp
        | ComposeStep::TrainingDeadline => {
            training_detail(&c, &dialogue, draft, msg.text().map(str::trim)).await
        }
        ComposeStep::Text | ComposeStep::Preview => {
            text_or_attachment(&c, &dialogue, draft, &msg).await
        }
        ComposeStep::Kind | ComposeStep::Audience | ComposeStep::Units => {
            say(&bot, c.chat, i18n::use_the_buttons(c.lang)).await
        }
    }
}

/// The author an audience is counted for (HR is left out of most audiences).
fn author<'a>(c: &'a Ctx<'_>) -> Option<&'a str> {
    Some(c.nip())
}
/// A training detail: read it and ask the next question, or say what was expected and ask
/// again.
async fn training_detail(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut draft: Box<Draft>,
    typed: Option<&str>,
) -> HandlerResult {
    let Some(raw) = typed else {
        return say(c.bot, c.chat, step_question(c.lang, &draft)).await;
    };
    match read_detail(&mut draft, raw, now()) {
        Ok(next) => {
            draft.step = next;
            ask_step(c.bot, c.chat, c.lang, &draft).await?;
            save(dialogue, draft).await?;
        }
        Err(e) => {
            let error = messages::esc(&e.localize(c.lang));
            let question = step_question(c.lang, &draft);
            say(c.bot, c.chat, i18n::try_again(c.lang, &error, &question)).await?;
        }
    }
    Ok(())
}

/// Reads the training detail the draft's step asks for into the draft; the step after it.
/// The other steps take no detail and stay.
fn read_detail(draft: &mut Draft, raw: &str, t: i64) -> Result<ComposeStep, TrainingError> {
    Ok(match draft.step {
        ComposeStep::TrainingStart => {
            draft.starts_at = Some(parse_start(raw, t)?);
            ComposeStep::TrainingPlace
        }
        ComposeStep::TrainingPlace => {
            draft.place = Some(parse_place(raw)?);
            ComposeStep::TrainingQuota
        }
        ComposeStep::TrainingQuota => {
            draft.quota = Some(parse_quota(raw)?);
            ComposeStep::TrainingJp
        }
        ComposeStep::TrainingJp => {
            draft.jp = Some(parse_jp(raw)?);
            ComposeStep::TrainingDeadline
        }
        ComposeStep::TrainingDeadline => {
            draft.deadline = Some(parse_deadline(raw, t, draft.starts_at.unwrap_or_default())?);
            ComposeStep::Text
        }
        other => other,
    })
}

/// The announcement's text, a photo or document, or both: kept in the draft, then the
/// preview once there is a text.
async fn text_or_attachment(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut draft: Box<Draft>,
    msg: &Message,
) -> HandlerResult {
    let file = attached_file(msg);
    let text = msg
        .text()
        .or(msg.caption())
        .map(str::trim)
        .filter(|t| !t.is_empty());
    if file.is_none() && text.is_none() {
        let expected = i18n::announce_text_or_attachment_expected(c.lang);
        return say(c.bot, c.chat, expected).await;
    }
    if let Some(text) = text {
        // The one check of the command line too: the limit of this kind, counted as
        // Telegram counts. The text that fitted before (if any) and the attachment stay.
        if let Err(e) = views::check_announcement_text(kind_of(&draft), text) {
            let error = messages::esc(&e.localize(c.lang));
            let question = views::ask_announcement_text(c.lang, kind_of(&draft));
            return say(c.bot, c.chat, i18n::try_again(c.lang, &error, &question)).await;
        }
        draft.text = Some(text.to_string());
    }
    if let Some((kind, file_id)) = file {
        draft.attachment = Some(Attachment {
            kind: AttachmentKind::from_code(kind).unwrap_or(AttachmentKind::Document),
            file_id,
        });
    }
    if draft.text.is_none() {
        save(dialogue, draft).await?;
        return say(c.bot, c.chat, i18n::announce_attachment_received(c.lang)).await;
    }
    draft.step = ComposeStep::Preview;
    preview(c.bot, c.store, c.member, &draft).await?;
    save(dialogue, draft).await?;
    Ok(())
}

/// Keeps the draft as it now stands.
async fn save(dialogue: &ChatDialogue, draft: Box<Draft>) -> anyhow::Result<()> {
    dialogue
        .update(State::Announce(state::State::Composing(draft)))
        .await?;
    Ok(())
}

/// The question of the step the draft stands at.
fn step_question(lang: Lang, draft: &Draft) -> String {
    match draft.step {
        ComposeStep::TrainingStart => i18n::training_ask_start(lang),
        ComposeStep::TrainingPlace => i18n::training_ask_place(lang),
        ComposeStep::TrainingQuota => i18n::training_ask_quota(lang),
        ComposeStep::TrainingJp => i18n::training_ask_jp(lang),
        ComposeStep::TrainingDeadline => {
            let starts = messages::when(lang, draft.starts_at.unwrap_or_default());
            i18n::training_ask_deadline(lang, &starts)
        }
        _ => views::ask_announcement_text(lang, kind_of(draft)),
    }
}

async fn ask_step(bot: &TgBot, chat: ChatId, lang: Lang, draft: &Draft) -> anyhow::Result<()> {
    say(bot, chat, step_question(lang, draft)).await?;
    Ok(())
}

fn kind_of(draft: &Draft) -> Kind {
    draft
        .kind
        .as_deref()
        .and_then(Kind::from_code)
        .unwrap_or(Kind::Info)
}

fn audience_of(draft: &Draft) -> Option<Audience> {
    draft
        .audience
        .as_deref()
        .and_then(|a| Audience::parse(a).ok())
}

fn training_of(draft: &Draft) -> Option<TrainingDetails> {
    Some(TrainingDetails {
        starts_at: draft.starts_at?,
        place: draft.place.clone()?,
        quota: draft.quota?,
        jp: draft.jp?,
        deadline: draft.deadline?,
    })
}

/// The announcement a draft would become (id 0 until it is written).
fn content_of(draft: &Draft, actor: &str) -> Option<AnnouncementContent> {
    let kind = kind_of(draft);
    let training = if kind.has_training_details() {
        Some(training_of(draft)?)
    } else {
        None
    };
    Some(AnnouncementContent {
        id: 0,
        kind,
        audience: audience_of(draft)?.encode(),
        text: draft.text.clone()?,
        attachment: draft.attachment.clone().map(AttachedFile::OnTelegram),
        training,
        parent_id: None,
        created_at: now(),
        created_by: actor.to_string(),
    })
}

/// The buttons recipients get under an announcement, keyed: a training's **Daftar** and
/// **Batalkan pendaftaran**, a rule change's **Sudah saya baca** and **Tanya**; none for
/// the other kinds. Queued reminders carry them as they are.
fn recipient_buttons(content: &AnnouncementContent) -> Vec<(Msg, CallbackAction)> {
    match content.kind {
        Kind::Pelatihan => vec![
            (
                i18n::msg::training_button_register(),
                CallbackAction::Training(crate::bot::training::action::Action::Register(
                    content.id,
                )),
            ),
            (
                i18n::msg::training_button_unregister(),
                CallbackAction::Training(crate::bot::training::action::Action::Cancel(content.id)),
            ),
        ],
        Kind::Aturan => vec![
            (
                i18n::msg::announce_button_ack(),
                CallbackAction::Rules(crate::bot::rules::action::Action::Ack(content.id)),
            ),
            (
                i18n::msg::announce_button_ask(),
                CallbackAction::Rules(crate::bot::rules::action::Action::Ask(content.id)),
            ),
        ],
        Kind::Info | Kind::Faq => Vec::new(),
    }
}

/// [`recipient_buttons`] for a reader of `lang`; in a preview they do nothing.
pub fn keyboard_for(
    lang: Lang,
    content: &AnnouncementContent,
    preview: bool,
) -> Option<InlineKeyboardMarkup> {
    let row: Vec<InlineKeyboardButton> = recipient_buttons(content)
        .into_iter()
        .map(|(label, action)| {
            let action = if preview {
                CallbackAction::Announce(Action::Preview)
            } else {
                action
            };
            InlineKeyboardButton::callback(label.render(lang), action.encode())
        })
        .collect();
    (!row.is_empty()).then(|| InlineKeyboardMarkup::new(vec![row]))
}

/// An announcement as recipients see it, as the messages to send: the attachment (with
/// the text as its caption when it fits Telegram's 1024), then the text, the buttons on
/// the last message, all in the reader's `lang` around HR's text. The sender sends these
/// as broadcast deliveries, HR's preview and a reopened item go as replies. A file
/// Telegram does not have yet is left out (the sender uploads it with
/// [`messages_with_file`]).
pub fn announcement_messages(lang: Lang, content: &AnnouncementContent, preview: bool) -> Vec<Out> {
    let file = match &content.attachment {
        Some(AttachedFile::OnTelegram(a)) => {
            Some((a.kind, InputFile::file_id(a.file_id.clone().into())))
        }
        Some(AttachedFile::ToUpload(_)) | None => None,
    };
    messages_with_file(lang, content, file, preview)
}

/// [`announcement_messages`] with the file given: by its Telegram id, or its bytes to upload.
pub fn messages_with_file(
    lang: Lang,
    content: &AnnouncementContent,
    file: Option<(AttachmentKind, InputFile)>,
    preview: bool,
) -> Vec<Out> {
    let text = views::announcement(lang, content);
    let keyboard = keyboard_for(lang, content, preview);
    let mut out = Vec::new();
    if let Some((kind, file)) = file {
        let fits = visible_len(&text) <= MAX_CAPTION;
        let caption = if fits {
            text.clone()
        } else {
            views::attachment_caption(lang, content.id)
        };
        let buttons = if fits { keyboard.clone() } else { None };
        out.push(match kind {
            AttachmentKind::Photo => Out::Photo {
                file,
                caption: Some(caption),
                keyboard: buttons,
            },
            AttachmentKind::Document => Out::Document {
                file,
                caption: Some(caption),
                keyboard: buttons,
            },
        });
        if fits {
            return out;
        }
    }
    out.push(match keyboard {
        Some(k) => Out::with_buttons(text, k),
        None => Out::text(text),
    });
    out
}

/// Sends an announcement into a chat as a broadcast delivery, for a reader of `lang`; the
/// last message sent.
pub async fn send_announcement(
    bot: &TgBot,
    chat: ChatId,
    content: &AnnouncementContent,
    lang: Lang,
) -> Result<Message, RequestError> {
    send_messages(bot, chat, announcement_messages(lang, content, false)).await
}

/// Sends messages into a chat as a broadcast delivery, in order; the last message sent.
pub async fn send_messages(
    bot: &TgBot,
    chat: ChatId,
    outs: Vec<Out>,
) -> Result<Message, RequestError> {
    let mut last = None;
    for out in outs {
        last = bot.send_out(Priority::Bulk, chat, out).await?.pop();
    }
    last.ok_or_else(|| {
        RequestError::Io(std::sync::Arc::new(std::io::Error::other(
            "Telegram answered with no message",
        )))
    })
}

/// Posts an announcement into a chat as a reply (HR's preview, an item opened again).
fn post_announcement(
    bot: &TgBot,
    chat: ChatId,
    lang: Lang,
    content: &AnnouncementContent,
    preview: bool,
) {
    for out in announcement_messages(lang, content, preview) {
        bot.post(chat, out);
    }
}

async fn preview(bot: &TgBot, store: &Store, member: &Member, draft: &Draft) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let (Some(audience), Some(content)) = (audience_of(draft), content_of(draft, "")) else {
        return Ok(());
    };
    post_announcement(bot, chat, lang, &content, true);
    let count = store
        .audience_size(&audience, Some(&member.person.nip))
        .await?;
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        InlineKeyboardButton::callback(i18n::announce_button_send(lang), Action::Send.encode()),
        InlineKeyboardButton::callback(i18n::announce_button_cancel(lang), Action::Cancel.encode()),
    ]]);
    let note = i18n::announce_preview_note(lang, &count.to_string(), &describe(lang, &audience));
    say_with(bot, chat, note, keyboard).await?;
    Ok(())
}

/// The audience in words, for HR (HTML: the units' names are escaped).
fn describe(lang: Lang, audience: &Audience) -> String {
    match audience {
        Audience::Everyone => i18n::announce_audience_everyone(lang),
        Audience::Supervisors => i18n::announce_audience_supervisors(lang),
        Audience::NoSubmittedPlan(year) => i18n::announce_audience_no_plan(lang, &year.to_string()),
        Audience::Units(units) => {
            i18n::announce_audience_units(lang, &messages::esc(&units.join(", ")))
        }
    }
}

/// A person's own status in an announcement they received.
async fn my_status(
    store: &Store,
    content: &AnnouncementContent,
    nip: &str,
) -> anyhow::Result<MyStatus> {
    Ok(match content.kind {
        Kind::Aturan => {
            let (asked, answered) = store.my_questions(content.id, nip).await?;
            MyStatus::Rule {
                acknowledged_at: store.acknowledged_at(content.id, nip).await?,
                asked,
                answered,
            }
        }
        Kind::Pelatihan => {
            let (seat, attended) = match store.seat_status(content.id, nip).await? {
                Some((seat, attended)) => (Some(seat), attended),
                None => (None, false),
            };
            MyStatus::Training {
                seat,
                attended,
                open: content
                    .training
                    .as_ref()
                    .is_some_and(|t| t.registration_open(now())),
            }
        }
        Kind::Info | Kind::Faq => MyStatus::Info,
    })
}

/// `/pengumuman`: the latest announcements with one's own status; for HR also the buttons
/// to write one and to follow those sent.
pub async fn show(bot: &TgBot, store: &Store, member: &Member) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let nip = &member.person.nip;
    let list = store.received_announcements(nip, LATEST).await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let text = if list.is_empty() {
        i18n::announce_none(lang)
    } else {
        let mut items = Vec::with_capacity(list.len());
        for content in list {
            let status = my_status(store, &content, nip).await?;
            items.push((content, status));
        }
        rows.push(
            items
                .iter()
                .map(|(c, _)| {
                    InlineKeyboardButton::callback(
                        format!("#{}", c.id),
                        Action::Open(c.id).encode(),
                    )
                })
                .collect(),
        );
        views::announcements_list(lang, &items)
    };
    if check(&member.person, Duty::Announce).is_ok() {
        rows.push(vec![
            InlineKeyboardButton::callback(i18n::announce_button_new(lang), Action::New.encode()),
            InlineKeyboardButton::callback(
                i18n::announce_button_sent(lang),
                Action::List(0).encode(),
            ),
        ]);
    }
    if rows.is_empty() {
        say(bot, chat, text).await?;
    } else {
        say_with(bot, chat, text, InlineKeyboardMarkup::new(rows)).await?;
    }
    Ok(())
}

async fn ask_units(
    bot: &TgBot,
    store: &Store,
    chat: ChatId,
    lang: Lang,
    draft: &Draft,
) -> anyhow::Result<()> {
    let units = store.units().await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = units
        .iter()
        .enumerate()
        .take(40)
        .map(|(i, u)| {
            let mark = if draft.units.contains(u) { "✓ " } else { "" };
            let short: String = u.chars().take(40).collect();
            vec![InlineKeyboardButton::callback(
                format!("{mark}{short}"),
                Action::Unit(i as u32).encode(),
            )]
        })
        .collect();
    rows.push(vec![InlineKeyboardButton::callback(
        i18n::announce_button_next(lang),
        Action::UnitsDone.encode(),
    )]);
    say_with(
        bot,
        chat,
        views::ask_units(lang, &draft.units),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(())
}

/// After the audience: a training's details, or straight to the text.
fn step_after_audience(draft: &Draft) -> ComposeStep {
    if kind_of(draft).has_training_details() {
        ComposeStep::TrainingStart
    } else {
        ComposeStep::Text
    }
}

async fn ask_audience(bot: &TgBot, chat: ChatId, lang: Lang) -> anyhow::Result<()> {
    let b = |label: String, choice| {
        vec![InlineKeyboardButton::callback(
            label,
            Action::Audience(choice).encode(),
        )]
    };
    let year = current_year_wib().to_string();
    let keyboard = InlineKeyboardMarkup::new(vec![
        b(
            i18n::announce_button_everyone(lang),
            AudienceChoice::Everyone,
        ),
        b(
            i18n::announce_button_supervisors(lang),
            AudienceChoice::Supervisors,
        ),
        b(
            i18n::announce_button_no_plan(lang, &year),
            AudienceChoice::NoPlan,
        ),
        b(i18n::announce_button_units(lang), AudienceChoice::Units),
    ]);
    say_with(bot, chat, i18n::announce_ask_audience(lang), keyboard).await?;
    Ok(())
}

/// Every `pg:` button.
pub(crate) async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    let c = Ctx::of(bot, store, member);
    match action {
        Action::Preview => Ok(Answer::toast(i18n::announce_preview_button_pressed(c.lang))),
        Action::Open(id) => open(&c, id).await,
        hrs => {
            if let Err(denied) = check(&member.person, Duty::Announce) {
                tracing::warn!(
                    user = member.telegram_user_id,
                    "announcement button pressed by someone who is not HR"
                );
                return Ok(Answer::alert(denied.localize(c.lang)));
            }
            on_hr_action(&c, dialogue, q, hrs).await
        }
    }
}

/// A button only HR may press, pressed by HR.
async fn on_hr_action(
    c: &Ctx<'_>,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: Action,
) -> anyhow::Result<Answer> {
    match action {
        Action::New => new_draft(c, &dialogue).await,
        Action::List(page) => {
            sent_list(c, q, page).await?;
            Ok(Answer::silent())
        }
        Action::Detail(id) => detail(c, id).await,
        Action::Remind(id, round) => remind(c, id, round).await,
        _ => compose(c, &dialogue, action).await,
    }
}

/// **Buat pengumuman**: an empty draft, and the question of its kind.
async fn new_draft(c: &Ctx<'_>, dialogue: &ChatDialogue) -> anyhow::Result<Answer> {
    let draft = Draft {
        audience: None,
        units: Vec::new(),
        text: None,
        step: ComposeStep::Kind,
        kind: None,
        attachment: None,
        starts_at: None,
        place: None,
        quota: None,
        jp: None,
        deadline: None,
    };
    save(dialogue, Box::new(draft)).await?;
    let b = |label: String, kind| {
        vec![InlineKeyboardButton::callback(
            label,
            Action::Kind(kind).encode(),
        )]
    };
    let keyboard = InlineKeyboardMarkup::new(vec![
        b(i18n::announce_button_info(c.lang), Kind::Info),
        b(i18n::announce_button_training(c.lang), Kind::Pelatihan),
        b(i18n::announce_button_rule(c.lang), Kind::Aturan),
    ]);
    say_with(c.bot, c.chat, i18n::announce_ask_kind(c.lang), keyboard).await?;
    Ok(Answer::silent())
}

/// A composer's button, taken only at the step it belongs to (**Batal** at any).
async fn compose(c: &Ctx<'_>, dialogue: &ChatDialogue, action: Action) -> anyhow::Result<Answer> {
    let Some(State::Announce(state::State::Composing(draft))) = dialogue.get().await? else {
        return Ok(Answer::alert(i18n::stale_button(c.lang)));
    };
    match (action, draft.step) {
        (Action::Cancel, _) => {
            dialogue.exit().await?;
            say(c.bot, c.chat, i18n::announce_cancelled(c.lang)).await?;
            Ok(Answer::silent())
        }
        (Action::Kind(kind), ComposeStep::Kind) => choose_kind(c, dialogue, draft, kind).await,
        (Action::Audience(choice), ComposeStep::Audience) => {
            choose_audience(c, dialogue, draft, choice).await
        }
        (Action::Unit(i), ComposeStep::Units) => toggle_unit(c, dialogue, draft, i).await,
        (Action::UnitsDone, ComposeStep::Units) => {
            if draft.units.is_empty() {
                return Ok(Answer::alert(i18n::announce_nobody_in_audience(c.lang)));
            }
            let audience = Audience::Units(draft.units.clone());
            set_audience(c, dialogue, draft, audience).await
        }
        (Action::Send, ComposeStep::Preview) => send(c, dialogue, &draft).await,
        _ => Ok(Answer::alert(i18n::stale_button(c.lang))),
    }
}

async fn choose_kind(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut draft: Box<Draft>,
    kind: Kind,
) -> anyhow::Result<Answer> {
    draft.kind = Some(kind.code().to_string());
    draft.step = ComposeStep::Audience;
    ask_audience(c.bot, c.chat, c.lang).await?;
    save(dialogue, draft).await?;
    Ok(Answer::silent())
}

async fn choose_audience(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut draft: Box<Draft>,
    choice: AudienceChoice,
) -> anyhow::Result<Answer> {
    let audience = match choice {
        AudienceChoice::Everyone => Audience::Everyone,
        AudienceChoice::Supervisors => Audience::Supervisors,
        AudienceChoice::NoPlan => Audience::NoSubmittedPlan(current_year_wib()),
        AudienceChoice::Units => {
            draft.step = ComposeStep::Units;
            ask_units(c.bot, c.store, c.chat, c.lang, &draft).await?;
            save(dialogue, draft).await?;
            return Ok(Answer::silent());
        }
    };
    set_audience(c, dialogue, draft, audience).await
}

/// The audience, unless nobody is in it; then the training's details or the text.
async fn set_audience(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut draft: Box<Draft>,
    audience: Audience,
) -> anyhow::Result<Answer> {
    if c.store.audience_size(&audience, author(c)).await? == 0 {
        return Ok(Answer::alert(i18n::announce_nobody_in_audience(c.lang)));
    }
    draft.audience = Some(audience.encode());
    draft.step = step_after_audience(&draft);
    ask_step(c.bot, c.chat, c.lang, &draft).await?;
    save(dialogue, draft).await?;
    Ok(Answer::silent())
}

/// Adds the unit at `i` of the roster's list to the audience, or takes it out.
async fn toggle_unit(
    c: &Ctx<'_>,
    dialogue: &ChatDialogue,
    mut draft: Box<Draft>,
    i: u32,
) -> anyhow::Result<Answer> {
    let units = c.store.units().await?;
    let Some(unit) = units.get(i as usize) else {
        return Ok(Answer::alert(i18n::stale_button(c.lang)));
    };
    if let Some(pos) = draft.units.iter().position(|u| u == unit) {
        draft.units.remove(pos);
    } else {
        draft.units.push(unit.clone());
    }
    ask_units(c.bot, c.store, c.chat, c.lang, &draft).await?;
    save(dialogue, draft).await?;
    Ok(Answer::silent())
}

/// Kirim: writes the announcement and its outbox, and HR's progress message.
async fn send(c: &Ctx<'_>, dialogue: &ChatDialogue, draft: &Draft) -> anyhow::Result<Answer> {
    let actor = c.actor();
    let (Some(audience), Some(content)) = (audience_of(draft), content_of(draft, &actor)) else {
        return Ok(Answer::alert(i18n::stale_button(c.lang)));
    };
    // A training whose time or deadline passed while the draft waited is refused now.
    if let Some(training) = &content.training
        && let Err(e) = training.check(now())
    {
        return Ok(Answer::alert(e.localize(c.lang)));
    }
    // The dialogue ends first: a second tap finds nothing to send.
    dialogue.exit().await?;
    let (id, recipients) = c
        .store
        .publish(
            &NewAnnouncement {
                kind: content.kind,
                audience,
                text: content.text,
                attachment: draft.attachment.clone().map(NewAttachment::OnTelegram),
                training: content.training,
                author: Some(c.member.person.nip.clone()),
            },
            &actor,
        )
        .await?;
    start_progress(c.bot, c.store, c.chat, c.lang, id, recipients).await?;
    Ok(Answer::silent())
}

/// HR's progress message of a delivery just queued, in HR's `lang`; the sender keeps it
/// current.
pub(crate) async fn start_progress(
    bot: &TgBot,
    store: &Store,
    chat: ChatId,
    lang: Lang,
    id: i64,
    recipients: i64,
) -> anyhow::Result<()> {
    let status = crate::store::broadcast::DeliveryStatus {
        pending: recipients,
        ..Default::default()
    };
    let per_second = bot.limiter().per_second().max(1.0);
    // The sender edits this message as the delivery goes: its id is needed now.
    let progress = bot
        .deliver(
            chat,
            Out::text(views::announcement_progress(
                lang,
                id,
                &status,
                (recipients as f64 / per_second) as i64,
            )),
        )
        .await?;
    if let Some(progress) = progress.first() {
        store
            .set_progress_message(id, chat.0, i64::from(progress.id.0))
            .await?;
    }
    Ok(())
}

/// Shows an announcement again to someone it was sent to (or to HR).
async fn open(c: &Ctx<'_>, id: i64) -> anyhow::Result<Answer> {
    let Some(content) = c.store.announcement(id).await? else {
        return Ok(Answer::alert(i18n::stale_button(c.lang)));
    };
    let recipient = c.store.is_recipient(id, &c.member.person.nip).await?;
    if may_open_announcement(&c.member.person, recipient).is_err() {
        // Said of the announcement rather than of the button: the one refusal here.
        return Ok(Answer::alert(i18n::announce_not_for_you(c.lang)));
    }
    post_announcement(c.bot, c.chat, c.lang, &content, false);
    Ok(Answer::silent())
}

/// Is this message the list of sent announcements (its buttons open their figures)?
fn pressed_on_sent_list(message: &teloxide::types::MaybeInaccessibleMessage) -> bool {
    let Some(keyboard) = message.regular_message().and_then(|m| m.reply_markup()) else {
        return false;
    };
    keyboard.inline_keyboard.iter().flatten().any(|button| {
        matches!(
            &button.kind,
            InlineKeyboardButtonKind::CallbackData(data)
                if matches!(CallbackAction::decode(data), Ok(CallbackAction::Announce(Action::Detail(_))))
        )
    })
}

async fn sent_list(c: &Ctx<'_>, q: &CallbackQuery, page: u32) -> anyhow::Result<()> {
    let (store, chat, lang) = (c.store, c.chat, c.lang);
    let list = store
        .latest_announcements(SENT_PAGE + 1, i64::from(page) * SENT_PAGE)
        .await?;
    let more = list.len() as i64 > SENT_PAGE;
    let mut items = Vec::new();
    for content in list.into_iter().take(SENT_PAGE as usize) {
        let status = store.delivery_status(content.id).await?;
        items.push((content, status));
    }
    let mut rows: Vec<Vec<InlineKeyboardButton>> = vec![
        items
            .iter()
            .map(|(c, _)| {
                InlineKeyboardButton::callback(format!("#{}", c.id), Action::Detail(c.id).encode())
            })
            .collect(),
    ];
    let mut nav = Vec::new();
    if page > 0 {
        nav.push(InlineKeyboardButton::callback(
            i18n::announce_button_prev(lang),
            Action::List(page - 1).encode(),
        ));
    }
    if more {
        nav.push(InlineKeyboardButton::callback(
            i18n::announce_button_next_page(lang),
            Action::List(page + 1).encode(),
        ));
    }
    rows.push(nav);
    rows.retain(|r| !r.is_empty());
    // An arrow on the list edits it in place (only in the presser's own chat); opened from
    // elsewhere, the list is a new message.
    let edit = q
        .message
        .as_ref()
        .filter(|m| m.chat().id == chat && pressed_on_sent_list(m))
        .map(|m| (m.chat().id, m.id()));
    super::show(
        c.bot,
        chat,
        edit,
        views::sent_list(lang, &items, page),
        InlineKeyboardMarkup::new(rows),
    )
    .await
}

/// HR's figures of one announcement, with what can be done next.
async fn detail(c: &Ctx<'_>, id: i64) -> anyhow::Result<Answer> {
    let Some(content) = c.store.announcement(id).await? else {
        return Ok(Answer::alert(i18n::stale_button(c.lang)));
    };
    let delivery = c.store.delivery_status(id).await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let seats = match content.kind {
        Kind::Pelatihan => {
            rows.push(vec![InlineKeyboardButton::callback(
                i18n::training_button_attendance(c.lang),
                CallbackAction::Training(crate::bot::training::action::Action::Attendance(id, 0))
                    .encode(),
            )]);
            Some(c.store.seat_counts(id).await?)
        }
        _ => None,
    };
    let (rules, questions) = match content.kind {
        Kind::Aturan => {
            let (counts, questions) = rule_figures(c, id, &mut rows).await?;
            (Some(counts), questions)
        }
        _ => (None, Vec::new()),
    };
    let text = views::announcement_detail(
        c.lang,
        &content,
        &delivery,
        seats.as_ref(),
        rules.as_ref(),
        &questions,
    );
    say_with(c.bot, c.chat, text, InlineKeyboardMarkup::new(rows)).await?;
    Ok(Answer::silent())
}

/// A rule change's acknowledgements and latest questions, with a row for the reminder when
/// someone has not read it and one for what each question awaits.
async fn rule_figures(
    c: &Ctx<'_>,
    id: i64,
    rows: &mut Vec<Vec<InlineKeyboardButton>>,
) -> anyhow::Result<(RuleCounts, Vec<Question>)> {
    let counts = c.store.rule_counts(id).await?;
    let questions = c.store.questions_of(id, QUESTIONS_SHOWN).await?;
    if let Some(waiting) = to_remind(counts.recipients, counts.acknowledged) {
        rows.push(vec![InlineKeyboardButton::callback(
            i18n::announce_button_remind(c.lang, &waiting.to_string()),
            Action::Remind(id, counts.reminders).encode(),
        )]);
    }
    rows.extend(
        questions
            .iter()
            .filter_map(|question| question_button(c.lang, question))
            .map(|button| vec![button]),
    );
    Ok((counts, questions))
}

/// **Jawab** under a question still open, **FAQ** under one answered; none once published.
fn question_button(lang: Lang, question: &Question) -> Option<InlineKeyboardButton> {
    let number = question.id.to_string();
    let (label, action) = match crate::bot::rules::stage_of(question) {
        QuestionStage::Open => (
            i18n::announce_button_answer_question(lang, &number),
            RulesAction::QuestionAnswer(question.id),
        ),
        QuestionStage::Answered => (
            i18n::announce_button_faq_question(lang, &number),
            RulesAction::QuestionFaq(question.id),
        ),
        QuestionStage::Published => return None,
    };
    Some(InlineKeyboardButton::callback(
        label,
        CallbackAction::Rules(action).encode(),
    ))
}

/// Reminds the recipients of a rule change who have not acknowledged it.
async fn remind(c: &Ctx<'_>, id: i64, round: i64) -> anyhow::Result<Answer> {
    let lang = c.lang;
    let Some(content) = c.store.announcement(id).await? else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    // Rendered by the sender in each reader's language, buttons too.
    let buttons = recipient_buttons(&content);
    let rows = if buttons.is_empty() {
        Vec::new()
    } else {
        vec![buttons]
    };
    let notice = super::notice(crate::bot::rules::views::rule_reminder(&content), rows);
    let outcome = c
        .store
        .remind_unacknowledged(id, round, &c.actor(), &notice)
        .await?;
    Ok(match outcome {
        RemindOutcome::Queued(n) => {
            let queued = i18n::announce_reminder_queued(lang, &n.to_string());
            say(c.bot, c.chat, queued).await?;
            Answer::silent()
        }
        RemindOutcome::AlreadySent => Answer::alert(i18n::announce_reminder_already_sent(lang)),
        RemindOutcome::NotARule => Answer::alert(i18n::stale_button(lang)),
    })
}
