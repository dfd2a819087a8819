//! The inbox: every update from Telegram is written here before Telegram is told it arrived
//! (the next `getUpdates`), marked when the handlers take it up and when they are done. A
//! process killed in between loses nothing: on start the updates never started are handled
//! then; one a kill interrupted is not handled again (half its effects may be written, and
//! a dialogue may have moved on, so the same text would land in the next step) and its
//! sender is told to check and send again. An update Telegram sends again is recognised and
//! not handled twice.

use std::collections::HashSet;

use sqlx::Row;

use super::broadcast::queue_notice;
use super::{Store, StoreError, now};

/// How long an unhandled update is still worth handling after a restart: an answer a day
/// late is no answer, and an update that failed every time should not be tried forever.
pub const REPLAY_WITHIN_SECS: i64 = 24 * 3600;

/// How long handled updates are kept (Telegram keeps unconfirmed ones for 24 hours).
pub const KEEP_HANDLED_SECS: i64 = 3 * 24 * 3600;

impl Store {
    /// Writes a batch of updates (id, JSON) in one transaction and returns the ids that
    /// were new; the others were seen before (Telegram sent them again).
    pub async fn keep_updates(
        &self,
        updates: &[(i64, String)],
    ) -> Result<HashSet<i64>, StoreError> {
        let mut tx = self.begin().await?;
        let mut new = HashSet::new();
        let at = now();
        for (id, payload) in updates {
            let done = sqlx::query(
                "INSERT INTO inbox (update_id, payload, received_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(*id)
            .bind(payload)
            .bind(at)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 1 {
                new.insert(*id);
            }
        }
        tx.commit().await?;
        Ok(new)
    }

    /// The handlers take this update up.
    pub async fn update_started(&self, update_id: i64) -> Result<(), StoreError> {
        self.stamp_update("started_at", update_id).await
    }

    /// The handlers are done with this update.
    pub async fn update_handled(&self, update_id: i64) -> Result<(), StoreError> {
        self.stamp_update("handled_at", update_id).await
    }

    async fn stamp_update(&self, column: &str, update_id: i64) -> Result<(), StoreError> {
        sqlx::query(&format!(
            "UPDATE inbox SET {column} = $1 WHERE update_id = $2"
        ))
        .bind(now())
        .bind(update_id)
        .execute(self.pool())
        .await?;
        Ok(())
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
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// Closes an interrupted update: its sender (when there is a chat) gets `notice`, once.
    pub async fn close_interrupted(
        &self,
        update_id: i64,
        notice: Option<(i64, &str)>,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        if let Some((chat_id, text)) = notice {
            let key = format!("interrupted:{update_id}");
            queue_notice(&mut tx, chat_id, text, None, Some(&key)).await?;
        }
        sqlx::query("UPDATE inbox SET handled_at = $1 WHERE update_id = $2")
            .bind(now())
            .bind(update_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
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
