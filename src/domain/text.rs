//! A text as a key of the catalogue with its arguments, not yet in any language: what a
//! notice queued for later is stored as, so that it is rendered in its recipient's language
//! when it is sent (`crate::i18n` renders it).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// A text not yet rendered. Its JSON form is stored with queued notices: add variants,
/// never rename one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Msg {
    /// Given as it is, in no language: a name, a number, text a person wrote (escaped for
    /// Telegram HTML by whoever built it).
    Text(String),
    /// A catalogue key with its arguments, each itself a text.
    Key {
        key: String,
        #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
        args: BTreeMap<String, Msg>,
    },
    /// Texts one after the other.
    Join(Vec<Msg>),
}

impl Msg {
    /// A key with its arguments.
    pub fn key(key: &str, args: Vec<(&str, Msg)>) -> Msg {
        Msg::Key {
            key: key.to_string(),
            args: args
                .into_iter()
                .map(|(name, value)| (name.to_string(), value))
                .collect(),
        }
    }

    /// This text followed by `next`.
    pub fn then(self, next: impl Into<Msg>) -> Msg {
        let next = next.into();
        match self {
            Msg::Join(mut parts) => {
                parts.push(next);
                Msg::Join(parts)
            }
            first => Msg::Join(vec![first, next]),
        }
    }
}

impl From<&str> for Msg {
    fn from(text: &str) -> Msg {
        Msg::Text(text.to_string())
    }
}

impl From<String> for Msg {
    fn from(text: String) -> Msg {
        Msg::Text(text)
    }
}

impl From<&String> for Msg {
    fn from(text: &String) -> Msg {
        Msg::Text(text.clone())
    }
}

/// A button of a queued notice: its label, and the `callback_data` it sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: Msg,
    pub data: String,
}

/// A personal notice queued for later: its text and its rows of buttons, rendered in the
/// recipient's language when it is sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub text: Msg,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub buttons: Vec<Vec<Button>>,
}

impl Notice {
    pub fn new(text: impl Into<Msg>) -> Notice {
        Notice {
            text: text.into(),
            buttons: Vec::new(),
        }
    }

    /// The same notice with one more row of buttons.
    pub fn with_row(mut self, row: Vec<Button>) -> Notice {
        self.buttons.push(row);
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_form_is_plain_json_and_reads_back() {
        let msg = Msg::key(
            "plan-approved",
            vec![
                ("year", "2026".into()),
                ("period", Msg::key("period-q1", vec![])),
            ],
        )
        .then("\n")
        .then(Msg::key("plan-next", vec![]));
        let json = serde_json::to_string(&msg).unwrap();
        assert_eq!(
            json,
            r#"[{"key":"plan-approved","args":{"period":{"key":"period-q1"},"year":"2026"}},"\n",{"key":"plan-next"}]"#
        );
        assert_eq!(serde_json::from_str::<Msg>(&json).unwrap(), msg);
    }
}
