//! HR's announcements: their kinds, who they go to, and how a delivery attempt's answer
//! from Telegram is read (sent, wait as told, try again later, or give up on that chat).
//! Pure rules: the outbox lives in the store and the sending loop in `sender`.

use std::time::Duration;

/// What an announcement is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Info,
    Pelatihan,
    Aturan,
    /// A question on a rule change and its answer, published by HR to the same people.
    Faq,
}

impl Kind {
    pub fn code(self) -> &'static str {
        match self {
            Kind::Info => "info",
            Kind::Pelatihan => "pelatihan",
            Kind::Aturan => "aturan",
            Kind::Faq => "faq",
        }
    }

    /// Reads the stored code back.
    pub fn from_code(code: &str) -> Option<Kind> {
        [Kind::Info, Kind::Pelatihan, Kind::Aturan, Kind::Faq]
            .into_iter()
            .find(|k| k.code() == code)
    }

    pub fn parse(raw: &str) -> Result<Kind, AudienceError> {
        match raw.trim().to_lowercase().as_str() {
            "info" => Ok(Kind::Info),
            "pelatihan" => Ok(Kind::Pelatihan),
            "aturan" | "perubahan-aturan" => Ok(Kind::Aturan),
            _ => Err(AudienceError::Kind(raw.to_string())),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Info => "Info",
            Kind::Pelatihan => "Pelatihan",
            Kind::Aturan => "Perubahan Aturan",
            Kind::Faq => "Tanya-Jawab",
        }
    }
}

/// A photo or document sent with an announcement: Telegram's own file, by its `file_id`
/// (HR sent it to the bot, so Telegram already holds it and nothing is uploaded again).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Attachment {
    pub kind: AttachmentKind,
    pub file_id: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum AttachmentKind {
    Photo,
    Document,
}

impl AttachmentKind {
    pub fn code(self) -> &'static str {
        match self {
            AttachmentKind::Photo => "photo",
            AttachmentKind::Document => "document",
        }
    }

    pub fn from_code(code: &str) -> Option<AttachmentKind> {
        match code {
            "photo" => Some(AttachmentKind::Photo),
            "document" => Some(AttachmentKind::Document),
            _ => None,
        }
    }
}

/// The longest caption Telegram puts under a photo or document.
pub const MAX_CAPTION: usize = 1024;

/// Who an announcement goes to (among registered, active people).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    Everyone,
    /// One or more units (unit_kerja as in the roster).
    Units(Vec<String>),
    /// Everyone who supervises someone.
    Supervisors,
    /// People without a submitted (or approved) plan for the year.
    NoSubmittedPlan(i64),
}

/// Why an audience or kind was not understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AudienceError {
    #[error(
        "sasaran {0:?} tidak dikenal: gunakan semua, atasan, tanpa-rencana:TAHUN, atau unit:NAMA UNIT[;NAMA UNIT]"
    )]
    Audience(String),
    #[error("jenis {0:?} tidak dikenal: gunakan info, pelatihan atau aturan")]
    Kind(String),
}

impl Audience {
    /// Reads `semua`, `atasan`, `tanpa-rencana:2027`, `unit:Dinas Kesehatan;Dinas Pendidikan`.
    pub fn parse(raw: &str) -> Result<Audience, AudienceError> {
        let raw = raw.trim();
        let err = || AudienceError::Audience(raw.to_string());
        match raw.split_once(':') {
            None => match raw.to_lowercase().as_str() {
                "semua" => Ok(Audience::Everyone),
                "atasan" => Ok(Audience::Supervisors),
                _ => Err(err()),
            },
            Some((kind, rest)) => match kind.trim().to_lowercase().as_str() {
                "unit" => {
                    let units: Vec<String> = rest
                        .split(';')
                        .map(|u| u.split_whitespace().collect::<Vec<_>>().join(" "))
                        .filter(|u| !u.is_empty())
                        .collect();
                    if units.is_empty() {
                        Err(err())
                    } else {
                        Ok(Audience::Units(units))
                    }
                }
                "tanpa-rencana" => rest
                    .trim()
                    .parse()
                    .map(Audience::NoSubmittedPlan)
                    .map_err(|_| err()),
                _ => Err(err()),
            },
        }
    }

