//! What runs the bot, above it: `kinerja run` serves `/healthz`, `/metrics` and the webhook
//! ([`http`]) when asked, and leads or stands by ([`fleet`]): while it holds the leader's
//! lease it runs the dispatcher (which takes updates through the inbox,
//! [`crate::bot::inbox`]: by polling, [`inbox`], or from what the webhook keeps,
//! [`webhook`]), the [`sender`] that works through the outbox and the [`reminders`]
//! schedule; it stops them together on a signal or when the lease is lost. Several
//! instances share one PostgreSQL database; on SQLite one process per database file
//! ([`lock_sqlite`]). The way down is `cli → runtime → bot → domain`; nothing below imports
//! from here.

pub mod digest;
pub mod evidence;
pub mod fleet;
pub mod http;
pub mod inbox;
pub mod reminders;
pub mod sender;
pub mod webhook;

use std::path::PathBuf;

use anyhow::Context;
use teloxide::dispatching::{DefaultKey, Dispatcher};
use teloxide::prelude::Requester;
use teloxide::update_listeners::UpdateListener;
use teloxide::{Bot, RequestError};

use crate::bot::{
    DRAIN_LIMIT, EvidenceLinks, TELEGRAM_API, TgBot, dispatcher, make_bot,
    register_default_commands,
};
use crate::config::Config;
use crate::store::{Store, redact_url};

/// The lock file that keeps a second `kinerja run` off a SQLite database: beside the
/// database file, locked for the life of the process (the operating system releases it
/// when the process ends, however it ends).
#[derive(Debug)]
pub struct InstanceLock {
    _file: std::fs::File,
    pub path: PathBuf,
}

/// Why `kinerja run` may not start on this SQLite file.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Another process holds the lock: (the database file).
    #[error("another kinerja run is already using {0}")]
    Busy(PathBuf),
    /// The lock file cannot be created or locked: (the lock file, why).
    #[error("cannot lock {0}: {1}")]
    Io(PathBuf, std::io::Error),
}

/// The lock file of a SQLite database file: `<file>-kinerja.lock`.
pub fn lock_path(database: &std::path::Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push("-kinerja.lock");
    PathBuf::from(name)
}

/// On SQLite, takes the database file's lock for one `kinerja run` ([`InstanceLock`]; keep
/// it until the end); nothing on PostgreSQL or an in-memory database. The dialogue cache,
/// the flood limiter and the recovery at start assume one process per SQLite file.
pub fn lock_sqlite(database_url: &str) -> Result<Option<InstanceLock>, LockError> {
    let Some(database) = crate::store::sqlite_file(database_url) else {
        return Ok(None);
    };
    let path = lock_path(&database);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| LockError::Io(path.clone(), e))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(InstanceLock { _file: file, path })),
        Err(std::fs::TryLockError::WouldBlock) => Err(LockError::Busy(database)),
        Err(std::fs::TryLockError::Error(e)) => Err(LockError::Io(path, e)),
    }
}

