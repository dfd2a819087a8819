//! The quarter: staff record what they achieved with evidence (straight from the phone or
//! from the daily log), supervisors comment and evaluate, the predikat follows the national
//! matrix, staff acknowledge and reply, HR reopens. Forged and stale taps change nothing.

mod support;

use chrono::{Datelike, NaiveDate, Utc};
use chrono_tz::Asia::Jakarta;
use kinerja::config::Limits;
use kinerja::domain::evaluation::{Period, PeriodKind, Predikat, Rating};
use support::office::Office;
use support::roster_fixture::*;
use support::{Person, TestApp};

fn period_now() -> Period {
    Period::quarter_of(Utc::now().with_timezone(&Jakarta).date_naive())
}

/// Gives `nip` an approved plan of `rhk` RHK with `per_rhk` indicators each: `RHK n …`
/// with `Bayi diimunisasi n.m …`, `text` added to both.
async fn approved_plan(
    app: &TestApp,
    nip: &str,
    approver: &str,
    rhk: usize,
    per_rhk: usize,
    text: &str,
) {
    let texts: Vec<(String, Vec<String>)> = (1..=rhk)
        .map(|n| {
            let indicators = (1..=per_rhk)
                .map(|m| format!("Bayi diimunisasi {n}.{m} {text}"))
                .collect();
            (format!("RHK {n} {text}"), indicators)
        })
        .collect();
    let plan: Vec<(&String, &[String])> = texts.iter().map(|(r, i)| (r, i.as_slice())).collect();
    support::office::approved_plan(app, nip, approver, &plan).await;
}

async fn office() -> Office {
    office_on(TestApp::spawn().await).await
}

/// The office, Siti with an approved plan of one RHK and one indicator.
async fn office_on(app: TestApp) -> Office {
    let o = Office::open_on(app, &csv()).await;
    approved_plan(&o.app, STAF_SITI, KEPALA, 1, 1, "").await;
    o
}

/// Siti fills indicator 1.1 with a value and one photo.
async fn quick_realisation(siti: &Person, value: &str) {
    siti.says("/realisasi").await;
    siti.taps("Isi 1.1").await;
    siti.says(value).await;
    siti.sends_photo_id("photo-quick", Some("Posyandu")).await;
    siti.taps("Selesai bukti").await;
    siti.taps("Lewati").await;
    siti.sees("Realisasi tersimpan").await;
}

/// `/penilaian`, choosing the current quarter when several periods are open (in December
/// the annual evaluation opens too).
async fn opens_team(kepala: &Person) {
    let reply = kepala.says("/penilaian").await;
    if reply.text.contains("Pilih periode") {
        kepala.taps(&period_now().label()).await;
    }
}

/// The supervisor evaluates Siti through the chat. Returns the confirmation text.
async fn evaluates(
    kepala: &Person,
    hasil: Rating,
    perilaku: Rating,
    feedback: Option<&str>,
) -> String {
    opens_team(kepala).await;
    kepala.taps_containing("Siti").await;
    kepala.taps("Nilai").await;
    kepala.sees("Hasil Kerja").await;
    kepala.taps(hasil.label()).await;
    kepala.sees("Perilaku Kerja").await;
    kepala.taps(perilaku.label()).await;
    if let Some(text) = feedback {
        kepala.says(text).await;
    }
    let confirm = kepala.sees("Periksa sebelum disimpan").await;
    kepala.taps("Simpan").await;
    kepala.sees("tersimpan. Predikat").await;
    confirm.text
}

