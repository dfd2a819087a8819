//! Plan templates per position, and filling an empty working copy from a template or from
//! last year's approved plan. Filling is one transaction that checks, after taking the
//! plan's row, that the working copy is still empty and may be written: a second tap or a
//! stale button adds nothing.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::plans::insert_rhk;
use super::roles::{RoleStoreError, record_origin, writable_plan};
use super::{Store, StoreError, Tx, audit, now};
use crate::domain::person::Person;
use crate::domain::plan::{PlanContent, PlanError};
use crate::domain::roles::{OriginSource, RoleError};
use crate::domain::template::{ParsedTemplate, TemplateError, as_template, key, relink};

/// A saved template.
#[derive(Debug, Clone, PartialEq)]
pub struct Template {
    pub id: i64,
    pub jabatan: String,
    /// `None`: every unit.
    pub unit_kerja: Option<String>,
    pub jabatan_key: String,
    /// '' for every unit.
    pub unit_key: String,
    /// Ids are positions; no links upward.
    pub content: PlanContent,
    /// `import` or `plan:<nip>:<year>:<version>`.
    pub source: String,
    pub created_by: String,
    pub updated_at: i64,
}

/// Why filling a working copy or saving a template was refused.
#[derive(Debug, thiserror::Error)]
pub enum TemplateStoreError {
    #[error(transparent)]
    Refused(#[from] TemplateError),
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for TemplateStoreError {
    fn from(e: sqlx::Error) -> Self {
        TemplateStoreError::Store(e.into())
    }
}

impl From<RoleStoreError> for TemplateStoreError {
    fn from(e: RoleStoreError) -> Self {
        match e {
            // The only refusal of a writable plan: it waits for the supervisor.
            RoleStoreError::Refused(RoleError::PlanWaiting) => PlanError::Waiting.into(),
            RoleStoreError::Refused(_) => PlanError::Waiting.into(),
            RoleStoreError::Plan(e) => e.into(),
            RoleStoreError::Store(e) => e.into(),
        }
    }
}

/// What an import saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TemplateImport {
    pub templates: usize,
    pub rhk: usize,
    pub indicators: usize,
}

/// What copying last year's plan did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Copied {
    pub plan_id: i64,
    /// The RHK copied, as saved now (ids of this year's working copy).
    pub rhk: Vec<i64>,
    /// The RHK that linked to a supervisor's RHK last year and found none of the same text
    /// among the supervisor's approved RHK of this year: saved without a link.
    pub unlinked: Vec<i64>,
}

const COLUMNS: &str =
    "id, jabatan, jabatan_key, unit_kerja, unit_key, content, source, created_by, updated_at";

fn template_from_row(r: &AnyRow) -> Result<Template, StoreError> {
    let content: String = r.try_get("content")?;
    Ok(Template {
        id: r.try_get("id")?,
        jabatan: r.try_get("jabatan")?,
        unit_kerja: r.try_get("unit_kerja")?,
        jabatan_key: r.try_get("jabatan_key")?,
        unit_key: r.try_get("unit_key")?,
        content: serde_json::from_str(&content)
            .map_err(|e| StoreError::Corrupt(format!("template: {e}")))?,
        source: r.try_get("source")?,
        created_by: r.try_get("created_by")?,
        updated_at: r.try_get("updated_at")?,
    })
}

