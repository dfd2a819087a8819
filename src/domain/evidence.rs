//! Evidence as a link: the signed, expiring address under which `kinerja run --listen`
//! serves one evidence file (`GET /bukti/<kind>/<id>?exp=<unix>&sig=<hex>`), so that the
//! exports' Bukti Dukung column holds something a reviewer can open. The file itself stays
//! at Telegram and is fetched when the link is opened; the link names only the row it
//! belongs to.
//!
//! The signature is HMAC-SHA256 over the kind, the row's id and the expiry, with a random
//! key every instance reads from the database. Without the key nobody can make a link to
//! another row or move the expiry, and a link stops working at its expiry.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The first path segment of every evidence link.
pub const ROUTE_PREFIX: &str = "/bukti";

/// The length of a fresh signing key, in bytes.
pub const KEY_LEN: usize = 32;

/// How long a link works by default: 400 days. An entry of January exported that month must
/// still open at the annual assessment, which is made in the first weeks of the next year,
/// about 13 months later.
pub const DEFAULT_LIFETIME_DAYS: u32 = 400;

/// The rows an evidence link can point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvidenceKind {
    /// A daily-log entry's file (`daily_logs`).
    Daily,
    /// A realisation's evidence file (`evidence`).
    Realisation,
}

impl EvidenceKind {
    pub const ALL: [EvidenceKind; 2] = [EvidenceKind::Daily, EvidenceKind::Realisation];

    /// Its path segment: `harian` or `realisasi`.
    pub fn segment(self) -> &'static str {
        match self {
            EvidenceKind::Daily => "harian",
            EvidenceKind::Realisation => "realisasi",
        }
    }

    pub fn from_segment(segment: &str) -> Option<EvidenceKind> {
        EvidenceKind::ALL
            .into_iter()
            .find(|k| k.segment() == segment)
    }
}

/// Why a link is not honoured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRefusal {
    /// The signature does not belong to this kind, id and expiry (or is no signature).
    Forged,
    /// A genuine link whose time is over.
    Expired,
}

/// The HMAC-SHA256 of a link: over `kind/id/exp`, the separators keeping `1` + `23` apart
/// from `12` + `3`.
pub fn signature(key: &[u8], kind: EvidenceKind, id: i64, exp: i64) -> [u8; 32] {
    mac(key, kind, id, exp).finalize().into_bytes().into()
}

fn mac(key: &[u8], kind: EvidenceKind, id: i64, exp: i64) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(format!("{}/{id}/{exp}", kind.segment()).as_bytes());
    mac
}

/// Checks a link's signature (hex, as in the link) in constant time, then its expiry
/// against `now` (Unix seconds). The signature first: a forged link is refused as forged
/// whatever expiry it names.
pub fn verify(
    key: &[u8],
    kind: EvidenceKind,
    id: i64,
    exp: i64,
    sig_hex: &str,
    now: i64,
) -> Result<(), LinkRefusal> {
    let Ok(given) = hex::decode(sig_hex) else {
        return Err(LinkRefusal::Forged);
    };
    // `verify_slice` compares in constant time and refuses another length.
    mac(key, kind, id, exp)
        .verify_slice(&given)
        .map_err(|_| LinkRefusal::Forged)?;
    if now >= exp {
        return Err(LinkRefusal::Expired);
    }
    Ok(())
}

/// Makes the links of an export: the public base URL, the shared key and how long a link
/// works. Cheap to clone.
#[derive(Clone, PartialEq, Eq)]
pub struct LinkSigner {
    base: String,
    key: std::sync::Arc<[u8]>,
    lifetime_secs: i64,
}

impl std::fmt::Debug for LinkSigner {
    /// Never shows the key.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LinkSigner")
            .field("base", &self.base)
            .field("lifetime_secs", &self.lifetime_secs)
            .finish_non_exhaustive()
    }
}

impl LinkSigner {
    /// `base` is the public URL the reverse proxy answers on (its path, if any, kept: a
    /// proxy may serve Kinerja under `/kinerja`); links last `lifetime_days`.
    pub fn new(base: &url::Url, key: &[u8], lifetime_days: u32) -> LinkSigner {
        LinkSigner {
            base: base.as_str().trim_end_matches('/').to_string(),
            key: key.into(),
            lifetime_secs: i64::from(lifetime_days) * 86_400,
        }
    }

    /// The key, for checking a link when it is opened.
    pub fn key(&self) -> &[u8] {
        &self.key
    }

    /// The expiry of a link made at `now` (Unix seconds).
    pub fn expiry(&self, now: i64) -> i64 {
        now.saturating_add(self.lifetime_secs)
    }

    /// The link to a row's file, working until `exp` (Unix seconds).
    pub fn link_until(&self, kind: EvidenceKind, id: i64, exp: i64) -> String {
        let sig = hex::encode(signature(&self.key, kind, id, exp));
        format!(
            "{}{ROUTE_PREFIX}/{}/{id}?exp={exp}&sig={sig}",
            self.base,
            kind.segment()
        )
    }

