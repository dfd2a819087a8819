//! The city's year in a few reads, for HR's reports and exports: every active employee,
//! their plan state and approved content, realisations, evaluations in force, JP, the
//! units' organisational predikat, and the announcements' figures. One query per table,
//! not per person, so that a city-wide report stays fast.

use std::collections::HashMap;

use sqlx::Row;

use super::{Store, StoreError, audit, now};
use crate::domain::evaluation::{Period, PeriodKind, Predikat, Rating, Window};
use crate::domain::plan::PlanContent;
use crate::domain::report::OrgPredikat;
use crate::domain::time::year_bounds_wib;

/// An active employee, as reports list them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Staff {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub unit_kerja: String,
    pub nip_atasan: Option<String>,
}

/// Where a person's plan for the year stands.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanState {
    /// domain::plan::PlanStatus code: draft | submitted | returned | approved.
    pub status: String,
    /// The version in force, once one was approved.
    pub approved: Option<PlanContent>,
}

/// An evaluation in force (not reopened).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EvaluationFigures {
    pub hasil: Rating,
    pub perilaku: Rating,
    pub predikat: Predikat,
}

/// Everything a year's reports are counted from.
#[derive(Debug, Clone, Default)]
pub struct YearData {
    pub year: i64,
    /// Sorted by unit, then name.
    pub staff: Vec<Staff>,
    pub plans: HashMap<String, PlanState>,
    /// NIP → (period, indicator id) → the achieved value (None: evidence only so far).
    pub realisations: HashMap<String, HashMap<(PeriodKind, i64), Option<f64>>>,
    /// NIP → indicator id → its realisations' evidence in the year, oldest first.
    pub evidence: HashMap<String, HashMap<i64, Vec<EvidenceItem>>>,
    /// NIP → period → the evaluation in force.
    pub evaluations: HashMap<String, HashMap<PeriodKind, EvaluationFigures>>,
    /// The windows of the year's four quarters and the annual evaluation.
    pub windows: HashMap<String, Window>,
    pub unit_predikat: HashMap<String, OrgPredikat>,
    /// NIP → JP from trainings attended that started in the year.
    pub jp: HashMap<String, i64>,
}

impl YearData {
    /// The achieved value of an indicator in a period: None when nothing was recorded,
    /// Some(None) when only evidence was.
    pub fn value(&self, nip: &str, kind: PeriodKind, indicator: i64) -> Option<Option<f64>> {
        self.realisations.get(nip)?.get(&(kind, indicator)).copied()
    }

    /// The evaluation in force for a period.
    pub fn evaluation(&self, nip: &str, kind: PeriodKind) -> Option<&EvaluationFigures> {
        self.evaluations.get(nip)?.get(&kind)
    }
}

/// One piece of a realisation's evidence, as the e-Kinerja export lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceItem {
    pub period: PeriodKind,
    /// The `evidence` row, which an evidence link names.
    pub id: i64,
    /// photo | document | link
    pub kind: String,
    /// Whether a file is kept at Telegram (a photo or document, not a link).
    pub has_file: bool,
    pub url: Option<String>,
}

/// An announcement's figures for the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnouncementFigures {
    pub id: i64,
    pub kind: String,
    pub text: String,
    pub created_at: i64,
    pub recipients: i64,
    pub delivered: i64,
    pub unreachable: i64,
    pub failed: i64,
    pub acknowledged: i64,
    pub open_questions: i64,
}

