//! What the weekly digest and the daily-log reminder read: who receives a digest, who of a
//! team, a unit or the city is behind on each list (one query per list for a whole scope,
//! never one per person), and the reminders switched on. Deciding what is due and writing
//! the messages happen in `crate::runtime::digest` and `crate::bot::digest`.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreError, now};
use crate::domain::digest::{Behind, Context, Detail, List, Lists, Scope, realisation_missing};
use crate::domain::evaluation::Period;
use crate::domain::plan::PlanContent;
use crate::domain::reminder::ReminderKind;

/// Who receives a digest, by the scope they are sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Recipients {
    /// Active employees who are the direct supervisor of an active employee.
    pub supervisors: Vec<String>,
    /// Active unit heads (`kepala_unit` in the roster) with their unit.
    pub unit_heads: Vec<(String, String)>,
    /// Active HR admins.
    pub admins: Vec<String>,
}

/// Someone who switched a reminder on and can be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwitchedOn {
    pub nip: String,
    pub chat_id: i64,
}

/// The scope as two text parameters ($1 kind, $2 value), the same types on every call.
fn scope_params(scope: &Scope) -> (&'static str, &str) {
    match scope {
        Scope::Team(nip) => ("t", nip),
        Scope::Unit(unit) => ("u", unit),
        Scope::City => ("k", ""),
    }
}

/// The condition on `e` (employees) for a scope bound as $1 and $2.
const IN_SCOPE: &str = "e.active = 1 AND ($1 = 'k' OR ($1 = 't' AND e.nip_atasan = $2) \
                        OR ($1 = 'u' AND e.unit_kerja = $2))";

fn behind(r: &AnyRow, detail: Detail) -> Result<Behind, sqlx::Error> {
    Ok(Behind {
        nip: r.try_get("nip")?,
        nama: r.try_get("nama")?,
        unit_kerja: r.try_get("unit_kerja")?,
        nip_atasan: r.try_get("nip_atasan")?,
        detail,
    })
}

