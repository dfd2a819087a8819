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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_the_indonesian_way() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        assert_eq!(parse_date("31/12/2026"), Ok(d));
        assert_eq!(parse_date("2026-12-31"), Ok(d));
        assert!(parse_date("31/13/2026").is_err());
        assert!(parse_date("besok").is_err());
    }

    #[test]
    fn times_are_shown_in_wib_the_indonesian_way() {
        // 2027-01-15 02:00 UTC is 09.00 WIB.
        assert_eq!(format_wib(1_799_978_400), "15 Januari 2027 09.00 WIB");
        // 2026-12-31 20:00 UTC is already 1 January in Sibolga.
        assert_eq!(format_date_wib(1_798_747_200), "01/01/2027");
    }
}
