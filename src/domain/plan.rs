//! The yearly plan (*SKP*, Sasaran Kinerja Pegawai): intended results (*RHK*, Rencana Hasil
//! Kerja), each Utama or Tambahan, each with indicators that carry a target, an aspect and
//! whether higher or lower is better. A staff RHK may *intervene* (derive from) one of the
//! supervisor's approved RHK.
//!
//! This module holds the rules — who may decide a plan, which states allow editing, how a
//! submitted version differs from the one last seen — and no I/O.

use serde::{Deserialize, Serialize};

use super::person::Person;
use super::quantity::Quantity;

/// Utama (main) or Tambahan (additional) result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Jenis {
    Utama,
    Tambahan,
}

/// What an indicator measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Aspek {
    Kuantitas,
    Kualitas,
    Waktu,
    Biaya,
}

/// Whether reaching more than the target is better (most) or less (time, cost).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Arah {
    LebihTinggiLebihBaik,
    LebihRendahLebihBaik,
}

impl Jenis {
    pub const ALL: [Jenis; 2] = [Jenis::Utama, Jenis::Tambahan];

    pub fn label(self) -> &'static str {
        match self {
            Jenis::Utama => "Utama",
            Jenis::Tambahan => "Tambahan",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Jenis::Utama => "u",
            Jenis::Tambahan => "t",
        }
    }

    pub fn from_code(code: &str) -> Option<Jenis> {
        Jenis::ALL.into_iter().find(|j| j.code() == code)
    }
}

impl Aspek {
    pub const ALL: [Aspek; 4] = [
        Aspek::Kuantitas,
        Aspek::Kualitas,
        Aspek::Waktu,
        Aspek::Biaya,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Aspek::Kuantitas => "Kuantitas",
            Aspek::Kualitas => "Kualitas",
            Aspek::Waktu => "Waktu",
            Aspek::Biaya => "Biaya",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Aspek::Kuantitas => "k",
            Aspek::Kualitas => "q",
            Aspek::Waktu => "w",
            Aspek::Biaya => "b",
        }
    }

    pub fn from_code(code: &str) -> Option<Aspek> {
        Aspek::ALL.into_iter().find(|a| a.code() == code)
    }

    /// Time and cost are usually better when lower.
    pub fn usual_arah(self) -> Arah {
        match self {
            Aspek::Waktu | Aspek::Biaya => Arah::LebihRendahLebihBaik,
            Aspek::Kuantitas | Aspek::Kualitas => Arah::LebihTinggiLebihBaik,
        }
    }
}

impl Arah {
    pub const ALL: [Arah; 2] = [Arah::LebihTinggiLebihBaik, Arah::LebihRendahLebihBaik];

    pub fn label(self) -> &'static str {
        match self {
            Arah::LebihTinggiLebihBaik => "Makin tinggi makin baik",
            Arah::LebihRendahLebihBaik => "Makin rendah makin baik",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Arah::LebihTinggiLebihBaik => "h",
            Arah::LebihRendahLebihBaik => "l",
        }
    }

    pub fn from_code(code: &str) -> Option<Arah> {
        Arah::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// The seven BerAKHLAK core values, for the supervisor's *ekspektasi khusus*.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NilaiBerakhlak {
    BerorientasiPelayanan,
    Akuntabel,
    Kompeten,
    Harmonis,
    Loyal,
    Adaptif,
    Kolaboratif,
}

impl NilaiBerakhlak {
    pub const ALL: [NilaiBerakhlak; 7] = [
        NilaiBerakhlak::BerorientasiPelayanan,
        NilaiBerakhlak::Akuntabel,
        NilaiBerakhlak::Kompeten,
        NilaiBerakhlak::Harmonis,
        NilaiBerakhlak::Loyal,
        NilaiBerakhlak::Adaptif,
        NilaiBerakhlak::Kolaboratif,
    ];

