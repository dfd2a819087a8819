//! HR's command line in a second language: `kinerja --lang en …` (or `KINERJA_LANG=en`)
//! prints its summaries, prompts and errors — a bad roster's problems with their line
//! numbers too — in English; without either it stays Indonesian, word for word as before.

mod support;

use std::path::Path;

use support::roster_fixture::*;
use support::{Run, TestDb};

/// The real `kinerja` with `args`, `KINERJA_LANG` set to `lang` (or unset).
async fn kinerja(db: &TestDb, lang: Option<&str>, args: &[&str]) -> Run {
    let mut command = tokio::process::Command::new(env!("CARGO_BIN_EXE_kinerja"));
    command
        .args(args)
        .env("DATABASE_URL", &db.url)
        .env("RUST_LOG", "warn");
    match lang {
        Some(lang) => command.env("KINERJA_LANG", lang),
        None => command.env_remove("KINERJA_LANG"),
    };
    let out = command.output().await.expect("run kinerja");
    Run {
        ok: out.status.success(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write file");
    path.display().to_string()
}

/// A roster with a problem on lines 3 to 6 (line 2 is good).
fn bad_roster() -> String {
    format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,,\n\
         123,Pendek,Staf,Dinas Kesehatan,{KEPALA},,\n\
         199001012015011004,Peran Salah,Staf,Dinas Kesehatan,{KEPALA},,raja\n\
         199001012015011005,Atasan Hilang,Staf,Dinas Kesehatan,197001012000011999,,\n\
         {KEPALA},Ganda,Staf,Dinas Kesehatan,,12ab,\n"
    )
}

#[tokio::test]
async fn a_bad_roster_is_explained_in_english_line_by_line() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "pegawai.csv", &bad_roster());

    let run = kinerja(&db, None, &["--lang", "en", "roster", "import", &file]).await;

    assert!(!run.ok, "a bad file must fail: {}", run.stdout);
    let err = &run.stderr;
    for expected in [
        "rows with problems: 4; the database was not changed.",
        "line 3: a NIP has 18 digits, not 3",
        "line 4: peran \"raja\" not recognised: enter pegawai or admin (empty means pegawai)",
        "line 5: supervisor NIP 197001012000011999 is neither in the file nor in the database",
    ] {
        assert!(err.contains(expected), "{expected:?} missing:\n{err}");
    }
    // Two problems of one line, each in English; the column's name stays the file's own.
    assert!(
        err.contains(&format!(
            "line 6: telepon \"12ab\": a phone number holds only digits (spaces, -, dots, \
             brackets and a leading + allowed), not 'a'; NIP {KEPALA} is already on line 2"
        )),
        "{err}"
    );
    assert!(!err.contains("line 2:"), "line 2 is good:\n{err}");
    for indonesian in ["baris", "bermasalah", "tidak"] {
        assert!(
            !err.contains(indonesian),
            "{indonesian:?} in English:\n{err}"
        );
    }
}

#[tokio::test]
async fn without_a_language_the_command_line_stays_indonesian() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "pegawai.csv", &bad_roster());

    let run = kinerja(&db, None, &["roster", "import", &file]).await;

    assert!(!run.ok);
    let err = &run.stderr;
    for expected in [
        "4 baris bermasalah; basis data tidak diubah.",
        "  baris 3: NIP harus 18 digit angka, bukan 3 digit",
        "  baris 4: peran \"raja\" tidak dikenal: isi pegawai atau admin (kosong berarti pegawai)",
        "  baris 5: NIP atasan 197001012000011999 tidak ada di berkas maupun di basis data",
        "telepon \"12ab\": nomor telepon hanya boleh berisi angka",
    ] {
        assert!(err.contains(expected), "{expected:?} missing:\n{err}");
    }
    let unknown = kinerja(&db, None, &["admin", "grant", "123"]).await;
    assert!(!unknown.ok);
    assert!(
        unknown
            .stderr
            .contains("Galat: NIP harus 18 digit angka, bukan 3 digit"),
        "{}",
        unknown.stderr
    );
}

#[tokio::test]
async fn kinerja_lang_in_the_environment_speaks_english_and_the_flag_wins() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "pegawai.csv", &csv());

    let checked = kinerja(&db, Some("en"), &["roster", "import", &file, "--check"]).await;
    assert!(checked.ok, "{}", checked.stderr);
    assert!(
        checked.stdout.contains(
            "Check passed; if imported: new 4, updated 0, unchanged 0, deactivated 0, new admins 1 (rows: 4)."
        ),
        "{}",
        checked.stdout
    );

    // The flag, after the subcommand too, wins over the environment.
    let imported = kinerja(
        &db,
        Some("en"),
        &["roster", "import", &file, "--lang", "id"],
    )
    .await;
    assert!(imported.ok, "{}", imported.stderr);
    assert!(
        imported.stdout.contains("Impor selesai: 4 baru"),
        "{}",
        imported.stdout
    );

    let granted = kinerja(&db, Some("EN"), &["admin", "grant", STAF_SITI]).await;
    assert!(granted.ok, "{}", granted.stderr);
    assert_eq!(
        granted.stdout.trim(),
        format!("NIP {STAF_SITI} is now a BKD admin.")
    );
    let again = kinerja(&db, Some("en"), &["admin", "grant", STAF_SITI]).await;
    assert_eq!(
        again.stdout.trim(),
        format!("Nothing changed: NIP {STAF_SITI} already has that role.")
    );

    let refused = kinerja(&db, Some("fr"), &["admin", "grant", STAF_SITI]).await;
    assert!(!refused.ok, "an unknown language is refused");
    assert!(refused.stderr.contains("use id"), "{}", refused.stderr);
}

