//! Reading and validating HR's roster: the spreadsheet (CSV or `.xlsx`) that says who
//! works where and who reports to whom.
//!
//! Three steps, each pure: [`read_file`] (or [`read_csv`], [`read_xlsx`]) turns a file into
//! [`RawRow`]s carrying the line HR sees; [`parse_rows`] checks each row and the file on
//! its own; [`check_against`] checks the state an import would leave in the database. This
//! module never writes anything and never fixes HR's data by guessing: the store applies a
//! file only when all three steps found nothing wrong. Its problems are values
//! ([`RowProblem`]); their `Display` is the Indonesian text of the logs, and a person reads
//! them through `crate::i18n::Localize` in their language. Names and other text pass
//! through unescaped (escaping is the bot's job).

use std::collections::HashMap;
use std::path::Path;

use calamine::Data;

use super::nip::{Nip, NipError};
use super::phone::{Phone, PhoneError};
use super::sheet::{self, Sheet};

/// The role a roster row gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Peran {
    /// Staff: `pegawai`, or an empty cell.
    Pegawai,
    /// HR (BKD) staff: `admin`.
    Admin,
}

/// One data row as read, before any check: the text of each known column (empty when the
/// column or the cell is missing).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawRow {
    /// The line HR sees in the spreadsheet or text editor; the header is line 1.
    pub line: usize,
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub unit_kerja: String,
    pub nip_atasan: String,
    pub telepon: String,
    pub peran: String,
    pub pangkat_golongan: String,
    pub kepala_unit: String,
    /// Why cells could not be read as text (an `.xlsx` date, or a NIP stored as a
    /// number); [`parse_rows`] reports them as errors of this row.
    pub cell_errors: Vec<RowProblem>,
}

/// A row that passed every check of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterRow {
    pub line: usize,
    pub nip: Nip,
    /// Trimmed, inner whitespace collapsed to single spaces.
    pub nama: String,
    /// Trimmed, inner whitespace collapsed.
    pub jabatan: String,
    /// Trimmed, inner whitespace collapsed.
    pub unit_kerja: String,
    /// `None` at the top of the tree.
    pub nip_atasan: Option<Nip>,
    pub telepon: Option<Phone>,
    pub peran: Peran,
    /// Pangkat/golongan for the official forms (`Penata Muda Tk. I / III-b`); `None` when
    /// the cell is empty (what is stored stays), `Some("")` for `-` (cleared).
    pub pangkat_golongan: Option<String>,
    /// Whether this person heads their unit (the Atasan Pejabat Penilai of the forms when
    /// the supervisor has no supervisor of their own); `None` when the cell is empty.
    pub kepala_unit: Option<bool>,
}

/// A problem found in the roster, for HR. `line` 0 means no line of the file: a person
/// kept from the database, not in the file, whom the import would leave inconsistent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: usize,
    /// What is wrong with the row, in the order found; never empty.
    pub problems: Vec<RowProblem>,
    /// The NIP of the row, when it could be read: a row that names this NIP as its
    /// supervisor is told that the supervisor's own row is the problem.
    pub nip: Option<Nip>,
}

impl RowError {
    /// The problems as one text, joined by `; `.
    pub fn reason(&self) -> String {
        self.problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("; ")
    }
}

impl std::fmt::Display for RowError {
    /// `baris 7: …`, or just the reason on line 0 (it names the person itself).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line == 0 {
            f.write_str(&self.reason())
        } else {
            write!(f, "baris {}: {}", self.line, self.reason())
        }
    }
}

/// One thing wrong with a roster row. Column names and the words HR types in cells
/// (`pegawai`, `ya`) are the file's own and stay as they are in every language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RowProblem {
    /// An `.xlsx` cell holding something other than text.
    #[error(
        "kolom {column} berisi {content}; format kolom {column} sebagai Teks lalu ketik ulang isinya"
    )]
    CellNotText {
        column: String,
        content: CellContent,
    },
    /// An `.xlsx` cell holding an Excel error (`#REF!`).
    #[error("kolom {column} berisi galat Excel {error}; perbaiki rumus atau isinya")]
    CellExcelError { column: String, error: String },
    #[error("nip kosong")]
    NipEmpty,
    #[error(transparent)]
    Nip(NipError),
    /// A required text column (`nama`, `jabatan`, `unit_kerja`) is empty.
    #[error("{0} kosong")]
    Empty(String),
    #[error("nip_atasan: {0}")]
    NipAtasan(NipError),
    #[error("nip_atasan tidak boleh sama dengan nip pegawai itu sendiri")]
    OwnSupervisor,
    #[error("telepon \"{text}\": {error}")]
    Phone { text: String, error: PhoneError },
    #[error("peran \"{0}\" tidak dikenal: isi pegawai atau admin (kosong berarti pegawai)")]
    Peran(String),
    #[error("pangkat_golongan terlalu panjang (paling banyak {MAX_PANGKAT} huruf)")]
    PangkatTooLong,
    #[error("kepala_unit \"{0}\" tidak dikenal: isi ya atau tidak (kosong berarti tidak berubah)")]
    KepalaUnit(String),
    #[error("NIP {nip} sudah ada di baris {first}")]
    DuplicateNip { nip: Nip, first: usize },
    #[error("telepon {phone} sudah dipakai di baris {first}")]
    DuplicatePhone { phone: Phone, first: usize },
    #[error(
        "NIP atasan {boss} ada di baris {line}, yang bermasalah; perbaiki baris {line} lebih dulu"
    )]
    SupervisorRowFailed { boss: Nip, line: usize },
    #[error(
        "NIP atasan {0} tidak ada di berkas sehingga akan dinonaktifkan; masukkan atasan itu ke berkas atau ganti nip_atasan"
    )]
    SupervisorDeactivated(Nip),
    #[error("NIP atasan {0} sudah tidak aktif")]
    SupervisorInactive(Nip),
    #[error("NIP atasan {0} tidak ada di berkas maupun di basis data")]
    SupervisorUnknown(Nip),
    /// Supervisors in a cycle through a file row: the NIPs from that row round to it.
    #[error(
        "atasan berputar (siklus): {}; setiap rantai atasan harus berakhir pada pegawai tanpa nip_atasan",
        chain(.0)
    )]
    Cycle(Vec<Nip>),
    /// A cycle made only of people kept from the database.
    #[error(
        "atasan berputar (siklus) di antara pegawai yang tidak ada di berkas: {}; masukkan mereka ke berkas dengan nip_atasan yang benar",
        chain(.0)
    )]
    CycleOutsideFile(Vec<Nip>),
    #[error(
        "telepon {phone} sudah dipakai pegawai aktif lain (NIP {nip}) yang tidak ada di berkas"
    )]
    PhoneTakenOutside { phone: Phone, nip: Nip },
    #[error("telepon {phone} sudah dipakai di baris {line} (NIP {nip})")]
    PhoneTaken { phone: Phone, line: usize, nip: Nip },
    /// A problem of a person kept from the database, not in the file (line 0).
    #[error(
        "pegawai NIP {nip} (tidak ada di berkas, tetap aktif): {problem}; masukkan pegawai ini ke berkas dengan nip_atasan yang benar"
    )]
    Kept { nip: Nip, problem: Box<RowProblem> },
}

