//! Plan templates per position (*templat per jabatan*): what HR imports from a file, or a
//! supervisor saves from an approved plan, for staff of that jabatan (and perhaps only of one
//! unit) to start from; and the rules around them and around copying last year's plan.
//!
//! The template file has one indicator per row: `jabatan`, `unit_kerja` (optional: empty is
//! every unit), `jenis` (Utama/Tambahan), `rhk`, `indikator`, `target` (`1.200 orang`),
//! `aspek` (Kuantitas/Kualitas/Waktu/Biaya) and `arah` (optional: the aspect's usual one).
//! Rows with the same jabatan and unit form one template; rows with the same RHK text within
//! it form one RHK. Like the roster, a file is taken whole or not at all: every bad line is
//! reported with its line number (the header is line 1). Nothing here reads the database.

use std::collections::HashMap;
use std::path::Path;

use calamine::Data;

use super::person::Person;
use super::plan::{
    Arah, Aspek, DecisionError, Indikator, Jenis, PlanContent, PlanError, PlanStatus, Rhk,
    may_decide,
};
use super::quantity::{Quantity, QuantityError};
use super::roster::{self, RowProblem};
use super::sheet::{self, Sheet};

/// The longest RHK or indicator text a template takes (as the chat does).
pub const MAX_TEXT: usize = 500;

/// A position or unit as templates are matched: trimmed, lowercase, single spaces.
pub fn key(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Trims and collapses inner whitespace.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a template saved for `jabatan_key` and `unit_key` ('' = every unit) is for this
/// person.
pub fn fits(jabatan_key: &str, unit_key: &str, person: &Person) -> bool {
    jabatan_key == key(&person.jabatan)
        && (unit_key.is_empty() || unit_key == key(&person.unit_kerja))
}

/// A plan's content as a template keeps it: ids are positions (RHK 1, 2, …; indicators 1,
/// 2, … across the template) and no links to a supervisor's RHK.
pub fn as_template(content: &PlanContent) -> PlanContent {
    let mut next_indicator = 0;
    PlanContent {
        rhk: content
            .rhk
            .iter()
            .enumerate()
            .map(|(i, r)| Rhk {
                id: i as i64 + 1,
                jenis: r.jenis,
                text: r.text.clone(),
                parent: None,
                indikator: r
                    .indikator
                    .iter()
                    .map(|ind| {
                        next_indicator += 1;
                        Indikator {
                            id: next_indicator,
                            ..ind.clone()
                        }
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Whether the working copy may be filled from a template or from last year's plan: it has
/// no RHK yet and its plan may be written (none yet, a draft, or returned).
pub fn blank_draft(status: Option<PlanStatus>, rhk_count: usize) -> bool {
    rhk_count == 0 && status.is_none_or(|s| s.editable().is_ok())
}

/// The supervisor's RHK of this year that a copied RHK links to again: the one whose text
/// is the same as the one it linked to last year (trimmed, case-insensitive).
pub fn relink(last_year_parent: Option<&str>, offered: &[(i64, String)]) -> Option<i64> {
    let wanted = key(last_year_parent?);
    offered
        .iter()
        .find(|(_, text)| key(text) == wanted)
        .map(|(id, _)| *id)
}

/// Why a template action was refused; the message is for the person who tried.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateError {
    #[error(
        "Anda hanya dapat menyimpan sebagai templat rencana Anda sendiri (bila Anda atasan) atau rencana yang Anda setujui sebagai atasan langsung."
    )]
    NotAllowed,
    #[error("Rencana ini belum punya versi yang disetujui, atau versinya sudah berganti.")]
    NotInForce,
    #[error("Templat ini sudah tidak ada.")]
    Gone,
    #[error("Templat ini bukan untuk jabatan dan unit kerja Anda sekarang.")]
    DoesNotFit,
    #[error(
        "Rencana tahun ini sudah berisi RHK. Templat atau rencana tahun lalu hanya dapat dipakai pada rencana yang masih kosong."
    )]
    NotEmpty,
    #[error("Rencana tahun lalu Anda belum pernah disetujui, jadi tidak ada yang dapat disalin.")]
    NoLastYear,
}

/// Whether `presser` may save `owner`'s plan in force as the template of `owner`'s jabatan
/// in `owner`'s unit: their own plan when they are a supervisor, or a plan they may decide
/// (their direct subordinate's, or BKD's for a plan at the top of the tree).
pub fn may_save_from_plan(presser: &Person, owner: &Person) -> Result<(), TemplateError> {
    if presser.nip == owner.nip {
        return if presser.bawahan > 0 {
            Ok(())
        } else {
            Err(TemplateError::NotAllowed)
        };
    }
    may_decide(presser, owner).map_err(|_: DecisionError| TemplateError::NotAllowed)
}

/// One data row of a template file as read, before any check.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawTemplateRow {
    /// The line HR sees; the header is line 1.
    pub line: usize,
    pub jabatan: String,
    pub unit_kerja: String,
    pub jenis: String,
    pub rhk: String,
    pub indikator: String,
    pub target: String,
    pub aspek: String,
    pub arah: String,
    /// Cells that could not be read as text.
    pub cell_errors: Vec<TemplateProblem>,
}

/// A template read from a file, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedTemplate {
    /// Its first line in the file.
    pub line: usize,
    pub jabatan: String,
    /// `None`: every unit.
    pub unit_kerja: Option<String>,
    pub content: PlanContent,
}

