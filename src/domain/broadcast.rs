//! HR's announcements: their kinds, who they go to, and how a delivery attempt's answer
//! from Telegram is read (sent, wait as told, try again later, or give up on that chat).
//! Pure rules: the outbox lives in the store and the sending loop in `sender`.

use std::time::Duration;

use super::quantity::format_number;

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

    /// Whether an announcement of this kind carries a training's details (time, place,
    /// quota, JP, deadline), asked for after the audience and required before it is sent.
    pub fn has_training_details(self) -> bool {
        self == Kind::Pelatihan
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

/// An announcement's file as it is stored: Telegram already has it (HR sent it to the bot,
/// or a first delivery uploaded it), or it waits in the database for the first delivery to
/// upload it (`kinerja announce --attach`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttachedFile {
    OnTelegram(Attachment),
    ToUpload(AttachmentKind),
}

impl AttachedFile {
    pub fn kind(&self) -> AttachmentKind {
        match self {
            AttachedFile::OnTelegram(a) => a.kind,
            AttachedFile::ToUpload(kind) => *kind,
        }
    }
}

/// Telegram's limits on what it shows, as it counts them: the visible text after entity
/// parsing, in UTF-16 code units (see [`visible_len`]).
pub const MAX_MESSAGE: usize = 4096;
pub const MAX_CAPTION: usize = 1024;

/// The largest photo Telegram takes (`sendPhoto`), and the largest file a bot may upload.
pub const MAX_PHOTO_BYTES: u64 = 10 * 1024 * 1024;
pub const MAX_UPLOAD_BYTES: u64 = 50 * 1024 * 1024;

/// A file HR attaches from the command line, read and checked: Telegram shows it as a photo
/// when it is a JPEG, PNG or WebP picture (by name and by content) within the photo limit,
/// and takes anything else up to [`MAX_UPLOAD_BYTES`] as a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileUpload {
    pub kind: AttachmentKind,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

/// Why a file cannot be attached.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    #[error("berkas {0:?} kosong")]
    Empty(String),
    #[error(
        "berkas {name:?} berukuran {} MB; Telegram menerima kiriman bot paling besar 50 MB",
        .size.div_ceil(1024 * 1024)
    )]
    TooLarge { name: String, size: u64 },
}

/// Whether a file is a photo or a document, or why it cannot go at all, from its name, its
/// size and its first bytes. A picture over the photo limit goes as a document (arriving
/// whole rather than refused); a file named like a picture whose content is not one goes
/// as a document too (Telegram would refuse it as a photo).
pub fn file_kind(name: &str, size: u64, head: &[u8]) -> Result<AttachmentKind, FileError> {
    if size == 0 {
        return Err(FileError::Empty(name.to_string()));
    }
    if size > MAX_UPLOAD_BYTES {
        return Err(FileError::TooLarge {
            name: name.to_string(),
            size,
        });
    }
    let extension = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    let named_picture = matches!(extension.as_deref(), Some("jpg" | "jpeg" | "png" | "webp"));
    let picture = head.starts_with(&[0xFF, 0xD8, 0xFF])
        || head.starts_with(b"\x89PNG\r\n\x1a\n")
        || (head.starts_with(b"RIFF") && head.get(8..12) == Some(b"WEBP".as_slice()));
    Ok(if named_picture && picture && size <= MAX_PHOTO_BYTES {
        AttachmentKind::Photo
    } else {
        AttachmentKind::Document
    })
}

impl FileUpload {
    /// Reads a file's kind from its name and content (see [`file_kind`]).
    pub fn parse(file_name: &str, bytes: Vec<u8>) -> Result<FileUpload, FileError> {
        let kind = file_kind(file_name, bytes.len() as u64, &bytes)?;
        Ok(FileUpload {
            kind,
            file_name: file_name.to_string(),
            bytes,
        })
    }
}