/// What an `.xlsx` cell held instead of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum CellContent {
    /// A NIP typed as a number: its last digits are already gone.
    #[error("angka, bukan teks, sehingga digit terakhir NIP bisa hilang")]
    NipAsNumber,
    #[error("angka yang bukan nomor telepon utuh")]
    PhoneAsNumber,
    #[error("tanggal/waktu, bukan teks")]
    DateTime,
}

/// A supervisor cycle as it is shown: `A → B → A`.
pub fn chain(nips: &[Nip]) -> String {
    nips.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Why a roster file could not be read at all (as opposed to a bad row).
#[derive(Debug, thiserror::Error)]
pub enum RosterFileError {
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
    #[error(
        "kolom wajib tidak ada di baris judul: {}; baris pertama harus berisi judul kolom nip, nama, jabatan, unit_kerja",
        .0.join(", ")
    )]
    MissingColumns(Vec<String>),
    #[error("kolom berikut muncul lebih dari sekali di baris judul: {}", .0.join(", "))]
    DuplicateColumns(Vec<String>),
    #[error(
        "berkas kosong: baris pertama harus judul kolom (nip, nama, jabatan, unit_kerja, nip_atasan, telepon, peran)"
    )]
    Empty,
    #[error("berkas hanya berisi baris judul, tanpa data pegawai")]
    NoRows,
}

/// The columns the roster knows, as they are written in the header (after normalising).
const NIP: &str = "nip";
const NAMA: &str = "nama";
const JABATAN: &str = "jabatan";
const UNIT_KERJA: &str = "unit_kerja";
const NIP_ATASAN: &str = "nip_atasan";
const TELEPON: &str = "telepon";
const PERAN: &str = "peran";
const PANGKAT_GOLONGAN: &str = "pangkat_golongan";
const KEPALA_UNIT: &str = "kepala_unit";
const REQUIRED: [&str; 4] = [NIP, NAMA, JABATAN, UNIT_KERJA];
const KNOWN: [&str; 9] = [
    NIP,
    NAMA,
    JABATAN,
    UNIT_KERJA,
    NIP_ATASAN,
    TELEPON,
    PERAN,
    PANGKAT_GOLONGAN,
    KEPALA_UNIT,
];
/// The longest pangkat/golongan text the forms print.
pub const MAX_PANGKAT: usize = 100;

/// Reads a roster file by its extension: `.csv` or `.txt` as CSV, `.xlsx` as Excel.
pub fn read_file(path: &Path) -> Result<Vec<RawRow>, RosterFileError> {
    Ok(sheet::read_file(path)?)
}

/// Reads CSV with a header row, in the encodings and with the delimiters
/// [`sheet::read_csv`] takes.
pub fn read_csv(bytes: &[u8]) -> Result<Vec<RawRow>, RosterFileError> {
    Ok(sheet::read_csv(bytes)?)
}

/// Reads the first visible worksheet of an `.xlsx` file, with a header row (the first
/// non-empty row). Numbers become text without `.0` or exponent; a NIP typed as a number
/// has already lost its last digits, so such a row is refused with a way to fix it.
pub fn read_xlsx(path: &Path) -> Result<Vec<RawRow>, RosterFileError> {
    Ok(sheet::read_xlsx(path)?)
}

sheet::file_error_from!(RosterFileError);

impl Sheet for RawRow {
    const KNOWN: &'static [&'static str] = &KNOWN;
    const REQUIRED: &'static [&'static str] = &REQUIRED;
    type Problem = RowProblem;

    fn cell_text(cell: Option<&Data>, column: &'static str) -> Result<String, RowProblem> {
        cell_text(cell, column)
    }

    fn row(line: usize, text: impl Fn(&str) -> String, cell_errors: Vec<RowProblem>) -> RawRow {
        RawRow {
            line,
            nip: text(NIP),
            nama: text(NAMA),
            jabatan: text(JABATAN),
            unit_kerja: text(UNIT_KERJA),
            nip_atasan: text(NIP_ATASAN),
            telepon: text(TELEPON),
            peran: text(PERAN),
            pangkat_golongan: text(PANGKAT_GOLONGAN),
            kepala_unit: text(KEPALA_UNIT),
            cell_errors,
        }
    }
}

