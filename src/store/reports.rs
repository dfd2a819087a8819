//! Data reports: a person telling HR that their roster data is wrong, and HR marking the
//! report as handled.

use sqlx::Row;

use super::{Store, StoreError, now};

/// One report of wrong roster data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataReport {
    pub id: i64,
    pub nip: String,
    pub note: String,
    pub created_at: i64,
    pub handled_by: Option<String>,
    pub handled_at: Option<i64>,
}

/// What happened when HR marked a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HandleOutcome {
    Handled,
    AlreadyHandledBy(String),
}

impl Store {
    /// Records a report; returns its id.
    pub async fn create_data_report(&self, nip: &str, note: &str) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "INSERT INTO data_reports (nip, note, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(nip)
        .bind(note)
        .bind(now())
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("id")?)
    }

    /// One report by id.
    pub async fn data_report(&self, id: i64) -> Result<Option<DataReport>, StoreError> {
        let row = sqlx::query(
            "SELECT id, nip, note, created_at, handled_by, handled_at FROM data_reports WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some(DataReport {
            id: r.try_get("id")?,
            nip: r.try_get("nip")?,
            note: r.try_get("note")?,
            created_at: r.try_get("created_at")?,
            handled_by: r.try_get("handled_by")?,
            handled_at: r.try_get("handled_at")?,
        }))
    }

    /// How many reports wait for HR.
    pub async fn open_data_reports(&self) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS open FROM data_reports WHERE handled_at IS NULL")
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get("open")?)
    }

    /// Marks a report handled unless someone already did; the check and the write are one
    /// statement, so two HR admins tapping at once cannot both handle it.
    pub async fn handle_data_report(&self, id: i64, by: &str) -> Result<HandleOutcome, StoreError> {
        let done = sqlx::query(
            "UPDATE data_reports SET handled_by = $2, handled_at = $3 WHERE id = $1 AND handled_at IS NULL",
        )
        .bind(id)
        .bind(by)
        .bind(now())
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 1 {
            return Ok(HandleOutcome::Handled);
        }
        let report = self.data_report(id).await?.ok_or(StoreError::NotFound)?;
        Ok(HandleOutcome::AlreadyHandledBy(
            report.handled_by.unwrap_or_default(),
        ))
    }
}

impl Store {
    /// The report that has waited longest, if any.
    pub async fn oldest_open_data_report(&self) -> Result<Option<DataReport>, StoreError> {
        let row =
            sqlx::query("SELECT id FROM data_reports WHERE handled_at IS NULL ORDER BY id LIMIT 1")
                .fetch_optional(self.pool())
                .await?;
        match row {
            Some(r) => self.data_report(r.try_get("id")?).await,
            None => Ok(None),
        }
    }
}