    pub fn label(self) -> &'static str {
        match self {
            NilaiBerakhlak::BerorientasiPelayanan => "Berorientasi Pelayanan",
            NilaiBerakhlak::Akuntabel => "Akuntabel",
            NilaiBerakhlak::Kompeten => "Kompeten",
            NilaiBerakhlak::Harmonis => "Harmonis",
            NilaiBerakhlak::Loyal => "Loyal",
            NilaiBerakhlak::Adaptif => "Adaptif",
            NilaiBerakhlak::Kolaboratif => "Kolaboratif",
        }
    }

    /// 1–7, the value's place in the list: its code in buttons and in the database.
    pub fn number(self) -> u8 {
        NilaiBerakhlak::ALL
            .iter()
            .position(|n| *n == self)
            .unwrap_or(0) as u8
            + 1
    }

    pub fn from_number(n: u8) -> Option<NilaiBerakhlak> {
        NilaiBerakhlak::ALL
            .get(usize::from(n).checked_sub(1)?)
            .copied()
    }
}

/// Where a plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanStatus {
    /// Being written (or, after an approval, a change being prepared).
    Draft,
    /// Sent; waiting for the supervisor (or HR at the top of the tree).
    Submitted,
    /// Sent back with a note; to be revised and sent again.
    Returned,
    /// Approved and locked.
    Approved,
}

impl PlanStatus {
    pub fn code(self) -> &'static str {
        match self {
            PlanStatus::Draft => "draft",
            PlanStatus::Submitted => "submitted",
            PlanStatus::Returned => "returned",
            PlanStatus::Approved => "approved",
        }
    }

    pub fn from_code(code: &str) -> Option<PlanStatus> {
        [
            PlanStatus::Draft,
            PlanStatus::Submitted,
            PlanStatus::Returned,
            PlanStatus::Approved,
        ]
        .into_iter()
        .find(|s| s.code() == code)
    }

    /// Only a draft or a returned plan can be edited; a waiting or approved one is locked.
    pub fn editable(self) -> Result<(), PlanError> {
        match self {
            PlanStatus::Draft | PlanStatus::Returned => Ok(()),
            PlanStatus::Submitted => Err(PlanError::Waiting),
            PlanStatus::Approved => Err(PlanError::Locked),
        }
    }

    /// Only a waiting plan can be taken back; once decided it stays decided.
    pub fn withdrawable(self) -> Result<(), PlanError> {
        match self {
            PlanStatus::Submitted => Ok(()),
            PlanStatus::Draft | PlanStatus::Returned | PlanStatus::Approved => {
                Err(PlanError::AlreadyDecided)
            }
        }
    }

    /// Only an approved plan can be opened for a change; the approved version stays in
    /// force until the change is approved.
    pub fn changeable(self) -> bool {
        self == PlanStatus::Approved
    }

    /// What its owner may do with the plan as a whole in this state.
    pub fn owner_action(self) -> OwnerAction {
        match self {
            PlanStatus::Draft | PlanStatus::Returned => OwnerAction::Write,
            PlanStatus::Approved => OwnerAction::AskChange,
            PlanStatus::Submitted => OwnerAction::Withdraw,
        }
    }
}

/// What the owner of a plan may do with it as a whole (see [`PlanStatus::owner_action`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OwnerAction {
    /// Add RHK and send it.
    Write,
    /// Open the approved plan for a change.
    AskChange,
    /// Take back the version waiting for the supervisor.
    Withdraw,
}

/// Whether a plan has a Rencana SKP to print: once it has an RHK, or a version was sent.
pub fn printable(content: &PlanContent, version: i64) -> bool {
    !content.rhk.is_empty() || version > 0
}

/// The supervisor's RHK a staff RHK intervenes, from a button: none (`0`), or one of the
/// supervisor's approved RHK on `offer`; `None` for any other (a stale or forged button).
pub fn parent_from_button(chosen: i64, offer: &[i64]) -> Option<Option<i64>> {
    match chosen {
        0 => Some(None),
        id if offer.contains(&id) => Some(Some(id)),
        _ => None,
    }
}

/// What a new RHK asks next (see [`after_new_rhk`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NewRhkNext {
    /// Which of the supervisor's approved RHK it intervenes.
    Parent,
    /// Its first indicator; `parent_not_ready` when it has a supervisor whose plan has no
    /// approved RHK to intervene yet.
    Indicator { parent_not_ready: bool },
}

/// What a new RHK asks next: the supervisor's RHK it intervenes while it has none and
/// `offered` (approved RHK of the supervisor) are there to choose, else its first
/// indicator.
pub fn after_new_rhk(linked: bool, has_supervisor: bool, offered: usize) -> NewRhkNext {
    if !linked && offered > 0 {
        NewRhkNext::Parent
    } else {
        NewRhkNext::Indicator {
            parent_not_ready: has_supervisor && !linked,
        }
    }
}

