//! What runs the bot, above it: `kinerja run` starts the dispatcher (which takes updates
//! through the inbox, [`crate::bot::inbox`]), the [`sender`] that works through the outbox
//! and the [`reminders`] schedule, and stops them together on a signal. The way down is
//! `cli → runtime → bot → domain`; nothing below imports from here.

pub mod inbox;
pub mod reminders;
pub mod sender;

use anyhow::Context;
use teloxide::Bot;
use teloxide::dispatching::{DefaultKey, Dispatcher};
use teloxide::prelude::Requester;

use crate::bot::{
    DRAIN_LIMIT, TELEGRAM_API, TgBot, dispatcher, make_bot, register_default_commands,
};
use crate::config::Config;
use crate::store::{Store, redact_url};

/// `kinerja run`: connects, says where it is connected, registers the default command
/// list and dispatches until SIGTERM or Ctrl-C. On a signal it stops taking updates, lets
/// the handlers already running finish, and confirms to Telegram what it processed.
pub async fn run(config: Config) -> anyhow::Result<()> {
    let store = Store::connect(&config.database_url).await?;
    let api = config
        .api_url
        .as_ref()
        .map(|u| u.to_string())
        .unwrap_or_else(|| TELEGRAM_API.to_string());
    tracing::info!(
        database = %redact_url(&config.database_url),
        backend = ?store.backend(),
        bot_api = %api,
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
    let (stop_sender, stop) = tokio::sync::watch::channel(false);
    let sender = tokio::spawn(sender::run(
        bot.clone(),
        store.clone(),
        sender::SenderConfig {
            reminders: config.reminders.clone(),
            ..Default::default()
        },
        stop,
    ));
    let mut dispatcher = dispatcher(bot.clone(), store.clone());
    let token = dispatcher.shutdown_token();
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("signal received: finishing the updates in hand, then stopping");
        let _ = stop_sender.send(true);
        match token.shutdown() {
            Ok(done) => done.await,
            Err(e) => tracing::warn!(error = %e, "dispatcher was not running"),
        }
    });
    serve(&mut dispatcher, &bot, &store).await?;
    match sender.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::error!(error = %e, "the broadcast sender stopped with an error"),
        Err(e) => tracing::error!(error = %e, "the broadcast sender panicked"),
    }
    store.close().await;
    tracing::info!("Kinerja stopped");
    Ok(())
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
/// ([`inbox::InboxListener`]): first those a killed process left unhandled. Returns once
/// the replies of the updates it took went out too (at most [`DRAIN_LIMIT`] later).
pub async fn serve(
    dispatcher: &mut Dispatcher<Bot, anyhow::Error, DefaultKey>,
    bot: &TgBot,
    store: &Store,
) -> anyhow::Result<()> {
    let listener = inbox::InboxListener::new(bot.api().clone(), store.clone()).await?;
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
    Ok(())
}
