//! Trainings announced by HR: their details as HR writes them, the rules a registration
//! follows, and the national minimum of 20 JP (jam pelajaran) of competence development a
//! year. Seats, the waiting list and attendance live in the store; the rules live here.

use super::time::{DateTimeError, parse_datetime_wib};

/// Every ASN should have at least this many JP of training a year.
pub const JP_MINIMUM: i64 = 20;

/// The largest quota and JP a training may have: more is a typing error.
pub const MAX_QUOTA: i64 = 10_000;
pub const MAX_JP: i64 = 200;

/// The longest place kept, in UTF-16 code units as Telegram counts (a longer one is cut):
/// the announcement's text limit is worked out with a place this long.
pub const MAX_PLACE: usize = 200;

/// What a training announcement carries besides its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingDetails {
    /// Unix seconds of the start (entered in WIB).
    pub starts_at: i64,
    pub place: String,
    pub quota: i64,
    pub jp: i64,
    /// Registration closes at this time (unix seconds).
    pub deadline: i64,
}

/// Why training details were refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrainingError {
    #[error(transparent)]
    Time(#[from] DateTimeError),
    #[error("waktu pelatihan sudah lewat: isi waktu yang akan datang")]
    StartsInThePast,
    #[error("tempat pelatihan kosong")]
    NoPlace,
    #[error("kuota {0:?} tidak terbaca: tulis jumlah orang, 1 sampai {MAX_QUOTA}")]
    Quota(String),
    #[error("JP {0:?} tidak terbaca: tulis jumlah jam pelajaran, 1 sampai {MAX_JP}")]
    Jp(String),
    #[error("batas pendaftaran sudah lewat: isi waktu yang akan datang")]
    DeadlinePassed,
    #[error("batas pendaftaran harus sebelum pelatihan dimulai")]
    DeadlineAfterStart,
}

/// Reads the start (`15/01/2027 09.00` or `15 Januari 2027 09.00`), which must lie ahead.
pub fn parse_start(raw: &str, now: i64) -> Result<i64, TrainingError> {
    let at = parse_datetime_wib(raw, false)?;
    if at <= now {
        return Err(TrainingError::StartsInThePast);
    }
    Ok(at)
}

/// Reads the registration deadline (a date alone means 23.59): ahead, and not after the start.
pub fn parse_deadline(raw: &str, now: i64, starts_at: i64) -> Result<i64, TrainingError> {
    let at = parse_datetime_wib(raw, true)?;
    check_deadline(at, now, starts_at)?;
    Ok(at)
}

fn check_deadline(deadline: i64, now: i64, starts_at: i64) -> Result<(), TrainingError> {
    if deadline <= now {
        Err(TrainingError::DeadlinePassed)
    } else if deadline > starts_at {
        Err(TrainingError::DeadlineAfterStart)
    } else {
        Ok(())
    }
}

fn whole_number(raw: &str, max: i64) -> Option<i64> {
    let cleaned: String = raw
        .trim()
        .trim_end_matches("orang")
        .trim_end_matches("JP")
        .trim_end_matches("jp")
        .trim()
        .replace('.', "");
    cleaned.parse().ok().filter(|n| (1..=max).contains(n))
}

pub fn parse_quota(raw: &str) -> Result<i64, TrainingError> {
    whole_number(raw, MAX_QUOTA).ok_or_else(|| TrainingError::Quota(raw.trim().to_string()))
}

pub fn parse_jp(raw: &str) -> Result<i64, TrainingError> {
    whole_number(raw, MAX_JP).ok_or_else(|| TrainingError::Jp(raw.trim().to_string()))
}

pub fn parse_place(raw: &str) -> Result<String, TrainingError> {
    let place = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if place.is_empty() {
        return Err(TrainingError::NoPlace);
    }
    let mut units = 0;
    Ok(place
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units <= MAX_PLACE
        })
        .collect())
}

impl TrainingDetails {
    /// The whole set checked at once (the command line gives it in one go).
    pub fn check(&self, now: i64) -> Result<(), TrainingError> {
        if self.starts_at <= now {
            return Err(TrainingError::StartsInThePast);
        }
        if self.place.trim().is_empty() {
            return Err(TrainingError::NoPlace);
        }
        if !(1..=MAX_QUOTA).contains(&self.quota) {
            return Err(TrainingError::Quota(self.quota.to_string()));
        }
        if !(1..=MAX_JP).contains(&self.jp) {
            return Err(TrainingError::Jp(self.jp.to_string()));
        }
        check_deadline(self.deadline, now, self.starts_at)
    }

