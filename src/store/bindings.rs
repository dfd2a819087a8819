//! Bindings between Telegram accounts and NIPs: one account, one NIP, both ways. Binding is
//! a transaction that re-reads everything it relies on, so two accounts racing for one NIP
//! (or one code) cannot both win.

use sqlx::Row;

use sqlx::any::AnyRow;

use super::employees::{member_select, person_from_row, person_select};
use super::{Store, StoreError, Tx, audit, now};
use crate::domain::lang::Lang;
use crate::domain::person::Person;
use crate::domain::phone::Phone;
use crate::domain::registration::{CodeState, RegistrationError, check_code};

/// Why a binding did not happen.
#[derive(Debug, thiserror::Error)]
pub enum BindError {
    #[error(transparent)]
    Refused(#[from] RegistrationError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for BindError {
    fn from(e: sqlx::Error) -> Self {
        BindError::Store(e.into())
    }
}

/// A bound, active person and the chat the bot reaches them in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub person: Person,
    pub telegram_user_id: i64,
    pub chat_id: i64,
    /// The role key whose command list was last set for this chat.
    pub commands_key: Option<String>,
    /// The language the person reads Kinerja in.
    pub lang: Lang,
}

/// A chat whose per-chat command list is to be taken back, and how often that failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CommandReset {
    pub chat_id: i64,
    pub attempts: i64,
}

/// Queues taking back a chat's own command list (the sender does it: the command line has
/// no bot), in the caller's transaction; a reset already queued for the chat stays one.
pub(super) async fn queue_command_reset(tx: &mut Tx, chat_id: i64) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO command_resets (chat_id, next_attempt_at, created_at) VALUES ($1, $2, $2) \
         ON CONFLICT (chat_id) DO UPDATE SET attempts = 0, next_attempt_at = excluded.next_attempt_at",
    )
    .bind(chat_id)
    .bind(now())
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// How a binding came about, for the audit log.
#[derive(Debug, Clone, Copy)]
pub enum Via {
    Contact,
    Invitation,
}

impl Via {
    fn as_str(self) -> &'static str {
        match self {
            Via::Contact => "contact",
            Via::Invitation => "invitation",
        }
    }
}

