//! `/cuti` (issue 18): a person records leave in the chat (kind, dates typed the
//! Indonesian way, a photo, the preview, Simpan), the supervisor is told in their language
//! with Tolak, refuses with a note and the person is told; /tim shows who is away; bad
//! dates, an end before the start and overlapping leave are refused with the dialogue
//! staying; forged, second and stale taps change nothing; an English reader gets English.

mod support;

use chrono::{Days, NaiveDate};
use kinerja::domain::calendar::{Leave, LeaveKind};
use kinerja::domain::time::today_wib;
use kinerja::store::calendar::{LeaveSource, RecordLeave, WithdrawLeave};
use support::roster_fixture::*;
use support::{Person, TestApp};

fn typed(d: NaiveDate) -> String {
    d.format("%d-%m-%Y").to_string()
}

fn shown(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The fixture's roster with the head and Siti registered in the chat.
async fn office() -> (TestApp, Person, Person) {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.expect("the roster imports");
    let kepala = app.user(1001, "Ahmad");
    kepala.registers("6281211112222").await;
    let siti = app.user(5005, "Siti");
    siti.registers("6281333334444").await;
    (app, kepala, siti)
}

async fn status_of(app: &TestApp, id: i64) -> String {
    app.store
        .leave(id)
        .await
        .unwrap()
        .expect("the leave")
        .status
}

async fn only_leave_of(app: &TestApp, nip: &str) -> i64 {
    let all = app.store.leave_of(nip).await.unwrap();
    assert_eq!(all.len(), 1, "{all:?}");
    all[0].id
}

async fn recorded(app: &TestApp, from: NaiveDate, until: NaiveDate) -> i64 {
    let leave = Leave::new(from, until, LeaveKind::Tahunan).unwrap();
    match app
        .store
        .record_leave(STAF_SITI, leave, None, LeaveSource::Hr)
        .await
        .unwrap()
    {
        RecordLeave::Recorded(id) => id,
        RecordLeave::Refused(e) => panic!("{e}"),
    }
}

#[tokio::test]
async fn leave_with_a_photo_is_recorded_the_supervisor_refuses_it_with_a_note() {
    let (app, kepala, siti) = office().await;
    let today = today_wib();
    let until = today + Days::new(2);

    siti.says("/cuti").await;
    siti.sees("Cuti saya").await;
    siti.sees("pilih jenisnya").await;
    siti.taps("Cuti sakit").await;
    siti.sees("Mulai tanggal berapa").await;
    // An unreadable date, then a good one.
    siti.says("besok").await;
    siti.sees("tidak terbaca").await;
    siti.says(&typed(today)).await;
    siti.sees("Sampai tanggal berapa").await;
    // The end before the start: refused, the question stays.
    siti.says(&typed(today - Days::new(1))).await;
    siti.sees("sebelum mulai").await;
    siti.says(&until.format("%-d/%-m/%Y").to_string()).await;
    siti.sees("Lewati").await;
    siti.says("ini suratnya").await;
    siti.sees("Kirim dokumen atau foto").await;
    siti.sends_photo(None).await;
    let preview = siti.sees("Periksa cuti Anda").await;
    assert!(preview.text.contains("foto"), "{}", preview.text);
    assert!(preview.text.contains("3 hari"), "{}", preview.text);
    siti.taps("Simpan").await;
    let saved = siti.sees("Cuti dicatat").await;
    assert!(
        saved.text.contains("dr. Ahmad Hutagalung"),
        "{}",
        saved.text
    );
    // A second Simpan records nothing more.
    let again = siti.taps("Simpan").await.expect("an alert");
    assert!(again.contains("tidak ada yang diubah"), "{again}");
    let id = only_leave_of(&app, STAF_SITI).await;
    let record = app.store.leave(id).await.unwrap().unwrap();
    assert_eq!(record.leave.kind, LeaveKind::Sakit);
    assert_eq!((record.leave.from, record.leave.until), (today, until));
    assert_eq!(record.file.expect("the photo").kind, "photo");

    // The supervisor is told, with Tolak and the photo.
    let notice = kepala.received("Cuti di tim Anda").await;
    assert!(notice.text.contains("Cuti sakit"), "{}", notice.text);
    assert!(notice.text.contains(&shown(until)), "{}", notice.text);
    assert!(Person::buttons_of(&notice).contains(&"Tolak".to_string()));
    kepala.taps("Lihat lampiran").await;
    assert!(kepala.arrived().iter().any(|m| m.kind == "photo"));

    // /tim shows who is away today.
    kepala.says("/tim").await;
    let team = kepala.sees("Cuti hari ini").await;
    assert!(
        team.text.contains("Siti <Nur> & Rekan_1: Cuti sakit"),
        "{}",
        team.text
    );
    assert!(team.text.contains(&shown(until)), "{}", team.text);
    assert!(team.raw.chars().count() <= 4096);

    kepala.taps("Tolak").await;
    kepala.sees("Tulis alasan").await;
    kepala.says("Ada visitasi akreditasi minggu ini").await;
    kepala.sees("ditolak").await;
    assert_eq!(status_of(&app, id).await, "refused");
    let told = siti.received("Cuti Anda ditolak").await;
    assert!(
        told.text.contains("Ada visitasi akreditasi"),
        "{}",
        told.text
    );
    assert!(told.text.contains("dr. Ahmad Hutagalung"), "{}", told.text);

    // A second Tolak changes nothing and says so.
    let second = kepala.taps("Tolak").await.expect("an alert");
    assert!(second.contains("sudah ditolak"), "{second}");
    assert_eq!(status_of(&app, id).await, "refused");
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn overlapping_leave_is_refused_and_the_dialogue_stays() {
    let (app, _kepala, siti) = office().await;
    let start = today_wib() + Days::new(10);
    recorded(&app, start, start + Days::new(2)).await;

    siti.says("/cuti").await;
    let overview = siti.sees("Cuti saya").await;
    assert!(overview.text.contains(&shown(start)), "{}", overview.text);
    siti.taps("Cuti tahunan").await;
    // A first day inside the recorded leave.
    siti.says(&typed(start + Days::new(1))).await;
    let refused = siti.sees("bertumpuk").await;
    assert!(refused.text.contains(&shown(start)), "{}", refused.text);
    // Around it.
    siti.says(&typed(start - Days::new(3))).await;
    siti.sees("Sampai tanggal berapa").await;
    siti.says(&typed(start + Days::new(5))).await;
    let refused = siti.sees("bertumpuk").await;
    assert!(
        refused.text.contains(&shown(start + Days::new(2))),
        "{}",
        refused.text
    );
    // Too long.
    siti.says(&typed(start + Days::new(400))).await;
    siti.sees("lebih dari 366 hari").await;
    // Still at the last day: a good one goes on.
    siti.says(&typed(start - Days::new(1))).await;
    siti.sees("Lewati").await;
    siti.taps("Lewati").await;
    siti.sees("tidak ada").await;
    siti.taps("Simpan").await;
    siti.sees("Cuti dicatat").await;
    assert_eq!(app.store.leave_of(STAF_SITI).await.unwrap().len(), 2);
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn forged_second_and_stale_taps_change_nothing() {
    let (app, kepala, siti) = office().await;
    let rina = app.user(7007, "Rina");
    rina.registers("6281155556666").await;
    let start = today_wib() + Days::new(20);

    siti.says("/cuti").await;
    siti.taps("Lainnya").await;
    siti.says(&start.format("%-d %B %Y").to_string()).await;
    siti.says(&typed(start)).await;
    siti.taps("Lewati").await;
    siti.taps("Simpan").await;
    siti.sees("Cuti dicatat").await;
    let id = only_leave_of(&app, STAF_SITI).await;
    kepala.received("Cuti di tim Anda").await;

    // Someone who is not Siti's supervisor forges Tolak, and Batalkan on her leave.
    let on = rina.last_message().message_id;
    let forged = rina.taps_data(on, &format!("cu:t:{id}")).await.unwrap();
    assert!(forged.contains("bukan milik anggota tim"), "{forged}");
    let forged = rina.taps_data(on, &format!("cu:b:{id}")).await.unwrap();
    assert!(forged.contains("bukan milik Anda"), "{forged}");
    assert_eq!(status_of(&app, id).await, "recorded");
    // Nor does the supervisor withdraw someone else's leave.
    let on = kepala.last_message().message_id;
    let forged = kepala.taps_data(on, &format!("cu:b:{id}")).await.unwrap();
    assert!(forged.contains("bukan milik Anda"), "{forged}");

    // Siti withdraws it; the supervisor's Tolak is stale now.
    siti.says("/cuti").await;
    siti.sees("Cuti saya").await;
    siti.taps_containing("Batalkan").await;
    siti.sees("Cuti dibatalkan").await;
    assert_eq!(status_of(&app, id).await, "cancelled");
    let stale = kepala.taps("Tolak").await.expect("an alert");
    assert!(stale.contains("sudah dibatalkan"), "{stale}");
    let again = siti
        .taps_data(on_of(&siti), &format!("cu:b:{id}"))
        .await
        .unwrap();
    assert!(again.contains("sudah dibatalkan"), "{again}");
    assert_eq!(status_of(&app, id).await, "cancelled");
    assert!(!siti.messages().iter().any(|m| m.text.contains("ditolak")));

    // A leave already begun is cut short: the days taken stay.
    let today = today_wib();
    let begun = recorded(&app, today - Days::new(2), today + Days::new(2)).await;
    match app
        .store
        .withdraw_leave(begun, STAF_SITI, today)
        .await
        .unwrap()
    {
        WithdrawLeave::Shortened(_, last) => assert_eq!(last, today - Days::new(1)),
        other => panic!("{other:?}"),
    }
    let record = app.store.leave(begun).await.unwrap().unwrap();
    assert_eq!(
        (record.status.as_str(), record.leave.until),
        ("recorded", today - Days::new(1))
    );
    app.assert_telegram_accepted_everything();
}

fn on_of(person: &Person) -> i64 {
    person.last_message().message_id
}

#[tokio::test]
async fn an_english_reader_records_leave_in_english_and_the_supervisor_reads_indonesian() {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.expect("the roster imports");
    let kepala = app.user(1001, "Ahmad");
    kepala.registers("6281211112222").await;
    let siti = app.user_speaking(5005, "Siti", "en");
    siti.shares_own_contact("6281333334444").await;
    siti.sees("Menu").await;
    let start = today_wib() + Days::new(5);

    siti.says("/cuti").await;
    siti.sees("My leave").await;
    siti.taps("Official travel").await;
    siti.sees("From which date").await;
    siti.says("someday").await;
    siti.sees("not understood").await;
    siti.says(&typed(start)).await;
    siti.says(&typed(start + Days::new(1))).await;
    siti.sees("Skip").await;
    siti.taps("Skip").await;
    let preview = siti.sees("Check your leave").await;
    assert!(preview.text.contains("2 days"), "{}", preview.text);
    siti.taps("Save").await;
    siti.sees("Leave recorded").await;
    let notice = kepala.received("Cuti di tim Anda").await;
    assert!(notice.text.contains("Dinas luar"), "{}", notice.text);
    kepala.taps("Tolak").await;
    kepala.says("Perlu surat tugas").await;
    let told = siti.received("Your leave was refused").await;
    assert!(told.text.contains("Official travel"), "{}", told.text);
    app.assert_telegram_accepted_everything();
}
