//! HR's calendar and leave files, read with the shared sheet reader ([`super::sheet`]).
//!
//! - The calendar file: `tanggal` (`17/08/2027` or `2027-08-17`, or a date cell in Excel)
//!   and `nama` (Hari Kemerdekaan). One row a day off; a day given twice is refused.
//! - The leave file: `nip`, `mulai`, `sampai` (dates as above) and `jenis` (tahunan, sakit,
//!   dinas luar, lainnya). Two rows of one NIP that share a day are refused.
//!
//! Both files are taken whole or not at all: every bad line is reported with its line
//! number (the header is line 1). Whether a NIP is in the roster or overlaps leave already
//! recorded is the store's to check.

use std::collections::HashMap;
use std::path::Path;

use calamine::Data;
use chrono::NaiveDate;

use super::calendar::{Leave, LeaveError, LeaveKind};
use super::nip::{Nip, NipError};
use super::roster::{self, RowProblem};
use super::sheet::{self, Sheet};
use super::time::parse_date;

/// The longest holiday name taken.
pub const MAX_NAME: usize = 200;

const TANGGAL: &str = "tanggal";
const NAMA: &str = "nama";
const NIP: &str = "nip";
const MULAI: &str = "mulai";
const SAMPAI: &str = "sampai";
const JENIS: &str = "jenis";

/// One thing wrong with a row of either file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarProblem {
    #[error("{0}")]
    Cell(RowProblem),
    #[error("kolom {0} kosong")]
    Empty(&'static str),
    #[error("kolom {column}: tanggal {value:?} tidak terbaca, tulis seperti 17/08/2027")]
    Date { column: &'static str, value: String },
    #[error("nama lebih dari {MAX_NAME} huruf")]
    NameTooLong,
    #[error("tanggal {day} sudah ada di baris {first}")]
    DuplicateDay { day: NaiveDate, first: usize },
    #[error("nip: {0}")]
    Nip(NipError),
    #[error("jenis {0:?} tidak dikenal: tulis tahunan, sakit, dinas luar atau lainnya")]
    Kind(String),
    #[error("{0}")]
    Leave(LeaveError),
    #[error("bertumpuk dengan cuti NIP yang sama di baris {first}")]
    OverlapsLine { first: usize },
    #[error("NIP {0} tidak ada di daftar pegawai aktif")]
    UnknownNip(String),
}

/// A bad line: its number and everything wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarRowError {
    pub line: usize,
    pub problems: Vec<CalendarProblem>,
}

impl std::fmt::Display for CalendarRowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let problems: Vec<String> = self.problems.iter().map(ToString::to_string).collect();
        write!(f, "baris {}: {}", self.line, problems.join("; "))
    }
}

/// Why a calendar or leave file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum CalendarFileError {
    #[error("berkas tidak dapat dibaca: {0}")]
    Io(#[from] std::io::Error),
    #[error("jenis berkas {0} tidak didukung: gunakan .csv atau .xlsx")]
    UnsupportedExtension(String),
    #[error("jenis berkas tanpa ekstensi tidak didukung: gunakan .csv atau .xlsx")]
    NoExtension,
    #[error("berkas CSV tidak dapat dibaca: {0}")]
    Csv(#[from] csv::Error),
    #[error("berkas Excel (.xlsx) tidak dapat dibaca: {0}")]
    Xlsx(#[from] calamine::XlsxError),
    #[error("berkas teks UTF-16 rusak: simpan ulang sebagai CSV UTF-8")]
    Encoding,
    #[error("kolom wajib tidak ada di baris judul: {}", .0.join(", "))]
    MissingColumns(Vec<String>),
    #[error("kolom berikut muncul lebih dari sekali di baris judul: {}", .0.join(", "))]
    DuplicateColumns(Vec<String>),
    #[error("berkas kosong: baris pertama harus judul kolom")]
    Empty,
    #[error("berkas hanya berisi baris judul")]
    NoRows,
}

sheet::file_error_from!(CalendarFileError);

/// A cell as text; a date cell of Excel as `2027-08-17`.
fn cell_text(cell: Option<&Data>, column: &'static str) -> Result<String, CalendarProblem> {
    // Excel counts days from 30 December 1899 (the 1900 system of every Windows Excel).
    if let Some(Data::DateTime(t)) = cell
        && let Some(day) = NaiveDate::from_ymd_opt(1899, 12, 30)
            .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(t.as_f64().max(0.0) as u64)))
    {
        return Ok(day.format("%Y-%m-%d").to_string());
    }
    roster::cell_text(cell, column).map_err(CalendarProblem::Cell)
}

