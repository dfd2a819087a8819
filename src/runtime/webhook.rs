//! The webhook listener (`kinerja run --webhook-url … --listen …`): Telegram POSTs each
//! update to our HTTP server ([`super::http`]) instead of the bot polling for it.
//!
//! teloxide's own webhook listener answers Telegram 200 before the update is handled, and
//! Telegram sends again only what was answered otherwise: a process that dies right after
//! that answer loses the update. Here the handler of the webhook path checks the secret
//! header in constant time, writes the update to the inbox ([`super::inbox::keep`], as the
//! polling listener keeps a batch), and only then answers 200 and hands the update on to
//! the dispatcher through a channel the listener's stream reads. A database that does not
//! answer gets 503 (Telegram tries again later); an update Telegram sends again (its id is
//! in the inbox already) gets 200 and is not handled twice. At start the listener hands out
//! first what a stopped process left ([`super::inbox::recover`]), then registers the
//! webhook with a secret of its own. A normal stop does not delete the webhook: Telegram
//! keeps the updates meanwhile and delivers them to the restart (answered 503 while the
//! handlers are finishing).

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::Arc;
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
use tokio::sync::mpsc;

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

/// The webhook path's side in the HTTP server: checks, keeps, hands on.
#[derive(Clone)]
pub struct WebhookRoute {
    /// The path of the webhook URL (`/tg`), where the route is served.
    pub path: String,
    secret: Arc<String>,
    store: Store,
    to_dispatcher: mpsc::UnboundedSender<Update>,
}

/// The update listener of `kinerja run --webhook-url`.
pub struct WebhookListener {
    bot: Bot,
    url: url::Url,
    secret: Arc<String>,
    replay: Vec<Update>,
    from_route: Option<mpsc::UnboundedReceiver<Update>>,
    token: StopToken,
    flag: Option<StopFlag>,
    allowed: Option<Vec<AllowedUpdate>>,
    metrics: Arc<Metrics>,
}

/// The listener and its route for `url`: reads what a stopped process left in the inbox
/// first. Serve the route ([`super::http::router`]) before dispatching with the listener;
/// the webhook is registered when the dispatcher starts listening.
pub async fn listener(
    bot: Bot,
    store: Store,
    metrics: Arc<Metrics>,
    url: url::Url,
) -> anyhow::Result<(WebhookListener, WebhookRoute)> {
    let replay = recover(&store).await?;
    let secret = Arc::new(new_secret());
    let (to_dispatcher, from_route) = mpsc::unbounded_channel();
    let (token, flag) = mk_stop_token();
    let route = WebhookRoute {
        path: webhook_path(&url),
        secret: secret.clone(),
        store,
        to_dispatcher,
    };
    let listener = WebhookListener {
        bot,
        url,
        secret,
        replay,
        from_route: Some(from_route),
        token,
        flag: Some(flag),
        allowed: None,
        metrics,
    };
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
/// 503 while the database is away or the listener has stopped, else 200 once the update
/// is written to the inbox.
pub async fn receive(
    State(route): State<WebhookRoute>,
    headers: HeaderMap,
    body: Bytes,
) -> StatusCode {
    let given = headers
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !same_secret(given, route.secret.as_bytes()) {
        tracing::warn!("a webhook request without the right secret was refused");
        return StatusCode::UNAUTHORIZED;
    }
    if route.to_dispatcher.is_closed() {
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
        Ok(new) => {
            for update in new {
                // Kept: should the listener have stopped meanwhile, the next start
                // hands it out.
                let _ = route.to_dispatcher.send(update);
            }
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
    url: url::Url,
    secret: Arc<String>,
    allowed: Option<Vec<AllowedUpdate>>,
    flag: Pin<Box<StopFlag>>,
    buffer: VecDeque<Update>,
    from_route: mpsc::UnboundedReceiver<Update>,
    registered: bool,
    failures: usize,
    metrics: Arc<Metrics>,
}

impl Receiving {
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
                let mut request = self
                    .bot
                    .set_webhook(self.url.clone())
                    .secret_token(self.secret.as_str())
                    .drop_pending_updates(false);
                if let Some(allowed) = &self.allowed {
                    request = request.allowed_updates(allowed.clone());
                }
                match request.await {
                    Ok(_) => {
                        tracing::info!(url = %self.url, "webhook registered with Telegram");
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
            tokio::select! {
                update = self.from_route.recv() => match update {
                    Some(update) => self.buffer.push_back(update),
                    None => return None,
                },
                _ = self.flag.as_mut() => return None,
            }
        }
    }
}

impl<'a> AsUpdateStream<'a> for WebhookListener {
    type StreamErr = RequestError;
    type Stream = BoxStream<'a, Result<Update, RequestError>>;

    fn as_stream(&'a mut self) -> Self::Stream {
        let (Some(flag), Some(from_route)) = (self.flag.take(), self.from_route.take()) else {
            return stream::empty().boxed();
        };
        let receiving = Receiving {
            bot: self.bot.clone(),
            url: self.url.clone(),
            secret: self.secret.clone(),
            allowed: self.allowed.take(),
            flag: Box::pin(flag),
            buffer: std::mem::take(&mut self.replay).into(),
            from_route,
            registered: false,
            failures: 0,
            metrics: self.metrics.clone(),
        };
        // When the stream ends its receiver is dropped: the route answers 503 from then on.
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
