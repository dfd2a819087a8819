//! Benchmark (not a test): updates a second handled by one, two and three `kinerja run`
//! (the release binary) on one PostgreSQL database, beside the bare floor: the same fake
//! Bot API driven by a minimal `getUpdates`/`sendMessage` loop in this bench, no database,
//! so that readers see how far the bot is from what the harness itself can move.
//!
//! Each of [`PEOPLE`] registered people sends `/bantuan` (a cheap command: one read of the
//! binding, one reply) at once, [`ROUNDS`] times, a second and a half apart (the client
//! holds each chat to about one message a second); a round's figure is its updates divided
//! by the time from the first push to the last reply, and the median of the rounds is
//! printed. The fake's ~30 a second is lifted and it answers at once; the instances run with
//! `KINERJA_MESSAGES_PER_SECOND` opened up: this measures the bot, not Telegram's ceiling.
//!
//! Several instances are active/standby (one leads, the others only renew their claim to
//! the lease): two or three handle about what one does. They add availability, not speed.
//!
//! `KINERJA_TEST_DATABASE_URL=postgres://… cargo bench --bench fleet` (PostgreSQL only: on
//! SQLite one `kinerja run` per database file; `KINERJA_BENCH_PEOPLE`, default 3000).

#[path = "../tests/support/mod.rs"]
mod support;

use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use kinerja::store::Store;
use serde_json::{Value, json};
use support::TestDb;
use support::fake_telegram::{FakeTelegram, TgChat, TgUser};
use support::seed::{insert_rows, numbered_nip as nip, roster_csv};
use tokio::process::{Child, Command};

/// Rounds of each measurement; the median is printed.
const ROUNDS: usize = 5;

/// The people who send, unless `KINERJA_BENCH_PEOPLE` says otherwise.
const PEOPLE: usize = 3_000;

/// Between two rounds: each chat's pace (about one message a second) is free again.
const BETWEEN_ROUNDS: Duration = Duration::from_millis(1_500);

fn person(i: usize) -> TgUser {
    TgUser::new(800_000 + i as i64, &format!("P{i}"))
}

fn median(mut rates: Vec<f64>) -> f64 {
    rates.sort_by(f64::total_cmp);
    rates[rates.len() / 2]
}

/// One `/bantuan` from each person at once; waits until the fake has accepted `replies`
/// messages for each; returns the updates answered per second.
async fn round(tg: &FakeTelegram, people: usize, replies: usize) -> f64 {
    let before = tg.delivered();
    let started = Instant::now();
    for i in 0..people {
        tg.push_text(&person(i), &TgChat::private(person(i).id), "/bantuan");
    }
    tg.wait_for("every answer", Duration::from_secs(300), |tg| {
        tg.delivered() >= before + people * replies
    })
    .await;
    people as f64 / started.elapsed().as_secs_f64()
}

/// The bare floor: a loop that takes a batch with `getUpdates`, answers each update with
/// one `sendMessage` (the batch's sends at once), and confirms the batch with the next
/// `getUpdates`, as a polling bot does, with nothing else to do.
async fn bare(people: usize) -> f64 {
    let tg = Arc::new(FakeTelegram::start().await);
    tg.lift_flood_control();
    let base = format!("{}bot{}", tg.api_url(), FakeTelegram::TOKEN);
    let client = reqwest::Client::new();
    let (stop, mut stopped) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(async move {
        let mut offset = 0i64;
        loop {
            let poll = client
                .post(format!("{base}/getUpdates"))
                .json(&json!({"offset": offset, "timeout": 1}))
                .send();
            let answer: Value = tokio::select! {
                answer = poll => answer.expect("getUpdates").json().await.expect("JSON"),
                _ = stopped.changed() => return,
            };
            let updates = answer["result"].as_array().cloned().unwrap_or_default();
            let sends = updates.iter().map(|u| {
                offset = offset.max(u["update_id"].as_i64().unwrap_or(0) + 1);
                let chat = u["message"]["chat"]["id"].as_i64().unwrap_or(0);
                client
                    .post(format!("{base}/sendMessage"))
                    .json(&json!({"chat_id": chat, "text": "ok"}))
                    .send()
            });
            for sent in futures::future::join_all(sends).await {
                sent.expect("sendMessage");
            }
        }
    });
    // Warm up the connections as the bot's first round does.
    round(&tg, people, 1).await;
    let mut rates = Vec::new();
    for _ in 0..ROUNDS {
        rates.push(round(&tg, people, 1).await);
    }
    let _ = stop.send(true);
    let _ = running.await;
    median(rates)
}

