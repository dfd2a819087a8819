//! Several `kinerja run` on one PostgreSQL database (active/standby): only the leader polls
//! Telegram, sends and schedules reminders; when it is killed with `kill -9` a standby takes
//! over within ten seconds, the broadcast reaches everyone, the due reminder goes once, and
//! people keep being answered in order; the killed instance, restarted, stands by.
//!
//! PostgreSQL only: on SQLite one process per database file is the rule (the file lock),
//! so the test says so and passes.

mod support;

use std::collections::HashMap;
use std::process::Stdio;
use std::time::Duration;

use kinerja::domain::broadcast::{Audience, Kind};
use kinerja::store::Store;
use support::TestDb;
use support::fake_telegram::{FakeTelegram, TgChat, TgUser};
use support::seed::{bind, numbered_nip as nip};
use tokio::process::{Child, Command};
use tokio::time::Instant;

const PATIENCE: Duration = Duration::from_secs(60);
const RECIPIENTS: usize = 300;
const TALKERS: usize = 5;
/// sender::SenderConfig::default().in_flight: the most sends a kill can leave unrecorded.
const IN_FLIGHT: usize = 8;
const TEXT: &str = "Apel pagi dipindah ke halaman kantor wali kota.";
/// The approval reminder's text (locales/id/reminders.ftl, reminders-approval).
const APPROVAL: &str = "menunggu persetujuan Anda";

fn person(i: usize) -> TgUser {
    TgUser::new(600_000 + i as i64, &format!("P{i}"))
}

fn say(tg: &FakeTelegram, i: usize, text: &str) {
    tg.push_text(&person(i), &TgChat::private(person(i).id), text);
}

/// `n` staff under P0, each bound to the chat of [`person`].
async fn city(n: usize, tg: &FakeTelegram) -> (TestDb, Store) {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.expect("connect and migrate");
    let mut csv = String::from("nip,nama,jabatan,unit_kerja,nip_atasan\n");
    for i in 0..n {
        let boss = if i == 0 { String::new() } else { nip(0) };
        csv.push_str(&format!("{},Pegawai {i},Staf,Unit 01,{boss}\n", nip(i)));
    }
    support::seed::import(&store, &csv).await;
    for i in 0..n {
        bind(&store, &nip(i), person(i).id).await;
        tg.register_chat(person(i).id);
    }
    (db, store)
}

fn start(db: &TestDb, tg: &FakeTelegram) -> Child {
    Command::from(support::kinerja_run(&db.url, tg))
        .env("KINERJA_MESSAGES_PER_SECOND", "25")
        .env("KINERJA_QUIET_HOURS", "0-0")
        .env("RUST_LOG", "kinerja=warn")
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("start kinerja run")
}

async fn stop(mut child: Child) {
    let pid = child.id().expect("running").to_string();
    let _ = Command::new("kill").args(["-TERM", &pid]).status().await;
    let _ = child.wait().await;
}

/// The process id of the leader's lease holder (its id starts with it), once it holds it.
async fn leader(store: &Store) -> Option<u32> {
    let (holder, expires_at) = store.lease("leader").await.expect("read the lease")?;
    (expires_at > kinerja::store::fleet::now_ms())
        .then(|| holder.split('-').next()?.parse().ok())
        .flatten()
}

async fn wait_for_leader(store: &Store, not: Option<u32>) -> u32 {
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(pid) = leader(store).await
            && Some(pid) != not
        {
            return pid;
        }
        assert!(Instant::now() < deadline, "no instance took the lease");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// How many times each recipient got the broadcast.
fn received(tg: &FakeTelegram) -> HashMap<usize, usize> {
    (0..RECIPIENTS)
        .map(|i| {
            let n = tg
                .messages_to(person(i).id)
                .iter()
                .filter(|m| m.text.contains(TEXT))
                .count();
            (i, n)
        })
        .collect()
}

async fn daily_logs(store: &Store) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for i in 0..TALKERS {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT text FROM daily_logs WHERE nip = $1 ORDER BY id")
                .bind(nip(i))
                .fetch_all(store.pool())
                .await
                .expect("daily logs");
        out.push(rows.into_iter().map(|(t,)| t).collect());
    }
    out
}

