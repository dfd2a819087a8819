//! Benchmark (not a test): how fast an announcement reaches N people through the real
//! sender and the strict fake Bot API, against Telegram's ~30 messages a second, and how
//! long a person chatting with the bot waits for an answer meanwhile.
//!
//! The client keeps Telegram's own limits (`Limits::default()`), as `kinerja run` does.
//!
//! `cargo bench --bench broadcast` (N from `KINERJA_BENCH_RECIPIENTS`, default 5000;
//! `KINERJA_TEST_DATABASE_URL` for PostgreSQL).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use kinerja::config::Limits;
use kinerja::domain::broadcast::{Audience, Kind};
use support::TestApp;
use support::seed::numbered_nip;

#[tokio::main]
async fn main() {
    let n = support::env_or("KINERJA_BENCH_RECIPIENTS", 5000);
    let app = TestApp::spawn_with_limits(Limits::default()).await;
    let mut csv = String::from("nip,nama,jabatan,unit_kerja,nip_atasan,telepon\n");
    csv.push_str("196608011988031001,Kepala,Kepala,Dinas,,0812-1111-2222\n");
    for i in 0..n {
        let nip = numbered_nip(i);
        csv.push_str(&format!(
            "{nip},Pegawai {i},Staf,Dinas,196608011988031001,\n"
        ));
    }
    app.import_csv(&csv).await.expect("roster");
    for i in 0..n {
        let nip = numbered_nip(i);
        let chat = 100_000 + i as i64;
        sqlx::query("INSERT INTO bindings (telegram_user_id, nip, chat_id, via, bound_at) VALUES ($1, $2, $1, 'bench', 0)")
            .bind(chat)
            .bind(&nip)
            .execute(app.store.pool())
            .await
            .expect("binding");
        app.tg.register_chat(chat);
    }
    let kepala = app.user(1001, "Kepala");
    kepala.registers("6281211112222").await;

    let started = Instant::now();
    let delivered_before = app.tg.delivered();
    let (id, recipients) = app
        .store
        .create_announcement(
            Kind::Info,
            &Audience::Everyone,
            "Uji kecepatan pengumuman",
            "bench",
        )
        .await
        .expect("announcement");
    // A person keeps chatting while the broadcast runs (a command every 1.5 s, each answer
    // awaited: a person types no faster, and one chat may receive about one message a
    // second); the end is looked for every 20 ms.
    let mut waits = Vec::new();
    let mut next_chat = Instant::now();
    loop {
        let status = app.store.delivery_status(id).await.expect("status");
        if status.done() {
            break;
        }
        if Instant::now() >= next_chat {
            let asked = Instant::now();
            kepala.says("/bantuan").await;
            waits.push(asked.elapsed());
            next_chat = asked + Duration::from_millis(1500);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let elapsed = started.elapsed();
    let all_sends = app.tg.delivered() - delivered_before;
    let status = app.store.delivery_status(id).await.expect("status");
    waits.sort();
    let median = waits.get(waits.len() / 2).copied().unwrap_or_default();
    let worst = waits.last().copied().unwrap_or_default();
    println!(
        "broadcast: {recipients} recipients, {} sent in {:.1} s",
        status.sent,
        elapsed.as_secs_f64()
    );
    println!(
        "broadcast: {:.1} messages/s against Telegram's ~30/s ceiling ({:.0} %)",
        status.sent as f64 / elapsed.as_secs_f64(),
        status.sent as f64 / elapsed.as_secs_f64() / 30.0 * 100.0
    );
    println!(
        "all messages (broadcast and replies): {:.1}/s ({:.0} % of the ceiling)",
        all_sends as f64 / elapsed.as_secs_f64(),
        all_sends as f64 / elapsed.as_secs_f64() / 30.0 * 100.0
    );
    println!(
        "broadcast: 429 answers from the strict fake: {}",
        app.tg.too_many_requests()
    );
    println!(
        "broadcast: a chatting person's reply while sending: median {} ms, worst {} ms over {} tries",
        median.as_millis(),
        worst.as_millis(),
        waits.len()
    );
}
