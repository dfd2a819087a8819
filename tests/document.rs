//! The official forms as PDF: each kind rendered, then read back with poppler's `pdftotext`
//! (every field, heading and signature block is there, as real text) and `pdftoppm` (the
//! pages draw). Long plans span pages with the table header repeated and the signatures
//! together with the last row; the output is byte-identical for the same input.
//!
//! Without poppler-utils the tests say so and pass, unless `KINERJA_REQUIRE_PDFTOOLS` is set
//! (as in `.ci/run`), where a missing tool fails them.

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use kinerja::document::{
    DokumenEvaluasi, EvaluasiKinerja, Identity, IndicatorRow, Penilaian, PerilakuRow, RencanaSkp,
    RhkRow, Verification, render_dokumen_evaluasi, render_evaluasi, render_rencana,
};
use kinerja::domain::evaluation::{Period, PeriodKind, Rating};
use kinerja::domain::plan::{Aspek, Jenis, NilaiBerakhlak};
use kinerja::domain::report::OrgPredikat;

// ---------------------------------------------------------------- people and documents

/// A PNS whose name has everything that breaks markup.
fn siti() -> Identity {
    Identity {
        nama: r#"Siti <Nur> & "Rekan""#.to_string(),
        nip: "199001012015032001".to_string(),
        pangkat_golongan: Some("Penata Muda Tk. I / III-b".to_string()),
        jabatan: "Pranata Komputer Ahli Pertama".to_string(),
        unit_kerja: "Dinas Kesehatan".to_string(),
    }
}

/// A PPPK without pangkat.
fn budi() -> Identity {
    Identity {
        nama: "Budi Pasaribu".to_string(),
        nip: "200012312024211001".to_string(),
        pangkat_golongan: None,
        jabatan: "Perawat Ahli Pertama".to_string(),
        unit_kerja: "Puskesmas Aek Parombunan".to_string(),
    }
}

fn kepala() -> Identity {
    Identity {
        nama: "dr. Tiurma Hutagalung, M.Kes".to_string(),
        nip: "196608011988032001".to_string(),
        pangkat_golongan: Some("Pembina Utama Muda / IV-c".to_string()),
        jabatan: "Kepala Dinas Kesehatan".to_string(),
        unit_kerja: "Dinas Kesehatan".to_string(),
    }
}

