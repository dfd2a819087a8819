//! The daily log (*Progres Harian*) in the shape the national e-Kinerja asks for: a day of
//! this week, start and end time, the activity, a whole-number result with its unit, the
//! indicator it serves and the evidence. Here are the rules for reading what a person types
//! (`08.00-10.30 Rapat koordinasi imunisasi, 1 kegiatan`); no I/O, no Telegram.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

/// The Indonesian day names, Monday first.
const HARI: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];

/// Why a daily entry (or one of its parts) is refused; the message is for the person.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DailyError {
    /// The days allowed: from this week's Monday to today (the same day on a Monday).
    #[error("Catatan harian hanya untuk minggu ini: {}.", allowed_days(*.monday, *.today))]
    OutsideWeek { monday: NaiveDate, today: NaiveDate },
    #[error("Jam selesai harus sesudah jam mulai, misalnya 08.00–10.30.")]
    EndBeforeStart,
    #[error("Jam tidak terbaca: tulis jam mulai dan selesai seperti 08.00–10.30.")]
    BadTime,
    #[error("Realisasi harus bilangan bulat, misalnya 3 dokumen.")]
    NotWhole,
    #[error("Tulis realisasi dengan satuannya, misalnya 3 dokumen.")]
    MissingUnit,
    #[error("Kegiatan terlalu panjang: paling banyak {0} karakter.")]
    TooLong(usize),
}

/// The longest activity text kept (e-Kinerja's field is a short paragraph).
pub const MAX_ACTIVITY: usize = 1000;

/// An entry as far as it is known; the questions ask for what is still `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    /// The WIB day.
    pub day: Option<NaiveDate>,
    pub start: Option<NaiveTime>,
    pub end: Option<NaiveTime>,
    /// Kegiatan Harian.
    pub activity: Option<String>,
    /// Realisasi: a whole number.
    pub result: Option<i64>,
    /// Satuan, e.g. `dokumen`.
    pub unit: Option<String>,
    /// A link given as evidence.
    pub link: Option<String>,
}

/// What is asked next, one question at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Time,
    Activity,
    Result,
}

impl Missing {
    /// As a button carries it.
    pub fn code(self) -> &'static str {
        match self {
            Missing::Time => "j",
            Missing::Activity => "k",
            Missing::Result => "r",
        }
    }

    pub fn from_code(code: &str) -> Option<Missing> {
        [Missing::Time, Missing::Activity, Missing::Result]
            .into_iter()
            .find(|m| m.code() == code)
    }
}

impl Draft {
    /// Forgets one part, so that it is asked again (changing one field of a saved entry).
    pub fn clear(&mut self, part: Missing) {
        match part {
            Missing::Time => (self.start, self.end) = (None, None),
            Missing::Activity => self.activity = None,
            Missing::Result => (self.result, self.unit) = (None, None),
        }
    }

    /// The first part still missing, or `None` when the entry is complete.
    pub fn missing(&self) -> Option<Missing> {
        if self.start.is_none() || self.end.is_none() {
            Some(Missing::Time)
        } else if self.activity.is_none() {
            Some(Missing::Activity)
        } else if self.result.is_none() {
            Some(Missing::Result)
        } else {
            None
        }
    }

    /// Takes the answer to `missing` from a message.
    pub fn answer(&mut self, missing: Missing, text: &str) -> Result<(), DailyError> {
        let text = text.trim();
        match missing {
            Missing::Time => {
                let (range, rest) = time_range_prefix(text)?.ok_or(DailyError::BadTime)?;
                self.start = Some(range.0);
                self.end = Some(range.1);
                if self.activity.is_none() && !rest.is_empty() {
                    let (activity, result) = split_result(rest)?;
                    self.activity = activity.map(|a| check_activity(&a)).transpose()?;
                    if let Some((n, unit)) = result {
                        self.result = Some(n);
                        self.unit = Some(unit);
                    }
                }
            }
            Missing::Activity => {
                let (activity, result) = split_result(text)?;
                self.activity = activity.map(|a| check_activity(&a)).transpose()?;
                if let Some((n, unit)) = result {
                    self.result = Some(n);
                    self.unit = Some(unit);
                }
            }
            Missing::Result => {
                let (n, unit) = parse_result(text)?;
                self.result = Some(n);
                self.unit = Some(unit);
            }
        }
        Ok(())
    }
}

