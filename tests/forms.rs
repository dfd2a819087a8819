//! The official forms in the chat: staff download their Rencana SKP as PDF, the supervisor
//! gets it from the approval, and anyone registered checks a printed code with
//! `/verifikasi` or the QR code's `/start v_<kode>`, seeing whose it is only when they may.

mod support;

use kinerja::domain::plan::{Arah, Aspek};
use kinerja::domain::quantity::Quantity;
use kinerja::domain::time::current_year_wib;
use support::office::Office;
use support::roster_fixture::*;
use support::{Person, TestApp, code_in, pdf_text};

/// The office with Siti's pangkat in the roster and her plan approved.
async fn office() -> (TestApp, Person, Person, Person, Person) {
    let csv = csv()
        .replace(
            "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n",
            "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran,pangkat_golongan\n",
        )
        .replace(",pegawai\n", ",pegawai,Penata Muda Tk. I / III-b\n");
    let o = Office::open_on(TestApp::spawn().await, &csv).await;
    o.approved_plan(
        STAF_SITI,
        KEPALA,
        &[("Imunisasi <dasar> & lengkap", &["Bayi diimunisasi lengkap"])],
    )
    .await;
    (o.app, o.siti, o.kepala, o.rina, o.budi)
}

#[tokio::test]
async fn staff_download_their_rencana_skp_and_anyone_registered_can_verify_it() {
    let (app, siti, kepala, rina, budi) = office().await;
    siti.says("/rencana").await;
    siti.taps("📄 Unduh PDF").await;
    siti.sees("Pilih versi").await;
    let answer = siti.taps("📄 Versi 1 (disetujui)").await;
    assert!(answer.unwrap_or_default().contains("PDF"));
    let form = siti.sees("Kode verifikasi").await;
    assert_eq!(form.kind, "document");
    let code = code_in(&form.text);
    if let Some(text) = pdf_text(&app, &form) {
        for expected in [
            "Siti <Nur> & Rekan_1",
            STAF_SITI,
            "Penata Muda Tk. I / III-b",
            "dr. Ahmad Hutagalung",
            "Imunisasi",
            "<dasar>",
            "1.200",
            &code,
        ] {
            assert!(text.contains(expected), "{expected:?} in\n{text}");
        }
        assert!(!text.contains("DRAF"), "the approved version is no draft");
    }
    // Asking again gives the same document.
    siti.taps("📄 Versi 1 (disetujui)").await;
    let again = siti.sees("Kode verifikasi").await;
    assert_eq!(code_in(&again.text), code);

    // The supervisor sees whose it is; so does HR; a colleague learns only that it is real.
    let said = kepala.says(&format!("/verifikasi {code}")).await;
    assert!(
        said.text.contains("Dokumen asli") && said.text.contains("Siti <Nur> & Rekan_1"),
        "{}",
        said.text
    );
    assert!(said.text.contains("Masih berlaku"), "{}", said.text);
    let said = rina.says(&format!("/start v_{code}")).await;
    assert!(said.text.contains("Siti <Nur> & Rekan_1"), "{}", said.text);
    let said = budi
        .says(&format!("/verifikasi {}", code.to_lowercase()))
        .await;
    assert!(
        said.text.contains("Dokumen asli") && !said.text.contains("Siti"),
        "{}",
        said.text
    );
    // Unknown and forged codes.
    for forged in ["ZZZZZZZZZZ", "<b>x</b>", "12345"] {
        let said = budi.says(&format!("/verifikasi {forged}")).await;
        assert!(said.text.contains("tidak dikenal"), "{}", said.text);
    }
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn a_draft_is_marked_and_is_replaced_by_a_later_form() {
    let (app, siti, kepala, _rina, _budi) = office().await;
    siti.says("/rencana").await;
    siti.taps("Ajukan perubahan").await;
    siti.taps("📄 Unduh PDF").await;
    siti.taps("📄 Isi sekarang (draf)").await;
    let draft = siti.sees("Kode verifikasi").await;
    let draft_code = code_in(&draft.text);
    if let Some(text) = pdf_text(&app, &draft) {
        assert!(text.contains("DRAF"), "{text}");
    }
    // The supervisor's copy of the approved version comes later: the draft is replaced.
    let plan = app
        .store
        .plan_of(STAF_SITI, current_year_wib())
        .await
        .unwrap()
        .unwrap();
    let menu = kepala.says("/menu").await;
    let answer = kepala
        .taps_data(menu.message_id, &format!("ap:pdf:{}:1", plan.id))
        .await;
    assert!(answer.unwrap_or_default().contains("PDF"));
    let approved = kepala.sees("Kode verifikasi").await;
    assert_ne!(code_in(&approved.text), draft_code);
    let said = siti.says(&format!("/verifikasi {draft_code}")).await;
    assert!(said.text.contains("Sudah diganti"), "{}", said.text);
    // A second version submitted, printed by nobody: the approved first one no longer stands.
    let approved_code = code_in(&approved.text);
    let said = siti.says(&format!("/verifikasi {approved_code}")).await;
    assert!(said.text.contains("Masih berlaku"), "{}", said.text);
    let rhk = app.store.add_rhk(plan.id, "Posyandu aktif").await.unwrap();
    app.store
        .save_indicator(
            rhk,
            None,
            "Posyandu yang melapor",
            &Quantity::parse("12 posyandu").unwrap(),
            Aspek::Kuantitas,
            Arah::LebihTinggiLebihBaik,
        )
        .await
        .unwrap();
    app.store.submit_plan(plan.id, "test").await.unwrap();
    let said = siti.says(&format!("/verifikasi {approved_code}")).await;
    assert!(
        said.text.contains("sudah punya versi 2 (belum disetujui)"),
        "{}",
        said.text
    );
    // Someone who is not the supervisor cannot get another's plan.
    let menu = siti.says("/menu").await;
    let answer = siti
        .taps_data(menu.message_id, &format!("ap:pdf:{}:1", plan.id))
        .await;
    assert!(answer.unwrap_or_default().contains("bukan atasan"));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn staff_download_the_evaluation_of_a_quarter_and_it_verifies() {
    let (app, siti, kepala, _rina, budi) = office().await;
    let period =
        kinerja::domain::evaluation::Period::quarter_of(kinerja::domain::time::today_wib());
    app.store
        .save_evaluation(
            STAF_SITI,
            period,
            KEPALA,
            &kinerja::store::evaluations::NewEvaluation {
                hasil: kinerja::domain::evaluation::Rating::DiAtas,
                perilaku: kinerja::domain::evaluation::Rating::Sesuai,
                feedback: Some("Pertahankan <semangat> & teliti".into()),
                value_notes: vec![(2, "Laporan tepat waktu".into())],
            },
        )
        .await
        .unwrap();
    siti.says("/nilai").await;
    siti.taps("📄 Unduh PDF").await;
    let form = siti.sees("Kode verifikasi").await;
    assert_eq!(form.kind, "document");
    let code = code_in(&form.text);
    if let Some(text) = pdf_text(&app, &form) {
        for expected in [
            "Siti <Nur> & Rekan_1",
            "dr. Ahmad Hutagalung",
            "Di Atas Ekspektasi",
            "Laporan tepat waktu",
            &code,
        ] {
            assert!(text.contains(expected), "{expected:?} in\n{text}");
        }
    }
    let said = kepala.says(&format!("/verifikasi {code}")).await;
    assert!(
        said.text.contains("Evaluasi Kinerja") && said.text.contains("Siti"),
        "{}",
        said.text
    );
    // A colleague cannot ask for it.
    let e = app
        .store
        .evaluation(STAF_SITI, period)
        .await
        .unwrap()
        .unwrap();
    let menu = budi.says("/menu").await;
    let answer = budi
        .taps_data(menu.message_id, &format!("nl:pdf:{}", e.id))
        .await;
    assert!(answer.unwrap_or_default().contains("tidak berwenang"));
    app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn hr_writes_the_rencana_of_a_unit_and_a_list_of_who_has_none() {
    let (app, _siti, _kepala, _rina, _budi) = office().await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("rencana");
    let run = support::cli(
        &app.db.url,
        &[
            "document",
            "--kind",
            "rencana",
            "--period",
            &format!("{}-T", current_year_wib()),
            "--unit",
            "Dinas Kesehatan",
            "--out",
            out.to_str().unwrap(),
            "--bot-username",
            "kinerja_test_bot",
        ],
    )
    .await;
    assert!(run.ok, "{}", run.stderr);
    let bytes = std::fs::read(out.join(format!("{STAF_SITI}-Siti-Nur-Rekan-1.pdf")))
        .expect("Siti's Rencana SKP");
    assert!(bytes.starts_with(b"%PDF"));
    let list = std::fs::read_to_string(out.join("belum-ada.csv")).unwrap();
    assert!(list.starts_with("nip,nama,unit_kerja,alasan"), "{list}");
    assert!(
        list.contains(STAF_BUDI) && list.contains("belum ada rencana yang disetujui"),
        "{list}"
    );
    assert!(list.contains(KEPALA), "{list}");
    assert!(!list.contains(STAF_SITI), "{list}");
    assert!(!list.contains(ADMIN), "another unit: {list}");
    assert!(
        run.stderr
            .contains("1 dokumen ditulis; 2 pegawai belum punya"),
        "{}",
        run.stderr
    );
    // Neither or both of --unit and --all is refused.
    let run = support::cli(
        &app.db.url,
        &[
            "document",
            "--kind",
            "rencana",
            "--out",
            out.to_str().unwrap(),
            "--bot-username",
            "x",
        ],
    )
    .await;
    assert!(!run.ok && run.stderr.contains("--unit"), "{}", run.stderr);
}
