//! Faults: many writers at once on one database. A broadcast to 200 people runs while the
//! same 200 people each write their daily log (two dialogue steps, each a database write):
//! every one of them gets their answer, nobody gets an apology (a "database is locked"
//! reaching a user would show as one), nothing is lost and the broadcast completes.

mod support;

use std::time::{Duration, Instant};

use kinerja::domain::broadcast::{Audience, Kind};
use support::TestApp;
use support::seed::{bind, numbered_nip as nip};

const PEOPLE: usize = 200;

#[tokio::test]
async fn two_hundred_people_typing_during_a_broadcast_all_get_their_answers() {
    // Telegram's own limits: 30 messages a second overall, shared by replies and sender.
    let app = TestApp::spawn_with_limits(kinerja::config::Limits::default()).await;
    let mut csv = String::from("nip,nama,jabatan,unit_kerja,nip_atasan\n");
    for i in 0..PEOPLE {
        csv.push_str(&format!("{},Pegawai {i},Staf,Unit {},\n", nip(i), i % 4));
    }
    app.import_csv(&csv).await.unwrap();
    let people: Vec<_> = (0..PEOPLE)
        .map(|i| app.user(500_000 + i as i64, &format!("P{i}")))
        .collect();
    for (i, p) in people.iter().enumerate() {
        bind(&app.store, &nip(i), p.chat_id()).await;
        app.tg.register_chat(p.chat_id());
    }
    let (id, recipients) = app
        .store
        .create_announcement(
            Kind::Info,
            &Audience::Everyone,
            "Apel pagi dipindah ke halaman kantor wali kota",
            "test",
        )
        .await
        .unwrap();
    assert_eq!(recipients, PEOPLE as i64);

    // Everyone starts the daily log at once, then writes it at once.
    for p in &people {
        p.tg.push_text(&p.user, &kinerja_chat(p), "/harian");
    }
    wait_all(&people, "Tulis catatan baru", 1).await;
    for (i, p) in people.iter().enumerate() {
        p.tg.push_text(
            &p.user,
            &kinerja_chat(p),
            &format!("08.00-09.00 Rapat koordinasi ke-{i}, 1 kegiatan"),
        );
    }
    wait_all(&people, "Catatan tersimpan", 1).await;

    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let status = app.store.delivery_status(id).await.unwrap();
        if status.sent == PEOPLE as i64 {
            break;
        }
        assert!(Instant::now() < deadline, "broadcast stuck: {status:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for p in &people {
        let messages = p.messages();
        assert!(
            !messages
                .iter()
                .any(|m| m.text.contains("Maaf, terjadi gangguan")),
            "an error reached chat {}",
            p.chat_id()
        );
        assert_eq!(
            messages
                .iter()
                .filter(|m| m.text.contains("Apel pagi"))
                .count(),
            1
        );
    }
    let saved: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM daily_logs")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(saved, PEOPLE as i64, "every entry stored once");
    app.assert_telegram_accepted_everything();
}

fn kinerja_chat(p: &support::Person) -> support::fake_telegram::TgChat {
    support::fake_telegram::TgChat::private(p.chat_id())
}

/// Waits until every person has at least `n` messages containing `text`.
async fn wait_all(people: &[support::Person], text: &str, n: usize) {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let missing = people
            .iter()
            .filter(|p| {
                p.messages()
                    .iter()
                    .filter(|m| m.text.contains(text))
                    .count()
                    < n
            })
            .count();
        if missing == 0 {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{missing} people still wait for {text:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn telegram_down_for_ten_seconds_then_slow_loses_nothing_and_work_resumes_by_itself() {
    let app = TestApp::spawn().await;
    let mut csv = String::from("nip,nama,jabatan,unit_kerja,nip_atasan\n");
    for i in 0..30 {
        csv.push_str(&format!("{},Pegawai {i},Staf,Unit,\n", nip(i)));
    }
    app.import_csv(&csv).await.unwrap();
    let people: Vec<_> = (0..30)
        .map(|i| app.user(600_000 + i as i64, &format!("P{i}")))
        .collect();
    for (i, p) in people.iter().enumerate() {
        bind(&app.store, &nip(i), p.chat_id()).await;
        app.tg.register_chat(p.chat_id());
    }
    let siti = &people[0];
    siti.says("/harian").await;

    // Telegram answers nothing but 502 for ten seconds: a broadcast is written and Siti
    // writes her daily log meanwhile.
    app.tg.go_down_for(Duration::from_secs(10));
    let (id, _) = app
        .store
        .create_announcement(Kind::Info, &Audience::Everyone, "Libur nasional", "test")
        .await
        .unwrap();
    siti.tg.push_text(
        &siti.user,
        &kinerja_chat(siti),
        "08.00-11.00 Menyusun laporan triwulan, 1 dokumen",
    );
    tokio::time::sleep(Duration::from_secs(10)).await;

    // Then slow (2 s a call) for a while: still everything arrives, once.
    app.tg
        .go_slow_for(Duration::from_secs(6), Duration::from_secs(2));
    wait_all(&people[..1], "Catatan tersimpan", 1).await;
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let status = app.store.delivery_status(id).await.unwrap();
        if status.sent == 30 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "delivery did not resume: {status:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    for p in &people {
        let got = p
            .messages()
            .iter()
            .filter(|m| m.text.contains("Libur nasional"))
            .count();
        assert_eq!(got, 1, "chat {}", p.chat_id());
    }
    assert_eq!(
        siti.messages()
            .iter()
            .filter(|m| m.text.contains("Catatan tersimpan"))
            .count(),
        1
    );
    let saved: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM daily_logs")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(saved, 1);
    // The only refusals were the injected outage's.
    app.assert_telegram_accepted_everything();
}