/// How long Telegram finds a text of Telegram-HTML: tags removed, entities read back into
/// the characters they stand for (`&amp;` is one `&`), whitespace at both ends trimmed, in
/// UTF-16 code units (an emoji outside the BMP counts two). Its 4096 and 1024 are counted
/// this way, not on the HTML sent.
pub fn visible_len(html: &str) -> usize {
    text_len(&html_text(html))
}

/// How long Telegram finds plain text (what HR typed, before it is escaped).
pub fn text_len(text: &str) -> usize {
    text.trim().encode_utf16().count()
}

/// The visible text of Telegram-HTML the bot wrote (well formed: its own tags, escaped
/// user text).
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            rest = rest.find('>').map_or("", |end| &rest[end + 1..]);
            continue;
        }
        match rest
            .find(';')
            .and_then(|end| Some((entity(&rest[1..end])?, end)))
        {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character an HTML entity (without `&` and `;`) stands for, as Telegram reads them.
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        _ => {
            let code = name.strip_prefix('#')?;
            let n = match code.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => code.parse().ok()?,
            };
            char::from_u32(n)
        }
    }
}

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

    /// Whether the HR admin who writes an announcement is among its recipients when they
    /// belong to its audience: only when HR named units (choosing one's own unit is choosing
    /// oneself too). Everyone, the supervisors or those without a plan mean the others: the
    /// author is neither a reader of what they wrote nor reminded of it.
    pub fn includes_author(&self) -> bool {
        matches!(self, Audience::Units(_))
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

/// Why an announcement text cannot be sent.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("teks pengumuman kosong")]
    Empty,
    #[error(
        "teks pengumuman {} paling banyak {} huruf (dihitung seperti Telegram: emoji dua huruf), \
         teks ini {} huruf: kurangi {} huruf",
        .kind.label(),
        format_number(*.limit as f64),
        format_number(*.len as f64),
        format_number((.len - .limit) as f64)
    )]
    TooLong {
        kind: Kind,
        len: usize,
        limit: usize,
    },
}

