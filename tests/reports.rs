//! HR's reports against a seeded city with known answers: every figure of the completion
//! table, the late names, the predikat spread and its breach, JP, and the e-Kinerja rows;
//! the workbook read back with calamine, the CSV files, the chart decoded as a PNG; and
//! `/laporan` in the chat (HR only), sending the chart and the workbook.

mod support;

use calamine::{Data, Reader, Xlsx};
use support::seed::{content, evaluated, plan, realised};
use support::{Person, TestApp};

const RINA: &str = "197703032005011003"; // HR admin
const KEPALA: &str = "196608011988031001"; // head of Dinas Kesehatan, no plan
const S1: &str = "198505152010012002";
const S2: &str = "199101012015031004";
const S3: &str = "199202022016032005";
const S4: &str = "200012312024211001";
const PAK: &str = "197001011995031001"; // head of Dinas Pendidikan, draft plan
const T1: &str = "199303032017032006";

fn roster() -> String {
    format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,081155556666,admin\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,081211112222,\n\
         {S1},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{KEPALA},081333334444,\n\
         {S2},Tono Sitompul,Sanitarian,Dinas Kesehatan,{KEPALA},,\n\
         {S3},Uli Panggabean,Bidan,Dinas Kesehatan,{KEPALA},,\n\
         {S4},Budi Pasaribu,Analis Data,Dinas Kesehatan,{KEPALA},,\n\
         {PAK},Drs. Paian Sihombing,Kepala Dinas,Dinas Pendidikan,,,\n\
         {T1},Wati Lubis,Guru,Dinas Pendidikan,{PAK},,\n"
    )
}

/// The seeded city. Known answers for 2026-III as of 29/11/2026 (both windows closed):
/// Dinas Kesehatan — 5 staff, no plan 1 (Ahmad), submitted 1 (Budi), approved 3, complete 2
/// (Siti, Tono), evaluated 2 (Baik, Sangat Baik), late 2 people (Ahmad: no plan; Uli:
/// realisation and evaluation, two lines of the Terlambat sheet); Dinas Pendidikan — 2 staff, draft 1 (Paian, late), approved 1 (Wati,
/// complete, Butuh Perbaikan); BKD — Rina without a plan, late.
async fn seed(app: &TestApp) -> i64 {
    app.import_csv(&roster()).await.unwrap();
    let store = &app.store;
    let approved = |indicators: &[(i64, &str, f64)]| Some(content(indicators));
    let s1 = approved(&[
        (101, "Pasien dilayani", 1200.0),
        (102, "Kunjungan rumah", 40.0),
    ]);
    plan(store, S1, 2026, "approved", s1.as_deref(), 0).await;
    let s2 = approved(&[(201, "Sampel air diuji", 90.0)]);
    plan(store, S2, 2026, "approved", s2.as_deref(), 0).await;
    let s3 = approved(&[(301, "Persalinan ditolong", 30.0)]);
    plan(store, S3, 2026, "approved", s3.as_deref(), 0).await;
    plan(store, S4, 2026, "submitted", None, 0).await;
    plan(store, PAK, 2026, "draft", None, 0).await;
    let t1 = approved(&[(601, "Siswa lulus", 60.0)]);
    plan(store, T1, 2026, "approved", t1.as_deref(), 0).await;
    let q3 = "2026-III";
    realised(store, S1, q3, 101, Some(900.0)).await;
    realised(store, S1, q3, 102, Some(40.0)).await;
    realised(store, S2, q3, 201, Some(95.0)).await;
    realised(store, S3, q3, 301, None).await;
    realised(store, T1, q3, 601, Some(58.0)).await;
    evaluated(store, S1, q3, ("s", "s", "baik"), KEPALA).await;
    evaluated(store, S2, q3, ("a", "a", "sangat_baik"), KEPALA).await;
    evaluated(store, T1, q3, ("b", "s", "butuh_perbaikan"), PAK).await;

    // A training in September 2026 that Siti attended: 8 JP.
    let t = kinerja::store::now();
    let training =
        support::seed::training(store, "Pelatihan SKP", (t + 86400, t + 3600), 20, 8).await;
    sqlx::query("UPDATE trainings SET starts_at = 1789545600, deadline = 1789459200 WHERE announcement_id = $1")
        .bind(training)
        .execute(store.pool())
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO training_seats (announcement_id, nip, status, queue_no, updated_at, attended) VALUES ($1, $2, 'registered', 1, 0, 1)",
    )
    .bind(training)
    .bind(S1)
    .execute(store.pool())
    .await
    .unwrap();
    training
}

