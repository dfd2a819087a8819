//! The inbox: every update from Telegram is written here before Telegram is told it arrived
//! (the next `getUpdates`), marked when the handlers take it up and when they are done. A
//! process killed in between loses nothing: on start the updates never started are handled
//! then; one a kill interrupted is not handled again (half its effects may be written, and
//! a dialogue may have moved on, so the same text would land in the next step) and its
//! sender is told to check and send again. An update Telegram sends again is recognised and
//! not handled twice.

use std::collections::HashSet;

use sqlx::Row;
use tokio::sync::{mpsc, oneshot};

use super::broadcast::queue_notice;
use super::{Store, StoreError, now};
use crate::domain::text::Notice;

/// How long an unhandled update is still worth handling after a restart: an answer a day
/// late is no answer, and an update that failed every time should not be tried forever.
pub const REPLAY_WITHIN_SECS: i64 = 24 * 3600;

/// How long handled updates are kept (Telegram keeps unconfirmed ones for 24 hours).
pub const KEEP_HANDLED_SECS: i64 = 3 * 24 * 3600;

impl Store {
    /// Writes a batch of updates (id, JSON) and returns the ids that were new; the others
    /// were seen before (Telegram sent them again). One statement per [`MAX_KEPT`] updates,
    /// all in one transaction.
    pub async fn keep_updates(
        &self,
        updates: &[(i64, String)],
    ) -> Result<HashSet<i64>, StoreError> {
        let mut tx = self.begin().await?;
        let mut new = HashSet::new();
        let at = now();
        for chunk in updates.chunks(MAX_KEPT) {
            let rows: Vec<String> = (0..chunk.len())
                .map(|i| format!("(${}, ${}, $1)", 2 * i + 2, 2 * i + 3))
                .collect();
            let sql = format!(
                "INSERT INTO inbox (update_id, payload, received_at) VALUES {} \
                 ON CONFLICT DO NOTHING RETURNING update_id",
                rows.join(", ")
            );
            // Each batch size is a statement of its own: not kept among the prepared ones.
            let mut query = sqlx::query(&sql).persistent(false).bind(at);
            for (id, payload) in chunk {
                query = query.bind(*id).bind(payload);
            }
            for row in query.fetch_all(&mut *tx).await? {
                new.insert(row.try_get::<i64, _>("update_id")?);
            }
        }
        tx.commit().await?;
        Ok(new)
    }

    /// Stamps `stage` on the given updates (at most [`MAX_STAMPS`]) in one statement.
    pub async fn stamp_updates(&self, stage: Stage, update_ids: &[i64]) -> Result<(), StoreError> {
        if update_ids.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = (0..update_ids.len())
            .map(|i| format!("${}", i + 2))
            .collect();
        let sql = format!(
            "UPDATE inbox SET {} = $1 WHERE update_id IN ({})",
            stage.column(),
            list.join(", ")
        );
        // Each batch size is a statement of its own: not kept among the prepared ones, where
        // hundreds of them would push out the handlers' statements.
        let mut query = sqlx::query(&sql).persistent(false).bind(now());
        for id in update_ids {
            query = query.bind(*id);
        }
        query.execute(self.pool()).await?;
        Ok(())
    }

    /// Whether an update was handled: its handlers are done and their replies went out.
    pub async fn is_update_handled(&self, update_id: i64) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT handled_at FROM inbox WHERE update_id = $1")
            .bind(update_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(match row {
            Some(r) => r.try_get::<Option<i64>, _>("handled_at")?.is_some(),
            None => false,
        })
    }

    /// Updates received within [`REPLAY_WITHIN_SECS`] and never taken up, oldest first.
    pub async fn unstarted_updates(&self) -> Result<Vec<(i64, String)>, StoreError> {
        self.kept_updates("started_at IS NULL").await
    }

    /// Updates received within [`REPLAY_WITHIN_SECS`], taken up and never finished: a kill
    /// interrupted them.
    pub async fn interrupted_updates(&self) -> Result<Vec<(i64, String)>, StoreError> {
        self.kept_updates("started_at IS NOT NULL").await
    }

