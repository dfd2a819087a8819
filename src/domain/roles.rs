//! Sharing out a supervisor's RHK among the team: the *Matriks Pembagian Peran dan Hasil*
//! (MPH) of PermenPANRB 6/2022. The leader divides one of their RHK among team members; each
//! person's role becomes an RHK of theirs that intervenes the leader's. In *direct*
//! cascading it is the same result in a smaller share (the target split between them); in
//! *non-direct* cascading it is a supporting result with its own measure.
//!
//! A proposal is the person's to answer (accept, accept with another target, decline); it
//! never edits their plan on its own. A plan built from proposals and templates "matches"
//! when what was sent is exactly what was proposed: only those are approved in one go.

use serde::{Deserialize, Serialize};

use super::plan::{Change, PlanContent, PlanStatus, Rhk, diff};
use super::quantity::Quantity;

/// Direct or non-direct cascading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ShareKind {
    /// The same result in a smaller share: the supervisor's target split among the team.
    Direct,
    /// A supporting result, measured on its own.
    Indirect,
}

impl ShareKind {
    pub const ALL: [ShareKind; 2] = [ShareKind::Direct, ShareKind::Indirect];

    pub fn code(self) -> &'static str {
        match self {
            ShareKind::Direct => "d",
            ShareKind::Indirect => "i",
        }
    }

    pub fn from_code(code: &str) -> Option<ShareKind> {
        ShareKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// How the targets may be given: a total is split only in direct cascading.
    pub fn splits(self) -> &'static [Split] {
        match self {
            ShareKind::Direct => &[Split::Even, Split::Same, Split::PerPerson],
            ShareKind::Indirect => &[Split::Same, Split::PerPerson],
        }
    }
}

/// How the supervisor gives each person's target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Split {
    /// A total, split evenly (`1.200 orang` among 4: `300 orang` each).
    Even,
    /// The same target for each.
    Same,
    /// One target per person, a line each in the order of the list.
    PerPerson,
}

impl Split {
    pub const ALL: [Split; 3] = [Split::Even, Split::Same, Split::PerPerson];

    pub fn code(self) -> &'static str {
        match self {
            Split::Even => "s",
            Split::Same => "e",
            Split::PerPerson => "p",
        }
    }

    pub fn from_code(code: &str) -> Option<Split> {
        Split::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Where a share stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareStatus {
    /// Being written by the supervisor.
    Draft,
    /// Sent: each person has a proposal.
    Sent,
    /// Abandoned before it was sent.
    Cancelled,
}

impl ShareStatus {
    pub fn code(self) -> &'static str {
        match self {
            ShareStatus::Draft => "draft",
            ShareStatus::Sent => "sent",
            ShareStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<ShareStatus> {
        [
            ShareStatus::Draft,
            ShareStatus::Sent,
            ShareStatus::Cancelled,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }
}

/// Where a proposal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProposalStatus {
    /// Waiting for the person's answer.
    Proposed,
    /// Taken as proposed.
    Accepted,
    /// Taken with another target.
    Changed,
    /// Declined, with a note.
    Declined,
}

impl ProposalStatus {
    pub const ALL: [ProposalStatus; 4] = [
        ProposalStatus::Proposed,
        ProposalStatus::Accepted,
        ProposalStatus::Changed,
        ProposalStatus::Declined,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ProposalStatus::Proposed => "proposed",
            ProposalStatus::Accepted => "accepted",
            ProposalStatus::Changed => "changed",
            ProposalStatus::Declined => "declined",
        }
    }

    pub fn from_code(code: &str) -> Option<ProposalStatus> {
        ProposalStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Whether the person still has to answer.
    pub fn open(self) -> bool {
        self == ProposalStatus::Proposed
    }
}

/// Why a share or a proposal could not be acted on; the text is for the person who tried.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoleError {
    #[error("Usulan ini bukan untuk Anda.")]
    NotYours,
    #[error("Usulan ini sudah Anda jawab.")]
    AlreadyAnswered,
    #[error(
        "Rencana Anda sedang menunggu persetujuan atasan. Tarik kembali dulu di /rencana, lalu jawab usulan ini."
    )]
    PlanWaiting,
    #[error("Hanya atasan pemilik RHK ini yang dapat membagi perannya.")]
    NotYourRhk,
    #[error("RHK ini hanya dapat dibagi dari rencana yang sudah dikirim atau disetujui.")]
    PlanNotSent,
    #[error("Anda belum punya bawahan di roster untuk dibagi peran.")]
    NoTeam,
    #[error("Pegawai ini bukan bawahan langsung Anda.")]
    NotYourSubordinate,
    #[error("Pembagian peran ini sudah dikirim atau dibatalkan. Buka /rencana untuk membagi lagi.")]
    ShareClosed,
    #[error("Pilih minimal satu anggota tim.")]
    NobodyChosen,
    #[error("Lengkapi dulu peran, indikator, aspek dan target sebelum dikirim.")]
    Incomplete,
}

