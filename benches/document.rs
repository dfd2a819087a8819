//! Benchmark (not a test): the annual Dokumen Evaluasi Kinerja for a whole city, rendered one
//! after another as `kinerja document --all` would, with the time, the documents a second and
//! the peak resident set (`VmHWM` from `/proc/self/status`) after 1,000 documents and at the
//! end, to show that memory stays flat in the number of people.
//!
//! Then the same for a city in a database, through the command HR runs: `kinerja document
//! --kind dokumen-evaluasi --all` (the release binary, as a child process) on a seeded year,
//! for 1,000 people and for the full size, with its wall time and peak resident set (the
//! child's `VmHWM`, read while it runs).
//!
//! `cargo bench --bench document` (`KINERJA_BENCH_EMPLOYEES`, default 5000;
//! `KINERJA_TEST_DATABASE_URL` for PostgreSQL).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use kinerja::store::Store;
use support::TestDb;
use support::seed::{content, insert_rows, numbered_nip as nip};

use chrono::NaiveDate;
use kinerja::document::{
    DokumenEvaluasi, Identity, Penilaian, Verification, render_dokumen_evaluasi,
};
use kinerja::domain::evaluation::Rating;
use kinerja::domain::report::OrgPredikat;

/// Peak resident set of this process so far, in MiB.
fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn person(i: usize, role: &str) -> Identity {
    Identity {
        nama: format!("{role} Nomor {i} & Rekan"),
        nip: format!(
            "1975{:02}{:02}2005011{:03}",
            1 + i / 28 % 12,
            1 + i % 28,
            1 + i % 999
        ),
        pangkat_golongan: (!i.is_multiple_of(7)).then(|| "Penata Muda Tk. I / III-b".to_string()),
        jabatan: format!("{role} pada Bidang Pelayanan {}", i % 13),
        unit_kerja: format!("Dinas Nomor {:02} Kota Sibolga", i % 50),
    }
}

/// The i-th employee's annual document, all fields filled (the longest usual case).
fn dokumen(i: usize) -> DokumenEvaluasi {
    let ratings = [Rating::DiAtas, Rating::Sesuai, Rating::DiBawah];
    DokumenEvaluasi {
        year: 2026,
        unit: format!("Dinas Nomor {:02} Kota Sibolga", i % 50),
        pegawai: person(i, "Pegawai"),
        pejabat: Some(person(i / 8, "Kepala Seksi")),
        atasan_pejabat: Some(person(i / 64, "Kepala Bidang")),
        predikat_organisasi: Some(OrgPredikat::Baik),
        penilaian: Some(Penilaian {
            hasil_kerja: ratings[i % 3],
            perilaku_kerja: ratings[i / 3 % 3],
        }),
        catatan: Some(format!(
            "Pegawai nomor {i} disarankan mengikuti pelatihan pengelolaan data dan pelaporan \
             kinerja, serta membimbing rekan baru di unitnya pada tahun berikutnya."
        )),
        signed_on: NaiveDate::from_ymd_opt(2027, 1, 25),
        verification: Some(Verification {
            code: format!("DE26-{i:05}"),
            link: format!("https://t.me/KinerjaSibolgaBot?start=v_DE26{i:05}"),
        }),
    }
}

fn report(label: &str, documents: usize, elapsed: Duration, bytes: usize) {
    println!(
        "{label}: {documents} documents in {:.2} s = {:.0} documents/s, {:.1} KiB a PDF, \
         peak RSS {:.1} MiB",
        elapsed.as_secs_f64(),
        documents as f64 / elapsed.as_secs_f64(),
        bytes as f64 / documents as f64 / 1024.0,
        peak_rss_mib()
    );
}

