//! HR loads the roster with `kinerja roster import`: the real program, on a fresh database.

mod support;

use std::path::Path;

use kinerja::store::Store;
use support::roster_fixture::*;
use support::{Run, TestDb};

async fn kinerja(db: &TestDb, args: &[&str]) -> Run {
    support::cli(&db.url, args).await
}

fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write file");
    path.display().to_string()
}

async fn count_active(store: &Store) -> i64 {
    use sqlx::Row;
    sqlx::query("SELECT COUNT(*) FROM employees WHERE active = 1")
        .fetch_one(store.pool())
        .await
        .unwrap()
        .get::<i64, _>(0)
}

#[tokio::test]
async fn a_comma_separated_roster_is_imported_with_phones_normalised() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "pegawai.csv", &csv());

    let run = kinerja(&db, &["roster", "import", &file]).await;

    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    assert!(run.stdout.contains("4 baru"), "{}", run.stdout);
    let store = Store::connect(&db.url).await.unwrap();
    let kepala = store
        .person(KEPALA)
        .await
        .unwrap()
        .expect("kepala imported");
    assert_eq!(kepala.telepon.as_deref(), Some("+6281211112222"));
    assert_eq!(kepala.bawahan, 2);
    let siti = store.person(STAF_SITI).await.unwrap().unwrap();
    assert_eq!(siti.nama, "Siti <Nur> & Rekan_1");
    assert_eq!(siti.nama_atasan.as_deref(), Some("dr. Ahmad Hutagalung"));
    let admin = store.person(ADMIN).await.unwrap().unwrap();
    assert!(admin.is_admin);
    assert_eq!(admin.telepon.as_deref(), Some("+6281155556666"));
    let audit = store.audit_for(KEPALA).await.unwrap();
    assert_eq!(audit[0].action, "roster.create");
    assert!(audit[0].actor.starts_with("cli:"));
}

#[tokio::test]
async fn a_semicolon_roster_from_indonesian_excel_is_imported() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let content = format!(
        "\u{feff}NIP;Nama;Jabatan;Unit_Kerja;NIP_Atasan;Telepon\r\n\
         {KEPALA};\"Hutagalung; dr. Ahmad\";Kepala Dinas;Dinas Kesehatan;;0812 1111 2222\r\n\
         {STAF_BUDI};Budi Pasaribu;Analis Data;Dinas Kesehatan;{KEPALA};\r\n"
    );
    let file = write(dir.path(), "pegawai.csv", &content);

    let run = kinerja(&db, &["roster", "import", &file]).await;

    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    let store = Store::connect(&db.url).await.unwrap();
    let kepala = store.person(KEPALA).await.unwrap().unwrap();
    assert_eq!(kepala.nama, "Hutagalung; dr. Ahmad");
    assert_eq!(kepala.telepon.as_deref(), Some("+6281211112222"));
    assert!(store.person(STAF_BUDI).await.unwrap().is_some());
}

#[tokio::test]
async fn an_xlsx_roster_is_imported() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pegawai.xlsx");
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let header = [
        "nip",
        "nama",
        "jabatan",
        "unit_kerja",
        "nip_atasan",
        "telepon",
        "peran",
    ];
    for (col, h) in header.iter().enumerate() {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    let rows = [
        [
            KEPALA,
            "dr. Ahmad Hutagalung",
            "Kepala Dinas",
            "Dinas Kesehatan",
            "",
            "",
            "",
        ],
        [
            STAF_SITI,
            "Siti Nurhaliza",
            "Perawat",
            "Dinas Kesehatan",
            KEPALA,
            "",
            "pegawai",
        ],
    ];
    for (r, row) in rows.iter().enumerate() {
        for (col, value) in row.iter().enumerate() {
            sheet
                .write_string(r as u32 + 1, col as u16, *value)
                .unwrap();
        }
    }
    // A phone typed as a number, as happens in Excel.
    sheet.write_number(1, 5, 81211112222.0).unwrap();
    book.save(&path).unwrap();

    let run = kinerja(&db, &["roster", "import", &path.display().to_string()]).await;

    assert!(run.ok, "{}{}", run.stdout, run.stderr);
    let store = Store::connect(&db.url).await.unwrap();
    let kepala = store.person(KEPALA).await.unwrap().unwrap();
    assert_eq!(kepala.telepon.as_deref(), Some("+6281211112222"));
    assert_eq!(
        store
            .person(STAF_SITI)
            .await
            .unwrap()
            .unwrap()
            .nip_atasan
            .as_deref(),
        Some(KEPALA)
    );
}

