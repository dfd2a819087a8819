//! Benchmark (not a test): how long a person waits, with 5,000 employees in the roster —
//! from an update arriving at the (fake) Bot API to the bot's answer: a text step of a
//! dialogue that writes to the database (the daily log), and a button press to its
//! answerCallbackQuery. Sequential, so Telegram's flood limits play no part.
//!
//! `cargo bench --bench latency` (`KINERJA_BENCH_EMPLOYEES`, default 5000; `KINERJA_BENCH_SAMPLES`,
//! default 300; `KINERJA_TEST_DATABASE_URL` for PostgreSQL).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use support::TestApp;
use support::seed::{bind, numbered_nip as nip, roster_csv};

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn report(what: &str, mut samples: Vec<Duration>) {
    samples.sort();
    println!(
        "{what}: n={} p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        samples.len(),
        percentile(&samples, 0.5),
        percentile(&samples, 0.99),
        samples.last().unwrap().as_secs_f64() * 1000.0
    );
}

#[tokio::main]
async fn main() {
    let n: usize = std::env::var("KINERJA_BENCH_EMPLOYEES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let samples: usize = std::env::var("KINERJA_BENCH_SAMPLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let app = TestApp::spawn().await;
    let csv = roster_csv(n, 50);
    app.import_csv(&csv).await.expect("roster");
    let people: Vec<_> = (0..20)
        .map(|i| app.user(700_000 + i as i64, &format!("P{i}")))
        .collect();
    for (i, p) in people.iter().enumerate() {
        bind(&app.store, &nip(i * 97), p.chat_id()).await;
    }
    println!(
        "{n} employees in the roster, {:?}, {samples} samples each",
        app.store.backend()
    );
    // Warm up.
    for p in &people {
        p.says("/menu").await;
    }
    let mut text_steps = Vec::with_capacity(samples);
    let mut presses = Vec::with_capacity(samples);
    for k in 0..samples {
        let p = &people[k % people.len()];
        let t = Instant::now();
        p.says("/harian").await;
        let asked = t.elapsed();
        let t = Instant::now();
        p.says(&format!("Mengolah data ke-{k}")).await;
        text_steps.push(t.elapsed());
        let _ = asked;
        let menu = p.says("/menu").await;
        let data = menu
            .reply_markup
            .as_ref()
            .and_then(|m| m["inline_keyboard"][0][0]["callback_data"].as_str())
            .map(String::from)
            .expect("a menu button");
        let t = Instant::now();
        p.taps_data(menu.message_id, &data).await;
        presses.push(t.elapsed());
    }
    report(
        "text step writing the daily log (update → answer)",
        text_steps,
    );
    report("button press (update → answerCallbackQuery)", presses);
}
