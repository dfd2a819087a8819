//! `GET /bukti/<kind>/<id>?exp=<unix>&sig=<hex>`: the evidence links of the exports
//! ([`crate::domain::evidence`]), served by the HTTP server of `kinerja run --listen` when a
//! public URL is configured, on every instance (the key is shared in the database).
//!
//! A link is checked before anything is read: a signature that does not fit is 403, a
//! genuine link past its expiry 410 (a short page in Indonesian, what a reviewer who opens
//! an old export sees), a row that no longer exists or has no file 404. Then the file is
//! asked from Telegram (`getFile`, through the bot's client) and its bytes are passed on as
//! they arrive from the Bot API's file URL: nothing is written to disk. What Telegram
//! refuses is 502 with a plain message; Telegram gives bots files up to 20 MB only, and a
//! larger one is said to be so.

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use futures::StreamExt;
use teloxide::net::Download;
use teloxide::prelude::Requester;

use crate::bot::TgBot;
use crate::domain::evidence::{EvidenceKind, LinkRefusal, LinkSigner, verify};
use crate::domain::lang::Lang;
use crate::i18n;
use crate::store::Store;
use crate::store::evaluations::StoredFile;

/// The route's path, for the router.
pub const PATH: &str = "/bukti/{kind}/{id}";

/// What the evidence route needs: the database (the rows and their file ids), the signer's
/// key and the bot's client.
#[derive(Clone)]
pub struct EvidenceRoute {
    pub store: Store,
    pub signer: LinkSigner,
    pub bot: TgBot,
}

/// The query of a link.
#[derive(Debug, serde::Deserialize)]
pub struct LinkQuery {
    exp: Option<i64>,
    sig: Option<String>,
}

/// Serves one evidence link.
pub async fn serve(
    State(route): State<EvidenceRoute>,
    Path((kind, id)): Path<(String, String)>,
    Query(query): Query<LinkQuery>,
) -> Response {
    let (Some(kind), Ok(id)) = (EvidenceKind::from_segment(&kind), id.parse::<i64>()) else {
        return page(StatusCode::NOT_FOUND, i18n::evidence_link_missing(Lang::Id));
    };
    let (Some(exp), Some(sig)) = (query.exp, query.sig) else {
        return page(StatusCode::FORBIDDEN, i18n::evidence_link_forged(Lang::Id));
    };
    let now = chrono::Utc::now().timestamp();
    match verify(route.signer.key(), kind, id, exp, &sig, now) {
        Ok(()) => {}
        Err(LinkRefusal::Forged) => {
            tracing::warn!(
                kind = kind.segment(),
                id,
                "an evidence link with a wrong signature was refused"
            );
            return page(StatusCode::FORBIDDEN, i18n::evidence_link_forged(Lang::Id));
        }
        Err(LinkRefusal::Expired) => {
            return page(StatusCode::GONE, i18n::evidence_link_expired(Lang::Id));
        }
    }
    let file = match kind {
        EvidenceKind::Daily => route.store.daily_file(id).await,
        EvidenceKind::Realisation => route.store.evidence_file(id).await,
    };
    let file = match file {
        Ok(Some(file)) => file,
        Ok(None) => return page(StatusCode::NOT_FOUND, i18n::evidence_link_missing(Lang::Id)),
        Err(e) => {
            tracing::error!(error = %e, "cannot read an evidence row");
            return page(
                StatusCode::SERVICE_UNAVAILABLE,
                i18n::evidence_link_unavailable(Lang::Id),
            );
        }
    };
    fetch(&route.bot, kind, id, &file).await
}

/// Asks Telegram for the file and passes its bytes on as they come.
async fn fetch(bot: &TgBot, kind: EvidenceKind, id: i64, stored: &StoredFile) -> Response {
    let file = match bot
        .call(
            bot.api()
                .get_file(teloxide::types::FileId(stored.file_id.clone())),
        )
        .await
    {
        Ok(file) => file,
        Err(e) => {
            let too_big = e.to_string().to_lowercase().contains("file is too big");
            tracing::warn!(error = %e, kind = kind.segment(), id, "getFile failed for an evidence link");
            let text = if too_big {
                i18n::evidence_link_too_big(Lang::Id)
            } else {
                i18n::evidence_link_telegram(Lang::Id)
            };
            return plain(StatusCode::BAD_GATEWAY, text);
        }
    };
    let mut stream = bot.api().download_file_stream(&file.path);
    // The first chunk decides the status: a download refused at once is still a 502.
    let first = match stream.next().await {
        Some(Err(e)) => {
            tracing::warn!(error = %e, kind = kind.segment(), id, "the Bot API did not give an evidence file");
            return plain(
                StatusCode::BAD_GATEWAY,
                i18n::evidence_link_telegram(Lang::Id),
            );
        }
        first => first,
    };
    let body = Body::from_stream(futures::stream::iter(first).chain(stream));
    let name = file_name(kind, id, stored, &file.path);
    let mut response = (StatusCode::OK, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(content_type(&name)),
    );
    if let Ok(value) = HeaderValue::from_str(&content_disposition(&name)) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    // A document someone sent is not our page: never run as one, never guessed at.
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("sandbox"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("private"));
    response
}

