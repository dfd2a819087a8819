//! Announcements and their outbox. The outbox rows are created with the announcement in
//! one transaction; the sender claims due rows, and records each outcome. Nothing here
//! talks to Telegram.

use sqlx::Row;

use super::{Store, StoreError, audit, now};
use crate::domain::broadcast::{Audience, Kind};

/// One delivery the sender has claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub announcement_id: i64,
    pub chat_id: i64,
    pub attempts: i64,
    pub text: String,
}

/// Delivery figures of one announcement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeliveryStatus {
    pub pending: i64,
    pub sending: i64,
    pub sent: i64,
    pub failed: i64,
    pub unreachable: i64,
}

impl DeliveryStatus {
    pub fn total(&self) -> i64 {
        self.pending + self.sending + self.sent + self.failed + self.unreachable
    }

    pub fn done(&self) -> bool {
        self.pending == 0 && self.sending == 0
    }
}

/// The SQL filter of an audience over employees `e` (active and registered), and its bind.
fn audience_filter(audience: &Audience) -> (String, Vec<String>) {
    let base = "e.active = 1 AND EXISTS (SELECT 1 FROM bindings b WHERE b.nip = e.nip)";
    match audience {
        Audience::Everyone => (base.to_string(), vec![]),
        Audience::Supervisors => (
            format!(
                "{base} AND EXISTS (SELECT 1 FROM employees s WHERE s.nip_atasan = e.nip AND s.active = 1)"
            ),
            vec![],
        ),
        Audience::NoSubmittedPlan(year) => (
            format!(
                "{base} AND NOT EXISTS (SELECT 1 FROM plans p WHERE p.nip = e.nip AND p.year = {year} \
                 AND (p.status IN ('submitted', 'approved') OR p.approved_version IS NOT NULL))"
            ),
            vec![],
        ),
        Audience::Units(units) => {
            let placeholders: Vec<String> = (1..=units.len()).map(|i| format!("${i}")).collect();
            (
                format!("{base} AND e.unit_kerja IN ({})", placeholders.join(", ")),
                units.clone(),
            )
        }
    }
}

impl Store {
    /// How many registered people an audience reaches now: the preview's count.
    pub async fn audience_size(&self, audience: &Audience) -> Result<i64, StoreError> {
        let (filter, binds) = audience_filter(audience);
        let sql = format!("SELECT COUNT(*) FROM employees e WHERE {filter}");
        let mut query = sqlx::query(&sql);
        for b in &binds {
            query = query.bind(b);
        }
        Ok(query.fetch_one(self.pool()).await?.try_get(0)?)
    }

    /// Writes an announcement and one outbox row per recipient, in one transaction.
    /// Returns the announcement's id and the number of recipients.
    pub async fn create_announcement(
        &self,
        kind: Kind,
        audience: &Audience,
        text: &str,
        actor: &str,
    ) -> Result<(i64, i64), StoreError> {
        let t = now();
        let mut tx = self.begin().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO announcements (kind, audience, text, created_by, created_at) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(kind.code())
        .bind(audience.encode())
        .bind(text)
        .bind(actor)
        .bind(t)
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let (filter, binds) = audience_filter(audience);
        // The audience's own placeholders come first; the announcement's follow.
        let n = binds.len();
        let sql = format!(
            "INSERT INTO outbox (announcement_id, nip, chat_id, status, next_attempt_at, updated_at) \
             SELECT ${}, e.nip, b.chat_id, 'pending', ${}, ${} FROM employees e JOIN bindings b ON b.nip = e.nip \
             WHERE {filter} ORDER BY e.nip",
            n + 1,
            n + 2,
            n + 2
        );
        let mut query = sqlx::query(&sql);
        for b in &binds {
            query = query.bind(b);
        }
        let inserted = query
            .bind(id)
            .bind(t)
            .execute(&mut *tx)
            .await?
            .rows_affected() as i64;
        audit::record(
            &mut tx,
            actor,
            "announcement.create",
            &format!("announcement:{id}"),
            &format!(
                "jenis={}; sasaran={}; penerima={inserted}",
                kind.code(),
                audience.encode()
            ),
        )
        .await?;
        tx.commit().await?;
        Ok((id, inserted))
    }

