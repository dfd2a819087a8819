//! Benchmark (not a test): how long a person waits, with 5,000 employees in the roster —
//! from an update arriving at the (fake) Bot API to the bot's answer: a text step of a
//! dialogue that writes to the database (the daily log), and a button press to its
//! answerCallbackQuery. The client keeps Telegram's limits (`Limits::default()`, as `kinerja
//! run` does); one sample (four messages) starts every 200 ms, 20 messages a second, under
//! the 29 a second the client allows, so the figures are the bot's and not the ceiling's;
//! each of 20 people acts every four seconds, within the per-chat rate.
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
    let n = support::env_or("KINERJA_BENCH_EMPLOYEES", 5000);
    let samples = support::env_or("KINERJA_BENCH_SAMPLES", 300);
    let app = TestApp::spawn_with_limits(kinerja::config::Limits::default()).await;
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
    let mut next_sample = Instant::now();
    for k in 0..samples {
        tokio::time::sleep_until(next_sample.into()).await;
        next_sample += Duration::from_millis(200);
        // One person writes a log, another opens the menu and presses: each chat gets two
        // messages every four seconds, as people type, within Telegram's per-chat rate.
        let half = people.len() / 2;
        let (writer, presser) = (&people[k % half], &people[half + k % half]);
        writer.says("/harian").await;
        let t = Instant::now();
        // A whole entry in one line, each of a writer's in its own 20 minutes of the day.
        let slot = 7 * 60 + 20 * (k / half) as u32;
        let (from, to) = (slot, slot + 15);
        writer
            .says(&format!(
                "{:02}.{:02}-{:02}.{:02} Mengolah data ke-{k}, 1 dokumen",
                from / 60,
                from % 60,
                to / 60,
                to % 60
            ))
            .await;
        text_steps.push(t.elapsed());
        let p = presser;
        let menu = p.says("/menu").await;
        let data = menu
            .reply_markup
            .as_ref()
            .and_then(|m| m["inline_keyboard"][0][0]["callback_data"].as_str())
            .map(String::from)
            .expect("a menu button");
        let t = Instant::now();
        let press = p.presses(menu.message_id, &data);
        p.answered(&press).await;
        presses.push(t.elapsed());
        // Let the press's view arrive before the next sample in this chat.
        p.waits_until_handled(p.tg.update_of_callback(&press), "a menu button")
            .await;
    }
    report(
        "text step writing the daily log (update → answer)",
        text_steps,
    );
    report("button press (update → answerCallbackQuery)", presses);
    quick_tapping(&people[..half_of(&people)], samples).await;
}

fn half_of<T>(v: &[T]) -> usize {
    v.len() / 2
}

/// People tapping buttons faster than Telegram lets messages into their chat: each press
/// opens a view sent as a new message (Bantuan), five presses 150 ms apart per person, so a
/// chat's replies queue up at about one a second. Measured: press → answerCallbackQuery.
async fn quick_tapping(people: &[support::Person], samples: usize) {
    let mut answers = Vec::with_capacity(samples);
    let menus: Vec<_> = {
        let mut menus = Vec::new();
        for p in people {
            menus.push(p.says("/menu").await);
        }
        menus
    };
    let rounds = samples.div_ceil(5 * people.len()).max(1);
    for _ in 0..rounds {
        let mut tapping = Vec::new();
        for (p, menu) in people.iter().zip(&menus) {
            let (p, message) = (p.clone(), menu.message_id);
            tapping.push(tokio::spawn(async move {
                let mut waited = Vec::new();
                let mut presses = Vec::new();
                for _ in 0..5 {
                    let t = Instant::now();
                    let press = p.presses(message, "m:help");
                    p.answered(&press).await;
                    waited.push(t.elapsed());
                    presses.push(press);
                    tokio::time::sleep(Duration::from_millis(150)).await;
                }
                for press in presses {
                    p.waits_until_handled(p.tg.update_of_callback(&press), "Bantuan")
                        .await;
                }
                waited
            }));
        }
        for t in tapping {
            answers.extend(t.await.expect("tapping"));
        }
    }
    report(
        "quick tapping under per-chat pacing (press → answerCallbackQuery)",
        answers,
    );
}
