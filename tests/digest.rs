//! The weekly digest and the end-of-day daily-log reminder, with a controllable clock:
//! on Monday 5 April 2027 each supervisor gets one message naming exactly who of their
//! team is behind on what, each list behind a button; a unit head gets their unit and HR
//! the city per unit; a team of 40 is paged within Telegram's limits; nothing to report
//! sends nothing; a week is sent once, across a restart; another's or a forged button
//! changes nothing. Then the daily-log reminder: only to those who switched it on in
//! `/menu` and logged nothing that day, only on their working days (not a weekend, a holiday
//! or their leave), once.

mod support;

use chrono::NaiveDate;
use chrono::TimeZone;
use chrono_tz::Asia::Jakarta;
use kinerja::domain::calendar::{Leave, LeaveKind};
use kinerja::domain::calendar_file::HolidayRow;
use kinerja::domain::digest::unit_tag;
use kinerja::domain::reminder::{ReminderConfig, ReminderKind};
use kinerja::runtime::digest::tick;
use kinerja::store::Store;
use kinerja::store::calendar::LeaveSource;
use support::seed::{bind, content, evaluated, plan, realised};
use support::{Person, TestApp, TestDb};

const RINA: &str = "197703032005011003"; // HR admin, BKD
const KEPALA: &str = "196608011988031001"; // heads Dinas Kesehatan
const SITI: &str = "198505152010012002"; // no plan, no daily log
const TONO: &str = "199101012015031004"; // plan waiting since 30/03, logged 31/03
const ULI: &str = "199202022016032005"; // approved, no realisation, not rated, logged 28/03 only
const WATI: &str = "199303032017032006"; // approved, realised, rated, logged Sunday 04/04
const PAK: &str = "197001011995031001"; // heads Dinas Pendidikan
const YUDI: &str = "198806062012011007"; // under PAK, no plan

fn wib(y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
    Jakarta
        .with_ymd_and_hms(y, m, d, h, min, 0)
        .single()
        .unwrap()
        .timestamp()
}

fn config() -> ReminderConfig {
    ReminderConfig {
        quiet_from: 0,
        quiet_until: 0,
        ..ReminderConfig::default()
    }
}

/// Monday 5 April 2027, 08.00 WIB: the digest's hour.
fn monday() -> i64 {
    wib(2027, 4, 5, 8, 0)
}

async fn logged(store: &Store, nip: &str, day: &str) {
    sqlx::query("INSERT INTO daily_logs (nip, day, text, created_at) VALUES ($1, $2, 'Rapat', 0)")
        .bind(nip)
        .bind(day)
        .execute(store.pool())
        .await
        .unwrap();
}

/// The city; chats: RINA 1, KEPALA 2, SITI 3, TONO 4, ULI 5, WATI 6, PAK 7, YUDI 8.
async fn city(store: &Store) {
    support::seed::import(
        store,
        &format!(
            "nip,nama,jabatan,unit_kerja,nip_atasan,peran,kepala_unit\n\
             {RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,admin,\n\
             {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,,ya\n\
             {SITI},Siti Nur,Perawat,Dinas Kesehatan,{KEPALA},,\n\
             {TONO},Tono <Sitompul>,Sanitarian,Dinas Kesehatan,{KEPALA},,\n\
             {ULI},Uli Panggabean,Bidan,Dinas Kesehatan,{KEPALA},,\n\
             {WATI},Wati Lubis,Bidan,Dinas Kesehatan,{KEPALA},,\n\
             {PAK},Drs. Paian Sihombing,Kepala Dinas,Dinas Pendidikan,,,ya\n\
             {YUDI},Yudi Sinaga,Guru,Dinas Pendidikan,{PAK},,\n"
        ),
    )
    .await;
    for (nip, chat) in [
        (RINA, 1),
        (KEPALA, 2),
        (SITI, 3),
        (TONO, 4),
        (ULI, 5),
        (WATI, 6),
        (PAK, 7),
        (YUDI, 8),
    ] {
        bind(store, nip, chat).await;
    }
    plan(
        store,
        TONO,
        2027,
        "submitted",
        None,
        wib(2027, 3, 30, 10, 0),
    )
    .await;
    let uli = content(&[(501, "Persalinan ditolong", 30.0)]);
    plan(store, ULI, 2027, "approved", Some(&uli), 0).await;
    let wati = content(&[(601, "Kunjungan nifas", 40.0)]);
    plan(store, WATI, 2027, "approved", Some(&wati), 0).await;
    realised(store, WATI, "2027-I", 601, Some(12.0)).await;
    evaluated(store, WATI, "2027-I", ("s", "s", "baik"), KEPALA).await;
    logged(store, TONO, "2027-03-31").await;
    logged(store, ULI, "2027-03-28").await;
    logged(store, WATI, "2027-04-04").await;
}