/// One thing wrong with a row of a template file. Column names and the words HR types in
/// cells stay as the file has them in every language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TemplateProblem {
    #[error("{0}")]
    Cell(RowProblem),
    #[error("kolom {0} kosong")]
    Empty(&'static str),
    #[error("kolom {column} lebih dari {max} huruf")]
    TooLong { column: &'static str, max: usize },
    #[error("jenis {0:?} tidak dikenal: tulis Utama atau Tambahan")]
    Jenis(String),
    #[error("target: {0}")]
    Target(QuantityError),
    #[error("aspek {0:?} tidak dikenal: tulis Kuantitas, Kualitas, Waktu atau Biaya")]
    Aspek(String),
    #[error(
        "arah {0:?} tidak dikenal: tulis naik (makin tinggi makin baik) atau turun (makin rendah makin baik), atau kosongkan"
    )]
    Arah(String),
    #[error("indikator ini sudah ada untuk RHK yang sama di baris {first}")]
    DuplicateIndicator { first: usize },
    #[error("RHK ini di baris {first} berjenis lain; satu RHK hanya punya satu jenis")]
    JenisDiffers { first: usize },
    #[error("templat untuk jabatan {0:?} belum punya RHK Utama")]
    NoUtama(String),
}

/// A bad line of a template file, with everything wrong on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateRowError {
    pub line: usize,
    pub problems: Vec<TemplateProblem>,
}

impl std::fmt::Display for TemplateRowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let problems: Vec<String> = self.problems.iter().map(ToString::to_string).collect();
        write!(f, "baris {}: {}", self.line, problems.join("; "))
    }
}

/// Why a template file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum TemplateFileError {
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
        "kolom wajib tidak ada di baris judul: {}; baris pertama harus berisi judul kolom jabatan, jenis, rhk, indikator, target, aspek",
        .0.join(", ")
    )]
    MissingColumns(Vec<String>),
    #[error("kolom berikut muncul lebih dari sekali di baris judul: {}", .0.join(", "))]
    DuplicateColumns(Vec<String>),
    #[error("berkas kosong: baris pertama harus judul kolom")]
    Empty,
    #[error("berkas hanya berisi baris judul, tanpa isi templat")]
    NoRows,
}

const JABATAN: &str = "jabatan";
const UNIT_KERJA: &str = "unit_kerja";
const JENIS: &str = "jenis";
const RHK: &str = "rhk";
const INDIKATOR: &str = "indikator";
const TARGET: &str = "target";
const ASPEK: &str = "aspek";
const ARAH: &str = "arah";
const REQUIRED: [&str; 6] = [JABATAN, JENIS, RHK, INDIKATOR, TARGET, ASPEK];
const KNOWN: [&str; 8] = [
    JABATAN, UNIT_KERJA, JENIS, RHK, INDIKATOR, TARGET, ASPEK, ARAH,
];

/// Reads a template file by its extension: `.csv` or `.txt` as CSV, `.xlsx` as Excel.
pub fn read_file(path: &Path) -> Result<Vec<RawTemplateRow>, TemplateFileError> {
    Ok(sheet::read_file(path)?)
}

/// Reads CSV with a header row, in the encodings and with the delimiters the roster takes.
pub fn read_csv(bytes: &[u8]) -> Result<Vec<RawTemplateRow>, TemplateFileError> {
    Ok(sheet::read_csv(bytes)?)
}

