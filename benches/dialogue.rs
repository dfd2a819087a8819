//! Benchmark (not a test): dialogue throughput. 1,000 registered people each step through
//! the daily log at once (`/harian`, then the text: one dialogue write and one row in
//! `daily_logs` per step), through the real dispatcher and the fake Bot API; beside it, the
//! same fake driving a bare teloxide handler that only replies: the framework's floor.
//!
//! Both run with the fake's ~30 a second flood control lifted and the bot's limiter opened
//! up: this measures how fast the bot answers, not Telegram's ceiling (see the broadcast
//! bench for that).
//!
//! Each is measured in [`ROUNDS`] rounds and the median printed: on two shared cores the
//! floor alone moves by half from one run to the next.
//!
//! `cargo bench --bench dialogue` (`KINERJA_BENCH_PEOPLE`, default 1000;
//! `KINERJA_TEST_DATABASE_URL` for PostgreSQL).

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use kinerja::config::Limits;
use support::TestApp;
use support::fake_telegram::{FakeTelegram, TgChat, TgUser};
use support::seed::{bind, numbered_nip as nip, roster_csv};
use teloxide::prelude::*;

/// Rounds of each measurement; the median is printed.
const ROUNDS: usize = 5;

fn median(mut rates: Vec<f64>) -> f64 {
    rates.sort_by(f64::total_cmp);
    rates[rates.len() / 2]
}

/// Pushes one text from each person at once and waits until the fake has accepted as many
/// messages from the bot; returns the updates answered per second.
async fn burst(tg: &FakeTelegram, people: &[TgUser], text: impl Fn(usize) -> String) -> f64 {
    let before = tg.delivered();
    let started = Instant::now();
    for (i, u) in people.iter().enumerate() {
        tg.push_text(u, &TgChat::private(u.id), &text(i));
    }
    tg.wait_for("every answer", Duration::from_secs(300), |tg| {
        tg.delivered() >= before + people.len()
    })
    .await;
    people.len() as f64 / started.elapsed().as_secs_f64()
}

async fn kinerja(n: usize) -> (f64, f64) {
    let app = TestApp::spawn_with_limits(Limits {
        messages_per_sec_overall: 1_000_000,
        messages_per_sec_chat: 1_000_000,
        messages_per_min_chat: 1_000_000,
    })
    .await;
    app.tg.lift_flood_control();
    let csv = roster_csv(n, 20);
    app.import_csv(&csv).await.expect("roster");
    let people: Vec<TgUser> = (0..n)
        .map(|i| TgUser::new(500_000 + i as i64, &format!("P{i}")))
        .collect();
    for (i, u) in people.iter().enumerate() {
        bind(&app.store, &nip(i), u.id).await;
    }
    println!("Kinerja on {:?}, {n} people", app.store.backend());
    let (mut open, mut write) = (Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        open.push(burst(&app.tg, &people, |_| "/harian".into()).await);
        // A whole entry in one line (time, activity, result), each round an hour later, so
        // that every text writes its log.
        let hour = 8 + round;
        write.push(
            burst(&app.tg, &people, |i| {
                format!("{hour:02}.00-{hour:02}.30 Laporan {round}-{i}, 1 dokumen")
            })
            .await,
        );
    }
    let (rows,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM daily_logs")
        .fetch_one(app.store.pool())
        .await
        .expect("count");
    assert_eq!(rows as usize, n * ROUNDS, "every step wrote its daily log");
    app.tg.assert_no_errors();
    (median(open), median(write))
}

async fn bare(n: usize) -> f64 {
    let tg = Arc::new(FakeTelegram::start().await);
    tg.lift_flood_control();
    let bot = Bot::new(FakeTelegram::TOKEN).set_api_url(tg.api_url().parse().expect("url"));
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "ok").await?;
        Ok::<(), teloxide::RequestError>(())
    });
    let mut dispatcher = Dispatcher::builder(bot, handler).build();
    let token = dispatcher.shutdown_token();
    let running = tokio::spawn(async move { dispatcher.dispatch().await });
    let people: Vec<TgUser> = (0..n)
        .map(|i| TgUser::new(500_000 + i as i64, &format!("P{i}")))
        .collect();
    // Warm up the connection pool as Kinerja's steps before the timed one do.
    burst(&tg, &people, |_| "halo".into()).await;
    let mut rates = Vec::new();
    for round in 0..ROUNDS {
        rates.push(burst(&tg, &people, |i| format!("Laporan {round}-{i}")).await);
    }
    if let Ok(done) = token.shutdown() {
        done.await;
    }
    let _ = running.await;
    median(rates)
}

#[tokio::main]
async fn main() {
    let n = support::env_or("KINERJA_BENCH_PEOPLE", 1000);
    let floor = bare(n).await;
    let (open, write) = kinerja(n).await;
    println!("medians of {ROUNDS} rounds");
    println!("bare teloxide handler (reply only): {floor:.0} updates/s");
    println!("Kinerja, opening the daily log (/harian): {open:.0} updates/s");
    println!(
        "Kinerja, writing the daily log (one database write): {write:.0} updates/s = {:.0} % of the bare floor",
        write / floor * 100.0
    );
}
