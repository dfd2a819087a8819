//! `/pengumuman`: everyone sees the latest announcements they received, with their own
//! status in each, and can open one again with its buttons. HR admins compose one — kind
//! (Info, Pelatihan, Perubahan Aturan), audience, the training's details, text with an
//! optional photo or document, a preview exactly as recipients will see it with the
//! recipient count, then **Kirim** or **Batal** — and follow what they sent: delivery,
//! seats, acknowledgements, questions, a reminder to those who have not read a rule change.
//! Every step re-checks that the presser is an HR admin now.

use teloxide::RequestError;
use teloxide::dispatching::UpdateHandler;
use teloxide::prelude::*;
use teloxide::types::{
    ChatId, InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup, InputFile,
};

use super::callback::{AudienceChoice, CallbackAction};
use super::dialogue::{ChatDialogue, ComposeStep, Draft, State};
use super::messages::{self, MyStatus, announce_button};
use super::realisation::attached_file;
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with};
use crate::domain::broadcast::{
    AttachedFile, Attachment, AttachmentKind, Audience, Kind, MAX_CAPTION, visible_len,
};
use crate::domain::time::current_year_wib;
use crate::domain::training::{
    TrainingDetails, parse_deadline, parse_jp, parse_place, parse_quota, parse_start,
};
use crate::store::bindings::Member;
use crate::store::broadcast::{AnnouncementContent, NewAnnouncement, NewAttachment};
use crate::store::rules::RemindOutcome;
use crate::store::{Store, now};
use crate::telegram::{Out, Priority};

/// How many of the latest announcements `/pengumuman` lists.
const LATEST: i64 = 5;
/// Announcements per page of HR's list.
const SENT_PAGE: i64 = 5;
/// Questions shown in an announcement's detail.
const QUESTIONS_SHOWN: i64 = 5;

