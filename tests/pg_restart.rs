//! PostgreSQL stopped and started again under the running bot: what people send meanwhile
//! waits (Telegram keeps it), is handled once the database is back, and the bot goes on
//! without a restart of its own.
//!
//! Guarded: it stops the machine's PostgreSQL, so it runs only when
//! `KINERJA_TEST_DATABASE_URL` points at PostgreSQL and `KINERJA_TEST_PG_CLUSTER` names the
//! cluster it may stop (`15 main`, as `pg_lsclusters` shows it; `.ci/run` sets both). It
//! is the only test in this file, so no other test of the suite runs while the server is
//! down (cargo runs test files one after another).

mod support;

use std::time::Duration;

use support::TestApp;
use support::seed::bind;
use tokio::process::Command;

const PATIENCE: Duration = Duration::from_secs(60);

async fn pg_ctlcluster(cluster: &str, action: &str) {
    let mut args: Vec<&str> = vec!["--skip-systemctl-redirect"];
    args.extend(cluster.split_whitespace());
    args.push(action);
    let status = Command::new("pg_ctlcluster")
        .args(&args)
        .status()
        .await
        .expect("run pg_ctlcluster");
    assert!(status.success(), "pg_ctlcluster {args:?}: {status}");
}

async fn pg_ready() {
    for _ in 0..60 {
        let ok = Command::new("pg_isready")
            .args(["-h", "127.0.0.1", "-p", "5432", "-q"])
            .status()
            .await
            .is_ok_and(|s| s.success());
        if ok {
            return;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    panic!("PostgreSQL did not come back");
}

#[tokio::test]
async fn the_bot_rides_out_a_postgresql_restart() {
    let on_postgres =
        std::env::var("KINERJA_TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres"));
    let Ok(cluster) = std::env::var("KINERJA_TEST_PG_CLUSTER") else {
        eprintln!(
            "skipped: set KINERJA_TEST_PG_CLUSTER (e.g. \"15 main\") to allow stopping PostgreSQL"
        );
        return;
    };
    if !on_postgres {
        eprintln!("skipped: KINERJA_TEST_DATABASE_URL does not point at PostgreSQL");
        return;
    }
    let app = TestApp::spawn().await;
    app.import_csv(&support::roster_fixture::csv())
        .await
        .expect("roster");
    bind(&app.store, support::roster_fixture::STAF_SITI, 4242).await;
    let siti = app.user(4242, "Siti");
    let prompt = siti.says("/harian").await;

    pg_ctlcluster(&cluster, "stop").await;
    siti.tg.push_text(
        &siti.user,
        &support::fake_telegram::TgChat::private(4242),
        "08.00-09.00 Menyusun jadwal piket saat server basis data mati, 1 dokumen",
    );
    // The bot has taken the update from Telegram and cannot write it down.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(
        siti.messages().len(),
        1,
        "nothing is answered while the database is away: {:#?}",
        siti.messages()
    );
    pg_ctlcluster(&cluster, "start").await;
    pg_ready().await;

    siti.tg
        .wait_for("the log written after the restart", PATIENCE, |tg| {
            tg.messages_to(4242).len() >= 2
        })
        .await;
    let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM daily_logs WHERE text LIKE $1")
        .bind("%saat server basis data mati")
        .fetch_one(app.store.pool())
        .await
        .expect("count");
    assert_eq!(
        n, 1,
        "the text sent while the database was down, written once"
    );
    // And the bot goes on as before.
    let again = siti.says("/harian").await;
    assert!(
        prompt.text.contains("Belum ada catatan minggu ini"),
        "{}",
        prompt.text
    );
    assert!(
        again
            .text
            .contains("Menyusun jadwal piket saat server basis data mati"),
        "{}",
        again.text
    );
    let apologies = siti
        .messages()
        .iter()
        .filter(|m| m.text.contains("gangguan di server"))
        .count();
    assert_eq!(apologies, 0, "{:#?}", siti.messages());
    app.assert_telegram_accepted_everything();
}
