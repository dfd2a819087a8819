//! The evaluation and its forms in the reader's language: an English-speaking supervisor
//! goes through /penilaian, comments and evaluates an Indonesian-speaking staff member, who
//! reads the comment, the evaluation and its notice in Indonesian, and answers; an
//! English-speaking staff member reads her evaluation, downloads and verifies its form in
//! English while her Indonesian supervisor hears her answers in Indonesian.

mod support;

use chrono::Utc;
use chrono_tz::Asia::Jakarta;
use kinerja::bot::callback::CallbackAction;
use kinerja::domain::evaluation::{Period, Rating};
use kinerja::domain::lang::Lang;
use kinerja::domain::plan::NilaiBerakhlak;
use kinerja::i18n::Label;
use support::office::Office;
use support::roster_fixture::*;
use support::{Person, TestApp};

fn period_now() -> Period {
    Period::quarter_of(Utc::now().with_timezone(&Jakarta).date_naive())
}

/// The office with Siti's plan approved (one RHK, one indicator) and her realisation of
/// the quarter in: a value, a photo and a link.
async fn office() -> Office {
    let o = Office::open_on(TestApp::spawn().await, &csv()).await;
    o.approved_plan(
        STAF_SITI,
        KEPALA,
        &[("Imunisasi dasar lengkap", &["Bayi diimunisasi lengkap"])],
    )
    .await;
    let period = period_now();
    let store = &o.app.store;
    let indicator = store
        .approved_content(STAF_SITI, period.year)
        .await
        .unwrap()
        .unwrap()
        .rhk[0]
        .indikator[0]
        .id;
    store
        .set_realisation_value(STAF_SITI, period, indicator, 1200.0)
        .await
        .unwrap();
    // As if Siti had sent the photo from her phone.
    o.app.tg.add_photo("photo-posyandu");
    for (kind, file, url) in [
        ("photo", Some("photo-posyandu"), None),
        ("link", None, Some("https://example.org/laporan?a=1&b=2")),
    ] {
        store
            .add_evidence(STAF_SITI, period, indicator, kind, file, url, None)
            .await
            .unwrap();
    }
    o
}

/// `person` reads Kinerja in English from now on.
async fn speaks_english(o: &Office, telegram_user_id: i64) {
    o.app
        .store
        .set_language(telegram_user_id, Lang::En)
        .await
        .unwrap();
}

/// `/penilaian`, choosing the current quarter when several periods are open (in December
/// the annual evaluation opens too).
async fn opens_team(supervisor: &Person) -> String {
    let reply = supervisor.says("/penilaian").await;
    if Person::buttons_of(&reply).len() > 1 && !reply.text.contains("Siti") {
        let data = CallbackAction::Assessment(kinerja::bot::assessment::action::Action::Team(
            period_now(),
            0,
        ))
        .encode();
        supervisor.taps_data(reply.message_id, &data).await;
        return supervisor.last_message().text;
    }
    reply.text
}