/// The fake Telegram knows the chats of the city (they have talked to the bot before).
fn chats_known(app: &TestApp, chats: &[i64]) {
    for chat in chats {
        app.tg.register_chat(*chat);
    }
}

/// The notices queued so far as an Indonesian reader gets them: (chat, text).
async fn notices(store: &Store) -> Vec<(i64, String)> {
    let rows: Vec<(i64, String)> =
        sqlx::query_as("SELECT chat_id, message FROM notices ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap();
    rows.into_iter()
        .map(|(chat, message)| {
            let notice: kinerja::i18n::Notice = serde_json::from_str(&message).unwrap();
            (
                chat,
                kinerja::bot::render_notice(&notice, kinerja::i18n::Lang::Id).0,
            )
        })
        .collect()
}

/// The test's clock is in 2027: what it queued is due now for the running sender.
async fn due_now(store: &Store) {
    sqlx::query("UPDATE notices SET next_attempt_at = 0 WHERE status = 'pending'")
        .execute(store.pool())
        .await
        .unwrap();
}

/// The `callback_data` of the button labelled `label` on `message`.
fn button_on(message: &support::SentMessage, label: &str) -> String {
    message
        .reply_markup
        .as_ref()
        .and_then(|m| m.get("inline_keyboard"))
        .and_then(|k| k.as_array())
        .into_iter()
        .flatten()
        .filter_map(|row| row.as_array())
        .flatten()
        .find(|b| b.get("text").and_then(|t| t.as_str()) == Some(label))
        .and_then(|b| b.get("callback_data")?.as_str().map(String::from))
        .unwrap_or_else(|| panic!("no button {label:?} on {}", message.text))
}

/// The lines of a list as a person reads them, after its heading.
fn names(message: &support::SentMessage) -> Vec<String> {
    message.text.lines().skip(1).map(String::from).collect()
}

#[tokio::test]
async fn the_digest_names_exactly_the_people_behind_and_each_list_opens_from_its_button() {
    let app = TestApp::spawn().await;
    city(&app.store).await;
    chats_known(&app, &[1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(
        tick(&app.store, &config(), wib(2027, 4, 5, 7, 59))
            .await
            .unwrap(),
        0,
        "not before the reminder hour"
    );
    // Kepala: his team and his unit; Paian the same; Rina the city. Nobody else.
    assert_eq!(tick(&app.store, &config(), monday()).await.unwrap(), 5);
    let queued = notices(&app.store).await;
    let mut chats: Vec<i64> = queued.iter().map(|(c, _)| *c).collect();
    chats.sort();
    assert_eq!(chats, [1, 2, 2, 7, 7], "{queued:#?}");
    due_now(&app.store).await;

    let kepala = app.user(2, "Ahmad");
    let digest = kepala.received("Ringkasan mingguan tim Anda").await;
    for line in [
        "Belum mengajukan rencana 2027: 1 orang",
        "Rencana menunggu persetujuan: 1, terlama sejak 30/03/2027",
        "Tanpa catatan harian 29/03/2027–04/04/2027: 2 orang",
        "Realisasi belum lengkap, batas 10/04/2027: 1 orang",
        "Belum dinilai, batas 20/04/2027: 1 orang",
    ] {
        assert!(digest.text.contains(line), "{line}\n{}", digest.text);
    }
    assert!(digest.text.len() <= 4096);
    let lists = [
        ("Rencana (1)", vec!["1. Siti Nur (198505152010012002)"]),
        (
            "Persetujuan (1)",
            vec!["1. Tono &lt;Sitompul&gt; (199101012015031004), sejak 30/03/2027"],
        ),
        (
            "Catatan harian (2)",
            vec![
                "1. Siti Nur (198505152010012002)",
                "2. Uli Panggabean (199202022016032005)",
            ],
        ),
        (
            "Realisasi (1)",
            vec!["1. Uli Panggabean (199202022016032005), Triwulan I 2027, batas 10/04/2027"],
        ),
        (
            "Penilaian (1)",
            vec!["1. Uli Panggabean (199202022016032005), Triwulan I 2027, batas 20/04/2027"],
        ),
    ];
    for (button, want) in lists {
        let data = button_on(&digest, button);
        assert!(data.starts_with("dg:l:t:20270405:"), "{data}");
        kepala.taps_data(digest.message_id, &data).await;
        let list = kepala.sees("Tim Anda").await;
        let want: Vec<String> = want
            .iter()
            .map(|s| s.replace("&lt;", "<").replace("&gt;", ">"))
            .collect();
        assert_eq!(names(&list), want, "{button}");
    }
    // The unit head's digest counts the whole unit, himself included.
    let unit = kepala.received("Ringkasan mingguan Dinas Kesehatan").await;
    assert!(
        unit.text.contains("Belum mengajukan rencana 2027: 2 orang"),
        "{}",
        unit.text
    );
    kepala
        .taps_data(unit.message_id, &button_on(&unit, "Rencana (2)"))
        .await;
    let list = kepala
        .sees("Dinas Kesehatan: belum mengajukan rencana 2027")
        .await;
    assert_eq!(
        names(&list),
        [
            "1. dr. Ahmad Hutagalung (196608011988031001)",
            "2. Siti Nur (198505152010012002)"
        ]
    );
    // The lists are read at the press: once Siti submits, she is no longer on it.
    plan(&app.store, SITI, 2027, "submitted", None, monday()).await;
    kepala
        .taps_data(digest.message_id, &button_on(&digest, "Rencana (1)"))
        .await;
    let list = kepala.sees("Tim Anda: belum mengajukan rencana").await;
    assert!(list.text.contains("semuanya sudah beres"), "{}", list.text);

    // HR: a line per unit, a button to each unit's digest and lists.
    let rina = app.user(1, "Rina");
    let city = rina.received("Ringkasan mingguan per unit").await;
    assert!(
        city.text.contains("3 unit dengan pegawai yang tertinggal"),
        "{}",
        city.text
    );
    assert!(
        city.text.contains(
            "Dinas Pendidikan\nrencana 2 · persetujuan 0 · harian 2 · realisasi 0 · penilaian 0"
        ),
        "{}",
        city.text
    );
    assert_eq!(
        Person::buttons_of(&city),
        [
            "Badan Kepegawaian Daerah",
            "Dinas Kesehatan",
            "Dinas Pendidikan"
        ]
    );
    rina.taps("Dinas Pendidikan").await;
    rina.sees("Ringkasan mingguan Dinas Pendidikan").await;
    rina.taps("Rencana (2)").await;
    let list = rina
        .sees("Dinas Pendidikan: belum mengajukan rencana")
        .await;
    assert_eq!(
        names(&list),
        [
            "1. Drs. Paian Sihombing (197001011995031001)",
            "2. Yudi Sinaga (198806062012011007)"
        ]
    );
    // Staff without a team get no digest.
    assert!(app.tg.messages_to(3).is_empty());
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn another_persons_or_a_forged_digest_button_changes_nothing() {
    let app = TestApp::spawn().await;
    city(&app.store).await;
    chats_known(&app, &[1, 2, 3, 4, 5, 6, 7, 8]);
    tick(&app.store, &config(), monday()).await.unwrap();
    due_now(&app.store).await;
    let kepala = app.user(2, "Ahmad");
    let digest = kepala.received("Ringkasan mingguan tim Anda").await;
    let health = format!("u{:08x}", unit_tag("Dinas Kesehatan"));
    let siti = app.user(3, "Siti");
    let paian = app.user(7, "Paian");
    let before = app.tg.call_count();
    // Siti has no team; Paian heads another unit and is not HR.
    for (who, data) in [
        (&siti, "dg:l:t:20270405:p:0".to_string()),
        (&paian, format!("dg:l:{health}:20270405:p:0")),
        (&paian, format!("dg:s:{health}:20270405")),
        (&paian, "dg:k:20270405:0".to_string()),
        (&siti, "dg:k:20270405:0".to_string()),
    ] {
        let answer = who
            .taps_data(digest.message_id, &data)
            .await
            .unwrap_or_default();
        assert!(answer.contains("bukan untuk Anda"), "{data}: {answer}");
    }
    // Not even a list of Paian's own team is shown for a forged scope.
    for data in ["dg:l:t:20270231:p:0", "dg:l:u00zz0000:20270405:p:0", "dg:x"] {
        let answer = paian
            .taps_data(digest.message_id, data)
            .await
            .unwrap_or_default();
        assert!(!answer.is_empty(), "{data} refused");
    }
    let sent_since: Vec<_> = app.tg.calls()[before..]
        .iter()
        .filter(|c| c.method == "sendMessage" || c.method == "editMessageText")
        .cloned()
        .collect();
    assert!(sent_since.is_empty(), "{sent_since:?}");
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_supervisor_of_forty_reads_the_lists_in_pages_within_telegrams_limits() {
    let app = TestApp::spawn().await;
    let mut csv = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan\n{KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,\n"
    );
    let staff: Vec<String> = (0..40).map(support::seed::numbered_nip).collect();
    for (i, nip) in staff.iter().enumerate() {
        csv.push_str(&format!(
            "{nip},Pegawai {i:02} dengan Nama Lengkap yang Panjang Sebagaimana Tertulis di SK Pengangkatan,Staf,Dinas Kesehatan,{KEPALA}\n"
        ));
    }
    support::seed::import(&app.store, &csv).await;
    bind(&app.store, KEPALA, 2).await;
    chats_known(&app, &[2]);
    assert_eq!(tick(&app.store, &config(), monday()).await.unwrap(), 1);
    due_now(&app.store).await;
    let kepala = app.user(2, "Ahmad");
    let digest = kepala.received("Ringkasan mingguan tim Anda").await;
    assert!(
        digest
            .text
            .contains("Belum mengajukan rencana 2027: 40 orang")
    );
    kepala.taps("Rencana (40)").await;
    let mut seen = Vec::new();
    let mut page = kepala.sees("Tim Anda: belum mengajukan rencana 2027").await;
    let mut pages = 1;
    loop {
        assert!(page.text.chars().count() <= 4096, "{}", page.text.len());
        seen.extend(
            names(&page)
                .into_iter()
                .filter(|l| l.contains("Pegawai"))
                .map(|l| {
                    l.split('(')
                        .nth(1)
                        .unwrap()
                        .trim_end_matches(')')
                        .to_string()
                }),
        );
        let Some(next) = Person::buttons_of(&page)
            .into_iter()
            .find(|b| b.starts_with("Lanjut"))
        else {
            break;
        };
        kepala.taps(&next).await;
        let edited = app.tg.last_changed_in(2).unwrap();
        assert_eq!(
            edited.message_id, page.message_id,
            "the list turns its page in place"
        );
        page = edited;
        pages += 1;
    }
    assert!(pages >= 2, "forty long names do not fit one message");
    assert!(seen.len() == 40, "{} of 40: {seen:?}", seen.len());
    let mut want = staff.clone();
    want.sort();
    seen.sort();
    assert_eq!(seen, want);
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn nothing_to_report_sends_nothing_and_a_week_is_sent_once_across_a_restart() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    support::seed::import(
        &store,
        &format!(
            "nip,nama,jabatan,unit_kerja,nip_atasan\n\
             {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,\n\
             {WATI},Wati Lubis,Bidan,Dinas Kesehatan,{KEPALA}\n"
        ),
    )
    .await;
    bind(&store, KEPALA, 2).await;
    let wati = content(&[(601, "Kunjungan nifas", 40.0)]);
    plan(&store, WATI, 2027, "approved", Some(&wati), 0).await;
    realised(&store, WATI, "2027-I", 601, Some(12.0)).await;
    evaluated(&store, WATI, "2027-I", ("s", "s", "baik"), KEPALA).await;
    logged(&store, WATI, "2027-04-01").await;
    // Wati is up to date: Kepala gets nothing (Kepala's own plan is HR's to chase).
    assert_eq!(tick(&store, &config(), monday()).await.unwrap(), 0);
    assert!(notices(&store).await.is_empty());
    let weekly: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM reminder_occasions WHERE kind = 'ringkasan'")
            .fetch_one(store.pool())
            .await
            .unwrap();
    assert_eq!(weekly, 1, "the week is done for him all the same");

    // The next week she wrote nothing: one digest on Monday, not again on Tuesday, nor after
    // a restart.
    let next = wib(2027, 4, 12, 9, 0);
    assert_eq!(tick(&store, &config(), next).await.unwrap(), 1);
    let list = notices(&store).await;
    assert!(
        list[0]
            .1
            .contains("Tanpa catatan harian 05/04/2027–11/04/2027: 1 orang"),
        "{list:?}"
    );
    assert_eq!(tick(&store, &config(), next + 60).await.unwrap(), 0);
    let restarted = Store::connect(&db.url).await.unwrap();
    assert_eq!(
        tick(&restarted, &config(), wib(2027, 4, 13, 9, 0))
            .await
            .unwrap(),
        0
    );
    // Not on a weekend, and not when the digest is switched off.
    assert_eq!(
        tick(&store, &config(), wib(2027, 4, 17, 9, 0))
            .await
            .unwrap(),
        0
    );
    let off = ReminderConfig {
        weekly_digest: false,
        ..config()
    };
    assert_eq!(tick(&store, &off, wib(2027, 4, 19, 9, 0)).await.unwrap(), 0);
    // Silenced in the menu: the week passes without one.
    store
        .set_reminder_silenced(KEPALA, ReminderKind::Digest, true)
        .await
        .unwrap();
    assert_eq!(
        tick(&store, &config(), wib(2027, 4, 26, 9, 0))
            .await
            .unwrap(),
        0
    );
    assert_eq!(notices(&store).await.len(), 1);
}

#[tokio::test]
async fn hr_reads_the_city_per_unit_in_pages() {
    let app = TestApp::spawn().await;
    let mut csv = support::seed::roster_csv(30, 10);
    csv.push_str(&format!(
        "{RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,\n"
    ));
    support::seed::import(&app.store, &csv).await;
    sqlx::query("UPDATE employees SET is_admin = 1 WHERE nip = $1")
        .bind(RINA)
        .execute(app.store.pool())
        .await
        .unwrap();
    bind(&app.store, RINA, 1).await;
    chats_known(&app, &[1]);
    assert_eq!(tick(&app.store, &config(), monday()).await.unwrap(), 1);
    due_now(&app.store).await;
    let rina = app.user(1, "Rina");
    let first = rina.received("Ringkasan mingguan per unit").await;
    assert!(
        first
            .text
            .contains("11 unit dengan pegawai yang tertinggal"),
        "{}",
        first.text
    );
    assert!(first.text.contains("Halaman 1 dari 2"), "{}", first.text);
    let units = Person::buttons_of(&first);
    assert_eq!(units[0], "Badan Kepegawaian Daerah");
    assert_eq!(units.len(), 9, "8 units and Lanjut: {units:?}");
    let next = units.last().unwrap().clone();
    rina.taps(&next).await;
    let second = app.tg.last_changed_in(1).unwrap();
    assert_eq!(second.message_id, first.message_id);
    assert!(second.text.contains("Halaman 2 dari 2"), "{}", second.text);
    assert!(second.text.contains("Unit 09"), "{}", second.text);
    rina.taps("Unit 09").await;
    let unit = rina.sees("Ringkasan mingguan Unit 09").await;
    assert!(
        unit.text.contains("Belum mengajukan rencana 2027: 3 orang"),
        "{}",
        unit.text
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn the_daily_log_reminder_goes_only_to_who_switched_it_on_and_wrote_nothing() {
    let app = TestApp::spawn().await;
    city(&app.store).await;
    chats_known(&app, &[1, 2, 3, 4, 5, 6, 7, 8]);
    // Siti and Tono switch it on in the menu; Uli does not.
    for (id, name) in [(3, "Siti"), (4, "Tono")] {
        let person = app.user(id, name);
        person.says("/menu").await;
        person.taps("Pengingat").await;
        let settings = person
            .sees("Catatan harian sore (jika belum diisi): mati")
            .await;
        assert!(
            Person::buttons_of(&settings)
                .contains(&"🔕 Catatan harian sore (jika belum diisi) (nyalakan)".to_string())
        );
        let toggled = person
            .taps("🔕 Catatan harian sore (jika belum diisi) (nyalakan)")
            .await
            .unwrap_or_default();
        assert!(toggled.contains("dinyalakan"), "{toggled}");
        person
            .sees("Catatan harian sore (jika belum diisi): aktif")
            .await;
    }
    // Tono logs on Tuesday. (The digest, due too on Tuesday, is not what this is about.)
    logged(&app.store, TONO, "2027-04-06").await;
    let config = || ReminderConfig {
        weekly_digest: false,
        ..config()
    };
    let tuesday = |h, m| wib(2027, 4, 6, h, m);
    assert_eq!(
        tick(&app.store, &config(), tuesday(14, 59)).await.unwrap(),
        0
    );
    let before = notices(&app.store).await.len();
    tick(&app.store, &config(), tuesday(15, 0)).await.unwrap();
    let queued: Vec<_> = notices(&app.store).await[before..]
        .iter()
        .filter(|(_, t)| t.contains("Catatan harian Anda hari ini"))
        .cloned()
        .collect();
    assert_eq!(queued.len(), 1, "{queued:?}");
    assert_eq!(queued[0].0, 3);
    assert!(queued[0].1.contains("06/04/2027"));
    // Once a day: a later tick and a restart add nothing.
    let count = notices(&app.store).await.len();
    tick(&app.store, &config(), tuesday(16, 0)).await.unwrap();
    let restarted = Store::connect(&app.db.url).await.unwrap();
    tick(&restarted, &config(), tuesday(17, 0)).await.unwrap();
    assert_eq!(notices(&app.store).await.len(), count);
    // Not on Saturday.
    tick(&app.store, &config(), wib(2027, 4, 10, 15, 0))
        .await
        .unwrap();
    assert_eq!(notices(&app.store).await.len(), count);
    // Not on one's leave (Siti, Wednesday), not on a holiday (Thursday); Friday again.
    let leave = Leave::new(
        NaiveDate::from_ymd_opt(2027, 4, 7).unwrap(),
        NaiveDate::from_ymd_opt(2027, 4, 7).unwrap(),
        LeaveKind::Tahunan,
    )
    .unwrap();
    app.store
        .record_leave(SITI, leave, None, LeaveSource::Hr)
        .await
        .unwrap();
    app.store
        .import_holidays(
            &[HolidayRow {
                line: 2,
                day: NaiveDate::from_ymd_opt(2027, 4, 8).unwrap(),
                name: "Libur".into(),
            }],
            "test",
        )
        .await
        .unwrap();
    let daily_to = |all: Vec<(i64, String)>| -> Vec<i64> {
        all[count..]
            .iter()
            .filter(|(_, t)| t.contains("Catatan harian Anda hari ini"))
            .map(|(chat, _)| *chat)
            .collect()
    };
    let mut expected = Vec::new();
    for (day, to) in [(7, vec![4]), (8, vec![]), (9, vec![3, 4])] {
        tick(&app.store, &config(), wib(2027, 4, day, 15, 0))
            .await
            .unwrap();
        expected.extend(to);
        let mut got = daily_to(notices(&app.store).await);
        got.sort();
        let mut want = expected.clone();
        want.sort();
        assert_eq!(got, want, "up to April {day}");
    }
    // It arrives with a button to the daily log.
    due_now(&app.store).await;
    let siti = app.user(3, "Siti");
    let reminder = siti
        .received("Catatan harian Anda hari ini (06/04/2027)")
        .await;
    assert_eq!(Person::buttons_of(&reminder), ["Isi catatan harian"]);
    app.assert_telegram_accepted_everything();
}
