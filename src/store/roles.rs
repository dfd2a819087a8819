//! The role matrix (*Matriks Pembagian Peran dan Hasil*): a supervisor's share of one RHK
//! among the team, written step by step and then sent as one proposal per person; the
//! person's answer; where each RHK of a working copy came from; and the lists a supervisor
//! confirms under "approve all that match".
//!
//! Every write checks, in its own statement, who writes and that the row is still in the
//! state the button was drawn for, so a second tap, a stale button or a forged one changes
//! nothing.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::broadcast::queue_notice;
use super::plans::{PlanStoreError, insert_rhk};
use super::{Store, StoreError, Tx, audit, now};
use crate::domain::plan::{Arah, Aspek, Indikator, Jenis, PlanContent, PlanError, PlanStatus, Rhk};
use crate::domain::quantity::Quantity;
use crate::domain::roles::{
    AgainstProposal, Carrying, MatrixEntry, MatrixRow, Origin, OriginSource, ProposalStatus,
    RoleError, ShareKind, ShareStatus, Split, against_proposal, matrix,
};
use crate::domain::text::Notice;

/// Why a share or an answer was refused.
#[derive(Debug, thiserror::Error)]
pub enum RoleStoreError {
    #[error(transparent)]
    Refused(#[from] RoleError),
    #[error(transparent)]
    Plan(#[from] PlanError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for RoleStoreError {
    fn from(e: sqlx::Error) -> Self {
        RoleStoreError::Store(e.into())
    }
}

impl From<PlanStoreError> for RoleStoreError {
    fn from(e: PlanStoreError) -> Self {
        match e {
            PlanStoreError::Refused(e) => RoleStoreError::Plan(e),
            PlanStoreError::Decision(_) => RoleStoreError::Store(StoreError::NotFound),
            PlanStoreError::Store(e) => RoleStoreError::Store(e),
        }
    }
}

/// A share as its supervisor writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Share {
    pub id: i64,
    pub supervisor_nip: String,
    pub year: i64,
    pub parent_rhk_id: i64,
    pub status: ShareStatus,
    pub kind: Option<ShareKind>,
    pub rhk_text: Option<String>,
    pub indicator_text: Option<String>,
    pub aspek: Option<Aspek>,
    pub split: Option<Split>,
    /// The people ticked, by name, each with their target once known.
    pub members: Vec<ShareMember>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ShareMember {
    pub nip: String,
    pub nama: String,
    pub target: Option<Quantity>,
}

impl Share {
    /// Whether everything a proposal needs is there.
    pub fn complete(&self) -> bool {
        self.kind.is_some()
            && self.rhk_text.is_some()
            && self.indicator_text.is_some()
            && self.aspek.is_some()
            && !self.members.is_empty()
            && self.members.iter().all(|m| m.target.is_some())
    }
}

/// One proposal to one person.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    pub id: i64,
    pub share_id: i64,
    pub nip: String,
    /// The person's name.
    pub nama: String,
    pub year: i64,
    pub supervisor_nip: String,
    pub parent_rhk_id: i64,
    pub parent_text: String,
    pub kind: ShareKind,
    pub rhk_text: String,
    pub indicator_text: String,
    pub target: Quantity,
    pub aspek: Aspek,
    pub arah: Arah,
    pub status: ProposalStatus,
    /// The target the person took it with instead (changed).
    pub answer: Option<Quantity>,
    /// Why the person declined.
    pub note: Option<String>,
    pub rhk_id: Option<i64>,
    pub created_at: i64,
    pub answered_at: Option<i64>,
}

impl Proposal {
    /// The RHK this proposal makes in a working copy (`rhk_id`, `indicator_id` as saved).
    pub fn as_rhk(&self, rhk_id: i64, indicator_id: i64, target: Quantity) -> Rhk {
        Rhk {
            id: rhk_id,
            jenis: Jenis::Utama,
            text: self.rhk_text.clone(),
            parent: Some((self.parent_rhk_id, Some(self.parent_text.clone()))),
            indikator: vec![Indikator {
                id: indicator_id,
                text: self.indicator_text.clone(),
                target,
                aspek: self.aspek,
                arah: self.arah,
            }],
        }
    }