impl Draft {
    /// An entry begun without its line (a photo sent first): on `day`, every part still to
    /// be asked. A draft already begun is kept as it is.
    pub fn start_on(&mut self, day: NaiveDate) {
        if self.day.is_none() {
            *self = Draft {
                day: Some(day),
                ..Draft::default()
            };
        }
    }

    /// Reads the next message of an entry in progress: the whole line while its day is not
    /// known yet (for `default_day` unless it names another), otherwise the answer to the
    /// question asked, with a link in it kept as evidence. A refused line changes nothing; a
    /// refused answer keeps its link.
    pub fn read(
        &mut self,
        text: &str,
        default_day: NaiveDate,
        today: NaiveDate,
    ) -> Result<(), DailyError> {
        if self.day.is_none() {
            *self = parse_entry_on(text, default_day, today)?;
            return Ok(());
        }
        let Some(missing) = self.missing() else {
            return Ok(());
        };
        let (rest, link) = take_link(text);
        if link.is_some() {
            self.link = link;
        }
        self.answer(missing, &rest)
    }
}

/// A message sent right after an entry was saved, taken as that entry's evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence<'a> {
    /// The link, when the words are a link alone.
    pub link: Option<&'a str>,
}

impl<'a> Evidence<'a> {
    /// Evidence is a link alone or a file without words (a file captioned with a link alone
    /// brings both); anything else is a new entry (`None`). `text` is trimmed, `None` when
    /// there are no words.
    pub fn of(text: Option<&'a str>, has_file: bool) -> Option<Evidence<'a>> {
        let link = text.filter(|t| is_link(t));
        (link.is_some() || (has_file && text.is_none())).then_some(Evidence { link })
    }
}

/// A link and nothing else.
fn is_link(text: &str) -> bool {
    !text.contains(char::is_whitespace)
        && (text.starts_with("https://") || text.starts_with("http://"))
}

/// Reads a whole entry: `[day] [HH.MM–HH.MM] activity[, N unit]`, with any `https://` link
/// taken out as evidence. The day is today unless a leading `kemarin`, day name (`Senin`)
/// or `2/12` picks another day of this week.
pub fn parse_entry(line: &str, today: NaiveDate) -> Result<Draft, DailyError> {
    parse_entry_on(line, today, today)
}

/// [`parse_entry`] where a line without a leading day is for `default_day` (the entry's own
/// day when it is rewritten).
pub fn parse_entry_on(
    line: &str,
    default_day: NaiveDate,
    today: NaiveDate,
) -> Result<Draft, DailyError> {
    let (rest, link) = take_link(line);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let mut rest = words.join(" ");
    let mut day = default_day;
    if let Some(first) = words.first()
        && let Some(d) = parse_day(first.trim_end_matches(','), today)
    {
        day = d;
        rest = words[1..].join(" ");
    }
    check_in_week(day, today)?;
    let mut draft = Draft {
        day: Some(day),
        link,
        ..Draft::default()
    };
    let mut body = rest.trim();
    if let Some(((start, end), after)) = time_range_prefix(body)? {
        draft.start = Some(start);
        draft.end = Some(end);
        body = after;
    }
    let (activity, result) = split_result(body)?;
    draft.activity = activity.map(|a| check_activity(&a)).transpose()?;
    if let Some((n, unit)) = result {
        draft.result = Some(n);
        draft.unit = Some(unit);
    }
    Ok(draft)
}

/// Takes the first `https://` (or `http://`) link out of a text: the text without it, and
/// the link. A comma right after the link stays in the text (it may separate the result).
pub fn take_link(text: &str) -> (String, Option<String>) {
    let mut words: Vec<&str> = Vec::new();
    let mut link = None;
    for w in text.split_whitespace() {
        if link.is_none() && (w.starts_with("https://") || w.starts_with("http://")) {
            link = Some(w.trim_end_matches([',', ';']).to_string());
            if w.ends_with(',') {
                words.push(",");
            }
        } else {
            words.push(w);
        }
    }
    (words.join(" "), link)
}

fn check_activity(text: &str) -> Result<String, DailyError> {
    if text.chars().count() > MAX_ACTIVITY {
        return Err(DailyError::TooLong(MAX_ACTIVITY));
    }
    Ok(text.to_string())
}

/// Splits `activity, N unit` at its last comma when what follows starts with a digit.
/// Returns the activity (None when empty) and the result, if any.
#[allow(clippy::type_complexity)]
fn split_result(text: &str) -> Result<(Option<String>, Option<(i64, String)>), DailyError> {
    let text = text.trim().trim_matches(',').trim();
    let nonempty = |s: &str| {
        let s = s.trim().trim_end_matches(',').trim();
        (!s.is_empty()).then(|| s.to_string())
    };
    // The last comma followed by a space: `1,5 dokumen` keeps its decimal comma together.
    let cut = text
        .match_indices(", ")
        .last()
        .map(|(i, _)| i)
        .or_else(|| text.rfind(','));
    if let Some(i) = cut {
        let tail = text[i + 1..].trim();
        if tail.starts_with(|c: char| c.is_ascii_digit()) {
            let result = parse_result(tail)?;
            return Ok((nonempty(&text[..i]), Some(result)));
        }
    }
    Ok((nonempty(text), None))
}

/// A whole-number result with its unit: `3 dokumen`, `1.200 orang` (a thousands dot).
/// `1,5 dokumen` and `2.5` are refused.
pub fn parse_result(text: &str) -> Result<(i64, String), DailyError> {
    let text = text.trim();
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    let (number, unit) = (&text[..end], text[end..].trim());
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return Err(DailyError::NotWhole);
    }
    let grouped = number.split('.').collect::<Vec<_>>();
    let whole = !number.contains(',')
        && (grouped.len() == 1
            || (grouped[0].len() <= 3
                && grouped[1..].iter().all(|g| g.len() == 3)
                && grouped.iter().all(|g| !g.is_empty())));
    if !whole {
        return Err(DailyError::NotWhole);
    }
    let n: i64 = number
        .replace('.', "")
        .parse()
        .map_err(|_| DailyError::NotWhole)?;
    if unit.is_empty() {
        return Err(DailyError::MissingUnit);
    }
    Ok((n, unit.to_string()))
}

