//! The supervisor's weekly digest and the end-of-day daily-log reminder, as rules: which
//! days are working days, when each falls due, which week and which periods a digest
//! speaks of, and who of a team is behind on what. Times are unix seconds and "now" is
//! always passed in, so the schedule is tested with any clock. Nothing here reads the
//! database or knows Telegram.
//!
//! A digest is sent on the first working day of a week, when that week has hardly begun:
//! its daily-log list therefore speaks of the week before (Monday to Sunday), the one
//! that has just ended and can still be chased.

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, NaiveDate, TimeZone};
use chrono_tz::Asia::Jakarta;

use super::calendar::{WorkingDays, first_working_day_of_week};
use super::evaluation::{Period, Window};
use super::plan::PlanContent;
use super::reminder::ReminderConfig;
use super::time::date_wib;

/// The Monday of `day`'s week.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - chrono::Days::new(u64::from(day.weekday().num_days_from_monday()))
}

/// `day` at `hour`.00 WIB, as unix seconds.
pub fn at_hour(day: NaiveDate, hour: u32) -> i64 {
    day.and_hms_opt(hour.min(23), 0, 0)
        .and_then(|t| Jakarta.from_local_datetime(&t).single())
        .map(|t| t.timestamp())
        .unwrap_or_default()
}

/// The digest day due at `now`: the office's first working day of this week (the city's
/// calendar, Monday to Friday) once its reminder hour has come, on any working day of the
/// week after it (a bot that was down on Monday sends on Tuesday; each recipient's occasion
/// row keeps it to once a week). `office` is the city's calendar without anyone's leave: a
/// recipient on leave today waits for their own next working day ([`WorkingDays`] of the
/// person, asked by the schedule).
pub fn digest_due(config: &ReminderConfig, office: &WorkingDays, now: i64) -> Option<NaiveDate> {
    let today = date_wib(now);
    let first = first_working_day_of_week(office.calendar, office.week, office.leave, today)?;
    (today >= first && now >= at_hour(first, config.send_hour)).then_some(first)
}

/// The day whose daily-log reminder is due at `now`: from its reminder hour until the
/// quiet hours begin (whether it is a working day is each person's: the schedule asks
/// their [`WorkingDays`]). A reminder about today's log is pointless tomorrow, so a bot
/// that was down all afternoon skips it rather than sending it in the morning.
pub fn daily_log_due(config: &ReminderConfig, now: i64) -> Option<NaiveDate> {
    let today = date_wib(now);
    let due = now >= at_hour(today, config.daily_log_hour) && !config.is_quiet(now);
    due.then_some(today)
}

/// The lists of a digest, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum List {
    /// No submitted (or approved) plan for the year.
    NoPlan,
    /// A submitted plan waiting for its supervisor's decision.
    Waiting,
    /// Nothing in the daily log during the week reported on.
    NoDailyLog,
    /// An approved plan with realisation missing in a quarter whose window is closing.
    NoRealisation,
    /// Not yet evaluated for a period that has ended, while its evaluation is open.
    ToEvaluate,
}

impl List {
    pub const ALL: [List; 5] = [
        List::NoPlan,
        List::Waiting,
        List::NoDailyLog,
        List::NoRealisation,
        List::ToEvaluate,
    ];

    /// The code in `callback_data`.
    pub fn code(self) -> &'static str {
        match self {
            List::NoPlan => "p",
            List::Waiting => "w",
            List::NoDailyLog => "h",
            List::NoRealisation => "r",
            List::ToEvaluate => "e",
        }
    }

    pub fn from_code(code: &str) -> Option<List> {
        List::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// Whose people a digest is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Scope {
    /// The direct subordinates of this NIP.
    Team(String),
    /// Everyone in this unit (unit_kerja as in the roster).
    Unit(String),
    /// Everyone.
    City,
}

/// A short, stable tag of a unit's name for `callback_data` (64 bytes cannot hold every
/// unit's name): FNV-1a, 32 bits. The tag is only a pointer: the unit is found again among
/// the roster's units when the button is pressed, and who pressed is checked against it.
pub fn unit_tag(unit: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for b in unit.as_bytes() {
        hash ^= u32::from(*b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// What a digest speaks of, all worked out from its day: the year of the plans, the week
/// of the daily log, the quarters whose realisation window is closing and the periods
/// whose evaluation is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    /// The digest's day: the first working day of its week.
    pub day: NaiveDate,
    pub year: i64,
    /// The week before the digest's week, Monday to Sunday.
    pub logged_from: NaiveDate,
    pub logged_until: NaiveDate,
    /// Quarters that have ended and still take realisation on `day`, with the last day.
    pub realisation: Vec<(Period, NaiveDate)>,
    /// Periods that have ended and are still being evaluated on `day`, with the last day.
    pub evaluation: Vec<(Period, NaiveDate)>,
}

impl Context {
    /// The context of a digest sent on `day`, from the windows of the periods around it.
    pub fn new(day: NaiveDate, windows: &[(Period, Window)]) -> Context {
        let monday = monday_of(day);
        let realisation = windows
            .iter()
            .filter(|(p, w)| p.is_quarter() && p.end() < day && day <= w.realisasi_until)
            .map(|(p, w)| (*p, w.realisasi_until))
            .collect();
        let evaluation = windows
            .iter()
            .filter(|(p, w)| p.end() < day && day <= w.evaluasi_until)
            .map(|(p, w)| (*p, w.evaluasi_until))
            .collect();
        Context {
            day,
            year: i64::from(day.year()),
            logged_from: monday - chrono::Days::new(7),
            logged_until: monday - chrono::Days::new(1),
            realisation,
            evaluation,
        }
    }
}

/// What makes a person's line in a list more than their name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Detail {
    None,
    /// Waiting since this unix time.
    Since(i64),
    /// For this period, open until this day.
    Period(Period, NaiveDate),
}

/// Someone behind on one thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Behind {
    pub nip: String,
    pub nama: String,
    pub unit_kerja: String,
    pub nip_atasan: Option<String>,
    pub detail: Detail,
}

