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
    self, Identity, IndicatorRow, PerilakuRow, RencanaSkp, RhkRow, Verification,
};
use crate::domain::plan::{NilaiBerakhlak, PlanContent};
use crate::store::Store;
use crate::store::documents::{DocumentRow, FormPerson};
use crate::store::plans::PlanRow;

/// The kinds of form, as stored.
pub const RENCANA: &str = "rencana";

/// A form ready to send: its file name, its code and its bytes.
#[derive(Debug, Clone)]
pub struct Issued {
    pub file_name: String,
    pub code: String,
    pub pdf: Vec<u8>,
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
            parent: r.parent.as_ref().map(|(_, text)| text.clone()),
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
        verification: None,
    };
    let hash = hex::encode(Sha256::digest(format!("{RENCANA}|{version}|{form:?}")));
    let code = code_of(&Sha256::digest(hash.as_bytes()));
    let subject = plan.year.to_string();
    store
        .issue_document(&code, RENCANA, &plan.nip, (&subject, version), &hash)
        .await?;
    form.verification = Some(Verification {
        link: verification_link(bot_username, &code),
        code: code.clone(),
    });
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
    }))
}

/// A genuine document, as a verification shows it to someone who may see whose it is, or
/// not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Genuine {
    pub doc: DocumentRow,
    /// The person's name, when the asker may see it.
    pub owner: Option<String>,
    pub replaced_by: Option<DocumentRow>,
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
    let replaced_by = store.replacement_of(&doc).await?;
    let may_see = asker_is_admin || in_chain(store, &doc.nip, asker_nip).await?;
    let owner = match may_see {
        true => store.form_person(&doc.nip).await?.map(|p| p.nama),
        false => None,
    };
    Ok(Some(Genuine {
        doc,
        owner,
        replaced_by,
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
