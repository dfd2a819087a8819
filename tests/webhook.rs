//! Webhook mode, `/healthz`, `/metrics`, and one `kinerja run` per SQLite file. The fake
//! Telegram delivers updates as Telegram does once a webhook is set: it POSTs each to the
//! registered URL with the secret header and tries again whatever was not answered 2xx.
//! The bot answers 200 only once the update is in the inbox, refuses a request without the
//! right secret, and answers 503 while the database is away (Telegram's next try then
//! succeeds).

mod support;

use std::process::Stdio;
use std::time::Duration;

use kinerja::config::{Config, Limits};
use kinerja::store::Store;
use serde_json::json;
use support::roster_fixture::*;
use support::{FakeTelegram, PATIENCE, TestDb, TgChat, TgUser};
use teloxide::dispatching::ShutdownToken;
use teloxide::prelude::*;
use tokio::process::{Child, Command};

/// A port free on 127.0.0.1 a moment ago.
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn is_postgres(db: &TestDb) -> bool {
    db.url.starts_with("postgres")
}

async fn city(db: &TestDb) -> Store {
    let store = Store::connect(&db.url).await.unwrap();
    let raw = kinerja::domain::roster::read_csv(csv().as_bytes()).unwrap();
    let (rows, _) = kinerja::domain::roster::parse_rows(raw);
    store
        .import_roster(
            &rows,
            &[],
            false,
            false,
            "test",
            kinerja::bot::approval::moved_notices,
        )
        .await
        .unwrap();
    store
}

fn siti() -> TgUser {
    TgUser::new(5005, "Siti")
}

/// The real `kinerja run`, killed if the test ends first.
fn spawn(command: std::process::Command) -> Child {
    let mut command = Command::from(command);
    command
        .kill_on_drop(true)
        .spawn()
        .expect("start kinerja run")
}

/// SIGTERM, and the exit status (the fake Telegram keeps running meanwhile).
async fn stop(mut child: Child) -> std::process::ExitStatus {
    let pid = child.id().expect("running").to_string();
    let _ = Command::new("kill").args(["-TERM", &pid]).status().await;
    tokio::time::timeout(PATIENCE, child.wait())
        .await
        .expect("kinerja run stops")
        .unwrap()
}

async fn get(url: &str) -> (u16, String) {
    let response = reqwest::get(url).await.expect("GET");
    let status = response.status().as_u16();
    (status, response.text().await.unwrap())
}

