//! The broadcast sender: a loop of its own that delivers the outbox, fed only by rows in the
//! database (a restart loses nothing). Its sends take the client's free slots under
//! Telegram's ~30 messages a second, behind replies to people chatting (see
//! [`crate::telegram`]); it keeps only a few sends in flight (the only ones that could arrive
//! twice after a crash; enough to fill the pace when Telegram answers after 300 ms), waits out 429 `retry_after` for everyone, retries network and 5xx
//! errors with backoff, and marks people who blocked the bot as unreachable. It never decides who receives what: that was fixed when the
//! announcement was written.

use std::sync::Arc;
use std::time::Duration;

use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{
    BotCommandScope, ChatId, InlineKeyboardMarkup, InputFile, ParseMode, Recipient,
};
use tokio::sync::{Semaphore, watch};
use tokio::time::Instant;

use crate::bot::TgBot;
use crate::bot::announce::{messages_with_file, send_messages};
use crate::bot::realisation::attached_file;
use crate::domain::broadcast::{AttachedFile, AttachmentKind, Attempt, MAX_ATTEMPTS, backoff};
use crate::domain::lang::Lang;
use crate::domain::reminder::ReminderConfig;
use crate::store::broadcast::{AnnouncementContent, Delivery, Payload};
use crate::store::uploads::UploadTurn;
use crate::store::{Store, now};
use crate::telegram::Priority;

/// How many sends the sender keeps in flight, and the reminder schedule its loop keeps.
#[derive(Debug, Clone)]
pub struct SenderConfig {
    /// Sends in flight at once: enough to fill Telegram's ~30 a second when each answer
    /// takes a third of a second (about 11 on their way at once, the rest waiting for their
    /// slot), and few, as these are what could arrive twice after a crash.
    pub in_flight: usize,
    /// How long to sleep when nothing is due.
    pub idle: Duration,
    /// When reminders fall due, and the quiet hours.
    pub reminders: ReminderConfig,
    /// How often the reminder schedule is looked at.
    pub reminder_every: Duration,
}

impl Default for SenderConfig {
    fn default() -> Self {
        SenderConfig {
            in_flight: 16,
            idle: Duration::from_millis(500),
            reminders: ReminderConfig::default(),
            reminder_every: Duration::from_secs(5),
        }
    }
}

/// Runs until `stop` turns true, then waits for the sends in flight.
pub async fn run(
    bot: TgBot,
    store: Store,
    config: SenderConfig,
    mut stop: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let recovered = store.recover_in_flight().await?;
    if recovered > 0 {
        tracing::warn!(
            recovered,
            "deliveries that were in flight at the last stop are queued again"
        );
    }
    tokio::spawn(progress_loop(
        bot.clone(),
        store.clone(),
        config.clone(),
        stop.clone(),
    ));
    let slots = Arc::new(Semaphore::new(config.in_flight));
    loop {
        if *stop.borrow() {
            break;
        }
        let batch = match store.claim_deliveries(config.in_flight as i64).await {
            Ok(batch) => batch,
            Err(e) => {
                tracing::error!(error = %e, "cannot read the outbox; trying again shortly");
                Vec::new()
            }
        };
        if batch.is_empty() {
            tokio::select! {
                _ = tokio::time::sleep(config.idle) => {}
                _ = stop.changed() => {}
            }
            continue;
        }
        for delivery in batch {
            let permit = slots.clone().acquire_owned().await?;
            let (bot, store) = (bot.clone(), store.clone());
            tokio::spawn(async move {
                deliver(&bot, &store, delivery).await;
                drop(permit);
            });
        }
    }
    // Let the sends in flight finish and record their outcome.
    let _ = slots.acquire_many(config.in_flight as u32).await?;
    Ok(())
}

/// How often HR's progress message may change: Telegram frowns on rapid edits.
const PROGRESS_EVERY_SECS: i64 = 3;

/// Keeps HR's progress messages current, then writes the final summary; also runs the
/// reminder schedule every `reminder_every`.
async fn progress_loop(
    bot: TgBot,
    store: Store,
    config: SenderConfig,
    mut stop: watch::Receiver<bool>,
) {
    let mut last_reminders: Option<Instant> = None;
    let mut last_prune: Option<Instant> = None;
    loop {
        if *stop.borrow() {
            return;
        }
        match store.progress_due(PROGRESS_EVERY_SECS).await {
            Ok(due) => {
                for target in due {
                    if let Err(e) = update_progress(&bot, &store, &target).await {
                        tracing::warn!(announcement = target.announcement_id, error = %e, "could not update the progress message");
                    }
                }
            }
            Err(e) => tracing::warn!(error = %e, "cannot read announcements in progress"),
        }
        // Reminders: occasions are rows in the database, so each is queued once.
        if last_reminders.is_none_or(|t: Instant| t.elapsed() >= config.reminder_every) {
            last_reminders = Some(Instant::now());
            match crate::runtime::reminders::tick(&store, &config.reminders, now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(notices = n, "reminders queued"),
                Err(e) => tracing::warn!(error = %e, "cannot queue reminders"),
            }
            // The weekly digest and the end-of-day daily-log reminder, beside the deadline
            // reminders (their own module: other rules, other rows).
            match crate::runtime::digest::tick(&store, &config.reminders, now()).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(notices = n, "digests and daily-log reminders queued"),
                Err(e) => tracing::warn!(error = %e, "cannot queue digests"),
            }
        }
        // Command lists of released accounts (`kinerja unbind` has no bot to do it).
        reset_commands(&bot, &store).await;
        // Updates handled days ago are no longer needed to recognise a repeat.
        if last_prune.is_none_or(|t: Instant| t.elapsed() >= INBOX_PRUNE_EVERY) {
            last_prune = Some(Instant::now());
            match store.prune_inbox().await {
                Ok(0) => {}
                Ok(n) => tracing::info!(updates = n, "old updates forgotten"),
                Err(e) => tracing::warn!(error = %e, "cannot prune the inbox"),
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(1)) => {}
            _ = stop.changed() => {}
        }
    }
}