    /// Registration is open until the deadline.
    pub fn registration_open(&self, now: i64) -> bool {
        now < self.deadline
    }

    /// Whether someone standing at `seat` may register now: registration is open and they
    /// hold no seat and are not waiting for one (a cancelled registration may be renewed).
    pub fn may_register(&self, seat: Option<SeatStatus>, now: i64) -> bool {
        self.registration_open(now) && matches!(seat, None | Some(SeatStatus::Cancelled))
    }

    /// Attendance can be marked from the training's day (WIB) on.
    pub fn attendance_open(&self, now: i64) -> bool {
        now >= super::time::start_of_day_wib(self.starts_at)
    }

    /// The reminder goes the day before: from 24 hours ahead of the start.
    pub fn reminder_due(&self, now: i64) -> bool {
        now >= self.starts_at - 24 * 3600 && now < self.starts_at
    }
}

/// Where a person stands in a training.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeatStatus {
    Registered,
    /// On the waiting list, at this position (1 is next).
    Waiting(i64),
    Cancelled,
}

impl SeatStatus {
    pub fn code(self) -> &'static str {
        match self {
            SeatStatus::Registered => "registered",
            SeatStatus::Waiting(_) => "waiting",
            SeatStatus::Cancelled => "cancelled",
        }
    }
}

/// The JP a person still needs this year to reach the minimum.
pub fn jp_short(earned: i64) -> i64 {
    (JP_MINIMUM - earned).max(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_795_000_000; // late November 2026

    #[test]
    fn a_training_must_lie_ahead_with_its_deadline_before_it() {
        let start = parse_start("15/01/2027 09.00", NOW).unwrap();
        assert_eq!(
            parse_start("15/01/2020 09.00", NOW),
            Err(TrainingError::StartsInThePast)
        );
        assert!(matches!(
            parse_start("besok", NOW),
            Err(TrainingError::Time(_))
        ));
        assert!(matches!(
            parse_start("15/01/20270 09.00", NOW),
            Err(TrainingError::Time(_))
        ));
        let deadline = parse_deadline("10 Januari 2027", NOW, start).unwrap();
        assert!(deadline < start);
        assert_eq!(
            parse_deadline("16/01/2027", NOW, start),
            Err(TrainingError::DeadlineAfterStart)
        );
        assert_eq!(
            parse_deadline("01/01/2020", NOW, start),
            Err(TrainingError::DeadlinePassed)
        );
        let details = TrainingDetails {
            starts_at: start,
            place: "Aula BKD".into(),
            quota: 30,
            jp: 8,
            deadline,
        };
        assert_eq!(details.check(NOW), Ok(()));
        assert!(details.registration_open(NOW));
        assert!(!details.registration_open(deadline));
        assert!(!details.reminder_due(NOW));
        assert!(details.reminder_due(start - 3600));
        assert!(!details.reminder_due(start));
        assert!(!details.attendance_open(start - 10 * 3600));
        assert!(details.attendance_open(start - 3600));
    }

    #[test]
    fn only_those_without_a_seat_may_register_while_it_is_open() {
        let details = TrainingDetails {
            starts_at: NOW + 10 * 24 * 3600,
            place: "Aula BKD".into(),
            quota: 30,
            jp: 8,
            deadline: NOW + 5 * 24 * 3600,
        };
        assert!(details.may_register(None, NOW));
        assert!(details.may_register(Some(SeatStatus::Cancelled), NOW));
        assert!(!details.may_register(Some(SeatStatus::Registered), NOW));
        assert!(!details.may_register(Some(SeatStatus::Waiting(2)), NOW));
        assert!(!details.may_register(None, details.deadline));
    }

    #[test]
    fn quota_and_jp_are_whole_numbers_in_range() {
        assert_eq!(parse_quota("30"), Ok(30));
        assert_eq!(parse_quota(" 1.000 orang"), Ok(1000));
        assert_eq!(parse_jp("8 JP"), Ok(8));
        for bad in ["0", "-3", "tiga puluh", "", "10001", "2,5"] {
            assert!(parse_quota(bad).is_err(), "{bad}");
        }
        assert!(parse_jp("201").is_err());
        assert_eq!(parse_place("  Aula   BKD  "), Ok("Aula BKD".to_string()));
        assert_eq!(parse_place("   "), Err(TrainingError::NoPlace));
        // Cut to 200 UTF-16 units, never inside an emoji.
        assert_eq!(parse_place(&"a".repeat(300)).unwrap().len(), MAX_PLACE);
        let emoji = parse_place(&format!("a{}", "🏢".repeat(150))).unwrap();
        assert_eq!(emoji.encode_utf16().count(), MAX_PLACE - 1);
        assert_eq!(jp_short(8), 12);
        assert_eq!(jp_short(24), 0);
    }
}

/// One line of an attendance file: training (announcement id), NIP, attended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceLine {
    pub line: usize,
    pub training: i64,
    pub nip: String,
    pub attended: bool,
}

