//! Dialogue states persisted per chat, so that a conversation interrupted by a restart
//! continues where it stopped. Implements teloxide's `Storage` over the store's database.
//!
//! The stored form is serde JSON of the bot's state enum: a schema in its own right. A row
//! that no longer decodes (a variant removed by mistake) is logged and read as "no
//! dialogue", never as a crash.

use std::marker::PhantomData;
use std::sync::Arc;

use futures::future::BoxFuture;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sqlx::Row;
use teloxide::dispatching::dialogue::Storage;
use teloxide::types::ChatId;

use super::{Store, StoreError, now};

/// teloxide dialogue storage backed by the `dialogue_states` table.
pub struct DialogueStorage<D> {
    store: Store,
    _state: PhantomData<fn() -> D>,
}

impl<D> DialogueStorage<D> {
    pub fn new(store: Store) -> Arc<Self> {
        Arc::new(DialogueStorage {
            store,
            _state: PhantomData,
        })
    }
}

impl<D> Storage<D> for DialogueStorage<D>
where
    D: Serialize + DeserializeOwned + Send + 'static,
{
    type Error = StoreError;

    fn remove_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<(), StoreError>> {
        Box::pin(async move {
            sqlx::query("DELETE FROM dialogue_states WHERE chat_id = $1")
                .bind(chat_id.0)
                .execute(self.store.pool())
                .await?;
            Ok(())
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
            sqlx::query(
                "INSERT INTO dialogue_states (chat_id, state, updated_at) VALUES ($1, $2, $3) \
                 ON CONFLICT (chat_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
            )
                .bind(chat_id.0)
                .bind(json)
                .bind(now())
                .execute(self.store.pool())
                .await?;
            Ok(())
        })
    }

    fn get_dialogue(
        self: Arc<Self>,
        chat_id: ChatId,
    ) -> BoxFuture<'static, Result<Option<D>, StoreError>> {
        Box::pin(async move {
            let row = sqlx::query("SELECT state FROM dialogue_states WHERE chat_id = $1")
                .bind(chat_id.0)
                .fetch_optional(self.store.pool())
                .await?;
            let Some(row) = row else { return Ok(None) };
            let json: String = row.try_get(0)?;
            match serde_json::from_str(&json) {
                Ok(state) => Ok(Some(state)),
                Err(e) => {
                    tracing::warn!(chat_id = chat_id.0, error = %e, "stored dialogue state no longer decodes; starting afresh");
                    Ok(None)
                }
            }
        })
    }
}
