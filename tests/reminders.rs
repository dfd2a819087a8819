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
async fn each_reminder_fires_once_on_a_working_day_to_the_people_concerned_and_escalates() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    city(&store).await;
    let config = ReminderConfig::default();

    // 31 January 2027 is a Sunday. Seven working days before it is Thursday 21 January;
    // the day before, nothing is due.
    assert_eq!(
        tick(&store, &config, wib(2027, 1, 20, 9, 0)).await.unwrap(),
        0
    );
    assert!(notices(&store).await.is_empty());

    // 21/01 10.00: everyone registered without a submitted plan (Budi has no Telegram).
    let at = wib(2027, 1, 21, 10, 0);
    assert_eq!(tick(&store, &config, at).await.unwrap(), 4);
    let list = notices(&store).await;
    assert_eq!(chats(&list, "rencana SKP 2027 Anda belum"), [1, 2, 3, 7]);
    assert!(list.iter().all(|(_, _, next)| *next <= at), "not quiet");

    // A second tick, a restart, and the Saturday: nothing again.
    assert_eq!(tick(&store, &config, at + 60).await.unwrap(), 0);
    let restarted = Store::connect(&db.url).await.unwrap();
    assert_eq!(
        tick(&restarted, &config, wib(2027, 1, 22, 9, 0))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        tick(&store, &config, wib(2027, 1, 23, 9, 0)).await.unwrap(),
        0,
        "Saturday"
    );

    // Monday 25/01: two working days after the first, more directly; and the plans waiting
    // since Wednesday 20/01 reach their third working day: Kepala is reminded, Paian
    // silenced approval reminders.
    let before = notices(&store).await.len();
    assert_eq!(
        tick(&store, &config, wib(2027, 1, 25, 9, 0)).await.unwrap(),
        5
    );
    let monday = notices(&store).await[before..].to_vec();
    assert_eq!(chats(&monday, "Pengingat kedua"), [1, 2, 3, 7]);
    assert_eq!(chats(&monday, "menunggu persetujuan"), [2]);

    // Siti submits on Tuesday; on Wednesday 27/01 at 22.30 the three-day reminder and the
    // approval's escalation are due but it is quiet: held until 06.00. Siti is not
    // reminded any more.
    plan(
        &store,
        SITI,
        2027,
        "submitted",
        None,
        wib(2027, 1, 26, 9, 0),
    )
    .await;
    let before = notices(&store).await.len();
    assert_eq!(
        tick(&store, &config, wib(2027, 1, 27, 22, 30))
            .await
            .unwrap(),
        4
    );
    let held = notices(&store).await[before..].to_vec();
    assert_eq!(chats(&held, "rencana SKP 2027"), [1, 2, 7]);
    assert_eq!(chats(&held, "Mohon diselesaikan hari ini"), [1, 2, 7]);
    assert_eq!(chats(&held, "Tono Sitompul menunggu"), [2]);
    assert!(
        held.iter()
            .all(|(_, _, next)| *next == wib(2027, 1, 28, 6, 0)),
        "{held:?}"
    );

    // Kepala decides Tono's plan: its reminders stop. Friday 29/01 brings the last plan
    // reminder, and Siti's plan (waiting since Tuesday) reaches Kepala.
    sqlx::query("UPDATE plans SET status = 'approved', approved_version = 1 WHERE nip = $1")
        .bind(TONO)
        .execute(store.pool())
        .await
        .unwrap();
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 1, 29, 9, 0)).await.unwrap();
    let friday = notices(&store).await[before..].to_vec();
    assert_eq!(chats(&friday, "rencana SKP 2027"), [1, 2, 7]);
    assert_eq!(chats(&friday, "Tono Sitompul"), Vec::<i64>::new());
    assert_eq!(chats(&friday, "Siti Nur menunggu"), [2]);

    // After the deadline day no plan reminder is due any more.
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 2, 1, 9, 0)).await.unwrap();
    assert_eq!(
        chats(&notices(&store).await[before..], "rencana SKP 2027"),
        Vec::<i64>::new()
    );

    // Realisation of 2027-I closes Saturday 10/04: three working days before is Wednesday
    // 7/04, Uli and Tono (approved plans, nothing entered) are reminded; on Friday Tono
    // again, Uli not once she has entered it all.
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 4, 7, 9, 0)).await.unwrap();
    let april = notices(&store).await[before..].to_vec();
    assert_eq!(chats(&april, "realisasi Triwulan I 2027"), [4, 5]);
    realised(&store, ULI, "2027-I", 501, Some(12.0)).await;
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 4, 9, 9, 0)).await.unwrap();
    assert_eq!(
        chats(&notices(&store).await[before..], "realisasi Triwulan I"),
        [4]
    );

    // Evaluation of 2027-I closes Tuesday 20/04: Thursday 15/04 their supervisor is
    // reminded of both; once Uli is evaluated, Monday's reminder names one.
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 4, 15, 9, 0)).await.unwrap();
    let evaluation: Vec<_> = notices(&store).await[before..].to_vec();
    assert_eq!(chats(&evaluation, "2 pegawai belum Anda nilai"), [2]);
    evaluated(&store, ULI, "2027-I", ("s", "s", "baik"), KEPALA).await;
    let before = notices(&store).await.len();
    tick(&store, &config, wib(2027, 4, 19, 9, 0)).await.unwrap();
    assert_eq!(
        chats(
            &notices(&store).await[before..],
            "1 pegawai belum Anda nilai"
        ),
        [2]
    );

    // Every occasion is a row.
    let keys: Vec<String> =
        sqlx::query_scalar("SELECT key FROM reminder_occasions ORDER BY queued_at, key")
            .fetch_all(store.pool())
            .await
            .unwrap();
    for key in [
        "rencana:2027:7",
        "rencana:2027:+2",
        "rencana:2027:3",
        "rencana:2027:1",
        "realisasi:2027-I:3",
        "penilaian:2027-I:3",
    ] {
        assert!(keys.iter().any(|k| k == key), "{key} in {keys:?}");
    }
    // Tono's plan (id 1): the reminder and its escalation, then it was decided. Siti's
    // (id 4), still waiting when the schedule next ran in April: its last escalation then.
    let approvals: Vec<&String> = keys
        .iter()
        .filter(|k| k.starts_with("persetujuan:"))
        .collect();
    assert_eq!(
        approvals,
        [
            "persetujuan:1:1:0",
            "persetujuan:1:1:+2",
            "persetujuan:4:1:0",
            "persetujuan:4:1:+4"
        ]
    );
}