/// Checks each row on its own and the file as a whole: required fields, NIPs, phone,
/// peran, a supervisor who is the person themself, and NIPs or phones used twice (the later
/// line is reported, naming the earlier). Returns the good rows and the errors, one per
/// bad line, sorted by line.
pub fn parse_rows(rows: Vec<RawRow>) -> (Vec<RosterRow>, Vec<RowError>) {
    let mut good = Vec::new();
    let mut errors = Vec::new();
    let mut nip_line: HashMap<Nip, usize> = HashMap::new();
    let mut phone_line: HashMap<Phone, usize> = HashMap::new();
    for raw in rows {
        let mut reasons: Vec<RowProblem> = raw.cell_errors.clone();
        let nip = match Nip::parse(&raw.nip) {
            Ok(nip) => Some(nip),
            Err(NipError::Empty) => {
                reasons.push(RowProblem::NipEmpty);
                None
            }
            Err(e) => {
                reasons.push(RowProblem::Nip(e));
                None
            }
        };
        let nama = collapse(&raw.nama);
        let jabatan = collapse(&raw.jabatan);
        let unit_kerja = collapse(&raw.unit_kerja);
        for (column, value) in [
            (NAMA, &nama),
            (JABATAN, &jabatan),
            (UNIT_KERJA, &unit_kerja),
        ] {
            if value.is_empty() {
                reasons.push(RowProblem::Empty(column.to_string()));
            }
        }
        let nip_atasan = match raw.nip_atasan.trim() {
            "" => None,
            text => Nip::parse(text)
                .map_err(|e| reasons.push(RowProblem::NipAtasan(e)))
                .ok(),
        };
        if let (Some(own), Some(boss)) = (&nip, &nip_atasan)
            && own == boss
        {
            reasons.push(RowProblem::OwnSupervisor);
        }
        let telepon = match raw.telepon.trim() {
            "" => None,
            text => Phone::parse(text)
                .map_err(|error| {
                    reasons.push(RowProblem::Phone {
                        text: text.to_string(),
                        error,
                    })
                })
                .ok(),
        };
        let peran = match raw.peran.trim().to_lowercase().as_str() {
            "" | "pegawai" => Peran::Pegawai,
            "admin" => Peran::Admin,
            _ => {
                reasons.push(RowProblem::Peran(raw.peran.trim().to_string()));
                Peran::Pegawai
            }
        };
        let pangkat_golongan = match collapse(&raw.pangkat_golongan).as_str() {
            "" => None,
            "-" => Some(String::new()),
            text if text.chars().count() > MAX_PANGKAT => {
                reasons.push(RowProblem::PangkatTooLong);
                None
            }
            text => Some(text.to_string()),
        };
        let kepala_unit = match raw.kepala_unit.trim().to_lowercase().as_str() {
            "" => None,
            "ya" | "y" | "1" | "x" => Some(true),
            "tidak" | "t" | "0" => Some(false),
            other => {
                reasons.push(RowProblem::KepalaUnit(other.to_string()));
                None
            }
        };
        // A bad row still claims its NIP and phone, so that the other copy is reported
        // even when this one has a problem of its own.
        if let Some(nip) = &nip {
            if let Some(first) = nip_line.get(nip) {
                reasons.push(RowProblem::DuplicateNip {
                    nip: nip.clone(),
                    first: *first,
                });
            } else {
                nip_line.insert(nip.clone(), raw.line);
            }
        }
        if let Some(phone) = &telepon {
            if let Some(first) = phone_line.get(phone) {
                reasons.push(RowProblem::DuplicatePhone {
                    phone: phone.clone(),
                    first: *first,
                });
            } else {
                phone_line.insert(phone.clone(), raw.line);
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
                pangkat_golongan,
                kepala_unit,
            }),
            nip => errors.push(RowError {
                line: raw.line,
                problems: reasons,
                nip,
            }),
        }
    }
    errors.sort_by_key(|e| e.line);
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