/// `kinerja run`: connects, says where it is connected, registers the default command
/// list, serves `/healthz`, `/metrics` and the webhook (with `http`, bound by the caller to
/// `--listen`; a webhook URL in `config`), and leads or stands by ([`fleet`]) until SIGTERM
/// or Ctrl-C. While it holds the leader's lease it takes updates (polling, or from the
/// inbox the webhook fills), runs the sender and the reminder schedule; when it loses the
/// lease it stops them and stands by. On a signal it stops taking updates, lets the
/// handlers already running finish, confirms to Telegram what it processed and gives the
/// lease up.
pub async fn run(config: Config, http: Option<tokio::net::TcpListener>) -> anyhow::Result<()> {
    let store = Store::connect(&config.database_url).await?;
    let api = config
        .api_url
        .as_ref()
        .map(|u| u.to_string())
        .unwrap_or_else(|| TELEGRAM_API.to_string());
    let id = fleet::instance_id();
    tracing::info!(
        database = %redact_url(&config.database_url),
        backend = ?store.backend(),
        bot_api = %api,
        instance = %id,
        "Kinerja starting"
    );
    let bot = make_bot(&config);
    let me = bot
        .call(bot.api().get_me())
        .await
        .with_context(|| format!("cannot reach the Bot API at {api} (is TELOXIDE_TOKEN right?)"))?;
    tracing::info!(username = %me.username(), "connected to the Bot API");
    if let Err(e) = register_default_commands(&bot).await {
        tracing::warn!(error = %e, "could not register the default command list");
    }
    let metrics = bot.metrics().clone();
    let links = evidence_links(&config, &store).await?;
    let evidence = links.signer().map(|signer| evidence::EvidenceRoute {
        store: store.clone(),
        signer: signer.clone(),
        bot: bot.clone(),
    });
    let route = config
        .webhook_url
        .as_ref()
        .map(|url| webhook::WebhookRoute::new(store.clone(), url.clone()));
    let (http_stop, http_stopped) = tokio::sync::oneshot::channel::<()>();
    let server = http.map(|listener| {
        if let Ok(addr) = listener.local_addr() {
            tracing::info!(%addr, webhook = route.is_some(), evidence_links = evidence.is_some(), "serving /healthz and /metrics");
        }
        let router = http::router(store.clone(), metrics.clone(), route.clone(), evidence);
        tokio::spawn(http::serve(listener, router, async move {
            let _ = http_stopped.await;
        }))
    });
    if store.backend() == crate::store::Backend::Sqlite {
        // One process per SQLite file (the file lock): a lease left by a killed process is
        // not waited out.
        store.clear_lease(fleet::LEADER).await?;
    }
    let (stop_sender, mut stop) = tokio::sync::watch::channel(false);
    let closing = route.clone();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("signal received: finishing the updates in hand, then stopping");
        if let Some(route) = closing {
            route.close();
        }
        let _ = stop_sender.send(true);
    });
    while fleet::acquire(&store, &id, &mut stop).await {
        metrics.set_leader(true);
        tracing::info!(instance = %id, "this instance leads: it takes updates, sends and schedules");
        let outcome = lead(
            &config,
            (&bot, &links),
            &store,
            &id,
            route.as_ref(),
            stop.clone(),
        )
        .await;
        metrics.set_leader(false);
        match outcome {
            Ok(fleet::Held::Stopped) => {
                fleet::release(&store, &id).await;
                break;
            }
            Ok(fleet::Held::Lost) => {
                tracing::warn!("this instance stands by again");
            }
            Err(e) => {
                // The recovery at the start of the leadership failed (the database went
                // away): give the lease up and try again shortly, as a standby.
                tracing::error!(error = %e, "could not take up the leader's duties; standing by");
                fleet::release(&store, &id).await;
                tokio::select! {
                    _ = tokio::time::sleep(fleet::RENEW_EVERY) => {}
                    _ = stop.changed() => {}
                }
            }
        }
    }
    if let Some(server) = server {
        let _ = http_stop.send(());
        if tokio::time::timeout(std::time::Duration::from_secs(5), server)
            .await
            .is_err()
        {
            tracing::warn!("the HTTP server did not stop within 5 s; leaving it");
        }
    }
    store.close().await;
    tracing::info!("Kinerja stopped");
    Ok(())
}

