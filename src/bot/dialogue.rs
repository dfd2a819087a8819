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

pub use crate::bot::announce::state::{ComposeStep, Draft};
pub use crate::bot::assessment::state::{AssessStep, Assessment};
pub use crate::bot::daily::state::DailyForm;

/// Where a private chat's conversation stands: no dialogue, or one conversation's own
/// state. Stored as that conversation's state alone (`"Idle"`, `{"RhkText": {…}}`), as
/// before conversations had their own folders, so rows already saved keep working.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum State {
    /// No dialogue: commands and menu buttons.
    #[default]
    Idle,
    WrongData(crate::bot::wrong_data::state::State),
    Plan(crate::bot::plan::state::State),
    Approval(crate::bot::approval::state::State),
    Realisation(crate::bot::realisation::state::State),
    Daily(crate::bot::daily::state::State),
    MyEvaluations(crate::bot::my_evaluations::state::State),
    Assessment(crate::bot::assessment::state::State),
    Announce(crate::bot::announce::state::State),
    Rules(crate::bot::rules::state::State),
    Roles(crate::bot::roles::state::State),
    Leave(crate::bot::leave::state::State),
}

impl Serialize for State {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            State::Idle => serializer.serialize_unit_variant("State", 0, "Idle"),
            State::WrongData(state) => state.serialize(serializer),
            State::Plan(state) => state.serialize(serializer),
            State::Approval(state) => state.serialize(serializer),
            State::Realisation(state) => state.serialize(serializer),
            State::Daily(state) => state.serialize(serializer),
            State::MyEvaluations(state) => state.serialize(serializer),
            State::Assessment(state) => state.serialize(serializer),
            State::Announce(state) => state.serialize(serializer),
            State::Rules(state) => state.serialize(serializer),
            State::Roles(state) => state.serialize(serializer),
            State::Leave(state) => state.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for State {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        if value == serde_json::Value::String("Idle".into()) {
            return Ok(State::Idle);
        }
        let conversations: [fn(&serde_json::Value) -> Option<State>; 11] = [
            |v| Deserialize::deserialize(v).ok().map(State::WrongData),
            |v| Deserialize::deserialize(v).ok().map(State::Plan),
            |v| Deserialize::deserialize(v).ok().map(State::Approval),
            |v| Deserialize::deserialize(v).ok().map(State::Realisation),
            |v| Deserialize::deserialize(v).ok().map(State::Daily),
            |v| Deserialize::deserialize(v).ok().map(State::MyEvaluations),
            |v| Deserialize::deserialize(v).ok().map(State::Assessment),
            |v| Deserialize::deserialize(v).ok().map(State::Announce),
            |v| Deserialize::deserialize(v).ok().map(State::Rules),
            |v| Deserialize::deserialize(v).ok().map(State::Roles),
            |v| Deserialize::deserialize(v).ok().map(State::Leave),
        ];
        conversations
            .iter()
            .find_map(|read| read(&value))
            .ok_or_else(|| serde::de::Error::custom(format!("unknown dialogue state {value}")))
    }
}

/// The dialogue handle the handlers receive.
pub type ChatDialogue = Dialogue<State, DialogueStorage<State>>;