/// Why a plan operation was refused; the message is for the person who tried.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("Rencana sedang menunggu persetujuan atasan dan tidak dapat diubah sekarang.")]
    Waiting,
    #[error(
        "Rencana sudah disetujui dan terkunci. Untuk mengubahnya, pilih Ajukan perubahan; versi yang disetujui tetap berlaku sampai perubahan disetujui."
    )]
    Locked,
    #[error(
        "Rencana masih kosong: tambahkan minimal satu RHK Utama dengan indikatornya sebelum dikirim."
    )]
    Empty,
    #[error("RHK \"{0}\" belum punya indikator. Tambahkan indikatornya atau hapus RHK itu.")]
    RhkWithoutIndicator(String),
    #[error("Rencana harus punya minimal satu RHK Utama.")]
    NoUtama,
    #[error("Rencana ini bukan milik Anda.")]
    NotYours,
    #[error("Tidak ada perubahan sejak versi yang disetujui.")]
    NothingChanged,
    #[error(
        "Atasan sudah memutuskan rencana ini, jadi tidak bisa ditarik kembali lagi. Buka /rencana."
    )]
    AlreadyDecided,
}

/// Why a supervisor's decision was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecisionError {
    #[error("Anda bukan atasan langsung pemilik rencana ini.")]
    NotYourSubordinate,
    #[error("Rencana ini sudah disetujui.")]
    AlreadyApproved,
    #[error("Rencana ini sudah dikembalikan ke pegawai.")]
    AlreadyReturned,
    #[error("Rencana ini tidak sedang menunggu persetujuan.")]
    NotWaiting,
    #[error(
        "Tombol ini untuk versi lama; pegawai sudah mengirim versi yang lebih baru. Buka /persetujuan."
    )]
    StaleVersion,
    #[error("Catatan pengembalian wajib diisi.")]
    NoteRequired,
    #[error(
        "Pegawai sudah menarik kembali rencana ini untuk diperbaiki; tunggu kiriman berikutnya."
    )]
    Withdrawn,
}

/// Only the owner touches their own plan's working copy.
pub fn check_owner(plan_nip: &str, presser_nip: &str) -> Result<(), PlanError> {
    if plan_nip == presser_nip {
        Ok(())
    } else {
        Err(PlanError::NotYours)
    }
}

/// Who decides `owner`'s plan: the direct supervisor, or HR when the owner has none.
pub fn may_decide(presser: &Person, owner: &Person) -> Result<(), DecisionError> {
    match &owner.nip_atasan {
        Some(atasan) if *atasan == presser.nip => Ok(()),
        None if presser.is_admin && presser.nip != owner.nip => Ok(()),
        _ => Err(DecisionError::NotYourSubordinate),
    }
}

/// Whether the version on a button may still be decided, given the plan's state now.
pub fn check_decidable(
    status: PlanStatus,
    current_version: i64,
    button_version: i64,
) -> Result<(), DecisionError> {
    if button_version != current_version {
        return Err(DecisionError::StaleVersion);
    }
    match status {
        PlanStatus::Submitted => Ok(()),
        PlanStatus::Approved => Err(DecisionError::AlreadyApproved),
        PlanStatus::Returned => Err(DecisionError::AlreadyReturned),
        PlanStatus::Draft => Err(DecisionError::NotWaiting),
    }
}

/// Why the version on a button cannot be decided: `refusal` from [`check_decidable`], unless
/// the owner took that very version back (`withdrawn`), which the supervisor is told as such.
pub fn undecidable(
    refusal: DecisionError,
    withdrawn: bool,
    current_version: i64,
    button_version: i64,
) -> DecisionError {
    if withdrawn && current_version == button_version {
        DecisionError::Withdrawn
    } else {
        refusal
    }
}

/// One indicator as submitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indikator {
    pub id: i64,
    pub text: String,
    pub target: Quantity,
    pub aspek: Aspek,
    pub arah: Arah,
}

/// One RHK as submitted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rhk {
    pub id: i64,
    pub jenis: Jenis,
    pub text: String,
    /// The supervisor's RHK this one intervenes, with its text as it was then; no text
    /// when that RHK has been deleted since (the reader's language says so). Snapshots
    /// written before kept a text in its place, which reads back as it is.
    pub parent: Option<(i64, Option<String>)>,
    pub indikator: Vec<Indikator>,
}