pub fn schema() -> UpdateHandler<anyhow::Error> {
    dialogue_branch(|state| matches!(state, State::Composing(_)), message)
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
    let State::Composing(mut draft) = state else {
        return Ok(());
    };
    if !member.person.is_admin {
        dialogue.exit().await?;
        say(&bot, chat, messages::only_admins()).await?;
        return Ok(());
    }
    let typed = msg.text().map(str::trim);
    let t = now();
    // A training detail: read it, or say what was expected and ask again.
    let detail = match draft.step {
        ComposeStep::TrainingStart => Some(typed.map(|raw| {
            parse_start(raw, t).map(|at| {
                draft.starts_at = Some(at);
                ComposeStep::TrainingPlace
            })
        })),
        ComposeStep::TrainingPlace => Some(typed.map(|raw| {
            parse_place(raw).map(|place| {
                draft.place = Some(place);
                ComposeStep::TrainingQuota
            })
        })),
        ComposeStep::TrainingQuota => Some(typed.map(|raw| {
            parse_quota(raw).map(|quota| {
                draft.quota = Some(quota);
                ComposeStep::TrainingJp
            })
        })),
        ComposeStep::TrainingJp => Some(typed.map(|raw| {
            parse_jp(raw).map(|jp| {
                draft.jp = Some(jp);
                ComposeStep::TrainingDeadline
            })
        })),
        ComposeStep::TrainingDeadline => Some(typed.map(|raw| {
            parse_deadline(raw, t, draft.starts_at.unwrap_or_default()).map(|at| {
                draft.deadline = Some(at);
                ComposeStep::Text
            })
        })),
        _ => None,
    };
    if let Some(detail) = detail {
        match detail {
            Some(Ok(next)) => {
                draft.step = next;
                ask_step(&bot, chat, &draft).await?;
                dialogue.update(State::Composing(draft)).await?;
            }
            Some(Err(e)) => {
                let question = step_question(&draft);
                say(&bot, chat, messages::try_again(&e.to_string(), question)).await?;
            }
            None => {
                say(&bot, chat, step_question(&draft)).await?;
            }
        }
        return Ok(());
    }
    if !matches!(draft.step, ComposeStep::Text | ComposeStep::Preview) {
        say(&bot, chat, messages::use_the_buttons()).await?;
        return Ok(());
    }
    let file = attached_file(&msg);
    let text = typed
        .or(msg.caption().map(str::trim))
        .filter(|t| !t.is_empty());
    if file.is_none() && text.is_none() {
        say(&bot, chat, messages::text_or_attachment_expected()).await?;
        return Ok(());
    }
    if let Some(text) = text {
        // The one check of the command line too: the limit of this kind, counted as
        // Telegram counts. The text that fitted before (if any) and the attachment stay.
        if let Err(e) = messages::check_announcement_text(kind_of(&draft), text) {
            let question = messages::ask_announcement_text(kind_of(&draft));
            say(&bot, chat, messages::try_again(&e.to_string(), question)).await?;
            return Ok(());
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
        dialogue.update(State::Composing(draft)).await?;
        say(&bot, chat, messages::attachment_received()).await?;
        return Ok(());
    }
    draft.step = ComposeStep::Preview;
    preview(&bot, &store, &member, &draft).await?;
    dialogue.update(State::Composing(draft)).await?;
    Ok(())
}

/// The question of the step the draft stands at.
fn step_question(draft: &Draft) -> String {
    match draft.step {
        ComposeStep::TrainingStart => messages::ask_training_start(),
        ComposeStep::TrainingPlace => messages::ask_training_place(),
        ComposeStep::TrainingQuota => messages::ask_training_quota(),
        ComposeStep::TrainingJp => messages::ask_training_jp(),
        ComposeStep::TrainingDeadline => {
            messages::ask_training_deadline(draft.starts_at.unwrap_or_default())
        }
        _ => messages::ask_announcement_text(kind_of(draft)),
    }
}

async fn ask_step(bot: &TgBot, chat: ChatId, draft: &Draft) -> anyhow::Result<()> {
    say(bot, chat, step_question(draft)).await?;
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
    let training = training_of(draft);
    if kind == Kind::Pelatihan && training.is_none() {
        return None;
    }
    Some(AnnouncementContent {
        id: 0,
        kind,
        audience: audience_of(draft)?.encode(),
        text: draft.text.clone()?,
        attachment: draft.attachment.clone().map(AttachedFile::OnTelegram),
        training: if kind == Kind::Pelatihan {
            training
        } else {
            None
        },
        parent_id: None,
        created_at: now(),
        created_by: actor.to_string(),
    })
}

/// The buttons recipients get under an announcement; in a preview they do nothing.
pub fn keyboard_for(content: &AnnouncementContent, preview: bool) -> Option<InlineKeyboardMarkup> {
    let data = |action: CallbackAction| {
        if preview {
            CallbackAction::AnnouncePreview.encode()
        } else {
            action.encode()
        }
    };
    let row = match content.kind {
        Kind::Pelatihan => vec![
            InlineKeyboardButton::callback(
                announce_button::REGISTER,
                data(CallbackAction::TrainingRegister(content.id)),
            ),
            InlineKeyboardButton::callback(
                announce_button::UNREGISTER,
                data(CallbackAction::TrainingCancel(content.id)),
            ),
        ],
        Kind::Aturan => vec![
            InlineKeyboardButton::callback(
                announce_button::ACK,
                data(CallbackAction::RuleAck(content.id)),
            ),
            InlineKeyboardButton::callback(
                announce_button::ASK,
                data(CallbackAction::RuleAsk(content.id)),
            ),
        ],
        Kind::Info | Kind::Faq => return None,
    };
    Some(InlineKeyboardMarkup::new(vec![row]))
}

/// An announcement as recipients see it, as the messages to send: the attachment (with
/// the text as its caption when it fits Telegram's 1024), then the text, the buttons on
/// the last message. `text` replaces the rendered text (a reminder puts a line above it).
/// The sender sends these as broadcast deliveries, HR's preview and a reopened item go as
/// replies. A file Telegram does not have yet is left out (the sender uploads it with
/// [`messages_with_file`]).
pub fn announcement_messages(
    content: &AnnouncementContent,
    text: Option<String>,
    preview: bool,
) -> Vec<Out> {
    let file = match &content.attachment {
        Some(AttachedFile::OnTelegram(a)) => {
            Some((a.kind, InputFile::file_id(a.file_id.clone().into())))
        }
        Some(AttachedFile::ToUpload(_)) | None => None,
    };
    messages_with_file(content, file, text, preview)
}

/// [`announcement_messages`] with the file given: by its Telegram id, or its bytes to upload.
pub fn messages_with_file(
    content: &AnnouncementContent,
    file: Option<(AttachmentKind, InputFile)>,
    text: Option<String>,
    preview: bool,
) -> Vec<Out> {
    let text = text.unwrap_or_else(|| messages::announcement(content));
    let keyboard = keyboard_for(content, preview);
    let mut out = Vec::new();
    if let Some((kind, file)) = file {
        let fits = visible_len(&text) <= MAX_CAPTION;
        let caption = if fits {
            text.clone()
        } else {
            messages::attachment_caption(content.id)
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

/// Sends an announcement into a chat as a broadcast delivery; the last message sent.
pub async fn send_announcement(
    bot: &TgBot,
    chat: ChatId,
    content: &AnnouncementContent,
    text: Option<String>,
) -> Result<Message, RequestError> {
    send_messages(bot, chat, announcement_messages(content, text, false)).await
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
fn post_announcement(bot: &TgBot, chat: ChatId, content: &AnnouncementContent, preview: bool) {
    for out in announcement_messages(content, None, preview) {
        bot.post(chat, out);
    }
}

async fn preview(bot: &TgBot, store: &Store, member: &Member, draft: &Draft) -> anyhow::Result<()> {
    let chat = ChatId(member.chat_id);
    let (Some(audience), Some(content)) = (audience_of(draft), content_of(draft, "")) else {
        return Ok(());
    };
    post_announcement(bot, chat, &content, true);
    let count = store
        .audience_size(&audience, Some(&member.person.nip))
        .await?;
    let keyboard = InlineKeyboardMarkup::new(vec![vec![
        InlineKeyboardButton::callback(
            announce_button::SEND,
            CallbackAction::AnnounceSend.encode(),
        ),
        InlineKeyboardButton::callback(
            announce_button::CANCEL,
            CallbackAction::AnnounceCancel.encode(),
        ),
    ]]);
    say_with(
        bot,
        chat,
        messages::announcement_preview_note(count, &describe(&audience)),
        keyboard,
    )
    .await?;
    Ok(())
}

/// The audience in words, for HR.
fn describe(audience: &Audience) -> String {
    match audience {
        Audience::Everyone => "semua pegawai terdaftar".into(),
        Audience::Supervisors => "para atasan".into(),
        Audience::NoSubmittedPlan(year) => format!("yang belum mengirim rencana {year}"),
        Audience::Units(units) => format!("unit {}", units.join(", ")),
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
    let nip = &member.person.nip;
    let list = store.received_announcements(nip, LATEST).await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let text = if list.is_empty() {
        messages::no_announcements()
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
                        CallbackAction::AnnounceOpen(c.id).encode(),
                    )
                })
                .collect(),
        );
        messages::announcements_list(&items)
    };
    if member.person.is_admin {
        rows.push(vec![
            InlineKeyboardButton::callback(
                announce_button::NEW,
                CallbackAction::AnnounceNew.encode(),
            ),
            InlineKeyboardButton::callback(
                announce_button::SENT,
                CallbackAction::AnnounceList(0).encode(),
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

async fn ask_units(bot: &TgBot, store: &Store, chat: ChatId, draft: &Draft) -> anyhow::Result<()> {
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
                CallbackAction::AnnounceUnit(i as u32).encode(),
            )]
        })
        .collect();
    rows.push(vec![InlineKeyboardButton::callback(
        announce_button::NEXT,
        CallbackAction::AnnounceUnitsDone.encode(),
    )]);
    say_with(
        bot,
        chat,
        messages::ask_units(&draft.units),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(())
}

/// After the audience: a training's details, or straight to the text.
fn step_after_audience(draft: &Draft) -> ComposeStep {
    if kind_of(draft) == Kind::Pelatihan {
        ComposeStep::TrainingStart
    } else {
        ComposeStep::Text
    }
}

async fn ask_audience(bot: &TgBot, chat: ChatId) -> anyhow::Result<()> {
    let b = |label: &str, choice| {
        InlineKeyboardButton::callback(label, CallbackAction::AnnounceAudience(choice).encode())
    };
    let keyboard = InlineKeyboardMarkup::new(vec![
        vec![b(announce_button::EVERYONE, AudienceChoice::Everyone)],
        vec![b(announce_button::SUPERVISORS, AudienceChoice::Supervisors)],
        vec![b(
            &format!("{} {}", announce_button::NO_PLAN, current_year_wib()),
            AudienceChoice::NoPlan,
        )],
        vec![b(announce_button::UNITS, AudienceChoice::Units)],
    ]);
    say_with(bot, chat, messages::ask_audience(), keyboard).await?;
    Ok(())
}

/// Every `pg:` button.
pub(crate) async fn on_action(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    q: &CallbackQuery,
    action: CallbackAction,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let author = Some(member.person.nip.as_str());
    match action {
        CallbackAction::AnnouncePreview => {
            return Ok(Answer::toast(messages::preview_button_pressed()));
        }
        CallbackAction::AnnounceOpen(id) => return open(bot, store, member, id).await,
        _ => {}
    }
    if !member.person.is_admin {
        tracing::warn!(
            user = member.telegram_user_id,
            "announcement button pressed by someone who is not HR"
        );
        return Ok(Answer::alert(messages::only_admins()));
    }
    match action {
        CallbackAction::AnnounceNew => {
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
            dialogue.update(State::Composing(Box::new(draft))).await?;
            let b = |label: &str, kind| {
                InlineKeyboardButton::callback(label, CallbackAction::AnnounceKind(kind).encode())
            };
            let keyboard = InlineKeyboardMarkup::new(vec![
                vec![b(announce_button::INFO, Kind::Info)],
                vec![b(announce_button::TRAINING, Kind::Pelatihan)],
                vec![b(announce_button::RULE, Kind::Aturan)],
            ]);
            say_with(bot, chat, messages::ask_kind(), keyboard).await?;
            return Ok(Answer::silent());
        }
        CallbackAction::AnnounceList(page) => {
            sent_list(bot, store, chat, q, page).await?;
            return Ok(Answer::silent());
        }
        CallbackAction::AnnounceDetail(id) => return detail(bot, store, chat, id).await,
        CallbackAction::AnnounceRemind(id, round) => {
            return remind(bot, store, member, id, round).await;
        }
        _ => {}
    }
    let Some(State::Composing(mut draft)) = dialogue.get().await? else {
        return Ok(Answer::alert(messages::stale_button()));
    };
    match (action, draft.step) {
        (CallbackAction::AnnounceCancel, _) => {
            dialogue.exit().await?;
            say(bot, chat, messages::announcement_cancelled()).await?;
            return Ok(Answer::silent());
        }
        (CallbackAction::AnnounceKind(kind), ComposeStep::Kind) => {
            draft.kind = Some(kind.code().to_string());
            draft.step = ComposeStep::Audience;
            ask_audience(bot, chat).await?;
        }
        (CallbackAction::AnnounceAudience(choice), ComposeStep::Audience) => {
            let audience = match choice {
                AudienceChoice::Everyone => Some(Audience::Everyone),
                AudienceChoice::Supervisors => Some(Audience::Supervisors),
                AudienceChoice::NoPlan => Some(Audience::NoSubmittedPlan(current_year_wib())),
                AudienceChoice::Units => None,
            };
            match audience {
                Some(audience) => {
                    if store.audience_size(&audience, author).await? == 0 {
                        return Ok(Answer::alert(messages::nobody_in_audience()));
                    }
                    draft.audience = Some(audience.encode());
                    draft.step = step_after_audience(&draft);
                    ask_step(bot, chat, &draft).await?;
                }
                None => {
                    draft.step = ComposeStep::Units;
                    ask_units(bot, store, chat, &draft).await?;
                }
            }
        }
        (CallbackAction::AnnounceUnit(i), ComposeStep::Units) => {
            let units = store.units().await?;
            let Some(unit) = units.get(i as usize) else {
                return Ok(Answer::alert(messages::stale_button()));
            };
            if let Some(pos) = draft.units.iter().position(|u| u == unit) {
                draft.units.remove(pos);
            } else {
                draft.units.push(unit.clone());
            }
            ask_units(bot, store, chat, &draft).await?;
        }
        (CallbackAction::AnnounceUnitsDone, ComposeStep::Units) => {
            let audience = Audience::Units(draft.units.clone());
            if draft.units.is_empty() || store.audience_size(&audience, author).await? == 0 {
                return Ok(Answer::alert(messages::nobody_in_audience()));
            }
            draft.audience = Some(audience.encode());
            draft.step = step_after_audience(&draft);
            ask_step(bot, chat, &draft).await?;
        }
        (CallbackAction::AnnounceSend, ComposeStep::Preview) => {
            return send(bot, store, member, dialogue, &draft).await;
        }
        _ => return Ok(Answer::alert(messages::stale_button())),
    }
    dialogue.update(State::Composing(draft)).await?;
    Ok(Answer::silent())
}

/// Kirim: writes the announcement and its outbox, and HR's progress message.
async fn send(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    dialogue: ChatDialogue,
    draft: &Draft,
) -> anyhow::Result<Answer> {
    let chat = ChatId(member.chat_id);
    let actor = format!("nip:{}", member.person.nip);
    let (Some(audience), Some(content)) = (audience_of(draft), content_of(draft, &actor)) else {
        return Ok(Answer::alert(messages::stale_button()));
    };
    // A training whose time or deadline passed while the draft waited is refused now.
    if let Some(training) = &content.training
        && let Err(e) = training.check(now())
    {
        return Ok(Answer::alert(e.to_string()));
    }
    // The dialogue ends first: a second tap finds nothing to send.
    dialogue.exit().await?;
    let (id, recipients) = store
        .publish(
            &NewAnnouncement {
                kind: content.kind,
                audience,
                text: content.text,
                attachment: draft.attachment.clone().map(NewAttachment::OnTelegram),
                training: content.training,
                author: Some(member.person.nip.clone()),
            },
            &actor,
        )
        .await?;
    start_progress(bot, store, chat, id, recipients).await?;
    Ok(Answer::silent())
}

/// HR's progress message of a delivery just queued; the sender keeps it current.
pub(crate) async fn start_progress(
    bot: &TgBot,
    store: &Store,
    chat: ChatId,
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
            Out::text(messages::announcement_progress(
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
async fn open(bot: &TgBot, store: &Store, member: &Member, id: i64) -> anyhow::Result<Answer> {
    let Some(content) = store.announcement(id).await? else {
        return Ok(Answer::alert(messages::stale_button()));
    };
    if !member.person.is_admin && !store.is_recipient(id, &member.person.nip).await? {
        return Ok(Answer::alert(messages::not_for_you()));
    }
    post_announcement(bot, ChatId(member.chat_id), &content, false);
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
                if matches!(CallbackAction::decode(data), Ok(CallbackAction::AnnounceDetail(_)))
        )
    })
}

async fn sent_list(
    bot: &TgBot,
    store: &Store,
    chat: ChatId,
    q: &CallbackQuery,
    page: u32,
) -> anyhow::Result<()> {
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
                InlineKeyboardButton::callback(
                    format!("#{}", c.id),
                    CallbackAction::AnnounceDetail(c.id).encode(),
                )
            })
            .collect(),
    ];
    let mut nav = Vec::new();
    if page > 0 {
        nav.push(InlineKeyboardButton::callback(
            announce_button::PREV,
            CallbackAction::AnnounceList(page - 1).encode(),
        ));
    }
    if more {
        nav.push(InlineKeyboardButton::callback(
            announce_button::NEXT_PAGE,
            CallbackAction::AnnounceList(page + 1).encode(),
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
        bot,
        chat,
        edit,
        messages::sent_list(&items, page),
        InlineKeyboardMarkup::new(rows),
    )
    .await
}

/// HR's figures of one announcement, with what can be done next.
async fn detail(bot: &TgBot, store: &Store, chat: ChatId, id: i64) -> anyhow::Result<Answer> {
    let Some(content) = store.announcement(id).await? else {
        return Ok(Answer::alert(messages::stale_button()));
    };
    let delivery = store.delivery_status(id).await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let seats = match content.kind {
        Kind::Pelatihan => {
            rows.push(vec![InlineKeyboardButton::callback(
                announce_button::ATTENDANCE,
                CallbackAction::TrainingAttendance(id, 0).encode(),
            )]);
            Some(store.seat_counts(id).await?)
        }
        _ => None,
    };
    let (rules, questions) = match content.kind {
        Kind::Aturan => {
            let counts = store.rule_counts(id).await?;
            let questions = store.questions_of(id, QUESTIONS_SHOWN).await?;
            let waiting = counts.recipients - counts.acknowledged;
            if waiting > 0 {
                rows.push(vec![InlineKeyboardButton::callback(
                    messages::remind_button(waiting),
                    CallbackAction::AnnounceRemind(id, counts.reminders).encode(),
                )]);
            }
            for question in &questions {
                let action = match (&question.answer, question.faq_id) {
                    (None, _) => Some((
                        format!("{} T{}", announce_button::ANSWER, question.id),
                        CallbackAction::QuestionAnswer(question.id),
                    )),
                    (Some(_), None) => Some((
                        format!("FAQ T{}", question.id),
                        CallbackAction::QuestionFaq(question.id),
                    )),
                    _ => None,
                };
                if let Some((label, action)) = action {
                    rows.push(vec![InlineKeyboardButton::callback(label, action.encode())]);
                }
            }
            (Some(counts), questions)
        }
        _ => (None, Vec::new()),
    };
    say_with(
        bot,
        chat,
        messages::announcement_detail(
            &content,
            &delivery,
            seats.as_ref(),
            rules.as_ref(),
            &questions,
        ),
        InlineKeyboardMarkup::new(rows),
    )
    .await?;
    Ok(Answer::silent())
}

/// Reminds the recipients of a rule change who have not acknowledged it.
async fn remind(
    bot: &TgBot,
    store: &Store,
    member: &Member,
    id: i64,
    round: i64,
) -> anyhow::Result<Answer> {
    let Some(content) = store.announcement(id).await? else {
        return Ok(Answer::alert(messages::stale_button()));
    };
    let mut notice = crate::domain::text::Notice::new(messages::rule_reminder(&content));
    notice.buttons = keyboard_for(&content, false)
        .map(|k| super::buttons_of(&k))
        .unwrap_or_default();
    let outcome = store
        .remind_unacknowledged(id, round, &format!("nip:{}", member.person.nip), &notice)
        .await?;
    Ok(match outcome {
        RemindOutcome::Queued(n) => {
            say(bot, ChatId(member.chat_id), messages::reminder_queued(n)).await?;
            Answer::silent()
        }
        RemindOutcome::AlreadySent => Answer::alert(messages::reminder_already_sent()),
        RemindOutcome::NotARule => Answer::alert(messages::stale_button()),
    })
}