/// The lists of one scope: who is behind on what.
pub type Lists = BTreeMap<List, Vec<Behind>>;

/// Whether an approved plan still misses realisation: it has indicators and one of them
/// has no value among `filled` (the indicator ids with a value for the period).
pub fn realisation_missing(content: &PlanContent, filled: &HashSet<i64>) -> bool {
    let mut indicators = content.rhk.iter().flat_map(|r| &r.indikator).peekable();
    indicators.peek().is_some() && indicators.any(|i| !filled.contains(&i.id))
}

/// Splits city-wide lists by a key of each person (their supervisor, their unit): one
/// reading of the database serves every team and unit.
pub fn split_by(lists: &Lists, key: impl Fn(&Behind) -> Option<String>) -> BTreeMap<String, Lists> {
    let mut out: BTreeMap<String, Lists> = BTreeMap::new();
    for (list, people) in lists {
        for b in people {
            if let Some(k) = key(b) {
                out.entry(k)
                    .or_default()
                    .entry(*list)
                    .or_default()
                    .push(b.clone());
            }
        }
    }
    out
}

/// The units with someone behind, in order, each with its lists: HR's digest.
pub fn units_behind(city: &Lists) -> Vec<(String, Lists)> {
    split_by(city, |b| Some(b.unit_kerja.clone()))
        .into_iter()
        .filter(|(_, lists)| any_behind(lists))
        .collect()
}

/// Whether there is anything to report.
pub fn any_behind(lists: &Lists) -> bool {
    lists.values().any(|people| !people.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::calendar::{Calendar, WorkWeek};
    use crate::domain::evaluation::PeriodKind;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_digest_is_due_from_the_first_working_day_at_the_reminder_hour() {
        let c = ReminderConfig::default();
        let calendar = Calendar::default();
        let office = WorkingDays::new(&calendar, WorkWeek::default(), &[]);
        // 5 April 2027 is a Monday.
        assert_eq!(digest_due(&c, &office, at_hour(d(2027, 4, 5), 7)), None);
        assert_eq!(
            digest_due(&c, &office, at_hour(d(2027, 4, 5), 8)),
            Some(d(2027, 4, 5))
        );
        assert_eq!(
            digest_due(&c, &office, at_hour(d(2027, 4, 7), 10)),
            Some(d(2027, 4, 5))
        );
        // A holiday Monday: the week's digest day is the Tuesday.
        let holiday = Calendar::new([(d(2027, 4, 5), "Libur".to_string())]);
        let office = WorkingDays::new(&holiday, WorkWeek::default(), &[]);
        assert_eq!(digest_due(&c, &office, at_hour(d(2027, 4, 5), 10)), None);
        assert_eq!(
            digest_due(&c, &office, at_hour(d(2027, 4, 6), 8)),
            Some(d(2027, 4, 6))
        );
    }

    #[test]
    fn the_daily_log_reminder_comes_in_the_afternoon_outside_quiet_hours() {
        let c = ReminderConfig::default();
        assert_eq!(daily_log_due(&c, at_hour(d(2027, 4, 5), 14)), None);
        assert_eq!(
            daily_log_due(&c, at_hour(d(2027, 4, 5), 15)),
            Some(d(2027, 4, 5))
        );
        assert_eq!(daily_log_due(&c, at_hour(d(2027, 4, 5), 22)), None, "quiet");
    }

    #[test]
    fn a_monday_digest_speaks_of_the_week_before_and_of_the_windows_closing() {
        let windows: Vec<(Period, Window)> = [PeriodKind::Q1, PeriodKind::Q2, PeriodKind::Tahunan]
            .into_iter()
            .map(|kind| {
                let p = Period { year: 2027, kind };
                (p, p.default_window())
            })
            .collect();
        let c = Context::new(d(2027, 4, 5), &windows);
        assert_eq!(
            (c.logged_from, c.logged_until),
            (d(2027, 3, 29), d(2027, 4, 4))
        );
        let q1 = Period {
            year: 2027,
            kind: PeriodKind::Q1,
        };
        assert_eq!(c.realisation, [(q1, d(2027, 4, 10))]);
        assert_eq!(c.evaluation, [(q1, d(2027, 4, 20))]);
        let later = Context::new(d(2027, 4, 12), &windows);
        assert!(later.realisation.is_empty(), "closed on 10 April");
        assert_eq!(later.evaluation, [(q1, d(2027, 4, 20))]);
        assert!(Context::new(d(2027, 3, 29), &windows).evaluation.is_empty());
    }

    #[test]
    fn unit_tags_are_short_and_stable() {
        assert_eq!(unit_tag("Dinas Kesehatan"), unit_tag("Dinas Kesehatan"));
        assert_ne!(unit_tag("Dinas Kesehatan"), unit_tag("Dinas Pendidikan"));
        for l in List::ALL {
            assert_eq!(List::from_code(l.code()), Some(l));
        }
    }
}
