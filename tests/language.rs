//! A second language: a person whose Telegram is in English reads Kinerja's menu and
//! command list in English from registration on, switches in /menu → Bahasa, and the
//! choice is stored; Indonesian stays the default for everyone else.

mod support;

use serde_json::json;
use support::TestApp;
use support::roster_fixture::*;

#[tokio::test]
async fn english_from_telegram_then_indonesian_from_the_menu() {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.expect("roster imports");
    // Before registering: the default list in both languages.
    app.registers_default_commands().await;
    let unregistered = app
        .tg
        .commands_for_lang(&json!({"type": "all_private_chats"}), "en")
        .expect("an English default list");
    assert!(
        unregistered
            .iter()
            .any(|(c, d)| c == "start" && d.contains("Register")),
        "{unregistered:?}"
    );

    let siti = app.user_speaking(5005, "Siti", "en-GB");
    siti.shares_own_contact("6281333334444").await;
    let menu = siti.sees("Menu for").await;
    let buttons = support::Person::buttons_of(&menu);
    assert!(buttons.contains(&"My plan".to_string()), "{buttons:?}");
    assert!(buttons.contains(&"Bahasa / Language".to_string()));
    let commands = app.tg.commands_for_chat(siti.chat_id()).expect("her list");
    assert!(
        commands
            .iter()
            .any(|(c, d)| c == "rencana" && d == "My SKP plan for this year"),
        "{commands:?}"
    );

    // A forged language changes nothing.
    let forged = siti.taps_data(menu.message_id, "bh:fr").await;
    assert!(forged.is_some());
    siti.taps("Bahasa / Language").await;
    siti.sees("Choose Kinerja's language").await;
    siti.taps("🇮🇩 Bahasa Indonesia").await;
    siti.sees("Bahasa diubah").await;
    let menu = siti.sees("Menu untuk").await;
    assert!(support::Person::buttons_of(&menu).contains(&"Rencana saya".to_string()));
    let commands = app.tg.commands_for_chat(siti.chat_id()).expect("her list");
    assert!(
        commands
            .iter()
            .any(|(c, d)| c == "rencana" && d == "Rencana SKP saya tahun ini"),
        "{commands:?}"
    );
    let member = app.store.member(5005).await.unwrap().unwrap();
    assert_eq!(member.lang, kinerja::domain::lang::Lang::Id);

    // Someone whose Telegram is in Indonesian (or anything else) gets Indonesian.
    let ahmad = app.user_speaking(1001, "Ahmad", "ms");
    ahmad.registers("6281211112222").await;
    ahmad.sees("Menu untuk").await;
    app.assert_telegram_accepted_everything();
}
