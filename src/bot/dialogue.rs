//! The persisted dialogue state of a private chat. Its serde form lives in the database
//! across restarts and releases: add variants, never rename or remove one (a removed
//! variant reads as "no dialogue" and the person starts again from the menu).

use serde::{Deserialize, Serialize};
use teloxide::dispatching::dialogue::Dialogue;

use crate::domain::broadcast::Attachment;
use crate::domain::evaluation::{Period, Rating};
use crate::domain::plan::Aspek;
use crate::domain::quantity::Quantity;
use crate::store::dialogues::DialogueStorage;

/// Where a private chat's conversation stands.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub enum State {
    /// No dialogue: commands and menu buttons.
    #[default]
    Idle,
    /// Waiting for the person to describe what is wrong in their roster data.
    ReportingWrongData,
    /// Waiting for the text of a new RHK, or of an RHK being edited.
    RhkText { plan_id: i64, editing: Option<i64> },
    /// Waiting for an indicator's text (a new one, or a replacement for `replacing`).
    IndicatorText { rhk_id: i64, replacing: Option<i64> },
    /// Waiting for the target with its unit.
    IndicatorTarget {
        rhk_id: i64,
        replacing: Option<i64>,
        text: String,
    },
    /// Waiting for the aspect button.
    IndicatorAspek {
        rhk_id: i64,
        replacing: Option<i64>,
        text: String,
        target: Quantity,
    },
    /// Waiting for the higher/lower-is-better button.
    IndicatorArah {
        rhk_id: i64,
        replacing: Option<i64>,
        text: String,
        target: Quantity,
        aspek: Aspek,
    },
    /// A supervisor writing the note that returns a plan version.
    ReturnNote { plan_id: i64, version: i64 },
    /// A supervisor writing an ekspektasi khusus for BerAKHLAK value `nilai` (1–7).
    ExpectationText {
        plan_id: i64,
        version: i64,
        nilai: u8,
    },
    /// Waiting for the achieved value of an indicator (evidence is accepted meanwhile).
    RealValue { period: Period, indicator_id: i64 },
    /// Collecting evidence: photos, documents, links.
    RealEvidence { period: Period, indicator_id: i64 },
    /// Waiting for the optional short note.
    RealNote { period: Period, indicator_id: i64 },
    /// Waiting for today's daily log entry (text and/or photo).
    DailyText,
    /// Staff answering the feedback of an evaluation.
    EvalReplyText { evaluation_id: i64 },
    /// A supervisor commenting on a person's realisation, or on one indicator of it.
    CommentText {
        nip: String,
        period: Period,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        indicator: Option<i64>,
    },
    /// Staff answering a supervisor's comment.
    CommentAnswerText { period: Period },
    /// A supervisor in the middle of an evaluation.
    Assessing(Box<Assessment>),
    /// HR composing an announcement.
    Composing(Box<Draft>),
    /// Staff writing a question on a rule change.
    AskingQuestion { announcement_id: i64 },
    /// HR writing the answer to a question.
    AnsweringQuestion { question_id: i64 },
    /// Changing only the text of a saved indicator.
    IndicatorEditText { indicator_id: i64 },
    /// Changing only the target of a saved indicator.
    IndicatorEditTarget { indicator_id: i64 },
    /// A daily entry in e-Kinerja's shape being completed, one question at a time.
    DailyDraft(Box<DailyForm>),
    /// A daily entry was just saved: a photo, document or link sent now is its evidence
    /// (any other text is a new entry).
    DailyEvidence { daily_id: i64 },
}

/// A daily entry in progress: what has been understood so far, and the file sent with it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DailyForm {
    /// `draft.day` is `None` while the whole line is awaited (a new entry, or Ubah).
    pub draft: crate::domain::daily::Draft,
    /// The entry being rewritten (Ubah), with its day as the default day.
    #[serde(default)]
    pub editing: Option<i64>,
    #[serde(default)]
    pub default_day: Option<chrono::NaiveDate>,
    /// The photo or document sent with the entry: kind, file id, file name.
    #[serde(default)]
    pub file: Option<(String, String, Option<String>)>,
}

