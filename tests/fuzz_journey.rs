//! A fuzz journey: several people at once send random texts, commands, photos, documents,
//! stickers and contacts, and press buttons — ones they were shown, stale ones, and forged
//! `callback_data`. Afterwards: every message was answered (each step waits for it), the
//! strict fake refused nothing and every press was answered, and the database's invariants
//! hold: no plan decided and no evaluation saved by someone who may not, no person or
//! account bound twice, no evaluation without an approved plan.
//!
//! The seed comes from `KINERJA_FUZZ_SEED` (printed, so a failure can be replayed); the
//! number of rounds from `KINERJA_FUZZ_ROUNDS` (default 80, three people per round).

mod support;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use support::roster_fixture::*;
use support::{Person, TestApp};

const TEXTS: &[&str] = &[
    "/menu",
    "/rencana",
    "/realisasi",
    "/harian",
    "/nilai",
    "/penilaian",
    "/persetujuan",
    "/pengumuman",
    "/pelatihan",
    "/datasaya",
    "/tim",
    "/laporan",
    "/bantuan",
    "/batal",
    "/start",
    "/start 0123456789abcdef0123456789abcdef",
    "/tidakada",
    "Meningkatnya cakupan imunisasi <dasar> & lengkap_2027",
    "Persentase balita diimunisasi",
    "1.200 orang",
    "85,5 %",
    "90%",
    "12 dokumen",
    "-5 orang",
    "1.2.3 orang",
    "15/01/2027 09.00",
    "15 Januari 2027 09.00",
    "31/12/2026",
    "Aula BKD",
    "2",
    "8",
    "https://drive.example.go.id/bukti/123",
    "",
    "😀🎉",
    "<b>tebal</b> &amp; _miring_ *bintang* [tautan](x)",
];

const FORGED: &[&str] = &[
    "pl:r:999999",
    "pl:send",
    "pl:chg",
    "ap:ok:1:1",
    "ap:fin:1:1",
    "ap:ret:1:1",
    "ap:d:1:1:0",
    "pn:s:2026-IV:198505152010012002",
    "pn:ok",
    "pn:h:a",
    "rs:i:2026-IV:1",
    "nl:ack:1",
    "pg:new",
    "pg:send",
    "pg:r:1:0",
    "lt:r:1",
    "lt:c:1",
    "lt:t:1:198505152010012002:0",
    "at:k:1",
    "at:j:1",
    "at:f:1",
    "lp:x:2026-IV",
    "rm:t:pelatihan",
    "rm:t:rencana",
    "kr:ok:1",
    "m:nope",
    "x",
    "",
];

fn long_text() -> String {
    "Laporan kegiatan panjang. ".repeat(150)
}

async fn act(p: &Person, rng: &mut StdRng, phones: &[&str]) {
    match rng.random_range(0..100) {
        0..=44 => {
            let text = if rng.random_range(0..30) == 0 {
                long_text()
            } else {
                TEXTS[rng.random_range(0..TEXTS.len())].to_string()
            };
            if text.is_empty() {
                p.sends_sticker().await;
            } else {
                p.says(&text).await;
            }
        }
        45..=69 => {
            // A button the person was shown: the newest ones mostly, sometimes a stale one.
            let buttons: Vec<(i64, String)> = p
                .messages()
                .iter()
                .rev()
                .take(if rng.random_bool(0.8) { 3 } else { 30 })
                .flat_map(|m| {
                    let data: Vec<String> = m
                        .reply_markup
                        .as_ref()
                        .and_then(|k| k.get("inline_keyboard"))
                        .and_then(|k| k.as_array())
                        .map(|rows| {
                            rows.iter()
                                .flat_map(|r| r.as_array().cloned().unwrap_or_default())
                                .filter_map(|b| b.get("callback_data")?.as_str().map(String::from))
                                .collect()
                        })
                        .unwrap_or_default();
                    data.into_iter().map(move |d| (m.message_id, d))
                })
                .collect();
            if buttons.is_empty() {
                p.says("/menu").await;
            } else {
                let (message, data) = &buttons[rng.random_range(0..buttons.len())];
                p.taps_data(*message, data).await;
            }
        }
        70..=79 => {
            let message = p.messages().last().map(|m| m.message_id).unwrap_or(1);
            p.taps_data(message, FORGED[rng.random_range(0..FORGED.len())])
                .await;
        }
        80..=86 => {
            let caption = ["Bukti kegiatan", "", "Posyandu <Melati>"][rng.random_range(0..3)];
            let id = format!("fuzz-photo-{}", rng.random_range(0..1000));
            p.sends_photo_id(&id, (!caption.is_empty()).then_some(caption))
                .await;
        }
        87..=91 => {
            let id = format!("fuzz-doc-{}", rng.random_range(0..1000));
            p.tg.add_file(&id, b"%PDF-1.4 fuzz");
            p.sends_document(&id, "bukti.pdf", Some("Notulen rapat"))
                .await;
        }
        92..=95 => {
            p.sends_sticker().await;
        }
        _ => {
            // A contact: one's own (registered or not) or someone else's.
            let phone = phones[rng.random_range(0..phones.len())];
            let own = rng.random_bool(0.5);
            p.shares_contact(phone, own.then_some(p.chat_id())).await;
        }
    }
}

