//! The calendar, six-day units, leave and each person's progress through their reminders.
//! Dates are stored as `YYYY-MM-DD` text. A calendar or leave file is written in one
//! transaction, whole or not at all; a leave is checked against the person's recorded
//! leave inside the transaction that writes it.

use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::Row;
use sqlx::any::AnyRow;

use super::broadcast::queue_notice;
use super::{Store, StoreError, audit, now};
use crate::domain::calendar::{Calendar, Leave, LeaveError, LeaveKind, Withdrawal, WorkWeek};
use crate::domain::calendar_file::{CalendarProblem, CalendarRowError, HolidayRow, LeaveRow};
use crate::domain::reminder::ReminderKind;
use crate::domain::text::Notice;

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn read_day(raw: &str) -> Result<NaiveDate, StoreError> {
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|_| StoreError::Corrupt(format!("date {raw:?}")))
}

/// Who recorded a leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LeaveSource {
    /// The person, in the chat (`/cuti`).
    Own,
    /// HR, from a file.
    Hr,
}

impl LeaveSource {
    fn code(self) -> &'static str {
        match self {
            LeaveSource::Own => "self",
            LeaveSource::Hr => "hr",
        }
    }
}

/// A document or photo sent with a leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveFile {
    pub file_id: String,
    /// photo | document
    pub kind: String,
}

/// A stored leave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveRecord {
    pub id: i64,
    pub nip: String,
    pub leave: Leave,
    /// recorded | refused | cancelled
    pub status: String,
    pub note: Option<String>,
    pub refused_by: Option<String>,
    pub created_by: String,
    pub file: Option<LeaveFile>,
}

fn leave_record(r: &AnyRow) -> Result<LeaveRecord, StoreError> {
    let kind: String = r.try_get("kind")?;
    let file_id: Option<String> = r.try_get("file_id")?;
    let file_kind: Option<String> = r.try_get("file_kind")?;
    Ok(LeaveRecord {
        id: r.try_get("id")?,
        nip: r.try_get("nip")?,
        leave: Leave {
            from: read_day(&r.try_get::<String, _>("from_day")?)?,
            until: read_day(&r.try_get::<String, _>("until_day")?)?,
            kind: LeaveKind::parse(&kind)
                .ok_or_else(|| StoreError::Corrupt(format!("leave kind {kind:?}")))?,
        },
        status: r.try_get("status")?,
        note: r.try_get("note")?,
        refused_by: r.try_get("refused_by")?,
        created_by: r.try_get("created_by")?,
        file: file_id.map(|file_id| LeaveFile {
            file_id,
            kind: file_kind.unwrap_or_else(|| "document".to_string()),
        }),
    })
}

const LEAVE_COLUMNS: &str =
    "id, nip, from_day, until_day, kind, file_id, file_kind, status, note, refused_by, created_by";

/// Why a leave was not recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordLeave {
    Recorded(i64),
    Refused(LeaveError),
}

/// What came of a supervisor's **Tolak**.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefuseLeave {
    /// Refused now (the leave as it was recorded).
    Refused(LeaveRecord),
    /// No such leave.
    NotFound,
    /// The presser is not the person's supervisor (any more).
    NotSupervisor,
    /// Refused or cancelled before: a second tap, or a stale button.
    NotRecorded(LeaveRecord),
}

/// What came of withdrawing one's own leave (**Batalkan**).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WithdrawLeave {
    /// Not begun: cancelled whole.
    Cancelled(LeaveRecord),
    /// Begun: now ends on the given day.
    Shortened(LeaveRecord, NaiveDate),
    /// No leave of this person by that id (a forged button).
    NotYours,
    /// Refused or cancelled before.
    NotRecorded(LeaveRecord),
    /// Over already.
    Over(LeaveRecord),
}