#[tokio::test]
async fn an_english_supervisor_evaluates_and_the_indonesian_staff_member_reads_it_in_indonesian() {
    let o = office().await;
    speaks_english(&o, 1001).await;
    let (kepala, siti) = (&o.kepala, &o.siti);
    let en = |r: Rating| r.label_in(Lang::En);

    let team = opens_team(kepala).await;
    assert!(team.contains("Evaluations for"), "{team}");
    assert!(
        team.contains("results complete, ready to evaluate"),
        "{team}"
    );
    let team_message = kepala.last_message();
    assert!(Person::buttons_of(&team_message).contains(&"Evaluate next ▶".to_string()));

    // One person: her realisation, the evidence again, a comment.
    kepala.taps_containing("Siti").await;
    let person = kepala.sees("Results for").await;
    let buttons = Person::buttons_of(&person);
    for label in ["Send evidence again", "Comment", "Evaluate"] {
        assert!(buttons.contains(&label.to_string()), "{buttons:?}");
    }
    let answer = kepala.taps("Send evidence again").await;
    assert_eq!(answer.as_deref(), Some("2 pieces of evidence sent again."));
    let summary = kepala.sees("📎 Evidence of").await;
    assert!(
        summary
            .text
            .contains("2 pieces of evidence; the files follow in 1 message.")
            && summary
                .text
                .contains("• 1.1: link https://example.org/laporan?a=1&b=2"),
        "{}",
        summary.text
    );
    let photo = kepala.sees("Evidence of Siti").await;
    assert!(photo.text.contains("indicator 1.1 (1/1)"), "{}", photo.text);

    kepala.taps("Comment").await;
    kepala.sees("Write a comment for").await;
    kepala.says("The photo is blurry <dark> & small").await;
    kepala.sees("Comment sent.").await;
    // Siti is told in her own language, Indonesian.
    let comment = siti.sees("Komentar").await;
    assert!(
        comment.text.contains("atas realisasi")
            && comment.text.contains("The photo is blurry <dark> & small"),
        "{}",
        comment.text
    );
    siti.taps("Jawab").await;
    siti.sees("Tulis jawaban Anda").await;
    siti.says("Baik <pak>, saya kirim ulang").await;
    siti.sees("Tanggapan terkirim ke atasan.").await;
    let heard = kepala.sees("Response from").await;
    assert!(
        heard.text.contains("Baik <pak>, saya kirim ulang"),
        "{}",
        heard.text
    );

    // The evaluation dialogue.
    opens_team(kepala).await;
    kepala.taps_containing("Siti").await;
    kepala.taps("Evaluate").await;
    let ask = kepala.sees("How do their").await;
    assert!(ask.text.contains("Evaluating"), "{}", ask.text);
    kepala.taps(&en(Rating::Sesuai)).await;
    let ask = kepala.sees("work behaviour").await;
    assert!(ask.text.contains("BerAKHLAK values"), "{}", ask.text);
    kepala.taps(&en(Rating::DiBawah)).await;
    kepala.sees("It is required, because").await;
    kepala.says("Please be on time <always>").await;
    let confirm = kepala.sees("Check before saving").await;
    assert!(
        confirm.text.contains("Work results:")
            && confirm
                .text
                .contains("Feedback: Please be on time <always>")
            && confirm
                .text
                .contains("Type another message to replace the feedback.")
            && confirm.text.contains("only BKD can reopen it"),
        "{}",
        confirm.text
    );
    kepala.taps("Notes per value").await;
    kepala
        .sees("Add a note for particular BerAKHLAK values")
        .await;
    let value = NilaiBerakhlak::ALL[0].label_in(Lang::En);
    kepala.taps(&value).await;
    kepala.sees("Write a note for the value").await;
    kepala.says("Helpful to mothers").await;
    let notes = kepala.sees("Add a note for particular").await;
    assert!(notes.text.contains("Helpful to mothers"), "{}", notes.text);
    kepala.taps("Next").await;
    let confirm = kepala.sees("Notes per value:").await;
    assert!(
        confirm.text.contains("Helpful to mothers"),
        "{}",
        confirm.text
    );
    kepala.taps("Save").await;
    let saved = kepala.sees("saved. Predikat:").await;
    let buttons = Person::buttons_of(&saved);
    assert!(buttons.contains(&"Team list".to_string()), "{buttons:?}");
    assert!(
        buttons.contains(&"📄 Download PDF".to_string()),
        "{buttons:?}"
    );

    // Siti reads the notice and the evaluation in Indonesian, and replies.
    siti.sees("Atasan Anda telah menyimpan penilaian").await;
    let evaluation = siti.sees("Hasil Kerja").await;
    assert!(
        evaluation.text.contains("Umpan balik:")
            && evaluation.text.contains("Please be on time <always>"),
        "{}",
        evaluation.text
    );
    let buttons = Person::buttons_of(&evaluation);
    assert!(
        buttons.contains(&"Sudah saya baca".to_string()),
        "{buttons:?}"
    );
    assert!(buttons.contains(&"📄 Unduh PDF".to_string()), "{buttons:?}");
    siti.taps("Tanggapi").await;
    siti.says("Saya akan tepat waktu").await;
    let heard = kepala.sees("Response from").await;
    assert!(
        heard.text.contains("Saya akan tepat waktu"),
        "{}",
        heard.text
    );

    // The supervisor's copy of the form, verified in English.
    let answer = kepala.taps("📄 Download PDF").await;
    assert_eq!(
        answer.as_deref(),
        Some("The PDF is being prepared and will be sent shortly.")
    );
    let form = kepala.sees("Verification code").await;
    assert_eq!(form.kind, "document");
    assert!(
        form.text.contains("Official document") && form.text.contains("Wrong or missing data?"),
        "{}",
        form.text
    );
    assert!(Person::buttons_of(&form).contains(&"Report wrong data".to_string()));
    let code = code_in(&form.text);
    let said = kepala.says(&format!("/verifikasi {code}")).await;
    assert!(
        said.text.contains("✅ Genuine document: Evaluasi Kinerja")
            && said.text.contains("Employee: Siti")
            && said
                .text
                .contains("Still valid: there is no newer document."),
        "{}",
        said.text
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn an_english_staff_member_reads_her_evaluation_and_her_indonesian_supervisor_her_answers() {
    let o = office().await;
    speaks_english(&o, 5005).await;
    let (kepala, siti) = (&o.kepala, &o.siti);

    // A comment on one indicator, in Indonesian from the supervisor, in English for Siti.
    opens_team(kepala).await;
    kepala.taps_containing("Siti").await;
    kepala.taps("💬 1.1").await;
    kepala.sees("Tulis umpan balik untuk").await;
    kepala.says("Fotonya buram").await;
    kepala.sees("Komentar terkirim.").await;
    let comment = siti.sees("Comment from").await;
    assert!(
        comment
            .text
            .contains("indicator 1.1 «Bayi diimunisasi lengkap»")
            && comment.text.contains("Fotonya buram"),
        "{}",
        comment.text
    );
    siti.taps("Answer").await;
    siti.sees("Write your answer; it is forwarded to your supervisor.")
        .await;
    siti.says("I will send a clearer one").await;
    siti.sees("Response sent to your supervisor.").await;
    let heard = kepala.sees("Tanggapan").await;
    assert!(
        heard.text.contains("I will send a clearer one"),
        "{}",
        heard.text
    );

    // The supervisor evaluates in Indonesian; Siti is told in English.
    opens_team(kepala).await;
    kepala.taps_containing("Siti").await;
    kepala.taps("Nilai").await;
    kepala.sees("Hasil Kerja").await;
    kepala.taps(Rating::Sesuai.label()).await;
    kepala.sees("Perilaku Kerja").await;
    kepala.taps(Rating::DiAtas.label()).await;
    kepala.sees("Periksa sebelum disimpan").await;
    kepala.taps("Simpan").await;
    kepala.sees("tersimpan. Predikat").await;

    siti.sees("Your supervisor has saved an evaluation").await;
    let evaluation = siti.sees("Work results:").await;
    assert!(
        evaluation.text.contains("Evaluation for") && evaluation.text.contains("Work behaviour:"),
        "{}",
        evaluation.text
    );
    let buttons = Person::buttons_of(&evaluation);
    for label in ["I have read it", "Respond", "📄 Download PDF"] {
        assert!(buttons.contains(&label.to_string()), "{buttons:?}");
    }
    let answer = siti.taps("I have read it").await;
    assert_eq!(answer.as_deref(), Some("Thank you, noted."));
    let (_, data) = siti.find_button("I have read it").unwrap();
    let again = siti.taps_data(evaluation.message_id, &data).await;
    assert_eq!(again.as_deref(), Some("Already noted."));
    siti.taps("Respond").await;
    siti.sees("Write your response to this evaluation").await;
    siti.says("Thank you, sir").await;
    let heard = kepala.sees("Tanggapan").await;
    assert!(heard.text.contains("Thank you, sir"), "{}", heard.text);
    let mine = siti.says("/nilai").await;
    assert!(mine.text.contains("✅ Read on"), "{}", mine.text);

    // Her form and its verification.
    let answer = siti.taps("📄 Download PDF").await;
    assert_eq!(
        answer.as_deref(),
        Some("The PDF is being prepared and will be sent shortly.")
    );
    let form = siti.sees("Verification code").await;
    let code = code_in(&form.text);
    let said = siti.says(&format!("/verifikasi {code}")).await;
    assert!(said.text.contains("Genuine document"), "{}", said.text);
    let said = siti.says("/verifikasi ZZZZZZZZZZ").await;
    assert!(said.text.contains("is unknown"), "{}", said.text);
    let said = siti.says("/verifikasi").await;
    assert!(
        said.text
            .contains("Send the verification code printed on the document"),
        "{}",
        said.text
    );

    // Her Rencana SKP: the versions to choose from, in English.
    siti.says("/rencana").await;
    siti.taps("📄 Download PDF").await;
    siti.sees("Choose the version of the Rencana SKP").await;
    siti.taps("📄 Version 1 (approved)").await;
    let form = siti.sees("Verification code").await;
    let said = kepala
        .says(&format!("/verifikasi {}", code_in(&form.text)))
        .await;
    assert!(
        said.text.contains("Dokumen asli: Rencana SKP") && said.text.contains("versi 1"),
        "{}",
        said.text
    );
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_qr_code_scanned_before_registering_is_explained_in_the_scanners_language() {
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.expect("roster imports");
    let visitor = app.user_speaking(9009, "Visitor", "en");
    let said = visitor.says("/start v_7KQ2M9XDRT").await;
    assert!(
        said.text
            .contains("To check whether a document is genuine, register"),
        "{}",
        said.text
    );
    let tamu = app.user_speaking(9010, "Tamu", "id");
    let said = tamu.says("/start v_7KQ2M9XDRT").await;
    assert!(
        said.text.contains("Untuk memeriksa keaslian dokumen"),
        "{}",
        said.text
    );
}

/// The verification code in an English form's caption.
fn code_in(caption: &str) -> String {
    let after = caption
        .split("Verification code ")
        .nth(1)
        .or_else(|| caption.split("Kode verifikasi ").nth(1))
        .expect("a code");
    after.split(':').next().unwrap().trim().to_string()
}
