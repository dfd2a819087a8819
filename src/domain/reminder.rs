//! Reminders, as rules: what kinds there are and which a person may silence, when each
//! occasion falls due, and quiet hours (nothing between 21.00 and 06.00 WIB: held until
//! morning). All times are unix seconds; "now" is always passed in, so the schedule can be
//! tested with any clock.

use chrono::{NaiveDate, TimeZone, Timelike};
use chrono_tz::Asia::Jakarta;

use super::calendar::WorkingDays;

/// The kinds of reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderKind {
    /// Staff without a submitted plan, before the planning deadline.
    Plan,
    /// Supervisors with plans waiting for them for days.
    Approval,
    /// Staff with missing realisation, before the period's window closes.
    Realisation,
    /// Supervisors with staff not yet evaluated, before the window closes.
    Evaluation,
    /// Registrants of a training, the day before.
    Training,
    /// The end-of-day reminder to fill the daily log, to those who switched it on.
    DailyLog,
    /// The weekly digest of a supervisor, a unit head or HR.
    Digest,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 7] = [
        ReminderKind::Plan,
        ReminderKind::Approval,
        ReminderKind::Realisation,
        ReminderKind::Evaluation,
        ReminderKind::Training,
        ReminderKind::DailyLog,
        ReminderKind::Digest,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ReminderKind::Plan => "rencana",
            ReminderKind::Approval => "persetujuan",
            ReminderKind::Realisation => "realisasi",
            ReminderKind::Evaluation => "penilaian",
            ReminderKind::Training => "pelatihan",
            ReminderKind::DailyLog => "harian",
            ReminderKind::Digest => "ringkasan",
        }
    }

    pub fn from_code(code: &str) -> Option<ReminderKind> {
        ReminderKind::ALL.into_iter().find(|k| k.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            ReminderKind::Plan => "Batas pengajuan rencana",
            ReminderKind::Approval => "Rencana menunggu persetujuan saya",
            ReminderKind::Realisation => "Batas pengisian realisasi",
            ReminderKind::Evaluation => "Batas penilaian tim saya",
            ReminderKind::Training => "Pelatihan besok",
            ReminderKind::DailyLog => "Catatan harian sore (jika belum diisi)",
            ReminderKind::Digest => "Ringkasan mingguan tim",
        }
    }

    /// Deadline reminders cannot be silenced; the others can.
    pub fn optional(self) -> bool {
        matches!(
            self,
            ReminderKind::Approval
                | ReminderKind::Training
                | ReminderKind::DailyLog
                | ReminderKind::Digest
        )
    }

    /// Whether a person gets this reminder until they switch it off. The end-of-day
    /// daily-log reminder is the exception: a daily nudge is welcome only to whoever asked
    /// for it, so it is off until switched on.
    pub fn on_by_default(self) -> bool {
        self != ReminderKind::DailyLog
    }
}

/// When reminders go out. Read from the environment by `kinerja run` and
/// `kinerja reminders list` (see the README); the defaults are the issue's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderConfig {
    /// Days before 31 January that staff without a submitted plan are reminded.
    pub plan_days: Vec<i64>,
    /// A plan waiting this many days reminds its approver.
    pub approval_after_days: i64,
    /// Days before a period's realisation window closes.
    pub realisation_days: Vec<i64>,
    /// Days before a period's evaluation window closes.
    pub evaluation_days: Vec<i64>,
    /// Quiet hours (WIB): from this hour …
    pub quiet_from: u32,
    /// … until this hour the next morning.
    pub quiet_until: u32,
    /// The hour (WIB) at which a deadline reminder's day begins for sending; the weekly
    /// digest goes out at this hour too.
    pub send_hour: u32,
    /// Working days after a person's first reminder about something that they are
    /// reminded again while they have not done it, each time more directly.
    pub escalate_days: Vec<i64>,
    /// The hour (WIB) of the end-of-day daily-log reminder.
    pub daily_log_hour: u32,
    /// Whether supervisors, unit heads and HR get the weekly digest.
    pub weekly_digest: bool,
}

impl Default for ReminderConfig {
    fn default() -> Self {
        ReminderConfig {
            plan_days: vec![7, 3, 1],
            approval_after_days: 3,
            realisation_days: vec![3, 1],
            evaluation_days: vec![3, 1],
            quiet_from: 21,
            quiet_until: 6,
            send_hour: 8,
            escalate_days: vec![2, 4],
            daily_log_hour: 15,
            weekly_digest: true,
        }
    }
}

/// Why a schedule setting was refused: the text as it was given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("hari {0:?} tidak terbaca: tulis seperti 7,3,1 (1 sampai 60)")]
    Days(String),
    #[error("jam tenang {0:?} tidak terbaca: tulis seperti 21-6")]
    QuietHours(String),
}

