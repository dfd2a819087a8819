//! The roster: employees, their supervisors and the HR flag; the all-or-nothing import.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::broadcast::queue_notice;
use super::{Store, StoreError, Tx, audit, flag, now};
use crate::domain::nip::Nip;
use crate::domain::person::Person;
use crate::domain::phone::Phone;
use crate::domain::roster::{self, Existing, Peran, RosterRow, RowError};
use crate::domain::text::Notice;

/// The columns [`person_from_row`] reads, each named `person_*`, so that a query adding
/// its own columns (the binding's in [`member_select`]) never clashes with them.
const PERSON_COLUMNS: &str = "e.nip AS person_nip, e.nama AS person_nama, e.jabatan AS person_jabatan, \
     e.unit_kerja AS person_unit_kerja, e.nip_atasan AS person_nip_atasan, a.nama AS person_nama_atasan, \
     e.telepon AS person_telepon, e.is_admin AS person_is_admin, \
     (SELECT COUNT(*) FROM employees s WHERE s.nip_atasan = e.nip AND s.active = 1) AS person_bawahan, \
     e.pangkat_golongan AS person_pangkat_golongan";

pub(super) fn person_select(filter: &str) -> String {
    format!(
        "SELECT {PERSON_COLUMNS} FROM employees e LEFT JOIN employees a ON a.nip = e.nip_atasan WHERE {filter}"
    )
}

/// [`person_select`] joined with the binding: `telegram_user_id`, `chat_id`, `commands_key`,
/// `binding_language`.
pub(super) fn member_select(filter: &str) -> String {
    format!(
        "SELECT {PERSON_COLUMNS}, b.telegram_user_id, b.chat_id, b.commands_key, \
         b.language AS binding_language FROM employees e \
         LEFT JOIN employees a ON a.nip = e.nip_atasan JOIN bindings b ON b.nip = e.nip \
         WHERE e.active = 1 AND {filter}"
    )
}

pub(super) fn person_from_row(r: &AnyRow) -> Result<Person, sqlx::Error> {
    Ok(Person {
        nip: r.try_get("person_nip")?,
        nama: r.try_get("person_nama")?,
        jabatan: r.try_get("person_jabatan")?,
        unit_kerja: r.try_get("person_unit_kerja")?,
        nip_atasan: r.try_get("person_nip_atasan")?,
        nama_atasan: r.try_get("person_nama_atasan")?,
        telepon: r.try_get("person_telepon")?,
        is_admin: flag(r.try_get("person_is_admin")?),
        bawahan: r.try_get("person_bawahan")?,
        pangkat_golongan: r.try_get("person_pangkat_golongan")?,
    })
}

/// What an import did (or, with `--check`, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub deactivated: usize,
    pub admins_granted: usize,
    /// Plans waiting for a decision that now wait for another approver.
    pub plans_moved: usize,
}

/// A submitted plan, not yet decided, whose approver changes with an import (the
/// employee's supervisor changed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovedPlan {
    pub year: i64,
    pub nip: String,
    pub nama: String,
    /// The approver before and after, as (NIP, name); `None` at the top of the tree, where
    /// HR decides.
    pub from: Option<(String, String)>,
    pub to: Option<(String, String)>,
}

/// What the approvers of a moved plan are told: the new one (text and keyboard JSON), and
/// the old one, whom it no longer waits for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MoveNotices {
    pub arrived: Notice,
    pub left: Notice,
}

/// Why an import did not change the database.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{} baris bermasalah", .0.len())]
    Rows(Vec<RowError>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ImportError {
    fn from(e: sqlx::Error) -> Self {
        ImportError::Store(e.into())
    }
}

/// Who may receive an invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteSelector {
    Nip(String),
    Unit(String),
    AllUnregistered,
}

/// One line of a supervisor's team list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub registered: bool,
}

/// How far registration has come in one unit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRegistration {
    pub unit_kerja: String,
    pub total: i64,
    pub registered: i64,
}

/// The stored row of one employee, as the import compares it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StoredEmployee {
    nip: String,
    nama: String,
    jabatan: String,
    unit_kerja: String,
    nip_atasan: Option<String>,
    telepon: Option<String>,
    is_admin: bool,
    active: bool,
    pangkat_golongan: Option<String>,
    kepala_unit: bool,
}

