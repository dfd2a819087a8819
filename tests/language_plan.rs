//! Planning in the reader's language: an English-speaking staff member writes, sends,
//! revises and withdraws her SKP plan in English while her supervisor decides it in
//! Indonesian, and the other way round; HR at the top of the tree and the notices of a
//! moved plan are told in their own language. The official forms stay Indonesian and are
//! not looked at here.

mod support;

use kinerja::domain::lang::Lang;
use kinerja::domain::plan::PlanStatus;
use kinerja::domain::time::current_year_wib;
use kinerja::store::employees::MovedPlan;
use support::roster_fixture::*;
use support::{Person, TestApp};

/// The fixture roster with everyone who takes part registered: those in `english` with
/// Telegram in English, the rest in Indonesian.
async fn office(english: &[i64]) -> (TestApp, Person, Person, Person) {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.expect("the roster imports");
    let mut people = Vec::new();
    for (id, name, phone) in [
        (5005, "Siti", "6281333334444"),
        (1001, "Ahmad", "6281211112222"),
        (7007, "Rina", "6281155556666"),
    ] {
        let person = if english.contains(&id) {
            let person = app.user_speaking(id, name, "en");
            person.shares_own_contact(phone).await;
            person.sees("Menu for").await;
            person
        } else {
            let person = app.user(id, name);
            person.registers(phone).await;
            person
        };
        people.push(person);
    }
    let rina = people.pop().unwrap();
    let kepala = people.pop().unwrap();
    let siti = people.pop().unwrap();
    (app, siti, kepala, rina)
}

async fn status_of(app: &TestApp, nip: &str) -> (PlanStatus, i64) {
    let plan = app
        .store
        .plan_of(nip, current_year_wib())
        .await
        .unwrap()
        .expect("a plan");
    (plan.status, plan.version)
}

/// One RHK with one indicator, written through the chat in Indonesian.
async fn writes_rhk_in_indonesian(staff: &Person) {
    staff.says("/rencana").await;
    staff.taps("Tambah RHK").await;
    staff.says("Imunisasi dasar").await;
    staff.sees("Tulis indikator kinerja").await;
    staff.says("Bayi diimunisasi\n1.200 orang").await;
    staff.taps("Kuantitas").await;
    staff.sees("tersimpan").await;
}