/// A row of the calendar file as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawHolidayRow {
    pub line: usize,
    pub tanggal: String,
    pub nama: String,
    pub cell_errors: Vec<CalendarProblem>,
}

impl Sheet for RawHolidayRow {
    const KNOWN: &'static [&'static str] = &[TANGGAL, NAMA];
    const REQUIRED: &'static [&'static str] = &[TANGGAL, NAMA];
    type Problem = CalendarProblem;

    fn cell_text(cell: Option<&Data>, column: &'static str) -> Result<String, CalendarProblem> {
        cell_text(cell, column)
    }

    fn row(
        line: usize,
        text: impl Fn(&str) -> String,
        cell_errors: Vec<CalendarProblem>,
    ) -> RawHolidayRow {
        RawHolidayRow {
            line,
            tanggal: text(TANGGAL),
            nama: text(NAMA),
            cell_errors,
        }
    }
}

/// A row of the leave file as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawLeaveRow {
    pub line: usize,
    pub nip: String,
    pub mulai: String,
    pub sampai: String,
    pub jenis: String,
    pub cell_errors: Vec<CalendarProblem>,
}

impl Sheet for RawLeaveRow {
    const KNOWN: &'static [&'static str] = &[NIP, MULAI, SAMPAI, JENIS];
    const REQUIRED: &'static [&'static str] = &[NIP, MULAI, SAMPAI, JENIS];
    type Problem = CalendarProblem;

    fn cell_text(cell: Option<&Data>, column: &'static str) -> Result<String, CalendarProblem> {
        cell_text(cell, column)
    }

    fn row(
        line: usize,
        text: impl Fn(&str) -> String,
        cell_errors: Vec<CalendarProblem>,
    ) -> RawLeaveRow {
        RawLeaveRow {
            line,
            nip: text(NIP),
            mulai: text(MULAI),
            sampai: text(SAMPAI),
            jenis: text(JENIS),
            cell_errors,
        }
    }
}

/// Reads a calendar file by its extension (`.csv`, `.txt`, `.xlsx`).
pub fn read_holidays(path: &Path) -> Result<Vec<RawHolidayRow>, CalendarFileError> {
    Ok(sheet::read_file(path)?)
}

/// Reads a leave file by its extension (`.csv`, `.txt`, `.xlsx`).
pub fn read_leave(path: &Path) -> Result<Vec<RawLeaveRow>, CalendarFileError> {
    Ok(sheet::read_file(path)?)
}

fn date(column: &'static str, raw: &str, problems: &mut Vec<CalendarProblem>) -> Option<NaiveDate> {
    if raw.trim().is_empty() {
        problems.push(CalendarProblem::Empty(column));
        return None;
    }
    parse_date(raw)
        .map_err(|_| {
            problems.push(CalendarProblem::Date {
                column,
                value: raw.trim().to_string(),
            })
        })
        .ok()
}

/// A day off read from the calendar file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidayRow {
    pub line: usize,
    pub day: NaiveDate,
    pub name: String,
}

/// Checks the calendar file's rows: a readable date and a name on each, no day twice (the
/// later line is reported, naming the earlier). The good rows, and the errors by line.
pub fn parse_holidays(rows: Vec<RawHolidayRow>) -> (Vec<HolidayRow>, Vec<CalendarRowError>) {
    let mut good = Vec::new();
    let mut errors = Vec::new();
    let mut first: HashMap<NaiveDate, usize> = HashMap::new();
    for raw in rows {
        let mut problems = raw.cell_errors.clone();
        let day = date(TANGGAL, &raw.tanggal, &mut problems);
        let name = raw.nama.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            problems.push(CalendarProblem::Empty(NAMA));
        } else if name.chars().count() > MAX_NAME {
            problems.push(CalendarProblem::NameTooLong);
        }
        if let Some(day) = day {
            match first.get(&day) {
                Some(line) => problems.push(CalendarProblem::DuplicateDay { day, first: *line }),
                None => {
                    first.insert(day, raw.line);
                }
            }
        }
        match (day, problems.is_empty()) {
            (Some(day), true) => good.push(HolidayRow {
                line: raw.line,
                day,
                name,
            }),
            _ => errors.push(CalendarRowError {
                line: raw.line,
                problems,
            }),
        }
    }
    (good, errors)
}

