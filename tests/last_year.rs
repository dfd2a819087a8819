//! **Salin rencana tahun lalu**: last year's approved plan copied into this year's empty
//! draft, each link to the supervisor's RHK made again where the supervisor's approved plan
//! of this year has an RHK of the same text, flagged where not; the targets shown to check.
//! A second or forged tap copies nothing.

mod support;

use kinerja::domain::plan::{Arah, Aspek};
use kinerja::domain::quantity::Quantity;
use kinerja::domain::time::current_year_wib;
use kinerja::store::plans::Decision;
use support::office::{Office, approved_plan_in};
use support::roster_fixture::*;
use support::{Person, TestApp};

/// Siti's approved plan of `year`: each RHK linked to the head's RHK of that text, with one
/// indicator (`target`).
async fn siti_plan_in(app: &TestApp, year: i64, rhk: &[(&str, &str, &str, &str)]) {
    let head = app.store.plan_of(KEPALA, year).await.unwrap().unwrap();
    let head_rhk = app.store.working_content(head.id).await.unwrap().rhk;
    let plan = app.store.plan_or_create(STAF_SITI, year).await.unwrap();
    for (text, parent, indicator, target) in rhk {
        let id = app.store.add_rhk(plan.id, text).await.unwrap();
        let parent = head_rhk.iter().find(|r| r.text == *parent).unwrap().id;
        app.store.set_rhk_parent(id, Some(parent)).await.unwrap();
        app.store
            .save_indicator(
                id,
                None,
                indicator,
                &Quantity::parse(target).unwrap(),
                Aspek::Kuantitas,
                Arah::LebihTinggiLebihBaik,
            )
            .await
            .unwrap();
    }
    let version = app.store.submit_plan(plan.id, "test").await.unwrap();
    app.store
        .decide_plan(plan.id, version, KEPALA, &Decision::Approve)
        .await
        .unwrap();
}

/// Last year: the head's plan (two RHK) and Siti's (one RHK under each). This year: the
/// head's approved plan keeps "Cakupan imunisasi" (written otherwise) but not "Program gizi".
async fn two_years() -> Office {
    let o = Office::open().await;
    let year = current_year_wib();
    approved_plan_in(
        &o.app,
        KEPALA,
        ADMIN,
        year - 1,
        &[
            ("Cakupan imunisasi", &["Desa UCI"][..]),
            ("Program gizi", &["Balita ditimbang"][..]),
        ],
    )
    .await;
    siti_plan_in(
        &o.app,
        year - 1,
        &[
            (
                "Imunisasi <bayi> & balita",
                "Cakupan imunisasi",
                "Bayi diimunisasi",
                "300 bayi",
            ),
            (
                "Penyuluhan gizi",
                "Program gizi",
                "Sesi penyuluhan",
                "12 kali",
            ),
        ],
    )
    .await;
    approved_plan_in(
        &o.app,
        KEPALA,
        ADMIN,
        year,
        &[
            ("  cakupan IMUNISASI ", &["Desa UCI"][..]),
            ("Pelayanan kesehatan", &["Pasien"][..]),
        ],
    )
    .await;
    o
}

async fn content(app: &TestApp) -> kinerja::domain::plan::PlanContent {
    let plan = app
        .store
        .plan_of(STAF_SITI, current_year_wib())
        .await
        .unwrap()
        .unwrap();
    app.store.working_content(plan.id).await.unwrap()
}