async fn sigterm(mut child: Child) {
    let pid = child.id().expect("running").to_string();
    let _ = Command::new("kill").args(["-TERM", &pid]).status().await;
    let _ = child.wait().await;
}

/// `instances` of `kinerja run` on a fresh database of `people` registered people.
async fn fleet(instances: usize, people: usize) -> f64 {
    let tg = Arc::new(FakeTelegram::start().await);
    tg.lift_flood_control();
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.expect("connect and migrate");
    support::seed::import(&store, &roster_csv(people, 20)).await;
    let bindings: Vec<String> = (0..people)
        .map(|i| {
            let chat = person(i).id;
            format!("({chat}, '{}', {chat}, 'test', 0)", nip(i))
        })
        .collect();
    insert_rows(
        &store,
        "INSERT INTO bindings (telegram_user_id, nip, chat_id, via, bound_at)",
        &bindings,
    )
    .await;
    let mut bots = Vec::new();
    for _ in 0..instances {
        let child = Command::from(support::kinerja_run(&db.url, &tg))
            .env("KINERJA_MESSAGES_PER_SECOND", "1000000")
            .stderr(Stdio::inherit())
            .kill_on_drop(true)
            .spawn()
            .expect("start kinerja run (the release binary)");
        bots.push(child);
    }
    // The first round warms up (and tells how many messages answer one /bantuan).
    let before = tg.delivered();
    round(&tg, people, 1).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let replies = (tg.delivered() - before) / people;
    assert!(replies >= 1, "an answer to each /bantuan");
    let mut rates = Vec::new();
    for _ in 0..ROUNDS {
        tokio::time::sleep(BETWEEN_ROUNDS).await;
        rates.push(round(&tg, people, replies).await);
    }
    // An update is stamped handled a moment after its reply went out.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let (kept, handled): (i64, i64) =
            sqlx::query_as("SELECT COUNT(*), COUNT(handled_at) FROM inbox")
                .fetch_one(store.pool())
                .await
                .expect("the inbox");
        assert_eq!(
            kept as usize,
            people * (ROUNDS + 1),
            "every update kept once"
        );
        if handled == kept {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{handled} of {kept} updates handled"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(tg.poll_conflicts(), 0, "one instance polls at a time");
    tg.assert_no_errors();
    for bot in bots {
        sigterm(bot).await;
    }
    store.close().await;
    median(rates)
}

#[tokio::main]
async fn main() {
    let on_postgres = std::env::var(support::TEST_DB_ENV).is_ok_and(|u| u.starts_with("postgres"));
    if !on_postgres {
        println!(
            "skipped: set {}=postgres://… (several instances run on PostgreSQL only)",
            support::TEST_DB_ENV
        );
        return;
    }
    let people = support::env_or("KINERJA_BENCH_PEOPLE", PEOPLE);
    println!(
        "{people} people send /bantuan at once, medians of {ROUNDS} rounds, {} cores",
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    let floor = bare(people).await;
    println!("| | updates/s | of the floor |");
    println!("| --- | --- | --- |");
    println!("| bare getUpdates/sendMessage loop, no database | {floor:.0} | 100 % |");
    for instances in 1..=3 {
        let rate = fleet(instances, people).await;
        println!(
            "| Kinerja, {instances} instance{} on PostgreSQL | {rate:.0} | {:.0} % |",
            if instances == 1 { "" } else { "s" },
            rate / floor * 100.0
        );
    }
}
