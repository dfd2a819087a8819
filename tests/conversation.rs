//! A registered person in the chat: the menu of their roles, data reports to HR, the
//! dialogue surviving a restart, groups, stale and forged buttons, and names that would
//! break HTML.

mod support;

use support::roster_fixture::*;
use support::{Person, TestApp};

/// The app with the fixture roster, and Siti (staff), the head (supervisor) and Rina (HR)
/// registered.
async fn registered() -> (TestApp, Person, Person, Person) {
    let app = TestApp::spawn().await;
    app.import_csv(&csv())
        .await
        .expect("fixture roster imports");
    let siti = app.user(5005, "Siti");
    let kepala = app.user(1001, "Ahmad");
    let rina = app.user(7007, "Rina");
    siti.registers("6281333334444").await;
    kepala.registers("6281211112222").await;
    rina.registers("6281155556666").await;
    (app, siti, kepala, rina)
}

#[tokio::test]
async fn the_menu_shows_exactly_what_each_role_allows() {
    let (app, siti, kepala, rina) = registered().await;

    let staff_menu = siti.says("/menu").await;
    let boss_menu = kepala.says("/menu").await;
    let hr_menu = rina.says("/menu").await;

    let staff = Person::buttons_of(&staff_menu);
    assert_eq!(
        staff,
        [
            "Rencana saya",
            "Realisasi",
            "Catatan harian",
            "Nilai saya",
            "Data saya",
            "Laporkan data salah",
            "Pengumuman",
            "Pelatihan",
            "🌴 Cuti",
            "Pengingat",
            "Bantuan",
            "Bahasa / Language"
        ]
    );
    let boss = Person::buttons_of(&boss_menu);
    assert!(
        boss.contains(&"Tim saya".to_string()) && !boss.contains(&"Status pendaftaran".to_string())
    );
    let hr = Person::buttons_of(&hr_menu);
    assert!(
        hr.contains(&"Status pendaftaran".to_string()) && !hr.contains(&"Tim saya".to_string())
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn names_with_html_characters_render_without_errors() {
    let (app, siti, kepala, _) = registered().await;

    let data = siti.says("/datasaya").await;
    assert!(data.text.contains("Siti <Nur> & Rekan_1"), "{}", data.text);

    kepala.says("/tim").await;
    let team = kepala.last_message();
    assert!(team.text.contains("Siti <Nur> & Rekan_1"), "{}", team.text);
    assert!(
        team.text.contains("2 bawahan langsung, 1 sudah terdaftar"),
        "{}",
        team.text
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_wrong_data_report_reaches_hr_and_its_button_works_once() {
    let (app, siti, _, rina) = registered().await;
    siti.says("/datasaya").await;
    siti.taps("Laporkan data salah").await;
    assert!(siti.last_message().text.contains("Tuliskan apa yang salah"));

    let sticker_reply = siti.sends_sticker().await;
    assert!(
        sticker_reply.text.contains("sebagai teks"),
        "{}",
        sticker_reply.text
    );
    let confirm = siti
        .says("Atasan saya sekarang <Kabid> Yankes & bukan Kadis")
        .await;

    assert!(
        confirm.text.contains("terkirim ke admin BKD"),
        "{}",
        confirm.text
    );
    let to_hr = rina.last_message();
    assert!(
        to_hr.text.contains("Laporan data salah #"),
        "{}",
        to_hr.text
    );
    assert!(
        to_hr
            .text
            .contains("Atasan saya sekarang <Kabid> Yankes & bukan Kadis")
    );
    assert!(
        to_hr.text.contains("dr. Ahmad Hutagalung"),
        "current data included: {}",
        to_hr.text
    );

    let seen_by_siti = siti.messages().len();
    let answer = rina.taps("Selesai ditangani").await;
    assert_eq!(answer.as_deref(), Some("Ditandai selesai."));
    assert!(
        rina.messages()
            .iter()
            .any(|m| m.text.contains("Ditangani oleh Rina Simatupang"))
    );
    assert_eq!(siti.messages().len(), seen_by_siti + 1);
    assert!(siti.last_message().text.contains("sudah ditangani BKD"));

    // A second tap on the same (now stale) button: told, nothing sent again.
    let answer = rina
        .taps_data(
            to_hr.message_id,
            &format!("kr:ok:{}", report_id(&to_hr.text)),
        )
        .await;
    assert!(answer.unwrap_or_default().contains("sudah ditangani"));
    assert_eq!(siti.messages().len(), seen_by_siti + 1);
    app.assert_telegram_accepted_everything();
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
async fn forged_and_garbage_buttons_change_nothing() {
    let (app, siti, kepala, rina) = registered().await;
    siti.says("/datasaya").await;
    siti.taps("Laporkan data salah").await;
    siti.says("Unit kerja saya salah").await;
    let report = rina.last_message();
    let id = report_id(&report.text);
    let menu = siti.says("/menu").await;

    // Staff forge HR's button on their own message.
    let answer = siti
        .taps_data(menu.message_id, &format!("kr:ok:{id}"))
        .await;
    assert!(answer.unwrap_or_default().contains("tidak berwenang"));
    // A supervisor too.
    let boss_menu = kepala.says("/menu").await;
    kepala
        .taps_data(boss_menu.message_id, &format!("kr:ok:{id}"))
        .await;
    let stored = app.store.data_report(id).await.unwrap().unwrap();
    assert!(
        stored.handled_at.is_none(),
        "a forged tap handled the report"
    );

    // Staff ask for the supervisor's and HR's views.
    let answer = siti.taps_data(menu.message_id, "m:tim").await;
    assert!(answer.unwrap_or_default().contains("untuk atasan"));
    let answer = siti.taps_data(menu.message_id, "m:reg").await;
    assert!(answer.unwrap_or_default().contains("admin BKD"));

    // Garbage and oversized data.
    for data in ["", "hapus-semua", "kr:ok:-1", "m:ds:1", &"x".repeat(64)] {
        let answer = siti.taps_data(menu.message_id, data).await;
        assert!(
            answer.unwrap_or_default().contains("tidak berlaku"),
            "{data:?}"
        );
    }
    // Someone who is not registered at all.
    let stranger = app.user(9999, "Asing");
    stranger.says("/start").await;
    let answer = stranger.taps_data(menu.message_id, "m:ds").await;
    assert!(answer.unwrap_or_default().contains("belum terdaftar"));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_dialogue_interrupted_by_a_restart_continues_where_it_stopped() {
    let (mut app, siti, _, rina) = registered().await;
    siti.says("/datasaya").await;
    siti.taps("Laporkan data salah").await;

    app.restart().await;
    let confirm = siti.says("Jabatan saya sekarang Perawat Ahli Muda").await;

    assert!(
        confirm.text.contains("terkirim ke admin BKD"),
        "{}",
        confirm.text
    );
    assert!(rina.last_message().text.contains("Perawat Ahli Muda"));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_update_taken_before_a_restart_is_handled_exactly_once() {
    let (mut app, siti, _, _) = registered().await;
    let before = siti.messages().len();

    siti.says("/bantuan").await;
    app.restart().await;
    siti.says("/bantuan").await;

    let helps = siti.messages()[before..]
        .iter()
        .filter(|m| m.text.contains("Bantuan Kinerja"))
        .count();
    assert_eq!(helps, 2, "each /bantuan answered once");
    assert_eq!(app.tg.pending_update_count(), 0);
}

#[tokio::test]
async fn batal_leaves_the_dialogue() {
    let (app, siti, _, rina) = registered().await;
    siti.says("/datasaya").await;
    siti.taps("Laporkan data salah").await;
    let hr_before = rina.messages().len();

    let reply = siti.says("/batal").await;
    assert!(reply.text.contains("Dibatalkan"));
    let reply = siti.says("ini bukan laporan").await;

    assert!(reply.text.contains("tidak saya mengerti"), "{}", reply.text);
    assert_eq!(rina.messages().len(), hr_before);
    let reply = siti.says("/batal").await;
    assert!(reply.text.contains("Tidak ada percakapan"));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn in_a_group_the_bot_only_points_to_the_private_chat() {
    let (app, siti, _, _) = registered().await;
    let group = support::TgChat::group(-100_200, "ASN Dinkes");

    app.tg
        .push_text(&siti.user, &group, "/menu@kinerja_test_bot");
    app.tg
        .wait_for("a reply in the group", support::PATIENCE, |tg| {
            !tg.messages_to(-100_200).is_empty()
        })
        .await;
    app.tg.push_text(&siti.user, &group, "selamat pagi semua");
    app.tg.push_text(&siti.user, &group, "/bantuan");
    app.tg
        .wait_for("the second reply", support::PATIENCE, |tg| {
            tg.messages_to(-100_200).len() >= 2
        })
        .await;

    let replies = app.tg.messages_to(-100_200);
    assert_eq!(replies.len(), 2, "no reply to small talk");
    assert!(
        replies
            .iter()
            .all(|m| m.text.contains("hanya melayani chat pribadi"))
    );
}

#[tokio::test]
async fn unregistered_people_are_told_how_to_register() {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.unwrap();
    let someone = app.user(8008, "Tamu");

    let reply = someone.says("/menu").await;
    assert!(reply.text.contains("belum terdaftar"), "{}", reply.text);
    let reply = someone.says("/liburan").await;
    assert!(reply.text.contains("tidak dikenal"), "{}", reply.text);
    let reply = someone.says("/cuti").await;
    assert!(reply.text.contains("belum terdaftar"), "{}", reply.text);
    let reply = someone.says("/pelatihan").await;
    assert!(reply.text.contains("belum terdaftar"), "{}", reply.text);
    let reply = someone.says("/bantuan").await;
    assert!(reply.text.contains("/start"), "{}", reply.text);
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_roster_change_of_roles_reaches_the_menu_and_the_command_list() {
    let (app, siti, _, _) = registered().await;
    assert!(
        !Person::buttons_of(&siti.says("/menu").await).contains(&"Status pendaftaran".to_string())
    );

    app.store.set_admin(STAF_SITI, true, "test").await.unwrap();
    let menu = siti.says("/menu").await;

    assert!(Person::buttons_of(&menu).contains(&"Status pendaftaran".to_string()));
    let commands: Vec<String> = app
        .tg
        .commands_for_chat(siti.chat_id())
        .unwrap_or_default()
        .into_iter()
        .map(|(c, _)| c)
        .collect();
    assert!(commands.contains(&"laporan".to_string()), "{commands:?}");
    let status = siti.says("/laporan").await;
    assert!(
        status
            .text
            .contains("3 dari 4 pegawai aktif sudah terdaftar"),
        "{}",
        status.text
    );
}
