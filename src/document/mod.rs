//! The official record as PDF: the national SKP forms of PermenPANRB 6/2022 — the
//! **Rencana SKP** (the plan), the **Evaluasi Kinerja** of a period (a triwulan or the year)
//! and the annual **Dokumen Evaluasi Kinerja** — typeset from plain data into PDF bytes.
//!
//! Each form is one pure function from its data struct to the bytes of an A4 PDF: no I/O, no
//! clock, no database. The same data gives byte-identical output, so a document's content
//! hash can name it (its verification code). The text is real text in the embedded DejaVu
//! Sans (selectable, searchable); anything a person typed may contain `<`, `&`, quotes or
//! emoji (drawn as a replacement box when DejaVu lacks them, kept in the text layer), and
//! any field may be missing: it prints as an empty line.
//!
//! Inside: `fonts` (glyphs and advances), `wrap` (line breaking), `table` (cells, groups of
//! rows and how they split), `layout` (pages: tables placed with their header repeated,
//! blocks kept together), `paint` (krilla, footer, QR, watermark), `form` (what the three
//! forms share) and one module per form.

mod dokumen;
mod evaluasi;
mod fonts;
mod form;
mod layout;
mod paint;
mod rencana;
mod table;
mod wrap;

use chrono::NaiveDate;

use crate::domain::evaluation::{Period, Predikat, Rating};
use crate::domain::plan::{Aspek, Jenis, NilaiBerakhlak};
use crate::domain::report::OrgPredikat;

pub use dokumen::render_dokumen_evaluasi;
pub use evaluasi::render_evaluasi;
pub use rencana::render_rencana;

/// Why a PDF could not be made. None of these depends on what a person typed, except a
/// verification link too long for a QR code (over ~2,900 bytes).
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    #[error("the verification link does not fit in a QR code: {0}")]
    Qr(#[from] qrcode::types::QrError),
    #[error("the page size is invalid")]
    Page,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// A person as the forms name them (from the roster). An empty field prints as an empty line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Identity {
    pub nama: String,
    /// The 18-digit NIP of a PNS or a PPPK, as stored.
    pub nip: String,
    /// E.g. `Penata Muda Tk. I / III-b`; PPPK staff and people not yet in the roster's new
    /// column have none.
    pub pangkat_golongan: Option<String>,
    pub jabatan: String,
    pub unit_kerja: String,
}

/// The code that identifies an issued document and the deep link that checks it
/// (`https://t.me/<bot>?start=v_<code>`), printed with its QR code on every page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    pub code: String,
    pub link: String,
}

/// One *Rencana Hasil Kerja* (intended result) with its indicators: one numbered entry of
/// the plan's table, in section A (Utama) or B (Tambahan) by its `jenis`.
#[derive(Debug, Clone, PartialEq)]
pub struct RhkRow {
    pub jenis: Jenis,
    /// The supervisor's RHK this one intervenes (*RHK pimpinan yang diintervensi*), if any.
    pub parent: Option<String>,
    pub text: String,
    pub indicators: Vec<IndicatorRow>,
}

/// One *Indikator Kinerja Individu* of an RHK, with what was achieved in the period when
/// the form is an evaluation (the plan leaves `realisasi` and `umpan_balik` unused).
#[derive(Debug, Clone, PartialEq)]
pub struct IndicatorRow {
    pub aspek: Aspek,
    pub text: String,
    /// The target as people read it, e.g. `1.200 orang` (see `Quantity`'s `Display`).
    pub target: String,
    /// *Realisasi berdasarkan bukti dukung*: what was achieved, with a word on the evidence.
    pub realisasi: Option<String>,
    /// *Umpan balik berkelanjutan*: the supervisor's feedback on it.
    pub umpan_balik: Option<String>,
}

/// The supervisor's word on one BerAKHLAK value: the *ekspektasi khusus* set with the plan
/// and, in an evaluation, the feedback on it. Values without an entry print empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PerilakuRow {
    pub nilai: NilaiBerakhlak,
    pub ekspektasi_khusus: String,
    pub umpan_balik: Option<String>,
}

/// The two ratings of an evaluation; the predikat follows from them by the national matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Penilaian {
    pub hasil_kerja: Rating,
    pub perilaku_kerja: Rating,
}

impl Penilaian {
    /// The *predikat kinerja pegawai*.
    pub fn predikat(self) -> Predikat {
        Predikat::from_ratings(self.hasil_kerja, self.perilaku_kerja)
    }
}

/// The **Rencana SKP** of one employee for one year: one version of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct RencanaSkp {
    pub year: i64,
    /// The unit (OPD) named in the header, e.g. `Dinas Kesehatan`.
    pub unit: String,
    /// *Pegawai yang dinilai*.
    pub pegawai: Identity,
    /// *Pejabat penilai kinerja*: the direct supervisor; none at the top of the tree.
    pub pejabat: Option<Identity>,
    /// The RHK in the plan's order; `jenis` puts each in section A or B.
    pub rhk: Vec<RhkRow>,
    /// The supervisor's *ekspektasi khusus* per BerAKHLAK value.
    pub perilaku: Vec<PerilakuRow>,
    /// The day the supervisor approved this version, printed in the signature blocks.
    /// `None` for a version not (yet) approved: every page then carries the DRAF watermark.
    pub approved_on: Option<NaiveDate>,
    /// The owner's *Matriks Pembagian Peran dan Hasil* for the year, when they shared their
    /// RHK with their team: a page of its own after the signatures. Empty: no such page.
    pub matriks: Vec<crate::domain::roles::MatrixRow>,
    pub verification: Option<Verification>,
}

/// The **Evaluasi Kinerja** of one employee for a period (triwulan I–IV or the year).
#[derive(Debug, Clone, PartialEq)]
pub struct EvaluasiKinerja {
    pub period: Period,
    pub unit: String,
    pub pegawai: Identity,
    pub pejabat: Option<Identity>,
    /// The approved plan's RHK with the period's realisation and feedback per indicator.
    pub rhk: Vec<RhkRow>,
    /// Ekspektasi khusus and the feedback on each BerAKHLAK value.
    pub perilaku: Vec<PerilakuRow>,
    /// `None` while the supervisor has not rated the period.
    pub penilaian: Option<Penilaian>,
    /// The unit's organisational predikat (*capaian kinerja organisasi*), set by HR.
    pub predikat_organisasi: Option<OrgPredikat>,
    /// The day of the evaluation, printed in the signature blocks; `None` marks a draft.
    pub evaluated_on: Option<NaiveDate>,
    pub verification: Option<Verification>,
}

/// The annual **Dokumen Evaluasi Kinerja** of one employee.
#[derive(Debug, Clone, PartialEq)]
pub struct DokumenEvaluasi {
    pub year: i64,
    pub unit: String,
    pub pegawai: Identity,
    pub pejabat: Option<Identity>,
    /// *Atasan pejabat penilai kinerja*: the supervisor's supervisor (or the head of the unit).
    pub atasan_pejabat: Option<Identity>,
    /// *Capaian kinerja organisasi*: the unit's predikat for the year.
    pub predikat_organisasi: Option<OrgPredikat>,
    /// The annual ratings, from which the *predikat kinerja pegawai*.
    pub penilaian: Option<Penilaian>,
    /// *Catatan / rekomendasi* of the Pejabat Penilai.
    pub catatan: Option<String>,
    /// The day it was signed; `None` marks a draft.
    pub signed_on: Option<NaiveDate>,
    pub verification: Option<Verification>,
}