/// Reads the first visible worksheet of an `.xlsx` file, with a header row.
pub fn read_xlsx(path: &Path) -> Result<Vec<RawTemplateRow>, TemplateFileError> {
    Ok(sheet::read_xlsx(path)?)
}

sheet::file_error_from!(TemplateFileError);

impl Sheet for RawTemplateRow {
    const KNOWN: &'static [&'static str] = &KNOWN;
    const REQUIRED: &'static [&'static str] = &REQUIRED;
    type Problem = TemplateProblem;

    /// As in the roster; no template column is a NIP or a phone.
    fn cell_text(cell: Option<&Data>, column: &'static str) -> Result<String, TemplateProblem> {
        roster::cell_text(cell, column).map_err(TemplateProblem::Cell)
    }

    fn row(
        line: usize,
        text: impl Fn(&str) -> String,
        cell_errors: Vec<TemplateProblem>,
    ) -> RawTemplateRow {
        RawTemplateRow {
            line,
            jabatan: text(JABATAN),
            unit_kerja: text(UNIT_KERJA),
            jenis: text(JENIS),
            rhk: text(RHK),
            indikator: text(INDIKATOR),
            target: text(TARGET),
            aspek: text(ASPEK),
            arah: text(ARAH),
            cell_errors,
        }
    }
}

fn parse_jenis(raw: &str) -> Option<Jenis> {
    match key(raw).as_str() {
        "utama" | "u" => Some(Jenis::Utama),
        "tambahan" | "t" => Some(Jenis::Tambahan),
        _ => None,
    }
}

fn parse_aspek(raw: &str) -> Option<Aspek> {
    let k = key(raw);
    Aspek::ALL
        .into_iter()
        .find(|a| a.label().to_lowercase() == k)
}

/// The direction as HR writes it: empty for the aspect's usual one.
fn parse_arah(raw: &str, aspek: Option<Aspek>) -> Result<Option<Arah>, ()> {
    let k = key(raw);
    if k.is_empty() {
        return Ok(aspek.map(Aspek::usual_arah));
    }
    if k == "naik" || k.contains("tinggi") {
        Ok(Some(Arah::LebihTinggiLebihBaik))
    } else if k == "turun" || k.contains("rendah") {
        Ok(Some(Arah::LebihRendahLebihBaik))
    } else {
        Err(())
    }
}

/// One row checked on its own.
struct GoodRow {
    line: usize,
    jabatan: String,
    unit: Option<String>,
    jenis: Jenis,
    rhk: String,
    indikator: Indikator,
}

fn check_row(raw: RawTemplateRow) -> Result<GoodRow, TemplateRowError> {
    let mut problems = raw.cell_errors;
    let text = |value: &str, column: &'static str, problems: &mut Vec<TemplateProblem>| {
        let value = collapse(value);
        if value.is_empty() {
            problems.push(TemplateProblem::Empty(column));
        } else if value.chars().count() > MAX_TEXT {
            problems.push(TemplateProblem::TooLong {
                column,
                max: MAX_TEXT,
            });
        }
        value
    };
    let jabatan = text(&raw.jabatan, JABATAN, &mut problems);
    let rhk = text(&raw.rhk, RHK, &mut problems);
    let indikator = text(&raw.indikator, INDIKATOR, &mut problems);
    let unit = Some(collapse(&raw.unit_kerja)).filter(|u| !u.is_empty());
    let jenis = match raw.jenis.trim() {
        "" => {
            problems.push(TemplateProblem::Empty(JENIS));
            None
        }
        j => parse_jenis(j).or_else(|| {
            problems.push(TemplateProblem::Jenis(j.to_string()));
            None
        }),
    };
    let target = match raw.target.trim() {
        "" => {
            problems.push(TemplateProblem::Empty(TARGET));
            None
        }
        t => Quantity::parse(t)
            .map_err(|e| problems.push(TemplateProblem::Target(e)))
            .ok(),
    };
    let aspek = match raw.aspek.trim() {
        "" => {
            problems.push(TemplateProblem::Empty(ASPEK));
            None
        }
        a => parse_aspek(a).or_else(|| {
            problems.push(TemplateProblem::Aspek(a.to_string()));
            None
        }),
    };
    let arah = parse_arah(&raw.arah, aspek)
        .map_err(|()| problems.push(TemplateProblem::Arah(raw.arah.trim().to_string())))
        .ok()
        .flatten();
    match (jenis, target, aspek, arah) {
        (Some(jenis), Some(target), Some(aspek), Some(arah)) if problems.is_empty() => {
            Ok(GoodRow {
                line: raw.line,
                jabatan,
                unit,
                jenis,
                rhk,
                indikator: Indikator {
                    id: 0,
                    text: indikator,
                    target,
                    aspek,
                    arah,
                },
            })
        }
        _ => Err(TemplateRowError {
            line: raw.line,
            problems,
        }),
    }
}