    /// After a restart: deliveries that were in flight go back to pending.
    pub async fn recover_in_flight(&self) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE outbox SET status = 'pending', updated_at = $1 WHERE status = 'sending'",
        )
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected())
    }

    /// Claims up to `limit` due deliveries, oldest first, marking them in flight.
    pub async fn claim_deliveries(&self, limit: i64) -> Result<Vec<Delivery>, StoreError> {
        let t = now();
        let rows = sqlx::query(
            "UPDATE outbox SET status = 'sending', updated_at = $1 WHERE id IN ( \
               SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY id LIMIT $2) \
             RETURNING id, announcement_id, chat_id, attempts",
        )
        .bind(t)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let announcement_id: i64 = r.try_get(1)?;
            out.push(Delivery {
                id: r.try_get(0)?,
                announcement_id,
                chat_id: r.try_get(2)?,
                attempts: r.try_get(3)?,
                text: String::new(),
            });
        }
        // One read per announcement, not per recipient.
        let ids: std::collections::BTreeSet<i64> = out.iter().map(|d| d.announcement_id).collect();
        let mut texts = std::collections::HashMap::new();
        for id in ids {
            let text: String = sqlx::query("SELECT text FROM announcements WHERE id = $1")
                .bind(id)
                .fetch_one(self.pool())
                .await?
                .try_get(0)?;
            texts.insert(id, text);
        }
        for d in &mut out {
            d.text = texts.get(&d.announcement_id).cloned().unwrap_or_default();
        }
        out.sort_by_key(|d| d.id);
        Ok(out)
    }

    pub async fn mark_sent(&self, id: i64, message_id: i64) -> Result<(), StoreError> {
        self.finish_delivery(id, "sent", Some(message_id), None)
            .await
    }

    pub async fn mark_unreachable(&self, id: i64, error: &str) -> Result<(), StoreError> {
        self.finish_delivery(id, "unreachable", None, Some(error))
            .await
    }

    pub async fn mark_failed(&self, id: i64, error: &str) -> Result<(), StoreError> {
        self.finish_delivery(id, "failed", None, Some(error)).await
    }

    async fn finish_delivery(
        &self,
        id: i64,
        status: &str,
        message_id: Option<i64>,
        error: Option<&str>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET status = $2, message_id = $3, last_error = $4, attempts = attempts + 1, updated_at = $5 WHERE id = $1",
        )
        .bind(id)
        .bind(status)
        .bind(message_id)
        .bind(error)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Puts a delivery back for a later attempt. `counts` says whether the attempt counts
    /// towards the limit (a 429 does not: it is Telegram asking to wait).
    pub async fn retry_delivery(
        &self,
        id: i64,
        at: i64,
        error: &str,
        counts: bool,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET status = 'pending', next_attempt_at = $2, last_error = $3, \
             attempts = attempts + $4, updated_at = $5 WHERE id = $1",
        )
        .bind(id)
        .bind(at)
        .bind(error)
        .bind(i64::from(counts))
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Delivery figures of an announcement.
    pub async fn delivery_status(
        &self,
        announcement_id: i64,
    ) -> Result<DeliveryStatus, StoreError> {
        let rows = sqlx::query(
            "SELECT status, COUNT(*) FROM outbox WHERE announcement_id = $1 GROUP BY status",
        )
        .bind(announcement_id)
        .fetch_all(self.pool())
        .await?;
        let mut s = DeliveryStatus::default();
        for r in &rows {
            let status: String = r.try_get(0)?;
            let n: i64 = r.try_get(1)?;
            match status.as_str() {
                "pending" => s.pending = n,
                "sending" => s.sending = n,
                "sent" => s.sent = n,
                "failed" => s.failed = n,
                "unreachable" => s.unreachable = n,
                _ => {}
            }
        }
        Ok(s)
    }

    /// Whether an announcement exists.
    pub async fn announcement_exists(&self, id: i64) -> Result<bool, StoreError> {
        Ok(sqlx::query("SELECT 1 FROM announcements WHERE id = $1")
            .bind(id)
            .fetch_optional(self.pool())
            .await?
            .is_some())
    }
}

/// An announcement whose progress message needs updating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressTarget {
    pub announcement_id: i64,
    pub chat_id: i64,
    pub message_id: i64,
    pub created_at: i64,
}

/// An announcement as a recipient lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    pub announcement_id: i64,
    pub kind: String,
    pub text: String,
    pub created_at: i64,
}

impl Store {
    /// Remembers where HR watches an announcement's progress.
    pub async fn set_progress_message(
        &self,
        announcement_id: i64,
        chat_id: i64,
        message_id: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE announcements SET progress_chat_id = $2, progress_message_id = $3, progress_updated_at = $4 WHERE id = $1",
        )
        .bind(announcement_id)
        .bind(chat_id)
        .bind(message_id)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Progress messages not updated for `every` seconds, of announcements not finished.
    pub async fn progress_due(&self, every: i64) -> Result<Vec<ProgressTarget>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, progress_chat_id, progress_message_id, created_at FROM announcements \
             WHERE progress_message_id IS NOT NULL AND finished_at IS NULL AND progress_updated_at <= $1 ORDER BY id",
        )
        .bind(now() - every)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ProgressTarget {
                    announcement_id: r.try_get(0)?,
                    chat_id: r.try_get(1)?,
                    message_id: r.try_get(2)?,
                    created_at: r.try_get(3)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// Records that the progress message was updated (and, when delivery is done, that the
    /// final summary was written).
    pub async fn progress_updated(
        &self,
        announcement_id: i64,
        finished: bool,
    ) -> Result<(), StoreError> {
        let t = now();
        sqlx::query(
            "UPDATE announcements SET progress_updated_at = $2, finished_at = CASE WHEN $3 = 1 THEN $2 ELSE finished_at END WHERE id = $1",
        )
        .bind(announcement_id)
        .bind(t)
        .bind(i64::from(finished))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The newest announcements delivered to a person.
    pub async fn received_announcements(
        &self,
        nip: &str,
        limit: i64,
    ) -> Result<Vec<Received>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id, a.kind, a.text, a.created_at FROM announcements a JOIN outbox o ON o.announcement_id = a.id \
             WHERE o.nip = $1 AND o.status = 'sent' ORDER BY a.id DESC LIMIT $2",
        )
        .bind(nip)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Received {
                    announcement_id: r.try_get(0)?,
                    kind: r.try_get(1)?,
                    text: r.try_get(2)?,
                    created_at: r.try_get(3)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// The units of the roster, for choosing an audience.
    pub async fn units(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT unit_kerja FROM employees WHERE active = 1 ORDER BY unit_kerja",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<_, _>>()?)
    }
}
