//! The annual **Dokumen Evaluasi Kinerja**: heading, the identities of the Pegawai, the
//! Pejabat Penilai and the Atasan Pejabat Penilai, the unit's capaian kinerja organisasi,
//! the predikat kinerja pegawai, catatan/rekomendasi, and the signatures of the Pegawai and
//! the Pejabat Penilai.

use super::form::{self, Signatures, Signer};
use super::layout::Composer;
use super::paint::{Decoration, paint};
use super::table::{Cell, Group, Table};
use super::{DocumentError, DokumenEvaluasi, Identity};

/// The PDF of a year's Dokumen Evaluasi Kinerja. Without a signing date it is a draft.
pub fn render_dokumen_evaluasi(doc: &DokumenEvaluasi) -> Result<Vec<u8>, DocumentError> {
    let mut c = Composer::new();
    form::heading(
        &mut c,
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        &doc.unit,
        &[
            format!("Periode: Tahunan {}", doc.year),
            format!("Periode Penilaian: {}", form::rentang_tahun(doc.year)),
        ],
    );
    let people: [(&str, Option<&Identity>); 3] = [
        ("1. PEGAWAI YANG DINILAI", Some(&doc.pegawai)),
        ("2. PEJABAT PENILAI KINERJA", doc.pejabat.as_ref()),
        (
            "3. ATASAN PEJABAT PENILAI KINERJA",
            doc.atasan_pejabat.as_ref(),
        ),
    ];
    for person in people {
        c.table(None, form::identity_table(&[person]), 0.0);
        c.gap(8.0);
    }
    c.table(None, evaluasi(doc), 0.0);
    c.gap(8.0);
    let signatures = Signatures::new(
        Signer {
            role: "Pegawai yang Dinilai",
            person: Some(&doc.pegawai),
            date: doc.signed_on,
        },
        Signer {
            role: "Pejabat Penilai Kinerja",
            person: doc.pejabat.as_ref(),
            date: doc.signed_on,
        },
    );
    c.table(None, catatan(doc), signatures.reserve());
    signatures.place(&mut c);
    let decoration = Decoration {
        title: format!(
            "Dokumen Evaluasi Kinerja {} – {}",
            doc.year, doc.pegawai.nama
        ),
        draft: doc.signed_on.is_none(),
        verification: doc.verification.as_ref(),
    };
    paint(&c.finish(), &decoration)
}

/// 4. Evaluasi kinerja: the unit's predikat and the employee's.
fn evaluasi(doc: &DokumenEvaluasi) -> Table {
    let organisasi = doc
        .predikat_organisasi
        .map(|o| o.label())
        .unwrap_or_default();
    let pegawai = doc
        .penilaian
        .map(|p| p.predikat().label())
        .unwrap_or_default();
    Table::new(
        &[0.6, 2.6, 5.0],
        vec![Cell::new("4. EVALUASI KINERJA").span(3)],
        vec![
            Group::row(vec![
                Cell::new("1").center(),
                Cell::new("Capaian Kinerja Organisasi"),
                Cell::bold(organisasi),
            ]),
            Group::row(vec![
                Cell::new("2").center(),
                Cell::new("Predikat Kinerja Pegawai"),
                Cell::bold(pegawai),
            ]),
        ],
    )
}

/// 5. Catatan / rekomendasi, one free text.
fn catatan(doc: &DokumenEvaluasi) -> Table {
    Table::new(
        &[1.0],
        vec![Cell::new("5. CATATAN / REKOMENDASI")],
        vec![Group::row(vec![Cell::new(
            doc.catatan.clone().unwrap_or_default(),
        )])],
    )
}