/// How often the inbox is pruned.
const INBOX_PRUNE_EVERY: Duration = Duration::from_secs(3600);

/// Resets a tick takes on at most.
const RESETS_PER_TICK: i64 = 16;

/// Takes back the per-chat command list of each released account that is due, so that the
/// old account sees the unregistered list again. A chat Telegram no longer knows has no
/// list to take back; a refusal for Telegram's own trouble is tried again with backoff.
async fn reset_commands(bot: &TgBot, store: &Store) {
    let due = match store.due_command_resets(RESETS_PER_TICK).await {
        Ok(due) => due,
        Err(e) => {
            tracing::warn!(error = %e, "cannot read the command lists to reset");
            return;
        }
    };
    for reset in due {
        let chat = ChatId(reset.chat_id);
        let request = bot.api().delete_my_commands().scope(BotCommandScope::Chat {
            chat_id: Recipient::Id(chat),
        });
        let result = match bot.call(request).await {
            Ok(_) => store.command_reset_done(reset.chat_id).await,
            Err(e) => {
                let again = matches!(
                    crate::telegram::read_error(&e),
                    Attempt::Transient(_) | Attempt::RetryAfter(_)
                );
                if again && reset.attempts + 1 < MAX_ATTEMPTS {
                    let at = now() + backoff(reset.attempts + 1).as_secs() as i64;
                    store
                        .command_reset_later(reset.chat_id, at, &e.to_string())
                        .await
                } else {
                    tracing::warn!(chat = reset.chat_id, error = %e, "the chat's command list was not reset");
                    store.command_reset_done(reset.chat_id).await
                }
            }
        };
        if let Err(e) = result {
            tracing::warn!(chat = reset.chat_id, error = %e, "could not record a command list reset");
        }
    }
}

async fn update_progress(
    bot: &TgBot,
    store: &Store,
    target: &crate::store::broadcast::ProgressTarget,
) -> anyhow::Result<()> {
    let status = store.delivery_status(target.announcement_id).await?;
    let per_second = bot.limiter().per_second().max(1.0);
    let seconds_left = ((status.pending + status.sending) as f64 / per_second) as i64;
    // HR watches in a private chat, whose id is HR's Telegram user id.
    let lang = store
        .member(target.chat_id)
        .await?
        .map(|m| m.lang)
        .unwrap_or_default();
    let text = crate::bot::announce::views::announcement_progress(
        lang,
        target.announcement_id,
        &status,
        seconds_left,
    );
    let chat = ChatId(target.chat_id);
    let message = teloxide::types::MessageId(target.message_id as i32);
    let result = bot
        .send(
            Priority::Edit,
            chat,
            bot.api()
                .edit_message_text(chat, message, text)
                .parse_mode(ParseMode::Html),
        )
        .await;
    match result {
        Ok(_) | Err(RequestError::Api(teloxide::ApiError::MessageNotModified)) => {}
        Err(e) => return Err(e.into()),
    }
    store
        .progress_updated(target.announcement_id, status.done())
        .await?;
    Ok(())
}

/// Sends one delivery: an announcement as recipients see it, or a personal notice.
async fn send(bot: &TgBot, d: &Delivery) -> Result<teloxide::types::Message, RequestError> {
    match &d.payload {
        Payload::Announcement(content) => {
            crate::bot::announce::send_announcement(bot, ChatId(d.chat_id), content, d.lang).await
        }
        Payload::Notice(notice) => {
            let chat = ChatId(d.chat_id);
            let (text, keyboard) = crate::bot::render_notice(notice, d.lang);
            let mut request = bot
                .api()
                .send_message(chat, text)
                .parse_mode(ParseMode::Html);
            if let Some(markup) = keyboard {
                request = request.reply_markup(markup);
            }
            bot.bulk(chat, request).await
        }
        Payload::RenderedNotice { text, keyboard } => {
            let chat = ChatId(d.chat_id);
            let mut request = bot
                .api()
                .send_message(chat, text.clone())
                .parse_mode(ParseMode::Html);
            let markup = keyboard
                .as_deref()
                .and_then(|k| serde_json::from_str::<InlineKeyboardMarkup>(k).ok());
            if let Some(markup) = markup {
                request = request.reply_markup(markup);
            }
            bot.bulk(chat, request).await
        }
    }
}

