//! A year of planning: staff write their SKP in the chat and send it; the supervisor
//! approves (with ekspektasi khusus) or returns it with a note; revisions show what changed;
//! an approved plan changes only through a new approval. Stale, doubled and forged taps
//! change nothing.

mod support;

use kinerja::domain::plan::{Arah, Aspek, PlanStatus};
use kinerja::domain::quantity::Quantity;
use kinerja::domain::time::current_year_wib;
use support::office::Office;
use support::roster_fixture::*;
use support::{Person, TestApp};

async fn office() -> Office {
    Office::open().await
}

/// Writes one RHK with one indicator through the chat, as a person would: the RHK, then
/// the indicator with its target on the last line, then its aspect.
async fn writes_rhk(staff: &Person, rhk: &str, indicator: &str, target: &str) {
    staff.says("/rencana").await;
    staff.taps("Tambah RHK").await;
    let reply = staff.says(rhk).await;
    assert!(
        reply.text.contains("tersimpan sebagai RHK Utama"),
        "{}",
        reply.text
    );
    if Person::buttons_of(&reply).contains(&"Lewati".to_string()) {
        staff.taps("Lewati").await;
    }
    staff.sees("Tulis indikator kinerja").await;
    let reply = staff.says(&format!("{indicator}\n{target}")).await;
    assert!(reply.text.contains("Aspek apa"), "{}", reply.text);
    staff.taps("Kuantitas").await;
    let card = staff.last_message();
    assert!(
        card.text.contains("tersimpan") && card.text.contains(target),
        "{}",
        card.text
    );
}

async fn plan_of(app: &TestApp, nip: &str) -> kinerja::store::plans::PlanRow {
    app.store
        .plan_of(nip, current_year_wib())
        .await
        .unwrap()
        .expect("a plan")
}

