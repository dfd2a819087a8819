//! Realisation (what was achieved per indicator, with evidence), the daily log, evaluations
//! and the feedback conversation. A realisation can change only while its period has no
//! final evaluation; an evaluation is saved only by the owner's supervisor at that moment
//! (HR at the top of the tree), once, unless HR reopened it.

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreError, audit, now};
use crate::domain::evaluation::{
    EvaluationError, Period, Predikat, Rating, Window, check_feedback,
};
use crate::domain::plan::PlanContent;

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    pub id: i64,
    /// photo | document | link
    pub kind: String,
    pub file_id: Option<String>,
    pub url: Option<String>,
    pub caption: Option<String>,
}

/// What was recorded for one indicator in a period.
#[derive(Debug, Clone, PartialEq)]
pub struct Realisation {
    pub indicator_id: i64,
    pub value: Option<f64>,
    pub note: Option<String>,
    pub evidence: Vec<Evidence>,
}

/// One daily log entry. Entries from before the e-Kinerja shape (migration 0012) have no
/// times, result or link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyEntry {
    pub id: i64,
    pub day: String,
    /// The activity (Kegiatan Harian).
    pub text: Option<String>,
    pub file_kind: Option<String>,
    pub file_id: Option<String>,
    pub indicator_id: Option<i64>,
    /// `HH:MM`, WIB.
    pub start_time: Option<String>,
    pub end_time: Option<String>,
    pub result_value: Option<i64>,
    pub result_unit: Option<String>,
    pub link: Option<String>,
    /// A document's file name.
    pub file_name: Option<String>,
}

/// A complete daily entry as the dialogue hands it to the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewDaily<'a> {
    pub day: &'a str,
    pub start_time: &'a str,
    pub end_time: &'a str,
    pub activity: &'a str,
    pub result_value: i64,
    pub result_unit: &'a str,
    pub link: Option<&'a str>,
}

/// A file sent as a daily entry's evidence: kind (`photo` | `document`), file id, name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DailyFile<'a> {
    pub kind: &'a str,
    pub file_id: &'a str,
    pub file_name: Option<&'a str>,
}

/// A file kept at Telegram as evidence: what an evidence link serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// photo | document
    pub kind: String,
    pub file_id: String,
    /// A document's file name, when it was given.
    pub file_name: Option<String>,
}

/// The columns [`daily_entry`] reads.
const DAILY_COLUMNS: &str = "id, day, text, file_kind, file_id, indicator_id, start_time, \
     end_time, result_value, result_unit, link, file_name";

fn daily_entry(r: &AnyRow) -> Result<DailyEntry, sqlx::Error> {
    Ok(DailyEntry {
        id: r.try_get("id")?,
        day: r.try_get("day")?,
        text: r.try_get("text")?,
        file_kind: r.try_get("file_kind")?,
        file_id: r.try_get("file_id")?,
        indicator_id: r.try_get("indicator_id")?,
        start_time: r.try_get("start_time")?,
        end_time: r.try_get("end_time")?,
        result_value: r.try_get("result_value")?,
        result_unit: r.try_get("result_unit")?,
        link: r.try_get("link")?,
        file_name: r.try_get("file_name")?,
    })
}

/// A saved evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvaluationRow {
    pub id: i64,
    pub nip: String,
    pub period: Period,
    pub hasil: Rating,
    pub perilaku: Rating,
    pub predikat: Predikat,
    pub feedback: Option<String>,
    pub value_notes: Vec<(u8, String)>,
    pub evaluator_nip: String,
    pub evaluated_at: i64,
    pub reopened: bool,
    pub acknowledged_at: Option<i64>,
}

impl EvaluationRow {
    /// A final evaluation locks the period's realisation.
    pub fn is_final(&self) -> bool {
        !self.reopened
    }
}

/// What a supervisor hands in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewEvaluation {
    pub hasil: Rating,
    pub perilaku: Rating,
    pub feedback: Option<String>,
    pub value_notes: Vec<(u8, String)>,
}