#[tokio::test]
async fn every_bad_row_is_reported_by_line_and_nothing_changes() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "awal.csv", &csv());
    assert!(kinerja(&db, &["roster", "import", &good]).await.ok);
    let store = Store::connect(&db.url).await.unwrap();
    let before = count_active(&store).await;

    let bad = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,,\n\
         19660801198803100,Pendek,Staf,Dinas Kesehatan,{KEPALA},,\n\
         196613011988031001,Bulan Salah,Staf,Dinas Kesehatan,{KEPALA},,\n\
         199001012005011001,Terlalu Muda,Staf,Dinas Kesehatan,{KEPALA},,\n\
         199001012015011000,Urut Nol,Staf,Dinas Kesehatan,{KEPALA},,\n\
         199001012015011002,,Staf,Dinas Kesehatan,{KEPALA},,\n\
         199001012015011003,Telepon Salah,Staf,Dinas Kesehatan,{KEPALA},12ab,\n\
         199001012015011004,Peran Salah,Staf,Dinas Kesehatan,{KEPALA},,raja\n\
         199001012015011005,Atasan Hilang,Staf,Dinas Kesehatan,197001012000011999,,\n\
         199001012015011006,Ganda,Staf,Dinas Kesehatan,{KEPALA},0812-9999-0000,\n\
         199001012015011006,Ganda Lagi,Staf,Dinas Kesehatan,{KEPALA},,\n\
         199001012015011007,Telepon Ganda,Staf,Dinas Kesehatan,{KEPALA},+62 812 9999 0000,\n"
    );
    let file = write(dir.path(), "salah.csv", &bad);

    let run = kinerja(&db, &["roster", "import", &file]).await;

    assert!(!run.ok, "a bad file must fail: {}", run.stdout);
    // Line 11 is the first of a duplicate pair: the later lines are the ones reported.
    for line in [3, 4, 5, 6, 7, 8, 9, 10, 12, 13] {
        assert!(
            run.stderr.contains(&format!("baris {line}:")),
            "line {line} missing:\n{}",
            run.stderr
        );
    }
    for good in ["baris 2:", "baris 11:"] {
        assert!(
            !run.stderr.contains(good),
            "{good} is not an error:\n{}",
            run.stderr
        );
    }
    assert!(run.stderr.contains("tidak diubah"), "{}", run.stderr);
    assert_eq!(count_active(&store).await, before);
    assert!(store.person("199001012015011007").await.unwrap().is_none());
}

#[tokio::test]
async fn a_supervisor_cycle_is_refused() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let content = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan\n\
         {KEPALA},A,Kepala,Dinas Kesehatan,{STAF_SITI}\n\
         {STAF_SITI},B,Staf,Dinas Kesehatan,{KEPALA}\n"
    );
    let file = write(dir.path(), "siklus.csv", &content);

    let run = kinerja(&db, &["roster", "import", &file]).await;

    assert!(!run.ok);
    assert!(
        run.stderr.contains("baris 2:") && run.stderr.contains("baris 3:"),
        "{}",
        run.stderr
    );
    let store = Store::connect(&db.url).await.unwrap();
    assert_eq!(count_active(&store).await, 0);
}

#[tokio::test]
async fn a_check_run_validates_without_writing() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "pegawai.csv", &csv());

    let run = kinerja(&db, &["roster", "import", &file, "--check"]).await;

    assert!(run.ok, "{}", run.stderr);
    assert!(run.stdout.contains("4 baru"), "{}", run.stdout);
    let store = Store::connect(&db.url).await.unwrap();
    assert_eq!(count_active(&store).await, 0);
}