    /// The link to a row's file made at `now`.
    pub fn link(&self, kind: EvidenceKind, id: i64, now: i64) -> String {
        self.link_until(kind, id, self.expiry(now))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"0123456789abcdef0123456789abcdef";
    const NOW: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

    fn signer() -> LinkSigner {
        LinkSigner::new(
            &"https://kinerja.example.go.id/".parse().unwrap(),
            KEY,
            DEFAULT_LIFETIME_DAYS,
        )
    }

    /// (kind, id, exp, sig) read back from a link, as the HTTP route does.
    fn parts(link: &str) -> (EvidenceKind, i64, i64, String) {
        let url: url::Url = link.parse().unwrap();
        let mut segments = url.path_segments().unwrap();
        assert_eq!(segments.next(), Some("bukti"));
        let kind = EvidenceKind::from_segment(segments.next().unwrap()).unwrap();
        let id = segments.next().unwrap().parse().unwrap();
        let query: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        (
            kind,
            id,
            query["exp"].parse().unwrap(),
            query["sig"].clone(),
        )
    }

    #[test]
    fn a_link_names_the_row_and_lasts_the_lifetime() {
        let link = signer().link(EvidenceKind::Daily, 42, NOW);
        let exp = NOW + 400 * 86_400;
        assert!(
            link.starts_with(&format!(
                "https://kinerja.example.go.id/bukti/harian/42?exp={exp}&sig="
            )),
            "{link}"
        );
        let (kind, id, e, sig) = parts(&link);
        assert_eq!((kind, id, e), (EvidenceKind::Daily, 42, exp));
        assert_eq!(sig.len(), 64);
        assert_eq!(verify(KEY, kind, id, e, &sig, NOW), Ok(()));
        assert_eq!(verify(KEY, kind, id, e, &sig, exp - 1), Ok(()));
    }

    #[test]
    fn a_base_with_a_path_keeps_it() {
        let signer = LinkSigner::new(&"https://pemko.example/kinerja".parse().unwrap(), KEY, 1);
        assert!(
            signer
                .link(EvidenceKind::Realisation, 7, NOW)
                .starts_with("https://pemko.example/kinerja/bukti/realisasi/7?exp="),
        );
    }

    #[test]
    fn an_expired_link_is_refused_as_expired() {
        let signer = signer();
        let (kind, id, exp, sig) = parts(&signer.link(EvidenceKind::Daily, 42, NOW));
        assert_eq!(
            verify(KEY, kind, id, exp, &sig, exp),
            Err(LinkRefusal::Expired)
        );
        assert_eq!(
            verify(KEY, kind, id, exp, &sig, exp + 86_400),
            Err(LinkRefusal::Expired)
        );
    }

    #[test]
    fn anything_changed_in_a_link_is_refused_as_forged() {
        let (kind, id, exp, sig) = parts(&signer().link(EvidenceKind::Daily, 42, NOW));
        let forged = |kind, id, exp, sig: &str| verify(KEY, kind, id, exp, sig, NOW);
        // Another row, another kind, a later expiry: the same signature does not fit.
        assert_eq!(forged(kind, 43, exp, &sig), Err(LinkRefusal::Forged));
        assert_eq!(
            forged(EvidenceKind::Realisation, id, exp, &sig),
            Err(LinkRefusal::Forged)
        );
        assert_eq!(forged(kind, id, exp + 1, &sig), Err(LinkRefusal::Forged));
        // A forged link with an expiry in the past is still forged, not expired.
        assert_eq!(
            verify(KEY, kind, 43, exp, &sig, exp + 1),
            Err(LinkRefusal::Forged)
        );
        // A signature altered, cut short, not hex, empty.
        let mut tampered = sig.clone().into_bytes();
        tampered[10] = if tampered[10] == b'0' { b'1' } else { b'0' };
        let tampered = String::from_utf8(tampered).unwrap();
        assert_eq!(forged(kind, id, exp, &tampered), Err(LinkRefusal::Forged));
        assert_eq!(forged(kind, id, exp, &sig[..32]), Err(LinkRefusal::Forged));
        assert_eq!(forged(kind, id, exp, "zz"), Err(LinkRefusal::Forged));
        assert_eq!(forged(kind, id, exp, ""), Err(LinkRefusal::Forged));
        // Another key.
        assert_eq!(
            verify(b"another key", kind, id, exp, &sig, NOW),
            Err(LinkRefusal::Forged)
        );
    }

    #[test]
    fn separators_keep_ids_and_expiries_apart() {
        assert_ne!(
            signature(KEY, EvidenceKind::Daily, 1, 23),
            signature(KEY, EvidenceKind::Daily, 12, 3)
        );
    }

    #[test]
    fn the_kinds_read_back_from_their_segments() {
        for kind in EvidenceKind::ALL {
            assert_eq!(EvidenceKind::from_segment(kind.segment()), Some(kind));
        }
        assert_eq!(EvidenceKind::from_segment("lain"), None);
    }

    #[test]
    fn the_key_never_shows_in_debug_output() {
        let shown = format!("{:?}", signer());
        assert!(!shown.contains("0123456789abcdef"), "{shown}");
    }
}
