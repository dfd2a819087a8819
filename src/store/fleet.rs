//! Several `kinerja run` on one database: leases (which instance does a duty that must run
//! once: the leader's) and shared settings (the webhook's secret). A lease is one row,
//! taken or renewed by one conditional upsert, so two instances asking at once cannot both
//! hold it; the key of the evidence links ([`Store::evidence_key`]) is a setting too. Times are unix milliseconds of the asking instance's clock: keep the machines'
//! clocks in step (NTP); a skew shortens or lengthens a dead holder's lease by as much.

use sqlx::Row;

use super::{Store, StoreError};

/// Now as unix milliseconds: the unit of the leases.
pub fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// The setting that holds the evidence links' key, in hex.
pub const EVIDENCE_KEY_SETTING: &str = "evidence_link_key";

impl Store {
    /// Takes the lease `name` for `holder` until `now_ms + length_ms`, when it is free,
    /// expired at `now_ms`, or `holder`'s already (then it is renewed). Returns whether
    /// `holder` holds it now.
    pub async fn acquire_lease(
        &self,
        name: &str,
        holder: &str,
        now_ms: i64,
        length_ms: i64,
    ) -> Result<bool, StoreError> {
        let row = sqlx::query(
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at \
             WHERE leases.holder = excluded.holder OR leases.expires_at < $4 \
             RETURNING holder",
        )
        .bind(name)
        .bind(holder)
        .bind(now_ms + length_ms)
        .bind(now_ms)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.is_some())
    }

    /// Gives the lease `name` up, when `holder` holds it: the next asker takes it at once.
    pub async fn release_lease(&self, name: &str, holder: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM leases WHERE name = $1 AND holder = $2")
            .bind(name)
            .bind(holder)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Forgets the lease `name` whoever holds it (SQLite: the file lock proves the holder
    /// of a lease left behind is dead).
    pub async fn clear_lease(&self, name: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM leases WHERE name = $1")
            .bind(name)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Who holds the lease `name` and until when (unix ms), expired or not.
    pub async fn lease(&self, name: &str) -> Result<Option<(String, i64)>, StoreError> {
        let row = sqlx::query("SELECT holder, expires_at FROM leases WHERE name = $1")
            .bind(name)
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| Ok((r.try_get("holder")?, r.try_get("expires_at")?)))
            .transpose()
    }

    /// A shared setting.
    pub async fn setting(&self, name: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query("SELECT value FROM settings WHERE name = $1")
            .bind(name)
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| r.try_get("value").map_err(StoreError::from))
            .transpose()
    }

    /// The setting `name`, written as `value` first when there is none. Two instances asking
    /// at once both get the one value that was written first.
    pub async fn setting_or_insert(&self, name: &str, value: &str) -> Result<String, StoreError> {
        sqlx::query(
            "INSERT INTO settings (name, value, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(value)
        .bind(super::now())
        .execute(self.pool())
        .await?;
        self.setting(name)
            .await?
            .ok_or_else(|| StoreError::Corrupt(format!("setting {name} vanished")))
    }

    /// The key that signs the evidence links (`domain::evidence`), shared by every instance
    /// and kept across restarts so that links already in exports keep working: made at
    /// random the first time it is asked for.
    pub async fn evidence_key(&self) -> Result<Vec<u8>, StoreError> {
        let fresh: [u8; crate::domain::evidence::KEY_LEN] = rand::random();
        let stored = self
            .setting_or_insert(EVIDENCE_KEY_SETTING, &hex::encode(fresh))
            .await?;
        hex::decode(&stored).map_err(|_| StoreError::Corrupt("evidence link key".into()))
    }

    /// Writes a shared setting.
    pub async fn set_setting(&self, name: &str, value: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO settings (name, value, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(name)
        .bind(value)
        .bind(super::now())
        .execute(self.pool())
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_lease_is_held_by_one_until_it_expires() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("k.db").display());
        let store = Store::connect(&url).await.unwrap();
        assert!(
            store
                .acquire_lease("leader", "a", 1_000, 8_000)
                .await
                .unwrap()
        );
        assert!(
            !store
                .acquire_lease("leader", "b", 2_000, 8_000)
                .await
                .unwrap()
        );
        assert!(
            store
                .acquire_lease("leader", "a", 3_000, 8_000)
                .await
                .unwrap(),
            "renewed"
        );
        assert!(
            !store
                .acquire_lease("leader", "b", 10_000, 8_000)
                .await
                .unwrap()
        );
        assert!(
            store
                .acquire_lease("leader", "b", 11_001, 8_000)
                .await
                .unwrap(),
            "expired"
        );
        assert_eq!(
            store.lease("leader").await.unwrap(),
            Some(("b".into(), 19_001))
        );
        store.release_lease("leader", "a").await.unwrap();
        assert!(
            !store
                .acquire_lease("leader", "a", 12_000, 8_000)
                .await
                .unwrap()
        );
        store.release_lease("leader", "b").await.unwrap();
        assert!(
            store
                .acquire_lease("leader", "a", 12_000, 8_000)
                .await
                .unwrap()
        );
        assert_eq!(store.setting("webhook_secret").await.unwrap(), None);
        store.set_setting("webhook_secret", "x").await.unwrap();
        store.set_setting("webhook_secret", "y").await.unwrap();
        assert_eq!(
            store.setting("webhook_secret").await.unwrap().as_deref(),
            Some("y")
        );
    }
}
