//! The **Rencana SKP** form: heading, the two identities, the table of RHK and indicators
//! in sections A. Utama and B. Tambahan, the Perilaku Kerja with the supervisor's
//! ekspektasi khusus, and the two signatures dated with the approval.

use super::form::{self, Signatures, Signer};
use super::layout::Composer;
use super::paint::{Decoration, paint};
use super::table::{Cell, Group, Table};
use super::{DocumentError, RencanaSkp};

/// The PDF of a plan. A version without an approval date is a draft: DRAF on every page.
pub fn render_rencana(plan: &RencanaSkp) -> Result<Vec<u8>, DocumentError> {
    let mut c = Composer::new();
    let period = form::rentang_tahun(plan.year);
    form::heading(
        &mut c,
        "SASARAN KINERJA PEGAWAI",
        &plan.unit,
        &[format!("Periode Penilaian: {period}")],
    );
    c.table(
        None,
        form::identity_table(&[
            ("PEGAWAI YANG DINILAI", Some(&plan.pegawai)),
            ("PEJABAT PENILAI KINERJA", plan.pejabat.as_ref()),
        ]),
        0.0,
    );
    c.gap(12.0);
    c.table(Some("HASIL KERJA"), hasil_kerja(plan), 0.0);
    c.gap(12.0);
    let signatures = Signatures::new(
        Signer {
            role: "Pegawai yang Dinilai",
            person: Some(&plan.pegawai),
            date: plan.approved_on,
        },
        Signer {
            role: "Pejabat Penilai Kinerja",
            person: plan.pejabat.as_ref(),
            date: plan.approved_on,
        },
    );
    c.table(
        Some("PERILAKU KERJA"),
        perilaku_kerja(plan),
        signatures.reserve(),
    );
    signatures.place(&mut c);
    if !plan.matriks.is_empty() {
        c.page_break();
        c.table(
            Some("MATRIKS PEMBAGIAN PERAN DAN HASIL"),
            matriks(plan),
            0.0,
        );
    }
    let decoration = Decoration {
        title: format!("Rencana SKP {} – {}", plan.year, plan.pegawai.nama),
        draft: plan.approved_on.is_none(),
        verification: plan.verification.as_ref(),
    };
    paint(&c.finish(), &decoration)
}

/// No | RHK pimpinan yang diintervensi | RHK | Aspek | IKI | Target.
fn hasil_kerja(plan: &RencanaSkp) -> Table {
    let header = [
        "No",
        "Rencana Hasil Kerja Pimpinan yang Diintervensi",
        "Rencana Hasil Kerja",
        "Aspek",
        "Indikator Kinerja Individu",
        "Target",
    ];
    let groups = form::rhk_groups(
        &plan.rhk,
        header.len(),
        |n, rhk| {
            vec![
                Cell::new(n.to_string()).center(),
                Cell::new(rhk.parent.clone().unwrap_or_default()),
                Cell::new(rhk.text.clone()),
            ]
        },
        |indicator| {
            vec![
                Cell::new(indicator.aspek.label()),
                Cell::new(indicator.text.clone()),
                Cell::new(indicator.target.clone()),
            ]
        },
    );
    Table::new(
        &[20.0, 105.0, 120.0, 52.0, 150.0, 64.0],
        header.map(Cell::new).to_vec(),
        groups,
    )
}

/// No | RHK pimpinan | Pegawai | Peran (RHK) | Kaskade | Indikator dan target | Status: each
/// RHK of the owner beside the parts of it their team carries.
fn matriks(plan: &RencanaSkp) -> Table {
    use crate::domain::roles::{Carrying, ShareKind};
    let groups = plan
        .matriks
        .iter()
        .enumerate()
        .map(|(n, row)| {
            let entries: Vec<Vec<Cell>> = if row.entries.is_empty() {
                vec![vec![
                    Cell::new("(belum dibagi)"),
                    Cell::empty(),
                    Cell::empty(),
                    Cell::empty(),
                    Cell::empty(),
                ]]
            } else {
                row.entries
                    .iter()
                    .map(|e| {
                        let target = e.target.as_ref().map(|t| t.to_string()).unwrap_or_default();
                        let status = match &e.carrying {
                            Carrying::Waiting => "Menunggu jawaban".to_string(),
                            Carrying::Accepted => "Diterima".to_string(),
                            Carrying::Changed => "Diterima, target diubah".to_string(),
                            Carrying::Declined(note) => format!("Ditolak: {note}"),
                            Carrying::Linked => "Ditautkan pegawai".to_string(),
                        };
                        vec![
                            Cell::new(e.nama.clone()).then(e.nip.clone()),
                            Cell::new(e.role.clone()),
                            Cell::new(match e.kind {
                                Some(ShareKind::Direct) => "Langsung",
                                Some(ShareKind::Indirect) => "Tidak langsung",
                                None => "",
                            }),
                            Cell::new(e.indicator.clone().unwrap_or_default()).then(target),
                            Cell::new(status),
                        ]
                    })
                    .collect()
            };
            Group::spanning(
                vec![
                    Cell::new((n + 1).to_string()).center(),
                    Cell::new(row.parent_text.clone()),
                ],
                entries,
            )
        })
        .collect();
    Table::new(
        &[21.0, 92.0, 108.0, 92.0, 48.0, 100.0, 58.0],
        [
            "No",
            "Rencana Hasil Kerja Pimpinan",
            "Pegawai",
            "Peran (RHK Pegawai)",
            "Kaskade",
            "Indikator dan Target",
            "Status",
        ]
        .map(Cell::new)
        .to_vec(),
        groups,
    )
}

/// No | Perilaku Kerja | Ekspektasi Khusus Pimpinan.
fn perilaku_kerja(plan: &RencanaSkp) -> Table {
    let groups = form::perilaku_groups(&plan.perilaku, |entry| {
        vec![Cell::new(
            entry
                .map(|e| e.ekspektasi_khusus.clone())
                .unwrap_or_default(),
        )]
    });
    Table::new(
        &[20.0, 260.0, 231.0],
        vec![
            Cell::new("No"),
            Cell::new("Perilaku Kerja"),
            Cell::new("Ekspektasi Khusus Pimpinan"),
        ],
        groups,
    )
}
