//! The store owns every SQL statement of the program: the roster, bindings, invitations,
//! dialogue states, data reports and the audit log, on SQLite or PostgreSQL.
//!
//! One set of runtime queries serves both backends through sqlx's `Any` driver: the
//! migrations keep the column types portable (integers, text, unix-second times) and the
//! queries use `$1` placeholders, which SQLite understands too. Every multi-row change runs
//! in a transaction from [`Store::begin`]. Nothing here decides a rule of the domain or
//! talks to Telegram.

pub mod analytics;
pub mod audit;
pub mod bindings;
pub mod broadcast;
pub mod calendar;
pub mod dialogues;
pub mod digest;
pub mod documents;
pub mod employees;
pub mod evaluations;
pub mod fleet;
pub mod inbox;
pub mod invitations;
pub mod plans;
pub mod reminders;
pub mod reports;
pub mod roles;
pub mod rules;
pub mod templates;
pub mod trainings;
pub mod uploads;

use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::{Any, AnyPool, Transaction};

/// Which database engine a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// Picks the backend from a connection URL.
    pub fn from_url(url: &str) -> Result<Backend, StoreError> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            Err(StoreError::UnsupportedUrl(redact_url(url)))
        }
    }
}

/// Errors at the store boundary.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    #[error("conflict: {0}")]
    Conflict(String),
    #[error("DATABASE_URL must start with sqlite: or postgres://, got {0}")]
    UnsupportedUrl(String),
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::RowNotFound => StoreError::NotFound,
            sqlx::Error::Database(ref db) if db.is_unique_violation() => {
                StoreError::Conflict(db.message().to_string())
            }
            other => StoreError::Database(other),
        }
    }
}

/// A transaction on either backend.
pub type Tx = Transaction<'static, Any>;

/// The database handle: a connection pool plus which backend it is.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

static SQLITE_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// How long a PostgreSQL connection may sit idle and still be used without a ping.
const PG_TRUSTED_IDLE: Duration = Duration::from_secs(1);

impl Store {
    /// Connects to `url` and applies the pending migrations. A SQLite file is created when
    /// missing and switched to WAL mode, so readers never wait for the writer.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        install_default_drivers();
        let backend = Backend::from_url(url)?;
        let url = match backend {
            Backend::Sqlite => sqlite_url_with_create(url),
            Backend::Postgres => url.to_string(),
        };
        let options = AnyPoolOptions::new().acquire_timeout(Duration::from_secs(30));
        let pool = match backend {
            // SQLite has one writer at a time; a few connections serve the readers. A
            // writer waits up to 30 s for the lock (sqlx's default is 5 s), so that a burst
            // of writers — the sender, people typing, a command-line import — queue up
            // instead of failing with "database is locked". In WAL mode `synchronous =
            // NORMAL` syncs at checkpoints instead of at every commit: a commit survives the
            // process being killed (only a crash of the machine can lose the last moments),
            // and writes go twice as fast (docs/BENCHMARKS.md, dialogue throughput). A file
            // cannot drop the connection while it sits idle, so sqlx's test of it before each
            // use (a round trip to the connection's thread) is left out.
            Backend::Sqlite => options
                .max_connections(4)
                .test_before_acquire(false)
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        sqlx::query("PRAGMA busy_timeout = 30000")
                            .execute(&mut *conn)
                            .await?;
                        sqlx::query("PRAGMA synchronous = NORMAL")
                            .execute(&mut *conn)
                            .await?;
                        Ok(())
                    })
                }),
            // sqlx would ping a PostgreSQL connection before every use, a network round
            // trip per statement. A connection used within the last second has just answered
            // (sqlx pings it again as it comes back); only one idle for longer is tried
            // first, so that the connections a server restart cut are dropped unused.
            Backend::Postgres => options
                .max_connections(10)
                .test_before_acquire(false)
                .before_acquire(|conn, meta| {
                    Box::pin(async move {
                        if meta.idle_for < PG_TRUSTED_IDLE {
                            return Ok(true);
                        }
                        Ok(sqlx::Connection::ping(conn).await.is_ok())
                    })
                }),
        }
        .connect(&url)
        .await?;
        if backend == Backend::Sqlite {
            // Persistent for the file: set once, every later connection sees WAL.
            sqlx::query("PRAGMA journal_mode = WAL")
                .execute(&pool)
                .await?;
        }
        let store = Store { pool, backend };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> Result<(), StoreError> {
        match self.backend {
            Backend::Sqlite => SQLITE_MIGRATOR.run(&self.pool).await?,
            Backend::Postgres => POSTGRES_MIGRATOR.run(&self.pool).await?,
        }
        Ok(())
    }

    /// Which engine this store talks to.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool, for single-statement reads.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Starts a write transaction. On SQLite it takes the write lock up front (`BEGIN
    /// IMMEDIATE`): a deferred transaction that reads first and writes later fails with
    /// "database is locked" instead of waiting when another writer got in between.
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(tx)
    }

    /// Whether the database answers a trivial query (`/healthz`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes the pool, waiting for connections in use to be returned.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The file of a SQLite URL (`sqlite://kinerja.db?mode=rwc` → `kinerja.db`); `None` for
/// PostgreSQL and for an in-memory database.
pub fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite:")?;
    let rest = rest.strip_prefix("//").unwrap_or(rest);
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path.contains(":memory:") {
        None
    } else {
        Some(std::path::PathBuf::from(path))
    }
}

/// Adds `mode=rwc` to a SQLite URL without a mode, so the file is created on first start.
fn sqlite_url_with_create(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        url.to_string()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

/// The URL with any password replaced by `***`, for logs.
pub fn redact_url(url: &str) -> String {
    match url::Url::from_str(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        _ => url.to_string(),
    }
}

/// Now as unix seconds: the store's unit of time.
pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Converts the 0/1 integers that stand for booleans in both schemas.
pub(crate) fn flag(v: i64) -> bool {
    v != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_never_reaches_the_log() {
        assert_eq!(
            redact_url("postgres://kinerja:rahasia@db:5432/kinerja"),
            "postgres://kinerja:***@db:5432/kinerja"
        );
        assert_eq!(redact_url("sqlite://kinerja.db"), "sqlite://kinerja.db");
    }

    #[test]
    fn the_file_of_a_sqlite_url_is_found() {
        assert_eq!(
            sqlite_file("sqlite://kinerja.db"),
            Some("kinerja.db".into())
        );
        assert_eq!(
            sqlite_file("sqlite:///var/lib/kinerja/k.db?mode=rwc"),
            Some("/var/lib/kinerja/k.db".into())
        );
        assert_eq!(sqlite_file("sqlite::memory:"), None);
        assert_eq!(sqlite_file("postgres://u@h/db"), None);
    }

    #[test]
    fn a_sqlite_file_is_created_unless_a_mode_is_given() {
        assert_eq!(
            sqlite_url_with_create("sqlite://k.db"),
            "sqlite://k.db?mode=rwc"
        );
        assert_eq!(
            sqlite_url_with_create("sqlite://k.db?mode=ro"),
            "sqlite://k.db?mode=ro"
        );
    }

    #[test]
    fn only_sqlite_and_postgres_urls_are_accepted() {
        assert_eq!(Backend::from_url("sqlite://a.db").unwrap(), Backend::Sqlite);
        assert_eq!(
            Backend::from_url("postgresql://x/y").unwrap(),
            Backend::Postgres
        );
        assert!(Backend::from_url("mysql://x").is_err());
    }
}
