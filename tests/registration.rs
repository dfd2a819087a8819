//! A staff member registers in a private chat: by sharing their own contact, or with an
//! invitation code HR printed. Every way in that proves nothing is refused.

mod support;

use kinerja::domain::invitation::InviteCode;
use support::roster_fixture::*;
use support::{FakeTelegram, Person, TestApp};

async fn app_with_roster() -> TestApp {
    let app = TestApp::spawn().await;
    app.import_csv(&csv())
        .await
        .expect("fixture roster imports");
    app
}

/// Issues an invitation with the real `kinerja invite` and returns the code from its CSV.
async fn invite(app: &TestApp, nip: &str) -> String {
    let out_dir = tempfile::tempdir().unwrap();
    let dir = out_dir.path().to_str().unwrap();
    support::cli(
        &app.db.url,
        &[
            "invite",
            "--nip",
            nip,
            "--bot-username",
            FakeTelegram::BOT_USERNAME,
            "--out",
            dir,
        ],
    )
    .await
    .expect_ok();
    let png = out_dir.path().join(format!("{nip}.png"));
    let bytes = std::fs::read(&png).expect("a QR PNG per person");
    assert_eq!(&bytes[1..4], b"PNG");
    let mut csv = csv::Reader::from_path(out_dir.path().join("undangan.csv")).unwrap();
    let record = csv.records().next().expect("one row").unwrap();
    assert_eq!(&record[0], nip);
    let link = record[3].to_string();
    let prefix = format!("https://t.me/{}?start=", FakeTelegram::BOT_USERNAME);
    assert!(link.starts_with(&prefix), "{link}");
    link[prefix.len()..].to_string()
}