#[tokio::test]
async fn daily_entries_photos_and_a_document_become_the_quarters_evidence() {
    let o = office().await;
    let period = period_now();

    o.siti.says("/harian").await;
    let ask = o
        .siti
        .sends_photo_id(
            "photo-daily",
            Some("08.00-11.00 Imunisasi di Posyandu <Melati> & Mawar, 40 orang"),
        )
        .await;
    assert!(ask.text.contains("Untuk indikator mana"), "{}", ask.text);
    let tagged = o.siti.taps_containing("1.1").await;
    assert_eq!(
        tagged.as_deref(),
        Some("Catatan ditandai ke indikator 1.1.")
    );

    let overview = o.siti.says("/realisasi").await;
    assert!(
        overview.text.contains("Belum lengkap: 1.1"),
        "{}",
        overview.text
    );
    o.siti.taps("Isi 1.1").await;
    // A photo before the number is kept, not lost.
    let early = o.siti.sends_photo_id("photo-1", Some("Buku KIA")).await;
    assert!(early.text.contains("Bukti diterima"), "{}", early.text);
    let wrong = o.siti.says("seribu").await;
    assert!(wrong.text.contains("1.150"), "{}", wrong.text);
    let ask = o.siti.says("1.150 orang").await;
    assert!(ask.text.contains("1 catatan harian"), "{}", ask.text);
    o.siti.taps("Pakai catatan harian").await;
    o.siti.sends_photo_id("photo-2", None).await;
    let sticker = o.siti.sends_sticker().await;
    assert!(
        sticker.text.contains("Stiker tidak dapat dijadikan bukti"),
        "{}",
        sticker.text
    );
    let doc = o
        .siti
        .sends_document("doc-1", "laporan.pdf", Some("Laporan bulanan"))
        .await;
    assert!(doc.text.contains("(4 untuk indikator ini)"), "{}", doc.text);
    o.siti.taps("Selesai bukti").await;
    o.siti.says("Dua posyandu tutup <sementara> & pindah").await;

    let summary = o.siti.sees("Semua indikator sudah berisi").await;
    assert!(
        summary.text.contains("Capaian 1.150 orang"),
        "{}",
        summary.text
    );
    assert!(summary.text.contains("95,83 %"), "{}", summary.text);
    assert!(summary.text.contains("Bukti: 4"), "{}", summary.text);
    assert!(
        summary
            .text
            .contains("Dua posyandu tutup <sementara> & pindah")
    );
    let stored = o.app.store.realisations(STAF_SITI, period).await.unwrap();
    let kinds: Vec<&str> = stored[0].evidence.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["photo", "photo", "photo", "document"]);
    assert!(
        stored[0]
            .evidence
            .iter()
            .any(|e| e.file_id.as_deref() == Some("photo-daily"))
    );

    // The supervisor gets the files again.
    opens_team(&o.kepala).await;
    o.kepala.taps_containing("Siti").await;
    let answer = o.kepala.taps("Kirim ulang bukti").await;
    assert_eq!(answer.as_deref(), Some("4 bukti dikirim ulang."));
    let resent: Vec<_> = o
        .kepala
        .messages()
        .into_iter()
        .filter(|m| m.kind != "text")
        .collect();
    assert_eq!(resent.len(), 4);
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn thirty_daily_photos_come_back_as_albums_after_the_press_is_answered() {
    // Telegram's own pace: about one message a second into a chat.
    let o = office_on(TestApp::spawn_with_limits(Limits::default()).await).await;
    let period = period_now();
    let day = Utc::now().with_timezone(&Jakarta).date_naive().to_string();
    let indicator = o
        .app
        .store
        .approved_content(STAF_SITI, period.year)
        .await
        .unwrap()
        .unwrap()
        .rhk[0]
        .indikator[0]
        .id;
    for n in 1..=30 {
        let file = format!("photo-day-{n}");
        o.app.tg.add_photo(&file);
        let id = o
            .app
            .store
            .add_daily(
                STAF_SITI,
                &day,
                Some(&format!("Posyandu <{n}>")),
                Some(("photo", &file)),
            )
            .await
            .unwrap();
        o.app
            .store
            .tag_daily(id, STAF_SITI, indicator)
            .await
            .unwrap();
    }
    o.siti.says("/realisasi").await;
    o.siti.taps("Isi 1.1").await;
    o.siti.says("1.200 orang").await;
    o.siti.taps("Pakai catatan harian").await;
    o.siti.taps("Selesai bukti").await;
    o.siti.taps("Lewati").await;

    opens_team(&o.kepala).await;
    o.kepala.taps_containing("Siti").await;
    let from = o.app.tg.call_count();
    let (message, data) = o.kepala.find_button("Kirim ulang bukti").unwrap();
    let press = o.app.tg.push_callback(&o.kepala.user, message, &data);
    o.kepala
        .waits_until_handled(o.app.tg.update_of_callback(&press), "Kirim ulang bukti")
        .await;

    let (answered, first) =
        o.app
            .tg
            .answer_and_first_message_after(&press, o.kepala.chat_id(), from);
    let (answered, first) = (answered.expect("answered"), first.expect("files sent"));
    assert!(
        answered < first,
        "the press is answered (call {answered}) before its first message (call {first})"
    );
    assert_eq!(
        o.app.tg.callback_answer(&press).unwrap().text.as_deref(),
        Some("30 bukti dikirim ulang.")
    );
    let albums = o.app.tg.calls_of("sendMediaGroup");
    assert_eq!(albums.len(), 3, "thirty photos go as three albums of ten");
    let files: Vec<_> = o
        .kepala
        .messages()
        .into_iter()
        .filter(|m| m.kind == "photo")
        .collect();
    assert_eq!(files.len(), 30);
    assert!(
        files[0]
            .text
            .contains("Bukti Siti <Nur> & Rekan_1 · indikator 1.1 (1/30)")
            && files[0].text.contains("Posyandu <1>"),
        "{}",
        files[0].text
    );
    let lines: Vec<_> = o
        .kepala
        .messages()
        .into_iter()
        .filter(|m| m.text.contains("Bukti dukung"))
        .collect();
    assert_eq!(lines.len(), 1, "one summary line, not one message per file");
    assert!(lines[0].text.contains("30 bukti"), "{}", lines[0].text);
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn realisation_can_be_edited_until_the_evaluation_and_then_is_locked() {
    let o = office().await;
    let period = period_now();
    quick_realisation(&o.siti, "1.000").await;
    quick_realisation(&o.siti, "1.250").await;
    let stored = o.app.store.realisations(STAF_SITI, period).await.unwrap();
    assert_eq!(stored[0].value, Some(1250.0));

    evaluates(&o.kepala, Rating::Sesuai, Rating::Sesuai, None).await;

    let overview = o.siti.says("/realisasi").await;
    assert!(overview.text.contains("terkunci"), "{}", overview.text);
    assert!(
        !Person::buttons_of(&overview)
            .iter()
            .any(|b| b.starts_with("Isi"))
    );
    let data = format!(
        "rs:i:{}:{}",
        period.key(),
        o.app
            .store
            .approved_content(STAF_SITI, period.year)
            .await
            .unwrap()
            .unwrap()
            .rhk[0]
            .indikator[0]
            .id
    );
    let answer = o.siti.taps_data(overview.message_id, &data).await;
    assert!(answer.unwrap_or_default().contains("sudah dinilai"));
    assert_eq!(
        o.app.store.realisations(STAF_SITI, period).await.unwrap()[0].value,
        Some(1250.0)
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn each_of_the_nine_rating_pairs_gives_the_national_predikat() {
    let o = office().await;
    let period = period_now();
    quick_realisation(&o.siti, "1.200").await;
    let cells = [
        (Rating::DiAtas, Rating::DiAtas, Predikat::SangatBaik),
        (Rating::DiAtas, Rating::Sesuai, Predikat::Baik),
        (Rating::DiAtas, Rating::DiBawah, Predikat::Kurang),
        (Rating::Sesuai, Rating::DiAtas, Predikat::Baik),
        (Rating::Sesuai, Rating::Sesuai, Predikat::Baik),
        (Rating::Sesuai, Rating::DiBawah, Predikat::Kurang),
        (Rating::DiBawah, Rating::DiAtas, Predikat::ButuhPerbaikan),
        (Rating::DiBawah, Rating::Sesuai, Predikat::ButuhPerbaikan),
        (Rating::DiBawah, Rating::DiBawah, Predikat::SangatKurang),
    ];
    for (hasil, perilaku, want) in cells {
        let below = hasil == Rating::DiBawah || perilaku == Rating::DiBawah;
        let feedback = below.then_some("Perbaiki kelengkapan <laporan> & bukti");
        let confirm = evaluates(&o.kepala, hasil, perilaku, feedback).await;
        assert!(
            confirm.contains(&format!("Predikat: {}", want.label())),
            "{hasil:?} × {perilaku:?}: {confirm}"
        );
        let saved = o
            .app
            .store
            .evaluation(STAF_SITI, period)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(saved.predikat, want, "{hasil:?} × {perilaku:?}");
        let seen = o.siti.sees(&format!("Predikat: {}", want.label())).await;
        if below {
            assert!(
                seen.text.contains("Perbaiki kelengkapan <laporan> & bukti"),
                "{}",
                seen.text
            );
        }
        o.app
            .store
            .reopen_evaluation(STAF_SITI, period, "test")
            .await
            .unwrap();
    }
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn feedback_below_expectations_cannot_be_skipped() {
    let o = office().await;
    quick_realisation(&o.siti, "500").await;
    opens_team(&o.kepala).await;
    o.kepala.taps_containing("Siti").await;
    o.kepala.taps("Nilai").await;
    o.kepala.taps("Di Bawah Ekspektasi").await;
    o.kepala.taps("Sesuai Ekspektasi").await;
    let ask = o.kepala.last_message();
    assert!(ask.text.contains("Wajib"), "{}", ask.text);
    assert!(
        Person::buttons_of(&ask).is_empty(),
        "no Lewati when feedback is required"
    );
    let forged = o.kepala.taps_data(ask.message_id, "pn:k").await;
    assert!(forged.unwrap_or_default().contains("wajib"));
    assert!(
        o.app
            .store
            .evaluation(STAF_SITI, period_now())
            .await
            .unwrap()
            .is_none()
    );
}

#[tokio::test]
async fn staff_acknowledge_and_reply_and_supervisors_comment_and_hear_back() {
    let o = office().await;
    quick_realisation(&o.siti, "1.200").await;

    // Continuous feedback before the evaluation.
    opens_team(&o.kepala).await;
    o.kepala.taps_containing("Siti").await;
    o.kepala.taps("Komentari").await;
    o.kepala
        .says("Bukti foto kurang jelas <buram> & gelap")
        .await;
    let comment = o.siti.sees("Komentar").await;
    assert!(
        comment
            .text
            .contains("Bukti foto kurang jelas <buram> & gelap"),
        "{}",
        comment.text
    );
    o.siti.taps("Jawab").await;
    o.siti.says("Baik, saya kirim ulang").await;
    assert!(
        o.kepala
            .sees("Tanggapan")
            .await
            .text
            .contains("Baik, saya kirim ulang")
    );

    evaluates(
        &o.kepala,
        Rating::Sesuai,
        Rating::DiAtas,
        Some("Pertahankan"),
    )
    .await;
    let evaluation = o.siti.sees("Predikat: Baik").await;
    let answer = o.siti.taps("Sudah saya baca").await;
    assert_eq!(answer.as_deref(), Some("Terima kasih, sudah dicatat."));
    let (_, data) = o.siti.find_button("Sudah saya baca").unwrap();
    let again = o.siti.taps_data(evaluation.message_id, &data).await;
    assert_eq!(again.as_deref(), Some("Sudah dicatat sebelumnya."));
    let stored = o
        .app
        .store
        .evaluation(STAF_SITI, period_now())
        .await
        .unwrap()
        .unwrap();
    assert!(stored.acknowledged_at.is_some());

    o.siti.taps("Tanggapi").await;
    o.siti
        .says("Terima kasih, saya akan <perbaiki> & lanjutkan")
        .await;
    let reply = o.kepala.sees("Terima kasih, saya akan").await;
    assert!(reply.text.contains("saya akan <perbaiki> & lanjutkan"));
    let mine = o.siti.says("/nilai").await;
    assert!(mine.text.contains("Dibaca pada"), "{}", mine.text);
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn hr_reopens_an_evaluation_from_the_command_line() {
    let o = office().await;
    let period = period_now();
    quick_realisation(&o.siti, "1.200").await;
    evaluates(&o.kepala, Rating::Sesuai, Rating::Sesuai, None).await;

    support::cli(
        &o.app.db.url,
        &["evaluation", "reopen", STAF_SITI, &period.key()],
    )
    .await
    .expect_ok();

    assert!(
        o.app
            .store
            .evaluation(STAF_SITI, period)
            .await
            .unwrap()
            .unwrap()
            .reopened
    );
    let overview = o.siti.says("/realisasi").await;
    assert!(
        Person::buttons_of(&overview).contains(&"Isi 1.1".to_string()),
        "editable again"
    );
    evaluates(&o.kepala, Rating::DiAtas, Rating::DiAtas, None).await;
    let saved = o
        .app
        .store
        .evaluation(STAF_SITI, period)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (saved.predikat, saved.reopened),
        (Predikat::SangatBaik, false)
    );
    let actions: Vec<String> = o
        .app
        .store
        .audit_for(STAF_SITI)
        .await
        .unwrap()
        .into_iter()
        .map(|a| a.action)
        .collect();
    assert!(
        actions.contains(&"evaluation.reopen".to_string()),
        "{actions:?}"
    );
    assert_eq!(
        actions.iter().filter(|a| *a == "evaluation.save").count(),
        2
    );
}

#[tokio::test]
async fn forged_and_stale_evaluation_taps_change_nothing() {
    let o = office().await;
    let period = period_now();
    quick_realisation(&o.siti, "1.200").await;
    let menu = o.siti.says("/menu").await;

    // Staff evaluate themselves; HR (not her supervisor) tries too.
    let data = format!("pn:s:{}:{STAF_SITI}", period.key());
    let answer = o.siti.taps_data(menu.message_id, &data).await;
    assert!(
        answer.unwrap_or_default().contains("untuk atasan"),
        "staff have no assessment role"
    );
    let answer = o.rina.taps_data(menu.message_id, &data).await;
    assert!(answer.unwrap_or_default().contains("bukan atasan"));
    // Rating buttons with no evaluation in progress.
    let answer = o.kepala.taps_data(menu.message_id, "pn:h:a").await;
    assert!(answer.unwrap_or_default().contains("tidak berlaku"));

    // The supervisor starts, the roster moves Siti to Rina, the supervisor saves: refused.
    opens_team(&o.kepala).await;
    o.kepala.taps_containing("Siti").await;
    o.kepala.taps("Nilai").await;
    o.kepala.taps("Sesuai Ekspektasi").await;
    o.kepala.taps("Sesuai Ekspektasi").await;
    let moved = csv().replace(
        &format!("{STAF_SITI},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{KEPALA}"),
        &format!("{STAF_SITI},Siti <Nur> & Rekan_1,Perawat,Dinas Kesehatan,{ADMIN}"),
    );
    o.app.import_csv(&moved).await.unwrap();
    let before = o.siti.messages().len();
    let answer = o.kepala.taps("Simpan").await;
    assert!(answer.unwrap_or_default().contains("bukan atasan"));
    assert!(
        o.app
            .store
            .evaluation(STAF_SITI, period)
            .await
            .unwrap()
            .is_none()
    );
    // A second tap on the spent Simpan: stale, nothing saved, nobody notified.
    let answer = o.kepala.taps("Simpan").await;
    assert!(answer.unwrap_or_default().contains("tidak berlaku"));
    assert_eq!(o.siti.messages().len(), before);
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_realisation_summary_longer_than_one_message_is_paged() {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.unwrap();
    let budi_long = "di seluruh puskesmas kota Sibolga <termasuk> pustu & posyandu_".repeat(3);
    approved_plan(&app, STAF_SITI, KEPALA, 12, 2, &budi_long).await;
    let siti = app.user(5005, "Siti");
    let kepala = app.user(1001, "Ahmad");
    siti.registers("6281333334444").await;
    kepala.registers("6281211112222").await;

    let first = siti.says("/realisasi").await;
    assert!(first.text.contains("Halaman 1 dari"), "{}", first.text);
    siti.taps("Lanjut ▶").await;
    assert!(siti.last_message().text.contains("Halaman 2 dari"));

    opens_team(&kepala).await;
    kepala.taps_containing("Siti").await;
    let person = kepala.last_message();
    assert!(person.text.contains("Halaman 1 dari"), "{}", person.text);
    kepala.taps("Lanjut ▶").await;
    assert!(kepala.last_message().text.contains("Halaman 2 dari"));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn the_team_at_a_glance_shows_plans_realisation_and_ratings() {
    let o = office().await;
    let before = o.kepala.says("/tim").await;
    assert!(
        before
            .text
            .contains("Rencana: disetujui · realisasi belum lengkap"),
        "{}",
        before.text
    );
    assert!(
        before
            .text
            .contains("Rencana: belum ada · rencana belum disetujui"),
        "{}",
        before.text
    );

    quick_realisation(&o.siti, "1.200").await;
    evaluates(&o.kepala, Rating::DiAtas, Rating::DiAtas, None).await;

    let after = o.kepala.says("/tim").await;
    assert!(
        after.text.contains("dinilai: Sangat Baik"),
        "{}",
        after.text
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_evaluation_takes_four_taps_and_nilai_berikutnya_goes_to_the_next_person() {
    let o = office().await;
    approved_plan(&o.app, STAF_BUDI, KEPALA, 1, 1, "").await;
    quick_realisation(&o.siti, "1.200").await;
    let period = period_now();
    opens_team(&o.kepala).await;

    let mut taps = 0;
    for label in [
        "Nilai berikutnya ▶",
        "Sesuai Ekspektasi",
        "Sesuai Ekspektasi",
    ] {
        o.kepala.taps(label).await;
        taps += 1;
    }
    let confirm = o.kepala.sees("Periksa sebelum disimpan").await;
    let first = if confirm.text.contains("Siti") {
        STAF_SITI
    } else {
        STAF_BUDI
    };
    o.kepala.taps("Simpan").await;
    taps += 1;
    let saved = o.kepala.sees("tersimpan. Predikat").await;
    assert_eq!(taps, 4, "open, Hasil, Perilaku, Simpan");
    assert!(
        Person::buttons_of(&saved).contains(&"Nilai berikutnya ▶".to_string()),
        "{:?}",
        Person::buttons_of(&saved)
    );

    // The next person straight away; a note for one value and feedback typed at the
    // confirmation.
    o.kepala.taps("Nilai berikutnya ▶").await;
    let ask = o.kepala.last_message();
    let second = if first == STAF_SITI { "Budi" } else { "Siti" };
    assert!(
        ask.text.contains(second) && ask.text.contains("Hasil Kerja"),
        "{}",
        ask.text
    );
    o.kepala.taps("Di Atas Ekspektasi").await;
    o.kepala.taps("Sesuai Ekspektasi").await;
    o.kepala.taps("Catatan per nilai").await;
    o.kepala.taps("Akuntabel").await;
    o.kepala.says("Laporan <rapi> & tepat").await;
    o.kepala.taps("Lanjut").await;
    let confirm = o.kepala.sees("Periksa sebelum disimpan").await;
    assert!(
        confirm.text.contains("Akuntabel: Laporan <rapi> & tepat"),
        "{}",
        confirm.text
    );
    let confirm = o.kepala.says("Pertahankan <semangat>").await;
    assert!(
        confirm.text.contains("Umpan balik: Pertahankan <semangat>"),
        "{}",
        confirm.text
    );
    o.kepala.taps("Simpan").await;
    let saved = o.kepala.sees("tersimpan. Predikat").await;
    assert!(
        !Person::buttons_of(&saved).contains(&"Nilai berikutnya ▶".to_string()),
        "nobody is left"
    );
    let other = if first == STAF_SITI {
        STAF_BUDI
    } else {
        STAF_SITI
    };
    let e = o
        .app
        .store
        .evaluation(other, period)
        .await
        .unwrap()
        .expect("saved");
    assert_eq!(e.feedback.as_deref(), Some("Pertahankan <semangat>"));
    assert_eq!(e.value_notes.len(), 1);
    assert!(
        o.app
            .store
            .evaluation(first, period)
            .await
            .unwrap()
            .is_some()
    );
    o.app.assert_telegram_accepted_everything();
}

/// `/penilaian`: the annual evaluation of `year`, if it is offered (alone, or among the
/// open periods), opened.
async fn opens_annual(kepala: &Person, year: i64) -> bool {
    let label = Period {
        year,
        kind: PeriodKind::Tahunan,
    }
    .label();
    let reply = kepala.says("/penilaian").await;
    if Person::buttons_of(&reply).contains(&label) {
        kepala.taps(&label).await;
        return true;
    }
    reply.text.contains(&label)
}

#[tokio::test]
async fn hr_sets_the_day_the_annual_evaluation_opens() {
    let o = office().await;
    let today = Utc::now().with_timezone(&Jakarta).date_naive();
    let year = i64::from(today.year());
    let annual = format!("{year}-T");
    let day = |d: NaiveDate| d.format("%d/%m/%Y").to_string();
    let opens = |from: NaiveDate| {
        let url = o.app.db.url.clone();
        let (annual, from) = (annual.clone(), day(from));
        async move { support::cli(&url, &["period", "set", &annual, "--evaluasi-mulai", &from]).await }
    };

    let printed = opens(today).await.expect_ok();
    assert!(
        printed.contains(&format!("penilaian dari {}", day(today))),
        "{printed}"
    );
    assert!(opens_annual(&o.kepala, year).await, "open from today");
    o.kepala.taps_containing("Siti").await;
    o.kepala.taps("Nilai").await;
    o.kepala.sees("Hasil Kerja").await;

    opens(today.succ_opt().unwrap()).await.expect_ok();
    let refused = o.kepala.taps("Nilai").await.unwrap_or_default();
    assert!(
        refused.contains("ditutup"),
        "not open before its day: {refused}"
    );
    assert!(!opens_annual(&o.kepala, year).await, "not offered either");

    let too_early = opens(NaiveDate::from_ymd_opt(year as i32 - 1, 12, 31).unwrap()).await;
    assert!(!too_early.ok);
    assert!(
        too_early.stderr.contains("sebelum awal periode"),
        "{}",
        too_early.stderr
    );
    let shown = support::cli(&o.app.db.url, &["period", "show", &annual])
        .await
        .expect_ok();
    assert!(
        shown.contains(&format!(
            "penilaian dari {}",
            day(today.succ_opt().unwrap())
        )),
        "{shown}"
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_comment_on_one_indicator_reaches_the_person_and_their_evaluation_form() {
    let o = office().await;
    quick_realisation(&o.siti, "1.200").await;
    opens_team(&o.kepala).await;
    o.kepala.taps_containing("Siti").await;
    let view = o.kepala.sees("Realisasi Triwulan").await;
    assert!(Person::buttons_of(&view).contains(&"💬 1.1".to_string()));
    // An indicator that is not in Siti's plan: nothing is asked, nothing stored.
    let forged = o
        .kepala
        .taps_data(
            view.message_id,
            &format!("pn:ci:{}:{STAF_SITI}:999999", period_now().key()),
        )
        .await;
    assert!(forged.unwrap_or_default().contains("tidak berlaku"));
    o.kepala.taps("💬 1.1").await;
    o.kepala.sees("tentang indikator 1.1").await;
    o.kepala.says("Lengkapi absensi <posyandu> & foto").await;
    let comment = o.siti.sees("Komentar").await;
    assert!(
        comment.text.contains("indikator 1.1")
            && comment.text.contains("Lengkapi absensi <posyandu> & foto"),
        "{}",
        comment.text
    );
    // Her answer is part of the conversation, not the supervisor's umpan balik.
    o.siti.taps("Jawab").await;
    o.siti.says("Siap, Bu").await;
    o.kepala.sees("Tanggapan").await;

    evaluates(&o.kepala, Rating::Sesuai, Rating::Sesuai, None).await;
    o.siti.sees("Predikat: Baik").await;
    // The supervisor finds the form again under the person in /penilaian.
    opens_team(&o.kepala).await;
    o.kepala.taps_containing("Siti").await;
    let view = o.kepala.sees("Realisasi Triwulan").await;
    assert!(Person::buttons_of(&view).contains(&"📄 Unduh PDF".to_string()));
    o.kepala.taps("📄 Unduh PDF").await;
    assert_eq!(o.kepala.sees("Kode verifikasi").await.kind, "document");
    o.siti.says("/nilai").await;
    o.siti.taps("📄 Unduh PDF").await;
    let form = o.siti.sees("Kode verifikasi").await;
    // The fixture roster has no pangkat: the form says so and offers the report.
    assert!(
        form.text.contains("pangkat/golongan pegawai")
            && form.text.contains("pangkat/golongan Pejabat Penilai"),
        "{}",
        form.text
    );
    assert!(Person::buttons_of(&form).contains(&"Laporkan data salah".to_string()));
    if let Some(text) = support::pdf_text(&o.app, &form) {
        assert!(text.contains("Lengkapi"), "{text}");
        assert!(!text.contains("Siap, Bu"), "{text}");
    }
    let code = support::code_in(&form.text);
    o.siti.taps("Laporkan data salah").await;
    let ask = o.siti.sees("Tuliskan apa yang salah").await;
    assert!(
        ask.text.contains("Pangkat/golongan: — (belum diisi BKD)"),
        "{}",
        ask.text
    );
    o.siti.says("Pangkat saya Penata Muda / III-a").await;
    o.rina.sees("Pangkat saya Penata Muda / III-a").await;

    // Reopened by HR, the printed evaluation no longer stands.
    let said = o.siti.says(&format!("/verifikasi {code}")).await;
    assert!(said.text.contains("Masih berlaku"), "{}", said.text);
    assert!(
        o.app
            .store
            .reopen_evaluation(STAF_SITI, period_now(), ADMIN)
            .await
            .unwrap()
    );
    let said = o.siti.says(&format!("/verifikasi {code}")).await;
    assert!(said.text.contains("dibuka kembali"), "{}", said.text);
    o.app.assert_telegram_accepted_everything();
}
