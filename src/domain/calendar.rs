//! Working days, as rules: the city's calendar of national holidays and cuti bersama, a
//! unit's working week (Monday to Friday, or Monday to Saturday for units that work six
//! days, such as the puskesmas), and a person's leave. A person works on a day that is in
//! their unit's week, is no holiday and falls in none of their recorded leave.
//!
//! Everything here takes the dates it works on; nothing reads a clock, so the reminder
//! schedule and the weekly digest can be tested with any day.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// How far the searches below look (a year and a bit): a person on leave for longer has no
/// working day in sight, and the searches say so (`None`) instead of running on.
const HORIZON: u32 = 400;

/// The city's holidays and cuti bersama: date → name, as HR loaded them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Calendar {
    days: BTreeMap<NaiveDate, String>,
}

impl Calendar {
    /// A calendar of the given days off.
    pub fn new(days: impl IntoIterator<Item = (NaiveDate, String)>) -> Calendar {
        Calendar {
            days: days.into_iter().collect(),
        }
    }

    /// The name of the holiday on `date`, if it is one.
    pub fn holiday(&self, date: NaiveDate) -> Option<&str> {
        self.days.get(&date).map(String::as_str)
    }

    /// Whether `date` is a holiday or cuti bersama.
    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.days.contains_key(&date)
    }

    /// The days off of one year, in date order.
    pub fn of_year(&self, year: i32) -> impl Iterator<Item = (NaiveDate, &str)> {
        self.days
            .iter()
            .filter(move |(d, _)| d.year() == year)
            .map(|(d, n)| (*d, n.as_str()))
    }
}

/// A unit's working week.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WorkWeek {
    /// Monday to Friday: every unit unless HR says otherwise.
    #[default]
    FiveDays,
    /// Monday to Saturday (puskesmas and other services open on Saturdays).
    SixDays,
}

impl WorkWeek {
    /// The week of `days` working days a week (5 or 6).
    pub fn from_days(days: i64) -> Option<WorkWeek> {
        match days {
            5 => Some(WorkWeek::FiveDays),
            6 => Some(WorkWeek::SixDays),
            _ => None,
        }
    }

    /// How many days a week it has.
    pub fn days(self) -> i64 {
        match self {
            WorkWeek::FiveDays => 5,
            WorkWeek::SixDays => 6,
        }
    }

    /// Whether the week works on this weekday (holidays aside).
    pub fn works_on(self, day: Weekday) -> bool {
        match day {
            Weekday::Sun => false,
            Weekday::Sat => self == WorkWeek::SixDays,
            _ => true,
        }
    }
}

/// The kinds of leave. Serialised as their stored codes (kept in dialogues between
/// messages): never rename one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LeaveKind {
    /// Cuti tahunan.
    Tahunan,
    /// Cuti sakit.
    Sakit,
    /// Dinas luar: away on duty.
    DinasLuar,
    /// Any other leave.
    Lainnya,
}

impl LeaveKind {
    pub const ALL: [LeaveKind; 4] = [
        LeaveKind::Tahunan,
        LeaveKind::Sakit,
        LeaveKind::DinasLuar,
        LeaveKind::Lainnya,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            LeaveKind::Tahunan => "tahunan",
            LeaveKind::Sakit => "sakit",
            LeaveKind::DinasLuar => "dinas_luar",
            LeaveKind::Lainnya => "lainnya",
        }
    }

    /// The kind of a stored code, or of what HR wrote in a file (`Dinas Luar`, `DL`,
    /// `cuti tahunan`, any case).
    pub fn parse(raw: &str) -> Option<LeaveKind> {
        let norm = raw
            .trim()
            .to_lowercase()
            .replace(['_', '-'], " ")
            .split_whitespace()
            .filter(|w| *w != "cuti")
            .collect::<Vec<_>>()
            .join(" ");
        match norm.as_str() {
            "tahunan" => Some(LeaveKind::Tahunan),
            "sakit" => Some(LeaveKind::Sakit),
            "dinas luar" | "dl" => Some(LeaveKind::DinasLuar),
            "lainnya" | "lain" | "lain lain" => Some(LeaveKind::Lainnya),
            _ => None,
        }
    }

    /// The Indonesian name, for the logs and HR's files.
    pub fn label(self) -> &'static str {
        match self {
            LeaveKind::Tahunan => "Cuti tahunan",
            LeaveKind::Sakit => "Cuti sakit",
            LeaveKind::DinasLuar => "Dinas luar",
            LeaveKind::Lainnya => "Lainnya",
        }
    }
}

