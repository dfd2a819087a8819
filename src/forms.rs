//! The official forms of one person, put together from the store and typeset by
//! [`crate::document`], each issued under a verification code. The code is derived from
//! the hash of what the form shows, and stored: the same content is the same document
//! (an approved plan's PDF is the same every time it is asked for), a change is a new one
//! that replaces the old.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Asia::Jakarta;
use sha2::{Digest, Sha256};
use tokio::sync::OnceCell;

use crate::document::{
    self, DokumenEvaluasi, EvaluasiKinerja, Identity, IndicatorRow, Penilaian, PerilakuRow,
    RencanaSkp, RhkRow, Verification,
};
use crate::domain::plan::{NilaiBerakhlak, PlanContent};
use crate::domain::quantity::format_number;
use crate::store::Store;
use crate::store::documents::{DocumentRow, FormPerson};
use crate::store::evaluations::EvaluationRow;
use crate::store::plans::PlanRow;

/// The kinds of form, as stored.
pub const RENCANA: &str = "rencana";

/// A form ready to send: its file name, its code, its bytes, and the lines it had to leave
/// empty because the roster lacks them (so that the reader can report it).
#[derive(Debug, Clone)]
pub struct Issued {
    pub file_name: String,
    pub code: String,
    pub pdf: Vec<u8>,
    pub missing: Vec<Missing>,
}

/// A line of a form left empty for want of roster data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// The Pegawai yang Dinilai has no pangkat/golongan.
    PangkatPegawai,
    /// Nobody is the Pejabat Penilai Kinerja (no supervisor in the roster).
    PejabatPenilai,
    /// The Pejabat Penilai has no pangkat/golongan.
    PangkatPejabat,
    /// Nobody is the Atasan Pejabat Penilai (annual document only).
    AtasanPejabat,
    /// The Atasan Pejabat Penilai has no pangkat/golongan.
    PangkatAtasan,
}

/// What the roster leaves empty in the blocks of the Pegawai, the Pejabat Penilai and (for
/// the annual document, `atasan` `Some`) the Atasan Pejabat Penilai.
fn missing_lines(
    pegawai: &Identity,
    pejabat: Option<&Identity>,
    atasan: Option<Option<&Identity>>,
) -> Vec<Missing> {
    let mut missing = Vec::new();
    let no_pangkat = |p: &Identity| {
        p.pangkat_golongan
            .as_deref()
            .is_none_or(|g| g.trim().is_empty())
    };
    if no_pangkat(pegawai) {
        missing.push(Missing::PangkatPegawai);
    }
    match pejabat {
        None => missing.push(Missing::PejabatPenilai),
        Some(p) if no_pangkat(p) => missing.push(Missing::PangkatPejabat),
        Some(_) => {}
    }
    match atasan {
        Some(None) => missing.push(Missing::AtasanPejabat),
        Some(Some(p)) if no_pangkat(p) => missing.push(Missing::PangkatAtasan),
        _ => {}
    }
    missing
}

/// The bot's @username for the verification links, asked from the Bot API once.
static BOT_USERNAME: OnceCell<String> = OnceCell::const_new();

/// Remembers the bot's @username (asked by the caller from the Bot API).
pub async fn bot_username<F, Fut>(ask: F) -> anyhow::Result<String>
where
    F: FnOnce() -> Fut,
    Fut: Future<Output = anyhow::Result<String>>,
{
    BOT_USERNAME.get_or_try_init(ask).await.cloned()
}

/// The deep link that checks a document: `/start v_<code>`.
pub fn verification_link(bot_username: &str, code: &str) -> String {
    format!("https://t.me/{bot_username}?start=v_{code}")
}

/// A short code from a content hash: ten characters, letters and digits people can read
/// out (no 0/O, 1/I/L).
fn code_of(hash: &[u8]) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    hash.iter()
        .take(10)
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// Whether `code` has the shape of a code (so that garbage is not looked up).
pub fn looks_like_code(code: &str) -> bool {
    code.len() == 10 && code.bytes().all(|b| b.is_ascii_alphanumeric())
}

fn identity(p: &FormPerson) -> Identity {
    Identity {
        nama: p.nama.clone(),
        nip: p.nip.clone(),
        pangkat_golongan: p.pangkat_golongan.clone(),
        jabatan: p.jabatan.clone(),
        unit_kerja: p.unit_kerja.clone(),
    }
}

