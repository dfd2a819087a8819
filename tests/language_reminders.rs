//! Reminders and reports in the reader's language: the reminders the scheduler queues reach
//! an English-speaking supervisor in English and an Indonesian one in Indonesian, each with
//! the button in their language; the reminder settings in `/menu` answer in English; and
//! HR reading English gets `/laporan` (buttons, summary, captions) and the workbook's sheets
//! in English, all but the e-Kinerja sheet, an official form that stays Indonesian.

mod support;

use calamine::{Data, Reader, Xlsx};
use chrono::TimeZone;
use chrono_tz::Asia::Jakarta;
use kinerja::domain::lang::Lang;
use kinerja::domain::reminder::ReminderConfig;
use kinerja::runtime::reminders::tick;
use support::seed::{bind, content, evaluated, plan, realised};
use support::{Person, TestApp};

const RINA: &str = "197703032005011003"; // HR admin, English
const KEPALA: &str = "196608011988031001"; // head of Dinas Kesehatan, English
const SITI: &str = "198505152010012002"; // no plan, Indonesian
const TONO: &str = "199101012015031004"; // plan submitted under KEPALA
const ULI: &str = "199202022016032005"; // plan approved, English
const PAK: &str = "197001011995031001"; // head of Dinas Pendidikan, Indonesian
const WATI: &str = "199303032017032006"; // plan submitted under PAK