/// Waits until `url` answers at all.
async fn wait_for_server(url: &str) {
    let deadline = std::time::Instant::now() + PATIENCE;
    while reqwest::get(url).await.is_err() {
        assert!(
            std::time::Instant::now() < deadline,
            "{url} does not answer"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Prometheus' text format, read strictly: every sample belongs to a metric declared by a
/// `# TYPE` line before it, its value is a number. Returns (name with labels, value).
fn parse_prometheus(text: &str) -> Vec<(String, f64)> {
    let mut declared = std::collections::HashMap::new();
    let mut samples = Vec::new();
    for line in text.lines().filter(|l| !l.is_empty()) {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            let (name, kind) = rest.split_once(' ').expect("# TYPE name kind");
            assert!(["counter", "gauge", "histogram"].contains(&kind), "{line}");
            declared.insert(name.to_string(), kind.to_string());
            continue;
        }
        if line.starts_with("# HELP ") {
            continue;
        }
        assert!(!line.starts_with('#'), "an unknown comment: {line}");
        let (series, value) = line.rsplit_once(' ').expect("name value");
        let name = series.split('{').next().unwrap();
        let family = ["_bucket", "_sum", "_count"]
            .iter()
            .find_map(|s| name.strip_suffix(s))
            .filter(|base| declared.get(*base).is_some_and(|k| k == "histogram"))
            .unwrap_or(name);
        assert!(
            declared.contains_key(family),
            "{name} is not declared: {text}"
        );
        let value: f64 = value.parse().unwrap_or_else(|_| panic!("{line}"));
        samples.push((series.to_string(), value));
    }
    samples
}

fn sample(samples: &[(String, f64)], name: &str) -> f64 {
    samples
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} missing: {samples:?}"))
        .1
}

#[tokio::test]
async fn a_person_registers_through_the_webhook_and_the_metrics_move() {
    let db = TestDb::create().await;
    let store = city(&db).await;
    let tg = FakeTelegram::start().await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut command = support::kinerja_run(&db.url, &tg);
    command
        .env("KINERJA_WEBHOOK_URL", format!("{base}/tg"))
        .env("KINERJA_LISTEN", format!("127.0.0.1:{port}"))
        .stderr(Stdio::inherit());
    let bot = spawn(command);
    tg.wait_for("the webhook", PATIENCE, |tg| tg.webhook().is_some())
        .await;
    let hook = tg.webhook().unwrap();
    assert_eq!(hook.url, format!("{base}/tg"));
    let secret = hook.secret_token.expect("a secret token");
    assert!(secret.len() >= 32, "a secret worth the name: {secret}");
    wait_for_server(&format!("{base}/healthz")).await;
    let (_, before) = get(&format!("{base}/metrics")).await;
    let before = parse_prometheus(&before);

    tg.push_text(&siti(), &TgChat::private(5005), "/start");
    tg.wait_for("the welcome", PATIENCE, |tg| {
        !tg.messages_to(5005).is_empty()
    })
    .await;
    tg.push_contact(&siti(), "6281333334444", Some(5005), "Siti");
    tg.wait_for("the registration", PATIENCE, |tg| {
        tg.messages_to(5005)
            .iter()
            .any(|m| m.text.contains("Terima kasih"))
    })
    .await;

    assert_eq!(
        store.member(5005).await.unwrap().unwrap().person.nip,
        STAF_SITI
    );
    let posts = tg.webhook_posts();
    assert_eq!(posts.len(), 2, "each update POSTed once: {posts:?}");
    assert!(posts.iter().all(|p| p.status == Some(200)), "{posts:?}");
    assert!(
        tg.calls_of("getUpdates").is_empty(),
        "no polling in webhook mode"
    );
    assert!(
        tg.calls_of("deleteWebhook").is_empty(),
        "the webhook stays set"
    );
    assert_eq!(get(&format!("{base}/healthz")).await, (200, "ok\n".into()));

    // The counters moved; handled is counted once the replies went out.
    let deadline = std::time::Instant::now() + PATIENCE;
    let after = loop {
        let (status, text) = get(&format!("{base}/metrics")).await;
        assert_eq!(status, 200);
        let after = parse_prometheus(&text);
        let done = sample(&after, "kinerja_updates_handled_total") >= 2.0
            && sample(&after, "kinerja_inbox_depth") == 0.0;
        if done || std::time::Instant::now() > deadline {
            break after;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    for (name, by) in [
        ("kinerja_updates_taken_total", 2.0),
        ("kinerja_updates_handled_total", 2.0),
        ("kinerja_messages_sent_total", 2.0),
        ("kinerja_reply_seconds_count", 2.0),
    ] {
        assert!(
            sample(&after, name) - sample(&before, name) >= by,
            "{name}: {before:?} → {after:?}"
        );
    }
    assert_eq!(sample(&after, "kinerja_inbox_depth"), 0.0);
    assert_eq!(sample(&after, "kinerja_telegram_429_total"), 0.0);
    assert!(sample(&after, "kinerja_outbox_depth") >= 0.0);
    assert_eq!(
        sample(&after, "kinerja_reply_seconds_bucket{le=\"+Inf\"}"),
        sample(&after, "kinerja_reply_seconds_count")
    );

    let exit = stop(bot).await;
    assert!(exit.success(), "{exit:?}");
    assert!(
        tg.webhook().is_some(),
        "a normal stop leaves the webhook for the restart"
    );
    tg.assert_no_errors();
}

#[tokio::test]
async fn a_request_without_the_right_secret_is_refused_and_changes_nothing() {
    let db = TestDb::create().await;
    let store = city(&db).await;
    let tg = FakeTelegram::start().await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut command = support::kinerja_run(&db.url, &tg);
    command
        .args(["--webhook-url", &format!("{base}/tg")])
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .stderr(Stdio::inherit());
    let bot = spawn(command);
    tg.wait_for("the webhook", PATIENCE, |tg| tg.webhook().is_some())
        .await;
    let secret = tg.webhook().unwrap().secret_token.unwrap();
    wait_for_server(&format!("{base}/healthz")).await;

    let forged = json!({"update_id": 900, "message": {"message_id": 1, "date": 1_700_000_000,
        "chat": {"id": 6006, "type": "private", "first_name": "Mallory"},
        "from": {"id": 6006, "is_bot": false, "first_name": "Mallory"}, "text": "/start"}});
    let client = reqwest::Client::new();
    let mut wrong = secret.clone();
    wrong.replace_range(..1, if secret.starts_with('A') { "B" } else { "A" });
    for header in [None, Some(wrong.as_str()), Some(""), Some(&secret[..10])] {
        let mut request = client.post(format!("{base}/tg")).json(&forged);
        if let Some(h) = header {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", h);
        }
        let status = request.send().await.unwrap().status().as_u16();
        assert!(
            status == 401 || status == 403,
            "{header:?} answered {status}"
        );
    }

    // A real update after it is handled; the forged one never was.
    tg.push_text(&siti(), &TgChat::private(5005), "/start");
    tg.wait_for("the welcome", PATIENCE, |tg| {
        !tg.messages_to(5005).is_empty()
    })
    .await;
    assert!(tg.messages_to(6006).is_empty(), "nothing answered Mallory");
    let forged_kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM inbox WHERE update_id = 900")
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(forged_kept, 0, "the forged update was not written");
    assert!(stop(bot).await.success());
}

/// The bot in this process in webhook mode, as `kinerja run --webhook-url` runs it.
struct WebhookBot {
    base: String,
    token: ShutdownToken,
    dispatching: tokio::task::JoinHandle<()>,
    server: tokio::task::JoinHandle<()>,
}

impl WebhookBot {
    async fn start(tg: &FakeTelegram, store: &Store, db: &TestDb) -> WebhookBot {
        let config = Config {
            token: FakeTelegram::TOKEN.parse().unwrap(),
            database_url: db.url.clone(),
            api_url: Some(tg.api_url().parse().unwrap()),
            limits: Limits {
                messages_per_sec_overall: 29,
                messages_per_sec_chat: 1000,
                messages_per_min_chat: 60_000,
            },
            reminders: Default::default(),
            webhook_url: None,
            listen: None,
            public_url: None,
            evidence_link_days: 400,
        };
        let bot = kinerja::bot::make_bot(&config);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (hook, route) = kinerja::runtime::webhook::listener(
            bot.api().clone(),
            store.clone(),
            bot.metrics().clone(),
            format!("{base}/tg").parse().unwrap(),
        )
        .await
        .unwrap();
        let router =
            kinerja::runtime::http::router(store.clone(), bot.metrics().clone(), Some(route), None);
        let server = tokio::spawn(kinerja::runtime::http::serve(
            listener,
            router,
            std::future::pending(),
        ));
        let links = kinerja::bot::EvidenceLinks::default();
        let mut dispatcher = kinerja::bot::dispatcher(bot.clone(), store.clone(), links);
        let token = dispatcher.shutdown_token();
        let dispatching = tokio::spawn(async move {
            kinerja::runtime::serve_with(&mut dispatcher, &bot, hook).await;
        });
        WebhookBot {
            base,
            token,
            dispatching,
            server,
        }
    }

    async fn stop(self) {
        loop {
            match self.token.shutdown() {
                Ok(done) => {
                    done.await;
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(20)).await,
            }
        }
        tokio::time::timeout(PATIENCE, self.dispatching)
            .await
            .expect("the dispatcher stops")
            .unwrap();
        self.server.abort();
    }
}

#[tokio::test]
async fn while_the_database_is_away_the_bot_answers_503_and_telegram_s_next_try_succeeds() {
    let db = TestDb::create().await;
    let store = city(&db).await;
    let tg = FakeTelegram::start().await;
    tg.set_webhook_backoff(Duration::from_millis(100));
    let bot = WebhookBot::start(&tg, &store, &db).await;
    tg.wait_for("the webhook", PATIENCE, |tg| tg.webhook().is_some())
        .await;
    assert_eq!(
        get(&format!("{}/healthz", bot.base)).await,
        (200, "ok\n".into())
    );

    // The database goes away (its pool is closed under the running bot).
    store.close().await;
    let (status, _) = get(&format!("{}/healthz", bot.base)).await;
    assert_eq!(status, 503, "not ready without the database");
    let update = tg.push_text(&siti(), &TgChat::private(5005), "/start");
    let update = tg.update_of_message(5005, update).unwrap();
    tg.wait_for("two refused tries", PATIENCE, |tg| {
        tg.webhook_posts()
            .iter()
            .filter(|p| p.update_id == update && p.status == Some(503))
            .count()
            >= 2
    })
    .await;
    assert!(tg.messages_to(5005).is_empty());
    assert_eq!(tg.pending_update_count(), 1, "Telegram keeps the update");

    // The database is back (a new process on it): Telegram's next try is taken.
    bot.stop().await;
    let store = Store::connect(&db.url).await.unwrap();
    let bot = WebhookBot::start(&tg, &store, &db).await;
    tg.wait_for("the welcome", PATIENCE, |tg| {
        !tg.messages_to(5005).is_empty()
    })
    .await;
    let posts = tg.webhook_posts();
    let last = posts.iter().rev().find(|p| p.update_id == update).unwrap();
    assert_eq!(last.status, Some(200), "{posts:?}");
    assert_eq!(tg.pending_update_count(), 0);
    let deadline = std::time::Instant::now() + PATIENCE;
    while !store.is_update_handled(update).await.unwrap() {
        assert!(
            std::time::Instant::now() < deadline,
            "the update is handled"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    bot.stop().await;

    // Telegram sending the same update again (its answer got lost) changes nothing.
    let store = Store::connect(&db.url).await.unwrap();
    let bot = WebhookBot::start(&tg, &store, &db).await;
    tg.wait_for("the webhook again", PATIENCE, |tg| {
        tg.webhook().is_some_and(|w| w.url.starts_with(&bot.base))
    })
    .await;
    let answered = tg.messages_to(5005).len();
    let payload: String = sqlx::query_scalar("SELECT payload FROM inbox WHERE update_id = $1")
        .bind(update)
        .fetch_one(store.pool())
        .await
        .unwrap();
    let secret = tg.webhook().unwrap().secret_token.unwrap();
    let status = reqwest::Client::new()
        .post(format!("{}/tg", bot.base))
        .header("X-Telegram-Bot-Api-Secret-Token", secret)
        .header("Content-Type", "application/json")
        .body(payload)
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status.as_u16(), 200, "a repeat is answered 200");
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        tg.messages_to(5005).len(),
        answered,
        "and not handled twice"
    );
    bot.stop().await;
}

#[tokio::test]
async fn in_polling_mode_listen_serves_health_and_metrics() {
    let db = TestDb::create().await;
    let _store = city(&db).await;
    let tg = FakeTelegram::start().await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let mut command = support::kinerja_run(&db.url, &tg);
    command
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .stderr(Stdio::inherit());
    let bot = spawn(command);
    wait_for_server(&format!("{base}/healthz")).await;
    tg.push_text(&siti(), &TgChat::private(5005), "/start");
    tg.wait_for("the welcome", PATIENCE, |tg| {
        !tg.messages_to(5005).is_empty()
    })
    .await;
    assert_eq!(get(&format!("{base}/healthz")).await, (200, "ok\n".into()));
    let (status, text) = get(&format!("{base}/metrics")).await;
    assert_eq!(status, 200);
    let samples = parse_prometheus(&text);
    assert!(sample(&samples, "kinerja_updates_taken_total") >= 1.0);
    assert!(tg.webhook().is_none());
    let (status, _) = get(&format!("{base}/tg")).await;
    assert_eq!(status, 404, "no webhook route without a webhook");
    assert!(stop(bot).await.success());
}

#[tokio::test]
async fn a_second_run_on_the_same_sqlite_file_is_refused_while_the_first_keeps_running() {
    let db = TestDb::create().await;
    if is_postgres(&db) {
        return; // Several instances on PostgreSQL are allowed.
    }
    let _store = city(&db).await;
    let tg = FakeTelegram::start().await;
    let mut command = support::kinerja_run(&db.url, &tg);
    command.stderr(Stdio::inherit());
    let first = spawn(command);
    tg.push_text(&siti(), &TgChat::private(5005), "/start");
    tg.wait_for("the first instance answers", PATIENCE, |tg| {
        !tg.messages_to(5005).is_empty()
    })
    .await;

    let second = Command::from(support::kinerja_run(&db.url, &tg))
        .args(["--lang", "en"])
        .stderr(Stdio::piped())
        .output();
    let second = tokio::time::timeout(PATIENCE, second)
        .await
        .expect("the second instance exits at once")
        .unwrap();
    assert!(!second.status.success());
    let err = String::from_utf8_lossy(&second.stderr);
    let file = db.url.trim_start_matches("sqlite://");
    assert!(
        err.contains(&format!("another kinerja run is already using {file}")),
        "{err}"
    );
    assert!(err.contains("one instance per SQLite file"), "{err}");

    // The other commands do not take the lock; the first instance is unharmed.
    support::cli(&db.url, &["reminders", "list"])
        .await
        .expect_ok();
    tg.push_contact(&siti(), "6281333334444", Some(5005), "Siti");
    tg.wait_for("the registration", PATIENCE, |tg| {
        tg.messages_to(5005)
            .iter()
            .any(|m| m.text.contains("Terima kasih"))
    })
    .await;
    assert!(stop(first).await.success());

    // Once it stopped, the next run starts.
    let mut command = support::kinerja_run(&db.url, &tg);
    command.stderr(Stdio::inherit());
    let again = spawn(command);
    tg.push_text(&siti(), &TgChat::private(5005), "/bantuan");
    let before = tg.messages_to(5005).len();
    tg.wait_for("the next instance answers", PATIENCE, |tg| {
        tg.messages_to(5005).len() > before
    })
    .await;
    assert!(stop(again).await.success());
}

#[tokio::test]
async fn the_fake_refuses_a_webhook_telegram_would_refuse() {
    let tg = FakeTelegram::start().await;
    let bot = Bot::new(FakeTelegram::TOKEN).set_api_url(tg.api_url().parse().unwrap());
    let url = |s: &str| s.parse::<url::Url>().unwrap();
    for secret in ["", "has space", "ünïcode", &"x".repeat(257)] {
        let refused = bot
            .set_webhook(url("https://kinerja.example.go.id/tg"))
            .secret_token(secret)
            .await;
        assert!(refused.is_err(), "secret {secret:?} was taken");
    }
    assert!(
        bot.set_webhook(url("http://kinerja.example.go.id/tg"))
            .await
            .is_err(),
        "plain http to another machine"
    );
    assert!(
        bot.set_webhook(url("https://kinerja.example.go.id:9000/tg"))
            .await
            .is_err(),
        "a port Telegram does not deliver to"
    );
    assert!(tg.webhook().is_none());
    bot.set_webhook(url("https://kinerja.example.go.id:8443/tg"))
        .secret_token(format!("{}z", "Ab_-9".repeat(51)))
        .await
        .expect("256 allowed characters");
    assert!(tg.webhook().is_some());
    assert!(
        bot.get_updates().await.is_err(),
        "no getUpdates while a webhook is set (409)"
    );
    bot.delete_webhook().await.unwrap();
    assert!(tg.webhook().is_none());
    bot.get_updates().await.expect("polling again");
}

#[tokio::test]
async fn a_webhook_that_telegram_cannot_reach_or_without_listen_is_refused_at_start() {
    let db = TestDb::create().await;
    let tg = FakeTelegram::start().await;
    for (args, expected) in [
        (
            vec![
                "--webhook-url",
                "http://kinerja.example.go.id/tg",
                "--listen",
                "127.0.0.1:0",
            ],
            "Telegram delivers only to https://",
        ),
        (
            vec!["--webhook-url", "https://kinerja.example.go.id/tg"],
            "--webhook-url needs --listen",
        ),
        (
            vec![
                "--webhook-url",
                "https://kinerja.example.go.id/metrics",
                "--listen",
                "127.0.0.1:0",
            ],
            "/healthz, /metrics and /bukti are kept",
        ),
        (
            vec![
                "--webhook-url",
                "https://kinerja.example.go.id/bukti/tg",
                "--listen",
                "127.0.0.1:0",
            ],
            "/healthz, /metrics and /bukti are kept",
        ),
    ] {
        let out = Command::from(support::kinerja_run(&db.url, &tg))
            .args(["--lang", "en"])
            .args(&args)
            .stderr(Stdio::piped())
            .output()
            .await
            .unwrap();
        assert!(!out.status.success(), "{args:?} was accepted");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
    assert!(
        tg.calls().is_empty(),
        "refused before anything was asked of Telegram"
    );
}

/// What the bot says when a kill interrupted an update (bot::messages::interrupted).
const INTERRUPTED: &str = "berhenti mendadak";

#[tokio::test]
async fn an_update_answered_200_and_then_killed_is_recovered_at_the_restart() {
    let db = TestDb::create().await;
    let _store = city(&db).await;
    let tg = FakeTelegram::start().await;
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let run = || {
        let mut command = support::kinerja_run(&db.url, &tg);
        command
            .args(["--webhook-url", &format!("{base}/tg")])
            .args(["--listen", &format!("127.0.0.1:{port}")])
            .stderr(Stdio::inherit());
        spawn(command)
    };
    let mut bot = run();
    tg.push_text(&siti(), &TgChat::private(5005), "/start");
    tg.wait_for("the welcome", PATIENCE, |tg| {
        tg.messages_to(5005).len() == 1
    })
    .await;

    // Telegram stops answering the bot's sends: the next update is written, answered 200
    // (Telegram forgets it), taken up, and its reply hangs when the process is killed.
    tg.hold_sends_after(tg.delivered());
    tg.push_contact(&siti(), "6281333334444", Some(5005), "Siti");
    tg.wait_for("the reply hanging", PATIENCE, |tg| tg.held() == 1)
        .await;
    assert_eq!(tg.pending_update_count(), 0, "Telegram was answered 200");
    bot.kill().await.expect("SIGKILL");
    tg.release_held(false);

    // The restart registers the webhook again (a new secret) and finds the update: its
    // sender is told it was interrupted, and what follows is answered.
    let old_secret = tg.webhook().unwrap().secret_token;
    let bot = run();
    tg.wait_for("the interruption told", PATIENCE, |tg| {
        tg.messages_to(5005)
            .iter()
            .any(|m| m.text.contains(INTERRUPTED))
    })
    .await;
    tg.wait_for("the webhook registered again", PATIENCE, |tg| {
        tg.webhook().unwrap().secret_token != old_secret
    })
    .await;
    let before = tg.messages_to(5005).len();
    tg.push_text(&siti(), &TgChat::private(5005), "/start");
    tg.wait_for("the next answer", PATIENCE, |tg| {
        tg.messages_to(5005).len() > before
    })
    .await;
    assert!(stop(bot).await.success());
}