#[tokio::test]
async fn last_years_plan_is_copied_with_links_remade_where_they_can_be_and_flagged_where_not() {
    let o = two_years().await;
    let year = current_year_wib();
    let plan = o.siti.says("/rencana").await;
    let buttons = Person::buttons_of(&plan);
    assert_eq!(
        buttons.first().map(String::as_str),
        Some("📑 Salin rencana tahun lalu")
    );

    o.siti.taps("📑 Salin rencana tahun lalu").await;
    let review = o.siti.last_message();
    assert!(review.text.contains("2 RHK disalin"), "{}", review.text);
    assert!(
        review.text.contains(&format!("rencana {}", year - 1)),
        "{}",
        review.text
    );
    assert!(
        review
            .text
            .contains("1.1 Bayi diimunisasi — target 300 bayi"),
        "{}",
        review.text
    );
    assert!(
        review.text.contains("2.1 Sesi penyuluhan — target 12 kali"),
        "{}",
        review.text
    );
    assert!(
        review.text.contains("Belum tertaut ke RHK atasan"),
        "{}",
        review.text
    );
    assert!(
        review.text.contains("2. Penyuluhan gizi"),
        "{}",
        review.text
    );
    assert!(!review.text.contains("1. Imunisasi"), "{}", review.text);
    assert_eq!(
        Person::buttons_of(&review),
        [
            "Ubah target 1.1",
            "Ubah target 2.1",
            "🔗 Tautkan RHK 2",
            "⬅️ Kembali ke rencana"
        ]
    );

    let copied = content(&o.app).await;
    assert_eq!(copied.rhk.len(), 2);
    assert_eq!(copied.rhk[0].text, "Imunisasi <bayi> & balita");
    let head = o.app.store.approved_rhk_of(KEPALA, year).await.unwrap();
    let parent = copied.rhk[0].parent.as_ref().map(|(id, _)| *id);
    assert_eq!(
        parent,
        Some(head[0].0),
        "linked to this year's RHK of the same text"
    );
    assert_eq!(copied.rhk[1].parent, None, "the head's RHK is gone");
    assert_eq!(copied.rhk[1].indikator[0].target.unit, "kali");
    let plan_id = o
        .app
        .store
        .plan_of(STAF_SITI, year)
        .await
        .unwrap()
        .unwrap()
        .id;
    assert!(
        o.app.store.origins_of(plan_id).await.unwrap().is_empty(),
        "a copy is no proposal"
    );

    let (_, link_data) = o.siti.find_button("🔗 Tautkan RHK 2").unwrap();
    assert_eq!(link_data, format!("pl:pp:{}:0", copied.rhk[1].id));

    // Last year's target changed like any other.
    o.siti.taps("Ubah target 1.1").await;
    o.siti.sees("Target indikator 1.1 sekarang 300 bayi").await;
    o.siti.says("320 bayi").await;
    assert_eq!(
        content(&o.app).await.rhk[0].indikator[0].target.value,
        320.0
    );

    // The flagged RHK is linked again from the review.
    let review_id = review.message_id;
    let link = o.siti.taps_data(review_id, &link_data).await;
    assert_eq!(link, None);
    let ask = o.siti.last_message();
    assert!(ask.text.contains("RHK atasan mana"), "{}", ask.text);
    assert!(
        Person::buttons_of(&ask)
            .iter()
            .any(|b| b.contains("Pelayanan kesehatan"))
    );

    // A second tap on the copy button, and a forged one for last year: nothing copied.
    let again = o
        .siti
        .taps_data(plan.message_id, &format!("tp:c:{year}"))
        .await;
    assert!(again.unwrap_or_default().contains("sudah berisi RHK"));
    let stale = o
        .siti
        .taps_data(plan.message_id, &format!("tp:c:{}", year - 1))
        .await;
    assert!(stale.is_some_and(|a| !a.is_empty()));
    assert_eq!(content(&o.app).await.rhk.len(), 2);
    o.app.assert_telegram_accepted_everything();
}

#[tokio::test]
async fn without_an_approved_plan_last_year_there_is_nothing_to_copy() {
    let o = Office::open().await;
    let plan = o.siti.says("/rencana").await;
    assert!(
        !Person::buttons_of(&plan)
            .iter()
            .any(|b| b.contains("Salin"))
    );
    let year = current_year_wib();
    let forged = o
        .siti
        .taps_data(plan.message_id, &format!("tp:c:{year}"))
        .await;
    assert!(
        forged
            .unwrap_or_default()
            .contains("belum pernah disetujui")
    );
    assert!(
        o.app
            .store
            .plan_of(STAF_SITI, year)
            .await
            .unwrap()
            .is_none_or(|p| p.version == 0)
    );
    let review = o.siti.taps_data(plan.message_id, "tp:r:0").await;
    assert!(review.is_some(), "no plan this year: a stale button");
}
