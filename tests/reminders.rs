//! The reminder schedule with a controllable clock: each occasion fires once at its time
//! (plans before 31 January, approvals waiting three days, realisation and evaluation before
//! their windows close, trainings the day before), to exactly the people concerned, held in
//! quiet hours, not again on a second tick nor after a restart, and not to someone who
//! silenced an optional reminder. Then the settings in `/menu` and `kinerja reminders list`.

mod support;

use chrono::TimeZone;
use chrono_tz::Asia::Jakarta;
use kinerja::domain::reminder::{ReminderConfig, ReminderKind};
use kinerja::runtime::reminders::tick;
use kinerja::store::Store;
use support::seed::{bind, content, evaluated, plan, realised};
use support::{TestApp, TestDb};

const RINA: &str = "197703032005011003"; // HR admin, no supervisor
const KEPALA: &str = "196608011988031001";
const SITI: &str = "198505152010012002"; // no plan
const TONO: &str = "199101012015031004"; // plan submitted 20/01/2027 10.00
const ULI: &str = "199202022016032005"; // plan approved
const BUDI: &str = "200012312024211001"; // not registered in Telegram, no plan
const PAK: &str = "197001011995031001"; // other unit's head, silenced approval reminders
const WATI: &str = "199303032017032006"; // plan submitted under PAK

fn roster() -> String {
    format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,peran\n\
         {RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,admin\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,\n\
         {SITI},Siti Nur,Perawat,Dinas Kesehatan,{KEPALA},\n\
         {TONO},Tono Sitompul,Sanitarian,Dinas Kesehatan,{KEPALA},\n\
         {ULI},Uli Panggabean,Bidan,Dinas Kesehatan,{KEPALA},\n\
         {BUDI},Budi Pasaribu,Analis Data,Dinas Kesehatan,{KEPALA},\n\
         {PAK},Drs. Paian Sihombing,Kepala Dinas,Dinas Pendidikan,,\n\
         {WATI},Wati Lubis,Guru,Dinas Pendidikan,{PAK},\n"
    )
}

fn wib(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
    Jakarta
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .unwrap()
        .timestamp()
}

/// Chat ids: RINA 1, KEPALA 2, SITI 3, TONO 4, ULI 5, PAK 7, WATI 8 (Budi not registered).
async fn city(store: &Store) {
    support::seed::import(store, &roster()).await;
    for (nip, chat) in [
        (RINA, 1),
        (KEPALA, 2),
        (SITI, 3),
        (TONO, 4),
        (ULI, 5),
        (PAK, 7),
        (WATI, 8),
    ] {
        bind(store, nip, chat).await;
    }
    let submitted = wib(2027, 1, 20, 10, 0);
    plan(store, TONO, 2027, "submitted", None, submitted).await;
    plan(store, WATI, 2027, "submitted", None, submitted).await;
    let approved = content(&[(501, "Persalinan ditolong", 30.0)]);
    plan(store, ULI, 2027, "approved", Some(&approved), 0).await;
    assert!(
        store
            .set_reminder_silenced(PAK, ReminderKind::Approval, true)
            .await
            .unwrap()
    );
    assert!(
        !store
            .set_reminder_silenced(SITI, ReminderKind::Plan, true)
            .await
            .unwrap(),
        "deadline reminders cannot be silenced"
    );
}