/// Saves (or replaces) the template of a jabatan and unit in the caller's transaction.
async fn upsert(
    tx: &mut Tx,
    jabatan: &str,
    unit: Option<&str>,
    content: &PlanContent,
    source: &str,
    actor: &str,
) -> Result<i64, StoreError> {
    let jabatan = jabatan.split_whitespace().collect::<Vec<_>>().join(" ");
    let unit = unit
        .map(|u| u.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|u| !u.is_empty());
    let unit_key = unit.as_deref().map(key).unwrap_or_default();
    let json = serde_json::to_string(&as_template(content)).expect("plain data");
    let row = sqlx::query(
        "INSERT INTO plan_templates (jabatan, jabatan_key, unit_kerja, unit_key, content, source, created_by, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
         ON CONFLICT (jabatan_key, unit_key) DO UPDATE SET jabatan = excluded.jabatan, unit_kerja = excluded.unit_kerja, \
         content = excluded.content, source = excluded.source, created_by = excluded.created_by, updated_at = excluded.updated_at \
         RETURNING id",
    )
    .bind(&jabatan)
    .bind(key(&jabatan))
    .bind(unit.clone())
    .bind(&unit_key)
    .bind(json)
    .bind(source)
    .bind(actor)
    .bind(now())
    .fetch_one(&mut **tx)
    .await?;
    let id: i64 = row.try_get("id")?;
    audit::record(
        tx,
        actor,
        "template.save",
        &format!("template:{id}"),
        &format!(
            "jabatan={jabatan}; unit={}; sumber={source}",
            unit.as_deref().unwrap_or("*")
        ),
    )
    .await?;
    Ok(id)
}

/// The person's plan of `year`, writable and with an empty working copy, in the caller's
/// transaction (the plan's row is taken first, so a racing fill waits and then sees rows).
async fn empty_writable_plan(
    tx: &mut Tx,
    nip: &str,
    year: i64,
    actor: &str,
) -> Result<i64, TemplateStoreError> {
    let plan_id = writable_plan(tx, nip, year, actor, now()).await?;
    let count: i64 = sqlx::query("SELECT COUNT(*) AS n FROM plan_rhk WHERE plan_id = $1")
        .bind(plan_id)
        .fetch_one(&mut **tx)
        .await?
        .try_get("n")?;
    if count > 0 {
        return Err(TemplateError::NotEmpty.into());
    }
    Ok(plan_id)
}

impl Store {
    /// Saves the templates of a checked file in one transaction, each replacing the one of
    /// its jabatan and unit.
    pub async fn import_templates(
        &self,
        templates: &[ParsedTemplate],
        actor: &str,
    ) -> Result<TemplateImport, StoreError> {
        let mut tx = self.begin().await?;
        let mut done = TemplateImport::default();
        for t in templates {
            upsert(
                &mut tx,
                &t.jabatan,
                t.unit_kerja.as_deref(),
                &t.content,
                "import",
                actor,
            )
            .await?;
            done.templates += 1;
            done.rhk += t.content.rhk.len();
            done.indicators += t
                .content
                .rhk
                .iter()
                .map(|r| r.indikator.len())
                .sum::<usize>();
        }
        tx.commit().await?;
        Ok(done)
    }

    /// Saves one template for a jabatan (and a unit, or every unit), replacing the one there.
    pub async fn save_template(
        &self,
        jabatan: &str,
        unit: Option<&str>,
        content: &PlanContent,
        source: &str,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin().await?;
        let id = upsert(&mut tx, jabatan, unit, content, source, actor).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Saves the version in force of a plan as the template of its owner's jabatan in its
    /// owner's unit, if `version` is still the one in force.
    pub async fn save_template_from_plan(
        &self,
        plan_id: i64,
        version: i64,
        owner: &Person,
        actor: &str,
    ) -> Result<i64, TemplateStoreError> {
        let plan = self.plan(plan_id).await?.ok_or(StoreError::NotFound)?;
        if plan.approved_version != Some(version) || plan.nip != owner.nip {
            return Err(TemplateError::NotInForce.into());
        }
        let content = self
            .plan_version(plan_id, version)
            .await?
            .ok_or(TemplateError::NotInForce)?
            .content;
        let source = format!("plan:{}:{}:{version}", plan.nip, plan.year);
        Ok(self
            .save_template(
                &owner.jabatan,
                Some(&owner.unit_kerja),
                &content,
                &source,
                actor,
            )
            .await?)
    }

    pub async fn template(&self, id: i64) -> Result<Option<Template>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM plan_templates WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(template_from_row).transpose()
    }

