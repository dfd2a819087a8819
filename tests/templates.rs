//! Plan templates per position: HR imports them (all or nothing, every bad line named) or
//! makes one from an approved plan; a supervisor saves an approved plan as one; staff whose
//! plan is empty are offered **Pakai templat** first, preview it, use it and change what
//! they like. Stale and forged taps change nothing.

mod support;

use std::path::Path;

use kinerja::domain::roles::OriginSource;
use kinerja::domain::time::current_year_wib;
use support::office::Office;
use support::roster_fixture::*;
use support::{Person, Run, TestApp};

const HEAD: &str = "jabatan,unit_kerja,jenis,rhk,indikator,target,aspek,arah\n";

fn write(dir: &Path, name: &str, content: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write file");
    path.display().to_string()
}

async fn kinerja(app: &TestApp, args: &[&str]) -> Run {
    support::cli(&app.db.url, args).await
}

/// A good file: a template for Perawat in every unit (two RHK, three indicators) and one
/// for Analis Data in Dinas Kesehatan.
fn good_file() -> String {
    format!(
        "{HEAD}\
         Perawat,,Utama,Asuhan keperawatan <pasien> & keluarga,Pasien dirawat,1.200 orang,Kuantitas,\n\
         Perawat,,Utama,Asuhan keperawatan <pasien> & keluarga,Waktu tunggu pelayanan,15 menit,Waktu,\n\
         Perawat,,Tambahan,Penyuluhan kesehatan,Sesi penyuluhan,12 kali,Kuantitas,\n\
         Analis Data,Dinas Kesehatan,Utama,Laporan data,Laporan bulanan,12 laporan,Kuantitas,\n"
    )
}

async fn plan_content(app: &TestApp, nip: &str) -> kinerja::domain::plan::PlanContent {
    match app.store.plan_of(nip, current_year_wib()).await.unwrap() {
        Some(plan) => app.store.working_content(plan.id).await.unwrap(),
        None => Default::default(),
    }
}