fn roster() -> String {
    format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,peran\n\
         {RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,admin\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,\n\
         {SITI},Siti <Nur> & Rekan,Perawat,Dinas Kesehatan,{KEPALA},\n\
         {TONO},Tono Sitompul,Sanitarian,Dinas Kesehatan,{KEPALA},\n\
         {ULI},Uli Panggabean,Bidan,Dinas Kesehatan,{KEPALA},\n\
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

/// Someone bound to chat `id` who reads Kinerja in `lang`, and has opened the chat (Telegram
/// delivers nothing to a chat that was never started).
async fn person(app: &TestApp, nip: &str, id: i64, name: &str, lang: Lang) -> Person {
    bind(&app.store, nip, id).await;
    app.store.set_language(id, lang).await.unwrap();
    let someone = app.user(id, name);
    someone.says("/menu").await;
    someone
}

/// Queues what is due at `at`, and lets the running sender send it now.
async fn remind_at(app: &TestApp, at: i64) {
    let queued = tick(&app.store, &ReminderConfig::default(), at)
        .await
        .unwrap();
    assert!(queued > 0, "something is due at {at}");
    sqlx::query("UPDATE notices SET next_attempt_at = 0 WHERE status = 'pending'")
        .execute(app.store.pool())
        .await
        .unwrap();
}

#[tokio::test]
async fn each_reminder_reaches_its_reader_in_their_language_with_the_button_in_it() {
    let app = TestApp::spawn().await;
    support::seed::import(&app.store, &roster()).await;
    let rina = person(&app, RINA, 1, "Rina", Lang::En).await;
    let ahmad = person(&app, KEPALA, 2, "Ahmad", Lang::En).await;
    let siti = person(&app, SITI, 3, "Siti", Lang::Id).await;
    let uli = person(&app, ULI, 5, "Uli", Lang::En).await;
    let paian = person(&app, PAK, 7, "Paian", Lang::Id).await;
    let submitted = wib(2027, 1, 20, 10, 0);
    plan(&app.store, TONO, 2027, "submitted", None, submitted).await;
    plan(&app.store, WATI, 2027, "submitted", None, submitted).await;
    let approved = content(&[(501, "Persalinan ditolong", 30.0)]);
    plan(&app.store, ULI, 2027, "approved", Some(&approved), 0).await;

    // Plans waiting three working days (submitted Wednesday, reminded Monday 25/01): each
    // approver in their own language.
    remind_at(&app, wib(2027, 1, 25, 10, 0)).await;
    let waiting = ahmad
        .sees("the SKP plan of Tono Sitompul has been waiting for your approval")
        .await;
    assert!(
        waiting.text.contains("since 20 January 2027, 10:00 WIB"),
        "{}",
        waiting.text
    );
    assert_eq!(Person::buttons_of(&waiting), ["Open approvals"]);
    let menunggu = paian
        .sees("rencana SKP Wati Lubis menunggu persetujuan Anda sejak 20 Januari 2027 10.00 WIB")
        .await;
    assert_eq!(Person::buttons_of(&menunggu), ["Buka persetujuan"]);

    // Three working days before 31 January (Wednesday 27/01): everyone without a submitted
    // plan.
    remind_at(&app, wib(2027, 1, 27, 8, 0)).await;
    let reminder = rina.sees("The deadline is 31/01/2027 (in 4 days)").await;
    assert!(
        reminder
            .text
            .contains("⏰ Reminder: your SKP plan for 2027 has not been submitted yet"),
        "{}",
        reminder.text
    );
    assert_eq!(Person::buttons_of(&reminder), ["Open my plan"]);
    ahmad.sees("your SKP plan for 2027").await;
    let pengingat = siti
        .sees(
            "⏰ Pengingat: rencana SKP 2027 Anda belum diajukan. Batasnya 31/01/2027 (4 hari lagi)",
        )
        .await;
    assert_eq!(Person::buttons_of(&pengingat), ["Buka rencana saya"]);
    paian.sees("rencana SKP 2027 Anda belum diajukan").await;
    // The English button opens the plan like the Indonesian one does.
    rina.taps("Open my plan").await;
    assert!(!rina.arrived().is_empty(), "the plan is shown");

    // The last day of the realisation window: tomorrow, in English.
    remind_at(&app, wib(2027, 4, 9, 9, 0)).await;
    let results = uli
        .sees("⏰ Reminder: your results for Q1 2027 are not complete")
        .await;
    assert!(
        results.text.contains("closes on 10/04/2027 (tomorrow)"),
        "{}",
        results.text
    );
    assert_eq!(Person::buttons_of(&results), ["Enter results"]);
    realised(&app.store, ULI, "2027-I", 501, Some(12.0)).await;

    // Before the evaluation closes, her supervisor is reminded, naming her.
    remind_at(&app, wib(2027, 4, 15, 9, 0)).await;
    let rating = ahmad
        .sees("⏰ Reminder: staff you have not rated yet for Q1 2027 (1): Uli Panggabean.")
        .await;
    assert!(
        rating
            .text
            .contains("Rating closes on 20/04/2027 (in 5 days)"),
        "{}",
        rating.text
    );
    assert_eq!(Person::buttons_of(&rating), ["Open ratings"]);
    evaluated(&app.store, ULI, "2027-I", ("s", "s", "baik"), KEPALA).await;
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_english_reader_silences_an_optional_reminder_in_english() {
    let app = TestApp::spawn().await;
    support::seed::import(&app.store, &roster()).await;
    let uli = person(&app, ULI, 5, "Uli", Lang::En).await;

    uli.says("/menu").await;
    uli.taps("Reminders").await;
    let settings = uli
        .sees("Deadline reminders are always sent (they cannot be turned off):")
        .await;
    assert!(
        settings
            .text
            .contains("Optional reminders (tap to turn one on or off):"),
        "{}",
        settings.text
    );
    assert!(
        settings
            .text
            .contains("Reminders are not sent between 21.00 and 06.00 WIB."),
        "{}",
        settings.text
    );
    let training = Person::buttons_of(&settings)
        .into_iter()
        .find(|b| b.starts_with("🔔") && b.ends_with("(turn off)"))
        .expect("a toggle in English");
    let toggled = uli.taps(&training).await.unwrap_or_default();
    assert!(toggled.ends_with(": turned off"), "{toggled}");
    let settings = uli.sees(": off").await;
    assert!(
        Person::buttons_of(&settings)
            .iter()
            .any(|b| b.starts_with("🔕") && b.ends_with("(turn on)")),
        "{:?}",
        Person::buttons_of(&settings)
    );
    let forged = uli
        .taps_data(settings.message_id, "rm:t:rencana")
        .await
        .unwrap_or_default();
    assert_eq!(forged, "Deadline reminders cannot be turned off.");
    app.assert_telegram_accepted_everything();
}

fn cells(range: &calamine::Range<Data>) -> Vec<Vec<String>> {
    range
        .rows()
        .map(|r| r.iter().map(|c| c.to_string()).collect())
        .collect()
}

#[tokio::test]
async fn hr_reading_english_gets_the_report_and_its_sheets_in_english_but_the_official_one() {
    let app = TestApp::spawn().await;
    support::seed::import(&app.store, &roster()).await;
    let year = kinerja::domain::time::current_year_wib();
    let q1 = format!("{year}-I");
    for (nip, indicator) in [(SITI, 11), (TONO, 21)] {
        let approved = content(&[(indicator, "Layanan", 10.0)]);
        plan(&app.store, nip, year, "approved", Some(&approved), 0).await;
        realised(&app.store, nip, &q1, indicator, Some(10.0)).await;
        evaluated(&app.store, nip, &q1, ("s", "s", "baik"), KEPALA).await;
    }
    // Everyone rated Baik in a unit whose predikat asks for someone below it.
    assert!(
        app.store
            .set_unit_predikat(
                "Dinas Kesehatan",
                year,
                kinerja::domain::report::OrgPredikat::Baik,
                "test",
            )
            .await
            .unwrap()
    );
    let rina = person(&app, RINA, 1, "Rina", Lang::En).await;

    rina.says("/laporan").await;
    let offer = rina.sees(&format!("Performance report {year}")).await;
    assert_eq!(
        Person::buttons_of(&offer),
        ["Q1", "Q2", "Q3", "Q4", "Annual"]
    );
    let toast = rina.taps("Q1").await.unwrap_or_default();
    assert_eq!(
        toast,
        "The report is being prepared; the files will follow."
    );
    let summary = rina.sees("(as of").await;
    assert!(summary.text.starts_with("Report "), "{}", summary.text);
    assert!(
        summary
            .text
            .contains("7 staff · plans approved 2 (29 %) · waiting for approval 0"),
        "{}",
        summary.text
    );
    assert!(
        summary
            .text
            .contains("Per unit (approved / results complete / rated / late)"),
        "{}",
        summary.text
    );
    assert!(
        summary
            .text
            .contains("⚠ Predikat spread outside the bounds"),
        "{}",
        summary.text
    );
    assert!(
        summary.text.contains(
            "Dinas Kesehatan (unit predikat Baik): Baik 100 % (at most 70 %); nobody is Butuh Perbaikan or Kurang (there must be at least one)"
        ),
        "{}",
        summary.text
    );
    assert!(
        summary.text.contains("Trainings: 0 this year"),
        "{}",
        summary.text
    );
    assert_eq!(
        Person::buttons_of(&summary),
        ["Download xlsx", "Download CSV"]
    );
    let chart = rina.sees("Completion and predikat spread chart").await;
    assert_eq!(chart.kind, "photo");

    rina.taps("Download xlsx").await;
    let file = rina.sees("Performance report").await;
    assert_eq!(file.kind, "document");
    assert!(file.text.contains("the e-Kinerja sheet"), "{}", file.text);
    let bytes = app
        .tg
        .file_content(file.file_id.as_deref().unwrap())
        .unwrap();
    let mut book = Xlsx::new(std::io::Cursor::new(bytes)).unwrap();
    let official = format!("e-Kinerja {year}");
    assert_eq!(
        book.sheet_names(),
        [
            "Completion",
            "Late",
            "Predikat spread",
            "Training JP",
            "Training attendance",
            "Announcements",
            official.as_str(),
        ]
    );
    let completion = cells(&book.worksheet_range("Completion").unwrap());
    assert_eq!(
        completion[0],
        [
            "Unit",
            "Staff",
            "No plan",
            "Plan draft/returned",
            "Plan submitted",
            "Plan approved",
            "Results complete",
            "Rated",
            "Late"
        ]
    );
    let jp = cells(&book.worksheet_range("Training JP").unwrap());
    assert_eq!(jp[0][4], "Under 20 JP");
    assert!(jp[1..].iter().all(|r| r[4] == "yes"), "{jp:?}");
    let spread = cells(&book.worksheet_range("Predikat spread").unwrap());
    let kesehatan = spread.iter().find(|r| r[0] == "Dinas Kesehatan").unwrap();
    assert!(
        kesehatan[8].contains("nobody is Butuh Perbaikan or Kurang"),
        "{kesehatan:?}"
    );
    // The official export keeps its Indonesian columns and values.
    let ekinerja = cells(&book.worksheet_range(&official).unwrap());
    assert_eq!(ekinerja[0][..3], ["NIP", "Nama", "Jabatan"]);
    assert!(
        ekinerja.iter().any(|r| r[6] == "disetujui"),
        "{:?}",
        ekinerja
    );

    // The CSV files are named after the English sheets.
    rina.taps("Download CSV").await;
    rina.sees("Performance report").await;
    let names: Vec<String> = rina
        .messages()
        .iter()
        .filter_map(|m| m.media["document"]["file_name"].as_str().map(String::from))
        .collect();
    for name in ["completion.csv", "late.csv", "training-jp.csv"] {
        assert!(names.iter().any(|n| n == name), "{name} in {names:?}");
    }
    assert!(
        names.iter().any(|n| *n == format!("e-kinerja-{year}.csv")),
        "{names:?}"
    );
    app.assert_telegram_accepted_everything();
}