/// How long deliveries wait while another sender uploads their announcement's file.
const UPLOAD_WAIT_SECS: i64 = 2;

/// Sends an announcement whose file is kept in the database ([`AttachedFile::ToUpload`]):
/// the sender that takes the upload's lease uploads it with this delivery and records the
/// `file_id` Telegram gives back, before the rest of the announcement goes; the others send
/// that id. `None` when it cannot go yet (another sender is uploading, or the database did
/// not answer): the delivery waits a moment, not counted as an attempt. The announcement
/// is rendered in the recipient's `lang`.
async fn send_stored_file(
    bot: &TgBot,
    store: &Store,
    chat: ChatId,
    lang: Lang,
    content: &AnnouncementContent,
    kind: AttachmentKind,
) -> Option<Result<teloxide::types::Message, RequestError>> {
    let turn = store.take_upload(content.id).await.inspect_err(|e| {
        tracing::warn!(announcement = content.id, error = %e, "cannot read the file to upload");
    });
    match turn.ok()? {
        UploadTurn::Busy => None,
        UploadTurn::Uploaded(file_id) => {
            let file = InputFile::file_id(file_id.into());
            let outs = messages_with_file(lang, content, Some((kind, file)), false);
            Some(send_messages(bot, chat, outs).await)
        }
        UploadTurn::Mine { file_name, bytes } => {
            let file = InputFile::memory(bytes).file_name(file_name);
            let outs = messages_with_file(lang, content, Some((kind, file)), false);
            Some(upload(bot, store, chat, content.id, outs).await)
        }
    }
}

/// Sends the first message (the file to upload) and records its `file_id` at once, so that
/// nobody uploads it again even if the rest fails; then the rest.
async fn upload(
    bot: &TgBot,
    store: &Store,
    chat: ChatId,
    announcement_id: i64,
    mut outs: Vec<crate::telegram::Out>,
) -> Result<teloxide::types::Message, RequestError> {
    let rest = outs.split_off(1);
    let sent = send_messages(bot, chat, outs).await;
    let file_id = sent.as_ref().ok().and_then(attached_file).map(|(_, id)| id);
    let recorded = match &file_id {
        Some(file_id) => store.file_uploaded(announcement_id, file_id).await,
        None => store.upload_failed(announcement_id).await,
    };
    if let Err(e) = recorded {
        tracing::error!(announcement = announcement_id, error = %e, "could not record the upload");
    }
    let first = sent?;
    if rest.is_empty() {
        return Ok(first);
    }
    send_messages(bot, chat, rest).await
}

async fn deliver(bot: &TgBot, store: &Store, d: Delivery) {
    let sent = match &d.payload {
        Payload::Announcement(content) => match content.attachment {
            Some(AttachedFile::ToUpload(kind)) => {
                send_stored_file(bot, store, ChatId(d.chat_id), d.lang, content, kind).await
            }
            _ => Some(send(bot, &d).await),
        },
        Payload::Notice(_) | Payload::RenderedNotice { .. } => Some(send(bot, &d).await),
    };
    let Some(sent) = sent else {
        let until = now() + UPLOAD_WAIT_SECS;
        if let Err(e) = store.wait_for_upload(d.id, until).await {
            tracing::error!(delivery = d.id, error = %e, "could not put a delivery back");
        }
        return;
    };
    let attempt = match sent {
        Ok(message) => {
            if let Err(e) = store
                .mark_sent(d.source, d.id, i64::from(message.id.0))
                .await
            {
                tracing::error!(delivery = d.id, error = %e, "sent, but could not record it");
            }
            return;
        }
        Err(e) => crate::telegram::read_error(&e),
    };
    let result = match attempt {
        Attempt::Sent => Ok(()),
        Attempt::RetryAfter(wait) => {
            // The client already holds every send back for `wait`.
            tracing::warn!(
                seconds = wait.as_secs(),
                "Telegram asked to slow down; everyone waits"
            );
            store
                .retry_delivery(d.source, d.id, now() + wait.as_secs() as i64, "429", false)
                .await
        }
        Attempt::Transient(error) if d.attempts + 1 < MAX_ATTEMPTS => {
            let wait = backoff(d.attempts + 1);
            store
                .retry_delivery(d.source, d.id, now() + wait.as_secs() as i64, &error, true)
                .await
        }
        Attempt::Transient(error) | Attempt::Rejected(error) => {
            tracing::warn!(delivery = d.id, error, "delivery failed for good");
            store.mark_failed(d.source, d.id, &error).await
        }
        Attempt::Unreachable(error) => store.mark_unreachable(d.source, d.id, &error).await,
    };
    if let Err(e) = result {
        tracing::error!(delivery = d.id, error = %e, "could not record a delivery outcome");
    }
}