/// Writes a leave in `tx` unless it overlaps one of the person's recorded leaves.
async fn insert_leave(
    tx: &mut super::Tx,
    nip: &str,
    leave: Leave,
    file: Option<&LeaveFile>,
    by: LeaveSource,
) -> Result<RecordLeave, StoreError> {
    let rows = sqlx::query(&format!(
        "SELECT {LEAVE_COLUMNS} FROM leave WHERE nip = $1 AND status = 'recorded' \
         AND until_day >= $2 AND from_day <= $3"
    ))
    .bind(nip)
    .bind(day(leave.from))
    .bind(day(leave.until))
    .fetch_all(&mut **tx)
    .await?;
    let recorded: Vec<Leave> = rows
        .iter()
        .map(|r| leave_record(r).map(|l| l.leave))
        .collect::<Result<_, _>>()?;
    if let Err(e) = leave.check_against(&recorded) {
        return Ok(RecordLeave::Refused(e));
    }
    let at = now();
    // Two statements rather than NULLs bound where text goes (PostgreSQL keeps a
    // statement's first binding types).
    let id: i64 = match file {
        Some(f) => sqlx::query_scalar(
            "INSERT INTO leave (nip, from_day, until_day, kind, file_id, file_kind, status, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'recorded', $7, $8, $8) RETURNING id",
        )
        .bind(nip)
        .bind(day(leave.from))
        .bind(day(leave.until))
        .bind(leave.kind.code())
        .bind(&f.file_id)
        .bind(&f.kind)
        .bind(by.code())
        .bind(at)
        .fetch_one(&mut **tx)
        .await?,
        None => sqlx::query_scalar(
            "INSERT INTO leave (nip, from_day, until_day, kind, status, created_by, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 'recorded', $5, $6, $6) RETURNING id",
        )
        .bind(nip)
        .bind(day(leave.from))
        .bind(day(leave.until))
        .bind(leave.kind.code())
        .bind(by.code())
        .bind(at)
        .fetch_one(&mut **tx)
        .await?,
    };
    Ok(RecordLeave::Recorded(id))
}

/// One leave by its id, in a transaction.
async fn fetch_leave(tx: &mut super::Tx, id: i64) -> Result<Option<LeaveRecord>, StoreError> {
    let row = sqlx::query(&format!("SELECT {LEAVE_COLUMNS} FROM leave WHERE id = $1"))
        .bind(id)
        .fetch_optional(&mut **tx)
        .await?;
    row.as_ref().map(leave_record).transpose()
}

/// Everything the reminder schedule needs to know of working days: the calendar, each
/// active person's unit week and their recorded leave.
#[derive(Debug, Clone, Default)]
pub struct WorkingCalendar {
    pub calendar: Calendar,
    pub weeks: HashMap<String, WorkWeek>,
    pub leave: HashMap<String, Vec<Leave>>,
}

impl WorkingCalendar {
    /// A person's working days (a person not in the roster works Monday to Friday).
    pub fn of(&self, nip: &str) -> crate::domain::calendar::WorkingDays<'_> {
        crate::domain::calendar::WorkingDays::new(
            &self.calendar,
            self.weeks.get(nip).copied().unwrap_or_default(),
            self.leave.get(nip).map(Vec::as_slice).unwrap_or(&[]),
        )
    }
}

/// One reminder to queue for one person: its thread, slot and day, its notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    pub nip: String,
    pub chat_id: Option<i64>,
    pub notice: Notice,
    pub slot: String,
    pub day: NaiveDate,
    /// How many of this thread the person got before.
    pub sent_before: i64,
}

impl Store {
    /// The whole calendar of days off.
    pub async fn calendar(&self) -> Result<Calendar, StoreError> {
        let rows = sqlx::query("SELECT day, name FROM holidays")
            .fetch_all(self.pool())
            .await?;
        let mut days = Vec::with_capacity(rows.len());
        for r in &rows {
            days.push((
                read_day(&r.try_get::<String, _>("day")?)?,
                r.try_get("name")?,
            ));
        }
        Ok(Calendar::new(days))
    }

