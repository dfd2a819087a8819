//! Invitation codes, kept as hashes. Issuing a new code for someone voids their older unused
//! codes, so a lost printout stops working as soon as HR prints a new one.

use super::{Store, StoreError, audit, now};

impl Store {
    /// Stores one code hash per NIP in one transaction, voiding older unused codes of the
    /// same people. `valid_days` counts from now.
    pub async fn issue_invitations(
        &self,
        codes: &[(String, String)],
        valid_days: i64,
        actor: &str,
    ) -> Result<i64, StoreError> {
        let t = now();
        let expires_at = t + valid_days * 24 * 60 * 60;
        let mut tx = self.begin().await?;
        for (nip, hash) in codes {
            sqlx::query(
                "UPDATE invitations SET revoked_at = $2 WHERE nip = $1 AND used_at IS NULL AND revoked_at IS NULL",
            )
            .bind(nip)
            .bind(t)
            .execute(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO invitations (code_hash, nip, created_at, expires_at) VALUES ($1, $2, $3, $4)",
            )
            .bind(hash)
            .bind(nip)
            .bind(t)
            .bind(expires_at)
            .execute(&mut *tx)
            .await?;
            audit::record(
                &mut tx,
                actor,
                "invitation.issue",
                nip,
                &format!("berlaku {valid_days} hari"),
            )
            .await?;
        }
        tx.commit().await?;
        Ok(expires_at)
    }

    /// Moves a code's expiry, for tests and for HR extending a batch.
    pub async fn set_invitation_expiry(
        &self,
        code_hash: &str,
        expires_at: i64,
    ) -> Result<(), StoreError> {
        let done = sqlx::query("UPDATE invitations SET expires_at = $2 WHERE code_hash = $1")
            .bind(code_hash)
            .bind(expires_at)
            .execute(self.pool())
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::NotFound);
        }
        Ok(())
    }
}
