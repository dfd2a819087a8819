//! Bagi peran (issue 16): a supervisor shares out an RHK of their approved plan among the
//! team, each person finds the proposal and answers it (Terima, Ubah with another target,
//! Tolak with a note), the supervisor is told; a proposal to an approved plan opens a
//! change, a plan waiting for approval refuses it; forged, stale and second taps change
//! nothing; an English reader gets the proposal in English.

mod support;

use kinerja::domain::phone::Phone;
use kinerja::domain::plan::PlanStatus;
use kinerja::domain::quantity::Quantity;
use kinerja::domain::roles::ProposalStatus;
use kinerja::domain::time::current_year_wib;
use kinerja::store::roles::Proposal;
use support::office::approved_plan;
use support::roster_fixture::*;
use support::seed::numbered_nip;
use support::{Person, SentMessage, TestApp};

const PARENT_RHK: &str = "Meningkatnya cakupan imunisasi dasar lengkap";
const PARENT_INDICATOR: &str = "Bayi usia 0-11 bulan diimunisasi lengkap";
const ROLE: &str = "Terlaksananya imunisasi dasar di wilayah kerja";
const INDICATOR: &str = "Bayi di wilayah kerja diimunisasi lengkap";

/// The head, HR, and `n` staff under the head (Pegawai 01 …), each with a phone.
fn roster(n: usize) -> String {
    let mut csv = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Dinas,Dinas Kesehatan,,{KEPALA_PHONE},\n\
         {ADMIN},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,{ADMIN_PHONE},admin\n"
    );
    for i in 1..=n {
        csv.push_str(&format!(
            "{},Pegawai {i:02},Perawat,Dinas Kesehatan,{KEPALA},{},pegawai\n",
            numbered_nip(i),
            phone(i)
        ));
    }
    csv
}

fn phone(i: usize) -> String {
    format!("0813{:08}", 50_000_000 + i)
}

fn q(raw: &str) -> Quantity {
    Quantity::parse(raw).unwrap()
}

/// The app with `n` staff bound to their Telegram accounts (straight through the store:
/// registration has its own tests), the head registered in the chat, and the head's plan
/// approved by HR with one RHK and its indicator.
async fn team_of(n: usize) -> (TestApp, Person, Vec<Person>) {
    let app = TestApp::spawn().await;
    app.import_csv(&roster(n))
        .await
        .expect("the roster imports");
    let kepala = app.user(1001, "Ahmad");
    kepala.registers("6281211112222").await;
    let mut staff = Vec::new();
    for i in 1..=n {
        let id = 20_000 + i as i64;
        let person = app.user(id, &format!("Pegawai {i:02}"));
        app.tg.register_user(&person.user);
        app.store
            .bind_by_phone(id, id, &Phone::parse(&phone(i)).unwrap())
            .await
            .expect("bind");
        staff.push(person);
    }
    approved_plan(
        &app,
        KEPALA,
        ADMIN,
        &[(PARENT_RHK, &[PARENT_INDICATOR][..])],
    )
    .await;
    (app, kepala, staff)
}

/// The head opens their RHK 1 and taps Bagi peran: the member picker.
async fn opens_bagi_peran(kepala: &Person) -> SentMessage {
    kepala.says("/rencana").await;
    kepala.taps("RHK 1").await;
    let rhk = kepala.sees(PARENT_RHK).await;
    assert!(
        Person::buttons_of(&rhk).contains(&"👥 Bagi peran".to_string()),
        "{:?}",
        Person::buttons_of(&rhk)
    );
    kepala.taps("👥 Bagi peran").await;
    kepala.sees("Pilih anggota tim").await
}

async fn proposals(app: &TestApp) -> Vec<Proposal> {
    app.store
        .proposals_by(KEPALA, current_year_wib())
        .await
        .unwrap()
}

async fn proposal_of(app: &TestApp, nip: &str) -> Proposal {
    proposals(app)
        .await
        .into_iter()
        .find(|p| p.nip == nip)
        .unwrap()
}

async fn working_copy(app: &TestApp, nip: &str) -> Option<kinerja::domain::plan::PlanContent> {
    let plan = app.store.plan_of(nip, current_year_wib()).await.unwrap()?;
    Some(app.store.working_content(plan.id).await.unwrap())
}

