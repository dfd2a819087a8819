//! Benchmark (not a test): how fast an announcement reaches N people through the real
//! sender and the strict fake Bot API, against Telegram's ~30 messages a second, when the
//! Bot API answers at once and when it answers after a network's round trip; how long a
//! person chatting with the bot waits for an answer meanwhile, and how long the spinner of
//! a button turns in a chat whose messages are being paced.
//!
//! The client keeps Telegram's own limits (`Limits::default()`), as `kinerja run` does. The
//! fake counts what Telegram counts: messages as they arrive (429 above 30 in any second or
//! 150 in any five seconds, above a burst of three then about one a second into a chat),
//! and answers each call `latency ± jitter` after it arrived.
//!
//! `cargo bench --bench broadcast`. Knobs: `KINERJA_BENCH_RECIPIENTS` (default 5000),
//! `KINERJA_BENCH_LATENCY_MS` (a comma-separated list, default `0,150,300`: one run each),
//! `KINERJA_BENCH_JITTER_MS` (default 50, for latencies above zero),
//! `KINERJA_TEST_DATABASE_URL` for PostgreSQL.

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use kinerja::config::Limits;
use kinerja::domain::broadcast::{Audience, Kind};
use support::seed::numbered_nip;
use support::{Person, TestApp};

/// Arrivals this far from the first and the last are left out of the steady rate.
const RAMP: Duration = Duration::from_secs(2);

#[tokio::main]
async fn main() {
    let n = support::env_or("KINERJA_BENCH_RECIPIENTS", 5000);
    let jitter = support::env_or("KINERJA_BENCH_JITTER_MS", 50) as u64;
    let latencies: Vec<u64> = std::env::var("KINERJA_BENCH_LATENCY_MS")
        .unwrap_or_else(|_| "0,150,300".into())
        .split(',')
        .filter_map(|s| s.trim().parse().ok())
        .collect();
    for latency in latencies {
        let jitter = if latency == 0 { 0 } else { jitter };
        run(n, latency, jitter).await;
    }
}

fn ms(d: Duration) -> u128 {
    d.as_millis()
}

fn median_worst(mut v: Vec<Duration>) -> (u128, u128, usize) {
    v.sort();
    let median = v.get(v.len() / 2).copied().unwrap_or_default();
    let worst = v.last().copied().unwrap_or_default();
    (ms(median), ms(worst), v.len())
}

/// The most arrivals within any `window`.
fn most_within(arrivals: &[tokio::time::Instant], window: Duration) -> usize {
    let mut most = 0;
    let mut from = 0;
    for (i, t) in arrivals.iter().enumerate() {
        while t.duration_since(arrivals[from]) >= window {
            from += 1;
        }
        most = most.max(i + 1 - from);
    }
    most
}

async fn run(n: usize, latency: u64, jitter: u64) {
    let app = TestApp::spawn_with_limits(Limits::default()).await;
    // The network is there from the start: the client's shortest round trip (its floor)
    // is the network's, as in production, not that of a setup that ran without latency.
    app.tg.set_latency(
        Duration::from_millis(latency),
        Duration::from_millis(jitter),
    );
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
    // A recipient of the broadcast who taps a button that opens a new message: the chat's
    // messages queue at about one a second, and the broadcast's delivery joins them.
    let presser = app.user(100_000, "Pegawai 0");
    let menu = presser.says("/menu").await;
    app.tg.pace_chats();

    let started = Instant::now();
    let delivered_before = app.tg.delivered();
    let arrivals_before = app.tg.arrivals().len();
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
    let stop = Arc::new(AtomicBool::new(false));
    let tapping = tokio::spawn(tap(presser, menu.message_id, stop.clone()));
    // A person keeps chatting while the broadcast runs (a command every 1.5 s, each answer
    // awaited: a person types no faster, and one chat may receive about one message a
    // second); the end is looked for every 20 ms. The wait is until the answer arrives at
    // the Bot API.
    let mut waits = Vec::new();
    let mut next_chat = Instant::now();
    loop {
        let status = app.store.delivery_status(id).await.expect("status");
        if status.done() {
            break;
        }
        if Instant::now() >= next_chat {
            let asked = Instant::now();
            let mark = app.tg.events_in(kepala.chat_id());
            let asking = {
                let kepala = kepala.clone();
                tokio::spawn(async move { kepala.says("/bantuan").await })
            };
            while app.tg.events_in(kepala.chat_id()) == mark {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
            waits.push(asked.elapsed());
            asking.await.expect("the answer");
            next_chat = asked + Duration::from_millis(1500);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let elapsed = started.elapsed();
    stop.store(true, Ordering::SeqCst);
    let spinners: Vec<Duration> = tapping
        .await
        .expect("tapping")
        .into_iter()
        .filter_map(|(pressed, id)| {
            app.tg
                .press_answered_at(&id)
                .map(|at| at.into_std().duration_since(pressed))
        })
        .collect();
    let all_sends = app.tg.delivered() - delivered_before;
    let status = app.store.delivery_status(id).await.expect("status");
    let arrivals: Vec<_> = app.tg.arrivals().split_off(arrivals_before);
    let (first, last) = (arrivals[0], *arrivals.last().expect("arrivals"));
    let steady: Vec<_> = arrivals
        .iter()
        .filter(|t| **t >= first + RAMP && **t + RAMP <= last)
        .collect();
    let steady_rate = match (steady.first(), steady.last()) {
        (Some(a), Some(b)) if b > a => {
            (steady.len() - 1) as f64 / b.duration_since(**a).as_secs_f64()
        }
        _ => 0.0,
    };
    let (median, worst, tries) = median_worst(waits);
    let (spin_median, spin_worst, presses) = median_worst(spinners);
    println!(
        "broadcast, Bot API answering after {latency} ± {jitter} ms, {:?}:",
        app.store.backend()
    );
    println!(
        "  {recipients} recipients, {} sent in {:.1} s ({:.1}/s, all messages {:.1}/s)",
        status.sent,
        elapsed.as_secs_f64(),
        status.sent as f64 / elapsed.as_secs_f64(),
        all_sends as f64 / elapsed.as_secs_f64()
    );
    println!(
        "  arrivals at the Bot API, steady part: {steady_rate:.1}/s against Telegram's ~30/s ({:.1} %); at most {} in a second, {} in five seconds",
        steady_rate / 30.0 * 100.0,
        most_within(&arrivals, Duration::from_secs(1)),
        most_within(&arrivals, Duration::from_secs(5)),
    );
    println!(
        "  429 answers from the strict fake: {} ({} for a chat's pace)",
        app.tg.too_many_requests(),
        app.tg.chat_too_many_requests()
    );
    println!(
        "  a chatting person's reply (update → answer at the Bot API): median {median} ms, worst {worst} ms over {tries} tries"
    );
    println!(
        "  a button in a paced chat (press → answerCallbackQuery at the Bot API): median {spin_median} ms, worst {spin_worst} ms over {presses} presses"
    );
}

/// Taps "Bantuan" five times 150 ms apart, waits for the views (about one a second into the
/// chat), rests a second, and again until `stop`. Returns when each press was made, with
/// its id.
async fn tap(p: Person, message: i64, stop: Arc<AtomicBool>) -> Vec<(Instant, String)> {
    let mut presses = Vec::new();
    while !stop.load(Ordering::SeqCst) {
        let mut round = Vec::new();
        for _ in 0..5 {
            round.push((Instant::now(), p.presses(message, "m:help")));
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        for (_, press) in &round {
            p.waits_until_handled(p.tg.update_of_callback(press), "Bantuan")
                .await;
        }
        presses.extend(round);
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    presses
}
