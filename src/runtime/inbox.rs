//! The inbox listener: updates pass through the database on their way from Telegram to the
//! handlers ([`crate::store::inbox`]).
//!
//! teloxide's own polling tells Telegram an update arrived (the `offset` of the next
//! `getUpdates`) as soon as it is handed to a handler, done or not; a process killed then
//! loses what the person sent. [`InboxListener`] polls instead: it writes each batch to the
//! inbox before asking for the next (while the database is away it waits, and Telegram
//! keeps the batch), hands out first the updates a killed process never took up, tells the
//! senders of those it interrupted, and drops updates Telegram sends again.
//! The webhook listener ([`super::webhook`]) shares [`recover`] and [`keep`].
//! `crate::bot::inbox::mark_handled` records when the handlers take an update up and when
//! they are done with it.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use futures::StreamExt;
use futures::stream::{self, BoxStream};
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};

use crate::bot::messages;
use crate::store::Store;
use crate::telegram::Metrics;

/// What the person sent, when it was a text: quoted back in the notice of an interruption.
fn sent_text(update: &Update) -> Option<&str> {
    match &update.kind {
        teloxide::types::UpdateKind::Message(m) => m.text(),
        _ => None,
    }
}

/// How long one `getUpdates` waits for something to arrive.
const LONG_POLL_SECS: u32 = 10;

/// Waits after a failed `getUpdates`, in seconds, the last repeated.
const POLL_BACKOFF: [u64; 4] = [1, 2, 4, 8];

/// The update listener of `kinerja run` and the tests.
pub struct InboxListener {
    bot: Bot,
    store: Store,
    replay: Vec<Update>,
    token: StopToken,
    flag: Option<StopFlag>,
    allowed: Option<Vec<AllowedUpdate>>,
    metrics: Arc<Metrics>,
}

/// What a stopped process left in the inbox, at the start of a listener: returns the
/// updates it took and never started (handed out first), and closes those it interrupted
/// (not run again; each sender is told to check and send again).
pub async fn recover(store: &Store) -> anyhow::Result<Vec<Update>> {
    let mut replay = Vec::new();
    for (id, payload) in store.unstarted_updates().await? {
        match serde_json::from_str::<Update>(&payload) {
            Ok(update) => replay.push(update),
            Err(e) => {
                tracing::warn!(update_id = id, error = %e, "a kept update cannot be read back; skipped")
            }
        }
    }
    if !replay.is_empty() {
        tracing::warn!(
            count = replay.len(),
            "updates taken before the last stop and never started are handled now"
        );
    }
    for (id, payload) in store.interrupted_updates().await? {
        let update = serde_json::from_str::<Update>(&payload).ok();
        let chat = update.as_ref().and_then(|u| u.chat()).map(|c| c.id.0);
        // Keyed: rendered in the sender's language when it is sent.
        let notice = crate::domain::text::Notice::new(messages::interrupted(
            update.as_ref().and_then(sent_text),
        ));
        tracing::warn!(
            update_id = id,
            chat,
            "an update was interrupted by the last stop; its sender is told"
        );
        store
            .close_interrupted(id, chat.map(|c| (c, &notice)))
            .await?;
    }
    Ok(replay)
}

impl InboxListener {
    /// Reads the updates a previous process took from Telegram and did not finish
    /// ([`recover`]), and switches off a webhook if one is set (updates come by polling).
    /// `metrics` counts the updates it hands out.
    pub async fn new(
        bot: Bot,
        store: Store,
        metrics: Arc<Metrics>,
    ) -> anyhow::Result<InboxListener> {
        let replay = recover(&store).await?;
        if let Err(e) = bot.delete_webhook().await {
            tracing::warn!(error = %e, "could not switch off a webhook");
        }
        let (token, flag) = mk_stop_token();
        Ok(InboxListener {
            bot,
            store,
            replay,
            token,
            flag: Some(flag),
            allowed: None,
            metrics,
        })
    }
}

struct Polling {
    bot: Bot,
    store: Store,
    flag: Pin<Box<StopFlag>>,
    allowed: Option<Vec<AllowedUpdate>>,
    offset: i32,
    buffer: VecDeque<Update>,
    /// Taken from Telegram but not yet written to the inbox (the database is away): not
    /// handed out, and not confirmed to Telegram, until it is written.
    unkept: Vec<Update>,
    failures: usize,
    pause: Option<Duration>,
    metrics: Arc<Metrics>,
}

/// Waits between tries to write to the inbox while the database is away, in seconds.
const KEEP_BACKOFF: [u64; 4] = [1, 1, 2, 4];