fn rhk_rows(content: &PlanContent) -> Vec<RhkRow> {
    content
        .rhk
        .iter()
        .map(|r| RhkRow {
            jenis: r.jenis,
            // The official form is Indonesian whatever the reader's language.
            parent: r.parent.as_ref().map(|(_, text)| {
                text.clone()
                    .unwrap_or_else(|| "(RHK atasan sudah dihapus)".into())
            }),
            text: r.text.clone(),
            indicators: r
                .indikator
                .iter()
                .map(|i| IndicatorRow {
                    aspek: i.aspek,
                    text: i.text.clone(),
                    target: i.target.to_string(),
                    realisasi: None,
                    umpan_balik: None,
                })
                .collect(),
        })
        .collect()
}

fn perilaku_rows(expectations: &[(NilaiBerakhlak, String)]) -> Vec<PerilakuRow> {
    NilaiBerakhlak::ALL
        .into_iter()
        .map(|nilai| PerilakuRow {
            nilai,
            ekspektasi_khusus: expectations
                .iter()
                .find(|(n, _)| *n == nilai)
                .map(|(_, text)| text.clone())
                .unwrap_or_default(),
            umpan_balik: None,
        })
        .collect()
}

fn date_wib(unix_seconds: i64) -> Option<NaiveDate> {
    DateTime::from_timestamp(unix_seconds, 0).map(|t| t.with_timezone(&Jakarta).date_naive())
}

/// The Rencana SKP of a plan: `version` 0 is the working copy (a draft); a version that
/// was approved carries its approval date, any other is a draft.
pub async fn rencana(
    store: &Store,
    plan: &PlanRow,
    version: i64,
    bot_username: &str,
) -> anyhow::Result<Option<Issued>> {
    let Some(owner) = store.form_person(&plan.nip).await? else {
        return Ok(None);
    };
    let (content, approved_on, expectations) = if version == 0 {
        (store.working_content(plan.id).await?, None, Vec::new())
    } else {
        let Some(v) = store.plan_version(plan.id, version).await? else {
            return Ok(None);
        };
        let approved = (v.decision.as_deref() == Some("approved"))
            .then_some(v.decided_at)
            .flatten()
            .and_then(date_wib);
        let expectations = store.expectations(plan.id, version).await?;
        (v.content, approved, expectations)
    };
    let pejabat = match &owner.nip_atasan {
        Some(nip) => store.form_person(nip).await?.as_ref().map(identity),
        None => None,
    };
    let mut form = RencanaSkp {
        year: plan.year,
        unit: owner.unit_kerja.clone(),
        pegawai: identity(&owner),
        pejabat,
        rhk: rhk_rows(&content),
        perilaku: perilaku_rows(&expectations),
        approved_on,
        matriks: store.matrix_of(&plan.nip, plan.year).await?,
        verification: None,
    };
    // Only parts actually shared: a plan whose RHK nobody carries has no matrix page.
    if form.matriks.iter().all(|r| r.entries.is_empty()) {
        form.matriks.clear();
    }
    let subject = plan.year.to_string();
    let code = issue(
        store,
        (RENCANA, &plan.nip, &subject, version),
        &mut form,
        |f, v| f.verification = Some(v),
        bot_username,
    )
    .await?;
    let pdf = document::render_rencana(&form)?;
    let state = if approved_on.is_some() {
        "disetujui"
    } else {
        "draf"
    };
    let label = if version == 0 {
        "draf".to_string()
    } else {
        format!("v{version}-{state}")
    };
    Ok(Some(Issued {
        file_name: format!("Rencana-SKP-{}-{}-{}.pdf", plan.year, plan.nip, label),
        code,
        pdf,
        missing: missing_lines(&form.pegawai, form.pejabat.as_ref(), None),
    }))
}

/// The kinds of form for evaluations, as stored.
pub const EVALUASI: &str = "evaluasi";
pub const DOKUMEN_EVALUASI: &str = "dokumen-evaluasi";

/// Issues a form: its code from the hash of what it shows (`form` without its
/// verification, as `Debug` prints it), stored, then the form typeset with the code.
async fn issue<F: std::fmt::Debug>(
    store: &Store,
    (kind, nip, subject, version): (&str, &str, &str, i64),
    form: &mut F,
    set: impl FnOnce(&mut F, Verification),
    bot_username: &str,
) -> anyhow::Result<String> {
    let hash = hex::encode(Sha256::digest(format!("{kind}|{version}|{form:?}")));
    let code = code_of(&Sha256::digest(hash.as_bytes()));
    store
        .issue_document(&code, kind, nip, (subject, version), &hash)
        .await?;
    set(
        form,
        Verification {
            link: verification_link(bot_username, &code),
            code: code.clone(),
        },
    );
    Ok(code)
}