impl Store {
    /// The active person bound to a Telegram account, if any.
    pub async fn member(&self, telegram_user_id: i64) -> Result<Option<Member>, StoreError> {
        let row = sqlx::query(&member_select("b.telegram_user_id = $1"))
            .bind(telegram_user_id)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(member_from_row).transpose()?)
    }

    /// The bound account of an active person, if any.
    pub async fn member_by_nip(&self, nip: &str) -> Result<Option<Member>, StoreError> {
        let row = sqlx::query(&member_select("b.nip = $1"))
            .bind(nip)
            .fetch_optional(self.pool())
            .await?;
        Ok(row.as_ref().map(member_from_row).transpose()?)
    }

    /// The chats of every bound HR admin.
    pub async fn admin_chats(&self) -> Result<Vec<i64>, StoreError> {
        let rows = sqlx::query(
            "SELECT b.chat_id FROM bindings b JOIN employees e ON e.nip = b.nip \
             WHERE e.is_admin = 1 AND e.active = 1 ORDER BY e.nip",
        )
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| r.try_get("chat_id"))
            .collect::<Result<_, _>>()?)
    }

    /// Every bound HR admin, with their chat and language.
    pub async fn admin_members(&self) -> Result<Vec<Member>, StoreError> {
        let select = format!("{} ORDER BY e.nip", member_select("e.is_admin = 1"));
        let rows = sqlx::query(&select).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(member_from_row).collect::<Result<_, _>>()?)
    }

    /// Binds the sender to the active employee whose roster phone is `phone`.
    pub async fn bind_by_phone(
        &self,
        telegram_user_id: i64,
        chat_id: i64,
        phone: &Phone,
    ) -> Result<Person, BindError> {
        let mut tx = self.begin().await?;
        let nip: Option<String> =
            sqlx::query("SELECT nip FROM employees WHERE telepon = $1 AND active = 1")
                .bind(phone.as_str())
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get("nip"))
                .transpose()?;
        let Some(nip) = nip else {
            return Err(RegistrationError::UnknownPhone.into());
        };
        bind(&mut tx, telegram_user_id, chat_id, &nip, Via::Contact).await?;
        let person = load_person(&mut tx, &nip).await?;
        tx.commit().await?;
        Ok(person)
    }

    /// Binds the sender with a one-time invitation code (given as its hash) and spends the
    /// code in the same transaction.
    pub async fn bind_by_code(
        &self,
        telegram_user_id: i64,
        chat_id: i64,
        code_hash: &str,
    ) -> Result<Person, BindError> {
        let t = now();
        let mut tx = self.begin().await?;
        let row = sqlx::query(
            "SELECT id, nip, expires_at, used_at, revoked_at FROM invitations WHERE code_hash = $1",
        )
        .bind(code_hash)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or(RegistrationError::UnknownCode)?;
        let id: i64 = row.try_get("id")?;
        let nip: String = row.try_get("nip")?;
        let state = CodeState {
            expires_at: row.try_get("expires_at")?,
            used: row.try_get::<Option<i64>, _>("used_at")?.is_some(),
            revoked: row.try_get::<Option<i64>, _>("revoked_at")?.is_some(),
        };
        check_code(state, t)?;
        bind(&mut tx, telegram_user_id, chat_id, &nip, Via::Invitation).await?;
        let spent = sqlx::query(
            "UPDATE invitations SET used_at = $2, used_by = $3 WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL",
        )
        .bind(id)
        .bind(t)
        .bind(telegram_user_id)
        .execute(&mut *tx)
        .await?;
        if spent.rows_affected() != 1 {
            tx.rollback().await?;
            return Err(RegistrationError::CodeUsed.into());
        }
        let person = load_person(&mut tx, &nip).await?;
        tx.commit().await?;
        Ok(person)
    }

    /// Releases the account bound to `nip` (a lost phone). Returns whether one was bound.
    pub async fn unbind(&self, nip: &str, actor: &str) -> Result<bool, StoreError> {
        let mut tx = self.begin().await?;
        let row = sqlx::query("SELECT telegram_user_id, chat_id FROM bindings WHERE nip = $1")
            .bind(nip)
            .fetch_optional(&mut *tx)
            .await?;
        let Some(row) = row else {
            tx.rollback().await?;
            return Ok(false);
        };
        let user: i64 = row.try_get("telegram_user_id")?;
        sqlx::query("DELETE FROM bindings WHERE nip = $1")
            .bind(nip)
            .execute(&mut *tx)
            .await?;
        queue_command_reset(&mut tx, row.try_get("chat_id")?).await?;
        audit::record(
            &mut tx,
            actor,
            "binding.release",
            nip,
            &format!("telegram_user_id={user}"),
        )
        .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// The chats whose command list is due to be taken back, at most `limit`. A reset for a
    /// chat bound again meanwhile is dropped instead: the new binding sets its own list.
    pub async fn due_command_resets(&self, limit: i64) -> Result<Vec<CommandReset>, StoreError> {
        sqlx::query("DELETE FROM command_resets WHERE chat_id IN (SELECT chat_id FROM bindings)")
            .execute(self.pool())
            .await?;
        let rows = sqlx::query(
            "SELECT chat_id, attempts FROM command_resets WHERE next_attempt_at <= $1 \
             ORDER BY next_attempt_at, chat_id LIMIT $2",
        )
        .bind(now())
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(CommandReset {
                    chat_id: r.try_get("chat_id")?,
                    attempts: r.try_get("attempts")?,
                })
            })
            .collect()
    }

    /// A chat's command list is taken back (or there was none to take). Should the chat
    /// have been bound again while the reset was under way, its list is set anew at its
    /// next update.
    pub async fn command_reset_done(&self, chat_id: i64) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM command_resets WHERE chat_id = $1")
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE bindings SET commands_key = NULL WHERE chat_id = $1")
            .bind(chat_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A reset Telegram did not take now: tried again at `at`.
    pub async fn command_reset_later(
        &self,
        chat_id: i64,
        at: i64,
        error: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE command_resets SET attempts = attempts + 1, next_attempt_at = $2, last_error = $3 \
             WHERE chat_id = $1",
        )
        .bind(chat_id)
        .bind(at)
        .bind(error)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Remembers which role set's commands were registered for an account's chat.
    pub async fn set_commands_key(
        &self,
        telegram_user_id: i64,
        key: &str,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE bindings SET commands_key = $2 WHERE telegram_user_id = $1")
            .bind(telegram_user_id)
            .bind(key)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Sets the language a person reads Kinerja in; their command list is registered again.
    pub async fn set_language(&self, telegram_user_id: i64, lang: Lang) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE bindings SET language = $2, commands_key = NULL WHERE telegram_user_id = $1",
        )
        .bind(telegram_user_id)
        .bind(lang.code())
        .execute(self.pool())
        .await?;
        Ok(())
    }
}