/// An announcement being composed; written to the outbox only on Kirim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// domain::broadcast::Audience::encode, once chosen.
    pub audience: Option<String>,
    pub units: Vec<String>,
    pub text: Option<String>,
    pub step: ComposeStep,
    /// domain::broadcast::Kind code; drafts from before kinds existed are info.
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub attachment: Option<Attachment>,
    /// Training details as they are entered.
    #[serde(default)]
    pub starts_at: Option<i64>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub quota: Option<i64>,
    #[serde(default)]
    pub jp: Option<i64>,
    #[serde(default)]
    pub deadline: Option<i64>,
}

/// Where the composer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ComposeStep {
    Audience,
    Units,
    Text,
    Preview,
    Kind,
    TrainingStart,
    TrainingPlace,
    TrainingQuota,
    TrainingJp,
    TrainingDeadline,
}

/// An evaluation being put together, step by step; saved only at the end.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub nip: String,
    pub period: Period,
    pub hasil: Option<Rating>,
    pub perilaku: Option<Rating>,
    pub value_notes: Vec<(u8, String)>,
    pub feedback: Option<String>,
    pub step: AssessStep,
}

/// Where an evaluation in progress stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AssessStep {
    Hasil,
    Perilaku,
    /// Choosing BerAKHLAK values to annotate (or moving on).
    ValueNotes,
    /// Writing the note for value 1–7.
    ValueNoteText(u8),
    Feedback,
    Confirm,
}

/// The dialogue handle the handlers receive.
pub type ChatDialogue = Dialogue<State, DialogueStorage<State>>;

/// Fails to compile when a variant is added without an example in `examples()` below
/// (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::Idle
        | State::ReportingWrongData
        | State::RhkText { .. }
        | State::IndicatorText { .. }
        | State::IndicatorTarget { .. }
        | State::IndicatorAspek { .. }
        | State::IndicatorArah { .. }
        | State::ReturnNote { .. }
        | State::ExpectationText { .. }
        | State::RealValue { .. }
        | State::RealEvidence { .. }
        | State::RealNote { .. }
        | State::DailyText
        | State::EvalReplyText { .. }
        | State::CommentText { .. }
        | State::CommentAnswerText { .. }
        | State::Assessing(..)
        | State::Composing(..)
        | State::AskingQuestion { .. }
        | State::AnsweringQuestion { .. }
        | State::IndicatorEditText { .. }
        | State::IndicatorEditTarget { .. }
        | State::DailyDraft(..)
        | State::DailyEvidence { .. } => {}
    }
}

