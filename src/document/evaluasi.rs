//! The **Evaluasi Kinerja** form of a period (triwulan I–IV or the year): heading with the
//! period, the two identities, the results table (RHK | IKI | Target | Realisasi | Umpan
//! balik), the Perilaku Kerja with its feedback, the ratings with the predikat and the unit's
//! organisational predikat, and the two signatures dated with the evaluation.

use super::form::{self, Signatures, Signer};
use super::layout::Composer;
use super::paint::{Decoration, paint};
use super::table::{Cell, Group, Table};
use super::{DocumentError, EvaluasiKinerja, Penilaian};

/// The PDF of an evaluation. Without an evaluation date it is a draft: DRAF on every page.
pub fn render_evaluasi(evaluation: &EvaluasiKinerja) -> Result<Vec<u8>, DocumentError> {
    let e = evaluation;
    let mut c = Composer::new();
    form::heading(
        &mut c,
        "EVALUASI KINERJA PEGAWAI",
        &e.unit,
        &[format!(
            "Periode Penilaian: {} ({})",
            e.period.label(),
            form::rentang_periode(e.period)
        )],
    );
    c.table(
        None,
        form::identity_table(&[
            ("PEGAWAI YANG DINILAI", Some(&e.pegawai)),
            ("PEJABAT PENILAI KINERJA", e.pejabat.as_ref()),
        ]),
        0.0,
    );
    c.gap(12.0);
    c.table(Some("HASIL KERJA"), hasil_kerja(e), 0.0);
    c.gap(12.0);
    c.table(Some("PERILAKU KERJA"), perilaku_kerja(e), 0.0);
    c.gap(12.0);
    let signatures = Signatures::new(
        Signer {
            role: "Pegawai yang Dinilai",
            person: Some(&e.pegawai),
            date: e.evaluated_on,
        },
        Signer {
            role: "Pejabat Penilai Kinerja",
            person: e.pejabat.as_ref(),
            date: e.evaluated_on,
        },
    );
    c.table(
        Some("PENILAIAN KINERJA"),
        penilaian(e),
        signatures.reserve(),
    );
    signatures.place(&mut c);
    let decoration = Decoration {
        title: format!("Evaluasi Kinerja {} – {}", e.period.label(), e.pegawai.nama),
        draft: e.evaluated_on.is_none(),
        verification: e.verification.as_ref(),
    };
    paint(&c.finish(), &decoration)
}

/// No | RHK | IKI | Target | Realisasi | Umpan balik, the RHK beside its indicators.
fn hasil_kerja(e: &EvaluasiKinerja) -> Table {
    let header = [
        "No",
        "Rencana Hasil Kerja",
        "Indikator Kinerja Individu",
        "Target",
        "Realisasi Berdasarkan Bukti Dukung",
        "Umpan Balik Berkelanjutan Berdasarkan Bukti Dukung",
    ];
    let groups = form::rhk_groups(
        &e.rhk,
        header.len(),
        |n, rhk| {
            vec![
                Cell::new(n.to_string()).center(),
                Cell::new(rhk.text.clone()),
            ]
        },
        |indicator| {
            vec![
                Cell::new(indicator.text.clone()),
                Cell::new(indicator.target.clone()),
                Cell::new(indicator.realisasi.clone().unwrap_or_default()),
                Cell::new(indicator.umpan_balik.clone().unwrap_or_default()),
            ]
        },
    );
    Table::new(
        &[20.0, 105.0, 110.0, 56.0, 110.0, 110.0],
        header.map(Cell::new).to_vec(),
        groups,
    )
}

/// No | Perilaku Kerja | Ekspektasi Khusus Pimpinan | Umpan Balik.
fn perilaku_kerja(e: &EvaluasiKinerja) -> Table {
    let groups = form::perilaku_groups(&e.perilaku, |entry| {
        vec![
            Cell::new(
                entry
                    .map(|p| p.ekspektasi_khusus.clone())
                    .unwrap_or_default(),
            ),
            Cell::new(
                entry
                    .and_then(|p| p.umpan_balik.clone())
                    .unwrap_or_default(),
            ),
        ]
    });
    Table::new(
        &[20.0, 201.0, 145.0, 145.0],
        vec![
            Cell::new("No"),
            Cell::new("Perilaku Kerja"),
            Cell::new("Ekspektasi Khusus Pimpinan"),
            Cell::new("Umpan Balik Berkelanjutan"),
        ],
        groups,
    )
}

/// The two ratings, the predikat and the unit's predikat; empty while not rated.
fn penilaian(e: &EvaluasiKinerja) -> Table {
    let rating = |pick: fn(Penilaian) -> &'static str| e.penilaian.map(pick).unwrap_or_default();
    let rows = [
        (
            "Rating Hasil Kerja",
            rating(|p| p.hasil_kerja.label()),
            false,
        ),
        (
            "Rating Perilaku Kerja",
            rating(|p| p.perilaku_kerja.label()),
            false,
        ),
        (
            "Predikat Kinerja Pegawai",
            rating(|p| p.predikat().label()),
            true,
        ),
        (
            "Capaian Kinerja Organisasi",
            e.predikat_organisasi.map(|o| o.label()).unwrap_or_default(),
            false,
        ),
    ];
    let groups = rows
        .into_iter()
        .map(|(label, value, strong)| {
            let value = if strong {
                Cell::bold(value)
            } else {
                Cell::new(value)
            };
            Group::row(vec![Cell::new(label), value])
        })
        .collect();
    Table::new(&[200.0, 311.0], Vec::new(), groups)
}