/// A time such as `08.00`, `8:00` or `8`.
fn parse_time(raw: &str) -> Option<NaiveTime> {
    let (h, m) = match raw.split_once(['.', ':']) {
        Some((h, m)) => (h, m),
        None => (raw, "00"),
    };
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0)
}

/// A leading time range (`08.00–10.30`, `08:00-10:30`, `8.00 - 10.30`) and what follows.
/// `Ok(None)` when the text does not start with a time; an error when it starts with one
/// that does not read or ends before it starts.
#[allow(clippy::type_complexity)]
pub fn time_range_prefix(text: &str) -> Result<Option<((NaiveTime, NaiveTime), &str)>, DailyError> {
    let text = text.trim_start();
    let is_time_char = |c: char| c.is_ascii_digit() || c == '.' || c == ':';
    let first_end = text.find(|c: char| !is_time_char(c)).unwrap_or(text.len());
    let first = &text[..first_end];
    let after_first = text[first_end..].trim_start();
    let Some(dash) = after_first
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))
    else {
        return Ok(None);
    };
    if first.is_empty() || !(first.contains('.') || first.contains(':')) {
        return Ok(None);
    }
    let start = parse_time(first).ok_or(DailyError::BadTime)?;
    let second_text = after_first[dash.len_utf8()..].trim_start();
    let second_end = second_text
        .find(|c: char| !is_time_char(c))
        .unwrap_or(second_text.len());
    let end =
        parse_time(second_text[..second_end].trim_end_matches('.')).ok_or(DailyError::BadTime)?;
    if end <= start {
        return Err(DailyError::EndBeforeStart);
    }
    let rest = second_text[second_end..].trim_start_matches([' ', ',', ':']);
    Ok(Some(((start, end), rest.trim())))
}

/// A leading day word: `kemarin`, a day name of this week (`Senin`), or a date `2/12` /
/// `2/12/2026`. `None` when the word is not a day (it then belongs to the activity).
pub fn parse_day(word: &str, today: NaiveDate) -> Option<NaiveDate> {
    let lower = word.to_lowercase().replace('\'', "");
    if lower == "kemarin" {
        return today.pred_opt();
    }
    if let Some(i) = HARI.iter().position(|h| h.to_lowercase() == lower) {
        let monday = week_start(today);
        return Some(monday + Duration::days(i as i64));
    }
    let parts: Vec<&str> = word.split('/').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (day, month) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
    match parts.get(2) {
        Some(y) => NaiveDate::from_ymd_opt(y.parse().ok()?, month, day),
        // Without a year, the latest such date up to today: `29/12` on 2 January is the
        // Monday of this week, not a day eleven months ahead.
        None => NaiveDate::from_ymd_opt(today.year(), month, day)
            .filter(|d| *d <= today)
            .or_else(|| NaiveDate::from_ymd_opt(today.year() - 1, month, day)),
    }
}

