//! Seeding plans, realisations and evaluations straight into the database, for tests whose
//! subject comes after them (reports, reminders). The chat journeys that create them are
//! tested in planning.rs and evaluation.rs.

use kinerja::domain::plan::{Arah, Aspek, Indikator, Jenis, PlanContent, Rhk};
use kinerja::domain::quantity::Quantity;
use kinerja::store::Store;

/// The `i`-th of a made-up set of valid, distinct NIPs (up to 200,000 of them), for
/// rosters of any size in benchmarks and load tests.
pub fn numbered_nip(i: usize) -> String {
    format!(
        "19{:02}{:02}{:02}2005011{:03}",
        60 + i / 10000 % 20,
        1 + i / 28 % 12,
        1 + i % 28,
        1 + i / 336 % 999
    )
}

/// A roster CSV of `n` staff in `units` units, without supervisors.
pub fn roster_csv(n: usize, units: usize) -> String {
    let mut csv = String::from("nip,nama,jabatan,unit_kerja,nip_atasan\n");
    for i in 0..n {
        csv.push_str(&format!(
            "{},Pegawai {i},Staf,Unit {:02},\n",
            numbered_nip(i),
            i % units.max(1)
        ));
    }
    csv
}

/// Imports a roster CSV straight into the store, as `kinerja roster import` does; every
/// row must be valid.
pub async fn import(store: &Store, csv: &str) {
    let raw = kinerja::domain::roster::read_csv(csv.as_bytes()).expect("a CSV roster");
    let (rows, errors) = kinerja::domain::roster::parse_rows(raw);
    assert!(errors.is_empty(), "{errors:?}");
    store
        .import_roster(
            &rows,
            &[],
            false,
            false,
            "test",
            kinerja::bot::approval::moved_notices,
        )
        .await
        .expect("import the roster");
}

/// Publishes a training to everyone, in the Aula: its text, start, registration deadline,
/// quota and JP. Returns its announcement id.
pub async fn training(
    store: &Store,
    text: &str,
    (starts_at, deadline): (i64, i64),
    quota: i64,
    jp: i64,
) -> i64 {
    let (id, _) = store
        .publish(
            &kinerja::store::broadcast::NewAnnouncement {
                kind: kinerja::domain::broadcast::Kind::Pelatihan,
                audience: kinerja::domain::broadcast::Audience::Everyone,
                text: text.into(),
                attachment: None,
                training: Some(kinerja::domain::training::TrainingDetails {
                    starts_at,
                    place: "Aula".into(),
                    quota,
                    jp,
                    deadline,
                }),
                author: None,
            },
            "test",
        )
        .await
        .expect("publish a training");
    id
}

/// An approved plan's content: one Utama RHK with these indicators (id, text, target).
pub fn content(indicators: &[(i64, &str, f64)]) -> String {
    let rhk = Rhk {
        id: indicators[0].0 * 10,
        jenis: Jenis::Utama,
        text: "Meningkatnya layanan".into(),
        parent: None,
        indikator: indicators
            .iter()
            .map(|(id, text, target)| Indikator {
                id: *id,
                text: text.to_string(),
                target: Quantity {
                    value: *target,
                    unit: "orang".into(),
                },
                aspek: Aspek::Kuantitas,
                arah: Arah::LebihTinggiLebihBaik,
            })
            .collect(),
    };
    serde_json::to_string(&PlanContent { rhk: vec![rhk] }).unwrap()
}

/// A plan of `year`: `status` as stored; with `approved`, version 1 approved with that
/// content; a submitted plan's version 1 was submitted at `submitted_at`.
pub async fn plan(
    store: &Store,
    nip: &str,
    year: i64,
    status: &str,
    approved: Option<&str>,
    submitted_at: i64,
) {
    let submitted = approved.is_some() || status == "submitted";
    let plan_id: i64 = sqlx::query_scalar(
        "INSERT INTO plans (nip, year, status, version, approved_version, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 0, 0) RETURNING id",
    )
    .bind(nip)
    .bind(year)
    .bind(status)
    .bind(i64::from(submitted))
    .bind(approved.map(|_| 1i64))
    .fetch_one(store.pool())
    .await
    .unwrap();
    if submitted {
        sqlx::query(
            "INSERT INTO plan_versions (plan_id, version, content, submitted_at, decision) VALUES ($1, 1, $2, $3, $4)",
        )
        .bind(plan_id)
        .bind(approved.map(String::from).unwrap_or_else(|| content(&[(plan_id * 100, "Draf", 1.0)])))
        .bind(submitted_at)
        .bind(approved.map(|_| "approved"))
        .execute(store.pool())
        .await
        .unwrap();
    }
}

pub async fn realised(store: &Store, nip: &str, period: &str, indicator: i64, value: Option<f64>) {
    sqlx::query(
        "INSERT INTO realisations (nip, period, indicator_id, value, updated_at) VALUES ($1, $2, $3, $4, 0)",
    )
    .bind(nip)
    .bind(period)
    .bind(indicator)
    .bind(value)
    .execute(store.pool())
    .await
    .unwrap();
}

/// A saved evaluation (rating codes a/s/b, predikat code) by `evaluator`.
pub async fn evaluated(
    store: &Store,
    nip: &str,
    period: &str,
    (hasil, perilaku, predikat): (&str, &str, &str),
    evaluator: &str,
) {
    sqlx::query(
        "INSERT INTO evaluations (nip, period, hasil, perilaku, predikat, value_notes, evaluator_nip, evaluated_at) \
         VALUES ($1, $2, $3, $4, $5, '[]', $6, 0)",
    )
    .bind(nip)
    .bind(period)
    .bind(hasil)
    .bind(perilaku)
    .bind(predikat)
    .bind(evaluator)
    .execute(store.pool())
    .await
    .unwrap();
}

/// Binds a NIP to a Telegram chat (the chat id doubles as the user id).
pub async fn bind(store: &Store, nip: &str, chat: i64) {
    sqlx::query(
        "INSERT INTO bindings (telegram_user_id, nip, chat_id, via, bound_at) VALUES ($1, $2, $1, 'test', 0)",
    )
    .bind(chat)
    .bind(nip)
    .execute(store.pool())
    .await
    .unwrap();
}

/// Runs `rows` (each a parenthesised tuple of SQL literals) through a multi-row INSERT
/// beginning `head`, 500 at a time, in one transaction: seeding a city for a benchmark.
pub async fn insert_rows(store: &Store, head: &str, rows: &[String]) {
    let mut tx = store.begin().await.unwrap();
    for chunk in rows.chunks(500) {
        let sql = format!("{head} VALUES {}", chunk.join(", "));
        sqlx::query(&sql).execute(&mut *tx).await.unwrap();
    }
    tx.commit().await.unwrap();
}