    /// Writes the days off of a file, all in one transaction: a day already there takes
    /// the file's name.
    pub async fn import_holidays(
        &self,
        rows: &[HolidayRow],
        source: &str,
    ) -> Result<usize, StoreError> {
        let mut tx = self.begin().await?;
        for row in rows {
            sqlx::query(
                "INSERT INTO holidays (day, name, source, imported_at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (day) DO UPDATE SET name = excluded.name, source = excluded.source, \
                 imported_at = excluded.imported_at",
            )
            .bind(day(row.day))
            .bind(&row.name)
            .bind(source)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(rows.len())
    }

    /// Whether some active employee works in `unit` (as the roster writes it).
    pub async fn unit_exists(&self, unit: &str) -> Result<bool, StoreError> {
        Ok(
            sqlx::query("SELECT 1 FROM employees WHERE unit_kerja = $1 AND active = 1")
                .bind(unit)
                .fetch_optional(self.pool())
                .await?
                .is_some(),
        )
    }

    /// Sets a unit's working week; Monday to Friday is the default and is stored as none.
    pub async fn set_unit_week(
        &self,
        unit: &str,
        week: WorkWeek,
        by: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM unit_weeks WHERE unit_kerja = $1")
            .bind(unit)
            .execute(&mut *tx)
            .await?;
        if week != WorkWeek::default() {
            sqlx::query(
                "INSERT INTO unit_weeks (unit_kerja, days, set_by, set_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(unit)
            .bind(week.days())
            .bind(by)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// The units that do not work Monday to Friday.
    pub async fn unit_weeks(&self) -> Result<Vec<(String, WorkWeek)>, StoreError> {
        let rows = sqlx::query("SELECT unit_kerja, days FROM unit_weeks ORDER BY unit_kerja")
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                let days: i64 = r.try_get("days")?;
                Ok((
                    r.try_get("unit_kerja")?,
                    WorkWeek::from_days(days).unwrap_or_default(),
                ))
            })
            .collect()
    }

    /// The calendar, every active person's week and their recorded leave ending on or
    /// after `from`.
    pub async fn working_calendar(&self, from: NaiveDate) -> Result<WorkingCalendar, StoreError> {
        let calendar = self.calendar().await?;
        let rows = sqlx::query(
            "SELECT e.nip, w.days FROM employees e JOIN unit_weeks w ON w.unit_kerja = e.unit_kerja \
             WHERE e.active = 1",
        )
        .fetch_all(self.pool())
        .await?;
        let mut weeks = HashMap::new();
        for r in &rows {
            let days: i64 = r.try_get("days")?;
            weeks.insert(
                r.try_get("nip")?,
                WorkWeek::from_days(days).unwrap_or_default(),
            );
        }
        let rows = sqlx::query(&format!(
            "SELECT {LEAVE_COLUMNS} FROM leave WHERE status = 'recorded' AND until_day >= $1 \
             ORDER BY nip, from_day"
        ))
        .bind(day(from))
        .fetch_all(self.pool())
        .await?;
        let mut leave: HashMap<String, Vec<Leave>> = HashMap::new();
        for r in &rows {
            let rec = leave_record(r)?;
            leave.entry(rec.nip).or_default().push(rec.leave);
        }
        Ok(WorkingCalendar {
            calendar,
            weeks,
            leave,
        })
    }

    /// Records a leave of an active employee, refused when it overlaps one of their
    /// recorded leaves (checked in the transaction that writes it).
    pub async fn record_leave(
        &self,
        nip: &str,
        leave: Leave,
        file: Option<&LeaveFile>,
        by: LeaveSource,
    ) -> Result<RecordLeave, StoreError> {
        let mut tx = self.begin().await?;
        let recorded = insert_leave(&mut tx, nip, leave, file, by).await?;
        tx.commit().await?;
        Ok(recorded)
    }

    /// Records one's own leave from the chat and, in the same transaction, queues
    /// `notice(id)` to the person's supervisor. The flag says whether the supervisor could
    /// be told (they may not have registered with the bot yet).
    pub async fn record_own_leave(
        &self,
        nip: &str,
        leave: Leave,
        file: Option<&LeaveFile>,
        notice: impl Fn(i64) -> Notice,
    ) -> Result<(RecordLeave, bool), StoreError> {
        let mut tx = self.begin().await?;
        let recorded = insert_leave(&mut tx, nip, leave, file, LeaveSource::Own).await?;
        let RecordLeave::Recorded(id) = recorded else {
            return Ok((recorded, false));
        };
        let supervisor: Option<i64> = sqlx::query(
            "SELECT b.chat_id FROM employees e JOIN employees s ON s.nip = e.nip_atasan \
             JOIN bindings b ON b.nip = s.nip WHERE e.nip = $1 AND s.active = 1",
        )
        .bind(nip)
        .fetch_optional(&mut *tx)
        .await?
        .map(|r| r.try_get("chat_id"))
        .transpose()?;
        if let Some(chat) = supervisor {
            queue_notice(&mut tx, chat, &notice(id), Some(&format!("leave:{id}"))).await?;
        }
        audit::record(
            &mut tx,
            &format!("nip:{nip}"),
            "leave.record",
            &format!("leave:{id}"),
            &format!(
                "{} {}..{}",
                leave.kind.code(),
                day(leave.from),
                day(leave.until)
            ),
        )
        .await?;
        tx.commit().await?;
        Ok((recorded, supervisor.is_some()))
    }

    /// Writes the leave of HR's file, all or nothing: a row whose NIP is not an active
    /// employee, or that overlaps leave already recorded, refuses the file with its line.
    pub async fn import_leave(
        &self,
        rows: &[LeaveRow],
    ) -> Result<Result<usize, Vec<CalendarRowError>>, StoreError> {
        let mut errors = Vec::new();
        for row in rows {
            let nip = row.nip.to_string();
            let known = sqlx::query("SELECT 1 FROM employees WHERE nip = $1 AND active = 1")
                .bind(&nip)
                .fetch_optional(self.pool())
                .await?
                .is_some();
            let problem = if !known {
                Some(CalendarProblem::UnknownNip(nip.clone()))
            } else {
                let recorded: Vec<Leave> = self
                    .leave_of(&nip)
                    .await?
                    .into_iter()
                    .filter(|l| l.status == "recorded")
                    .map(|l| l.leave)
                    .collect();
                row.leave
                    .check_against(&recorded)
                    .err()
                    .map(CalendarProblem::Leave)
            };
            if let Some(p) = problem {
                errors.push(CalendarRowError {
                    line: row.line,
                    problems: vec![p],
                });
            }
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        let mut tx = self.begin().await?;
        let at = now();
        for row in rows {
            sqlx::query(
                "INSERT INTO leave (nip, from_day, until_day, kind, status, created_by, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 'recorded', 'hr', $5, $5)",
            )
            .bind(row.nip.to_string())
            .bind(day(row.leave.from))
            .bind(day(row.leave.until))
            .bind(row.leave.kind.code())
            .bind(at)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(Ok(rows.len()))
    }

    /// A person's leave, every status, by start.
    pub async fn leave_of(&self, nip: &str) -> Result<Vec<LeaveRecord>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {LEAVE_COLUMNS} FROM leave WHERE nip = $1 ORDER BY from_day, id"
        ))
        .bind(nip)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(leave_record).collect()
    }

    /// One leave by its id.
    pub async fn leave(&self, id: i64) -> Result<Option<LeaveRecord>, StoreError> {
        let row = sqlx::query(&format!("SELECT {LEAVE_COLUMNS} FROM leave WHERE id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(leave_record).transpose()
    }

    /// The recorded leave of the given people that shares a day with `from`..=`until`.
    pub async fn leave_between(
        &self,
        nips: &[String],
        from: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<LeaveRecord>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {LEAVE_COLUMNS} FROM leave WHERE status = 'recorded' \
             AND until_day >= $1 AND from_day <= $2 ORDER BY from_day, nip"
        ))
        .bind(day(from))
        .bind(day(until))
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(leave_record)
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|l| nips.contains(&l.nip))
            .collect())
    }

    /// Refuses a recorded leave with a note, once, for the person's current supervisor
    /// only (checked in the update itself); the person gets `notice` in the same
    /// transaction. A second tap, a cancelled leave or a supervisor who is one no more
    /// changes nothing.
    pub async fn refuse_leave(
        &self,
        id: i64,
        supervisor: &str,
        note: &str,
        notice: impl Fn(&LeaveRecord) -> Notice,
    ) -> Result<RefuseLeave, StoreError> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(
            "UPDATE leave SET status = 'refused', note = $1, refused_by = $2, updated_at = $3 \
             WHERE id = $4 AND status = 'recorded' \
             AND nip IN (SELECT nip FROM employees WHERE nip_atasan = $2 AND active = 1)",
        )
        .bind(note)
        .bind(supervisor)
        .bind(now())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let Some(record) = fetch_leave(&mut tx, id).await? else {
            return Ok(RefuseLeave::NotFound);
        };
        if done == 0 {
            return Ok(if self.supervises(supervisor, &record.nip).await? {
                RefuseLeave::NotRecorded(record)
            } else {
                RefuseLeave::NotSupervisor
            });
        }
        let chat: Option<i64> = sqlx::query("SELECT chat_id FROM bindings WHERE nip = $1")
            .bind(&record.nip)
            .fetch_optional(&mut *tx)
            .await?
            .map(|r| r.try_get("chat_id"))
            .transpose()?;
        if let Some(chat) = chat {
            let key = format!("leave-refused:{id}");
            queue_notice(&mut tx, chat, &notice(&record), Some(&key)).await?;
        }
        audit::record(
            &mut tx,
            &format!("nip:{supervisor}"),
            "leave.refuse",
            &format!("leave:{id}"),
            note,
        )
        .await?;
        tx.commit().await?;
        Ok(RefuseLeave::Refused(record))
    }

    /// Whether `supervisor` is `nip`'s supervisor now (both active).
    pub async fn supervises(&self, supervisor: &str, nip: &str) -> Result<bool, StoreError> {
        Ok(sqlx::query(
            "SELECT 1 FROM employees e JOIN employees s ON s.nip = e.nip_atasan \
             WHERE e.nip = $1 AND s.nip = $2 AND e.active = 1 AND s.active = 1",
        )
        .bind(nip)
        .bind(supervisor)
        .fetch_optional(self.pool())
        .await?
        .is_some())
    }

    /// Withdraws one's own recorded leave on `today`, once: a leave not begun is
    /// cancelled, a begun one ends the day before (see [`Leave::withdrawal`]).
    pub async fn withdraw_leave(
        &self,
        id: i64,
        nip: &str,
        today: NaiveDate,
    ) -> Result<WithdrawLeave, StoreError> {
        let mut tx = self.begin().await?;
        let record = match fetch_leave(&mut tx, id).await? {
            Some(r) if r.nip == nip => r,
            _ => return Ok(WithdrawLeave::NotYours),
        };
        if record.status != "recorded" {
            return Ok(WithdrawLeave::NotRecorded(record));
        }
        let (last, outcome) = match record.leave.withdrawal(today) {
            Withdrawal::Over => return Ok(WithdrawLeave::Over(record)),
            Withdrawal::Cancel => (None, WithdrawLeave::Cancelled(record.clone())),
            Withdrawal::EndOn(last) => (Some(last), WithdrawLeave::Shortened(record.clone(), last)),
        };
        let query = match last {
            None => sqlx::query(
                "UPDATE leave SET status = 'cancelled', updated_at = $1 \
                 WHERE id = $2 AND nip = $3 AND status = 'recorded' AND from_day >= $4",
            ),
            Some(_) => sqlx::query(
                "UPDATE leave SET until_day = $5, updated_at = $1 WHERE id = $2 AND nip = $3 \
                 AND status = 'recorded' AND from_day < $4 AND until_day >= $4",
            ),
        };
        let query = query.bind(now()).bind(id).bind(nip).bind(day(today));
        let done = match last {
            None => query,
            Some(last) => query.bind(day(last)),
        }
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if done == 0 {
            // Changed between the read and the update: say what it is now.
            let now = fetch_leave(&mut tx, id).await?.unwrap_or(record);
            return Ok(WithdrawLeave::NotRecorded(now));
        }
        audit::record(
            &mut tx,
            &format!("nip:{nip}"),
            "leave.withdraw",
            &format!("leave:{id}"),
            &format!("until={}", day(last.unwrap_or(record.leave.until))),
        )
        .await?;
        tx.commit().await?;
        Ok(outcome)
    }

    /// Each person's progress through the reminders of `thread`: (sent, last day).
    pub async fn reminder_progress(
        &self,
        thread: &str,
    ) -> Result<HashMap<String, (i64, NaiveDate)>, StoreError> {
        let rows =
            sqlx::query("SELECT nip, sent, last_day FROM reminder_progress WHERE thread = $1")
                .bind(thread)
                .fetch_all(self.pool())
                .await?;
        let mut out = HashMap::new();
        for r in &rows {
            out.insert(
                r.try_get("nip")?,
                (
                    r.try_get("sent")?,
                    read_day(&r.try_get::<String, _>("last_day")?)?,
                ),
            );
        }
        Ok(out)
    }

    /// Queues the reminders of one thread due now, in one transaction: each person's
    /// progress moves on only if nobody moved it since it was read (a racing tick queues
    /// nothing twice), their notice is written when they can be reached, and the occasion
    /// `thread:slot` is kept as a row (`reminders list`). Returns how many notices went in.
    pub async fn queue_reminders(
        &self,
        thread: &str,
        kind: ReminderKind,
        due: &[DueReminder],
        due_at: impl Fn(&DueReminder) -> i64,
        release_at: i64,
        at: i64,
    ) -> Result<i64, StoreError> {
        let mut tx = self.begin().await?;
        let mut queued = 0;
        for r in due {
            let moved = if r.sent_before == 0 {
                sqlx::query(
                    "INSERT INTO reminder_progress (thread, nip, sent, last_day, last_slot, updated_at) \
                     VALUES ($1, $2, 1, $3, $4, $5) ON CONFLICT DO NOTHING",
                )
                .bind(thread)
                .bind(&r.nip)
                .bind(day(r.day))
                .bind(&r.slot)
                .bind(at)
                .execute(&mut *tx)
                .await?
                .rows_affected()
            } else {
                sqlx::query(
                    "UPDATE reminder_progress SET sent = sent + 1, last_day = $1, last_slot = $2, updated_at = $3 \
                     WHERE thread = $4 AND nip = $5 AND sent = $6 AND last_day < $1",
                )
                .bind(day(r.day))
                .bind(&r.slot)
                .bind(at)
                .bind(thread)
                .bind(&r.nip)
                .bind(r.sent_before)
                .execute(&mut *tx)
                .await?
                .rows_affected()
            };
            if moved == 0 {
                continue;
            }
            let key = format!("{thread}:{}", r.slot);
            let reached = match r.chat_id {
                Some(chat) => {
                    sqlx::query(
                        "INSERT INTO notices (chat_id, text, message, dedupe_key, status, next_attempt_at, created_at, updated_at) \
                         VALUES ($1, '', $2, $3, 'pending', $4, $5, $5) ON CONFLICT DO NOTHING",
                    )
                    .bind(chat)
                    .bind(super::broadcast::notice_json(&r.notice))
                    .bind(format!("{key}:{}:{}", r.nip, day(r.day)))
                    .bind(release_at)
                    .bind(at)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected() as i64
                }
                None => 0,
            };
            queued += reached;
            sqlx::query(
                "INSERT INTO reminder_occasions (key, kind, due_at, queued_at, recipients) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (key) DO UPDATE SET recipients = reminder_occasions.recipients + excluded.recipients",
            )
            .bind(&key)
            .bind(kind.code())
            .bind(due_at(r))
            .bind(at)
            .bind(reached)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(queued)
    }
}