/// This week's Monday (the week e-Kinerja's entries are grouped in).
pub fn week_start(today: NaiveDate) -> NaiveDate {
    today - Duration::days(i64::from(today.weekday().num_days_from_monday()))
}

/// A day as `Kamis 3/12`.
pub fn day_label(day: NaiveDate) -> String {
    day_label_with(day, |w| HARI[w.num_days_from_monday() as usize].to_string())
}

/// A day as `Kamis 3/12`, with the day's name from `name` (another language's).
pub fn day_label_with(day: NaiveDate, name: impl Fn(Weekday) -> String) -> String {
    format!("{} {}/{}", name(day.weekday()), day.day(), day.month())
}

/// An entry may be for today or an earlier day of this week (Monday to today, WIB).
pub fn check_in_week(day: NaiveDate, today: NaiveDate) -> Result<(), DailyError> {
    let monday = week_start(today);
    if day >= monday && day <= today {
        return Ok(());
    }
    Err(DailyError::OutsideWeek { monday, today })
}

/// `Senin 30/11 sampai hari ini, Kamis 3/12`, or `hanya hari ini, Senin 30/11` on a Monday.
fn allowed_days(monday: NaiveDate, today: NaiveDate) -> String {
    if monday == today {
        format!("hanya hari ini, {}", day_label(today))
    } else {
        format!(
            "{} sampai hari ini, {}",
            day_label(monday),
            day_label(today)
        )
    }
}

/// A time as e-Kinerja shows it: `08:00`.
pub fn time_text(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// A calendar month of the log (the export is per person and month).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Month {
    pub year: i32,
    /// 1–12.
    pub month: u32,
}

/// Why a text is not a month.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("bulan {0:?} tidak terbaca: tulis seperti 2026-12")]
pub struct MonthError(pub String);

impl Month {
    pub fn of(day: NaiveDate) -> Month {
        Month {
            year: day.year(),
            month: day.month(),
        }
    }

    /// `2026-12`.
    pub fn parse(raw: &str) -> Result<Month, MonthError> {
        let err = || MonthError(raw.to_string());
        let (y, m) = raw.trim().split_once('-').ok_or_else(err)?;
        let month = Month {
            year: y.parse().map_err(|_| err())?,
            month: m.parse().map_err(|_| err())?,
        };
        month.first_day().ok_or_else(err)?;
        Ok(month)
    }

    /// As a button carries it: `202612`.
    pub fn code(self) -> u32 {
        self.year.unsigned_abs() * 100 + self.month
    }

    pub fn from_code(code: u32) -> Option<Month> {
        let month = Month {
            year: i32::try_from(code / 100).ok()?,
            month: code % 100,
        };
        month.first_day().map(|_| month)
    }