/// A template as it is put together from its rows.
struct Building {
    line: usize,
    jabatan: String,
    unit: Option<String>,
    content: PlanContent,
    /// Per RHK (by key): its index, its first line; per indicator (by RHK and key): its line.
    rhk_at: HashMap<String, (usize, usize)>,
    indicator_at: HashMap<(usize, String), usize>,
}

/// Checks every row and puts the templates together: rows with the same jabatan and unit
/// are one template, rows with the same RHK text within it one RHK. Returns the templates
/// and the errors, one per bad line, sorted by line; a file with any error is refused.
pub fn parse_rows(rows: Vec<RawTemplateRow>) -> (Vec<ParsedTemplate>, Vec<TemplateRowError>) {
    let mut errors: Vec<TemplateRowError> = Vec::new();
    let mut order: Vec<(String, String)> = Vec::new();
    let mut building: HashMap<(String, String), Building> = HashMap::new();
    for raw in rows {
        let row = match check_row(raw) {
            Ok(row) => row,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let id = (
            key(&row.jabatan),
            row.unit.as_deref().map(key).unwrap_or_default(),
        );
        let t = building.entry(id.clone()).or_insert_with(|| {
            order.push(id.clone());
            Building {
                line: row.line,
                jabatan: row.jabatan.clone(),
                unit: row.unit.clone(),
                content: PlanContent::default(),
                rhk_at: HashMap::new(),
                indicator_at: HashMap::new(),
            }
        });
        if let Some(problem) = add_row(t, row.line, row.jenis, &row.rhk, row.indikator) {
            errors.push(TemplateRowError {
                line: row.line,
                problems: vec![problem],
            });
        }
    }
    let mut templates = Vec::new();
    for id in order {
        let Some(t) = building.remove(&id) else {
            continue;
        };
        if t.content.check_complete() == Err(PlanError::NoUtama) {
            errors.push(TemplateRowError {
                line: t.line,
                problems: vec![TemplateProblem::NoUtama(t.jabatan.clone())],
            });
            continue;
        }
        templates.push(ParsedTemplate {
            line: t.line,
            jabatan: t.jabatan,
            unit_kerja: t.unit,
            content: t.content,
        });
    }
    errors.sort_by_key(|e| e.line);
    let mut merged: Vec<TemplateRowError> = Vec::new();
    for e in errors {
        match merged.last_mut() {
            Some(last) if last.line == e.line => last.problems.extend(e.problems),
            _ => merged.push(e),
        }
    }
    (templates, merged)
}

/// Adds one good row to its template; the problem when it clashes with an earlier row.
fn add_row(
    t: &mut Building,
    line: usize,
    jenis: Jenis,
    rhk: &str,
    mut indikator: Indikator,
) -> Option<TemplateProblem> {
    let rhk_key = key(rhk);
    let index = match t.rhk_at.get(&rhk_key) {
        Some(&(index, first)) => {
            if t.content.rhk[index].jenis != jenis {
                return Some(TemplateProblem::JenisDiffers { first });
            }
            index
        }
        None => {
            t.content.rhk.push(Rhk {
                id: t.content.rhk.len() as i64 + 1,
                jenis,
                text: rhk.to_string(),
                parent: None,
                indikator: Vec::new(),
            });
            let index = t.content.rhk.len() - 1;
            t.rhk_at.insert(rhk_key, (index, line));
            index
        }
    };
    let indicator_key = (index, key(&indikator.text));
    if let Some(&first) = t.indicator_at.get(&indicator_key) {
        return Some(TemplateProblem::DuplicateIndicator { first });
    }
    t.indicator_at.insert(indicator_key, line);
    indikator.id = t
        .content
        .rhk
        .iter()
        .map(|r| r.indikator.len())
        .sum::<usize>() as i64
        + 1;
    t.content.rhk[index].indikator.push(indikator);
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(nip: &str, jabatan: &str, unit: &str, atasan: Option<&str>, bawahan: i64) -> Person {
        Person {
            nip: nip.into(),
            nama: nip.into(),
            jabatan: jabatan.into(),
            unit_kerja: unit.into(),
            nip_atasan: atasan.map(Into::into),
            nama_atasan: None,
            telepon: None,
            is_admin: false,
            bawahan,
            pangkat_golongan: None,
        }
    }

    const HEAD: &str = "jabatan,unit_kerja,jenis,rhk,indikator,target,aspek,arah\n";

    fn parse(body: &str) -> (Vec<ParsedTemplate>, Vec<TemplateRowError>) {
        parse_rows(read_csv(format!("{HEAD}{body}").as_bytes()).unwrap())
    }

    #[test]
    fn rows_of_one_position_make_one_template_and_rows_of_one_rhk_one_rhk() {
        let (templates, errors) = parse(
            "Perawat Terampil,,Utama,Asuhan keperawatan,Pasien dirawat,1.200 orang,Kuantitas,\n\
             perawat  terampil,,utama,asuhan keperawatan,Waktu tunggu,15 menit,Waktu,\n\
             Perawat Terampil,,Tambahan,Edukasi,Penyuluhan,12 kali,Kuantitas,turun\n\
             Perawat Terampil,Puskesmas Sibolga,Utama,Asuhan,Pasien,10 orang,Kualitas,\n",
        );
        assert_eq!(errors, vec![]);
        assert_eq!(templates.len(), 2);
        let all = &templates[0];
        assert_eq!(all.jabatan, "Perawat Terampil");
        assert_eq!(all.unit_kerja, None);
        assert_eq!(all.content.rhk.len(), 2);
        let first = &all.content.rhk[0];
        assert_eq!(first.indikator.len(), 2);
        assert_eq!(first.indikator[0].target.value, 1200.0);
        assert_eq!(
            first.indikator[1].arah,
            Arah::LebihRendahLebihBaik,
            "the aspect's usual one"
        );
        assert_eq!(first.indikator[1].id, 2);
        assert_eq!(all.content.rhk[1].jenis, Jenis::Tambahan);
        assert_eq!(
            all.content.rhk[1].indikator[0].arah,
            Arah::LebihRendahLebihBaik
        );
        assert_eq!(all.content.rhk[1].indikator[0].id, 3);
        assert_eq!(
            templates[1].unit_kerja.as_deref(),
            Some("Puskesmas Sibolga")
        );
    }

    #[test]
    fn every_bad_line_is_reported_with_its_number() {
        let (_, errors) = parse(
            "Perawat,,Utama,Asuhan,Pasien,1.200 orang,Kuantitas,\n\
             Perawat,,Pokok,Asuhan,Pasien lain,banyak,Mutu,\n\
             Perawat,,Utama,asuhan,pasien,5 orang,Kuantitas,\n\
             Perawat,,Tambahan,Asuhan,Baru,5 orang,Kuantitas,\n\
             ,,Utama,,Sesuatu,5 orang,Kuantitas,miring\n\
             Bidan,,Tambahan,Edukasi,Kelas ibu,4 kali,Kuantitas,\n",
        );
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![3, 4, 5, 6, 7]);
        assert_eq!(errors[0].problems.len(), 3, "{:?}", errors[0]);
        assert_eq!(
            errors[1].problems,
            vec![TemplateProblem::DuplicateIndicator { first: 2 }]
        );
        assert_eq!(
            errors[2].problems,
            vec![TemplateProblem::JenisDiffers { first: 2 }]
        );
        assert!(
            errors[3]
                .problems
                .contains(&TemplateProblem::Empty("jabatan"))
        );
        assert!(
            errors[3]
                .problems
                .contains(&TemplateProblem::Arah("miring".into()))
        );
        assert_eq!(
            errors[4].problems,
            vec![TemplateProblem::NoUtama("Bidan".into())]
        );
        assert!(errors[0].to_string().starts_with("baris 3: "));
    }

    #[test]
    fn a_file_without_the_required_columns_is_refused_as_a_whole() {
        let e = read_csv(b"jabatan,rhk\nPerawat,Asuhan\n").unwrap_err();
        assert!(
            matches!(e, TemplateFileError::MissingColumns(ref c) if c.len() == 4),
            "{e}"
        );
        assert!(matches!(
            read_csv(HEAD.as_bytes()),
            Err(TemplateFileError::NoRows)
        ));
    }

    #[test]
    fn a_template_fits_its_position_in_every_unit_or_in_its_own() {
        let siti = person("1", "Perawat  Terampil ", "Puskesmas Sibolga", None, 0);
        assert!(fits("perawat terampil", "", &siti));
        assert!(fits("perawat terampil", "puskesmas sibolga", &siti));
        assert!(!fits("perawat terampil", "rsud", &siti));
        assert!(!fits("bidan", "", &siti));
    }

    #[test]
    fn a_supervisor_saves_their_own_plan_or_one_they_decide_and_no_other() {
        let head = person("1", "Kepala", "Dinas", None, 2);
        let staff = person("2", "Perawat", "Dinas", Some("1"), 0);
        let colleague = person("3", "Perawat", "Dinas", Some("1"), 0);
        assert_eq!(may_save_from_plan(&head, &head), Ok(()));
        assert_eq!(may_save_from_plan(&head, &staff), Ok(()));
        assert_eq!(
            may_save_from_plan(&staff, &staff),
            Err(TemplateError::NotAllowed)
        );
        assert_eq!(
            may_save_from_plan(&colleague, &staff),
            Err(TemplateError::NotAllowed)
        );
        assert_eq!(
            may_save_from_plan(&staff, &head),
            Err(TemplateError::NotAllowed)
        );
        let hr = Person {
            is_admin: true,
            ..person("9", "Analis SDM", "BKD", None, 0)
        };
        assert_eq!(
            may_save_from_plan(&hr, &head),
            Ok(()),
            "BKD decides the top"
        );
    }

    #[test]
    fn a_copied_rhk_links_to_the_same_text_or_to_nothing() {
        let offered = vec![
            (7, "Cakupan imunisasi".to_string()),
            (8, "Lain".to_string()),
        ];
        assert_eq!(relink(Some("  cakupan   IMUNISASI "), &offered), Some(7));
        assert_eq!(relink(Some("Dihapus"), &offered), None);
        assert_eq!(relink(None, &offered), None);
    }

    #[test]
    fn only_an_empty_writable_draft_is_blank() {
        assert!(blank_draft(None, 0));
        assert!(blank_draft(Some(PlanStatus::Draft), 0));
        assert!(blank_draft(Some(PlanStatus::Returned), 0));
        assert!(!blank_draft(Some(PlanStatus::Draft), 1));
        assert!(!blank_draft(Some(PlanStatus::Submitted), 0));
        assert!(!blank_draft(Some(PlanStatus::Approved), 0));
    }

    #[test]
    fn a_template_keeps_positions_and_no_links() {
        let (templates, _) = parse("Perawat,,Utama,Asuhan,Pasien,1 orang,Kuantitas,\n");
        let mut content = templates[0].content.clone();
        content.rhk[0].id = 99;
        content.rhk[0].parent = Some((5, Some("x".into())));
        content.rhk[0].indikator[0].id = 77;
        let t = as_template(&content);
        assert_eq!(t.rhk[0].id, 1);
        assert_eq!(t.rhk[0].parent, None);
        assert_eq!(t.rhk[0].indikator[0].id, 1);
    }

    #[test]
    fn an_xlsx_file_reads_with_the_lines_excel_shows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("templat.xlsx");
        let mut book = rust_xlsxwriter::Workbook::new();
        let sheet = book.add_worksheet();
        for (col, h) in ["Jabatan", "Jenis", "RHK", "Indikator", "Target", "Aspek"]
            .iter()
            .enumerate()
        {
            sheet.write_string(0, col as u16, *h).unwrap();
        }
        for (col, v) in [
            "Perawat",
            "Utama",
            "Asuhan",
            "Pasien",
            "1.200 orang",
            "Kuantitas",
        ]
        .iter()
        .enumerate()
        {
            sheet.write_string(1, col as u16, *v).unwrap();
        }
        for (col, v) in ["Perawat", "Utama", "Asuhan", "Kunjungan"]
            .iter()
            .enumerate()
        {
            sheet.write_string(2, col as u16, *v).unwrap();
        }
        sheet.write_number(2, 4, 12.0).unwrap();
        sheet.write_string(2, 5, "Kuantitas").unwrap();
        book.save(&path).unwrap();

        let (templates, errors) = parse_rows(read_file(&path).unwrap());
        assert_eq!(templates.len(), 1);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 3);
        assert_eq!(
            errors[0].problems,
            vec![TemplateProblem::Target(QuantityError::NoUnit)]
        );
    }
}
