//! Approving many plans at once, and the role matrix. A head of unit with 30 staff shares
//! one RHK directly, the target split evenly; 28 accept, one changes the target, one
//! declines, and 29 send their plans. In `/persetujuan` the 28 unchanged plans are marked
//! and approved with one confirmation; the one who changed the target is not among them,
//! and a plan sent again between the list and the tap is left out. The matrix (in the chat,
//! as a sheet and on the Rencana SKP) shows who carries which part. Forged and second taps
//! change nothing.

mod support;

use kinerja::domain::plan::{Aspek, PlanStatus};
use kinerja::domain::quantity::Quantity;
use kinerja::domain::roles::{ShareKind, Split, split_evenly};
use kinerja::domain::text::Notice;
use kinerja::domain::time::current_year_wib;
use kinerja::store::roles::{Answer, ShareField};
use support::seed::{bind, numbered_nip};
use support::{Person, TestApp};

const HEAD: &str = "196608011988031001";
const ADMIN: &str = "197703032005011003";
const TEAM: usize = 30;
const HEAD_CHAT: i64 = 1001;

fn staff_chat(i: usize) -> i64 {
    50_000 + i as i64
}

/// A head of Puskesmas with 30 nurses under them, and an HR admin; all registered.
async fn unit() -> (TestApp, Person, Vec<Person>) {
    let app = TestApp::spawn().await;
    let mut csv = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {HEAD},dr. Ahmad Hutagalung,Kepala Puskesmas,Puskesmas Sibolga,,,\n\
         {ADMIN},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,,admin\n"
    );
    for i in 0..TEAM {
        csv.push_str(&format!(
            "{},Perawat {i:02},Perawat Terampil,Puskesmas Sibolga,{HEAD},,\n",
            numbered_nip(i)
        ));
    }
    app.import_csv(&csv).await.expect("the roster imports");
    bind(&app.store, HEAD, HEAD_CHAT).await;
    app.tg.register_chat(HEAD_CHAT);
    let head = app.user(HEAD_CHAT, "Ahmad");
    let mut staff = Vec::new();
    for i in 0..TEAM {
        bind(&app.store, &numbered_nip(i), staff_chat(i)).await;
        app.tg.register_chat(staff_chat(i));
        staff.push(app.user(staff_chat(i), &format!("Perawat {i:02}")));
    }
    support::office::approved_plan(
        &app,
        HEAD,
        ADMIN,
        &[(
            "Cakupan imunisasi dasar lengkap",
            &["Bayi diimunisasi lengkap"],
        )],
    )
    .await;
    (app, head, staff)
}

fn q(raw: &str) -> Quantity {
    Quantity::parse(raw).unwrap()
}

/// The head shares their RHK with the whole team, `1.200 orang` split evenly.
async fn share_with_everyone(app: &TestApp) -> Vec<kinerja::store::roles::Proposal> {
    let s = &app.store;
    let plan = s.plan_of(HEAD, current_year_wib()).await.unwrap().unwrap();
    let parent = s.working_content(plan.id).await.unwrap().rhk[0].id;
    let share = s.start_share(HEAD, parent).await.unwrap();
    s.choose_whole_team(share, HEAD, true).await.unwrap();
    for field in [
        ShareField::Kind(ShareKind::Direct),
        ShareField::RhkText("Imunisasi dasar lengkap di wilayah binaan".into()),
        ShareField::IndicatorText("Bayi di wilayah binaan diimunisasi lengkap".into()),
        ShareField::Aspek(Aspek::Kuantitas),
    ] {
        s.set_share_field(share, HEAD, field).await.unwrap();
    }
    let members = s.share(share).await.unwrap().unwrap().members;
    let parts = split_evenly(&q("1.200 orang"), members.len());
    let targets: Vec<(String, Quantity)> =
        members.iter().map(|m| m.nip.clone()).zip(parts).collect();
    s.set_share_targets(share, HEAD, Split::Even, &targets)
        .await
        .unwrap();
    s.send_share(share, HEAD, |p| Notice::new(format!("Usulan {}", p.id)))
        .await
        .unwrap()
}