    /// The target in force: the person's own when they changed it.
    pub fn target_now(&self) -> &Quantity {
        self.answer.as_ref().unwrap_or(&self.target)
    }
}

/// The person's answer to a proposal.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// Terima: as proposed.
    Accept,
    /// Ubah: accepted with this target instead.
    Change(Quantity),
    /// Tolak, with a note.
    Decline(String),
}

const PROPOSAL_COLUMNS: &str = "p.id, p.share_id, p.nip, e.nama, p.year, p.supervisor_nip, p.parent_rhk_id, \
     p.parent_text, p.kind, p.rhk_text, p.indicator_text, p.target_value, p.target_unit, p.aspek, p.arah, \
     p.status, p.answer_value, p.answer_unit, p.note, p.rhk_id, p.created_at, p.answered_at";

fn corrupt(what: &str, value: &str) -> StoreError {
    StoreError::Corrupt(format!("{what} {value:?}"))
}

fn proposal_from_row(r: &AnyRow) -> Result<Proposal, StoreError> {
    let kind: String = r.try_get("kind")?;
    let aspek: String = r.try_get("aspek")?;
    let arah: String = r.try_get("arah")?;
    let status: String = r.try_get("status")?;
    let answer_value: Option<f64> = r.try_get("answer_value")?;
    let answer_unit: Option<String> = r.try_get("answer_unit")?;
    Ok(Proposal {
        id: r.try_get("id")?,
        share_id: r.try_get("share_id")?,
        nip: r.try_get("nip")?,
        nama: r.try_get("nama")?,
        year: r.try_get("year")?,
        supervisor_nip: r.try_get("supervisor_nip")?,
        parent_rhk_id: r.try_get("parent_rhk_id")?,
        parent_text: r.try_get("parent_text")?,
        kind: ShareKind::from_code(&kind).ok_or_else(|| corrupt("share kind", &kind))?,
        rhk_text: r.try_get("rhk_text")?,
        indicator_text: r.try_get("indicator_text")?,
        target: Quantity {
            value: r.try_get("target_value")?,
            unit: r.try_get("target_unit")?,
        },
        aspek: Aspek::from_code(&aspek).ok_or_else(|| corrupt("aspek", &aspek))?,
        arah: Arah::from_code(&arah).ok_or_else(|| corrupt("arah", &arah))?,
        status: ProposalStatus::from_code(&status)
            .ok_or_else(|| corrupt("proposal status", &status))?,
        answer: match (answer_value, answer_unit) {
            (Some(value), Some(unit)) => Some(Quantity { value, unit }),
            _ => None,
        },
        note: r.try_get("note")?,
        rhk_id: r.try_get("rhk_id")?,
        created_at: r.try_get("created_at")?,
        answered_at: r.try_get("answered_at")?,
    })
}

/// The fields of a draft share the supervisor writes one at a time.
#[derive(Debug, Clone, PartialEq)]
pub enum ShareField {
    Kind(ShareKind),
    RhkText(String),
    IndicatorText(String),
    Aspek(Aspek),
}

/// What a supervisor may share out: the RHK must be in their own plan of the year, sent or
/// approved.
pub(crate) fn shareable(status: PlanStatus) -> bool {
    crate::domain::roles::plan_shareable(status)
}

/// The guard every write of a draft share carries: its supervisor, still a draft.
const DRAFT_OF: &str = "id = $1 AND supervisor_nip = $2 AND status = 'draft'";

