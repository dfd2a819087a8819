//! `kinerja run`, the real program: it says where it is connected (never the token),
//! answers people, and stops cleanly on SIGTERM without losing an update it took.

mod support;

use std::process::Command;
use std::time::Duration;

use support::roster_fixture::*;
use support::{FakeTelegram, PATIENCE, TestDb, TgChat, TgUser};

#[cfg(unix)]
#[tokio::test]
async fn the_program_serves_and_stops_cleanly_on_sigterm() {
    let db = TestDb::create().await;
    let store = kinerja::store::Store::connect(&db.url).await.unwrap();
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
    let tg = FakeTelegram::start().await;
    let log = tempfile::NamedTempFile::new().unwrap();

    let mut child = support::kinerja_run(&db.url, &tg)
        .env("RUST_LOG", "info")
        .stderr(log.reopen().unwrap())
        .spawn()
        .expect("start kinerja run");

    let siti = TgUser {
        id: 5005,
        first_name: "Siti".into(),
        last_name: None,
        username: None,
        language_code: None,
    };
    tg.push_text(&siti, &TgChat::private(5005), "/start");
    tg.wait_for("the welcome", PATIENCE, |tg| {
        !tg.messages_to(5005).is_empty()
    })
    .await;
    tg.wait_for("the default command list", PATIENCE, |tg| {
        tg.commands_for(&serde_json::json!({"type": "all_private_chats"}))
            .is_some()
    })
    .await;

    // An update that arrives right before the signal is still answered.
    tg.push_contact(&siti, "6281333334444", Some(5005), "Siti");
    tg.wait_for("the registration", PATIENCE, |tg| {
        tg.messages_to(5005)
            .iter()
            .any(|m| m.text.contains("Terima kasih"))
    })
    .await;
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = wait_with_timeout(&mut child, PATIENCE).await;

    assert!(exit.success(), "kinerja run exited with {exit:?}");
    assert_eq!(
        tg.pending_update_count(),
        0,
        "every taken update was confirmed"
    );
    let logs = std::fs::read_to_string(log.path()).unwrap();
    assert!(logs.contains("Kinerja starting"), "{logs}");
    assert!(logs.contains(&tg.api_url()), "the Bot API is named: {logs}");
    assert!(
        logs.contains("Sqlite") || logs.contains("Postgres"),
        "{logs}"
    );
    assert!(logs.contains("Kinerja stopped"), "{logs}");
    assert!(
        !logs.contains("TEST-TOKEN"),
        "the token leaked into the log: {logs}"
    );
    tg.assert_no_errors();
    assert_eq!(
        store.member(5005).await.unwrap().unwrap().person.nip,
        STAF_SITI
    );
}

/// Waits for the process without blocking the runtime the fake server runs on.
async fn wait_with_timeout(
    child: &mut std::process::Child,
    timeout: Duration,
) -> std::process::ExitStatus {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("kinerja run did not stop within {timeout:?}");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[test]
fn a_missing_token_is_named_and_the_program_refuses_to_start() {
    let out = Command::new(env!("CARGO_BIN_EXE_kinerja"))
        .arg("run")
        .env_remove("TELOXIDE_TOKEN")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("TELOXIDE_TOKEN") || err.contains("--token"),
        "{err}"
    );
}