/// `total` split evenly among `n` people. A whole total stays whole: the remainder goes one
/// each to the first people (`1.000` among 3: `334`, `333`, `333`), so the parts add up to
/// the total; otherwise each gets the same share, rounded to hundredths.
pub fn split_evenly(total: &Quantity, n: usize) -> Vec<Quantity> {
    if n == 0 {
        return Vec::new();
    }
    let part = |value: f64| Quantity {
        value,
        unit: total.unit.clone(),
    };
    if total.value.fract() == 0.0 && total.value < 1e15 {
        let whole = total.value as u64;
        let (each, rest) = (whole / n as u64, (whole % n as u64) as usize);
        (0..n)
            .map(|i| part((each + u64::from(i < rest)) as f64))
            .collect()
    } else {
        let each = (total.value / n as f64 * 100.0).round() / 100.0;
        vec![part(each); n]
    }
}

/// Whether an RHK of a plan in this state may be shared out: only what the supervisor has
/// sent or had approved is firm enough to build the team's plans on.
pub fn plan_shareable(status: PlanStatus) -> bool {
    matches!(status, PlanStatus::Submitted | PlanStatus::Approved)
}

/// Whether **Bagi peran** is offered on an RHK of one's own plan: a plan that may be
/// shared out, and someone in the roster to share it with.
pub fn may_share_out(status: PlanStatus, bawahan: i64) -> bool {
    plan_shareable(status) && bawahan > 0
}

/// One line of a per-person target list that is not a target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetsError {
    /// Not as many lines as people.
    Count { expected: usize, got: usize },
    /// Line `line` (from 1) is not a target.
    Line {
        line: usize,
        error: super::quantity::QuantityError,
    },
    /// The one target (a total, or the same for everyone) is not a target.
    Target(super::quantity::QuantityError),
}

/// Each person's target from what the supervisor typed for `split`: a total split evenly,
/// one target for all, or one line per person.
pub fn targets(split: Split, typed: &str, people: usize) -> Result<Vec<Quantity>, TargetsError> {
    match split {
        Split::PerPerson => read_targets(typed, people),
        Split::Even | Split::Same => {
            let target = Quantity::parse(typed).map_err(TargetsError::Target)?;
            Ok(match split {
                Split::Even => split_evenly(&target, people),
                _ => vec![target; people],
            })
        }
    }
}

/// The per-person targets typed one per line, in the order of the list.
pub fn read_targets(typed: &str, people: usize) -> Result<Vec<Quantity>, TargetsError> {
    let lines: Vec<&str> = typed
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() != people {
        return Err(TargetsError::Count {
            expected: people,
            got: lines.len(),
        });
    }
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| Quantity::parse(l).map_err(|error| TargetsError::Line { line: i + 1, error }))
        .collect()
}

/// Where an RHK of a working copy came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OriginSource {
    /// A supervisor's proposal (its id).
    Proposal,
    /// A template for the position (its id).
    Template,
}

impl OriginSource {
    pub fn code(self) -> &'static str {
        match self {
            OriginSource::Proposal => "proposal",
            OriginSource::Template => "template",
        }
    }

    pub fn from_code(code: &str) -> Option<OriginSource> {
        [OriginSource::Proposal, OriginSource::Template]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

/// An RHK as it was proposed, and from where.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub source: OriginSource,
    pub rhk: Rhk,
}

/// How a sent plan stands against what was proposed for it.
#[derive(Debug, Clone, PartialEq)]
pub enum AgainstProposal {
    /// Nothing of it was proposed (written by hand).
    NotProposed,
    /// Exactly what was proposed.
    Matches,
    /// What differs, as the approval's change list shows it.
    Differs(Vec<Change>),
}

impl AgainstProposal {
    pub fn matches(&self) -> bool {
        matches!(self, AgainstProposal::Matches)
    }
}

/// `sent` against the RHK proposed for it (`origins`, in the order they were added). A
/// template knows no supervisor, so the link its RHK were given afterwards is not a
/// difference; a proposal's link is part of the proposal.
pub fn against_proposal(origins: &[Origin], sent: &PlanContent) -> AgainstProposal {
    if origins.is_empty() {
        return AgainstProposal::NotProposed;
    }
    let proposed = PlanContent {
        rhk: origins
            .iter()
            .map(|o| {
                let mut rhk = o.rhk.clone();
                if o.source == OriginSource::Template {
                    rhk.parent = sent
                        .rhk
                        .iter()
                        .find(|s| s.id == rhk.id)
                        .and_then(|s| s.parent.clone());
                }
                rhk
            })
            .collect(),
    };
    let changes = diff(&proposed, sent);
    if changes.is_empty() {
        AgainstProposal::Matches
    } else {
        AgainstProposal::Differs(changes)
    }
}