/// The notices queued so far as an Indonesian reader gets them: (chat, first words, next
/// attempt), in order.
async fn notices(store: &Store) -> Vec<(i64, String, i64)> {
    let rows: Vec<(i64, String, i64)> =
        sqlx::query_as("SELECT chat_id, message, next_attempt_at FROM notices ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap();
    rows.into_iter()
        .map(|(chat, message, at)| {
            let notice: kinerja::i18n::Notice = serde_json::from_str(&message).unwrap();
            let (text, _) = kinerja::bot::render_notice(&notice, kinerja::i18n::Lang::Id);
            (chat, text.chars().take(120).collect(), at)
        })
        .collect()
}

fn chats(list: &[(i64, String, i64)], containing: &str) -> Vec<i64> {
    let mut c: Vec<i64> = list
        .iter()
        .filter(|(_, t, _)| t.contains(containing))
        .map(|(c, _, _)| *c)
        .collect();
    c.sort();
    c
}

#[tokio::test]
async fn each_reminder_fires_once_at_its_time_to_the_people_concerned() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    city(&store).await;
    let config = ReminderConfig::default();

    // The day before the first plan reminder: nothing but the approvals not yet 3 days old.
    assert_eq!(
        tick(&store, &config, wib(2027, 1, 22, 9, 0)).await.unwrap(),
        0
    );
    assert!(notices(&store).await.is_empty());

    // 23/01 10.00: the plans waiting since 20/01 10.00 remind their approver; Paian
    // silenced approval reminders.
    let queued = tick(&store, &config, wib(2027, 1, 23, 10, 0))
        .await
        .unwrap();
    assert_eq!(queued, 1);
    let list = notices(&store).await;
    assert_eq!(chats(&list, "menunggu persetujuan"), [2]);

    // 24/01 08.00: seven days before 31 January, everyone registered without a submitted
    // plan (Budi has no Telegram account).
    let at = wib(2027, 1, 24, 8, 0);
    let queued = tick(&store, &config, at).await.unwrap();
    assert_eq!(queued, 4);
    let list = notices(&store).await;
    assert_eq!(chats(&list, "rencana SKP 2027 Anda belum"), [1, 2, 3, 7]);
    assert!(
        list.iter().all(|(_, _, next)| *next <= at),
        "not quiet: at once"
    );

    // A second tick, and a restart (a new connection): nothing again.
    assert_eq!(tick(&store, &config, at + 60).await.unwrap(), 0);
    let restarted = Store::connect(&db.url).await.unwrap();
    assert_eq!(
        tick(&restarted, &config, wib(2027, 1, 25, 9, 0))
            .await
            .unwrap(),
        0
    );

    // Siti submits; 28/01 at 22.30 the three-day reminder is due, but it is quiet: held
    // until 06.00. Siti is no longer reminded.
    plan(
        &store,
        SITI,
        2027,
        "submitted",
        None,
        wib(2027, 1, 27, 9, 0),
    )
    .await;
    let late_evening = wib(2027, 1, 28, 22, 30);
    assert_eq!(tick(&store, &config, late_evening).await.unwrap(), 3);
    let held: Vec<_> = notices(&store).await.into_iter().skip(list.len()).collect();
    assert_eq!(chats(&held, "rencana SKP 2027"), [1, 2, 7]);
    assert_eq!(
        chats(&held, "menunggu persetujuan"),
        Vec::<i64>::new(),
        "Siti's plan has waited less than three days"
    );
    assert!(
        held.iter()
            .all(|(_, _, next)| *next == wib(2027, 1, 29, 6, 0)),
        "{held:?}"
    );
    // After the deadline day no plan reminder is due any more.
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 2, 1, 9, 0)).await.unwrap();
    assert_eq!(
        chats(&notices(&store).await[before..], "rencana SKP 2027"),
        Vec::<i64>::new()
    );

    // Realisation of 2027-I closes 10/04: three days before, Uli (approved plan, nothing
    // entered) is reminded; on the last day too, but not once she has entered it all.
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 4, 7, 9, 0)).await.unwrap();
    let april = notices(&store).await[before..].to_vec();
    assert_eq!(chats(&april, "realisasi Triwulan I 2027"), [5]);
    realised(&store, ULI, "2027-I", 501, Some(12.0)).await;
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 4, 9, 9, 0)).await.unwrap();
    assert_eq!(
        chats(&notices(&store).await[before..], "realisasi Triwulan I"),
        Vec::<i64>::new()
    );

    // Evaluation of 2027-I closes 20/04: her supervisor is reminded, naming her; once
    // evaluated, the last-day reminder does not come.
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 4, 17, 9, 0)).await.unwrap();
    let evaluation: Vec<_> = notices(&store).await[before..].to_vec();
    assert_eq!(chats(&evaluation, "1 pegawai belum Anda nilai"), [2]);
    evaluated(&store, ULI, "2027-I", ("s", "s", "baik"), KEPALA).await;
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 4, 19, 9, 0)).await.unwrap();
    assert_eq!(
        chats(&notices(&store).await[before..], "belum Anda nilai"),
        Vec::<i64>::new()
    );

    // Every occasion is a row: they are listed as sent.
    let occasions: Vec<(String, i64)> =
        sqlx::query_as("SELECT key, recipients FROM reminder_occasions ORDER BY queued_at, key")
            .fetch_all(store.pool())
            .await
            .unwrap();
    let keys: Vec<&str> = occasions.iter().map(|(k, _)| k.as_str()).collect();
    assert!(keys.contains(&"rencana:2027:7"), "{keys:?}");
    assert!(keys.contains(&"rencana:2027:3"), "{keys:?}");
    assert!(keys.contains(&"realisasi:2027-I:3"), "{keys:?}");
    assert!(keys.contains(&"penilaian:2027-I:3"), "{keys:?}");
    let paian = occasions
        .iter()
        .filter(|(k, _)| k.starts_with("persetujuan:"))
        .map(|(_, n)| *n)
        .collect::<Vec<_>>();
    assert_eq!(paian, [1, 0, 1], "Wati's plan: Paian silenced it");
}