#[tokio::test]
async fn a_reimport_updates_by_nip_and_deactivates_only_when_asked() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    assert!(
        kinerja(
            &db,
            &["roster", "import", &write(dir.path(), "a.csv", &csv())]
        )
        .await
        .ok
    );
    // Siti moves to another unit; Budi and the admin are not in the new file.
    let second = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,{KEPALA_PHONE}\n\
         {STAF_SITI},Siti Nurhaliza,Perawat Ahli,Puskesmas Sibolga Kota,{KEPALA},{SITI_PHONE}\n"
    );
    let file = write(dir.path(), "b.csv", &second);

    let run = kinerja(&db, &["roster", "import", &file]).await;

    assert!(run.ok, "{}", run.stderr);
    assert!(run.stdout.contains("1 diperbarui"), "{}", run.stdout);
    let store = Store::connect(&db.url).await.unwrap();
    let siti = store.person(STAF_SITI).await.unwrap().unwrap();
    assert_eq!(siti.unit_kerja, "Puskesmas Sibolga Kota");
    assert_eq!(siti.jabatan, "Perawat Ahli");
    assert!(
        store.person(STAF_BUDI).await.unwrap().is_some(),
        "kept without the flag"
    );
    let audit = store.audit_for(STAF_SITI).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "roster.update" && a.detail.contains("unit_kerja"))
    );

    let run = kinerja(&db, &["roster", "import", &file, "--deactivate-missing"]).await;

    assert!(run.ok, "{}", run.stderr);
    assert!(run.stdout.contains("2 dinonaktifkan"), "{}", run.stdout);
    assert!(store.person(STAF_BUDI).await.unwrap().is_none());
    assert!(store.person(ADMIN).await.unwrap().is_none());
    assert_eq!(count_active(&store).await, 2);
}

#[tokio::test]
async fn a_file_without_required_columns_is_refused() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "kolom.csv", &format!("nip,nama\n{KEPALA},A\n"));

    let run = kinerja(&db, &["roster", "import", &file]).await;

    assert!(!run.ok);
    assert!(
        run.stderr.contains("jabatan") && run.stderr.contains("unit_kerja"),
        "{}",
        run.stderr
    );
}

#[tokio::test]
async fn hr_role_is_granted_and_revoked_with_an_audit_trail() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    assert!(
        kinerja(
            &db,
            &["roster", "import", &write(dir.path(), "a.csv", &csv())]
        )
        .await
        .ok
    );

    assert!(kinerja(&db, &["admin", "grant", STAF_SITI]).await.ok);
    let store = Store::connect(&db.url).await.unwrap();
    assert!(store.person(STAF_SITI).await.unwrap().unwrap().is_admin);
    assert!(kinerja(&db, &["admin", "revoke", STAF_SITI]).await.ok);
    assert!(!store.person(STAF_SITI).await.unwrap().unwrap().is_admin);
    let unknown = kinerja(&db, &["admin", "grant", "199001012015011009"]).await;
    assert!(!unknown.ok);

    let actions: Vec<String> = store
        .audit_for(STAF_SITI)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert!(actions.contains(&"role.grant_admin".to_string()));
    assert!(actions.contains(&"role.revoke_admin".to_string()));
}

#[tokio::test]
async fn a_row_under_a_supervisor_whose_own_row_failed_is_told_that_row_is_the_cause() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    // A new head whose phone is wrong, and two staff under them.
    let content = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,12ab\n\
         {STAF_SITI},Siti Nurhaliza,Perawat,Dinas Kesehatan,{KEPALA},\n\
         {STAF_BUDI},Budi Pasaribu,Analis Data,Dinas Kesehatan,{KEPALA},\n"
    );
    let file = write(dir.path(), "atasan-salah.csv", &content);

    let run = kinerja(&db, &["roster", "import", &file]).await;

    assert!(!run.ok);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("baris"))
        .collect();
    assert_eq!(errors.len(), 3, "{}", run.stderr);
    assert!(errors[0].starts_with("baris 2: telepon"), "{}", run.stderr);
    for (i, line) in [(1, 3), (2, 4)] {
        assert_eq!(
            errors[i],
            format!(
                "baris {line}: NIP atasan {KEPALA} ada di baris 2, yang bermasalah; perbaiki baris 2 lebih dulu"
            ),
            "{}",
            run.stderr
        );
    }
    assert!(
        !run.stderr.contains("tidak ada di berkas"),
        "{}",
        run.stderr
    );
}

