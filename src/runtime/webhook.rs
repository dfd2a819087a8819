//! The webhook listener (`kinerja run --webhook-url … --listen …`): Telegram POSTs each
//! update to our HTTP server ([`super::http`]) instead of the bot polling for it.
//!
//! teloxide's own webhook listener answers Telegram 200 before the update is handled, and
//! Telegram sends again only what was answered otherwise: a process that dies right after
//! that answer loses the update. Here the handler of the webhook path ([`WebhookRoute`],
//! served by every instance, leader or standby) checks the secret header in constant time
//! against the secret in the database (cached a few seconds, read again on a mismatch),
//! writes the update to the inbox ([`super::inbox::keep`], as the polling listener keeps a
//! batch), and only then answers 200. The leader's listener ([`WebhookListener`]) hands
//! out what is kept and not yet taken up, oldest first: at once when its own route kept
//! it, else within [`INBOX_POLL`] when another instance did. A database that does not
//! answer gets 503 (Telegram tries again later); an update Telegram sends again (its id is
//! in the inbox already) gets 200 and is not handled twice. At the start of a leadership
//! the listener hands out first what the previous leader left ([`super::inbox::recover`]),
//! then registers the webhook with a new secret, written to the database first. A normal
//! stop does not delete the webhook: Telegram keeps the updates meanwhile and delivers them
//! to another instance or the restart (a stopping process answers 503).

use std::collections::{HashSet, VecDeque};
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use futures::StreamExt;
use futures::stream::{self, BoxStream};
use rand::Rng;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::{AllowedUpdate, Update};
use teloxide::update_listeners::{AsUpdateStream, UpdateListener};
use tokio::sync::Notify;

use super::inbox::{keep, recover};
use crate::store::Store;
use crate::telegram::Metrics;

/// The header Telegram puts the webhook's secret in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Length of the secret made at each start (Telegram allows 1–256 of `A-Za-z0-9_-`).
const SECRET_LEN: usize = 64;

/// Waits after a failed `setWebhook`, in seconds, the last repeated.
const REGISTER_BACKOFF: [u64; 4] = [1, 2, 4, 8];

/// A fresh random secret for `setWebhook` (letters and digits).
pub fn new_secret() -> String {
    rand::rng()
        .sample_iter(rand::distr::Alphanumeric)
        .take(SECRET_LEN)
        .map(char::from)
        .collect()
}

/// Whether `given` equals `expected`, in a time that depends only on `expected`'s length,
/// so that the answer's timing tells a caller nothing about how much of a guess was right.
pub fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    let mut diff = u8::from(given.len() != expected.len());
    for (i, e) in expected.iter().enumerate() {
        let g = given.get(i).copied().unwrap_or(0);
        diff |= std::hint::black_box(g ^ e);
    }
    diff == 0
}

/// The setting the leader writes the webhook's secret to, for every instance to check.
pub const SECRET_SETTING: &str = "webhook_secret";

/// How long an instance trusts the secret it read last before it reads it again.
const SECRET_FRESH: Duration = Duration::from_secs(5);

/// How often the leader looks for updates another instance kept.
const INBOX_POLL: Duration = Duration::from_millis(150);

/// The webhook's secret as the database says, read again every few seconds and at once on
/// a mismatch (a new leader registered a new one).
struct SharedSecret {
    store: Store,
    cached: std::sync::Mutex<Option<(String, tokio::time::Instant)>>,
}

impl SharedSecret {
    fn cached(&self) -> Option<String> {
        let cached = self.cached.lock().unwrap_or_else(|e| e.into_inner());
        cached
            .as_ref()
            .filter(|(_, at)| at.elapsed() < SECRET_FRESH)
            .map(|(s, _)| s.clone())
    }

    fn remember(&self, secret: String) {
        *self.cached.lock().unwrap_or_else(|e| e.into_inner()) =
            Some((secret, tokio::time::Instant::now()));
    }

    async fn read(&self) -> Option<String> {
        match self.store.setting(SECRET_SETTING).await {
            Ok(Some(secret)) => {
                self.remember(secret.clone());
                Some(secret)
            }
            Ok(None) => None,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the webhook's secret");
                None
            }
        }
    }

    /// Whether `given` is the secret: the cached one, else the database's now.
    async fn check(&self, given: &[u8]) -> bool {
        if let Some(secret) = self.cached()
            && same_secret(given, secret.as_bytes())
        {
            return true;
        }
        self.read()
            .await
            .is_some_and(|secret| same_secret(given, secret.as_bytes()))
    }
}

