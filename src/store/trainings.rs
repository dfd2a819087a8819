//! Seats of trainings: registration against the quota, the waiting list in order, the
//! promotion of the first in line when a seat frees up (with a notice to them in the same
//! transaction), attendance, and the JP a person earned in a year.
//!
//! Every change to one training's seats first bumps `trainings.queue_counter`: that UPDATE
//! takes the row lock on PostgreSQL (SQLite's `BEGIN IMMEDIATE` already serialises
//! writers), so two people racing for the last seat are decided one after the other, and
//! the counter's value is the newcomer's place in the queue.

use sqlx::Row;

use super::broadcast::{AnnouncementContent, queue_notice};
use super::{Store, StoreError, Tx, audit, flag, now};
use crate::domain::text::Notice;
use crate::domain::time::year_bounds_wib;
use crate::domain::training::{SeatStatus, TrainingDetails};

/// What pressing **Daftar** did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegisterOutcome {
    Registered,
    /// The quota is full: on the waiting list at this position.
    Waiting(i64),
    AlreadyRegistered,
    AlreadyWaiting(i64),
    /// The registration deadline has passed.
    Closed,
    /// The training was not announced to this person.
    NotRecipient,
    NotATraining,
}

/// Someone moved from the waiting list to a seat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promoted {
    pub nip: String,
    pub chat_id: Option<i64>,
}

/// What pressing **Batalkan pendaftaran** did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CancelOutcome {
    /// The seat is given up; the first in line (if any) got it.
    Cancelled {
        promoted: Option<Promoted>,
    },
    /// Left the waiting list.
    LeftWaitingList,
    NotRegistered,
    /// The training has begun: nothing to cancel any more.
    Started,
    NotATraining,
}

/// One person's seat, for HR's attendance list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seat {
    pub nip: String,
    pub nama: String,
    pub unit_kerja: String,
    pub attended: bool,
}

/// Seat figures of a training.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SeatCounts {
    pub registered: i64,
    pub waiting: i64,
    pub cancelled: i64,
    pub attended: i64,
}

/// A training as one person sees it in `/pelatihan`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MyTraining {
    pub content: AnnouncementContent,
    pub training: TrainingDetails,
    /// None: not registered (or never was).
    pub seat: Option<SeatStatus>,
    pub attended: bool,
}

/// Why attendance was not changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttendanceError {
    NotATraining,
    /// Attendance opens on the training's day.
    NotYet,
    /// The person holds no seat in it.
    NotRegistered,
}

/// Locks the training's seats and returns the new queue number and the training.
async fn lock_training(
    tx: &mut Tx,
    announcement_id: i64,
) -> Result<Option<(i64, TrainingDetails)>, StoreError> {
    let row = sqlx::query(
        "UPDATE trainings SET queue_counter = queue_counter + 1 WHERE announcement_id = $1 \
         RETURNING queue_counter, starts_at, place, quota, jp, deadline",
    )
    .bind(announcement_id)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(r) = row else {
        return Ok(None);
    };
    Ok(Some((
        r.try_get("queue_counter")?,
        TrainingDetails {
            starts_at: r.try_get("starts_at")?,
            place: r.try_get("place")?,
            quota: r.try_get("quota")?,
            jp: r.try_get("jp")?,
            deadline: r.try_get("deadline")?,
        },
    )))
}

async fn seat_of(
    tx: &mut Tx,
    announcement_id: i64,
    nip: &str,
) -> Result<Option<(String, i64)>, StoreError> {
    let row = sqlx::query(
        "SELECT status, queue_no FROM training_seats WHERE announcement_id = $1 AND nip = $2",
    )
    .bind(announcement_id)
    .bind(nip)
    .fetch_optional(&mut **tx)
    .await?;
    row.map(|r| Ok((r.try_get("status")?, r.try_get("queue_no")?)))
        .transpose()
}

