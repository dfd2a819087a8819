//! Dialogue states persisted per chat, so that a conversation interrupted by a restart
//! continues where it stopped. Implements teloxide's `Storage` over the store's database.
//!
//! The stored form is serde JSON of the bot's state enum: a schema in its own right. A row
//! that no longer decodes (a variant removed by mistake) is logged and read as "no
//! dialogue", never as a crash.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use futures::future::BoxFuture;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::Row;
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use super::{Store, StoreError, now};

/// Stripes of chats whose dialogue writes are serialised with each other.
const STRIPES: usize = 64;

/// teloxide dialogue storage backed by the `dialogue_states` table.
///
/// The bot is the only writer of that table, so a chat's state, once read or written, is
/// also kept in memory and read from there: every message of a dialogue reads its state,
/// and a read of the database is a round trip to the connection's thread. Writes go to the
/// database first and reach memory only once committed, so a restart (memory empty) reads
/// exactly what was written.
pub struct DialogueStorage<D> {
    store: Store,
    /// Chat → state (`None`: no dialogue), for the chats seen since the start.
    known: Mutex<HashMap<i64, Option<D>>>,
    /// A write to the database and to memory, and a read that fills memory, hold their
    /// chat's stripe, so that memory never ends up older than the database when two
    /// handlers of one chat race.
    stripes: Vec<tokio::sync::Mutex<()>>,
}

impl<D> DialogueStorage<D> {
    pub fn new(store: Store) -> Arc<Self> {
        Arc::new(DialogueStorage {
            store,
            known: Mutex::new(HashMap::new()),
            stripes: (0..STRIPES).map(|_| tokio::sync::Mutex::new(())).collect(),
        })
    }

    fn stripe(&self, chat_id: ChatId) -> &tokio::sync::Mutex<()> {
        &self.stripes[chat_id.0.rem_euclid(STRIPES as i64) as usize]
    }

    fn known(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Option<D>>> {
        // A panic while holding the map cannot leave it half-written: every use is one
        // insert, remove or clone.
        self.known.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Brings memory in line with a write of `state` to the database: the state once the
    /// write is done; when it failed, nothing (the database may hold either state, and the
    /// next read asks it).
    fn settle(
        &self,
        chat_id: ChatId,
        written: Result<sqlx::any::AnyQueryResult, sqlx::Error>,
        state: Option<D>,
    ) -> Result<(), StoreError> {
        let mut known = self.known();
        match written {
            Ok(_) => {
                known.insert(chat_id.0, state);
                Ok(())
            }
            Err(e) => {
                known.remove(&chat_id.0);
                Err(e.into())
            }
        }
    }
}

impl<D> Storage<D> for DialogueStorage<D>
where
    D: Serialize + DeserializeOwned + Clone + Send + 'static,
{
    type Error = StoreError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<(), StoreError>> {
        Box::pin(async move {
            let _stripe = self.stripe(chat_id).lock().await;
            let done = sqlx::query("DELETE FROM dialogue_states WHERE chat_id = $1")
                .bind(chat_id.0)
                .execute(self.store.pool())
                .await;
            self.settle(chat_id, done, None)
        })
    }

    fn update_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
        dialogue: D,
    ) -> BoxFuture<'static, Result<(), StoreError>> {
        Box::pin(async move {
            let json = serde_json::to_string(&dialogue)
                .map_err(|e| StoreError::Corrupt(format!("dialogue state: {e}")))?;
            let _stripe = self.stripe(chat_id).lock().await;
            let done = sqlx::query(
                "INSERT INTO dialogue_states (chat_id, state, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            )
            .bind(chat_id.0)
            .bind(json)
            .bind(now())
            .execute(self.store.pool())
            .await;
            self.settle(chat_id, done, Some(dialogue))
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<Option<D>, StoreError>> {
        Box::pin(async move {
            if let Some(state) = self.known().get(&chat_id.0) {
                return Ok(state.clone());
            }
            let _stripe = self.stripe(chat_id).lock().await;
            if let Some(state) = self.known().get(&chat_id.0) {
                return Ok(state.clone());
            }
            let row = sqlx::query("SELECT state FROM dialogue_states WHERE chat_id = $1")
                .bind(chat_id.0)
                .fetch_optional(self.store.pool())
                .await?;
            let state = match row {
                None => None,
                Some(row) => {
                    let json: String = row.try_get("state")?;
                    match serde_json::from_str(&json) {
                        Ok(state) => Some(state),
                        Err(e) => {
                            tracing::warn!(chat_id = chat_id.0, error = %e, "stored dialogue state no longer decodes; starting afresh");
                            None
                        }
                    }
                }
            };
            self.known().insert(chat_id.0, state.clone());
            Ok(state)
        })
    }
}
