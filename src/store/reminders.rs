//! Reminder occasions and opt-outs. An occasion is queued once: its row and its notices are
//! written in one transaction, so a restart neither loses nor repeats it. Deciding who is
//! reminded happens in `crate::runtime::reminders`; this module only records.

use std::collections::{HashMap, HashSet};

use sqlx::Row;

use super::{Store, StoreError, now};
use crate::domain::reminder::ReminderKind;
use crate::domain::text::Notice;

/// One notice of an occasion: chat, notice, dedupe key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedNotice {
    pub chat_id: i64,
    pub notice: Notice,
    pub dedupe_key: String,
}

/// An occasion already queued.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedOccasion {
    pub key: String,
    pub kind: String,
    pub due_at: i64,
    pub queued_at: i64,
    pub recipients: i64,
}

/// A plan version waiting for a decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingPlan {
    pub plan_id: i64,
    pub version: i64,
    pub nip: String,
    pub nama: String,
    pub nip_atasan: Option<String>,
    pub submitted_at: i64,
}

impl Store {
    /// The chat of every registered, active employee.
    pub async fn registered_chats(&self) -> Result<HashMap<String, i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT b.nip, b.chat_id FROM bindings b JOIN employees e ON e.nip = b.nip WHERE e.active = 1",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("nip")?, r.try_get("chat_id")?)))
            .collect()
    }

    /// The NIPs of the active HR admins.
    pub async fn admin_nips(&self) -> Result<Vec<String>, StoreError> {
        let rows =
            sqlx::query("SELECT nip FROM employees WHERE is_admin = 1 AND active = 1 ORDER BY nip")
                .fetch_all(self.pool())
                .await?;
        rows.iter().map(|r| Ok(r.try_get("nip")?)).collect()
    }

    /// Who silenced which optional reminder.
    pub async fn reminder_optouts(&self) -> Result<HashSet<(String, String)>, StoreError> {
        let rows = sqlx::query("SELECT nip, kind FROM reminder_optouts")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("nip")?, r.try_get("kind")?)))
            .collect()
    }

    /// The optional reminders one person silenced.
    pub async fn optouts_of(&self, nip: &str) -> Result<Vec<ReminderKind>, StoreError> {
        let rows = sqlx::query("SELECT kind FROM reminder_optouts WHERE nip = $1")
            .bind(nip)
            .fetch_all(self.pool())
            .await?;
        let mut kinds = Vec::new();
        for r in &rows {
            let code: String = r.try_get("kind")?;
            kinds.extend(ReminderKind::from_code(&code));
        }
        Ok(kinds)
    }

    /// Silences or restores an optional reminder; deadline reminders are refused (false).
    pub async fn set_reminder_silenced(
        &self,
        nip: &str,
        kind: ReminderKind,
        silenced: bool,
    ) -> Result<bool, StoreError> {
        if !kind.optional() {
            return Ok(false);
        }
        if !kind.on_by_default() {
            self.set_switched_on(nip, kind, !silenced).await?;
            return Ok(true);
        }
        if silenced {
            sqlx::query(
                "INSERT INTO reminder_optouts (nip, kind, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(nip)
            .bind(kind.code())
            .bind(now())
            .execute(self.pool())
            .await?;
        } else {
            sqlx::query("DELETE FROM reminder_optouts WHERE nip = $1 AND kind = $2")
                .bind(nip)
                .bind(kind.code())
                .execute(self.pool())
                .await?;
        }
        Ok(true)
    }

    /// Whether an occasion was queued already.
    pub async fn occasion_queued(&self, key: &str) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("SELECT 1 FROM reminder_occasions WHERE key = $1")
                .bind(key)
                .fetch_optional(self.pool())
                .await?
                .is_some(),
        )
    }

    /// Queues an occasion with its notices, sendable from `release_at`, once: None when the
    /// occasion was queued before (by an earlier run or a racing one).
    pub async fn queue_occasion(
        &self,
        key: &str,
        kind: ReminderKind,
        due_at: i64,
        notices: &[PlannedNotice],
        release_at: i64,
        at: i64,
    ) -> Result<Option<i64>, StoreError> {
        let mut tx = self.begin().await?;
        let claimed = sqlx::query(
            "INSERT INTO reminder_occasions (key, kind, due_at, queued_at, recipients) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT DO NOTHING",
        )
        .bind(key)
        .bind(kind.code())
        .bind(due_at)
        .bind(at)
        .bind(notices.len() as i64)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if claimed == 0 {
            return Ok(None);
        }
        let mut queued = 0;
        for n in notices {
            queued += sqlx::query(
                "INSERT INTO notices (chat_id, text, message, dedupe_key, status, next_attempt_at, created_at, updated_at) \
                 VALUES ($1, '', $2, $3, 'pending', $4, $5, $5) ON CONFLICT DO NOTHING",
            )
            .bind(n.chat_id)
            .bind(super::broadcast::notice_json(&n.notice))
            .bind(&n.dedupe_key)
            .bind(release_at)
            .bind(at)
            .execute(&mut *tx)
            .await?
            .rows_affected() as i64;
        }
        tx.commit().await?;
        Ok(Some(queued))
    }

    /// The occasions queued from `since` on, newest first.
    pub async fn occasions_since(&self, since: i64) -> Result<Vec<QueuedOccasion>, StoreError> {
        let rows = sqlx::query(
            "SELECT key, kind, due_at, queued_at, recipients FROM reminder_occasions WHERE queued_at >= $1 ORDER BY queued_at DESC, key",
        )
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(QueuedOccasion {
                    key: r.try_get("key")?,
                    kind: r.try_get("kind")?,
                    due_at: r.try_get("due_at")?,
                    queued_at: r.try_get("queued_at")?,
                    recipients: r.try_get("recipients")?,
                })
            })
            .collect()
    }

    /// Plan versions waiting for a decision, submitted at or before `before`; with
    /// `unreminded`, only those whose approval reminder was not queued yet.
    pub async fn plans_waiting_since(
        &self,
        before: i64,
        unreminded: bool,
    ) -> Result<Vec<WaitingPlan>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.id, p.version, p.nip, e.nama, e.nip_atasan, v.submitted_at FROM plans p \
             JOIN plan_versions v ON v.plan_id = p.id AND v.version = p.version \
             JOIN employees e ON e.nip = p.nip \
             WHERE p.status = 'submitted' AND e.active = 1 AND v.submitted_at <= $1 \
               AND ($2 = 0 OR NOT EXISTS (SELECT 1 FROM reminder_occasions o \
                    WHERE o.key = 'persetujuan:' || p.id || ':' || p.version)) \
             ORDER BY v.submitted_at, p.id",
        )
        .bind(before)
        .bind(i64::from(unreminded))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(WaitingPlan {
                    plan_id: r.try_get("id")?,
                    version: r.try_get("version")?,
                    nip: r.try_get("nip")?,
                    nama: r.try_get("nama")?,
                    nip_atasan: r.try_get("nip_atasan")?,
                    submitted_at: r.try_get("submitted_at")?,
                })
            })
            .collect()
    }
}
