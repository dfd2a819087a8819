//! The two backends' migrations describe one schema: after all of them, SQLite and
//! PostgreSQL have the same tables, the same columns (same nullability, types that map onto
//! each other) and the same named indexes on the same columns. Runs where PostgreSQL is
//! reachable (`KINERJA_TEST_DATABASE_URL`, as `.ci/run` sets it); elsewhere it says so and
//! passes, since there is nothing to compare with.

mod support;

use std::collections::BTreeMap;

use kinerja::store::Store;
use sqlx::Row;
use support::{TEST_DB_ENV, TestDb};

/// Per table: column → (type class, nullable); and index name → (table, columns).
#[derive(Debug, Default, PartialEq)]
struct Schema {
    columns: BTreeMap<String, BTreeMap<String, (&'static str, bool)>>,
    indexes: BTreeMap<String, (String, String)>,
}

fn class(sql_type: &str) -> &'static str {
    match sql_type.to_lowercase().as_str() {
        "integer" | "bigint" | "smallint" => "integer",
        "text" | "character varying" => "text",
        "real" | "double precision" => "real",
        "blob" | "bytea" => "bytes",
        _ => "other",
    }
}

/// The column list of `CREATE INDEX … ON table (a, b) …`, without spaces.
fn index_columns(sql: &str) -> String {
    let open = sql.find('(').map_or(0, |i| i + 1);
    let close = sql[open..].find(')').map_or(sql.len(), |i| open + i);
    sql[open..close].replace([' ', '"'], "")
}

async fn sqlite_schema() -> Schema {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("schema.db").display());
    let store = Store::connect(&url).await.expect("SQLite migrates");
    let mut schema = Schema::default();
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
         AND name <> '_sqlx_migrations'",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    for table in tables {
        let rows = sqlx::query(&format!(
            "SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"
        ))
        .fetch_all(store.pool())
        .await
        .unwrap();
        let columns = schema.columns.entry(table.clone()).or_default();
        for r in rows {
            let name: String = r.try_get("name").unwrap();
            let sql_type: String = r.try_get("type").unwrap();
            let not_null: i64 = r.try_get("notnull").unwrap();
            let pk: i64 = r.try_get("pk").unwrap();
            columns.insert(name, (class(&sql_type), not_null == 0 && pk == 0));
        }
    }
    let indexes = sqlx::query(
        "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    for r in indexes {
        let sql: String = r.try_get("sql").unwrap();
        schema.indexes.insert(
            r.try_get("name").unwrap(),
            (r.try_get("tbl_name").unwrap(), index_columns(&sql)),
        );
    }
    store.close().await;
    schema
}

async fn postgres_schema(url: &str) -> Schema {
    let store = Store::connect(url).await.expect("PostgreSQL migrates");
    let mut schema = Schema::default();
    let rows = sqlx::query(
        "SELECT table_name::text AS t, column_name::text AS c, data_type::text AS d, \
         is_nullable::text AS n FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations'",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    for r in rows {
        let nullable: String = r.try_get("n").unwrap();
        let sql_type: String = r.try_get("d").unwrap();
        schema
            .columns
            .entry(r.try_get("t").unwrap())
            .or_default()
            .insert(
                r.try_get("c").unwrap(),
                (class(&sql_type), nullable == "YES"),
            );
    }
    // Indexes made by hand: not those behind a primary key or a UNIQUE constraint.
    let indexes = sqlx::query(
        "SELECT i.indexname::text AS name, i.tablename::text AS t, i.indexdef AS def \
         FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename <> '_sqlx_migrations' \
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)",
    )
    .fetch_all(store.pool())
    .await
    .unwrap();
    for r in indexes {
        let def: String = r.try_get("def").unwrap();
        // `… USING btree (a, b)`: the columns follow USING.
        let at = def.find(" USING ").unwrap_or(0);
        schema.indexes.insert(
            r.try_get("name").unwrap(),
            (r.try_get("t").unwrap(), index_columns(&def[at..])),
        );
    }
    store.close().await;
    schema
}

#[tokio::test]
async fn sqlite_and_postgresql_migrations_make_the_same_schema() {
    let on_postgres = std::env::var(TEST_DB_ENV).is_ok_and(|u| u.starts_with("postgres"));
    if !on_postgres {
        eprintln!("{TEST_DB_ENV} does not point at PostgreSQL: nothing to compare SQLite with");
        return;
    }
    let db = TestDb::create().await;
    let (lite, pg) = (sqlite_schema().await, postgres_schema(&db.url).await);
    assert!(lite.columns.len() > 20, "{:?}", lite.columns.keys());
    for (table, columns) in &lite.columns {
        let Some(other) = pg.columns.get(table) else {
            panic!("table {table} exists only on SQLite");
        };
        assert_eq!(
            columns, other,
            "columns of {table}: SQLite (left), PostgreSQL (right)"
        );
    }
    for table in pg.columns.keys() {
        assert!(
            lite.columns.contains_key(table),
            "table {table} exists only on PostgreSQL"
        );
    }
    assert_eq!(
        lite.indexes, pg.indexes,
        "indexes: SQLite (left), PostgreSQL (right)"
    );
}

/// Rows written by the release before 0015 (labels as values) read as the same plan after
/// it, on whichever backend the suite runs.
#[tokio::test]
async fn labels_stored_by_the_earlier_release_become_codes() {
    use kinerja::domain::plan::{Arah, Aspek, Jenis};
    use kinerja::domain::quantity::Quantity;
    let db = TestDb::create().await;
    let store = Store::connect(&db.url).await.unwrap();
    support::seed::import(&store, &support::seed::roster_csv(1, 1)).await;
    let nip = support::seed::numbered_nip(0);
    let plan = store.plan_or_create(&nip, 2026).await.unwrap();
    let rhk = store.add_rhk(plan.id, "Layanan posyandu").await.unwrap();
    store
        .save_indicator(
            rhk,
            None,
            "Laporan bulanan",
            &Quantity::parse("12 laporan").unwrap(),
            Aspek::Kuantitas,
            Arah::LebihTinggiLebihBaik,
        )
        .await
        .unwrap();
    // As the earlier release wrote them.
    sqlx::query("UPDATE plan_rhk SET jenis = 'Tambahan' WHERE id = $1")
        .bind(rhk)
        .execute(store.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE plan_indicators SET aspek = 'Waktu' WHERE rhk_id = $1")
        .bind(rhk)
        .execute(store.pool())
        .await
        .unwrap();
    assert!(
        store.working_content(plan.id).await.is_err(),
        "labels are no codes"
    );
    let backend = if db.url.starts_with("postgres") {
        "postgres"
    } else {
        "sqlite"
    };
    let sql = std::fs::read_to_string(format!(
        "{}/migrations/{backend}/0015_codes_not_labels.sql",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let code: String = sql
        .lines()
        .filter(|l| !l.trim_start().starts_with("--"))
        .collect::<Vec<_>>()
        .join("\n");
    for statement in code.split(';').filter(|s| !s.trim().is_empty()) {
        sqlx::query(statement).execute(store.pool()).await.unwrap();
    }
    let content = store.working_content(plan.id).await.unwrap();
    assert_eq!(content.rhk[0].jenis, Jenis::Tambahan);
    assert_eq!(content.rhk[0].indikator[0].aspek, Aspek::Waktu);
    let stored: String = sqlx::query_scalar("SELECT jenis FROM plan_rhk WHERE id = $1")
        .bind(rhk)
        .fetch_one(store.pool())
        .await
        .unwrap();
    assert_eq!(stored, "t");
}
