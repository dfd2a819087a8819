//! Several `kinerja run` on one PostgreSQL database, as active and standby: the instance
//! that holds the `leader` lease ([`crate::store::fleet`]) polls Telegram (or, in webhook
//! mode, hands out what every instance keeps in the inbox), runs the sender and the
//! reminder schedule; the others wait and ask for the lease every [`RENEW_EVERY`]. The
//! leader renews it as often; a lease runs [`LEASE_MS`], so a dead leader's duties move to
//! a living instance within ten seconds. A leader that cannot renew in time (the database
//! away longer than the lease) stops its duties at once. On SQLite there is one process
//! per file ([`super::lock_sqlite`]), which takes the lease at once and keeps it.

use std::time::Duration;

use rand::Rng;
use tokio::sync::watch;
use tokio::time::Instant;

use crate::store::Store;
use crate::store::fleet::now_ms;

/// The lease of the leader's duties.
pub const LEADER: &str = "leader";

/// How long a lease runs from its last renewal, in milliseconds.
pub const LEASE_MS: i64 = 8_000;

/// How often the leader renews its lease, and a standby asks for it.
pub const RENEW_EVERY: Duration = Duration::from_secs(2);

/// A leader whose last renewal is this old stops its duties: before its lease can expire
/// and another take it.
const GIVE_UP_AFTER: Duration = Duration::from_millis(LEASE_MS as u64 - 1_500);

/// How long one ask for the lease may take.
const ASK_PATIENCE: Duration = Duration::from_millis(1_500);

/// A random id for this process, the holder named in the lease.
pub fn instance_id() -> String {
    let tail: String = rand::rng()
        .sample_iter(rand::distr::Alphanumeric)
        .take(12)
        .map(char::from)
        .collect();
    format!("{}-{tail}", std::process::id())
}

async fn ask(store: &Store, id: &str) -> Result<bool, String> {
    match tokio::time::timeout(
        ASK_PATIENCE,
        store.acquire_lease(LEADER, id, now_ms(), LEASE_MS),
    )
    .await
    {
        Ok(Ok(held)) => Ok(held),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("the database did not answer in time".to_string()),
    }
}

/// Waits until this instance holds the leader's lease (true), or `stop` turns true (false).
pub async fn acquire(store: &Store, id: &str, stop: &mut watch::Receiver<bool>) -> bool {
    let mut told = false;
    loop {
        if *stop.borrow() {
            return false;
        }
        match ask(store, id).await {
            Ok(true) => return true,
            Ok(false) if !told => {
                told = true;
                tracing::info!("another instance leads; this one stands by");
            }
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "cannot ask for the leader's lease"),
        }
        tokio::select! {
            _ = tokio::time::sleep(RENEW_EVERY) => {}
            _ = stop.changed() => {}
        }
    }
}

/// Why [`hold`] returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Held {
    /// The lease is gone (taken, or not renewed in time): stop the duties now.
    Lost,
    /// `stop` turned true.
    Stopped,
}

/// Renews the lease every [`RENEW_EVERY`] until it is lost or `stop` turns true.
pub async fn hold(store: &Store, id: &str, stop: &mut watch::Receiver<bool>) -> Held {
    let mut renewed = Instant::now();
    loop {
        tokio::select! {
            _ = tokio::time::sleep(RENEW_EVERY) => {}
            _ = stop.changed() => {}
        }
        if *stop.borrow() {
            return Held::Stopped;
        }
        let asked = Instant::now();
        match ask(store, id).await {
            Ok(true) => renewed = asked,
            Ok(false) => {
                tracing::error!(
                    "the leader's lease was taken by another instance; stopping the leader's duties"
                );
                return Held::Lost;
            }
            Err(e) => tracing::warn!(error = %e, "cannot renew the leader's lease"),
        }
        if renewed.elapsed() >= GIVE_UP_AFTER {
            tracing::error!(
                "the leader's lease could not be renewed in time; stopping the leader's duties"
            );
            return Held::Lost;
        }
    }
}

/// Gives the lease up at a normal stop, so that a standby takes over at once.
pub async fn release(store: &Store, id: &str) {
    if let Err(e) = store.release_lease(LEADER, id).await {
        tracing::warn!(error = %e, "could not give the leader's lease up; it expires by itself");
    }
}