/// A plan's content: what a version snapshot holds (serde JSON in the database).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlanContent {
    pub rhk: Vec<Rhk>,
}

impl PlanContent {
    /// Whether the content may be sent: at least one Utama RHK, and no RHK without an
    /// indicator.
    pub fn check_complete(&self) -> Result<(), PlanError> {
        if self.rhk.is_empty() {
            return Err(PlanError::Empty);
        }
        if let Some(r) = self.rhk.iter().find(|r| r.indikator.is_empty()) {
            return Err(PlanError::RhkWithoutIndicator(r.text.clone()));
        }
        if !self.rhk.iter().any(|r| r.jenis == Jenis::Utama) {
            return Err(PlanError::NoUtama);
        }
        Ok(())
    }
}

/// One line of what changed between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Added(String),
    Removed(String),
    Changed {
        what: String,
        from: String,
        to: String,
    },
}

fn describe_indikator(i: &Indikator) -> String {
    format!("{} — target {} ({})", i.text, i.target, i.aspek.label())
}

/// What the plan's change list says for an intervened RHK that has been deleted (the
/// change list is Indonesian, like the rest of it; a person reads the others keyed).
const PARENT_DELETED: &str = "(RHK atasan sudah dihapus)";

/// What changed from `old` to `new`, RHK by RHK and indicator by indicator (matched by id,
/// so an edit reads as a change, not a removal and an addition).
pub fn diff(old: &PlanContent, new: &PlanContent) -> Vec<Change> {
    let mut changes = Vec::new();
    for r in &old.rhk {
        if !new.rhk.iter().any(|n| n.id == r.id) {
            changes.push(Change::Removed(format!("RHK: {}", r.text)));
        }
    }
    for n in &new.rhk {
        let Some(o) = old.rhk.iter().find(|o| o.id == n.id) else {
            changes.push(Change::Added(format!(
                "RHK ({}): {}",
                n.jenis.label(),
                n.text
            )));
            for i in &n.indikator {
                changes.push(Change::Added(format!(
                    "Indikator: {}",
                    describe_indikator(i)
                )));
            }
            continue;
        };
        if o.text != n.text {
            changes.push(Change::Changed {
                what: "RHK".into(),
                from: o.text.clone(),
                to: n.text.clone(),
            });
        }
        if o.jenis != n.jenis {
            changes.push(Change::Changed {
                what: format!("Jenis RHK \"{}\"", n.text),
                from: o.jenis.label().into(),
                to: n.jenis.label().into(),
            });
        }
        if o.parent.as_ref().map(|p| p.0) != n.parent.as_ref().map(|p| p.0) {
            let show = |p: &Option<(i64, Option<String>)>| match p {
                Some((_, Some(text))) => text.clone(),
                Some((_, None)) => PARENT_DELETED.into(),
                None => "—".into(),
            };
            changes.push(Change::Changed {
                what: format!("Intervensi RHK \"{}\"", n.text),
                from: show(&o.parent),
                to: show(&n.parent),
            });
        }
        for i in &o.indikator {
            if !n.indikator.iter().any(|x| x.id == i.id) {
                changes.push(Change::Removed(format!(
                    "Indikator: {}",
                    describe_indikator(i)
                )));
            }
        }
        for i in &n.indikator {
            match o.indikator.iter().find(|x| x.id == i.id) {
                None => changes.push(Change::Added(format!(
                    "Indikator: {}",
                    describe_indikator(i)
                ))),
                Some(x) if x != i => changes.push(Change::Changed {
                    what: "Indikator".into(),
                    from: describe_indikator(x),
                    to: describe_indikator(i),
                }),
                Some(_) => {}
            }
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_snapshot_keeps_reading_the_parent_text_it_was_written_with() {
        // Before, the store wrote the deleted parent's placeholder text into the snapshot;
        // now it writes no text and the reader's language says it.
        let old = r#"{"rhk":[{"id":1,"jenis":"Utama","text":"A","parent":[5,"(RHK atasan sudah dihapus)"],"indikator":[]}]}"#;
        let content: PlanContent = serde_json::from_str(old).unwrap();
        assert_eq!(
            content.rhk[0].parent,
            Some((5, Some("(RHK atasan sudah dihapus)".to_string())))
        );
        let mut deleted = content.clone();
        deleted.rhk[0].parent = Some((5, None));
        let json = serde_json::to_string(&deleted).unwrap();
        assert!(json.contains(r#""parent":[5,null]"#), "{json}");
        assert_eq!(serde_json::from_str::<PlanContent>(&json).unwrap(), deleted);
    }

    fn person(nip: &str, atasan: Option<&str>, admin: bool) -> Person {
        Person {
            nip: nip.into(),
            nama: nip.into(),
            jabatan: "-".into(),
            unit_kerja: "-".into(),
            nip_atasan: atasan.map(String::from),
            nama_atasan: None,
            telepon: None,
            is_admin: admin,
            bawahan: 0,
            pangkat_golongan: None,
        }
    }

    fn indikator(id: i64, text: &str, target: &str) -> Indikator {
        Indikator {
            id,
            text: text.into(),
            target: Quantity::parse(target).unwrap(),
            aspek: Aspek::Kuantitas,
            arah: Arah::LebihTinggiLebihBaik,
        }
    }

    fn rhk(id: i64, text: &str, indikator: Vec<Indikator>) -> Rhk {
        Rhk {
            id,
            jenis: Jenis::Utama,
            text: text.into(),
            parent: None,
            indikator,
        }
    }

    #[test]
    fn only_the_direct_supervisor_or_hr_at_the_top_decides() {
        let boss = person("B", None, false);
        let hr = person("H", None, true);
        let staff = person("S", Some("B"), false);
        let top = person("T", None, false);
        assert_eq!(may_decide(&boss, &staff), Ok(()));
        assert_eq!(
            may_decide(&hr, &staff),
            Err(DecisionError::NotYourSubordinate)
        );
        assert_eq!(
            may_decide(&staff, &staff),
            Err(DecisionError::NotYourSubordinate)
        );
        assert_eq!(may_decide(&hr, &top), Ok(()));
        assert_eq!(
            may_decide(&boss, &top),
            Err(DecisionError::NotYourSubordinate)
        );
        assert_eq!(may_decide(&hr, &hr), Err(DecisionError::NotYourSubordinate));
    }

    #[test]
    fn only_the_waiting_version_on_the_button_can_be_decided() {
        use PlanStatus::*;
        let cases = [
            (Submitted, 2, 2, Ok(())),
            (Submitted, 3, 2, Err(DecisionError::StaleVersion)),
            (Approved, 2, 2, Err(DecisionError::AlreadyApproved)),
            (Returned, 2, 2, Err(DecisionError::AlreadyReturned)),
            (Draft, 2, 2, Err(DecisionError::NotWaiting)),
        ];
        for (status, current, button, want) in cases {
            assert_eq!(
                check_decidable(status, current, button),
                want,
                "{status:?} {current} {button}"
            );
        }
    }

    #[test]
    fn only_drafts_and_returned_plans_are_editable() {
        assert!(PlanStatus::Draft.editable().is_ok());
        assert!(PlanStatus::Returned.editable().is_ok());
        assert_eq!(PlanStatus::Submitted.editable(), Err(PlanError::Waiting));
        assert_eq!(PlanStatus::Approved.editable(), Err(PlanError::Locked));
    }

    #[test]
    fn only_a_waiting_plan_is_withdrawn_and_only_an_approved_one_changed() {
        use OwnerAction::*;
        let table = [
            (PlanStatus::Draft, Write, false, false),
            (PlanStatus::Returned, Write, false, false),
            (PlanStatus::Submitted, Withdraw, true, false),
            (PlanStatus::Approved, AskChange, false, true),
        ];
        for (status, action, withdrawable, changeable) in table {
            assert_eq!(status.owner_action(), action, "{status:?}");
            assert_eq!(status.withdrawable().is_ok(), withdrawable, "{status:?}");
            assert_eq!(status.changeable(), changeable, "{status:?}");
        }
        assert_eq!(
            PlanStatus::Approved.withdrawable(),
            Err(PlanError::AlreadyDecided)
        );
    }

    #[test]
    fn a_plan_is_printable_once_it_has_an_rhk_or_was_sent() {
        let empty = PlanContent::default();
        let written = PlanContent {
            rhk: vec![rhk(1, "Layanan", vec![])],
        };
        assert!(!printable(&empty, 0));
        assert!(printable(&empty, 1));
        assert!(printable(&written, 0));
    }

    #[test]
    fn a_parent_comes_from_the_supervisors_approved_rhk_or_none() {
        assert_eq!(parent_from_button(0, &[]), Some(None));
        assert_eq!(parent_from_button(7, &[5, 7]), Some(Some(7)));
        assert_eq!(parent_from_button(9, &[5, 7]), None);
        assert_eq!(parent_from_button(9, &[]), None);
    }

    #[test]
    fn a_new_rhk_asks_for_its_parent_only_while_there_is_one_to_choose() {
        use NewRhkNext::*;
        let table = [
            // linked, has a supervisor, offered
            (false, true, 2, Parent),
            (
                true,
                true,
                2,
                Indicator {
                    parent_not_ready: false,
                },
            ),
            (
                false,
                true,
                0,
                Indicator {
                    parent_not_ready: true,
                },
            ),
            (
                false,
                false,
                0,
                Indicator {
                    parent_not_ready: false,
                },
            ),
        ];
        for (linked, supervisor, offered, next) in table {
            assert_eq!(after_new_rhk(linked, supervisor, offered), next);
        }
    }

    #[test]
    fn a_version_taken_back_reads_as_withdrawn() {
        let refusal = DecisionError::NotWaiting;
        assert_eq!(
            undecidable(refusal.clone(), true, 2, 2),
            DecisionError::Withdrawn
        );
        assert_eq!(undecidable(refusal.clone(), false, 2, 2), refusal);
        assert_eq!(
            undecidable(DecisionError::StaleVersion, true, 3, 2),
            DecisionError::StaleVersion
        );
    }

    #[test]
    fn a_plan_is_complete_with_an_utama_rhk_whose_indicators_exist() {
        assert_eq!(
            PlanContent::default().check_complete(),
            Err(PlanError::Empty)
        );
        let bare = PlanContent {
            rhk: vec![rhk(1, "Layanan", vec![])],
        };
        assert!(matches!(
            bare.check_complete(),
            Err(PlanError::RhkWithoutIndicator(_))
        ));
        let mut only_tambahan = PlanContent {
            rhk: vec![rhk(1, "A", vec![indikator(1, "x", "1 orang")])],
        };
        only_tambahan.rhk[0].jenis = Jenis::Tambahan;
        assert_eq!(only_tambahan.check_complete(), Err(PlanError::NoUtama));
        let good = PlanContent {
            rhk: vec![rhk(1, "A", vec![indikator(1, "x", "1 orang")])],
        };
        assert_eq!(good.check_complete(), Ok(()));
    }

    #[test]
    fn the_diff_names_added_removed_and_changed_lines() {
        let old = PlanContent {
            rhk: vec![
                rhk(
                    1,
                    "Imunisasi",
                    vec![indikator(10, "Anak diimunisasi", "1.200 orang")],
                ),
                rhk(2, "Penyuluhan", vec![indikator(20, "Sesi", "12 kali")]),
            ],
        };
        let mut new = old.clone();
        new.rhk.remove(1);
        new.rhk[0].indikator[0].target = Quantity::parse("1.500 orang").unwrap();
        new.rhk[0].indikator.push(indikator(11, "Cakupan", "95 %"));
        new.rhk.push(rhk(
            3,
            "Posyandu",
            vec![indikator(30, "Posyandu aktif", "20 unit")],
        ));

        let changes = diff(&old, &new);

        assert!(
            changes.contains(&Change::Removed("RHK: Penyuluhan".into())),
            "{changes:?}"
        );
        assert!(changes.iter().any(|c| matches!(c, Change::Changed { from, to, .. } if from.contains("1.200 orang") && to.contains("1.500 orang"))));
        assert!(changes.contains(&Change::Added(
            "Indikator: Cakupan — target 95 % (Kuantitas)".into()
        )));
        assert!(changes.contains(&Change::Added("RHK (Utama): Posyandu".into())));
        assert_eq!(changes.len(), 5, "{changes:?}");
        assert!(diff(&new, &new).is_empty());
    }

    #[test]
    fn the_berakhlak_values_round_trip_through_their_numbers() {
        for v in NilaiBerakhlak::ALL {
            assert_eq!(NilaiBerakhlak::from_number(v.number()), Some(v));
        }
        assert_eq!(NilaiBerakhlak::from_number(0), None);
        assert_eq!(NilaiBerakhlak::from_number(8), None);
    }
}
