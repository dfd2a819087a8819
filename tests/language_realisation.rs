//! The quarter's results and the daily log in the reader's language: a person whose
//! Telegram is in English records results and keeps the daily log in English (the e-Kinerja
//! export stays Indonesian), and a supervisor reads a staff member's results in the
//! supervisor's own language, whichever language the staff member writes in.

mod support;

use std::time::Duration;

use chrono::{NaiveDate, Utc};
use chrono_tz::Asia::Jakarta;
use kinerja::domain::daily::{DailyError, Month};
use kinerja::domain::evaluation::{Period, Rating};
use kinerja::domain::lang::Lang;
use kinerja::i18n::{Label, Localize};
use support::roster_fixture::*;
use support::{Person, TestApp};

fn today() -> NaiveDate {
    Utc::now().with_timezone(&Jakarta).date_naive()
}

fn period_now() -> Period {
    Period::quarter_of(today())
}

/// The roster imported; Siti's plan (one RHK, indicator 1.1) approved by dr. Ahmad.
async fn office() -> TestApp {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.expect("the roster imports");
    support::office::approved_plan(
        &app,
        STAF_SITI,
        KEPALA,
        &[(
            "Meningkatnya cakupan imunisasi",
            &["Bayi diimunisasi lengkap"],
        )],
    )
    .await;
    app
}

/// Siti, her Telegram in English, registered.
async fn english_siti(app: &TestApp) -> Person {
    let siti = app.user_speaking(5005, "Siti", "en");
    siti.shares_own_contact("6281333334444").await;
    siti.sees("Menu for").await;
    siti
}

/// The texts of what arrived, for "nothing Indonesian" checks.
fn texts(messages: &[support::fake_telegram::SentMessage]) -> String {
    messages
        .iter()
        .map(|m| format!("{}\n{:?}\n", m.text, Person::buttons_of(m)))
        .collect()
}

/// `/realisasi`, choosing the current quarter when several periods are open.
async fn opens_results(person: &Person, lang: Lang) -> support::fake_telegram::SentMessage {
    let reply = person.says("/realisasi").await;
    let label = period_now().label_in(lang);
    if Person::buttons_of(&reply).contains(&label) {
        person.taps(&label).await;
        return person.sees("1.1").await;
    }
    reply
}

/// `/penilaian` and Siti's realisation, choosing the current quarter when several
/// periods are open.
async fn opens_sitis_results(kepala: &Person, lang: Lang) {
    let reply = kepala.says("/penilaian").await;
    let label = period_now().label_in(lang);
    if Person::buttons_of(&reply).contains(&label) {
        kepala.taps(&label).await;
    }
    kepala.taps_containing("Siti").await;
}

