//! The rules for binding a Telegram account to a NIP. Only two channels prove who someone
//! is: sharing one's own contact whose phone is in the roster, or a one-time invitation
//! code from HR. Typing a NIP proves nothing and is never a way in.

/// Why a registration was refused. The message is for the person in the chat.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RegistrationError {
    #[error(
        "Kontak yang dikirim bukan kontak Anda sendiri. Tekan tombol \"Bagikan nomor telepon saya\" di bawah, jangan meneruskan kontak orang lain."
    )]
    NotOwnContact,
    #[error(
        "Nomor telepon Anda tidak ada di data kepegawaian BKD. Minta kode undangan ke admin BKD, atau minta BKD memperbarui nomor Anda."
    )]
    UnknownPhone,
    #[error("Kode undangan tidak dikenal. Periksa tautan atau QR dari BKD, atau minta kode baru.")]
    UnknownCode,
    #[error(
        "Kode undangan ini sudah dipakai. Setiap kode hanya berlaku sekali; minta kode baru ke BKD."
    )]
    CodeUsed,
    #[error("Kode undangan ini sudah kedaluwarsa. Minta kode baru ke admin BKD.")]
    CodeExpired,
    #[error(
        "NIP ini sudah terhubung dengan akun Telegram lain. Jika ponsel Anda hilang atau berganti, minta admin BKD melepas akun lama."
    )]
    NipAlreadyBound,
    #[error("Akun Telegram ini sudah terdaftar sebagai pegawai lain (NIP {0}).")]
    AccountBoundElsewhere(String),
    #[error("Akun Telegram ini sudah terhubung dengan NIP tersebut.")]
    AlreadyYours,
    #[error("Data Anda di BKD berstatus tidak aktif. Hubungi admin BKD.")]
    Inactive,
}

/// A shared contact proves identity only when it is the sender's own: Telegram's contact
/// button fills `user_id` with the sender; a forwarded contact carries someone else's id
/// or none at all.
pub fn verify_own_contact(
    sender_id: u64,
    contact_user_id: Option<u64>,
) -> Result<(), RegistrationError> {
    match contact_user_id {
        Some(id) if id == sender_id => Ok(()),
        _ => Err(RegistrationError::NotOwnContact),
    }
}

/// The state of an invitation code when someone presents it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CodeState {
    pub expires_at: i64,
    pub used: bool,
    pub revoked: bool,
}

/// Whether a found code may still be redeemed at `now`. A revoked code (replaced by a newer
/// one for the same person) reads as used: the printout it came from is void.
pub fn check_code(state: CodeState, now: i64) -> Result<(), RegistrationError> {
    if state.used || state.revoked {
        Err(RegistrationError::CodeUsed)
    } else if now >= state.expires_at {
        Err(RegistrationError::CodeExpired)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_ones_own_contact_proves_identity() {
        assert_eq!(verify_own_contact(42, Some(42)), Ok(()));
        assert_eq!(
            verify_own_contact(42, Some(7)),
            Err(RegistrationError::NotOwnContact)
        );
        assert_eq!(
            verify_own_contact(42, None),
            Err(RegistrationError::NotOwnContact)
        );
    }

    #[test]
    fn a_code_is_good_once_and_until_it_expires() {
        let fresh = CodeState {
            expires_at: 100,
            used: false,
            revoked: false,
        };
        let cases = [
            (fresh, 99, Ok(())),
            (fresh, 100, Err(RegistrationError::CodeExpired)),
            (
                CodeState {
                    used: true,
                    ..fresh
                },
                50,
                Err(RegistrationError::CodeUsed),
            ),
            (
                CodeState {
                    revoked: true,
                    ..fresh
                },
                50,
                Err(RegistrationError::CodeUsed),
            ),
        ];
        for (state, now, want) in cases {
            assert_eq!(check_code(state, now), want, "{state:?} at {now}");
        }
    }
}