async fn kinerja(app: &TestApp, args: &[&str]) -> String {
    support::cli(&app.db.url, args).await.expect_ok()
}

fn cells(range: &calamine::Range<Data>) -> Vec<Vec<String>> {
    range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

fn check_workbook(bytes: Vec<u8>) {
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Kelengkapan",
            "Terlambat",
            "Sebaran predikat",
            "JP pelatihan",
            "Kehadiran pelatihan",
            "Pengumuman",
            "e-Kinerja 2026"
        ]
    );
    let completion = cells(&book.worksheet_range("Kelengkapan").unwrap());
    assert_eq!(
        completion,
        [
            vec![
                "Unit kerja",
                "Pegawai",
                "Belum ada rencana",
                "Rencana draf/dikembalikan",
                "Rencana diajukan",
                "Rencana disetujui",
                "Realisasi lengkap",
                "Sudah dinilai",
                "Terlambat"
            ],
            vec![
                "Badan Kepegawaian Daerah",
                "1",
                "1",
                "0",
                "0",
                "0",
                "0",
                "0",
                "1"
            ],
            vec!["Dinas Kesehatan", "5", "1", "0", "1", "3", "2", "2", "2"],
            vec!["Dinas Pendidikan", "2", "0", "1", "0", "1", "1", "1", "1"],
        ]
    );
    let late = cells(&book.worksheet_range("Terlambat").unwrap());
    let late: Vec<(String, String)> = late[1..]
        .iter()
        .map(|r| (r[1].clone(), r[3].clone()))
        .collect();
    assert_eq!(
        late,
        [
            ("Rina Simatupang".into(), "rencana belum diajukan".into()),
            (
                "dr. Ahmad Hutagalung".into(),
                "rencana belum diajukan".into()
            ),
            ("Uli Panggabean".into(), "realisasi belum lengkap".into()),
            ("Uli Panggabean".into(), "belum dinilai".into()),
            (
                "Drs. Paian Sihombing".into(),
                "rencana belum diajukan".into()
            ),
        ]
    );
    let spread = cells(&book.worksheet_range("Sebaran predikat").unwrap());
    assert_eq!(
        spread[2],
        [
            "Dinas Kesehatan",
            "Baik",
            "1",
            "1",
            "0",
            "0",
            "0",
            "2",
            "tidak ada yang Butuh Perbaikan atau Kurang (harus ada paling sedikit satu)"
        ]
    );
    assert_eq!(
        spread[3][..8],
        ["Dinas Pendidikan", "-", "0", "0", "1", "0", "0", "1"]
    );
    assert_eq!(spread[3][8], "");
    let jp = cells(&book.worksheet_range("JP pelatihan").unwrap());
    assert_eq!(jp.len(), 9);
    let siti = jp.iter().find(|r| r[0] == S1).unwrap();
    assert_eq!(siti[3..], ["8", "ya"]);
    assert_eq!(jp.iter().filter(|r| r[4] == "ya").count(), 8);
    let attendance = cells(&book.worksheet_range("Kehadiran pelatihan").unwrap());
    assert_eq!(attendance[1][4..], ["20", "1", "0", "0", "1", "8"]);
    let announcements = cells(&book.worksheet_range("Pengumuman").unwrap());
    assert_eq!(announcements.len(), 2);
    assert_eq!(announcements[1][1], "pelatihan");
    assert_eq!(announcements[1][3], "Pelatihan SKP");
    assert_eq!(
        announcements[1][4..],
        ["0", "0", "0", "0", "0", "0"],
        "published before anyone registered in Telegram"
    );
    let ekinerja = cells(&book.worksheet_range("e-Kinerja 2026").unwrap());
    assert_eq!(
        ekinerja.len(),
        1 + 9,
        "five indicator rows and four people without a plan"
    );
    let row = ekinerja
        .iter()
        .find(|r| r[0] == S1 && r[9] == "Pasien dilayani")
        .unwrap();
    assert_eq!(row[6], "disetujui");
    assert_eq!(row[11], "1200");
    assert_eq!(row[15], "900", "TW III realisation");
    assert_eq!(row[20], "Baik", "TW III predikat");
    let budi = ekinerja.iter().find(|r| r[0] == S4).unwrap();
    assert_eq!(budi[6], "diajukan");
    assert_eq!(budi[8], "");
}