#[tokio::test]
async fn an_english_staff_member_plans_in_english_and_her_indonesian_supervisor_decides_in_indonesian()
 {
    let (app, siti, kepala, _) = office(&[5005]).await;

    let view = siti.says("/rencana").await;
    assert!(
        view.text.contains("SKP plan") && view.text.contains("Status: draft, not sent yet."),
        "{}",
        view.text
    );
    assert!(view.text.contains("No RHK yet"), "{}", view.text);
    siti.taps("Add RHK").await;
    siti.sees("Write a Rencana Hasil Kerja (RHK)").await;
    let saved = siti.says("Higher immunisation coverage").await;
    assert!(saved.text.contains("RHK 1 saved"), "{}", saved.text);
    // Her supervisor's plan is not approved yet: she goes straight on to the indicator.
    assert!(
        saved.text.contains("cannot be linked") && saved.text.contains("performance indicator"),
        "{}",
        saved.text
    );
    assert!(Person::buttons_of(&saved).contains(&"Cancel".to_string()));
    let wrong = siti.says("Infants fully immunised").await;
    assert!(wrong.text.contains("What is the target"), "{}", wrong.text);
    let aspect = siti.says("1.200 infants").await;
    assert!(
        aspect.text.contains("Which aspect is measured?"),
        "{}",
        aspect.text
    );
    siti.taps("Quantity").await;
    let card = siti.sees("Indicator 1.1").await;
    assert!(
        card.text.contains("saved.") && card.text.contains("Target: 1.200 infants"),
        "{}",
        card.text
    );
    let buttons = Person::buttons_of(&card);
    for label in ["Add indicator", "Add RHK", "Send plan", "View plan"] {
        assert!(buttons.contains(&label.to_string()), "{buttons:?}");
    }

    siti.taps("Send plan").await;
    let sent = siti.sees("of your plan was sent to").await;
    assert!(sent.text.contains("dr. Ahmad Hutagalung"), "{}", sent.text);
    assert!(
        sent.text
            .contains("Status: waiting for approval by dr. Ahmad Hutagalung"),
        "{}",
        sent.text
    );
    // The supervisor reads Indonesian.
    let request = kepala.sees("menunggu persetujuan Anda").await;
    assert_eq!(
        Person::buttons_of(&request),
        ["Setujui", "Kembalikan", "Detail"]
    );
    kepala.taps("Kembalikan").await;
    kepala.says("Target terlalu rendah").await;
    kepala.sees("dikembalikan dengan catatan Anda").await;
    let returned = siti.sees("was returned by dr. Ahmad Hutagalung").await;
    assert!(
        returned.text.contains("Target terlalu rendah") && returned.text.contains("press Send"),
        "{}",
        returned.text
    );

    // She revises the target in English.
    let view = siti.says("/rencana").await;
    assert!(view.text.contains("Status: returned on"), "{}", view.text);
    siti.taps("RHK 1").await;
    let rhk = siti.sees("Choose what to change").await;
    let buttons = Person::buttons_of(&rhk);
    for label in [
        "Edit text",
        "Delete RHK",
        "Add indicator",
        "Edit 1.1",
        "Delete 1.1",
        "Back to plan",
    ] {
        assert!(buttons.contains(&label.to_string()), "{buttons:?}");
    }
    siti.taps("Edit 1.1").await;
    siti.sees("choose the part to change").await;
    siti.taps("✏️ Target").await;
    siti.sees("The target of indicator 1.1 is now").await;
    siti.says("1.500 infants").await;
    siti.sees("Change saved").await;
    siti.says("/rencana").await;
    siti.taps("Send").await;
    siti.sees("Version 2 of your plan was sent").await;
    let second = kepala.sees("Versi 2").await;
    assert!(
        second
            .text
            .contains("Perubahan sejak versi yang Anda lihat terakhir"),
        "{}",
        second.text
    );

    // She takes version 2 back; her supervisor is told in Indonesian.
    siti.says("/rencana").await;
    siti.taps("Withdraw").await;
    siti.sees("Withdraw version 2 of your plan").await;
    siti.taps("Yes, withdraw").await;
    let withdrawn = siti.sees("Version 2 of your plan was withdrawn").await;
    assert!(
        withdrawn.text.contains("Status: draft."),
        "{}",
        withdrawn.text
    );
    kepala.sees("menarik kembali rencana SKP versi 2").await;
    assert_eq!(status_of(&app, STAF_SITI).await, (PlanStatus::Draft, 2));

    siti.says("/rencana").await;
    siti.taps("Send").await;
    kepala.sees("Versi 3").await;
    kepala.taps("Setujui").await;
    kepala.taps("Akuntabel").await;
    kepala.says("Laporan tepat waktu").await;
    kepala.sees("ekspektasi khusus").await;
    let toast = kepala.taps("✅ Setujui sekarang").await;
    assert_eq!(toast.as_deref(), Some("Disetujui."));
    let approved = siti.sees("was approved by dr. Ahmad Hutagalung").await;
    assert!(
        approved.text.contains("Supervisor's specific expectations")
            && approved.text.contains("Laporan tepat waktu"),
        "{}",
        approved.text
    );

    let view = siti.says("/rencana").await;
    assert!(view.text.contains("Status: approved on"), "{}", view.text);
    siti.taps("Request a change").await;
    let change = siti.sees("Change opened").await;
    assert!(
        change.text.contains("Approved version 3 stays in force"),
        "{}",
        change.text
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_english_supervisor_decides_an_indonesian_staff_members_plan_in_english() {
    let (app, siti, kepala, _) = office(&[1001]).await;
    writes_rhk_in_indonesian(&siti).await;
    siti.says("/rencana").await;
    siti.taps("Kirim").await;
    siti.sees("dikirim ke").await;

    let request = kepala.sees("is waiting for your approval").await;
    assert!(
        request.text.contains("Version 1: 1 RHK, 1 indicator.")
            && request.text.contains("Siti <Nur> & Rekan_1"),
        "{}",
        request.text
    );
    assert_eq!(
        Person::buttons_of(&request),
        ["Approve", "Return", "Details"]
    );
    kepala.taps("Details").await;
    let detail = kepala.last_message();
    assert!(
        detail.text.contains("(version 1)")
            && detail
                .text
                .contains("Bayi diimunisasi — target 1.200 orang"),
        "{}",
        detail.text
    );
    let waiting = kepala.says("/persetujuan").await;
    assert!(
        waiting
            .text
            .contains("Waiting for your approval: 1 plan, oldest first"),
        "{}",
        waiting.text
    );

    kepala.taps("Approve").await;
    kepala.sees("Approve the plan of").await;
    kepala.taps("Accountable").await;
    kepala.sees("Write your specific expectation").await;
    kepala.says("Reports on time").await;
    let screen = kepala.sees("specific expectations").await;
    assert!(Person::buttons_of(&screen).contains(&"✅ Approve now".to_string()));
    let toast = kepala.taps("✅ Approve now").await;
    assert_eq!(toast.as_deref(), Some("Approved."));
    kepala.sees("is approved").await;
    // Siti reads Indonesian.
    let approved = siti.sees("Anda disetujui").await;
    assert!(
        approved.text.contains("Ekspektasi khusus atasan")
            && approved.text.contains("Reports on time"),
        "{}",
        approved.text
    );
    let nothing = kepala.says("/persetujuan").await;
    assert!(
        nothing
            .text
            .contains("No plans are waiting for your approval"),
        "{}",
        nothing.text
    );
    assert_eq!(status_of(&app, STAF_SITI).await, (PlanStatus::Approved, 1));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn hr_deciding_a_plan_at_the_top_reads_it_in_english() {
    let (app, _, kepala, rina) = office(&[7007]).await;
    writes_rhk_in_indonesian(&kepala).await;
    kepala.says("/rencana").await;
    kepala.taps("Kirim").await;
    assert!(kepala.sees("dikirim ke").await.text.contains("admin BKD"));
    let request = rina.sees("is waiting for your approval").await;
    assert!(
        request.text.contains("dr. Ahmad Hutagalung"),
        "{}",
        request.text
    );

    kepala.says("/rencana").await;
    kepala.taps("Tarik kembali").await;
    kepala.taps("Ya, tarik kembali").await;
    kepala.sees("ditarik kembali").await;
    rina.sees("withdrew version 1 of their SKP plan").await;
    app.assert_telegram_accepted_everything();
}

#[test]
fn a_moved_plan_is_announced_in_each_approvers_language() {
    let moved = MovedPlan {
        year: 2026,
        nip: STAF_SITI.to_string(),
        nama: "Siti <Nur>".to_string(),
        from: Some((KEPALA.to_string(), "dr. Ahmad".to_string())),
        to: Some((ADMIN.to_string(), "Rina & Co".to_string())),
    };
    let notices = kinerja::bot::approval::moved_notices(&moved);
    let (arrived, keyboard) = kinerja::bot::render_notice(&notices.arrived, Lang::En);
    assert!(
        arrived.contains("now waits for your approval") && arrived.contains("Siti &lt;Nur&gt;"),
        "{arrived}"
    );
    let keyboard = keyboard.expect("a button to /persetujuan");
    assert_eq!(keyboard.inline_keyboard[0][0].text, "Open approvals");
    let (left, _) = kinerja::bot::render_notice(&notices.left, Lang::En);
    assert!(
        left.contains("no longer waits for your approval") && left.contains("Rina &amp; Co"),
        "{left}"
    );
    let (arrived, keyboard) = kinerja::bot::render_notice(&notices.arrived, Lang::Id);
    assert!(
        arrived.contains("kini menunggu persetujuan Anda"),
        "{arrived}"
    );
    assert_eq!(
        keyboard.unwrap().inline_keyboard[0][0].text,
        "Buka persetujuan"
    );

    let to_hr = MovedPlan { to: None, ..moved };
    let notices = kinerja::bot::approval::moved_notices(&to_hr);
    let (arrived, _) = kinerja::bot::render_notice(&notices.arrived, Lang::En);
    assert!(arrived.contains("the BKD admins decide"), "{arrived}");
    let (left, _) = kinerja::bot::render_notice(&notices.left, Lang::En);
    assert!(left.contains("decided by the BKD admins"), "{left}");
}