#[tokio::test]
async fn an_english_speaker_records_the_quarters_results_in_english() {
    let app = office().await;
    let siti = english_siti(&app).await;
    let registered = siti.messages().len();

    let overview = opens_results(&siti, Lang::En).await;
    assert!(overview.text.contains("Results, "), "{}", overview.text);
    assert!(
        overview
            .text
            .contains("Target 1.200 orang · Achieved — · —"),
        "{}",
        overview.text
    );
    assert!(overview.text.contains("Evidence: 0"), "{}", overview.text);
    assert!(
        overview.text.contains("⏳ Incomplete: 1.1"),
        "{}",
        overview.text
    );
    assert!(
        overview.text.contains("Can be filled in and changed until"),
        "{}",
        overview.text
    );

    siti.taps("Fill in 1.1").await;
    let ask = siti.sees("What is the achievement?").await;
    assert!(
        ask.text.contains("Target 1.200 orang.")
            && ask.text.contains("(dot for thousands, comma for decimals)"),
        "{}",
        ask.text
    );
    let early = siti.sends_photo_id("photo-early", Some("Buku KIA")).await;
    assert_eq!(
        early.text,
        "Evidence received. Now write the achieved number."
    );
    let wrong = siti.says("seribu").await;
    assert!(
        wrong.text.starts_with("Write the achievement as a number"),
        "{}",
        wrong.text
    );
    let saved = siti.says("1.150 orang").await;
    assert!(
        saved.text.starts_with("Achievement 1.150 orang saved.")
            && saved.text.contains("When you are done, tap Evidence done."),
        "{}",
        saved.text
    );
    let sticker = siti.sends_sticker().await;
    assert!(
        sticker
            .text
            .starts_with("A sticker cannot serve as evidence."),
        "{}",
        sticker.text
    );
    let plain = siti.says("here it is").await;
    assert!(
        plain.text.starts_with("Send a photo, a document or a link"),
        "{}",
        plain.text
    );
    let received = siti.sends_photo_id("photo-2", None).await;
    assert!(
        received
            .text
            .starts_with("Evidence received (2 for this indicator)."),
        "{}",
        received.text
    );
    siti.taps("Evidence done").await;
    siti.sees("Write a short note for this indicator (optional)")
        .await;
    siti.taps("Skip").await;
    siti.sees("Results saved.").await;
    let overview = siti.sees("Every indicator has its achievement").await;
    assert!(overview.text.contains("Evidence: 2"), "{}", overview.text);
    assert!(overview.text.contains("Achieved 1.150 orang"));

    // Changing the value shows what is recorded.
    siti.taps("Fill in 1.1").await;
    siti.sees("Achievement recorded so far: 1.150 orang.").await;

    let everything = texts(&siti.messages()[registered..]);
    for indonesian in [
        "Capaian",
        "Bukti",
        "Isi 1.1",
        "Selesai bukti",
        "Lewati",
        "tersimpan",
    ] {
        assert!(
            !everything.contains(indonesian),
            "{indonesian:?} in {everything}"
        );
    }
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_english_speaker_keeps_the_daily_log_in_english_and_the_export_stays_indonesian() {
    let app = office().await;
    let siti = english_siti(&app).await;
    let registered = siti.messages().len();
    let day = today().format("%a %-d/%-m").to_string();

    let list = siti.says("/harian").await;
    assert!(list.text.contains("This week's daily log"), "{}", list.text);
    assert!(list.text.contains("No entries this week yet."));
    assert!(list.text.contains("Write a new entry in one message"));
    assert!(list.text.contains(&day), "{day} in {}", list.text);
    let month = Month::of(today());
    let empty = siti.taps("Download this month").await;
    assert_eq!(
        empty.as_deref(),
        Some(format!("No daily log entries in {} yet.", month.label_in(Lang::En)).as_str())
    );

    let sticker = siti.sends_sticker().await;
    assert!(
        sticker
            .text
            .starts_with("Send text, a photo or a document;"),
        "{}",
        sticker.text
    );
    let ask = siti.says("Rapat koordinasi imunisasi").await;
    assert!(ask.text.starts_with("What time?"), "{}", ask.text);
    let ask = siti.says("08.00-10.30").await;
    assert!(ask.text.starts_with("What was the result?"), "{}", ask.text);
    let refused = siti.says("2,5 kegiatan").await;
    assert_eq!(refused.text, DailyError::NotWhole.localize(Lang::En));
    let saved = siti.says("1 kegiatan").await;
    assert!(
        saved.text.starts_with("Entry saved: ")
            && saved.text.contains("For which indicator?")
            && saved.text.contains("Evidence (optional)"),
        "{}",
        saved.text
    );
    let tagged = siti.taps_containing("1.1").await;
    assert_eq!(tagged.as_deref(), Some("Entry tagged to indicator 1.1."));
    let evidence = siti.says("https://drive.example/notulen").await;
    assert_eq!(evidence.text, "Evidence saved for this entry.");

    let list = siti.says("/harian").await;
    assert!(
        list.text.contains(&format!(
            "1. {day} 08.00-10.30 · Rapat koordinasi imunisasi · 1 kegiatan · RHK 1.1"
        )),
        "{}",
        list.text
    );
    let buttons = Person::buttons_of(&list);
    for b in ["Edit 1", "Delete 1", "Download this month"] {
        assert!(buttons.contains(&b.to_string()), "{b} in {buttons:?}");
    }

    siti.taps("Edit 1").await;
    let edit = siti.sees("Rewrite this entry").await;
    assert_eq!(
        Person::buttons_of(&edit),
        ["Change time", "Change activity", "Change result"]
    );
    siti.taps("Change result").await;
    siti.sees("What was the result?").await;
    let changed = siti.says("2 kegiatan").await;
    assert!(
        changed.text.starts_with("Entry changed: ")
            && !changed.text.contains("Evidence (optional)"),
        "{}",
        changed.text
    );

    // The export: the caption in English, the file as e-Kinerja has it.
    siti.says("/harian").await;
    siti.taps("Download this month").await;
    let caption = siti.sees("Progres Harian").await;
    assert!(
        caption
            .text
            .contains("the columns and their order are e-Kinerja's"),
        "{}",
        caption.text
    );
    let csv = siti
        .arrived()
        .into_iter()
        .find(|m| {
            m.kind == "document"
                && m.media["document"]["file_name"]
                    .as_str()
                    .is_some_and(|n| n.ends_with(".csv"))
        })
        .expect("the CSV");
    let bytes = app
        .tg
        .file_content(csv.file_id.as_deref().unwrap())
        .unwrap();
    let header = String::from_utf8_lossy(&bytes);
    assert!(header.contains("Kegiatan Harian"), "{header}");

    // Deleting asks first.
    siti.says("/harian").await;
    siti.taps("Delete 1").await;
    let confirm = siti.sees("Delete this entry?").await;
    assert_eq!(Person::buttons_of(&confirm), ["Yes, delete", "Cancel"]);
    let deleted = siti.taps("Yes, delete").await;
    assert_eq!(deleted.as_deref(), Some("Entry deleted."));
    siti.sees("No entries this week yet.").await;

    let everything = texts(&siti.messages()[registered..]);
    for indonesian in ["Catatan", "Ubah", "Hapus", "Unduh", "tanpa RHK", "Tulis"] {
        assert!(
            !everything.contains(indonesian),
            "{indonesian:?} in {everything}"
        );
    }
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_indonesian_supervisor_reads_english_results_in_indonesian_and_the_rating_arrives_in_english()
 {
    let app = office().await;
    let siti = english_siti(&app).await;
    let kepala = app.user(1001, "Ahmad");
    kepala.registers("6281211112222").await;

    opens_results(&siti, Lang::En).await;
    siti.taps("Fill in 1.1").await;
    siti.says("1.150 orang").await;
    siti.sends_photo_id("photo-1", None).await;
    siti.taps("Evidence done").await;
    siti.taps("Skip").await;
    siti.sees("Results saved.").await;

    opens_sitis_results(&kepala, Lang::Id).await;
    let view = kepala.sees("Capaian 1.150 orang").await;
    assert!(view.text.contains("Bukti: 1"), "{}", view.text);
    assert!(!view.text.contains("Achieved"), "{}", view.text);

    // dr. Ahmad rates her in Indonesian; her copy has her buttons in English.
    kepala.taps("Nilai").await;
    kepala.sees("Hasil Kerja").await;
    kepala.taps(Rating::Sesuai.label()).await;
    kepala.sees("Perilaku Kerja").await;
    kepala.taps(Rating::Sesuai.label()).await;
    kepala.sees("Periksa sebelum disimpan").await;
    kepala.taps("Simpan").await;
    kepala.sees("tersimpan. Predikat").await;
    let chat = siti.chat_id();
    app.tg
        .wait_for(
            "her rating with its buttons",
            Duration::from_secs(10),
            |tg| {
                tg.messages_to(chat)
                    .iter()
                    .any(|m| Person::buttons_of(m).contains(&"I have read it".to_string()))
            },
        )
        .await;
    let rating = siti
        .messages()
        .into_iter()
        .rev()
        .find(|m| Person::buttons_of(m).contains(&"Respond".to_string()))
        .expect("her rating");
    assert!(
        !Person::buttons_of(&rating).contains(&"Sudah saya baca".to_string()),
        "{:?}",
        Person::buttons_of(&rating)
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_english_supervisor_reads_indonesian_results_in_english() {
    let app = office().await;
    let siti = app.user(5005, "Siti");
    siti.registers("6281333334444").await;
    let kepala = app.user_speaking(1001, "Ahmad", "en");
    kepala.shares_own_contact("6281211112222").await;
    kepala.sees("Menu for").await;

    // Siti works in Indonesian, byte for byte as before.
    let overview = opens_results(&siti, Lang::Id).await;
    assert!(
        overview.text.contains("Belum lengkap: 1.1"),
        "{}",
        overview.text
    );
    siti.taps("Isi 1.1").await;
    siti.says("1.150 orang").await;
    siti.sends_photo_id("photo-1", None).await;
    siti.taps("Selesai bukti").await;
    siti.taps("Lewati").await;
    siti.sees("Realisasi tersimpan.").await;
    siti.sees("Semua indikator sudah berisi capaian dan bukti")
        .await;

    opens_sitis_results(&kepala, Lang::En).await;
    let view = kepala.sees("Achieved 1.150 orang").await;
    assert!(view.text.contains("Evidence: 1"), "{}", view.text);
    assert!(
        view.text
            .contains("✅ Every indicator has its achievement and evidence."),
        "{}",
        view.text
    );
    assert!(!view.text.contains("Capaian"), "{}", view.text);
    app.assert_telegram_accepted_everything();
}