/// One of every dialogue state, each field filled, for the tests that pin the stored form
/// of conversations already saved in people's databases.
#[doc(hidden)]
pub fn examples() -> Vec<State> {
    use crate::domain::broadcast::AttachmentKind;
    use crate::domain::evaluation::PeriodKind;
    let period = Period {
        year: 2026,
        kind: PeriodKind::Q3,
    };
    let target = Quantity {
        value: 1200.0,
        unit: "orang".into(),
    };
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 3);
    vec![
        State::Idle,
        State::ReportingWrongData,
        State::RhkText {
            plan_id: 1,
            editing: Some(2),
        },
        State::IndicatorText {
            rhk_id: 3,
            replacing: None,
        },
        State::IndicatorTarget {
            rhk_id: 3,
            replacing: Some(4),
            text: "Bayi <diimunisasi> & \"lengkap\"".into(),
        },
        State::IndicatorAspek {
            rhk_id: 3,
            replacing: None,
            text: "Bayi diimunisasi".into(),
            target: target.clone(),
        },
        State::IndicatorArah {
            rhk_id: 3,
            replacing: None,
            text: "Bayi diimunisasi".into(),
            target,
            aspek: Aspek::Kuantitas,
        },
        State::ReturnNote {
            plan_id: 1,
            version: 2,
        },
        State::ExpectationText {
            plan_id: 1,
            version: 2,
            nilai: 7,
        },
        State::RealValue {
            period,
            indicator_id: 5,
        },
        State::RealEvidence {
            period,
            indicator_id: 5,
        },
        State::RealNote {
            period,
            indicator_id: 5,
        },
        State::DailyText,
        State::EvalReplyText { evaluation_id: 6 },
        State::CommentText {
            nip: "198505152010012002".into(),
            period,
            indicator: None,
        },
        State::CommentText {
            nip: "198505152010012002".into(),
            period,
            indicator: Some(5),
        },
        State::CommentAnswerText { period },
        State::Assessing(Box::new(Assessment {
            nip: "198505152010012002".into(),
            period,
            hasil: Some(Rating::DiAtas),
            perilaku: Some(Rating::Sesuai),
            value_notes: vec![(2, "Laporan tepat waktu".into())],
            feedback: Some("Pertahankan".into()),
            step: AssessStep::ValueNoteText(2),
        })),
        State::Composing(Box::new(Draft {
            audience: Some("all".into()),
            units: vec!["Dinas Kesehatan".into()],
            text: Some("Pelatihan <b>SKP</b>".into()),
            step: ComposeStep::TrainingDeadline,
            kind: Some("pelatihan".into()),
            attachment: Some(Attachment {
                kind: AttachmentKind::Document,
                file_id: "doc-1".into(),
            }),
            starts_at: Some(1_790_000_000),
            place: Some("Aula".into()),
            quota: Some(40),
            jp: Some(8),
            deadline: Some(1_789_000_000),
        })),
        State::AskingQuestion { announcement_id: 8 },
        State::AnsweringQuestion { question_id: 9 },
        State::IndicatorEditText { indicator_id: 10 },
        State::IndicatorEditTarget { indicator_id: 10 },
        State::DailyDraft(Box::new(DailyForm {
            draft: crate::domain::daily::Draft {
                day,
                start: chrono::NaiveTime::from_hms_opt(8, 0, 0),
                end: chrono::NaiveTime::from_hms_opt(10, 30, 0),
                activity: Some("Rapat koordinasi".into()),
                result: Some(1),
                unit: Some("kegiatan".into()),
                link: None,
            },
            editing: Some(11),
            default_day: day,
            file: Some(("photo".into(), "ph-1".into(), None)),
        })),
        State::DailyEvidence { daily_id: 12 },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stored forms of the daily log's states: a conversation saved by this release
    /// must read back after the next one.
    #[test]
    fn daily_states_keep_their_stored_form() {
        let draft = crate::domain::daily::parse_entry(
            "Rapat https://x.example/a",
            chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
        )
        .unwrap();
        let cases = [
            (State::DailyText, r#""DailyText""#.to_string()),
            (
                State::DailyEvidence { daily_id: 7 },
                r#"{"DailyEvidence":{"daily_id":7}}"#.to_string(),
            ),
            (
                State::DailyDraft(Box::new(DailyForm {
                    draft,
                    editing: Some(9),
                    default_day: None,
                    file: Some(("document".into(), "f1".into(), Some("a.pdf".into()))),
                })),
                r#"{"DailyDraft":{"draft":{"day":"2026-12-03","start":null,"end":null,"activity":"Rapat","result":null,"unit":null,"link":"https://x.example/a"},"editing":9,"default_day":null,"file":["document","f1","a.pdf"]}}"#
                    .to_string(),
            ),
        ];
        for (state, stored) in cases {
            assert_eq!(serde_json::to_string(&state).unwrap(), stored);
            assert_eq!(serde_json::from_str::<State>(&stored).unwrap(), state);
        }
        // A draft with only what it had then still reads.
        let minimal: State = serde_json::from_str(r#"{"DailyDraft":{"draft":{}}}"#).unwrap();
        assert_eq!(minimal, State::DailyDraft(Box::default()));
    }
}