async fn parent_rhk_id(app: &TestApp) -> i64 {
    working_copy(app, KEPALA).await.unwrap().rhk[0].id
}

#[tokio::test]
async fn thirty_staff_receive_a_split_target_and_accept_change_or_decline_it() {
    let (app, kepala, staff) = team_of(30).await;

    let picker = opens_bagi_peran(&kepala).await;
    assert!(
        picker.text.contains("Terpilih: 0 dari 30 orang"),
        "{}",
        picker.text
    );
    assert!(picker.text.contains("Halaman 1 dari 3"), "{}", picker.text);
    let buttons = Person::buttons_of(&picker);
    assert!(buttons.contains(&"☐ Pegawai 01".to_string()), "{buttons:?}");
    assert!(
        !buttons.contains(&"☐ Pegawai 11".to_string()),
        "{buttons:?}"
    );
    kepala.taps("☐ Pegawai 02").await;
    let ticked = kepala.sees("Terpilih: 1 dari 30 orang").await;
    assert!(Person::buttons_of(&ticked).contains(&"✓ Pegawai 02".to_string()));
    kepala.taps("Pilih semua").await;
    kepala.sees("Terpilih: 30 dari 30 orang").await;
    kepala.taps("Lanjut (30 orang)").await;
    let kind = kepala.sees("Pilih jenis pembagiannya").await;
    assert!(
        kind.text.contains("Langsung: hasil yang sama"),
        "{}",
        kind.text
    );
    assert!(
        kind.text.contains("Tidak langsung: hasil pendukung"),
        "{}",
        kind.text
    );

    kepala.taps("Langsung").await;
    let ask_role = kepala.sees("Tulis peran").await;
    assert!(Person::buttons_of(&ask_role).contains(&"Pakai teks RHK saya".to_string()));
    kepala.says(ROLE).await;
    let ask_indicator = kepala.sees("Tulis indikator").await;
    assert!(
        Person::buttons_of(&ask_indicator).contains(&PARENT_INDICATOR.to_string()),
        "{:?}",
        Person::buttons_of(&ask_indicator)
    );
    kepala.says(INDICATOR).await;
    kepala.sees("Aspek apa yang diukur").await;
    kepala.taps("Kuantitas").await;
    let splits = kepala.sees("Bagaimana target untuk 30 orang").await;
    assert_eq!(
        Person::buttons_of(&splits),
        [
            "Bagi rata dari total",
            "Sama untuk semua",
            "Per orang",
            "Batal"
        ]
    );
    kepala.taps("Bagi rata dari total").await;
    kepala.sees("Total dibagi rata untuk 30 orang").await;
    let wrong = kepala.says("banyak sekali").await;
    assert!(
        wrong.text.contains("Tulis angka dan satuannya"),
        "{}",
        wrong.text
    );
    assert!(wrong.text.contains("1.200 orang"), "{}", wrong.text);
    let preview = kepala.says("1.200 orang").await;
    assert!(
        preview.text.contains("Pratinjau usulan"),
        "{}",
        preview.text
    );
    assert!(
        preview.text.contains(&format!("RHK Anda: {PARENT_RHK}")),
        "{}",
        preview.text
    );
    assert!(preview.text.contains("Jenis: Langsung"), "{}", preview.text);
    assert!(
        preview.text.contains("1. Pegawai 01 — 40 orang"),
        "{}",
        preview.text
    );
    assert!(
        preview.text.contains("30. Pegawai 30 — 40 orang"),
        "{}",
        preview.text
    );
    kepala.taps("Kirim usulan (30 orang)").await;
    let sent = kepala.sees("Usulan terkirim ke 30 orang").await;
    assert!(!sent.text.contains("belum terdaftar"), "{}", sent.text);

    // Everyone is told, with the three answers.
    for person in &staff {
        let notice = person
            .received("Usulan RHK dari dr. Ahmad Hutagalung")
            .await;
        assert!(
            notice.text.contains(&format!("RHK Anda: {ROLE}")),
            "{}",
            notice.text
        );
        assert!(
            notice.text.contains(&format!("atasan: {PARENT_RHK}")),
            "{}",
            notice.text
        );
        assert!(
            notice.text.contains("Target: 40 orang (Kuantitas)"),
            "{}",
            notice.text
        );
        assert!(notice.text.contains("masuk ke draf"), "{}", notice.text);
        assert_eq!(Person::buttons_of(&notice), ["Terima", "Ubah", "Tolak"]);
    }
    for person in &staff[..28] {
        person.taps("Terima").await;
        let plan = person.sees("sudah masuk ke draf rencana Anda").await;
        assert!(plan.text.contains(ROLE), "{}", plan.text);
    }
    let changer = &staff[28];
    changer.taps("Ubah").await;
    changer.sees("Tulis target yang Anda usulkan").await;
    let bad = changer.says("tiga puluh").await;
    assert!(
        bad.text.contains("Tulis angka dan satuannya"),
        "{}",
        bad.text
    );
    changer.says("35 orang").await;
    changer.sees("sudah masuk ke draf rencana Anda").await;
    let decliner = &staff[29];
    decliner.taps("Tolak").await;
    decliner.sees("Tulis alasan Anda menolak").await;
    decliner
        .says("Wilayah kerja saya <b>sudah</b> dibagi")
        .await;
    decliner.sees("Anda tolak").await;

    let changed = kepala.received("Pegawai 29 menerima usulan").await;
    assert!(
        changed.text.contains("40 orang → 35 orang"),
        "{}",
        changed.text
    );
    let declined = kepala.received("Pegawai 30 menolak usulan").await;
    assert!(
        declined
            .text
            .contains("Alasannya: Wilayah kerja saya <b>sudah</b> dibagi"),
        "{}",
        declined.text
    );

    // The drafts: the RHK linked to the head's, with the right targets; nothing for the decliner.
    let parent = parent_rhk_id(&app).await;
    for i in 1..=29 {
        let copy = working_copy(&app, &numbered_nip(i)).await.expect("a plan");
        assert_eq!(copy.rhk.len(), 1, "Pegawai {i}");
        let rhk = &copy.rhk[0];
        assert_eq!(rhk.text, ROLE);
        assert_eq!(rhk.parent.as_ref().map(|p| p.0), Some(parent));
        assert_eq!(rhk.indikator[0].text, INDICATOR);
        let want = if i == 29 { "35 orang" } else { "40 orang" };
        assert_eq!(rhk.indikator[0].target, q(want), "Pegawai {i}");
    }
    let nothing = working_copy(&app, &numbered_nip(30)).await;
    assert!(nothing.is_none_or(|c| c.rhk.is_empty()));

    let all = proposals(&app).await;
    assert_eq!(all.len(), 30);
    let count = |s: ProposalStatus| all.iter().filter(|p| p.status == s).count();
    assert_eq!(count(ProposalStatus::Accepted), 28);
    assert_eq!(count(ProposalStatus::Changed), 1);
    assert_eq!(count(ProposalStatus::Declined), 1);
    let p29 = all.iter().find(|p| p.nip == numbered_nip(29)).unwrap();
    assert_eq!(p29.answer, Some(q("35 orang")));
    let p30 = all.iter().find(|p| p.nip == numbered_nip(30)).unwrap();
    assert_eq!(
        p30.note.as_deref(),
        Some("Wilayah kerja saya <b>sudah</b> dibagi")
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn per_person_targets_name_the_wrong_line_and_keep_the_step() {
    let (app, kepala, staff) = team_of(3).await;
    opens_bagi_peran(&kepala).await;
    kepala.taps("Pilih semua").await;
    kepala.taps("Lanjut (3 orang)").await;
    kepala.taps("Tidak langsung").await;
    let ask_role = kepala.sees("Tulis peran").await;
    assert!(!Person::buttons_of(&ask_role).contains(&"Pakai teks RHK saya".to_string()));
    kepala.says("Tersusunnya laporan cakupan imunisasi").await;
    let ask_indicator = kepala.sees("Tulis indikator").await;
    assert_eq!(Person::buttons_of(&ask_indicator), ["Batal"]);
    kepala.says("Laporan bulanan tersusun tepat waktu").await;
    kepala.taps("Kualitas").await;
    let splits = kepala.sees("Bagaimana target").await;
    assert_eq!(
        Person::buttons_of(&splits),
        ["Sama untuk semua", "Per orang", "Batal"]
    );
    kepala.taps("Per orang").await;
    let list = kepala.sees("satu baris per orang").await;
    assert!(
        list.text
            .contains("1. Pegawai 01\n2. Pegawai 02\n3. Pegawai 03"),
        "{}",
        list.text
    );

    let wrong = kepala.says("10 laporan\nbanyak\n12 laporan").await;
    assert!(
        wrong.text.contains("Baris 2: Tulis angka"),
        "{}",
        wrong.text
    );
    assert!(
        wrong.text.contains("satu baris per orang"),
        "{}",
        wrong.text
    );
    let short = kepala.says("10 laporan\n12 laporan").await;
    assert!(
        short
            .text
            .contains("Harus ada 3 baris target (satu per orang), yang terkirim 2 baris"),
        "{}",
        short.text
    );
    let preview = kepala.says("10 laporan\n12 laporan\n8 laporan").await;
    assert!(
        preview.text.contains("Jenis: Tidak langsung"),
        "{}",
        preview.text
    );
    assert!(preview.text.contains("Aspek: Kualitas"), "{}", preview.text);
    for line in [
        "1. Pegawai 01 — 10 laporan",
        "2. Pegawai 02 — 12 laporan",
        "3. Pegawai 03 — 8 laporan",
    ] {
        assert!(preview.text.contains(line), "{}", preview.text);
    }
    kepala.taps("Kirim usulan (3 orang)").await;
    kepala.sees("Usulan terkirim ke 3 orang").await;
    let notice = staff[1].received("Usulan RHK dari").await;
    assert!(
        notice.text.contains("Jenis: Tidak langsung"),
        "{}",
        notice.text
    );
    assert!(
        notice.text.contains("Target: 12 laporan (Kualitas)"),
        "{}",
        notice.text
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_proposal_opens_a_change_of_an_approved_plan_and_waits_for_a_plan_under_review() {
    let (app, kepala, staff) = team_of(2).await;
    let year = current_year_wib();
    // Pegawai 01's plan is approved; Pegawai 02's waits for the head.
    approved_plan(
        &app,
        &numbered_nip(1),
        KEPALA,
        &[("Pelayanan posyandu", &["Posyandu aktif"][..])],
    )
    .await;
    let waiting = app
        .store
        .plan_or_create(&numbered_nip(2), year)
        .await
        .unwrap();
    let rhk = app
        .store
        .add_rhk(waiting.id, "Pelayanan puskesmas")
        .await
        .unwrap();
    app.store
        .save_indicator(
            rhk,
            None,
            "Pasien dilayani",
            &q("100 orang"),
            kinerja::domain::plan::Aspek::Kuantitas,
            kinerja::domain::plan::Arah::LebihTinggiLebihBaik,
        )
        .await
        .unwrap();
    app.store.submit_plan(waiting.id, "test").await.unwrap();

    opens_bagi_peran(&kepala).await;
    kepala.taps("Pilih semua").await;
    kepala.taps("Lanjut (2 orang)").await;
    kepala.taps("Langsung").await;
    kepala.taps("Pakai teks RHK saya").await;
    kepala.taps(PARENT_INDICATOR).await;
    kepala.taps("Kuantitas").await;
    kepala.taps("Sama untuk semua").await;
    kepala.says("300 orang").await;
    kepala.taps("Kirim usulan (2 orang)").await;
    kepala.sees("Usulan terkirim ke 2 orang").await;

    let approved = &staff[0];
    let notice = approved.received("Usulan RHK dari").await;
    assert!(
        notice.text.contains(&format!("RHK Anda: {PARENT_RHK}")),
        "{}",
        notice.text
    );
    assert!(
        notice.text.contains("membuka perubahan rencana"),
        "{}",
        notice.text
    );
    approved.taps("Terima").await;
    let plan_view = approved.sees("Perubahan rencana dibuka").await;
    assert!(plan_view.text.contains(PARENT_RHK), "{}", plan_view.text);
    let plan = app
        .store
        .plan_of(&numbered_nip(1), year)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(plan.status, PlanStatus::Draft);
    assert_eq!(plan.approved_version, Some(1));
    let copy = working_copy(&app, &numbered_nip(1)).await.unwrap();
    assert_eq!(copy.rhk.len(), 2);
    assert_eq!(copy.rhk[1].text, PARENT_RHK);
    assert_eq!(copy.rhk[1].indikator[0].text, PARENT_INDICATOR);
    assert_eq!(copy.rhk[1].indikator[0].target, q("300 orang"));

    let under_review = &staff[1];
    under_review.received("Usulan RHK dari").await;
    let refused = under_review.taps("Terima").await.unwrap_or_default();
    assert!(
        refused.contains("sedang menunggu persetujuan atasan"),
        "{refused}"
    );
    let refused = under_review.taps("Ubah").await.unwrap_or_default();
    assert!(refused.contains("Tarik kembali dulu"), "{refused}");
    let open = app
        .store
        .open_proposals_of(&numbered_nip(2), year)
        .await
        .unwrap();
    assert_eq!(open.len(), 1);
    let unchanged = working_copy(&app, &numbered_nip(2)).await.unwrap();
    assert_eq!(unchanged.rhk.len(), 1);
    // /rencana lists it under its own heading, with a button to its card.
    let view = under_review.says("/rencana").await;
    assert!(
        view.text.contains("Usulan atasan — menunggu jawaban Anda"),
        "{}",
        view.text
    );
    assert!(
        view.text.contains("300 orang (dari dr. Ahmad Hutagalung)"),
        "{}",
        view.text
    );
    under_review.taps("Usulan 1").await;
    let card = under_review.sees("Usulan RHK dari").await;
    assert_eq!(
        Person::buttons_of(&card),
        ["Terima", "Ubah", "Tolak", "Kembali ke rencana"]
    );
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn forged_stale_and_second_taps_change_nothing() {
    let (app, kepala, staff) = team_of(2).await;
    let (p1, p2) = (&staff[0], &staff[1]);
    let parent = parent_rhk_id(&app).await;
    // Someone who is not the head cannot share out the head's RHK.
    let home = p1.says("/rencana").await;
    let answer = p1
        .taps_data(home.message_id, &format!("pr:s:{parent}"))
        .await;
    assert!(
        answer
            .unwrap_or_default()
            .contains("Hanya atasan pemilik RHK")
    );

    let picker = opens_bagi_peran(&kepala).await;
    let (_, toggle) = kepala.find_button("☐ Pegawai 02").unwrap();
    let share: i64 = toggle.split(':').nth(2).unwrap().parse().unwrap();
    // Pegawai 01 forges the head's toggle and "choose all": refused, nothing ticked.
    for data in [
        toggle.clone(),
        format!("pr:a:{share}:1"),
        format!("pr:go:{share}"),
    ] {
        let answer = p1
            .taps_data(home.message_id, &data)
            .await
            .unwrap_or_default();
        assert!(
            answer.contains("Hanya atasan pemilik RHK"),
            "{data}: {answer}"
        );
    }
    assert!(
        app.store
            .share(share)
            .await
            .unwrap()
            .unwrap()
            .members
            .is_empty()
    );
    // The head cannot tick someone outside the team.
    let outsider = format!("pr:t:{share}:{ADMIN}:0");
    let answer = kepala.taps_data(picker.message_id, &outsider).await;
    assert!(
        answer
            .unwrap_or_default()
            .contains("bukan bawahan langsung")
    );
    // Lanjut with nobody chosen.
    let answer = kepala.taps("Lanjut (0 orang)").await;
    assert!(answer.unwrap_or_default().contains("Pilih minimal satu"));

    kepala.taps("Pilih semua").await;
    kepala.taps("Lanjut (2 orang)").await;
    kepala.taps("Langsung").await;
    kepala.says(ROLE).await;
    kepala.says(INDICATOR).await;
    kepala.taps("Kuantitas").await;
    kepala.taps("Bagi rata dari total").await;
    kepala.says("10 orang").await;
    let (preview_id, send) = kepala.find_button("Kirim usulan (2 orang)").unwrap();
    kepala.taps("Kirim usulan (2 orang)").await;
    kepala.sees("Usulan terkirim ke 2 orang").await;
    // The sent share's buttons are dead: a second Kirim, a toggle, a cancel.
    for data in [send, toggle, format!("pr:x:{share}")] {
        let answer = kepala
            .taps_data(preview_id, &data)
            .await
            .unwrap_or_default();
        assert!(
            answer.contains("sudah dikirim atau dibatalkan"),
            "{data}: {answer}"
        );
    }
    assert_eq!(proposals(&app).await.len(), 2);

    p1.received("Usulan RHK dari").await;
    p2.received("Usulan RHK dari").await;
    let other = proposal_of(&app, &numbered_nip(2)).await;
    // Pegawai 01 answers Pegawai 02's proposal: refused.
    for data in [
        format!("pr:y:{}", other.id),
        format!("pr:c:{}", other.id),
        format!("pr:d:{}", other.id),
    ] {
        let answer = p1
            .taps_data(home.message_id, &data)
            .await
            .unwrap_or_default();
        assert!(answer.contains("bukan untuk Anda"), "{data}: {answer}");
    }
    assert_eq!(
        proposal_of(&app, &numbered_nip(2)).await.status,
        ProposalStatus::Proposed
    );
    assert!(
        working_copy(&app, &numbered_nip(2))
            .await
            .is_none_or(|c| c.rhk.is_empty())
    );
    // A second Terima adds nothing.
    let (notice_id, accept) = p1.find_button("Terima").unwrap();
    p1.taps("Terima").await;
    p1.sees("sudah masuk ke draf").await;
    let answer = p1.taps_data(notice_id, &accept).await.unwrap_or_default();
    assert!(answer.contains("sudah Anda jawab"), "{answer}");
    assert_eq!(
        working_copy(&app, &numbered_nip(1))
            .await
            .unwrap()
            .rhk
            .len(),
        1
    );
    // Garbage under the prefix is not a button.
    let answer = p1
        .taps_data(home.message_id, "pr:y:abc")
        .await
        .unwrap_or_default();
    assert!(answer.contains("sudah tidak berlaku"), "{answer}");
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_english_staff_member_reads_the_proposal_in_english_and_the_head_hears_in_indonesian() {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.expect("the roster imports");
    let kepala = app.user(1001, "Ahmad");
    kepala.registers("6281211112222").await;
    let siti = app.user_speaking(5005, "Siti", "en");
    siti.shares_own_contact("6281333334444").await;
    siti.sees("Menu for").await;
    approved_plan(
        &app,
        KEPALA,
        ADMIN,
        &[(PARENT_RHK, &[PARENT_INDICATOR][..])],
    )
    .await;

    opens_bagi_peran(&kepala).await;
    kepala.taps("Pilih semua").await;
    kepala.taps("Lanjut (2 orang)").await;
    kepala.taps("Langsung").await;
    kepala.says(ROLE).await;
    kepala.says(INDICATOR).await;
    kepala.taps("Kuantitas").await;
    kepala.taps("Bagi rata dari total").await;
    kepala.says("1.200 orang").await;
    kepala.taps("Kirim usulan (2 orang)").await;
    // Budi has not registered: he will find it in /rencana.
    let sent = kepala.sees("Usulan terkirim ke 2 orang").await;
    assert!(
        sent.text.contains("1 orang belum terdaftar"),
        "{}",
        sent.text
    );

    let notice = siti
        .received("Proposed RHK from dr. Ahmad Hutagalung")
        .await;
    assert!(
        notice.text.contains("Intervenes the supervisor's RHK"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("Kind: Direct"), "{}", notice.text);
    assert!(
        notice.text.contains("Target: 600 orang (Quantity)"),
        "{}",
        notice.text
    );
    assert!(
        notice.text.contains("goes into the draft"),
        "{}",
        notice.text
    );
    assert_eq!(Person::buttons_of(&notice), ["Accept", "Change", "Decline"]);
    siti.taps("Decline").await;
    siti.sees("Write why you decline").await;
    siti.says("I am on leave for half the year").await;
    siti.sees("You declined the proposal").await;
    let told = kepala.received("menolak usulan RHK").await;
    assert!(
        told.text.contains("Alasannya: I am on leave"),
        "{}",
        told.text
    );
    let budi = app
        .store
        .open_proposals_of(STAF_BUDI, current_year_wib())
        .await
        .unwrap();
    assert_eq!(budi.len(), 1);
    app.assert_telegram_accepted_everything();
}