/// The name the file is saved under: a document's own name, else `bukti-<kind>-<id>` with
/// the extension of Telegram's path (photos are `.jpg`).
pub fn file_name(kind: EvidenceKind, id: i64, stored: &StoredFile, path: &str) -> String {
    if let Some(name) = stored.file_name.as_deref().filter(|n| !n.trim().is_empty()) {
        return name.to_string();
    }
    let ext = path
        .rsplit('/')
        .next()
        .and_then(|last| last.rsplit_once('.'))
        .map(|(_, e)| e)
        .filter(|e| !e.is_empty() && e.len() <= 8 && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or(if stored.kind == "photo" { "jpg" } else { "bin" });
    format!("bukti-{}-{id}.{ext}", kind.segment())
}

/// The content type by the name's extension; `application/octet-stream` for anything else
/// (an HTML file is downloaded, not shown).
pub fn content_type(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "pdf" => "application/pdf",
        "txt" => "text/plain; charset=utf-8",
        "csv" => "text/csv; charset=utf-8",
        "doc" => "application/msword",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xls" => "application/vnd.ms-excel",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "ppt" => "application/vnd.ms-powerpoint",
        "pptx" => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "zip" => "application/zip",
        "mp4" => "video/mp4",
        _ => "application/octet-stream",
    }
}

/// `inline` with the name: a plain ASCII fallback and the name itself (RFC 6266, 5987).
pub fn content_disposition(name: &str) -> String {
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"!#$&+-.^_`|~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("inline; filename=\"{fallback}\"; filename*=UTF-8''{encoded}")
}

/// A short HTML page in Indonesian (the reader is whoever opened an export's link).
fn page(status: StatusCode, text: String) -> Response {
    let text = crate::bot::messages::esc(&text);
    let body = format!(
        "<!doctype html>\n<html lang=\"id\"><head><meta charset=\"utf-8\"><title>Kinerja</title></head>\
         <body><p>{text}</p></body></html>\n"
    );
    (status, Html(body)).into_response()
}

/// A plain-text answer.
fn plain(status: StatusCode, text: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        format!("{text}\n"),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stored(kind: &str, name: Option<&str>) -> StoredFile {
        StoredFile {
            kind: kind.into(),
            file_id: "f".into(),
            file_name: name.map(str::to_string),
        }
    }

    #[test]
    fn a_file_is_named_by_its_document_name_or_its_row() {
        let daily = EvidenceKind::Daily;
        assert_eq!(
            file_name(
                daily,
                3,
                &stored("document", Some("Laporan Mei.pdf")),
                "documents/file_9.pdf"
            ),
            "Laporan Mei.pdf"
        );
        assert_eq!(
            file_name(daily, 3, &stored("photo", None), "photos/file_2.jpg"),
            "bukti-harian-3.jpg"
        );
        assert_eq!(
            file_name(
                EvidenceKind::Realisation,
                8,
                &stored("document", None),
                "documents/file_4.docx"
            ),
            "bukti-realisasi-8.docx"
        );
        assert_eq!(
            file_name(daily, 3, &stored("photo", None), "photos/file_2"),
            "bukti-harian-3.jpg"
        );
    }

    #[test]
    fn the_content_type_follows_the_extension_and_html_is_not_shown() {
        assert_eq!(content_type("a.JPG"), "image/jpeg");
        assert_eq!(content_type("laporan.pdf"), "application/pdf");
        assert_eq!(content_type("x.html"), "application/octet-stream");
        assert_eq!(content_type("tanpa-titik"), "application/octet-stream");
    }

    #[test]
    fn the_disposition_carries_the_name_safely() {
        assert_eq!(
            content_disposition("Laporan Mei.pdf"),
            "inline; filename=\"Laporan Mei.pdf\"; filename*=UTF-8''Laporan%20Mei.pdf"
        );
        let tricky = content_disposition("a\"b\r\nc é.pdf");
        assert!(!tricky.contains('\r') && !tricky.contains('\n'), "{tricky}");
        assert!(
            tricky.starts_with("inline; filename=\"a_b__c _.pdf\""),
            "{tricky}"
        );
        assert!(tricky.ends_with("a%22b%0D%0Ac%20%C3%A9.pdf"), "{tricky}");
        assert!(HeaderValue::from_str(&tricky).is_ok());
    }
}