/// Why a realisation or evaluation change was refused.
#[derive(Debug, thiserror::Error)]
pub enum EvalStoreError {
    #[error(transparent)]
    Refused(#[from] EvaluationError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for EvalStoreError {
    fn from(e: sqlx::Error) -> Self {
        EvalStoreError::Store(e.into())
    }
}

/// The columns [`evaluation_from_row`] reads.
const EVALUATION_COLUMNS: &str = "id, nip, period, hasil, perilaku, predikat, feedback, value_notes, evaluator_nip, \
     evaluated_at, reopened_at, acknowledged_at";

fn evaluation_from_row(r: &AnyRow) -> Result<EvaluationRow, StoreError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("evaluation {what}"));
    let period: String = r.try_get("period")?;
    let hasil: String = r.try_get("hasil")?;
    let perilaku: String = r.try_get("perilaku")?;
    let predikat: String = r.try_get("predikat")?;
    let notes: String = r.try_get("value_notes")?;
    Ok(EvaluationRow {
        id: r.try_get("id")?,
        nip: r.try_get("nip")?,
        period: Period::from_key(&period).ok_or_else(|| corrupt("period"))?,
        hasil: Rating::from_code(&hasil).ok_or_else(|| corrupt("hasil"))?,
        perilaku: Rating::from_code(&perilaku).ok_or_else(|| corrupt("perilaku"))?,
        predikat: Predikat::from_code(&predikat).ok_or_else(|| corrupt("predikat"))?,
        feedback: r.try_get("feedback")?,
        value_notes: serde_json::from_str(&notes).map_err(|_| corrupt("notes"))?,
        evaluator_nip: r.try_get("evaluator_nip")?,
        evaluated_at: r.try_get("evaluated_at")?,
        reopened: r.try_get::<Option<i64>, _>("reopened_at")?.is_some(),
        acknowledged_at: r.try_get("acknowledged_at")?,
    })
}

/// The SQL condition "`$presser` decides the plan/evaluation of employee `e`": the direct
/// supervisor, or an HR admin when `e` has none.
const AUTHORITY: &str = "e.active = 1 AND (e.nip_atasan = $2 OR (e.nip_atasan IS NULL AND e.nip <> $2 AND EXISTS ( \
     SELECT 1 FROM employees a WHERE a.nip = $2 AND a.is_admin = 1 AND a.active = 1)))";

impl Store {
    /// The windows of a period: HR's, or the defaults (also for an opening day HR left
    /// unset).
    pub async fn period_window(&self, period: Period) -> Result<Window, StoreError> {
        let row = sqlx::query(
            "SELECT evaluasi_from, realisasi_until, evaluasi_until FROM period_windows WHERE period = $1",
        )
        .bind(period.key())
        .fetch_optional(self.pool())
        .await?;
        let default = period.default_window();
        let Some(r) = row else {
            return Ok(default);
        };
        let date = |s: String| {
            NaiveDate::parse_from_str(&s, "%Y-%m-%d")
                .map_err(|e| StoreError::Corrupt(format!("window date {s}: {e}")))
        };
        let from: Option<String> = r.try_get("evaluasi_from")?;
        Ok(Window {
            evaluasi_from: from.map(date).transpose()?.unwrap_or(default.evaluasi_from),
            realisasi_until: date(r.try_get("realisasi_until")?)?,
            evaluasi_until: date(r.try_get("evaluasi_until")?)?,
        })
    }

    /// Every period of `year` and the year before, with its windows: the candidates for
    /// "open now" (last year's annual evaluation runs into January).
    pub async fn windows_around(&self, year: i64) -> Result<Vec<(Period, Window)>, StoreError> {
        let mut out = Vec::with_capacity(10);
        for y in [year - 1, year] {
            for kind in crate::domain::evaluation::PeriodKind::ALL {
                let period = Period { year: y, kind };
                out.push((period, self.period_window(period).await?));
            }
        }
        Ok(out)
    }

