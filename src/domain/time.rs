//! Time as the users read it: Sibolga is in WIB (`Asia/Jakarta`), dates the Indonesian way.

use chrono::{DateTime, Datelike, TimeZone, Timelike};
use chrono_tz::Asia::Jakarta;

const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

/// A unix time shown in WIB, e.g. `15 Januari 2027 09.00 WIB`.
pub fn format_wib(unix_seconds: i64) -> String {
    let Some(utc) = DateTime::from_timestamp(unix_seconds, 0) else {
        return "-".to_string();
    };
    let t = Jakarta.from_utc_datetime(&utc.naive_utc());
    format!(
        "{} {} {} {:02}.{:02} WIB",
        t.day(),
        BULAN[t.month0() as usize],
        t.year(),
        t.hour(),
        t.minute()
    )
}

/// A unix time as a WIB date, e.g. `31/12/2026`.
pub fn format_date_wib(unix_seconds: i64) -> String {
    let Some(utc) = DateTime::from_timestamp(unix_seconds, 0) else {
        return "-".to_string();
    };
    Jakarta
        .from_utc_datetime(&utc.naive_utc())
        .format("%d/%m/%Y")
        .to_string()
}

/// The date in Sibolga (WIB) of a unix time.
pub fn date_wib(unix_seconds: i64) -> chrono::NaiveDate {
    DateTime::from_timestamp(unix_seconds, 0)
        .map(|t| t.with_timezone(&Jakarta).date_naive())
        .unwrap_or_default()
}

/// Today's date in Sibolga.
pub fn today_wib() -> chrono::NaiveDate {
    chrono::Utc::now().with_timezone(&Jakarta).date_naive()
}

/// The current year in Sibolga: plans belong to a calendar year in WIB.
pub fn current_year_wib() -> i64 {
    i64::from(chrono::Utc::now().with_timezone(&Jakarta).year())
}

/// Why a text is not a date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("tanggal {0:?} tidak terbaca: tulis seperti 31/12/2026")]
pub struct DateError(pub String);

/// A date written the Indonesian way (`31/12/2026`) or as `2026-12-31`.
pub fn parse_date(raw: &str) -> Result<chrono::NaiveDate, DateError> {
    let raw = raw.trim();
    chrono::NaiveDate::parse_from_str(raw, "%d/%m/%Y")
        .or_else(|_| chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d"))
        .map_err(|_| DateError(raw.to_string()))
}

/// Why a text is not a date and time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "waktu {0:?} tidak terbaca: tulis seperti 15/01/2027 09.00 atau 15 Januari 2027 09.00 (WIB)"
)]
pub struct DateTimeError(pub String);

/// The months' English names, for readers who write them so (`21 January 2027`).
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A month by its Indonesian name or its common short form (`Jan`, `Agu`, `Agt`, `Des`),
/// or by its full English name.
fn month_by_name(raw: &str) -> Option<u32> {
    let raw = raw.trim_end_matches('.').to_lowercase();
    if raw.len() < 3 {
        return None;
    }
    BULAN
        .iter()
        .position(|full| {
            let full = full.to_lowercase();
            full == raw || full.starts_with(&raw)
        })
        .or_else(|| (raw == "agt").then_some(7))
        .or_else(|| MONTHS_EN.iter().position(|m| m.to_lowercase() == raw))
        .map(|i| i as u32 + 1)
}

/// A day as people type it in the chat: `21/01/2027`, `21/1/2027`, `21-01-2027`,
/// `2027-01-21`, `21 Januari 2027` or `21 Jan 2027`. Four-digit years only.
pub fn parse_day(raw: &str) -> Result<chrono::NaiveDate, DateError> {
    parse_any_date(raw)
        .filter(|d| (1000..=9999).contains(&d.year()))
        .ok_or_else(|| DateError(raw.trim().to_string()))
}