/// A period of leave, both days included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Leave {
    pub from: NaiveDate,
    pub until: NaiveDate,
    pub kind: LeaveKind,
}

/// What withdrawing one's own leave on `today` does to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Withdrawal {
    /// Not begun: the whole leave is cancelled.
    Cancel,
    /// Begun before today: the days taken stay on record, the leave ends the day before
    /// `today` (the person is back at work today).
    EndOn(NaiveDate),
    /// Over before today: nothing left to withdraw.
    Over,
}

/// Why a leave cannot be recorded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LeaveError {
    #[error("cuti berakhir ({until}) sebelum mulai ({from})")]
    EndBeforeStart { from: NaiveDate, until: NaiveDate },
    #[error("cuti lebih dari {MAX_LEAVE_DAYS} hari")]
    TooLong,
    #[error("bertumpuk dengan cuti {from} s.d. {until} yang sudah tercatat")]
    Overlaps { from: NaiveDate, until: NaiveDate },
}

/// The longest leave recorded at once, in calendar days (a long sick leave is recorded in
/// parts).
pub const MAX_LEAVE_DAYS: i64 = 366;

impl Leave {
    /// A leave from `from` to `until`; refused when it ends before it starts or is longer
    /// than [`MAX_LEAVE_DAYS`].
    pub fn new(from: NaiveDate, until: NaiveDate, kind: LeaveKind) -> Result<Leave, LeaveError> {
        if until < from {
            return Err(LeaveError::EndBeforeStart { from, until });
        }
        if (until - from).num_days() + 1 > MAX_LEAVE_DAYS {
            return Err(LeaveError::TooLong);
        }
        Ok(Leave { from, until, kind })
    }

    /// Whether `date` falls in this leave.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.until
    }

    /// Calendar days, both ends included.
    pub fn days(&self) -> i64 {
        (self.until - self.from).num_days() + 1
    }

    /// What withdrawing this leave on `today` does: a leave not begun is cancelled, a
    /// begun one is cut short so that its past days stay as they were taken.
    pub fn withdrawal(&self, today: NaiveDate) -> Withdrawal {
        if self.until < today {
            Withdrawal::Over
        } else if self.from >= today {
            Withdrawal::Cancel
        } else {
            Withdrawal::EndOn(today.pred_opt().unwrap_or(today))
        }
    }

    /// Whether the two periods share a day.
    pub fn overlaps(&self, other: &Leave) -> bool {
        self.from <= other.until && other.from <= self.until
    }

    /// Checks a new leave against a person's recorded ones: refused when it shares a day
    /// with one of them.
    pub fn check_against(&self, recorded: &[Leave]) -> Result<(), LeaveError> {
        match recorded.iter().find(|l| l.overlaps(self)) {
            Some(l) => Err(LeaveError::Overlaps {
                from: l.from,
                until: l.until,
            }),
            None => Ok(()),
        }
    }
}

/// One person's working days: the city's calendar, their unit's week and their recorded
/// leave (refused leave is not given here).
#[derive(Debug, Clone, Copy)]
pub struct WorkingDays<'a> {
    pub calendar: &'a Calendar,
    pub week: WorkWeek,
    pub leave: &'a [Leave],
}

impl<'a> WorkingDays<'a> {
    /// The working days of someone of `week` with the given leave.
    pub fn new(calendar: &'a Calendar, week: WorkWeek, leave: &'a [Leave]) -> WorkingDays<'a> {
        WorkingDays {
            calendar,
            week,
            leave,
        }
    }

    /// The same calendar and week, leave left out: the office's working days.
    pub fn without_leave(&self) -> WorkingDays<'a> {
        WorkingDays {
            leave: &[],
            ..*self
        }
    }

    /// Whether `date` is a working day of this person.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        is_working_day(self.calendar, self.week, self.leave, date)
    }

    /// The leave `date` falls in, if any.
    pub fn leave_on(&self, date: NaiveDate) -> Option<&'a Leave> {
        self.leave.iter().find(|l| l.contains(date))
    }

    /// The first working day on or after `date`.
    pub fn first_on_or_after(&self, date: NaiveDate) -> Option<NaiveDate> {
        (0..HORIZON)
            .filter_map(|i| date.checked_add_days(Days::new(u64::from(i))))
            .find(|d| self.is_working_day(*d))
    }

    /// The `n`-th working day before `date` (`n` ≥ 1; `date` itself not counted).
    pub fn nth_before(&self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        let mut found = 0;
        for i in 1..=HORIZON {
            let d = date.checked_sub_days(Days::new(u64::from(i)))?;
            if self.is_working_day(d) {
                found += 1;
                if found >= n.max(1) {
                    return Some(d);
                }
            }
        }
        None
    }

    /// The `n`-th working day after `date` (`date` itself not counted); `n` = 0 is the first
    /// working day on or after `date`.
    pub fn add(&self, date: NaiveDate, n: u32) -> Option<NaiveDate> {
        if n == 0 {
            return self.first_on_or_after(date);
        }
        let mut found = 0;
        for i in 1..=HORIZON {
            let d = date.checked_add_days(Days::new(u64::from(i)))?;
            if self.is_working_day(d) {
                found += 1;
                if found == n {
                    return Some(d);
                }
            }
        }
        None
    }
}

