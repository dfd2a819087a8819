//! What the three forms share: the heading, the identity table, the RHK table with its
//! sections A. Utama and B. Tambahan, the BerAKHLAK rows, the signature blocks and dates
//! written the Indonesian way. Wording only; placement is `layout`'s.

use chrono::{Datelike, NaiveDate};

use super::layout::{Align, Block, CONTENT_WIDTH, Composer, Item, MARGIN, Style};
use super::table::{Cell, Group, Table};
use super::{Identity, IndicatorRow, PerilakuRow, RhkRow};
use crate::domain::evaluation::{Period, PeriodKind};
use crate::domain::plan::{Jenis, NilaiBerakhlak};

/// The government the forms are issued under.
const GOVERNMENT: &str = "PEMERINTAH KOTA SIBOLGA";
/// Where the forms are signed.
const PLACE: &str = "Sibolga";
/// Space between a table and the signatures below it.
const SIGNATURE_GAP: f32 = 16.0;
/// Room left for a handwritten signature.
const SIGNATURE_SPACE: f32 = 44.0;
const BODY: Style = Style::regular(9.0);

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

/// `15 Januari 2027`.
pub(crate) fn tanggal(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        BULAN[date.month0() as usize],
        date.year()
    )
}

/// `1 Januari – 31 Maret 2026`: the year once when both ends share it.
fn rentang(start: NaiveDate, end: NaiveDate) -> String {
    if start.year() == end.year() {
        let first = format!("{} {}", start.day(), BULAN[start.month0() as usize]);
        format!("{first} – {}", tanggal(end))
    } else {
        format!("{} – {}", tanggal(start), tanggal(end))
    }
}

/// The days of a period: `1 Januari – 31 Maret 2026`.
pub(crate) fn rentang_periode(period: Period) -> String {
    rentang(period.start(), period.end())
}

/// The days of a year: `1 Januari – 31 Desember 2026`.
pub(crate) fn rentang_tahun(year: i64) -> String {
    rentang_periode(Period {
        year,
        kind: PeriodKind::Tahunan,
    })
}

/// The centred heading of a form: government, title, unit, then the period lines.
pub(crate) fn heading(c: &mut Composer, title: &str, unit: &str, period: &[String]) {
    c.text(GOVERNMENT, Style::bold(11.0), Align::Center);
    c.text(title, Style::bold(12.0), Align::Center);
    c.text(unit, Style::regular(10.0), Align::Center);
    for line in period {
        c.text(line, BODY, Align::Center);
    }
    c.gap(10.0);
}

/// The identity of one or more people side by side, each under its title: No | field |
/// value, for nama, NIP, pangkat/golongan, jabatan and unit kerja. A missing person or
/// field leaves its lines empty.
pub(crate) fn identity_table(people: &[(&str, Option<&Identity>)]) -> Table {
    let share = CONTENT_WIDTH / people.len().max(1) as f32;
    let weights: Vec<f32> = people
        .iter()
        .flat_map(|_| [20.0, 92.0, share - 112.0])
        .collect();
    let header = people
        .iter()
        .map(|(title, _)| Cell::new(*title).span(3))
        .collect();
    let groups = (0..5)
        .map(|field| {
            let cells = people
                .iter()
                .flat_map(|(_, person)| {
                    let (label, value) = identity_field(*person, field);
                    [
                        Cell::new((field + 1).to_string()).center(),
                        Cell::new(label),
                        Cell::new(value),
                    ]
                })
                .collect();
            Group::row(cells)
        })
        .collect();
    Table::new(&weights, header, groups)
}

/// The label and value of the `field`-th line of an identity.
fn identity_field(person: Option<&Identity>, field: usize) -> (&'static str, String) {
    let value = |f: fn(&Identity) -> String| person.map(f).unwrap_or_default();
    match field {
        0 => ("Nama", value(|p| p.nama.clone())),
        1 => ("NIP", value(|p| p.nip.clone())),
        2 => (
            "Pangkat/Gol. Ruang",
            value(|p| p.pangkat_golongan.clone().unwrap_or_default()),
        ),
        3 => ("Jabatan", value(|p| p.jabatan.clone())),
        _ => ("Unit Kerja", value(|p| p.unit_kerja.clone())),
    }
}

/// The RHK as table groups in two sections, A. Utama then B. Tambahan, numbered from 1 in
/// each: `lead` gives an RHK's cells (beside all its indicators), `row` an indicator's.
/// An RHK without indicators keeps one empty row; an empty section says so.
pub(crate) fn rhk_groups(
    rhk: &[RhkRow],
    columns: usize,
    lead: impl Fn(usize, &RhkRow) -> Vec<Cell>,
    row: impl Fn(&IndicatorRow) -> Vec<Cell>,
) -> Vec<Group> {
    let mut groups = Vec::new();
    for (title, jenis) in [("A. Utama", Jenis::Utama), ("B. Tambahan", Jenis::Tambahan)] {
        groups.push(Group::heading(title, columns));
        let section: Vec<&RhkRow> = rhk.iter().filter(|r| r.jenis == jenis).collect();
        if section.is_empty() {
            groups.push(Group::row(vec![
                Cell::new("Tidak ada").span(columns).center(),
            ]));
        }
        for (i, r) in section.into_iter().enumerate() {
            let lead = lead(i + 1, r);
            let empty = columns - lead.len().min(columns);
            let mut rows: Vec<Vec<Cell>> = r.indicators.iter().map(&row).collect();
            if rows.is_empty() {
                rows.push(vec![Cell::empty(); empty]);
            }
            groups.push(Group::spanning(lead, rows));
        }
    }
    groups
}