impl Polling {
    /// The next update for the handlers, an error to report, or `None` once stopped.
    async fn next(&mut self) -> Option<Result<Update, RequestError>> {
        loop {
            if let Some(update) = self.buffer.pop_front() {
                self.metrics.update_taken(i64::from(update.id.0));
                return Some(Ok(update));
            }
            if let Some(wait) = self.pause.take() {
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    _ = self.flag.as_mut() => {}
                }
            }
            if self.flag.is_stopped() && !self.unkept.is_empty() {
                // Not confirmed: Telegram sends these again to the next start.
                tracing::warn!(
                    count = self.unkept.len(),
                    "stopping with updates not written to the database; Telegram keeps them"
                );
                return None;
            }
            if !self.unkept.is_empty() {
                let batch = std::mem::take(&mut self.unkept);
                match keep(&self.store, batch).await {
                    Ok(new) => {
                        self.failures = 0;
                        self.buffer = new.into();
                    }
                    Err((batch, e)) => {
                        let i = self.failures.min(KEEP_BACKOFF.len() - 1);
                        self.failures += 1;
                        tracing::error!(error = %e, count = batch.len(), "cannot write updates to the database; they wait, and Telegram keeps them");
                        self.unkept = batch;
                        self.pause = Some(Duration::from_secs(KEEP_BACKOFF[i]));
                    }
                }
                continue;
            }
            if self.flag.is_stopped() {
                // Tell Telegram what was taken (all of it is kept), then end.
                let confirm = self
                    .bot
                    .get_updates()
                    .offset(self.offset)
                    .limit(1)
                    .timeout(0);
                if let Err(e) = confirm.await {
                    tracing::warn!(error = %e, "could not confirm the last updates to Telegram; they come again and are recognised");
                }
                return None;
            }
            let mut request = self
                .bot
                .get_updates()
                .offset(self.offset)
                .timeout(LONG_POLL_SECS);
            if let Some(allowed) = &self.allowed {
                request = request.allowed_updates(allowed.clone());
            }
            let result = tokio::select! {
                r = request.send() => r,
                _ = self.flag.as_mut() => continue,
            };
            match result {
                Ok(updates) => {
                    self.failures = 0;
                    if let Some(last) = updates.last() {
                        self.offset = last.id.as_offset();
                    }
                    self.unkept = updates;
                }
                Err(e) => {
                    let wait = match &e {
                        RequestError::RetryAfter(secs) => secs.duration(),
                        _ => {
                            let i = self.failures.min(POLL_BACKOFF.len() - 1);
                            Duration::from_secs(POLL_BACKOFF[i])
                        }
                    };
                    self.failures += 1;
                    self.pause = Some(wait);
                    return Some(Err(e));
                }
            }
        }
    }
}

/// Writes a batch to the inbox and returns the updates not seen before; on a database
/// error, the batch back.
pub(crate) async fn keep(
    store: &Store,
    updates: Vec<Update>,
) -> Result<Vec<Update>, (Vec<Update>, crate::store::StoreError)> {
    let rows: Vec<(i64, String)> = updates
        .iter()
        .filter_map(|u| {
            serde_json::to_string(u)
                .ok()
                .map(|json| (i64::from(u.id.0), json))
        })
        .collect();
    match store.keep_updates(&rows).await {
        Ok(new) => Ok(updates
            .into_iter()
            .filter(|u| {
                let fresh = new.contains(&i64::from(u.id.0));
                if !fresh {
                    tracing::info!(
                        update_id = u.id.0,
                        "Telegram sent an update again; it was taken already"
                    );
                }
                fresh
            })
            .collect()),
        Err(e) => Err((updates, e)),
    }
}

impl<'a> AsUpdateStream<'a> for InboxListener {
    type StreamErr = RequestError;
    type Stream = BoxStream<'a, Result<Update, RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let Some(flag) = self.flag.take() else {
            return stream::empty().boxed();
        };
        let polling = Polling {
            bot: self.bot.clone(),
            store: self.store.clone(),
            flag: Box::pin(flag),
            allowed: self.allowed.take(),
            offset: 0,
            buffer: std::mem::take(&mut self.replay).into(),
            unkept: Vec::new(),
            failures: 0,
            pause: None,
            metrics: self.metrics.clone(),
        };
        stream::unfold(polling, |mut p| async move {
            let item = p.next().await?;
            Some((item, p))
        })
        .boxed()
    }
}

impl UpdateListener for InboxListener {
    type Err = RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.allowed = Some(hint.collect());
    }
}