/// HR loads 2028's calendar: Monday 31 January 2028, the planning deadline, is cuti
/// bersama after the weekend. Dinas Pendidikan works six days.
async fn long_weekend(db: &TestDb, store: &Store) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("libur-2028.csv");
    std::fs::write(
        &file,
        "tanggal,nama\n01/01/2028,Tahun Baru Masehi\n31/01/2028,Cuti bersama\n",
    )
    .unwrap();
    let path = file.display().to_string();
    let printed = support::cli(&db.url, &["calendar", "import", &path])
        .await
        .expect_ok();
    assert!(printed.contains("2 hari libur"), "{printed}");
    support::cli(&db.url, &["calendar", "unit-week", "Dinas Pendidikan", "6"])
        .await
        .expect_ok();
    let _ = store;
}

/// A tick at `at`: the notices queued so far, and the chats of the new 2028 plan reminders.
async fn tick_2028(
    store: &Store,
    config: &ReminderConfig,
    at: i64,
    seen: usize,
) -> (usize, Vec<i64>) {
    tick(store, config, at).await.unwrap();
    let all = notices(store).await;
    let new = chats(&all[seen..], "rencana SKP 2028");
    (all.len(), new)
}

#[tokio::test]
async fn a_monday_deadline_after_a_long_weekend_is_reminded_on_the_working_days_before() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    city(&store).await;
    long_weekend(&db, &store).await;
    // Tono is on leave Wednesday to Friday: back after the deadline, he gets none. Uli is
    // away on Thursday only: she gets one, on Friday.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cuti.csv");
    std::fs::write(
        &file,
        format!(
            "nip,mulai,sampai,jenis\n{TONO},26/01/2028,28/01/2028,tahunan\n{ULI},27/01/2028,27/01/2028,Dinas Luar\n"
        ),
    )
    .unwrap();
    let printed = support::cli(&db.url, &["leave", "import", &file.display().to_string()])
        .await
        .expect_ok();
    assert!(printed.contains("2 cuti disimpan"), "{printed}");
    let config = ReminderConfig {
        plan_days: vec![2, 1],
        ..ReminderConfig::default()
    };
    let mut seen = 0;
    let mut got = Vec::new();
    for d in [26, 27, 28, 29, 31] {
        let (n, to) = tick_2028(&store, &config, wib(2028, 1, d, 9, 0), seen).await;
        seen = n;
        got.push(to);
    }
    let (_, tue) = tick_2028(&store, &config, wib(2028, 2, 1, 9, 0), seen).await;
    assert_eq!(got[0], Vec::<i64>::new(), "Wednesday");
    assert_eq!(got[1], [1, 2, 3], "Thursday: five-day staff not on leave");
    assert_eq!(
        got[2],
        [1, 2, 3, 5, 7, 8],
        "Friday: Uli back, the six-day unit's first"
    );
    assert_eq!(got[3], [7, 8], "Saturday: only the six-day unit");
    assert_eq!(
        got[4],
        Vec::<i64>::new(),
        "the deadline day is cuti bersama"
    );
    assert_eq!(tue, Vec::<i64>::new(), "after the deadline");
    let tono: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM reminder_progress WHERE nip = $1 AND thread = 'rencana:2028'",
    )
    .bind(TONO)
    .fetch_one(store.pool())
    .await
    .unwrap();
    assert_eq!(tono, 0, "Tono was on leave until after the deadline");

    // HR sees the calendar.
    let printed = support::cli(&db.url, &["calendar", "list", "--year", "2028"])
        .await
        .expect_ok();
    assert!(printed.contains("31/01/2028  Cuti bersama"), "{printed}");
    assert!(printed.contains("Dinas Pendidikan: 6 hari"), "{printed}");
}