#[tokio::test]
async fn a_training_reminder_skips_who_silenced_it_and_waits_out_the_night() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    city(&store).await;
    let now = kinerja::store::now();
    let id = support::seed::training(&store, "Bimtek", (now + 3 * 86400, now + 86400), 10, 4).await;
    for nip in [SITI, TONO] {
        store.register_for_training(id, nip).await.unwrap();
    }
    store
        .set_reminder_silenced(TONO, ReminderKind::Training, true)
        .await
        .unwrap();
    // The training starts 3 days from now; 50 hours later, at night WIB or not, it is due.
    let starts: i64 = sqlx::query_scalar("SELECT starts_at FROM trainings")
        .fetch_one(store.pool())
        .await
        .unwrap();
    // 23 hours before the start, in a quiet hour that ends two hours later.
    let night = starts - 23 * 3600;
    let hour = Jakarta
        .timestamp_opt(night, 0)
        .single()
        .map(|t| chrono::Timelike::hour(&t))
        .unwrap();
    let config = ReminderConfig {
        quiet_from: hour,
        quiet_until: (hour + 2) % 24,
        ..ReminderConfig::default()
    };
    tick(&store, &config, night).await.unwrap();
    let list = notices(&store).await;
    assert_eq!(chats(&list, "Pengingat pelatihan besok"), [3]);
    let release = config.release_at(night);
    assert!(release > night, "held until the quiet hours end");
    assert!(list.iter().all(|(_, _, next)| *next == release));
    tick(&store, &config, night + 3600).await.unwrap();
    assert_eq!(notices(&store).await.len(), list.len(), "once");
}

#[tokio::test]
async fn people_silence_optional_reminders_in_the_menu_and_hr_lists_the_schedule() {
    let app = TestApp::spawn().await;
    app.import_csv(&support::roster_fixture::csv())
        .await
        .unwrap();
    let siti = app.user(5005, "Siti");
    siti.registers("6281333334444").await;
    siti.says("/menu").await;
    siti.taps("Pengingat").await;
    let settings = siti.sees("Pengingat batas waktu selalu dikirim").await;
    assert!(
        settings.text.contains("Pelatihan besok: aktif"),
        "{}",
        settings.text
    );
    let toggled = siti
        .taps("🔔 Pelatihan besok (matikan)")
        .await
        .unwrap_or_default();
    assert!(toggled.contains("dimatikan"), "{toggled}");
    let settings = siti.sees("Pelatihan besok: mati").await;
    assert!(
        support::Person::buttons_of(&settings)
            .contains(&"🔕 Pelatihan besok (nyalakan)".to_string())
    );
    let forged = siti
        .taps_data(settings.message_id, "rm:t:rencana")
        .await
        .unwrap_or_default();
    assert!(forged.contains("tidak dapat dimatikan"), "{forged}");
    let silenced = app
        .store
        .optouts_of(support::roster_fixture::STAF_SITI)
        .await
        .unwrap();
    assert_eq!(silenced, [ReminderKind::Training]);

    let printed = support::cli(
        &app.db.url,
        &[
            "reminders",
            "list",
            "--at",
            "24/01/2027 07.00",
            "--quiet-hours",
            "22-5",
        ],
    )
    .await
    .expect_ok();
    assert!(printed.contains("jam tenang 22.00–05.00 WIB"), "{printed}");
    assert!(
        printed.contains("24 Januari 2027 08.00 WIB  rencana:2027:7"),
        "{printed}"
    );
    assert!(printed.contains("akan datang"), "{printed}");
    let bad = support::cli(
        &app.db.url,
        &["reminders", "list", "--plan-reminder-days", "0"],
    )
    .await;
    assert!(!bad.ok);
    app.assert_telegram_accepted_everything();
}
