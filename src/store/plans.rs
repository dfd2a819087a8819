//! Plans (SKP): the working copy, submissions as frozen versions, and decisions. Every
//! change of the working copy is one statement that also checks, in the database, that the
//! plan is still editable; a decision is one conditional update that checks state, version
//! and the presser's authority at the same instant, so a stale or doubled tap, or a tap
//! racing a roster import, changes nothing.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreError, audit, now};
use crate::domain::plan::{
    Arah, Aspek, DecisionError, Indikator, Jenis, NilaiBerakhlak, PlanContent, PlanError,
    PlanStatus, Rhk, check_decidable, may_decide,
};
use crate::domain::quantity::Quantity;

/// A plan's header row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanRow {
    pub id: i64,
    pub nip: String,
    pub year: i64,
    pub status: PlanStatus,
    pub version: i64,
    pub approved_version: Option<i64>,
    pub updated_at: i64,
}

/// One submitted version.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionRow {
    pub version: i64,
    pub content: PlanContent,
    pub submitted_at: i64,
    pub decision: Option<String>,
    pub decided_at: Option<i64>,
    pub decided_by: Option<String>,
    pub note: Option<String>,
}

/// A plan waiting for a decision, for `/persetujuan`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Waiting {
    pub plan_id: i64,
    pub version: i64,
    pub nip: String,
    pub nama: String,
    pub submitted_at: i64,
}

/// A supervisor's decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Return(String),
}