fn sekda() -> Identity {
    Identity {
        nama: "Ir. Marasamin Ritonga".to_string(),
        nip: "196805121994031004".to_string(),
        pangkat_golongan: Some("Pembina Utama Madya / IV-d".to_string()),
        jabatan: "Sekretaris Daerah".to_string(),
        unit_kerja: "Sekretariat Daerah".to_string(),
    }
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn verification(code: &str) -> Option<Verification> {
    Some(Verification {
        code: code.to_string(),
        link: format!("https://t.me/KinerjaSibolgaBot?start=v_{code}"),
    })
}

fn indicator(aspek: Aspek, text: &str, target: &str) -> IndicatorRow {
    IndicatorRow {
        aspek,
        text: text.to_string(),
        target: target.to_string(),
        realisasi: None,
        umpan_balik: None,
    }
}

/// Two Utama RHK (one intervening the supervisor's) and one Tambahan.
fn rhk() -> Vec<RhkRow> {
    vec![
        RhkRow {
            jenis: Jenis::Utama,
            parent: Some("Meningkatnya cakupan imunisasi kota".to_string()),
            text: "Terlaksananya imunisasi dasar lengkap".to_string(),
            indicators: vec![
                indicator(Aspek::Kuantitas, "Jumlah bayi diimunisasi", "1.200 orang"),
                indicator(Aspek::Kualitas, "Persentase data valid", "90 %"),
            ],
        },
        RhkRow {
            jenis: Jenis::Utama,
            parent: None,
            text: "Tersusunnya laporan bulanan & <rekap> \"triwulan\"".to_string(),
            indicators: vec![indicator(Aspek::Waktu, "Laporan tepat waktu", "12 dokumen")],
        },
        RhkRow {
            jenis: Jenis::Tambahan,
            parent: None,
            text: "Terselenggaranya sosialisasi PHBS".to_string(),
            indicators: vec![indicator(Aspek::Biaya, "Realisasi anggaran", "85,5 %")],
        },
    ]
}

fn perilaku() -> Vec<PerilakuRow> {
    vec![
        PerilakuRow {
            nilai: NilaiBerakhlak::Akuntabel,
            ekspektasi_khusus: "Laporan keuangan tanpa temuan".to_string(),
            umpan_balik: Some("Sudah tertib".to_string()),
        },
        PerilakuRow {
            nilai: NilaiBerakhlak::Kolaboratif,
            ekspektasi_khusus: "Aktif di tim lintas bidang".to_string(),
            umpan_balik: None,
        },
    ]
}

fn plan() -> RencanaSkp {
    RencanaSkp {
        year: 2026,
        unit: "Dinas Kesehatan".to_string(),
        pegawai: siti(),
        pejabat: Some(kepala()),
        rhk: rhk(),
        perilaku: perilaku(),
        approved_on: Some(date(2026, 1, 20)),
        matriks: Vec::new(),
        verification: verification("K7Q2-M9XD"),
    }
}

/// A plan of `rhk_count` Utama RHK with four indicators each; the last is numbered.
fn long_plan(rhk_count: usize) -> RencanaSkp {
    let rhk = (1..=rhk_count)
        .map(|r| RhkRow {
            jenis: Jenis::Utama,
            parent: Some(format!("Sasaran pimpinan {r}")),
            text: format!("Rencana hasil kerja nomor {r} untuk pelayanan kesehatan dasar"),
            indicators: (1..=4)
                .map(|i| {
                    indicator(
                        Aspek::Kuantitas,
                        &format!("Indikator {r}.{i} cakupan layanan"),
                        "100 orang",
                    )
                })
                .collect(),
        })
        .collect();
    RencanaSkp { rhk, ..plan() }
}

fn evaluation(kind: PeriodKind) -> EvaluasiKinerja {
    let mut rhk = rhk();
    rhk[0].indicators[0].realisasi = Some("1.250 orang (foto kegiatan)".to_string());
    rhk[0].indicators[0].umpan_balik = Some("Pertahankan & <tingkatkan>".to_string());
    rhk[1].indicators[0].realisasi = Some("3 dokumen".to_string());
    EvaluasiKinerja {
        period: Period { year: 2026, kind },
        unit: "Puskesmas Aek Parombunan".to_string(),
        pegawai: budi(),
        pejabat: Some(kepala()),
        rhk,
        perilaku: perilaku(),
        penilaian: Some(Penilaian {
            hasil_kerja: Rating::DiAtas,
            perilaku_kerja: Rating::Sesuai,
        }),
        predikat_organisasi: Some(OrgPredikat::Istimewa),
        evaluated_on: Some(date(2026, 4, 15)),
        verification: verification("EV26-0001"),
    }
}

fn dokumen() -> DokumenEvaluasi {
    DokumenEvaluasi {
        year: 2026,
        unit: "Dinas Kesehatan".to_string(),
        pegawai: budi(),
        pejabat: Some(siti()),
        atasan_pejabat: Some(sekda()),
        predikat_organisasi: Some(OrgPredikat::Baik),
        penilaian: Some(Penilaian {
            hasil_kerja: Rating::DiBawah,
            perilaku_kerja: Rating::Sesuai,
        }),
        catatan: Some("Ikuti pelatihan manajemen data & pelaporan \"e-Kinerja\"".to_string()),
        signed_on: Some(date(2027, 1, 25)),
        verification: verification("DE26-ABCD"),
    }
}

// ---------------------------------------------------------------- reading PDFs back

/// Whether poppler is here; without it the test is skipped, unless CI requires it.
fn pdftools() -> bool {
    let present = Command::new("pdftotext")
        .arg("-v")
        .output()
        .is_ok_and(|o| o.status.success());
    if !present {
        assert!(
            std::env::var_os("KINERJA_REQUIRE_PDFTOOLS").is_none(),
            "pdftotext is missing and KINERJA_REQUIRE_PDFTOOLS is set: install poppler-utils"
        );
        eprintln!("skipped: pdftotext (poppler-utils) is not installed");
    }
    present
}

/// A rendered PDF in a temporary directory.
struct Pdf {
    dir: tempfile::TempDir,
    path: PathBuf,
}

impl Pdf {
    fn write(bytes: &[u8]) -> Pdf {
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dokumen.pdf");
        std::fs::write(&path, bytes).unwrap();
        Pdf { dir, path }
    }

    /// Each page's text as `pdftotext -layout` reads it.
    fn pages(&self) -> Vec<String> {
        let out = Command::new("pdftotext")
            .args(["-layout", "-enc", "UTF-8"])
            .arg(&self.path)
            .arg("-")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        let mut pages: Vec<String> = text.split('\x0c').map(str::to_string).collect();
        if pages.last().is_some_and(|p| p.trim().is_empty()) {
            pages.pop();
        }
        pages
    }

    fn text(&self) -> String {
        self.pages().join("\n")
    }

    /// The page images `pdftoppm -png -r 50` draws.
    fn images(&self) -> Vec<PathBuf> {
        let prefix = self.dir.path().join("halaman");
        let status = Command::new("pdftoppm")
            .args(["-png", "-r", "50"])
            .arg(&self.path)
            .arg(&prefix)
            .status()
            .unwrap();
        assert!(status.success());
        let mut images: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "png"))
            .collect();
        images.sort();
        images
    }
}

