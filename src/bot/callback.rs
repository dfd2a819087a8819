//! Every inline button's `callback_data`, as one enum. `encode` keeps within Telegram's 64
//! bytes and `decode` is the only door back: anything it does not recognise is an error.
//! The data carries only ids: who presses and what state the thing is in are re-checked
//! against the database when the button arrives, because anyone can forge this string.

/// The largest `callback_data` Telegram accepts, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// What a button asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallbackAction {
    /// A `/menu` entry.
    Menu(MenuItem),
    /// A page of the supervisor's team list.
    TeamPage(u32),
    /// HR opens the oldest open data report.
    NextDataReport,
    /// HR marks a data report handled.
    DataReportHandled(i64),
}

/// The entries of `/menu`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuItem {
    MyData,
    ReportWrongData,
    Team,
    Registration,
    Help,
}

const MENU_CODES: [(MenuItem, &str); 5] = [
    (MenuItem::MyData, "ds"),
    (MenuItem::ReportWrongData, "kr"),
    (MenuItem::Team, "tim"),
    (MenuItem::Registration, "reg"),
    (MenuItem::Help, "help"),
];

/// Why `callback_data` was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("tombol tidak dikenal")]
pub struct UnknownCallback;

impl CallbackAction {
    /// The `callback_data` for this action (always ≤ 64 bytes).
    pub fn encode(&self) -> String {
        let data = match self {
            CallbackAction::Menu(item) => {
                let code = MENU_CODES
                    .iter()
                    .find(|(i, _)| i == item)
                    .map(|(_, c)| *c)
                    .unwrap_or("help");
                format!("m:{code}")
            }
            CallbackAction::TeamPage(page) => format!("tim:{page}"),
            CallbackAction::NextDataReport => "kr:next".to_string(),
            CallbackAction::DataReportHandled(id) => format!("kr:ok:{id}"),
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
        match parts.as_slice() {
            ["m", code] => MENU_CODES
                .iter()
                .find(|(_, c)| c == code)
                .map(|(item, _)| CallbackAction::Menu(*item))
                .ok_or(UnknownCallback),
            ["tim", page] => Ok(CallbackAction::TeamPage(number(page)?)),
            ["kr", "next"] => Ok(CallbackAction::NextDataReport),
            ["kr", "ok", id] => Ok(CallbackAction::DataReportHandled(number(id)?)),
            _ => Err(UnknownCallback),
        }
    }
}

/// A canonical decimal number: no sign, no leading zeros, so each action has one spelling.
fn number<T: std::str::FromStr>(raw: &str) -> Result<T, UnknownCallback> {
    let canonical = !raw.is_empty()
        && raw.bytes().all(|b| b.is_ascii_digit())
        && (raw == "0" || !raw.starts_with('0'));
    if !canonical {
        return Err(UnknownCallback);
    }
    raw.parse().map_err(|_| UnknownCallback)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_actions() -> Vec<CallbackAction> {
        let mut actions: Vec<_> = MENU_CODES
            .iter()
            .map(|(i, _)| CallbackAction::Menu(*i))
            .collect();
        actions.extend([
            CallbackAction::TeamPage(0),
            CallbackAction::TeamPage(u32::MAX),
            CallbackAction::NextDataReport,
            CallbackAction::DataReportHandled(1),
            CallbackAction::DataReportHandled(i64::MAX),
        ]);
        actions
    }

    #[test]
    fn every_action_survives_the_round_trip_within_64_bytes() {
        for action in all_actions() {
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
            long.as_str(),
        ];
        for data in cases {
            assert_eq!(CallbackAction::decode(data), Err(UnknownCallback), "{data}");
        }
    }
}
