//! Files HR attached on the command line, kept in the database until Telegram has them: the
//! first delivery of their announcement uploads the file and records the `file_id` Telegram
//! gives back; every other delivery sends that id. A lease makes one sender the uploader,
//! also across processes on one PostgreSQL. Nothing here talks to Telegram.

use sqlx::Row;

use super::{Store, StoreError, now};

/// How long an upload may take before another sender may try: a 50 MB document on a slow
/// line takes minutes, and a sender that died mid-upload holds the others up this long.
pub const UPLOAD_LEASE_SECS: i64 = 600;

/// Whose turn it is to send an announcement's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UploadTurn {
    /// Telegram has it: send this id.
    Uploaded(String),
    /// This sender uploads it: the file's name and bytes.
    Mine { file_name: String, bytes: Vec<u8> },
    /// Another sender is uploading it: try again shortly.
    Busy,
}

impl Store {
    /// Takes the upload of an announcement's file, unless Telegram has it already or
    /// another sender holds the lease.
    pub async fn take_upload(&self, announcement_id: i64) -> Result<UploadTurn, StoreError> {
        let t = now();
        let mine = sqlx::query(
            "UPDATE announcement_files SET uploading_until = $2 WHERE announcement_id = $1 \
               AND (uploading_until IS NULL OR uploading_until < $3) \
               AND EXISTS (SELECT 1 FROM announcements a WHERE a.id = $1 AND a.attachment_file_id IS NULL) \
             RETURNING file_name, content",
        )
        .bind(announcement_id)
        .bind(t + UPLOAD_LEASE_SECS)
        .bind(t)
        .fetch_optional(self.pool())
        .await?;
        if let Some(r) = mine {
            return Ok(UploadTurn::Mine {
                file_name: r.try_get("file_name")?,
                bytes: r.try_get("content")?,
            });
        }
        let file_id: Option<String> =
            sqlx::query("SELECT attachment_file_id FROM announcements WHERE id = $1")
                .bind(announcement_id)
                .fetch_optional(self.pool())
                .await?
                .ok_or(StoreError::NotFound)?
                .try_get("attachment_file_id")?;
        Ok(file_id.map_or(UploadTurn::Busy, UploadTurn::Uploaded))
    }

    /// Records the id Telegram gave the uploaded file and ends the lease.
    pub async fn file_uploaded(
        &self,
        announcement_id: i64,
        file_id: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE announcements SET attachment_file_id = $2 WHERE id = $1 AND attachment_file_id IS NULL",
        )
        .bind(announcement_id)
        .bind(file_id)
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "UPDATE announcement_files SET uploading_until = NULL WHERE announcement_id = $1",
        )
        .bind(announcement_id)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Ends the lease of an upload that failed: the next delivery tries again.
    pub async fn upload_failed(&self, announcement_id: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE announcement_files SET uploading_until = NULL WHERE announcement_id = $1",
        )
        .bind(announcement_id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Puts a delivery back while another sender uploads its announcement's file, and holds
    /// the announcement's other pending deliveries as long (one statement, not one claim
    /// each).
    pub async fn wait_for_upload(&self, delivery_id: i64, until: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET status = 'pending', next_attempt_at = $2, updated_at = $3 \
             WHERE id = $1 OR (status = 'pending' AND next_attempt_at < $2 \
               AND announcement_id = (SELECT announcement_id FROM outbox WHERE id = $1))",
        )
        .bind(delivery_id)
        .bind(until)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
