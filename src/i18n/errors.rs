//! The domain's errors and the names of its values as people read them: [`Localize`]
//! gives each error's text in a language, [`Label`] each value's name. The `#[error]` and
//! `label()` texts in `domain/` are for logs and the official forms; a person reads these.

use super::Lang;
use crate::domain;

/// An error's text for a person reading `lang`.
pub trait Localize {
    fn localize(&self, lang: Lang) -> String;
}

/// Errors whose text is still their Indonesian `Display` (to be keyed).
macro_rules! displayed {
    ($($ty:ty),* $(,)?) => {
        $(
            impl Localize for $ty {
                fn localize(&self, _lang: Lang) -> String {
                    self.to_string()
                }
            }
        )*
    };
}

displayed!(
    domain::broadcast::FileError,
    domain::broadcast::AudienceError,
    domain::broadcast::TextError,
    domain::daily::DailyError,
    domain::daily::MonthError,
    domain::evaluation::PeriodError,
    domain::evaluation::WindowError,
    domain::evaluation::EvaluationError,
    domain::invitation::InviteCodeError,
    domain::nip::NipError,
    domain::phone::PhoneError,
    domain::plan::PlanError,
    domain::plan::DecisionError,
    domain::quantity::QuantityError,
    domain::registration::RegistrationError,
    domain::reminder::ConfigError,
    domain::roster::RosterFileError,
    domain::roster::RowError,
    domain::time::DateError,
    domain::time::DateTimeError,
    domain::training::TrainingError,
);

/// A domain value's name (a period, a rating, an aspect, …) for a person reading `lang`.
pub trait Label {
    fn label_in(&self, lang: Lang) -> String;
}

/// Values whose name is still their Indonesian `label()` (to be keyed).
macro_rules! labelled {
    ($($ty:ty),* $(,)?) => {
        $(
            impl Label for $ty {
                fn label_in(&self, _lang: Lang) -> String {
                    self.label().to_string()
                }
            }
        )*
    };
}

labelled!(
    domain::broadcast::Kind,
    domain::daily::Month,
    domain::evaluation::Period,
    domain::evaluation::Rating,
    domain::evaluation::Predikat,
    domain::plan::Jenis,
    domain::plan::Aspek,
    domain::plan::Arah,
    domain::plan::NilaiBerakhlak,
    domain::reminder::ReminderKind,
    domain::report::OrgPredikat,
);

catalogue! {
}
