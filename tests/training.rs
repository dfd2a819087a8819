//! HR's attendance list of a training in the chat: a paged list of the registered people,
//! which pages in place (forward and back) instead of piling up copies of itself.

mod support;

use support::seed::{numbered_nip, training};
use support::{Person, TestApp};

const RINA: &str = "197703032005011003";

/// HR, and eleven staff who all hold a seat of a training that began an hour ago: one page
/// more than fits. Returns the training's announcement id.
async fn a_training_under_way(app: &TestApp) -> i64 {
    let mut csv = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {RINA},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,081155556666,admin\n"
    );
    let staff: Vec<String> = (0..11).map(numbered_nip).collect();
    for (i, nip) in staff.iter().enumerate() {
        csv.push_str(&format!("{nip},Peserta {i:02},Staf,Dinas Kesehatan,,,\n"));
    }
    app.import_csv(&csv).await.unwrap();
    let t = kinerja::store::now();
    let id = training(&app.store, "Pelatihan SKP", (t + 86400, t + 3600), 20, 8).await;
    sqlx::query("UPDATE trainings SET starts_at = $2, deadline = $3 WHERE announcement_id = $1")
        .bind(id)
        .bind(t - 3600)
        .bind(t - 7200)
        .execute(app.store.pool())
        .await
        .unwrap();
    for (n, nip) in staff.iter().enumerate() {
        sqlx::query(
            "INSERT INTO training_seats (announcement_id, nip, status, queue_no, updated_at, attended) \
             VALUES ($1, $2, 'registered', $3, 0, 0)",
        )
        .bind(id)
        .bind(nip)
        .bind(n as i64 + 1)
        .execute(app.store.pool())
        .await
        .unwrap();
    }
    id
}

#[tokio::test]
async fn the_attendance_list_pages_back_and_forth_in_one_message() {
    let app = TestApp::spawn().await;
    let id = a_training_under_way(&app).await;
    let rina = app.user(7007, "Rina");
    rina.registers("081155556666").await;
    rina.says("/pengumuman").await;
    rina.taps("Pengumuman terkirim").await;
    rina.taps(&format!("#{id}")).await;
    rina.sees("Terdaftar 11").await;

    rina.taps("Kehadiran").await;
    let first = rina.sees("Halaman 1 dari 2").await;
    rina.taps("Berikutnya ▶").await;
    let second = rina.sees("Halaman 2 dari 2").await;
    rina.taps("◀ Sebelumnya").await;
    let back = rina.sees("Halaman 1 dari 2").await;

    assert_eq!(
        second.message_id, first.message_id,
        "forward edits the list"
    );
    assert_eq!(back.message_id, first.message_id, "back edits the list too");
    let names = Person::buttons_of(&back);
    assert_eq!(names[0], "⬜ Peserta 00", "{names:?}");
    assert_eq!(names.len(), 10 + 1, "ten names and the arrow: {names:?}");
    let lists = rina
        .messages()
        .into_iter()
        .filter(|m| m.text.contains("Kehadiran pelatihan"))
        .count();
    assert_eq!(lists, 1, "one attendance list in the chat");
    assert!(
        rina.messages()
            .iter()
            .any(|m| m.text.contains("Terdaftar 11")),
        "the figures stay above the list"
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn the_list_of_sent_announcements_pages_back_and_forth_in_one_message() {
    let app = TestApp::spawn().await;
    a_training_under_way(&app).await;
    let t = kinerja::store::now();
    for n in 0..6 {
        training(
            &app.store,
            &format!("Pelatihan {n}"),
            (t + 86400, t + 3600),
            20,
            8,
        )
        .await;
    }
    let rina = app.user(7007, "Rina");
    rina.registers("081155556666").await;
    rina.says("/pengumuman").await;
    rina.taps("Pengumuman terkirim").await;
    let first = rina.sees("(halaman 1)").await;
    rina.taps("Berikutnya ▶").await;
    let second = rina.sees("(halaman 2)").await;
    rina.taps("◀ Sebelumnya").await;
    let back = rina.sees("(halaman 1)").await;
    assert_eq!(
        second.message_id, first.message_id,
        "forward edits the list"
    );
    assert_eq!(back.message_id, first.message_id, "back edits the list too");
    let lists = rina
        .messages()
        .into_iter()
        .filter(|m| m.text.contains("Pengumuman terkirim"))
        .count();
    assert_eq!(lists, 1, "one list in the chat");
    app.assert_telegram_accepted_everything();
}