#[tokio::test]
async fn hr_imports_templates_all_or_nothing_and_staff_apply_one_edit_it_and_send_it() {
    let o = Office::open().await;
    let dir = tempfile::tempdir().unwrap();
    let bad = write(
        dir.path(),
        "templat.csv",
        &format!(
            "{HEAD}\
             Perawat,,Utama,Asuhan keperawatan,Pasien dirawat,1.200 orang,Kuantitas,\n\
             Perawat,,Pokok,Asuhan,Pasien,banyak,Kuantitas,\n\
             Perawat,,Utama,asuhan keperawatan,pasien  dirawat,5 orang,Kuantitas,\n\
             Bidan,,Tambahan,Kelas ibu,Kelas,4 kali,Kuantitas,\n"
        ),
    );
    let run = kinerja(&o.app, &["template", "import", &bad]).await;
    assert!(!run.ok, "{}", run.stdout);
    assert!(
        run.stderr.contains("tidak ada templat yang disimpan"),
        "{}",
        run.stderr
    );
    for line in ["baris 3:", "baris 4:", "baris 5:"] {
        assert!(run.stderr.contains(line), "{line}: {}", run.stderr);
    }
    assert!(!run.stderr.contains("baris 2:"), "{}", run.stderr);
    assert!(run.stderr.contains("jenis \"Pokok\""), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("sudah ada untuk RHK yang sama di baris 2"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("belum punya RHK Utama"),
        "{}",
        run.stderr
    );
    assert!(
        o.app.store.templates().await.unwrap().is_empty(),
        "nothing saved"
    );

    let good = write(dir.path(), "templat-baik.csv", &good_file());
    let run = kinerja(&o.app, &["template", "import", &good]).await;
    assert!(run.ok, "{}", run.stderr);
    assert!(
        run.stdout.contains("2 templat, 3 RHK, 4 indikator"),
        "{}",
        run.stdout
    );
    let listed = kinerja(&o.app, &["template", "list"]).await.expect_ok();
    assert!(
        listed.contains("Perawat — semua unit kerja: 2 RHK, 3 indikator"),
        "{listed}"
    );
    assert!(listed.contains("Analis Data — Dinas Kesehatan"), "{listed}");

    // Siti is a Perawat: the template comes first, with a preview.
    let plan = o.siti.says("/rencana").await;
    let buttons = Person::buttons_of(&plan);
    assert_eq!(
        buttons.first().map(String::as_str),
        Some("📋 Pakai templat"),
        "{buttons:?}"
    );
    assert!(
        !buttons.iter().any(|b| b.contains("Salin")),
        "no plan last year: {buttons:?}"
    );
    o.siti.taps("📋 Pakai templat").await;
    let preview = o.siti.last_message();
    assert!(
        preview.text.contains("Templat rencana untuk Perawat"),
        "{}",
        preview.text
    );
    assert!(
        preview
            .text
            .contains("Asuhan keperawatan <pasien> & keluarga")
            && preview.text.contains("1.200 orang")
            && preview.text.contains("15 menit"),
        "{}",
        preview.text
    );
    assert_eq!(
        Person::buttons_of(&preview),
        ["✅ Pakai templat ini", "Batal"]
    );
    o.siti.taps("✅ Pakai templat ini").await;
    let shown = o.siti.last_message();
    assert!(
        shown.text.contains("Templat sudah dipakai"),
        "{}",
        shown.text
    );
    assert!(
        shown.text.contains("Penyuluhan kesehatan"),
        "{}",
        shown.text
    );
    assert!(
        !Person::buttons_of(&shown)
            .iter()
            .any(|b| b.contains("Pakai templat"))
    );

    let content = plan_content(&o.app, STAF_SITI).await;
    assert_eq!(content.rhk.len(), 2);
    assert_eq!(content.rhk[0].indikator.len(), 2);
    let plan_id = o
        .app
        .store
        .plan_of(STAF_SITI, current_year_wib())
        .await
        .unwrap()
        .unwrap()
        .id;
    let origins = o.app.store.origins_of(plan_id).await.unwrap();
    assert_eq!(origins.len(), 2);
    assert!(origins.iter().all(|x| x.source == OriginSource::Template));
    assert_eq!(
        origins[0].rhk.id, content.rhk[0].id,
        "saved under the working copy's ids"
    );

    // Then she changes a target like any other.
    o.siti.taps("RHK 1").await;
    o.siti.taps("Ubah 1.1").await;
    o.siti.taps("✏️ Target").await;
    o.siti.sees("Target indikator 1.1 sekarang").await;
    o.siti.says("1.500 orang").await;
    let content = plan_content(&o.app, STAF_SITI).await;
    assert_eq!(content.rhk[0].indikator[0].target.value, 1500.0);

    o.siti.says("/rencana").await;
    o.siti.taps("Kirim").await;
    o.siti.sees("dikirim ke").await;
    o.kepala.sees("menunggu persetujuan Anda").await;
    o.app.assert_telegram_accepted_everything();
}

/// The fixture roster with Budi a Perawat too, in Siti's unit.
fn two_nurses() -> String {
    csv().replace("Analis Data", "Perawat")
}

#[tokio::test]
async fn a_supervisor_saves_an_approved_plan_as_a_template_and_a_colleague_uses_it() {
    let o = Office::open_on(TestApp::spawn().await, &two_nurses()).await;
    let year = current_year_wib();
    let plan = o.app.store.plan_or_create(STAF_SITI, year).await.unwrap();
    let rhk = o
        .app
        .store
        .add_rhk(plan.id, "Imunisasi dasar lengkap")
        .await
        .unwrap();
    o.app
        .store
        .save_indicator(
            rhk,
            None,
            "Bayi diimunisasi",
            &kinerja::domain::quantity::Quantity::parse("300 bayi").unwrap(),
            kinerja::domain::plan::Aspek::Kuantitas,
            kinerja::domain::plan::Arah::LebihTinggiLebihBaik,
        )
        .await
        .unwrap();
    o.siti.says("/rencana").await;
    let buttons = Person::buttons_of(&o.siti.last_message());
    assert!(
        !buttons.iter().any(|b| b.contains("Simpan sebagai templat")),
        "{buttons:?}"
    );
    o.siti.taps("Kirim").await;
    o.kepala.sees("menunggu persetujuan Anda").await;
    o.kepala.taps("Setujui").await;
    o.kepala.taps("✅ Setujui sekarang").await;
    let (approved, _) = o
        .kepala
        .find_button("💾 Simpan sebagai templat")
        .expect("Simpan sebagai templat next to the PDF on the approved request");
    let (with_pdf, _) = o.kepala.find_button("📄 Unduh PDF").unwrap_or_default();
    assert_eq!(approved, with_pdf);

    // Budi, without subordinates, forges the same buttons: refused, nothing saved.
    let budi_menu = o.budi.says("/rencana").await;
    let forged = o
        .budi
        .taps_data(budi_menu.message_id, &format!("tp:s:{}", plan.id))
        .await;
    assert!(forged.unwrap_or_default().contains("hanya dapat menyimpan"));
    let forged = o
        .budi
        .taps_data(budi_menu.message_id, &format!("tp:sk:{}:1", plan.id))
        .await;
    assert!(forged.unwrap_or_default().contains("hanya dapat menyimpan"));
    assert!(o.app.store.templates().await.unwrap().is_empty());

    o.kepala.taps("💾 Simpan sebagai templat").await;
    let ask = o.kepala.sees("sebagai templat untuk jabatan").await;
    assert!(
        ask.text.contains("jabatan Perawat di unit Dinas Kesehatan"),
        "{}",
        ask.text
    );
    o.kepala.taps("✅ Simpan").await;
    let saved = o.kepala.last_message();
    assert!(
        saved.text.contains("Tersimpan sebagai templat"),
        "{}",
        saved.text
    );
    // A second tap on the spent button saves nothing new.
    let again = o
        .kepala
        .taps_data(saved.message_id, &format!("tp:sk:{}:1", plan.id))
        .await;
    assert!(again.unwrap_or_default().contains("sudah tersimpan"));
    let templates = o.app.store.templates().await.unwrap();
    assert_eq!(templates.len(), 1);
    assert_eq!(templates[0].unit_kerja.as_deref(), Some("Dinas Kesehatan"));
    assert_eq!(templates[0].content.rhk[0].parent, None);
    let audit = o
        .app
        .store
        .audit_for(&format!("template:{}", templates[0].id))
        .await
        .unwrap();
    assert_eq!(audit.len(), 1, "{audit:?}");

    // Budi, a Perawat of the same unit, uses it.
    let plan = o.budi.says("/rencana").await;
    assert_eq!(
        Person::buttons_of(&plan).first().map(String::as_str),
        Some("📋 Pakai templat")
    );
    o.budi.taps("📋 Pakai templat").await;
    o.budi.sees("Imunisasi dasar lengkap").await;
    o.budi.taps("✅ Pakai templat ini").await;
    o.budi.sees("Templat sudah dipakai").await;
    let content = plan_content(&o.app, STAF_BUDI).await;
    assert_eq!(content.rhk.len(), 1);
    assert_eq!(content.rhk[0].indikator[0].text, "Bayi diimunisasi");

    // The head's own approved plan offers the same.
    support::office::approved_plan(
        &o.app,
        KEPALA,
        ADMIN,
        &[("Cakupan imunisasi", &["Desa UCI"])],
    )
    .await;
    let own = o.kepala.says("/rencana").await;
    assert!(Person::buttons_of(&own).contains(&"💾 Simpan sebagai templat".to_string()));
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn hr_makes_a_template_from_an_approved_plan_lists_and_deletes_it() {
    let o = Office::open().await;
    let none = kinerja(
        &o.app,
        &[
            "template",
            "from-plan",
            STAF_SITI,
            "--jabatan",
            "Perawat Terampil",
        ],
    )
    .await;
    assert!(!none.ok);
    assert!(
        none.stderr.contains("belum punya rencana"),
        "{}",
        none.stderr
    );

    o.approved_plan(
        STAF_SITI,
        KEPALA,
        &[("Asuhan keperawatan", &["Pasien dirawat"])],
    )
    .await;
    let out = kinerja(
        &o.app,
        &[
            "template",
            "from-plan",
            STAF_SITI,
            "--jabatan",
            " Perawat  Terampil ",
            "--unit",
            "Puskesmas Sibolga",
        ],
    )
    .await
    .expect_ok();
    assert!(
        out.contains("Perawat Terampil (Puskesmas Sibolga)"),
        "{out}"
    );
    let templates = o.app.store.templates().await.unwrap();
    assert_eq!(templates.len(), 1);
    assert_eq!(templates[0].jabatan_key, "perawat terampil");
    assert_eq!(templates[0].unit_key, "puskesmas sibolga");
    assert_eq!(templates[0].content.rhk[0].text, "Asuhan keperawatan");

    let listed = kinerja(&o.app, &["template", "list"]).await.expect_ok();
    assert!(
        listed.contains("Perawat Terampil — Puskesmas Sibolga: 1 RHK, 1 indikator"),
        "{listed}"
    );
    let wrong_unit = kinerja(
        &o.app,
        &["template", "delete", "--jabatan", "perawat terampil"],
    )
    .await;
    assert!(!wrong_unit.ok, "the every-unit one is not there");
    kinerja(
        &o.app,
        &[
            "template",
            "delete",
            "--jabatan",
            "PERAWAT TERAMPIL",
            "--unit",
            "puskesmas sibolga",
        ],
    )
    .await
    .expect_ok();
    assert!(o.app.store.templates().await.unwrap().is_empty());
    let audit = o
        .app
        .store
        .audit_for(&format!("template:{}", templates[0].id))
        .await
        .unwrap();
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    assert_eq!(actions, ["template.save", "template.delete"]);
}

#[tokio::test]
async fn stale_and_forged_template_taps_change_nothing() {
    let o = Office::open().await;
    let dir = tempfile::tempdir().unwrap();
    let good = write(dir.path(), "templat.csv", &good_file());
    kinerja(&o.app, &["template", "import", &good])
        .await
        .expect_ok();

    o.siti.says("/rencana").await;
    o.siti.taps("📋 Pakai templat").await;
    let preview = o.siti.last_message();
    let (_, apply) = o.siti.find_button("✅ Pakai templat ini").unwrap();

    // Her draft got an RHK meanwhile: the template is not poured over it.
    let plan = o
        .app
        .store
        .plan_or_create(STAF_SITI, current_year_wib())
        .await
        .unwrap();
    let rhk = o
        .app
        .store
        .add_rhk(plan.id, "RHK saya sendiri")
        .await
        .unwrap();
    let answer = o.siti.taps_data(preview.message_id, &apply).await;
    assert!(answer.unwrap_or_default().contains("sudah berisi RHK"));
    assert_eq!(plan_content(&o.app, STAF_SITI).await.rhk.len(), 1);

    // Empty again, but the template was deleted.
    o.app.store.delete_rhk(rhk).await.unwrap();
    kinerja(&o.app, &["template", "delete", "--jabatan", "Perawat"])
        .await
        .expect_ok();
    let answer = o.siti.taps_data(preview.message_id, &apply).await;
    assert!(answer.unwrap_or_default().contains("sudah tidak ada"));
    assert!(plan_content(&o.app, STAF_SITI).await.rhk.is_empty());
    let plan = o.siti.says("/rencana").await;
    assert!(
        !Person::buttons_of(&plan)
            .iter()
            .any(|b| b.contains("Pakai templat"))
    );

    // Budi (Analis Data) forges the button of a template for another position.
    let analis = o.app.store.templates().await.unwrap();
    assert_eq!(analis.len(), 1);
    kinerja(&o.app, &["template", "import", &good])
        .await
        .expect_ok();
    let perawat = o
        .app
        .store
        .templates()
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.jabatan == "Perawat")
        .unwrap();
    let budi = o.budi.says("/rencana").await;
    assert_eq!(
        Person::buttons_of(&budi).first().map(String::as_str),
        Some("📋 Pakai templat")
    );
    let answer = o
        .budi
        .taps_data(budi.message_id, &format!("tp:a:{}", perawat.id))
        .await;
    assert!(answer.unwrap_or_default().contains("bukan untuk jabatan"));
    let answer = o
        .budi
        .taps_data(budi.message_id, &format!("tp:p:{}:0", perawat.id))
        .await;
    assert!(answer.unwrap_or_default().contains("bukan untuk jabatan"));
    assert!(plan_content(&o.app, STAF_BUDI).await.rhk.is_empty());

    // A second tap on Pakai templat ini after it was used adds nothing.
    o.siti.says("/rencana").await;
    o.siti.taps("📋 Pakai templat").await;
    let preview = o.siti.last_message();
    let (_, apply) = o.siti.find_button("✅ Pakai templat ini").unwrap();
    o.siti.taps_data(preview.message_id, &apply).await;
    let answer = o.siti.taps_data(preview.message_id, &apply).await;
    assert!(answer.unwrap_or_default().contains("sudah berisi RHK"));
    assert_eq!(plan_content(&o.app, STAF_SITI).await.rhk.len(), 2);
    o.app.assert_telegram_accepted_everything();
}