#[tokio::test]
async fn the_report_counts_a_seeded_city_exactly_in_every_file() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let set = kinerja(
        &app,
        &[
            "unit",
            "predikat",
            "Dinas Kesehatan",
            "Baik",
            "--year",
            "2026",
        ],
    )
    .await;
    assert!(set.contains("Baik"), "{set}");
    let dir = tempfile::tempdir().unwrap();
    let printed = kinerja(
        &app,
        &[
            "report",
            "--period",
            "2026-III",
            "--format",
            "all",
            "--as-of",
            "29/11/2026",
            "--out",
            dir.path().to_str().unwrap(),
        ],
    )
    .await;
    assert_eq!(printed.lines().count(), 9, "{printed}");
    check_workbook(std::fs::read(dir.path().join("laporan-kinerja-2026-III.xlsx")).unwrap());
    let csv = std::fs::read_to_string(dir.path().join("kelengkapan.csv")).unwrap();
    assert!(csv.contains("\nDinas Kesehatan;5;1;0;1;3;2;2;2\n"), "{csv}");
    let png = std::fs::read(dir.path().join("laporan-kinerja-2026-III.png")).unwrap();
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let reader = decoder.read_info().unwrap();
    let info = reader.info();
    assert_eq!(info.width, 1080);
    assert!((600..4000).contains(&info.height), "{}", info.height);

    // Before the windows close nobody is late for realisation or evaluation.
    let early = tempfile::tempdir().unwrap();
    kinerja(
        &app,
        &[
            "report",
            "--period",
            "2026-III",
            "--format",
            "csv",
            "--as-of",
            "05/10/2026",
            "--out",
            early.path().to_str().unwrap(),
        ],
    )
    .await;
    let late = std::fs::read_to_string(early.path().join("terlambat.csv")).unwrap();
    assert_eq!(
        late.lines().count(),
        1 + 3,
        "only the three without a plan: {late}"
    );
}

