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

use super::callback::{AudienceChoice, CallbackAction};
use super::dialogue::{ChatDialogue, ComposeStep, Draft, State};
use super::messages;
use super::realisation::attached_file;
use super::{Answer, HandlerResult, TgBot, dialogue_branch, say, say_with};
use crate::domain::broadcast::{
    AttachedFile, Attachment, AttachmentKind, Audience, Kind, MAX_CAPTION, visible_len,
};
use crate::domain::lang::Lang;
use crate::domain::text::Msg;
use crate::domain::time::{current_year_wib, format_wib};
use crate::domain::training::{
    TrainingDetails, parse_deadline, parse_jp, parse_place, parse_quota, parse_start,
};
use crate::i18n::{self, Localize};
use crate::store::bindings::Member;
use crate::store::broadcast::{AnnouncementContent, NewAnnouncement, NewAttachment};
use crate::store::rules::RemindOutcome;
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
    let chat = msg.chat.id;
    let lang = member.lang;
    let State::Announce(state::State::Composing(mut draft)) = state else {
        return Ok(());
    };
    if !member.person.is_admin {
        dialogue.exit().await?;
        say(&bot, chat, i18n::only_admins(lang)).await?;
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
                ask_step(&bot, chat, lang, &draft).await?;
                dialogue
                    .update(State::Announce(state::State::Composing(draft)))
                    .await?;
            }
            Some(Err(e)) => {
                let error = messages::esc(&e.localize(lang));
                let question = step_question(lang, &draft);
                say(&bot, chat, i18n::try_again(lang, &error, &question)).await?;
            }
            None => {
                say(&bot, chat, step_question(lang, &draft)).await?;
            }
        }
        return Ok(());
    }
    if !matches!(draft.step, ComposeStep::Text | ComposeStep::Preview) {
        say(&bot, chat, i18n::use_the_buttons(lang)).await?;
        return Ok(());
    }
    let file = attached_file(&msg);
    let text = typed
        .or(msg.caption().map(str::trim))
        .filter(|t| !t.is_empty());
    if file.is_none() && text.is_none() {
        say(&bot, chat, i18n::announce_text_or_attachment_expected(lang)).await?;
        return Ok(());
    }
    if let Some(text) = text {
        // The one check of the command line too: the limit of this kind, counted as
        // Telegram counts. The text that fitted before (if any) and the attachment stay.
        if let Err(e) = crate::bot::announce::views::check_announcement_text(kind_of(&draft), text)
        {
            let error = messages::esc(&e.localize(lang));
            let question =
                crate::bot::announce::views::ask_announcement_text(lang, kind_of(&draft));
            say(&bot, chat, i18n::try_again(lang, &error, &question)).await?;
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
        dialogue
            .update(State::Announce(state::State::Composing(draft)))
            .await?;
        say(&bot, chat, i18n::announce_attachment_received(lang)).await?;
        return Ok(());
    }
    draft.step = ComposeStep::Preview;
    preview(&bot, &store, &member, &draft).await?;
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
            let starts = format_wib(draft.starts_at.unwrap_or_default());
            i18n::training_ask_deadline(lang, &starts)
        }
        _ => crate::bot::announce::views::ask_announcement_text(lang, kind_of(draft)),
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
    let text = crate::bot::announce::views::announcement(lang, content);
    let keyboard = keyboard_for(lang, content, preview);
    let mut out = Vec::new();
    if let Some((kind, file)) = file {
        let fits = visible_len(&text) <= MAX_CAPTION;
        let caption = if fits {
            text.clone()
        } else {
            crate::bot::announce::views::attachment_caption(lang, content.id)
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
        crate::bot::announce::views::announcements_list(lang, &items)
    };
    if member.person.is_admin {
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
        crate::bot::announce::views::ask_units(lang, &draft.units),
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
    let chat = ChatId(member.chat_id);
    let lang = member.lang;
    let author = Some(member.person.nip.as_str());
    match action {
        Action::Preview => {
            return Ok(Answer::toast(i18n::announce_preview_button_pressed(lang)));
        }
        Action::Open(id) => {
            return open(bot, store, member, id).await;
        }
        _ => {}
    }
    if !member.person.is_admin {
        tracing::warn!(
            user = member.telegram_user_id,
            "announcement button pressed by someone who is not HR"
        );
        return Ok(Answer::alert(i18n::only_admins(lang)));
    }
    match action {
        Action::New => {
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
            dialogue
                .update(State::Announce(state::State::Composing(Box::new(draft))))
                .await?;
            let b = |label: String, kind| {
                vec![InlineKeyboardButton::callback(
                    label,
                    Action::Kind(kind).encode(),
                )]
            };
            let keyboard = InlineKeyboardMarkup::new(vec![
                b(i18n::announce_button_info(lang), Kind::Info),
                b(i18n::announce_button_training(lang), Kind::Pelatihan),
                b(i18n::announce_button_rule(lang), Kind::Aturan),
            ]);
            say_with(bot, chat, i18n::announce_ask_kind(lang), keyboard).await?;
            return Ok(Answer::silent());
        }
        Action::List(page) => {
            sent_list(bot, store, chat, lang, q, page).await?;
            return Ok(Answer::silent());
        }
        Action::Detail(id) => {
            return detail(bot, store, chat, lang, id).await;
        }
        Action::Remind(id, round) => {
            return remind(bot, store, member, id, round).await;
        }
        _ => {}
    }
    let Some(State::Announce(state::State::Composing(mut draft))) = dialogue.get().await? else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    match (action, draft.step) {
        (Action::Cancel, _) => {
            dialogue.exit().await?;
            say(bot, chat, i18n::announce_cancelled(lang)).await?;
            return Ok(Answer::silent());
        }
        (Action::Kind(kind), ComposeStep::Kind) => {
            draft.kind = Some(kind.code().to_string());
            draft.step = ComposeStep::Audience;
            ask_audience(bot, chat, lang).await?;
        }
        (Action::Audience(choice), ComposeStep::Audience) => {
            let audience = match choice {
                AudienceChoice::Everyone => Some(Audience::Everyone),
                AudienceChoice::Supervisors => Some(Audience::Supervisors),
                AudienceChoice::NoPlan => Some(Audience::NoSubmittedPlan(current_year_wib())),
                AudienceChoice::Units => None,
            };
            match audience {
                Some(audience) => {
                    if store.audience_size(&audience, author).await? == 0 {
                        return Ok(Answer::alert(i18n::announce_nobody_in_audience(lang)));
                    }
                    draft.audience = Some(audience.encode());
                    draft.step = step_after_audience(&draft);
                    ask_step(bot, chat, lang, &draft).await?;
                }
                None => {
                    draft.step = ComposeStep::Units;
                    ask_units(bot, store, chat, lang, &draft).await?;
                }
            }
        }
        (Action::Unit(i), ComposeStep::Units) => {
            let units = store.units().await?;
            let Some(unit) = units.get(i as usize) else {
                return Ok(Answer::alert(i18n::stale_button(lang)));
            };
            if let Some(pos) = draft.units.iter().position(|u| u == unit) {
                draft.units.remove(pos);
            } else {
                draft.units.push(unit.clone());
            }
            ask_units(bot, store, chat, lang, &draft).await?;
        }
        (Action::UnitsDone, ComposeStep::Units) => {
            let audience = Audience::Units(draft.units.clone());
            if draft.units.is_empty() || store.audience_size(&audience, author).await? == 0 {
                return Ok(Answer::alert(i18n::announce_nobody_in_audience(lang)));
            }
            draft.audience = Some(audience.encode());
            draft.step = step_after_audience(&draft);
            ask_step(bot, chat, lang, &draft).await?;
        }
        (Action::Send, ComposeStep::Preview) => {
            return send(bot, store, member, dialogue, &draft).await;
        }
        _ => return Ok(Answer::alert(i18n::stale_button(lang))),
    }
    dialogue
        .update(State::Announce(state::State::Composing(draft)))
        .await?;
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
    let lang = member.lang;
    let actor = format!("nip:{}", member.person.nip);
    let (Some(audience), Some(content)) = (audience_of(draft), content_of(draft, &actor)) else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    // A training whose time or deadline passed while the draft waited is refused now.
    if let Some(training) = &content.training
        && let Err(e) = training.check(now())
    {
        return Ok(Answer::alert(e.localize(lang)));
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
    start_progress(bot, store, chat, lang, id, recipients).await?;
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
            Out::text(crate::bot::announce::views::announcement_progress(
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
async fn open(bot: &TgBot, store: &Store, member: &Member, id: i64) -> anyhow::Result<Answer> {
    let lang = member.lang;
    let Some(content) = store.announcement(id).await? else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    if !member.person.is_admin && !store.is_recipient(id, &member.person.nip).await? {
        return Ok(Answer::alert(i18n::announce_not_for_you(lang)));
    }
    post_announcement(bot, ChatId(member.chat_id), lang, &content, false);
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

async fn sent_list(
    bot: &TgBot,
    store: &Store,
    chat: ChatId,
    lang: Lang,
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
        bot,
        chat,
        edit,
        crate::bot::announce::views::sent_list(lang, &items, page),
        InlineKeyboardMarkup::new(rows),
    )
    .await
}

/// HR's figures of one announcement, with what can be done next.
async fn detail(
    bot: &TgBot,
    store: &Store,
    chat: ChatId,
    lang: Lang,
    id: i64,
) -> anyhow::Result<Answer> {
    let Some(content) = store.announcement(id).await? else {
        return Ok(Answer::alert(i18n::stale_button(lang)));
    };
    let delivery = store.delivery_status(id).await?;
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let seats = match content.kind {
        Kind::Pelatihan => {
            rows.push(vec![InlineKeyboardButton::callback(
                i18n::training_button_attendance(lang),
                CallbackAction::Training(crate::bot::training::action::Action::Attendance(id, 0))
                    .encode(),
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
                    i18n::announce_button_remind(lang, &waiting.to_string()),
                    Action::Remind(id, counts.reminders).encode(),
                )]);
            }
            for question in &questions {
                let action = match (&question.answer, question.faq_id) {
                    (None, _) => Some((
                        i18n::announce_button_answer_question(lang, &question.id.to_string()),
                        CallbackAction::Rules(crate::bot::rules::action::Action::QuestionAnswer(
                            question.id,
                        )),
                    )),
                    (Some(_), None) => Some((
                        i18n::announce_button_faq_question(lang, &question.id.to_string()),
                        CallbackAction::Rules(crate::bot::rules::action::Action::QuestionFaq(
                            question.id,
                        )),
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
        crate::bot::announce::views::announcement_detail(
            lang,
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
    let lang = member.lang;
    let Some(content) = store.announcement(id).await? else {
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
    let outcome = store
        .remind_unacknowledged(id, round, &format!("nip:{}", member.person.nip), &notice)
        .await?;
    Ok(match outcome {
        RemindOutcome::Queued(n) => {
            let queued = i18n::announce_reminder_queued(lang, &n.to_string());
            say(bot, ChatId(member.chat_id), queued).await?;
            Answer::silent()
        }
        RemindOutcome::AlreadySent => Answer::alert(i18n::announce_reminder_already_sent(lang)),
        RemindOutcome::NotARule => Answer::alert(i18n::stale_button(lang)),
    })
}
