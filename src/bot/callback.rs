//! Every inline button's `callback_data`, as one enum. `encode` keeps within Telegram's 64
//! bytes and `decode` is the only door back: anything it does not recognise is an error.
//! The data carries only ids: who presses and what state the thing is in are re-checked
//! against the database when the button arrives, because anyone can forge this string.

use crate::domain::broadcast::Kind;
use crate::domain::daily::Missing;
use crate::domain::evaluation::{Period, Rating};
use crate::domain::lang::Lang;
use crate::domain::plan::{Arah, Aspek, Jenis};
use crate::domain::reminder::ReminderKind;

/// The largest `callback_data` Telegram accepts, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// What a button asks for: one enum per conversation, told apart by the prefix of its
/// `callback_data`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackAction {
    Menu(crate::bot::menu::action::Action),
    WrongData(crate::bot::wrong_data::action::Action),
    Plan(crate::bot::plan::action::Action),
    Approval(crate::bot::approval::action::Action),
    Realisation(crate::bot::realisation::action::Action),
    Daily(crate::bot::daily::action::Action),
    MyEvaluations(crate::bot::my_evaluations::action::Action),
    Assessment(crate::bot::assessment::action::Action),
    Announce(crate::bot::announce::action::Action),
    Training(crate::bot::training::action::Action),
    Rules(crate::bot::rules::action::Action),
    Reports(crate::bot::reports::action::Action),
    Matrix(crate::bot::matrix::action::Action),
    Templates(crate::bot::templates::action::Action),
    Roles(crate::bot::roles::action::Action),
    Digest(crate::bot::digest::action::Action),
    Leave(crate::bot::leave::action::Action),
}

impl From<crate::bot::menu::action::Action> for CallbackAction {
    fn from(action: crate::bot::menu::action::Action) -> CallbackAction {
        CallbackAction::Menu(action)
    }
}

impl From<crate::bot::wrong_data::action::Action> for CallbackAction {
    fn from(action: crate::bot::wrong_data::action::Action) -> CallbackAction {
        CallbackAction::WrongData(action)
    }
}

impl From<crate::bot::plan::action::Action> for CallbackAction {
    fn from(action: crate::bot::plan::action::Action) -> CallbackAction {
        CallbackAction::Plan(action)
    }
}

impl From<crate::bot::approval::action::Action> for CallbackAction {
    fn from(action: crate::bot::approval::action::Action) -> CallbackAction {
        CallbackAction::Approval(action)
    }
}

impl From<crate::bot::realisation::action::Action> for CallbackAction {
    fn from(action: crate::bot::realisation::action::Action) -> CallbackAction {
        CallbackAction::Realisation(action)
    }
}

impl From<crate::bot::daily::action::Action> for CallbackAction {
    fn from(action: crate::bot::daily::action::Action) -> CallbackAction {
        CallbackAction::Daily(action)
    }
}

impl From<crate::bot::my_evaluations::action::Action> for CallbackAction {
    fn from(action: crate::bot::my_evaluations::action::Action) -> CallbackAction {
        CallbackAction::MyEvaluations(action)
    }
}

impl From<crate::bot::assessment::action::Action> for CallbackAction {
    fn from(action: crate::bot::assessment::action::Action) -> CallbackAction {
        CallbackAction::Assessment(action)
    }
}

impl From<crate::bot::announce::action::Action> for CallbackAction {
    fn from(action: crate::bot::announce::action::Action) -> CallbackAction {
        CallbackAction::Announce(action)
    }
}

impl From<crate::bot::training::action::Action> for CallbackAction {
    fn from(action: crate::bot::training::action::Action) -> CallbackAction {
        CallbackAction::Training(action)
    }
}

impl From<crate::bot::rules::action::Action> for CallbackAction {
    fn from(action: crate::bot::rules::action::Action) -> CallbackAction {
        CallbackAction::Rules(action)
    }
}

impl From<crate::bot::reports::action::Action> for CallbackAction {
    fn from(action: crate::bot::reports::action::Action) -> CallbackAction {
        CallbackAction::Reports(action)
    }
}