#[tokio::test]
async fn hr_gets_the_chart_and_the_workbook_in_the_chat_and_nobody_else_does() {
    let app = TestApp::spawn().await;
    seed(&app).await;
    let rina = app.user(1, "Rina");
    let siti = app.user(3, "Siti");
    rina.registers("081155556666").await;
    siti.registers("081333334444").await;

    let refused = siti.says("/laporan").await;
    assert!(refused.text.contains("admin BKD"), "{}", refused.text);
    let forged = siti
        .taps_data(refused.message_id, "lp:x:2026-III")
        .await
        .unwrap_or_default();
    assert!(forged.contains("admin BKD"), "{forged}");
    assert!(siti.messages().iter().all(|m| m.kind != "document"));

    rina.says("/laporan").await;
    let year = kinerja::domain::time::current_year_wib();
    if year != 2026 {
        return; // the seeded year is 2026; the buttons offer the current one
    }
    rina.sees("Laporan kinerja 2026").await;
    rina.taps("TW III").await;
    let summary = rina.sees("Laporan Triwulan III 2026").await;
    assert!(summary.text.contains("8 pegawai"), "{}", summary.text);
    assert!(
        summary.text.contains("Dinas Kesehatan: 3/5 · 2 · 2"),
        "{}",
        summary.text
    );
    let chart = rina
        .messages()
        .into_iter()
        .find(|m| m.kind == "photo")
        .expect("the chart");
    let png = app
        .tg
        .file_content(chart.file_id.as_deref().unwrap())
        .unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    rina.taps("Unduh xlsx").await;
    let file = rina.sees("lembar e-Kinerja").await;
    assert_eq!(file.kind, "document");
    let bytes = app
        .tg
        .file_content(file.file_id.as_deref().unwrap())
        .unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names().len(), 7);
    let ekinerja = book.worksheet_range("e-Kinerja 2026").unwrap();
    assert_eq!(ekinerja.rows().count(), 10);
    let _ = Person::buttons_of(&summary);
    app.assert_telegram_accepted_everything();
}

/// A unit whose one late person is late twice (realisation missing, not evaluated), in
/// the current year so that `/laporan` offers it; the windows of TW I are closed by hand.
#[tokio::test]
async fn someone_late_for_two_reasons_is_one_late_person_in_the_unit_and_the_city() {
    let app = TestApp::spawn().await;
    let year = kinerja::domain::time::current_year_wib();
    app.import_csv(&format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,081155556666,admin\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,,\n\
         {S3},Uli Panggabean,Bidan,Dinas Kesehatan,{KEPALA},,\n"
    ))
    .await
    .unwrap();
    let store = &app.store;
    let q1 = format!("{year}-I");
    for (nip, indicator) in [(RINA, 11), (KEPALA, 21), (S3, 31)] {
        let approved = content(&[(indicator, "Layanan", 10.0)]);
        plan(store, nip, year, "approved", Some(&approved), 0).await;
        if nip != S3 {
            realised(store, nip, &q1, indicator, Some(10.0)).await;
            evaluated(store, nip, &q1, ("s", "s", "baik"), KEPALA).await;
        }
    }
    sqlx::query(
        "INSERT INTO period_windows (period, realisasi_until, evaluasi_until, updated_at) VALUES ($1, $2, $2, 0)",
    )
    .bind(&q1)
    .bind(format!("{}-12-31", year - 1))
    .execute(store.pool())
    .await
    .unwrap();
    let rina = app.user(1, "Rina");
    rina.registers("081155556666").await;

    rina.says("/laporan").await;
    rina.taps("TW I").await;
    let summary = rina.sees(&format!("Laporan Triwulan I {year}")).await;

    assert!(summary.text.contains("terlambat 1\n"), "{}", summary.text);
    assert!(
        summary.text.contains("Dinas Kesehatan: 2/2 · 1 · 1 · 1"),
        "{}",
        summary.text
    );
    rina.taps("Unduh xlsx").await;
    let file = rina.sees("lembar e-Kinerja").await;
    let bytes = app
        .tg
        .file_content(file.file_id.as_deref().unwrap())
        .unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let completion = cells(&book.worksheet_range("Kelengkapan").unwrap());
    assert_eq!(
        completion[2],
        ["Dinas Kesehatan", "2", "0", "0", "0", "2", "1", "1", "1"]
    );
    let late = cells(&book.worksheet_range("Terlambat").unwrap());
    let reasons: Vec<&str> = late[1..].iter().map(|r| r[3].as_str()).collect();
    assert_eq!(
        reasons,
        ["realisasi belum lengkap", "belum dinilai"],
        "the sheet still names each reason"
    );
    app.assert_telegram_accepted_everything();
}
