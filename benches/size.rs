//! Benchmark (not a test): how much memory `kinerja run` takes with 10,000 employees in the
//! roster and 2,000 dialogues open. The real binary runs as its own process against the
//! fake Bot API, so the fake's own memory is not counted; its peak resident set (`VmHWM`)
//! is read from `/proc`. Also prints the database's size.
//!
//! `cargo bench --bench size` (`KINERJA_BENCH_EMPLOYEES`, default 10000;
//! `KINERJA_BENCH_DIALOGUES`, default 2000; `KINERJA_TEST_DATABASE_URL` for PostgreSQL).

#[path = "../tests/support/mod.rs"]
mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use kinerja::store::Store;
use support::fake_telegram::{FakeTelegram, TgChat, TgUser};
use support::seed::{bind, numbered_nip as nip, roster_csv};
use support::{TestDb, env_or};

/// `VmHWM` (peak) and `VmRSS` (now) of a process, in MiB.
fn memory(pid: u32) -> (f64, f64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("/proc status");
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map(|kb| kb / 1024.0)
            .unwrap_or(f64::NAN)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

#[tokio::main]
async fn main() {
    let employees = env_or("KINERJA_BENCH_EMPLOYEES", 10_000);
    let dialogues = env_or("KINERJA_BENCH_DIALOGUES", 2_000).min(employees);
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.expect("connect and migrate");
    let csv = roster_csv(employees, 50);
    support::seed::import(&store, &csv).await;
    let people: Vec<TgUser> = (0..dialogues)
        .map(|i| TgUser {
            id: 800_000 + i as i64,
            first_name: format!("P{i}"),
            last_name: None,
            username: None,
            language_code: None,
        })
        .collect();
    for (i, u) in people.iter().enumerate() {
        bind(&store, &nip(i * (employees / dialogues)), u.id).await;
    }
    let backend = store.backend();
    store.close().await;

    let tg = FakeTelegram::start().await;
    tg.lift_flood_control();
    let mut child = support::kinerja_run(&db.url, &tg)
        .env("KINERJA_MESSAGES_PER_SECOND", "100000")
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start kinerja run");
    let pid = child.id();
    let patience = Duration::from_secs(600);
    tg.wait_for("the bot polling", patience, |tg| {
        !tg.calls_of("getUpdates").is_empty()
    })
    .await;
    let (_, idle) = memory(pid);

    // Everyone opens the menu (a roster read and a keyboard each), then the daily log, and
    // stays in it: `dialogues` dialogues open.
    for command in ["/menu", "/harian"] {
        let before = tg.delivered();
        for u in &people {
            tg.push_text(u, &TgChat::private(u.id), command);
        }
        tg.wait_for(command, patience, |tg| {
            tg.delivered() >= before + people.len()
        })
        .await;
    }
    let (peak, now) = memory(pid);
    let open = {
        let store = Store::connect(&db.url).await.expect("reconnect");
        let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM dialogue_states")
            .fetch_one(store.pool())
            .await
            .expect("count");
        store.close().await;
        n
    };
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = child.wait();
    println!("kinerja run on {backend:?}: {employees} employees, {open} dialogues open");
    println!("resident memory: {idle:.1} MiB idle, {now:.1} MiB after, peak {peak:.1} MiB");
    if let Some(path) = db.url.strip_prefix("sqlite://") {
        let bytes = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        println!(
            "SQLite file: {:.1} MiB ({} bytes per employee, roster and bindings only)",
            bytes as f64 / 1048576.0,
            bytes / employees as u64
        );
    }
}