/// The webhook path's side in the HTTP server: checks, keeps, tells the leader. Served by
/// every instance, leader or standby.
#[derive(Clone)]
pub struct WebhookRoute {
    /// The path of the webhook URL (`/tg`), where the route is served.
    pub path: String,
    url: url::Url,
    secret: Arc<SharedSecret>,
    store: Store,
    kept: Arc<Notify>,
    open: Arc<AtomicBool>,
}

impl WebhookRoute {
    /// The route for `url`, open until [`WebhookRoute::close`].
    pub fn new(store: Store, url: url::Url) -> WebhookRoute {
        WebhookRoute {
            path: webhook_path(&url),
            url,
            secret: Arc::new(SharedSecret {
                store: store.clone(),
                cached: std::sync::Mutex::new(None),
            }),
            store,
            kept: Arc::new(Notify::new()),
            open: Arc::new(AtomicBool::new(true)),
        }
    }

    /// The process is stopping: from now on Telegram is answered 503 (and sends again to
    /// another instance, or to the restart).
    pub fn close(&self) {
        self.open.store(false, Ordering::Relaxed);
        self.kept.notify_waiters();
    }
}

/// The update listener of `kinerja run --webhook-url`, for one leadership.
pub struct WebhookListener {
    bot: Bot,
    route: WebhookRoute,
    replay: Vec<Update>,
    token: StopToken,
    flag: Option<StopFlag>,
    allowed: Option<Vec<AllowedUpdate>>,
    metrics: Arc<Metrics>,
}

impl WebhookListener {
    /// The listener of a leadership beginning: reads what the previous holder left in the
    /// inbox first ([`recover`]); the webhook is registered (with a new secret, written to
    /// the database for every instance) when the dispatcher starts listening.
    pub async fn new(
        bot: Bot,
        metrics: Arc<Metrics>,
        route: &WebhookRoute,
    ) -> anyhow::Result<WebhookListener> {
        let replay = recover(&route.store).await?;
        let (token, flag) = mk_stop_token();
        Ok(WebhookListener {
            bot,
            route: route.clone(),
            replay,
            token,
            flag: Some(flag),
            allowed: None,
            metrics,
        })
    }
}

/// The listener and its route for `url` (one instance alone: the route and a listener).
/// Serve the route ([`super::http::router`]) before dispatching with the listener.
pub async fn listener(
    bot: Bot,
    store: Store,
    metrics: Arc<Metrics>,
    url: url::Url,
) -> anyhow::Result<(WebhookListener, WebhookRoute)> {
    let route = WebhookRoute::new(store, url);
    let listener = WebhookListener::new(bot, metrics, &route).await?;
    Ok((listener, route))
}

/// The path the webhook is served at: the URL's, `/` when it has none.
pub fn webhook_path(url: &url::Url) -> String {
    match url.path() {
        "" => "/".to_string(),
        path => path.to_string(),
    }
}