    pub fn first_day(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year, self.month, 1)
    }

    pub fn last_day(self) -> Option<NaiveDate> {
        let (y, m) = if self.month == 12 {
            (self.year + 1, 1)
        } else {
            (self.year, self.month + 1)
        };
        NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| d.pred_opt())
    }

    /// `2026-12`, for file names.
    pub fn key(self) -> String {
        format!("{}-{:02}", self.year, self.month)
    }

    /// `Desember 2026`.
    pub fn label(self) -> String {
        format!(
            "{} {}",
            crate::domain::time::month_name(self.month),
            self.year
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thursday() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
    }

    fn t(h: u32, m: u32) -> Option<NaiveTime> {
        NaiveTime::from_hms_opt(h, m, 0)
    }

    #[test]
    fn the_one_line_form_is_read_at_once() {
        let d = parse_entry(
            "08.00-10.30 Rapat koordinasi imunisasi, 1 kegiatan",
            thursday(),
        )
        .unwrap();
        assert_eq!(d.day, Some(thursday()));
        assert_eq!((d.start, d.end), (t(8, 0), t(10, 30)));
        assert_eq!(d.activity.as_deref(), Some("Rapat koordinasi imunisasi"));
        assert_eq!((d.result, d.unit.as_deref()), (Some(1), Some("kegiatan")));
        assert_eq!(d.missing(), None);
    }

    #[test]
    fn every_way_to_write_a_time_range() {
        for raw in [
            "08.00–10.30 x",
            "08:00-10:30 x",
            "8.00 - 10.30 x",
            "8:00 — 10:30 x",
            "08.00 – 10.30, x",
        ] {
            let ((s, e), rest) = time_range_prefix(raw).unwrap().unwrap();
            assert_eq!((Some(s), Some(e)), (t(8, 0), t(10, 30)), "{raw}");
            assert_eq!(rest, "x", "{raw}");
        }
        assert_eq!(time_range_prefix("Rapat pagi").unwrap(), None);
        assert_eq!(time_range_prefix("2024-2025 laporan").unwrap(), None);
        assert_eq!(
            time_range_prefix("10.30-08.00 x"),
            Err(DailyError::EndBeforeStart)
        );
        assert_eq!(time_range_prefix("25.00-26.00 x"), Err(DailyError::BadTime));
    }

    #[test]
    fn results_must_be_whole_numbers_with_a_unit() {
        type Reading = Result<(i64, String), DailyError>;
        let cases: [(&str, Reading); 7] = [
            ("3 dokumen", Ok((3, "dokumen".into()))),
            ("1.200 orang", Ok((1200, "orang".into()))),
            ("1,5 dokumen", Err(DailyError::NotWhole)),
            ("2.5", Err(DailyError::NotWhole)),
            ("2.5 dokumen", Err(DailyError::NotWhole)),
            ("tiga dokumen", Err(DailyError::NotWhole)),
            ("3", Err(DailyError::MissingUnit)),
        ];
        for (raw, want) in cases {
            assert_eq!(parse_result(raw), want, "{raw}");
        }
        assert_eq!(
            parse_entry("08.00-09.00 Rapat, 1,5 dokumen", thursday()),
            Err(DailyError::NotWhole)
        );
    }

    #[test]
    fn only_what_is_missing_is_asked() {
        let mut d = parse_entry("Menyusun laporan", thursday()).unwrap();
        assert_eq!(d.missing(), Some(Missing::Time));
        assert_eq!(
            d.answer(Missing::Time, "10.00-09.00"),
            Err(DailyError::EndBeforeStart)
        );
        d.answer(Missing::Time, "08.00-09.00").unwrap();
        assert_eq!(d.missing(), Some(Missing::Result));
        assert_eq!(d.answer(Missing::Result, "2.5"), Err(DailyError::NotWhole));
        d.answer(Missing::Result, "2 dokumen").unwrap();
        assert_eq!(d.missing(), None);

        let d = parse_entry("08.00-09.00", thursday()).unwrap();
        assert_eq!(d.missing(), Some(Missing::Activity));
    }

    #[test]
    fn a_leading_day_picks_a_day_of_this_week() {
        let today = thursday();
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        for (line, day) in [
            (
                "kemarin 08.00-09.00 Rapat, 1 kegiatan",
                today.pred_opt().unwrap(),
            ),
            ("Senin 08.00-09.00 Rapat, 1 kegiatan", monday),
            (
                "2/12 08.00-09.00 Rapat, 1 kegiatan",
                today.pred_opt().unwrap(),
            ),
            ("Kamis, 08.00-09.00 Rapat, 1 kegiatan", today),
        ] {
            let d = parse_entry(line, today).unwrap();
            assert_eq!(d.day, Some(day), "{line}");
            assert_eq!(d.activity.as_deref(), Some("Rapat"), "{line}");
        }
        for line in ["Jumat 08.00-09.00 Rapat", "25/11 Rapat", "29/11/2026 Rapat"] {
            assert_eq!(
                parse_entry(line, today),
                Err(DailyError::OutsideWeek {
                    monday: today - Duration::days(3),
                    today
                }),
                "{line}"
            );
            assert_eq!(
                parse_entry(line, today).unwrap_err().to_string(),
                "Catatan harian hanya untuk minggu ini: Senin 30/11 sampai hari ini, Kamis 3/12."
            );
        }
        let monday_err = parse_entry("kemarin Rapat", monday).unwrap_err();
        assert_eq!(
            monday_err.to_string(),
            "Catatan harian hanya untuk minggu ini: hanya hari ini, Senin 30/11."
        );
    }

    #[test]
    fn a_date_without_a_year_is_the_latest_up_to_today() {
        let friday = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let monday = NaiveDate::from_ymd_opt(2026, 12, 28).unwrap();
        let d = parse_entry("28/12 08.00-09.00 Rapat, 1 kegiatan", friday).unwrap();
        assert_eq!(d.day, Some(monday));
        assert!(matches!(
            parse_entry("2/1 08.00-09.00 Rapat, 1 kegiatan", friday),
            Err(DailyError::OutsideWeek { .. })
        ));
    }

    #[test]
    fn months_read_and_travel_in_buttons() {
        let m = Month::parse("2026-12").unwrap();
        assert_eq!(m.code(), 202612);
        assert_eq!(Month::from_code(202612), Some(m));
        assert_eq!(m.label(), "Desember 2026");
        assert_eq!(m.last_day(), NaiveDate::from_ymd_opt(2026, 12, 31));
        assert_eq!(
            Month::parse("2026-02").unwrap().last_day().unwrap().day(),
            28
        );
        for bad in ["2026-13", "2026", "Desember", "2026-00"] {
            assert!(Month::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Month::from_code(202613), None);
    }

    #[test]
    fn a_link_in_the_text_is_evidence() {
        let d = parse_entry(
            "08.00-09.00 Unggah laporan https://drive.example/x, 1 dokumen",
            thursday(),
        );
        // The link is taken out wherever it stands; its comma still separates the result.
        let d = d.unwrap();
        assert_eq!(d.link.as_deref(), Some("https://drive.example/x"));
        assert_eq!(d.activity.as_deref(), Some("Unggah laporan"));
        assert_eq!(d.result, Some(1));
        let d = parse_entry(
            "08.00-09.00 Unggah laporan, 1 dokumen https://drive.example/x",
            thursday(),
        )
        .unwrap();
        assert_eq!(d.link.as_deref(), Some("https://drive.example/x"));
        assert_eq!(d.activity.as_deref(), Some("Unggah laporan"));
        assert_eq!(d.result, Some(1));
    }

    #[test]
    fn a_photo_first_starts_the_entry_on_the_default_day() {
        let mut d = Draft::default();
        d.start_on(thursday());
        assert_eq!(d.day, Some(thursday()));
        assert_eq!(d.missing(), Some(Missing::Time));
        let mut begun = parse_entry("08.00-09.00 Rapat", thursday()).unwrap();
        let before = begun.clone();
        begun.start_on(thursday() - Duration::days(1));
        assert_eq!(begun, before);
    }

    #[test]
    fn the_next_message_is_the_line_first_then_the_answer_asked() {
        let mut d = Draft::default();
        d.read("Rapat koordinasi", thursday(), thursday()).unwrap();
        assert_eq!(d.day, Some(thursday()));
        assert_eq!(d.activity.as_deref(), Some("Rapat koordinasi"));
        assert_eq!(d.missing(), Some(Missing::Time));
        d.read(
            "08.00-09.00 https://drive.example/x",
            thursday(),
            thursday(),
        )
        .unwrap();
        assert_eq!((d.start, d.end), (t(8, 0), t(9, 0)));
        assert_eq!(d.link.as_deref(), Some("https://drive.example/x"));
        assert_eq!(d.missing(), Some(Missing::Result));
        let asked = d.clone();
        assert!(d.read("banyak", thursday(), thursday()).is_err());
        assert_eq!(d, asked);
        d.read("2 dokumen", thursday(), thursday()).unwrap();
        assert_eq!(d.missing(), None);
        let done = d.clone();
        d.read("anything", thursday(), thursday()).unwrap();
        assert_eq!(d, done);

        let mut refused = Draft::default();
        assert!(
            refused
                .read("08.00-07.00 Rapat", thursday(), thursday())
                .is_err()
        );
        assert_eq!(refused, Draft::default());
    }

    #[test]
    fn evidence_is_a_link_alone_or_a_file_without_words() {
        let link = "https://drive.example/x";
        let cases = [
            (Some(link), false, Some(Some(link))),
            (Some(link), true, Some(Some(link))),
            (None, true, Some(None)),
            (Some("Rapat lagi"), true, None),
            (Some("lihat https://drive.example/x"), false, None),
            (Some("Rapat lagi"), false, None),
            (None, false, None),
        ];
        for (text, has_file, want) in cases {
            let got = Evidence::of(text, has_file).map(|e| e.link);
            assert_eq!(got, want, "{text:?} {has_file}");
        }
    }
}
