//! Reading a sheet HR fills in (the roster, a template file): CSV or `.xlsx`, a header row
//! naming the columns, then one record a row. This module turns a file into rows of text,
//! each with the line HR sees (the header is line 1), and knows nothing of what a column
//! means: the kind of sheet ([`Sheet`]) says which columns there are, how an `.xlsx` cell
//! becomes text and what a row becomes, and checks the rows afterwards. A problem with the
//! file as a whole is a [`SheetError`], which each kind of sheet words as its own error.

use std::collections::HashMap;
use std::path::Path;

use calamine::{Data, Reader, SheetType, SheetVisible, Xlsx, open_workbook};

/// One kind of sheet: its columns and what each data row becomes.
pub(crate) trait Sheet: Sized {
    /// The columns read, as [`normalise_header`] writes them; cells that cannot be read are
    /// reported in this order.
    const KNOWN: &'static [&'static str];
    /// The columns the header must name.
    const REQUIRED: &'static [&'static str];
    /// Why a cell could not be read as text.
    type Problem;

    /// An `.xlsx` cell of `column` as text.
    fn cell_text(cell: Option<&Data>, column: &'static str) -> Result<String, Self::Problem>;

    /// The row at `line`: `text` gives each known column's text (empty when the column or
    /// the cell is missing), `cell_errors` the cells that could not be read.
    fn row(line: usize, text: impl Fn(&str) -> String, cell_errors: Vec<Self::Problem>) -> Self;
}

/// Why a sheet could not be read at all (as opposed to a bad row). The kinds of sheet have
/// an error enum of their own with these variants, worded for their file.
#[derive(Debug)]
pub(crate) enum SheetError {
    Io(std::io::Error),
    /// The extension, with its dot (`.pdf`).
    UnsupportedExtension(String),
    NoExtension,
    Csv(csv::Error),
    Xlsx(calamine::XlsxError),
    /// A UTF-16 text with a broken code unit.
    Encoding,
    MissingColumns(Vec<String>),
    DuplicateColumns(Vec<String>),
    /// No header row: an empty file, a blank header, or no worksheet.
    Empty,
    /// A header and no data row.
    NoRows,
}

/// `From<SheetError>` for the file error of a kind of sheet, an enum with the same variants
/// worded for its own file, so that `?` turns one into the other.
macro_rules! file_error_from {
    ($error:ident) => {
        impl From<$crate::domain::sheet::SheetError> for $error {
            fn from(problem: $crate::domain::sheet::SheetError) -> Self {
                use $crate::domain::sheet::SheetError;
                match problem {
                    SheetError::Io(e) => Self::Io(e),
                    SheetError::UnsupportedExtension(ext) => Self::UnsupportedExtension(ext),
                    SheetError::NoExtension => Self::NoExtension,
                    SheetError::Csv(e) => Self::Csv(e),
                    SheetError::Xlsx(e) => Self::Xlsx(e),
                    SheetError::Encoding => Self::Encoding,
                    SheetError::MissingColumns(columns) => Self::MissingColumns(columns),
                    SheetError::DuplicateColumns(columns) => Self::DuplicateColumns(columns),
                    SheetError::Empty => Self::Empty,
                    SheetError::NoRows => Self::NoRows,
                }
            }
        }
    };
}
pub(crate) use file_error_from;

/// Reads a sheet by its extension: `.csv` or `.txt` as CSV, `.xlsx` as Excel.
pub(crate) fn read_file<S: Sheet>(path: &Path) -> Result<Vec<S>, SheetError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
        .to_lowercase();
    match ext.as_str() {
        "csv" | "txt" => read_csv(&std::fs::read(path).map_err(SheetError::Io)?),
        "xlsx" => read_xlsx(path),
        "" => Err(SheetError::NoExtension),
        other => Err(SheetError::UnsupportedExtension(format!(".{other}"))),
    }
}

/// Reads CSV with a header row. The delimiter is the most frequent of `,` `;` and tab in
/// the header line (Excel in the Indonesian locale writes `;`). The text may be UTF-8 with
/// or without a BOM, UTF-16 with a BOM, or else is read as Windows-1252, which is what
/// Excel's plain "CSV" writes on an Indonesian Windows.
pub(crate) fn read_csv<S: Sheet>(bytes: &[u8]) -> Result<Vec<S>, SheetError> {
    let text = decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(&text))
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(SheetError::Csv)?.clone();
    let header = Header::read(header.iter(), S::KNOWN, S::REQUIRED)?;
    let starts = line_starts(&text);
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(SheetError::Csv)?;
        // The csv crate's own line count skips blank lines and counts `\r\n` oddly, so
        // the line comes from the record's byte offset. That offset may point at the end
        // of the previous line or at blank lines before the record: skip them.
        let mut offset = record
            .position()
            .map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        while matches!(text.as_bytes().get(offset), Some(b'\n' | b'\r')) {
            offset += 1;
        }
        let line = starts.partition_point(|&s| s <= offset);
        rows.extend(header.row(line, |col, _| {
            Ok(record.get(col).unwrap_or_default().to_string())
        }));
    }
    if rows.is_empty() {
        return Err(SheetError::NoRows);
    }
    Ok(rows)
}