    /// The template for a person: their unit's, else the one for their jabatan everywhere.
    pub async fn template_for(&self, person: &Person) -> Result<Option<Template>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM plan_templates WHERE jabatan_key = $1 AND unit_key IN ($2, '') \
             ORDER BY unit_key DESC LIMIT 1"
        ))
        .bind(key(&person.jabatan))
        .bind(key(&person.unit_kerja))
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(template_from_row).transpose()
    }

    /// Every template, by jabatan then unit (every unit first).
    pub async fn templates(&self) -> Result<Vec<Template>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM plan_templates ORDER BY jabatan_key, unit_key"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(template_from_row).collect()
    }

    /// Deletes the template of a jabatan and unit (`None`: the one for every unit); whether
    /// there was one.
    pub async fn delete_template(
        &self,
        jabatan: &str,
        unit: Option<&str>,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let unit_key = unit.map(key).unwrap_or_default();
        let mut tx = self.begin().await?;
        let row = sqlx::query(
            "DELETE FROM plan_templates WHERE jabatan_key = $1 AND unit_key = $2 RETURNING id",
        )
        .bind(key(jabatan))
        .bind(&unit_key)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Ok(false);
        };
        let id: i64 = row.try_get("id")?;
        audit::record(
            &mut tx,
            actor,
            "template.delete",
            &format!("template:{id}"),
            &format!(
                "jabatan={}; unit={}",
                key(jabatan),
                if unit_key.is_empty() { "*" } else { &unit_key }
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Fills the person's empty working copy of `year` from a template, in one transaction,
    /// recording for each RHK what the template proposed. Refused when the template is gone,
    /// the working copy has an RHK, or the plan waits for the supervisor.
    pub async fn apply_template(
        &self,
        template_id: i64,
        nip: &str,
        year: i64,
        actor: &str,
    ) -> Result<i64, TemplateStoreError> {
        let mut tx = self.begin().await?;
        let plan_id = empty_writable_plan(&mut tx, nip, year, actor).await?;
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM plan_templates WHERE id = $1"
        ))
        .bind(template_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(template) = row.as_ref().map(template_from_row).transpose()? else {
            tx.rollback().await?;
            return Err(TemplateError::Gone.into());
        };
        for rhk in &template.content.rhk {
            let saved = insert_rhk(&mut tx, plan_id, rhk, None).await?;
            record_origin(
                &mut tx,
                plan_id,
                OriginSource::Template,
                template.id,
                &saved,
            )
            .await?;
        }
        audit::record(
            &mut tx,
            actor,
            "template.apply",
            nip,
            &format!("plan={plan_id}; template={template_id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(plan_id)
    }

    /// Copies last year's plan in force into the person's empty working copy of `year`:
    /// RHK, jenis, indicators with last year's targets, aspects and directions. Each link to
    /// a supervisor's RHK is made again to the current supervisor's approved RHK of `year`
    /// with the same text; where there is none, the RHK is saved without a link and named
    /// in [`Copied::unlinked`].
    pub async fn copy_last_year(
        &self,
        person: &Person,
        year: i64,
        actor: &str,
    ) -> Result<Copied, TemplateStoreError> {
        let Some((_, _, last)) = self.plan_in_force(&person.nip, year - 1).await? else {
            return Err(TemplateError::NoLastYear.into());
        };
        let offered = match &person.nip_atasan {
            Some(atasan) => self.approved_rhk_of(atasan, year).await?,
            None => Vec::new(),
        };
        let mut tx = self.begin().await?;
        let plan_id = empty_writable_plan(&mut tx, &person.nip, year, actor).await?;
        let mut copied = Copied {
            plan_id,
            rhk: Vec::new(),
            unlinked: Vec::new(),
        };
        for rhk in &last.rhk {
            let parent = rhk
                .parent
                .as_ref()
                .and_then(|(_, text)| relink(text.as_deref(), &offered));
            let saved = insert_rhk(&mut tx, plan_id, rhk, parent).await?;
            copied.rhk.push(saved.id);
            if rhk.parent.is_some() && parent.is_none() {
                copied.unlinked.push(saved.id);
            }
        }
        audit::record(
            &mut tx,
            actor,
            "plan.copy_last_year",
            &person.nip,
            &format!(
                "plan={plan_id}; rhk={}; tanpa_tautan={}",
                copied.rhk.len(),
                copied.unlinked.len()
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(copied)
    }
}