fn ymd(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

impl Store {
    /// Everyone who may receive a digest.
    pub async fn digest_recipients(&self) -> Result<Recipients, StoreError> {
        let rows = sqlx::query(
            "SELECT s.nip, s.unit_kerja, s.is_admin, s.kepala_unit, \
                    CASE WHEN EXISTS (SELECT 1 FROM employees e WHERE e.nip_atasan = s.nip AND e.active = 1) \
                         THEN 1 ELSE 0 END AS leads \
             FROM employees s WHERE s.active = 1 ORDER BY s.nip",
        )
        .fetch_all(self.pool())
        .await?;
        let mut out = Recipients::default();
        for r in &rows {
            let nip: String = r.try_get("nip")?;
            if flag(r, "leads")? {
                out.supervisors.push(nip.clone());
            }
            if flag(r, "kepala_unit")? {
                out.unit_heads.push((nip.clone(), r.try_get("unit_kerja")?));
            }
            if flag(r, "is_admin")? {
                out.admins.push(nip);
            }
        }
        Ok(out)
    }

    /// The units of the active roster, for finding a unit again from its tag.
    pub async fn unit_names(&self) -> Result<Vec<String>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT unit_kerja FROM employees WHERE active = 1 ORDER BY unit_kerja",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| Ok(r.try_get("unit_kerja")?)).collect()
    }

    /// Whether `nip` is an active head of `unit`.
    pub async fn heads_unit(&self, nip: &str, unit: &str) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "SELECT 1 FROM employees WHERE nip = $1 AND unit_kerja = $2 AND kepala_unit = 1 AND active = 1",
        )
        .bind(nip)
        .bind(unit)
        .fetch_optional(self.pool())
        .await?
        .is_some())
    }

    /// What a digest sent on `day` speaks of (see [`Context`]).
    pub async fn digest_context(&self, day: NaiveDate) -> Result<Context, StoreError> {
        let year = i64::from(chrono::Datelike::year(&day));
        Ok(Context::new(day, &self.windows_around(year).await?))
    }

    /// Every list of a scope, ordered by unit and name.
    pub async fn digest_lists(&self, scope: &Scope, ctx: &Context) -> Result<Lists, StoreError> {
        let mut lists = Lists::new();
        for list in List::ALL {
            lists.insert(list, self.digest_list(list, scope, ctx).await?);
        }
        Ok(lists)
    }

    /// One list of a scope: who is behind on it, ordered by unit and name (someone behind
    /// in two periods has two lines, side by side).
    pub async fn digest_list(
        &self,
        list: List,
        scope: &Scope,
        ctx: &Context,
    ) -> Result<Vec<Behind>, StoreError> {
        let (kind, value) = scope_params(scope);
        let order = "ORDER BY e.unit_kerja, e.nama, e.nip";
        let mut rows: Vec<Behind> = match list {
            List::NoPlan => {
                let sql = format!(
                    "SELECT e.nip, e.nama, e.unit_kerja, e.nip_atasan FROM employees e \
                     LEFT JOIN plans p ON p.nip = e.nip AND p.year = $3 \
                     WHERE {IN_SCOPE} AND (p.id IS NULL OR (p.status <> 'submitted' AND p.approved_version IS NULL)) {order}"
                );
                let rows = sqlx::query(&sql)
                    .bind(kind)
                    .bind(value)
                    .bind(ctx.year)
                    .fetch_all(self.pool())
                    .await?;
                rows.iter()
                    .map(|r| behind(r, Detail::None))
                    .collect::<Result<_, _>>()?
            }
            List::Waiting => {
                let sql = format!(
                    "SELECT e.nip, e.nama, e.unit_kerja, e.nip_atasan, v.submitted_at FROM plans p \
                     JOIN plan_versions v ON v.plan_id = p.id AND v.version = p.version \
                     JOIN employees e ON e.nip = p.nip \
                     WHERE p.status = 'submitted' AND {IN_SCOPE} ORDER BY e.unit_kerja, v.submitted_at, e.nama, e.nip"
                );
                let rows = sqlx::query(&sql)
                    .bind(kind)
                    .bind(value)
                    .fetch_all(self.pool())
                    .await?;
                rows.iter()
                    .map(|r| behind(r, Detail::Since(r.try_get("submitted_at")?)))
                    .collect::<Result<_, _>>()?
            }
            List::NoDailyLog => {
                let sql = format!(
                    "SELECT e.nip, e.nama, e.unit_kerja, e.nip_atasan FROM employees e \
                     WHERE {IN_SCOPE} AND NOT EXISTS (SELECT 1 FROM daily_logs d \
                       WHERE d.nip = e.nip AND d.day >= $3 AND d.day <= $4) {order}"
                );
                let rows = sqlx::query(&sql)
                    .bind(kind)
                    .bind(value)
                    .bind(ymd(ctx.logged_from))
                    .bind(ymd(ctx.logged_until))
                    .fetch_all(self.pool())
                    .await?;
                rows.iter()
                    .map(|r| behind(r, Detail::None))
                    .collect::<Result<_, _>>()?
            }
            List::NoRealisation => {
                let mut out = Vec::new();
                for (period, until) in &ctx.realisation {
                    out.extend(self.realisation_missing(scope, *period, *until).await?);
                }
                out
            }
            List::ToEvaluate => {
                let sql = format!(
                    "SELECT e.nip, e.nama, e.unit_kerja, e.nip_atasan FROM employees e \
                     JOIN plans p ON p.nip = e.nip AND p.year = $3 AND p.approved_version IS NOT NULL \
                     WHERE {IN_SCOPE} AND NOT EXISTS (SELECT 1 FROM evaluations x \
                       WHERE x.nip = e.nip AND x.period = $4) {order}"
                );
                let mut out = Vec::new();
                for (period, until) in &ctx.evaluation {
                    let rows = sqlx::query(&sql)
                        .bind(kind)
                        .bind(value)
                        .bind(period.year)
                        .bind(period.key())
                        .fetch_all(self.pool())
                        .await?;
                    for r in &rows {
                        out.push(behind(r, Detail::Period(*period, *until))?);
                    }
                }
                out
            }
        };
        // The same order on both backends, whatever their collation: by unit, then name
        // as a person reads it.
        rows.sort_by_cached_key(|b| (b.unit_kerja.clone(), b.nama.to_lowercase(), b.nip.clone()));
        Ok(rows)
    }

    /// The people of a scope with an approved plan whose realisation of `period` is not
    /// complete: their plans and the period's filled indicators, read in two queries.
    async fn realisation_missing(
        &self,
        scope: &Scope,
        period: Period,
        until: NaiveDate,
    ) -> Result<Vec<Behind>, StoreError> {
        let (kind, value) = scope_params(scope);
        let sql = format!(
            "SELECT r.nip, r.indicator_id FROM realisations r JOIN employees e ON e.nip = r.nip \
             WHERE r.period = $3 AND r.value IS NOT NULL AND {IN_SCOPE}"
        );
        let rows = sqlx::query(&sql)
            .bind(kind)
            .bind(value)
            .bind(period.key())
            .fetch_all(self.pool())
            .await?;
        let mut filled: HashMap<String, HashSet<i64>> = HashMap::new();
        for r in &rows {
            filled
                .entry(r.try_get("nip")?)
                .or_default()
                .insert(r.try_get("indicator_id")?);
        }
        let sql = format!(
            "SELECT e.nip, e.nama, e.unit_kerja, e.nip_atasan, v.content FROM employees e \
             JOIN plans p ON p.nip = e.nip AND p.year = $3 \
             JOIN plan_versions v ON v.plan_id = p.id AND v.version = p.approved_version \
             WHERE {IN_SCOPE} ORDER BY e.unit_kerja, e.nama, e.nip"
        );
        let rows = sqlx::query(&sql)
            .bind(kind)
            .bind(value)
            .bind(period.year)
            .fetch_all(self.pool())
            .await?;
        let none = HashSet::new();
        let mut out = Vec::new();
        for r in &rows {
            let content: String = r.try_get("content")?;
            let content: PlanContent = serde_json::from_str(&content)
                .map_err(|e| StoreError::Corrupt(format!("plan content: {e}")))?;
            let nip: String = r.try_get("nip")?;
            if realisation_missing(&content, filled.get(&nip).unwrap_or(&none)) {
                out.push(behind(r, Detail::Period(period, until))?);
            }
        }
        Ok(out)
    }

    /// The keys of the occasions queued so far that begin with `prefix`.
    pub async fn occasions_queued_with(&self, prefix: &str) -> Result<HashSet<String>, StoreError> {
        let rows = sqlx::query("SELECT key FROM reminder_occasions WHERE key LIKE $1")
            .bind(format!("{prefix}%"))
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(|r| Ok(r.try_get("key")?)).collect()
    }

    /// Who switched the daily-log reminder on, can be reached, and wrote nothing in their
    /// daily log on `day`.
    pub async fn daily_log_reminder_due(
        &self,
        day: NaiveDate,
    ) -> Result<Vec<SwitchedOn>, StoreError> {
        let rows = sqlx::query(
            "SELECT o.nip, b.chat_id FROM reminder_optins o \
             JOIN employees e ON e.nip = o.nip JOIN bindings b ON b.nip = o.nip \
             WHERE o.kind = $1 AND e.active = 1 \
               AND NOT EXISTS (SELECT 1 FROM daily_logs d WHERE d.nip = o.nip AND d.day = $2) \
             ORDER BY o.nip",
        )
        .bind(ReminderKind::DailyLog.code())
        .bind(ymd(day))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(SwitchedOn {
                    nip: r.try_get("nip")?,
                    chat_id: r.try_get("chat_id")?,
                })
            })
            .collect()
    }

    /// Every optional reminder that is off for `nip`: those silenced, and those off until
    /// switched on that were not (what `/menu` → Pengingat shows).
    pub async fn reminders_off(&self, nip: &str) -> Result<Vec<ReminderKind>, StoreError> {
        let mut off = self.optouts_of(nip).await?;
        off.extend(self.off_until_switched_on(nip).await?);
        Ok(off)
    }

    /// The reminders that are off until switched on and that `nip` has not switched on.
    async fn off_until_switched_on(&self, nip: &str) -> Result<Vec<ReminderKind>, StoreError> {
        let rows = sqlx::query("SELECT kind FROM reminder_optins WHERE nip = $1")
            .bind(nip)
            .fetch_all(self.pool())
            .await?;
        let on: HashSet<String> = rows
            .iter()
            .map(|r| r.try_get("kind"))
            .collect::<Result<_, _>>()?;
        Ok(ReminderKind::ALL
            .into_iter()
            .filter(|k| !k.on_by_default() && !on.contains(k.code()))
            .collect())
    }

    /// Switches a reminder that is off by default on or off.
    pub(super) async fn set_switched_on(
        &self,
        nip: &str,
        kind: ReminderKind,
        on: bool,
    ) -> Result<(), StoreError> {
        if on {
            sqlx::query(
                "INSERT INTO reminder_optins (nip, kind, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(nip)
            .bind(kind.code())
            .bind(now())
            .execute(self.pool())
            .await?;
        } else {
            sqlx::query("DELETE FROM reminder_optins WHERE nip = $1 AND kind = $2")
                .bind(nip)
                .bind(kind.code())
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }
}

/// A 0/1 column as a bool.
fn flag(r: &AnyRow, column: &str) -> Result<bool, sqlx::Error> {
    Ok(r.try_get::<i64, _>(column)? != 0)
}