/// The approved plan's RHK with the period's realisation per indicator.
async fn realised_rows(
    store: &Store,
    e: &EvaluationRow,
) -> anyhow::Result<(Vec<RhkRow>, Vec<PerilakuRow>)> {
    let year = e.period.year;
    let Some(plan) = store.plan_of(&e.nip, year).await? else {
        return Ok((Vec::new(), perilaku_rows(&[])));
    };
    let Some(version) = plan.approved_version else {
        return Ok((Vec::new(), perilaku_rows(&[])));
    };
    let content = store
        .plan_version(plan.id, version)
        .await?
        .map(|v| v.content)
        .unwrap_or_default();
    let realisations = store.realisations(&e.nip, e.period).await?;
    let feedback = store.indicator_feedback(&e.nip, e.period).await?;
    let mut rows = rhk_rows(&content);
    for (row, rhk) in rows.iter_mut().zip(&content.rhk) {
        for (cell, ind) in row.indicators.iter_mut().zip(&rhk.indikator) {
            let notes: Vec<&str> = feedback
                .iter()
                .filter(|(id, _)| *id == ind.id)
                .map(|(_, text)| text.as_str())
                .collect();
            cell.umpan_balik = (!notes.is_empty()).then(|| notes.join("\n"));
            cell.realisasi = realisations
                .iter()
                .find(|r| r.indicator_id == ind.id)
                .and_then(|r| {
                    let value = r.value?;
                    Some(format!(
                        "{} {} ({} bukti)",
                        format_number(value),
                        ind.target.unit,
                        r.evidence.len()
                    ))
                });
        }
    }
    let mut perilaku = perilaku_rows(&store.expectations(plan.id, version).await?);
    for row in &mut perilaku {
        row.umpan_balik = e
            .value_notes
            .iter()
            .find(|(n, _)| *n == row.nilai.number())
            .map(|(_, note)| note.clone());
    }
    Ok((rows, perilaku))
}

/// The Evaluasi Kinerja of a saved evaluation (a triwulan or the year).
pub async fn evaluasi(
    store: &Store,
    e: &EvaluationRow,
    bot_username: &str,
) -> anyhow::Result<Option<Issued>> {
    let Some(owner) = store.form_person(&e.nip).await? else {
        return Ok(None);
    };
    let pejabat = store.form_person(&e.evaluator_nip).await?;
    let (rhk, perilaku) = realised_rows(store, e).await?;
    let mut form = EvaluasiKinerja {
        period: e.period,
        unit: owner.unit_kerja.clone(),
        pegawai: identity(&owner),
        pejabat: pejabat.as_ref().map(identity),
        rhk,
        perilaku,
        penilaian: Some(Penilaian {
            hasil_kerja: e.hasil,
            perilaku_kerja: e.perilaku,
        }),
        predikat_organisasi: store
            .unit_predikat(&owner.unit_kerja, e.period.year)
            .await?,
        evaluated_on: date_wib(e.evaluated_at),
        verification: None,
    };
    let subject = e.period.key();
    let code = issue(
        store,
        (EVALUASI, &e.nip, &subject, e.id),
        &mut form,
        |f, v| f.verification = Some(v),
        bot_username,
    )
    .await?;
    Ok(Some(Issued {
        file_name: format!("Evaluasi-Kinerja-{}-{}.pdf", subject, e.nip),
        code,
        pdf: document::render_evaluasi(&form)?,
        missing: missing_lines(&form.pegawai, form.pejabat.as_ref(), None),
    }))
}

/// The annual Dokumen Evaluasi Kinerja of a saved annual evaluation. The Atasan Pejabat
/// Penilai is the evaluator's own supervisor, else the head of the unit as the roster marks
/// it (when that is someone else).
pub async fn dokumen_evaluasi(
    store: &Store,
    e: &EvaluationRow,
    bot_username: &str,
) -> anyhow::Result<Option<Issued>> {
    let Some(owner) = store.form_person(&e.nip).await? else {
        return Ok(None);
    };
    let pejabat = store.form_person(&e.evaluator_nip).await?;
    let atasan_nip = match pejabat.as_ref().and_then(|p| p.nip_atasan.clone()) {
        Some(nip) => Some(nip),
        None => store
            .unit_head(&owner.unit_kerja)
            .await?
            .filter(|head| *head != e.evaluator_nip && *head != e.nip),
    };
    let atasan = match atasan_nip {
        Some(nip) => store.form_person(&nip).await?,
        None => None,
    };
    let mut form = DokumenEvaluasi {
        year: e.period.year,
        unit: owner.unit_kerja.clone(),
        pegawai: identity(&owner),
        pejabat: pejabat.as_ref().map(identity),
        atasan_pejabat: atasan.as_ref().map(identity),
        predikat_organisasi: store
            .unit_predikat(&owner.unit_kerja, e.period.year)
            .await?,
        penilaian: Some(Penilaian {
            hasil_kerja: e.hasil,
            perilaku_kerja: e.perilaku,
        }),
        catatan: e.feedback.clone(),
        signed_on: date_wib(e.evaluated_at),
        verification: None,
    };
    let subject = e.period.year.to_string();
    let code = issue(
        store,
        (DOKUMEN_EVALUASI, &e.nip, &subject, e.id),
        &mut form,
        |f, v| f.verification = Some(v),
        bot_username,
    )
    .await?;
    Ok(Some(Issued {
        file_name: format!("Dokumen-Evaluasi-Kinerja-{}-{}.pdf", subject, e.nip),
        code,
        pdf: document::render_dokumen_evaluasi(&form)?,
        missing: missing_lines(
            &form.pegawai,
            form.pejabat.as_ref(),
            Some(form.atasan_pejabat.as_ref()),
        ),
    }))
}