    /// HR sets a period's windows (`kinerja period set`).
    pub async fn set_period_window(
        &self,
        period: Period,
        window: Window,
        actor: &str,
    ) -> Result<(), StoreError> {
        let day = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
        let mut tx = self.begin().await?;
        sqlx::query(
            "INSERT INTO period_windows (period, realisasi_until, evaluasi_until, updated_at, evaluasi_from) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (period) DO UPDATE SET realisasi_until = excluded.realisasi_until, \
             evaluasi_until = excluded.evaluasi_until, updated_at = excluded.updated_at, \
             evaluasi_from = excluded.evaluasi_from",
        )
        .bind(period.key())
        .bind(day(window.realisasi_until))
        .bind(day(window.evaluasi_until))
        .bind(now())
        .bind(day(window.evaluasi_from))
        .execute(&mut *tx)
        .await?;
        audit::record(
            &mut tx,
            actor,
            "period.window",
            &period.key(),
            &format!(
                "evaluasi_from={}; realisasi_until={}; evaluasi_until={}",
                window.evaluasi_from, window.realisasi_until, window.evaluasi_until
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The content of a person's plan version in force for a year.
    pub async fn approved_content(
        &self,
        nip: &str,
        year: i64,
    ) -> Result<Option<PlanContent>, StoreError> {
        let Some(plan) = self.plan_of(nip, year).await? else {
            return Ok(None);
        };
        let Some(version) = plan.approved_version else {
            return Ok(None);
        };
        Ok(self
            .plan_version(plan.id, version)
            .await?
            .map(|v| v.content))
    }

    /// Everything recorded for a person in a period, by indicator.
    pub async fn realisations(
        &self,
        nip: &str,
        period: Period,
    ) -> Result<Vec<Realisation>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, indicator_id, value, note FROM realisations WHERE nip = $1 AND period = $2 ORDER BY indicator_id",
        )
        .bind(nip)
        .bind(period.key())
        .fetch_all(self.pool())
        .await?;
        let evidence_rows = sqlx::query(
            "SELECT v.realisation_id, v.id, v.kind, v.file_id, v.url, v.caption FROM evidence v \
             JOIN realisations r ON r.id = v.realisation_id WHERE r.nip = $1 AND r.period = $2 ORDER BY v.id",
        )
        .bind(nip)
        .bind(period.key())
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let mut evidence = Vec::new();
            for e in evidence_rows.iter() {
                if e.try_get::<i64, _>("realisation_id")? == id {
                    evidence.push(Evidence {
                        id: e.try_get("id")?,
                        kind: e.try_get("kind")?,
                        file_id: e.try_get("file_id")?,
                        url: e.try_get("url")?,
                        caption: e.try_get("caption")?,
                    });
                }
            }
            out.push(Realisation {
                indicator_id: r.try_get("indicator_id")?,
                value: r.try_get("value")?,
                note: r.try_get("note")?,
                evidence,
            });
        }
        Ok(out)
    }

    /// Refuses a realisation change once the period is evaluated for good.
    async fn check_realisation_open(
        &self,
        nip: &str,
        period: Period,
    ) -> Result<(), EvalStoreError> {
        if self
            .evaluation(nip, period)
            .await?
            .is_some_and(|e| e.is_final())
        {
            return Err(EvaluationError::RealisationLocked.into());
        }
        Ok(())
    }