impl Store {
    /// Starts sharing out `rhk_id` of the supervisor's own plan: a new draft share.
    pub async fn start_share(
        &self,
        supervisor_nip: &str,
        rhk_id: i64,
    ) -> Result<i64, RoleStoreError> {
        let plan = self
            .plan_of_rhk(rhk_id)
            .await?
            .ok_or(StoreError::NotFound)?;
        if plan.nip != supervisor_nip {
            return Err(RoleError::NotYourRhk.into());
        }
        if !shareable(plan.status) {
            return Err(RoleError::PlanNotSent.into());
        }
        if self.team(supervisor_nip).await?.is_empty() {
            return Err(RoleError::NoTeam.into());
        }
        let row = sqlx::query(
            "INSERT INTO role_shares (supervisor_nip, year, parent_rhk_id, status, created_at) \
             VALUES ($1, $2, $3, 'draft', $4) RETURNING id",
        )
        .bind(supervisor_nip)
        .bind(plan.year)
        .bind(rhk_id)
        .bind(now())
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("id")?)
    }

    /// A share with the people ticked in it.
    pub async fn share(&self, id: i64) -> Result<Option<Share>, StoreError> {
        let Some(r) = sqlx::query(
            "SELECT id, supervisor_nip, year, parent_rhk_id, status, kind, rhk_text, indicator_text, aspek, split \
             FROM role_shares WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        else {
            return Ok(None);
        };
        let status: String = r.try_get("status")?;
        let kind: Option<String> = r.try_get("kind")?;
        let aspek: Option<String> = r.try_get("aspek")?;
        let split: Option<String> = r.try_get("split")?;
        let members = sqlx::query(
            "SELECT m.nip, e.nama, m.target_value, m.target_unit FROM role_share_members m \
             JOIN employees e ON e.nip = m.nip WHERE m.share_id = $1 ORDER BY e.nama, m.nip",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|m| {
            let value: Option<f64> = m.try_get("target_value")?;
            let unit: Option<String> = m.try_get("target_unit")?;
            Ok(ShareMember {
                nip: m.try_get("nip")?,
                nama: m.try_get("nama")?,
                target: value
                    .zip(unit)
                    .map(|(value, unit)| Quantity { value, unit }),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Ok(Some(Share {
            id,
            supervisor_nip: r.try_get("supervisor_nip")?,
            year: r.try_get("year")?,
            parent_rhk_id: r.try_get("parent_rhk_id")?,
            status: ShareStatus::from_code(&status).ok_or_else(|| corrupt("share", &status))?,
            kind: kind
                .as_deref()
                .map(|k| ShareKind::from_code(k).ok_or_else(|| corrupt("kind", k)))
                .transpose()?,
            rhk_text: r.try_get("rhk_text")?,
            indicator_text: r.try_get("indicator_text")?,
            aspek: aspek
                .as_deref()
                .map(|a| Aspek::from_code(a).ok_or_else(|| corrupt("aspek", a)))
                .transpose()?,
            split: split
                .as_deref()
                .map(|s| Split::from_code(s).ok_or_else(|| corrupt("split", s)))
                .transpose()?,
            members,
        }))
    }

    /// Why a guarded write of a share touched nothing.
    async fn why_share_closed(&self, id: i64, supervisor_nip: &str) -> RoleStoreError {
        match self.share(id).await {
            Ok(Some(s)) if s.supervisor_nip != supervisor_nip => RoleError::NotYourRhk.into(),
            Ok(Some(_)) => RoleError::ShareClosed.into(),
            Ok(None) => StoreError::NotFound.into(),
            Err(e) => e.into(),
        }
    }

    /// A transaction on a share that is still its supervisor's draft, or why it is not.
    async fn draft_share_tx(
        &self,
        share_id: i64,
        supervisor_nip: &str,
    ) -> Result<Tx, RoleStoreError> {
        let mut tx = self.begin().await?;
        let open = sqlx::query(&format!("SELECT id FROM role_shares WHERE {DRAFT_OF}"))
            .bind(share_id)
            .bind(supervisor_nip)
            .fetch_optional(&mut *tx)
            .await?;
        if open.is_none() {
            tx.rollback().await?;
            return Err(self.why_share_closed(share_id, supervisor_nip).await);
        }
        Ok(tx)
    }

    /// Ticks or unticks one person of the supervisor's team; returns whether they are ticked
    /// now. Only a direct, active subordinate can be ticked.
    pub async fn toggle_share_member(
        &self,
        share_id: i64,
        supervisor_nip: &str,
        nip: &str,
    ) -> Result<bool, RoleStoreError> {
        let mut tx = self.draft_share_tx(share_id, supervisor_nip).await?;
        let removed =
            sqlx::query("DELETE FROM role_share_members WHERE share_id = $1 AND nip = $2")
                .bind(share_id)
                .bind(nip)
                .execute(&mut *tx)
                .await?;
        if removed.rows_affected() > 0 {
            clear_targets(&mut tx, share_id).await?;
            tx.commit().await?;
            return Ok(false);
        }
        let added = sqlx::query(
            "INSERT INTO role_share_members (share_id, nip) SELECT $1, nip FROM employees \
             WHERE nip = $2 AND nip_atasan = $3 AND active = 1",
        )
        .bind(share_id)
        .bind(nip)
        .bind(supervisor_nip)
        .execute(&mut *tx)
        .await?;
        if added.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(RoleError::NotYourSubordinate.into());
        }
        clear_targets(&mut tx, share_id).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Ticks the whole team (`all`), or nobody.
    pub async fn choose_whole_team(
        &self,
        share_id: i64,
        supervisor_nip: &str,
        all: bool,
    ) -> Result<(), RoleStoreError> {
        let mut tx = self.draft_share_tx(share_id, supervisor_nip).await?;
        sqlx::query("DELETE FROM role_share_members WHERE share_id = $1")
            .bind(share_id)
            .execute(&mut *tx)
            .await?;
        if all {
            sqlx::query(
                "INSERT INTO role_share_members (share_id, nip) SELECT $1, nip FROM employees \
                 WHERE nip_atasan = $2 AND active = 1",
            )
            .bind(share_id)
            .bind(supervisor_nip)
            .execute(&mut *tx)
            .await?;
        }
        clear_targets(&mut tx, share_id).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Writes one field of a draft share.
    pub async fn set_share_field(
        &self,
        share_id: i64,
        supervisor_nip: &str,
        field: ShareField,
    ) -> Result<(), RoleStoreError> {
        let (column, value) = match field {
            ShareField::Kind(k) => ("kind", k.code().to_string()),
            ShareField::RhkText(t) => ("rhk_text", t),
            ShareField::IndicatorText(t) => ("indicator_text", t),
            ShareField::Aspek(a) => ("aspek", a.code().to_string()),
        };
        let done = sqlx::query(&format!(
            "UPDATE role_shares SET {column} = $3 WHERE {DRAFT_OF}"
        ))
        .bind(share_id)
        .bind(supervisor_nip)
        .bind(value)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            return Err(self.why_share_closed(share_id, supervisor_nip).await);
        }
        Ok(())
    }

    /// Sets every ticked person's target, in the order of [`Store::share`]'s members.
    pub async fn set_share_targets(
        &self,
        share_id: i64,
        supervisor_nip: &str,
        split: Split,
        targets: &[(String, Quantity)],
    ) -> Result<(), RoleStoreError> {
        let mut tx = self.begin().await?;
        let done = sqlx::query(&format!(
            "UPDATE role_shares SET split = $3 WHERE {DRAFT_OF}"
        ))
        .bind(share_id)
        .bind(supervisor_nip)
        .bind(split.code())
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(self.why_share_closed(share_id, supervisor_nip).await);
        }
        for (nip, target) in targets {
            sqlx::query(
                "UPDATE role_share_members SET target_value = $3, target_unit = $4 WHERE share_id = $1 AND nip = $2",
            )
            .bind(share_id)
            .bind(nip)
            .bind(target.value)
            .bind(&target.unit)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Abandons a draft share.
    pub async fn cancel_share(
        &self,
        share_id: i64,
        supervisor_nip: &str,
    ) -> Result<(), RoleStoreError> {
        let done = sqlx::query(&format!(
            "UPDATE role_shares SET status = 'cancelled' WHERE {DRAFT_OF}"
        ))
        .bind(share_id)
        .bind(supervisor_nip)
        .execute(self.pool())
        .await?;
        if done.rows_affected() == 0 {
            return Err(self.why_share_closed(share_id, supervisor_nip).await);
        }
        Ok(())
    }

    /// Sends a complete draft share: one proposal per ticked person, each one's notice
    /// (`notice_for`, with the proposal's buttons) queued for those registered, in one
    /// transaction. Returns the proposals.
    pub async fn send_share(
        &self,
        share_id: i64,
        supervisor_nip: &str,
        notice_for: impl Fn(&Proposal) -> Notice,
    ) -> Result<Vec<Proposal>, RoleStoreError> {
        let share = self.share(share_id).await?.ok_or(StoreError::NotFound)?;
        if share.supervisor_nip != supervisor_nip {
            return Err(RoleError::NotYourRhk.into());
        }
        if share.status != ShareStatus::Draft {
            return Err(RoleError::ShareClosed.into());
        }
        if share.members.is_empty() {
            return Err(RoleError::NobodyChosen.into());
        }
        let (Some(kind), Some(rhk_text), Some(indicator_text), Some(aspek)) = (
            share.kind,
            share.rhk_text.as_deref(),
            share.indicator_text.as_deref(),
            share.aspek,
        ) else {
            return Err(RoleError::Incomplete.into());
        };
        if !share.complete() {
            return Err(RoleError::Incomplete.into());
        }
        let parent_text: String = sqlx::query("SELECT text FROM plan_rhk WHERE id = $1")
            .bind(share.parent_rhk_id)
            .fetch_optional(self.pool())
            .await?
            .ok_or(StoreError::NotFound)?
            .try_get("text")?;
        let t = now();
        let mut tx = self.begin().await?;
        let done = sqlx::query(&format!(
            "UPDATE role_shares SET status = 'sent', sent_at = $3 WHERE {DRAFT_OF}"
        ))
        .bind(share_id)
        .bind(supervisor_nip)
        .bind(t)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(RoleError::ShareClosed.into());
        }
        let mut sent = Vec::with_capacity(share.members.len());
        for m in &share.members {
            let target = m.target.clone().ok_or(RoleError::Incomplete)?;
            let row = sqlx::query(
                "INSERT INTO rhk_proposals (share_id, nip, year, supervisor_nip, parent_rhk_id, parent_text, kind, \
                 rhk_text, indicator_text, target_value, target_unit, aspek, arah, status, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'proposed', $14) RETURNING id",
            )
            .bind(share_id)
            .bind(&m.nip)
            .bind(share.year)
            .bind(supervisor_nip)
            .bind(share.parent_rhk_id)
            .bind(&parent_text)
            .bind(kind.code())
            .bind(rhk_text)
            .bind(indicator_text)
            .bind(target.value)
            .bind(&target.unit)
            .bind(aspek.code())
            .bind(aspek.usual_arah().code())
            .bind(t)
            .fetch_one(&mut *tx)
            .await?;
            let proposal = Proposal {
                id: row.try_get("id")?,
                share_id,
                nip: m.nip.clone(),
                nama: m.nama.clone(),
                year: share.year,
                supervisor_nip: supervisor_nip.to_string(),
                parent_rhk_id: share.parent_rhk_id,
                parent_text: parent_text.clone(),
                kind,
                rhk_text: rhk_text.to_string(),
                indicator_text: indicator_text.to_string(),
                target,
                aspek,
                arah: aspek.usual_arah(),
                status: ProposalStatus::Proposed,
                answer: None,
                note: None,
                rhk_id: None,
                created_at: t,
                answered_at: None,
            };
            let chat: Option<i64> = sqlx::query("SELECT chat_id FROM bindings WHERE nip = $1")
                .bind(&m.nip)
                .fetch_optional(&mut *tx)
                .await?
                .map(|r| r.try_get("chat_id"))
                .transpose()?;
            if let Some(chat) = chat {
                queue_notice(&mut tx, chat, &notice_for(&proposal), None).await?;
            }
            sent.push(proposal);
        }
        audit::record(
            &mut tx,
            &format!("nip:{supervisor_nip}"),
            "roles.share",
            &format!("rhk:{}", share.parent_rhk_id),
            &format!("share={share_id}; orang={}", sent.len()),
        )
        .await?;
        tx.commit().await?;
        Ok(sent)
    }

    /// One proposal.
    pub async fn proposal(&self, id: i64) -> Result<Option<Proposal>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {PROPOSAL_COLUMNS} FROM rhk_proposals p JOIN employees e ON e.nip = p.nip WHERE p.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(proposal_from_row).transpose()
    }

    /// The proposals still waiting for a person's answer in a year, oldest first.
    pub async fn open_proposals_of(
        &self,
        nip: &str,
        year: i64,
    ) -> Result<Vec<Proposal>, StoreError> {
        self.proposals_where(
            "p.nip = $1 AND p.year = $2 AND p.status = 'proposed' ORDER BY p.id",
            nip,
            year,
        )
        .await
    }

    /// Every proposal a supervisor made in a year, by their RHK and then by name: the
    /// matrix.
    pub async fn proposals_by(
        &self,
        supervisor_nip: &str,
        year: i64,
    ) -> Result<Vec<Proposal>, StoreError> {
        self.proposals_where(
            "p.supervisor_nip = $1 AND p.year = $2 ORDER BY p.parent_rhk_id, e.nama, p.id",
            supervisor_nip,
            year,
        )
        .await
    }

    async fn proposals_where(
        &self,
        condition: &str,
        nip: &str,
        year: i64,
    ) -> Result<Vec<Proposal>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {PROPOSAL_COLUMNS} FROM rhk_proposals p JOIN employees e ON e.nip = p.nip WHERE {condition}"
        ))
        .bind(nip)
        .bind(year)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(proposal_from_row).collect()
    }

    /// The role matrix of a supervisor for a year: each RHK of their plan (the working
    /// copy) with the proposals made on it and the team's RHK linked to it by hand.
    pub async fn matrix_of(
        &self,
        supervisor_nip: &str,
        year: i64,
    ) -> Result<Vec<MatrixRow>, StoreError> {
        let own: Vec<(i64, String)> = match self.plan_of(supervisor_nip, year).await? {
            Some(plan) => self
                .working_content(plan.id)
                .await?
                .rhk
                .into_iter()
                .map(|r| (r.id, r.text))
                .collect(),
            None => Vec::new(),
        };
        let proposals = self.proposals_by(supervisor_nip, year).await?;
        let dropped: Vec<(i64, String)> = proposals
            .iter()
            .map(|p| (p.parent_rhk_id, p.parent_text.clone()))
            .collect();
        let mut entries: Vec<MatrixEntry> = proposals
            .into_iter()
            .map(|p| MatrixEntry {
                parent_rhk_id: p.parent_rhk_id,
                carrying: match p.status {
                    ProposalStatus::Proposed => Carrying::Waiting,
                    ProposalStatus::Accepted => Carrying::Accepted,
                    ProposalStatus::Changed => Carrying::Changed,
                    ProposalStatus::Declined => {
                        Carrying::Declined(p.note.clone().unwrap_or_default())
                    }
                },
                target: Some(p.target_now().clone()),
                nip: p.nip,
                nama: p.nama,
                role: p.rhk_text,
                kind: Some(p.kind),
                indicator: Some(p.indicator_text),
            })
            .collect();
        let linked = sqlx::query(
            "SELECT r.text, r.parent_rhk_id, p.nip, e.nama, \
               (SELECT i.text FROM plan_indicators i WHERE i.rhk_id = r.id ORDER BY i.id LIMIT 1) AS indicator, \
               (SELECT i.target_value FROM plan_indicators i WHERE i.rhk_id = r.id ORDER BY i.id LIMIT 1) AS target_value, \
               (SELECT i.target_unit FROM plan_indicators i WHERE i.rhk_id = r.id ORDER BY i.id LIMIT 1) AS target_unit \
             FROM plan_rhk r JOIN plans p ON p.id = r.plan_id JOIN employees e ON e.nip = p.nip \
             WHERE p.year = $2 AND e.nip_atasan = $1 AND e.active = 1 AND r.parent_rhk_id IS NOT NULL \
               AND NOT EXISTS (SELECT 1 FROM rhk_proposals x WHERE x.rhk_id = r.id) \
             ORDER BY r.id",
        )
        .bind(supervisor_nip)
        .bind(year)
        .fetch_all(self.pool())
        .await?;
        for r in &linked {
            let parent: i64 = r.try_get("parent_rhk_id")?;
            if !own.iter().any(|(id, _)| *id == parent) {
                continue;
            }
            let value: Option<f64> = r.try_get("target_value")?;
            let unit: Option<String> = r.try_get("target_unit")?;
            entries.push(MatrixEntry {
                parent_rhk_id: parent,
                nip: r.try_get("nip")?,
                nama: r.try_get("nama")?,
                role: r.try_get("text")?,
                kind: None,
                indicator: r.try_get("indicator")?,
                target: value
                    .zip(unit)
                    .map(|(value, unit)| Quantity { value, unit }),
                carrying: Carrying::Linked,
            });
        }
        Ok(matrix(&own, &dropped, entries))
    }

    /// The person's answer to a proposal made to them, while it is open. Accepting (as
    /// proposed or changed) adds the RHK with its indicator to their working copy, linked
    /// to the supervisor's RHK, and records what was proposed; an approved plan is opened
    /// for a change first (the approved version stays in force), a plan waiting for its
    /// supervisor is not touched. Returns the proposal as it is now.
    pub async fn answer_proposal(
        &self,
        id: i64,
        nip: &str,
        answer: &Answer,
    ) -> Result<Proposal, RoleStoreError> {
        let proposal = self.proposal(id).await?.ok_or(StoreError::NotFound)?;
        if proposal.nip != nip {
            return Err(RoleError::NotYours.into());
        }
        if !proposal.status.open() {
            return Err(RoleError::AlreadyAnswered.into());
        }
        let t = now();
        let actor = format!("nip:{nip}");
        let mut tx = self.begin().await?;
        // A null number is never bound: PostgreSQL keeps the type of a statement's first
        // binding, and a null there would not take a number later.
        let (status, changed, note) = match answer {
            Answer::Accept => (ProposalStatus::Accepted, None, None),
            Answer::Change(q) => (ProposalStatus::Changed, Some(q), None),
            Answer::Decline(note) => (ProposalStatus::Declined, None, Some(note.clone())),
        };
        let done = sqlx::query(
            "UPDATE rhk_proposals SET status = $3, \
               answer_value = CASE WHEN $8 = 1 THEN $4 ELSE NULL END, \
               answer_unit = CASE WHEN $8 = 1 THEN $5 ELSE NULL END, note = $6, answered_at = $7 \
             WHERE id = $1 AND nip = $2 AND status = 'proposed'",
        )
        .bind(id)
        .bind(nip)
        .bind(status.code())
        .bind(changed.map_or(0.0, |q| q.value))
        .bind(changed.map_or(String::new(), |q| q.unit.clone()))
        .bind(note)
        .bind(t)
        .bind(i64::from(changed.is_some()))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() == 0 {
            tx.rollback().await?;
            return Err(RoleError::AlreadyAnswered.into());
        }
        if status != ProposalStatus::Declined {
            let target = match answer {
                Answer::Change(q) => q.clone(),
                _ => proposal.target.clone(),
            };
            let rhk_id = add_to_working_copy(&mut tx, &proposal, &target, &actor, t).await?;
            sqlx::query("UPDATE rhk_proposals SET rhk_id = $2 WHERE id = $1")
                .bind(id)
                .bind(rhk_id)
                .execute(&mut *tx)
                .await?;
        }
        audit::record(
            &mut tx,
            &actor,
            &format!("roles.{}", status.code()),
            nip,
            &format!("usulan={id}"),
        )
        .await?;
        tx.commit().await?;
        Ok(self.proposal(id).await?.ok_or(StoreError::NotFound)?)
    }

    /// What was proposed for the RHK of a plan (proposals and templates), in the order they
    /// were added.
    pub async fn origins_of(&self, plan_id: i64) -> Result<Vec<Origin>, StoreError> {
        let rows = sqlx::query(
            "SELECT source, content FROM rhk_origins WHERE plan_id = $1 ORDER BY rhk_id",
        )
        .bind(plan_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let source: String = r.try_get("source")?;
                let content: String = r.try_get("content")?;
                Ok(Origin {
                    source: OriginSource::from_code(&source)
                        .ok_or_else(|| corrupt("origin", &source))?,
                    rhk: serde_json::from_str(&content)
                        .map_err(|e| StoreError::Corrupt(format!("origin: {e}")))?,
                })
            })
            .collect()
    }

    /// A sent version against what was proposed for its plan.
    pub async fn against_proposal(
        &self,
        plan_id: i64,
        content: &PlanContent,
    ) -> Result<AgainstProposal, StoreError> {
        Ok(against_proposal(&self.origins_of(plan_id).await?, content))
    }

    /// Keeps the plans (with their versions) shown under "approve all that match" for the
    /// supervisor's confirmation.
    pub async fn save_approval_batch(
        &self,
        nip: &str,
        plans: &[(i64, i64)],
    ) -> Result<i64, StoreError> {
        let json = serde_json::to_string(plans).expect("pairs of numbers");
        let row = sqlx::query(
            "INSERT INTO approval_batches (nip, plans, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(nip)
        .bind(json)
        .bind(now())
        .fetch_one(self.pool())
        .await?;
        Ok(row.try_get("id")?)
    }

    /// Takes a batch once, for the supervisor it was shown to: `None` when it is not theirs
    /// or was taken already (a second tap).
    pub async fn take_approval_batch(
        &self,
        id: i64,
        nip: &str,
    ) -> Result<Option<Vec<(i64, i64)>>, StoreError> {
        let row = sqlx::query(
            "UPDATE approval_batches SET used_at = $3 WHERE id = $1 AND nip = $2 AND used_at IS NULL RETURNING plans",
        )
        .bind(id)
        .bind(nip)
        .bind(now())
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| {
            let json: String = r.try_get("plans")?;
            serde_json::from_str(&json).map_err(|e| StoreError::Corrupt(format!("batch: {e}")))
        })
        .transpose()
    }
}