/// What is wrong with an attendance file, with its line where there is one.
#[derive(Debug, thiserror::Error)]
pub enum AttendanceFileError {
    #[error(transparent)]
    Unreadable(#[from] super::roster::RosterFileError),
    /// The header could not be read (the CSV reader's own words).
    #[error("baris 1: {0}")]
    Header(String),
    #[error("baris 1: kolom \"pelatihan\" dan \"nip\" wajib ada (kolom \"hadir\" boleh)")]
    MissingColumns,
    /// A record the CSV reader refused (its own words, which name the line).
    #[error("{0}")]
    Record(String),
    #[error("baris {line}: nomor pelatihan {raw:?} tidak terbaca")]
    Training { line: usize, raw: String },
    #[error("baris {line}: {error}")]
    Nip {
        line: usize,
        error: super::nip::NipError,
    },
    #[error("baris {line}: hadir {raw:?} tidak terbaca: tulis ya atau tidak")]
    Attended { line: usize, raw: String },
    #[error("berkas tidak berisi baris kehadiran")]
    NoLines,
}

/// Reads an attendance file: CSV (`,` or `;`) with a header naming the columns
/// `pelatihan` (the announcement number), `nip` and optionally `hadir` (`ya`/`tidak`,
/// `1`/`0`; `ya` when absent). Every bad line is reported with its line number.
pub fn parse_attendance_csv(bytes: &[u8]) -> Result<Vec<AttendanceLine>, Vec<AttendanceFileError>> {
    let text = super::sheet::decode(bytes)
        .map_err(|e| vec![super::roster::RosterFileError::from(e).into()])?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(super::sheet::delimiter(&text))
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| vec![AttendanceFileError::Header(e.to_string())])?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    let (Some(training_col), Some(nip_col)) = (column("pelatihan"), column("nip")) else {
        return Err(vec![AttendanceFileError::MissingColumns]);
    };
    let attended_col = column("hadir");
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                errors.push(AttendanceFileError::Record(e.to_string()));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line() as usize);
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let field = |c: usize| record.get(c).unwrap_or_default().trim();
        let training = match field(training_col).trim_start_matches('#').parse::<i64>() {
            Ok(n) if n > 0 => n,
            _ => {
                errors.push(AttendanceFileError::Training {
                    line,
                    raw: field(training_col).to_string(),
                });
                continue;
            }
        };
        let nip = match super::nip::Nip::parse(field(nip_col)) {
            Ok(nip) => nip.as_str().to_string(),
            Err(e) => {
                errors.push(AttendanceFileError::Nip { line, error: e });
                continue;
            }
        };
        let attended = match attended_col
            .map(field)
            .unwrap_or("ya")
            .to_lowercase()
            .as_str()
        {
            "ya" | "y" | "1" | "hadir" | "" => true,
            "tidak" | "t" | "0" | "tidak hadir" => false,
            other => {
                errors.push(AttendanceFileError::Attended {
                    line,
                    raw: other.to_string(),
                });
                continue;
            }
        };
        lines.push(AttendanceLine {
            line,
            training,
            nip,
            attended,
        });
    }
    if lines.is_empty() && errors.is_empty() {
        errors.push(AttendanceFileError::NoLines);
    }
    if errors.is_empty() {
        Ok(lines)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod attendance_tests {
    use super::*;

    #[test]
    fn an_attendance_file_is_read_with_every_bad_line_named() {
        let good = "pelatihan;nip;hadir\n7;199001012015031001;ya\n#7;199202022019032002;tidak\n\n8;199001012015031001;\n";
        let lines = parse_attendance_csv(good.as_bytes()).unwrap();
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1].training, 7);
        assert!(!lines[1].attended);
        assert!(lines[2].attended);
        let bad = "nip,pelatihan\n123,7\n199001012015031001,x\n199001012015031001,7\n";
        let errors = parse_attendance_csv(bad.as_bytes()).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors[0].to_string().starts_with("baris 2"));
        assert!(errors[1].to_string().starts_with("baris 3"));
        assert!(parse_attendance_csv(b"nama,nip\nx,1\n").is_err());
    }
}