/// An announcement's text must be non-empty and within its kind's `limit` (counted as
/// Telegram counts, [`text_len`]): the limit is what the longest message showing it leaves.
pub fn check_text(text: &str, kind: Kind, limit: usize) -> Result<(), TextError> {
    let len = text_len(text);
    if len == 0 {
        Err(TextError::Empty)
    } else if len > limit {
        Err(TextError::TooLong { kind, len, limit })
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

/// Where a question on a rule change stands, and so what HR may do with it next: answer
/// it once, then publish the pair once as a FAQ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionStage {
    Open,
    Answered,
    Published,
}

impl QuestionStage {
    /// From what is recorded: an answer, and the FAQ it became.
    pub fn of(answered: bool, published: bool) -> QuestionStage {
        match (answered, published) {
            (false, _) => QuestionStage::Open,
            (true, false) => QuestionStage::Answered,
            (true, true) => QuestionStage::Published,
        }
    }

    /// Only a question without an answer may be answered.
    pub fn may_answer(self) -> bool {
        self == QuestionStage::Open
    }

    /// Only an answered question not yet published may become a FAQ.
    pub fn may_publish(self) -> bool {
        self == QuestionStage::Answered
    }
}

/// How many recipients of a rule change a reminder would reach (those who have not
/// acknowledged it), when there is anyone left to remind.
pub fn to_remind(recipients: i64, acknowledged: i64) -> Option<i64> {
    let waiting = recipients - acknowledged;
    (waiting > 0).then_some(waiting)
}

/// The first line of an announcement, short: how lists name it.
pub fn title(text: &str) -> String {
    let line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let mut t: String = line.trim().chars().take(60).collect();
    if line.trim().chars().count() > 60 {
        t.push('…');
    }
    t
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
    fn telegram_counts_the_visible_text_in_utf16_units() {
        let cases = [
            ("", 0),
            ("  abc \n", 3),
            ("<b>📢 Pengumuman</b>\n\nA &amp; B", 20),
            ("&lt;PermenPANRB&gt; &quot;x&quot;", 17),
            ("&#38;&#x26;", 2),
            ("a & b", 5),
            ("&nbsp", 5),
            ("é", 1),
            ("😀", 2),
        ];
        for (html, want) in cases {
            assert_eq!(visible_len(html), want, "{html:?}");
        }
        assert_eq!(text_len(" a & <b> 📜 "), 10);
    }

    #[test]
    fn a_text_is_within_its_kinds_limit_or_says_how_much_to_cut() {
        assert_eq!(check_text("  ", Kind::Info, 10), Err(TextError::Empty));
        assert_eq!(check_text("&&&&&&&&&&", Kind::Info, 10), Ok(()));
        let err = check_text("x".repeat(1047).as_str(), Kind::Aturan, 1000).unwrap_err();
        assert_eq!(
            err.to_string(),
            "teks pengumuman Perubahan Aturan paling banyak 1.000 huruf (dihitung seperti Telegram: \
             emoji dua huruf), teks ini 1.047 huruf: kurangi 47 huruf"
        );
    }

    #[test]
    fn a_file_is_a_photo_a_document_or_refused() {
        const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0];
        const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
        const WEBP: &[u8] = b"RIFF\0\0\0\0WEBPVP8 ";
        let photo = Ok(AttachmentKind::Photo);
        let document = Ok(AttachmentKind::Document);
        let cases = [
            ("poster.jpg", 1000, JPEG, photo.clone()),
            ("POSTER.JPEG", MAX_PHOTO_BYTES, JPEG, photo.clone()),
            ("a.png", 10, PNG, photo.clone()),
            ("a.webp", 10, WEBP, photo),
            ("besar.jpg", MAX_PHOTO_BYTES + 1, JPEG, document.clone()),
            ("palsu.jpg", 10, b"%PDF-1.4".as_slice(), document.clone()),
            ("edaran.pdf", 10, b"%PDF-1.4".as_slice(), document.clone()),
            ("foto-tanpa-akhiran", 10, JPEG, document.clone()),
            ("batas.zip", MAX_UPLOAD_BYTES, b"PK".as_slice(), document),
        ];
        for (name, size, head, want) in cases {
            assert_eq!(file_kind(name, size, head), want, "{name}");
        }
        assert_eq!(
            file_kind("kosong.pdf", 0, b""),
            Err(FileError::Empty("kosong.pdf".into()))
        );
        let big = file_kind("video.mp4", MAX_UPLOAD_BYTES + 1, b"");
        assert!(
            big.unwrap_err().to_string().contains("berukuran 51 MB"),
            "the size is said in MB"
        );
    }

    #[test]
    fn only_an_audience_of_named_units_includes_its_author() {
        assert!(Audience::Units(vec!["Badan Kepegawaian Daerah".into()]).includes_author());
        for a in [
            Audience::Everyone,
            Audience::Supervisors,
            Audience::NoSubmittedPlan(2027),
        ] {
            assert!(!a.includes_author(), "{a:?}");
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

    #[test]
    fn only_a_training_carries_training_details() {
        assert!(Kind::Pelatihan.has_training_details());
        for kind in [Kind::Info, Kind::Aturan, Kind::Faq] {
            assert!(!kind.has_training_details(), "{kind:?}");
        }
    }

    #[test]
    fn a_question_is_answered_once_then_published_once() {
        let cases = [
            (false, false, QuestionStage::Open, true, false),
            (false, true, QuestionStage::Open, true, false),
            (true, false, QuestionStage::Answered, false, true),
            (true, true, QuestionStage::Published, false, false),
        ];
        for (answered, published, stage, answer, publish) in cases {
            let got = QuestionStage::of(answered, published);
            assert_eq!(got, stage, "{answered} {published}");
            assert_eq!(got.may_answer(), answer, "{stage:?}");
            assert_eq!(got.may_publish(), publish, "{stage:?}");
        }
    }

    #[test]
    fn a_reminder_reaches_those_who_have_not_acknowledged() {
        assert_eq!(to_remind(10, 4), Some(6));
        assert_eq!(to_remind(10, 10), None);
        assert_eq!(to_remind(0, 0), None);
    }
}
