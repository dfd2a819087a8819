//! Reading and validating HR's roster file (CSV with commas or semicolons, or `.xlsx`).
//!
//! Reading turns a file into [`RawRow`]s with their line numbers; [`parse_rows`] checks each
//! row and the file as a whole; [`check_against`] checks the state an import would leave in
//! the database. Nothing here writes anything: the store applies a file only when all three
//! found nothing wrong. Messages are for HR, in Indonesian.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use calamine::{Data, Reader, Xlsx, open_workbook};

use super::nip::Nip;
use super::phone::Phone;

/// The role a roster row gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Peran {
    /// Staff (the default).
    Pegawai,
    /// HR (BKD) staff.
    Admin,
}

/// One data row as read, before any check. `line` is the line HR sees in the spreadsheet
/// (the header is line 1).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawRow {
    pub line: usize,
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub unit_kerja: String,
    pub nip_atasan: String,
    pub telepon: String,
    pub peran: String,
    /// A cell that could not be read as text (a date, a NIP stored as a number).
    pub cell_error: Option<String>,
}

/// A row that passed every check of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    pub line: usize,
    pub nip: Nip,
    pub nama: String,
    pub jabatan: String,
    pub unit_kerja: String,
    pub nip_atasan: Option<Nip>,
    pub telepon: Option<Phone>,
    pub peran: Peran,
}

/// A problem with one row (line 0: the file as a whole, or a person not in the file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    pub reason: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            write!(f, "{}", self.reason)
        } else {
            write!(f, "baris {}: {}", self.line, self.reason)
        }
    }
}

/// Why a file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum RosterFileError {
    #[error("berkas tidak dapat dibaca: {0}")]
    Io(#[from] std::io::Error),
    #[error("jenis berkas .{0} tidak didukung: gunakan .csv atau .xlsx")]
    UnsupportedExtension(String),
    #[error("CSV tidak dapat dibaca: {0}")]
    Csv(#[from] csv::Error),
    #[error("berkas Excel tidak dapat dibaca: {0}")]
    Xlsx(String),
    #[error("kolom wajib tidak ada di baris judul: {}", .0.join(", "))]
    MissingColumns(Vec<String>),
    #[error("berkas kosong: baris pertama harus judul kolom (nip, nama, jabatan, unit_kerja, …)")]
    Empty,
}

const REQUIRED: [&str; 4] = ["nip", "nama", "jabatan", "unit_kerja"];
const OPTIONAL: [&str; 3] = ["nip_atasan", "telepon", "peran"];

/// Reads a roster file by its extension.
pub fn read_file(path: &Path) -> Result<Vec<RawRow>, RosterFileError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_ascii_lowercase();
    match ext.as_str() {
        "csv" | "txt" => read_csv(&std::fs::read(path)?),
        "xlsx" => read_xlsx(path),
        other => Err(RosterFileError::UnsupportedExtension(other.to_string())),
    }
}

/// Where each known column sits in the header.
struct Columns(HashMap<&'static str, usize>);

impl Columns {
    fn from_header<'a>(header: impl Iterator<Item = &'a str>) -> Result<Columns, RosterFileError> {
        let names: Vec<String> = header
            .map(|h| {
                h.trim()
                    .trim_start_matches('\u{feff}')
                    .to_ascii_lowercase()
                    .replace(' ', "_")
            })
            .collect();
        if names.iter().all(String::is_empty) {
            return Err(RosterFileError::Empty);
        }
        let mut map = HashMap::new();
        for name in REQUIRED.iter().chain(OPTIONAL.iter()) {
            if let Some(i) = names.iter().position(|n| n == name) {
                map.insert(*name, i);
            }
        }
        let missing: Vec<String> = REQUIRED
            .iter()
            .filter(|c| !map.contains_key(*c))
            .map(|c| c.to_string())
            .collect();
        if !missing.is_empty() {
            return Err(RosterFileError::MissingColumns(missing));
        }
        Ok(Columns(map))
    }

    fn row(&self, line: usize, cell: impl Fn(usize) -> Result<String, String>) -> RawRow {
        let mut row = RawRow {
            line,
            ..RawRow::default()
        };
        let mut get = |name: &str| -> String {
            match self.0.get(name).map(|&i| cell(i)) {
                Some(Ok(v)) => v,
                Some(Err(e)) => {
                    row_error(&mut row.cell_error, format!("kolom {name}: {e}"));
                    String::new()
                }
                None => String::new(),
            }
        };
        let nip = get("nip");
        let nama = get("nama");
        let jabatan = get("jabatan");
        let unit_kerja = get("unit_kerja");
        let nip_atasan = get("nip_atasan");
        let telepon = get("telepon");
        let peran = get("peran");
        RawRow {
            nip,
            nama,
            jabatan,
            unit_kerja,
            nip_atasan,
            telepon,
            peran,
            ..row
        }
    }
}