/// Reads the first visible worksheet of an `.xlsx` file, with a header row (the first
/// non-empty row); the kind of sheet turns each cell into text ([`Sheet::cell_text`]).
pub(crate) fn read_xlsx<S: Sheet>(path: &Path) -> Result<Vec<S>, SheetError> {
    let mut book: Xlsx<_> = open_workbook(path).map_err(SheetError::Xlsx)?;
    // "First worksheet" as HR sees it: chart sheets and hidden sheets don't show first.
    let sheets = book.sheets_metadata();
    let worksheets = || sheets.iter().filter(|s| s.typ == SheetType::WorkSheet);
    let Some(name) = worksheets()
        .find(|s| s.visible == SheetVisible::Visible)
        .or_else(|| worksheets().next())
        .map(|s| s.name.clone())
    else {
        return Err(SheetError::Empty);
    };
    let range = book.worksheet_range(&name).map_err(SheetError::Xlsx)?;
    // The range starts at the first non-empty cell; its row (0-based) + 1 is the line
    // Excel shows for the header.
    let first_line = range.start().map_or(1, |(row, _)| row as usize + 1);
    let mut sheet_rows = range.rows();
    let Some(header) = sheet_rows.next() else {
        return Err(SheetError::Empty);
    };
    let header: Vec<String> = header.iter().map(ToString::to_string).collect();
    let header = Header::read(header.iter().map(String::as_str), S::KNOWN, S::REQUIRED)?;
    let mut rows = Vec::new();
    for (i, cells) in sheet_rows.enumerate() {
        let line = first_line + 1 + i;
        rows.extend(header.row(line, |col, name| S::cell_text(cells.get(col), name)));
    }
    if rows.is_empty() {
        return Err(SheetError::NoRows);
    }
    Ok(rows)
}

/// Where each known column of a sheet sits, from its header row.
struct Header {
    /// Column name → position.
    at: HashMap<&'static str, usize>,
}

impl Header {
    /// Finds the `known` columns in `header` (names as [`normalise_header`] reads them);
    /// each of `required` must be there, none twice.
    fn read<'a>(
        header: impl Iterator<Item = &'a str>,
        known: &[&'static str],
        required: &[&str],
    ) -> Result<Header, SheetError> {
        let names: Vec<String> = header.map(normalise_header).collect();
        if names.iter().all(String::is_empty) {
            return Err(SheetError::Empty);
        }
        let mut at = HashMap::new();
        let mut duplicated: Vec<String> = Vec::new();
        for (i, name) in names.iter().enumerate() {
            let Some(known) = known.iter().find(|k| **k == name) else {
                continue;
            };
            if at.insert(*known, i).is_some() && !duplicated.iter().any(|d| d == known) {
                duplicated.push(known.to_string());
            }
        }
        if !duplicated.is_empty() {
            return Err(SheetError::DuplicateColumns(duplicated));
        }
        let missing: Vec<String> = required
            .iter()
            .filter(|c| !at.contains_key(*c))
            .map(ToString::to_string)
            .collect();
        if !missing.is_empty() {
            return Err(SheetError::MissingColumns(missing));
        }
        Ok(Header { at })
    }

    /// The row at `line`, or `None` when every known column is blank (rows that are empty,
    /// or carry only an extra column such as HR's running number, are no data).
    /// `cell(position, column)` reads one cell.
    fn row<S: Sheet>(
        &self,
        line: usize,
        cell: impl Fn(usize, &'static str) -> Result<String, S::Problem>,
    ) -> Option<S> {
        let mut text: HashMap<&str, String> = HashMap::new();
        let mut problems = Vec::new();
        for &column in S::KNOWN {
            match self.at.get(column).map(|&col| cell(col, column)) {
                Some(Ok(cell)) => {
                    text.insert(column, cell);
                }
                Some(Err(why)) => problems.push(why),
                None => {}
            }
        }
        if problems.is_empty() && text.values().all(|t| t.trim().is_empty()) {
            return None;
        }
        Some(S::row(
            line,
            |column| text.get(column).cloned().unwrap_or_default(),
            problems,
        ))
    }
}

/// `Unit Kerja`, ` UNIT-KERJA ` and `unit_kerja` all name the same column.
fn normalise_header(raw: &str) -> String {
    raw.trim_start_matches('\u{feff}')
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("_")
        .to_lowercase()
}

/// The text of a CSV file; see [`read_csv`] for the encodings accepted.
pub(crate) fn decode(bytes: &[u8]) -> Result<String, SheetError> {
    if let Some(rest) = bytes.strip_prefix(b"\xff\xfe") {
        return utf16(rest, u16::from_le_bytes);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xfe\xff") {
        return utf16(rest, u16::from_be_bytes);
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(_) => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, SheetError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(SheetError::Encoding);
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .map_err(|_| SheetError::Encoding)
}

/// One Windows-1252 byte as a char: Latin-1, except 0x80–0x9F (curly quotes, dashes, €).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

/// The delimiter used most in the header line (the first non-blank one, outside quotes);
/// a comma on a tie.
pub(crate) fn delimiter(text: &str) -> u8 {
    let header = text
        .split(['\n', '\r'])
        .find(|line| !line.trim().is_empty())
        .unwrap_or_default();
    let mut quoted = false;
    let mut count = [0usize; 3];
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => count[0] += 1,
            ';' if !quoted => count[1] += 1,
            '\t' if !quoted => count[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let mut best = 0;
    for i in 1..candidates.len() {
        if count[i] > count[best] {
            best = i;
        }
    }
    candidates[best]
}

/// The byte offset where each line starts; `\r\n`, `\n` and a lone `\r` each end a line.
/// The line of an offset is the number of starts at or before it.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                starts.push(i + 2);
                i += 2;
            }
            b'\r' | b'\n' => {
                starts.push(i + 1);
                i += 1;
            }
            _ => i += 1,
        }
    }
    starts
}