impl From<crate::bot::matrix::action::Action> for CallbackAction {
    fn from(action: crate::bot::matrix::action::Action) -> CallbackAction {
        CallbackAction::Matrix(action)
    }
}

impl From<crate::bot::templates::action::Action> for CallbackAction {
    fn from(action: crate::bot::templates::action::Action) -> CallbackAction {
        CallbackAction::Templates(action)
    }
}

impl From<crate::bot::roles::action::Action> for CallbackAction {
    fn from(action: crate::bot::roles::action::Action) -> CallbackAction {
        CallbackAction::Roles(action)
    }
}

impl From<crate::bot::digest::action::Action> for CallbackAction {
    fn from(action: crate::bot::digest::action::Action) -> CallbackAction {
        CallbackAction::Digest(action)
    }
}

impl From<crate::bot::leave::action::Action> for CallbackAction {
    fn from(action: crate::bot::leave::action::Action) -> CallbackAction {
        CallbackAction::Leave(action)
    }
}

/// The audience buttons of the composer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AudienceChoice {
    Everyone,
    Supervisors,
    NoPlan,
    Units,
}

pub(crate) const AUDIENCE_CODES: [(AudienceChoice, &str); 4] = [
    (AudienceChoice::Everyone, "all"),
    (AudienceChoice::Supervisors, "sup"),
    (AudienceChoice::NoPlan, "noplan"),
    (AudienceChoice::Units, "units"),
];

/// A NIP carried in `callback_data`: 18 digits, checked on decoding, never trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NipKey(pub [u8; 18]);

impl NipKey {
    pub fn new(nip: &str) -> Option<NipKey> {
        let bytes: [u8; 18] = nip.as_bytes().try_into().ok()?;
        bytes
            .iter()
            .all(u8::is_ascii_digit)
            .then_some(NipKey(bytes))
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or_default()
    }
}

/// The entries of `/menu`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    MyData,
    ReportWrongData,
    Team,
    Registration,
    Help,
    Plan,
    Approvals,
    Realisation,
    Daily,
    MyEvaluations,
    Assessment,
    Announcements,
    Trainings,
    Reminders,
    Language,
    Leave,
}

pub(crate) const MENU_CODES: [(MenuItem, &str); 16] = [
    (MenuItem::MyData, "ds"),
    (MenuItem::ReportWrongData, "kr"),
    (MenuItem::Team, "tim"),
    (MenuItem::Registration, "reg"),
    (MenuItem::Help, "help"),
    (MenuItem::Plan, "plan"),
    (MenuItem::Approvals, "appr"),
    (MenuItem::Realisation, "real"),
    (MenuItem::Daily, "day"),
    (MenuItem::MyEvaluations, "eval"),
    (MenuItem::Assessment, "assess"),
    (MenuItem::Announcements, "ann"),
    (MenuItem::Trainings, "lat"),
    (MenuItem::Reminders, "rem"),
    (MenuItem::Language, "lang"),
    (MenuItem::Leave, "cuti"),
];

/// Why `callback_data` was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("tombol tidak dikenal")]
pub struct UnknownCallback;

impl CallbackAction {
    /// The `callback_data` for this action (always ≤ 64 bytes).
    pub fn encode(&self) -> String {
        let data = match self {
            CallbackAction::Menu(action) => action.encode(),
            CallbackAction::WrongData(action) => action.encode(),
            CallbackAction::Plan(action) => action.encode(),
            CallbackAction::Approval(action) => action.encode(),
            CallbackAction::Realisation(action) => action.encode(),
            CallbackAction::Daily(action) => action.encode(),
            CallbackAction::MyEvaluations(action) => action.encode(),
            CallbackAction::Assessment(action) => action.encode(),
            CallbackAction::Announce(action) => action.encode(),
            CallbackAction::Training(action) => action.encode(),
            CallbackAction::Rules(action) => action.encode(),
            CallbackAction::Reports(action) => action.encode(),
            CallbackAction::Matrix(action) => action.encode(),
            CallbackAction::Templates(action) => action.encode(),
            CallbackAction::Roles(action) => action.encode(),
            CallbackAction::Digest(action) => action.encode(),
            CallbackAction::Leave(action) => action.encode(),
        };
        debug_assert!(data.len() <= MAX_CALLBACK_BYTES);
        data
    }