fn row_error(slot: &mut Option<String>, msg: String) {
    match slot {
        Some(existing) => {
            existing.push_str("; ");
            existing.push_str(&msg);
        }
        None => *slot = Some(msg),
    }
}

/// Reads CSV, detecting the delimiter (comma or semicolon) from the header line.
pub fn read_csv(bytes: &[u8]) -> Result<Vec<RawRow>, RosterFileError> {
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |d: u8| first_line.iter().filter(|b| **b == d).count();
    let delimiter = if count(b';') > count(b',') {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(bytes);
    let header = reader.headers()?.clone();
    let columns = Columns::from_header(header.iter())?;
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record?;
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        // Counted from the byte offset: the csv crate's own line count skips blank lines.
        // The position may point at blank lines skipped before the record.
        let mut offset = record
            .position()
            .map(|p| p.byte() as usize)
            .unwrap_or_default();
        while matches!(bytes.get(offset), Some(b'\n' | b'\r')) {
            offset += 1;
        }
        let line = 1 + bytes[..offset.min(bytes.len())]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        rows.push(columns.row(line, |i| Ok(record.get(i).unwrap_or_default().to_string())));
    }
    Ok(rows)
}

/// Reads the first worksheet of an `.xlsx` file.
pub fn read_xlsx(path: &Path) -> Result<Vec<RawRow>, RosterFileError> {
    let mut book: Xlsx<_> = open_workbook(path)
        .map_err(|e: calamine::XlsxError| RosterFileError::Xlsx(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or(RosterFileError::Empty)?
        .map_err(|e| RosterFileError::Xlsx(e.to_string()))?;
    let start_row = range.start().map(|(r, _)| r as usize).unwrap_or_default();
    let mut rows_iter = range.rows();
    let header: Vec<String> = rows_iter
        .next()
        .ok_or(RosterFileError::Empty)?
        .iter()
        .map(|c| c.to_string())
        .collect();
    let columns = Columns::from_header(header.iter().map(String::as_str))?;
    let mut rows = Vec::new();
    for (i, cells) in rows_iter.enumerate() {
        if cells.iter().all(|c| c.to_string().trim().is_empty()) {
            continue;
        }
        // Spreadsheet rows are 1-based and the header is the first of this range.
        let line = start_row + i + 2;
        let nip_col = columns.0.get("nip").copied();
        rows.push(columns.row(line, |col| cell_text(cells.get(col), Some(col) == nip_col)));
    }
    Ok(rows)
}

/// A cell as text. Numbers come out without `.0` or exponent; a NIP typed as a number has
/// lost its last digits to floating point, so it is refused with a way to fix it.
fn cell_text(cell: Option<&Data>, is_nip: bool) -> Result<String, String> {
    match cell {
        None | Some(Data::Empty) => Ok(String::new()),
        Some(Data::String(s)) => Ok(s.clone()),
        Some(Data::Int(i)) => Ok(i.to_string()),
        Some(Data::Float(f)) => {
            if is_nip && *f >= 1e15 {
                Err("NIP tersimpan sebagai angka sehingga digit terakhirnya hilang; format kolom nip sebagai Teks lalu ketik ulang".into())
            } else if f.fract() == 0.0 && f.abs() < 1e15 {
                Ok(format!("{}", *f as i64))
            } else {
                Ok(f.to_string())
            }
        }
        Some(Data::Bool(b)) => Ok(b.to_string()),
        Some(Data::DateTime(_)) | Some(Data::DateTimeIso(_)) | Some(Data::DurationIso(_)) => {
            Err("sel berisi tanggal/waktu, bukan teks".into())
        }
        Some(Data::Error(e)) => Err(format!("sel berisi galat Excel {e:?}")),
    }
}

/// Checks each row on its own and the file as a whole (duplicate NIPs and phones). Returns
/// the good rows and the errors, sorted by line.
pub fn parse_rows(rows: Vec<RawRow>) -> (Vec<RosterRow>, Vec<RowError>) {
    let mut good = Vec::new();
    let mut errors = Vec::new();
    let mut seen_nip: HashMap<Nip, usize> = HashMap::new();
    let mut seen_phone: HashMap<Phone, usize> = HashMap::new();
    for raw in rows {
        let mut reasons = Vec::new();
        if let Some(e) = &raw.cell_error {
            reasons.push(e.clone());
        }
        let nip = match Nip::parse(&raw.nip) {
            Ok(n) => Some(n),
            Err(_) if raw.nip.trim().is_empty() => {
                reasons.push("nip kosong".into());
                None
            }
            Err(e) => {
                reasons.push(e.to_string());
                None
            }
        };
        let text = |v: &str| v.split_whitespace().collect::<Vec<_>>().join(" ");
        let (nama, jabatan, unit_kerja) =
            (text(&raw.nama), text(&raw.jabatan), text(&raw.unit_kerja));
        for (name, value) in [
            ("nama", &nama),
            ("jabatan", &jabatan),
            ("unit_kerja", &unit_kerja),
        ] {
            if value.is_empty() {
                reasons.push(format!("{name} kosong"));
            }
        }
        let nip_atasan = match raw.nip_atasan.trim() {
            "" => None,
            v => match Nip::parse(v) {
                Ok(n) => Some(n),
                Err(e) => {
                    reasons.push(format!("nip_atasan: {e}"));
                    None
                }
            },
        };
        if let (Some(own), Some(boss)) = (&nip, &nip_atasan)
            && own == boss
        {
            reasons.push("nip_atasan sama dengan nip sendiri".into());
        }
        let telepon = match raw.telepon.trim() {
            "" => None,
            v => match Phone::parse(v) {
                Ok(p) => Some(p),
                Err(e) => {
                    reasons.push(format!("telepon {v:?}: {e}"));
                    None
                }
            },
        };
        let peran = match raw.peran.trim().to_lowercase().as_str() {
            "" | "pegawai" => Peran::Pegawai,
            "admin" => Peran::Admin,
            other => {
                reasons.push(format!(
                    "peran {other:?} tidak dikenal: isi pegawai atau admin"
                ));
                Peran::Pegawai
            }
        };
        if let Some(n) = &nip {
            if let Some(first) = seen_nip.get(n) {
                reasons.push(format!("NIP {n} sudah ada di baris {first}"));
            } else {
                seen_nip.insert(n.clone(), raw.line);
            }
        }
        if let Some(p) = &telepon {
            if let Some(first) = seen_phone.get(p) {
                reasons.push(format!("telepon {p} sudah dipakai di baris {first}"));
            } else {
                seen_phone.insert(p.clone(), raw.line);
            }
        }
        match nip {
            Some(nip) if reasons.is_empty() => good.push(RosterRow {
                line: raw.line,
                nip,
                nama,
                jabatan,
                unit_kerja,
                nip_atasan,
                telepon,
                peran,
            }),
            _ => errors.push(RowError {
                line: raw.line,
                reason: reasons.join("; "),
            }),
        }
    }
    (good, errors)
}

/// A person already in the database, as far as the import checks need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Existing {
    pub nip: Nip,
    pub nip_atasan: Option<Nip>,
    pub telepon: Option<Phone>,
    pub active: bool,
}

/// Checks the state the import would leave: `rows` upserted by NIP over `existing`, people
/// missing from the file kept (or deactivated with `deactivate_missing`). Every supervisor
/// must be an active person, the supervisor graph must have no cycle, and an active phone
/// belongs to one person. A person kept from the database who would lose their supervisor
/// to `deactivate_missing` is reported on line 0, naming them.
pub fn check_against(
    rows: &[RosterRow],
    existing: &[Existing],
    deactivate_missing: bool,
) -> Vec<RowError> {
    struct Final {
        line: usize,
        atasan: Option<Nip>,
        telepon: Option<Phone>,
    }
    let mut people: HashMap<Nip, Final> = HashMap::new();
    for e in existing.iter().filter(|e| e.active && !deactivate_missing) {
        people.insert(
            e.nip.clone(),
            Final {
                line: 0,
                atasan: e.nip_atasan.clone(),
                telepon: e.telepon.clone(),
            },
        );
    }
    for r in rows {
        people.insert(
            r.nip.clone(),
            Final {
                line: r.line,
                atasan: r.nip_atasan.clone(),
                telepon: r.telepon.clone(),
            },
        );
    }
    let known: HashSet<&Nip> = existing.iter().map(|e| &e.nip).collect();
    let mut errors = Vec::new();

    for r in rows {
        if let Some(boss) = &r.nip_atasan
            && !people.contains_key(boss)
        {
            let reason = if known.contains(boss) {
                format!("NIP atasan {boss} sudah tidak aktif")
            } else {
                format!("NIP atasan {boss} tidak ada di berkas maupun di basis data")
            };
            errors.push(RowError {
                line: r.line,
                reason,
            });
        }
    }
    // With deactivate_missing only the file's people stay active, and their supervisors
    // were checked above; otherwise the people kept from the database must keep theirs.
    if !deactivate_missing {
        let in_file: HashSet<&Nip> = rows.iter().map(|r| &r.nip).collect();
        for e in existing
            .iter()
            .filter(|e| e.active && !in_file.contains(&e.nip))
        {
            if let Some(boss) = &e.nip_atasan
                && !people.contains_key(boss)
            {
                errors.push(RowError {
                    line: 0,
                    reason: format!(
                        "pegawai {} (tidak ada di berkas) kehilangan atasannya {boss}",
                        e.nip
                    ),
                });
            }
        }
    }

    // Cycles: follow each file row's chain of supervisors; revisiting a NIP is a cycle.
    let mut reported: HashSet<Nip> = HashSet::new();
    for r in rows {
        let mut chain = vec![r.nip.clone()];
        let mut current = r.nip_atasan.clone();
        while let Some(next) = current {
            if let Some(pos) = chain.iter().position(|n| *n == next) {
                let cycle: Vec<String> = chain[pos..].iter().map(ToString::to_string).collect();
                if pos == 0 && reported.insert(r.nip.clone()) {
                    errors.push(RowError {
                        line: r.line,
                        reason: format!(
                            "atasan berputar (siklus): {} → {}",
                            cycle.join(" → "),
                            cycle[0]
                        ),
                    });
                }
                break;
            }
            chain.push(next.clone());
            current = people.get(&next).and_then(|p| p.atasan.clone());
        }
    }

    let mut phone_owner: HashMap<&Phone, &Nip> = HashMap::new();
    for (nip, p) in people.iter().filter(|(_, p)| p.line == 0) {
        if let Some(t) = &p.telepon {
            phone_owner.insert(t, nip);
        }
    }
    for r in rows {
        if let Some(t) = &r.telepon
            && let Some(owner) = phone_owner.get(t)
            && **owner != r.nip
        {
            errors.push(RowError {
                line: r.line,
                reason: format!("telepon {t} sudah dipakai pegawai aktif lain (NIP {owner})"),
            });
        }
    }
    errors.sort_by_key(|e| e.line);
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEPALA: &str = "196608011988031001";
    const STAF: &str = "198505152010012002";
    const PPPK: &str = "200012312024211001";

    fn csv_rows(text: &str) -> (Vec<RosterRow>, Vec<RowError>) {
        parse_rows(read_csv(text.as_bytes()).expect("readable"))
    }

    fn existing(nip: &str, atasan: Option<&str>, phone: Option<&str>) -> Existing {
        Existing {
            nip: Nip::parse(nip).unwrap(),
            nip_atasan: atasan.map(|a| Nip::parse(a).unwrap()),
            telepon: phone.map(|p| Phone::parse(p).unwrap()),
            active: true,
        }
    }

    #[test]
    fn a_comma_file_is_read_with_line_numbers() {
        let (rows, errors) = csv_rows(&format!(
            "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
             {KEPALA},dr.  Ahmad,Kepala,Dinas Kesehatan,,0812-1111-2222,\n\
             \n\
             {STAF},Siti <Nur> & Rekan,Perawat,Dinas Kesehatan,{KEPALA},,ADMIN\n"
        ));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[0].nama, "dr. Ahmad");
        assert_eq!(rows[0].telepon.as_ref().unwrap().as_str(), "+6281211112222");
        assert_eq!(rows[1].line, 4);
        assert_eq!(rows[1].nama, "Siti <Nur> & Rekan");
        assert_eq!(rows[1].peran, Peran::Admin);
    }

    #[test]
    fn a_semicolon_file_with_bom_and_quotes_is_read() {
        let (rows, errors) = csv_rows(&format!(
            "\u{feff}NIP;Nama;Jabatan;Unit Kerja\r\n{KEPALA};\"Hutagalung; Ahmad\";Kepala;Dinas Kesehatan\r\n"
        ));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows[0].nama, "Hutagalung; Ahmad");
    }

    #[test]
    fn missing_columns_are_named() {
        let err = read_csv(b"nip,nama\n1,2\n").unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("jabatan") && msg.contains("unit_kerja"),
            "{msg}"
        );
        assert!(matches!(
            read_csv(b""),
            Err(RosterFileError::Empty) | Err(RosterFileError::MissingColumns(_))
        ));
    }

    #[test]
    fn each_kind_of_bad_row_is_reported_on_its_line() {
        let (rows, errors) = csv_rows(&format!(
            "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
             123,A,B,C,,,\n\
             {KEPALA},,B,C,,,\n\
             {STAF},A,B,C,,12ab,\n\
             {PPPK},A,B,C,,,raja\n\
             199001012015011001,A,B,C,199001012015011001,,\n\
             199001012015011002,A,B,C,,0812-1111-2222,\n\
             199001012015011002,A,B,C,,,\n\
             199001012015011003,A,B,C,,+62 812 1111 2222,\n"
        ));
        assert!(rows.iter().all(|r| r.line == 7), "{rows:?}");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [2, 3, 4, 5, 6, 8, 9]);
        let text = |line: usize| {
            errors
                .iter()
                .find(|e| e.line == line)
                .unwrap()
                .reason
                .clone()
        };
        assert!(text(2).contains("18 digit"));
        assert!(text(3).contains("nama kosong"));
        assert!(text(4).contains("telepon"));
        assert!(text(5).contains("peran"));
        assert!(text(6).contains("nip sendiri"));
        assert!(text(8).contains("baris 7"));
        assert!(text(9).contains("baris 7"));
    }

    #[test]
    fn a_supervisor_must_exist_in_the_file_or_the_database() {
        let (rows, _) = csv_rows(&format!(
            "nip,nama,jabatan,unit_kerja,nip_atasan\n{STAF},A,B,C,{KEPALA}\n"
        ));
        let missing = check_against(&rows, &[], false);
        assert_eq!(missing.len(), 1);
        assert!(
            missing[0]
                .reason
                .contains("tidak ada di berkas maupun di basis data")
        );
        assert!(check_against(&rows, &[existing(KEPALA, None, None)], false).is_empty());
        let mut gone = existing(KEPALA, None, None);
        gone.active = false;
        assert!(
            check_against(&rows, &[gone], false)[0]
                .reason
                .contains("tidak aktif")
        );
    }

    #[test]
    fn cycles_are_found_in_the_file_and_through_the_database() {
        let (rows, _) = csv_rows(&format!(
            "nip,nama,jabatan,unit_kerja,nip_atasan\n{KEPALA},A,B,C,{STAF}\n{STAF},A,B,C,{KEPALA}\n"
        ));
        let errors = check_against(&rows, &[], false);
        assert_eq!(errors.iter().map(|e| e.line).collect::<Vec<_>>(), [2, 3]);
        assert!(errors[0].reason.contains("siklus"));

        // The file makes KEPALA report to STAF; the database has STAF reporting to PPPK,
        // who reports to KEPALA.
        let (rows, _) = csv_rows(&format!(
            "nip,nama,jabatan,unit_kerja,nip_atasan\n{KEPALA},A,B,C,{STAF}\n"
        ));
        let db = [
            existing(STAF, Some(PPPK), None),
            existing(PPPK, Some(KEPALA), None),
        ];
        let errors = check_against(&rows, &db, false);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].reason.contains("siklus"));
    }

    #[test]
    fn a_phone_of_another_active_person_is_refused_but_may_move_within_the_file() {
        let (rows, _) = csv_rows(&format!(
            "nip,nama,jabatan,unit_kerja,telepon\n{STAF},A,B,C,0812-1111-2222\n"
        ));
        let db = [existing(KEPALA, None, Some("0812-1111-2222"))];
        let errors = check_against(&rows, &db, false);
        assert!(errors[0].reason.contains(KEPALA), "{errors:?}");

        let (rows, _) = csv_rows(&format!(
            "nip,nama,jabatan,unit_kerja,telepon\n{STAF},A,B,C,0812-1111-2222\n{KEPALA},A,B,C,0812-9999-0000\n"
        ));
        assert!(check_against(&rows, &db, false).is_empty());
        // With --deactivate-missing the old owner leaves and frees the number.
        let (rows, _) = csv_rows(&format!(
            "nip,nama,jabatan,unit_kerja,telepon\n{STAF},A,B,C,0812-1111-2222\n"
        ));
        assert!(check_against(&rows, &db, true).is_empty());
    }

    #[test]
    fn a_person_kept_from_the_database_must_not_lose_their_supervisor() {
        // The file re-imports STAF only; PPPK (kept, not in the file) reports to KEPALA,
        // who is inactive.
        let (rows, _) = csv_rows(&format!("nip,nama,jabatan,unit_kerja\n{STAF},A,B,C\n"));
        let mut boss = existing(KEPALA, None, None);
        boss.active = false;
        let errors = check_against(&rows, &[boss, existing(PPPK, Some(KEPALA), None)], false);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 0);
        assert!(errors[0].reason.contains(PPPK));
    }

    #[test]
    fn xlsx_cells_become_text_and_a_numeric_nip_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (c, h) in ["nip", "nama", "jabatan", "unit_kerja", "telepon"]
            .iter()
            .enumerate()
        {
            sheet.write_string(0, c as u16, *h).unwrap();
        }
        sheet.write_string(1, 0, KEPALA).unwrap();
        sheet.write_string(1, 1, "Ahmad").unwrap();
        sheet.write_string(1, 2, "Kepala").unwrap();
        sheet.write_string(1, 3, "Dinkes").unwrap();
        sheet.write_number(1, 4, 81211112222.0).unwrap();
        sheet.write_number(2, 0, 196608011988031001.0).unwrap();
        sheet.write_string(2, 1, "Angka").unwrap();
        sheet.write_string(2, 2, "Staf").unwrap();
        sheet.write_string(2, 3, "Dinkes").unwrap();
        book.save(&path).unwrap();

        let (rows, errors) = parse_rows(read_file(&path).unwrap());

        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].telepon.as_ref().unwrap().as_str(), "+6281211112222");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 3);
        assert!(errors[0].reason.contains("Teks"), "{}", errors[0].reason);
    }

    #[test]
    fn an_unknown_extension_is_refused() {
        assert!(matches!(
            read_file(Path::new("roster.pdf")),
            Err(RosterFileError::UnsupportedExtension(_))
        ));
    }
}