/// Forgets the targets of a share whose people changed: a split depends on how many.
async fn clear_targets(tx: &mut Tx, share_id: i64) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE role_share_members SET target_value = NULL, target_unit = NULL WHERE share_id = $1",
    )
    .bind(share_id)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Records where an RHK came from, as it was proposed, in the caller's transaction.
pub(crate) async fn record_origin(
    tx: &mut Tx,
    plan_id: i64,
    source: OriginSource,
    source_id: i64,
    rhk: &Rhk,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO rhk_origins (rhk_id, plan_id, source, source_id, content) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(rhk.id)
    .bind(plan_id)
    .bind(source.code())
    .bind(source_id)
    .bind(serde_json::to_string(rhk).expect("plain data"))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The person's plan of the proposal's year, writable: created as a draft when there is
/// none, opened for a change when approved; refused while it waits for the supervisor.
pub(crate) async fn writable_plan(
    tx: &mut Tx,
    nip: &str,
    year: i64,
    actor: &str,
    t: i64,
) -> Result<i64, RoleStoreError> {
    sqlx::query(
        "INSERT INTO plans (nip, year, status, version, created_at, updated_at) VALUES ($1, $2, 'draft', 0, $3, $3) \
         ON CONFLICT (nip, year) DO NOTHING",
    )
    .bind(nip)
    .bind(year)
    .bind(t)
    .execute(&mut **tx)
    .await?;
    let row = sqlx::query("SELECT id, status FROM plans WHERE nip = $1 AND year = $2")
        .bind(nip)
        .bind(year)
        .fetch_one(&mut **tx)
        .await?;
    let (plan_id, status): (i64, String) = (row.try_get("id")?, row.try_get("status")?);
    match PlanStatus::from_code(&status) {
        Some(PlanStatus::Draft | PlanStatus::Returned) => {}
        Some(PlanStatus::Submitted) => return Err(RoleError::PlanWaiting.into()),
        Some(PlanStatus::Approved) => {
            sqlx::query("UPDATE plans SET status = 'draft', updated_at = $2 WHERE id = $1 AND status = 'approved'")
                .bind(plan_id)
                .bind(t)
                .execute(&mut **tx)
                .await?;
            audit::record(
                tx,
                actor,
                "plan.change_request",
                &format!("plan:{plan_id}"),
                "",
            )
            .await?;
        }
        None => return Err(corrupt("plan status", &status).into()),
    }
    sqlx::query("UPDATE plans SET updated_at = $2 WHERE id = $1")
        .bind(plan_id)
        .bind(t)
        .execute(&mut **tx)
        .await?;
    Ok(plan_id)
}

/// Adds an accepted proposal to its person's working copy and records what was proposed.
async fn add_to_working_copy(
    tx: &mut Tx,
    proposal: &Proposal,
    target: &Quantity,
    actor: &str,
    t: i64,
) -> Result<i64, RoleStoreError> {
    let plan_id = writable_plan(tx, &proposal.nip, proposal.year, actor, t).await?;
    let taken = proposal.as_rhk(0, 0, target.clone());
    let saved = insert_rhk(tx, plan_id, &taken, Some(proposal.parent_rhk_id)).await?;
    let (rhk_id, indicator_id) = (saved.id, saved.indikator[0].id);
    let proposed = proposal.as_rhk(rhk_id, indicator_id, proposal.target.clone());
    record_origin(tx, plan_id, OriginSource::Proposal, proposal.id, &proposed).await?;
    Ok(rhk_id)
}