/// `POST <webhook path>`: 401 without the right secret, 400 for a body that is no update,
/// 503 while the database is away or the process is stopping, else 200 once the update is
/// written to the inbox (the leader takes it from there, whichever instance it is).
pub async fn receive(
    State(route): State<WebhookRoute>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let given = headers
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !route.secret.check(given).await {
        tracing::warn!("a webhook request without the right secret was refused");
        return StatusCode::UNAUTHORIZED;
    }
    if !route.open.load(Ordering::Relaxed) {
        // Stopping: Telegram keeps the update and sends it again to whoever runs next.
        return StatusCode::SERVICE_UNAVAILABLE;
    }
    let update = match serde_json::from_slice::<Update>(&body) {
        Ok(update) => update,
        Err(e) => {
            tracing::warn!(error = %e, "a webhook request is not an update; refused");
            return StatusCode::BAD_REQUEST;
        }
    };
    match keep(&route.store, vec![update]).await {
        Ok(_) => {
            // Kept: the leader (this instance or another) hands it out.
            route.kept.notify_one();
            StatusCode::OK
        }
        Err((_, e)) => {
            tracing::error!(error = %e, "cannot write an update to the database; Telegram is asked to send it again");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

struct Receiving {
    bot: Bot,
    route: WebhookRoute,
    allowed: Option<Vec<AllowedUpdate>>,
    flag: Pin<Box<StopFlag>>,
    buffer: VecDeque<Update>,
    /// Handed out and not yet seen stamped as taken up.
    handed: HashSet<i64>,
    registered: bool,
    failures: usize,
    metrics: Arc<Metrics>,
}

impl Receiving {
    /// Registers the webhook with a new secret, written first for every instance to check.
    async fn register(&mut self) -> Result<(), RequestError> {
        let secret = new_secret();
        if let Err(e) = self.route.store.set_setting(SECRET_SETTING, &secret).await {
            tracing::warn!(error = %e, "cannot write the webhook's secret; trying again");
            return Err(RequestError::Io(Arc::new(std::io::Error::other(
                e.to_string(),
            ))));
        }
        self.route.secret.remember(secret.clone());
        let mut request = self
            .bot
            .set_webhook(self.route.url.clone())
            .secret_token(secret)
            .drop_pending_updates(false);
        if let Some(allowed) = &self.allowed {
            request = request.allowed_updates(allowed.clone());
        }
        request.await.map(|_| ())
    }

    /// The updates kept in the inbox and not yet handed out, oldest first.
    async fn look(&mut self) {
        let kept = match self.route.store.unstarted_updates().await {
            Ok(kept) => kept,
            Err(e) => {
                tracing::warn!(error = %e, "cannot read the inbox; trying again");
                return;
            }
        };
        let waiting: HashSet<i64> = kept.iter().map(|(id, _)| *id).collect();
        // What was handed out and is no longer waiting has been taken up.
        self.handed.retain(|id| waiting.contains(id));
        for (id, payload) in kept {
            if !self.handed.insert(id) {
                continue;
            }
            match serde_json::from_str::<Update>(&payload) {
                Ok(update) => self.buffer.push_back(update),
                Err(e) => {
                    tracing::warn!(update_id = id, error = %e, "a kept update cannot be read back; skipped")
                }
            }
        }
    }

    /// The next update for the handlers, an error to report, or `None` once stopped.
    async fn next(&mut self) -> Option<Result<Update, RequestError>> {
        loop {
            if let Some(update) = self.buffer.pop_front() {
                self.metrics.update_taken(i64::from(update.id.0));
                return Some(Ok(update));
            }
            if self.flag.is_stopped() {
                return None;
            }
            if !self.registered {
                match self.register().await {
                    Ok(()) => {
                        tracing::info!(url = %self.route.url, "webhook registered with Telegram");
                        self.registered = true;
                        self.failures = 0;
                    }
                    Err(e) => {
                        let wait = match &e {
                            RequestError::RetryAfter(secs) => secs.duration(),
                            _ => {
                                let i = self.failures.min(REGISTER_BACKOFF.len() - 1);
                                Duration::from_secs(REGISTER_BACKOFF[i])
                            }
                        };
                        self.failures += 1;
                        tokio::select! {
                            _ = tokio::time::sleep(wait) => {}
                            _ = self.flag.as_mut() => {}
                        }
                        return Some(Err(e));
                    }
                }
                continue;
            }
            let kept = self.route.kept.clone();
            tokio::select! {
                _ = kept.notified() => {}
                _ = tokio::time::sleep(INBOX_POLL) => {}
                _ = self.flag.as_mut() => return None,
            }
            self.look().await;
        }
    }
}

impl<'a> AsUpdateStream<'a> for WebhookListener {
    type StreamErr = RequestError;
    type Stream = BoxStream<'a, Result<Update, RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let Some(flag) = self.flag.take() else {
            return stream::empty().boxed();
        };
        let replay: VecDeque<Update> = std::mem::take(&mut self.replay).into();
        let receiving = Receiving {
            bot: self.bot.clone(),
            route: self.route.clone(),
            allowed: self.allowed.take(),
            flag: Box::pin(flag),
            handed: replay.iter().map(|u| i64::from(u.id.0)).collect(),
            buffer: replay,
            registered: false,
            failures: 0,
            metrics: self.metrics.clone(),
        };
        stream::unfold(receiving, |mut r| async move {
            let item = r.next().await?;
            Some((item, r))
        })
        .boxed()
    }
}

impl UpdateListener for WebhookListener {
    type Err = RequestError;

    fn stop_token(&mut self) -> StopToken {
        self.token.clone()
    }

    fn hint_allowed_updates(&mut self, hint: &mut dyn Iterator<Item = AllowedUpdate>) {
        self.allowed = Some(hint.collect());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_same_secret_passes() {
        assert!(same_secret(b"abc-_9", b"abc-_9"));
        assert!(!same_secret(b"abc-_8", b"abc-_9"));
        assert!(!same_secret(b"abc", b"abc-_9"));
        assert!(!same_secret(b"abc-_9x", b"abc-_9"));
        assert!(!same_secret(b"", b"abc"));
    }

    #[test]
    fn a_new_secret_is_one_telegram_accepts() {
        let secret = new_secret();
        assert_eq!(secret.len(), SECRET_LEN);
        assert!(
            secret
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        );
        assert_ne!(secret, new_secret());
    }

    #[test]
    fn the_route_is_the_path_of_the_url() {
        let url: url::Url = "https://kinerja.example.go.id/tg".parse().unwrap();
        assert_eq!(webhook_path(&url), "/tg");
        let url: url::Url = "https://kinerja.example.go.id".parse().unwrap();
        assert_eq!(webhook_path(&url), "/");
    }
}