/// Fails with the page text when a wanted piece is missing.
fn assert_has(text: &str, wanted: &[&str]) {
    for w in wanted {
        assert!(text.contains(w), "{w:?} missing from:\n{text}");
    }
}

fn identity_lines(p: &Identity) -> Vec<&str> {
    let mut lines = vec![
        p.nama.as_str(),
        p.nip.as_str(),
        p.jabatan.as_str(),
        p.unit_kerja.as_str(),
    ];
    lines.extend(p.pangkat_golongan.as_deref());
    lines
}

// ---------------------------------------------------------------- Rencana SKP

#[test]
fn a_plan_prints_its_heading_people_table_behaviour_and_signatures() {
    if !pdftools() {
        return;
    }
    let plan = plan();
    let pdf = Pdf::write(&render_rencana(&plan).unwrap());
    let text = pdf.text();
    assert_has(
        &text,
        &[
            "PEMERINTAH KOTA SIBOLGA",
            "SASARAN KINERJA PEGAWAI",
            "Dinas Kesehatan",
            "Periode Penilaian: 1 Januari – 31 Desember 2026",
            "PEGAWAI YANG DINILAI",
            "PEJABAT PENILAI KINERJA",
            "Pangkat/Gol. Ruang",
            "HASIL KERJA",
            "Diintervensi",
            "Indikator Kinerja Individu",
            "Aspek",
            "Target",
            "A. Utama",
            "B. Tambahan",
            "Meningkatnya cakupan",
            "imunisasi kota",
            "Terlaksananya imunisasi",
            "bulanan & <rekap>",
            r#""triwulan""#,
            "Jumlah bayi diimunisasi",
            "1.200 orang",
            "Kuantitas",
            "Kualitas",
            "Waktu",
            "Biaya",
            "85,5 %",
            "PERILAKU KERJA",
            "Ekspektasi Khusus Pimpinan",
            "Laporan keuangan tanpa temuan",
            "Aktif di tim lintas bidang",
            "Sibolga, 20 Januari 2026",
            "Pegawai yang Dinilai",
            "Pejabat Penilai Kinerja",
            "NIP. 199001012015032001",
            "NIP. 196608011988032001",
            "Kode verifikasi: K7Q2-M9XD",
            "Halaman 1 dari",
        ],
    );
    for nilai in NilaiBerakhlak::ALL {
        assert_has(&text, &[nilai.label()]);
    }
    assert_has(&text, &identity_lines(&plan.pegawai));
    assert_has(&text, &identity_lines(&kepala()));
    assert!(!text.contains("DRAF"), "an approved plan is not a draft");
}