/// How one person carries a part of a supervisor's RHK, in the matrix.
#[derive(Debug, Clone, PartialEq)]
pub enum Carrying {
    /// Proposed, not answered yet.
    Waiting,
    /// Accepted as proposed.
    Accepted,
    /// Accepted with another target (the one shown).
    Changed,
    /// Declined, with the person's note.
    Declined(String),
    /// Linked to the supervisor's RHK by the person, without a proposal.
    Linked,
}

/// One person's part of a supervisor's RHK.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixEntry {
    /// The supervisor's RHK it belongs to.
    pub parent_rhk_id: i64,
    pub nip: String,
    pub nama: String,
    /// The person's RHK (their role).
    pub role: String,
    pub kind: Option<ShareKind>,
    pub indicator: Option<String>,
    /// The target in force: the proposal's, the person's own when they changed it.
    pub target: Option<Quantity>,
    pub carrying: Carrying,
}

/// One RHK of the supervisor with who carries which part of it.
#[derive(Debug, Clone, PartialEq)]
pub struct MatrixRow {
    pub parent_rhk_id: i64,
    pub parent_text: String,
    /// False for an RHK the supervisor's plan no longer has (shared before it was dropped).
    pub in_plan: bool,
    pub entries: Vec<MatrixEntry>,
}

impl MatrixRow {
    /// How many still have to answer.
    pub fn waiting(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.carrying == Carrying::Waiting)
            .count()
    }
}