/// Each talker writes a daily log `k`; waits until all of them are written.
async fn talk_round(tg: &FakeTelegram, k: usize) {
    for i in 0..TALKERS {
        say(tg, i, "/harian");
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    for i in 0..TALKERS {
        say(
            tg,
            i,
            &format!("08.00-09.00 Catatan {k} dari P{i}, 1 kegiatan"),
        );
    }
}

async fn logs_reach(store: &Store, k: usize) -> Vec<Vec<String>> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let logs = daily_logs(store).await;
        if logs.iter().all(|l| l.len() >= k) {
            return logs;
        }
        assert!(Instant::now() < deadline, "round {k} not written: {logs:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn a_standby_takes_over_from_a_killed_leader_and_nothing_is_lost_or_sent_twice() {
    let on_postgres = std::env::var(support::TEST_DB_ENV).is_ok_and(|u| u.starts_with("postgres"));
    if !on_postgres {
        eprintln!(
            "skipped: several instances run on PostgreSQL only (on SQLite one kinerja run per file)"
        );
        return;
    }
    let tg = std::sync::Arc::new(FakeTelegram::start().await);
    tg.lift_flood_control();
    let (db, store) = city(RECIPIENTS, &tg).await;

    // (a) Three instances: one leads, the others stand by; people are answered.
    let mut bots: HashMap<u32, Child> = HashMap::new();
    for _ in 0..3 {
        let child = start(&db, &tg);
        bots.insert(child.id().unwrap(), child);
    }
    let first = wait_for_leader(&store, None).await;
    assert!(bots.contains_key(&first), "the leader is one of ours");
    talk_round(&tg, 1).await;
    logs_reach(&store, 1).await;
    assert_eq!(tg.poll_conflicts(), 0, "one instance polls at a time");

    // (b) A broadcast and a due reminder (P1's plan waits for P0's approval since ten days)
    // while the leader is killed.
    let (announcement, recipients) = store
        .create_announcement(Kind::Info, &Audience::Everyone, TEXT, "test")
        .await
        .expect("announcement");
    assert_eq!(recipients as usize, RECIPIENTS);
    let year = kinerja::domain::time::year_wib(kinerja::store::now());
    support::seed::plan(
        &store,
        &nip(1),
        year,
        "submitted",
        None,
        kinerja::store::now() - 10 * 86400,
    )
    .await;
    let announced = |tg: &FakeTelegram| received(tg).values().sum::<usize>();
    tg.wait_for("part of the broadcast sent", PATIENCE, |tg| {
        announced(tg) >= 60
    })
    .await;
    let mut killed = bots.remove(&first).unwrap();
    killed.kill().await.expect("SIGKILL");
    let killed_at = Instant::now();
    // People write while nobody leads: Telegram keeps it for the next leader.
    talk_round(&tg, 2).await;
    let second = wait_for_leader(&store, Some(first)).await;
    let takeover = killed_at.elapsed();
    println!("takeover after {takeover:?}");
    assert!(bots.contains_key(&second), "a standby took over");
    assert!(
        takeover < Duration::from_secs(15),
        "the standby took over after {takeover:?}"
    );
    logs_reach(&store, 2).await;

    // The killed instance comes back and stands by while the leader lives.
    let again = start(&db, &tg);
    let again_pid = again.id().unwrap();
    bots.insert(again_pid, again);
    let deadline = Instant::now() + PATIENCE;
    loop {
        let status = store.delivery_status(announcement).await.expect("status");
        if status.done() {
            assert_eq!(status.sent as usize, RECIPIENTS, "{status:?}");
            break;
        }
        assert!(Instant::now() < deadline, "{status:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    talk_round(&tg, 3).await;
    let logs = logs_reach(&store, 3).await;
    for (i, log) in logs.iter().enumerate() {
        let expected: Vec<String> = (1..=3).map(|k| format!("Catatan {k} dari P{i}")).collect();
        assert_eq!(log, &expected, "P{i}'s logs, once each and in order");
    }
    assert_eq!(
        leader(&store).await,
        Some(second),
        "the restarted instance stands by while the leader lives"
    );

    // Everyone got the broadcast; only sends in flight at the kill may have gone twice.
    let counts = received(&tg);
    let missing = counts.values().filter(|n| **n == 0).count();
    let twice: usize = counts.values().map(|n| n.saturating_sub(1)).sum();
    println!("broadcast: {RECIPIENTS} reached, {twice} twice");
    assert_eq!(missing, 0, "everyone got the broadcast");
    assert!(twice <= IN_FLIGHT, "{twice} sent twice");
    // The reminder went once.
    tg.wait_for("the approval reminder", PATIENCE, |tg| {
        tg.messages_to(person(0).id)
            .iter()
            .any(|m| m.text.contains(APPROVAL))
    })
    .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let reminders = tg
        .messages_to(person(0).id)
        .iter()
        .filter(|m| m.text.contains(APPROVAL))
        .count();
    assert_eq!(reminders, 1, "the reminder went once");
    assert_eq!(
        tg.poll_conflicts(),
        0,
        "never two instances polling at once"
    );

    for (_, bot) in bots {
        stop(bot).await;
    }
    store.close().await;
}

/// A port free on 127.0.0.1 a moment ago.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn metric(text: &str, name: &str) -> Option<f64> {
    text.lines()
        .find_map(|l| l.strip_prefix(&format!("{name} "))?.trim().parse().ok())
}

async fn scrape(port: u16) -> String {
    reqwest::get(format!("http://127.0.0.1:{port}/metrics"))
        .await
        .expect("GET /metrics")
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn in_webhook_mode_a_standby_keeps_what_telegram_posts_and_the_leader_handles_it() {
    let on_postgres = std::env::var(support::TEST_DB_ENV).is_ok_and(|u| u.starts_with("postgres"));
    if !on_postgres {
        eprintln!(
            "skipped: several instances run on PostgreSQL only (on SQLite one kinerja run per file)"
        );
        return;
    }
    let tg = FakeTelegram::start().await;
    let (db, store) = city(TALKERS, &tg).await;
    // Telegram delivers to B's port (a load balancer sending everything to one instance);
    // A leads.
    let (port_a, port_b) = (free_port(), free_port());
    let url = format!("http://127.0.0.1:{port_b}/tg");
    let run = |port: u16| {
        let mut command = Command::from(support::kinerja_run(&db.url, &tg));
        command
            .env("KINERJA_WEBHOOK_URL", &url)
            .env("KINERJA_LISTEN", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "kinerja=warn")
            .stderr(Stdio::inherit())
            .kill_on_drop(true);
        command.spawn().expect("start kinerja run")
    };
    let mut a = run(port_a);
    let leader_a = wait_for_leader(&store, None).await;
    assert_eq!(Some(leader_a), a.id());
    tg.wait_for("the webhook", PATIENCE, |tg| tg.webhook().is_some())
        .await;
    let b = run(port_b);
    talk_round(&tg, 1).await;
    logs_reach(&store, 1).await;
    assert_eq!(metric(&scrape(port_a).await, "kinerja_leader"), Some(1.0));
    let b_metrics = scrape(port_b).await;
    assert_eq!(metric(&b_metrics, "kinerja_leader"), Some(0.0));
    assert_eq!(
        metric(&b_metrics, "kinerja_updates_taken_total"),
        Some(0.0),
        "the standby handled nothing"
    );

    // A dies: B takes over, registers the webhook again and handles what comes.
    let old_secret = tg.webhook().unwrap().secret_token;
    a.kill().await.expect("SIGKILL");
    let leader_b = wait_for_leader(&store, Some(leader_a)).await;
    assert_eq!(Some(leader_b), b.id());
    tg.wait_for("the webhook registered again", PATIENCE, |tg| {
        tg.webhook().unwrap().secret_token != old_secret
    })
    .await;
    talk_round(&tg, 2).await;
    let logs = logs_reach(&store, 2).await;
    for (i, log) in logs.iter().enumerate() {
        let expected: Vec<String> = (1..=2).map(|k| format!("Catatan {k} dari P{i}")).collect();
        assert_eq!(log, &expected, "P{i}'s logs, once each and in order");
    }
    stop(b).await;
    store.close().await;
}
