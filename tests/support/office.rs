//! The one office the journey files start from: the fixture roster of Dinas Kesehatan
//! ([`super::roster_fixture`]) with Siti (staff), dr. Ahmad (her supervisor, the head) and
//! Rina (HR) registered by phone, and Budi (no phone in the roster) by HR's invitation
//! code. Plans are put in straight through the store; the chat journeys that write them
//! are in planning.rs.

use kinerja::domain::plan::{Arah, Aspek};
use kinerja::domain::quantity::Quantity;
use kinerja::domain::time::current_year_wib;
use kinerja::store::plans::Decision;

use super::roster_fixture::*;
use super::{Person, TestApp};

pub struct Office {
    pub app: TestApp,
    pub siti: Person,
    pub kepala: Person,
    pub rina: Person,
    pub budi: Person,
}

impl Office {
    /// The office on a fresh app and the fixture roster.
    pub async fn open() -> Office {
        Office::open_on(TestApp::spawn().await, &csv()).await
    }

    /// The office on `app` with `roster` (the fixture roster, perhaps with more columns).
    pub async fn open_on(app: TestApp, roster: &str) -> Office {
        app.import_csv(roster).await.expect("the roster imports");
        let siti = app.user(5005, "Siti");
        let kepala = app.user(1001, "Ahmad");
        let rina = app.user(7007, "Rina");
        let budi = app.user(4004, "Budi");
        siti.registers("6281333334444").await;
        kepala.registers("6281211112222").await;
        rina.registers("6281155556666").await;
        let code = kinerja::domain::invitation::InviteCode::generate();
        app.store
            .issue_invitations(&[(STAF_BUDI.to_string(), code.hash())], 30, "test")
            .await
            .unwrap();
        budi.says(&format!("/start {}", code.expose())).await;
        budi.sees("Menu untuk").await;
        Office {
            app,
            siti,
            kepala,
            rina,
            budi,
        }
    }

    /// Gives `nip` this year's approved plan: each RHK with its indicators.
    pub async fn approved_plan<R: AsRef<str>, I: AsRef<str>>(
        &self,
        nip: &str,
        approver: &str,
        rhk: &[(R, &[I])],
    ) {
        approved_plan(&self.app, nip, approver, rhk).await;
    }
}

/// Gives `nip` this year's plan, approved by `approver`: each RHK with its indicators, every
/// target `1.200 orang`, aspect Kuantitas.
pub async fn approved_plan<R: AsRef<str>, I: AsRef<str>>(
    app: &TestApp,
    nip: &str,
    approver: &str,
    rhk: &[(R, &[I])],
) {
    approved_plan_in(app, nip, approver, current_year_wib(), rhk).await;
}

/// Like [`approved_plan`], for the plan of `year`. Returns the plan's id.
pub async fn approved_plan_in<R: AsRef<str>, I: AsRef<str>>(
    app: &TestApp,
    nip: &str,
    approver: &str,
    year: i64,
    rhk: &[(R, &[I])],
) -> i64 {
    let plan = app.store.plan_or_create(nip, year).await.unwrap();
    for (text, indicators) in rhk {
        let id = app.store.add_rhk(plan.id, text.as_ref()).await.unwrap();
        for indicator in *indicators {
            app.store
                .save_indicator(
                    id,
                    None,
                    indicator.as_ref(),
                    &Quantity::parse("1.200 orang").unwrap(),
                    Aspek::Kuantitas,
                    Arah::LebihTinggiLebihBaik,
                )
                .await
                .unwrap();
        }
    }
    let version = app.store.submit_plan(plan.id, "test").await.unwrap();
    app.store
        .decide_plan(plan.id, version, approver, &Decision::Approve)
        .await
        .unwrap();
    plan.id
}