/// Checks the state the import would leave: `rows` upserted by NIP over `existing` (every
/// file row active), people missing from the file kept as they are, or deactivated when
/// `deactivate_missing`. In that state every active person's supervisor must be active,
/// the supervisor graph must have no cycle, and no two active people share a phone.
///
/// File rows are reported on their line. A person kept from the database (only possible
/// without `deactivate_missing`: with it, everyone kept active is in the file) whose
/// supervisor is not active, or a cycle made only of such people, is reported on line 0
/// naming the NIPs. Errors come one per line (reasons joined by `; `), sorted by line.
///
/// `failed` are the rows [`parse_rows`] refused. They are not checked again (their own
/// error says what to fix; a person whose row failed is not taken for someone missing from
/// the file), and a row whose supervisor's row failed is told just that, unless that
/// supervisor stays active from the database anyway.
pub fn check_against(
    rows: &[RosterRow],
    failed: &[RowError],
    existing: &[Existing],
    deactivate_missing: bool,
) -> Vec<RowError> {
    let in_db: HashMap<&Nip, &Existing> = existing.iter().map(|e| (&e.nip, e)).collect();
    let mut failed_at: HashMap<&Nip, usize> = HashMap::new();
    for e in failed {
        if let Some(nip) = &e.nip {
            failed_at.entry(nip).or_insert(e.line);
        }
    }

    // The people active after the import, file rows first, in a fixed order so that the
    // messages come out the same every time.
    struct Person<'a> {
        line: usize,
        nip: &'a Nip,
        atasan: Option<&'a Nip>,
        telepon: Option<&'a Phone>,
    }
    let mut people: Vec<Person> = rows
        .iter()
        .map(|r| Person {
            line: r.line,
            nip: &r.nip,
            atasan: r.nip_atasan.as_ref(),
            telepon: r.telepon.as_ref(),
        })
        .collect();
    let mut index: HashMap<&Nip, usize> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        // Should parse_rows' duplicate check have been skipped, the later row wins, as
        // it would in an upsert.
        index.insert(p.nip, i);
    }
    if !deactivate_missing {
        for e in existing.iter().filter(|e| e.active) {
            if !index.contains_key(&e.nip) && !failed_at.contains_key(&e.nip) {
                index.insert(&e.nip, people.len());
                people.push(Person {
                    line: 0,
                    nip: &e.nip,
                    atasan: e.nip_atasan.as_ref(),
                    telepon: e.telepon.as_ref(),
                });
            }
        }
    }

    let mut errors: Vec<RowError> = Vec::new();
    let error_for = |person: &Person, problem: RowProblem| {
        let problem = if person.line == 0 {
            RowProblem::Kept {
                nip: person.nip.clone(),
                problem: Box::new(problem),
            }
        } else {
            problem
        };
        RowError {
            line: person.line,
            problems: vec![problem],
            nip: Some(person.nip.clone()),
        }
    };

    // Supervisors must be active people of the final state.
    for person in &people {
        let Some(boss) = person.atasan else { continue };
        if index.contains_key(boss) {
            continue;
        }
        let stays_active = in_db.get(boss).is_some_and(|e| e.active) && !deactivate_missing;
        let reason = match (failed_at.get(boss), in_db.get(boss)) {
            (Some(_), _) if stays_active => continue,
            (Some(line), _) => RowProblem::SupervisorRowFailed {
                boss: boss.clone(),
                line: *line,
            },
            (None, Some(e)) if e.active => RowProblem::SupervisorDeactivated(boss.clone()),
            (None, Some(_)) => RowProblem::SupervisorInactive(boss.clone()),
            (None, None) => RowProblem::SupervisorUnknown(boss.clone()),
        };
        errors.push(error_for(person, reason));
    }

    // Cycles: each person has at most one supervisor, so walking up from everyone once
    // finds every cycle in linear time.
    let next = |i: usize| people[i].atasan.and_then(|b| index.get(b).copied());
    let mut cycles: Vec<Vec<usize>> = Vec::new();
    let mut state = vec![Walk::New; people.len()];
    for start in 0..people.len() {
        let mut path = Vec::new();
        let mut at = Some(start);
        while let Some(i) = at {
            match state[i] {
                Walk::New => {
                    state[i] = Walk::OnPath(path.len());
                    path.push(i);
                    at = next(i);
                }
                Walk::OnPath(from) => {
                    cycles.push(path[from..].to_vec());
                    break;
                }
                Walk::Done => break,
            }
        }
        for i in path {
            state[i] = Walk::Done;
        }
    }
    for cycle in &cycles {
        let shown = |from: usize| {
            (0..=cycle.len())
                .map(|k| people[cycle[(from + k) % cycle.len()]].nip.clone())
                .collect::<Vec<_>>()
        };
        let in_file: Vec<usize> = (0..cycle.len())
            .filter(|&k| people[cycle[k]].line > 0)
            .collect();
        if in_file.is_empty() {
            errors.push(RowError {
                line: 0,
                nip: None,
                problems: vec![RowProblem::CycleOutsideFile(shown(0))],
            });
        }
        for k in in_file {
            let person = &people[cycle[k]];
            errors.push(error_for(person, RowProblem::Cycle(shown(k))));
        }
    }

    // Phones: one active person per phone. People kept from the database claim theirs
    // first; a file row's phone is taken from whoever had it before only if that person is
    // in the file too (a phone moving from A to B within one import).
    let mut owner: HashMap<&Phone, &Person> = HashMap::new();
    for person in people.iter().filter(|p| p.line == 0) {
        if let Some(phone) = person.telepon {
            owner.entry(phone).or_insert(person);
        }
    }
    for person in people.iter().filter(|p| p.line > 0) {
        let Some(phone) = person.telepon else {
            continue;
        };
        match owner.get(phone) {
            Some(other) if other.nip != person.nip => {
                let reason = if other.line == 0 {
                    RowProblem::PhoneTakenOutside {
                        phone: phone.clone(),
                        nip: other.nip.clone(),
                    }
                } else {
                    RowProblem::PhoneTaken {
                        phone: phone.clone(),
                        line: other.line,
                        nip: other.nip.clone(),
                    }
                };
                errors.push(error_for(person, reason));
            }
            Some(_) => {}
            None => {
                owner.insert(phone, person);
            }
        }
    }

    merge_by_line(errors)
}

/// Where the cycle search has been.
#[derive(Debug, Clone, Copy)]
enum Walk {
    New,
    /// On the path being walked, at this position.
    OnPath(usize),
    Done,
}

/// One error per file line (reasons joined), line-0 errors kept apart since each names
/// its own person; sorted by line.
fn merge_by_line(errors: Vec<RowError>) -> Vec<RowError> {
    let mut merged: Vec<RowError> = Vec::new();
    let mut at: HashMap<usize, usize> = HashMap::new();
    for e in errors {
        match at.get(&e.line) {
            Some(&i) if e.line > 0 => merged[i].problems.extend(e.problems),
            _ => {
                at.insert(e.line, merged.len());
                merged.push(e);
            }
        }
    }
    merged.sort_by_key(|e| e.line);
    merged
}

/// Trims and collapses inner whitespace (including line breaks of a multi-line cell).
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The largest integer an `f64` holds exactly; beyond it a number cell has lost digits.
const EXACT_F64: f64 = 9_007_199_254_740_992.0;