#[tokio::test]
async fn a_supervisor_whose_row_failed_is_not_taken_for_one_left_out_of_the_file() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let first = write(dir.path(), "awal.csv", &csv());
    assert!(kinerja(&db, &["roster", "import", &first]).await.ok);
    // The head is in the new file, but their row has an empty position.
    let content = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {KEPALA},dr. Ahmad Hutagalung,,Dinas Kesehatan,,{KEPALA_PHONE},\n\
         {STAF_SITI},Siti Nurhaliza,Perawat,Dinas Kesehatan,{KEPALA},{SITI_PHONE},\n\
         {STAF_BUDI},Budi Pasaribu,Analis Data,Dinas Kesehatan,{KEPALA},,\n\
         {ADMIN},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,{ADMIN_PHONE},admin\n"
    );
    let file = write(dir.path(), "baru.csv", &content);

    // Without --deactivate-missing the head stays as the database has them: only their
    // own row is wrong.
    let kept = kinerja(&db, &["roster", "import", &file]).await;
    assert!(!kept.ok);
    assert!(
        kept.stderr.contains("1 baris bermasalah")
            && kept.stderr.contains("baris 2: jabatan kosong"),
        "{}",
        kept.stderr
    );

    let run = kinerja(&db, &["roster", "import", &file, "--deactivate-missing"]).await;

    assert!(!run.ok);
    assert!(
        run.stderr.contains("baris 2: jabatan kosong"),
        "{}",
        run.stderr
    );
    for line in [3, 4] {
        assert!(
            run.stderr.contains(&format!(
                "baris {line}: NIP atasan {KEPALA} ada di baris 2, yang bermasalah"
            )),
            "{}",
            run.stderr
        );
    }
    assert!(!run.stderr.contains("dinonaktifkan"), "{}", run.stderr);
}

#[tokio::test]
async fn a_waiting_plan_moved_to_another_supervisor_is_announced_to_both() {
    use support::TestApp;
    const KABID: &str = "197001011995031001";
    let app = TestApp::spawn().await;
    let with_kabid = |siti_atasan: &str| {
        format!(
            "{}{KABID},Drs. Paian Sihombing,Kepala Bidang,Dinas Kesehatan,{KEPALA},0812-7777-8888,\n",
            csv().replacen(
                &format!("{STAF_SITI},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{KEPALA}"),
                &format!("{STAF_SITI},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{siti_atasan}"),
                1
            )
        )
    };
    app.import_csv(&with_kabid(KEPALA)).await.unwrap();
    let kepala = app.user(1001, "Ahmad");
    let kabid = app.user(3003, "Paian");
    kepala.registers("6281211112222").await;
    kabid.registers("6281277778888").await;
    let year = kinerja::domain::time::current_year_wib();
    support::seed::plan(
        &app.store,
        STAF_SITI,
        year,
        "submitted",
        None,
        kinerja::store::now(),
    )
    .await;
    support::seed::plan(
        &app.store,
        STAF_BUDI,
        year,
        "submitted",
        None,
        kinerja::store::now(),
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "pindah.csv", &with_kabid(KABID));

    let run = support::cli(&app.db.url, &["roster", "import", &file]).await;

    let printed = run.expect_ok();
    assert!(
        printed.contains("1 rencana yang menunggu persetujuan pindah"),
        "{printed}"
    );
    let notice = kabid.sees("kini menunggu persetujuan Anda").await;
    assert!(
        notice
            .text
            .contains(&format!("Rencana SKP {year} dari Siti <Nur> & Rekan_1")),
        "{}",
        notice.text
    );
    let gone = kepala.sees("tidak lagi menunggu persetujuan Anda").await;
    assert!(gone.text.contains("Drs. Paian Sihombing"), "{}", gone.text);
    kabid.taps("Buka persetujuan").await;
    let waiting = kabid.sees("Menunggu persetujuan Anda").await;
    assert!(
        waiting.text.contains("Siti <Nur> & Rekan_1"),
        "{}",
        waiting.text
    );
    assert!(
        !kepala
            .messages()
            .iter()
            .any(|m| m.text.contains("Budi Pasaribu")),
        "Budi's plan stays where it was"
    );
    app.assert_telegram_accepted_everything();
}
