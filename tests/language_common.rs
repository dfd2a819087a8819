//! The shared texts in English: someone whose Telegram is in English registers, asks for
//! help, reads their data and reports it wrong, all in English; HR reads the report in HR's
//! own language, and the reporter hears back in theirs. A supervisor reads /tim and HR
//! /laporan in English; the interruption notice is rendered in its reader's language.

mod support;

use kinerja::domain::lang::Lang;
use support::roster_fixture::*;
use support::{Person, TestApp};

/// The app with the fixture roster imported.
async fn office() -> TestApp {
    let app = TestApp::spawn().await;
    app.import_csv(&csv())
        .await
        .expect("fixture roster imports");
    app
}

/// Registers someone whose Telegram is in English; the English menu has arrived.
async fn registers_in_english(person: &Person, phone: &str) {
    let reply = person.shares_own_contact(phone).await;
    assert!(reply.text.contains("Thank you"), "{}", reply.text);
    assert!(
        reply
            .text
            .contains("Your Telegram account is now linked to NIP"),
        "{}",
        reply.text
    );
    person.sees("Menu for").await;
}

fn report_id(text: &str) -> i64 {
    let after = text.split('#').nth(1).expect("a report number");
    after
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

#[tokio::test]
async fn an_english_speaker_registers_and_reports_wrong_data_in_english() {
    let app = office().await;
    let siti = app.user_speaking(5005, "Siti", "en");
    let rina = app.user(7007, "Rina");
    rina.registers("6281155556666").await;

    // Before registering: the welcome, help, and what the bot does not understand.
    let welcome = siti.says("/start").await;
    assert!(
        welcome.text.contains("Welcome to Kinerja"),
        "{}",
        welcome.text
    );
    assert!(
        welcome
            .text
            .contains("press the 📱 Share my phone number button"),
        "{}",
        welcome.text
    );
    let keyboard = welcome.reply_markup.as_ref().expect("the contact keyboard");
    assert_eq!(
        keyboard["keyboard"][0][0]["text"].as_str(),
        Some("📱 Share my phone number")
    );
    let help = siti.says("/bantuan").await;
    assert!(help.text.contains("Kinerja help"), "{}", help.text);
    assert!(
        help.text
            .contains("/start — Register with your phone number")
    );
    assert!(
        help.text
            .contains("You are not registered yet: send /start.")
    );
    let refused = siti.says("/datasaya").await;
    assert!(
        refused
            .text
            .starts_with("You are not registered yet. Send /start"),
        "{}",
        refused.text
    );
    let puzzled = siti.says("good morning").await;
    assert!(puzzled.text.starts_with("Sorry, I did not understand"));

    registers_in_english(&siti, "6281333334444").await;
    let again = siti.says("/start").await;
    assert!(
        again.text.contains("You are already registered as"),
        "{}",
        again.text
    );

    // Her data, and the report.
    let data = siti.says("/datasaya").await;
    for part in [
        "Your personnel data",
        "Name: Siti <Nur> & Rekan_1",
        "Rank/grade: — (not yet filled in by BKD)",
        "Direct supervisor: dr. Ahmad Hutagalung",
        "Roles: Staff",
        "Something wrong",
    ] {
        assert!(data.text.contains(part), "{part:?} in {}", data.text);
    }
    assert_eq!(Person::buttons_of(&data), ["Report wrong data"]);
    siti.taps("Report wrong data").await;
    siti.sees("Write what is wrong and what the correct data is")
        .await;
    let sticker = siti.sends_sticker().await;
    assert!(
        sticker
            .text
            .contains("Write the description as text (at most 1000 characters)"),
        "{}",
        sticker.text
    );
    let long = siti.says(&"x".repeat(1001)).await;
    assert!(
        long.text
            .contains("Your description is 1001 characters long"),
        "{}",
        long.text
    );
    let sent = siti.says("My supervisor is now the Kabid").await;
    assert!(
        sent.text.contains("was sent to the BKD admins"),
        "{}",
        sent.text
    );

    // Rina reads Indonesian; her answer reaches Siti in English.
    let to_hr = rina.sees("Laporan data salah #").await;
    assert!(to_hr.text.contains("Data saat ini"), "{}", to_hr.text);
    assert!(to_hr.text.contains("Peran: Pegawai"), "{}", to_hr.text);
    assert!(to_hr.text.contains("My supervisor is now the Kabid"));
    let answer = rina.taps("Selesai ditangani").await;
    assert_eq!(answer.as_deref(), Some("Ditandai selesai."));
    let told = siti.received("has been handled by BKD").await;
    assert_eq!(
        told.text,
        format!(
            "Your data report #{} has been handled by BKD. Check again with /datasaya.",
            report_id(&to_hr.text)
        )
    );

    // The shared answers.
    let nothing = siti.says("/batal").await;
    assert!(nothing.text.starts_with("No conversation is in progress"));
    let unknown = siti.says("/terbang").await;
    assert!(unknown.text.starts_with("That command is not known"));
    let stale = siti.taps_data(data.message_id, "zz:garbage").await;
    assert_eq!(
        stale.as_deref(),
        Some("This button is no longer valid. Open /menu for the latest choices.")
    );
    let help = siti.says("/bantuan").await;
    assert!(help.text.contains("/rencana — My SKP plan for this year"));
    assert!(help.text.contains("What you are filling in is saved"));
    assert!(!help.text.contains("not registered"));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn english_hr_handles_an_indonesian_report_and_english_supervisor_reads_the_team() {
    let app = office().await;
    let siti = app.user(5005, "Siti");
    let kepala = app.user_speaking(1001, "Ahmad", "en");
    let rina = app.user_speaking(7007, "Rina", "en-US");
    siti.registers("6281333334444").await;
    registers_in_english(&kepala, "6281211112222").await;
    registers_in_english(&rina, "6281155556666").await;

    // The supervisor's team, in English.
    kepala.says("/tim").await;
    let team = kepala.sees("My team").await;
    for part in [
        "My team: 1 of 2 direct reports registered with the bot.",
        "Period: ",
        "Siti <Nur> & Rekan_1",
        "Plan: none yet",
    ] {
        assert!(team.text.contains(part), "{part:?} in {}", team.text);
    }
    let not_hr = kepala.says("/laporan").await;
    assert_eq!(not_hr.text, "This menu is for BKD admins only.");

    // Siti reports in Indonesian; Rina reads it in English.
    siti.says("/datasaya").await;
    siti.taps("Laporkan data salah").await;
    siti.says("Unit kerja saya salah").await;
    let to_hr = rina.sees("Wrong data report #").await;
    for part in [
        "Current data",
        "Name: Siti <Nur> & Rekan_1",
        "Work unit: Dinas Kesehatan",
        "The employee's description:",
        "Unit kerja saya salah",
    ] {
        assert!(to_hr.text.contains(part), "{part:?} in {}", to_hr.text);
    }
    assert_eq!(Person::buttons_of(&to_hr), ["Mark as handled"]);

    // HR's registration status, then the report again from there.
    let status = rina.says("/laporan").await;
    assert!(
        status
            .text
            .contains("Registration status: 3 of 4 active employees are registered."),
        "{}",
        status.text
    );
    assert!(status.text.contains("Wrong-data reports waiting: 1."));
    assert_eq!(Person::buttons_of(&status), ["View wrong-data reports"]);
    rina.taps("View wrong-data reports").await;
    rina.sees("Wrong data report #").await;
    let answer = rina.taps("Mark as handled").await;
    assert_eq!(answer.as_deref(), Some("Marked as handled."));
    assert!(
        rina.messages()
            .iter()
            .any(|m| m.text.contains("✅ Handled by Rina Simatupang on")),
    );
    siti.received("sudah ditangani BKD").await;
    let none = rina.taps_data(status.message_id, "kr:next").await;
    assert_eq!(none.as_deref(), Some("No wrong-data reports are waiting."));
    app.assert_telegram_accepted_everything();
}

#[test]
fn the_interruption_notice_reads_in_its_readers_language() {
    let quoted = kinerja::bot::messages::interrupted(Some("<b>Rapat</b>"));
    let english = quoted.render(Lang::En);
    assert_eq!(
        english,
        "⚠️ The bot stopped suddenly while processing your message «<i>&lt;b&gt;Rapat&lt;/b&gt;</i>». \
         It may or may not have been saved. Check in /menu, then send it again if it was not recorded."
    );
    assert!(quoted.render(Lang::Id).contains("berhenti mendadak"));
    let request = kinerja::bot::messages::interrupted(None);
    assert!(
        request
            .render(Lang::En)
            .contains("while processing your request.")
    );
    assert!(
        request
            .render(Lang::Id)
            .contains("memproses permintaan Anda.")
    );
}