#[tokio::test]
async fn random_people_doing_random_things_break_no_rule() {
    let seed: u64 = std::env::var("KINERJA_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    let rounds: usize = std::env::var("KINERJA_FUZZ_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(80);
    println!("KINERJA_FUZZ_SEED={seed}");
    let app = TestApp::spawn().await;
    app.import_csv(&csv()).await.unwrap();
    let kepala = app.user(1001, "Ahmad");
    let siti = app.user(5005, "Siti");
    let rina = app.user(7007, "Rina");
    let stranger = app.user(9009, "Tamu");
    kepala.registers("6281211112222").await;
    siti.registers("6281333334444").await;
    rina.registers("6281155556666").await;
    let people = [kepala, siti, rina, stranger];
    let phones = [
        "6281211112222",
        "6281333334444",
        "6281155556666",
        "6289900001111",
    ];

    let mut rng = StdRng::seed_from_u64(seed);
    for _ in 0..rounds {
        // Three people at once, each waiting for their own answer.
        let mut chosen: Vec<usize> = (0..people.len()).collect();
        for i in (1..chosen.len()).rev() {
            chosen.swap(i, rng.random_range(0..=i));
        }
        let seeds: Vec<u64> = (0..3).map(|_| rng.random()).collect();
        let steps = chosen.iter().take(3).zip(seeds).map(|(i, s)| {
            let p = &people[*i];
            async move {
                let mut own = StdRng::seed_from_u64(s);
                act(p, &mut own, &phones).await;
            }
        });
        futures::future::join_all(steps).await;
    }
    // Let the last answers and any notices arrive.
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    app.assert_telegram_accepted_everything();

    let pool = app.store.pool();
    let count = |sql: &'static str| async move {
        sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(pool)
            .await
            .unwrap()
    };
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM plan_versions v JOIN plans p ON p.id = v.plan_id JOIN employees e ON e.nip = p.nip \
             WHERE v.decided_by IS NOT NULL AND ((e.nip_atasan IS NOT NULL AND v.decided_by <> e.nip_atasan) \
               OR (e.nip_atasan IS NULL AND v.decided_by NOT IN (SELECT nip FROM employees WHERE is_admin = 1)))"
        )
        .await,
        0,
        "a plan decided by someone who may not (seed {seed})"
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM evaluations ev JOIN employees e ON e.nip = ev.nip \
             WHERE (e.nip_atasan IS NOT NULL AND ev.evaluator_nip <> e.nip_atasan) \
                OR (e.nip_atasan IS NULL AND ev.evaluator_nip NOT IN (SELECT nip FROM employees WHERE is_admin = 1))"
        )
        .await,
        0,
        "an evaluation by someone who may not (seed {seed})"
    );
    assert_eq!(
        count(
            "SELECT COUNT(*) FROM evaluations ev WHERE NOT EXISTS (SELECT 1 FROM plans p WHERE p.nip = ev.nip \
             AND p.approved_version IS NOT NULL AND CAST(p.year AS TEXT) = substr(ev.period, 1, 4))"
        )
        .await,
        0,
        "an evaluation without an approved plan (seed {seed})"
    );
    let bindings = count("SELECT COUNT(*) FROM bindings").await;
    assert_eq!(
        count("SELECT COUNT(DISTINCT nip) FROM bindings").await,
        bindings,
        "a person bound twice (seed {seed})"
    );
    assert_eq!(
        count("SELECT COUNT(DISTINCT telegram_user_id) FROM bindings").await,
        bindings,
        "an account bound twice (seed {seed})"
    );
    assert_eq!(bindings, 3, "the stranger stays unregistered (seed {seed})");
}
