//! Issued official forms, by verification code, and what the forms need from the roster
//! beyond a [`Person`](crate::domain::person::Person): the pangkat/golongan and who heads a
//! unit.

use sqlx::Row;
use sqlx::any::AnyRow;

use super::{Store, StoreError, now};
use crate::domain::report::OrgPredikat;

/// One issued document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentRow {
    pub code: String,
    /// `rencana`, `evaluasi` or `dokumen-evaluasi`.
    pub kind: String,
    pub nip: String,
    /// The plan's year or the period's key.
    pub subject: String,
    /// The plan version shown (0: the working copy, a draft), or the evaluation's id.
    pub version: i64,
    pub content_hash: String,
    pub issued_at: i64,
}

/// A person as the forms name them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormPerson {
    pub nip: String,
    pub nama: String,
    pub jabatan: String,
    pub unit_kerja: String,
    pub pangkat_golongan: Option<String>,
    pub nip_atasan: Option<String>,
}

const DOCUMENT_COLUMNS: &str = "code, kind, nip, subject, version, content_hash, issued_at";

fn document_from_row(r: &AnyRow) -> Result<DocumentRow, sqlx::Error> {
    Ok(DocumentRow {
        code: r.try_get("code")?,
        kind: r.try_get("kind")?,
        nip: r.try_get("nip")?,
        subject: r.try_get("subject")?,
        version: r.try_get("version")?,
        content_hash: r.try_get("content_hash")?,
        issued_at: r.try_get("issued_at")?,
    })
}

impl Store {
    /// Records a document handed out; the same code again (the same content) keeps its
    /// first issue. Returns the stored row.
    pub async fn issue_document(
        &self,
        code: &str,
        kind: &str,
        nip: &str,
        (subject, version): (&str, i64),
        content_hash: &str,
    ) -> Result<DocumentRow, StoreError> {
        sqlx::query(
            "INSERT INTO documents (code, kind, nip, subject, version, content_hash, issued_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING",
        )
        .bind(code)
        .bind(kind)
        .bind(nip)
        .bind(subject)
        .bind(version)
        .bind(content_hash)
        .bind(now())
        .execute(self.pool())
        .await?;
        self.document(code).await?.ok_or(StoreError::NotFound)
    }

    /// The document issued under this code.
    pub async fn document(&self, code: &str) -> Result<Option<DocumentRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {DOCUMENT_COLUMNS} FROM documents WHERE code = $1"
        ))
        .bind(code)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(document_from_row).transpose()?)
    }

    /// The newest document of the same kind, person and subject issued after this one with
    /// other content and a later version (anything later replaces a draft, version 0):
    /// what replaced it.
    pub async fn replacement_of(
        &self,
        doc: &DocumentRow,
    ) -> Result<Option<DocumentRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {DOCUMENT_COLUMNS} FROM documents WHERE kind = $1 AND nip = $2 AND subject = $3 \
             AND issued_at >= $4 AND code <> $5 AND content_hash <> $6 AND (version > $7 OR $7 = 0) \
             ORDER BY issued_at DESC, code LIMIT 1"
        ))
        .bind(&doc.kind)
        .bind(&doc.nip)
        .bind(&doc.subject)
        .bind(doc.issued_at)
        .bind(&doc.code)
        .bind(&doc.content_hash)
        .bind(doc.version)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(document_from_row).transpose()?)
    }

    /// A person (active or not: a document outlives a move) as the forms name them.
    pub async fn form_person(&self, nip: &str) -> Result<Option<FormPerson>, StoreError> {
        let row = sqlx::query(
            "SELECT nip, nama, jabatan, unit_kerja, pangkat_golongan, nip_atasan FROM employees WHERE nip = $1",
        )
        .bind(nip)
        .fetch_optional(self.pool())
        .await?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some(FormPerson {
            nip: r.try_get("nip")?,
            nama: r.try_get("nama")?,
            jabatan: r.try_get("jabatan")?,
            unit_kerja: r.try_get("unit_kerja")?,
            pangkat_golongan: r.try_get("pangkat_golongan")?,
            nip_atasan: r.try_get("nip_atasan")?,
        }))
    }

    /// A unit's organisational predikat for a year, as HR set it.
    pub async fn unit_predikat(
        &self,
        unit_kerja: &str,
        year: i64,
    ) -> Result<Option<OrgPredikat>, StoreError> {
        let row =
            sqlx::query("SELECT predikat FROM unit_predikat WHERE unit_kerja = $1 AND year = $2")
                .bind(unit_kerja)
                .bind(year)
                .fetch_optional(self.pool())
                .await?;
        let code: Option<String> = row.map(|r| r.try_get("predikat")).transpose()?;
        Ok(code.as_deref().and_then(OrgPredikat::parse))
    }

    /// Everyone active (in one unit, or the whole city), by unit and name, as the forms
    /// name them.
    pub async fn form_people(&self, unit: Option<&str>) -> Result<Vec<FormPerson>, StoreError> {
        let rows = sqlx::query(
            "SELECT nip, nama, jabatan, unit_kerja, pangkat_golongan, nip_atasan FROM employees \
             WHERE active = 1 AND ($1 = '' OR unit_kerja = $1) ORDER BY unit_kerja, nama, nip",
        )
        .bind(unit.unwrap_or(""))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(FormPerson {
                    nip: r.try_get("nip")?,
                    nama: r.try_get("nama")?,
                    jabatan: r.try_get("jabatan")?,
                    unit_kerja: r.try_get("unit_kerja")?,
                    pangkat_golongan: r.try_get("pangkat_golongan")?,
                    nip_atasan: r.try_get("nip_atasan")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// The active head of a unit, as the roster marks it (the most recently updated, should
    /// two be marked).
    pub async fn unit_head(&self, unit_kerja: &str) -> Result<Option<String>, StoreError> {
        let row = sqlx::query(
            "SELECT nip FROM employees WHERE unit_kerja = $1 AND kepala_unit = 1 AND active = 1 \
             ORDER BY updated_at DESC, nip LIMIT 1",
        )
        .bind(unit_kerja)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| r.try_get("nip")).transpose()?)
    }
}