/// The seven BerAKHLAK values in their order, each with its behaviour guide, then the cells
/// `extra` gives from the supervisor's entry for it (if any).
pub(crate) fn perilaku_groups(
    perilaku: &[PerilakuRow],
    extra: impl Fn(Option<&PerilakuRow>) -> Vec<Cell>,
) -> Vec<Group> {
    NilaiBerakhlak::ALL
        .into_iter()
        .map(|nilai| {
            let entry = perilaku.iter().find(|p| p.nilai == nilai);
            let mut cells = vec![
                Cell::new(nilai.number().to_string()).center(),
                Cell::bold(nilai.label()).then(panduan(nilai)),
            ];
            cells.extend(extra(entry));
            Group::row(cells)
        })
        .collect()
}

/// The behaviour guide (*panduan perilaku*) of a core value, as the national guidance words it.
fn panduan(nilai: NilaiBerakhlak) -> &'static str {
    match nilai {
        NilaiBerakhlak::BerorientasiPelayanan => {
            "- Memahami dan memenuhi kebutuhan masyarakat\n\
             - Ramah, cekatan, solutif, dan dapat diandalkan\n\
             - Melakukan perbaikan tiada henti"
        }
        NilaiBerakhlak::Akuntabel => {
            "- Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi\n\
             - Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien\n\
             - Tidak menyalahgunakan kewenangan jabatan"
        }
        NilaiBerakhlak::Kompeten => {
            "- Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah\n\
             - Membantu orang lain belajar\n\
             - Melaksanakan tugas dengan kualitas terbaik"
        }
        NilaiBerakhlak::Harmonis => {
            "- Menghargai setiap orang apa pun latar belakangnya\n\
             - Suka menolong orang lain\n\
             - Membangun lingkungan kerja yang kondusif"
        }
        NilaiBerakhlak::Loyal => {
            "- Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah\n\
             - Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara\n\
             - Menjaga rahasia jabatan dan negara"
        }
        NilaiBerakhlak::Adaptif => {
            "- Cepat menyesuaikan diri menghadapi perubahan\n\
             - Terus berinovasi dan mengembangkan kreativitas\n\
             - Bertindak proaktif"
        }
        NilaiBerakhlak::Kolaboratif => {
            "- Memberi kesempatan kepada berbagai pihak untuk berkontribusi\n\
             - Terbuka dalam bekerja sama untuk menghasilkan nilai tambah\n\
             - Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama"
        }
    }
}

/// One side of the signatures: who signs, as what, on which day.
pub(crate) struct Signer<'a> {
    pub role: &'a str,
    pub person: Option<&'a Identity>,
    pub date: Option<NaiveDate>,
}

/// The two signature blocks side by side: place and date, role, room to sign, name, NIP.
/// Without a date (a draft) the date is left as dots to fill in.
pub(crate) struct Signatures(Block);

impl Signatures {
    pub(crate) fn new(left: Signer, right: Signer) -> Signatures {
        let half = CONTENT_WIDTH / 2.0;
        let (left_items, left_height) = signature(&left, MARGIN, half);
        let (right_items, right_height) = signature(&right, MARGIN + half, half);
        Signatures(Block {
            height: left_height.max(right_height),
            items: left_items.into_iter().chain(right_items).collect(),
        })
    }

    /// The room a table before the signatures must leave on its last page.
    pub(crate) fn reserve(&self) -> f32 {
        SIGNATURE_GAP + self.0.height
    }

    /// Places the blocks below what came before, on one page.
    pub(crate) fn place(self, c: &mut Composer) {
        c.gap(SIGNATURE_GAP);
        c.keep_together(self.0);
    }
}

/// One signature block in the column at `x`, and its height.
fn signature(signer: &Signer, x: f32, width: f32) -> (Vec<Item>, f32) {
    let date = signer
        .date
        .map_or_else(|| "....................".to_string(), tanggal);
    let person = signer.person.cloned().unwrap_or_default();
    let name = if person.nama.trim().is_empty() {
        "(..............................)".to_string()
    } else {
        person.nama
    };
    let column = (x, width);
    let inner = width - 24.0;
    let mut items = Vec::new();
    let mut y = 0.0;
    let mut put = |text: &str, style: Style, y: &mut f32| {
        for line in style.wrap(text, inner) {
            items.push(Item::line(&line, style, Align::Center, column, *y));
            *y += style.line_height();
        }
    };
    put(&format!("{PLACE}, {date}"), BODY, &mut y);
    put(signer.role, BODY, &mut y);
    y += SIGNATURE_SPACE;
    put(&name, Style::bold(9.0), &mut y);
    put(&format!("NIP. {}", person.nip), BODY, &mut y);
    (items, y)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_the_indonesian_way() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(tanggal(d(2027, 1, 15)), "15 Januari 2027");
        assert_eq!(
            rentang(d(2026, 1, 1), d(2026, 12, 31)),
            "1 Januari – 31 Desember 2026"
        );
        assert_eq!(
            rentang(d(2026, 12, 1), d(2027, 1, 31)),
            "1 Desember 2026 – 31 Januari 2027"
        );
    }

    #[test]
    fn every_berakhlak_value_has_three_guides() {
        for nilai in NilaiBerakhlak::ALL {
            assert_eq!(panduan(nilai).lines().count(), 3, "{nilai:?}");
        }
    }
}