    /// The stored form; [`Audience::parse`] reads it back.
    pub fn encode(&self) -> String {
        match self {
            Audience::Everyone => "semua".into(),
            Audience::Supervisors => "atasan".into(),
            Audience::NoSubmittedPlan(year) => format!("tanpa-rencana:{year}"),
            Audience::Units(units) => format!("unit:{}", units.join(";")),
        }
    }
}

/// The longest announcement text: the heading and Telegram's 4096 must still fit.
pub const MAX_TEXT: usize = 3900;

/// Why an announcement text cannot be sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("teks pengumuman kosong")]
    Empty,
    #[error("teks pengumuman {0} huruf; paling banyak {MAX_TEXT}")]
    TooLong(usize),
}

/// An announcement's text must be non-empty and fit one message.
pub fn check_text(text: &str) -> Result<(), TextError> {
    let len = text.trim().chars().count();
    if len == 0 {
        Err(TextError::Empty)
    } else if len > MAX_TEXT {
        Err(TextError::TooLong(len))
    } else {
        Ok(())
    }
}

/// How one delivery attempt ended, as far as the outbox is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    Sent,
    /// 429: wait exactly as long as Telegram says, then try again.
    RetryAfter(Duration),
    /// Network trouble or a 5xx: try again with backoff.
    Transient(String),
    /// The person blocked the bot, deleted their account, or the chat is gone.
    Unreachable(String),
    /// Telegram refused the message itself; sending it again would not help.
    Rejected(String),
}

/// After this many transient failures a recipient is marked failed.
pub const MAX_ATTEMPTS: i64 = 8;

/// Exponential backoff for transient failures: 2 s, 4 s, … capped at 5 minutes.
pub fn backoff(attempts: i64) -> Duration {
    let exp = attempts.clamp(1, 12) as u32;
    Duration::from_secs(2u64.saturating_pow(exp).min(300))
}

/// Reads an API error description (and status) into an [`Attempt`].
pub fn classify(status: Option<u16>, description: &str) -> Attempt {
    let d = description.to_lowercase();
    if status == Some(403)
        || d.contains("bot was blocked")
        || d.contains("user is deactivated")
        || d.contains("chat not found")
        || d.contains("bot was kicked")
    {
        Attempt::Unreachable(description.to_string())
    } else if status.is_some_and(|s| s >= 500) {
        Attempt::Transient(description.to_string())
    } else {
        Attempt::Rejected(description.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_way_to_name_an_audience_round_trips() {
        let cases = [
            ("semua", Audience::Everyone),
            ("ATASAN", Audience::Supervisors),
            ("tanpa-rencana:2027", Audience::NoSubmittedPlan(2027)),
            (
                "unit:Dinas Kesehatan; Dinas  Pendidikan",
                Audience::Units(vec!["Dinas Kesehatan".into(), "Dinas Pendidikan".into()]),
            ),
        ];
        for (raw, want) in cases {
            let got = Audience::parse(raw).unwrap();
            assert_eq!(got, want, "{raw}");
            assert_eq!(Audience::parse(&got.encode()).unwrap(), want);
        }
        for bad in ["", "unit:", "tanpa-rencana:x", "pegawai", "x:y"] {
            assert!(Audience::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn telegrams_answers_are_read_into_what_to_do_next() {
        assert!(matches!(
            classify(Some(403), "Forbidden: bot was blocked by the user"),
            Attempt::Unreachable(_)
        ));
        assert!(matches!(
            classify(Some(400), "Bad Request: chat not found"),
            Attempt::Unreachable(_)
        ));
        assert!(matches!(
            classify(Some(502), "Bad Gateway"),
            Attempt::Transient(_)
        ));
        assert!(matches!(
            classify(Some(400), "Bad Request: message is too long"),
            Attempt::Rejected(_)
        ));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        assert_eq!(backoff(1), Duration::from_secs(2));
        assert_eq!(backoff(3), Duration::from_secs(8));
        assert_eq!(backoff(20), Duration::from_secs(300));
    }
}
