//! The languages Kinerja speaks to people in (the texts are in [`crate::i18n`]).

use serde::{Deserialize, Serialize};

/// A language Kinerja speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    #[default]
    Id,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The stored and `callback_data` form, and Telegram's `language_code`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language for a Telegram user's `language_code` (`en`, `en-GB`, `id`, …):
    /// English for English, Indonesian for everything else.
    pub fn from_telegram(language_code: Option<&str>) -> Lang {
        match language_code {
            Some(code) if code.split(['-', '_']).next() == Some("en") => Lang::En,
            _ => Lang::Id,
        }
    }
}
