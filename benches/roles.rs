//! Benchmark (not a test): a head with 60 staff shares one RHK with the whole team through
//! the chat (Bagi peran → Pilih semua → Langsung → role, indicator, aspect → a total split
//! evenly → Kirim usulan), then approves the 60 unchanged plans with one confirmation.
//!
//! Printed: the bot's time for each of the head's steps (typing excluded), the Kirim tap
//! until its answer (the 60 proposals and their notices written in one transaction), until
//! the 60 drafts hold the proposal, and until the 60 notices have reached their chats at
//! Telegram's pace (the client keeps Telegram's own limits, as `kinerja run` does); then the
//! time of "Setujui semua yang sesuai" for 60 plans.
//!
//! `cargo bench --bench roles` (team size from `KINERJA_BENCH_TEAM`, default 60;
//! `KINERJA_TEST_DATABASE_URL` for PostgreSQL).

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use kinerja::config::Limits;
use kinerja::domain::phone::Phone;
use kinerja::domain::time::current_year_wib;
use kinerja::store::roles::Answer;
use support::TestApp;
use support::office::approved_plan;
use support::roster_fixture::*;
use support::seed::numbered_nip;

fn phone(i: usize) -> String {
    format!("0813{:08}", 50_000_000 + i)
}

/// Runs one step of the head's and returns the bot's time for it.
async fn step<F: std::future::Future>(
    steps: &mut Vec<(&'static str, Duration)>,
    name: &'static str,
    f: F,
) {
    let started = Instant::now();
    f.await;
    steps.push((name, started.elapsed()));
}

#[tokio::main]
async fn main() {
    let n = support::env_or("KINERJA_BENCH_TEAM", 60);
    let app = TestApp::spawn_with_limits(Limits::default()).await;
    let mut csv = format!(
        "nip,nama,jabatan,unit_kerja,nip_atasan,telepon,peran\n\
         {KEPALA},dr. Ahmad Hutagalung,Kepala Puskesmas,Puskesmas Sibolga,,{KEPALA_PHONE},\n\
         {ADMIN},Rina Simatupang,Analis SDM,Badan Kepegawaian Daerah,,{ADMIN_PHONE},admin\n"
    );
    for i in 1..=n {
        csv.push_str(&format!(
            "{},Perawat {i:03},Perawat Terampil,Puskesmas Sibolga,{KEPALA},{},pegawai\n",
            numbered_nip(i),
            phone(i)
        ));
    }
    app.import_csv(&csv).await.expect("roster");
    let head = app.user(1001, "Ahmad");
    head.registers("6281211112222").await;
    let mut staff = Vec::new();
    for i in 1..=n {
        let id = 20_000 + i as i64;
        let person = app.user(id, &format!("Perawat {i:03}"));
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
        &[(
            "Meningkatnya cakupan imunisasi dasar lengkap",
            &["Bayi diimunisasi lengkap"][..],
        )],
    )
    .await;

    let mut steps = Vec::new();
    head.says("/rencana").await;
    step(&mut steps, "RHK 1", head.taps("RHK 1")).await;
    step(&mut steps, "Bagi peran", head.taps("👥 Bagi peran")).await;
    step(&mut steps, "Pilih semua", head.taps("Pilih semua")).await;
    let next = format!("Lanjut ({n} orang)");
    step(&mut steps, "Lanjut", head.taps(&next)).await;
    step(&mut steps, "Langsung", head.taps("Langsung")).await;
    step(
        &mut steps,
        "role typed",
        head.says("Terlaksananya imunisasi dasar di wilayah binaan"),
    )
    .await;
    step(
        &mut steps,
        "indicator typed",
        head.says("Bayi di wilayah binaan diimunisasi lengkap"),
    )
    .await;
    step(&mut steps, "Kuantitas", head.taps("Kuantitas")).await;
    step(&mut steps, "Bagi rata", head.taps("Bagi rata dari total")).await;
    step(
        &mut steps,
        "total typed (preview)",
        head.says("1.200 orang"),
    )
    .await;

    let delivered_before = app.tg.delivered();
    let send = format!("Kirim usulan ({n} orang)");
    let (message, data) = head.find_button(&send).expect("the Kirim button");
    let started = Instant::now();
    let press = head.presses(message, &data);
    head.answered(&press).await;
    let answered = started.elapsed();
    let year = current_year_wib();
    let mut holding = 0;
    for i in 1..=n {
        holding += app
            .store
            .open_proposals_of(&numbered_nip(i), year)
            .await
            .expect("proposals")
            .len();
    }
    let drafts = started.elapsed();
    assert_eq!(holding, n, "every draft holds the proposal");
    let pending: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM notices")
        .fetch_one(app.store.pool())
        .await
        .expect("notices");
    while staff.iter().any(|p| {
        !p.messages()
            .iter()
            .any(|m| m.text.contains("Usulan RHK dari"))
    }) {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let delivered = started.elapsed();
    let sends = app.tg.delivered() - delivered_before;

    println!(
        "roles: a head of {n} staff shares an RHK through the chat (the bot's time per step):"
    );
    for (name, took) in &steps {
        println!(
            "roles:   {name:<24} {:>6.1} ms",
            took.as_secs_f64() * 1000.0
        );
    }
    println!(
        "roles: Kirim usulan answered after {:.0} ms: {n} proposals and their notices written ({pending} notices queued)",
        answered.as_secs_f64() * 1000.0
    );
    println!(
        "roles: {n} drafts hold the proposal {:.0} ms after the tap",
        drafts.as_secs_f64() * 1000.0
    );
    println!(
        "roles: all {n} notices in their chats after {:.2} s ({sends} messages sent, {:.1}/s; Telegram allows ~30/s; 429s: {})",
        delivered.as_secs_f64(),
        sends as f64 / delivered.as_secs_f64(),
        app.tg.too_many_requests()
    );

    // Everyone accepts and sends (through the store: the answers have their own journeys),
    // then the head approves the unchanged plans at once.
    for p in app
        .store
        .proposals_by(KEPALA, year)
        .await
        .expect("proposals")
    {
        app.store
            .answer_proposal(p.id, &p.nip, &Answer::Accept)
            .await
            .expect("accept");
        let plan = app.store.plan_of(&p.nip, year).await.unwrap().unwrap();
        app.store
            .submit_plan(plan.id, "bench")
            .await
            .expect("submit");
    }
    let started = Instant::now();
    head.says("/persetujuan").await;
    let listed = started.elapsed();
    let all = format!("✅ Setujui semua yang sesuai ({n})");
    let started = Instant::now();
    head.taps(&all).await;
    let confirm_shown = started.elapsed();
    let yes = format!("✅ Ya, setujui {n} rencana");
    let (message, data) = head.find_button(&yes).expect("the confirmation");
    let started = Instant::now();
    let press = head.presses(message, &data);
    head.answered(&press).await;
    let approved = started.elapsed();
    let done: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM plans WHERE status = 'approved'")
        .fetch_one(app.store.pool())
        .await
        .expect("count");
    println!(
        "roles: /persetujuan with {n} plans marked against the proposal: {:.0} ms",
        listed.as_secs_f64() * 1000.0
    );
    println!(
        "roles: Setujui semua yang sesuai: list {:.0} ms; confirmation answered after {:.0} ms, {} plans approved (one audited decision each)",
        confirm_shown.as_secs_f64() * 1000.0,
        approved.as_secs_f64() * 1000.0,
        done - 1
    );
}
