//! HR's announcements: who they reach, and delivery through the durable outbox — a
//! thousand people exactly once with no 429, across a killed process, through server
//! errors, with blocked people counted.

mod support;

use std::collections::HashMap;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use kinerja::domain::broadcast::{Audience, Kind};
use kinerja::store::Store;
use kinerja::store::broadcast::DeliveryStatus;
use support::fake_telegram::Arrived;
use support::roster_fixture::*;
use support::{FakeTelegram, TestApp, TestDb};

/// A unit of `n` registered staff under one head, with chat ids from 100 000.
async fn city(store: &Store, tg: &FakeTelegram, n: usize) -> Vec<i64> {
    let mut csv = String::from("nip,nama,jabatan,unit_kerja,nip_atasan\n");
    csv.push_str(&format!("{KEPALA},Kepala,Kepala Dinas,Dinas Kesehatan,\n"));
    let nips: Vec<String> = (0..n)
        .map(|i| {
            format!(
                "1980{:02}{:02}2005011{:03}",
                1 + i / 28 % 12,
                1 + i % 28,
                1 + i / 336
            )
        })
        .collect();
    for (i, nip) in nips.iter().enumerate() {
        csv.push_str(&format!(
            "{nip},Pegawai {i} <{i}> & co,Staf,Puskesmas {},{KEPALA}\n",
            i % 3
        ));
    }
    support::seed::import(store, &csv).await;
    let mut chats = Vec::with_capacity(n);
    for (i, nip) in nips.iter().enumerate() {
        let chat = 100_000 + i as i64;
        sqlx::query("INSERT INTO bindings (telegram_user_id, nip, chat_id, via, bound_at) VALUES ($1, $2, $1, 'test', 0)")
            .bind(chat)
            .bind(nip)
            .execute(store.pool())
            .await
            .unwrap();
        tg.register_chat(chat);
        chats.push(chat);
    }
    chats
}