#[tokio::test]
async fn errors_periods_and_reminders_read_in_english() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "pegawai.csv", &csv());
    assert!(kinerja(&db, None, &["roster", "import", &file]).await.ok);

    let short = kinerja(&db, None, &["--lang", "en", "admin", "grant", "123"]).await;
    assert!(!short.ok);
    assert_eq!(short.stderr.trim(), "Error: a NIP has 18 digits, not 3");

    let period = kinerja(&db, None, &["--lang", "en", "period", "show", "2026-III"]).await;
    assert!(period.ok, "{}", period.stderr);
    assert!(
        period
            .stdout
            .starts_with("Quarter III 2026: results until "),
        "{}",
        period.stdout
    );
    assert!(
        period.stdout.contains("; evaluation from "),
        "{}",
        period.stdout
    );

    let bad_period = kinerja(&db, None, &["--lang", "en", "period", "show", "2026-V"]).await;
    assert!(
        bad_period
            .stderr
            .contains("Error: a period is written YEAR-I, -II, -III, -IV or -T (annual)"),
        "{}",
        bad_period.stderr
    );

    let refused = kinerja(
        &db,
        None,
        &[
            "--lang",
            "en",
            "period",
            "set",
            "2026-III",
            "--realisasi-sampai",
            "01/01/2026",
        ],
    )
    .await;
    assert!(!refused.ok);
    assert!(
        refused.stderr.contains(
            "Quarter III 2026: the results deadline cannot be before the period starts (01/07/2026); nothing was changed."
        ),
        "{}",
        refused.stderr
    );

    let reminders = kinerja(
        &db,
        None,
        &[
            "--lang",
            "en",
            "reminders",
            "list",
            "--at",
            "24/01/2027 07.00",
        ],
    )
    .await;
    assert!(reminders.ok, "{}", reminders.stderr);
    assert!(
        reminders.stdout.starts_with(
            "Reminder schedule as of 24 January 2027 07.00 WIB (quiet hours 21.00–06.00 WIB):"
        ),
        "{}",
        reminders.stdout
    );
    assert!(
        reminders.stdout.contains("Plan submission deadline"),
        "{}",
        reminders.stdout
    );
    let quiet = kinerja(
        &db,
        None,
        &[
            "--lang",
            "en",
            "reminders",
            "list",
            "--quiet-hours",
            "malam",
        ],
    )
    .await;
    assert!(
        quiet
            .stderr
            .contains("Error: quiet hours \"malam\" not understood: write them like 21-6"),
        "{}",
        quiet.stderr
    );

    let indonesian = kinerja(
        &db,
        None,
        &["reminders", "list", "--at", "24/01/2027 07.00"],
    )
    .await;
    assert!(
        indonesian.stdout.starts_with(
            "Jadwal pengingat per 24 Januari 2027 07.00 WIB (jam tenang 21.00–06.00 WIB):"
        ),
        "{}",
        indonesian.stdout
    );
    assert!(indonesian.stdout.contains("Batas pengajuan rencana"));
}

#[tokio::test]
async fn attendance_files_are_refused_line_by_line_in_english() {
    let db = TestDb::create().await;
    let dir = tempfile::tempdir().unwrap();
    let roster = write(dir.path(), "pegawai.csv", &csv());
    assert!(kinerja(&db, None, &["roster", "import", &roster]).await.ok);
    let file = write(
        dir.path(),
        "hadir.csv",
        &format!("pelatihan,nip,hadir\nx,{STAF_SITI},ya\n7,123,ya\n7,{STAF_SITI},mungkin\n"),
    );

    let run = kinerja(
        &db,
        None,
        &["--lang", "en", "training", "attendance", &file],
    )
    .await;

    assert!(!run.ok);
    for expected in [
        "line 2: training number \"x\" not understood",
        "line 3: a NIP has 18 digits, not 3",
        "line 4: hadir \"mungkin\" not understood: write ya or tidak",
        "Nothing was changed.",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected:?}:\n{}",
            run.stderr
        );
    }

    let unknown = write(
        dir.path(),
        "hadir2.csv",
        &format!("pelatihan,nip\n99,{STAF_SITI}\n"),
    );
    let run = kinerja(
        &db,
        None,
        &["--lang", "en", "training", "attendance", &unknown],
    )
    .await;
    assert!(!run.ok);
    assert!(
        run.stderr.contains("line 2: training #99 does not exist"),
        "{}",
        run.stderr
    );
}
