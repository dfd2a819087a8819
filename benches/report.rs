//! Benchmark (not a test): the city-wide report for 5,000 employees × 10 indicators × 4
//! quarters — reading the year, counting, the xlsx workbook (with the e-Kinerja sheet), the
//! CSV files and the chart — and the database bytes per employee-year.
//!
//! `cargo bench --bench report` (employees from `KINERJA_BENCH_EMPLOYEES`, default 5000;
//! `KINERJA_TEST_DATABASE_URL` for PostgreSQL).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::Instant;

use kinerja::domain::evaluation::{Period, PeriodKind};
use kinerja::store::Store;
use support::TestDb;
use support::seed::{content, insert_rows as insert, numbered_nip as nip};

const INDICATORS: i64 = 10;

#[tokio::main]
async fn main() {
    let n = support::env_or("KINERJA_BENCH_EMPLOYEES", 5000);
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    let seeding = Instant::now();
    let mut csv = String::from("nip,nama,jabatan,unit_kerja,nip_atasan\n");
    for i in 0..n {
        csv.push_str(&format!(
            "{},Pegawai {i},Staf,Unit {:02},\n",
            nip(i),
            i % 50
        ));
    }
    support::seed::import(&store, &csv).await;

    let mut plans = Vec::with_capacity(n);
    let mut versions = Vec::with_capacity(n);
    let mut realisations = Vec::with_capacity(n * 40);
    let mut evaluations = Vec::with_capacity(n * 5);
    let codes = [
        ("a", "a", "sangat_baik"),
        ("s", "s", "baik"),
        ("b", "s", "butuh_perbaikan"),
    ];
    for i in 0..n {
        let id = i as i64 + 1;
        let nip = nip(i);
        plans.push(format!("({id}, '{nip}', 2026, 'approved', 1, 1, 0, 0)"));
        let indicators: Vec<(i64, String, f64)> = (0..INDICATORS)
            .map(|k| (id * 100 + k, format!("Indikator {k}"), 100.0))
            .collect();
        let refs: Vec<(i64, &str, f64)> = indicators
            .iter()
            .map(|(a, b, c)| (*a, b.as_str(), *c))
            .collect();
        versions.push(format!(
            "({id}, 1, '{}', 0, 'approved')",
            content(&refs).replace('\'', "''")
        ));
        for q in ["I", "II", "III", "IV"] {
            for k in 0..INDICATORS {
                realisations.push(format!(
                    "('{nip}', '2026-{q}', {}, {}, 0)",
                    id * 100 + k,
                    80 + (i as i64 + k) % 40
                ));
            }
            let (h, p, pred) = codes[(i + q.len()) % 3];
            evaluations.push(format!(
                "('{nip}', '2026-{q}', '{h}', '{p}', '{pred}', '[]', '{nip}', 0)"
            ));
        }
    }
    insert(&store, "INSERT INTO plans (id, nip, year, status, version, approved_version, created_at, updated_at)", &plans).await;
    insert(
        &store,
        "INSERT INTO plan_versions (plan_id, version, content, submitted_at, decision)",
        &versions,
    )
    .await;
    insert(
        &store,
        "INSERT INTO realisations (nip, period, indicator_id, value, updated_at)",
        &realisations,
    )
    .await;
    insert(&store, "INSERT INTO evaluations (nip, period, hasil, perilaku, predikat, value_notes, evaluator_nip, evaluated_at)", &evaluations).await;
    println!(
        "seeded {n} employees × {INDICATORS} indicators × 4 quarters ({} realisations) in {:.1} s on {:?}",
        realisations.len(),
        seeding.elapsed().as_secs_f64(),
        store.backend()
    );

    let period = Period {
        year: 2026,
        kind: PeriodKind::Q4,
    };
    let today = chrono::NaiveDate::from_ymd_opt(2027, 1, 25).unwrap();
    for round in 1..=3 {
        let t = Instant::now();
        let report = kinerja::report::build(&store, period, today).await.unwrap();
        let read = t.elapsed();
        let tables = report.tables(kinerja::domain::lang::Lang::Id, None);
        let counted = t.elapsed();
        let xlsx = kinerja::export::xlsx_bytes(&tables).unwrap();
        let with_xlsx = t.elapsed();
        let png = kinerja::chart::render(&report).unwrap();
        let with_chart = t.elapsed();
        let csv: usize = tables
            .iter()
            .map(|t| kinerja::export::csv_bytes(t).unwrap().len())
            .sum();
        let rows: usize = tables.iter().map(|t| t.rows.len()).sum();
        println!(
            "round {round}: read+count {:.0} ms, tables {:.0} ms, xlsx {:.0} ms ({} KiB, {rows} rows), chart {:.0} ms ({} KiB), csv {} KiB — total to xlsx {:.2} s (target < 2 s)",
            read.as_secs_f64() * 1000.0,
            (counted - read).as_secs_f64() * 1000.0,
            (with_xlsx - counted).as_secs_f64() * 1000.0,
            xlsx.len() / 1024,
            (with_chart - with_xlsx).as_secs_f64() * 1000.0,
            png.len() / 1024,
            csv / 1024,
            with_xlsx.as_secs_f64()
        );
    }
    if let Some(path) = db.url.strip_prefix("sqlite://") {
        let path = path.split('?').next().unwrap_or(path);
        let _ = sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
            .execute(store.pool())
            .await;
        if let Ok(meta) = std::fs::metadata(path) {
            println!(
                "SQLite file {} KiB: {} bytes per employee-year",
                meta.len() / 1024,
                meta.len() / n as u64
            );
        }
    }
}
