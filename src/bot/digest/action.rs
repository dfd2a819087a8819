//! The buttons of the weekly digest and its lists: what each asks for, and its
//! `callback_data` (under the prefix dg). Stored on people's screens: add variants, never
//! change one's data. The data names the digest's day and whose lists (the presser's own
//! team, or a unit by its tag); who may see them is checked again at the press.

use chrono::NaiveDate;

use crate::bot::callback::{UnknownCallback, number};
use crate::domain::digest::List;

/// Whose lists a button opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The presser's own team.
    Team,
    /// A unit, by [`crate::domain::digest::unit_tag`].
    Unit(u32),
}

/// What a button of this conversation asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A page of one list of the digest sent on `day`: opened as a new message from the
    /// digest, or (`turn`) the list's own message turned to another page.
    List {
        target: Target,
        day: NaiveDate,
        list: List,
        page: u32,
        turn: bool,
    },
    /// One unit's digest, opened from HR's digest per unit.
    Unit { tag: u32, day: NaiveDate },
    /// A page of HR's digest per unit.
    City { day: NaiveDate, page: u32 },
}

fn day_code(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

/// A day written as [`day_code`] writes it, and only so.
fn day(raw: &str) -> Result<NaiveDate, UnknownCallback> {
    let day = NaiveDate::parse_from_str(raw, "%Y%m%d").map_err(|_| UnknownCallback)?;
    (day_code(day) == raw).then_some(day).ok_or(UnknownCallback)
}

fn target_code(target: Target) -> String {
    match target {
        Target::Team => "t".to_string(),
        Target::Unit(tag) => format!("u{tag:08x}"),
    }
}

/// A unit's tag: `u` and eight lowercase hex digits.
fn tag(raw: &str) -> Result<u32, UnknownCallback> {
    let hex = raw.strip_prefix('u').ok_or(UnknownCallback)?;
    let canonical = hex.len() == 8
        && hex
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
    if !canonical {
        return Err(UnknownCallback);
    }
    u32::from_str_radix(hex, 16).map_err(|_| UnknownCallback)
}

fn target(raw: &str) -> Result<Target, UnknownCallback> {
    if raw == "t" {
        Ok(Target::Team)
    } else {
        tag(raw).map(Target::Unit)
    }
}

impl Action {
    /// The `callback_data` for this action (at most 29 bytes).
    pub fn encode(&self) -> String {
        match self {
            Action::List {
                target,
                day,
                list,
                page,
                turn,
            } => format!(
                "dg:{}:{}:{}:{}:{page}",
                if *turn { "m" } else { "l" },
                target_code(*target),
                day_code(*day),
                list.code()
            ),
            Action::Unit { tag, day } => {
                format!(
                    "dg:s:{}:{}",
                    target_code(Target::Unit(*tag)),
                    day_code(*day)
                )
            }
            Action::City { day, page } => format!("dg:k:{}:{page}", day_code(*day)),
        }
    }

    /// Reads `callback_data` already split at `:` (its prefix is this conversation's).
    pub fn decode(parts: &[&str]) -> Result<Action, UnknownCallback> {
        match parts {
            ["dg", how @ ("l" | "m"), who, d, list, page] => Ok(Action::List {
                target: target(who)?,
                day: day(d)?,
                list: List::from_code(list).ok_or(UnknownCallback)?,
                page: number(page)?,
                turn: *how == "m",
            }),
            ["dg", "s", who, d] => Ok(Action::Unit {
                tag: tag(who)?,
                day: day(d)?,
            }),
            ["dg", "k", d, page] => Ok(Action::City {
                day: day(d)?,
                page: number(page)?,
            }),
            _ => Err(UnknownCallback),
        }
    }
}

/// Fails to compile when a variant is added without an example in `examples()` (and so
/// without a pinned stored form in tests/stored_forms.rs).
#[doc(hidden)]
pub fn every_variant_has_an_example(value: &Action) {
    match value {
        Action::List { .. } | Action::Unit { .. } | Action::City { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_button_reads_back_and_nothing_else_does() {
        let day = NaiveDate::from_ymd_opt(2027, 4, 5).unwrap();
        for action in [
            Action::List {
                target: Target::Unit(u32::MAX),
                day,
                list: List::ToEvaluate,
                page: u32::MAX,
                turn: true,
            },
            Action::List {
                target: Target::Team,
                day,
                list: List::NoPlan,
                page: 0,
                turn: false,
            },
            Action::Unit { tag: 7, day },
            Action::City { day, page: 3 },
        ] {
            let data = action.encode();
            assert!(data.len() <= 64, "{data}");
            let parts: Vec<&str> = data.split(':').collect();
            assert_eq!(Action::decode(&parts), Ok(action), "{data}");
        }
        for bad in [
            "dg:l:t:20270231:p:0",
            "dg:l:t:2027045:p:0",
            "dg:l:U0000000a:20270405:p:0",
            "dg:l:u0000000A:20270405:p:0",
            "dg:l:t:20270405:x:0",
            "dg:l:t:20270405:p:01",
            "dg:s:t:20270405",
            "dg:k:20270405",
        ] {
            let parts: Vec<&str> = bad.split(':').collect();
            assert_eq!(Action::decode(&parts), Err(UnknownCallback), "{bad}");
        }
    }
}
