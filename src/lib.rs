//! Kinerja: a Telegram bot through which the civil servants of the Sibolga city government
//! run their yearly performance cycle. `bot` holds the dialogues, `domain` the rules,
//! `store` the SQL; `cli` is the `kinerja` program over them.

pub mod bot;
pub mod chart;
pub mod cli;
pub mod config;
pub mod daily_log;
pub mod document;
pub mod domain;
pub mod export;
pub mod forms;
pub mod i18n;
pub mod invite;
pub mod report;
pub mod runtime;
pub mod store;
pub mod telegram;
