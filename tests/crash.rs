//! `kill -9` of the real `kinerja run` process, then a restart: what people typed is not
//! lost, no dialogue step runs twice, every dialogue continues, and a broadcast reaches
//! everyone. Each test runs the binary against the fake Bot API and its own database.

mod support;

use std::process::Stdio;

use std::time::Duration;
use tokio::process::{Child, Command};

use kinerja::domain::broadcast::{Audience, Kind};
use kinerja::store::Store;
use rand::{Rng, SeedableRng};
use support::TestDb;
use support::fake_telegram::{FakeTelegram, SentMessage, TgChat, TgUser};
use support::seed::{bind, numbered_nip as nip, roster_csv};

const PATIENCE: Duration = Duration::from_secs(60);

/// What the bot says when a kill interrupted an update (bot::messages::interrupted).
const INTERRUPTED: &str = "berhenti mendadak";

fn person(i: usize) -> TgUser {
    TgUser::new(300_000 + i as i64, &format!("P{i}"))
}

/// A database with `n` staff, each bound to the chat of [`person`].
async fn city(n: usize) -> (TestDb, Store) {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.expect("connect and migrate");
    let csv = roster_csv(n, 1);
    support::seed::import(&store, &csv).await;
    for i in 0..n {
        bind(&store, &nip(i), person(i).id).await;
    }
    (db, store)
}

fn start(db: &TestDb, tg: &FakeTelegram, per_second: u32) -> Child {
    Command::from(support::kinerja_run(&db.url, tg))
        .env("KINERJA_MESSAGES_PER_SECOND", per_second.to_string())
        .env("RUST_LOG", "kinerja=warn")
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .expect("start kinerja run")
}

/// SIGKILL, and reaped.
async fn kill_9(child: &mut Child) {
    child.kill().await.expect("SIGKILL");
}

/// SIGTERM, waiting (without blocking the fake Telegram, which runs on this runtime) until
/// the bot has finished what it had in hand.
async fn stop(mut child: Child) {
    let pid = child.id().expect("running").to_string();
    let _ = Command::new("kill").args(["-TERM", &pid]).status().await;
    let _ = child.wait().await;
}

fn say(tg: &FakeTelegram, i: usize, text: &str) {
    tg.push_text(&person(i), &TgChat::private(person(i).id), text);
}

fn to(tg: &FakeTelegram, i: usize) -> Vec<SentMessage> {
    tg.messages_to(person(i).id)
}

/// The daily-log texts each of the first `n` people has, in order.
async fn daily_logs(db: &TestDb, n: usize) -> Vec<Vec<String>> {
    let store = Store::connect(&db.url).await.expect("connect");
    let mut out = Vec::new();
    for i in 0..n {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT text FROM daily_logs WHERE nip = $1 ORDER BY id")
                .bind(nip(i))
                .fetch_all(store.pool())
                .await
                .expect("daily logs");
        out.push(rows.into_iter().map(|(t,)| t).collect());
    }
    store.close().await;
    out
}