/// A genuine document, as a verification shows it to someone who may see whose it is, or
/// not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Genuine {
    pub doc: DocumentRow,
    /// The person's name, when the asker may see it.
    pub owner: Option<String>,
    pub standing: Standing,
}

/// Whether a genuine document still says what the record says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Nothing newer: the document is current.
    Current,
    /// A newer document of the same kind, person and subject was issued.
    ReplacedBy(DocumentRow),
    /// The plan has a later version than the one printed (submitted, perhaps approved),
    /// though nobody has printed it yet.
    NewerPlanVersion { version: i64, approved: bool },
    /// A draft whose plan has been edited since it was printed.
    DraftChanged,
    /// The evaluation was changed, or reopened for a new one, after it was printed (or is
    /// gone).
    EvaluationChanged { reopened: bool },
}

/// Where a document stands against the record now: a newer document first, else the state
/// of its plan or evaluation.
async fn standing(store: &Store, doc: &DocumentRow) -> anyhow::Result<Standing> {
    if let Some(newer) = store.replacement_of(doc).await? {
        return Ok(Standing::ReplacedBy(newer));
    }
    match doc.kind.as_str() {
        RENCANA => {
            let Ok(year) = doc.subject.parse::<i64>() else {
                return Ok(Standing::Current);
            };
            let Some(plan) = store.plan_of(&doc.nip, year).await? else {
                return Ok(Standing::Current);
            };
            if plan.version > doc.version {
                return Ok(Standing::NewerPlanVersion {
                    version: plan.version,
                    approved: plan.approved_version == Some(plan.version),
                });
            }
            if doc.version == 0 && plan.updated_at > doc.issued_at {
                return Ok(Standing::DraftChanged);
            }
            Ok(Standing::Current)
        }
        _ => match store.evaluation_by_id(doc.version).await? {
            None => Ok(Standing::EvaluationChanged { reopened: false }),
            Some(e) if e.reopened => Ok(Standing::EvaluationChanged { reopened: true }),
            Some(e) if e.evaluated_at > doc.issued_at => {
                Ok(Standing::EvaluationChanged { reopened: false })
            }
            Some(_) => Ok(Standing::Current),
        },
    }
}

/// Checks a code for a registered person (`None`: no document was issued under it): the
/// document's details go only to its owner, their supervisors up the chain and HR.
pub async fn verify(
    store: &Store,
    code: &str,
    asker_nip: &str,
    asker_is_admin: bool,
) -> anyhow::Result<Option<Genuine>> {
    let code = code.trim().to_uppercase();
    if !looks_like_code(&code) {
        return Ok(None);
    }
    let Some(doc) = store.document(&code).await? else {
        return Ok(None);
    };
    let standing = standing(store, &doc).await?;
    let may_see = asker_is_admin || in_chain(store, &doc.nip, asker_nip).await?;
    let owner = match may_see {
        true => store.form_person(&doc.nip).await?.map(|p| p.nama),
        false => None,
    };
    Ok(Some(Genuine {
        doc,
        owner,
        standing,
    }))
}

/// Whether `asker` is `nip` or one of their supervisors, up the tree.
async fn in_chain(store: &Store, nip: &str, asker: &str) -> anyhow::Result<bool> {
    let mut current = Some(nip.to_string());
    for _ in 0..32 {
        let Some(at) = current else { return Ok(false) };
        if at == asker {
            return Ok(true);
        }
        current = store.form_person(&at).await?.and_then(|p| p.nip_atasan);
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_ten_readable_characters() {
        let code = code_of(&Sha256::digest(b"x"));
        assert!(looks_like_code(&code), "{code}");
        assert!(!code.contains(['0', 'O', '1', 'I', 'L']));
        assert!(!looks_like_code("abc"));
        assert!(!looks_like_code("ABCDEFGH<>"));
    }
}
