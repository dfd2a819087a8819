//! The daily log of one person and month as e-Kinerja's Progres Harian table, for the
//! chat's **Unduh bulan ini** and `kinerja harian export`: exactly e-Kinerja's columns in
//! its order, so that HR or the employee can carry it over row by row. Entries from before
//! the e-Kinerja shape (no times, no result) export with empty cells. With a public URL
//! configured, an entry's file is a signed link ([`LinkSigner`]) in the Bukti Dukung
//! column, which e-Kinerja asks for as a link. Reads only.

use std::collections::HashMap;

use crate::domain::daily::{Month, time_text};
use crate::domain::evidence::{EvidenceKind, LinkSigner};
use crate::export::{Cell, Table};
use crate::store::Store;
use crate::store::evaluations::DailyEntry;

/// e-Kinerja's columns, in its order.
pub const COLUMNS: [&str; 8] = [
    "Tanggal",
    "Jam Mulai",
    "Jam Selesai",
    "Kegiatan Harian",
    "Realisasi",
    "Satuan",
    "Rencana Hasil Kerja",
    "Bukti Dukung",
];

/// The file name (without extension) of one person's month: `progres-harian-NIP-2026-12`.
pub fn file_stem(nip: &str, month: Month) -> String {
    format!("progres-harian-{nip}-{}", month.key())
}

/// What the Bukti Dukung cell says: the link the person typed, and the file: its signed
/// link when `links` is given (working until `exp`), else `foto` or the document's name.
pub fn evidence_text(entry: &DailyEntry, links: Option<(&LinkSigner, i64)>) -> String {
    let file = match (entry.file_kind.as_deref(), links) {
        (None, _) => None,
        (Some(_), Some((signer, exp))) if entry.file_id.is_some() => {
            Some(signer.link_until(EvidenceKind::Daily, entry.id, exp))
        }
        (Some("photo"), _) => Some("foto".to_string()),
        (Some("document"), _) => Some(entry.file_name.clone().unwrap_or_else(|| "dokumen".into())),
        (Some(other), _) => Some(other.to_string()),
    };
    [entry.link.clone(), file]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}

/// The RHK text each indicator of the person's approved plan of `year` belongs to.
pub async fn rhk_of_indicators(
    store: &Store,
    nip: &str,
    year: i64,
) -> anyhow::Result<HashMap<i64, String>> {
    let Some(content) = store.approved_content(nip, year).await? else {
        return Ok(HashMap::new());
    };
    Ok(content
        .rhk
        .iter()
        .flat_map(|r| r.indikator.iter().map(|i| (i.id, r.text.clone())))
        .collect())
}

/// The person's entries of the month as one table; files as signed links when `links` is
/// given (a public URL is configured).
pub async fn month_table(
    store: &Store,
    nip: &str,
    month: Month,
    links: Option<&LinkSigner>,
) -> anyhow::Result<Table> {
    let (Some(first), Some(last)) = (month.first_day(), month.last_day()) else {
        anyhow::bail!("bulan {} tidak ada", month.key());
    };
    let entries = store
        .dailies_between(
            nip,
            &first.format("%Y-%m-%d").to_string(),
            &last.format("%Y-%m-%d").to_string(),
        )
        .await?;
    let rhk = rhk_of_indicators(store, nip, i64::from(month.year)).await?;
    let mut table = Table::new(&format!("Progres Harian {}", month.key()), &COLUMNS);
    let links = links.map(|s| (s, s.expiry(chrono::Utc::now().timestamp())));
    for e in &entries {
        table.push(row(e, &rhk, links));
    }
    Ok(table)
}

fn row(e: &DailyEntry, rhk: &HashMap<i64, String>, links: Option<(&LinkSigner, i64)>) -> Vec<Cell> {
    let text = |v: &Option<String>| v.clone().map(Cell::Text).unwrap_or(Cell::Empty);
    let time = |v: &Option<String>| {
        v.as_deref()
            .and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok())
            .map(|t| Cell::Text(time_text(t)))
            .unwrap_or(Cell::Empty)
    };
    let day = chrono::NaiveDate::parse_from_str(&e.day, "%Y-%m-%d")
        .map(|d| d.format("%d/%m/%Y").to_string())
        .unwrap_or_else(|_| e.day.clone());
    let evidence = evidence_text(e, links);
    vec![
        Cell::Text(day),
        time(&e.start_time),
        time(&e.end_time),
        text(&e.text),
        e.result_value.map(Cell::Int).unwrap_or(Cell::Empty),
        text(&e.result_unit),
        e.indicator_id
            .and_then(|i| rhk.get(&i).cloned())
            .map(Cell::Text)
            .unwrap_or(Cell::Empty),
        if evidence.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(evidence)
        },
    ]
}