impl Store {
    /// Reads a year's data for reports.
    pub async fn year_data(&self, year: i64) -> Result<YearData, StoreError> {
        let mut data = YearData {
            year,
            ..Default::default()
        };
        let rows = sqlx::query(
            "SELECT nip, nama, jabatan, unit_kerja, nip_atasan FROM employees WHERE active = 1 ORDER BY unit_kerja, nama, nip",
        )
        .fetch_all(self.pool())
        .await?;
        for r in &rows {
            data.staff.push(Staff {
                nip: r.try_get("nip")?,
                nama: r.try_get("nama")?,
                jabatan: r.try_get("jabatan")?,
                unit_kerja: r.try_get("unit_kerja")?,
                nip_atasan: r.try_get("nip_atasan")?,
            });
        }
        let rows = sqlx::query(
            "SELECT p.nip, p.status, v.content FROM plans p \
             LEFT JOIN plan_versions v ON v.plan_id = p.id AND v.version = p.approved_version WHERE p.year = $1",
        )
        .bind(year)
        .fetch_all(self.pool())
        .await?;
        for r in &rows {
            let content: Option<String> = r.try_get("content")?;
            let approved = content
                .map(|c| serde_json::from_str::<PlanContent>(&c))
                .transpose()
                .map_err(|e| StoreError::Corrupt(format!("plan content: {e}")))?;
            data.plans.insert(
                r.try_get("nip")?,
                PlanState {
                    status: r.try_get("status")?,
                    approved,
                },
            );
        }
        let keys: Vec<String> = PeriodKind::ALL
            .into_iter()
            .map(|kind| Period { year, kind }.key())
            .collect();
        // 40 realisations per person-year: read as one row per person and period, the
        // values joined as `indicator=value` (an empty value: evidence only), which is
        // several times faster than one row each through the Any driver.
        let joined = match self.backend() {
            super::Backend::Sqlite => {
                "group_concat(indicator_id || '=' || COALESCE(CAST(value AS TEXT), ''), ',')"
            }
            super::Backend::Postgres => {
                "string_agg(indicator_id || '=' || COALESCE(CAST(value AS TEXT), ''), ',')"
            }
        };
        let sql = format!(
            "SELECT nip, period, {joined} AS pairs FROM realisations WHERE period IN ($1, $2, $3, $4, $5) GROUP BY nip, period"
        );
        let rows = bind_all(sqlx::query(&sql), &keys)
            .fetch_all(self.pool())
            .await?;
        for r in &rows {
            let key: &str = r.try_get("period")?;
            let Some(period) = Period::from_key(key) else {
                continue;
            };
            let pairs: &str = r.try_get("pairs")?;
            let values = data.realisations.entry(r.try_get("nip")?).or_default();
            for pair in pairs.split(',') {
                let Some((indicator, value)) = pair.split_once('=') else {
                    continue;
                };
                let Ok(indicator) = indicator.parse::<i64>() else {
                    return Err(StoreError::Corrupt(format!("realisation {pair:?}")));
                };
                let value =
                    if value.is_empty() {
                        None
                    } else {
                        Some(value.parse::<f64>().map_err(|_| {
                            StoreError::Corrupt(format!("realisation value {pair:?}"))
                        })?)
                    };
                values.insert((period.kind, indicator), value);
            }
        }
        let rows = bind_all(
            sqlx::query(
                "SELECT r.nip, r.period, r.indicator_id, v.id, v.kind, v.file_id, v.url FROM evidence v \
                 JOIN realisations r ON r.id = v.realisation_id \
                 WHERE r.period IN ($1, $2, $3, $4, $5) ORDER BY v.id",
            ),
            &keys,
        )
        .fetch_all(self.pool())
        .await?;
        for r in &rows {
            let key: String = r.try_get("period")?;
            let Some(period) = Period::from_key(&key) else {
                continue;
            };
            let file: Option<String> = r.try_get("file_id")?;
            data.evidence
                .entry(r.try_get("nip")?)
                .or_default()
                .entry(r.try_get("indicator_id")?)
                .or_default()
                .push(EvidenceItem {
                    period: period.kind,
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    has_file: file.is_some(),
                    url: r.try_get("url")?,
                });
        }
        let rows = bind_all(
            sqlx::query(
                "SELECT nip, period, hasil, perilaku, predikat FROM evaluations \
                 WHERE reopened_at IS NULL AND period IN ($1, $2, $3, $4, $5)",
            ),
            &keys,
        )
        .fetch_all(self.pool())
        .await?;
        for r in &rows {
            let code = |column: &str| -> Result<String, StoreError> { Ok(r.try_get(column)?) };
            let corrupt = |what: &str| StoreError::Corrupt(format!("evaluation {what}"));
            let key: String = r.try_get("period")?;
            let Some(period) = Period::from_key(&key) else {
                continue;
            };
            let figures = EvaluationFigures {
                hasil: Rating::from_code(&code("hasil")?).ok_or_else(|| corrupt("hasil"))?,
                perilaku: Rating::from_code(&code("perilaku")?)
                    .ok_or_else(|| corrupt("perilaku"))?,
                predikat: Predikat::from_code(&code("predikat")?)
                    .ok_or_else(|| corrupt("predikat"))?,
            };
            data.evaluations
                .entry(r.try_get("nip")?)
                .or_default()
                .insert(period.kind, figures);
        }
        // Names in the order people read them, whatever the database's collation.
        data.staff.sort_by_cached_key(|s| {
            (
                s.unit_kerja.to_lowercase(),
                s.nama.to_lowercase(),
                s.nip.clone(),
            )
        });
        for kind in PeriodKind::ALL {
            let period = Period { year, kind };
            data.windows
                .insert(period.key(), self.period_window(period).await?);
        }
        let rows = sqlx::query("SELECT unit_kerja, predikat FROM unit_predikat WHERE year = $1")
            .bind(year)
            .fetch_all(self.pool())
            .await?;
        for r in &rows {
            let code: String = r.try_get("predikat")?;
            if let Some(p) = OrgPredikat::parse(&code) {
                data.unit_predikat.insert(r.try_get("unit_kerja")?, p);
            }
        }
        let (from, to) = year_bounds_wib(year);
        let rows = sqlx::query(
            "SELECT s.nip, CAST(SUM(t.jp) AS BIGINT) AS jp FROM training_seats s JOIN trainings t ON t.announcement_id = s.announcement_id \
             WHERE s.status = 'registered' AND s.attended = 1 AND t.starts_at >= $1 AND t.starts_at < $2 GROUP BY s.nip",
        )
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        for r in &rows {
            let jp: Option<i64> = r.try_get("jp")?;
            data.jp.insert(r.try_get("nip")?, jp.unwrap_or(0));
        }
        Ok(data)
    }