/// Reads `7,3,1`: whole days, 1 to 60.
pub fn parse_days(raw: &str) -> Result<Vec<i64>, ConfigError> {
    let mut days = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match part.parse::<i64>() {
            Ok(n) if (1..=60).contains(&n) => days.push(n),
            _ => {
                return Err(ConfigError::Days(part.to_string()));
            }
        }
    }
    days.sort_unstable_by(|a, b| b.cmp(a));
    days.dedup();
    Ok(days)
}

/// Reads quiet hours `21-6` (from 21.00 to 06.00 WIB).
pub fn parse_quiet_hours(raw: &str) -> Result<(u32, u32), ConfigError> {
    let err = || ConfigError::QuietHours(raw.to_string());
    let (from, until) = raw.split_once('-').ok_or_else(err)?;
    let from: u32 = from.trim().parse().map_err(|_| err())?;
    let until: u32 = until.trim().parse().map_err(|_| err())?;
    if from > 23 || until > 23 {
        return Err(err());
    }
    Ok((from, until))
}

fn wib_hour(at: i64) -> u32 {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|t| t.with_timezone(&Jakarta).hour())
        .unwrap_or(12)
}

impl ReminderConfig {
    /// Whether `at` falls in the quiet hours.
    pub fn is_quiet(&self, at: i64) -> bool {
        let h = wib_hour(at);
        if self.quiet_from == self.quiet_until {
            false
        } else if self.quiet_from > self.quiet_until {
            h >= self.quiet_from || h < self.quiet_until
        } else {
            h >= self.quiet_from && h < self.quiet_until
        }
    }

    /// When a reminder written at `at` may be sent: at once, or when the quiet hours end.
    pub fn release_at(&self, at: i64) -> i64 {
        let mut t = at;
        // At most a day of hours to skip; step to the next full hour until it is not quiet.
        while self.is_quiet(t) {
            t = (t / 3600 + 1) * 3600;
        }
        t
    }

    /// When the reminder `days` calendar days before a deadline day falls due: that day at
    /// `send_hour`.
    pub fn due_before(&self, deadline: NaiveDate, days: i64) -> i64 {
        self.send_time(deadline - chrono::Days::new(days.max(0) as u64))
    }

    /// A reminder's day at `send_hour` (WIB).
    pub fn send_time(&self, day: NaiveDate) -> i64 {
        day.and_hms_opt(self.send_hour.min(23), 0, 0)
            .and_then(|t| Jakarta.from_local_datetime(&t).single())
            .map(|t| t.timestamp())
            .unwrap_or_default()
    }
}

/// The end (23.59.59 WIB) of a deadline day.
pub fn end_of_day(day: NaiveDate) -> i64 {
    day.and_hms_opt(23, 59, 59)
        .and_then(|t| Jakarta.from_local_datetime(&t).single())
        .map(|t| t.timestamp())
        .unwrap_or_default()
}

/// Of the reminders `days` before a deadline, the one due at `now` (the latest whose time
/// has come, while the deadline day has not ended): a bot that was down sends one reminder,
/// not all it missed.
pub fn due_occasion(
    config: &ReminderConfig,
    deadline: NaiveDate,
    days: &[i64],
    now: i64,
) -> Option<i64> {
    if now > end_of_day(deadline) {
        return None;
    }
    days.iter()
        .copied()
        .filter(|d| config.due_before(deadline, *d) <= now)
        .min()
}

/// One reminder of one person about one thing: its name (what the configured number was:
/// `7` for seven working days before a deadline, `+2` for the escalation two working days
/// after the first reminder) and its day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slot {
    pub name: String,
    pub day: NaiveDate,
}

/// Orders slots by day and keeps one a day (the first named).
fn one_a_day(mut slots: Vec<Slot>) -> Vec<Slot> {
    slots.sort_by_key(|s| s.day);
    slots.dedup_by(|later, earlier| later.day == earlier.day);
    slots
}

/// The escalations after a person's first reminder: `escalate` working days of theirs
/// after it, none after `last_day`.
fn escalations(
    person: &WorkingDays,
    first: NaiveDate,
    escalate: &[i64],
    last_day: Option<NaiveDate>,
) -> Vec<Slot> {
    escalate
        .iter()
        .filter_map(|k| {
            let day = person.add(first, u32::try_from(*k).ok()?.max(1))?;
            (last_day.is_none_or(|l| day <= l)).then(|| Slot {
                name: format!("+{k}"),
                day,
            })
        })
        .collect()
}