#[test]
fn a_draft_plan_carries_the_watermark_on_every_page_and_no_date() {
    if !pdftools() {
        return;
    }
    let draft = RencanaSkp {
        approved_on: None,
        ..long_plan(10)
    };
    let pdf = Pdf::write(&render_rencana(&draft).unwrap());
    let pages = pdf.pages();
    assert!(pages.len() >= 2);
    for page in &pages {
        assert_has(page, &["DRAF – belum final"]);
    }
    assert_has(pages.last().unwrap(), &["Sibolga, ....."]);
    assert!(!pages.last().unwrap().contains("Januari 2026"));
    for image in pdf.images() {
        assert!(
            watermark_pixels(&image) > 2000,
            "no watermark on {}",
            image.display()
        );
    }

    let approved = Pdf::write(&render_rencana(&long_plan(10)).unwrap());
    assert!(!approved.text().contains("DRAF"));
    for image in approved.images() {
        assert_eq!(watermark_pixels(&image), 0, "{}", image.display());
    }
}

#[test]
fn a_forty_indicator_plan_repeats_its_header_and_ends_with_the_last_row_beside_the_signatures() {
    if !pdftools() {
        return;
    }
    let pdf = Pdf::write(&render_rencana(&long_plan(10)).unwrap());
    let pages = pdf.pages();
    assert!(pages.len() >= 2, "{} page(s)", pages.len());
    let total = pages.len();
    for (i, page) in pages.iter().enumerate() {
        assert_has(page, &[&format!("Halaman {} dari {total}", i + 1)]);
        if page.contains("cakupan layanan") {
            assert_has(page, &["Indikator Kinerja Individu", "Target"]);
        }
        if NilaiBerakhlak::ALL.iter().any(|n| page.contains(n.label())) {
            assert_has(page, &["Perilaku Kerja", "Ekspektasi Khusus Pimpinan"]);
        }
    }
    assert_has(&pdf.text(), &["Indikator 10.4 cakupan layanan"]);
    let last = pages.last().unwrap();
    assert_has(
        last,
        &[
            "Kolaboratif",
            "Sibolga, 20 Januari 2026",
            "Pegawai yang Dinilai",
            "Pejabat Penilai Kinerja",
            "NIP. 199001012015032001",
        ],
    );
}

#[test]
fn an_rhk_of_a_thousand_characters_and_one_longer_than_a_page_still_lay_out() {
    if !pdftools() {
        return;
    }
    let thousand = format!("Awal {} akhir", "pelayanan ".repeat(99));
    assert!(thousand.len() >= 1000);
    let huge: String = (0..2500).map(|i| format!("kata{i} ")).collect();
    let mut plan = long_plan(2);
    plan.rhk[0].text = thousand;
    plan.rhk[1].text = huge;
    plan.rhk[1].indicators[0].text = "Indikator di bawah teks panjang".to_string();
    let pdf = Pdf::write(&render_rencana(&plan).unwrap());
    let pages = pdf.pages();
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let text = pdf.text();
    assert_has(
        &text,
        &[
            "Awal pelayanan",
            "pelayanan akhir",
            "kata0 ",
            "kata1250 ",
            "kata2499",
            "Indikator di bawah teks panjang",
            "Kolaboratif",
        ],
    );
    assert_has(pages.last().unwrap(), &["Pejabat Penilai Kinerja"]);
}

#[test]
fn emoji_and_indonesian_punctuation_do_not_break_the_text_around_them() {
    if !pdftools() {
        return;
    }
    let doc = DokumenEvaluasi {
        catatan: Some(
            "Rapat koordinasi 🦀✅👍🏽 bersama “kader” — Pak Ucok’s tim, Rp1.250.000,00 😀 selesai"
                .to_string(),
        ),
        ..dokumen()
    };
    let pdf = Pdf::write(&render_dokumen_evaluasi(&doc).unwrap());
    assert_has(
        &pdf.text(),
        &[
            "Rapat koordinasi",
            "bersama “kader” — Pak Ucok’s tim, Rp1.250.000,00",
            "selesai",
            "Sibolga, 25 Januari 2027",
        ],
    );
}