async fn submit(app: &TestApp, nip: &str) {
    let plan = app
        .store
        .plan_of(nip, current_year_wib())
        .await
        .unwrap()
        .unwrap();
    app.store.submit_plan(plan.id, "test").await.unwrap();
}

#[tokio::test]
async fn the_unchanged_plans_are_approved_at_once_and_the_changed_one_is_not() {
    let (app, head, staff) = unit().await;
    let proposals = share_with_everyone(&app).await;
    assert_eq!(proposals.len(), TEAM);
    assert!(proposals.iter().all(|p| p.target == q("40 orang")));
    let by_nip = |i: usize| {
        proposals
            .iter()
            .find(|p| p.nip == numbered_nip(i))
            .expect("a proposal for each")
            .id
    };
    for i in 0..28 {
        app.store
            .answer_proposal(by_nip(i), &numbered_nip(i), &Answer::Accept)
            .await
            .unwrap();
    }
    app.store
        .answer_proposal(
            by_nip(28),
            &numbered_nip(28),
            &Answer::Change(q("35 orang")),
        )
        .await
        .unwrap();
    app.store
        .answer_proposal(
            by_nip(29),
            &numbered_nip(29),
            &Answer::Decline("Saya memegang program gizi".into()),
        )
        .await
        .unwrap();
    for i in 0..29 {
        submit(&app, &numbered_nip(i)).await;
    }

    // The list marks each plan against what was proposed.
    let list = head.says("/persetujuan").await;
    assert!(list.text.contains("29 rencana"), "{}", list.text);
    assert!(list.text.contains("✓ sesuai usulan"), "{}", list.text);
    let buttons = Person::buttons_of(&list);
    assert_eq!(
        buttons[0], "✅ Setujui semua yang sesuai (28)",
        "{buttons:?}"
    );
    let differing = app
        .store
        .plan_of(&numbered_nip(28), current_year_wib())
        .await
        .unwrap()
        .unwrap();
    head.taps_data(list.message_id, &format!("ap:d:{}:1:0", differing.id))
        .await;
    let detail = head.last_message();
    assert!(
        detail.text.contains("Berbeda dari usulan") && detail.text.contains("35 orang"),
        "{}",
        detail.text
    );

    head.taps("✅ Setujui semua yang sesuai (28)").await;
    let confirm = head.last_message();
    assert!(
        confirm.text.contains("Setujui 28 rencana sekaligus"),
        "{}",
        confirm.text
    );
    assert!(confirm.text.contains("Perawat 00") && confirm.text.contains("Perawat 27"));
    assert!(!confirm.text.contains("Perawat 28"), "{}", confirm.text);
    let (confirm_id, confirm_data) = head.find_button("✅ Ya, setujui 28 rencana").unwrap();

    // Perawat 05 takes her plan back and sends it again, unchanged, before the tap: the
    // version on the list is not the one waiting now.
    let moved = app
        .store
        .plan_of(&numbered_nip(5), current_year_wib())
        .await
        .unwrap()
        .unwrap();
    app.store.withdraw_plan(moved.id, 1, "test").await.unwrap();
    submit(&app, &numbered_nip(5)).await;

    let answer = head.taps_data(confirm_id, &confirm_data).await;
    assert_eq!(answer.as_deref(), Some("27 rencana disetujui."));
    let done = head.sees("27 rencana disetujui sekaligus").await;
    assert!(
        done.text.contains("Perawat 05") && done.text.contains("Tidak disetujui"),
        "{}",
        done.text
    );
    for i in 0..29 {
        let plan = app
            .store
            .plan_of(&numbered_nip(i), current_year_wib())
            .await
            .unwrap()
            .unwrap();
        let expected = if i == 5 || i == 28 {
            PlanStatus::Submitted
        } else {
            PlanStatus::Approved
        };
        assert_eq!(plan.status, expected, "Perawat {i:02}");
    }
    assert!(
        staff[0]
            .messages()
            .iter()
            .any(|m| m.text.contains("disetujui"))
    );
    assert!(
        !staff[28]
            .messages()
            .iter()
            .any(|m| m.text.contains("<b>disetujui</b>"))
    );

    // A second tap, and the list tapped by someone else, change nothing.
    let again = head.taps_data(confirm_id, &confirm_data).await;
    assert_eq!(
        again.as_deref(),
        Some("Daftar ini sudah diproses. Buka /persetujuan untuk melihat yang masih menunggu.")
    );
    let batch = confirm_data.rsplit(':').next().unwrap();
    let forged = staff[3].taps_data(1, &format!("ap:ally:{batch}")).await;
    assert!(forged.is_some_and(|a| a.contains("sudah diproses")));
    let forged = staff[3].taps_data(1, "ap:all").await;
    assert!(forged.is_some_and(|a| a.contains("Tidak ada rencana")));

    // Perawat 05's new version matches the proposal too: the next list offers it alone.
    let list = head.says("/persetujuan").await;
    assert_eq!(
        Person::buttons_of(&list)[0],
        "✅ Setujui semua yang sesuai (1)"
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn the_matrix_shows_who_carries_which_part_in_the_chat_in_a_sheet_and_on_the_form() {
    let (app, head, _staff) = unit().await;
    let proposals = share_with_everyone(&app).await;
    let of = |i: usize| {
        proposals
            .iter()
            .find(|p| p.nip == numbered_nip(i))
            .unwrap()
            .id
    };
    app.store
        .answer_proposal(of(0), &numbered_nip(0), &Answer::Accept)
        .await
        .unwrap();
    app.store
        .answer_proposal(of(1), &numbered_nip(1), &Answer::Change(q("35 orang")))
        .await
        .unwrap();
    app.store
        .answer_proposal(
            of(2),
            &numbered_nip(2),
            &Answer::Decline("Cuti melahirkan <3 bulan>".into()),
        )
        .await
        .unwrap();

    let team = head.says("/tim").await;
    assert!(Person::buttons_of(&team).contains(&"🧩 Matriks peran".to_string()));
    head.taps("🧩 Matriks peran").await;
    let matrix = head.last_message();
    assert!(
        matrix.text.contains("Matriks Pembagian Peran dan Hasil"),
        "{}",
        matrix.text
    );
    assert!(
        matrix.text.contains("Menunggu jawaban: 27 orang"),
        "{}",
        matrix.text
    );
    assert!(
        matrix.text.contains("Cakupan imunisasi dasar lengkap"),
        "{}",
        matrix.text
    );
    assert!(
        matrix.text.contains(
            "Perawat 00 — Imunisasi dasar lengkap di wilayah binaan — 40 orang (✓ diterima)"
        ),
        "{}",
        matrix.text
    );
    assert!(matrix.text.contains("Perawat 01") && matrix.text.contains("35 orang (✏️"));
    assert!(
        matrix.text.contains("ditolak: Cuti melahirkan <3 bulan>"),
        "{}",
        matrix.text
    );
    assert!(matrix.text.chars().count() <= 4096);

    head.taps("Unduh CSV").await;
    let file = head.last_message();
    let csv = String::from_utf8(
        app.tg
            .file_content(file.file_id.as_deref().unwrap())
            .unwrap(),
    )
    .unwrap();
    assert_eq!(csv.lines().count(), 1 + TEAM, "{csv}");
    assert!(
        csv.contains("Perawat 01;") && csv.contains("Diterima dengan target lain"),
        "{csv}"
    );
    assert!(csv.contains("Ditolak;Cuti melahirkan <3 bulan>"), "{csv}");

    // The head's Rencana SKP carries the matrix on a page of its own.
    head.says("/rencana").await;
    head.taps("📄 Unduh PDF").await;
    let version = head
        .last_message()
        .reply_markup
        .as_ref()
        .and_then(|m| {
            m["inline_keyboard"][0][0]["text"]
                .as_str()
                .map(String::from)
        })
        .unwrap();
    head.taps(&version).await;
    let pdf = head.last_message();
    if let Some(text) = support::pdf_text(&app, &pdf) {
        assert!(text.contains("MATRIKS PEMBAGIAN PERAN DAN HASIL"), "{text}");
        assert!(text.contains("Perawat 01"), "{text}");
    }

    // A staff member has no team, and no matrix.
    let forged = _staff[4].taps_data(1, "mx:v:0").await;
    assert!(forged.is_some(), "refused with an alert");
    app.assert_telegram_accepted_everything();
}