/// Seeds `n` people (50 unit heads, 500 section heads under them, staff under those, most
/// with a pangkat), each with an approved plan and a final annual evaluation by their
/// supervisor.
async fn city(store: &Store, n: usize) {
    const UNITS: usize = 50;
    const LEADS: usize = 500;
    let mut csv =
        String::from("nip,nama,jabatan,unit_kerja,nip_atasan,pangkat_golongan,kepala_unit\n");
    let atasan = |i: usize| match i {
        i if i < UNITS => None,
        i if i < UNITS + LEADS => Some(i % UNITS),
        i => Some(UNITS + i % LEADS),
    };
    for i in 0..n {
        let jabatan = match i {
            i if i < UNITS => "Kepala Dinas",
            i if i < UNITS + LEADS => "Kepala Seksi",
            _ => "Pengelola Data",
        };
        let pangkat = if i % 7 == 0 {
            ""
        } else {
            "Penata Muda Tk. I / III-b"
        };
        csv.push_str(&format!(
            "{},Pegawai {i} & Rekan,{jabatan},Dinas Nomor {:02},{},{pangkat},{}\n",
            nip(i),
            i % UNITS,
            atasan(i).map(nip).unwrap_or_default(),
            if i < UNITS { "ya" } else { "tidak" }
        ));
    }
    support::seed::import(store, &csv).await;
    let (mut plans, mut versions, mut evaluations) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..n {
        let id = i as i64 + 1;
        let nip_i = nip(i);
        plans.push(format!("({id}, '{nip_i}', 2026, 'approved', 1, 1, 0, 0)"));
        let names: Vec<String> = (0..10).map(|k| format!("Indikator {k}")).collect();
        let indicators: Vec<(i64, &str, f64)> = names
            .iter()
            .enumerate()
            .map(|(k, name)| (id * 100 + k as i64, name.as_str(), 100.0))
            .collect();
        versions.push(format!(
            "({id}, 1, '{}', 0, 'approved')",
            content(&indicators).replace('\'', "''")
        ));
        let evaluator = atasan(i).map(nip).unwrap_or_else(|| nip_i.clone());
        evaluations.push(format!(
            "('{nip_i}', '2026-T', 's', 'a', 'baik', 'Pegawai nomor {i} disarankan mengikuti \
             pelatihan pengelolaan data.', '[]', '{evaluator}', 1769300000)"
        ));
    }
    insert_rows(store, "INSERT INTO plans (id, nip, year, status, version, approved_version, created_at, updated_at)", &plans).await;
    insert_rows(
        store,
        "INSERT INTO plan_versions (plan_id, version, content, submitted_at, decision)",
        &versions,
    )
    .await;
    insert_rows(store, "INSERT INTO evaluations (nip, period, hasil, perilaku, predikat, feedback, value_notes, evaluator_nip, evaluated_at)", &evaluations).await;
}

/// Runs `kinerja document --kind dokumen-evaluasi --period 2026-T --all` on `db_url`,
/// polling the child's peak resident set while it runs. Returns the time, the peak in MiB
/// and how many PDFs it wrote.
fn hr_command(db_url: &str) -> (Duration, f64, usize) {
    let out = tempfile::tempdir().unwrap();
    let start = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .args([
            "document",
            "--kind",
            "dokumen-evaluasi",
            "--period",
            "2026-T",
            "--all",
        ])
        .args(["--bot-username", "KinerjaSibolgaBot", "--out"])
        .arg(out.path())
        .env("DATABASE_URL", db_url)
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run kinerja");
    let status = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0.0_f64;
    let exit = loop {
        if let Some(line) = std::fs::read_to_string(&status).ok().and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(String::from)
        }) && let Some(kib) = line.split_whitespace().nth(1).and_then(|v| v.parse().ok())
        {
            peak_kib = peak_kib.max(kib);
        }
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = start.elapsed();
    assert!(exit.success(), "kinerja document failed");
    let pdfs = std::fs::read_dir(out.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        })
        .count();
    (elapsed, peak_kib / 1024.0, pdfs)
}

#[tokio::main]
async fn main() {
    let employees = support::env_or("KINERJA_BENCH_EMPLOYEES", 5000);
    println!("Dokumen Evaluasi Kinerja for {employees} employees, one after another");
    println!("before: peak RSS {:.1} MiB", peak_rss_mib());
    let start = Instant::now();
    let mut bytes = 0;
    for i in 0..employees {
        let pdf = render_dokumen_evaluasi(&dokumen(i)).expect("the document renders");
        bytes += pdf.len();
        if i + 1 == 1000 && employees > 1000 {
            report("after 1,000", 1000, start.elapsed(), bytes);
        }
    }
    report("all", employees, start.elapsed(), bytes);

    println!("\nkinerja document --kind dokumen-evaluasi --all, from the database");
    let mut sizes = vec![1000.min(employees)];
    if employees > 1000 {
        sizes.push(employees);
    }
    for n in sizes {
        let db = TestDb::create().await;
        let store = Store::connect(&db.url).await.unwrap();
        let seeding = Instant::now();
        city(&store, n).await;
        let seeded = seeding.elapsed();
        store.close().await;
        let (elapsed, peak, pdfs) = hr_command(&db.url);
        assert_eq!(pdfs, n, "a document for everyone");
        println!(
            "{n} employees on {} (seeded in {:.1} s): {pdfs} PDFs in {:.1} s = {:.0} documents/s, \
             peak RSS of the command {:.1} MiB",
            if db.url.starts_with("postgres") {
                "PostgreSQL"
            } else {
                "SQLite"
            },
            seeded.as_secs_f64(),
            elapsed.as_secs_f64(),
            pdfs as f64 / elapsed.as_secs_f64(),
            peak
        );
    }
}