/// The days a person is reminded of a deadline. Each of `days` is counted in working days
/// of their office (the calendar and their unit's week) before the deadline day, which
/// itself is never moved. A reminder that falls in their leave comes on their first working
/// day back while the deadline day has not passed, otherwise not at all. After the first
/// reminder come the escalations (`escalate` working days after it, up to the deadline
/// day). In day order, one a day.
pub fn deadline_slots(
    person: &WorkingDays,
    deadline: NaiveDate,
    days: &[i64],
    escalate: &[i64],
) -> Vec<Slot> {
    let office = person.without_leave();
    let mut slots: Vec<Slot> = days
        .iter()
        .filter_map(|n| {
            let planned = office.nth_before(deadline, u32::try_from(*n).ok()?)?;
            let day = person.first_on_or_after(planned)?;
            (day <= deadline).then(|| Slot {
                name: n.to_string(),
                day,
            })
        })
        .collect();
    slots = one_a_day(slots);
    if let Some(first) = slots.first().map(|s| s.day) {
        slots.extend(escalations(person, first, escalate, Some(deadline)));
    }
    one_a_day(slots)
}

/// The days a person is reminded of something waiting for them since `since` (a plan to
/// approve): the `after`-th working day of theirs after it, then the escalations.
pub fn waiting_slots(
    person: &WorkingDays,
    since: NaiveDate,
    after: i64,
    escalate: &[i64],
) -> Vec<Slot> {
    let Some(first) = u32::try_from(after)
        .ok()
        .and_then(|n| person.add(since, n.max(1)))
    else {
        return Vec::new();
    };
    let mut slots = vec![Slot {
        name: "0".to_string(),
        day: first,
    }];
    slots.extend(escalations(person, first, escalate, None));
    one_a_day(slots)
}

/// The slot due at `now` for someone last reminded of this thing on `last` (None: never):
/// the latest whose day at the reminder hour has come and that comes after `last`, and only
/// while `now` falls on one of their working days. A bot that was down sends one reminder,
/// not all it missed, on the person's next working day; a second tick the same day sends
/// nothing.
pub fn due_slot<'s>(
    config: &ReminderConfig,
    person: &WorkingDays,
    slots: &'s [Slot],
    last: Option<NaiveDate>,
    now: i64,
) -> Option<&'s Slot> {
    if !person.is_working_day(super::time::date_wib(now)) {
        return None;
    }
    slots
        .iter()
        .rfind(|s| last.is_none_or(|l| s.day > l) && config.send_time(s.day) <= now)
}