    /// Reads `callback_data`; anything not produced by [`encode`](Self::encode) is refused.
    pub fn decode(data: &str) -> Result<CallbackAction, UnknownCallback> {
        if data.is_empty() || data.len() > MAX_CALLBACK_BYTES {
            return Err(UnknownCallback);
        }
        let parts: Vec<&str> = data.split(':').collect();
        match parts.first().copied() {
            Some("m" | "bh" | "tim" | "rm") => {
                crate::bot::menu::action::Action::decode(&parts).map(CallbackAction::Menu)
            }
            Some("kr") => crate::bot::wrong_data::action::Action::decode(&parts)
                .map(CallbackAction::WrongData),
            Some("pl") => {
                crate::bot::plan::action::Action::decode(&parts).map(CallbackAction::Plan)
            }
            Some("ap") => {
                crate::bot::approval::action::Action::decode(&parts).map(CallbackAction::Approval)
            }
            Some("rs") => crate::bot::realisation::action::Action::decode(&parts)
                .map(CallbackAction::Realisation),
            Some("hr" | "hh") => {
                crate::bot::daily::action::Action::decode(&parts).map(CallbackAction::Daily)
            }
            Some("nl" | "fb") => crate::bot::my_evaluations::action::Action::decode(&parts)
                .map(CallbackAction::MyEvaluations),
            Some("pn") => crate::bot::assessment::action::Action::decode(&parts)
                .map(CallbackAction::Assessment),
            Some("pg") => {
                crate::bot::announce::action::Action::decode(&parts).map(CallbackAction::Announce)
            }
            Some("lt") => {
                crate::bot::training::action::Action::decode(&parts).map(CallbackAction::Training)
            }
            Some("at") => {
                crate::bot::rules::action::Action::decode(&parts).map(CallbackAction::Rules)
            }
            Some("lp") => {
                crate::bot::reports::action::Action::decode(&parts).map(CallbackAction::Reports)
            }
            Some("mx") => {
                crate::bot::matrix::action::Action::decode(&parts).map(CallbackAction::Matrix)
            }
            Some("tp") => {
                crate::bot::templates::action::Action::decode(&parts).map(CallbackAction::Templates)
            }
            Some("pr") => {
                crate::bot::roles::action::Action::decode(&parts).map(CallbackAction::Roles)
            }
            Some("dg") => {
                crate::bot::digest::action::Action::decode(&parts).map(CallbackAction::Digest)
            }
            Some("cu") => {
                crate::bot::leave::action::Action::decode(&parts).map(CallbackAction::Leave)
            }
            _ => Err(UnknownCallback),
        }
    }
}

/// The typed part of a saved indicator that a person changes on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndicatorPart {
    Text,
    Target,
}

impl IndicatorPart {
    pub(crate) fn code(self) -> &'static str {
        match self {
            IndicatorPart::Text => "t",
            IndicatorPart::Target => "g",
        }
    }

    pub(crate) fn from_code(code: &str) -> Option<IndicatorPart> {
        [IndicatorPart::Text, IndicatorPart::Target]
            .into_iter()
            .find(|p| p.code() == code)
    }
}

pub(crate) fn period(key: &str) -> Result<Period, UnknownCallback> {
    Period::from_key(key).ok_or(UnknownCallback)
}

pub(crate) fn nip_key(raw: &str) -> Result<NipKey, UnknownCallback> {
    NipKey::new(raw).ok_or(UnknownCallback)
}

/// A canonical decimal number: no sign, no leading zeros, so each action has one spelling.
pub(crate) fn number<T: std::str::FromStr>(raw: &str) -> Result<T, UnknownCallback> {
    let canonical = !raw.is_empty()
        && raw.bytes().all(|b| b.is_ascii_digit())
        && (raw == "0" || !raw.starts_with('0'));
    if !canonical {
        return Err(UnknownCallback);
    }
    raw.parse().map_err(|_| UnknownCallback)
}