/// Fails to compile when a variant is added without an example in `examples()` below
/// (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &State) {
    match value {
        State::Idle => {}
        State::WrongData(state) => {
            crate::bot::wrong_data::state::every_variant_has_an_example(state)
        }
        State::Plan(state) => crate::bot::plan::state::every_variant_has_an_example(state),
        State::Approval(state) => crate::bot::approval::state::every_variant_has_an_example(state),
        State::Realisation(state) => {
            crate::bot::realisation::state::every_variant_has_an_example(state)
        }
        State::Daily(state) => crate::bot::daily::state::every_variant_has_an_example(state),
        State::MyEvaluations(state) => {
            crate::bot::my_evaluations::state::every_variant_has_an_example(state)
        }
        State::Assessment(state) => {
            crate::bot::assessment::state::every_variant_has_an_example(state)
        }
        State::Announce(state) => crate::bot::announce::state::every_variant_has_an_example(state),
        State::Rules(state) => crate::bot::rules::state::every_variant_has_an_example(state),
        State::Roles(state) => crate::bot::roles::state::every_variant_has_an_example(state),
        State::Leave(state) => crate::bot::leave::state::every_variant_has_an_example(state),
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
    let mut states = vec![
        State::Idle,
        State::WrongData(crate::bot::wrong_data::state::State::ReportingWrongData),
        State::Plan(crate::bot::plan::state::State::RhkText {
            plan_id: 1,
            editing: Some(2),
        }),
        State::Plan(crate::bot::plan::state::State::IndicatorText {
            rhk_id: 3,
            replacing: None,
        }),
        State::Plan(crate::bot::plan::state::State::IndicatorTarget {
            rhk_id: 3,
            replacing: Some(4),
            text: "Bayi <diimunisasi> & \"lengkap\"".into(),
        }),
        State::Plan(crate::bot::plan::state::State::IndicatorAspek {
            rhk_id: 3,
            replacing: None,
            text: "Bayi diimunisasi".into(),
            target: target.clone(),
        }),
        State::Plan(crate::bot::plan::state::State::IndicatorArah {
            rhk_id: 3,
            replacing: None,
            text: "Bayi diimunisasi".into(),
            target,
            aspek: Aspek::Kuantitas,
        }),
        State::Approval(crate::bot::approval::state::State::ReturnNote {
            plan_id: 1,
            version: 2,
        }),
        State::Approval(crate::bot::approval::state::State::ExpectationText {
            plan_id: 1,
            version: 2,
            nilai: 7,
        }),
        State::Realisation(crate::bot::realisation::state::State::Value {
            period,
            indicator_id: 5,
        }),
        State::Realisation(crate::bot::realisation::state::State::Evidence {
            period,
            indicator_id: 5,
        }),
        State::Realisation(crate::bot::realisation::state::State::Note {
            period,
            indicator_id: 5,
        }),
        State::Daily(crate::bot::daily::state::State::Text),
        State::MyEvaluations(crate::bot::my_evaluations::state::State::ReplyText {
            evaluation_id: 6,
        }),
        State::Assessment(crate::bot::assessment::state::State::CommentText {
            nip: "198505152010012002".into(),
            period,
            indicator: None,
        }),
        State::Assessment(crate::bot::assessment::state::State::CommentText {
            nip: "198505152010012002".into(),
            period,
            indicator: Some(5),
        }),
        State::MyEvaluations(
            crate::bot::my_evaluations::state::State::CommentAnswerText { period },
        ),
        State::Assessment(crate::bot::assessment::state::State::Assessing(Box::new(
            Assessment {
                nip: "198505152010012002".into(),
                period,
                hasil: Some(Rating::DiAtas),
                perilaku: Some(Rating::Sesuai),
                value_notes: vec![(2, "Laporan tepat waktu".into())],
                feedback: Some("Pertahankan".into()),
                step: AssessStep::ValueNoteText(2),
            },
        ))),
        State::Announce(crate::bot::announce::state::State::Composing(Box::new(
            Draft {
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
            },
        ))),
        State::Rules(crate::bot::rules::state::State::AskingQuestion { announcement_id: 8 }),
        State::Rules(crate::bot::rules::state::State::AnsweringQuestion { question_id: 9 }),
        State::Plan(crate::bot::plan::state::State::IndicatorEditText { indicator_id: 10 }),
        State::Plan(crate::bot::plan::state::State::IndicatorEditTarget { indicator_id: 10 }),
        State::Daily(crate::bot::daily::state::State::Draft(Box::new(
            DailyForm {
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
            },
        ))),
        State::Daily(crate::bot::daily::state::State::Evidence { daily_id: 12 }),
    ];
    states.extend(
        crate::bot::roles::state::examples()
            .into_iter()
            .map(State::Roles),
    );
    states.extend(
        crate::bot::leave::state::examples()
            .into_iter()
            .map(State::Leave),
    );
    states
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
            (State::Daily(crate::bot::daily::state::State::Text), r#""DailyText""#.to_string()),
            (
                State::Daily(crate::bot::daily::state::State::Evidence { daily_id: 7 }),
                r#"{"DailyEvidence":{"daily_id":7}}"#.to_string(),
            ),
            (
                State::Daily(crate::bot::daily::state::State::Draft(Box::new(DailyForm {
                    draft,
                    editing: Some(9),
                    default_day: None,
                    file: Some(("document".into(), "f1".into(), Some("a.pdf".into()))),
                }))),
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
        assert_eq!(
            minimal,
            State::Daily(crate::bot::daily::state::State::Draft(Box::default()))
        );
    }
}