impl Store {
    /// An active employee by NIP.
    pub async fn person(&self, nip: &str) -> Result<Option<Person>, StoreError> {
        let row = sqlx::query(&person_select("e.nip = $1 AND e.active = 1"))
            .bind(nip)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(person_from_row).transpose()?)
    }

    /// Whether any employee row, active or not, has this NIP.
    pub async fn employee_exists(&self, nip: &str) -> Result<bool, StoreError> {
        let row = sqlx::query("SELECT 1 FROM employees WHERE nip = $1")
            .bind(nip)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.is_some())
    }

    /// Imports a validated file all-or-nothing. The checks that need the database run in
    /// the same transaction as the writes, so what was checked is what gets written; with
    /// `dry_run` (`--check`) the transaction is rolled back and the summary says what would
    /// have happened.
    ///
    /// `failed` are the file's rows that failed their own checks (then this is a dry run
    /// that only gathers the problems the database shows). A plan waiting for a decision
    /// whose approver changes is announced to the new approver and the old one with the
    /// texts of `notices`, queued in the same transaction.
    pub async fn import_roster(
        &self,
        rows: &[RosterRow],
        failed: &[RowError],
        deactivate_missing: bool,
        dry_run: bool,
        actor: &str,
        notices: fn(&MovedPlan) -> MoveNotices,
    ) -> Result<ImportSummary, ImportError> {
        let mut tx = self.begin().await?;
        let stored = load_all(&mut tx).await?;
        let existing = stored
            .iter()
            .map(to_existing)
            .collect::<Result<Vec<_>, StoreError>>()?;
        let errors = roster::check_against(rows, failed, &existing, deactivate_missing);
        if !errors.is_empty() {
            tx.rollback().await?;
            return Err(ImportError::Rows(errors));
        }

        let mut summary = ImportSummary::default();
        let t = now();
        let by_nip: std::collections::HashMap<&str, &StoredEmployee> =
            stored.iter().map(|e| (e.nip.as_str(), e)).collect();
        // People who leave the file free their phone first, so that a phone moving from one
        // person to another in the same import never trips the unique index midway.
        for row in rows {
            if let Some(phone) = &row.telepon {
                sqlx::query("UPDATE employees SET telepon = NULL WHERE telepon = $1 AND nip <> $2 AND active = 1")
                    .bind(phone.as_str())
                    .bind(row.nip.as_str())
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let mut moved_supervisor: Vec<(&StoredEmployee, Option<String>)> = Vec::new();
        for row in rows {
            let wanted = StoredEmployee {
                nip: row.nip.as_str().to_string(),
                nama: row.nama.clone(),
                jabatan: row.jabatan.clone(),
                unit_kerja: row.unit_kerja.clone(),
                nip_atasan: row.nip_atasan.as_ref().map(|n| n.as_str().to_string()),
                telepon: row.telepon.as_ref().map(|p| p.as_str().to_string()),
                is_admin: row.peran == Peran::Admin,
                active: true,
                pangkat_golongan: row.pangkat_golongan.clone().filter(|p| !p.is_empty()),
                kepala_unit: row.kepala_unit.unwrap_or(false),
            };
            match by_nip.get(wanted.nip.as_str()) {
                None => {
                    insert(&mut tx, &wanted, t).await?;
                    audit::record(
                        &mut tx,
                        actor,
                        "roster.create",
                        &wanted.nip,
                        &describe(&wanted),
                    )
                    .await?;
                    summary.created += 1;
                    if wanted.is_admin {
                        audit::record(
                            &mut tx,
                            actor,
                            "role.grant_admin",
                            &wanted.nip,
                            "peran=admin di roster",
                        )
                        .await?;
                        summary.admins_granted += 1;
                    }
                }
                Some(old) => {
                    // The roster only grants the HR role; revoking is `kinerja admin revoke`,
                    // so a file without the peran column never strips anyone of it.
                    // An empty pangkat or kepala_unit cell (or a file without the column)
                    // keeps what is stored; `-` clears the pangkat, `tidak` the head.
                    let merged = StoredEmployee {
                        is_admin: old.is_admin || wanted.is_admin,
                        pangkat_golongan: match &row.pangkat_golongan {
                            None => old.pangkat_golongan.clone(),
                            Some(_) => wanted.pangkat_golongan.clone(),
                        },
                        kepala_unit: row.kepala_unit.unwrap_or(old.kepala_unit),
                        ..wanted.clone()
                    };
                    let changes = diff(old, &merged);
                    if changes.is_empty() {
                        summary.unchanged += 1;
                        continue;
                    }
                    update(&mut tx, &merged, t).await?;
                    if merged.nip_atasan != old.nip_atasan {
                        moved_supervisor.push((*old, merged.nip_atasan.clone()));
                    }
                    audit::record(
                        &mut tx,
                        actor,
                        "roster.update",
                        &merged.nip,
                        &changes.join("; "),
                    )
                    .await?;
                    summary.updated += 1;
                    if merged.is_admin && !old.is_admin {
                        audit::record(
                            &mut tx,
                            actor,
                            "role.grant_admin",
                            &merged.nip,
                            "peran=admin di roster",
                        )
                        .await?;
                        summary.admins_granted += 1;
                    }
                }
            }
        }
        if deactivate_missing {
            let in_file: std::collections::HashSet<&str> =
                rows.iter().map(|r| r.nip.as_str()).collect();
            for old in stored
                .iter()
                .filter(|e| e.active && !in_file.contains(e.nip.as_str()))
            {
                sqlx::query("UPDATE employees SET active = 0, updated_at = $2 WHERE nip = $1")
                    .bind(&old.nip)
                    .bind(t)
                    .execute(&mut *tx)
                    .await?;
                audit::record(
                    &mut tx,
                    actor,
                    "roster.deactivate",
                    &old.nip,
                    "tidak ada di berkas impor",
                )
                .await?;
                summary.deactivated += 1;
            }
        }
        for plan in moved_plans(&mut tx, &moved_supervisor, &stored, rows).await? {
            tell_approvers(&mut tx, &plan, notices(&plan)).await?;
            summary.plans_moved += 1;
        }
        if dry_run {
            tx.rollback().await?;
        } else {
            tx.commit().await?;
        }
        Ok(summary)
    }

    /// Grants or revokes the HR role. Returns whether anything changed.
    pub async fn set_admin(&self, nip: &str, admin: bool, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let row = sqlx::query("SELECT is_admin FROM employees WHERE nip = $1 AND active = 1")
            .bind(nip)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or(StoreError::NotFound)?;
        if flag(row.try_get("is_admin")?) == admin {
            tx.rollback().await?;
            return Ok(false);
        }
        sqlx::query("UPDATE employees SET is_admin = $2, updated_at = $3 WHERE nip = $1")
            .bind(nip)
            .bind(i64::from(admin))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        let action = if admin {
            "role.grant_admin"
        } else {
            "role.revoke_admin"
        };
        audit::record(&mut tx, actor, action, nip, "").await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Active people an invitation may go to, by NIP order.
    pub async fn invitees(&self, selector: &InviteSelector) -> Result<Vec<Person>, StoreError> {
        let (filter, arg) = match selector {
            InviteSelector::Nip(nip) => ("e.active = 1 AND e.nip = $1", Some(nip.as_str())),
            InviteSelector::Unit(unit) => (
                "e.active = 1 AND e.unit_kerja = $1 AND NOT EXISTS (SELECT 1 FROM bindings b WHERE b.nip = e.nip)",
                Some(unit.as_str()),
            ),
            InviteSelector::AllUnregistered => (
                "e.active = 1 AND NOT EXISTS (SELECT 1 FROM bindings b WHERE b.nip = e.nip)",
                None,
            ),
        };
        let sql = format!("{} ORDER BY e.unit_kerja, e.nip", person_select(filter));
        let mut query = sqlx::query(&sql);
        if let Some(arg) = arg {
            query = query.bind(arg);
        }
        let rows = query.fetch_all(self.pool()).await?;
        Ok(rows.iter().map(person_from_row).collect::<Result<_, _>>()?)
    }

    /// The people this person evaluates: direct subordinates, plus (for HR) everyone at the
    /// top of the tree. By name.
    pub async fn evaluatees(&self, nip: &str, is_admin: bool) -> Result<Vec<Person>, StoreError> {
        let sql = format!(
            "{} ORDER BY e.nama, e.nip",
            person_select(
                "e.active = 1 AND (e.nip_atasan = $1 OR (e.nip_atasan IS NULL AND $2 = 1 AND e.nip <> $1))"
            )
        );
        let rows = sqlx::query(&sql)
            .bind(nip)
            .bind(i64::from(is_admin))
            .fetch_all(self.pool())
            .await?;
        Ok(rows.iter().map(person_from_row).collect::<Result<_, _>>()?)
    }

    /// A supervisor's direct, active subordinates by name.
    pub async fn team(&self, nip_atasan: &str) -> Result<Vec<TeamMember>, StoreError> {
        let rows = sqlx::query(
            "SELECT e.nip, e.nama, e.jabatan, (SELECT COUNT(*) FROM bindings b WHERE b.nip = e.nip) AS registered \
             FROM employees e WHERE e.nip_atasan = $1 AND e.active = 1 ORDER BY e.nama, e.nip",
        )
        .bind(nip_atasan)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(TeamMember {
                    nip: r.try_get("nip")?,
                    nama: r.try_get("nama")?,
                    jabatan: r.try_get("jabatan")?,
                    registered: r.try_get::<i64, _>("registered")? > 0,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// Registration progress per unit, for HR.
    pub async fn registration_by_unit(&self) -> Result<Vec<UnitRegistration>, StoreError> {
        let rows = sqlx::query(
            "SELECT e.unit_kerja, COUNT(*) AS total, COUNT(b.nip) AS registered FROM employees e \
             LEFT JOIN bindings b ON b.nip = e.nip WHERE e.active = 1 \
             GROUP BY e.unit_kerja ORDER BY e.unit_kerja",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(UnitRegistration {
                    unit_kerja: r.try_get("unit_kerja")?,
                    total: r.try_get("total")?,
                    registered: r.try_get("registered")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }
}

/// The plans waiting for a decision of the people whose supervisor the import changed
/// (each with their new supervisor), with the names as they stand after the import.
async fn moved_plans(
    tx: &mut Tx,
    changed: &[(&StoredEmployee, Option<String>)],
    stored: &[StoredEmployee],
    rows: &[RosterRow],
) -> Result<Vec<MovedPlan>, StoreError> {
    let names: std::collections::HashMap<&str, &str> = stored
        .iter()
        .map(|e| (e.nip.as_str(), e.nama.as_str()))
        .chain(rows.iter().map(|r| (r.nip.as_str(), r.nama.as_str())))
        .collect();
    let name = |nip: &str| names.get(nip).copied().unwrap_or_default().to_string();
    let named = |nip: &Option<String>| nip.as_ref().map(|n| (n.clone(), name(n)));
    let mut moved = Vec::new();
    for (old, to) in changed {
        for year in waiting_plan_years(tx, &old.nip).await? {
            moved.push(MovedPlan {
                year,
                nip: old.nip.clone(),
                nama: name(&old.nip),
                from: named(&old.nip_atasan),
                to: named(to),
            });
        }
    }
    Ok(moved)
}

/// The years in which `nip`'s plan waits for a decision.
async fn waiting_plan_years(tx: &mut Tx, nip: &str) -> Result<Vec<i64>, StoreError> {
    let rows =
        sqlx::query("SELECT year FROM plans WHERE nip = $1 AND status = 'submitted' ORDER BY year")
            .bind(nip)
            .fetch_all(&mut **tx)
            .await?;
    Ok(rows
        .iter()
        .map(|r| r.try_get("year"))
        .collect::<Result<_, _>>()?)
}

/// The chats of the people who decide a plan of `owner` with approver `approver` (after
/// the import): that supervisor, or the HR admins at the top of the tree; only those
/// registered and active.
async fn approver_chats(
    tx: &mut Tx,
    owner: &str,
    approver: Option<&str>,
) -> Result<Vec<i64>, StoreError> {
    let rows = match approver {
        Some(nip) => {
            sqlx::query(
                "SELECT b.chat_id FROM bindings b JOIN employees e ON e.nip = b.nip \
                 WHERE e.nip = $1 AND e.active = 1",
            )
            .bind(nip)
            .fetch_all(&mut **tx)
            .await?
        }
        None => {
            sqlx::query(
                "SELECT b.chat_id FROM bindings b JOIN employees e ON e.nip = b.nip \
                 WHERE e.is_admin = 1 AND e.active = 1 AND e.nip <> $1 ORDER BY b.chat_id",
            )
            .bind(owner)
            .fetch_all(&mut **tx)
            .await?
        }
    };
    Ok(rows
        .iter()
        .map(|r| r.try_get("chat_id"))
        .collect::<Result<_, _>>()?)
}

/// Queues the notices of a moved plan: to whoever decides it now, and to the supervisor it
/// no longer waits for (HR, who decided it at the top of the tree, is not told).
async fn tell_approvers(
    tx: &mut Tx,
    plan: &MovedPlan,
    notices: MoveNotices,
) -> Result<(), StoreError> {
    let to = plan.to.as_ref().map(|(nip, _)| nip.as_str());
    for chat in approver_chats(tx, &plan.nip, to).await? {
        queue_notice(tx, chat, &notices.arrived, None).await?;
    }
    if let Some((from, _)) = &plan.from {
        for chat in approver_chats(tx, &plan.nip, Some(from)).await? {
            queue_notice(tx, chat, &notices.left, None).await?;
        }
    }
    Ok(())
}

async fn load_all(tx: &mut Tx) -> Result<Vec<StoredEmployee>, StoreError> {
    let rows = sqlx::query(
        "SELECT nip, nama, jabatan, unit_kerja, nip_atasan, telepon, is_admin, active, pangkat_golongan, kepala_unit \
         FROM employees",
    )
    .fetch_all(&mut **tx)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(StoredEmployee {
                nip: r.try_get("nip")?,
                nama: r.try_get("nama")?,
                jabatan: r.try_get("jabatan")?,
                unit_kerja: r.try_get("unit_kerja")?,
                nip_atasan: r.try_get("nip_atasan")?,
                telepon: r.try_get("telepon")?,
                is_admin: flag(r.try_get("is_admin")?),
                active: flag(r.try_get("active")?),
                pangkat_golongan: r.try_get("pangkat_golongan")?,
                kepala_unit: flag(r.try_get("kepala_unit")?),
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(StoreError::from)
}

fn to_existing(e: &StoredEmployee) -> Result<Existing, StoreError> {
    let corrupt =
        |what: &str, err: String| StoreError::Corrupt(format!("{what} of {}: {err}", e.nip));
    Ok(Existing {
        nip: Nip::parse(&e.nip).map_err(|err| corrupt("nip", err.to_string()))?,
        nip_atasan: e
            .nip_atasan
            .as_deref()
            .map(Nip::parse)
            .transpose()
            .map_err(|err| corrupt("nip_atasan", err.to_string()))?,
        telepon: e
            .telepon
            .as_deref()
            .map(Phone::parse)
            .transpose()
            .map_err(|err| corrupt("telepon", err.to_string()))?,
        active: e.active,
    })
}

async fn insert(tx: &mut Tx, e: &StoredEmployee, t: i64) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO employees (nip, nama, jabatan, unit_kerja, nip_atasan, telepon, is_admin, active, created_at, updated_at, \
         pangkat_golongan, kepala_unit) VALUES ($1, $2, $3, $4, $5, $6, $7, 1, $8, $8, $9, $10)",
    )
    .bind(&e.nip)
    .bind(&e.nama)
    .bind(&e.jabatan)
    .bind(&e.unit_kerja)
    .bind(&e.nip_atasan)
    .bind(&e.telepon)
    .bind(i64::from(e.is_admin))
    .bind(t)
    .bind(&e.pangkat_golongan)
    .bind(i64::from(e.kepala_unit))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn update(tx: &mut Tx, e: &StoredEmployee, t: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE employees SET nama = $2, jabatan = $3, unit_kerja = $4, nip_atasan = $5, telepon = $6, \
         is_admin = $7, active = 1, updated_at = $8, pangkat_golongan = $9, kepala_unit = $10 WHERE nip = $1",
    )
    .bind(&e.nip)
    .bind(&e.nama)
    .bind(&e.jabatan)
    .bind(&e.unit_kerja)
    .bind(&e.nip_atasan)
    .bind(&e.telepon)
    .bind(i64::from(e.is_admin))
    .bind(t)
    .bind(&e.pangkat_golongan)
    .bind(i64::from(e.kepala_unit))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

fn describe(e: &StoredEmployee) -> String {
    format!(
        "nama={}; jabatan={}; unit_kerja={}; nip_atasan={}; telepon={}",
        e.nama,
        e.jabatan,
        e.unit_kerja,
        e.nip_atasan.as_deref().unwrap_or("-"),
        e.telepon.as_deref().unwrap_or("-")
    )
}

/// The fields that differ, as `field: old -> new`.
fn diff(old: &StoredEmployee, new: &StoredEmployee) -> Vec<String> {
    let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let fields = [
        ("nama", old.nama.clone(), new.nama.clone()),
        ("jabatan", old.jabatan.clone(), new.jabatan.clone()),
        ("unit_kerja", old.unit_kerja.clone(), new.unit_kerja.clone()),
        ("nip_atasan", opt(&old.nip_atasan), opt(&new.nip_atasan)),
        ("telepon", opt(&old.telepon), opt(&new.telepon)),
        ("admin", old.is_admin.to_string(), new.is_admin.to_string()),
        ("aktif", old.active.to_string(), new.active.to_string()),
        (
            "pangkat_golongan",
            opt(&old.pangkat_golongan),
            opt(&new.pangkat_golongan),
        ),
        (
            "kepala_unit",
            old.kepala_unit.to_string(),
            new.kepala_unit.to_string(),
        ),
    ];
    fields
        .into_iter()
        .filter(|(_, a, b)| a != b)
        .map(|(name, a, b)| format!("{name}: {a} -> {b}"))
        .collect()
}
