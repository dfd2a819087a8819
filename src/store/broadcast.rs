//! Announcements and their outbox. The outbox rows are created with the announcement in
//! one transaction; the sender claims due rows, and records each outcome. Nothing here
//! talks to Telegram.

use sqlx::Row;

use std::sync::Arc;

use super::{Store, StoreError, Tx, audit, now};
use crate::domain::broadcast::{
    AttachedFile, Attachment, AttachmentKind, Audience, FileUpload, Kind,
};
use crate::domain::lang::Lang;
use crate::domain::text::Notice;
use crate::domain::training::TrainingDetails;

/// Inserts the announcement row itself.
pub(super) async fn insert_announcement(
    tx: &mut Tx,
    a: &NewAnnouncement,
    parent_id: Option<i64>,
    actor: &str,
    at: i64,
) -> Result<i64, StoreError> {
    Ok(sqlx::query(
        "INSERT INTO announcements (kind, audience, text, created_by, created_at, attachment_kind, attachment_file_id, parent_id) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
    )
    .bind(a.kind.code())
    .bind(a.audience.encode())
    .bind(&a.text)
    .bind(actor)
    .bind(at)
    .bind(a.attachment.as_ref().map(|x| x.kind().code()))
    .bind(match &a.attachment {
        Some(NewAttachment::OnTelegram(x)) => Some(x.file_id.clone()),
        Some(NewAttachment::Upload(_)) | None => None,
    })
    .bind(parent_id)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?)
}

/// Keeps a file to upload with its announcement, in the caller's transaction.
async fn insert_file(tx: &mut Tx, id: i64, file: &FileUpload) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO announcement_files (announcement_id, file_name, content) VALUES ($1, $2, $3)",
    )
    .bind(id)
    .bind(&file.file_name)
    .bind(file.bytes.clone())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Where a delivery comes from: an announcement's outbox, or a personal notice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Outbox,
    Notice,
}

impl Source {
    fn table(self) -> &'static str {
        match self {
            Source::Outbox => "outbox",
            Source::Notice => "notices",
        }
    }
}

/// An announcement as it is sent and shown: text, attachment, training details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnouncementContent {
    pub id: i64,
    pub kind: Kind,
    pub audience: String,
    pub text: String,
    pub attachment: Option<AttachedFile>,
    pub training: Option<TrainingDetails>,
    /// For a FAQ: the announcement whose question it answers.
    pub parent_id: Option<i64>,
    pub created_at: i64,
    pub created_by: String,
}

/// What one delivery carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    Announcement(Arc<AnnouncementContent>),
    /// A personal notice, to be rendered in the recipient's language.
    Notice(Notice),
    /// A personal notice queued before notices were keyed: HTML text and an optional
    /// keyboard (teloxide's JSON form).
    RenderedNotice {
        text: String,
        keyboard: Option<String>,
    },
}

/// One delivery the sender has claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Delivery {
    pub id: i64,
    pub source: Source,
    pub chat_id: i64,
    pub attempts: i64,
    pub payload: Payload,
    /// The language its recipient reads.
    pub lang: Lang,
}

/// A claimed notice row: keyed (`message`), or rendered before notices were keyed.
fn notice_payload(r: &sqlx::any::AnyRow) -> Result<Payload, StoreError> {
    let message: Option<String> = r.try_get("message")?;
    Ok(match message {
        Some(json) => Payload::Notice(
            serde_json::from_str(&json)
                .map_err(|e| StoreError::Corrupt(format!("notice {json:?}: {e}")))?,
        ),
        None => Payload::RenderedNotice {
            text: r.try_get("text")?,
            keyboard: r.try_get("keyboard")?,
        },
    })
}

/// An announcement about to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAnnouncement {
    pub kind: Kind,
    pub audience: Audience,
    pub text: String,
    pub attachment: Option<NewAttachment>,
    pub training: Option<TrainingDetails>,
    /// The NIP of the HR admin who wrote it in the chat (the command line has none). They
    /// are not among its recipients unless its audience includes its author
    /// ([`Audience::includes_author`]); when they are, they have read their own rule change.
    pub author: Option<String>,
}