async fn waiting_position(
    conn: &mut sqlx::AnyConnection,
    announcement_id: i64,
    queue_no: i64,
) -> Result<i64, StoreError> {
    Ok(sqlx::query(
        "SELECT COUNT(*) AS position FROM training_seats WHERE announcement_id = $1 AND status = 'waiting' AND queue_no <= $2",
    )
    .bind(announcement_id)
    .bind(queue_no)
    .fetch_one(conn)
    .await?
    .try_get("position")?)
}

async fn registered_count(tx: &mut Tx, announcement_id: i64) -> Result<i64, StoreError> {
    Ok(sqlx::query(
        "SELECT COUNT(*) AS registered FROM training_seats WHERE announcement_id = $1 AND status = 'registered'",
    )
    .bind(announcement_id)
    .fetch_one(&mut **tx)
    .await?
    .try_get("registered")?)
}

impl Store {
    /// **Daftar**: a seat while the quota lasts, otherwise the end of the waiting list.
    pub async fn register_for_training(
        &self,
        announcement_id: i64,
        nip: &str,
    ) -> Result<RegisterOutcome, StoreError> {
        let t = now();
        let mut tx = self.begin().await?;
        let Some((queue_no, training)) = lock_training(&mut tx, announcement_id).await? else {
            return Ok(RegisterOutcome::NotATraining);
        };
        let recipient = sqlx::query("SELECT 1 FROM outbox WHERE announcement_id = $1 AND nip = $2")
            .bind(announcement_id)
            .bind(nip)
            .fetch_optional(&mut *tx)
            .await?
            .is_some();
        if !recipient {
            return Ok(RegisterOutcome::NotRecipient);
        }
        let existing = seat_of(&mut tx, announcement_id, nip).await?;
        match existing.as_ref().map(|(s, q)| (s.as_str(), *q)) {
            Some(("registered", _)) => return Ok(RegisterOutcome::AlreadyRegistered),
            Some(("waiting", q)) => {
                let pos = waiting_position(&mut tx, announcement_id, q).await?;
                return Ok(RegisterOutcome::AlreadyWaiting(pos));
            }
            _ => {}
        }
        if !training.registration_open(t) {
            return Ok(RegisterOutcome::Closed);
        }
        let status = if registered_count(&mut tx, announcement_id).await? < training.quota {
            "registered"
        } else {
            "waiting"
        };
        if existing.is_some() {
            sqlx::query(
                "UPDATE training_seats SET status = $3, queue_no = $4, updated_at = $5, attended = 0 \
                 WHERE announcement_id = $1 AND nip = $2",
            )
            .bind(announcement_id)
            .bind(nip)
            .bind(status)
            .bind(queue_no)
            .bind(t)
            .execute(&mut *tx)
            .await?;
        } else {
            sqlx::query(
                "INSERT INTO training_seats (announcement_id, nip, status, queue_no, updated_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(announcement_id)
            .bind(nip)
            .bind(status)
            .bind(queue_no)
            .bind(t)
            .execute(&mut *tx)
            .await?;
        }
        let outcome = if status == "registered" {
            RegisterOutcome::Registered
        } else {
            RegisterOutcome::Waiting(waiting_position(&mut tx, announcement_id, queue_no).await?)
        };
        tx.commit().await?;
        Ok(outcome)
    }

    /// **Batalkan pendaftaran**. A freed seat goes to the first on the waiting list, who
    /// is told by a notice written in the same transaction (`notice` renders it).
    pub async fn cancel_training_seat(
        &self,
        announcement_id: i64,
        nip: &str,
        notice: impl Fn(i64) -> Notice,
    ) -> Result<CancelOutcome, StoreError> {
        let t = now();
        let mut tx = self.begin().await?;
        let Some((_, training)) = lock_training(&mut tx, announcement_id).await? else {
            return Ok(CancelOutcome::NotATraining);
        };
        if t >= training.starts_at {
            return Ok(CancelOutcome::Started);
        }
        let status = match seat_of(&mut tx, announcement_id, nip).await? {
            Some((status, _)) if status != "cancelled" => status,
            _ => return Ok(CancelOutcome::NotRegistered),
        };
        sqlx::query(
            "UPDATE training_seats SET status = 'cancelled', updated_at = $3 WHERE announcement_id = $1 AND nip = $2",
        )
        .bind(announcement_id)
        .bind(nip)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        if status == "waiting" {
            tx.commit().await?;
            return Ok(CancelOutcome::LeftWaitingList);
        }
        let mut promoted = None;
        if registered_count(&mut tx, announcement_id).await? < training.quota {
            let next = sqlx::query(
                "SELECT s.nip, s.queue_no, b.chat_id FROM training_seats s LEFT JOIN bindings b ON b.nip = s.nip \
                 WHERE s.announcement_id = $1 AND s.status = 'waiting' ORDER BY s.queue_no LIMIT 1",
            )
            .bind(announcement_id)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(r) = next {
                let next_nip: String = r.try_get("nip")?;
                let queue_no: i64 = r.try_get("queue_no")?;
                let chat_id: Option<i64> = r.try_get("chat_id")?;
                sqlx::query(
                    "UPDATE training_seats SET status = 'registered', updated_at = $3 WHERE announcement_id = $1 AND nip = $2",
                )
                .bind(announcement_id)
                .bind(&next_nip)
                .bind(t)
                .execute(&mut *tx)
                .await?;
                if let Some(chat) = chat_id {
                    let notice = notice(announcement_id);
                    queue_notice(
                        &mut tx,
                        chat,
                        &notice,
                        Some(&format!(
                            "training-promoted:{announcement_id}:{next_nip}:{queue_no}"
                        )),
                    )
                    .await?;
                }
                audit::record(
                    &mut tx,
                    "sistem",
                    "training.promote",
                    &format!("announcement:{announcement_id}"),
                    &format!("nip={next_nip}; menggantikan={nip}"),
                )
                .await?;
                promoted = Some(Promoted {
                    nip: next_nip,
                    chat_id,
                });
            }
        }
        tx.commit().await?;
        Ok(CancelOutcome::Cancelled { promoted })
    }

    /// Where a person stands in a training, with their waiting position.
    pub async fn seat_status(
        &self,
        announcement_id: i64,
        nip: &str,
    ) -> Result<Option<(SeatStatus, bool)>, StoreError> {
        let row = sqlx::query(
            "SELECT status, queue_no, attended FROM training_seats WHERE announcement_id = $1 AND nip = $2",
        )
        .bind(announcement_id)
        .bind(nip)
        .fetch_optional(self.pool())
        .await?;
        let Some(r) = row else {
            return Ok(None);
        };
        let status: String = r.try_get("status")?;
        let queue_no: i64 = r.try_get("queue_no")?;
        let attended = flag(r.try_get("attended")?);
        let seat = match status.as_str() {
            "registered" => SeatStatus::Registered,
            "waiting" => {
                let mut conn = self.pool().acquire().await?;
                SeatStatus::Waiting(waiting_position(&mut conn, announcement_id, queue_no).await?)
            }
            _ => SeatStatus::Cancelled,
        };
        Ok(Some((seat, attended)))
    }

    /// Seat figures of a training.
    pub async fn seat_counts(&self, announcement_id: i64) -> Result<SeatCounts, StoreError> {
        let rows = sqlx::query(
            "SELECT status, COUNT(*) AS seats, CAST(SUM(attended) AS BIGINT) AS attended FROM training_seats \
             WHERE announcement_id = $1 GROUP BY status",
        )
        .bind(announcement_id)
        .fetch_all(self.pool())
        .await?;
        let mut c = SeatCounts::default();
        for r in &rows {
            let status: String = r.try_get("status")?;
            let n: i64 = r.try_get("seats")?;
            let attended: Option<i64> = r.try_get("attended")?;
            match status.as_str() {
                "registered" => {
                    c.registered = n;
                    c.attended = attended.unwrap_or(0);
                }
                "waiting" => c.waiting = n,
                _ => c.cancelled = n,
            }
        }
        Ok(c)
    }

    /// The people holding a seat, by name, for the attendance list.
    pub async fn training_seats(&self, announcement_id: i64) -> Result<Vec<Seat>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.nip, e.nama, e.unit_kerja, s.attended FROM training_seats s JOIN employees e ON e.nip = s.nip \
             WHERE s.announcement_id = $1 AND s.status = 'registered' ORDER BY e.nama, s.nip",
        )
        .bind(announcement_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Seat {
                    nip: r.try_get("nip")?,
                    nama: r.try_get("nama")?,
                    unit_kerja: r.try_get("unit_kerja")?,
                    attended: flag(r.try_get("attended")?),
                })
            })
            .collect()
    }

    /// Marks attendance for several people at once, all or nothing (HR's attendance list
    /// from a file). Each entry: training, NIP, attended. Errors name the entry's index.
    pub async fn set_attendance(
        &self,
        entries: &[(i64, String, bool)],
        actor: &str,
    ) -> Result<Result<usize, Vec<(usize, AttendanceError)>>, StoreError> {
        let t = now();
        let mut tx = self.begin().await?;
        let mut errors = Vec::new();
        let mut changed = 0;
        for (i, (announcement_id, nip, attended)) in entries.iter().enumerate() {
            let starts_at: Option<i64> =
                sqlx::query("SELECT starts_at FROM trainings WHERE announcement_id = $1")
                    .bind(announcement_id)
                    .fetch_optional(&mut *tx)
                    .await?
                    .map(|r| r.try_get("starts_at"))
                    .transpose()?;
            let Some(starts_at) = starts_at else {
                errors.push((i, AttendanceError::NotATraining));
                continue;
            };
            if t < crate::domain::time::start_of_day_wib(starts_at) {
                errors.push((i, AttendanceError::NotYet));
                continue;
            }
            let done = sqlx::query(
                "UPDATE training_seats SET attended = $3, attendance_by = $4, attendance_at = $5 \
                 WHERE announcement_id = $1 AND nip = $2 AND status = 'registered'",
            )
            .bind(announcement_id)
            .bind(nip)
            .bind(i64::from(*attended))
            .bind(actor)
            .bind(t)
            .execute(&mut *tx)
            .await?;
            if done.rows_affected() == 0 {
                errors.push((i, AttendanceError::NotRegistered));
                continue;
            }
            audit::record(
                &mut tx,
                actor,
                "training.attendance",
                &format!("announcement:{announcement_id}"),
                &format!(
                    "nip={nip}; hadir={}",
                    if *attended { "ya" } else { "tidak" }
                ),
            )
            .await?;
            changed += 1;
        }
        if !errors.is_empty() {
            return Ok(Err(errors));
        }
        tx.commit().await?;
        Ok(Ok(changed))
    }

    /// Turns one person's attendance over (the toggle in the chat); returns the new value.
    pub async fn toggle_attendance(
        &self,
        announcement_id: i64,
        nip: &str,
        actor: &str,
    ) -> Result<Result<bool, AttendanceError>, StoreError> {
        let current = match self.seat_status(announcement_id, nip).await? {
            Some((SeatStatus::Registered, attended)) => attended,
            _ => return Ok(Err(AttendanceError::NotRegistered)),
        };
        let result = self
            .set_attendance(&[(announcement_id, nip.to_string(), !current)], actor)
            .await?;
        Ok(result.map(|_| !current).map_err(|mut e| e.remove(0).1))
    }

    /// The JP a person earned in a WIB year: trainings attended that started in it.
    pub async fn jp_earned(&self, nip: &str, year: i64) -> Result<i64, StoreError> {
        let (from, to) = year_bounds_wib(year);
        let total: Option<i64> = sqlx::query(
            "SELECT CAST(SUM(t.jp) AS BIGINT) AS jp FROM training_seats s JOIN trainings t ON t.announcement_id = s.announcement_id \
             WHERE s.nip = $1 AND s.status = 'registered' AND s.attended = 1 AND t.starts_at >= $2 AND t.starts_at < $3",
        )
        .bind(nip)
        .bind(from)
        .bind(to)
        .fetch_one(self.pool())
        .await?
        .try_get("jp")?;
        Ok(total.unwrap_or(0))
    }

    /// The trainings announced to a person that start from `since` on, soonest first, with
    /// where they stand in each.
    pub async fn my_trainings(&self, nip: &str, since: i64) -> Result<Vec<MyTraining>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.id FROM announcements a JOIN trainings t ON t.announcement_id = a.id \
             WHERE t.starts_at >= $2 AND (EXISTS (SELECT 1 FROM outbox o WHERE o.announcement_id = a.id AND o.nip = $1) \
                OR EXISTS (SELECT 1 FROM training_seats s WHERE s.announcement_id = a.id AND s.nip = $1)) \
             ORDER BY t.starts_at, a.id LIMIT 50",
        )
        .bind(nip)
        .bind(since)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let Some(content) = self.announcement(id).await? else {
                continue;
            };
            let Some(training) = content.training.clone() else {
                continue;
            };
            let (seat, attended) = match self.seat_status(id, nip).await? {
                Some((seat, attended)) => (Some(seat), attended),
                None => (None, false),
            };
            out.push(MyTraining {
                content,
                training,
                seat,
                attended,
            });
        }
        Ok(out)
    }

    /// The trainings starting in a WIB year, with their seat figures.
    pub async fn trainings_of_year(
        &self,
        year: i64,
    ) -> Result<Vec<(AnnouncementContent, SeatCounts)>, StoreError> {
        let (from, to) = year_bounds_wib(year);
        let rows = sqlx::query(
            "SELECT announcement_id FROM trainings WHERE starts_at >= $1 AND starts_at < $2 ORDER BY starts_at, announcement_id",
        )
        .bind(from)
        .bind(to)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id: i64 = r.try_get("announcement_id")?;
            if let Some(content) = self.announcement(id).await? {
                out.push((content, self.seat_counts(id).await?));
            }
        }
        Ok(out)
    }

    /// Queues the day-before reminder for every seat of a training starting within 24
    /// hours of `now` that has not had one: a seat taken within the last day is reminded
    /// right away. The dedupe key makes it once per person and training, also across
    /// restarts; people who silenced training reminders are left out; the notices may go
    /// from `release_at` (the end of the quiet hours). `render` gives text and keyboard.
    pub async fn queue_training_reminders(
        &self,
        render: impl Fn(&AnnouncementContent) -> Notice,
        now: i64,
        release_at: i64,
    ) -> Result<i64, StoreError> {
        let t = now;
        let due = sqlx::query(
            "SELECT DISTINCT s.announcement_id FROM training_seats s JOIN trainings t ON t.announcement_id = s.announcement_id \
             WHERE t.starts_at > $1 AND t.starts_at - 86400 <= $1 AND s.status = 'registered' \
               AND NOT EXISTS (SELECT 1 FROM notices n WHERE n.dedupe_key = 'training-reminder:' || s.announcement_id || ':' || s.nip) \
               AND NOT EXISTS (SELECT 1 FROM reminder_optouts r WHERE r.nip = s.nip AND r.kind = 'pelatihan')",
        )
        .bind(t)
        .fetch_all(self.pool())
        .await?;
        let mut queued = 0;
        for r in &due {
            let id: i64 = r.try_get("announcement_id")?;
            let Some(content) = self.announcement(id).await? else {
                continue;
            };
            let notice = render(&content);
            queued += sqlx::query(
                "INSERT INTO notices (chat_id, text, message, dedupe_key, status, next_attempt_at, created_at, updated_at) \
                 SELECT b.chat_id, '', $2, 'training-reminder:' || s.announcement_id || ':' || s.nip, 'pending', $4, $3, $3 \
                 FROM training_seats s JOIN bindings b ON b.nip = s.nip \
                 WHERE s.announcement_id = $1 AND s.status = 'registered' \
                   AND NOT EXISTS (SELECT 1 FROM reminder_optouts r WHERE r.nip = s.nip AND r.kind = 'pelatihan') \
                 ORDER BY s.queue_no ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(super::broadcast::notice_json(&notice))
            .bind(t)
            .bind(release_at)
            .execute(self.pool())
            .await?
            .rows_affected() as i64;
        }
        Ok(queued)
    }
}