/// The *Matriks Pembagian Peran dan Hasil*: each RHK of the supervisor's plan (`own`, in
/// the plan's order) with its entries by name; entries of an RHK the plan no longer has
/// follow, under the text it was shared with (`dropped`).
pub fn matrix(
    own: &[(i64, String)],
    dropped: &[(i64, String)],
    mut entries: Vec<MatrixEntry>,
) -> Vec<MatrixRow> {
    entries.sort_by(|a, b| a.nama.cmp(&b.nama).then(a.nip.cmp(&b.nip)));
    let mut rows: Vec<MatrixRow> = own
        .iter()
        .map(|(id, text)| MatrixRow {
            parent_rhk_id: *id,
            parent_text: text.clone(),
            in_plan: true,
            entries: Vec::new(),
        })
        .collect();
    for e in entries {
        let row = match rows.iter().position(|r| r.parent_rhk_id == e.parent_rhk_id) {
            Some(i) => &mut rows[i],
            None => {
                let text = dropped
                    .iter()
                    .find(|(id, _)| *id == e.parent_rhk_id)
                    .map(|(_, t)| t.clone())
                    .unwrap_or_default();
                rows.push(MatrixRow {
                    parent_rhk_id: e.parent_rhk_id,
                    parent_text: text,
                    in_plan: false,
                    entries: Vec::new(),
                });
                rows.last_mut().expect("just pushed")
            }
        };
        row.entries.push(e);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Arah, Aspek, Indikator, Jenis};

    fn q(raw: &str) -> Quantity {
        Quantity::parse(raw).unwrap()
    }

    #[test]
    fn a_whole_total_splits_into_whole_parts_that_add_up() {
        let parts = split_evenly(&q("1.200 orang"), 4);
        assert_eq!(parts, vec![q("300 orang"); 4]);
        let parts = split_evenly(&q("1.000 orang"), 3);
        let values: Vec<f64> = parts.iter().map(|p| p.value).collect();
        assert_eq!(values, [334.0, 333.0, 333.0]);
        assert_eq!(split_evenly(&q("10 dokumen"), 0), Vec::<Quantity>::new());
        let parts = split_evenly(&q("2,5 %"), 2);
        assert_eq!(parts[0].value, 1.25);
        let parts = split_evenly(&q("1.200 orang"), 30);
        assert_eq!(parts.iter().map(|p| p.value).sum::<f64>(), 1200.0);
    }

    #[test]
    fn per_person_targets_need_a_target_on_every_line() {
        assert_eq!(
            read_targets("300 orang\n\n250 orang\n", 2),
            Ok(vec![q("300 orang"), q("250 orang")])
        );
        assert_eq!(
            read_targets("300 orang", 2),
            Err(TargetsError::Count {
                expected: 2,
                got: 1
            })
        );
        assert!(matches!(
            read_targets("300 orang\nbanyak", 2),
            Err(TargetsError::Line { line: 2, .. })
        ));
    }

    #[test]
    fn targets_follow_the_split_chosen() {
        assert_eq!(
            targets(Split::Even, "1.200 orang", 30),
            Ok(vec![q("40 orang"); 30])
        );
        assert_eq!(
            targets(Split::Same, "5 dokumen", 2),
            Ok(vec![q("5 dokumen"); 2])
        );
        assert!(matches!(
            targets(Split::Same, "banyak", 2),
            Err(TargetsError::Target(_))
        ));
        assert_eq!(
            targets(Split::PerPerson, "1 laporan\n2 laporan", 2),
            Ok(vec![q("1 laporan"), q("2 laporan")])
        );
    }

    #[test]
    fn only_a_sent_or_approved_plan_with_a_team_is_shared_out() {
        let cases = [
            (PlanStatus::Draft, 3, false),
            (PlanStatus::Returned, 3, false),
            (PlanStatus::Submitted, 3, true),
            (PlanStatus::Approved, 3, true),
            (PlanStatus::Approved, 0, false),
        ];
        for (status, bawahan, offered) in cases {
            assert_eq!(
                may_share_out(status, bawahan),
                offered,
                "{status:?} {bawahan}"
            );
        }
    }

    fn rhk(id: i64, target: &str, parent: Option<i64>) -> Rhk {
        Rhk {
            id,
            jenis: Jenis::Utama,
            text: format!("RHK {id}"),
            parent: parent.map(|p| (p, Some("Atasan".to_string()))),
            indikator: vec![Indikator {
                id: id * 10,
                text: "Indikator".into(),
                target: q(target),
                aspek: Aspek::Kuantitas,
                arah: Arah::LebihTinggiLebihBaik,
            }],
        }
    }

    #[test]
    fn a_plan_matches_only_what_was_proposed_exactly() {
        let origins = vec![Origin {
            source: OriginSource::Proposal,
            rhk: rhk(1, "300 orang", Some(9)),
        }];
        let sent = PlanContent {
            rhk: vec![rhk(1, "300 orang", Some(9))],
        };
        assert!(against_proposal(&origins, &sent).matches());
        let changed = PlanContent {
            rhk: vec![rhk(1, "250 orang", Some(9))],
        };
        assert!(matches!(
            against_proposal(&origins, &changed),
            AgainstProposal::Differs(c) if c.len() == 1
        ));
        let more = PlanContent {
            rhk: vec![rhk(1, "300 orang", Some(9)), rhk(2, "5 dokumen", None)],
        };
        assert!(!against_proposal(&origins, &more).matches());
        let fewer = PlanContent { rhk: vec![] };
        assert!(!against_proposal(&origins, &fewer).matches());
        assert_eq!(against_proposal(&[], &sent), AgainstProposal::NotProposed);
    }

    fn entry(parent: i64, nama: &str, carrying: Carrying) -> MatrixEntry {
        MatrixEntry {
            parent_rhk_id: parent,
            nip: nama.into(),
            nama: nama.into(),
            role: "Peran".into(),
            kind: Some(ShareKind::Direct),
            indicator: None,
            target: None,
            carrying,
        }
    }

    #[test]
    fn the_matrix_follows_the_plan_and_keeps_parts_of_a_dropped_rhk() {
        let own = vec![(1, "A".to_string()), (2, "B".to_string())];
        let rows = matrix(
            &own,
            &[(9, "Lama".to_string())],
            vec![
                entry(1, "Siti", Carrying::Waiting),
                entry(1, "Budi", Carrying::Accepted),
                entry(9, "Rina", Carrying::Accepted),
            ],
        );
        assert_eq!(rows.len(), 3);
        let names: Vec<&str> = rows[0].entries.iter().map(|e| e.nama.as_str()).collect();
        assert_eq!(names, ["Budi", "Siti"]);
        assert_eq!(rows[0].waiting(), 1);
        assert!(rows[1].entries.is_empty() && rows[1].in_plan);
        assert_eq!(
            (rows[2].parent_text.as_str(), rows[2].in_plan),
            ("Lama", false)
        );
    }

    #[test]
    fn a_template_rhk_may_be_linked_afterwards() {
        let origins = vec![Origin {
            source: OriginSource::Template,
            rhk: rhk(1, "300 orang", None),
        }];
        let linked = PlanContent {
            rhk: vec![rhk(1, "300 orang", Some(9))],
        };
        assert!(against_proposal(&origins, &linked).matches());
        let proposal = vec![Origin {
            source: OriginSource::Proposal,
            rhk: rhk(1, "300 orang", Some(8)),
        }];
        assert!(!against_proposal(&proposal, &linked).matches());
    }
}