#[test]
fn a_person_without_pangkat_or_supervisor_still_gets_every_line() {
    if !pdftools() {
        return;
    }
    let plan = RencanaSkp {
        pegawai: budi(),
        pejabat: None,
        perilaku: Vec::new(),
        ..plan()
    };
    let pdf = Pdf::write(&render_rencana(&plan).unwrap());
    let text = pdf.text();
    assert_has(&text, &identity_lines(&budi()));
    assert_has(
        &text,
        &[
            "NIP. 200012312024211001",
            "Pangkat/Gol. Ruang",
            "PEJABAT PENILAI KINERJA",
            "Pejabat Penilai Kinerja",
            "Unit Kerja",
        ],
    );
}

// ---------------------------------------------------------------- Evaluasi Kinerja

#[test]
fn an_evaluation_prints_realisation_feedback_ratings_and_both_predikat() {
    if !pdftools() {
        return;
    }
    for (kind, label) in [
        (
            PeriodKind::Q1,
            "Triwulan I 2026 (1 Januari – 31 Maret 2026)",
        ),
        (
            PeriodKind::Q4,
            "Triwulan IV 2026 (1 Oktober – 31 Desember 2026)",
        ),
        (
            PeriodKind::Tahunan,
            "Tahunan 2026 (1 Januari – 31 Desember 2026)",
        ),
    ] {
        let e = evaluation(kind);
        let pdf = Pdf::write(&render_evaluasi(&e).unwrap());
        let text = pdf.text();
        assert_has(
            &text,
            &[
                "PEMERINTAH KOTA SIBOLGA",
                "EVALUASI KINERJA PEGAWAI",
                "Puskesmas Aek Parombunan",
                label,
                "PEGAWAI YANG DINILAI",
                "PEJABAT PENILAI KINERJA",
                "Realisasi Berdasarkan",
                "Umpan Balik",
                "Terlaksananya imunisasi",
                "bulanan & <rekap>",
                "Jumlah bayi diimunisasi",
                "1.200 orang",
                "1.250 orang (foto",
                "kegiatan)",
                "Pertahankan &",
                "<tingkatkan>",
                "3 dokumen",
                "Sudah tertib",
                "Rating Hasil Kerja",
                "Di Atas Ekspektasi",
                "Rating Perilaku Kerja",
                "Sesuai Ekspektasi",
                "Predikat Kinerja Pegawai",
                "Baik",
                "Capaian Kinerja Organisasi",
                "Istimewa",
                "Sibolga, 15 April 2026",
                "Pegawai yang Dinilai",
                "Pejabat Penilai Kinerja",
                "NIP. 200012312024211001",
                "Kode verifikasi: EV26-0001",
            ],
        );
        assert_has(&text, &identity_lines(&budi()));
        assert!(!text.contains("DRAF"));
    }
}

#[test]
fn an_evaluation_not_yet_rated_is_a_draft_with_empty_ratings() {
    if !pdftools() {
        return;
    }
    let e = EvaluasiKinerja {
        penilaian: None,
        predikat_organisasi: None,
        evaluated_on: None,
        ..evaluation(PeriodKind::Q2)
    };
    let pdf = Pdf::write(&render_evaluasi(&e).unwrap());
    let text = pdf.text();
    assert_has(
        &text,
        &[
            "DRAF – belum final",
            "Rating Hasil Kerja",
            "Predikat Kinerja Pegawai",
        ],
    );
    for rating in ["Di Atas Ekspektasi", "Sesuai Ekspektasi", "Istimewa"] {
        assert!(!text.contains(rating), "{rating}");
    }
}

// ---------------------------------------------------------------- Dokumen Evaluasi Kinerja