/// One leadership: the sender (which first queues again what was in flight when the
/// previous leader stopped) and a fresh dispatcher (nothing cached from an earlier
/// leadership: the dialogue states are read from the database again), until the lease is
/// lost or `stop` turns true. Returns which.
async fn lead(
    config: &Config,
    (bot, links): (&TgBot, &EvidenceLinks),
    store: &Store,
    id: &str,
    route: Option<&webhook::WebhookRoute>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<fleet::Held> {
    let (duties_stop, duties) = tokio::sync::watch::channel(false);
    let duties_stop = std::sync::Arc::new(duties_stop);
    let sender = tokio::spawn(sender::run(
        bot.clone(),
        store.clone(),
        sender::SenderConfig {
            reminders: config.reminders.clone(),
            ..Default::default()
        },
        duties,
    ));
    let mut dispatcher = dispatcher(bot.clone(), store.clone(), links.clone());
    let token = dispatcher.shutdown_token();
    let (dispatching, dispatched) = tokio::sync::watch::channel(false);
    let holder = {
        let (store, id) = (store.clone(), id.to_string());
        let duties_stop = duties_stop.clone();
        tokio::spawn(async move {
            let held = fleet::hold(&store, &id, &mut stop).await;
            let _ = duties_stop.send(true);
            let mut dispatched = dispatched;
            // The dispatcher may not be listening yet (it is reading the inbox).
            loop {
                if *dispatched.borrow() {
                    break;
                }
                match token.shutdown() {
                    Ok(done) => {
                        done.await;
                        break;
                    }
                    Err(_) => {
                        tokio::select! {
                            _ = tokio::time::sleep(std::time::Duration::from_millis(50)) => {}
                            _ = dispatched.changed() => {}
                        }
                    }
                }
            }
            held
        })
    };
    let served = match route {
        Some(route) => {
            match webhook::WebhookListener::new(bot.api().clone(), bot.metrics().clone(), route)
                .await
            {
                Ok(listener) => {
                    serve_with(&mut dispatcher, bot, listener).await;
                    Ok(())
                }
                Err(e) => Err(e),
            }
        }
        None => serve(&mut dispatcher, bot, store).await,
    };
    let _ = dispatching.send(true);
    if served.is_err() {
        // Recovery failed: the duties stop and the error ends the run.
        let _ = duties_stop.send(true);
        holder.abort();
    }
    let held = holder.await.unwrap_or(fleet::Held::Stopped);
    match sender.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::error!(error = %e, "the broadcast sender stopped with an error"),
        Err(e) => tracing::error!(error = %e, "the broadcast sender panicked"),
    }
    served.map(|()| held)
}

/// The evidence links of the chat's exports and of `/bukti/`: with a public URL, signed with
/// the key every instance shares (made now when there is none yet).
pub async fn evidence_links(config: &Config, store: &Store) -> anyhow::Result<EvidenceLinks> {
    let Some(url) = &config.public_url else {
        return Ok(EvidenceLinks::default());
    };
    let key = store
        .evidence_key()
        .await
        .context("cannot read the key of the evidence links")?;
    tracing::info!(public_url = %url, days = config.evidence_link_days, "evidence files are given as signed links");
    Ok(EvidenceLinks(Some(
        crate::domain::evidence::LinkSigner::new(url, &key, config.evidence_link_days),
    )))
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM; only Ctrl-C stops the bot");
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Dispatches updates until the dispatcher is shut down, taking them through the inbox
/// by polling ([`inbox::InboxListener`]): first those a killed process left unhandled.
/// Returns once the replies of the updates it took went out too (at most [`DRAIN_LIMIT`]
/// later).
pub async fn serve(
    dispatcher: &mut Dispatcher<Bot, anyhow::Error, DefaultKey>,
    bot: &TgBot,
    store: &Store,
) -> anyhow::Result<()> {
    let listener =
        inbox::InboxListener::new(bot.api().clone(), store.clone(), bot.metrics().clone()).await?;
    serve_with(dispatcher, bot, listener).await;
    Ok(())
}

/// As [`serve`], with the given listener (the webhook's, [`webhook::listener`]).
pub async fn serve_with<L>(
    dispatcher: &mut Dispatcher<Bot, anyhow::Error, DefaultKey>,
    bot: &TgBot,
    listener: L,
) where
    L: UpdateListener<Err = RequestError> + Send,
{
    dispatcher
        .dispatch_with_listener(
            listener,
            teloxide::error_handlers::LoggingErrorHandler::with_custom_text(
                "cannot take updates from Telegram; trying again",
            ),
        )
        .await;
    if !bot.idle(DRAIN_LIMIT).await {
        tracing::warn!(
            "stopping with replies still queued; their senders are asked to check after the restart"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sqlite_file_is_locked_for_one_run_at_a_time() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("k.db").display());
        let first = lock_sqlite(&url).unwrap().expect("a lock on SQLite");
        assert!(first.path.ends_with("k.db-kinerja.lock"));
        match lock_sqlite(&url) {
            Err(LockError::Busy(file)) => assert!(file.ends_with("k.db")),
            other => panic!("a second lock was not refused: {other:?}"),
        }
        drop(first);
        assert!(
            lock_sqlite(&url).unwrap().is_some(),
            "free again once released"
        );
        assert!(lock_sqlite("postgres://u@h/db").unwrap().is_none());
    }
}