#[tokio::test]
async fn bad_calendar_and_leave_files_are_refused_whole_with_their_lines() {
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    city(&store).await;
    let dir = tempfile::tempdir().unwrap();
    let cal = dir.path().join("libur.csv");
    std::fs::write(
        &cal,
        "tanggal,nama\n01/01/2028,Tahun Baru\n30/02/2028,Salah\n2028-01-01,Lagi\n",
    )
    .unwrap();
    let out = support::cli(&db.url, &["calendar", "import", &cal.display().to_string()]).await;
    assert!(!out.ok);
    assert!(
        out.stderr.contains("baris 3: kolom tanggal"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("baris 4: tanggal 01/01/2028 sudah ada di baris 2"),
        "{}",
        out.stderr
    );
    assert_eq!(
        store.calendar().await.unwrap(),
        Default::default(),
        "nothing saved"
    );

    store
        .record_leave(
            SITI,
            kinerja::domain::calendar::Leave::new(
                chrono::NaiveDate::from_ymd_opt(2028, 3, 1).unwrap(),
                chrono::NaiveDate::from_ymd_opt(2028, 3, 3).unwrap(),
                kinerja::domain::calendar::LeaveKind::Sakit,
            )
            .unwrap(),
            None,
            kinerja::store::calendar::LeaveSource::Own,
        )
        .await
        .unwrap();
    let leave = dir.path().join("cuti.csv");
    std::fs::write(
        &leave,
        format!(
            "nip,mulai,sampai,jenis\n{ULI},10/03/2028,08/03/2028,tahunan\n{SITI},03/03/2028,04/03/2028,tahunan\n199901012020011009,01/03/2028,02/03/2028,sakit\n{TONO},01/03/2028,02/03/2028,sakit\n"
        ),
    )
    .unwrap();
    let out = support::cli(&db.url, &["leave", "import", &leave.display().to_string()]).await;
    assert!(!out.ok);
    assert!(
        out.stderr
            .contains("baris 2: cuti berakhir (08/03/2028) sebelum mulai (10/03/2028)"),
        "{}",
        out.stderr
    );
    // The store's checks come once the file itself is sound.
    std::fs::write(
        &leave,
        format!(
            "nip,mulai,sampai,jenis\n{SITI},03/03/2028,04/03/2028,tahunan\n199901012020011009,01/03/2028,02/03/2028,sakit\n{TONO},01/03/2028,02/03/2028,sakit\n"
        ),
    )
    .unwrap();
    let out = support::cli(&db.url, &["leave", "import", &leave.display().to_string()]).await;
    assert!(!out.ok);
    assert!(
        out.stderr
            .contains("baris 2: bertumpuk dengan cuti 01/03/2028 s.d. 03/03/2028"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("baris 3: NIP 199901012020011009 tidak ada"),
        "{}",
        out.stderr
    );
    assert!(
        store.leave_of(TONO).await.unwrap().is_empty(),
        "all or nothing: Tono's good row is not saved"
    );
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
            "21/01/2027 07.00",
            "--quiet-hours",
            "22-5",
        ],
    )
    .await
    .expect_ok();
    assert!(printed.contains("jam tenang 22.00–05.00 WIB"), "{printed}");
    assert!(
        printed.contains("21 Januari 2027 08.00 WIB  rencana:2027:7"),
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