#[test]
fn the_dokumen_evaluasi_names_three_people_the_predikat_the_notes_and_the_signatures() {
    if !pdftools() {
        return;
    }
    let doc = dokumen();
    let pdf = Pdf::write(&render_dokumen_evaluasi(&doc).unwrap());
    let pages = pdf.pages();
    assert_eq!(pages.len(), 1, "one page for one person");
    let text = &pages[0];
    assert_has(
        text,
        &[
            "PEMERINTAH KOTA SIBOLGA",
            "DOKUMEN EVALUASI KINERJA PEGAWAI",
            "Periode: Tahunan 2026",
            "1 Januari – 31 Desember 2026",
            "1. PEGAWAI YANG DINILAI",
            "2. PEJABAT PENILAI KINERJA",
            "3. ATASAN PEJABAT PENILAI KINERJA",
            "4. EVALUASI KINERJA",
            "Capaian Kinerja Organisasi",
            "Predikat Kinerja Pegawai",
            "Butuh Perbaikan",
            "5. CATATAN / REKOMENDASI",
            r#"Ikuti pelatihan manajemen data & pelaporan "e-Kinerja""#,
            "Sibolga, 25 Januari 2027",
            "Pegawai yang Dinilai",
            "Pejabat Penilai Kinerja",
            "NIP. 200012312024211001",
            "NIP. 199001012015032001",
            "Kode verifikasi: DE26-ABCD",
            "Halaman 1 dari 1",
        ],
    );
    for person in [budi(), siti(), sekda()] {
        assert_has(text, &identity_lines(&person));
    }
}

#[test]
fn a_dokumen_evaluasi_without_atasan_or_notes_leaves_their_lines_empty() {
    if !pdftools() {
        return;
    }
    let doc = DokumenEvaluasi {
        atasan_pejabat: None,
        catatan: None,
        predikat_organisasi: None,
        verification: None,
        ..dokumen()
    };
    let pdf = Pdf::write(&render_dokumen_evaluasi(&doc).unwrap());
    let text = pdf.text();
    assert_has(
        &text,
        &[
            "3. ATASAN PEJABAT PENILAI KINERJA",
            "5. CATATAN / REKOMENDASI",
        ],
    );
    assert!(!text.contains("Kode verifikasi"));
}

// ---------------------------------------------------------------- all kinds

#[test]
fn the_same_input_gives_the_same_bytes_and_a_change_gives_others() {
    let plan = long_plan(3);
    assert_eq!(
        render_rencana(&plan).unwrap(),
        render_rencana(&plan).unwrap()
    );
    let e = evaluation(PeriodKind::Q3);
    assert_eq!(render_evaluasi(&e).unwrap(), render_evaluasi(&e).unwrap());
    let doc = dokumen();
    assert_eq!(
        render_dokumen_evaluasi(&doc).unwrap(),
        render_dokumen_evaluasi(&doc).unwrap()
    );

    let mut changed = plan.clone();
    changed.rhk[0].indicators[0].target = "101 orang".to_string();
    assert_ne!(
        render_rencana(&plan).unwrap(),
        render_rencana(&changed).unwrap()
    );
}

#[test]
fn every_page_of_every_kind_draws_as_an_image() {
    if !pdftools() {
        return;
    }
    let documents = [
        render_rencana(&long_plan(10)).unwrap(),
        render_evaluasi(&evaluation(PeriodKind::Tahunan)).unwrap(),
        render_dokumen_evaluasi(&dokumen()).unwrap(),
    ];
    for bytes in documents {
        let pdf = Pdf::write(&bytes);
        let images = pdf.images();
        assert_eq!(images.len(), pdf.pages().len());
        for image in &images {
            assert!(non_empty_png(image), "{}", image.display());
        }
    }
}

/// Pixels of the pale red watermark: only it is reddish on these forms.
fn watermark_pixels(path: &Path) -> usize {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgb);
    buf[..info.buffer_size()]
        .chunks(3)
        .filter(|p| p[0] > 230 && p[1] < 225 && p[0] - p[1] > 20)
        .count()
}

fn non_empty_png(path: &Path) -> bool {
    std::fs::read(path).is_ok_and(|b| b.len() > 1000 && b.starts_with(b"\x89PNG"))
}