/// Waits until the bot has taken up `n` updates (their handlers ran, or run now).
async fn every_update_started(db: &TestDb, n: usize) {
    let store = Store::connect(&db.url).await.expect("connect");
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let (started,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM inbox WHERE started_at IS NOT NULL")
                .fetch_one(store.pool())
                .await
                .expect("count started updates");
        if started as usize >= n {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "only {started} of {n} updates started"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    store.close().await;
}

#[tokio::test]
async fn a_kill_while_replies_hang_loses_no_message_and_runs_no_step_twice() {
    const N: usize = 20;
    let (db, store) = city(N).await;
    store.close().await;
    let tg = FakeTelegram::start().await;
    let mut bot = start(&db, &tg, 29);

    for i in 0..N {
        say(&tg, i, "/harian");
    }
    tg.wait_for("every daily log opened", PATIENCE, |tg| {
        (0..N).all(|i| to(tg, i).len() == 1)
    })
    .await;
    assert!(to(&tg, 0)[0].text.contains("Catatan harian minggu ini"));

    // Telegram stops answering the bot's sends: each text step has written its log and hangs
    // on its reply. Behind it in every chat a /harian the bot has taken from Telegram
    // (Telegram has forgotten it) is taken up too — a chat's next update does not wait for
    // the replies of the one before — and its reply waits in the chat's queue.
    tg.hold_sends_after(tg.delivered());
    for i in 0..N {
        say(
            &tg,
            i,
            &format!("08.00-09.00 Catatan pertama dari P{i}, 1 kegiatan"),
        );
        say(&tg, i, "/harian");
    }
    tg.wait_for("every reply hanging", PATIENCE, |tg| tg.held() == N)
        .await;
    tg.wait_for("Telegram told every update arrived", PATIENCE, |tg| {
        tg.pending_update_count() == 0
    })
    .await;
    every_update_started(&db, 3 * N).await;
    kill_9(&mut bot).await;
    tg.release_held(false);

    let bot = start(&db, &tg, 29);
    tg.wait_for("both interrupted steps told", PATIENCE, |tg| {
        (0..N).all(|i| to(tg, i).len() == 3)
    })
    .await;
    for i in 0..N {
        let after: Vec<_> = to(&tg, i)[1..].iter().map(|m| m.text.clone()).collect();
        let notices: Vec<_> = after.iter().filter(|t| t.contains(INTERRUPTED)).collect();
        assert_eq!(notices.len(), 2, "P{i}: {after:?}");
        let first = format!("08.00-09.00 Catatan pertama dari P{i}, 1 kegiatan");
        assert!(
            notices.iter().any(|n| n.contains(&first))
                && notices.iter().any(|n| n.contains("«/harian»")),
            "each notice quotes what was interrupted: {notices:?}"
        );
        assert_eq!(
            after
                .iter()
                .filter(|t| t.contains("Catatan harian minggu ini"))
                .count(),
            0,
            "P{i}: the /harian that ran before the kill is not run again: {after:?}"
        );
    }
    // The dialogue the interrupted /harian opened goes on.
    for i in 0..N {
        say(
            &tg,
            i,
            &format!("08.00-09.00 Catatan kedua dari P{i}, 1 kegiatan"),
        );
    }
    tg.wait_for("every second log", PATIENCE, |tg| {
        (0..N).all(|i| to(tg, i).len() == 4)
    })
    .await;
    stop(bot).await;
    let logs = daily_logs(&db, N).await;
    for (i, log) in logs.iter().enumerate() {
        assert_eq!(
            log,
            &vec![
                format!("Catatan pertama dari P{i}"),
                format!("Catatan kedua dari P{i}")
            ],
            "P{i}: each step written once"
        );
    }
    tg.assert_no_errors();
}

#[tokio::test]
async fn kills_at_random_moments_during_a_broadcast_and_dialogues_lose_nothing() {
    const RECIPIENTS: usize = 1000;
    const TALKERS: usize = 20;
    const KILLS: usize = 3;
    const IN_FLIGHT: usize = 16; // sender::SenderConfig::default().in_flight
    let seed: u64 = std::env::var("KINERJA_CRASH_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    println!("KINERJA_CRASH_SEED={seed}");
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);

    let (db, store) = city(RECIPIENTS).await;
    let (announcement, recipients) = store
        .create_announcement(
            Kind::Info,
            &Audience::Everyone,
            "Apel pagi dipindah ke halaman kantor wali kota.",
            "test",
        )
        .await
        .expect("announcement");
    assert_eq!(recipients as usize, RECIPIENTS);
    store.close().await;
    let tg = std::sync::Arc::new(FakeTelegram::start().await);
    tg.lift_flood_control();
    for i in 0..RECIPIENTS {
        tg.register_chat(person(i).id);
    }

    // People talk while the bot is killed and restarted: three daily logs each.
    let talk = {
        let tg = tg.clone();
        tokio::spawn(async move {
            for k in 1..=3 {
                for i in 0..TALKERS {
                    say(&tg, i, "/harian");
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
                for i in 0..TALKERS {
                    say(
                        &tg,
                        i,
                        &format!("08.00-09.00 Catatan {k} dari P{i}, 1 kegiatan"),
                    );
                }
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
        })
    };
    let mut bot = start(&db, &tg, 400);
    for _ in 0..KILLS {
        tokio::time::sleep(Duration::from_millis(rng.random_range(150..900))).await;
        kill_9(&mut bot).await;
        bot = start(&db, &tg, 400);
    }
    talk.await.expect("talkers");

    let check = Store::connect(&db.url).await.expect("connect");
    let deadline = tokio::time::Instant::now() + PATIENCE;
    loop {
        let status = check.delivery_status(announcement).await.expect("status");
        if status.done() {
            assert_eq!(status.sent as usize, RECIPIENTS, "{status:?}");
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{status:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    check.close().await;
    // Nothing anyone typed went unanswered: each of the six updates got its answer, or
    // its sender was told a kill interrupted it.
    let text = "Apel pagi dipindah";
    let others =
        |tg: &FakeTelegram, i: usize| to(tg, i).iter().filter(|m| !m.text.contains(text)).count();
    tg.wait_for("an answer or a notice for every update", PATIENCE, |tg| {
        (0..TALKERS).all(|i| others(tg, i) >= 6)
    })
    .await;
    // Every dialogue continues: one more log each, after all the kills.
    for i in 0..TALKERS {
        say(&tg, i, "/harian");
        say(
            &tg,
            i,
            &format!("08.00-09.00 Catatan akhir dari P{i}, 1 kegiatan"),
        );
    }
    let deadline = tokio::time::Instant::now() + PATIENCE;
    let logs = loop {
        let logs = daily_logs(&db, TALKERS).await;
        if logs
            .iter()
            .enumerate()
            .all(|(i, l)| l.last() == Some(&format!("Catatan akhir dari P{i}")))
        {
            break logs;
        }
        assert!(tokio::time::Instant::now() < deadline, "{logs:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    stop(bot).await;

    let copies: Vec<usize> = (0..RECIPIENTS)
        .map(|i| to(&tg, i).iter().filter(|m| m.text.contains(text)).count())
        .collect();
    assert!(
        copies.iter().all(|c| *c >= 1),
        "everyone got the announcement"
    );
    let twice = copies.iter().filter(|c| **c > 1).count();
    println!("announcement: {RECIPIENTS} reached, {twice} twice, after {KILLS} kills");
    // A send Telegram accepted in the instant before a kill cannot be told from one it
    // never got: only sends in flight at a kill may arrive twice.
    assert!(
        twice <= IN_FLIGHT * KILLS,
        "{twice} recipients got it twice"
    );

    let mut notices = 0;
    for (i, log) in logs.iter().enumerate() {
        let mut seen = log.clone();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), log.len(), "P{i}: no step ran twice: {log:?}");
        let told = to(&tg, i)
            .iter()
            .filter(|m| m.text.contains(INTERRUPTED))
            .count();
        notices += told;
        // A kill interrupts the update being handled, and can land in the instant after an
        // earlier update's replies went out but before it was stamped handled (the stamp
        // waits for the replies): that one is told too. Never more than two per kill.
        assert!(
            told <= 2 * KILLS,
            "P{i}: at most two interrupted updates per kill"
        );
    }
    println!("dialogues: {notices} interrupted updates told to their senders");
    tg.assert_no_errors();
}