/// Whether `date` is a working day for someone of `week` with `leave`: in the week, no
/// holiday, on no leave.
pub fn is_working_day(
    calendar: &Calendar,
    week: WorkWeek,
    leave: &[Leave],
    date: NaiveDate,
) -> bool {
    week.works_on(date.weekday())
        && !calendar.is_holiday(date)
        && !leave.iter().any(|l| l.contains(date))
}

/// The first working day of the week (Monday to Sunday) that holds `date`, for someone of
/// `week` with `leave`; `None` when the whole week is off (Idul Fitri with its cuti
/// bersama, or leave).
pub fn first_working_day_of_week(
    calendar: &Calendar,
    week: WorkWeek,
    leave: &[Leave],
    date: NaiveDate,
) -> Option<NaiveDate> {
    let monday =
        date.checked_sub_days(Days::new(u64::from(date.weekday().num_days_from_monday())))?;
    (0..7)
        .filter_map(|i| monday.checked_add_days(Days::new(i)))
        .find(|d| is_working_day(calendar, week, leave, *d))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Idul Fitri 2027 (9–10 March) with cuti bersama around it, and a Monday cuti bersama
    /// after a weekend (the long weekend of the tests: Saturday 15 May to Monday 17 May).
    pub fn calendar() -> Calendar {
        Calendar::new([
            (d(2027, 3, 8), "Cuti bersama Idul Fitri".to_string()),
            (d(2027, 3, 9), "Idul Fitri".to_string()),
            (d(2027, 3, 10), "Idul Fitri".to_string()),
            (d(2027, 3, 11), "Cuti bersama Idul Fitri".to_string()),
            (d(2027, 3, 12), "Cuti bersama Idul Fitri".to_string()),
            (d(2027, 5, 17), "Cuti bersama".to_string()),
        ])
    }

    #[test]
    fn weekends_holidays_and_leave_are_not_working_days() {
        let cal = calendar();
        let five = WorkingDays::new(&cal, WorkWeek::FiveDays, &[]);
        let six = WorkingDays::new(&cal, WorkWeek::SixDays, &[]);
        assert!(five.is_working_day(d(2027, 5, 14)), "a Friday");
        assert!(!five.is_working_day(d(2027, 5, 15)), "a Saturday");
        assert!(six.is_working_day(d(2027, 5, 15)), "a puskesmas Saturday");
        assert!(!six.is_working_day(d(2027, 5, 16)), "Sunday for everyone");
        assert!(!six.is_working_day(d(2027, 5, 17)), "cuti bersama");
        assert_eq!(cal.holiday(d(2027, 3, 9)), Some("Idul Fitri"));
        let leave = [Leave::new(d(2027, 5, 10), d(2027, 5, 12), LeaveKind::Tahunan).unwrap()];
        let away = WorkingDays::new(&cal, WorkWeek::FiveDays, &leave);
        assert!(!away.is_working_day(d(2027, 5, 11)));
        assert!(away.without_leave().is_working_day(d(2027, 5, 11)));
        assert_eq!(
            away.leave_on(d(2027, 5, 12)).map(|l| l.kind),
            Some(LeaveKind::Tahunan)
        );
        assert!(away.is_working_day(d(2027, 5, 13)));
        assert_eq!(cal.of_year(2027).count(), 6);
        assert_eq!(cal.of_year(2026).count(), 0);
    }

    #[test]
    fn counting_working_days_skips_what_is_off() {
        let cal = calendar();
        let five = WorkingDays::new(&cal, WorkWeek::FiveDays, &[]);
        // Before Monday 17 May (itself off): Friday 14, Thursday 13.
        assert_eq!(five.nth_before(d(2027, 5, 17), 1), Some(d(2027, 5, 14)));
        assert_eq!(five.nth_before(d(2027, 5, 17), 2), Some(d(2027, 5, 13)));
        // After Idul Fitri week: the first working day on or after Monday 8 March is the 15th.
        assert_eq!(five.first_on_or_after(d(2027, 3, 8)), Some(d(2027, 3, 15)));
        assert_eq!(five.add(d(2027, 3, 5), 1), Some(d(2027, 3, 15)));
        assert_eq!(five.add(d(2027, 3, 5), 0), Some(d(2027, 3, 5)));
        assert_eq!(five.add(d(2027, 5, 13), 2), Some(d(2027, 5, 18)));
        let six = WorkingDays::new(&cal, WorkWeek::SixDays, &[]);
        assert_eq!(six.nth_before(d(2027, 5, 17), 1), Some(d(2027, 5, 15)));
        let forever = [Leave {
            from: d(2027, 1, 1),
            until: d(2029, 1, 1),
            kind: LeaveKind::Sakit,
        }];
        let gone = WorkingDays::new(&cal, WorkWeek::FiveDays, &forever);
        assert_eq!(gone.first_on_or_after(d(2027, 1, 1)), None);
    }

    #[test]
    fn the_first_working_day_of_a_week() {
        let cal = calendar();
        assert_eq!(
            first_working_day_of_week(&cal, WorkWeek::FiveDays, &[], d(2027, 5, 20)),
            Some(d(2027, 5, 18)),
            "Monday 17 May is cuti bersama"
        );
        assert_eq!(
            first_working_day_of_week(&cal, WorkWeek::FiveDays, &[], d(2027, 3, 10)),
            None,
            "the whole Idul Fitri week is off"
        );
        assert_eq!(
            first_working_day_of_week(&cal, WorkWeek::SixDays, &[], d(2027, 3, 14)),
            Some(d(2027, 3, 13)),
            "a puskesmas opens on the Saturday"
        );
        assert!(is_working_day(
            &cal,
            WorkWeek::FiveDays,
            &[],
            d(2027, 5, 18)
        ));
    }

    #[test]
    fn leave_is_checked() {
        let a = Leave::new(d(2027, 5, 10), d(2027, 5, 12), LeaveKind::Sakit).unwrap();
        assert_eq!(
            Leave::new(d(2027, 5, 12), d(2027, 5, 10), LeaveKind::Sakit),
            Err(LeaveError::EndBeforeStart {
                from: d(2027, 5, 12),
                until: d(2027, 5, 10)
            })
        );
        assert_eq!(
            Leave::new(d(2027, 1, 1), d(2028, 1, 2), LeaveKind::Sakit),
            Err(LeaveError::TooLong)
        );
        let b = Leave::new(d(2027, 5, 12), d(2027, 5, 14), LeaveKind::Tahunan).unwrap();
        assert!(b.check_against(&[a]).is_err());
        let c = Leave::new(d(2027, 5, 13), d(2027, 5, 14), LeaveKind::Tahunan).unwrap();
        assert_eq!(c.check_against(&[a]), Ok(()));
        assert_eq!(LeaveKind::parse("Dinas Luar"), Some(LeaveKind::DinasLuar));
        assert_eq!(LeaveKind::parse("cuti tahunan"), Some(LeaveKind::Tahunan));
        assert_eq!(LeaveKind::parse("DL"), Some(LeaveKind::DinasLuar));
        assert_eq!(LeaveKind::parse("dinas_luar"), Some(LeaveKind::DinasLuar));
        assert_eq!(LeaveKind::parse("libur"), None);
        assert_eq!(WorkWeek::from_days(6), Some(WorkWeek::SixDays));
        assert_eq!(WorkWeek::from_days(7), None);
    }

    #[test]
    fn withdrawing_leave_keeps_the_days_taken() {
        let l = Leave::new(d(2027, 5, 10), d(2027, 5, 14), LeaveKind::Tahunan).unwrap();
        assert_eq!(l.days(), 5);
        assert_eq!(l.withdrawal(d(2027, 5, 9)), Withdrawal::Cancel);
        assert_eq!(l.withdrawal(d(2027, 5, 10)), Withdrawal::Cancel);
        assert_eq!(
            l.withdrawal(d(2027, 5, 12)),
            Withdrawal::EndOn(d(2027, 5, 11))
        );
        assert_eq!(
            l.withdrawal(d(2027, 5, 14)),
            Withdrawal::EndOn(d(2027, 5, 13))
        );
        assert_eq!(l.withdrawal(d(2027, 5, 15)), Withdrawal::Over);
        for kind in LeaveKind::ALL {
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(json, format!("\"{}\"", kind.code()));
        }
    }
}