fn member_from_row(row: &AnyRow) -> Result<Member, sqlx::Error> {
    Ok(Member {
        person: person_from_row(row)?,
        telegram_user_id: row.try_get("telegram_user_id")?,
        chat_id: row.try_get("chat_id")?,
        commands_key: row.try_get("commands_key")?,
        lang: Lang::from_code(&row.try_get::<String, _>("binding_language")?).unwrap_or_default(),
    })
}

/// The checks and the insert shared by both ways in.
async fn bind(
    tx: &mut Tx,
    telegram_user_id: i64,
    chat_id: i64,
    nip: &str,
    via: Via,
) -> Result<(), BindError> {
    let active = sqlx::query("SELECT active FROM employees WHERE nip = $1")
        .bind(nip)
        .fetch_optional(&mut **tx)
        .await?
        .map(|r| r.try_get::<i64, _>("active"))
        .transpose()?;
    if active != Some(1) {
        return Err(RegistrationError::Inactive.into());
    }
    check_free(tx, telegram_user_id, nip).await?;
    // Two transactions can both pass the check above on PostgreSQL (read committed); the
    // unique keys decide, and the loser re-reads who won to say why.
    let inserted = sqlx::query(
        "INSERT INTO bindings (telegram_user_id, nip, chat_id, via, bound_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT DO NOTHING",
    )
    .bind(telegram_user_id)
    .bind(nip)
    .bind(chat_id)
    .bind(via.as_str())
    .bind(now())
    .execute(&mut **tx)
    .await?;
    if inserted.rows_affected() == 0 {
        check_free(tx, telegram_user_id, nip).await?;
        return Err(RegistrationError::NipAlreadyBound.into());
    }
    audit::record(
        tx,
        &format!("tg:{telegram_user_id}"),
        "binding.create",
        nip,
        &format!("via={}; telegram_user_id={telegram_user_id}", via.as_str()),
    )
    .await?;
    Ok(())
}

/// Refuses when the account is bound to another NIP or the NIP to another account.
async fn check_free(tx: &mut Tx, telegram_user_id: i64, nip: &str) -> Result<(), BindError> {
    let by_account: Option<String> =
        sqlx::query("SELECT nip FROM bindings WHERE telegram_user_id = $1")
            .bind(telegram_user_id)
            .fetch_optional(&mut **tx)
            .await?
            .map(|r| r.try_get("nip"))
            .transpose()?;
    match by_account {
        Some(bound) if bound == nip => return Err(RegistrationError::AlreadyYours.into()),
        Some(other) => return Err(RegistrationError::AccountBoundElsewhere(other).into()),
        None => {}
    }
    let nip_taken = sqlx::query("SELECT 1 FROM bindings WHERE nip = $1")
        .bind(nip)
        .fetch_optional(&mut **tx)
        .await?
        .is_some();
    if nip_taken {
        return Err(RegistrationError::NipAlreadyBound.into());
    }
    Ok(())
}

async fn load_person(tx: &mut Tx, nip: &str) -> Result<Person, StoreError> {
    let row = sqlx::query(&person_select("e.nip = $1"))
        .bind(nip)
        .fetch_one(&mut **tx)
        .await?;
    Ok(person_from_row(&row)?)
}
