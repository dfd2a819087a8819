//! The rules of the domain, in plain Rust: identities (NIP, phone), the roster, roles,
//! registration and invitations. Nothing here touches the database or Telegram, so every
//! rule is unit-tested on its own.

pub mod access;
pub mod broadcast;
pub mod calendar;
pub mod calendar_file;
pub mod daily;
pub mod digest;
pub mod evaluation;
pub mod evidence;
pub mod invitation;
pub mod lang;
pub mod nip;
pub mod person;
pub mod phone;
pub mod plan;
pub mod quantity;
pub mod registration;
pub mod reminder;
pub mod report;
pub mod roles;
pub mod roster;
pub(crate) mod sheet;
pub mod template;
pub mod text;
pub mod time;
pub mod training;