/// How direct a reminder is: 0 for the first about a thing, 1 for the second, 2 from the
/// third on.
pub fn stage(already_sent: i64) -> i64 {
    already_sent.clamp(0, 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wib(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
        Jakarta
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .single()
            .unwrap()
            .timestamp()
    }

    #[test]
    fn quiet_hours_hold_a_reminder_until_morning() {
        let c = ReminderConfig::default();
        assert!(!c.is_quiet(wib(2027, 1, 24, 20, 59)));
        assert!(c.is_quiet(wib(2027, 1, 24, 21, 0)));
        assert!(c.is_quiet(wib(2027, 1, 25, 5, 59)));
        assert_eq!(
            c.release_at(wib(2027, 1, 24, 22, 30)),
            wib(2027, 1, 25, 6, 0)
        );
        assert_eq!(
            c.release_at(wib(2027, 1, 24, 9, 15)),
            wib(2027, 1, 24, 9, 15)
        );
        let day = ReminderConfig {
            quiet_from: 12,
            quiet_until: 13,
            ..ReminderConfig::default()
        };
        assert_eq!(
            day.release_at(wib(2027, 1, 24, 12, 30)),
            wib(2027, 1, 24, 13, 0)
        );
    }

    #[test]
    fn the_latest_due_occasion_is_the_one_sent() {
        let c = ReminderConfig::default();
        let deadline = NaiveDate::from_ymd_opt(2027, 1, 31).unwrap();
        assert_eq!(c.due_before(deadline, 7), wib(2027, 1, 24, 8, 0));
        let days = [7, 3, 1];
        assert_eq!(
            due_occasion(&c, deadline, &days, wib(2027, 1, 24, 7, 59)),
            None
        );
        assert_eq!(
            due_occasion(&c, deadline, &days, wib(2027, 1, 24, 8, 0)),
            Some(7)
        );
        assert_eq!(
            due_occasion(&c, deadline, &days, wib(2027, 1, 29, 10, 0)),
            Some(3)
        );
        assert_eq!(
            due_occasion(&c, deadline, &days, wib(2027, 1, 31, 23, 0)),
            Some(1)
        );
        assert_eq!(
            due_occasion(&c, deadline, &days, wib(2027, 2, 1, 0, 0)),
            None
        );
    }

    #[test]
    fn settings_are_read_and_checked() {
        assert_eq!(parse_days("1, 7,3,3"), Ok(vec![7, 3, 1]));
        assert!(parse_days("0").is_err());
        assert!(parse_days("x").is_err());
        assert_eq!(parse_quiet_hours("21-6"), Ok((21, 6)));
        assert!(parse_quiet_hours("25-6").is_err());
        assert!(ReminderKind::Training.optional());
        assert!(!ReminderKind::Plan.optional());
        assert_eq!(
            ReminderKind::from_code("penilaian"),
            Some(ReminderKind::Evaluation)
        );
    }
    #[test]
    fn a_deadline_on_a_monday_cuti_bersama_is_reminded_on_the_thursday_and_friday() {
        use crate::domain::calendar::tests::{calendar, d};
        use crate::domain::calendar::{Leave, LeaveKind, WorkWeek};
        let cal = calendar();
        let c = ReminderConfig::default();
        let staff = WorkingDays::new(&cal, WorkWeek::FiveDays, &[]);
        let deadline = d(2027, 5, 17);
        let slots = deadline_slots(&staff, deadline, &[2, 1], &[]);
        let days: Vec<NaiveDate> = slots.iter().map(|s| s.day).collect();
        assert_eq!(days, [d(2027, 5, 13), d(2027, 5, 14)]);
        // On leave that Thursday and Friday: back on Tuesday, after the deadline: none.
        let leave = [Leave::new(d(2027, 5, 12), d(2027, 5, 14), LeaveKind::Tahunan).unwrap()];
        let away = WorkingDays::new(&cal, WorkWeek::FiveDays, &leave);
        assert!(deadline_slots(&away, deadline, &[2, 1], &[2, 4]).is_empty());
        // On leave Thursday only: the two come on the Friday, once.
        let leave = [Leave::new(d(2027, 5, 13), d(2027, 5, 13), LeaveKind::Sakit).unwrap()];
        let back = WorkingDays::new(&cal, WorkWeek::FiveDays, &leave);
        let slots = deadline_slots(&back, deadline, &[2, 1], &[]);
        assert_eq!(slots.len(), 1);
        assert_eq!(slots[0].day, d(2027, 5, 14));
        // Escalation two working days after the first, never after the deadline.
        // Three working days before Tuesday 18 May is Wednesday 12; +2 is Friday 14; +4
        // would be Wednesday 19, after the deadline.
        let slots = deadline_slots(&staff, d(2027, 5, 18), &[3], &[2, 4]);
        let names: Vec<&str> = slots.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["3", "+2"], "{slots:?}");
        assert_eq!(slots[1].day, d(2027, 5, 14));
        // Due: the latest slot whose hour has come, after the last one sent.
        let slots = deadline_slots(&staff, deadline, &[2, 1], &[]);
        let thu = c.send_time(d(2027, 5, 13));
        assert_eq!(due_slot(&c, &staff, &slots, None, thu - 1), None);
        assert_eq!(
            due_slot(&c, &staff, &slots, None, thu).map(|s| s.day),
            Some(d(2027, 5, 13))
        );
        assert_eq!(
            due_slot(&c, &staff, &slots, Some(d(2027, 5, 13)), thu + 3600),
            None
        );
        let fri = c.send_time(d(2027, 5, 14));
        assert_eq!(
            due_slot(&c, &staff, &slots, None, fri).map(|s| s.name.as_str()),
            Some("1")
        );
        let sat = c.send_time(d(2027, 5, 15));
        assert_eq!(
            due_slot(&c, &staff, &slots, None, sat),
            None,
            "not on a Saturday"
        );
        assert_eq!(stage(0), 0);
        assert_eq!(stage(5), 2);
    }

    #[test]
    fn a_waiting_plan_reminds_on_working_days_and_escalates() {
        use crate::domain::calendar::WorkWeek;
        use crate::domain::calendar::tests::{calendar, d};
        let cal = calendar();
        let boss = WorkingDays::new(&cal, WorkWeek::FiveDays, &[]);
        // Submitted Wednesday 12 May: 3 working days later is Tuesday 18 (the 17th is off),
        // then Thursday 20 and Monday 24.
        let slots = waiting_slots(&boss, d(2027, 5, 12), 3, &[2, 4]);
        let days: Vec<NaiveDate> = slots.iter().map(|s| s.day).collect();
        assert_eq!(days, [d(2027, 5, 18), d(2027, 5, 20), d(2027, 5, 24)]);
    }
}