/// A leave read from the leave file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaveRow {
    pub line: usize,
    pub nip: Nip,
    pub leave: Leave,
}

/// Checks the leave file's rows: a NIP, two readable dates in order, a known kind, and no
/// two rows of one NIP sharing a day.
pub fn parse_leave(rows: Vec<RawLeaveRow>) -> (Vec<LeaveRow>, Vec<CalendarRowError>) {
    let mut good: Vec<LeaveRow> = Vec::new();
    let mut errors = Vec::new();
    for raw in rows {
        let mut problems = raw.cell_errors.clone();
        let nip = if raw.nip.trim().is_empty() {
            problems.push(CalendarProblem::Empty(NIP));
            None
        } else {
            Nip::parse(&raw.nip)
                .map_err(|e| problems.push(CalendarProblem::Nip(e)))
                .ok()
        };
        let from = date(MULAI, &raw.mulai, &mut problems);
        let until = date(SAMPAI, &raw.sampai, &mut problems);
        let kind = LeaveKind::parse(&raw.jenis);
        if kind.is_none() {
            problems.push(CalendarProblem::Kind(raw.jenis.trim().to_string()));
        }
        let leave = match (from, until, kind) {
            (Some(f), Some(u), Some(k)) => Leave::new(f, u, k)
                .map_err(|e| problems.push(CalendarProblem::Leave(e)))
                .ok(),
            _ => None,
        };
        if let (Some(nip), Some(leave)) = (&nip, &leave)
            && let Some(other) = good
                .iter()
                .find(|g| g.nip == *nip && g.leave.overlaps(leave))
        {
            problems.push(CalendarProblem::OverlapsLine { first: other.line });
        }
        match (nip, leave, problems.is_empty()) {
            (Some(nip), Some(leave), true) => good.push(LeaveRow {
                line: raw.line,
                nip,
                leave,
            }),
            _ => errors.push(CalendarRowError {
                line: raw.line,
                problems,
            }),
        }
    }
    (good, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calendar_file_with_a_bad_date_or_a_day_twice_is_refused_by_line() {
        let csv = "tanggal,nama\n01/01/2027,Tahun Baru\n31/02/2027,Salah\n2027-01-01,Lagi\n\n17/08/2027,\n";
        let raw: Vec<RawHolidayRow> = sheet::read_csv(csv.as_bytes()).unwrap();
        let (good, errors) = parse_holidays(raw);
        assert_eq!(good.len(), 1);
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "baris 3: kolom tanggal: tanggal \"31/02/2027\" tidak terbaca, tulis seperti 17/08/2027",
                "baris 4: tanggal 2027-01-01 sudah ada di baris 2",
                "baris 6: kolom nama kosong",
            ]
        );
    }

    #[test]
    fn a_leave_file_is_checked_row_by_row_and_for_overlaps() {
        let csv = "nip,mulai,sampai,jenis\n\
                   198505152010012002,10/05/2027,12/05/2027,tahunan\n\
                   198505152010012002,12/05/2027,14/05/2027,sakit\n\
                   198505152010012002,20/05/2027,18/05/2027,Dinas Luar\n\
                   12345,01/06/2027,02/06/2027,cuti besar\n";
        let raw: Vec<RawLeaveRow> = sheet::read_csv(csv.as_bytes()).unwrap();
        let (good, errors) = parse_leave(raw);
        assert_eq!(good.len(), 1);
        assert_eq!(good[0].leave.kind, LeaveKind::Tahunan);
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [3, 4, 5]);
        assert_eq!(
            errors[0].problems,
            [CalendarProblem::OverlapsLine { first: 2 }]
        );
        assert!(matches!(
            errors[1].problems[0],
            CalendarProblem::Leave(LeaveError::EndBeforeStart { .. })
        ));
        assert_eq!(errors[2].problems.len(), 2, "{:?}", errors[2]);
    }
}