async fn wait_until_done(store: &Store, id: i64, limit: Duration) -> DeliveryStatus {
    let deadline = Instant::now() + limit;
    loop {
        let status = store.delivery_status(id).await.unwrap();
        if status.done() {
            return status;
        }
        assert!(
            Instant::now() < deadline,
            "delivery not done in {limit:?}: {status:?}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// How many announcement messages each chat got.
fn received(tg: &FakeTelegram, chats: &[i64]) -> HashMap<i64, usize> {
    chats
        .iter()
        .map(|c| {
            (
                *c,
                tg.messages_to(*c)
                    .iter()
                    .filter(|m| m.text.contains("Pengumuman BKD"))
                    .count(),
            )
        })
        .collect()
}

#[tokio::test]
async fn each_kind_of_audience_reaches_exactly_whom_the_preview_counted() {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.unwrap();
    for (id, phone) in [
        (1001, "6281211112222"),
        (5005, "6281333334444"),
        (7007, "6281155556666"),
    ] {
        app.user(id, "X").registers(phone).await;
    }
    // Siti has submitted a plan; the head and Rina have none.
    let plan = app.store.plan_or_create(STAF_SITI, 2027).await.unwrap();
    let rhk = app.store.add_rhk(plan.id, "Imunisasi").await.unwrap();
    app.store
        .save_indicator(
            rhk,
            None,
            "Bayi",
            &kinerja::domain::quantity::Quantity::parse("5 orang").unwrap(),
            kinerja::domain::plan::Aspek::Kuantitas,
            kinerja::domain::plan::Arah::LebihTinggiLebihBaik,
        )
        .await
        .unwrap();
    app.store.submit_plan(plan.id, "test").await.unwrap();

    let cases = [
        (Audience::Everyone, vec![1001, 5005, 7007]),
        (
            Audience::Units(vec!["Dinas Kesehatan".into()]),
            vec![1001, 5005],
        ),
        (
            Audience::Units(vec![
                "Badan Kepegawaian Daerah".into(),
                "Dinas Kesehatan".into(),
            ]),
            vec![1001, 5005, 7007],
        ),
        (Audience::Supervisors, vec![1001]),
        (Audience::NoSubmittedPlan(2027), vec![1001, 7007]),
    ];
    for (audience, expected) in cases {
        let preview = app.store.audience_size(&audience, None).await.unwrap();
        let text = format!("Uji sasaran {}", audience.encode());
        let (id, recipients) = app
            .store
            .create_announcement(Kind::Info, &audience, &text, "test")
            .await
            .unwrap();
        assert_eq!(
            (preview, recipients),
            (expected.len() as i64, expected.len() as i64),
            "{audience:?}"
        );
        let status = wait_until_done(&app.store, id, Duration::from_secs(30)).await;
        assert_eq!(status.sent, expected.len() as i64);
        for chat in [1001, 5005, 7007] {
            let got = app
                .tg
                .messages_to(chat)
                .iter()
                .filter(|m| m.text.contains(&text))
                .count();
            assert_eq!(
                got,
                usize::from(expected.contains(&chat)),
                "{audience:?} chat {chat}"
            );
        }
    }
    // Budi never registered: not counted, not queued.
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_thousand_people_get_the_announcement_exactly_once_without_a_single_429() {
    let app = TestApp::spawn().await;
    let chats = city(&app.store, &app.tg, 1000).await;
    let text = "Pelatihan <SKP> & BerAKHLAK_2027 dibuka.";

    let (id, recipients) = app
        .store
        .create_announcement(Kind::Info, &Audience::Everyone, text, "test")
        .await
        .unwrap();

    assert_eq!(recipients, 1000);
    let status = wait_until_done(&app.store, id, Duration::from_secs(240)).await;
    assert_eq!(
        (status.sent, status.failed, status.unreachable),
        (1000, 0, 0)
    );
    let counts = received(&app.tg, &chats);
    assert!(counts.values().all(|n| *n == 1), "every chat exactly once");
    assert_eq!(app.tg.too_many_requests(), 0, "no 429 answers");
    assert!(app.tg.messages_to(chats[7])[0].text.contains(text));
    app.tg.assert_no_errors();
}

#[tokio::test]
async fn server_errors_are_retried_and_blocked_people_are_counted_as_unreachable() {
    let app = TestApp::spawn().await;
    let chats = city(&app.store, &app.tg, 60).await;
    for chat in &chats[..7] {
        app.tg.block_chat(*chat);
    }
    for _ in 0..5 {
        app.tg.fail_next("sendmessage", 502, "Bad Gateway", None);
    }

    let (id, _) = app
        .store
        .create_announcement(Kind::Info, &Audience::Everyone, "Rapat koordinasi", "test")
        .await
        .unwrap();
    let status = wait_until_done(&app.store, id, Duration::from_secs(60)).await;

    assert_eq!((status.sent, status.unreachable, status.failed), (53, 7, 0));
    let counts = received(&app.tg, &chats);
    assert!(chats[..7].iter().all(|c| counts[c] == 0));
    assert!(chats[7..].iter().all(|c| counts[c] == 1), "{counts:?}");
}

fn start_bot(db: &TestDb, tg: &FakeTelegram) -> Child {
    support::kinerja_run(&db.url, tg)
        .stderr(Stdio::null())
        .spawn()
        .expect("start kinerja run")
}

#[tokio::test]
async fn a_delivery_killed_midway_resumes_with_nothing_missing_and_nothing_twice() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    let tg = FakeTelegram::start().await;
    let chats = city(&store, &tg, 1000).await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pengumuman.txt");
    std::fs::write(
        &file,
        "Mulai 2 Januari 2027, penilaian kinerja memakai aplikasi baru.",
    )
    .unwrap();

    // Written from the command line, as HR's scripts do.
    support::cli(
        &db.url,
        &[
            "announce",
            "--kind",
            "info",
            "--audience",
            "semua",
            "--text-file",
            file.to_str().unwrap(),
        ],
    )
    .await
    .expect_ok();
    let id: i64 = sqlx::query_scalar("SELECT MAX(id) FROM announcements")
        .fetch_one(store.pool())
        .await
        .unwrap();

    tg.hold_sends_after(300);
    let mut first = start_bot(&db, &tg);
    let deadline = Instant::now() + Duration::from_secs(120);
    while tg.held() == 0 {
        assert!(Instant::now() < deadline, "the first 300 were not sent");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    first.kill().unwrap(); // SIGKILL: no goodbye, sends in flight
    first.wait().unwrap();
    tg.release_held(false);
    assert_eq!(tg.delivered(), 300);

    let mut second = start_bot(&db, &tg);
    let status = wait_until_done(&store, id, Duration::from_secs(240)).await;
    second.kill().unwrap();
    second.wait().unwrap();

    assert_eq!(status.sent, 1000);
    let counts = received(&tg, &chats);
    let twice: Vec<_> = counts.iter().filter(|(_, n)| **n > 1).collect();
    let missing: Vec<_> = counts.iter().filter(|(_, n)| **n == 0).collect();
    assert!(
        twice.is_empty() && missing.is_empty(),
        "twice: {twice:?}; missing: {missing:?}"
    );
    assert_eq!(tg.too_many_requests(), 0);

    let printed = support::cli(&db.url, &["announce", "status", &id.to_string()])
        .await
        .stdout;
    assert!(
        printed.contains("1000 penerima — terkirim 1000"),
        "{printed}"
    );
}

#[tokio::test]
async fn hr_composes_in_the_chat_previews_the_count_sends_and_watches_progress() {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.unwrap();
    let kepala = app.user(1001, "Ahmad");
    let siti = app.user(5005, "Siti");
    let rina = app.user(7007, "Rina");
    kepala.registers("6281211112222").await;
    siti.registers("6281333334444").await;
    rina.registers("6281155556666").await;

    // Staff cannot compose, not even with a forged button.
    let staff_view = siti.says("/pengumuman").await;
    assert!(support::Person::buttons_of(&staff_view).is_empty());
    let forged = siti.taps_data(staff_view.message_id, "pg:new").await;
    assert!(forged.unwrap_or_default().contains("admin BKD"));

    rina.says("/pengumuman").await;
    rina.taps("Buat pengumuman").await;
    rina.taps("📢 Info").await;
    rina.taps("Pilih unit kerja").await;
    rina.taps("Dinas Kesehatan").await;
    rina.taps("Lanjut").await;
    let too_long = rina.says(&"x".repeat(4090)).await;
    assert!(too_long.text.contains("paling banyak"), "{}", too_long.text);
    assert!(
        too_long.text.contains("kurangi 13 huruf"),
        "{}",
        too_long.text
    );
    rina.says("Rapat <evaluasi> SKP & BerAKHLAK_2027 besok pukul 09.00 WIB.")
        .await;
    let note = rina.sees("Akan dikirim ke").await;
    assert!(
        note.text.contains("Akan dikirim ke 2 orang"),
        "{}",
        note.text
    );
    let preview = &rina.messages()[rina.messages().len() - 2];
    assert!(
        preview
            .text
            .contains("Rapat <evaluasi> SKP & BerAKHLAK_2027"),
        "{}",
        preview.text
    );

    rina.taps("Kirim").await;
    let done = rina.sees("selesai dikirim").await;
    assert!(done.text.contains("Terkirim: 2"), "{}", done.text);
    let got = kepala.sees("Pengumuman BKD").await;
    assert!(got.text.contains("Rapat <evaluasi> SKP & BerAKHLAK_2027"));
    siti.sees("Rapat <evaluasi>").await;
    let in_rinas_chat = rina
        .messages()
        .iter()
        .filter(|m| m.text.starts_with("📢"))
        .count();
    assert_eq!(
        in_rinas_chat, 1,
        "only the preview: HR's own unit is not in the audience"
    );

    // A second tap on Kirim sends nothing more.
    let again = rina.taps("Kirim").await;
    assert!(again.unwrap_or_default().contains("tidak berlaku"));
    let list = siti.says("/pengumuman").await;
    assert!(list.text.contains("Rapat <evaluasi>"), "{}", list.text);
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox")
        .fetch_one(app.store.pool())
        .await
        .unwrap();
    assert_eq!(count, 2);
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn under_latency_replies_and_a_button_go_ahead_of_the_broadcast_without_a_429() {
    // Telegram's own limits, and a Bot API that answers 150 ± 50 ms after each call
    // arrives, counting arrivals strictly (per second, per five seconds, per chat).
    let app = TestApp::spawn_with_limits(kinerja::config::Limits::default()).await;
    let chats = city(&app.store, &app.tg, 300).await;
    let person = app.user(chats[0], "Pegawai 0");
    let menu = person.says("/menu").await;
    app.tg.pace_chats();
    app.tg
        .set_latency(Duration::from_millis(150), Duration::from_millis(50));
    let (id, recipients) = app
        .store
        .create_announcement(
            Kind::Info,
            &Audience::Everyone,
            "Pengumuman BKD: apel pagi",
            "test",
        )
        .await
        .unwrap();
    assert_eq!(recipients, 300);
    tokio::time::sleep(Duration::from_secs(1)).await;

    // A person chatting and tapping while the broadcast runs is answered before it ends.
    person.says("/bantuan").await;
    let press = person.presses(menu.message_id, "m:help");
    person.answered(&press).await;
    person
        .waits_until_handled(app.tg.update_of_callback(&press), "Bantuan")
        .await;
    let meanwhile = app.store.delivery_status(id).await.unwrap();
    assert!(
        !meanwhile.done(),
        "the answers waited for the broadcast: {meanwhile:?}"
    );

    let status = wait_until_done(&app.store, id, Duration::from_secs(120)).await;
    assert_eq!(
        (status.sent, status.failed, status.unreachable),
        (300, 0, 0)
    );
    // Each chat has the announcement once (the person's own chat also holds the menu and
    // the help, so only the announcement's text is counted there).
    let counts = received(&app.tg, &chats[1..]);
    let odd: Vec<_> = counts.iter().filter(|(_, n)| **n != 1).collect();
    assert!(odd.is_empty(), "chats not reached exactly once: {odd:?}");
    let own = app.tg.messages_to(chats[0]);
    assert_eq!(
        own.iter().filter(|m| m.text.contains("apel pagi")).count(),
        1
    );
    assert_eq!(app.tg.too_many_requests(), 0, "no 429 answers");
    app.tg.assert_no_errors();
}

#[tokio::test]
async fn presses_in_a_paced_chat_are_answered_before_the_messages_queued_earlier() {
    // Telegram's own limits, a Bot API answering 300 ± 50 ms after each call arrives, and
    // the chat held to its pace (three at once, then one a second). The person taps a
    // button that opens a new message eight times in a row: the views queue at the chat's
    // pace, and each press's spinner must stop at once, not one round trip per press
    // before it (the chat's presses are handled one after another).
    let app = TestApp::spawn_with_limits(kinerja::config::Limits::default()).await;
    let chats = city(&app.store, &app.tg, 1).await;
    let person = app.user(chats[0], "Pegawai 0");
    let menu = person.says("/menu").await;
    app.tg.pace_chats();
    app.tg
        .set_latency(Duration::from_millis(300), Duration::from_millis(50));
    let presses: Vec<String> = (0..8)
        .map(|_| person.presses(menu.message_id, "m:help"))
        .collect();
    for press in &presses {
        person
            .waits_until_handled(app.tg.update_of_callback(press), "Bantuan")
            .await;
    }

    let order = app.tg.arrived_in_order();
    let answered_at = |press: &String| {
        order
            .iter()
            .position(|a| *a == Arrived::Answer(press.clone()))
            .unwrap_or_else(|| panic!("the press {press} was not answered: {order:?}"))
    };
    let first_answer = answered_at(&presses[0]);
    let views: Vec<usize> = order
        .iter()
        .enumerate()
        .skip(first_answer)
        .filter(|(_, a)| matches!(a, Arrived::Message { chat, .. } if *chat == chats[0]))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(views.len(), 8, "one view a press: {order:?}");
    // The fourth view is the first held to a second after the others: every press,
    // including the four after it, was answered before it arrived.
    for (n, press) in presses.iter().enumerate() {
        let answered = answered_at(press);
        assert!(
            answered < views[3],
            "press {n} was answered after the fourth view arrived: {order:?}"
        );
        assert!(
            answered < views[n],
            "press {n} was answered after its own view arrived: {order:?}"
        );
    }
    assert_eq!(app.tg.too_many_requests(), 0, "no 429 answers");
    app.tg.assert_no_errors();
}