    /// Sets a unit's organisational predikat for a year (audited). False when the unit is
    /// not in the roster.
    pub async fn set_unit_predikat(
        &self,
        unit: &str,
        year: i64,
        predikat: OrgPredikat,
        actor: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let known = sqlx::query("SELECT 1 FROM employees WHERE unit_kerja = $1 AND active = 1")
            .bind(unit)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        if !known {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO unit_predikat (unit_kerja, year, predikat, set_by, set_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (unit_kerja, year) DO UPDATE SET predikat = excluded.predikat, set_by = excluded.set_by, set_at = excluded.set_at",
        )
        .bind(unit)
        .bind(year)
        .bind(predikat.code())
        .bind(actor)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        audit::record(
            &mut tx,
            actor,
            "unit.predikat",
            &format!("unit:{unit}"),
            &format!("tahun={year}; predikat={}", predikat.code()),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The figures of the announcements written in a WIB year, newest first.
    pub async fn announcement_figures(
        &self,
        year: i64,
    ) -> Result<Vec<AnnouncementFigures>, StoreError> {
        let (from, to) = year_bounds_wib(year);
        let rows = sqlx::query(
            "SELECT a.id, a.kind, a.text, a.created_at, \
               (SELECT COUNT(*) FROM outbox o WHERE o.announcement_id = a.id) AS recipients, \
               (SELECT COUNT(*) FROM outbox o WHERE o.announcement_id = a.id AND o.status = 'sent') AS delivered, \
               (SELECT COUNT(*) FROM outbox o WHERE o.announcement_id = a.id AND o.status = 'unreachable') AS unreachable, \
               (SELECT COUNT(*) FROM outbox o WHERE o.announcement_id = a.id AND o.status = 'failed') AS failed, \
               (SELECT COUNT(*) FROM acknowledgements k WHERE k.announcement_id = a.id) AS acknowledged, \
               (SELECT COUNT(*) FROM questions q WHERE q.announcement_id = a.id AND q.answer IS NULL) AS open_questions \
             FROM announcements a WHERE a.created_at >= $1 AND a.created_at < $2 ORDER BY a.id DESC",
        )
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AnnouncementFigures {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    text: r.try_get("text")?,
                    created_at: r.try_get("created_at")?,
                    recipients: r.try_get("recipients")?,
                    delivered: r.try_get("delivered")?,
                    unreachable: r.try_get("unreachable")?,
                    failed: r.try_get("failed")?,
                    acknowledged: r.try_get("acknowledged")?,
                    open_questions: r.try_get("open_questions")?,
                })
            })
            .collect()
    }
}

/// Binds `values` to the query's parameters in order (`$1`, `$2`, …).
fn bind_all<'q>(
    query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    values: &'q [String],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    values.iter().fold(query, |q, v| q.bind(v))
}