#[tokio::test]
async fn sharing_ones_own_contact_registers_even_when_the_phone_is_written_differently() {
    let app = app_with_roster().await;
    let kepala = app.user(1001, "Ahmad");

    let welcome = kepala.says("/start").await;
    assert!(
        welcome.text.contains("Bagikan nomor telepon"),
        "{}",
        welcome.text
    );
    let keyboard = welcome.reply_markup.clone().expect("a reply keyboard");
    assert_eq!(keyboard["keyboard"][0][0]["request_contact"], true);

    // The roster says 0812-1111-2222; Telegram sends 6281211112222.
    let reply = kepala.shares_own_contact("6281211112222").await;

    assert!(
        reply.text.contains("dr. Ahmad Hutagalung"),
        "{}",
        reply.text
    );
    assert!(reply.text.contains(KEPALA));
    let member = app.store.member(1001).await.unwrap().expect("bound");
    assert_eq!(member.person.nip, KEPALA);
    let menu = kepala.sees("Menu untuk").await;
    assert!(
        Person::buttons_of(&menu).contains(&"Tim saya".to_string()),
        "{:?}",
        menu
    );
    let audit = app.store.audit_for(KEPALA).await.unwrap();
    assert!(
        audit
            .iter()
            .any(|a| a.action == "binding.create" && a.detail.contains("via=contact"))
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn someone_elses_contact_is_refused() {
    let app = app_with_roster().await;
    let stranger = app.user(2002, "Iseng");

    let reply = stranger
        .shares_contact("+62 812-1111-2222", Some(1001))
        .await;

    assert!(
        reply.text.contains("bukan kontak Anda sendiri"),
        "{}",
        reply.text
    );
    assert!(app.store.member(2002).await.unwrap().is_none());
    assert!(app.store.member_by_nip(KEPALA).await.unwrap().is_none());
    // A contact card without a Telegram account behind it proves nothing either.
    let reply = stranger.shares_contact("081211112222", None).await;
    assert!(
        reply.text.contains("bukan kontak Anda sendiri"),
        "{}",
        reply.text
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_phone_that_is_not_in_the_roster_is_refused() {
    let app = app_with_roster().await;
    let person = app.user(3003, "Tamu");

    let reply = person.shares_own_contact("6289912345678").await;

    assert!(
        reply.text.contains("tidak ada di data kepegawaian"),
        "{}",
        reply.text
    );
    assert!(app.store.member(3003).await.unwrap().is_none());
    let reply = person.shares_own_contact("15551234567").await;
    assert!(
        reply.text.contains("tidak ada di data kepegawaian"),
        "{}",
        reply.text
    );
}

#[tokio::test]
async fn a_valid_invitation_code_registers_once_and_only_once() {
    let app = app_with_roster().await;
    let code = invite(&app, STAF_BUDI).await;
    let budi = app.user(4004, "Budi");

    let reply = budi.says(&format!("/start {code}")).await;

    assert!(reply.text.contains("Budi Pasaribu"), "{}", reply.text);
    assert_eq!(
        app.store.member(4004).await.unwrap().unwrap().person.nip,
        STAF_BUDI
    );

    // The same code again, from another account: used.
    let other = app.user(4005, "Lain");
    let reply = other.says(&format!("/start {code}")).await;
    assert!(reply.text.contains("sudah dipakai"), "{}", reply.text);
    assert!(app.store.member(4005).await.unwrap().is_none());
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_expired_or_unknown_code_is_refused() {
    let app = app_with_roster().await;
    let code = invite(&app, STAF_BUDI).await;
    let hash = InviteCode::parse(&code).unwrap().hash();
    app.store
        .set_invitation_expiry(&hash, 1_600_000_000)
        .await
        .unwrap();
    let budi = app.user(4004, "Budi");

    let reply = budi.says(&format!("/start {code}")).await;
    assert!(reply.text.contains("kedaluwarsa"), "{}", reply.text);

    let reply = budi.says("/start 00112233445566778899aabbccddeeff").await;
    assert!(reply.text.contains("tidak dikenal"), "{}", reply.text);
    let reply = budi.says("/start bukan-kode").await;
    assert!(reply.text.contains("tidak dikenal"), "{}", reply.text);
    assert!(app.store.member(4004).await.unwrap().is_none());
}

#[tokio::test]
async fn a_new_code_voids_the_older_one() {
    let app = app_with_roster().await;
    let old = invite(&app, STAF_BUDI).await;
    let new = invite(&app, STAF_BUDI).await;
    let budi = app.user(4004, "Budi");

    let reply = budi.says(&format!("/start {old}")).await;
    assert!(reply.text.contains("sudah dipakai"), "{}", reply.text);
    let reply = budi.says(&format!("/start {new}")).await;
    assert!(reply.text.contains("Budi Pasaribu"), "{}", reply.text);
}

#[tokio::test]
async fn a_second_account_for_a_bound_nip_is_refused_until_hr_releases_it() {
    let app = app_with_roster().await;
    let old_phone = app.user(5005, "Siti");
    old_phone.registers("6281333334444").await;
    assert!(app.store.member(5005).await.unwrap().is_some());

    let new_phone = app.user(5006, "Siti");
    let reply = new_phone.shares_own_contact("+6281333334444").await;
    assert!(
        reply
            .text
            .contains("sudah terhubung dengan akun Telegram lain"),
        "{}",
        reply.text
    );

    support::cli(&app.db.url, &["unbind", STAF_SITI])
        .await
        .expect_ok();

    let reply = new_phone.shares_own_contact("+6281333334444").await;
    assert!(reply.text.contains("Terima kasih"), "{}", reply.text);
    assert!(app.store.member(5005).await.unwrap().is_none());
    let actions: Vec<String> = app
        .store
        .audit_for(STAF_SITI)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert!(
        actions.contains(&"binding.release".to_string()),
        "{actions:?}"
    );
}

#[tokio::test]
async fn an_account_bound_to_one_nip_cannot_take_another() {
    let app = app_with_roster().await;
    let code = invite(&app, STAF_BUDI).await;
    let siti = app.user(5005, "Siti");
    siti.registers("6281333334444").await;

    let reply = siti.says(&format!("/start {code}")).await;

    assert!(reply.text.contains("sudah terdaftar"), "{}", reply.text);
    assert!(app.store.member_by_nip(STAF_BUDI).await.unwrap().is_none());
}

#[tokio::test]
async fn each_person_gets_the_command_list_of_their_roles() {
    let app = app_with_roster().await;
    let kepala = app.user(1001, "Ahmad");
    let siti = app.user(5005, "Siti");
    let admin = app.user(7007, "Rina");

    kepala.registers("6281211112222").await;
    siti.registers("6281333334444").await;
    admin.registers("6281155556666").await;

    let names = |chat: i64| -> Vec<String> {
        app.tg
            .commands_for_chat(chat)
            .unwrap_or_default()
            .into_iter()
            .map(|(c, _)| c)
            .collect()
    };
    assert!(names(1001).contains(&"tim".to_string()));
    assert!(!names(1001).contains(&"laporan".to_string()));
    assert!(!names(5005).contains(&"tim".to_string()));
    assert!(names(5005).contains(&"datasaya".to_string()));
    assert!(names(7007).contains(&"laporan".to_string()));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_released_account_loses_the_command_list_of_its_roles() {
    let app = app_with_roster().await;
    let kepala = app.user(1001, "Ahmad");
    kepala.registers("6281211112222").await;
    let own_list = app
        .tg
        .commands_for_chat(1001)
        .expect("a supervisor's own list");
    assert!(own_list.iter().any(|(c, _)| c == "tim"), "{own_list:?}");

    support::cli(&app.db.url, &["unbind", KEPALA])
        .await
        .expect_ok();

    app.tg
        .wait_for(
            "the released chat's own command list to be deleted",
            support::PATIENCE,
            |tg| tg.commands_for_chat(1001).is_none(),
        )
        .await;
    let resets = app.tg.calls_of("deleteMyCommands");
    assert_eq!(resets.len(), 1, "one reset");
    assert_eq!(
        resets[0].params["scope"],
        serde_json::json!({"type": "chat", "chat_id": 1001})
    );
    // Registering again (the same phone, found again) brings the list back.
    kepala.registers("6281211112222").await;
    let again = app.tg.commands_for_chat(1001).expect("the list again");
    assert!(again.iter().any(|(c, _)| c == "tim"), "{again:?}");
    app.assert_telegram_accepted_everything();
}
