//! Tables as files: CSV (one file per table, UTF-8 with a BOM so that Excel reads the
//! accents, `;` as Excel in the Indonesian locale expects) and `.xlsx` (one sheet per table,
//! bold frozen header row, columns as wide as their content, numbers as numbers).

use std::path::{Path, PathBuf};

use rust_xlsxwriter::{Format, Workbook};

/// One cell of a report.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// A number with decimals (percentages, targets).
    Number(f64),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// As a CSV field: decimals with a comma, the Indonesian way.
    fn csv(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Number(x) => {
                let s = format!("{x:.2}");
                let s = s.trim_end_matches('0').trim_end_matches('.');
                s.replace('.', ",")
            }
            Cell::Empty => String::new(),
        }
    }

    fn width(&self) -> usize {
        match self {
            Cell::Text(s) => s.chars().count(),
            Cell::Empty => 0,
            other => other.csv().len(),
        }
    }
}

/// A named table with a header row.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The sheet name (at most 31 characters) and the CSV file's stem.
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(name: &str, headers: &[&str]) -> Table {
        Table {
            name: name.chars().take(31).collect(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: Vec::new(),
        }
    }

    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }

    /// The file name of its CSV: lower case, `-` for spaces.
    pub fn file_stem(&self) -> String {
        self.name
            .to_lowercase()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect()
    }
}

/// Writes each table as `<stem>.csv` in `dir`; returns the files.
pub fn write_csv(tables: &[Table], dir: &Path) -> anyhow::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut files = Vec::new();
    for table in tables {
        let path = dir.join(format!("{}.csv", table.file_stem()));
        std::fs::write(&path, csv_bytes(table)?)?;
        files.push(path);
    }
    Ok(files)
}

/// One table as CSV bytes.
pub fn csv_bytes(table: &Table) -> anyhow::Result<Vec<u8>> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(b';')
            .from_writer(&mut out);
        writer.write_record(&table.headers)?;
        for row in &table.rows {
            writer.write_record(row.iter().map(Cell::csv))?;
        }
        writer.flush()?;
    }
    Ok(out)
}

/// All tables as one workbook, a sheet each.
pub fn xlsx_bytes(tables: &[Table]) -> anyhow::Result<Vec<u8>> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let decimal = Format::new().set_num_format("0.00");
    for table in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(&table.name)?;
        let mut widths: Vec<usize> = table.headers.iter().map(|h| h.chars().count()).collect();
        for (c, h) in table.headers.iter().enumerate() {
            sheet.write_string_with_format(0, c as u16, h, &bold)?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = r as u32 + 1;
            for (c, cell) in row.iter().enumerate() {
                let col = c as u16;
                match cell {
                    Cell::Text(s) => {
                        sheet.write_string(r, col, s)?;
                    }
                    Cell::Int(n) => {
                        sheet.write_number(r, col, *n as f64)?;
                    }
                    Cell::Number(x) => {
                        sheet.write_number_with_format(r, col, *x, &decimal)?;
                    }
                    Cell::Empty => {}
                }
                if let Some(w) = widths.get_mut(c) {
                    *w = (*w).max(cell.width());
                }
            }
        }
        for (c, w) in widths.iter().enumerate() {
            sheet.set_column_width(c as u16, (*w as f64 + 2.0).min(60.0))?;
        }
        sheet.set_freeze_panes(1, 0)?;
    }
    Ok(book.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_the_indonesian_way_in_csv() {
        let mut t = Table::new("Uji; tabel", &["nama", "nilai"]);
        t.push(vec![Cell::text("Siti; \"Nur\""), Cell::Number(85.5)]);
        t.push(vec![Cell::text("Budi"), Cell::Int(3)]);
        let text = String::from_utf8(csv_bytes(&t).unwrap()).unwrap();
        assert_eq!(
            text,
            "\u{feff}nama;nilai\n\"Siti; \"\"Nur\"\"\";85,5\nBudi;3\n"
        );
        assert_eq!(t.file_stem(), "uji--tabel");
    }
}