/// A date written `15/01/2027`, `15-01-2027`, `2027-01-15` or `15 Januari 2027`.
fn parse_any_date(raw: &str) -> Option<chrono::NaiveDate> {
    let raw = raw.trim();
    if let Ok(d) = parse_date(raw) {
        return Some(d);
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(raw, "%d-%m-%Y") {
        return Some(d);
    }
    let words: Vec<&str> = raw.split_whitespace().collect();
    let [day, month, year] = words.as_slice() else {
        return None;
    };
    chrono::NaiveDate::from_ymd_opt(year.parse().ok()?, month_by_name(month)?, day.parse().ok()?)
}

/// A time of day written `09.00`, `9.00`, `09:00` or `0900`.
fn parse_clock(raw: &str) -> Option<chrono::NaiveTime> {
    let raw = raw.trim().trim_end_matches("WIB").trim();
    let (h, m) = match raw.split_once(['.', ':']) {
        Some(parts) => parts,
        None if raw.len() == 4 => raw.split_at(2),
        None => return None,
    };
    if m.len() != 2 {
        return None;
    }
    chrono::NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// A WIB date and time as unix seconds, read the Indonesian way: `15/01/2027 09.00` or
/// `15 Januari 2027 09.00` (a trailing `WIB` is allowed). With `end_of_day_if_no_time`,
/// a date alone means 23.59 that day (a registration deadline); otherwise a time is needed.
pub fn parse_datetime_wib(raw: &str, end_of_day_if_no_time: bool) -> Result<i64, DateTimeError> {
    let err = || DateTimeError(raw.trim().to_string());
    let cleaned = raw
        .trim()
        .trim_end_matches("WIB")
        .trim()
        .replace(" pukul ", " ")
        .replace(" jam ", " ");
    let with_clock = cleaned
        .rsplit_once(' ')
        .and_then(|(date, clock)| Some((parse_any_date(date)?, parse_clock(clock)?)));
    let (date, time) = match with_clock {
        Some(both) => both,
        None if end_of_day_if_no_time => (
            parse_any_date(&cleaned).ok_or_else(err)?,
            chrono::NaiveTime::from_hms_opt(23, 59, 0).ok_or_else(err)?,
        ),
        None => return Err(err()),
    };
    // Four-digit years only: a fifth digit is a typing error (and would not fit the widths
    // the announcements' limits are worked out with).
    if date.year() > 9999 {
        return Err(err());
    }
    Jakarta
        .from_local_datetime(&date.and_time(time))
        .single()
        .map(|t| t.timestamp())
        .ok_or_else(err)
}

/// The first second of a WIB calendar year and the first of the next, as unix seconds.
pub fn year_bounds_wib(year: i64) -> (i64, i64) {
    let start = |y: i64| {
        Jakarta
            .with_ymd_and_hms(y as i32, 1, 1, 0, 0, 0)
            .single()
            .map(|t| t.timestamp())
            .unwrap_or_default()
    };
    (start(year), start(year + 1))
}

/// The first second of the WIB day that contains a unix time.
pub fn start_of_day_wib(unix_seconds: i64) -> i64 {
    DateTime::from_timestamp(unix_seconds, 0)
        .and_then(|utc| {
            Jakarta
                .from_utc_datetime(&utc.naive_utc())
                .date_naive()
                .and_hms_opt(0, 0, 0)
        })
        .and_then(|t| Jakarta.from_local_datetime(&t).single())
        .map(|t| t.timestamp())
        .unwrap_or(unix_seconds)
}

/// The WIB calendar year of a unix time.
pub fn year_wib(unix_seconds: i64) -> i64 {
    DateTime::from_timestamp(unix_seconds, 0)
        .map(|utc| i64::from(Jakarta.from_utc_datetime(&utc.naive_utc()).year()))
        .unwrap_or_default()
}

/// A month's Indonesian name (1 = Januari); empty outside 1–12.
pub fn month_name(month: u32) -> &'static str {
    month
        .checked_sub(1)
        .and_then(|m| BULAN.get(m as usize))
        .copied()
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn training_times_are_read_in_both_indonesian_forms() {
        // 15 January 2027 09.00 WIB is 02:00 UTC.
        let want = 1_799_978_400;
        for raw in [
            "15/01/2027 09.00",
            "15/01/2027 9.00",
            "15/01/2027 09:00 WIB",
            "15 Januari 2027 09.00",
            "15 januari 2027 pukul 09.00",
            "15 Jan 2027 0900",
            "2027-01-15 09.00",
        ] {
            assert_eq!(parse_datetime_wib(raw, false), Ok(want), "{raw}");
        }
        assert_eq!(
            parse_datetime_wib("10 Agustus 2027", true),
            parse_datetime_wib("10/08/2027 23.59", false)
        );
        assert_eq!(
            parse_datetime_wib("10 Agt 2027 08.00", false),
            parse_datetime_wib("10/08/2027 08.00", false)
        );
        for bad in [
            "15/01/2027",
            "besok pagi",
            "31/02/2027 09.00",
            "15/01/2027 25.00",
            "15 Ja 2027 09.00",
            "15/01/2027 9.0",
            "",
        ] {
            assert!(parse_datetime_wib(bad, false).is_err(), "{bad}");
        }
        assert_eq!(year_wib(1_798_747_200), 2027);
        let (from, to) = year_bounds_wib(2027);
        assert_eq!(format_wib(from), "1 Januari 2027 00.00 WIB");
        assert_eq!(format_wib(to), "1 Januari 2028 00.00 WIB");
        assert_eq!(
            format_wib(start_of_day_wib(1_799_978_400)),
            "15 Januari 2027 00.00 WIB"
        );
    }

    #[test]
    fn dates_are_read_the_indonesian_way() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(parse_date("31/12/2026"), Ok(d));
        assert_eq!(parse_date("2026-12-31"), Ok(d));
        assert!(parse_date("31/13/2026").is_err());
        assert!(parse_date("besok").is_err());
    }

    #[test]
    fn days_typed_in_the_chat_are_read_in_every_common_form() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 1, 21).unwrap();
        for raw in [
            "21-01-2027",
            "21/1/2027",
            "21/01/2027",
            "21-1-2027",
            "2027-01-21",
            "21 Januari 2027",
            "21 januari 2027",
            "21 Jan 2027",
            " 21 January 2027 ",
        ] {
            assert_eq!(parse_day(raw), Ok(d), "{raw}");
        }
        for bad in [
            "besok",
            "31/02/2027",
            "21/13/2027",
            "21 Ja 2027",
            "21/01/27",
            "21/01/20270",
            "",
        ] {
            assert!(parse_day(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn times_are_shown_in_wib_the_indonesian_way() {
        // 2027-01-15 02:00 UTC is 09.00 WIB.
        assert_eq!(format_wib(1_799_978_400), "15 Januari 2027 09.00 WIB");
        // 2026-12-31 20:00 UTC is already 1 January in Sibolga.
        assert_eq!(format_date_wib(1_798_747_200), "01/01/2027");
    }
}