/// Why a plan change was refused.
#[derive(Debug, thiserror::Error)]
pub enum PlanStoreError {
    #[error(transparent)]
    Refused(#[from] PlanError),
    #[error(transparent)]
    Decision(#[from] DecisionError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for PlanStoreError {
    fn from(e: sqlx::Error) -> Self {
        PlanStoreError::Store(e.into())
    }
}

/// The fields of an RHK that can be edited.
enum RhkField {
    Text(String),
    Jenis(Jenis),
    Parent(Option<i64>),
}

/// The decision recorded on a version its owner took back before it was decided.
pub const WITHDRAWN: &str = "withdrawn";

const EDITABLE: &str = "status IN ('draft', 'returned')";
/// The columns [`plan_from_row`] reads.
const PLAN_COLUMNS: &str = "id, nip, year, status, version, approved_version, updated_at";

fn plan_from_row(r: &AnyRow) -> Result<PlanRow, StoreError> {
    let status: String = r.try_get("status")?;
    Ok(PlanRow {
        id: r.try_get("id")?,
        nip: r.try_get("nip")?,
        year: r.try_get("year")?,
        status: PlanStatus::from_code(&status)
            .ok_or_else(|| StoreError::Corrupt(format!("plan status {status}")))?,
        version: r.try_get("version")?,
        approved_version: r.try_get("approved_version")?,
        updated_at: r.try_get("updated_at")?,
    })
}

fn version_from_row(r: &AnyRow) -> Result<VersionRow, StoreError> {
    let json: String = r.try_get("content")?;
    Ok(VersionRow {
        version: r.try_get("version")?,
        content: serde_json::from_str(&json)
            .map_err(|e| StoreError::Corrupt(format!("plan version: {e}")))?,
        submitted_at: r.try_get("submitted_at")?,
        decision: r.try_get("decision")?,
        decided_at: r.try_get("decided_at")?,
        decided_by: r.try_get("decided_by")?,
        note: r.try_get("note")?,
    })
}

impl Store {
    /// A person's plan for a year.
    pub async fn plan_of(&self, nip: &str, year: i64) -> Result<Option<PlanRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {PLAN_COLUMNS} FROM plans WHERE nip = $1 AND year = $2"
        ))
        .bind(nip)
        .bind(year)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(plan_from_row).transpose()
    }

    pub async fn plan(&self, id: i64) -> Result<Option<PlanRow>, StoreError> {
        let row = sqlx::query(&format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(plan_from_row).transpose()
    }

    /// The plan for the year, created as an empty draft if there is none yet.
    pub async fn plan_or_create(&self, nip: &str, year: i64) -> Result<PlanRow, StoreError> {
        let t = now();
        sqlx::query(
            "INSERT INTO plans (nip, year, status, version, created_at, updated_at) VALUES ($1, $2, 'draft', 0, $3, $3) \
             ON CONFLICT (nip, year) DO NOTHING",
        )
        .bind(nip)
        .bind(year)
        .bind(t)
        .execute(self.pool())
        .await?;
        self.plan_of(nip, year).await?.ok_or(StoreError::NotFound)
    }

    /// The working copy, RHK and indicators in the order they were written, with the
    /// texts of the supervisor's RHK they intervene.
    pub async fn working_content(&self, plan_id: i64) -> Result<PlanContent, StoreError> {
        let rows = sqlx::query(
            "SELECT r.id, r.jenis, r.text, r.parent_rhk_id, p.text AS parent_text FROM plan_rhk r \
             LEFT JOIN plan_rhk p ON p.id = r.parent_rhk_id WHERE r.plan_id = $1 ORDER BY r.id",
        )
        .bind(plan_id)
        .fetch_all(self.pool())
        .await?;
        let mut rhk = Vec::with_capacity(rows.len());
        for r in &rows {
            let jenis: String = r.try_get("jenis")?;
            let parent_id: Option<i64> = r.try_get("parent_rhk_id")?;
            let parent_text: Option<String> = r.try_get("parent_text")?;
            rhk.push(Rhk {
                id: r.try_get("id")?,
                jenis: Jenis::from_code(&jenis)
                    .ok_or_else(|| StoreError::Corrupt(format!("jenis {jenis}")))?,
                text: r.try_get("text")?,
                // No text: the supervisor's RHK was deleted; the reader is told so.
                parent: parent_id.map(|id| (id, parent_text.clone())),
                indikator: Vec::new(),
            });
        }
        let rows = sqlx::query(
            "SELECT i.id, i.rhk_id, i.text, i.target_value, i.target_unit, i.aspek, i.arah FROM plan_indicators i \
             JOIN plan_rhk r ON r.id = i.rhk_id WHERE r.plan_id = $1 ORDER BY i.id",
        )
        .bind(plan_id)
        .fetch_all(self.pool())
        .await?;
        for r in &rows {
            let rhk_id: i64 = r.try_get("rhk_id")?;
            let aspek: String = r.try_get("aspek")?;
            let arah: String = r.try_get("arah")?;
            let indikator = Indikator {
                id: r.try_get("id")?,
                text: r.try_get("text")?,
                target: Quantity {
                    value: r.try_get("target_value")?,
                    unit: r.try_get("target_unit")?,
                },
                aspek: Aspek::from_code(&aspek)
                    .ok_or_else(|| StoreError::Corrupt(format!("aspek {aspek}")))?,
                arah: Arah::from_code(&arah)
                    .ok_or_else(|| StoreError::Corrupt(format!("arah {arah}")))?,
            };
            if let Some(parent) = rhk.iter_mut().find(|x| x.id == rhk_id) {
                parent.indikator.push(indikator);
            }
        }
        Ok(PlanContent { rhk })
    }

    /// The plan an RHK belongs to.
    pub async fn plan_of_rhk(&self, rhk_id: i64) -> Result<Option<PlanRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {PLAN_COLUMNS} FROM plans WHERE id = (SELECT plan_id FROM plan_rhk WHERE id = $1)"
        ))
        .bind(rhk_id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(plan_from_row).transpose()
    }

    /// One indicator of a plan's working copy, with its RHK's id.
    pub async fn indicator(
        &self,
        indicator_id: i64,
    ) -> Result<Option<(i64, Indikator)>, StoreError> {
        let Some(rhk_id) = self.rhk_of_indicator(indicator_id).await? else {
            return Ok(None);
        };
        let Some(plan) = self.plan_of_rhk(rhk_id).await? else {
            return Ok(None);
        };
        let content = self.working_content(plan.id).await?;
        Ok(content
            .rhk
            .into_iter()
            .flat_map(|r| r.indikator)
            .find(|i| i.id == indicator_id)
            .map(|i| (rhk_id, i)))
    }

    /// The RHK an indicator belongs to.
    pub async fn rhk_of_indicator(&self, indicator_id: i64) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query("SELECT rhk_id FROM plan_indicators WHERE id = $1")
            .bind(indicator_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.map(|r| r.try_get("rhk_id")).transpose()?)
    }

    /// Fails with the plan's reason when a guarded write touched nothing.
    async fn why_not_editable(&self, plan_id: i64) -> PlanStoreError {
        match self.plan(plan_id).await {
            Ok(Some(plan)) => match plan.status.editable() {
                Err(e) => e.into(),
                Ok(()) => StoreError::NotFound.into(),
            },
            Ok(None) => StoreError::NotFound.into(),
            Err(e) => e.into(),
        }
    }

    /// Adds an RHK (Utama until told otherwise) to an editable plan.
    pub async fn add_rhk(&self, plan_id: i64, text: &str) -> Result<i64, PlanStoreError> {
        let row = sqlx::query(&format!(
            "INSERT INTO plan_rhk (plan_id, jenis, text) SELECT $1, 'u', $2 \
             WHERE EXISTS (SELECT 1 FROM plans WHERE id = $1 AND {EDITABLE}) RETURNING id"
        ))
        .bind(plan_id)
        .bind(text)
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(r) => {
                self.touch(plan_id).await?;
                Ok(r.try_get("id")?)
            }
            None => Err(self.why_not_editable(plan_id).await),
        }
    }

    async fn touch(&self, plan_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE plans SET updated_at = $2 WHERE id = $1")
            .bind(plan_id)
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Changes one field of an RHK, only while its plan is editable.
    async fn edit_rhk(&self, rhk_id: i64, field: RhkField) -> Result<(), PlanStoreError> {
        let plan = self
            .plan_of_rhk(rhk_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let (column, value): (&str, Option<String>) = match &field {
            RhkField::Text(text) => ("text", Some(text.clone())),
            RhkField::Jenis(jenis) => ("jenis", Some(jenis.code().to_string())),
            RhkField::Parent(_) => ("parent_rhk_id", None),
        };
        let sql = format!(
            "UPDATE plan_rhk SET {column} = $2 WHERE id = $1 AND plan_id IN (SELECT id FROM plans WHERE {EDITABLE})"
        );
        let query = sqlx::query(&sql).bind(rhk_id);
        let query = match field {
            RhkField::Parent(parent) => query.bind(parent),
            _ => query.bind(value),
        };
        if query.execute(self.pool()).await?.rows_affected() == 0 {
            return Err(self.why_not_editable(plan.id).await);
        }
        self.touch(plan.id).await?;
        Ok(())
    }

    pub async fn set_rhk_text(&self, rhk_id: i64, text: &str) -> Result<(), PlanStoreError> {
        self.edit_rhk(rhk_id, RhkField::Text(text.to_string()))
            .await
    }

    pub async fn set_rhk_jenis(&self, rhk_id: i64, jenis: Jenis) -> Result<(), PlanStoreError> {
        self.edit_rhk(rhk_id, RhkField::Jenis(jenis)).await
    }

    pub async fn set_rhk_parent(
        &self,
        rhk_id: i64,
        parent: Option<i64>,
    ) -> Result<(), PlanStoreError> {
        self.edit_rhk(rhk_id, RhkField::Parent(parent)).await
    }

    /// Deletes an RHK and its indicators.
    pub async fn delete_rhk(&self, rhk_id: i64) -> Result<(), PlanStoreError> {
        let plan = self
            .plan_of_rhk(rhk_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        plan.status.editable()?;
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM plan_indicators WHERE rhk_id = $1")
            .bind(rhk_id)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query(&format!(
            "DELETE FROM plan_rhk WHERE id = $1 AND plan_id IN (SELECT id FROM plans WHERE {EDITABLE})"
        ))
        .bind(rhk_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(self.why_not_editable(plan.id).await);
        }
        tx.commit().await?;
        self.touch(plan.id).await?;
        Ok(())
    }

    /// Adds an indicator to an RHK, or replaces one in place (same id, so the diff shows a
    /// change rather than a removal and an addition).
    pub async fn save_indicator(
        &self,
        rhk_id: i64,
        replacing: Option<i64>,
        text: &str,
        target: &Quantity,
        aspek: Aspek,
        arah: Arah,
    ) -> Result<i64, PlanStoreError> {
        let plan = self
            .plan_of_rhk(rhk_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let guard = format!(
            "EXISTS (SELECT 1 FROM plans p JOIN plan_rhk r ON r.plan_id = p.id WHERE r.id = $1 AND p.{EDITABLE})"
        );
        let id = match replacing {
            Some(id) => {
                let done = sqlx::query(&format!(
                    "UPDATE plan_indicators SET text = $3, target_value = $4, target_unit = $5, aspek = $6, arah = $7 \
                     WHERE id = $2 AND rhk_id = $1 AND {guard}"
                ))
                .bind(rhk_id)
                .bind(id)
                .bind(text)
                .bind(target.value)
                .bind(&target.unit)
                .bind(aspek.code())
                .bind(arah.code())
                .execute(self.pool())
                .await?;
                (done.rows_affected() == 1).then_some(id)
            }
            None => sqlx::query(&format!(
                "INSERT INTO plan_indicators (rhk_id, text, target_value, target_unit, aspek, arah) \
                 SELECT $1, $2, $3, $4, $5, $6 WHERE {guard} RETURNING id"
            ))
            .bind(rhk_id)
            .bind(text)
            .bind(target.value)
            .bind(&target.unit)
            .bind(aspek.code())
            .bind(arah.code())
            .fetch_optional(self.pool())
            .await?
            .map(|r| r.try_get("id"))
            .transpose()?,
        };
        match id {
            Some(id) => {
                self.touch(plan.id).await?;
                Ok(id)
            }
            None => Err(self.why_not_editable(plan.id).await),
        }
    }

    pub async fn delete_indicator(&self, indicator_id: i64) -> Result<(), PlanStoreError> {
        let rhk = self
            .rhk_of_indicator(indicator_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        let plan = self.plan_of_rhk(rhk).await?.ok_or(StoreError::NotFound)?;
        let done = sqlx::query(&format!(
            "DELETE FROM plan_indicators WHERE id = $1 AND rhk_id IN \
             (SELECT r.id FROM plan_rhk r JOIN plans p ON p.id = r.plan_id WHERE p.{EDITABLE})"
        ))
        .bind(indicator_id)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            return Err(self.why_not_editable(plan.id).await);
        }
        self.touch(plan.id).await?;
        Ok(())
    }

    /// Freezes the working copy as the next version and sends it for a decision.
    pub async fn submit_plan(&self, plan_id: i64, actor: &str) -> Result<i64, PlanStoreError> {
        let content = self.working_content(plan_id).await?;
        content.check_complete()?;
        let plan = self.plan(plan_id).await?.ok_or(StoreError::NotFound)?;
        plan.status.editable()?;
        if let Some(in_force) = plan.approved_version {
            let approved = self
                .plan_version(plan_id, in_force)
                .await?
                .ok_or(StoreError::NotFound)?;
            if approved.content == content {
                return Err(PlanError::NothingChanged.into());
            }
        }
        let json =
            serde_json::to_string(&content).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let t = now();
        let mut tx = self.begin().await?;
        let done = sqlx::query(&format!(
            "UPDATE plans SET status = 'submitted', version = version + 1, updated_at = $3 \
             WHERE id = $1 AND version = $2 AND {EDITABLE}"
        ))
        .bind(plan_id)
        .bind(plan.version)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(self.why_not_editable(plan_id).await);
        }
        let version = plan.version + 1;
        sqlx::query("INSERT INTO plan_versions (plan_id, version, content, submitted_at) VALUES ($1, $2, $3, $4)")
            .bind(plan_id)
            .bind(version)
            .bind(json)
            .bind(t)
            .execute(&mut *tx)
            .await?;
        audit::record(
            &mut tx,
            actor,
            "plan.submit",
            &plan.nip,
            &format!("plan={plan_id}; versi={version}"),
        )
        .await?;
        tx.commit().await?;
        Ok(version)
    }

    /// Takes a submitted version back before the supervisor decides: the plan is a draft
    /// again and the version is marked withdrawn. Only the version on the button, only while
    /// it still waits, so a decision and a withdrawal racing each other cannot both win.
    pub async fn withdraw_plan(
        &self,
        plan_id: i64,
        version: i64,
        actor: &str,
    ) -> Result<(), PlanStoreError> {
        let t = now();
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE plans SET status = 'draft', updated_at = $3 \
             WHERE id = $1 AND version = $2 AND status = 'submitted'",
        )
        .bind(plan_id)
        .bind(version)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            let plan = self.plan(plan_id).await?.ok_or(StoreError::NotFound)?;
            return Err(match check_decidable(plan.status, plan.version, version) {
                Err(DecisionError::AlreadyApproved) => PlanError::AlreadyDecided.into(),
                Err(DecisionError::AlreadyReturned) => PlanError::AlreadyDecided.into(),
                _ => StoreError::NotFound.into(),
            });
        }
        sqlx::query(
            "UPDATE plan_versions SET decision = $4, decided_at = $3 WHERE plan_id = $1 AND version = $2",
        )
        .bind(plan_id)
        .bind(version)
        .bind(t)
        .bind(WITHDRAWN)
        .execute(&mut *tx)
        .await?;
        let nip: String = sqlx::query("SELECT nip FROM plans WHERE id = $1")
            .bind(plan_id)
            .fetch_one(&mut *tx)
            .await?
            .try_get("nip")?;
        audit::record(
            &mut tx,
            actor,
            "plan.withdraw",
            &nip,
            &format!("plan={plan_id}; versi={version}"),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Opens an approved plan for a change request; the approved version stays in force.
    pub async fn start_change(&self, plan_id: i64, actor: &str) -> Result<(), PlanStoreError> {
        let mut tx = self.begin().await?;
        let done = sqlx::query("UPDATE plans SET status = 'draft', updated_at = $2 WHERE id = $1 AND status = 'approved'")
            .bind(plan_id)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(StoreError::NotFound.into());
        }
        audit::record(
            &mut tx,
            actor,
            "plan.change_request",
            &format!("plan:{plan_id}"),
            "",
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Decides a submitted version. The authority, the state and the version are checked
    /// by the update itself; when it changes nothing, the reason is worked out afterwards.
    pub async fn decide_plan(
        &self,
        plan_id: i64,
        version: i64,
        presser_nip: &str,
        decision: &Decision,
    ) -> Result<PlanRow, PlanStoreError> {
        let (status, note) = match decision {
            Decision::Approve => ("approved", None),
            Decision::Return(note) if note.trim().is_empty() => {
                return Err(DecisionError::NoteRequired.into());
            }
            Decision::Return(note) => ("returned", Some(note.trim().to_string())),
        };
        let t = now();
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE plans SET status = $4, updated_at = $5, \
             approved_version = CASE WHEN $4 = 'approved' THEN version ELSE approved_version END \
             WHERE id = $1 AND version = $2 AND status = 'submitted' AND EXISTS ( \
               SELECT 1 FROM employees e WHERE e.nip = plans.nip AND e.active = 1 AND ( \
                 e.nip_atasan = $3 OR (e.nip_atasan IS NULL AND e.nip <> $3 AND EXISTS ( \
                   SELECT 1 FROM employees a WHERE a.nip = $3 AND a.is_admin = 1 AND a.active = 1))))",
        )
        .bind(plan_id)
        .bind(version)
        .bind(presser_nip)
        .bind(status)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(self.why_not_decidable(plan_id, version, presser_nip).await);
        }
        sqlx::query(
            "UPDATE plan_versions SET decision = $3, decided_at = $4, decided_by = $5, note = $6 WHERE plan_id = $1 AND version = $2",
        )
        .bind(plan_id)
        .bind(version)
        .bind(status)
        .bind(t)
        .bind(presser_nip)
        .bind(note.clone())
        .execute(&mut *tx)
        .await?;
        let plan = sqlx::query(&format!("SELECT {PLAN_COLUMNS} FROM plans WHERE id = $1"))
            .bind(plan_id)
            .fetch_one(&mut *tx)
            .await?;
        let plan = plan_from_row(&plan)?;
        audit::record(
            &mut tx,
            &format!("nip:{presser_nip}"),
            &format!("plan.{status}"),
            &plan.nip,
            &format!(
                "plan={plan_id}; versi={version}{}",
                note.map(|n| format!("; catatan={n}")).unwrap_or_default()
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(plan)
    }

    async fn why_not_decidable(
        &self,
        plan_id: i64,
        version: i64,
        presser_nip: &str,
    ) -> PlanStoreError {
        let plan = match self.plan(plan_id).await {
            Ok(Some(plan)) => plan,
            Ok(None) => return StoreError::NotFound.into(),
            Err(e) => return e.into(),
        };
        let (owner, presser) = match (self.person(&plan.nip).await, self.person(presser_nip).await)
        {
            (Ok(Some(o)), Ok(Some(p))) => (o, p),
            (Err(e), _) | (_, Err(e)) => return e.into(),
            _ => return DecisionError::NotYourSubordinate.into(),
        };
        if let Err(e) = may_decide(&presser, &owner) {
            return e.into();
        }
        let withdrawn = match self.plan_version(plan_id, version).await {
            Ok(v) => v.is_some_and(|v| v.decision.as_deref() == Some(WITHDRAWN)),
            Err(e) => return e.into(),
        };
        if withdrawn && plan.version == version {
            return DecisionError::Withdrawn.into();
        }
        match check_decidable(plan.status, plan.version, version) {
            Err(e) => e.into(),
            // Everything holds now: the state moved between the update and this read.
            Ok(()) => DecisionError::NotWaiting.into(),
        }
    }

    pub async fn plan_version(
        &self,
        plan_id: i64,
        version: i64,
    ) -> Result<Option<VersionRow>, StoreError> {
        let row = sqlx::query(
            "SELECT version, content, submitted_at, decision, decided_at, decided_by, note FROM plan_versions \
             WHERE plan_id = $1 AND version = $2",
        )
        .bind(plan_id)
        .bind(version)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(version_from_row).transpose()
    }

    /// The newest decided version before `version`: what the supervisor saw last.
    pub async fn last_decided_before(
        &self,
        plan_id: i64,
        version: i64,
    ) -> Result<Option<VersionRow>, StoreError> {
        let row = sqlx::query(
            "SELECT version, content, submitted_at, decision, decided_at, decided_by, note FROM plan_versions \
             WHERE plan_id = $1 AND version < $2 AND decision IN ('approved', 'returned') ORDER BY version DESC LIMIT 1",
        )
        .bind(plan_id)
        .bind(version)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(version_from_row).transpose()
    }

    /// Plans waiting for this person's decision, oldest first.
    pub async fn waiting_for(
        &self,
        presser_nip: &str,
        is_admin: bool,
    ) -> Result<Vec<Waiting>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.id, p.version, p.nip, e.nama, v.submitted_at FROM plans p \
             JOIN employees e ON e.nip = p.nip \
             JOIN plan_versions v ON v.plan_id = p.id AND v.version = p.version \
             WHERE p.status = 'submitted' AND e.active = 1 \
               AND (e.nip_atasan = $1 OR (e.nip_atasan IS NULL AND $2 = 1 AND e.nip <> $1)) \
             ORDER BY v.submitted_at, p.id",
        )
        .bind(presser_nip)
        .bind(i64::from(is_admin))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Waiting {
                    plan_id: r.try_get("id")?,
                    version: r.try_get("version")?,
                    nip: r.try_get("nip")?,
                    nama: r.try_get("nama")?,
                    submitted_at: r.try_get("submitted_at")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// The supervisor's RHK a staff RHK may intervene: those of the supervisor's plan
    /// version in force for the year.
    pub async fn approved_rhk_of(
        &self,
        nip: &str,
        year: i64,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        Ok(self
            .plan_in_force(nip, year)
            .await?
            .map(|(_, _, content)| content.rhk.into_iter().map(|r| (r.id, r.text)).collect())
            .unwrap_or_default())
    }

    /// The content of the person's plan of `year` in force (its approved version), if any.
    pub async fn plan_in_force(
        &self,
        nip: &str,
        year: i64,
    ) -> Result<Option<(i64, i64, PlanContent)>, StoreError> {
        let Some(plan) = self.plan_of(nip, year).await? else {
            return Ok(None);
        };
        let Some(version) = plan.approved_version else {
            return Ok(None);
        };
        Ok(self
            .plan_version(plan.id, version)
            .await?
            .map(|v| (plan.id, version, v.content)))
    }

    /// Records (or replaces) an ekspektasi khusus for a submitted version.
    pub async fn set_expectation(
        &self,
        plan_id: i64,
        version: i64,
        nilai: NilaiBerakhlak,
        text: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO plan_expectations (plan_id, version, nilai, text) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (plan_id, version, nilai) DO UPDATE SET text = excluded.text",
        )
        .bind(plan_id)
        .bind(version)
        .bind(i64::from(nilai.number()))
        .bind(text)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// The ekspektasi khusus of a version, in BerAKHLAK order.
    pub async fn expectations(
        &self,
        plan_id: i64,
        version: i64,
    ) -> Result<Vec<(NilaiBerakhlak, String)>, StoreError> {
        let rows = sqlx::query("SELECT nilai, text FROM plan_expectations WHERE plan_id = $1 AND version = $2 ORDER BY nilai")
            .bind(plan_id)
            .bind(version)
            .fetch_all(self.pool())
            .await?;
        let mut out = Vec::new();
        for r in &rows {
            let n: i64 = r.try_get("nilai")?;
            let nilai = u8::try_from(n)
                .ok()
                .and_then(NilaiBerakhlak::from_number)
                .ok_or_else(|| StoreError::Corrupt(format!("nilai {n}")))?;
            out.push((nilai, r.try_get("text")?));
        }
        Ok(out)
    }
}

/// Inserts `rhk` (with its indicators) into a working copy; returns it with the ids saved.
pub(crate) async fn insert_rhk(
    tx: &mut super::Tx,
    plan_id: i64,
    rhk: &Rhk,
    parent: Option<i64>,
) -> Result<Rhk, StoreError> {
    let rhk_id: i64 = sqlx::query(
        "INSERT INTO plan_rhk (plan_id, jenis, text, parent_rhk_id) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(plan_id)
    .bind(rhk.jenis.code())
    .bind(&rhk.text)
    .bind(parent)
    .fetch_one(&mut **tx)
    .await?
    .try_get("id")?;
    let mut saved = Rhk {
        id: rhk_id,
        parent: None,
        indikator: Vec::new(),
        ..rhk.clone()
    };
    for i in &rhk.indikator {
        let id: i64 = sqlx::query(
            "INSERT INTO plan_indicators (rhk_id, text, target_value, target_unit, aspek, arah) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(rhk_id)
        .bind(&i.text)
        .bind(i.target.value)
        .bind(&i.target.unit)
        .bind(i.aspek.code())
        .bind(i.arah.code())
        .fetch_one(&mut **tx)
        .await?
        .try_get("id")?;
        saved.indikator.push(Indikator { id, ..i.clone() });
    }
    Ok(saved)
}
