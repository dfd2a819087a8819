//! The domain's errors as people read them: [`Localize`] gives each error's text in a
//! language. The `#[error]` texts in `domain/` are for logs; a person reads these.

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

catalogue! {
}
