//! One-time invitation codes that HR prints (as a `t.me` deep link and a QR code) so that a
//! person can bind their Telegram account without a phone number in the roster.
//!
//! A code carries 128 random bits, travels only inside the deep link, and is stored only as
//! its SHA-256 hash: whoever reads the database cannot register as anyone. It must never be
//! logged.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// How long a code stays valid unless HR says otherwise.
pub const DEFAULT_VALID_DAYS: i64 = 30;

const CODE_BYTES: usize = 16;

/// A one-time code, as it appears after `/start ` (32 lowercase hex digits).
#[derive(Clone, PartialEq, Eq)]
pub struct InviteCode(String);

/// Why a `/start` parameter is not a code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("kode undangan tidak dikenali: kode berisi 32 huruf/angka dari tautan undangan BKD")]
pub struct InviteCodeError;

impl InviteCode {
    /// A fresh random code.
    pub fn generate() -> InviteCode {
        let mut bytes = [0u8; CODE_BYTES];
        rand::rng().fill_bytes(&mut bytes);
        InviteCode(hex::encode(bytes))
    }

    /// Reads a code from a deep-link parameter; anything but 32 hex digits is refused.
    pub fn parse(raw: &str) -> Result<InviteCode, InviteCodeError> {
        let raw = raw.trim().to_ascii_lowercase();
        if raw.len() == CODE_BYTES * 2 && raw.bytes().all(|b| b.is_ascii_hexdigit()) {
            Ok(InviteCode(raw))
        } else {
            Err(InviteCodeError)
        }
    }

    /// The code itself, for the deep link only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What the database keeps: hex SHA-256 of the code.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }

    /// The deep link that opens the bot and sends `/start <code>`.
    pub fn deep_link(&self, bot_username: &str) -> String {
        format!(
            "https://t.me/{}?start={}",
            bot_username.trim_start_matches('@'),
            self.0
        )
    }
}

impl std::fmt::Debug for InviteCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("InviteCode(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_fits_a_deep_link_parameter() {
        let code = InviteCode::generate();
        // Telegram allows at most 64 characters of A-Z a-z 0-9 _ - after ?start=.
        assert!(code.expose().len() <= 64);
        assert!(code.expose().bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_eq!(InviteCode::parse(code.expose()).unwrap(), code);
    }

    #[test]
    fn two_codes_differ_and_only_the_hash_is_kept() {
        let (a, b) = (InviteCode::generate(), InviteCode::generate());
        assert_ne!(a, b);
        assert_eq!(a.hash().len(), 64);
        assert!(!a.hash().contains(a.expose()));
        assert_eq!(format!("{a:?}"), "InviteCode(***)");
    }

    #[test]
    fn anything_but_32_hex_digits_is_not_a_code() {
        for raw in [
            "",
            "abc",
            "zz112233445566778899aabbccddeeff",
            &"a".repeat(33),
        ] {
            assert!(InviteCode::parse(raw).is_err(), "{raw}");
        }
        assert!(InviteCode::parse("00112233445566778899AABBCCDDEEFF").is_ok());
    }

    #[test]
    fn the_deep_link_names_the_bot() {
        let code = InviteCode::parse("00112233445566778899aabbccddeeff").unwrap();
        assert_eq!(
            code.deep_link("@kinerja_bot"),
            "https://t.me/kinerja_bot?start=00112233445566778899aabbccddeeff"
        );
    }
}