/// Fails to compile when a variant is added without an example in `examples()` below
/// (and so without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &CallbackAction) {
    match value {
        CallbackAction::Menu(action) => {
            crate::bot::menu::action::every_variant_has_an_example(action)
        }
        CallbackAction::WrongData(action) => {
            crate::bot::wrong_data::action::every_variant_has_an_example(action)
        }
        CallbackAction::Plan(action) => {
            crate::bot::plan::action::every_variant_has_an_example(action)
        }
        CallbackAction::Approval(action) => {
            crate::bot::approval::action::every_variant_has_an_example(action)
        }
        CallbackAction::Realisation(action) => {
            crate::bot::realisation::action::every_variant_has_an_example(action)
        }
        CallbackAction::Daily(action) => {
            crate::bot::daily::action::every_variant_has_an_example(action)
        }
        CallbackAction::MyEvaluations(action) => {
            crate::bot::my_evaluations::action::every_variant_has_an_example(action)
        }
        CallbackAction::Assessment(action) => {
            crate::bot::assessment::action::every_variant_has_an_example(action)
        }
        CallbackAction::Announce(action) => {
            crate::bot::announce::action::every_variant_has_an_example(action)
        }
        CallbackAction::Training(action) => {
            crate::bot::training::action::every_variant_has_an_example(action)
        }
        CallbackAction::Rules(action) => {
            crate::bot::rules::action::every_variant_has_an_example(action)
        }
        CallbackAction::Reports(action) => {
            crate::bot::reports::action::every_variant_has_an_example(action)
        }
        CallbackAction::Matrix(action) => {
            crate::bot::matrix::action::every_variant_has_an_example(action)
        }
        CallbackAction::Templates(action) => {
            crate::bot::templates::action::every_variant_has_an_example(action)
        }
        CallbackAction::Roles(action) => {
            crate::bot::roles::action::every_variant_has_an_example(action)
        }
        CallbackAction::Digest(action) => {
            crate::bot::digest::action::every_variant_has_an_example(action)
        }
        CallbackAction::Leave(action) => {
            crate::bot::leave::action::every_variant_has_an_example(action)
        }
    }
}