#[tokio::test]
async fn staff_write_and_send_a_plan_and_the_supervisor_approves_it_with_expectations() {
    let o = office().await;
    o.siti.says("/rencana").await;
    o.siti.taps("Tambah RHK").await;
    o.siti.says("Imunisasi <dasar> & lengkap_*").await;
    // The head's own plan is not approved yet: Siti is not blocked, she links later.
    o.siti.sees("belum bisa ditautkan").await;
    o.siti.says("Bayi *diimunisasi* <lengkap> & sehat_").await;
    let wrong = o.siti.says("banyak sekali").await;
    assert!(
        wrong.text.contains("1.200 orang"),
        "the expected form is shown: {}",
        wrong.text
    );
    let reply = o.siti.says("1.200 orang").await;
    assert!(reply.text.contains("Aspek apa"), "{}", reply.text);
    o.siti.taps("Kuantitas").await;
    let card = o.siti.last_message();
    assert!(
        card.text.contains("1.200 orang") && card.text.contains("makin tinggi makin baik"),
        "the direction follows the aspect: {}",
        card.text
    );

    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;

    let sent = o.siti.sees("dikirim ke").await;
    assert!(sent.text.contains("dr. Ahmad Hutagalung"), "{}", sent.text);
    let request = o.kepala.sees("menunggu persetujuan Anda").await;
    assert!(
        request.text.contains("Siti <Nur> & Rekan_1"),
        "{}",
        request.text
    );
    assert_eq!(
        Person::buttons_of(&request),
        ["Setujui", "Kembalikan", "Detail"]
    );
    o.kepala.taps("Detail").await;
    let detail = o.kepala.last_message();
    assert!(
        detail.text.contains("Imunisasi <dasar> & lengkap_*"),
        "{}",
        detail.text
    );
    assert!(
        detail
            .text
            .contains("Bayi *diimunisasi* <lengkap> & sehat_ — target 1.200 orang"),
        "{}",
        detail.text
    );

    o.kepala.taps("Setujui").await;
    o.kepala.taps("Akuntabel").await;
    o.kepala.says("Laporan <selalu> tepat waktu & rapi").await;
    let screen = o.kepala.sees("ekspektasi khusus").await;
    assert!(Person::buttons_of(&screen).contains(&"✓ Akuntabel".to_string()));
    let before = o.siti.messages().len();
    let answer = o.kepala.taps("✅ Setujui sekarang").await;

    assert_eq!(answer.as_deref(), Some("Disetujui."));
    let approved = o.siti.sees("Anda disetujui").await;
    assert!(
        approved
            .text
            .contains("Laporan <selalu> tepat waktu & rapi"),
        "{}",
        approved.text
    );
    assert_eq!(o.siti.messages().len(), before + 1);
    let plan = plan_of(&o.app, STAF_SITI).await;
    assert_eq!(plan.status, PlanStatus::Approved);
    assert_eq!(plan.approved_version, Some(1));

    // A second tap on the spent button: told, and nobody is notified again.
    let (_, data) = o.kepala.find_button("Setujui").unwrap();
    let answer = o.kepala.taps_data(request.message_id, &data).await;
    assert!(answer.unwrap_or_default().contains("sudah disetujui"));
    let final_data = format!("ap:fin:{}:1", plan.id);
    let answer = o.kepala.taps_data(screen.message_id, &final_data).await;
    assert!(answer.unwrap_or_default().contains("sudah disetujui"));
    assert_eq!(o.siti.messages().len(), before + 1);

    // The approved plan is locked.
    let view = o.siti.says("/rencana").await;
    assert!(view.text.contains("disetujui"), "{}", view.text);
    let buttons = Person::buttons_of(&view);
    assert!(
        buttons.contains(&"Ajukan perubahan".to_string())
            && !buttons.contains(&"Tambah RHK".to_string())
    );
    let audit = o.app.store.audit_for(STAF_SITI).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "plan.approved"));
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_returned_plan_is_revised_and_the_supervisor_sees_what_changed() {
    let o = office().await;
    writes_rhk(
        &o.siti,
        "Imunisasi dasar",
        "Bayi diimunisasi",
        "1.200 orang",
    )
    .await;
    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;
    let first_request = o.kepala.sees("menunggu persetujuan Anda").await;

    o.kepala.taps("Kembalikan").await;
    let empty_note = o.kepala.sends_sticker().await;
    assert!(empty_note.text.contains("teks"), "{}", empty_note.text);
    o.kepala
        .says("Target terlalu rendah untuk <2027> & cakupan kota")
        .await;

    let returned = o.siti.sees("Anda dikembalikan").await;
    assert!(
        returned
            .text
            .contains("Target terlalu rendah untuk <2027> & cakupan kota"),
        "{}",
        returned.text
    );
    let view = o.siti.says("/rencana").await;
    assert!(
        view.text.contains("dikembalikan") && view.text.contains("Target terlalu rendah"),
        "{}",
        view.text
    );

    o.siti.taps("RHK 1").await;
    o.siti.taps("Ubah 1.1").await;
    o.siti.taps("✏️ Target").await;
    o.siti.says("1.500 orang").await;
    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;

    let second = o.kepala.sees("Versi 2").await;
    assert!(
        second
            .text
            .contains("Perubahan sejak versi yang Anda lihat terakhir"),
        "{}",
        second.text
    );
    assert!(
        second.text.contains("1.200 orang") && second.text.contains("1.500 orang"),
        "{}",
        second.text
    );

    // The button from version 1 is stale now.
    let plan = plan_of(&o.app, STAF_SITI).await;
    let stale = o
        .kepala
        .taps_data(first_request.message_id, &format!("ap:ok:{}:1", plan.id))
        .await;
    assert!(stale.unwrap_or_default().contains("versi lama"));

    o.kepala.taps("Setujui").await;
    o.kepala.taps("✅ Setujui sekarang").await;
    let plan = plan_of(&o.app, STAF_SITI).await;
    assert_eq!(
        (plan.status, plan.version, plan.approved_version),
        (PlanStatus::Approved, 2, Some(2))
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_change_to_an_approved_plan_needs_a_new_approval_and_the_old_version_stays_in_force() {
    let o = office().await;
    writes_rhk(
        &o.siti,
        "Imunisasi dasar",
        "Bayi diimunisasi",
        "1.200 orang",
    )
    .await;
    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;
    o.kepala.sees("menunggu persetujuan Anda").await;
    o.kepala.taps("Setujui").await;
    o.kepala.taps("✅ Setujui sekarang").await;
    o.siti.sees("Anda disetujui").await;

    o.siti.says("/rencana").await;
    o.siti.taps("Ajukan perubahan").await;
    let view = o.siti.sees("perubahan sedang disusun").await;
    assert!(
        view.text.contains("Versi 1 yang disetujui tetap berlaku"),
        "{}",
        view.text
    );
    // Sending with no change at all is refused.
    let answer = o.siti.taps("Kirim").await;
    assert!(answer.unwrap_or_default().contains("Tidak ada perubahan"));

    writes_rhk(&o.siti, "Penyuluhan posyandu", "Sesi penyuluhan", "24 kali").await;
    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;
    let request = o.kepala.sees("Versi 2").await;
    assert!(
        request.text.contains("Penyuluhan posyandu"),
        "{}",
        request.text
    );
    let plan = plan_of(&o.app, STAF_SITI).await;
    assert_eq!(
        (plan.status, plan.approved_version),
        (PlanStatus::Submitted, Some(1))
    );

    o.kepala.taps("Kembalikan").await;
    o.kepala.says("Belum perlu").await;
    let plan = plan_of(&o.app, STAF_SITI).await;
    assert_eq!(
        (plan.status, plan.approved_version),
        (PlanStatus::Returned, Some(1))
    );
    let in_force = o.app.store.plan_version(plan.id, 1).await.unwrap().unwrap();
    assert_eq!(
        in_force.content.rhk.len(),
        1,
        "version 1 is unchanged in history"
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn forged_and_stale_decision_buttons_change_nothing() {
    let o = office().await;
    writes_rhk(
        &o.siti,
        "Imunisasi dasar",
        "Bayi diimunisasi",
        "1.200 orang",
    )
    .await;
    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;
    o.kepala.sees("menunggu persetujuan Anda").await;
    let plan = plan_of(&o.app, STAF_SITI).await;
    let rhk_id = o.app.store.working_content(plan.id).await.unwrap().rhk[0].id;
    let menu = o.siti.says("/menu").await;

    // Siti approves her own plan; Budi (a colleague) and Rina (HR, not her supervisor) too.
    for (who, expected) in [
        (&o.siti, "bukan atasan"),
        (&o.budi, "bukan atasan"),
        (&o.rina, "bukan atasan"),
    ] {
        let answer = who
            .taps_data(menu.message_id, &format!("ap:fin:{}:1", plan.id))
            .await;
        assert!(answer.unwrap_or_default().contains(expected));
    }
    // Budi edits or deletes Siti's RHK.
    let budi_menu = o.budi.says("/menu").await;
    for data in [
        format!("pl:rx:{rhk_id}"),
        format!("pl:re:{rhk_id}"),
        format!("pl:ia:{rhk_id}"),
    ] {
        let answer = o.budi.taps_data(budi_menu.message_id, &data).await;
        assert!(
            answer.unwrap_or_default().contains("bukan milik Anda"),
            "{data}"
        );
    }
    // Siti edits her own plan while it waits.
    let answer = o
        .siti
        .taps_data(menu.message_id, &format!("pl:rx:{rhk_id}"))
        .await;
    assert!(answer.unwrap_or_default().contains("menunggu persetujuan"));
    // A version that does not exist, a plan that does not exist.
    let answer = o
        .kepala
        .taps_data(menu.message_id, &format!("ap:ok:{}:7", plan.id))
        .await;
    assert!(answer.unwrap_or_default().contains("versi lama"));
    let answer = o.kepala.taps_data(menu.message_id, "ap:ok:999999:1").await;
    assert!(!answer.unwrap_or_default().is_empty());

    let after = plan_of(&o.app, STAF_SITI).await;
    assert_eq!(
        (after.status, after.version, after.approved_version),
        (PlanStatus::Submitted, 1, None)
    );
    assert_eq!(
        o.app
            .store
            .working_content(plan.id)
            .await
            .unwrap()
            .rhk
            .len(),
        1
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn when_the_roster_moves_someone_their_waiting_plan_moves_to_the_new_supervisor() {
    let o = office().await;
    writes_rhk(
        &o.siti,
        "Imunisasi dasar",
        "Bayi diimunisasi",
        "1.200 orang",
    )
    .await;
    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;
    o.kepala.sees("menunggu persetujuan Anda").await;

    // Siti now reports to Rina.
    let moved = csv().replace(
        &format!("{STAF_SITI},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{KEPALA}"),
        &format!("{STAF_SITI},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{ADMIN}"),
    );
    o.app.import_csv(&moved).await.unwrap();

    let answer = o.kepala.taps("Setujui").await;
    assert!(answer.unwrap_or_default().contains("bukan atasan"));
    let waiting = o.rina.says("/persetujuan").await;
    assert!(
        waiting.text.contains("Siti <Nur> & Rekan_1"),
        "{}",
        waiting.text
    );
    let nothing = o.kepala.says("/persetujuan").await;
    assert!(
        nothing.text.contains("Tidak ada rencana"),
        "{}",
        nothing.text
    );
    o.rina.taps("1. Siti <Nur> & Rekan_1").await;
    o.rina.taps("Setujui").await;
    o.rina.taps("✅ Setujui sekarang").await;
    assert_eq!(
        plan_of(&o.app, STAF_SITI).await.status,
        PlanStatus::Approved
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn hr_approves_the_plan_of_someone_at_the_top_and_staff_can_then_intervene_it() {
    let o = office().await;
    writes_rhk(
        &o.kepala,
        "Cakupan imunisasi kota naik",
        "Cakupan imunisasi",
        "95 %",
    )
    .await;
    o.kepala.says("/rencana").await;
    o.kepala.taps("Kirim").await;
    assert!(o.kepala.sees("dikirim ke").await.text.contains("admin BKD"));
    o.rina.sees("menunggu persetujuan Anda").await;
    o.rina.taps("Setujui").await;
    o.rina.taps("✅ Setujui sekarang").await;
    o.kepala.sees("Anda disetujui").await;

    // Siti can now intervene the head's approved RHK.
    o.siti.says("/rencana").await;
    o.siti.taps("Tambah RHK").await;
    o.siti.says("Imunisasi di Puskesmas").await;
    o.siti.sees("RHK atasan mana").await;
    o.siti.taps("1. Cakupan imunisasi kota naik").await;
    o.siti.says("Bayi diimunisasi").await;
    o.siti.says("300 orang").await;
    o.siti.taps("Kuantitas").await;
    let view = o.siti.says("/rencana").await;
    assert!(
        view.text
            .contains("intervensi RHK atasan: Cakupan imunisasi kota naik"),
        "{}",
        view.text
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_plan_longer_than_one_message_is_paged_for_staff_and_supervisor() {
    let o = office().await;
    let plan = o
        .app
        .store
        .plan_or_create(STAF_SITI, current_year_wib())
        .await
        .unwrap();
    let long = "Meningkatnya mutu layanan kesehatan ibu & anak <balita> di seluruh puskesmas_kota "
        .repeat(4);
    for n in 1..=14 {
        let rhk = o
            .app
            .store
            .add_rhk(plan.id, &format!("{n}. {long}"))
            .await
            .unwrap();
        for m in 1..=2 {
            o.app
                .store
                .save_indicator(
                    rhk,
                    None,
                    &format!("Indikator {n}.{m}: {long}"),
                    &Quantity::parse("1.200 orang").unwrap(),
                    Aspek::Kuantitas,
                    Arah::LebihTinggiLebihBaik,
                )
                .await
                .unwrap();
        }
    }

    let first = o.siti.says("/rencana").await;
    assert!(first.text.contains("Halaman 1 dari"), "{}", first.text);
    o.siti.taps("Lanjut ▶").await;
    let second = o.siti.last_message();
    assert_eq!(
        second.message_id, first.message_id,
        "paging edits the same message"
    );
    assert!(second.text.contains("Halaman 2 dari"), "{}", second.text);
    o.siti.taps("Kirim").await;

    o.kepala.sees("menunggu persetujuan Anda").await;
    o.kepala.taps("Detail").await;
    let detail = o.kepala.last_message();
    assert!(detail.text.contains("Halaman 1 dari"), "{}", detail.text);
    o.kepala.taps("Lanjut ▶").await;
    assert!(o.kepala.last_message().text.contains("Halaman 2 dari"));
    for m in o.siti.messages().iter().chain(o.kepala.messages().iter()) {
        assert!(m.text.chars().count() <= 4096);
    }
    o.app.assert_telegram_accepted_everything();
}

/// The head's plan, approved, with `n` RHK: what staff intervene.
async fn head_plan_approved(app: &TestApp, n: usize) {
    let plan = app
        .store
        .plan_or_create(KEPALA, current_year_wib())
        .await
        .unwrap();
    for k in 1..=n {
        let rhk = app
            .store
            .add_rhk(plan.id, &format!("Cakupan layanan {k} naik"))
            .await
            .unwrap();
        app.store
            .save_indicator(
                rhk,
                None,
                &format!("Cakupan {k}"),
                &Quantity::parse("95 %").unwrap(),
                Aspek::Kuantitas,
                Arah::LebihTinggiLebihBaik,
            )
            .await
            .unwrap();
    }
    app.store.submit_plan(plan.id, "test").await.unwrap();
    app.store
        .decide_plan(plan.id, 1, ADMIN, &kinerja::store::plans::Decision::Approve)
        .await
        .unwrap();
}

/// What one person did and what the bot sent them, counted.
struct Tally<'a> {
    who: &'a Person,
    typed: usize,
    taps: usize,
}

impl Tally<'_> {
    async fn says(&mut self, text: &str) -> support::SentMessage {
        self.typed += 1;
        self.who.says(text).await
    }

    async fn taps(&mut self, label: &str) {
        self.taps += 1;
        self.who.taps(label).await;
    }
}

#[tokio::test]
async fn a_plan_of_three_rhk_and_four_indicators_takes_ten_typed_messages_and_twelve_taps() {
    let o = office().await;
    head_plan_approved(&o.app, 3).await;
    let chat = o.siti.chat_id();
    let (events, sent) = (o.app.tg.events_in(chat), o.siti.messages().len());
    let mut t = Tally {
        who: &o.siti,
        typed: 0,
        taps: 0,
    };

    t.says("/rencana").await;
    for (k, indicators) in [
        (
            1,
            &[
                "Bayi diimunisasi\n1.200 orang",
                "Posyandu dikunjungi\n24 kali",
            ][..],
        ),
        (2, &["Laporan bulanan selesai\n12 laporan"][..]),
        (3, &["Waktu layanan rata-rata\n15 menit"][..]),
    ] {
        t.taps("Tambah RHK").await;
        let screen = t.says(&format!("Layanan {k} bermutu")).await;
        assert!(screen.text.contains("RHK atasan mana"), "{}", screen.text);
        t.taps(&format!("{k}. Cakupan layanan {k} naik")).await;
        for (m, indicator) in indicators.iter().enumerate() {
            if m > 0 {
                t.taps("Tambah indikator").await;
            }
            let ask = t.says(indicator).await;
            assert!(ask.text.contains("Aspek apa"), "{}", ask.text);
            let aspek = if k == 3 { "Waktu" } else { "Kuantitas" };
            t.taps(aspek).await;
            let card = o.siti.last_message();
            assert!(
                card.text
                    .contains(&format!("Indikator {k}.{} tersimpan", m + 1)),
                "{}",
                card.text
            );
        }
    }
    // Waktu is lower-is-better without being asked.
    assert!(
        o.siti
            .last_message()
            .text
            .contains("makin rendah makin baik")
    );
    t.taps("Kirim rencana").await;
    o.siti.sees("dikirim ke").await;

    let (typed, taps) = (t.typed, t.taps);
    let bot_messages = o.app.tg.events_in(chat) - events;
    let new_messages = o.siti.messages().len() - sent;
    println!(
        "3 RHK, 4 indicators: {typed} typed, {taps} taps, {bot_messages} bot messages ({new_messages} new, the rest edits)"
    );
    assert!(typed <= 10, "{typed} typed messages");
    assert!(taps <= 12, "{taps} taps");
    assert!(bot_messages <= 20, "{bot_messages} bot messages");
    let plan = plan_of(&o.app, STAF_SITI).await;
    let content = o.app.store.working_content(plan.id).await.unwrap();
    assert_eq!(
        content
            .rhk
            .iter()
            .map(|r| r.indikator.len())
            .collect::<Vec<_>>(),
        [2, 1, 1]
    );
    assert!(content.rhk.iter().all(|r| r.parent.is_some()));
    assert_eq!(content.rhk[2].indikator[0].arah, Arah::LebihRendahLebihBaik);
    assert_eq!(plan.status, PlanStatus::Submitted);
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn every_indicator_of_a_long_rhk_can_be_changed_and_deleted() {
    let o = office().await;
    let plan = o
        .app
        .store
        .plan_or_create(STAF_SITI, current_year_wib())
        .await
        .unwrap();
    let rhk = o
        .app
        .store
        .add_rhk(plan.id, "Layanan posyandu")
        .await
        .unwrap();
    for m in 1..=17 {
        o.app
            .store
            .save_indicator(
                rhk,
                None,
                &format!("Indikator nomor {m} <{m}> & {}", "panjang ".repeat(50)),
                &Quantity::parse(&format!("{m} kali")).unwrap(),
                Aspek::Kuantitas,
                Arah::LebihTinggiLebihBaik,
            )
            .await
            .unwrap();
    }
    o.siti.says("/rencana").await;
    o.siti.taps("RHK 1").await;
    let mut seen = 0;
    loop {
        let view = o.siti.last_message();
        assert!(view.text.chars().count() <= 4096);
        let buttons = Person::buttons_of(&view);
        seen += buttons.iter().filter(|b| b.starts_with("Ubah 1.")).count();
        if !buttons.contains(&"Lanjut ▶".to_string()) {
            break;
        }
        o.siti.taps("Lanjut ▶").await;
    }
    assert_eq!(seen, 17, "every indicator has its Ubah button");
    let last = o.siti.last_message();
    assert!(last.text.contains("Indikator nomor 17"), "{}", last.text);
    o.siti.taps("Hapus 1.17").await;
    let ask = o.siti.last_message();
    assert!(ask.text.contains("Hapus indikator 1.17?"), "{}", ask.text);
    o.siti.taps("Ya, hapus").await;
    o.siti.sees("Indikator dihapus").await;
    let content = o.app.store.working_content(plan.id).await.unwrap();
    assert_eq!(content.rhk[0].indikator.len(), 16);

    // The plan view and the supervisor's detail stay within one message each, and the
    // supervisor pages through every indicator.
    let view = o.siti.says("/rencana").await;
    assert!(view.text.contains("indikator lain"), "{}", view.text);
    o.siti.taps("Kirim").await;
    o.kepala.sees("menunggu persetujuan Anda").await;
    o.kepala.taps("Detail").await;
    let mut pages = vec![o.kepala.last_message().text];
    while o.kepala.find_button("Lanjut ▶").is_some() && pages.len() < 10 {
        o.kepala.taps("Lanjut ▶").await;
        pages.push(o.kepala.last_message().text);
    }
    assert!(pages.iter().any(|p| p.contains("1.16. Indikator nomor 16")));
    for m in o.siti.messages().iter().chain(o.kepala.messages().iter()) {
        assert!(m.text.encode_utf16().count() <= 4096);
    }
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn changing_one_part_of_an_indicator_keeps_the_others() {
    let o = office().await;
    writes_rhk(
        &o.siti,
        "Imunisasi dasar",
        "Bayi <diimunisasi> & sehat",
        "1.200 orang",
    )
    .await;
    o.siti.says("/rencana").await;
    o.siti.taps("RHK 1").await;
    o.siti.taps("Ubah 1.1").await;
    let view = o.siti.last_message();
    assert!(
        view.text.contains("Bayi <diimunisasi> & sehat") && view.text.contains("1.200 orang"),
        "what it is now is shown: {}",
        view.text
    );
    o.siti.taps("✏️ Target").await;
    o.siti
        .sees("Target indikator 1.1 sekarang 1.200 orang")
        .await;
    let wrong = o.siti.says("lebih banyak").await;
    assert!(wrong.text.contains("1.200 orang"), "{}", wrong.text);
    let saved = o.siti.says("1.500 orang").await;
    assert!(saved.text.contains("Perubahan tersimpan"), "{}", saved.text);
    o.siti.taps("Waktu").await;
    assert!(
        o.siti
            .last_message()
            .text
            .contains("makin rendah makin baik")
    );
    o.siti.taps("⇄ Ganti jadi: makin tinggi makin baik").await;
    o.siti.taps("✏️ Teks").await;
    o.siti.says("Bayi diimunisasi lengkap").await;

    let plan = plan_of(&o.app, STAF_SITI).await;
    let content = o.app.store.working_content(plan.id).await.unwrap();
    let i = &content.rhk[0].indikator[0];
    assert_eq!(
        (i.text.as_str(), i.target.to_string(), i.aspek, i.arah),
        (
            "Bayi diimunisasi lengkap",
            "1.500 orang".to_string(),
            Aspek::Waktu,
            Arah::LebihTinggiLebihBaik
        )
    );
    assert_eq!(content.rhk[0].indikator.len(), 1, "changed in place");
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn deleting_an_rhk_asks_first_and_cancel_keeps_it() {
    let o = office().await;
    writes_rhk(
        &o.siti,
        "Imunisasi dasar",
        "Bayi diimunisasi",
        "1.200 orang",
    )
    .await;
    o.siti.says("/rencana").await;
    o.siti.taps("RHK 1").await;
    o.siti.taps("Hapus RHK").await;
    let ask = o.siti.last_message();
    assert!(
        ask.text.contains("Hapus RHK 1 beserta 1 indikatornya?"),
        "{}",
        ask.text
    );
    let plan = plan_of(&o.app, STAF_SITI).await;
    assert_eq!(
        o.app
            .store
            .working_content(plan.id)
            .await
            .unwrap()
            .rhk
            .len(),
        1
    );
    o.siti.taps("Batal").await;
    o.siti.sees("Pilih yang ingin diubah").await;
    assert_eq!(
        o.app
            .store
            .working_content(plan.id)
            .await
            .unwrap()
            .rhk
            .len(),
        1
    );

    o.siti.taps("Hapus RHK").await;
    let (message, data) = o.siti.find_button("Ya, hapus").unwrap();
    o.siti.taps("Ya, hapus").await;
    o.siti.sees("RHK dan indikatornya dihapus").await;
    assert!(
        o.app
            .store
            .working_content(plan.id)
            .await
            .unwrap()
            .rhk
            .is_empty()
    );
    // The confirmation tapped again finds nothing to delete.
    let again = o.siti.taps_data(message, &data).await;
    assert!(again.unwrap_or_default().contains("tidak berlaku"));
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn staff_withdraw_a_submitted_plan_before_the_supervisor_decides() {
    let o = office().await;
    writes_rhk(
        &o.siti,
        "Imunisasi dasar",
        "Bayi diimunisasi",
        "1.200 orang",
    )
    .await;
    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;
    let request = o.kepala.sees("menunggu persetujuan Anda").await;

    o.siti.says("/rencana").await;
    o.siti.taps("Tarik kembali").await;
    o.siti.sees("Tarik kembali rencana versi 1").await;
    o.siti.taps("Ya, tarik kembali").await;
    let view = o.siti.sees("ditarik kembali").await;
    assert!(
        Person::buttons_of(&view).contains(&"Tambah RHK".to_string()),
        "the plan is editable again: {:?}",
        Person::buttons_of(&view)
    );
    let told = o
        .kepala
        .received("menarik kembali rencana SKP versi 1")
        .await;
    assert!(told.text.contains("Siti <Nur> & Rekan_1"), "{}", told.text);
    let plan = plan_of(&o.app, STAF_SITI).await;
    assert_eq!(plan.status, PlanStatus::Draft);

    // The supervisor's button for the withdrawn version changes nothing.
    let (_, data) = o.kepala.find_button("Setujui").unwrap();
    let answer = o.kepala.taps_data(request.message_id, &data).await;
    assert!(
        answer.unwrap_or_default().contains("menarik kembali"),
        "the supervisor learns why"
    );
    assert_eq!(plan_of(&o.app, STAF_SITI).await.status, PlanStatus::Draft);
    let nothing = o.kepala.says("/persetujuan").await;
    assert!(
        nothing.text.contains("Tidak ada rencana"),
        "{}",
        nothing.text
    );

    // A withdrawal tapped again is refused; sending again makes version 2.
    let (message, data) = o
        .siti
        .find_button("Ya, tarik kembali")
        .unwrap_or((view.message_id, format!("pl:wdy:{}", 1)));
    let again = o.siti.taps_data(message, &data).await;
    assert!(!again.unwrap_or_default().is_empty());
    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;
    o.kepala.sees("Versi 2").await;
    let audit = o.app.store.audit_for(STAF_SITI).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "plan.withdraw"));
    o.app.assert_telegram_accepted_everything();
}