    async fn kept_updates(&self, condition: &str) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT update_id, payload FROM inbox WHERE handled_at IS NULL AND {condition} AND received_at >= $1 ORDER BY update_id"
        ))
        .bind(now() - REPLAY_WITHIN_SECS)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("update_id")?, r.try_get("payload")?)))
            .collect()
    }

    /// Closes an interrupted update: its sender (when there is a chat) gets `notice`, once.
    pub async fn close_interrupted(
        &self,
        update_id: i64,
        notice: Option<(i64, &Notice)>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        if let Some((chat_id, notice)) = notice {
            let key = format!("interrupted:{update_id}");
            queue_notice(&mut tx, chat_id, notice, Some(&key)).await?;
        }
        sqlx::query("UPDATE inbox SET handled_at = $1 WHERE update_id = $2")
            .bind(now())
            .bind(update_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// How many updates are written here and not done (`/metrics`).
    pub async fn inbox_depth(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM inbox WHERE handled_at IS NULL")
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get("n")?)
    }

    /// How many notices and broadcast deliveries wait or are being sent (`/metrics`).
    pub async fn outbox_depth(&self) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')) \
                  + (SELECT COUNT(*) FROM notices WHERE status IN ('pending', 'sending')) AS n",
        )
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("n")?)
    }

    /// Forgets updates handled, or left unhandled, longer ago than the limits above.
    pub async fn prune_inbox(&self) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "DELETE FROM inbox WHERE (handled_at IS NOT NULL AND handled_at < $1) OR received_at < $1",
        )
        .bind(now() - KEEP_HANDLED_SECS)
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected())
    }
}

/// Where an update stands in the handlers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// The handlers took it up.
    Started,
    /// The handlers are done with it.
    Handled,
}

impl Stage {
    fn column(self) -> &'static str {
        match self {
            Stage::Started => "started_at",
            Stage::Handled => "handled_at",
        }
    }
}

/// Most stamps written by one statement.
pub const MAX_STAMPS: usize = 500;

/// Most updates written to the inbox by one statement (Telegram sends at most 100 a batch).
pub const MAX_KEPT: usize = 100;

struct Stamp {
    update_id: i64,
    stage: Stage,
    written: oneshot::Sender<bool>,
}

/// Writes the inbox's stamps for every handler at once. Each handler waits for its stamp to
/// be written (an update must be marked taken up before its handlers write anything); the
/// stamps asked for while one write runs go together in the next. In a quiet moment a
/// stamp is written at once; under load a thousand updates cost a few statements instead
/// of a thousand.
#[derive(Clone)]
pub struct Stamps {
    queue: mpsc::UnboundedSender<Stamp>,
}

impl Stamps {
    /// Starts the writer on the current runtime; it ends when the last handle is dropped.
    pub fn start(store: Store) -> Stamps {
        let (queue, mut asked) = mpsc::unbounded_channel::<Stamp>();
        tokio::spawn(async move {
            while let Some(first) = asked.recv().await {
                let mut batch = vec![first];
                while batch.len() < MAX_STAMPS
                    && let Ok(next) = asked.try_recv()
                {
                    batch.push(next);
                }
                for stage in [Stage::Started, Stage::Handled] {
                    let (these, rest): (Vec<Stamp>, Vec<Stamp>) =
                        batch.into_iter().partition(|s| s.stage == stage);
                    batch = rest;
                    let ids: Vec<i64> = these.iter().map(|s| s.update_id).collect();
                    let written = match store.stamp_updates(stage, &ids).await {
                        Ok(()) => true,
                        Err(e) => {
                            tracing::warn!(count = ids.len(), stage = ?stage, error = %e, "could not stamp updates in the inbox");
                            false
                        }
                    };
                    for stamp in these {
                        let _ = stamp.written.send(written);
                    }
                }
            }
        });
        Stamps { queue }
    }

    /// Stamps one update and waits until it is written; false when it could not be (logged).
    pub async fn stamp(&self, update_id: i64, stage: Stage) -> bool {
        let (written, done) = oneshot::channel();
        let stamp = Stamp {
            update_id,
            stage,
            written,
        };
        if self.queue.send(stamp).is_err() {
            tracing::warn!(update_id, "the inbox's stamp writer has stopped");
            return false;
        }
        done.await.unwrap_or(false)
    }
}