/// One of every button action (the largest numbers where there are numbers), for the tests
/// that pin what is already on people's screens.
#[doc(hidden)]
pub fn examples() -> Vec<CallbackAction> {
    use crate::domain::evaluation::PeriodKind;
    let mut actions: Vec<_> = MENU_CODES
        .iter()
        .map(|(i, _)| CallbackAction::Menu(crate::bot::menu::action::Action::Open(*i)))
        .collect();
    actions.extend([
        CallbackAction::Menu(crate::bot::menu::action::Action::SetLanguage(Lang::Id)),
        CallbackAction::Menu(crate::bot::menu::action::Action::SetLanguage(Lang::En)),
        CallbackAction::Menu(crate::bot::menu::action::Action::TeamPage(0)),
        CallbackAction::Menu(crate::bot::menu::action::Action::TeamPage(u32::MAX)),
        CallbackAction::WrongData(crate::bot::wrong_data::action::Action::NextReport),
        CallbackAction::WrongData(crate::bot::wrong_data::action::Action::Handled(1)),
        CallbackAction::WrongData(crate::bot::wrong_data::action::Action::Handled(i64::MAX)),
        CallbackAction::Plan(crate::bot::plan::action::Action::Page(3)),
        CallbackAction::Plan(crate::bot::plan::action::Action::AddRhk),
        CallbackAction::Plan(crate::bot::plan::action::Action::Submit),
        CallbackAction::Plan(crate::bot::plan::action::Action::Change),
        CallbackAction::Plan(crate::bot::plan::action::Action::Rhk(i64::MAX)),
        CallbackAction::Plan(crate::bot::plan::action::Action::RhkJenis(
            i64::MAX,
            Jenis::Tambahan,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::RhkParentPage(
            i64::MAX,
            u32::MAX,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::RhkParent(
            i64::MAX,
            i64::MAX,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::RhkParent(5, 0)),
        CallbackAction::Plan(crate::bot::plan::action::Action::RhkEditText(1)),
        CallbackAction::Plan(crate::bot::plan::action::Action::RhkDelete(1)),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorAdd(1)),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorAspek(
            i64::MAX,
            Aspek::Biaya,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorArah(
            i64::MAX,
            Arah::LebihRendahLebihBaik,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorEdit(1)),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorDelete(1)),
        CallbackAction::Plan(crate::bot::plan::action::Action::RhkPage(
            i64::MAX,
            u32::MAX,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::RhkDeleteConfirm(i64::MAX)),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorDeleteConfirm(
            i64::MAX,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorEditPart(
            i64::MAX,
            IndicatorPart::Text,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorEditPart(
            1,
            IndicatorPart::Target,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorSetAspek(
            i64::MAX,
            Aspek::Waktu,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorSetArah(
            i64::MAX,
            Arah::LebihRendahLebihBaik,
            true,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::IndicatorSetArah(
            1,
            Arah::LebihTinggiLebihBaik,
            false,
        )),
        CallbackAction::Plan(crate::bot::plan::action::Action::Withdraw),
        CallbackAction::Plan(crate::bot::plan::action::Action::WithdrawConfirm(i64::MAX)),
        CallbackAction::Plan(crate::bot::plan::action::Action::CancelInput),
        CallbackAction::Plan(crate::bot::plan::action::Action::PdfMenu),
        CallbackAction::Plan(crate::bot::plan::action::Action::Pdf(0)),
        CallbackAction::Plan(crate::bot::plan::action::Action::Pdf(i64::MAX)),
        CallbackAction::Approval(crate::bot::approval::action::Action::Pdf(
            i64::MAX,
            i64::MAX,
        )),
        CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::Pdf(i64::MAX)),
        CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::DocPdf(1)),
        CallbackAction::Approval(crate::bot::approval::action::Action::List(0)),
        CallbackAction::Approval(crate::bot::approval::action::Action::Detail(
            i64::MAX,
            i64::MAX,
            u32::MAX,
        )),
        CallbackAction::Approval(crate::bot::approval::action::Action::Approve(
            i64::MAX,
            i64::MAX,
        )),
        CallbackAction::Approval(crate::bot::approval::action::Action::ApproveFinal(
            i64::MAX,
            i64::MAX,
        )),
        CallbackAction::Approval(crate::bot::approval::action::Action::Expectation(
            i64::MAX,
            i64::MAX,
            7,
        )),
        CallbackAction::Approval(crate::bot::approval::action::Action::Return(
            i64::MAX,
            i64::MAX,
        )),
        CallbackAction::Approval(crate::bot::approval::action::Action::ApproveMatching),
        CallbackAction::Approval(
            crate::bot::approval::action::Action::ApproveMatchingConfirm(i64::MAX),
        ),
    ]);
    let p = Period {
        year: 2026,
        kind: PeriodKind::Q3,
    };
    let nip = NipKey::new("196608011988031001").unwrap();
    actions.extend([
        CallbackAction::Realisation(crate::bot::realisation::action::Action::Page(p, u32::MAX)),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Notes),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::NextPerson(p)),
        CallbackAction::Realisation(crate::bot::realisation::action::Action::Indicator(
            p,
            i64::MAX,
        )),
        CallbackAction::Realisation(crate::bot::realisation::action::Action::UseDaily(
            p,
            i64::MAX,
        )),
        CallbackAction::Realisation(crate::bot::realisation::action::Action::EvidenceDone(
            p,
            i64::MAX,
        )),
        CallbackAction::Realisation(crate::bot::realisation::action::Action::SkipNote(
            p,
            i64::MAX,
        )),
        CallbackAction::Daily(crate::bot::daily::action::Action::Tag(i64::MAX, i64::MAX)),
        CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::Ack(i64::MAX)),
        CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::Reply(i64::MAX)),
        CallbackAction::MyEvaluations(crate::bot::my_evaluations::action::Action::FeedbackAnswer(
            Period {
                year: 2026,
                kind: PeriodKind::Tahunan,
            },
        )),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Team(p, u32::MAX)),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Person(
            p,
            nip,
            u32::MAX,
        )),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Resend(p, nip)),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Comment(p, nip)),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::CommentOn(
            p,
            nip,
            i64::MAX,
        )),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Start(p, nip)),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Hasil(
            Rating::DiBawah,
        )),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Perilaku(
            Rating::DiAtas,
        )),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::ValueNote(7)),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Next),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::SkipFeedback),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Save),
        CallbackAction::Assessment(crate::bot::assessment::action::Action::Cancel),
        CallbackAction::Announce(crate::bot::announce::action::Action::New),
        CallbackAction::Announce(crate::bot::announce::action::Action::Audience(
            AudienceChoice::NoPlan,
        )),
        CallbackAction::Announce(crate::bot::announce::action::Action::Audience(
            AudienceChoice::Units,
        )),
        CallbackAction::Announce(crate::bot::announce::action::Action::Unit(u32::MAX)),
        CallbackAction::Announce(crate::bot::announce::action::Action::UnitsDone),
        CallbackAction::Announce(crate::bot::announce::action::Action::Send),
        CallbackAction::Announce(crate::bot::announce::action::Action::Cancel),
        CallbackAction::Announce(crate::bot::announce::action::Action::Kind(Kind::Info)),
        CallbackAction::Announce(crate::bot::announce::action::Action::Kind(Kind::Pelatihan)),
        CallbackAction::Announce(crate::bot::announce::action::Action::Kind(Kind::Aturan)),
        CallbackAction::Announce(crate::bot::announce::action::Action::Preview),
        CallbackAction::Announce(crate::bot::announce::action::Action::Open(i64::MAX)),
        CallbackAction::Announce(crate::bot::announce::action::Action::List(u32::MAX)),
        CallbackAction::Announce(crate::bot::announce::action::Action::Detail(i64::MAX)),
        CallbackAction::Announce(crate::bot::announce::action::Action::Remind(
            i64::MAX,
            i64::MAX,
        )),
        CallbackAction::Training(crate::bot::training::action::Action::Register(i64::MAX)),
        CallbackAction::Training(crate::bot::training::action::Action::Cancel(i64::MAX)),
        CallbackAction::Training(crate::bot::training::action::Action::Attendance(
            i64::MAX,
            u32::MAX,
        )),
        CallbackAction::Training(crate::bot::training::action::Action::Toggle(
            i64::MAX,
            nip,
            u32::MAX,
        )),
        CallbackAction::Rules(crate::bot::rules::action::Action::Ack(i64::MAX)),
        CallbackAction::Rules(crate::bot::rules::action::Action::Ask(i64::MAX)),
        CallbackAction::Rules(crate::bot::rules::action::Action::QuestionAnswer(i64::MAX)),
        CallbackAction::Rules(crate::bot::rules::action::Action::QuestionFaq(i64::MAX)),
        CallbackAction::Reports(crate::bot::reports::action::Action::Summary(p)),
        CallbackAction::Reports(crate::bot::reports::action::Action::Xlsx(p)),
        CallbackAction::Reports(crate::bot::reports::action::Action::Csv(p)),
        CallbackAction::Matrix(crate::bot::matrix::action::Action::Page(u32::MAX)),
        CallbackAction::Matrix(crate::bot::matrix::action::Action::Xlsx),
        CallbackAction::Matrix(crate::bot::matrix::action::Action::Csv),
        CallbackAction::Menu(crate::bot::menu::action::Action::ReminderToggle(
            ReminderKind::Training,
        )),
        CallbackAction::Menu(crate::bot::menu::action::Action::ReminderToggle(
            ReminderKind::Plan,
        )),
        CallbackAction::Daily(crate::bot::daily::action::Action::Page(u32::MAX)),
        CallbackAction::Daily(crate::bot::daily::action::Action::Edit(i64::MAX)),
        CallbackAction::Daily(crate::bot::daily::action::Action::Delete(i64::MAX)),
        CallbackAction::Daily(crate::bot::daily::action::Action::DeleteConfirm(i64::MAX)),
        CallbackAction::Daily(crate::bot::daily::action::Action::Export(202612)),
        CallbackAction::Daily(crate::bot::daily::action::Action::EditPart(
            i64::MAX,
            Missing::Time,
        )),
        CallbackAction::Daily(crate::bot::daily::action::Action::EditPart(
            1,
            Missing::Activity,
        )),
        CallbackAction::Daily(crate::bot::daily::action::Action::EditPart(
            1,
            Missing::Result,
        )),
        CallbackAction::Templates(crate::bot::templates::action::Action::Preview(
            i64::MAX,
            u32::MAX,
        )),
        CallbackAction::Templates(crate::bot::templates::action::Action::Apply(i64::MAX)),
        CallbackAction::Templates(crate::bot::templates::action::Action::CopyLastYear(2027)),
        CallbackAction::Templates(crate::bot::templates::action::Action::Review(u32::MAX)),
        CallbackAction::Templates(crate::bot::templates::action::Action::Save(i64::MAX)),
        CallbackAction::Templates(crate::bot::templates::action::Action::SaveConfirm(
            i64::MAX,
            i64::MAX,
        )),
        CallbackAction::Templates(crate::bot::templates::action::Action::SaveCancel),
        CallbackAction::Menu(crate::bot::menu::action::Action::ReminderToggle(
            ReminderKind::DailyLog,
        )),
        CallbackAction::Menu(crate::bot::menu::action::Action::ReminderToggle(
            ReminderKind::Digest,
        )),
    ]);
    {
        use crate::bot::digest::action::{Action, Target};
        use crate::domain::digest::List;
        let day = chrono::NaiveDate::from_ymd_opt(2027, 4, 5).unwrap_or_default();
        actions.extend(
            [
                Action::List {
                    target: Target::Team,
                    day,
                    list: List::NoPlan,
                    page: 0,
                    turn: false,
                },
                Action::List {
                    target: Target::Unit(u32::MAX),
                    day,
                    list: List::ToEvaluate,
                    page: u32::MAX,
                    turn: true,
                },
                Action::Unit { tag: 0, day },
                Action::City {
                    day,
                    page: u32::MAX,
                },
            ]
            .map(CallbackAction::Digest),
        );
    }
    actions.extend(
        crate::bot::roles::action::examples()
            .into_iter()
            .map(CallbackAction::Roles),
    );
    actions.extend(
        crate::bot::leave::action::examples()
            .into_iter()
            .map(CallbackAction::Leave),
    );
    actions
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_survives_the_round_trip_within_64_bytes() {
        for action in examples() {
            let data = action.encode();
            assert!(data.len() <= MAX_CALLBACK_BYTES, "{data}");
            assert_eq!(CallbackAction::decode(&data), Ok(action), "{data}");
        }
    }

    #[test]
    fn forged_or_garbage_data_is_refused() {
        let long = "m:".to_string() + &"x".repeat(70);
        let cases = [
            "",
            "m",
            "m:",
            "m:nope",
            "tim:",
            "tim:-1",
            "tim:01",
            "tim:1:2",
            "kr:ok:",
            "kr:ok:abc",
            "kr:ok:99999999999999999999",
            "kr:ok:+5",
            "x:y",
            "m:ds:extra",
            "pg:k:faq",
            "lt:t:1:12345:0",
            "at:k:-1",
            "pl:isr:1:up:2",
            "pl:iep:1:x",
            "tp:a:-1",
            "tp:p:1",
            "tp:sk:1:01",
            "hh:x:202613",
            "hh:x:20261",
            "hh:dy:",
            "hh:ep:1:x",
            "pr:t:1:12345:0",
            "pr:a:1:2",
            "pr:k:1:z",
            "cu:k:cuti",
            "cu:t:-1",
            "cu:b:01",
            "cu:ok:1",
            long.as_str(),
        ];
        for data in cases {
            assert_eq!(CallbackAction::decode(data), Err(UnknownCallback), "{data}");
        }
    }
}