/// The file an announcement is written with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NewAttachment {
    /// Telegram has it: HR sent it to the bot.
    OnTelegram(Attachment),
    /// From the command line: kept until the first delivery uploads it.
    Upload(FileUpload),
}

impl NewAttachment {
    fn kind(&self) -> AttachmentKind {
        match self {
            NewAttachment::OnTelegram(a) => a.kind,
            NewAttachment::Upload(f) => f.kind,
        }
    }
}

/// Queues a personal notice in the caller's transaction. With a `dedupe_key`, a second
/// notice for the same occasion is silently not written (returns false).
pub async fn queue_notice(
    tx: &mut Tx,
    chat_id: i64,
    notice: &Notice,
    dedupe_key: Option<&str>,
) -> Result<bool, StoreError> {
    let t = now();
    let done = sqlx::query(
        "INSERT INTO notices (chat_id, text, message, dedupe_key, status, next_attempt_at, created_at, updated_at) \
         VALUES ($1, '', $2, $3, 'pending', $4, $4, $4) ON CONFLICT DO NOTHING",
    )
    .bind(chat_id)
    .bind(notice_json(notice))
    .bind(dedupe_key)
    .bind(t)
    .execute(&mut **tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A notice's stored form (`notices.message`).
pub(super) fn notice_json(notice: &Notice) -> String {
    serde_json::to_string(notice).expect("a notice is plain data")
}

/// The columns [`content_of`] reads.
const CONTENT_COLUMNS: &str = "a.id, a.kind, a.audience, a.text, a.attachment_kind, a.attachment_file_id, a.parent_id, \
     a.created_at, a.created_by, t.starts_at, t.place, t.quota, t.jp, t.deadline";

fn content_of(r: &sqlx::any::AnyRow) -> Result<AnnouncementContent, StoreError> {
    let kind: String = r.try_get("kind")?;
    let attachment_kind: Option<String> = r.try_get("attachment_kind")?;
    let attachment_file: Option<String> = r.try_get("attachment_file_id")?;
    let starts_at: Option<i64> = r.try_get("starts_at")?;
    let training = match starts_at {
        Some(starts_at) => Some(TrainingDetails {
            starts_at,
            place: r.try_get("place")?,
            quota: r.try_get("quota")?,
            jp: r.try_get("jp")?,
            deadline: r.try_get("deadline")?,
        }),
        None => None,
    };
    Ok(AnnouncementContent {
        id: r.try_get("id")?,
        kind: Kind::from_code(&kind)
            .ok_or_else(|| StoreError::Corrupt(format!("announcement kind {kind:?}")))?,
        audience: r.try_get("audience")?,
        text: r.try_get("text")?,
        attachment: match (
            attachment_kind
                .as_deref()
                .and_then(AttachmentKind::from_code),
            attachment_file,
        ) {
            (Some(kind), Some(file_id)) => {
                Some(AttachedFile::OnTelegram(Attachment { kind, file_id }))
            }
            (Some(kind), None) => Some(AttachedFile::ToUpload(kind)),
            _ => None,
        },
        training,
        parent_id: r.try_get("parent_id")?,
        created_at: r.try_get("created_at")?,
        created_by: r.try_get("created_by")?,
    })
}

impl Store {
    /// How many registered people an audience reaches now (without its `author`, unless it
    /// includes them): the preview's count.
    pub async fn audience_size(
        &self,
        audience: &Audience,
        author: Option<&str>,
    ) -> Result<i64, StoreError> {
        let (filter, binds) = audience_filter(audience, author);
        let sql = format!("SELECT COUNT(*) AS reached FROM employees e WHERE {filter}");
        let mut query = sqlx::query(&sql);
        for b in &binds {
            query = query.bind(b);
        }
        Ok(query.fetch_one(self.pool()).await?.try_get("reached")?)
    }

    /// An info announcement with text only (scripts and tests).
    pub async fn create_announcement(
        &self,
        kind: Kind,
        audience: &Audience,
        text: &str,
        actor: &str,
    ) -> Result<(i64, i64), StoreError> {
        self.publish(
            &NewAnnouncement {
                kind,
                audience: audience.clone(),
                text: text.to_string(),
                attachment: None,
                training: None,
                author: None,
            },
            actor,
        )
        .await
    }

    /// Writes an announcement (with its training and its file to upload, if any) and one
    /// outbox row per recipient, in one transaction; an author among the recipients of their
    /// own rule change has read it. Returns the announcement's id and the recipients.
    pub async fn publish(
        &self,
        a: &NewAnnouncement,
        actor: &str,
    ) -> Result<(i64, i64), StoreError> {
        let t = now();
        let mut tx = self.begin().await?;
        let id = insert_announcement(&mut tx, a, None, actor, t).await?;
        if let Some(NewAttachment::Upload(file)) = &a.attachment {
            insert_file(&mut tx, id, file).await?;
        }
        if let Some(training) = &a.training {
            sqlx::query(
                "INSERT INTO trainings (announcement_id, starts_at, place, quota, jp, deadline) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(id)
            .bind(training.starts_at)
            .bind(&training.place)
            .bind(training.quota)
            .bind(training.jp)
            .bind(training.deadline)
            .execute(&mut *tx)
            .await?;
        }
        let (filter, binds) = audience_filter(&a.audience, a.author.as_deref());
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
        if let (Kind::Aturan, Some(author)) = (a.kind, &a.author) {
            // Only when the author chose to be among the recipients (their outbox row).
            sqlx::query(
                "INSERT INTO acknowledgements (announcement_id, nip, at) \
                 SELECT announcement_id, nip, $3 FROM outbox WHERE announcement_id = $1 AND nip = $2",
            )
            .bind(id)
            .bind(author)
            .bind(t)
            .execute(&mut *tx)
            .await?;
        }
        audit::record(
            &mut tx,
            actor,
            "announcement.create",
            &format!("announcement:{id}"),
            &format!(
                "jenis={}; sasaran={}; penerima={inserted}; lampiran={}",
                a.kind.code(),
                a.audience.encode(),
                a.attachment
                    .as_ref()
                    .map(|x| x.kind().code())
                    .unwrap_or("-")
            ),
        )
        .await?;
        tx.commit().await?;
        Ok((id, inserted))
    }

    /// An announcement as sent.
    pub async fn announcement(&self, id: i64) -> Result<Option<AnnouncementContent>, StoreError> {
        let sql = format!(
            "SELECT {CONTENT_COLUMNS} FROM announcements a LEFT JOIN trainings t ON t.announcement_id = a.id WHERE a.id = $1"
        );
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(content_of).transpose()
    }

    /// The newest announcements, for HR's overview (`offset` pages).
    pub async fn latest_announcements(
        &self,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<AnnouncementContent>, StoreError> {
        let sql = format!(
            "SELECT {CONTENT_COLUMNS} FROM announcements a LEFT JOIN trainings t ON t.announcement_id = a.id \
             ORDER BY a.id DESC LIMIT $1 OFFSET $2"
        );
        let rows = sqlx::query(&sql)
            .bind(limit)
            .bind(offset)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(content_of).collect()
    }

    /// Whether the announcement was addressed to this person (only they may answer it).
    pub async fn is_recipient(&self, announcement_id: i64, nip: &str) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("SELECT 1 FROM outbox WHERE announcement_id = $1 AND nip = $2")
                .bind(announcement_id)
                .bind(nip)
                .fetch_optional(self.pool())
                .await?
                .is_some(),
        )
    }

    /// After a restart: deliveries that were in flight go back to pending.
    pub async fn recover_in_flight(&self) -> Result<u64, StoreError> {
        let mut recovered = 0;
        for table in ["outbox", "notices"] {
            let sql = format!(
                "UPDATE {table} SET status = 'pending', updated_at = $1 WHERE status = 'sending'"
            );
            recovered += sqlx::query(&sql)
                .bind(now())
                .execute(self.pool())
                .await?
                .rows_affected();
        }
        Ok(recovered)
    }

    /// Claims up to `limit` due deliveries, marking them in flight: personal notices first
    /// (they answer something a person just did), then the outbox, oldest first.
    pub async fn claim_deliveries(&self, limit: i64) -> Result<Vec<Delivery>, StoreError> {
        let t = now();
        // On PostgreSQL rows another sender is claiming are skipped, not waited for and
        // claimed again (two senders overlap for a moment at a failover); SQLite has one
        // writer at a time and no such clause.
        let lock = match self.backend() {
            super::Backend::Postgres => " FOR UPDATE SKIP LOCKED",
            super::Backend::Sqlite => "",
        };
        let sql = format!(
            "UPDATE notices SET status = 'sending', updated_at = $1 WHERE id IN ( \
               SELECT id FROM notices WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY id LIMIT $2{lock}) \
             RETURNING id, chat_id, attempts, text, keyboard, message"
        );
        let rows = sqlx::query(&sql)
            .bind(t)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        let mut out = Vec::with_capacity(limit.max(0) as usize);
        for r in &rows {
            out.push(Delivery {
                id: r.try_get("id")?,
                source: Source::Notice,
                chat_id: r.try_get("chat_id")?,
                attempts: r.try_get("attempts")?,
                payload: notice_payload(r)?,
                lang: Lang::Id,
            });
        }
        let room = limit - out.len() as i64;
        if room <= 0 {
            self.read_languages(&mut out).await?;
            return Ok(out);
        }
        let sql = format!(
            "UPDATE outbox SET status = 'sending', updated_at = $1 WHERE id IN ( \
               SELECT id FROM outbox WHERE status = 'pending' AND next_attempt_at <= $1 ORDER BY id LIMIT $2{lock}) \
             RETURNING id, announcement_id, chat_id, attempts"
        );
        let rows = sqlx::query(&sql)
            .bind(t)
            .bind(room)
            .fetch_all(self.pool())
            .await?;
        // One read per announcement, not per recipient.
        let mut contents: std::collections::HashMap<i64, Arc<AnnouncementContent>> =
            std::collections::HashMap::new();
        let mut claimed = Vec::with_capacity(rows.len());
        for r in &rows {
            let announcement_id: i64 = r.try_get("announcement_id")?;
            if let std::collections::hash_map::Entry::Vacant(slot) = contents.entry(announcement_id)
            {
                let content = self
                    .announcement(announcement_id)
                    .await?
                    .ok_or(StoreError::NotFound)?;
                slot.insert(Arc::new(content));
            }
            claimed.push(Delivery {
                id: r.try_get("id")?,
                source: Source::Outbox,
                chat_id: r.try_get("chat_id")?,
                attempts: r.try_get("attempts")?,
                payload: Payload::Announcement(contents[&announcement_id].clone()),
                lang: Lang::Id,
            });
        }
        claimed.sort_by_key(|d| d.id);
        out.extend(claimed);
        self.read_languages(&mut out).await?;
        Ok(out)
    }

    /// Sets each delivery's language to its recipient's (Indonesian for a chat no longer
    /// bound).
    async fn read_languages(&self, deliveries: &mut [Delivery]) -> Result<(), StoreError> {
        let chats: std::collections::BTreeSet<i64> = deliveries.iter().map(|d| d.chat_id).collect();
        if chats.is_empty() {
            return Ok(());
        }
        let list = chats
            .iter()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let rows = sqlx::query(&format!(
            "SELECT chat_id, language FROM bindings WHERE chat_id IN ({list})"
        ))
        .fetch_all(self.pool())
        .await?;
        let mut langs = std::collections::HashMap::new();
        for r in &rows {
            let code: String = r.try_get("language")?;
            langs.insert(
                r.try_get::<i64, _>("chat_id")?,
                Lang::from_code(&code).unwrap_or_default(),
            );
        }
        for d in deliveries {
            d.lang = langs.get(&d.chat_id).copied().unwrap_or_default();
        }
        Ok(())
    }

    pub async fn mark_sent(
        &self,
        source: Source,
        id: i64,
        message_id: i64,
    ) -> Result<(), StoreError> {
        self.finish_delivery(source, id, "sent", Some(message_id), None)
            .await
    }

    pub async fn mark_unreachable(
        &self,
        source: Source,
        id: i64,
        error: &str,
    ) -> Result<(), StoreError> {
        self.finish_delivery(source, id, "unreachable", None, Some(error))
            .await
    }

    pub async fn mark_failed(
        &self,
        source: Source,
        id: i64,
        error: &str,
    ) -> Result<(), StoreError> {
        self.finish_delivery(source, id, "failed", None, Some(error))
            .await
    }

    async fn finish_delivery(
        &self,
        source: Source,
        id: i64,
        status: &str,
        message_id: Option<i64>,
        error: Option<&str>,
    ) -> Result<(), StoreError> {
        let sql = format!(
            "UPDATE {} SET status = $2, message_id = $3, last_error = $4, attempts = attempts + 1, updated_at = $5 WHERE id = $1",
            source.table()
        );
        sqlx::query(&sql)
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
        source: Source,
        id: i64,
        at: i64,
        error: &str,
        counts: bool,
    ) -> Result<(), StoreError> {
        let sql = format!(
            "UPDATE {} SET status = 'pending', next_attempt_at = $2, last_error = $3, \
             attempts = attempts + $4, updated_at = $5 WHERE id = $1",
            source.table()
        );
        sqlx::query(&sql)
            .bind(id)
            .bind(at)
            .bind(error)
            .bind(i64::from(counts))
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(())
    }
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

/// The SQL filter of an audience over employees `e` (active and registered), without the
/// announcement's author unless the audience includes them, and its binds.
fn audience_filter(audience: &Audience, author: Option<&str>) -> (String, Vec<String>) {
    let (mut filter, mut binds) = audience_only(audience);
    if let Some(author) = author.filter(|_| !audience.includes_author()) {
        binds.push(author.to_string());
        filter.push_str(&format!(" AND e.nip <> ${}", binds.len()));
    }
    (filter, binds)
}

/// The SQL filter of an audience over employees `e` (active and registered), and its binds.
fn audience_only(audience: &Audience) -> (String, Vec<String>) {
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
    /// Delivery figures of an announcement.
    pub async fn delivery_status(
        &self,
        announcement_id: i64,
    ) -> Result<DeliveryStatus, StoreError> {
        let rows = sqlx::query(
            "SELECT status, COUNT(*) AS deliveries FROM outbox WHERE announcement_id = $1 GROUP BY status",
        )
        .bind(announcement_id)
        .fetch_all(self.pool())
        .await?;
        let mut s = DeliveryStatus::default();
        for r in &rows {
            let status: String = r.try_get("status")?;
            let n: i64 = r.try_get("deliveries")?;
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
                    announcement_id: r.try_get("id")?,
                    chat_id: r.try_get("progress_chat_id")?,
                    message_id: r.try_get("progress_message_id")?,
                    created_at: r.try_get("created_at")?,
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
    ) -> Result<Vec<AnnouncementContent>, StoreError> {
        let sql = format!(
            "SELECT {CONTENT_COLUMNS} FROM announcements a LEFT JOIN trainings t ON t.announcement_id = a.id \
             JOIN outbox o ON o.announcement_id = a.id WHERE o.nip = $1 AND o.status = 'sent' ORDER BY a.id DESC LIMIT $2"
        );
        let rows = sqlx::query(&sql)
            .bind(nip)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(content_of).collect()
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
            .map(|r| r.try_get("unit_kerja"))
            .collect::<Result<_, _>>()?)
    }
}