    /// The realisation row for an indicator, created empty when missing.
    async fn realisation_id(
        &self,
        nip: &str,
        period: Period,
        indicator_id: i64,
    ) -> Result<i64, StoreError> {
        sqlx::query(
            "INSERT INTO realisations (nip, period, indicator_id, updated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (nip, period, indicator_id) DO NOTHING",
        )
        .bind(nip)
        .bind(period.key())
        .bind(indicator_id)
        .bind(now())
        .execute(self.pool())
        .await?;
        let row = sqlx::query(
            "SELECT id FROM realisations WHERE nip = $1 AND period = $2 AND indicator_id = $3",
        )
        .bind(nip)
        .bind(period.key())
        .bind(indicator_id)
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("id")?)
    }

    pub async fn set_realisation_value(
        &self,
        nip: &str,
        period: Period,
        indicator_id: i64,
        value: f64,
    ) -> Result<(), EvalStoreError> {
        self.check_realisation_open(nip, period).await?;
        let id = self.realisation_id(nip, period, indicator_id).await?;
        sqlx::query("UPDATE realisations SET value = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(value)
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    pub async fn set_realisation_note(
        &self,
        nip: &str,
        period: Period,
        indicator_id: i64,
        note: Option<&str>,
    ) -> Result<(), EvalStoreError> {
        self.check_realisation_open(nip, period).await?;
        let id = self.realisation_id(nip, period, indicator_id).await?;
        sqlx::query("UPDATE realisations SET note = $2, updated_at = $3 WHERE id = $1")
            .bind(id)
            .bind(note)
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Adds a photo, document or link as evidence.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_evidence(
        &self,
        nip: &str,
        period: Period,
        indicator_id: i64,
        kind: &str,
        file_id: Option<&str>,
        url: Option<&str>,
        caption: Option<&str>,
    ) -> Result<(), EvalStoreError> {
        self.check_realisation_open(nip, period).await?;
        let id = self.realisation_id(nip, period, indicator_id).await?;
        sqlx::query(
            "INSERT INTO evidence (realisation_id, kind, file_id, url, caption, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(kind)
        .bind(file_id)
        .bind(url)
        .bind(caption)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Records a daily log entry; returns its id.
    pub async fn add_daily(
        &self,
        nip: &str,
        day: &str,
        text: Option<&str>,
        file: Option<(&str, &str)>,
    ) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "INSERT INTO daily_logs (nip, day, text, file_kind, file_id, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(nip)
        .bind(day)
        .bind(text)
        .bind(file.map(|f| f.0))
        .bind(file.map(|f| f.1))
        .bind(now())
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("id")?)
    }

    /// Tags one's own daily entry to an indicator. Returns whether the entry was found.
    pub async fn tag_daily(
        &self,
        id: i64,
        nip: &str,
        indicator_id: i64,
    ) -> Result<bool, StoreError> {
        let done =
            sqlx::query("UPDATE daily_logs SET indicator_id = $3 WHERE id = $1 AND nip = $2")
                .bind(id)
                .bind(nip)
                .bind(indicator_id)
                .execute(self.pool())
                .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Daily entries tagged to an indicator within a period, oldest first.
    pub async fn dailies_for(
        &self,
        nip: &str,
        indicator_id: i64,
        period: Period,
    ) -> Result<Vec<DailyEntry>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {DAILY_COLUMNS} FROM daily_logs \
             WHERE nip = $1 AND indicator_id = $2 AND day >= $3 AND day <= $4 ORDER BY day, id"
        ))
        .bind(nip)
        .bind(indicator_id)
        .bind(period.start().format("%Y-%m-%d").to_string())
        .bind(period.end().format("%Y-%m-%d").to_string())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(daily_entry)
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// Records a complete entry in e-Kinerja's shape; returns its id.
    pub async fn add_daily_entry(
        &self,
        nip: &str,
        entry: &NewDaily<'_>,
        file: Option<&DailyFile<'_>>,
    ) -> Result<i64, StoreError> {
        let row = sqlx::query(
            "INSERT INTO daily_logs (nip, day, text, file_kind, file_id, file_name, start_time, \
             end_time, result_value, result_unit, link, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(nip)
        .bind(entry.day)
        .bind(entry.activity)
        .bind(file.map(|f| f.kind))
        .bind(file.map(|f| f.file_id))
        .bind(file.and_then(|f| f.file_name))
        .bind(entry.start_time)
        .bind(entry.end_time)
        .bind(entry.result_value)
        .bind(entry.result_unit)
        .bind(entry.link)
        .bind(now())
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("id")?)
    }

    /// Rewrites one's own entry (Ubah). Evidence already there stays unless new evidence
    /// comes with the change. Returns whether the entry was the person's and still exists.
    pub async fn update_daily(
        &self,
        id: i64,
        nip: &str,
        entry: &NewDaily<'_>,
        file: Option<&DailyFile<'_>>,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE daily_logs SET day = $3, text = $4, start_time = $5, end_time = $6, \
             result_value = $7, result_unit = $8, link = COALESCE($9, link), \
             file_kind = COALESCE($10, file_kind), file_id = COALESCE($11, file_id), \
             file_name = CASE WHEN $10 IS NULL THEN file_name ELSE $12 END \
             WHERE id = $1 AND nip = $2",
        )
        .bind(id)
        .bind(nip)
        .bind(entry.day)
        .bind(entry.activity)
        .bind(entry.start_time)
        .bind(entry.end_time)
        .bind(entry.result_value)
        .bind(entry.result_unit)
        .bind(entry.link)
        .bind(file.map(|f| f.kind))
        .bind(file.map(|f| f.file_id))
        .bind(file.and_then(|f| f.file_name))
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Adds evidence to one's own entry after it was saved.
    pub async fn set_daily_evidence(
        &self,
        id: i64,
        nip: &str,
        file: Option<&DailyFile<'_>>,
        link: Option<&str>,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE daily_logs SET link = COALESCE($3, link), \
             file_kind = COALESCE($4, file_kind), file_id = COALESCE($5, file_id), \
             file_name = CASE WHEN $4 IS NULL THEN file_name ELSE $6 END \
             WHERE id = $1 AND nip = $2",
        )
        .bind(id)
        .bind(nip)
        .bind(link)
        .bind(file.map(|f| f.kind))
        .bind(file.map(|f| f.file_id))
        .bind(file.and_then(|f| f.file_name))
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Deletes one's own entry (Hapus). Returns whether it was the person's and existed:
    /// a forged id of someone else's entry deletes nothing.
    pub async fn delete_daily(&self, id: i64, nip: &str) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM daily_logs WHERE id = $1 AND nip = $2")
            .bind(id)
            .bind(nip)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// One of the person's own entries.
    pub async fn daily_of(&self, id: i64, nip: &str) -> Result<Option<DailyEntry>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {DAILY_COLUMNS} FROM daily_logs WHERE id = $1 AND nip = $2"
        ))
        .bind(id)
        .bind(nip)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref()
            .map(daily_entry)
            .transpose()
            .map_err(StoreError::from)
    }

    /// The file of a daily-log entry; `None` when there is no such entry or it has no file.
    pub async fn daily_file(&self, id: i64) -> Result<Option<StoredFile>, StoreError> {
        let row = sqlx::query(
            "SELECT file_kind, file_id, file_name FROM daily_logs \
             WHERE id = $1 AND file_id IS NOT NULL AND file_kind IS NOT NULL",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            Ok(StoredFile {
                kind: r.try_get("file_kind")?,
                file_id: r.try_get("file_id")?,
                file_name: r.try_get("file_name")?,
            })
        })
        .transpose()
    }

    /// The file of a realisation's evidence; `None` when there is no such evidence or it is
    /// a link.
    pub async fn evidence_file(&self, id: i64) -> Result<Option<StoredFile>, StoreError> {
        let row =
            sqlx::query("SELECT kind, file_id FROM evidence WHERE id = $1 AND file_id IS NOT NULL")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        row.map(|r| {
            Ok(StoredFile {
                kind: r.try_get("kind")?,
                file_id: r.try_get("file_id")?,
                file_name: None,
            })
        })
        .transpose()
    }

    /// The person's entries from `from` to `to` (YYYY-MM-DD, inclusive), by day and time.
    pub async fn dailies_between(
        &self,
        nip: &str,
        from: &str,
        to: &str,
    ) -> Result<Vec<DailyEntry>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {DAILY_COLUMNS} FROM daily_logs WHERE nip = $1 AND day >= $2 AND day <= $3 \
             ORDER BY day, COALESCE(start_time, ''), id"
        ))
        .bind(nip)
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(daily_entry)
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    pub async fn evaluation(
        &self,
        nip: &str,
        period: Period,
    ) -> Result<Option<EvaluationRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {EVALUATION_COLUMNS} FROM evaluations WHERE nip = $1 AND period = $2"
        ))
        .bind(nip)
        .bind(period.key())
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(evaluation_from_row).transpose()
    }

    pub async fn evaluation_by_id(&self, id: i64) -> Result<Option<EvaluationRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {EVALUATION_COLUMNS} FROM evaluations WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(evaluation_from_row).transpose()
    }

    /// A person's evaluations of a year, in period order.
    pub async fn evaluations_of(
        &self,
        nip: &str,
        year: i64,
    ) -> Result<Vec<EvaluationRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {EVALUATION_COLUMNS} FROM evaluations WHERE nip = $1 AND period LIKE $2 ORDER BY id"
        ))
        .bind(nip)
        .bind(format!("{year}-%"))
        .fetch_all(self.pool())
        .await?;
        let mut list: Vec<EvaluationRow> = rows
            .iter()
            .map(evaluation_from_row)
            .collect::<Result<_, _>>()?;
        list.sort_by_key(|e| {
            crate::domain::evaluation::PeriodKind::ALL
                .iter()
                .position(|k| *k == e.period.kind)
        });
        Ok(list)
    }

    /// Saves an evaluation: only the supervisor now (HR at the top), only once unless HR
    /// reopened it, and with feedback when a rating is below expectations.
    pub async fn save_evaluation(
        &self,
        nip: &str,
        period: Period,
        evaluator_nip: &str,
        new: &NewEvaluation,
    ) -> Result<EvaluationRow, EvalStoreError> {
        check_feedback(new.hasil, new.perilaku, new.feedback.as_deref())?;
        let predikat = Predikat::from_ratings(new.hasil, new.perilaku);
        let notes = serde_json::to_string(&new.value_notes)
            .map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let t = now();
        let mut tx = self.begin().await?;
        let authorised = sqlx::query(&format!(
            "SELECT 1 FROM employees e WHERE e.nip = $1 AND {AUTHORITY}"
        ))
        .bind(nip)
        .bind(evaluator_nip)
        .fetch_optional(&mut *tx)
        .await?
        .is_some();
        if !authorised {
            tx.rollback().await?;
            return Err(EvaluationError::NotYourSubordinate.into());
        }
        // Insert, or replace a reopened one; a final evaluation stays as it is.
        let done = sqlx::query(
            "INSERT INTO evaluations (nip, period, hasil, perilaku, predikat, feedback, value_notes, evaluator_nip, evaluated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (nip, period) DO UPDATE SET hasil = excluded.hasil, perilaku = excluded.perilaku, \
             predikat = excluded.predikat, feedback = excluded.feedback, value_notes = excluded.value_notes, \
             evaluator_nip = excluded.evaluator_nip, evaluated_at = excluded.evaluated_at, reopened_at = NULL, \
             acknowledged_at = NULL WHERE evaluations.reopened_at IS NOT NULL",
        )
        .bind(nip)
        .bind(period.key())
        .bind(new.hasil.code())
        .bind(new.perilaku.code())
        .bind(predikat.code())
        .bind(new.feedback.as_deref().map(str::trim))
        .bind(notes)
        .bind(evaluator_nip)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(EvaluationError::AlreadyEvaluated.into());
        }
        audit::record(
            &mut tx,
            &format!("nip:{evaluator_nip}"),
            "evaluation.save",
            nip,
            &format!(
                "periode={}; hasil={}; perilaku={}; predikat={}",
                period.key(),
                new.hasil.label(),
                new.perilaku.label(),
                predikat.label()
            ),
        )
        .await?;
        tx.commit().await?;
        self.evaluation(nip, period)
            .await?
            .ok_or_else(|| StoreError::NotFound.into())
    }

    /// HR reopens a final evaluation (audited). Returns whether one was reopened.
    pub async fn reopen_evaluation(
        &self,
        nip: &str,
        period: Period,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE evaluations SET reopened_at = $3 WHERE nip = $1 AND period = $2 AND reopened_at IS NULL")
            .bind(nip)
            .bind(period.key())
            .bind(now())
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Ok(false);
        }
        audit::record(
            &mut tx,
            actor,
            "evaluation.reopen",
            nip,
            &format!("periode={}", period.key()),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The person acknowledges their evaluation. Returns false when already acknowledged.
    pub async fn acknowledge_evaluation(&self, id: i64, nip: &str) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE evaluations SET acknowledged_at = $3 WHERE id = $1 AND nip = $2 AND acknowledged_at IS NULL AND reopened_at IS NULL",
        )
        .bind(id)
        .bind(nip)
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// One message of the feedback conversation about a person's period; `indicator` when
    /// it is about one indicator of the approved plan (umpan balik on that indicator).
    pub async fn add_feedback_message(
        &self,
        nip: &str,
        period: Period,
        author_nip: &str,
        text: &str,
        indicator: Option<i64>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO feedback_messages (nip, period, author_nip, text, created_at, indicator_id) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(nip)
        .bind(period.key())
        .bind(author_nip)
        .bind(text)
        .bind(now())
        .bind(indicator)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// What others (the supervisors) wrote about single indicators of a person's period:
    /// (indicator id, text), oldest first.
    pub async fn indicator_feedback(
        &self,
        nip: &str,
        period: Period,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT indicator_id, text FROM feedback_messages WHERE nip = $1 AND period = $2 \
             AND indicator_id IS NOT NULL AND author_nip <> nip ORDER BY id",
        )
        .bind(nip)
        .bind(period.key())
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("indicator_id")?, r.try_get("text")?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }
}