/// An `.xlsx` cell of a known column as text.
pub(crate) fn cell_text(cell: Option<&Data>, column: &str) -> Result<String, RowProblem> {
    let as_text = |content: CellContent| RowProblem::CellNotText {
        column: column.to_string(),
        content,
    };
    match cell {
        None | Some(Data::Empty) => Ok(String::new()),
        Some(Data::String(s)) => Ok(s.clone()),
        Some(Data::Int(i)) => Ok(i.to_string()),
        Some(Data::Float(f)) => {
            let whole = f.fract() == 0.0 && f.abs() < EXACT_F64;
            if column == NIP || column == NIP_ATASAN {
                // An 18-digit NIP is beyond what a float holds exactly: its last digits are
                // already gone, and guessing them could name another person.
                Err(as_text(CellContent::NipAsNumber))
            } else if whole {
                Ok(format!("{}", *f as i64))
            } else if column == TELEPON {
                Err(as_text(CellContent::PhoneAsNumber))
            } else {
                // Rust prints floats in full, never in exponent form.
                Ok(f.to_string())
            }
        }
        Some(Data::Bool(b)) => Ok(if *b { "TRUE" } else { "FALSE" }.to_string()),
        Some(Data::DateTime(_) | Data::DateTimeIso(_) | Data::DurationIso(_)) => {
            Err(as_text(CellContent::DateTime))
        }
        Some(Data::Error(e)) => Err(RowProblem::CellExcelError {
            column: column.to_string(),
            error: e.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEPALA: &str = "196608011988031001";
    const STAF: &str = "198505152010012002";
    const PPPK: &str = "200012312024211001";
    const LAIN: &str = "199001012015011001";

    const HEADER: &str = "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran";

    fn nip(raw: &str) -> Nip {
        Nip::parse(raw).unwrap_or_else(|e| panic!("test NIP {raw}: {e}"))
    }

    fn phone(raw: &str) -> Phone {
        Phone::parse(raw).unwrap_or_else(|e| panic!("test phone {raw}: {e}"))
    }

    /// Reads and parses a CSV text, which must be readable.
    fn parse_csv(text: &str) -> (Vec<RosterRow>, Vec<RowError>) {
        parse_rows(read_csv(text.as_bytes()).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Rows from `nip,atasan,telepon` triples (empty strings for none), all good.
    fn file(people: &[(&str, &str, &str)]) -> Vec<RosterRow> {
        let mut text = format!("{HEADER}\n");
        for (n, atasan, tel) in people {
            text.push_str(&format!("{n},Nama,Staf,Dinas Kesehatan,{atasan},{tel},\n"));
        }
        let (rows, errors) = parse_csv(&text);
        assert!(errors.is_empty(), "{errors:?}");
        rows
    }

    fn db(n: &str, atasan: Option<&str>, tel: Option<&str>, active: bool) -> Existing {
        Existing {
            nip: nip(n),
            nip_atasan: atasan.map(nip),
            telepon: tel.map(phone),
            active,
        }
    }

    fn lines(errors: &[RowError]) -> Vec<usize> {
        errors.iter().map(|e| e.line).collect()
    }

    fn reason(errors: &[RowError], line: usize) -> String {
        errors
            .iter()
            .find(|e| e.line == line)
            .map(RowError::reason)
            .unwrap_or_else(|| panic!("no error on line {line}: {errors:?}"))
    }

    #[test]
    fn a_comma_file_is_read_with_the_lines_hr_sees() {
        let (rows, errors) = parse_csv(&format!(
            "{HEADER}\n\
             {KEPALA},dr.  Ahmad   Hutagalung ,Kepala Dinas,Dinas Kesehatan,,0812-1111-2222,\n\
             \n\
             ,,,,,,\n\
             {STAF},Siti <Nur> & Rekan,Perawat,Dinas Kesehatan,{KEPALA},,ADMIN\n\
             {PPPK},Budi,Staf,Dinas Kesehatan,{STAF},,Pegawai\n"
        ));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 5, 6]);
        let kepala = &rows[0];
        assert_eq!(kepala.nip, nip(KEPALA));
        assert_eq!(kepala.nama, "dr. Ahmad Hutagalung");
        assert_eq!(kepala.jabatan, "Kepala Dinas");
        assert_eq!(kepala.unit_kerja, "Dinas Kesehatan");
        assert_eq!(kepala.nip_atasan, None);
        assert_eq!(kepala.telepon, Some(phone("+6281211112222")));
        assert_eq!(kepala.peran, Peran::Pegawai);
        assert_eq!(rows[1].nama, "Siti <Nur> & Rekan");
        assert_eq!(rows[1].nip_atasan, Some(nip(KEPALA)));
        assert_eq!(rows[1].peran, Peran::Admin);
        assert_eq!(rows[2].peran, Peran::Pegawai);
    }

    #[test]
    fn a_semicolon_file_with_bom_crlf_and_quoted_fields_is_read() {
        let text = format!(
            "\u{feff}NIP;Nama;Jabatan;Unit Kerja;Keterangan\r\n\
             {KEPALA};\"Hutagalung; Ahmad\";\"Kepala\r\nDinas\";Dinas Kesehatan;\"a, b\"\r\n\
             ;;;;\r\n\
             {STAF};\"Siti \"\"Ucok\"\"\";Staf;Dinas Kesehatan;\r\n"
        );
        let (rows, errors) = parse_csv(&text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows[0].nama, "Hutagalung; Ahmad");
        assert_eq!(rows[0].jabatan, "Kepala Dinas");
        assert_eq!(rows[0].line, 2);
        assert_eq!(rows[1].nama, "Siti \"Ucok\"");
        // Line 2 spans two lines, line 4 is the empty row.
        assert_eq!(rows[1].line, 5);
    }

    #[test]
    fn line_numbers_follow_the_file_whatever_its_line_endings() {
        let cases = [("\n", "\n\n"), ("\r\n", "\r\n\r\n"), ("\r", "\r\r")];
        for (end, blank) in cases {
            let text = format!(
                "nip,nama,jabatan,unit_kerja{end}1,A,B,C{blank}2,A,B,C{end}\"3\n3\",A,B,C{end}4,A,B,C"
            );
            let rows = read_csv(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(
                rows.iter().map(|r| r.line).collect::<Vec<_>>(),
                [2, 4, 5, 7],
                "{end:?}"
            );
        }
    }

    #[test]
    fn blank_lines_before_the_header_are_skipped_but_still_counted() {
        let text = format!("\r\n\r\nnip;nama;jabatan;unit_kerja\r\n{KEPALA};A, B;Staf;Dinkes\r\n");
        let (rows, errors) = parse_csv(&text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows[0].nama, "A, B");
        assert_eq!(rows[0].line, 4);
    }

    #[test]
    fn a_windows_1252_or_utf_16_file_is_read_too() {
        let mut ansi = format!("nip;nama;jabatan;unit_kerja\n{KEPALA};Ma").into_bytes();
        ansi.extend(b"\x92ruf Caf\xe9;Staf;Dinas Kesehatan\n");
        let (rows, errors) = parse_rows(read_csv(&ansi).unwrap_or_else(|e| panic!("{e}")));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows[0].nama, "Ma’ruf Café");

        let text = format!("nip\tnama\tjabatan\tunit_kerja\r\n{KEPALA}\tMa’ruf\tStaf\tDinkes\r\n");
        let mut utf16 = vec![0xff, 0xfe];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        let (rows, errors) = parse_rows(read_csv(&utf16).unwrap_or_else(|e| panic!("{e}")));
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(rows[0].nama, "Ma’ruf");
    }

    #[test]
    fn missing_required_columns_are_all_named() {
        let missing = read_csv(b"NIP,Nama,Telepon\n1,2,3\n");
        assert!(
            matches!(&missing, Err(RosterFileError::MissingColumns(c)) if c == &["jabatan", "unit_kerja"]),
            "{missing:?}"
        );
    }

    #[test]
    fn file_level_errors_name_what_is_wrong() {
        let cases: [(&[u8], &str); 5] = [
            (
                b"nip,nama\n1,2\n",
                "kolom wajib tidak ada di baris judul: jabatan, unit_kerja",
            ),
            (
                b"nip,nama,jabatan,unit_kerja,NIP\n",
                "kolom berikut muncul lebih dari sekali di baris judul: nip",
            ),
            (b"", "berkas kosong"),
            (b" , , \n", "berkas kosong"),
            (
                b"nip,nama,jabatan,unit_kerja\n\n,,,\n",
                "berkas hanya berisi baris judul",
            ),
        ];
        for (bytes, want) in cases {
            match read_csv(bytes) {
                Ok(rows) => panic!("{bytes:?} read as {rows:?}"),
                Err(e) => assert!(e.to_string().starts_with(want), "{bytes:?}: {e}"),
            }
        }
        let unsupported = [
            ("roster.pdf", ".pdf"),
            ("roster.XLS", ".xls"),
            ("roster", "tanpa"),
        ];
        for (path, want) in unsupported {
            match read_file(Path::new(path)) {
                Err(
                    e @ (RosterFileError::UnsupportedExtension(_) | RosterFileError::NoExtension),
                ) => {
                    let shown = e.to_string();
                    assert!(shown.contains(want), "{path}: {shown}");
                }
                other => panic!("{path}: {other:?}"),
            }
        }
    }

    #[test]
    fn each_kind_of_bad_row_is_reported_on_its_line() {
        let (rows, errors) = parse_csv(&format!(
            "{HEADER}\n\
             123,A,B,C,,,\n\
             {KEPALA},  ,B,C,,,\n\
             {STAF},A,B,C,,12ab,\n\
             {PPPK},A,B,C,,,raja\n\
             {LAIN},A,B,C,{LAIN},,\n\
             199001012015011002,A,B,C,,0812-1111-2222,\n\
             199001012015011002,A,B,C,,,\n\
             199001012015011003,A,B,C,,+62 812 1111 2222,\n\
             199001012015011004,A,,,19900101201501100,,\n\
             ,A,B,C,,,\n"
        ));
        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [7]);
        assert_eq!(lines(&errors), [2, 3, 4, 5, 6, 8, 9, 10, 11]);
        let want = [
            (2, "NIP harus 18 digit angka, bukan 3 digit"),
            (3, "nama kosong"),
            (
                4,
                "telepon \"12ab\": nomor telepon hanya boleh berisi angka",
            ),
            (5, "peran \"raja\" tidak dikenal: isi pegawai atau admin"),
            (6, "nip_atasan tidak boleh sama dengan nip"),
            (8, "NIP 199001012015011002 sudah ada di baris 7"),
            (9, "telepon +6281211112222 sudah dipakai di baris 7"),
            (
                10,
                "jabatan kosong; unit_kerja kosong; nip_atasan: NIP harus 18 digit",
            ),
            (11, "nip kosong"),
        ];
        for (line, text) in want {
            let got = reason(&errors, line);
            assert!(got.starts_with(text), "line {line}: {got}");
        }
        assert_eq!(
            errors[0].to_string(),
            "baris 2: NIP harus 18 digit angka, bukan 3 digit"
        );
    }

    #[test]
    fn a_duplicate_is_reported_even_when_the_first_copy_is_bad_itself() {
        let (_, errors) = parse_csv(&format!("{HEADER}\n{KEPALA},,B,C,,,\n{KEPALA},A,B,C,,,\n"));
        assert_eq!(lines(&errors), [2, 3]);
        assert!(reason(&errors, 3).contains("baris 2"));
    }

    fn write_xlsx(path: &Path, rows: &[Vec<Cell>]) {
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                let written = match cell {
                    Cell::Text(t) => sheet.write_string(r, c, *t).map(|_| ()),
                    Cell::Number(n) => sheet.write_number(r, c, *n).map(|_| ()),
                    Cell::Date => {
                        let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
                        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 1, 2)
                            .unwrap_or_else(|e| panic!("{e}"));
                        sheet
                            .write_datetime_with_format(r, c, &date, &format)
                            .map(|_| ())
                    }
                    Cell::Blank => Ok(()),
                };
                written.unwrap_or_else(|e| panic!("{e}"));
            }
        }
        book.save(path).unwrap_or_else(|e| panic!("{e}"));
    }

    enum Cell {
        Text(&'static str),
        Number(f64),
        Date,
        Blank,
    }

    #[test]
    fn xlsx_cells_become_text_and_a_numeric_nip_is_reported() {
        use Cell::{Blank, Date, Number, Text};
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("roster.XLSX");
        write_xlsx(
            &path,
            &[
                vec![
                    Text("No"),
                    Text("NIP"),
                    Text("Nama"),
                    Text("Jabatan"),
                    Text("Unit Kerja"),
                    Text("Telepon"),
                    Text("NIP Atasan"),
                ],
                vec![
                    Number(1.0),
                    Text(KEPALA),
                    Text("Ahmad"),
                    Text("Kepala"),
                    Text("Dinkes"),
                    Number(81211112222.0),
                    Blank,
                ],
                vec![
                    Number(2.0),
                    Text(STAF),
                    Text("Siti"),
                    Text("Staf"),
                    Text("Dinkes"),
                    Text("0812-3333-4444"),
                    Text(KEPALA),
                ],
                vec![
                    Number(3.0),
                    Number(196608011988031001.0),
                    Text("Angka"),
                    Text("Staf"),
                    Text("Dinkes"),
                    Blank,
                    Blank,
                ],
                vec![Number(4.0)],
                vec![
                    Number(5.0),
                    Text(PPPK),
                    Text("Tanggal"),
                    Date,
                    Text("Dinkes"),
                    Number(6281255556666.0),
                    Number(196608011988031001.0),
                ],
                vec![
                    Number(6.0),
                    Text(LAIN),
                    Number(12.0),
                    Text("Staf"),
                    Text("Dinkes"),
                    Number(812.5),
                    Blank,
                ],
            ],
        );

        let (rows, errors) = parse_rows(read_file(&path).unwrap_or_else(|e| panic!("{e}")));

        assert_eq!(rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3]);
        assert_eq!(rows[0].telepon, Some(phone("+6281211112222")));
        assert_eq!(rows[1].telepon, Some(phone("+6281233334444")));
        assert_eq!(rows[1].nip_atasan, Some(nip(KEPALA)));
        assert_eq!(lines(&errors), [4, 6, 7]);
        assert!(reason(&errors, 4).contains("format kolom nip sebagai Teks"));
        let dated = reason(&errors, 6);
        assert!(
            dated.contains("kolom jabatan berisi tanggal/waktu"),
            "{dated}"
        );
        assert!(
            dated.contains("format kolom nip_atasan sebagai Teks"),
            "{dated}"
        );
        assert!(!dated.contains("telepon"), "{dated}");
        assert!(reason(&errors, 7).contains("format kolom telepon sebagai Teks"));
    }

    #[test]
    fn an_xlsx_header_below_empty_rows_keeps_the_lines_excel_shows() {
        use Cell::{Blank, Text};
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("roster.xlsx");
        write_xlsx(
            &path,
            &[
                vec![],
                vec![
                    Blank,
                    Text("nip"),
                    Text("nama"),
                    Text("jabatan"),
                    Text("unit_kerja"),
                ],
                vec![
                    Blank,
                    Text(KEPALA),
                    Text("Ahmad"),
                    Text("Kepala"),
                    Text("Dinkes"),
                ],
            ],
        );
        let rows = read_xlsx(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].line, 3);
        assert_eq!(rows[0].nip, KEPALA);
    }

    #[test]
    fn an_atasan_found_in_the_database_is_enough() {
        let rows = file(&[(STAF, KEPALA, "")]);
        let existing = [db(KEPALA, None, None, true)];
        assert_eq!(check_against(&rows, &[], &existing, false), []);
    }

    #[test]
    fn an_atasan_missing_or_inactive_is_reported() {
        let rows = file(&[(STAF, KEPALA, "")]);
        let cases = [
            (
                vec![],
                false,
                "NIP atasan 196608011988031001 tidak ada di berkas maupun di basis data",
            ),
            (
                vec![db(KEPALA, None, None, false)],
                false,
                "NIP atasan 196608011988031001 sudah tidak aktif",
            ),
            (
                vec![db(KEPALA, None, None, true)],
                true,
                "NIP atasan 196608011988031001 tidak ada di berkas sehingga akan dinonaktifkan",
            ),
        ];
        for (existing, deactivate, want) in cases {
            let errors = check_against(&rows, &[], &existing, deactivate);
            assert_eq!(lines(&errors), [2]);
            assert!(
                errors[0].reason().starts_with(want),
                "{}",
                errors[0].reason()
            );
        }
    }

    #[test]
    fn a_row_that_failed_is_not_checked_again_as_someone_kept_from_the_database() {
        let (rows, failed) = parse_csv(&format!(
            "{HEADER}\n{STAF},Nama,,Dinas Kesehatan,{KEPALA},,\n"
        ));
        assert_eq!(lines(&failed), [2]);
        assert_eq!(failed[0].nip, Some(nip(STAF)));
        let existing = [
            db(STAF, Some(KEPALA), None, true),
            db(KEPALA, None, None, false),
        ];
        assert_eq!(check_against(&rows, &failed, &existing, false), []);
    }

    #[test]
    fn a_row_whose_atasan_row_failed_names_that_row() {
        let (rows, failed) = parse_csv(&format!(
            "{HEADER}\n{KEPALA},Nama,,Dinas Kesehatan,,,\n{STAF},Nama,Staf,Dinas Kesehatan,{KEPALA},,\n"
        ));
        let want = format!(
            "NIP atasan {KEPALA} ada di baris 2, yang bermasalah; perbaiki baris 2 lebih dulu"
        );
        for (existing, deactivate) in [(vec![], false), (vec![db(KEPALA, None, None, true)], true)]
        {
            let errors = check_against(&rows, &failed, &existing, deactivate);
            assert_eq!(lines(&errors), [3]);
            assert_eq!(errors[0].reason(), want);
        }
        let staying = [db(KEPALA, None, None, true)];
        assert_eq!(check_against(&rows, &failed, &staying, false), []);
    }

    #[test]
    fn an_inactive_person_in_the_file_is_active_again_and_may_be_an_atasan() {
        let rows = file(&[(KEPALA, "", ""), (STAF, KEPALA, "")]);
        let existing = [db(KEPALA, None, None, false)];
        assert_eq!(check_against(&rows, &[], &existing, true), []);
    }

    #[test]
    fn a_cycle_within_the_file_is_reported_on_each_of_its_lines() {
        let rows = file(&[
            (KEPALA, STAF, ""),
            (STAF, PPPK, ""),
            (PPPK, KEPALA, ""),
            (LAIN, KEPALA, ""),
        ]);
        let errors = check_against(&rows, &[], &[], false);
        assert_eq!(lines(&errors), [2, 3, 4]);
        assert!(
            errors[0].reason().starts_with(&format!(
                "atasan berputar (siklus): {KEPALA} → {STAF} → {PPPK} → {KEPALA}"
            )),
            "{}",
            errors[0].reason()
        );
        assert!(
            errors[1]
                .reason()
                .contains(&format!("{STAF} → {PPPK} → {KEPALA} → {STAF}"))
        );
    }

    #[test]
    fn a_cycle_through_the_database_is_reported_on_the_file_row() {
        // The file makes KEPALA report to STAF; in the database STAF reports to PPPK, who
        // reports to KEPALA.
        let rows = file(&[(KEPALA, STAF, "")]);
        let existing = [
            db(KEPALA, None, None, true),
            db(STAF, Some(PPPK), None, true),
            db(PPPK, Some(KEPALA), None, true),
        ];
        let errors = check_against(&rows, &[], &existing, false);
        assert_eq!(lines(&errors), [2]);
        assert!(
            errors[0]
                .reason()
                .contains(&format!("{KEPALA} → {STAF} → {PPPK} → {KEPALA}"))
        );
    }

    #[test]
    fn a_phone_of_another_active_person_is_refused() {
        let rows = file(&[(STAF, "", "0812-1111-2222")]);
        let existing = [db(KEPALA, None, Some("+6281211112222"), true)];
        let errors = check_against(&rows, &[], &existing, false);
        assert_eq!(lines(&errors), [2]);
        assert_eq!(
            errors[0].reason(),
            format!(
                "telepon +6281211112222 sudah dipakai pegawai aktif lain (NIP {KEPALA}) yang tidak ada di berkas"
            )
        );
    }

    #[test]
    fn a_phone_of_an_inactive_or_deactivated_person_is_free() {
        let rows = file(&[(STAF, "", "0812-1111-2222")]);
        let inactive = [db(KEPALA, None, Some("+6281211112222"), false)];
        assert_eq!(check_against(&rows, &[], &inactive, false), []);
        let leaving = [db(KEPALA, None, Some("+6281211112222"), true)];
        assert_eq!(check_against(&rows, &[], &leaving, true), []);
    }

    #[test]
    fn a_phone_moving_from_one_person_to_another_in_the_same_file_is_fine() {
        let rows = file(&[(STAF, "", "0812-1111-2222"), (KEPALA, "", "0812-9999-0000")]);
        let existing = [
            db(KEPALA, None, Some("+6281211112222"), true),
            db(STAF, None, Some("+6281299990000"), true),
        ];
        assert_eq!(check_against(&rows, &[], &existing, false), []);
    }

    #[test]
    fn deactivating_missing_people_must_not_leave_anyone_without_an_active_atasan() {
        // KEPALA is left out of the file, so --deactivate-missing would deactivate them,
        // orphaning STAF, who is in the file.
        let rows = file(&[(STAF, KEPALA, ""), (PPPK, STAF, "")]);
        let existing = [
            db(KEPALA, None, None, true),
            db(STAF, Some(KEPALA), None, true),
            db(PPPK, Some(STAF), None, true),
        ];
        assert_eq!(check_against(&rows, &[], &existing, false), []);
        let errors = check_against(&rows, &[], &existing, true);
        assert_eq!(lines(&errors), [2]);
        assert!(errors[0].reason().contains("akan dinonaktifkan"));
    }

    #[test]
    fn a_person_kept_from_the_database_without_an_active_atasan_is_reported_on_line_0() {
        // The file re-imports STAF only; PPPK (kept, not in the file) reports to KEPALA,
        // who is inactive.
        let rows = file(&[(STAF, "", "")]);
        let existing = [
            db(KEPALA, None, None, false),
            db(PPPK, Some(KEPALA), None, true),
        ];
        let errors = check_against(&rows, &[], &existing, false);
        assert_eq!(lines(&errors), [0]);
        assert!(errors[0].to_string().starts_with(&format!(
            "pegawai NIP {PPPK} (tidak ada di berkas, tetap aktif): NIP atasan {KEPALA} sudah tidak aktif"
        )));
    }

    #[test]
    fn several_problems_of_one_row_come_as_one_error() {
        let rows = file(&[(STAF, LAIN, "0812-1111-2222")]);
        let existing = [db(KEPALA, None, Some("0812-1111-2222"), true)];
        let errors = check_against(&rows, &[], &existing, false);
        assert_eq!(lines(&errors), [2]);
        assert!(errors[0].reason().contains("NIP atasan"));
        assert!(errors[0].reason().contains("telepon"));
    }

    #[test]
    fn file_errors_can_be_sent_between_threads() {
        fn sendable<T: Send + Sync + 'static>() {}
        sendable::<RosterFileError>();
    }
}
